/**
 * ZigZag maps signed to unsigned so small magnitudes get short varints:
 * 0 -> 0, -1 -> 1, 1 -> 2, -2 -> 3, ... (sint32 / sint64).
 */

/** int32 -> uint32. */
export function zigzagEncode32(n: number): number {
  return ((n << 1) ^ (n >> 31)) >>> 0;
}

/** uint32 -> int32. */
export function zigzagDecode32(n: number): number {
  return ((n >>> 1) ^ -(n & 1)) | 0;
}

/** int64 -> uint64. */
export function zigzagEncode64(n: bigint): bigint {
  const v = BigInt.asIntN(64, n);
  return BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
}

/** uint64 -> int64. */
export function zigzagDecode64(n: bigint): bigint {
  const u = BigInt.asUintN(64, n);
  return BigInt.asIntN(64, (u >> 1n) ^ -(u & 1n));
}
