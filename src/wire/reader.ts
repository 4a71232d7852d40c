/**
 * Reader: a cursor over one Uint8Array. Every read is bounds-checked against `end` and fails
 * with a DecodeError whose `offset` is the first byte of the item that could not be read.
 */
import { DEFAULT_RECURSION_LIMIT, MAX_VARINT_LENGTH, WireType } from "./constants.js";
import { DecodeError } from "./errors.js";
import { getDouble, getFixed32, getFloat } from "./fixed.js";
import { parts, partsToInt64, partsToUint64 } from "./int64.js";
import { emptyBytes } from "./pool.js";
import { sizeTag } from "./tag.js";
import { getUtf8 } from "./utf8.js";
import { readVarint64 } from "./varint.js";

export interface ReaderOptions {
  /**
   * Maximum nesting of messages and groups together, one budget as in protoc: groups that
   * skip() steps over count on top of `depth`. Default 100, as protoc.
   */
  recursionLimit?: number;
  /**
   * bytes() returns views into the input instead of copies (default false). A view shares the
   * input's memory: the input must not be written to or reused while anything read from it is
   * alive.
   */
  aliasBytes?: boolean;
}

export class Reader {
  /** The whole input. Public so generated code can inline reads. */
  buf: Uint8Array;
  /** Offset of the next byte to read. */
  pos: number;
  /** Reads never go past this offset (initially buf.length). */
  end: number;
  /** Writable so that one Reader can be reused between decodes (see reset). */
  recursionLimit: number;
  /**
   * Nesting depth of the message whose fields are being read (0: the outermost). skip() counts
   * the groups it steps over on top of it against recursionLimit, so messages and groups share
   * one budget (protoc's ParseContext keeps one depth for both). The codec's generated decode
   * sets it before each skip(), from the depth it passes down to submessages; a schema-free
   * reader that descends into submessages sets it the same way. reset() sets it to 0.
   */
  depth = 0;
  /** Low/high uint32 halves filled by varint64() and fixed64Parts() (codegen fast path). */
  lo = 0;
  hi = 0;
  /** The last tag returned by tag(); skip(StartGroup) matches its end group against it. */
  lastTag = 0;
  /** Whether bytes() returns views into `buf` (ReaderOptions.aliasBytes). */
  aliasBytes: boolean;
  constructor(buf: Uint8Array, options?: ReaderOptions) {
    this.buf = buf;
    this.pos = 0;
    this.end = buf.length;
    this.recursionLimit = options?.recursionLimit ?? DEFAULT_RECURSION_LIMIT;
    this.aliasBytes = options?.aliasBytes === true;
  }

  /**
   * Points this Reader at a new input, as a fresh `new Reader(buf, { recursionLimit,
   * aliasBytes })` would be: the codec keeps one Reader for all decodes rather than allocating
   * one per call.
   */
  reset(
    buf: Uint8Array,
    recursionLimit: number = DEFAULT_RECURSION_LIMIT,
    aliasBytes = false,
  ): this {
    this.buf = buf;
    this.pos = 0;
    this.end = buf.length;
    this.recursionLimit = recursionLimit;
    this.aliasBytes = aliasBytes;
    this.depth = 0;
    this.lo = 0;
    this.hi = 0;
    this.lastTag = 0;
    return this;
  }

  /**
   * Reads a tag and returns it raw (fieldNumber << 3 | wireType, a uint32). Throws
   * INVALID_FIELD_NUMBER for field 0 or a tag beyond 32 bits, INVALID_WIRE_TYPE for 6 and 7,
   * TRUNCATED at the end of input.
   */
  tag(): number {
    const pos = this.pos;
    if (pos < this.end) {
      const b = this.buf[pos]!;
      // One-byte tags (fields 1..15) are the common case.
      if (b < 0x80 && b >= 8 && (b & 7) < 6) {
        this.pos = pos + 1;
        this.lastTag = b;
        return b;
      }
    }
    return this.tagSlow(pos);
  }

  private tagSlow(start: number): number {
    if (start >= this.end) throw new DecodeError("TRUNCATED", "expected a tag", start);
    this.pos = readVarint64(this.buf, start, this.end);
    const tag = parts.lo;
    if (parts.hi !== 0 || tag >>> 3 === 0) {
      const n = parts.hi !== 0 ? "beyond 2^29 - 1" : "0";
      throw new DecodeError("INVALID_FIELD_NUMBER", `field number ${n} in tag`, start);
    }
    if ((tag & 7) > 5) {
      throw new DecodeError("INVALID_WIRE_TYPE", `wire type ${tag & 7} in tag`, start);
    }
    this.lastTag = tag;
    return tag;
  }

  /** A varint as uint32: a longer varint keeps its low 32 bits (protoc's truncation). */
  uint32(): number {
    const buf = this.buf;
    const pos = this.pos;
    if (pos < this.end) {
      let b = buf[pos]!;
      if (b < 0x80) {
        this.pos = pos + 1;
        return b;
      }
      if (this.end - pos >= MAX_VARINT_LENGTH) {
        // Unrolled, unchecked: 10 bytes are available.
        let v = b & 0x7f;
        b = buf[pos + 1]!;
        v |= (b & 0x7f) << 7;
        if (b < 0x80) {
          this.pos = pos + 2;
          return v;
        }
        b = buf[pos + 2]!;
        v |= (b & 0x7f) << 14;
        if (b < 0x80) {
          this.pos = pos + 3;
          return v;
        }
        b = buf[pos + 3]!;
        v |= (b & 0x7f) << 21;
        if (b < 0x80) {
          this.pos = pos + 4;
          return v;
        }
        b = buf[pos + 4]!;
        v |= b << 28; // only the low 4 bits land inside 32 bits
        if (b < 0x80) {
          this.pos = pos + 5;
          return v >>> 0;
        }
        // Bytes 6-10 only carry bits above 32: skip them.
        for (let i = 5; i < MAX_VARINT_LENGTH; i++) {
          if (buf[pos + i]! < 0x80) {
            this.pos = pos + i + 1;
            return v >>> 0;
          }
        }
        throw new DecodeError("VARINT_OVERLONG", "varint longer than 10 bytes", pos);
      }
    }
    this.pos = readVarint64(buf, pos, this.end);
    return parts.lo;
  }

  /** int32: the low 32 bits of the varint, signed (negative values arrive as 10 bytes). */
  int32(): number {
    return this.uint32() | 0;
  }

  /** sint32: ZigZag-decoded. */
  sint32(): number {
    const n = this.uint32();
    return (n >>> 1) ^ -(n & 1);
  }

  /** Reads a varint into `this.lo` / `this.hi` (uint32 halves) without making a bigint. */
  varint64(): void {
    this.read64();
    this.lo = parts.lo;
    this.hi = parts.hi;
  }

  /**
   * Reads a 64-bit varint into `parts`. With 10 bytes left the reads go unchecked, two bytes
   * per loop step (a 9-byte int64 in about half the time of readVarint64's checked loop);
   * otherwise, and for errors, readVarint64 does it.
   */
  private read64(): void {
    const buf = this.buf;
    const pos = this.pos;
    if (this.end - pos < MAX_VARINT_LENGTH) {
      this.pos = readVarint64(buf, pos, this.end);
      return;
    }
    let b = buf[pos]!;
    if (b < 0x80) {
      parts.lo = b;
      parts.hi = 0;
      this.pos = pos + 1;
      return;
    }
    let lo = b & 0x7f;
    let p = pos + 1;
    // Bytes 2-4: bits 7-27.
    for (let shift = 7; shift < 28; shift += 7) {
      b = buf[p++]!;
      lo |= (b & 0x7f) << shift;
      if (b < 0x80) {
        parts.lo = lo >>> 0;
        parts.hi = 0;
        this.pos = p;
        return;
      }
    }
    // Byte 5: bits 28-31 of lo, 0-2 of hi; bytes 6-10: bits 3-31 of hi.
    b = buf[p++]!;
    lo |= (b & 0x0f) << 28;
    let hi = (b & 0x7f) >>> 4;
    for (let shift = 3; b >= 0x80; shift += 7) {
      if (shift > 31) {
        throw new DecodeError("VARINT_OVERLONG", "varint longer than 10 bytes", pos);
      }
      b = buf[p++]!;
      hi |= (b & 0x7f) << shift;
    }
    parts.lo = lo >>> 0;
    parts.hi = hi >>> 0;
    this.pos = p;
  }

  int64(): bigint {
    this.read64();
    return partsToInt64(parts.lo, parts.hi);
  }

  uint64(): bigint {
    this.read64();
    return partsToUint64(parts.lo, parts.hi);
  }

  sint64(): bigint {
    this.read64();
    const { lo, hi } = parts;
    const mask = -(lo & 1);
    return partsToInt64(((lo >>> 1) | (hi << 31)) ^ mask, (hi >>> 1) ^ mask);
  }

  /** bool: any non-zero varint (all 64 bits count) is true. */
  bool(): boolean {
    const pos = this.pos;
    if (pos < this.end) {
      const b = this.buf[pos]!;
      if (b < 0x80) {
        this.pos = pos + 1;
        return b !== 0;
      }
    }
    this.pos = readVarint64(this.buf, pos, this.end);
    return (parts.lo | parts.hi) !== 0;
  }

  private need(n: number): number {
    const pos = this.pos;
    if (this.end - pos < n) throw truncated(n, this.end - pos, pos);
    this.pos = pos + n;
    return pos;
  }

  fixed32(): number {
    return getFixed32(this.buf, this.need(4));
  }

  sfixed32(): number {
    return getFixed32(this.buf, this.need(4)) | 0;
  }

  /** Reads 8 bytes into `this.lo` / `this.hi` without making a bigint. */
  fixed64Parts(): void {
    const pos = this.need(8);
    this.lo = getFixed32(this.buf, pos);
    this.hi = getFixed32(this.buf, pos + 4);
  }

  fixed64(): bigint {
    const pos = this.need(8);
    return partsToUint64(getFixed32(this.buf, pos), getFixed32(this.buf, pos + 4));
  }

  sfixed64(): bigint {
    const pos = this.need(8);
    return partsToInt64(getFixed32(this.buf, pos), getFixed32(this.buf, pos + 4));
  }

  // Floats go through a typed-array scratch (fixed.ts): a DataView over `buf` would have to be
  // made once per input, which cost 13% of a 58-byte decode (8 fields, one double) on Node 20.
  float(): number {
    return getFloat(this.buf, this.need(4));
  }

  double(): number {
    return getDouble(this.buf, this.need(8));
  }

  /**
   * Reads a length prefix, checks that the payload fits before `end`, and returns the
   * payload's end offset; `pos` is left at the payload's first byte.
   */
  length(): number {
    const pos = this.pos;
    // Lengths below 128 (one byte) that fit: most strings and small submessages.
    if (pos < this.end) {
      const b = this.buf[pos]!;
      if (b < 0x80 && b < this.end - pos) {
        this.pos = pos + 1;
        return pos + 1 + b;
      }
    }
    return this.lengthSlow(pos);
  }

  private lengthSlow(start: number): number {
    const pos = readVarint64(this.buf, start, this.end);
    if (parts.hi !== 0 || parts.lo > this.end - pos) {
      throw new DecodeError(
        "LENGTH_OUT_OF_RANGE",
        `length ${partsToUint64(parts.lo, parts.hi)} exceeds the ${this.end - pos} bytes left`,
        start,
      );
    }
    this.pos = pos;
    return pos + parts.lo;
  }

  /**
   * Appends the varints of a packed run that ends at `end` to `out`, as int32 (`kind` 0), uint32
   * (1) or sint32 (2). The same values and errors as calling int32() etc. until `pos >= end`,
   * without a method call and a field store per value (the run keeps its position in a local).
   * Like those loops, it may read past `end` (never past `this.end`); the caller checks `pos`.
   *
   * `out` is grown once to the run's value count (its bytes below 0x80 each end one varint)
   * and filled by index: push() cost 6 ns a value on Node 20.20, an indexed store 2 ns.
   * Whatever happens, `out` ends with exactly the values read (no holes after an error).
   */
  varint32Run(out: number[], end: number, kind: 0 | 1 | 2): void {
    const buf = this.buf;
    let pos = this.pos;
    let n = out.length;
    out.length = n + countVarints(buf, pos, Math.min(end, this.end));
    try {
      // Below `safe` a whole 10-byte varint fits before this.end, so the loop reads without
      // bounds checks and tests one bound a value: 10,000 int32s took 75-105 us with a check
      // per multi-byte value and 44-55 us like this (Node 20.20). The tail reads checked.
      const safe = Math.min(end, this.end - MAX_VARINT_LENGTH + 1);
      while (pos < safe) {
        let b = buf[pos]!;
        let v = b & 0x7f;
        pos++;
        if (b >= 0x80) {
          b = buf[pos++]!;
          v |= (b & 0x7f) << 7;
          if (b >= 0x80) {
            b = buf[pos++]!;
            v |= (b & 0x7f) << 14;
            if (b >= 0x80) {
              b = buf[pos++]!;
              v |= (b & 0x7f) << 21;
              if (b >= 0x80) {
                b = buf[pos++]!;
                v |= b << 28; // only the low 4 bits land inside 32 bits
                // Bytes 6-10 only carry bits above 32 (a negative int32 has all five).
                if (b >= 0x80) pos = skipVarintTail(buf, pos);
              }
            }
          }
        }
        out[n++] = kind === 0 ? v | 0 : kind === 1 ? v >>> 0 : ((v >>> 1) ^ -(v & 1)) | 0;
      }
      while (pos < end) {
        this.pos = pos;
        const v = this.uint32();
        pos = this.pos;
        out[n++] = kind === 0 ? v | 0 : kind === 1 ? v >>> 0 : ((v >>> 1) ^ -(v & 1)) | 0;
      }
      this.pos = pos;
    } finally {
      // Setting an array's length calls a builtin even when it does not change.
      if (out.length !== n) out.length = n;
    }
  }

  /**
   * Appends the varints of a packed run ending at `end` to `out` as int64 (`kind` 0), uint64 (1)
   * or sint64 (2) bigints (see varint32Run).
   */
  varint64Run(out: bigint[], end: number, kind: 0 | 1 | 2): void {
    const buf = this.buf;
    let pos = this.pos;
    let n = out.length;
    out.length = n + countVarints(buf, pos, Math.min(end, this.end));
    try {
      // As in varint32Run: unchecked reads below `safe`, checked ones in the tail. 2,000
      // sint64s took 42 us through read64() and 25 us like this (Node 20.20), of which 14 us
      // is making the bigints.
      const safe = Math.min(end, this.end - MAX_VARINT_LENGTH + 1);
      while (pos < end) {
        let lo: number;
        let hi = 0;
        if (pos < safe) {
          const start = pos;
          let b = buf[pos++]!;
          lo = b & 0x7f;
          if (b >= 0x80) {
            b = buf[pos++]!;
            lo |= (b & 0x7f) << 7;
            if (b >= 0x80) {
              b = buf[pos++]!;
              lo |= (b & 0x7f) << 14;
              if (b >= 0x80) {
                b = buf[pos++]!;
                lo |= (b & 0x7f) << 21;
                if (b >= 0x80) {
                  b = buf[pos++]!;
                  lo |= b << 28; // bits 28-31; bits 32-34 go to hi
                  hi = (b & 0x7f) >>> 4;
                  if (b >= 0x80) {
                    pos = readVarintHigh(buf, pos, start);
                    hi |= parts.hi;
                  }
                }
              }
            }
          }
          lo >>>= 0;
        } else {
          this.pos = pos;
          this.read64();
          pos = this.pos;
          lo = parts.lo;
          hi = parts.hi;
        }
        if (kind === 2) {
          const mask = -(lo & 1);
          out[n++] = partsToInt64(((lo >>> 1) | (hi << 31)) ^ mask, (hi >>> 1) ^ mask);
        } else {
          out[n++] = kind === 0 ? partsToInt64(lo, hi) : partsToUint64(lo, hi);
        }
      }
      this.pos = pos;
    } finally {
      if (out.length !== n) out.length = n;
    }
  }

  /** Appends the doubles of a packed run ending at `end` (see varint32Run). */
  doubleRun(out: number[], end: number): void {
    const buf = this.buf;
    let pos = this.pos;
    const stop = Math.min(end, this.end);
    let n = out.length;
    if (stop - pos >= 64) {
      // Long runs: one DataView for the run beats the byte-by-byte scratch copy.
      out.length = n + ((stop - pos) >> 3);
      const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      while (stop - pos >= 8) {
        out[n++] = view.getFloat64(pos, true);
        pos += 8;
      }
    }
    while (stop - pos >= 8) {
      out[n++] = getDouble(buf, pos);
      pos += 8;
    }
    out.length = n;
    this.pos = pos;
    // A trailing partial value: the checked read reports it as a single read would.
    while (this.pos < end) out.push(this.double());
  }

  /** Appends the floats of a packed run ending at `end` (see varint32Run). */
  floatRun(out: number[], end: number): void {
    const buf = this.buf;
    let pos = this.pos;
    const stop = Math.min(end, this.end);
    let n = out.length;
    out.length = n + ((stop - pos) >> 2);
    while (stop - pos >= 4) {
      out[n++] = getFloat(buf, pos);
      pos += 4;
    }
    out.length = n;
    this.pos = pos;
    while (this.pos < end) out.push(this.float());
  }

  /** string: strict UTF-8 (DecodeError INVALID_UTF8 at the first payload byte). */
  string(): string {
    const end = this.length();
    const s = getUtf8(this.buf, this.pos, end, true);
    this.pos = end;
    return s;
  }

  /** string without validation: invalid sequences become U+FFFD. */
  stringLossy(): string {
    const end = this.length();
    const s = getUtf8(this.buf, this.pos, end, false);
    this.pos = end;
    return s;
  }

  /**
   * bytes: a copy the caller owns (mutating it does not touch the input), or with `aliasBytes`
   * a plain Uint8Array view into the input (bytesView).
   */
  bytes(): Uint8Array {
    const end = this.length();
    const b = this.aliasBytes ? viewOf(this.buf, this.pos, end) : copyOf(this.buf, this.pos, end);
    this.pos = end;
    return b;
  }

  /** bytes as a view into `buf`: no copy, valid as long as the input is not mutated. */
  bytesView(): Uint8Array {
    const end = this.length();
    const b = this.buf.subarray(this.pos, end);
    this.pos = end;
    return b;
  }

  /**
   * Skips the value of a field whose tag was just read. For StartGroup it skips to the
   * matching EndGroup (of `fieldNumber`, default: the field of the last tag()), nesting at
   * most recursionLimit - depth groups (RECURSION_LIMIT beyond). It never recurses on the JS
   * stack.
   */
  skip(wireType: number, fieldNumber?: number): void {
    switch (wireType) {
      case WireType.Varint:
        this.pos = readVarint64(this.buf, this.pos, this.end);
        return;
      case WireType.Fixed64:
        this.need(8);
        return;
      case WireType.LengthDelimited:
        this.pos = this.length();
        return;
      case WireType.StartGroup:
        this.skipGroup(fieldNumber ?? this.lastTag >>> 3);
        return;
      case WireType.Fixed32:
        this.need(4);
        return;
      case WireType.EndGroup: {
        const n = fieldNumber ?? this.lastTag >>> 3;
        throw new DecodeError(
          "UNEXPECTED_END_GROUP",
          `end group of field ${n} without a start group`,
          Math.max(0, this.pos - sizeTag(n)),
        );
      }
      default:
        throw new DecodeError("INVALID_WIRE_TYPE", `wire type ${wireType}`, this.pos);
    }
  }

  private skipGroup(fieldNumber: number): void {
    const start = this.pos;
    // Field numbers of the open groups, innermost last. The group at open[i] sits at nesting
    // depth + i + 1: the `depth` messages around it spent their share of the budget.
    const open = [fieldNumber];
    if (this.depth + 1 > this.recursionLimit) {
      throw new DecodeError(
        "RECURSION_LIMIT",
        `groups nest deeper than ${this.recursionLimit}`,
        start,
      );
    }
    while (open.length > 0) {
      if (this.pos >= this.end) {
        throw new DecodeError("TRUNCATED", `group of field ${open[0]} has no end group`, start);
      }
      const tagPos = this.pos;
      const tag = this.tag();
      const wt = tag & 7;
      const fn = tag >>> 3;
      if (wt === WireType.EndGroup) {
        const expected = open.pop()!;
        if (fn !== expected) {
          throw new DecodeError(
            "MISMATCHED_END_GROUP",
            `end group of field ${fn} closes the group of field ${expected}`,
            tagPos,
          );
        }
      } else if (wt === WireType.StartGroup) {
        if (this.depth + open.length + 1 > this.recursionLimit) {
          throw new DecodeError(
            "RECURSION_LIMIT",
            `groups nest deeper than ${this.recursionLimit}`,
            tagPos,
          );
        }
        open.push(fn);
      } else {
        this.skip(wt);
      }
    }
  }

  /** A copy of buf[startPos, pos): the raw bytes of a skipped (unknown) field. */
  skipped(startPos: number): Uint8Array {
    return copyOf(this.buf, startPos, this.pos);
  }
}

/**
 * Reads bytes 6 to 10 of a varint whose first five bytes were read (`pos` is at byte 6, and 5
 * bytes are there): their bits 35-63 go to `parts.hi` (bits 3-31 of the high half). Returns
 * the position after the varint; throws VARINT_OVERLONG (at `start`) when byte 10 does not end
 * it. Bits above 64 in byte 10 are dropped, as protoc's parser does.
 */
function readVarintHigh(buf: Uint8Array, pos: number, start: number): number {
  let hi = 0;
  for (let shift = 3; shift < 32; shift += 7) {
    const b = buf[pos++]!;
    hi |= (b & 0x7f) << shift;
    if (b < 0x80) {
      parts.hi = hi;
      return pos;
    }
  }
  throw new DecodeError("VARINT_OVERLONG", "varint longer than 10 bytes", start);
}

/**
 * Steps over bytes 6 to 10 of a varint whose first five bytes were read (they carry no bits
 * of a 32-bit value); `pos` is at byte 6 and 5 bytes are there. Throws VARINT_OVERLONG when
 * byte 10 does not end it.
 */
function skipVarintTail(buf: Uint8Array, pos: number): number {
  for (let i = 0; i < 5; i++) if (buf[pos + i]! < 0x80) return pos + i + 1;
  throw new DecodeError("VARINT_OVERLONG", "varint longer than 10 bytes", pos - 5);
}

/**
 * The number of bytes below 0x80 in buf[pos, stop): the varints that end there. Long spans go
 * four bytes a step through a Uint32Array view of their aligned middle (the high bits of a
 * word, summed by one multiplication).
 */
function countVarints(buf: Uint8Array, pos: number, stop: number): number {
  let high = 0;
  const total = stop - pos;
  if (total >= 256) {
    for (; (buf.byteOffset + pos) & 3; pos++) high += buf[pos]! >> 7;
    const words = (stop - pos) >> 2;
    const w = new Uint32Array(buf.buffer, buf.byteOffset + pos, words);
    for (let i = 0; i < words; i++) {
      // One bit per byte at bit 0 of each byte lane; the multiply adds the lanes into the top.
      high += (((w[i]! >>> 7) & 0x0101_0101) * 0x0101_0101) >>> 24;
    }
    pos += words * 4;
  }
  for (; pos < stop; pos++) high += buf[pos]! >> 7;
  return total - high;
}

/**
 * A plain Uint8Array view of buf[start, end): not `buf.subarray()`, which on a Node Buffer makes
 * a Buffer, so that decoded bytes are plain Uint8Arrays whatever the input's class.
 */
function viewOf(buf: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
}

/**
 * A plain Uint8Array copy of buf[start, end). Not `buf.slice()`: on a Node Buffer that returns a
 * view sharing the input's memory (Buffer overrides slice), and decoded bytes must be owned.
 */
function copyOf(buf: Uint8Array, start: number, end: number): Uint8Array {
  if (end === start) return emptyBytes();
  const out = new Uint8Array(end - start);
  if (end - start <= 16) {
    for (let i = start; i < end; i++) out[i - start] = buf[i]!;
  } else {
    out.set(buf.subarray(start, end));
  }
  return out;
}

/**
 * The error of a fixed-width read past the end, made out of line: the readers stay small enough
 * for V8 to inline them into a large decode function.
 */
function truncated(n: number, left: number, pos: number): DecodeError {
  return new DecodeError("TRUNCATED", `need ${n} bytes, ${left} left`, pos);
}
