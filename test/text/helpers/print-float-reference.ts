/**
 * A slow, exact model of C's `%.<P>g` and of protoc's SimpleDtoa / SimpleFtoa, for checking
 * the printer's fast float formatting: the double's exact binary value is expanded with
 * BigInt arithmetic, rounded to P significant digits half to even (as glibc's printf rounds),
 * and laid out by the `%g` rules. Independent of src/text/print/float-text.ts by design.
 */

/** The exact value of finite nonzero `v` as a digit string and decimal exponent (d.ddd × 10^x). */
function exactDecimal(v: number): { digits: string; x: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(v));
  const bits = view.getBigUint64(0);
  const e = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const m = e === 0 ? frac : frac | (1n << 52n);
  const exp = (e === 0 ? 1 : e) - 1075; // v = m * 2^exp
  let num: bigint;
  let scale: number; // v = num * 10^-scale
  if (exp >= 0) {
    num = m << BigInt(exp);
    scale = 0;
  } else {
    num = m * 5n ** BigInt(-exp);
    scale = -exp;
  }
  const digits = num.toString();
  return { digits, x: digits.length - 1 - scale };
}

/** `%.<p>g` of `v`, as glibc prints it. */
export function printfG(v: number, p: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const sign = v < 0 ? "-" : "";
  const { digits, x: x0 } = exactDecimal(v);
  let x = x0;
  let kept = BigInt(digits.slice(0, p).padEnd(p, "0"));
  const rest = digits.slice(p);
  if (rest.length > 0) {
    const first = rest.charCodeAt(0) - 48;
    const beyond = /[1-9]/.test(rest.slice(1));
    const up = first > 5 || (first === 5 && (beyond || kept % 2n === 1n));
    if (up) kept += 1n;
    if (kept.toString().length > p) {
      kept /= 10n;
      x += 1;
    }
  }
  let ds = kept.toString().replace(/0+$/, "");
  if (ds === "") ds = "0";
  if (x < -4 || x >= p) {
    const mant = ds.length > 1 ? `${ds[0]}.${ds.slice(1)}` : ds;
    const ax = Math.abs(x);
    return `${sign}${mant}e${x < 0 ? "-" : "+"}${ax < 10 ? "0" : ""}${ax}`;
  }
  if (x < 0) return `${sign}0.${"0".repeat(-x - 1)}${ds}`;
  if (ds.length <= x + 1) return sign + ds + "0".repeat(x + 1 - ds.length);
  return `${sign}${ds.slice(0, x + 1)}.${ds.slice(x + 1)}`;
}

/** protoc's double text: %.15g, or %.17g when that does not read back. */
export function referenceDouble(v: number): string {
  if (Number.isNaN(v)) return "nan";
  const short = printfG(v, 15);
  return Number(short) === v ? short : printfG(v, 17);
}

/** Smallest positive normal float32. */
const MIN_NORMAL_FLOAT = 2 ** -126;

/**
 * protoc's float text: %.6g, or %.9g when that does not read back as the same float (a
 * subnormal float never does: protoc's read-back check refuses them, as its output shows).
 */
export function referenceFloat(value: number): string {
  const v = Math.fround(value);
  if (Number.isNaN(v)) return "nan";
  const short = printfG(v, 6);
  const subnormal = v !== 0 && Math.abs(v) < MIN_NORMAL_FLOAT;
  return !subnormal && Math.fround(Number(short)) === v ? short : printfG(v, 9);
}
