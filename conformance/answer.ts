/**
 * What the testee answers to one ConformanceRequest. Pure: no I/O, so tests can drive it.
 *
 * Input and output may each be binary or JSON; JSPB and text format answer `skipped` until the
 * text-format issue lands. The runner counts a skipped test neither as a pass nor as a
 * failure, so `run.sh` separately checks that no binary or JSON test was ever skipped.
 */
import { JsonError } from "../src/json/errors.js";
import { DecodeError } from "../src/wire/errors.js";
import { type ConformanceRequest, type ResponseResult, WireFormat } from "./messages.js";

/** The part of a protowire message type the testee needs. */
export interface TesteeCodec {
  decode(bytes: Uint8Array): unknown;
  encode(message: unknown): Uint8Array;
  fromJsonString?(text: string, options?: { ignoreUnknownFields?: boolean }): unknown;
  toJsonString?(message: unknown): string;
}

/** Looks up the codec of a test message type by full name (`undefined` when unknown). */
export type CodecLookup = (fullName: string) => TesteeCodec | undefined;

/** conformance.TestCategory.JSON_IGNORE_UNKNOWN_PARSING_TEST */
const JSON_IGNORE_UNKNOWN_PARSING_TEST = 3;

export function answer(request: ConformanceRequest, codecFor: CodecLookup): ResponseResult {
  const { payload } = request;
  if (payload.case !== "protobufPayload" && payload.case !== "jsonPayload") {
    return {
      case: "skipped",
      value: `${payload.case ?? "no"} payload: only binary and JSON input are implemented`,
    };
  }
  const output = request.requestedOutputFormat;
  if (output !== WireFormat.PROTOBUF && output !== WireFormat.JSON) {
    return {
      case: "skipped",
      value: `output format ${output}: only binary and JSON output are implemented`,
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
    } else {
      const ignoreUnknownFields = request.testCategory === JSON_IGNORE_UNKNOWN_PARSING_TEST;
      message = codec.fromJsonString!(payload.value, { ignoreUnknownFields });
    }
  } catch (e) {
    // Only a DecodeError or JsonError means "the input is invalid"; anything else is a bug in
    // protowire and must show up as a failure, never as a correctly rejected input.
    if (e instanceof DecodeError || e instanceof JsonError) {
      return { case: "parseError", value: e.message };
    }
    return { case: "runtimeError", value: `parsing threw ${describe(e)}` };
  }
  try {
    if (output === WireFormat.JSON) {
      return { case: "jsonPayload", value: codec.toJsonString!(message) };
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
