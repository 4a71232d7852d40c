/**
 * Floating-point numbers as protoc prints them (io::SimpleDtoa / SimpleFtoa): a double as
 * C's `%.15g`, or `%.17g` when those 15 digits do not read back as the same double; a float
 * as `%.6g`, or `%.9g` when 6 digits do not read back as the same float. NaN is `nan`,
 * infinities `inf` / `-inf`, negative zero `-0`.
 *
 * `%g` with precision P writes the value rounded to P significant digits with exponent X:
 * fixed notation when -4 <= X < P, else `d.ddde±XX` (at least two exponent digits); trailing
 * zeros of the fraction and a trailing `.` are removed.
 */

/** Smallest positive normal double: below it the fast path's digit argument does not hold. */
const MIN_NORMAL = 2.2250738585072014e-308;
/** Smallest positive normal float. */
const MIN_NORMAL_FLOAT = 1.1754943508222875e-38;

/**
 * `%g` form of a number given as JS's exponential text (`toExponential` / `toPrecision`
 * output in `d.ddde±X` form), with P = `precision`.
 */
function gFromExponential(e: string, precision: number): string {
  const at = e.indexOf("e");
  const negative = e.charCodeAt(0) === 45; // "-"
  const x = Number(e.slice(at + 1));
  let digits = e.slice(negative ? 1 : 0, at).replace(".", "");
  // Trailing zeros carry nothing in %g.
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  digits = digits.slice(0, end);
  const sign = negative ? "-" : "";
  if (x < -4 || x >= precision) {
    const mantissa = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
    const ax = x < 0 ? -x : x;
    return `${sign}${mantissa}e${x < 0 ? "-" : "+"}${ax < 10 ? "0" : ""}${ax}`;
  }
  if (x < 0) return `${sign}0.${"0".repeat(-x - 1)}${digits}`;
  if (digits.length <= x + 1) return sign + digits + "0".repeat(x + 1 - digits.length);
  return `${sign}${digits.slice(0, x + 1)}.${digits.slice(x + 1)}`;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** Index of the high word of a double in U32 (1 on little-endian machines). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** Index of the lowest set bit of a nonzero uint32. */
function lowBit(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/**
 * Whether `v` (finite, nonzero) may lie exactly halfway between two decimals of `digits`
 * significant digits (printf rounds that tie to even, JS away from zero). An odd m·2^-k
 * (k > 0) is m·5^k·10^-k: its exact expansion has X + k + 1 digits (X its decimal exponent)
 * and ends in a 5, so it is such a tie exactly when k = digits - X. k comes from the bits;
 * X is known within one from the binary exponent, and `exponential` checks the digits.
 */
function mayTie(v: number, digits: number): boolean {
  F64[0] = v;
  const lo = U32[1 - HI]!;
  const hi = U32[HI]!;
  const e = (hi >>> 20) & 0x7ff;
  if (e === 0) return true; // subnormal: rare, let the digits decide
  const tz = lo !== 0 ? lowBit(lo) : 32 + lowBit((hi & 0xfffff) | 0x100000);
  const k = 1075 - e - tz;
  if (k <= 0) return false;
  const d = digits - k - Math.floor((e - 1023) * 0.3010299956639812);
  return d >= -1 && d <= 1;
}

/**
 * `v` rounded to `digits` significant digits in `d.ddde±X` form, ties to even as C's printf
 * rounds the exact binary value (JS's toExponential rounds ties away from zero).
 */
function exponential(v: number, digits: number): string {
  const s = v.toExponential(digits - 1);
  if (!mayTie(v, digits)) return s;
  const exact = v.toExponential(Math.min(100, digits + 40));
  const at = exact.indexOf("e");
  const mantissa = exact.slice(exact.charCodeAt(0) === 45 ? 1 : 0, at).replace(".", "");
  if (!/^0*$/.test(mantissa.slice(digits + 1)) || mantissa.charCodeAt(digits) !== 53) return s;
  if ((mantissa.charCodeAt(digits - 1) - 48) % 2 === 1) return s; // odd: rounding up is even
  const kept = mantissa.slice(0, digits);
  const sign = exact.charCodeAt(0) === 45 ? "-" : "";
  return `${sign}${kept[0]}${digits > 1 ? `.${kept.slice(1)}` : ""}${exact.slice(at)}`;
}

/**
 * Significant digits in JS's text of a finite number (`String(v)` or `toExponential()`):
 * from the first nonzero digit to the last (an integer's trailing zeros are no digits of it).
 */
function shortestDigits(s: string): number {
  let n = 0;
  let pending = 0; // zeros seen since the last nonzero digit
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 101) break; // "e"
    if (c < 48 || c > 57) continue;
    if (c === 48) {
      if (n > 0) pending++;
      continue;
    }
    n += pending + 1;
    pending = 0;
  }
  return n;
}

/**
 * `%.17g` of a double in fixed range (1e-4 <= |v| < 1e17) given its shortest text `s` (fixed
 * form), when no tie is possible: toFixed with 16 - X decimals, trailing zeros cut. X, read
 * from `s`, is also the exponent of the 17-digit rounding (a carry into the next power of
 * ten would make that power the shortest text).
 */
function fixed17(v: number, s: string, a: number): string {
  let x: number;
  if (a >= 1) {
    const dot = s.indexOf(".");
    x = (dot < 0 ? s.length : dot) - (v < 0 ? 2 : 1);
  } else {
    let i = s.indexOf(".") + 1;
    while (s.charCodeAt(i) === 48) i++;
    x = s.indexOf(".") - i;
  }
  const t = v.toFixed(16 - x);
  if (x === 16) return t; // no fraction: the zeros are digits
  let end = t.length;
  while (t.charCodeAt(end - 1) === 48) end--;
  if (t.charCodeAt(end - 1) === 46) end--; // "."
  return end === t.length ? t : t.slice(0, end);
}

/** A double as protoc prints it. */
export function doubleText(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Number.POSITIVE_INFINITY) return "inf";
  if (v === Number.NEGATIVE_INFINITY) return "-inf";
  if (v === 0) return 1 / v < 0 ? "-0" : "0";
  const a = v < 0 ? -v : v;
  if (a >= MIN_NORMAL) {
    // JS's shortest round-trip digits: when there are at most 15 of them, they are also the
    // 15-digit rounding (half an ulp of a normal double is below half a unit in the 15th
    // digit); when there are 17, they are the 17-digit rounding (the closest 17 digits always
    // read back), unless the exact value lies halfway between two (mayTie).
    const s = String(v);
    // With a fraction and no exponent, every character but the point and sign is a digit.
    const n =
      a >= 1 && a < 1e21 && s.indexOf(".") > 0 ? s.length - (v < 0 ? 2 : 1) : shortestDigits(s);
    if (n <= 15) {
      if (a >= 1e-4 && a < 1e15) return s;
      return gFromExponential(v.toExponential(), 15);
    }
    const tie = mayTie(v, 17);
    if (n === 17 && !tie) {
      if (a >= 1e-4 && a < 1e17) return s;
      return gFromExponential(v.toExponential(), 17);
    }
    if (!tie && a >= 1e-4 && a < 1e17) return fixed17(v, s, a);
    return gFromExponential(exponential(v, 17), 17);
  }
  const e15 = exponential(v, 15);
  if (Number(e15) === v) return gFromExponential(e15, 15);
  return gFromExponential(exponential(v, 17), 17);
}

/** A float (the value rounded to float32 first, as protoc stores it) as protoc prints it. */
export function floatText(value: number): string {
  const v = Math.fround(value);
  if (Number.isNaN(v)) return "nan";
  if (v === Number.POSITIVE_INFINITY) return "inf";
  if (v === Number.NEGATIVE_INFINITY) return "-inf";
  if (v === 0) return 1 / v < 0 ? "-0" : "0";
  if (Number.isInteger(v) && v < 1e6 && v > -1e6) return String(v);
  const e6 = exponential(v, 6);
  // protoc's read-back check refuses subnormal floats, so they always take 9 digits.
  const subnormal = v < MIN_NORMAL_FLOAT && v > -MIN_NORMAL_FLOAT;
  if (!subnormal && Math.fround(Number(e6)) === v) return gFromExponential(e6, 6);
  return gFromExponential(exponential(v, 9), 9);
}
