/**
 * The size-delimited format, schema-free: a stream of records, each a varint length prefix and
 * then that many bytes (Java's writeDelimitedTo / parseDelimitedFrom, Go's protodelim,
 * protobuf-es's sizeDelimited*). Here: framing one record, peeking at a prefix, and the
 * splitter that cuts the chunks of a stream into records while holding only the bytes of the
 * record it is assembling. The async side (streams as sources) is delimited-stream.ts.
 */
import { DecodeError, ProtowireError } from "./errors.js";
import { putVarint32, sizeVarint32 } from "./varint.js";

/** The largest record accepted when no `maxMessageSize` is given: 64 MiB. */
export const DEFAULT_MAX_DELIMITED_SIZE = 64 * 1024 * 1024;

export interface SizeDelimitedSplitOptions {
  /**
   * The largest record body accepted, in bytes (default 64 MiB). A prefix announcing more is a
   * DecodeError MESSAGE_TOO_LARGE before anything is allocated for the record.
   */
  readonly maxMessageSize?: number;
}

/** One record of a size-delimited stream. */
export interface SizeDelimitedRecord {
  /** 0-based position of the record in the stream. */
  readonly index: number;
  /** Stream offset of the record's first byte (its length prefix). */
  readonly offset: number;
  /** Stream offset of the body's first byte. */
  readonly bodyOffset: number;
  /**
   * The body: a view into the chunk when the chunk held it whole, else a copy assembled across
   * chunks. Valid as long as the source does not reuse its chunks.
   */
  readonly bytes: Uint8Array;
}

/** What `sizeDelimitedPeek` finds: the next body's size and start, or an incomplete prefix. */
export type SizeDelimitedPeekResult =
  | { readonly eof: false; readonly size: number; readonly offset: number }
  | { readonly eof: true; readonly size: null; readonly offset: null };

const INCOMPLETE: SizeDelimitedPeekResult = { eof: true, size: null, offset: null };
const MAX_PREFIX = 10;
/** 2^(7i): the weight of the i-th prefix byte (five bytes cover 35 bits). */
const WEIGHT = [1, 2 ** 7, 2 ** 14, 2 ** 21, 2 ** 28];
const EMPTY = new Uint8Array(0);

/** `body` with its varint length prefix in front: one size-delimited record. */
export function sizeDelimitedFrame(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(sizeVarint32(body.length) + body.length);
  out.set(body, putVarint32(out, 0, body.length));
  return out;
}

/**
 * Reads the length prefix at `bytes[offset]`: `{ eof: false, size, offset }` with the body's
 * size and the index in `bytes` where it starts (it may extend past the end of `bytes`), or
 * `{ eof: true, size: null, offset: null }` when `bytes` ends inside the prefix. A prefix of
 * more than 10 bytes is a DecodeError VARINT_OVERLONG; one over 2^32 - 1, LENGTH_OUT_OF_RANGE.
 */
export function sizeDelimitedPeek(bytes: Uint8Array, offset = 0): SizeDelimitedPeekResult {
  let value = 0;
  let high = false;
  for (let i = 0; i < MAX_PREFIX; i++) {
    const b = bytes[offset + i];
    if (b === undefined) return INCOMPLETE;
    if (i < WEIGHT.length) value += (b & 0x7f) * WEIGHT[i]!;
    else if ((b & 0x7f) !== 0) high = true;
    if (b < 0x80) {
      if (high || value > 0xffff_ffff) {
        throw new DecodeError("LENGTH_OUT_OF_RANGE", "length prefix over 2^32 - 1", offset);
      }
      return { eof: false, size: value, offset: offset + i + 1 };
    }
  }
  throw new DecodeError("VARINT_OVERLONG", "length prefix longer than 10 bytes", offset);
}

/**
 * Cuts chunks into records: `push` a chunk, take records with `next` until it returns
 * `undefined`, push the next chunk; `finish` at the end of the stream. It holds the current
 * chunk and, for a record split across chunks, one buffer of exactly that record's size.
 */
export class SizeDelimitedSplitter {
  private chunk: Uint8Array = EMPTY;
  private pos = 0;
  /** Stream offset of chunk[0]. */
  private base = 0;
  private index = 0;
  private readonly max: number;
  // The prefix being read: its stream offset, bytes seen, value of bytes 0-4, bits beyond 32.
  private start = 0;
  private prefixLength = 0;
  private value = 0;
  private high = false;
  // The body being read: its size (-1 while reading a prefix), the buffer assembling it across
  // chunks (once its first byte arrives, unless one chunk holds it whole), bytes copied so far.
  private size = -1;
  private body: Uint8Array | undefined;
  private filled = 0;
  private bodyOffset = 0;

  constructor(options?: SizeDelimitedSplitOptions) {
    const max = options?.maxMessageSize ?? DEFAULT_MAX_DELIMITED_SIZE;
    if (!Number.isInteger(max) || max < 0) {
      throw new ProtowireError(
        "INVALID_ARGUMENT",
        `maxMessageSize must be a non-negative integer, got ${String(max)}`,
      );
    }
    this.max = max;
  }

  /** The next chunk of the stream (call when `next` has returned `undefined`). */
  push(chunk: Uint8Array): void {
    if (!(chunk instanceof Uint8Array)) {
      throw new ProtowireError(
        "INVALID_ARGUMENT",
        `a size-delimited stream must yield Uint8Array chunks, got ${kindOf(chunk)}`,
      );
    }
    if (this.pos < this.chunk.length) {
      throw new ProtowireError("INVALID_ARGUMENT", "push before next() has used up the chunk");
    }
    this.base += this.chunk.length;
    this.chunk = chunk;
    this.pos = 0;
  }

  /** The next whole record of the chunks pushed so far, or `undefined` if the chunk is used up. */
  next(): SizeDelimitedRecord | undefined {
    if (this.size >= 0) return this.takeBody();
    const chunk = this.chunk;
    while (this.pos < chunk.length) {
      if (this.prefixLength === 0) this.start = this.base + this.pos;
      const b = chunk[this.pos++]!;
      const i = this.prefixLength++;
      if (i < WEIGHT.length) this.value += (b & 0x7f) * WEIGHT[i]!;
      else if ((b & 0x7f) !== 0) this.high = true;
      if (b < 0x80) return this.begin();
      if (this.prefixLength === MAX_PREFIX) {
        throw this.error(
          "VARINT_OVERLONG",
          `record ${this.index} has a length prefix over 10 bytes`,
        );
      }
    }
    return undefined;
  }

  /** The end of the stream: a DecodeError TRUNCATED if it cut a record or its prefix. */
  finish(): void {
    if (this.size >= 0) {
      throw this.error(
        "TRUNCATED",
        `stream ends after ${this.filled} of the ${this.size} body bytes of record ${this.index}, which starts`,
      );
    }
    if (this.prefixLength > 0) {
      throw this.error(
        "TRUNCATED",
        `stream ends inside the length prefix of record ${this.index}, which starts`,
      );
    }
  }

  /** A prefix has ended: checks the size it announces, then reads the body. */
  private begin(): SizeDelimitedRecord | undefined {
    const size = this.value;
    if (this.high || size > 0xffff_ffff) {
      throw this.error("LENGTH_OUT_OF_RANGE", `record ${this.index} announces over 2^32 - 1 bytes`);
    }
    if (size > this.max) {
      throw this.error(
        "MESSAGE_TOO_LARGE",
        `record ${this.index} announces ${size} bytes, over maxMessageSize ${this.max},`,
      );
    }
    this.prefixLength = 0;
    this.value = 0;
    this.high = false;
    this.size = size;
    this.filled = 0;
    this.bodyOffset = this.base + this.pos;
    return this.takeBody();
  }

  /**
   * The body from the chunk: a view when the chunk holds all of it, else copied into a buffer
   * of the body's size, allocated when its first byte arrives.
   */
  private takeBody(): SizeDelimitedRecord | undefined {
    const chunk = this.chunk;
    const from = this.pos;
    const size = this.size;
    let body = this.body;
    if (body === undefined) {
      if (chunk.length - from >= size) {
        this.pos = from + size;
        this.size = -1;
        return this.emit(chunk.subarray(from, from + size));
      }
      if (from === chunk.length) return undefined;
      body = this.body = new Uint8Array(size);
    }
    const take = Math.min(size - this.filled, chunk.length - from);
    body.set(chunk.subarray(from, from + take), this.filled);
    this.filled += take;
    this.pos = from + take;
    if (this.filled < size) return undefined;
    this.body = undefined;
    this.size = -1;
    return this.emit(body);
  }

  private emit(bytes: Uint8Array): SizeDelimitedRecord {
    return { index: this.index++, offset: this.start, bodyOffset: this.bodyOffset, bytes };
  }

  /** An error about the current record, at the stream offset where it starts. */
  private error(
    code: "TRUNCATED" | "VARINT_OVERLONG" | "LENGTH_OUT_OF_RANGE" | "MESSAGE_TOO_LARGE",
    detail: string,
  ): DecodeError {
    return new DecodeError(code, detail, this.start);
  }
}

/** The records of a whole size-delimited buffer, in order; errors as for streams. */
export function* sizeDelimitedSplit(
  bytes: Uint8Array,
  options?: SizeDelimitedSplitOptions,
): Generator<SizeDelimitedRecord, void, undefined> {
  const splitter = new SizeDelimitedSplitter(options);
  splitter.push(bytes);
  for (let r = splitter.next(); r !== undefined; r = splitter.next()) yield r;
  splitter.finish();
}

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (typeof v !== "object") return typeof v;
  return (v as object).constructor?.name ?? "object";
}
