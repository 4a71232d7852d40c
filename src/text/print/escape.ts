/**
 * Strings and bytes as protoc quotes them (absl::CEscape over the bytes): `\n`, `\r`, `\t`,
 * `\"`, `\'` and `\\` by name, every other byte below 0x20 or from 0x7f up as three octal
 * digits, the rest as is. A string is escaped over its UTF-8 bytes, so `é` prints as
 * `\303\251`; a lone surrogate is the bytes of U+FFFD, as the Writer encodes it.
 * Both write into a TextSink, from a table of each byte's text.
 */
import type { TextSink } from "./text-sink.js";

/** 1 for the ASCII codes that print as themselves: printable, but not `"`, `'` or `\`. */
const PLAIN = new Uint8Array(128);
for (let c = 0x20; c < 0x7f; c++) PLAIN[c] = c === 0x22 || c === 0x27 || c === 0x5c ? 0 : 1;

/** The letter of the bytes escaped by name (`\n`), 0 for the others. */
const NAMED = new Uint8Array(128);
NAMED[0x0a] = 0x6e; // n
NAMED[0x0d] = 0x72; // r
NAMED[0x09] = 0x74; // t
NAMED[0x22] = 0x22;
NAMED[0x27] = 0x27;
NAMED[0x5c] = 0x5c;

/** Writes the escape of byte `b` (one that is not plain) at `p` of `buf`; returns the end. */
function escapeOf(buf: Uint8Array, p: number, b: number): number {
  buf[p] = 0x5c; // "\"
  const named = b < 0x80 ? NAMED[b]! : 0;
  if (named !== 0) {
    buf[p + 1] = named;
    return p + 2;
  }
  buf[p + 1] = 0x30 + (b >> 6);
  buf[p + 2] = 0x30 + ((b >> 3) & 7);
  buf[p + 3] = 0x30 + (b & 7);
  return p + 4;
}

/**
 * Each byte's text (`\ooo`, `\n` or the byte itself) as one little-endian 32-bit number, its
 * bytes from the low end, and its length: the loops write all four bytes with one DataView
 * store and move on by the length, without a branch per byte (which text that mixes plain
 * and escaped bytes mispredicts: 3x slower on multilingual strings).
 */
const BYTE_TEXT = new Uint32Array(256);
const BYTE_TEXT_LENGTH = new Uint8Array(256);
{
  const text = new Uint8Array(4);
  for (let b = 0; b < 256; b++) {
    text.fill(0);
    if (b < 0x80 && PLAIN[b] === 1) {
      text[0] = b;
      BYTE_TEXT_LENGTH[b] = 1;
    } else BYTE_TEXT_LENGTH[b] = escapeOf(text, 0, b);
    BYTE_TEXT[b] = new DataView(text.buffer).getUint32(0, true);
  }
}

/** Most bytes one step of the escapes writes: the escapes of a surrogate pair's UTF-8. */
const STEP = 16;
/** Room asked for at once: the plain characters ahead, up to this many. */
const AHEAD = 1024;

/**
 * Writes the text of byte `b` at `p` of `view` from the table: four bytes, of which the text
 * uses its length (the room of a step is there); returns the end.
 */
function put(view: DataView, p: number, b: number): number {
  view.setUint32(p, BYTE_TEXT[b]!, true);
  return p + BYTE_TEXT_LENGTH[b]!;
}

/** A string field's value in quotes, escaped. */
export function quoteString(w: TextSink, s: string): void {
  const n = s.length;
  w.byte(0x22);
  let view = w.view;
  let p = w.pos;
  let cap = view.byteLength - STEP; // writes of a step need no check up to here
  for (let i = 0; i < n; i++) {
    if (p > cap) {
      p = w.reserve(p, STEP + Math.min(n - i, AHEAD));
      view = w.view;
      cap = view.byteLength - STEP;
    }
    const c = s.charCodeAt(i);
    if (c < 0x80) p = put(view, p, c);
    else if (c < 0x800) {
      p = put(view, p, 0xc0 | (c >> 6));
      p = put(view, p, 0x80 | (c & 63));
    } else {
      let cp = c;
      if (c >= 0xd800 && c < 0xe000) {
        const next = s.charCodeAt(i + 1);
        if (c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
        } else cp = 0xfffd;
      }
      if (cp >= 0x10000) {
        p = put(view, p, 0xf0 | (cp >> 18));
        p = put(view, p, 0x80 | ((cp >> 12) & 63));
      } else p = put(view, p, 0xe0 | (cp >> 12));
      p = put(view, p, 0x80 | ((cp >> 6) & 63));
      p = put(view, p, 0x80 | (cp & 63));
    }
  }
  w.pos = p;
  w.byte(0x22);
}

/** Bytes `b[start, end)` in quotes, escaped. */
export function quoteBytes(w: TextSink, b: Uint8Array, start = 0, end = b.length): void {
  w.byte(0x22);
  let view = w.view;
  let p = w.pos;
  let cap = view.byteLength - STEP;
  for (let i = start; i < end; i++) {
    if (p > cap) {
      p = w.reserve(p, STEP + Math.min(end - i, AHEAD));
      view = w.view;
      cap = view.byteLength - STEP;
    }
    p = put(view, p, b[i]!);
  }
  w.pos = p;
  w.byte(0x22);
}
