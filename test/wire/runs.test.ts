// The packed-run fast paths (Reader.varint32Run / doubleRun / floatRun, Writer.varint32Run /
// doubleRun / floatRun) must behave exactly like the value-by-value loops they replace: same
// bytes, same values, same final position, same error code and offset on malformed input.
// Golden bytes for packed fields come from protoc in golden.test.ts; here the per-value
// methods (themselves checked against protoc there) are the reference.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecodeError, Reader, Writer } from "../../src/wire/index.js";
import { hex } from "./hex.js";

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const uint32 = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const small = fc.integer({ min: -300, max: 300 });
const anyDouble = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, -0, 0, Number.MIN_VALUE, Number.NEGATIVE_INFINITY),
);
const kinds = [0, 1, 2] as const;
const one = ["int32", "uint32", "sint32"] as const;

/** The outcome of reading a run: values and final position, or the error's code and offset. */
function outcome(read: (r: Reader, out: number[]) => void, bytes: Uint8Array, end: number) {
  const r = new Reader(bytes);
  const out: number[] = [];
  try {
    read(r, out);
    return { out, pos: r.pos };
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return { code: e.code, offset: e.offset, out, end };
  }
}

describe("packed runs", () => {
  it("Writer.varint32Run writes what int32/uint32/sint32 write one by one", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(int32, uint32, small)), fc.constantFrom(...kinds), (vs, k) => {
        const slow = new Writer(16);
        for (const v of vs) slow[one[k]](v);
        const fast = new Writer(16).varint32Run(vs, k);
        expect(hex(fast.finish())).toBe(hex(slow.finish()));
      }),
    );
  });

  it("Writer.doubleRun / floatRun write what double/float write one by one", () => {
    fc.assert(
      fc.property(fc.array(anyDouble), (vs) => {
        const slow = new Writer(16);
        for (const v of vs) slow.double(v);
        expect(hex(new Writer(16).doubleRun(vs).finish())).toBe(hex(slow.finish()));
        const slowF = new Writer(16);
        for (const v of vs) slowF.float(v);
        expect(hex(new Writer(16).floatRun(vs).finish())).toBe(hex(slowF.finish()));
      }),
    );
  });

  it("Reader runs read what the per-value loop reads, errors included", () => {
    // Arbitrary bytes (truncated varints, overlong ones, partial doubles) with a run end that
    // may fall inside, at or beyond the input.
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 60 }),
        fc.nat(70),
        fc.constantFrom(...kinds),
        (b, e, k) => {
          const end = Math.min(e, b.length);
          const loop =
            (method: "int32" | "uint32" | "sint32" | "double" | "float") =>
            (r: Reader, out: number[]) => {
              while (r.pos < end) out.push(r[method]());
            };
          expect(outcome((r, out) => r.varint32Run(out, end, k), b, end)).toEqual(
            outcome(loop(one[k]), b, end),
          );
          expect(outcome((r, out) => r.doubleRun(out, end), b, end)).toEqual(
            outcome(loop("double"), b, end),
          );
          expect(outcome((r, out) => r.floatRun(out, end), b, end)).toEqual(
            outcome(loop("float"), b, end),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("Reader.varint32Run round-trips Writer.varint32Run", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(int32, small)),
        fc.constantFrom(0, 2) as fc.Arbitrary<0 | 2>,
        (vs, k) => {
          const bytes = new Writer().varint32Run(vs, k).finish();
          const out: number[] = [];
          const r = new Reader(bytes);
          r.varint32Run(out, bytes.length, k);
          expect(out).toEqual(vs.map((v) => v | 0));
          expect(r.pos).toBe(bytes.length);
        },
      ),
    );
  });
});
