/**
 * Protoscope's numeric tokens, read and written: integers (`456`, `-0xffFF`, suffixes `z`,
 * `i32`, `i64`) and floats (`1.0`, `9.423e-2`, `-0x1.ffp52`, suffixes `i32`, `i64`). The
 * dump writes floats only in forms this reader gives back bit for bit.
 */

export type IntSuffix = "" | "z" | "i32" | "i64";

const INT = /^(-?)(0x[0-9a-fA-F]+|[0-9]+)(z|i32|i64)?$/;
const DEC_FLOAT = /^(-?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?)(i32|i64)?$/;
const HEX_FLOAT = /^(-?)0x([0-9a-fA-F]+)\.([0-9a-fA-F]+)(?:[pP]([+-]?[0-9]+))?(i32|i64)?$/;

/** An integer token, or undefined when `text` is not one. */
export function readInt(text: string): { value: bigint; suffix: IntSuffix } | undefined {
  const m = INT.exec(text);
  if (m === null) return undefined;
  const magnitude = BigInt(m[2]!);
  return { value: m[1] === "-" ? -magnitude : magnitude, suffix: (m[3] ?? "") as IntSuffix };
}

/** A float token (value as a double, before any rounding to 32 bits), or undefined. */
export function readFloat(text: string): { value: number; suffix: "" | "i32" | "i64" } | undefined {
  const d = DEC_FLOAT.exec(text);
  if (d !== null) return { value: Number(d[1]!), suffix: (d[2] ?? "") as "" | "i32" | "i64" };
  const h = HEX_FLOAT.exec(text);
  if (h === null) return undefined;
  const digits = h[2]! + h[3]!;
  const exp = Number(h[4] ?? "0") - 4 * h[3]!.length;
  let value = scaleByPowerOfTwo(Number(BigInt(`0x${digits}`)), exp);
  if (h[1] === "-") value = -value;
  return { value, suffix: (h[5] ?? "") as "" | "i32" | "i64" };
}

/**
 * The float32 nearest to float token `text` (whose double is `d`), as a direct decimal to
 * binary32 conversion gives it. Rounding to double and then to float32 errs only when the
 * double lands exactly halfway between two float32s: then the exact decimal decides.
 */
export function float32Of(text: string, d: number): number {
  const f = Math.fround(d);
  if (f === d || !Number.isFinite(d)) return f;
  const other = neighbour(f, d);
  if (Math.abs(d - f) !== Math.abs(d - other)) return f;
  const m = /^-?([0-9]+)\.([0-9]+)(?:[eE]([+-]?[0-9]+))?/.exec(text);
  if (m === null) return f; // hex floats: exact in a double
  const cmp = compareDecimal(
    BigInt(m[1]! + m[2]!),
    Number(m[3] ?? "0") - m[2]!.length,
    Math.abs(d),
  );
  if (cmp === 0) return f;
  const away = Math.abs(f) > Math.abs(other) ? f : other;
  const toward = away === f ? other : f;
  return cmp > 0 ? away : toward;
}

/** The float32 next to `f` on the side of `d`. */
function neighbour(f: number, d: number): number {
  view.setFloat32(0, f, true);
  const bits = view.getUint32(0, true);
  const up = Math.abs(d) > Math.abs(f);
  view.setUint32(0, up ? bits + 1 : bits - 1, true);
  return view.getFloat32(0, true);
}

/** Sign of `digits * 10^exp10 - d` for a positive finite double `d`, exactly. */
function compareDecimal(digits: bigint, exp10: number, d: number): number {
  view.setFloat64(0, d, true);
  const hi = view.getUint32(4, true);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(0, true));
  if (biased !== 0) mant |= 1n << 52n;
  const exp2 = (biased === 0 ? 1 : biased) - 1075;
  let lhs = digits;
  let rhs = mant;
  if (exp10 >= 0) lhs *= 10n ** BigInt(exp10);
  else rhs *= 10n ** BigInt(-exp10);
  if (exp2 >= 0) rhs <<= BigInt(exp2);
  else lhs <<= BigInt(-exp2);
  return lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
}

/** `x * 2^exp`, in steps so that no intermediate power of two overflows. */
function scaleByPowerOfTwo(x: number, exp: number): number {
  while (exp > 1000 && x !== 0 && Number.isFinite(x)) {
    x *= 2 ** 1000;
    exp -= 1000;
  }
  while (exp < -1000 && x !== 0) {
    x *= 2 ** -1000;
    exp += 1000;
  }
  return x * 2 ** exp;
}

/** The float token of a double that reads back to the same bits, or undefined if none. */
export function doubleToken(x: number): string | undefined {
  if (Number.isNaN(x)) return undefined;
  if (x === Number.POSITIVE_INFINITY) return "inf64";
  if (x === Number.NEGATIVE_INFINITY) return "-inf64";
  const s = Object.is(x, -0) ? "-0.0" : spec(String(x));
  return sameBits64(readFloat(s)?.value, x) ? s : undefined;
}

/** The `i32` float token of a float32 value that reads back to the same bits, or undefined. */
export function floatToken(x: number): string | undefined {
  if (Number.isNaN(x)) return undefined;
  if (x === Number.POSITIVE_INFINITY) return "inf32";
  if (x === Number.NEGATIVE_INFINITY) return "-inf32";
  let s = "-0.0";
  if (!Object.is(x, -0)) {
    for (let p = 1; p <= 9; p++) {
      s = spec(String(Number(x.toPrecision(p))));
      if (Math.fround(Number(x.toPrecision(p))) === x) break;
    }
  }
  const back = readFloat(s);
  return back !== undefined && sameBits32(float32Of(s, back.value), x) ? `${s}i32` : undefined;
}

/** JS's number text in the spec's float syntax: a point always, no `+` in the exponent. */
function spec(s: string): string {
  const e = s.indexOf("e");
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exponent = e < 0 ? "" : `e${s.slice(e + 1).replace("+", "")}`;
  return `${mantissa.includes(".") ? mantissa : `${mantissa}.0`}${exponent}`;
}

const view = new DataView(new ArrayBuffer(8));

function sameBits64(a: number | undefined, b: number): boolean {
  if (a === undefined) return false;
  view.setFloat64(0, a, true);
  const lo = view.getUint32(0, true);
  const hi = view.getUint32(4, true);
  view.setFloat64(0, b, true);
  return lo === view.getUint32(0, true) && hi === view.getUint32(4, true);
}

function sameBits32(a: number, b: number): boolean {
  view.setFloat32(0, a, true);
  const x = view.getUint32(0, true);
  view.setFloat32(0, b, true);
  return x === view.getUint32(0, true);
}
