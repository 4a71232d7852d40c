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
 * Each byte's text, four bytes apart (`\ooo`, `\n` or the byte itself), and its length:
 * the loop over bytes looks both up instead of testing the byte.
 */
const BYTE_TEXT = new Uint8Array(256 * 4);
const BYTE_TEXT_LENGTH = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  if (b < 0x80 && PLAIN[b] === 1) {
    BYTE_TEXT[4 * b] = b;
    BYTE_TEXT_LENGTH[b] = 1;
  } else BYTE_TEXT_LENGTH[b] = escapeOf(BYTE_TEXT, 4 * b, b) - 4 * b;
}

/** Most bytes one step of the escapes writes: the escapes of a surrogate pair's UTF-8. */
const STEP = 16;
/** Room asked for at once: the plain characters ahead, up to this many. */
const AHEAD = 1024;

/**
 * Writes the text of byte `b` (not plain) at `p` from the table: its four bytes, of which an
 * escape by name uses two (the room of a step is there); returns the end.
 */
function escaped(buf: Uint8Array, p: number, b: number): number {
  const t = 4 * b;
  buf[p] = 0x5c;
  buf[p + 1] = BYTE_TEXT[t + 1]!;
  buf[p + 2] = BYTE_TEXT[t + 2]!;
  buf[p + 3] = BYTE_TEXT[t + 3]!;
  return p + BYTE_TEXT_LENGTH[b]!;
}

/** A string field's value in quotes, escaped. */
export function quoteString(w: TextSink, s: string): void {
  const n = s.length;
  w.byte(0x22);
  let buf = w.buf;
  let p = w.pos;
  let cap = buf.length - STEP; // writes of a step need no check up to here
  for (let i = 0; i < n; i++) {
    if (p > cap) {
      p = w.reserve(p, STEP + Math.min(n - i, AHEAD));
      buf = w.buf;
      cap = buf.length - STEP;
    }
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (BYTE_TEXT_LENGTH[c] === 1) buf[p++] = c;
      else p = escaped(buf, p, c);
    } else if (c < 0x800) {
      p = escaped(buf, p, 0xc0 | (c >> 6));
      p = escaped(buf, p, 0x80 | (c & 63));
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
        p = escaped(buf, p, 0xf0 | (cp >> 18));
        p = escaped(buf, p, 0x80 | ((cp >> 12) & 63));
      } else p = escaped(buf, p, 0xe0 | (cp >> 12));
      p = escaped(buf, p, 0x80 | ((cp >> 6) & 63));
      p = escaped(buf, p, 0x80 | (cp & 63));
    }
  }
  w.pos = p;
  w.byte(0x22);
}

/** Bytes `b[start, end)` in quotes, escaped. */
export function quoteBytes(w: TextSink, b: Uint8Array, start = 0, end = b.length): void {
  w.byte(0x22);
  let buf = w.buf;
  let p = w.pos;
  let cap = buf.length - STEP;
  for (let i = start; i < end; i++) {
    if (p > cap) {
      p = w.reserve(p, STEP + Math.min(end - i, AHEAD));
      buf = w.buf;
      cap = buf.length - STEP;
    }
    const c = b[i]!;
    if (BYTE_TEXT_LENGTH[c] === 1) buf[p++] = c;
    else p = escaped(buf, p, c);
  }
  w.pos = p;
  w.byte(0x22);
}
