/**
 * What the wire layer's two writers share: one growable Uint8Array (capacity doubles on growth),
 * tags, fixed-width values, bytes, fork()/join(), finish(). Writer (writer.ts, public, small)
 * and FastWriter (fast-writer.ts, the codecs') each add int32, the 64-bit varint and strings,
 * so that a bundle carries one set of them. fork()/join() write a length-delimited submessage
 * without a second copy of its payload: fork() reserves one byte for the length, join() writes
 * it and, only when the length needs more than one byte (payload >= 128 bytes), shifts the
 * payload right with copyWithin.
 */
import { EncodeError } from "./errors.js";
import { putFixed32 } from "./fixed.js";
import { type Int64Input, parts, toParts } from "./int64.js";
import { makeTag } from "./tag.js";
import { putVarint32, sizeVarint32 } from "./varint.js";

function notBytes(v: unknown): EncodeError {
  const what = v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`;
  return new EncodeError("INVALID_VALUE", `${what} is not a valid bytes value (Uint8Array)`);
}

export abstract class WriterCore {
  /** The working buffer; bytes [0, pos) are the output so far. */
  buf: Uint8Array;
  pos = 0;
  /**
   * Start offsets of the open fork()s (each points at its reserved length byte): forks[0 ..
   * depth). A counter, not push/pop with `length = 0` on reset: that truncation cost 6% of a
   * small encode.
   */
  protected forks: number[] = [];
  protected depth = 0;
  /** A DataView over `buf` for float/double, remade when `buf` changes (see Reader). */
  private view: DataView | undefined;
  private viewOf: Uint8Array | undefined;

  constructor(initialCapacity = 256) {
    this.buf = new Uint8Array(Math.max(16, initialCapacity | 0));
  }

  /** Makes room for `n` more bytes (the check is inlined by callers on hot paths). */
  protected ensure(n: number): void {
    if (this.pos + n > this.buf.length) this.grow(n);
  }

  protected grow(n: number): void {
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
  abstract int32(v: number): this;
  /** Writes the varint (lo, hi) of two uint32 halves (codegen fast path). */
  abstract varint64(lo: number, hi: number): this;
  /** Length-prefixed UTF-8. Lone surrogates become U+FFFD (EF BF BD), as TextEncoder does. */
  abstract string(v: string): this;

  /** sint32: ZigZag then varint. */
  sint32(v: number): this {
    return this.uint32((v << 1) ^ (v >> 31));
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

  protected dataView(): DataView {
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

  /** Empties the writer (keeps the buffer) so it can be reused. */
  reset(): this {
    this.pos = 0;
    this.depth = 0;
    // A throw mid-encode can leave many forks open: do not keep a huge stack alive.
    if (this.forks.length > 1024) this.forks = [];
    return this;
  }
}
