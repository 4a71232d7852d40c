/**
 * The text of bytes without a schema, exactly what `protoc --decode_raw` prints: every field
 * by number, a varint as unsigned decimal, fixed32 and fixed64 in hex, a group as a block, and
 * a length-delimited field as a block when its bytes are fields, else as an escaped string.
 */
import { DEFAULT_RECURSION_LIMIT } from "../wire/constants.js";
import type { PrintContext } from "./print/context.js";
import { outOf } from "./print/out.js";
import { printToChunks, printToString } from "./print/text-sink.js";
import { writeRaw } from "./print/unknown-text.js";

const CONTEXT: PrintContext = {
  printUnknownFields: true,
  registry: undefined,
  singleLine: false,
  recursionLimit: DEFAULT_RECURSION_LIMIT,
};

/** protoc --decode_raw's text of `bytes`; DecodeError when they are not protobuf fields. */
export function rawText(bytes: Uint8Array): string {
  return printToString((w) => writeRaw(bytes, outOf(CONTEXT, w)), 0);
}

/** rawText's text as UTF-8, handed to `write` a chunk (about 64 KiB) at a time (writeText). */
export function writeRawText(bytes: Uint8Array, write: (chunk: Uint8Array) => void): void {
  printToChunks(write, (w) => writeRaw(bytes, outOf(CONTEXT, w)), 0);
}
