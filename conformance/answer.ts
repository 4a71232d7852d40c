/**
 * What the testee answers to one ConformanceRequest. Pure: no I/O, so tests can drive it.
 *
 * Input and output may each be binary, JSON or text format; JSPB (a Google-internal format)
 * answers `skipped`. The runner counts a skipped test neither as a pass nor as a failure, so
 * `run.sh` separately checks that no binary, JSON or text-format test was ever skipped.
 */
import { JsonError } from "../src/json/errors.js";
import { TextError } from "../src/text/errors.js";
import { DecodeError } from "../src/wire/errors.js";
import { type ConformanceRequest, type ResponseResult, WireFormat } from "./messages.js";

/** The part of a protowire message type the testee needs. */
export interface TesteeCodec {
  decode(bytes: Uint8Array): unknown;
  encode(message: unknown): Uint8Array;
  fromJsonString?(text: string, options?: { ignoreUnknownFields?: boolean }): unknown;
  toJsonString?(message: unknown): string;
  fromText?(text: string): unknown;
  toText?(message: unknown, options?: { printUnknownFields?: boolean }): string;
}

/** Looks up the codec of a test message type by full name (`undefined` when unknown). */
export type CodecLookup = (fullName: string) => TesteeCodec | undefined;

/** conformance.TestCategory.JSON_IGNORE_UNKNOWN_PARSING_TEST */
const JSON_IGNORE_UNKNOWN_PARSING_TEST = 3;

export function answer(request: ConformanceRequest, codecFor: CodecLookup): ResponseResult {
  const { payload } = request;
  if (
    payload.case !== "protobufPayload" &&
    payload.case !== "jsonPayload" &&
    payload.case !== "textPayload"
  ) {
    return {
      case: "skipped",
      value: `${payload.case ?? "no"} payload: only binary, JSON and text input are implemented`,
    };
  }
  const output = request.requestedOutputFormat;
  if (
    output !== WireFormat.PROTOBUF &&
    output !== WireFormat.JSON &&
    output !== WireFormat.TEXT_FORMAT
  ) {
    return {
      case: "skipped",
      value: `output format ${output}: only binary, JSON and text output are implemented`,
    };
  }
  const codec = codecFor(request.messageType);
  if (codec === undefined) {
    return {
      case: "runtimeError",
      value: `unknown message type ${JSON.stringify(request.messageType)}`,
    };
  }
  let message: unknown;
  try {
    if (payload.case === "protobufPayload") {
      message = codec.decode(payload.value);
    } else if (payload.case === "textPayload") {
      message = codec.fromText!(payload.value);
    } else {
      const ignoreUnknownFields = request.testCategory === JSON_IGNORE_UNKNOWN_PARSING_TEST;
      message = codec.fromJsonString!(payload.value, { ignoreUnknownFields });
    }
  } catch (e) {
    // Only a DecodeError, JsonError or TextError means "the input is invalid"; anything else is
    // a bug in protowire and must show up as a failure, never as a correctly rejected input.
    if (e instanceof DecodeError || e instanceof JsonError || e instanceof TextError) {
      return { case: "parseError", value: e.message };
    }
    return { case: "runtimeError", value: `parsing threw ${describe(e)}` };
  }
  try {
    if (output === WireFormat.JSON) {
      return { case: "jsonPayload", value: codec.toJsonString!(message) };
    }
    if (output === WireFormat.TEXT_FORMAT) {
      const printUnknownFields = request.printUnknownFields;
      return { case: "textPayload", value: codec.toText!(message, { printUnknownFields }) };
    }
    return { case: "protobufPayload", value: codec.encode(message) };
  } catch (e) {
    return { case: "serializeError", value: describe(e) };
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
