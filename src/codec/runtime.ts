/**
 * Helpers the generated code calls through `rt`: error construction, error paths, and the few
 * operations too rare to inline.
 */

import type { DecodeErrorCode, EncodeErrorCode } from "../wire/errors.js";
import { DecodeError, EncodeError } from "../wire/errors.js";
import { FastWriter } from "../wire/fast-writer.js";
import { parts } from "../wire/int64.js";
import { emptyBytes } from "../wire/pool.js";
import { getUtf8 } from "../wire/utf8-decode.js";
import { readVarint64 } from "../wire/varint.js";
import { missingInExtension } from "./extension-required.js";
import { decimal64, list64, safe64, short64, toDecimal64, toSafe64 } from "./jstype.js";
import {
  badCase,
  badOneof,
  checkKeys,
  memberSet,
  notMessage,
  objectOk,
  oneofKey,
  unknownKey,
} from "./strict.js";
import {
  badValue,
  CREATE_DEPTH_LIMIT,
  checkUnknown,
  elementSegment,
  indexSegment,
  keySegment,
  messageList,
  nonZero64,
  scalarList,
  toMap,
  unknownList,
  validScalar,
  withFieldPath,
} from "./values.js";

/**
 * The value of every empty `bytes` field decoded (one object, not one per value: a run of
 * 3-byte empty entries would otherwise keep ~35x its size). Zero bytes cannot be written
 * through, and it is frozen so that no property can be added to it either.
 */
export const EMPTY_BYTES: Uint8Array = Object.freeze(new Uint8Array(0));

/**
 * Appends input bytes [start, end) (whole unknown fields, adjacent in the input) to the
 * unknown-field FastWriter of the message being decoded, made on first use (emit/decode.ts).
 */
export function appendUnknown(
  u: FastWriter | null,
  buf: Uint8Array,
  start: number,
  end: number,
): FastWriter {
  const w = u ?? new FastWriter(end - start);
  return w.raw(buf.subarray(start, end));
}

/** The linked functions of one message type, produced by evaluating emitted source. */
export interface MessageFunctions {
  make(): Record<string, unknown>;
  /** `lax`: the ignoreUnknownKeys option of create (strict.ts). */
  init(m: object, x: object, depth: number, lax?: boolean): void;
  create(x?: object, depth?: number, lax?: boolean): Record<string, unknown>;
  decode(r: unknown, end: number, m: object, o: object, depth: number, group: number): void;
  encode(m: object, w: FastWriter, o: object, depth: number): void;
  missing(m: object, path: string, out: string[], depth: number, limit: number): void;
}

/** A DecodeError at `offset`. */
export function err(code: DecodeErrorCode, detail: string, offset: number): DecodeError {
  return new DecodeError(code, detail, offset);
}

/** The error of an end-group tag outside a group or closing another one. */
export function endGroup(tag: number, group: number, offset: number): DecodeError {
  if (group === 0) {
    return new DecodeError(
      "UNEXPECTED_END_GROUP",
      `end-group tag for field ${tag >>> 3} outside a group`,
      offset,
    );
  }
  return new DecodeError(
    "MISMATCHED_END_GROUP",
    `end-group tag for field ${tag >>> 3} closes group ${group}`,
    offset,
  );
}

/**
 * Prepends the name of the field being read (tag `t`, 0 while reading a tag) to e.path. For
 * a repeated field (`lists` maps its number to its property), the element being read is the
 * next one of `m`'s array, so its index is the array's length: elements are appended only
 * once read, and a packed run trims the array to the values it read. A map field gets no
 * key segment, since the key may not have been read yet (it may follow the value, or be
 * absent): an error in an entry's key or scalar value stops at the map's name (`M.byName`),
 * one inside a message value goes on with the value's own path (`M.byName.id`). Encode,
 * create and missingFields do name the key (`M.byName["k"].id`, values.ts keySegment).
 */
export function withPath(
  e: unknown,
  names: Map<number, string>,
  t: number,
  m?: Record<string, unknown>,
  lists?: Map<number, string>,
): unknown {
  if (!(e instanceof DecodeError) || t === 0) return e;
  let name = names.get(t >>> 3);
  if (name === undefined) return e;
  const prop = lists?.get(t >>> 3);
  if (prop !== undefined && m !== undefined) {
    const list = Object.hasOwn(m, prop) ? m[prop] : undefined;
    if (Array.isArray(list)) name += indexSegment(list.length);
  }
  e.path = e.path === "" ? name : `${name}.${e.path}`;
  return e;
}

/**
 * A closed-enum value from a packed run kept as an unpacked varint field (as protoc does),
 * appended to the unknown-field FastWriter of the message being decoded (made on first use).
 */
export function appendVarint(u: FastWriter | null, fieldNumber: number, value: number): FastWriter {
  return (u ?? new FastWriter(16)).uint32((fieldNumber * 8) >>> 0).int32(value);
}

/** Writes the chunks of `$unknown` whose field number is in `numbers`, sorted by number. */
export function writeExtensions(
  u: readonly Uint8Array[],
  w: FastWriter,
  numbers: ReadonlySet<number>,
): void {
  const picked: [number, Uint8Array][] = [];
  for (const c of u) {
    const n = chunkFieldNumber(c);
    if (numbers.has(n)) picked.push([n, c]);
  }
  if (picked.length > 1) picked.sort((a, b) => a[0] - b[0]); // stable: same-number order kept
  for (const [, c] of picked) w.raw(c);
}

/** Writes the chunks of `$unknown` whose field number is not in `known`, in order. */
export function writeUnknownExcept(
  u: readonly Uint8Array[],
  w: FastWriter,
  known: ReadonlySet<number>,
): void {
  for (const c of u) if (!known.has(chunkFieldNumber(c))) w.raw(c);
}

export function tooDeep(limit: number): EncodeError {
  return encodeError("RECURSION_LIMIT", `messages nested deeper than ${limit}`);
}

/** badValue as an expression: `ok ? v : rt.throwBad(v, "int32")`. */
export function throwBad(v: unknown, type: string): never {
  throw badValue(v, type);
}

/** Whether `n` is in one of the ranges `[from0, to0, from1, to1, ...]` (ends exclusive). */
export function inRanges(n: number, ranges: readonly number[]): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (n >= ranges[i]! && n < ranges[i + 1]!) return true;
  return false;
}

/**
 * What the emitted code calls as `rt.name`: each helper also stands alone above or in its own
 * module, so that generated modules import only those they use (src/runtime.ts exports each as
 * `$name`; a test keeps the two lists equal).
 */
export const runtime = {
  /** Required fields inside an extension's value (emit/missing.ts). */
  missingExt: missingInExtension,
  /** UTF-8 bytes `start..end` of `buf` as a string (decode's inline short-string path). */
  utf8: getUtf8,
  /** A fresh empty Uint8Array, the zero value of bytes fields (cheap: see wire/pool.ts). */
  emptyBytes,
  err,
  endGroup,
  withPath,
  appendVarint,
  writeExtensions,
  writeUnknownExcept,
  tooDeep,
  // Value checks and error paths (values.ts).
  toMap,
  bad: badValue,
  throwBad,
  valid: validScalar,
  nonZero64,
  // 64-bit fields with [jstype = JS_STRING] / [jstype = JS_NUMBER] (jstype.ts).
  decimal64,
  safe64,
  short64,
  toDecimal64,
  toSafe64,
  list64,
  withFieldPath,
  element: elementSegment,
  /** The path segment of a map key, as encode writes it: `["k"]`, `[7]` (missing.ts). */
  key: keySegment,
  scalarList,
  messageList,
  unknownList,
  checkUnknown,
  // Strict input: the slow paths of the generated shape check (strict.ts, emit/shape.ts).
  objectOk,
  notMessage,
  unknownKey,
  keys: checkKeys,
  memberSet,
  badOneof,
  badCase,
  oneofKey,
  createLimit: CREATE_DEPTH_LIMIT,
  EMPTY_BYTES,
  appendUnknown,
  inRanges,
};

/** Field number of an unknown-field chunk: its leading tag varint >>> 3 (0 if malformed). */
function chunkFieldNumber(c: Uint8Array): number {
  let end: number;
  try {
    end = readVarint64(c, 0, c.length);
  } catch {
    return 0; // empty, truncated or overlong
  }
  // A tag takes 5 bytes at most; a longer varint is no tag (and names no extension).
  if (end > 5) return 0;
  return Math.floor((parts.hi * 2 ** 32 + parts.lo) / 8);
}

/** An EncodeError raised by the codec ("MISSING_REQUIRED", "RECURSION_LIMIT", "INVALID_VALUE"). */
export function encodeError(code: EncodeErrorCode, message: string): EncodeError {
  return new EncodeError(code, message);
}
