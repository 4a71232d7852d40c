/**
 * Base64 for `bytes` in proto3 JSON: written in the standard alphabet with padding (as protoc and
 * protobuf-es print it); read in the standard or the URL-safe alphabet, or a mix of both (as
 * protobuf C++ and protobuf-es accept), padded or not. Anything else is `INVALID_VALUE`: a
 * character outside both alphabets (whitespace too), `=` anywhere but at the end, padding that
 * does not complete the last group of four, or a lone last character (6 bits, no whole byte).
 * Bits left over in the last character are ignored, as protobuf C++ does (`"-_"` is `0xfb`).
 *
 * Lookup tables, no regex, no `atob`: it runs the same in browsers and Node.
 */
import { JsonError } from "./errors.js";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Character code of each 6-bit value. */
const ENCODE = new Uint8Array(64);
/** 6-bit value of each character code below 256, or 255 for no base64 character. */
const DECODE = new Uint8Array(256).fill(255);
for (let i = 0; i < 64; i++) {
  ENCODE[i] = ALPHABET.charCodeAt(i);
  DECODE[ALPHABET.charCodeAt(i)] = i;
}
DECODE[0x2d] = 62; // "-", URL-safe "+"
DECODE[0x5f] = 63; // "_", URL-safe "/"

const PAD = 0x3d; // "="

/** Input bytes per chunk: 8192 characters of output, a whole number of groups. */
const CHUNK_BYTES = 6144;

/**
 * Output characters, reused: allocating a typed array costs more than encoding a kilobyte into
 * it. Each chunk becomes a string before the next one overwrites it.
 */
const SCRATCH = new Uint8Array((CHUNK_BYTES / 3) * 4);

/** Turns ASCII codes into a string natively; faster than `String.fromCharCode` past a few dozen. */
const ASCII = new TextDecoder();

/** Standard base64 with `=` padding. */
export function encodeBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n <= CHUNK_BYTES) return encodeChunk(bytes, 0, n);
  let s = "";
  for (let i = 0; i < n; i += CHUNK_BYTES) s += encodeChunk(bytes, i, Math.min(n, i + CHUNK_BYTES));
  return s;
}

/** Base64 of `bytes[from..to)`, padded; only the last chunk may have a partial group. */
function encodeChunk(bytes: Uint8Array, from: number, to: number): string {
  const out = SCRATCH;
  const whole = to - ((to - from) % 3);
  let o = 0;
  for (let i = from; i < whole; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o] = ENCODE[v >>> 18]!;
    out[o + 1] = ENCODE[(v >>> 12) & 63]!;
    out[o + 2] = ENCODE[(v >>> 6) & 63]!;
    out[o + 3] = ENCODE[v & 63]!;
    o += 4;
  }
  if (whole < to) {
    const b0 = bytes[whole]!;
    const b1 = whole + 1 < to ? bytes[whole + 1]! : 0;
    out[o] = ENCODE[b0 >>> 2]!;
    out[o + 1] = ENCODE[((b0 & 3) << 4) | (b1 >>> 4)]!;
    out[o + 2] = whole + 1 < to ? ENCODE[(b1 & 15) << 2]! : PAD;
    out[o + 3] = PAD;
    o += 4;
  }
  const codes = out.subarray(0, o);
  return o > 64
    ? ASCII.decode(codes)
    : String.fromCharCode.apply(null, codes as unknown as number[]);
}

/** Bytes of standard or URL-safe base64 (mixed alphabets allowed), padded or not. */
export function decodeBase64(text: string): Uint8Array {
  const end = unpaddedLength(text);
  const rest = end % 4;
  if (rest === 1) throw invalid("a lone last character");
  if (end >= NATIVE_FROM && nodeBuffer !== undefined && ALPHABETS.test(text)) {
    // Checked above and here as the loop below checks it; Node decodes both alphabets (mixed
    // too) and ignores the last character's spare bits, as the loop does. Results this long
    // get an ArrayBuffer of their own (Buffer pools only small ones).
    const b = nodeBuffer.from(text, "base64");
    return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  const whole = end - rest;
  const out = new Uint8Array((whole / 4) * 3 + (rest === 0 ? 0 : rest - 1));
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) > 255) throw badCharacter(text, i);
    const v0 = DECODE[c0]!;
    const v1 = DECODE[c1]!;
    const v2 = DECODE[c2]!;
    const v3 = DECODE[c3]!;
    if ((v0 | v1 | v2 | v3) > 63) throw badCharacter(text, i);
    out[o] = (v0 << 2) | (v1 >>> 4);
    out[o + 1] = ((v1 & 15) << 4) | (v2 >>> 2);
    out[o + 2] = ((v2 & 3) << 6) | v3;
    o += 3;
  }
  if (rest >= 2) {
    const v0 = sextet(text, whole);
    const v1 = sextet(text, whole + 1);
    out[o] = (v0 << 2) | (v1 >>> 4);
    if (rest === 3) out[o + 1] = ((v1 & 15) << 4) | (sextet(text, whole + 2) >>> 2);
  }
  return out;
}

/** Node's Buffer, found at runtime (no `node:` import in src/), for long inputs. */
const nodeBuffer = (
  globalThis as { Buffer?: { from(text: string, encoding: "base64"): Uint8Array } }
).Buffer;

/**
 * Inputs of at least this many characters go to Node's decoder (about 4x the loop's speed on
 * 64 KiB); its results are then larger than Buffer's pool slices (4 KiB).
 */
const NATIVE_FROM = 8192;

/** Both alphabets and trailing padding only (the padding's placement is checked apart). */
const ALPHABETS = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * Length of `text` without its padding, after checking the padding: at most two `=`, only at
 * the end, and only to fill the last group of four exactly.
 */
function unpaddedLength(text: string): number {
  const n = text.length;
  let end = n;
  while (end > 0 && text.charCodeAt(end - 1) === PAD) end--;
  const pads = n - end;
  if (pads === 0) return n;
  if (pads > 2 || n % 4 !== 0 || end % 4 === 1) throw invalid("misplaced padding");
  return end;
}

/** 6-bit value of the character at `i`; throws on a character of neither alphabet. */
function sextet(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const v = c < 256 ? DECODE[c]! : 255;
  if (v > 63) throw badCharacter(text, i);
  return v;
}

/** The error for the first character from `from` on that is in neither alphabet. */
function badCharacter(text: string, from: number): JsonError {
  let i = from;
  while (i < text.length - 1) {
    const c = text.charCodeAt(i);
    if (c > 255 || DECODE[c]! > 63) break;
    i++;
  }
  const c = text.charCodeAt(i);
  const what = c === PAD ? "padding before the end" : `character ${JSON.stringify(text[i])}`;
  return invalid(`${what} at index ${i}`);
}

function invalid(what: string): JsonError {
  return new JsonError("INVALID_VALUE", `invalid base64: ${what}`);
}
