/**
 * What the wire layer's two readers share: the cursor, the options, fixed-width values, bytes,
 * skipping. Reader (reader.ts, public, small) and FastReader (fast-reader.ts, the codecs') each
 * add the varint, length and string reads, so that a bundle carries one set of them. Every
 * read is bounds-checked against `end` and fails with a DecodeError whose `offset` is the first
 * byte of the item that could not be read.
 */
import { DEFAULT_RECURSION_LIMIT, WireType } from "./constants.js";
import { DecodeError } from "./errors.js";
import { getDouble, getFixed32, getFloat } from "./fixed.js";
import { parts, partsToInt64, partsToUint64 } from "./int64.js";
import { emptyBytes } from "./pool.js";
import { sizeTag } from "./tag.js";
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

export abstract class ReaderCore {
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
    return this.tagAt(this.pos);
  }

  /** tag() at `start`, by readVarint64 (FastReader calls it past its one-byte path). */
  protected tagAt(start: number): number {
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
  abstract uint32(): number;
  /** Reads a 64-bit varint into `parts`. */
  protected abstract read64(): void;
  /** bool: any non-zero varint (all 64 bits count) is true. */
  abstract bool(): boolean;
  /**
   * Reads a length prefix, checks that the payload fits before `end`, and returns the
   * payload's end offset; `pos` is left at the payload's first byte.
   */
  length(): number {
    return this.lengthAt(this.pos);
  }

  /** length() at `start`, by readVarint64 (FastReader calls it past its one-byte path). */
  protected lengthAt(start: number): number {
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

  /** string: strict UTF-8 (DecodeError INVALID_UTF8 at the first payload byte). */
  abstract string(): string;
  /** string without validation: invalid sequences become U+FFFD. */
  abstract stringLossy(): string;

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

  protected need(n: number): number {
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
