/**
 * One value of a non-message field from the current tokens, as protoc's ConsumeFieldValue
 * reads it: integers in decimal, hex or octal within the kind's range (a `-` only where the
 * kind is signed), doubles from integers, floats, `inf`, `infinity` and `nan`, bools as
 * `true`/`True`/`t`/`1` and their opposites, strings as adjacent literals joined, enums by
 * name or number. Errors carry protoc's wording at protoc's position.
 */

import { appendStringToken, ByteSink, parseIntegerToken } from "../../schema/parser/literals.js";
import { getUtf8 } from "../../wire/utf8.js";
import {
  type FieldEntry,
  K_BOOL,
  K_BYTES,
  K_DOUBLE,
  K_ENUM,
  K_FLOAT,
  K_INT32,
  K_INT64,
  K_STRING,
  K_UINT32,
  K_UINT64,
} from "./fields.js";
import { FLOAT, IDENT, INT, type Scanner, STRING, SYMBOL } from "./scanner.js";
import { fail, MINUS, tryConsume } from "./tokens.js";

const INT32_MAX = 0x7fffffff;
const UINT32_MAX = 0xffffffff;
const INT64_MAX = 0x7fff_ffff_ffff_ffffn;
const UINT64_MAX = 0xffff_ffff_ffff_ffffn;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Wrong token for a value: a value of another kind, or not a value at all. */
function expected(s: Scanner, what: string): never {
  const code = s.type === SYMBOL || s.type === 0 ? "TEXT_SYNTAX" : "INVALID_VALUE";
  return fail(s, code, `Expected ${what}, got: ${s.tokenText()}`);
}

/** Reads one value of `e`'s kind at the current token. */
export function readScalar(s: Scanner, e: FieldEntry): unknown {
  switch (e.kind) {
    case K_INT32:
      return signed32(s);
    case K_UINT32:
      return Number(unsigned(s, UINT32_MAX));
    case K_INT64:
      return as64(s, e, signed64(s));
    case K_UINT64:
      return as64(s, e, BigInt(unsigned(s, UINT64_MAX)));
    case K_FLOAT:
      // protoc rounds to the nearest float: past FLT_MAX by less than half a step is FLT_MAX.
      return Math.fround(double(s));
    case K_DOUBLE:
      return double(s);
    case K_BOOL:
      return bool(s, e);
    case K_STRING:
      return string(s, e);
    case K_BYTES:
      return bytes(s);
    case K_ENUM:
      return enumValue(s, e);
    default:
      throw new Error(`internal: no value reader for ${e.name}`);
  }
}

/** The integer token's value if it is at most `max`, else undefined (decimal fast path). */
function integerToken(s: Scanner, max: number | bigint): number | bigint | undefined {
  const text = s.text;
  const start = s.start;
  const end = s.end;
  if (end - start <= 15 && (text.charCodeAt(start) !== 48 || end - start === 1)) {
    let n = 0;
    for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
    return n > max ? undefined : n;
  }
  const big = BigInt(max);
  if (end - start > 24) return parseIntegerToken(text.slice(start, end), big);
  // BigInt() reads decimal and 0x hex natively; octal needs its 0o prefix.
  const octal = text.charCodeAt(start) === 48 && !isHexPrefix(text.charCodeAt(start + 1));
  const v = BigInt(octal ? `0o${text.slice(start + 1, end)}` : text.slice(start, end));
  return v > big ? undefined : v;
}

function isHexPrefix(c: number): boolean {
  return c === 120 || c === 88;
}

/** protoc's ConsumeUnsignedInteger: an integer token within [0, max]. */
function unsigned(s: Scanner, max: number | bigint): number | bigint {
  if (s.type !== INT) expected(s, "integer");
  const v = integerToken(s, max);
  if (v === undefined) fail(s, "INVALID_VALUE", `Integer out of range (${s.tokenText()})`);
  s.next();
  return v;
}

function signed32(s: Scanner): number {
  const negative = tryConsume(s, MINUS);
  const v = Number(unsigned(s, negative ? INT32_MAX + 1 : INT32_MAX));
  return negative ? 0 - v : v;
}

function signed64(s: Scanner): bigint {
  const negative = tryConsume(s, MINUS);
  const v = BigInt(unsigned(s, negative ? INT64_MAX + 1n : INT64_MAX));
  return negative ? -v : v;
}

/** A 64-bit value in the field's JS form: bigint, decimal string or safe number. */
function as64(s: Scanner, e: FieldEntry, v: bigint): unknown {
  if (e.jstype === 0) return v;
  if (e.jstype === 1) return String(v);
  if (v > MAX_SAFE || v < -MAX_SAFE) {
    fail(
      s,
      "INVALID_VALUE",
      `Value ${v} of field "${e.name}" [jstype = JS_NUMBER] is beyond ±(2^53 - 1)`,
    );
  }
  return Number(v);
}

/** protoc's ConsumeDouble. */
function double(s: Scanner): number {
  const negative = tryConsume(s, MINUS);
  let v: number;
  if (s.type === INT) {
    const text = s.text;
    const c1 = s.end - s.start > 1 ? text.charCodeAt(s.start + 1) : -1;
    if (text.charCodeAt(s.start) === 48 && c1 !== -1) {
      fail(s, "INVALID_VALUE", `Expect a decimal number, got: ${s.tokenText()}`);
    }
    v = Number(text.slice(s.start, s.end));
  } else if (s.type === FLOAT) {
    let end = s.end;
    const last = s.text.charCodeAt(end - 1);
    if (last === 102 || last === 70) end--;
    v = Number(s.text.slice(s.start, end));
  } else if (s.type === IDENT) {
    const word = s.tokenText().toLowerCase();
    if (word === "inf" || word === "infinity") v = Infinity;
    else if (word === "nan") v = Number.NaN;
    else fail(s, "INVALID_VALUE", `Expected double, got: ${word}`);
  } else {
    return expected(s, "double");
  }
  s.next();
  return negative ? -v : v;
}

function bool(s: Scanner, e: FieldEntry): boolean {
  if (s.type === INT) return unsigned(s, 1) === 1;
  if (s.type !== IDENT) expected(s, "identifier");
  const word = s.tokenText();
  s.next();
  if (word === "true" || word === "True" || word === "t") return true;
  if (word === "false" || word === "False" || word === "f") return false;
  return fail(s, "INVALID_VALUE", `Invalid value for boolean field "${e.name}". Value: "${word}".`);
}

function enumValue(s: Scanner, e: FieldEntry): number {
  let value: number | undefined;
  let shown: string;
  let byNumber = false;
  if (s.type === IDENT) {
    shown = s.tokenText();
    value = e.enumByName!.get(shown);
    s.next();
    if (value === undefined) {
      fail(s, "UNKNOWN_FIELD", `Unknown enumeration value of "${shown}" for field "${e.name}".`);
    }
    return value;
  }
  if (s.type === INT || (s.type === SYMBOL && s.sym === MINUS)) {
    value = signed32(s);
    shown = String(value);
    byNumber = true;
  } else {
    return expected(s, "integer or identifier");
  }
  const numbers = e.enumNumbers;
  if (byNumber && numbers !== undefined && !numbers.has(value)) {
    fail(s, "INVALID_VALUE", `Unknown enumeration value of "${shown}" for field "${e.name}".`);
  }
  return value;
}

const sink = new ByteSink();

/** The bytes of the adjacent string literals at the cursor, in `sink`. */
function literalBytes(s: Scanner): Uint8Array {
  if (s.type !== STRING) expected(s, "string");
  sink.reset();
  do {
    appendStringToken(s.text.slice(s.start, s.end), sink);
    s.next();
  } while (s.type === STRING);
  return sink.view();
}

/** One literal without escapes: its text is the value. */
function plainLiteral(s: Scanner): boolean {
  return s.type === STRING && !s.escaped;
}

function string(s: Scanner, e: FieldEntry): string {
  const at = s.start;
  if (plainLiteral(s)) {
    const v = s.text.slice(s.start + 1, s.end - 1);
    s.next();
    if (s.type !== STRING) return v;
    // Adjacent literals: join them as bytes (escapes may split a UTF-8 sequence).
    return joined(s, e, v, at);
  }
  const b = literalBytes(s);
  return utf8(s, e, b, at);
}

function joined(s: Scanner, e: FieldEntry, first: string, at: number): string {
  sink.reset();
  appendStringToken(JSON.stringify(first), sink);
  while (s.type === STRING) {
    appendStringToken(s.text.slice(s.start, s.end), sink);
    s.next();
  }
  return utf8(s, e, sink.view(), at);
}

function utf8(s: Scanner, e: FieldEntry, b: Uint8Array, at: number): string {
  try {
    return getUtf8(b, 0, b.length, e.utf8Validate);
  } catch {
    return fail(
      s,
      "INVALID_VALUE",
      `String field "${e.name}" contains invalid UTF-8 data (use the bytes type for raw bytes).`,
      at,
    );
  }
}

function bytes(s: Scanner): Uint8Array {
  if (plainLiteral(s) && !s.wide) {
    const text = s.text;
    const start = s.start + 1;
    const out = new Uint8Array(s.end - 1 - start);
    for (let i = 0; i < out.length; i++) out[i] = text.charCodeAt(start + i);
    s.next();
    if (s.type !== STRING) return out;
    sink.reset();
    for (let i = 0; i < out.length; i++) sink.push(out[i]!);
    while (s.type === STRING) {
      appendStringToken(s.text.slice(s.start, s.end), sink);
      s.next();
    }
    return sink.bytes();
  }
  return literalBytes(s).slice();
}
