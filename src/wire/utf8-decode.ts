/**
 * UTF-8 decoding for string fields, faster than TextDecoder on Node 20 (whose UTF-8 path runs
 * at ~0.2-0.3 GB/s on non-ASCII text and costs ~130 ns per call):
 *
 * - short payloads (<= 48 bytes) are decoded by hand into one flat string, except ASCII
 *   payloads of 17 to 48 bytes, which Node's `Buffer.prototype.latin1Slice` copies faster;
 * - long payloads that start with ASCII go to Node's `Buffer.prototype.utf8Slice` (V8's own
 *   decoder, fast on ASCII), which is lossy: a result without U+FFFD proves the input was
 *   well-formed, and one with U+FFFD is decided again by TextDecoder;
 * - other long payloads are decoded by hand into a UTF-16 scratch array, which Node's
 *   `Buffer.prototype.ucs2Slice` turns into a string (3x faster than TextDecoder on 16 KB of
 *   mixed 2-, 3- and 4-byte text, measured on Node 20.20). Without Buffer (browsers, Deno
 *   without the Node globals) or on a big-endian platform, TextDecoder does it.
 *
 * The hand decoders accept well-formed UTF-8 only (no overlong forms, no surrogates, nothing
 * above U+10FFFF). On anything else they give up and the platform's TextDecoder decides, so the
 * result for invalid input (DecodeError INVALID_UTF8, or U+FFFD replacement in lossy mode) is
 * exactly TextDecoder's.
 */
import { PLATFORM_LITTLE_ENDIAN } from "./endian.js";
import { decodeUtf8Text } from "./utf8-text.js";

/** Payloads of at most this many bytes are decoded into a string directly (no scratch). */
const SHORT_DECODE = 48;

type Slice = (this: Uint8Array, start: number, end: number) => string;

/** Node's Buffer string slicers, found at runtime (no `node:` import: src/ runs anywhere). */
function bufferSlice(name: "latin1Slice" | "ucs2Slice" | "utf8Slice"): Slice | undefined {
  const B = (globalThis as { Buffer?: { prototype?: Record<string, unknown> } }).Buffer;
  const f = B?.prototype?.[name];
  return typeof f === "function" ? (f as Slice) : undefined;
}

const latin1Slice = bufferSlice("latin1Slice");
const utf8Slice = bufferSlice("utf8Slice");
// ucs2Slice reads UTF-16LE; the scratch holds native-order units, so little-endian only.
const ucs2Slice = PLATFORM_LITTLE_ENDIAN ? bufferSlice("ucs2Slice") : undefined;

/** UTF-16 scratch for long strings; inputs above SCRATCH_KEEP bytes get a temporary one. */
const SCRATCH_KEEP = 1 << 20;
let units = new Uint16Array(4096);
let unitBytes = new Uint8Array(units.buffer);

/**
 * Decodes buf[start, end) as UTF-8. With `fatal`, invalid UTF-8 throws DecodeError INVALID_UTF8
 * at `start`; without it, each invalid sequence becomes U+FFFD. The caller checked the bounds.
 */
export function getUtf8(buf: Uint8Array, start: number, end: number, fatal: boolean): string {
  if (end - start <= SHORT_DECODE) {
    const s = decodeShort(buf, start, end);
    if (s !== undefined) return s;
  } else if (ucs2Slice !== undefined && utf8Slice !== undefined) {
    const s = decodeLong(buf, start, end, utf8Slice, ucs2Slice);
    if (s !== undefined) return s;
  }
  return decodeUtf8Text(buf, start, end, fatal);
}

/**
 * Plain arrays of each length 0..SHORT_DECODE, reused: `String.fromCharCode.apply(null, a)`
 * makes a short string in one flat allocation. Building it by `+=` instead left a chain of
 * cons strings per field, which a decoded batch keeps alive: half of a 1,000-user decode was
 * garbage collection.
 */
const CODES: number[][] = [];
for (let i = 0; i <= SHORT_DECODE; i++) CODES.push(new Array<number>(i).fill(0));

/**
 * A short payload (at most SHORT_DECODE bytes) as a flat string, or undefined if it is not
 * well-formed UTF-8. Non-ASCII text goes through the UTF-16 scratch and a plain array too:
 * faster than Node's ucs2Slice at this size (52-115 ns against 96-138 ns for 6-16 bytes).
 */
export function decodeShort(buf: Uint8Array, start: number, end: number): string | undefined {
  const n = end - start;
  if (n <= 16) {
    const s = asciiUpTo16(buf, start, n);
    if (s !== undefined) return s;
  } else {
    if (isAscii(buf, start, end)) {
      // 25-byte ASCII fields inside a message: 50 ns against 213 ns through fromCharCode.apply.
      if (latin1Slice !== undefined) return latin1Slice.call(buf, start, end);
      const codes = CODES[n]!;
      for (let i = 0; i < n; i++) codes[i] = buf[start + i]!;
      return String.fromCharCode.apply(null, codes);
    }
  }
  const j = decodeUnits(buf, start, end, units);
  if (j < 0) return undefined;
  if (j <= 16) return unitsUpTo16(units, j);
  const codes = CODES[j]!;
  for (let i = 0; i < j; i++) codes[i] = units[i]!;
  return String.fromCharCode.apply(null, codes);
}

/** Whether buf[start, end) is all ASCII (a short span: one byte a step). */
function isAscii(buf: Uint8Array, start: number, end: number): boolean {
  let any = 0;
  for (let i = start; i < end; i++) any |= buf[i]!;
  return any < 0x80;
}

/** Long payloads whose first this many bytes are ASCII go to utf8Slice. */
const ASCII_HEAD = 32;

/**
 * A long payload through Node's Buffer slicers, or undefined if it is not well-formed UTF-8.
 * Exported with the slicers as parameters so tests can run it against TextDecoder.
 */
export function decodeLong(
  buf: Uint8Array,
  start: number,
  end: number,
  utf8: Slice,
  ucs2: Slice,
): string | undefined {
  if (isAscii(buf, start, Math.min(end, start + ASCII_HEAD))) {
    // Text that starts in ASCII is likely mostly ASCII, where V8's decoder is fastest: 19 KB of
    // ASCII in 2.4 us against 6.2 us by scanning and latin1Slice (Node 20.20). It writes U+FFFD
    // for each ill-formed sequence, so without one the input was well-formed; with one,
    // TextDecoder decides (the text may hold a real U+FFFD).
    const s = utf8.call(buf, start, end);
    return s.indexOf("\uFFFD") === -1 ? s : undefined;
  }
  // Non-ASCII from the start: the hand decoder and ucs2Slice, about 2x utf8Slice's speed on
  // 16.5 KB of mixed 2-, 3- and 4-byte text (25 against 55 us).
  const n = end - start; // UTF-16 units never outnumber UTF-8 bytes
  let out = units;
  let outBytes = unitBytes;
  if (out.length < n) {
    out = new Uint16Array(Math.max(n, out.length * 2));
    outBytes = new Uint8Array(out.buffer);
    if (out.length <= SCRATCH_KEEP) {
      units = out;
      unitBytes = outBytes;
    }
  }
  const j = decodeUnits(buf, start, end, out);
  return j < 0 ? undefined : ucs2.call(outBytes, 0, 2 * j);
}

/**
 * Up to 16 bytes at `p` as one flat string if they are all ASCII, else undefined. The bytes are
 * read once, into the arguments of a String.fromCharCode call of exact arity: twice as fast as
 * `apply` with an array (25 against 46 ns for 13 characters, Node 20.20), with no separate
 * ASCII scan.
 */
function asciiUpTo16(buf: Uint8Array, p: number, n: number): string | undefined {
  switch (n) {
    case 0:
      return "";
    case 1: {
      const c0 = buf[p]!;
      return c0 < 0x80 ? String.fromCharCode(c0) : undefined;
    }
    case 2: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!;
      return (c0 | c1) < 0x80 ? String.fromCharCode(c0, c1) : undefined;
    }
    case 3: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!;
      return (c0 | c1 | c2) < 0x80 ? String.fromCharCode(c0, c1, c2) : undefined;
    }
    case 4: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!;
      return (c0 | c1 | c2 | c3) < 0x80 ? String.fromCharCode(c0, c1, c2, c3) : undefined;
    }
    case 5: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!;
      return (c0 | c1 | c2 | c3 | c4) < 0x80 ? String.fromCharCode(c0, c1, c2, c3, c4) : undefined;
    }
    case 6: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!,
        c5 = buf[p + 5]!;
      return (c0 | c1 | c2 | c3 | c4 | c5) < 0x80
        ? String.fromCharCode(c0, c1, c2, c3, c4, c5)
        : undefined;
    }
    case 7: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!,
        c5 = buf[p + 5]!,
        c6 = buf[p + 6]!;
      return (c0 | c1 | c2 | c3 | c4 | c5 | c6) < 0x80
        ? String.fromCharCode(c0, c1, c2, c3, c4, c5, c6)
        : undefined;
    }
    case 8: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!,
        c5 = buf[p + 5]!,
        c6 = buf[p + 6]!,
        c7 = buf[p + 7]!;
      return (c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7) < 0x80
        ? String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7)
        : undefined;
    }
    case 9: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!,
        c5 = buf[p + 5]!,
        c6 = buf[p + 6]!,
        c7 = buf[p + 7]!,
        c8 = buf[p + 8]!;
      return (c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) < 0x80
        ? String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8)
        : undefined;
    }
    case 10: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!,
        c5 = buf[p + 5]!,
        c6 = buf[p + 6]!,
        c7 = buf[p + 7]!,
        c8 = buf[p + 8]!,
        c9 = buf[p + 9]!;
      return (c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9) < 0x80
        ? String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9)
        : undefined;
    }
    case 11: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!,
        c5 = buf[p + 5]!,
        c6 = buf[p + 6]!,
        c7 = buf[p + 7]!,
        c8 = buf[p + 8]!,
        c9 = buf[p + 9]!,
        c10 = buf[p + 10]!;
      return (c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10) < 0x80
        ? String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10)
        : undefined;
    }
    case 12: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!,
        c5 = buf[p + 5]!,
        c6 = buf[p + 6]!,
        c7 = buf[p + 7]!,
        c8 = buf[p + 8]!,
        c9 = buf[p + 9]!,
        c10 = buf[p + 10]!,
        c11 = buf[p + 11]!;
      return (c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11) < 0x80
        ? String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11)
        : undefined;
    }
    case 13: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!,
        c5 = buf[p + 5]!,
        c6 = buf[p + 6]!,
        c7 = buf[p + 7]!,
        c8 = buf[p + 8]!,
        c9 = buf[p + 9]!,
        c10 = buf[p + 10]!,
        c11 = buf[p + 11]!,
        c12 = buf[p + 12]!;
      return (c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11 | c12) < 0x80
        ? String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12)
        : undefined;
    }
    case 14: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!,
        c5 = buf[p + 5]!,
        c6 = buf[p + 6]!,
        c7 = buf[p + 7]!,
        c8 = buf[p + 8]!,
        c9 = buf[p + 9]!,
        c10 = buf[p + 10]!,
        c11 = buf[p + 11]!,
        c12 = buf[p + 12]!,
        c13 = buf[p + 13]!;
      return (c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11 | c12 | c13) < 0x80
        ? String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13)
        : undefined;
    }
    case 15: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!,
        c5 = buf[p + 5]!,
        c6 = buf[p + 6]!,
        c7 = buf[p + 7]!,
        c8 = buf[p + 8]!,
        c9 = buf[p + 9]!,
        c10 = buf[p + 10]!,
        c11 = buf[p + 11]!,
        c12 = buf[p + 12]!,
        c13 = buf[p + 13]!,
        c14 = buf[p + 14]!;
      return (c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11 | c12 | c13 | c14) < 0x80
        ? String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14)
        : undefined;
    }
    default: {
      const c0 = buf[p]!,
        c1 = buf[p + 1]!,
        c2 = buf[p + 2]!,
        c3 = buf[p + 3]!,
        c4 = buf[p + 4]!,
        c5 = buf[p + 5]!,
        c6 = buf[p + 6]!,
        c7 = buf[p + 7]!,
        c8 = buf[p + 8]!,
        c9 = buf[p + 9]!,
        c10 = buf[p + 10]!,
        c11 = buf[p + 11]!,
        c12 = buf[p + 12]!,
        c13 = buf[p + 13]!,
        c14 = buf[p + 14]!,
        c15 = buf[p + 15]!;
      return (c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c9 | c10 | c11 | c12 | c13 | c14 | c15) <
        0x80
        ? String.fromCharCode(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15)
        : undefined;
    }
  }
}

/** The first `n` (at most 16) UTF-16 units of `u` as one flat string (see asciiUpTo16). */
function unitsUpTo16(u: Uint16Array, n: number): string {
  switch (n) {
    case 0:
      return "";
    case 1:
      return String.fromCharCode(u[0]!);
    case 2:
      return String.fromCharCode(u[0]!, u[1]!);
    case 3:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!);
    case 4:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!);
    case 5:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!);
    case 6:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!);
    case 7:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!);
    case 8:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!, u[7]!);
    case 9:
      return String.fromCharCode(u[0]!, u[1]!, u[2]!, u[3]!, u[4]!, u[5]!, u[6]!, u[7]!, u[8]!);
    case 10:
      return String.fromCharCode(
        u[0]!,
        u[1]!,
        u[2]!,
        u[3]!,
        u[4]!,
        u[5]!,
        u[6]!,
        u[7]!,
        u[8]!,
        u[9]!,
      );
    case 11:
      return String.fromCharCode(
        u[0]!,
        u[1]!,
        u[2]!,
        u[3]!,
        u[4]!,
        u[5]!,
        u[6]!,
        u[7]!,
        u[8]!,
        u[9]!,
        u[10]!,
      );
    case 12:
      return String.fromCharCode(
        u[0]!,
        u[1]!,
        u[2]!,
        u[3]!,
        u[4]!,
        u[5]!,
        u[6]!,
        u[7]!,
        u[8]!,
        u[9]!,
        u[10]!,
        u[11]!,
      );
    case 13:
      return String.fromCharCode(
        u[0]!,
        u[1]!,
        u[2]!,
        u[3]!,
        u[4]!,
        u[5]!,
        u[6]!,
        u[7]!,
        u[8]!,
        u[9]!,
        u[10]!,
        u[11]!,
        u[12]!,
      );
    case 14:
      return String.fromCharCode(
        u[0]!,
        u[1]!,
        u[2]!,
        u[3]!,
        u[4]!,
        u[5]!,
        u[6]!,
        u[7]!,
        u[8]!,
        u[9]!,
        u[10]!,
        u[11]!,
        u[12]!,
        u[13]!,
      );
    case 15:
      return String.fromCharCode(
        u[0]!,
        u[1]!,
        u[2]!,
        u[3]!,
        u[4]!,
        u[5]!,
        u[6]!,
        u[7]!,
        u[8]!,
        u[9]!,
        u[10]!,
        u[11]!,
        u[12]!,
        u[13]!,
        u[14]!,
      );
    default:
      return String.fromCharCode(
        u[0]!,
        u[1]!,
        u[2]!,
        u[3]!,
        u[4]!,
        u[5]!,
        u[6]!,
        u[7]!,
        u[8]!,
        u[9]!,
        u[10]!,
        u[11]!,
        u[12]!,
        u[13]!,
        u[14]!,
        u[15]!,
      );
  }
}

/**
 * Decodes well-formed UTF-8 in buf[pos, end) into UTF-16 units; returns their count, or -1 at
 * the first ill-formed sequence (RFC 3629 table 3-7: C2..DF; E0 A0..BF; E1..EC, EE..EF;
 * ED 80..9F; F0 90..BF; F1..F3; F4 80..8F, each followed by 80..BF continuation bytes: the
 * overlong, surrogate and beyond-U+10FFFF tests below are the same rules on the code point).
 */
function decodeUnits(buf: Uint8Array, pos: number, end: number, out: Uint16Array): number {
  let j = 0;
  // While 4 bytes remain no sequence can be cut short: no length checks in this loop.
  const safe = end - 3;
  while (pos < safe) {
    const c = buf[pos]!;
    if (c < 0x80) {
      out[j++] = c;
      pos++;
    } else if (c < 0xe0) {
      const c1 = buf[pos + 1]!;
      if (c < 0xc2 || (c1 & 0xc0) !== 0x80) return -1;
      out[j++] = ((c & 0x1f) << 6) | (c1 & 0x3f);
      pos += 2;
    } else if (c < 0xf0) {
      const c1 = buf[pos + 1]!;
      const c2 = buf[pos + 2]!;
      if (((c1 & 0xc0) | ((c2 & 0xc0) << 8)) !== 0x8080) return -1;
      const cp = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
      out[j++] = cp;
      pos += 3;
    } else {
      const c1 = buf[pos + 1]!;
      const c2 = buf[pos + 2]!;
      const c3 = buf[pos + 3]!;
      if (c > 0xf4 || ((c1 & 0xc0) | ((c2 & 0xc0) << 8) | ((c3 & 0xc0) << 16)) !== 0x80_8080) {
        return -1;
      }
      const cp = ((c & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
      if (cp < 0x1_0000 || cp > 0x10_ffff) return -1;
      const v = cp - 0x1_0000;
      out[j++] = 0xd800 | (v >> 10);
      out[j++] = 0xdc00 | (v & 0x3ff);
      pos += 4;
    }
  }
  // The last three bytes, with the length checks.
  while (pos < end) {
    const c = buf[pos]!;
    if (c < 0x80) {
      out[j++] = c;
      pos++;
    } else if (c < 0xe0) {
      if (c < 0xc2 || end - pos < 2) return -1;
      const c1 = buf[pos + 1]!;
      if ((c1 & 0xc0) !== 0x80) return -1;
      out[j++] = ((c & 0x1f) << 6) | (c1 & 0x3f);
      pos += 2;
    } else if (c < 0xf0) {
      if (end - pos < 3) return -1;
      const c1 = buf[pos + 1]!;
      const c2 = buf[pos + 2]!;
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return -1;
      const cp = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
      out[j++] = cp;
      pos += 3;
    } else {
      // A 4-byte sequence cannot fit in the last three bytes.
      return -1;
    }
  }
  return j;
}
