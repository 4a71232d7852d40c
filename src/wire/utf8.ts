/**
 * UTF-8 for string fields. Short strings are encoded by a hand-written loop (no call into the
 * platform codec, which costs more than the loop for short strings: see SHORT_ENCODE); long
 * ones use Node's Buffer#utf8Write when present, else TextEncoder.encodeInto. Decoding is in
 * utf8-decode.ts.
 *
 * Lone surrogates (an unpaired U+D800..U+DFFF in the JS string) are encoded as U+FFFD
 * (EF BF BD), exactly what TextEncoder does, so both paths agree and the output is always
 * valid UTF-8.
 */
import { DecodeError, EncodeError } from "./errors.js";
import { getUtf8 } from "./utf8-decode.js";

export { getUtf8 };

const encoder = new TextEncoder();

/**
 * Node's `Buffer.prototype.utf8Write`, found at runtime (no `node:` import in src/): it writes
 * into any Uint8Array without the view and result objects encodeInto needs, ~10% faster on
 * 100-character strings (Node 20.20). Lone surrogates become U+FFFD as with TextEncoder.
 */
const utf8Write = (() => {
  const B = (globalThis as { Buffer?: { prototype?: Record<string, unknown> } }).Buffer;
  const f = B?.prototype?.utf8Write;
  return typeof f === "function"
    ? (f as (this: Uint8Array, s: string, offset: number, max: number) => number)
    : undefined;
})();

/**
 * Strings of at most this many UTF-16 units are encoded by the loop in putUtf8 (Writer.string
 * uses the same bound, and its own second loop up to 16 units: see MID_STRING in writer.ts);
 * longer ones by the platform (utf8Write, else encodeInto). 12 because
 * V8 builds a concatenation of 13 or more units as a rope (ConsString::kMinLength is 13): the
 * native encoders flatten and copy a rope at memory speed, while a charCodeAt loop pays for
 * the rope on every unit, and once ropes reach the loop, flat strings pay too. Shorter strings
 * are always flat. On the benchmark's 1,000 users (21,000 strings, many built by template
 * literals) 12 against the earlier 16 took batch encode from 1.8x to 2.7x JSON with
 * utf8Write, and from 1.6x to 1.9x with encodeInto (Node 20.20).
 */
export const SHORT_ENCODE = 12;

/** UTF-8 byte length of `s` (no length prefix). A lone surrogate counts 3 (U+FFFD). */
export function sizeString(s: string): number {
  const n = s.length;
  let size = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      size += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // Two UTF-16 units -> 4 bytes.
        size += 2;
        i++;
      } else {
        size += 2;
      }
    } else {
      size += 2;
    }
  }
  return size;
}

/**
 * Writes `s` as UTF-8 at `pos` without bounds checks (the caller reserved 3 bytes per UTF-16
 * unit). Returns the new position.
 */
export function putUtf8(buf: Uint8Array, pos: number, s: string): number {
  const n = s.length;
  if (n > SHORT_ENCODE) {
    if (utf8Write !== undefined) return pos + utf8Write.call(buf, s, pos, buf.length - pos);
    return pos + encoder.encodeInto(s, buf.subarray(pos)).written;
  }
  return putUtf8From(buf, pos, s, 0);
}

/** The loop of putUtf8 from UTF-16 index `i` on (no platform call, any length). */
export function putUtf8From(buf: Uint8Array, pos: number, s: string, i: number): number {
  const n = s.length;
  for (; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      buf[pos++] = c;
    } else if (c < 0x800) {
      buf[pos++] = 0xc0 | (c >> 6);
      buf[pos++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          const cp = 0x1_0000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[pos++] = 0xf0 | (cp >> 18);
          buf[pos++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[pos++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[pos++] = 0x80 | (cp & 0x3f);
          i++;
          continue;
        }
        c = 0xfffd;
      }
      buf[pos++] = 0xe0 | (c >> 12);
      buf[pos++] = 0x80 | ((c >> 6) & 0x3f);
      buf[pos++] = 0x80 | (c & 0x3f);
    }
  }
  return pos;
}

/** Writes `s` as UTF-8 (no length prefix) at `pos`. Returns the new position. */
export function encodeUtf8(buf: Uint8Array, pos: number, s: string): number {
  const n = sizeString(s);
  if (!(pos >= 0 && pos + n <= buf.length)) {
    throw new EncodeError("BUFFER_TOO_SMALL", `${n} bytes do not fit at ${pos} in ${buf.length}`);
  }
  if (s.length > SHORT_ENCODE) {
    // encodeInto needs no slack: it stops at the view's end, and `n` is exact.
    return pos + encoder.encodeInto(s, buf.subarray(pos, pos + n)).written;
  }
  return putUtf8(buf, pos, s);
}

/** Decodes buf[start, end) as strict UTF-8 (DecodeError INVALID_UTF8 or TRUNCATED). */
export function decodeUtf8(buf: Uint8Array, start = 0, end: number = buf.length): string {
  if (!(start >= 0 && start <= end && end <= buf.length)) {
    throw new DecodeError("TRUNCATED", `range [${start}, ${end}) is outside the buffer`, start);
  }
  return getUtf8(buf, start, end, true);
}
