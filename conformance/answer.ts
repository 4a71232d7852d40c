/**
 * What the testee answers to one ConformanceRequest. Pure: no I/O, so tests can drive it.
 *
 * Binary input with binary output is the only combination implemented; JSON, JSPB and text
 * format (as input or as requested output) answer `skipped` until their own issues land. The
 * runner counts a skipped test neither as a pass nor as a failure, so `run.sh` separately
 * checks that no binary test was ever skipped.
 */
import { DecodeError } from "../src/wire/errors.js";
import { type ConformanceRequest, type ResponseResult, WireFormat } from "./messages.js";

/** The part of a protowire message codec the testee needs. */
export interface TesteeCodec {
  decode(bytes: Uint8Array): unknown;
  encode(message: unknown): Uint8Array;
}

/** Looks up the codec of a test message type by full name (`undefined` when unknown). */
export type CodecLookup = (fullName: string) => TesteeCodec | undefined;

export function answer(request: ConformanceRequest, codecFor: CodecLookup): ResponseResult {
  const { payload } = request;
  if (payload.case !== "protobufPayload") {
    return {
      case: "skipped",
      value: `${payload.case ?? "no"} payload: only binary input is implemented`,
    };
  }
  if (request.requestedOutputFormat !== WireFormat.PROTOBUF) {
    return {
      case: "skipped",
      value: `output format ${request.requestedOutputFormat}: only binary output is implemented`,
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
    message = codec.decode(payload.value);
  } catch (e) {
    // Only a DecodeError means "the input is invalid"; anything else is a bug in protowire and
    // must show up as a failure, never as a correctly rejected input.
    if (e instanceof DecodeError) return { case: "parseError", value: e.message };
    return { case: "runtimeError", value: `decode threw a non-DecodeError: ${describe(e)}` };
  }
  try {
    return { case: "protobufPayload", value: codec.encode(message) };
  } catch (e) {
    return { case: "serializeError", value: describe(e) };
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
