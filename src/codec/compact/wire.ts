/**
 * The wire primitives of the compact codecs (`protowire gen --optimize=size`): a cursor over
 * the input and a growable output buffer as plain objects, read and written by small
 * stateless functions, so that a bundle keeps only those its message types reach. The fast
 * codecs use the wire layer's Reader and Writer classes instead (a class's methods are all or
 * nothing to a bundler).
 */
import { DecodeError, type DecodeErrorCode } from "../../wire/errors.js";

/** Decoding state: the input, the position, and the options every level reads. */
export interface Cursor {
  readonly b: Uint8Array;
  readonly v: DataView;
  p: number;
  readonly limit: number;
  readonly alias: boolean;
  readonly discard: boolean;
  /** The unknown fields of the message being decoded, gathered into one chunk. */
  u: Sink | null;
}

/** Encoding state: the output so far, `n` bytes of `b`. */
export interface Sink {
  b: Uint8Array;
  v: DataView;
  n: number;
}

export function fail(code: DecodeErrorCode, detail: string, at: number): never {
  throw new DecodeError(code, detail, at);
}

/** The input ends inside the item that starts at `at`. */
export function ends(at: number): never {
  return fail("TRUNCATED", "the input ends early", at);
}

/** A field, packed run or map entry read past its length, which ends at `at`. */
export function overrun(at: number): never {
  return fail("TRUNCATED", "a value overruns its length", at);
}

/** Nesting deeper than `limit` (messages and groups) at `at`. */
export function deep(limit: number, at: number): never {
  return fail("RECURSION_LIMIT", `nested deeper than ${limit}`, at);
}

/** An end-group tag of field `no` at `at`, outside a group (`group` 0) or inside another one. */
export function endGroup(no: number, group: number, at: number): never {
  if (group === 0) fail("UNEXPECTED_END_GROUP", `end-group tag of field ${no} outside a group`, at);
  return fail("MISMATCHED_END_GROUP", `end-group tag of field ${no} in group ${group}`, at);
}

export function cursor(b: Uint8Array, limit: number, alias = false, discard = false): Cursor {
  return {
    b,
    v: new DataView(b.buffer, b.byteOffset, b.byteLength),
    p: 0,
    limit,
    alias,
    discard,
    u: null,
  };
}

/** High 32 bits of the varint last read (readVarint returns the low 32). */
export let high = 0;

/** A varint of up to 10 bytes: returns its low 32 bits (uint32), `high` the rest. */
export function readVarint(c: Cursor): number {
  const b = c.b;
  let p = c.p;
  let lo = 0;
  let hi = 0;
  for (let s = 0; ; s += 7) {
    if (p >= b.length) ends(c.p);
    const x = b[p++]!;
    if (s < 28) lo |= (x & 127) << s;
    else if (s === 28) {
      lo |= x << 28;
      hi = (x & 127) >>> 4;
    } else hi |= (x & 127) << (s - 32);
    if (x < 128) break;
    if (s === 63) fail("VARINT_OVERLONG", "varint longer than 10 bytes", c.p);
  }
  c.p = p;
  high = hi >>> 0;
  return lo >>> 0;
}

/** A tag: field number 0 or beyond 2^29 - 1 and wire types 6 and 7 are errors. */
export function readTag(c: Cursor): number {
  const at = c.p;
  const t = readVarint(c);
  if (high !== 0 || t >>> 3 === 0) {
    fail("INVALID_FIELD_NUMBER", `field number ${high !== 0 ? "beyond 2^29 - 1" : "0"} in tag`, at);
  }
  if ((t & 7) > 5) fail("INVALID_WIRE_TYPE", `wire type ${t & 7} in tag`, at);
  return t;
}

/** Takes `n` bytes: returns where they start. */
export function take(c: Cursor, n: number): number {
  const p = c.p;
  if (n > c.b.length - p) ends(p);
  c.p = p + n;
  return p;
}

/** A length prefix: returns the end of the bytes it announces. */
export function readLength(c: Cursor): number {
  const at = c.p;
  const n = readVarint(c);
  if (high !== 0 || n > c.b.length - c.p) {
    fail("LENGTH_OUT_OF_RANGE", `length ${n} exceeds the ${c.b.length - c.p} bytes left`, at);
  }
  return c.p + n;
}

/** Skips the value of a field of wire type `wt` (a group to its end, at most `limit` deep). */
export function skipField(c: Cursor, wt: number, no: number, depth: number): void {
  if (wt === 0) readVarint(c);
  else if (wt === 1) take(c, 8);
  else if (wt === 2) c.p = readLength(c);
  else if (wt === 5) take(c, 4);
  else {
    // A group, to its end: nested groups on a stack of their field numbers, never on the JS
    // stack; running out of input is an error at the outermost group's start.
    const start = c.p;
    const open = [no];
    if (depth >= c.limit) deep(c.limit, start);
    while (open.length > 0) {
      const at = c.p;
      if (at >= c.b.length) ends(start);
      const t = readTag(c);
      if ((t & 7) === 4) {
        const expected = open.pop()!;
        if (t >>> 3 !== expected) endGroup(t >>> 3, expected, at);
      } else if ((t & 7) === 3) {
        if (depth + open.length >= c.limit) deep(c.limit, at);
        open.push(t >>> 3);
      } else skipField(c, t & 7, t >>> 3, depth);
    }
  }
}

export function sink(size: number): Sink {
  const b = new Uint8Array(size);
  return { b, v: new DataView(b.buffer), n: 0 };
}

/** The sink of the unknown fields of the message being decoded, made on first use. */
export function unknownSink(c: Cursor): Sink {
  if (c.u === null) c.u = sink(64);
  return c.u;
}

/** Makes room for `k` more bytes. */
export function room(s: Sink, k: number): void {
  if (s.n + k <= s.b.length) return;
  const b = new Uint8Array(Math.max(s.b.length * 2, s.n + k));
  b.set(s.b.subarray(0, s.n));
  s.b = b;
  s.v = new DataView(b.buffer);
}

/** A varint of `lo` (uint32) and `hi` (the high 32 bits). */
export function writeVarint(s: Sink, lo: number, hi = 0): void {
  room(s, 10);
  const b = s.b;
  lo >>>= 0;
  hi >>>= 0;
  while (hi !== 0 || lo > 127) {
    b[s.n++] = (lo & 127) | 128;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  b[s.n++] = lo;
}

/** The varint of a bigint, taken modulo 2^64. */
export function writeVarint64(s: Sink, v: bigint): void {
  writeVarint(s, Number(BigInt.asUintN(32, v)), Number(BigInt.asUintN(32, v >> 32n)));
}

export function writeTag(s: Sink, no: number, wt: number): void {
  writeVarint(s, no * 8 + wt);
}

export function writeBytes(s: Sink, b: Uint8Array): void {
  room(s, b.length);
  s.b.set(b, s.n);
  s.n += b.length;
}

/** Bytes `b` after their length. */
export function writeLengthPrefixed(s: Sink, b: Uint8Array): void {
  writeVarint(s, b.length);
  writeBytes(s, b);
}

/** Starts a length-delimited value: one byte kept for its length (end moves it as needed). */
export function open(s: Sink): number {
  room(s, 1);
  return s.n++;
}

/** Ends the value opened at `at`: writes its length, shifting the value when it takes more than a byte. */
export function end(s: Sink, at: number): void {
  const n = s.n - at - 1;
  let size = 1;
  while (n >= 2 ** (7 * size)) size++;
  if (size > 1) {
    room(s, size - 1);
    s.b.copyWithin(at + size, at + 1, s.n);
  }
  let p = at;
  let x = n;
  for (; x > 127; x >>>= 7) s.b[p++] = (x & 127) | 128;
  s.b[p] = x;
  s.n = at + size + n;
}
