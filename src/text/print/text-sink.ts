/**
 * Where the printers write: a buffer of UTF-8 bytes (the text format is ASCII but for an
 * `Any` type URL, which prints as it is). Writing bytes in place makes no string per piece:
 * concatenating them built a rope of millions of pieces for a large message, which the
 * collector and the final flattening paid for, more than the printing itself.
 *
 * When the buffer is full, its bytes go out as one chunk and it starts again: to `out`, a
 * fresh buffer each time (writeText), or else into the text made so far (toText). So a large
 * text never sits in one growing buffer, which cost a copy per doubling and fresh memory.
 */
import { getUtf8, putUtf8 } from "../../wire/utf8.js";

/** Node's `Buffer.prototype.latin1Slice`, found at runtime (src/ runs anywhere). */
const latin1Slice = (
  globalThis as {
    Buffer?: {
      prototype?: { latin1Slice?: (this: Uint8Array, start: number, end: number) => string };
    };
  }
).Buffer?.prototype?.latin1Slice;

/** Bytes per chunk. */
const CHUNK_BYTES = 64 * 1024;

/** The two ASCII digits of 0-99 as little-endian 16-bit numbers: the tens digit first. */
const DIGIT_PAIRS = new Uint16Array(100);
for (let i = 0; i < 100; i++) DIGIT_PAIRS[i] = (48 + ((i / 10) | 0)) | ((48 + (i % 10)) << 8);

/** The two lower-case hex digits of 0-255 as little-endian 16-bit numbers: the high digit first. */
const HEX_PAIRS = new Uint16Array(256);
{
  const digit = (d: number) => (d < 10 ? 48 + d : 87 + d);
  for (let i = 0; i < 256; i++) HEX_PAIRS[i] = digit(i >> 4) | (digit(i & 15) << 8);
}

/** The number of decimal digits of `v`, an integer from 10 to 2^32 - 1. */
function digitCount(v: number): number {
  if (v < 10000) return v < 100 ? 2 : v < 1000 ? 3 : 4;
  if (v < 10000000) return v < 100000 ? 5 : v < 1000000 ? 6 : 7;
  return v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
}

export class TextSink {
  buf: Uint8Array;
  /** A view of `buf` for writing four bytes at once at any position (the escapes' tables). */
  view: DataView;
  pos = 0;
  /** The text of the chunks already full (when there is no `out`). */
  private head = "";
  /** Whether a byte from 0x80 was written (only `utf8` writes one): else the text is ASCII. */
  private nonAscii = false;
  /** Open holds (see hold). */
  private held = 0;
  /** Bytes that went out before `buf`'s first: a hold's mark counts from the print's start. */
  private base = 0;
  /** The mark of the outermost open hold: the bytes from there on must stay in `buf`. */
  private holdStart = 0;

  /** `out`: where full chunks go (each its own buffer); none: they are kept as text. */
  constructor(readonly out?: (chunk: Uint8Array) => void) {
    this.buf = new Uint8Array(out === undefined ? 1024 : CHUNK_BYTES);
    this.view = new DataView(this.buf.buffer);
  }

  private use(buf: Uint8Array): void {
    this.buf = buf;
    this.view = new DataView(buf.buffer);
  }

  /** Empties the sink for another print. */
  reset(): void {
    this.pos = 0;
    this.head = "";
    this.nonAscii = false;
    this.held = 0;
    this.base = 0;
  }

  /**
   * Starts a write that may be taken back; returns its mark. Until the matching release, what
   * is written from the outermost mark on stays in the buffer (what came before may go out).
   */
  hold(): number {
    const mark = this.base + this.pos;
    if (this.held++ === 0) this.holdStart = mark;
    return mark;
  }

  /** Ends a hold; `rewind`, the mark hold returned: what was written since is taken back. */
  release(rewind?: number): void {
    this.held--;
    if (rewind !== undefined) this.pos = rewind - this.base;
  }

  /**
   * For loops that write at a local position `at`: makes room for `n` bytes there and returns
   * the position to go on from (the buffer may have changed: read `buf` again).
   */
  reserve(at: number, n: number): number {
    this.pos = at;
    this.room(n);
    return this.pos;
  }

  /** Makes room for `n` more bytes. */
  room(n: number): void {
    if (this.pos + n > this.buf.length) this.full(n);
  }

  /**
   * Sends the buffer's first `upTo` bytes out, keeping the rest (held bytes) at the front,
   * with room for `n` more.
   */
  private emit(n: number, upTo: number): void {
    const kept = this.pos - upTo;
    if (this.out !== undefined) {
      const old = this.buf;
      this.out(old.subarray(0, upTo));
      this.use(new Uint8Array(Math.max(CHUNK_BYTES, kept + n)));
      if (kept > 0) this.buf.set(old.subarray(upTo, this.pos));
    } else {
      this.head += this.decode(upTo);
      this.buf.copyWithin(0, upTo, this.pos);
    }
    this.base += upTo;
    this.pos = kept;
  }

  private full(n: number): void {
    if (this.buf.length >= CHUNK_BYTES) {
      const free = this.held === 0 ? this.pos : this.holdStart - this.base;
      if (free > 0) {
        this.emit(n, free);
        if (this.pos + n <= this.buf.length) return;
      }
    }
    const twice = this.buf.length * 2;
    const size = this.held === 0 ? Math.min(twice, CHUNK_BYTES) : twice;
    const next = new Uint8Array(Math.max(size, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.use(next);
  }

  byte(b: number): void {
    if (this.pos >= this.buf.length) this.full(1);
    this.buf[this.pos++] = b;
  }

  /** Bytes made beforehand (a field's label, a brace). */
  bytes(b: Uint8Array): void {
    if (this.pos + b.length > this.buf.length) this.full(b.length);
    if (b.length <= 16) {
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < b.length; i++) buf[p++] = b[i]!;
      this.pos = p;
    } else {
      this.buf.set(b, this.pos);
      this.pos += b.length;
    }
  }

  /** A string whose characters are all ASCII (a number's text, an enum value's name). */
  ascii(s: string): void {
    const n = s.length;
    if (this.pos + n > this.buf.length) this.full(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** A non-negative integer below 2^53 in decimal (no string made). */
  uint(v: number): void {
    if (v < 10) {
      this.byte(48 + v);
      return;
    }
    if (v > 0x7fffffff) {
      this.bigUint(v);
      return;
    }
    const n = digitCount(v);
    if (this.pos + n > this.buf.length) this.full(n);
    this.pos = this.digits(this.pos, v, n);
  }

  /**
   * Writes `v` (10 to 2^32 - 1) as its `n` decimal digits from `p`, two a step in 32-bit
   * integer arithmetic (the room is there); returns the end.
   */
  private digits(p: number, v: number, n: number): number {
    const view = this.view;
    const end = p + n;
    let q = end;
    while (v >= 100) {
      const h = (v / 100) | 0;
      q -= 2;
      view.setUint16(q, DIGIT_PAIRS[v - h * 100]!, true);
      v = h;
    }
    if (v >= 10) view.setUint16(q - 2, DIGIT_PAIRS[v]!, true);
    else this.buf[q - 1] = 48 + v;
    return end;
  }

  /**
   * One line of an integer field: `ind` spaces, `prefix` (`name: `), `v` (an integer of at most
   * 32 bits, signed or not) in decimal and the byte `end`, with one check of room.
   */
  intLine(ind: number, prefix: Uint8Array, v: number, end: number): void {
    const np = prefix.length;
    if (this.pos + ind + np + 12 > this.buf.length) this.full(ind + np + 12);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < ind; i++) buf[p++] = 0x20;
    for (let i = 0; i < np; i++) buf[p++] = prefix[i]!;
    if (v < 0) {
      buf[p++] = 0x2d; // "-"
      v = -v;
    }
    if (v < 10) buf[p++] = 48 + v;
    else p = this.digits(p, v, digitCount(v));
    buf[p++] = end;
    this.pos = p;
  }

  /** uint's values from 2^31: the digits above the last eight, then those eight. */
  private bigUint(v: number): void {
    const high = Math.floor(v / 100000000); // below 2^31 for v below 2^53
    this.uint(high);
    this.room(8);
    const view = this.view;
    let low = v - high * 100000000;
    let p = this.pos + 8;
    this.pos = p;
    for (let i = 0; i < 4; i++) {
      const q = (low / 100) | 0;
      p -= 2;
      view.setUint16(p, DIGIT_PAIRS[low - q * 100]!, true);
      low = q;
    }
  }

  /**
   * A field's label: `ind` spaces, field number `number` (below 2^29) and, when `colon`,
   * `: `, with one check of room.
   */
  label(ind: number, number: number, colon: boolean): void {
    if (this.pos + ind + 12 > this.buf.length) this.full(ind + 12);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < ind; i++) buf[p++] = 0x20;
    if (number < 10) buf[p++] = 48 + number;
    else if (number < 100) {
      this.view.setUint16(p, DIGIT_PAIRS[number]!, true);
      p += 2;
    } else {
      this.pos = p;
      this.uint(number);
      p = this.pos;
    }
    if (colon) {
      this.view.setUint16(p, 0x203a, true); // ": "
      p += 2;
    }
    this.pos = p;
  }

  /** `v`, a uint32, as eight lower-case hex digits. */
  hex32(v: number): void {
    if (this.pos + 8 > this.buf.length) this.full(8);
    const view = this.view;
    const p = this.pos;
    view.setUint16(p, HEX_PAIRS[v >>> 24]!, true);
    view.setUint16(p + 2, HEX_PAIRS[(v >>> 16) & 0xff]!, true);
    view.setUint16(p + 4, HEX_PAIRS[(v >>> 8) & 0xff]!, true);
    view.setUint16(p + 6, HEX_PAIRS[v & 0xff]!, true);
    this.pos = p + 8;
  }

  /** Any string, as UTF-8. */
  utf8(s: string): void {
    this.nonAscii = true;
    this.room(s.length * 3);
    this.pos = putUtf8(this.buf, this.pos, s);
  }

  /** `n` spaces. */
  spaces(n: number): void {
    if (this.pos + n > this.buf.length) this.full(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = 0x20;
    this.pos = p;
  }

  /**
   * Ends the print, `cut` bytes shorter (the last byte written is always still in the buffer):
   * the whole text, or with `out`, the last chunk sent there and "".
   */
  finish(cut: number): string {
    const end = Math.max(0, this.pos - cut);
    if (this.out !== undefined) {
      if (end > 0) this.out(this.buf.subarray(0, end));
      return "";
    }
    const tail = this.decode(end);
    return this.head === "" ? tail : this.head + tail;
  }

  /** The buffer's first `end` bytes as a string (ASCII through Node's Latin-1 slice). */
  private decode(end: number): string {
    if (!this.nonAscii && latin1Slice !== undefined) return latin1Slice.call(this.buf, 0, end);
    return getUtf8(this.buf, 0, end, false);
  }
}

let spare: TextSink | undefined;

/** The text `print` writes, as one string, `cut` bytes shorter. */
export function printToString(print: (w: TextSink) => void, cut: number): string {
  const w = takeSink();
  try {
    print(w);
    return w.finish(cut);
  } finally {
    returnSink(w);
  }
}

/** The text `print` writes, handed to `out` a chunk at a time, `cut` bytes shorter. */
export function printToChunks(
  out: (chunk: Uint8Array) => void,
  print: (w: TextSink) => void,
  cut: number,
): void {
  const w = new TextSink(out);
  print(w);
  w.finish(cut);
}

/** A sink for one print to a string: the last one given back when it is free, else a new one. */
function takeSink(): TextSink {
  const s = spare;
  if (s === undefined) return new TextSink();
  spare = undefined;
  s.reset();
  return s;
}

/** Gives a sink back for the next print (unless one long write made it larger than a chunk). */
function returnSink(s: TextSink): void {
  s.reset();
  if (s.buf.length <= CHUNK_BYTES) spare = s;
}
