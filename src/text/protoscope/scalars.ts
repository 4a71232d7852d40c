/**
 * Varint and fixed-width values as dump tokens, by the field's type when the schema gives one
 * (protoscope's disassembler rules): `true`/`false`, `42z` for sint, unsigned or signed
 * decimals, `1.5` / `1.5i32` floats that read back bit for bit, `inf64`, and fixed-width
 * integers (`-23i64`, NaNs as `0x7fc00000i32`) otherwise.
 */
import type { FieldInfo } from "../../codec/info.js";
import { zigzagDecode64 } from "../../wire/zigzag.js";
import { doubleToken, floatToken } from "./numbers.js";
import type { VarintValue } from "./varint.js";

/** The token(s) of a varint with `extra` redundant bytes, for field `f` (or none). */
export function varintToken(v: VarintValue, extra: number, f: FieldInfo | undefined): string {
  const lf = extra > 0 ? `long-form:${extra} ` : "";
  const type = f?.type;
  if (type === 8 && extra === 0 && v <= 1) return v === 1 ? "true" : "false";
  if (typeof v === "number") {
    // Below 2^53: the same digits as uint64 and int64; zigzag is exact too.
    if (type === 17 || type === 18) return `${lf}${v % 2 === 0 ? v / 2 : -(v + 1) / 2}z`;
    return lf === "" ? String(v) : `${lf}${v}`;
  }
  if (type === 17 || type === 18) return `${lf}${zigzagDecode64(v)}z`;
  if (type === 4 || type === 13) return `${lf}${v}`;
  return `${lf}${BigInt.asIntN(64, v)}`;
}

const view = new DataView(new ArrayBuffer(8));

/** The token of the 4 or 8 bytes at `pos`, for field `f` (or none). */
export function fixedToken(
  buf: Uint8Array,
  pos: number,
  size: 4 | 8,
  f: FieldInfo | undefined,
): string {
  for (let k = 0; k < size; k++) view.setUint8(k, buf[pos + k]!);
  const unsigned = size === 4 ? BigInt(view.getUint32(0, true)) : view.getBigUint64(0, true);
  const bits = size * 8;
  const suffix = size === 4 ? "i32" : "i64";
  const type = f?.type;
  if (type === 6 || type === 7) return `${unsigned}${suffix}`;
  const signed = `${BigInt.asIntN(bits, unsigned)}${suffix}`;
  if (type === 15 || type === 16) return signed;
  const x = size === 4 ? view.getFloat32(0, true) : view.getFloat64(0, true);
  const isFloat = type === 1 || type === 2;
  if (Number.isNaN(x)) {
    // Small negative integers are NaN patterns too: shown as integers unless typed as floats.
    const small = BigInt.asIntN(bits, unsigned);
    if (!isFloat && small > -(1n << 31n) && small < 0n) return signed;
    return `0x${unsigned.toString(16).padStart(size * 2, "0")}${suffix}`;
  }
  if (!isFloat && !plausibleFloat(unsigned, size)) return signed;
  return (size === 4 ? floatToken(x) : doubleToken(x)) ?? signed;
}

/**
 * Schema-free: a float is shown as one when it is zero, infinite or of moderate magnitude
 * (biased exponent within 30 of the middle for float32, 60 for double); bit patterns of tiny or
 * huge magnitude are more likely integers.
 */
function plausibleFloat(u: bigint, size: 4 | 8): boolean {
  const expBits = size === 4 ? 8 : 11;
  const mantBits = size === 4 ? 23 : 52;
  const exp = Number((u >> BigInt(mantBits)) & ((1n << BigInt(expBits)) - 1n));
  const max = (1 << expBits) - 1;
  const bias = (max >> 1) as number;
  if (exp === max) return true;
  if (exp === 0) return (u & ((1n << BigInt(mantBits)) - 1n)) === 0n;
  return Math.abs(exp - bias) <= (size === 4 ? 30 : 60);
}
