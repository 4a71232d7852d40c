/**
 * The text of bytes without a schema, exactly what `protoc --decode_raw` prints: every field
 * by number, a varint as unsigned decimal, fixed32 and fixed64 in hex, a group as a block, and
 * a length-delimited field as a block when its bytes are fields, else as an escaped string.
 */
import { DEFAULT_RECURSION_LIMIT } from "../wire/constants.js";
import { TextError } from "./errors.js";
import type { PrintContext } from "./print/context.js";
import { outOf } from "./print/out.js";
import { Scan, writeCheckedFields, writeRaw } from "./print/raw-fields.js";
import {
  eachFieldRun,
  endedEarly,
  type RandomAccessBytes,
  WINDOW_BYTES,
} from "./print/raw-input.js";

export type { RandomAccessBytes } from "./print/raw-input.js";

import { printToChunks, printToString } from "./print/text-sink.js";

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

/**
 * writeRawText of an input read a window at a time (`input`: a file, say), for inputs too large
 * to want in memory: memory stays at about 1 MiB, or the largest top-level field. The input is
 * read twice, to check it (nothing is written when it is not fields, as protoc) and to print it.
 */
export function writeRawTextFrom(
  input: RandomAccessBytes,
  write: (chunk: Uint8Array) => void,
): void {
  const size = (input as Partial<RandomAccessBytes> | null)?.size;
  if (!Number.isSafeInteger(size) || (size as number) < 0 || typeof input.read !== "function") {
    throw new TextError(
      "INVALID_VALUE",
      "writeRawTextFrom needs an input { size, read(into, position) } (see RandomAccessBytes)",
    );
  }
  writeRawTextWindowed(input, write, WINDOW_BYTES);
}

/** writeRawTextFrom with a window of `windowBytes` (tests make it small). */
export function writeRawTextWindowed(
  input: RandomAccessBytes,
  write: (chunk: Uint8Array) => void,
  windowBytes: number,
): void {
  if (!eachFieldRun(input, false, () => {}, windowBytes)) {
    // Not fields: the whole input through writeRaw, whose DecodeError says what and where.
    writeRawText(readAll(input), write);
    return;
  }
  printToChunks(
    write,
    (w) => {
      const o = outOf(CONTEXT, w);
      const print = (buf: Uint8Array, start: number, end: number) =>
        writeCheckedFields(new Scan(buf, start, end), o, 0);
      if (!eachFieldRun(input, true, print, windowBytes)) {
        throw new TextError(
          "INVALID_VALUE",
          "the input changed while it was read: it is no longer protobuf fields",
        );
      }
    },
    0,
  );
}

function readAll(input: RandomAccessBytes): Uint8Array {
  const bytes = new Uint8Array(input.size);
  for (let at = 0; at < bytes.length; ) {
    const n = input.read(bytes.subarray(at), at);
    if (!(n > 0)) throw endedEarly(at, bytes.length);
    at += n;
  }
  return bytes;
}
