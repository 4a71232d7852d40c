/**
 * Varints as protoscope sees them: any encoding of a 64-bit value, minimal or not. A read
 * reports how many bytes the encoding has beyond the minimal one (protoscope's `long-form:N`),
 * so that a dump can write it back byte for byte; a write adds them.
 */
import { sizeVarint64, sizeVarint64Parts } from "../../wire/varint.js";

/** A varint's value: a number below 2^53, a bigint (uint64) above. */
export type VarintValue = number | bigint;

/** A varint read from the input: its value and its size. */
export interface ScannedVarint {
  value: VarintValue;
  /** Offset after the varint. */
  next: number;
  /** Bytes beyond the minimal encoding of `value` (0 for a minimal varint). */
  extra: number;
}

/**
 * The varint at `pos`, or undefined when it is not one: it runs past `end`, is longer than
 * 10 bytes, or has bits beyond 64. Numbers up to 7 bytes (49 bits), bigints beyond.
 */
export function scanVarint(buf: Uint8Array, pos: number, end: number): ScannedVarint | undefined {
  const b0 = pos < end ? buf[pos]! : 0x80;
  if (b0 < 0x80) return { value: b0, next: pos + 1, extra: 0 };
  let small = 0;
  let i = pos;
  while (i < end && i - pos < 7) {
    const b = buf[i]!;
    small += (b & 0x7f) * 2 ** (7 * (i - pos));
    i++;
    if (b < 0x80) return { value: small, next: i, extra: i - pos - sizeOf(small) };
  }
  if (i - pos < 7) return undefined;
  let value = BigInt(small);
  while (i < end && i - pos < 10) {
    const b = buf[i]!;
    if (i - pos === 9 && b > 1) return undefined;
    value |= BigInt(b & 0x7f) << BigInt(7 * (i - pos));
    i++;
    if (b < 0x80) {
      const v: VarintValue = value < 2n ** 53n ? Number(value) : value;
      return { value: v, next: i, extra: i - pos - sizeOf(v) };
    }
  }
  return undefined;
}

/** Bytes of the minimal varint of `v` (a uint64). */
export function sizeOf(v: VarintValue): number {
  if (typeof v === "bigint") return sizeVarint64(v);
  return sizeVarint64Parts(v % 2 ** 32, Math.floor(v / 2 ** 32));
}

/** Appends the varint of `v` (taken as uint64) with `extra` redundant bytes to `out`. */
export function pushVarint(out: number[], v: bigint, extra = 0): void {
  v = BigInt.asUintN(64, v);
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  if (extra === 0) {
    out.push(Number(v));
    return;
  }
  out.push(Number(v) | 0x80);
  for (let k = 1; k < extra; k++) out.push(0x80);
  out.push(0);
}

/**
 * Zigzag encoding as protoscope's assembler applies it, also to whole tags: of the value as
 * given (a tag above 2^63 stays positive), where the wire layer's zigzagEncode64 reads it as
 * an int64 first.
 */
export function zigzag(v: bigint): bigint {
  return BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
}
