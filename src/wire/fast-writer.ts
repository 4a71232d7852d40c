/**
 * FastWriter: the writer the codecs and the schema layer write with. The same bytes and errors
 * as Writer (writer.ts), the public class kept small for bundles; both build on WriterCore
 * (writer-core.ts). This one writes int32, 64-bit varints and strings by unrolled paths and
 * hand-written UTF-8 for short strings, and adds the packed runs (`checkedVarint32Run` ...)
 * and pooled results (`finishPooled`) the codecs use.
 */
import { MAX_VARINT_LENGTH } from "./constants.js";
import { EncodeError } from "./errors.js";
import { type Int64Input, parts, scratch64, toParts } from "./int64.js";
import { pooledCopy } from "./pool.js";
import { putUtf8, putUtf8From, SHORT_ENCODE } from "./utf8.js";
import { putVarint32, putVarint64, sizeVarint32 } from "./varint.js";
import { WriterCore } from "./writer-core.js";

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

export class FastWriter extends WriterCore {
  /** int32 varint: negative values are sign-extended to 10 bytes, as protoc does. */
  override int32(v: number): this {
    v |= 0;
    if (v >= 0) return this.uint32(v);
    this.ensure(MAX_VARINT_LENGTH);
    this.pos = putVarint64(this.buf, this.pos, v, 0xffff_ffff);
    return this;
  }

  /** Writes the varint (lo, hi) of two uint32 halves (codegen fast path). */
  override varint64(lo: number, hi: number): this {
    this.ensure(MAX_VARINT_LENGTH);
    this.pos = putVarint64(this.buf, this.pos, lo, hi);
    return this;
  }

  /** Length-prefixed UTF-8. Lone surrogates become U+FFFD (EF BF BD), as TextEncoder does. */
  override string(v: string): this {
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
}
