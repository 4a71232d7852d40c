/**
 * 64-bit integer fields with `[jstype = JS_STRING]` or `[jstype = JS_NUMBER]`
 * (google.protobuf.FieldOptions.jstype): their values are decimal strings or numbers instead of
 * bigints. The emitters pick the form per field at emit time (js-forms.ts, scalar.ts); these
 * are the conversions the generated code calls through `rt` for such fields only.
 *
 * JS_NUMBER holds safe integers only, so that nothing is silently lost: decode throws
 * DecodeError INVALID_VALUE for a value beyond ±(2^53 - 1) rather than round it, and encode and
 * create reject such values (and decimal strings) with EncodeError INVALID_VALUE.
 */
import { DecodeError, ProtowireError } from "../wire/errors.js";
import { partsToInt64, partsToUint64 } from "../wire/int64.js";
import { JS_NUMBER_NOTE } from "./js-forms.js";
import { badValue, FieldValueError, indexSegment, validScalar } from "./values.js";

const TWO_32 = 4_294_967_296;
/** Number.MAX_SAFE_INTEGER as a bigint. */
export const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The halves of the value last converted, after ZigZag decoding (halves() fills them). */
let lastLo = 0;
let lastHi = 0;

/** Sets lastLo / lastHi to (lo, hi), ZigZag-decoded for `mode` 2 (sint64). */
function halves(lo: number, hi: number, mode: number): void {
  if (mode === 2) {
    const mask = -(lo & 1);
    lastLo = (((lo >>> 1) | (hi << 31)) ^ mask) >>> 0;
    lastHi = ((hi >>> 1) ^ mask) >>> 0;
  } else {
    lastLo = lo;
    lastHi = hi;
  }
}

/** The exact value of the last halves: int64 (`mode` 0 and 2) or uint64 (1). */
function exact(mode: number): bigint {
  return mode === 1 ? partsToUint64(lastLo, lastHi) : partsToInt64(lastLo, lastHi);
}

/**
 * Decode, JS_STRING: uint32 halves (lo, hi) read as an int64 (`mode` 0), uint64 (1) or ZigZag
 * sint64 (2), as a decimal string. An int32 is printed as a small integer; anything larger
 * through a bigint: V8 prints a bigint in about a third of the time of a non-small double
 * (Node 20: ~100 against ~300-600 ns for a 40-bit value).
 */
export function decimal64(lo: number, hi: number, mode: number): string {
  halves(lo, hi, mode);
  const l = lastLo;
  const h = lastHi;
  if (h === 0 ? l <= 0x7fff_ffff : mode !== 1 && h === 0xffff_ffff && l >= 0x8000_0000) {
    return String(l | 0);
  }
  return String(exact(mode));
}

/**
 * Decode, JS_NUMBER: the halves (see decimal64) as a number; DecodeError INVALID_VALUE at
 * `offset` (the value's first byte) when that would not be exact. hi * 2^32 is exact, and a
 * sum beyond 2^53 never rounds back into the safe range, so the test sees the true value.
 */
export function safe64(lo: number, hi: number, mode: number, offset: number): number {
  halves(lo, hi, mode);
  const n = mode === 1 ? lastHi * TWO_32 + lastLo : (lastHi | 0) * TWO_32 + lastLo;
  if (Number.isSafeInteger(n)) return n;
  throw new DecodeError(
    "INVALID_VALUE",
    `${exact(mode)} is outside the safe integer range of a JS_NUMBER field (±(2^53 - 1))`,
    offset,
  );
}

/**
 * Encode, JS_STRING: a decimal string of at most 15 digits (always a safe integer) as a number,
 * which the Writer takes ~2.5x faster than a string; anything else (bigints, numbers, longer or
 * invalid strings, negative ones when not `signed`) as it is, for the Writer to take or reject
 * with its own message.
 */
export function short64(v: unknown, signed: boolean): unknown {
  if (typeof v !== "string") return v;
  const n = v.length;
  const neg = n > 0 && v.charCodeAt(0) === 45; // "-"
  let i = neg ? 1 : 0;
  if (i === n || n > 15 + i) return v;
  let x = 0;
  for (; i < n; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return v;
    x = x * 10 + c;
  }
  if (!neg) return x;
  return signed || x === 0 ? -x : v;
}

/**
 * create(), JS_STRING: any valid 64-bit value of Writer method `type` (bigint, safe-integer
 * number, decimal string; see values.ts) as its canonical decimal string (`"007"` is `"7"`).
 */
export function toDecimal64(v: unknown, type: string): string {
  if (!validScalar(v, type)) throw badValue(v, type);
  return typeof v === "string" ? String(BigInt(v)) : String(v);
}

/**
 * create(), JS_NUMBER: a safe-integer number, or a bigint in the safe range, within the range
 * of Writer method `type` (uint64: not negative), as a number.
 */
export function toSafe64(v: unknown, type: string): number {
  if (typeof v === "number" && validScalar(v, type)) return v === 0 ? 0 : v; // -0 is 0
  if (typeof v === "bigint" && v >= -MAX_SAFE && v <= MAX_SAFE && validScalar(v, type)) {
    return Number(v);
  }
  throw badValue(v, type + JS_NUMBER_NOTE);
}

/** create()'s copy of a repeated JS_STRING / JS_NUMBER field: `conv` of each element. */
export function list64(
  v: unknown,
  type: string,
  conv: (x: unknown, type: string) => unknown,
): unknown[] {
  if (!Array.isArray(v)) throw badValue(v, "array");
  const out: unknown[] = []; // packed (values.ts, scalarList)
  for (let i = 0; i < v.length; i++) {
    try {
      out.push(conv(v[i], type));
    } catch (e) {
      if (e instanceof FieldValueError) e.path.unshift(indexSegment(i));
      throw e;
    }
  }
  return out;
}

/**
 * getField's default of a JS_STRING (`asNumber` false) or JS_NUMBER field from the schema's
 * default (a bigint, or a decimal string or number from other descriptor sources). A
 * JS_NUMBER default beyond the safe range is a ProtowireError INVALID_VALUE, not rounded.
 */
export function default64(v: unknown, asNumber: boolean, fieldName: string): string | number {
  const b = BigInt(v as bigint | string | number);
  if (!asNumber) return String(b);
  if (b >= -MAX_SAFE && b <= MAX_SAFE) return Number(b);
  throw new ProtowireError(
    "INVALID_VALUE",
    `${fieldName}: default ${b} is outside the safe integer range of a JS_NUMBER field`,
  );
}
