// Dumps take work linear in the input, counted rather than timed: the scanner's counter of
// bytes stepped over (tags, varints, lengths, text checks, packed values) and the size of the
// dump, on inputs built to make a naive disassembler quadratic: messages nested far past the
// recursion limit, thousands of groups never closed, groups closed far away, long runs of
// length prefixes whose contents are almost messages, and large random bytes. Doubling the
// input must at most (about) double both.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleProtoscope, dumpProtoscope } from "../../src/text/protoscope/index.js";
import { scanWork } from "../../src/text/protoscope/scan.js";

function measure(bytes: Uint8Array): { work: number; size: number } {
  scanWork.bytes = 0;
  const text = dumpProtoscope(bytes);
  return { work: scanWork.bytes, size: text.length };
}

const SHAPES: Record<string, (n: number) => Uint8Array> = {
  "nested messages": (n) => assembleProtoscope(`${"1: {".repeat(n)}2: 3${"}".repeat(n)}`),
  "nested messages, garbage at the bottom": (n) =>
    assembleProtoscope(`${"1: {".repeat(n)}\`ff\`${"}".repeat(n)}`),
  "groups never closed": (n) => new Uint8Array(n).fill(0x0b),
  "groups closed at the far end": (n) =>
    Uint8Array.from([...new Uint8Array(n).fill(0x0b), ...new Uint8Array(n).fill(0x0c)]),
  "length prefixes of unclosed groups": (n) =>
    assembleProtoscope(`${"1: {`0b0b0b0b0b0b0b0b`}".repeat(n)}`),
  "nested text-like messages": (n) =>
    assembleProtoscope(`${'1: {"abc" '.repeat(n)}${"}".repeat(n)}`),
  "random bytes": (n) =>
    fc.sample(fc.uint8Array({ minLength: n * 8, maxLength: n * 8 }), { numRuns: 1, seed: 7 })[0]!,
};

describe("dump work is linear", () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(name, () => {
      const small = make(2000);
      const big = make(4000);
      const a = measure(small);
      const b = measure(big);
      expect(a.work).toBeGreaterThan(0);
      expect(b.work / big.length).toBeLessThan(8);
      expect(b.work).toBeLessThan(2.2 * a.work * (big.length / small.length / 2));
      expect(b.size / big.length).toBeLessThan(300);
      expect(b.size).toBeLessThan(2.2 * a.size * (big.length / small.length / 2));
    });
  }
});
