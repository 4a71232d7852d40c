/**
 * Writer: appends fields to one growable Uint8Array (capacity doubles on growth).
 * fork()/join() write a length-delimited submessage without a second copy of its payload:
 * fork() reserves one byte for the length, join() writes it and, only when the length needs
 * more than one byte (payload >= 128 bytes), shifts the payload right with copyWithin.
 */
import { MAX_VARINT_LENGTH } from "./constants.js";
import { EncodeError } from "./errors.js";
import { putFixed32 } from "./fixed.js";
import { type Int64Input, parts, scratch64, toParts } from "./int64.js";
import { pooledCopy } from "./pool.js";
import { makeTag } from "./tag.js";
import { putUtf8, putUtf8From, SHORT_ENCODE } from "./utf8.js";
import { putVarint32, putVarint64, sizeVarint32 } from "./varint.js";

/** Writes negative int32 `v` sign-extended to 64 bits (10 bytes); the caller reserved them. */
function putNegativeInt32(buf: Uint8Array, pos: number, v: number): number {
  // 4 low groups, bits 28-31 under ones, 0xff x4, 0x01.
  buf[pos] = (v & 0x7f) | 0x80;
  buf[pos + 1] = ((v >>> 7) & 0x7f) | 0x80;
  buf[pos + 2] = ((v >>> 14) & 0x7f) | 0x80;
  buf[pos + 3] = ((v >>> 21) & 0x7f) | 0x80;
  buf[pos + 4] = (v >>> 28) | 0xf0;
  buf[pos + 5] = 0xff;
  buf[pos + 6] = 0xff;
  buf[pos + 7] = 0xff;
  buf[pos + 8] = 0xff;
  buf[pos + 9] = 0x01;
  return pos + 10;
}

/** Writes uint32 `v` (already `>>> 0`) as a varint, unrolled; the caller reserved 5 bytes. */
function putUint32(buf: Uint8Array, pos: number, v: number): number {
  if (v < 0x80) {
    buf[pos] = v;
    return pos + 1;
  }
  buf[pos] = (v & 0x7f) | 0x80;
  if (v < 0x4000) {
    buf[pos + 1] = v >>> 7;
    return pos + 2;
  }
  buf[pos + 1] = ((v >>> 7) & 0x7f) | 0x80;
  if (v < 0x20_0000) {
    buf[pos + 2] = v >>> 14;
    return pos + 3;
  }
  buf[pos + 2] = ((v >>> 14) & 0x7f) | 0x80;
  if (v < 0x1000_0000) {
    buf[pos + 3] = v >>> 21;
    return pos + 4;
  }
  buf[pos + 3] = ((v >>> 21) & 0x7f) | 0x80;
  buf[pos + 4] = v >>> 28;
  return pos + 5;
}

/**
 * Strings of at most this many UTF-16 units are written by the loop right after a one-byte
 * length prefix (3 bytes a unit at most: 42 units would fit in 126 bytes); longer ones go
 * through putMid or putUtf8, which calls the platform's encoder (see SHORT_ENCODE in utf8.ts).
 */
const SHORT_STRING = Math.min(42, SHORT_ENCODE);

/**
 * Strings of SHORT_STRING + 1 to this many units are written by putMid, a copy of the short
 * loop in a function of its own. Concatenations of 13 units or more are ropes in V8 (see
 * SHORT_ENCODE in utf8.ts); ropes reaching a loop slow it for every string it writes later
 * (its type feedback turns generic), so they get their own loop, and the short one stays fast.
 * A flat 14-unit string costs 25 ns in a loop against 55 ns through utf8Write: small encode
 * went from 4.0 to 4.9 M/s with this, batch encode stayed at 2.7x JSON (Node 20.20).
 */
const MID_STRING = 16;

/** UTF-8 of `v` at `pos` (3 bytes a unit reserved); returns the position after it. */
function putMid(buf: Uint8Array, pos: number, v: string): number {
  const n = v.length;
  let i = 0;
  for (; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0x80) break;
    buf[pos++] = c;
  }
  return i < n ? putUtf8From(buf, pos, v, i) : pos;
}

function notBytes(v: unknown): EncodeError {
  const what = v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`;
  return new EncodeError("INVALID_VALUE", `${what} is not a valid bytes value (Uint8Array)`);
}

export class Writer {
  /** The working buffer; bytes [0, pos) are the output so far. */
  buf: Uint8Array;
  pos = 0;
  /**
   * Start offsets of the open fork()s (each points at its reserved length byte): forks[0 ..
   * depth). A counter, not push/pop with `length = 0` on reset: that truncation cost 6% of a
   * small encode.
   */
  private forks: number[] = [];
  private depth = 0;
  /** A DataView over `buf` for float/double, remade when `buf` changes (see Reader). */
  private view: DataView | undefined;
  private viewOf: Uint8Array | undefined;

  constructor(initialCapacity = 256) {
    this.buf = new Uint8Array(Math.max(16, initialCapacity | 0));
  }

  /** Makes room for `n` more bytes (the check is inlined by callers on hot paths). */
  private ensure(n: number): void {
    if (this.pos + n > this.buf.length) this.grow(n);
  }

  private grow(n: number): void {
    const grown = new Uint8Array(Math.max(this.pos + n, this.buf.length * 2));
    grown.set(this.buf.subarray(0, this.pos));
    this.buf = grown;
  }

  /** A tag; throws EncodeError for field numbers outside 1..2^29-1 or wire types 6, 7. */
  tag(fieldNumber: number, wireType: number): this {
    const tag = makeTag(fieldNumber, wireType);
    this.ensure(5);
    this.pos = putVarint32(this.buf, this.pos, tag);
    return this;
  }

  /** uint32 varint (v is taken modulo 2^32, like `v >>> 0`). */
  uint32(v: number): this {
    if (this.pos + 5 > this.buf.length) this.grow(5);
    const buf = this.buf;
    let pos = this.pos;
    v >>>= 0;
    while (v > 0x7f) {
      buf[pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[pos++] = v;
    this.pos = pos;
    return this;
  }

  /** int32 varint: negative values are sign-extended to 10 bytes, as protoc does. */
  int32(v: number): this {
    v |= 0;
    if (v >= 0) return this.uint32(v);
    this.ensure(MAX_VARINT_LENGTH);
    this.pos = putVarint64(this.buf, this.pos, v, 0xffff_ffff);
    return this;
  }

  /** sint32: ZigZag then varint. */
  sint32(v: number): this {
    return this.uint32((v << 1) ^ (v >> 31));
  }

  /** Writes the varint (lo, hi) of two uint32 halves (codegen fast path). */
  varint64(lo: number, hi: number): this {
    this.ensure(MAX_VARINT_LENGTH);
    this.pos = putVarint64(this.buf, this.pos, lo, hi);
    return this;
  }

  /** int64 varint. Accepts bigint, safe-integer number or decimal string in int64 range. */
  int64(v: Int64Input): this {
    toParts(v, true);
    return this.varint64(parts.lo, parts.hi);
  }

  /** uint64 varint. Accepts bigint, safe-integer number or decimal string in 0..2^64-1. */
  uint64(v: Int64Input): this {
    toParts(v, false);
    return this.varint64(parts.lo, parts.hi);
  }

  /** sint64: ZigZag then varint. */
  sint64(v: Int64Input): this {
    toParts(v, true);
    const { lo, hi } = parts;
    const mask = hi >> 31;
    return this.varint64((lo << 1) ^ mask, ((hi << 1) | (lo >>> 31)) ^ mask);
  }

  fixed32(v: number): this {
    this.ensure(4);
    this.pos = putFixed32(this.buf, this.pos, v >>> 0);
    return this;
  }

  sfixed32(v: number): this {
    return this.fixed32(v);
  }

  /** Writes 8 little-endian bytes from two uint32 halves (codegen fast path). */
  fixed64Parts(lo: number, hi: number): this {
    this.ensure(8);
    putFixed32(this.buf, this.pos, lo >>> 0);
    this.pos = putFixed32(this.buf, this.pos + 4, hi >>> 0);
    return this;
  }

  /** fixed64: 0..2^64-1. */
  fixed64(v: Int64Input): this {
    toParts(v, false);
    return this.fixed64Parts(parts.lo, parts.hi);
  }

  /** sfixed64: -2^63..2^63-1. */
  sfixed64(v: Int64Input): this {
    toParts(v, true);
    return this.fixed64Parts(parts.lo, parts.hi);
  }

  private dataView(): DataView {
    const buf = this.buf;
    if (this.viewOf !== buf || this.view === undefined) {
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      this.viewOf = buf;
    }
    return this.view;
  }

  /** float: rounded to float32 as Math.fround does. */
  float(v: number): this {
    this.ensure(4);
    this.dataView().setFloat32(this.pos, v, true);
    this.pos += 4;
    return this;
  }

  /** double: bit-exact (NaN, ±Infinity, -0, subnormals). */
  double(v: number): this {
    this.ensure(8);
    this.dataView().setFloat64(this.pos, v, true);
    this.pos += 8;
    return this;
  }

  bool(v: boolean): this {
    this.ensure(1);
    this.buf[this.pos++] = v ? 1 : 0;
    return this;
  }

  /** Length-prefixed UTF-8. Lone surrogates become U+FFFD (EF BF BD), as TextEncoder does. */
  string(v: string): this {
    const n = v.length;
    if (n <= SHORT_STRING) {
      // At most 3 * 42 = 126 bytes: the length prefix is one byte, written after the text.
      if (this.pos + 1 + 3 * n > this.buf.length) this.grow(1 + 3 * n);
      const buf = this.buf;
      const start = this.pos + 1;
      let pos = start;
      let i = 0;
      for (; i < n; i++) {
        const c = v.charCodeAt(i);
        if (c >= 0x80) break;
        buf[pos++] = c;
      }
      if (i < n) pos = putUtf8From(buf, pos, v, i);
      buf[this.pos] = pos - start;
      this.pos = pos;
      return this;
    }
    if (n <= MID_STRING) {
      // At most 48 bytes: a one-byte length prefix again.
      if (this.pos + 1 + 3 * n > this.buf.length) this.grow(1 + 3 * n);
      const start = this.pos + 1;
      const pos = putMid(this.buf, start, v);
      this.buf[this.pos] = pos - start;
      this.pos = pos;
      return this;
    }
    const max = n * 3; // a UTF-16 unit never takes more than 3 UTF-8 bytes
    const prefix = sizeVarint32(max);
    this.ensure(prefix + max);
    const start = this.pos + prefix;
    const end = putUtf8(this.buf, start, v);
    const len = end - start;
    const actual = sizeVarint32(len);
    if (actual < prefix) this.buf.copyWithin(this.pos + actual, start, end);
    putVarint32(this.buf, this.pos, len);
    this.pos += actual + len;
    return this;
  }

  /**
   * Length-prefixed bytes. Throws EncodeError INVALID_VALUE for anything but a Uint8Array (a
   * Node Buffer is one): an array-like `{length: 3e8}` would otherwise allocate 300 MB.
   */
  bytes(v: Uint8Array): this {
    if (!(v instanceof Uint8Array)) throw notBytes(v);
    const n = v.length;
    this.ensure(5 + n);
    this.pos = putVarint32(this.buf, this.pos, n);
    this.buf.set(v, this.pos);
    this.pos += n;
    return this;
  }

  /** Bytes as they are, without a length prefix (pre-encoded fields, unknown fields). */
  raw(v: Uint8Array): this {
    if (!(v instanceof Uint8Array)) throw notBytes(v);
    this.ensure(v.length);
    this.buf.set(v, this.pos);
    this.pos += v.length;
    return this;
  }

  /**
   * Writes each value of `values` as an int64 (`kind` 0), uint64 (1) or sint64 (2) varint: the
   * payload of a packed run, with the checks and errors of int64() etc.
   */
  varint64Run(values: readonly Int64Input[], kind: 0 | 1 | 2): this {
    const n = values.length;
    if (this.pos + n * MAX_VARINT_LENGTH > this.buf.length) this.grow(n * MAX_VARINT_LENGTH);
    const buf = this.buf;
    let pos = this.pos;
    const { i64, w32, LO, HI } = scratch64;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      let lo: number;
      let hi: number;
      // toParts' in-range bigint path, written out: 2,000 sint64s took 27-33 us through
      // toParts (inlined) and 23 us with this (Node 20.20). Anything else, and every error,
      // goes through toParts.
      if (
        typeof v === "bigint" &&
        (kind === 1 ? BigInt.asUintN(64, v) === v : BigInt.asIntN(64, v) === v)
      ) {
        i64[0] = v;
        lo = w32[LO]!;
        hi = w32[HI]!;
      } else {
        toParts(v, kind !== 1);
        lo = parts.lo;
        hi = parts.hi;
      }
      if (kind === 2) {
        const mask = hi >> 31;
        const zlo = (lo << 1) ^ mask;
        hi = ((hi << 1) | (lo >>> 31)) ^ mask;
        lo = zlo;
      }
      pos = putVarint64(buf, pos, lo, hi);
    }
    this.pos = pos;
    return this;
  }

  /**
   * Writes each value of `values` as an int32 (`kind` 0), uint32 (1) or sint32 (2) varint: the
   * bytes of a packed run (the caller writes the tag and length around it), with one capacity
   * check for the whole run. Values must be valid as they are: numbers that are int32s (`kind`
   * 0 and 2) or uint32s (1), never taken modulo 2^32. Returns -1 when all were written, or the
   * index of the first invalid value, having written nothing, so the check rides in the write
   * loop and the caller reports the error with its field path.
   */
  checkedVarint32Run(values: readonly unknown[], kind: 0 | 1 | 2): number {
    const n = values.length;
    if (this.pos + n * MAX_VARINT_LENGTH > this.buf.length) this.grow(n * MAX_VARINT_LENGTH);
    const buf = this.buf;
    let pos = this.pos;
    if (kind === 0) {
      for (let i = 0; i < n; i++) {
        const v = values[i];
        // typeof first: `7n | 0` throws a TypeError.
        if (typeof v !== "number" || (v | 0) !== v) return i;
        pos = v >= 0 ? putUint32(buf, pos, v) : putNegativeInt32(buf, pos, v);
      }
    } else if (kind === 1) {
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (typeof v !== "number" || v >>> 0 !== v) return i;
        pos = putUint32(buf, pos, v);
      }
    } else {
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (typeof v !== "number" || (v | 0) !== v) return i;
        pos = putUint32(buf, pos, ((v << 1) ^ (v >> 31)) >>> 0);
      }
    }
    this.pos = pos;
    return -1;
  }

  /**
   * Writes each value as a double (`float` false) or a float (true, rounded as Math.fround): the
   * payload of a packed run. Values must all be numbers; returns -1, or the index of the first
   * one that is not, having written nothing.
   */
  checkedFloatingRun(values: readonly unknown[], float: boolean): number {
    const n = values.length;
    const size = float ? 4 : 8;
    this.ensure(n * size);
    const view = this.dataView();
    let pos = this.pos;
    if (float) {
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (typeof v !== "number") return i;
        view.setFloat32(pos, v, true);
        pos += 4;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (typeof v !== "number") return i;
        view.setFloat64(pos, v, true);
        pos += 8;
      }
    }
    this.pos = pos;
    return -1;
  }

  /** Starts a length-delimited value: everything until the matching join() is its payload. */
  fork(): this {
    this.ensure(1);
    this.forks[this.depth++] = this.pos;
    this.pos += 1;
    return this;
  }

  /** Ends the innermost fork(): writes its length prefix in front of the payload. */
  join(): this {
    if (this.depth === 0) throw new EncodeError("UNBALANCED_FORK", "join() without fork()");
    const start = this.forks[--this.depth]!;
    const payload = start + 1;
    const len = this.pos - payload;
    const size = sizeVarint32(len);
    if (size > 1) {
      this.ensure(size - 1);
      this.buf.copyWithin(start + size, payload, this.pos);
      this.pos += size - 1;
    }
    putVarint32(this.buf, start, len);
    return this;
  }

  /** A right-sized copy of the output. Throws UNBALANCED_FORK while a fork() is open. */
  finish(): Uint8Array {
    if (this.depth > 0) {
      throw new EncodeError("UNBALANCED_FORK", `${this.depth} fork() without join()`);
    }
    return this.buf.slice(0, this.pos);
  }

  /**
   * Like finish(), but the result may share its ArrayBuffer with other results of this method
   * (as Node's Buffer and protobufjs share a pool): outputs of 65 bytes to 4 KiB are copied
   * into 8 KiB slabs instead of each getting its own ArrayBuffer, which costs more than the
   * encoding of a 100-byte message. The bytes themselves are never shared or reused.
   */
  finishPooled(): Uint8Array {
    if (this.depth > 0) {
      throw new EncodeError("UNBALANCED_FORK", `${this.depth} fork() without join()`);
    }
    return pooledCopy(this.buf, this.pos);
  }

  /** Empties the writer (keeps the buffer) so it can be reused. */
  reset(): this {
    this.pos = 0;
    this.depth = 0;
    // A throw mid-encode can leave many forks open: do not keep a huge stack alive.
    if (this.forks.length > 1024) this.forks = [];
    return this;
  }
}
