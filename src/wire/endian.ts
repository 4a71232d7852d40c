/**
 * Whether typed arrays on this platform store numbers little-endian (the wire's byte order).
 * Code that views one buffer through two typed-array types (bytes and floats, bytes and
 * UTF-16 units, a 64-bit scratch and its uint32 halves) depends on it.
 */
export const PLATFORM_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
