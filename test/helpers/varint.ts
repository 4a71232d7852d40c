/**
 * The base-128 varint of a non-negative integer below 2^53, as bytes to spread into a
 * hand-built message (protobuf encoding spec). Written from the spec rather than taken from
 * the wire layer, so that test inputs do not depend on the encoder of the library under test.
 */
export function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}
