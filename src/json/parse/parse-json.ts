/**
 * parseJson: the strict JSON parser behind `fromJsonString`. Accepts exactly what RFC 8259 (and
 * Node's JSON.parse) accepts, minus duplicate keys and lone surrogates, and reports every
 * failure as a JsonError with line, column and the path of the value being parsed.
 *
 * Iterative (an explicit stack of open containers), so that no input overflows the call stack;
 * the depth limit is checked before a container is opened. The scanner reads the text with
 * charCodeAt, slices strings without escapes in one go and keeps its cursor in module state.
 */
import { JsonError, type JsonErrorCode } from "../errors.js";
import { setOwn } from "../set-own.js";
import { describeAt, formatJsonPath, lineColumn } from "./json-location.js";

/** A number literal whose magnitude exceeds Number.MAX_SAFE_INTEGER (2^53-1), kept exactly. Only produced with `largeNumbers: true`. */
export class LargeNumber {
  constructor(
    readonly text: string,
    readonly value: number,
  ) {}
}

export interface ParseJsonOptions {
  /** Deepest nesting of arrays/objects accepted (default 100); deeper is JsonError RECURSION_LIMIT. */
  maxDepth?: number;
  /** Return LargeNumber for number literals beyond ±(2^53-1) (integers or not, e.g. 9223372036854775807 or 1e20) so int64 fields stay exact. */
  largeNumbers?: boolean;
}

type Container = unknown[] | Record<string, unknown>;

/** A failure inside the scanner; parseJson turns it into a JsonError with position and path. */
class Failure {
  constructor(
    readonly code: JsonErrorCode,
    readonly detail: string,
    readonly at: number,
    /** The key of the member whose key or ':' failed, for the path. */
    readonly member?: string,
  ) {}
}

/** The text being parsed and the scanner's cursor (module state: faster than a class). */
let src = "";
let pos = 0;
/** Whether numbers beyond 2^53-1 become LargeNumber, for the parse under way. */
let keepLarge = false;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Parses `text` as one JSON value. Throws JsonError (JSON_SYNTAX, DUPLICATE_KEY, RECURSION_LIMIT). */
export function parseJson(text: string, options?: ParseJsonOptions): unknown {
  src = text;
  pos = 0;
  keepLarge = options?.largeNumbers === true;
  try {
    return parseValue(options?.maxDepth ?? 100, false);
  } finally {
    src = "";
  }
}

/**
 * Parses one value from `pos` of the text being scanned; `embedded`: the value is part of a
 * document read by the token functions below (pos ends after it), else it must be the whole
 * text.
 */
function parseValue(maxDepth: number, embedded: boolean): unknown {
  const text = src;
  /** Open containers above the current one, and the key (or nothing, for arrays) each awaits. */
  const parents: (Container | undefined)[] = [];
  const parentKeys: string[] = [];
  let container: Container | undefined;
  let inArray = false;
  let key = "";
  /** Whether a value of `container` is being parsed (its key or index is part of the path). */
  let pending = false;
  try {
    let value: unknown;
    for (;;) {
      // A value starts here.
      let c = skipWhitespace();
      if (c === 34) value = scanString();
      else if ((c >= 48 && c <= 57) || c === 45) value = scanNumber();
      else if (c === 123 || c === 91) {
        if (parents.length >= maxDepth) {
          throw new Failure("RECURSION_LIMIT", `nesting deeper than ${maxDepth} levels`, pos);
        }
        pos++;
        const close = c + 2; // '}' is '{' + 2, ']' is '[' + 2
        c = skipWhitespace();
        if (c === close) {
          pos++;
          value = close === 125 ? {} : [];
        } else {
          parents.push(container);
          parentKeys.push(key);
          pending = false;
          if (close === 93) {
            container = [];
            inArray = true;
          } else {
            container = {};
            inArray = false;
            key = scanKey(container, c, "'}' or a string key after '{'");
          }
          pending = true;
          continue;
        }
      } else value = scanLiteral(c);
      // A value ended: store it, then close as many containers as end here.
      for (;;) {
        if (container === undefined) {
          if (embedded) return value;
          skipWhitespace();
          if (pos < src.length) throw expected("end of input after the JSON value", pos);
          return value;
        }
        if (inArray) {
          (container as unknown[]).push(value);
          pending = false;
          c = skipWhitespace();
          if (c === 44) {
            pos++;
            pending = true;
            break;
          }
          if (c !== 93) throw expected("',' or ']' after an array element", pos);
        } else {
          setOwn(container as Record<string, unknown>, key, value);
          pending = false;
          c = skipWhitespace();
          if (c === 44) {
            pos++;
            key = scanKey(
              container as Record<string, unknown>,
              skipWhitespace(),
              "a string key after ','",
            );
            pending = true;
            break;
          }
          if (c !== 125) throw expected("',' or '}' after an object member", pos);
        }
        pos++;
        value = container;
        container = parents.pop();
        key = parentKeys.pop() as string;
        inArray = Array.isArray(container);
        pending = true;
      }
    }
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    const segments: (string | number)[] = [];
    for (let i = 0; i < parents.length; i++) addSegment(segments, parents[i], parentKeys[i]!);
    if (pending) addSegment(segments, container, key);
    else if (e.member !== undefined) segments.push(e.member);
    const [line, column] = lineColumn(text, e.at);
    throw new JsonError(e.code, e.detail, formatJsonPath(segments), line, column);
  }
}

// ---------------------------------------------------------------------------------------------
// Tokens, for a reader that follows a schema through the text (read/text-reader.ts) instead
// of building the whole value first. Same scanner, same errors (JsonError with line:col; the
// reader adds the field path).

/** Starts reading `text` token by token. */
export function beginTokens(text: string): void {
  src = text;
  pos = 0;
  keepLarge = true;
}

/** Ends token reading (drops the text). */
export function endTokens(): void {
  src = "";
}

/** The cursor (a code-unit offset). */
export function tokenPos(): number {
  return pos;
}

/** Skips whitespace and returns the code unit there (NaN at the end), without consuming it. */
export function peekToken(): number {
  return skipWhitespace();
}

/** Consumes the code unit `code` (after whitespace) or fails with "expected <what>". */
export function expectToken(code: number, what: string): void {
  if (skipWhitespace() !== code) throw tokenError(expected(what, pos));
  pos++;
}

/** Consumes `,` and returns true, or consumes `close` and returns false. */
export function nextOrClose(close: number, what: string): boolean {
  const c = skipWhitespace();
  if (c === 44) {
    pos++;
    return true;
  }
  if (c !== close) throw tokenError(expected(what, pos));
  pos++;
  return false;
}

/** Reads a string literal (the cursor is on its '"'). */
export function stringToken(): string {
  try {
    return scanString();
  } catch (e) {
    throw tokenError(e);
  }
}

/** Reads a key and its ':' (the cursor is on the key's '"'). */
export function keyToken(): string {
  try {
    const key = scanString();
    if (skipWhitespace() !== 58) throw expected("':' after an object key", pos, key);
    pos++;
    return key;
  } catch (e) {
    throw tokenError(e);
  }
}

/**
 * Reads a string, number, `true`, `false` or `null` (a LargeNumber beyond 2^53 - 1); `{` and
 * `[` are not primitives: the caller checks for them first.
 */
export function primitiveToken(c: number): unknown {
  try {
    if (c === 34) return scanString();
    if ((c >= 48 && c <= 57) || c === 45) return scanNumber();
    return scanLiteral(c);
  } catch (e) {
    throw tokenError(e);
  }
}

/** Reads any one value at the cursor as parseJson would, nesting at most `maxDepth` levels. */
export function valueToken(maxDepth: number): unknown {
  skipWhitespace();
  return parseValue(maxDepth, true);
}

/** A Failure as a JsonError with line and column (the reader adds the path). */
function tokenError(e: unknown): unknown {
  if (!(e instanceof Failure)) return e;
  const [line, column] = lineColumn(src, e.at);
  return new JsonError(e.code, e.detail, "", line, column);
}

/** Appends the path segment of the value `parent` is awaiting: its index or its key. */
function addSegment(segments: (string | number)[], parent: Container | undefined, key: string) {
  if (parent === undefined) return;
  segments.push(Array.isArray(parent) ? parent.length : key);
}

/** A Failure "expected X, found Y" (or "unexpected end of input, expected X") at `at`. */
function expected(what: string, at: number, member?: string): Failure {
  const detail =
    at >= src.length
      ? `unexpected end of input, expected ${what}`
      : `expected ${what}, found ${describeAt(src, at)}`;
  return new Failure("JSON_SYNTAX", detail, at, member);
}

/** Skips JSON whitespace (space, tab, LF, CR) and returns the code unit after it (NaN at the end). */
function skipWhitespace(): number {
  let c = src.charCodeAt(pos);
  if (c > 32) return c;
  while (c === 32 || c === 10 || c === 13 || c === 9) c = src.charCodeAt(++pos);
  return c;
}

/**
 * Reads the key of a member of `obj` (c is the code unit at pos) and the ':' after it; fails on
 * a key already in `obj`, at the start of the second one. pos ends after the ':'.
 */
function scanKey(obj: Record<string, unknown>, c: number, what: string): string {
  if (c !== 34) throw expected(what, pos);
  const start = pos;
  const key = scanString();
  if (Object.hasOwn(obj, key)) {
    throw new Failure("DUPLICATE_KEY", `duplicate key ${JSON.stringify(key)}`, start, key);
  }
  if (skipWhitespace() !== 58) throw expected("':' after an object key", pos, key);
  pos++;
  return key;
}

/** Reads `true`, `false` or `null` (c is the code unit at pos), or fails on whatever else is there. */
function scanLiteral(c: number): boolean | null {
  if (c === 116) return matchWord("true", true);
  if (c === 102) return matchWord("false", false);
  if (c === 110) return matchWord("null", null);
  throw expected("a value", pos);
}

function matchWord<T>(word: string, value: T): T {
  for (let i = 1; i < word.length; i++) {
    if (src.charCodeAt(pos + i) !== word.charCodeAt(i)) throw expected(`'${word}'`, pos + i);
  }
  pos += word.length;
  return value;
}

/** Reads a string literal starting at the '"' at pos; pos ends after the closing '"'. */
function scanString(): string {
  const s = src;
  const start = pos + 1;
  let p = start;
  for (;;) {
    const c = s.charCodeAt(p);
    if (c === 34) {
      pos = p + 1;
      return s.slice(start, p);
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      // A well-formed pair stays on the fast path (text with emoji is common); a lone
      // surrogate goes to the slow path, which reports it.
      const d = s.charCodeAt(p + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        p += 2;
        continue;
      }
      return scanStringSlow(start, p);
    }
    // Escapes, control characters and the end of input (NaN) take the slow path.
    if (c === 92 || !(c >= 0x20)) return scanStringSlow(start, p);
    p++;
  }
}

/**
 * Code units of the string being unescaped: one store per unit, then one String.fromCharCode per
 * 4096 units, which beats a rope of slices and escapes when escapes are dense. Grows on demand;
 * a buffer grown for a huge string is dropped afterwards.
 */
let units = new Uint16Array(1024);
const SMALL_BUFFER = 1 << 16;
const DECODE_CHUNK = 4096;

/**
 * The rest of a string from `p`, where an escape, a surrogate or a bad character stands: checks
 * surrogate pairs without copying, and hands over to unescapeString at the first backslash.
 */
function scanStringSlow(start: number, p: number): string {
  const s = src;
  for (;;) {
    const c = s.charCodeAt(p);
    if (c === 34) {
      pos = p + 1;
      return s.slice(start, p);
    }
    if (c >= 0x20 && c !== 92 && (c < 0xd800 || c >= 0xe000)) p++;
    else if (c === 92) return unescapeString(start, p);
    else if (c >= 0xd800 && c <= 0xdbff && isLow(s.charCodeAt(p + 1))) p += 2;
    else throw badStringUnit(c, p);
  }
}

/** The failure for code unit `c` at `p` in a string: a lone surrogate, a control character or the end. */
function badStringUnit(c: number, p: number): Failure {
  if (c >= 0xd800 && c <= 0xdfff) return loneSurrogate(c, p);
  if (p >= src.length) return expected("'\"' to close the string", p);
  const hex = c.toString(16).toUpperCase().padStart(4, "0");
  return new Failure("JSON_SYNTAX", `control character U+${hex} must be escaped in a string`, p);
}

/** The string from `start`, with a backslash at `p`: decodes escapes into the unit buffer. */
function unescapeString(start: number, p: number): string {
  const s = src;
  let buf = units;
  if (buf.length < p - start + 2) units = buf = new Uint16Array(2 * (p - start + 2));
  let n = 0;
  for (let i = start; i < p; i++) buf[n++] = s.charCodeAt(i);
  for (;;) {
    // Room for the 2 units one step below may store.
    if (n + 2 > buf.length) {
      const grown = new Uint16Array(buf.length * 2);
      grown.set(buf);
      units = buf = grown;
    }
    const c = s.charCodeAt(p);
    if (c === 34) {
      pos = p + 1;
      return decodeUnits(buf, n);
    }
    if (c >= 0x20 && c !== 92 && (c < 0xd800 || c >= 0xe000)) {
      buf[n++] = c;
      p++;
    } else if (c === 92) {
      const e = s.charCodeAt(p + 1);
      if (e === 117) {
        const unit = hex4(p + 2);
        if (unit >= 0xd800 && unit <= 0xdfff) {
          const low = unit <= 0xdbff && s.charCodeAt(p + 6) === 92 ? lowEscape(p + 6) : -1;
          if (low < 0) throw loneSurrogate(unit, p);
          buf[n++] = unit;
          buf[n++] = low;
          p += 12;
        } else {
          buf[n++] = unit;
          p += 6;
        }
      } else {
        buf[n++] = simpleEscape(e, p);
        p += 2;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && isLow(s.charCodeAt(p + 1))) {
      buf[n++] = c;
      buf[n++] = s.charCodeAt(p + 1);
      p += 2;
    } else throw badStringUnit(c, p);
  }
}

/** The first `n` units of `buf` as a string; shrinks the shared buffer if a huge string grew it. */
function decodeUnits(buf: Uint16Array, n: number): string {
  let out = "";
  for (let i = 0; i < n; i += DECODE_CHUNK) {
    const part = buf.subarray(i, Math.min(n, i + DECODE_CHUNK));
    out += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  if (buf.length > SMALL_BUFFER) units = new Uint16Array(1024);
  return out;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function loneSurrogate(unit: number, at: number): Failure {
  const name = `\\u${unit.toString(16).padStart(4, "0")}`;
  return new Failure("JSON_SYNTAX", `lone surrogate ${name} in a string`, at);
}

/** The low surrogate of a `\uDC00`-`\uDFFF` escape at `p` (a backslash), or -1. */
function lowEscape(p: number): number {
  if (src.charCodeAt(p + 1) !== 117) return -1;
  const unit = hex4(p + 2);
  return isLow(unit) ? unit : -1;
}

/** The code unit a one-letter escape (code unit `e` after the backslash at `p`) stands for. */
function simpleEscape(e: number, p: number): number {
  switch (e) {
    case 34: // "
    case 92: // \
    case 47: // /
      return e;
    case 98: // b
      return 8;
    case 102: // f
      return 12;
    case 110: // n
      return 10;
    case 114: // r
      return 13;
    case 116: // t
      return 9;
  }
  if (p + 1 >= src.length) throw expected("an escape character after '\\'", p + 1);
  throw new Failure("JSON_SYNTAX", `invalid escape '\\${src[p + 1]}' in a string`, p);
}

/** The 4 hex digits at `p` (after `\u`) as a code unit; fails if they are not 4 hex digits. */
function hex4(p: number): number {
  let unit = 0;
  for (let i = p; i < p + 4; i++) {
    const c = src.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if ((c | 0x20) >= 97 && (c | 0x20) <= 102) d = (c | 0x20) - 87;
    else throw expected("4 hex digits after '\\u'", i);
    unit = unit * 16 + d;
  }
  return unit;
}

/** Reads a number literal at pos (its first code unit is '-' or a digit); pos ends after it. */
function scanNumber(): number | LargeNumber {
  const s = src;
  const start = pos;
  let p = start;
  let c = s.charCodeAt(p);
  const negative = c === 45;
  if (negative) c = s.charCodeAt(++p);
  let v = 0;
  if (c === 48) {
    c = s.charCodeAt(++p);
    if (c >= 48 && c <= 57) {
      throw new Failure("JSON_SYNTAX", "leading zeros are not allowed in numbers", p - 1);
    }
  } else if (c >= 49 && c <= 57) {
    do {
      v = v * 10 + (c - 48);
      c = s.charCodeAt(++p);
    } while (c >= 48 && c <= 57);
  } else throw expected("a digit after '-'", p);
  let integer = true;
  if (c === 46) {
    integer = false;
    p = digits(p + 1, "a digit after '.' in a number");
    c = s.charCodeAt(p);
  }
  if (c === 101 || c === 69) {
    integer = false;
    c = s.charCodeAt(++p);
    if (c === 43 || c === 45) p++;
    p = digits(p, "a digit in the exponent of a number");
  }
  pos = p;
  // Digit by digit is exact while every partial value stays within 2^53; else let Number round.
  const n = integer && v <= MAX_SAFE ? (negative ? -v : v) : +s.slice(start, p);
  if (keepLarge && !(n <= MAX_SAFE && n >= -MAX_SAFE)) return new LargeNumber(s.slice(start, p), n);
  return n;
}

/** Skips one or more digits from `p` and returns the position after them. */
function digits(p: number, what: string): number {
  let c = src.charCodeAt(p);
  if (!(c >= 48 && c <= 57)) throw expected(what, p);
  do c = src.charCodeAt(++p);
  while (c >= 48 && c <= 57);
  return p;
}
