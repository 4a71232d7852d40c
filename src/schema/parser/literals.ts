// Values of literal tokens, and the canonical text protoc writes for default values.
//
// Each function mirrors a protoc helper so that descriptors match byte for byte:
// Tokenizer::ParseInteger / ParseStringAppend / ParseFloat (tokenizer.cc), CEscape and
// SimpleDtoa (strutil.cc).

import { isHexDigit, isOctalDigit } from "./tokenizer.js";

export const UINT64_MAX = 0xffff_ffff_ffff_ffffn;
export const INT64_MAX = 0x7fff_ffff_ffff_ffffn;
export const UINT32_MAX = 0xffff_ffffn;
export const INT32_MAX = 0x7fff_ffffn;

/**
 * Value of an integer token (decimal, `0x` hex or `0` octal), or undefined if it exceeds
 * `max` or is malformed (`09`).
 */
export function parseIntegerToken(text: string, max: bigint): bigint | undefined {
  let i = 0;
  let base = 10n;
  let baseN = 10;
  if (text.charCodeAt(0) === 48 /* 0 */) {
    const x = text.charCodeAt(1);
    if (x === 120 || x === 88) {
      base = 16n;
      baseN = 16;
      i = 2;
    } else {
      base = 8n;
      baseN = 8;
    }
  }
  // Fast path: up to 15 decimal digits fit a double exactly.
  if (baseN === 10 && text.length <= 15) {
    let n = 0;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return undefined;
      n = n * 10 + d;
    }
    const big = BigInt(n);
    return big > max ? undefined : big;
  }
  let result = 0n;
  for (; i < text.length; i++) {
    const d = digitValue(text.charCodeAt(i));
    if (d < 0 || d >= baseN) return undefined;
    result = result * base + BigInt(d);
    // Stop early so hostile 10,000-digit literals stay cheap.
    if (result > max) return undefined;
  }
  return result;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 97 + 10;
  if (c >= 65 && c <= 90) return c - 65 + 10;
  return -1;
}

/** Value of a float token (`1.5`, `.5`, `5.`, `1e5`, and the malformed `1e` protoc accepts). */
export function parseFloatToken(text: string): number {
  const v = Number.parseFloat(text);
  return Number.isNaN(v) ? 0 : v;
}

/** A growable byte buffer: string values are bytes, and a long literal stays compact. */
export class ByteSink {
  private buf = new Uint8Array(32);
  private len = 0;

  push(b: number): void {
    if (this.len === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.len++] = b;
  }

  /** A right-sized copy of the bytes pushed so far. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  /** The bytes pushed so far, not copied: valid until the next push or reset. */
  view(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }

  /** Empties the sink, keeping its buffer, to be filled again (the text parser reuses one). */
  reset(): void {
    this.len = 0;
  }
}

/**
 * Bytes of a string token (quotes included in `text`), appended to `out`: escapes decoded,
 * other characters as UTF-8. Malformed escapes were reported by the tokenizer; here they
 * decode the way protoc decodes them.
 */
export function appendStringToken(text: string, out: ByteSink): void {
  const n = text.length;
  if (n === 0) return;
  const quote = text.charCodeAt(0);
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < n) {
      i++;
      const e = text.charCodeAt(i);
      if (isOctalDigit(e)) {
        let code = e - 48;
        if (i + 1 < n && isOctalDigit(text.charCodeAt(i + 1)))
          code = code * 8 + text.charCodeAt(++i) - 48;
        if (i + 1 < n && isOctalDigit(text.charCodeAt(i + 1)))
          code = code * 8 + text.charCodeAt(++i) - 48;
        out.push(code & 0xff);
      } else if (e === 120 /* x */ || e === 88 /* X */) {
        let code = 0;
        if (i + 1 < n && isHexDigit(text.charCodeAt(i + 1)))
          code = digitValue(text.charCodeAt(++i));
        if (i + 1 < n && isHexDigit(text.charCodeAt(i + 1))) {
          code = code * 16 + digitValue(text.charCodeAt(++i));
        }
        out.push(code);
      } else if (e === 117 /* u */ || e === 85 /* U */) {
        const end = fetchUnicodePoint(text, i, out);
        if (end === i) out.push(e);
        else i = end - 1;
      } else {
        out.push(translateEscape(e));
      }
    } else if (c === quote && i === n - 1) {
      // The closing quote.
    } else if (c < 0x80) {
      out.push(c);
    } else {
      const cp = text.codePointAt(i) ?? c;
      if (cp > 0xffff) i++;
      appendUtf8(cp, out);
    }
  }
}

/** Decodes a whole string token to bytes. */
export function stringTokenBytes(text: string): Uint8Array {
  const out = new ByteSink();
  appendStringToken(text, out);
  return out.bytes();
}

function translateEscape(c: number): number {
  switch (c) {
    case 97:
      return 7; // \a
    case 98:
      return 8; // \b
    case 102:
      return 12; // \f
    case 110:
      return 10; // \n
    case 114:
      return 13; // \r
    case 116:
      return 9; // \t
    case 118:
      return 11; // \v
    case 92:
    case 63:
    case 39:
    case 34:
      return c; // \\ \? \' \"
    default:
      return 63; // protoc turns unknown escapes into '?'
  }
}

/**
 * Reads `\uXXXX` or `\UXXXXXXXX` at `i` (pointing at u/U), joining a UTF-16 surrogate pair
 * written as two `\u` escapes. Appends the UTF-8 and returns the index after the escape, or
 * `i` if the digits are missing.
 */
function fetchUnicodePoint(text: string, i: number, out: ByteSink): number {
  const len = text.charCodeAt(i) === 117 ? 4 : 8;
  let p = i + 1;
  let cp = readHex(text, p, len);
  if (cp < 0) return i;
  p += len;
  if (cp >= 0xd800 && cp < 0xdc00 && text.charCodeAt(p) === 92 && text.charCodeAt(p + 1) === 117) {
    const trail = readHex(text, p + 2, 4);
    if (trail >= 0xdc00 && trail < 0xe000) {
      cp = 0x10000 + (((cp - 0xd800) << 10) | (trail - 0xdc00));
      p += 6;
    }
  }
  if (cp > 0x10ffff) {
    // protoc writes out-of-range code points back as text.
    for (const ch of `\\U${cp.toString(16).padStart(8, "0")}`) out.push(ch.charCodeAt(0));
  } else {
    appendUtf8(cp, out);
  }
  return p;
}

/** `len` hex digits at `p` as a number, or -1 if the text ends or a digit is not hex. */
function readHex(text: string, p: number, len: number): number {
  if (p + len > text.length) return -1;
  let v = 0;
  for (let k = 0; k < len; k++) {
    const d = digitValue(text.charCodeAt(p + k));
    if (d < 0 || d > 15) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** UTF-8 of a code point; lone surrogates get the 3-byte form, as protoc's AppendUTF8. */
export function appendUtf8(cp: number, out: ByteSink): void {
  if (cp <= 0x7f) {
    out.push(cp);
  } else if (cp <= 0x7ff) {
    out.push(0xc0 | (cp >> 6));
    out.push(0x80 | (cp & 0x3f));
  } else if (cp <= 0xffff) {
    out.push(0xe0 | (cp >> 12));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  } else {
    out.push(0xf0 | (cp >> 18));
    out.push(0x80 | ((cp >> 12) & 0x3f));
    out.push(0x80 | ((cp >> 6) & 0x3f));
    out.push(0x80 | (cp & 0x3f));
  }
}

const utf8Decoder = new TextDecoder("utf-8", { fatal: false });

/** Bytes to a JS string, invalid UTF-8 replaced by U+FFFD. */
export function decodeUtf8(bytes: Uint8Array | readonly number[]): string {
  return utf8Decoder.decode(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes));
}

/**
 * protoc's CEscape: printable ASCII as is, `\n \r \t \" \' \\` as two-character escapes,
 * every other byte as a 3-digit octal escape. This is how bytes defaults are stored.
 */
export function cEscape(bytes: Uint8Array | readonly number[]): string {
  let s = "";
  for (const b of bytes) {
    switch (b) {
      case 10:
        s += "\\n";
        break;
      case 13:
        s += "\\r";
        break;
      case 9:
        s += "\\t";
        break;
      case 34:
        s += '\\"';
        break;
      case 39:
        s += "\\'";
        break;
      case 92:
        s += "\\\\";
        break;
      default:
        if (b < 0x20 || b >= 0x7f) s += `\\${b.toString(8).padStart(3, "0")}`;
        else s += String.fromCharCode(b);
    }
  }
  return s;
}

/**
 * protoc's SimpleDtoa: `inf`, `-inf`, `nan`, else printf("%.15g"), or "%.17g" when 15
 * digits do not round-trip.
 */
export function simpleDtoa(v: number): string {
  if (v === Number.POSITIVE_INFINITY) return "inf";
  if (v === Number.NEGATIVE_INFINITY) return "-inf";
  if (Number.isNaN(v)) return "nan";
  const short = formatG(v, 15);
  return Number.parseFloat(short) === v ? short : formatG(v, 17);
}

/** printf's `%.{precision}g`. */
export function formatG(v: number, precision: number): string {
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const exp = v.toExponential(precision - 1); // d.ddde+X, correctly rounded
  const ePos = exp.indexOf("e");
  const x = Number.parseInt(exp.slice(ePos + 1), 10);
  if (x < -4 || x >= precision) {
    const mantissa = stripZeros(exp.slice(0, ePos));
    const sign = x < 0 ? "-" : "+";
    const digits = String(Math.abs(x)).padStart(2, "0");
    return `${mantissa}e${sign}${digits}`;
  }
  return stripZeros(v.toFixed(precision - 1 - x));
}

function stripZeros(s: string): string {
  if (s.indexOf(".") < 0) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}
