/**
 * 64-bit integers travel as two uint32 halves (lo, hi) inside the wire layer: plain number
 * arithmetic is much faster than bigint. bigint appears only at the API edge.
 */
import { EncodeError } from "./errors.js";

/**
 * Result registers for the conversions below (and for varint64 reads). Single-threaded JS
 * makes one shared pair safe as long as it is read right after the call that fills it.
 */
export const parts = { lo: 0, hi: 0 };

const TWO_32 = 4_294_967_296;
const TWO_63 = 2 ** 63;
const TWO_64 = 2 ** 64;
const MAX_UINT64 = 0xffff_ffff_ffff_ffffn;
const MIN_INT64 = -0x8000_0000_0000_0000n;
const MAX_INT64 = 0x7fff_ffff_ffff_ffffn;
const MAX_SAFE_NUMBER = Number.MAX_SAFE_INTEGER;
/** "-" plus 20 digits covers every 64-bit decimal once leading zeros are stripped. */
const DECIMAL = /^(-?)0*(\d{1,20})$/;

/** Input accepted wherever a 64-bit integer is written. */
export type Int64Input = bigint | number | string;

/**
 * Splits `v` into `parts` as two's complement. `signed` selects the accepted range:
 * [-2^63, 2^63 - 1] when true, [0, 2^64 - 1] when false. Numbers must be safe integers;
 * strings must be decimal (`-?[0-9]+`). Anything else throws EncodeError INVALID_INT64.
 */
export function toParts(v: Int64Input, signed: boolean): void {
  if (typeof v === "number") {
    if (!Number.isSafeInteger(v) || (!signed && v < 0)) {
      throw new EncodeError(
        "INVALID_INT64",
        `${v} is not a ${signed ? "" : "non-negative "}safe integer`,
      );
    }
    // Safe integers are exact in doubles, so floor division and ToUint32 give the halves.
    parts.lo = v >>> 0;
    parts.hi = Math.floor(v / TWO_32) >>> 0;
    return;
  }
  let b: bigint;
  if (typeof v === "bigint") {
    // Most values are small: one Number() beats bigint comparisons. Number() rounds to the
    // nearest double, monotonically, so a result within ±(2^53 - 1) means `v` was exactly that
    // number (anything of magnitude 2^53 or more rounds to at least 2^53).
    const n = Number(v);
    if (n <= MAX_SAFE_NUMBER && n >= (signed ? -MAX_SAFE_NUMBER : 0)) {
      parts.lo = n >>> 0;
      parts.hi = Math.floor(n / TWO_32) >>> 0;
      return;
    }
    // In range for sure when the rounded value is strictly inside (±2^63 or [0, 2^64)): rounding
    // is monotonic, so an out-of-range value rounds to the bound or beyond. At the bound itself
    // (2^63 - 1 rounds up to 2^63) the exact test decides.
    const inside = signed ? n > -TWO_63 && n < TWO_63 : n >= 0 && n < TWO_64;
    if (inside || (signed ? BigInt.asIntN(64, v) === v : BigInt.asUintN(64, v) === v)) {
      // Two bigint operations: the low word (two's complement for negatives) and the high word,
      // which `>> 32n` floors into [-2^31, 2^32) and `>>> 0` wraps to uint32.
      parts.lo = Number(BigInt.asUintN(32, v));
      parts.hi = Number(v >> 32n) >>> 0;
      return;
    }
    b = v;
  } else if (typeof v === "string") {
    const m = DECIMAL.exec(v);
    if (m === null) {
      throw new EncodeError(
        "INVALID_INT64",
        `${JSON.stringify(v.slice(0, 40))} is not a decimal integer`,
      );
    }
    b = BigInt(m[2]!);
    if (m[1] === "-") b = -b;
  } else {
    throw new EncodeError("INVALID_INT64", `expected bigint, number or string, got ${typeof v}`);
  }
  if (signed ? b < MIN_INT64 || b > MAX_INT64 : b < 0n || b > MAX_UINT64) {
    throw new EncodeError(
      "INVALID_INT64",
      `${b} is out of range for ${signed ? "int64" : "uint64"}`,
    );
  }
  const u = BigInt.asUintN(64, b);
  parts.lo = Number(u & 0xffff_ffffn);
  parts.hi = Number(u >> 32n);
}

/** (lo, hi) as uint64. */
export function partsToUint64(lo: number, hi: number): bigint {
  hi >>>= 0;
  lo >>>= 0;
  // Below 2^53 one number conversion is exact and avoids bigint shifts.
  if (hi < 0x20_0000) return BigInt(hi * TWO_32 + lo);
  // hi * 2^32 is exact as a double (a 32-bit value times a power of two): one add, no shift.
  return BigInt(hi * TWO_32) + BigInt(lo);
}

/** (lo, hi) as int64 (two's complement). */
export function partsToInt64(lo: number, hi: number): bigint {
  const h = hi | 0;
  lo >>>= 0;
  // |value| <= 2^53 is exact as a double: h in [-2^21, 2^21). Otherwise h * 2^32 is still an
  // exact double and the sum of the two halves is the signed value, always within int64.
  if (h >= -0x20_0000 && h < 0x20_0000) return BigInt(h * TWO_32 + lo);
  return BigInt(h * TWO_32) + BigInt(lo);
}
