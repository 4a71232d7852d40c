/**
 * Fixed-width little-endian values: fixed32/sfixed32/float take 4 bytes,
 * fixed64/sfixed64/double take 8. Floats go through a DataView scratch so the byte order
 * does not depend on the platform and NaN, ±Infinity, -0 and subnormals keep their bits.
 */
import { PLATFORM_LITTLE_ENDIAN } from "./endian.js";
import { DecodeError, EncodeError } from "./errors.js";
import { type Int64Input, parts, partsToInt64, partsToUint64, toParts } from "./int64.js";

const scratch = new DataView(new ArrayBuffer(8));

/**
 * Float reads copy the bytes into these scratch arrays and read the float back: cheaper than a
 * DataView over the input, which would have to be made once per input buffer. The byte order
 * of typed arrays is the platform's, so big-endian platforms copy the bytes reversed.
 */
const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);
const f32 = new Float32Array(1);
const f32Bytes = new Uint8Array(f32.buffer);

/** Writes uint32 `v` little-endian without bounds checks. */
export function putFixed32(buf: Uint8Array, pos: number, v: number): number {
  buf[pos] = v & 0xff;
  buf[pos + 1] = (v >>> 8) & 0xff;
  buf[pos + 2] = (v >>> 16) & 0xff;
  buf[pos + 3] = v >>> 24;
  return pos + 4;
}

/** Reads a little-endian uint32 without bounds checks. */
export function getFixed32(buf: Uint8Array, pos: number): number {
  return (buf[pos]! | (buf[pos + 1]! << 8) | (buf[pos + 2]! << 16) | (buf[pos + 3]! << 24)) >>> 0;
}

/** Writes `v` rounded to float32 (as Math.fround does) without bounds checks. */
export function putFloat(buf: Uint8Array, pos: number, v: number): number {
  scratch.setFloat32(0, v, true);
  return putFixed32(buf, pos, scratch.getUint32(0, true));
}

/**
 * Reads a little-endian float32 without bounds checks. The byte order is settled once, when the
 * module loads: a function with both orders in it was twice the bytecode, and V8 inlines small
 * readers into a large decode function only while its budget lasts.
 */
export const getFloat: (buf: Uint8Array, pos: number) => number = PLATFORM_LITTLE_ENDIAN
  ? (buf, pos) => {
      const b = f32Bytes;
      b[0] = buf[pos]!;
      b[1] = buf[pos + 1]!;
      b[2] = buf[pos + 2]!;
      b[3] = buf[pos + 3]!;
      return f32[0]!;
    }
  : (buf, pos) => {
      const b = f32Bytes;
      b[3] = buf[pos]!;
      b[2] = buf[pos + 1]!;
      b[1] = buf[pos + 2]!;
      b[0] = buf[pos + 3]!;
      return f32[0]!;
    };

/** Writes a float64 without bounds checks. */
export function putDouble(buf: Uint8Array, pos: number, v: number): number {
  scratch.setFloat64(0, v, true);
  putFixed32(buf, pos, scratch.getUint32(0, true));
  return putFixed32(buf, pos + 4, scratch.getUint32(4, true));
}

/** Reads a little-endian float64 without bounds checks (byte order settled as for getFloat). */
export const getDouble: (buf: Uint8Array, pos: number) => number = PLATFORM_LITTLE_ENDIAN
  ? (buf, pos) => {
      const b = f64Bytes;
      b[0] = buf[pos]!;
      b[1] = buf[pos + 1]!;
      b[2] = buf[pos + 2]!;
      b[3] = buf[pos + 3]!;
      b[4] = buf[pos + 4]!;
      b[5] = buf[pos + 5]!;
      b[6] = buf[pos + 6]!;
      b[7] = buf[pos + 7]!;
      return f64[0]!;
    }
  : (buf, pos) => {
      const b = f64Bytes;
      b[7] = buf[pos]!;
      b[6] = buf[pos + 1]!;
      b[5] = buf[pos + 2]!;
      b[4] = buf[pos + 3]!;
      b[3] = buf[pos + 4]!;
      b[2] = buf[pos + 5]!;
      b[1] = buf[pos + 6]!;
      b[0] = buf[pos + 7]!;
      return f64[0]!;
    };

function checkRoom(buf: Uint8Array, pos: number, n: number): void {
  if (!(pos >= 0 && pos + n <= buf.length)) {
    throw new EncodeError("BUFFER_TOO_SMALL", `${n} bytes do not fit at ${pos} in ${buf.length}`);
  }
}

function checkAvailable(buf: Uint8Array, pos: number, n: number): void {
  if (!(pos >= 0 && pos + n <= buf.length)) {
    throw new DecodeError("TRUNCATED", `need ${n} bytes, buffer ends first`, pos);
  }
}

/** fixed32 (v modulo 2^32). Returns the new position. */
export function encodeFixed32(buf: Uint8Array, pos: number, v: number): number {
  checkRoom(buf, pos, 4);
  return putFixed32(buf, pos, v >>> 0);
}

/** fixed32 as uint32. Returns [value, newPos]. */
export function decodeFixed32(buf: Uint8Array, pos: number): [number, number] {
  checkAvailable(buf, pos, 4);
  return [getFixed32(buf, pos), pos + 4];
}

/** sfixed32 as int32. Returns [value, newPos]. */
export function decodeSfixed32(buf: Uint8Array, pos: number): [number, number] {
  checkAvailable(buf, pos, 4);
  return [getFixed32(buf, pos) | 0, pos + 4];
}

/** fixed64 / sfixed64: any accepted 64-bit input, two's complement. Returns the new position. */
export function encodeFixed64(buf: Uint8Array, pos: number, v: Int64Input): number {
  const signed = typeof v === "bigint" ? v < 0n : typeof v === "number" ? v < 0 : v.startsWith("-");
  toParts(v, signed);
  checkRoom(buf, pos, 8);
  putFixed32(buf, pos, parts.lo);
  return putFixed32(buf, pos + 4, parts.hi);
}

/** fixed64 as uint64. Returns [value, newPos]. */
export function decodeFixed64(buf: Uint8Array, pos: number): [bigint, number] {
  checkAvailable(buf, pos, 8);
  return [partsToUint64(getFixed32(buf, pos), getFixed32(buf, pos + 4)), pos + 8];
}

/** sfixed64 as int64. Returns [value, newPos]. */
export function decodeSfixed64(buf: Uint8Array, pos: number): [bigint, number] {
  checkAvailable(buf, pos, 8);
  return [partsToInt64(getFixed32(buf, pos), getFixed32(buf, pos + 4)), pos + 8];
}

/** float. Returns the new position. */
export function encodeFloat(buf: Uint8Array, pos: number, v: number): number {
  checkRoom(buf, pos, 4);
  return putFloat(buf, pos, v);
}

/** float. Returns [value, newPos]. */
export function decodeFloat(buf: Uint8Array, pos: number): [number, number] {
  checkAvailable(buf, pos, 4);
  return [getFloat(buf, pos), pos + 4];
}

/** double. Returns the new position. */
export function encodeDouble(buf: Uint8Array, pos: number, v: number): number {
  checkRoom(buf, pos, 8);
  return putDouble(buf, pos, v);
}

/** double. Returns [value, newPos]. */
export function decodeDouble(buf: Uint8Array, pos: number): [number, number] {
  checkAvailable(buf, pos, 8);
  return [getDouble(buf, pos), pos + 8];
}
