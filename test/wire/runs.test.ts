// The packed-run fast paths (Reader.varint32Run / varint64Run / doubleRun / floatRun,
// Writer.checkedVarint32Run / varint64Run / checkedFloatingRun) must behave exactly like the
// value-by-value loops they replace: same bytes, same values, same final position, same error
// code and offset on malformed input. The checked Writer runs stop, writing nothing, at the
// first invalid value.
// Golden bytes for packed fields come from protoc in golden.test.ts; here the per-value
// methods (themselves checked against protoc there) are the reference.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FastReader as Reader } from "../../src/wire/fast-reader.js";
import { FastWriter as Writer } from "../../src/wire/fast-writer.js";
import { DecodeError, decodeVarint64 } from "../../src/wire/index.js";
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

function outcome64(read: (r: Reader, out: bigint[]) => void, bytes: Uint8Array) {
  const r = new Reader(bytes);
  const out: bigint[] = [];
  try {
    read(r, out);
    return { out, pos: r.pos };
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return { code: e.code, offset: e.offset, out };
  }
}

/** The payload of a packed run of valid 32-bit values, written by one checked run. */
function packedVarint32(vs: readonly number[], kind: 0 | 1 | 2): Uint8Array {
  const w = new Writer();
  expect(w.checkedVarint32Run(vs, kind)).toBe(-1);
  return w.finish();
}

describe("packed runs", () => {
  it("Writer.varint64Run writes what int64/uint64/sint64 write one by one", () => {
    const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    const uint64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
    const edges = fc.constantFrom(
      0n,
      -1n,
      2n ** 53n - 1n,
      2n ** 53n + 1n,
      -(2n ** 63n),
      2n ** 63n - 1n,
    );
    const methods = ["int64", "uint64", "sint64"] as const;
    fc.assert(
      fc.property(fc.array(fc.oneof(int64, edges, small)), fc.array(uint64), (signed, unsigned) => {
        for (const k of kinds) {
          const vs = k === 1 ? unsigned : signed;
          const slow = new Writer(16);
          for (const v of vs) slow[methods[k]](v);
          expect(hex(new Writer(16).varint64Run(vs, k).finish())).toBe(hex(slow.finish()));
        }
      }),
    );
    // Against the spec's definition in bigint arithmetic (two's complement mod 2^64, ZigZag
    // (n << 1) ^ (n >> 63), 7 bits a byte), for bigint, number and decimal-string inputs.
    const reference = (v: bigint, k: 0 | 1 | 2): string => {
      let u = k === 2 ? BigInt.asUintN(64, (v << 1n) ^ (v >> 63n)) : BigInt.asUintN(64, v);
      let out = "";
      while (u > 0x7fn) {
        out += ((Number(u & 0x7fn) | 0x80) + 0x100).toString(16).slice(1);
        u >>= 7n;
      }
      return out + (Number(u) + 0x100).toString(16).slice(1);
    };
    const asInput = fc.constantFrom("bigint", "number", "string");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(int64, edges, small.map(BigInt)), asInput)),
        fc.constantFrom(0 as const, 2 as const),
        (pairs, k) => {
          const vs = pairs.map(([v, as]) =>
            as === "string"
              ? String(v)
              : as === "number" && v >= -(2n ** 53n) && v < 2n ** 53n
                ? Number(v)
                : v,
          );
          const want = pairs.map(([v]) => reference(v, k)).join("");
          expect(hex(new Writer(16).varint64Run(vs, k).finish())).toBe(want);
        },
      ),
    );
    // Out of range or of the wrong type: the same EncodeError as one by one, also mid-run.
    expect(() => new Writer().varint64Run([2n ** 63n], 0)).toThrow(/out of range for int64/);
    expect(() => new Writer().varint64Run([1n, -(2n ** 63n) - 1n], 2)).toThrow(
      /out of range for int64/,
    );
    expect(() => new Writer().varint64Run([-1n], 1)).toThrow(/out of range for uint64/);
    expect(() => new Writer().varint64Run([2n ** 64n], 1)).toThrow(/out of range for uint64/);
    expect(() => new Writer().varint64Run([1.5 as unknown as bigint], 0)).toThrow(
      /not a safe integer/,
    );
  });

  it("Writer.checkedVarint32Run writes what int32/uint32/sint32 write one by one, else stops at the first invalid value", () => {
    // Invalid for every kind: out of both ranges, fractions, NaN, other JS types.
    const invalid = fc.constantFrom<unknown>(
      2 ** 32,
      -(2 ** 31) - 1,
      1.5,
      Number.NaN,
      "7",
      7n,
      null,
      undefined,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.array(fc.nat(2 ** 31 - 1)),
        fc.option(fc.tuple(fc.nat(), invalid), { nil: undefined }),
        (k, seeds, bad) => {
          // Values valid for kind k (uint32 for 1, int32 otherwise).
          const vs: unknown[] = seeds.map((s) => (k === 1 ? s * 2 : s % 2 === 0 ? s : -s));
          const w = new Writer(16).uint32(1);
          if (bad === undefined) {
            expect(w.checkedVarint32Run(vs, k)).toBe(-1);
            const ref = new Writer(16).uint32(1);
            for (const v of vs as number[]) ref[one[k]](v);
            expect(hex(w.finish())).toBe(hex(ref.finish()));
          } else {
            const at = bad[0] % (vs.length + 1);
            vs.splice(at, 0, bad[1]);
            expect(w.checkedVarint32Run(vs, k)).toBe(at);
            expect(hex(w.finish())).toBe("01"); // nothing written
          }
        },
      ),
    );
  });

  it("Writer.checkedVarint32Run takes each kind's whole range", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(int32, small)), fc.array(uint32), (signed, unsigned) => {
        for (const [vs, k] of [
          [[...signed, -(2 ** 31), 2 ** 31 - 1], 0],
          [[...unsigned, 0, 2 ** 32 - 1], 1],
          [[...signed, -(2 ** 31), 2 ** 31 - 1], 2],
        ] as const) {
          const ref = new Writer(16);
          for (const v of vs) ref[one[k]](v);
          expect(hex(packedVarint32(vs, k))).toBe(hex(ref.finish()));
        }
      }),
    );
  });

  it("Writer.checkedFloatingRun writes what double/float write one by one, else stops at the first non-number", () => {
    fc.assert(
      fc.property(fc.array(anyDouble), fc.boolean(), fc.nat(), (vs, float, at) => {
        const w = new Writer(16);
        expect(w.checkedFloatingRun(vs, float)).toBe(-1);
        const ref = new Writer(16);
        for (const v of vs) float ? ref.float(v) : ref.double(v);
        expect(hex(w.finish())).toBe(hex(ref.finish()));
        const withBad: unknown[] = [...vs];
        const i = at % (vs.length + 1);
        withBad.splice(i, 0, "1");
        const w2 = new Writer(16).uint32(1);
        expect(w2.checkedFloatingRun(withBad, float)).toBe(i);
        expect(hex(w2.finish())).toBe("01");
      }),
    );
  });

  it("Reader runs read varints of every length from 1 to 10 bytes, and reject 11, in the unchecked middle and the checked tail", () => {
    // One varint of each length (the protobuf encoding spec's base-128 groups, written out by
    // hand), repeated so that runs have a middle and a tail, then an overlong one.
    const lengths = [
      "01",
      "ac02",
      "808001",
      "80808001",
      "8080808001",
      "808080808001",
      "80808080808001",
      "8080808080808001",
      "808080808080808001",
      "ffffffffffffffffff01",
    ];
    const valid = Buffer.from(lengths.join("").repeat(4), "hex");
    const overlong = Buffer.from("ffffffffffffffffffff01", "hex");
    for (const k of kinds) {
      const loop = (r: Reader, out: number[]) => {
        while (r.pos < r.buf.length) out.push(r[one[k]]());
      };
      const methods64 = ["int64", "uint64", "sint64"] as const;
      const loop64 = (r: Reader, out: bigint[]) => {
        while (r.pos < r.buf.length) out.push(r[methods64[k]]());
      };
      for (const bytes of [
        valid,
        Buffer.concat([valid, overlong]),
        Buffer.concat([overlong, valid]),
        Buffer.concat([valid.subarray(0, 30), overlong, valid]),
      ]) {
        const end = bytes.length;
        const run = outcome((r, out) => r.varint32Run(out, end, k), bytes, end);
        expect(run).toEqual(outcome(loop, bytes, end));
        const run64 = outcome64((r, out) => r.varint64Run(out, end, k), bytes);
        expect(run64).toEqual(outcome64(loop64, bytes));
        if (bytes === valid) {
          expect(run.out).toHaveLength(40);
          expect(run64.out?.slice(0, 2)).toEqual(
            k === 2 ? [-1n, 150n] : [1n, 300n], // 0xac02 is 300 (the spec's example)
          );
        } else {
          expect(run.code).toBe("VARINT_OVERLONG");
          expect(run64.code).toBe("VARINT_OVERLONG");
        }
      }
    }
  });

  it("Reader runs read what the per-value loop reads, errors included", () => {
    // Arbitrary bytes (truncated varints, overlong ones, partial doubles) with a run end that
    // may fall inside, at or beyond the input.
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 700 }),
        fc.nat(710),
        fc.nat(7),
        fc.constantFrom(...kinds),
        (raw, e, offset, k) => {
          // At any byte offset in its ArrayBuffer: long runs count through 4-byte words.
          const b = new Uint8Array(new ArrayBuffer(raw.length + offset), offset, raw.length);
          b.set(raw);
          const end = Math.min(e, b.length);
          const loop =
            (method: "int32" | "uint32" | "sint32" | "double" | "float") =>
            (r: Reader, out: number[]) => {
              while (r.pos < end) out.push(r[method]());
            };
          expect(outcome((r, out) => r.varint32Run(out, end, k), b, end)).toEqual(
            outcome(loop(one[k]), b, end),
          );
          const methods64 = ["int64", "uint64", "sint64"] as const;
          const loop64 = (r: Reader, out: bigint[]) => {
            while (r.pos < end) out.push(r[methods64[k]]());
          };
          expect(outcome64((r, out) => r.varint64Run(out, end, k), b)).toEqual(
            outcome64(loop64, b),
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

  it("Reader.uint64()'s unchecked fast path reads what decodeVarint64 reads, errors included", () => {
    const tail = fc.uint8Array({ minLength: 0, maxLength: 14 });
    const continued = fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 12 });
    fc.assert(
      fc.property(continued, tail, (head, rest) => {
        const bytes = Uint8Array.from([...head, ...rest]);
        const result = (f: () => [bigint, number]) => {
          try {
            return f();
          } catch (e) {
            if (!(e instanceof DecodeError)) throw e;
            return [e.code, e.offset];
          }
        };
        const viaReader = result(() => {
          const r = new Reader(bytes);
          return [r.uint64(), r.pos];
        });
        expect(viaReader).toEqual(result(() => decodeVarint64(bytes, 0)));
      }),
      { numRuns: 3000 },
    );
  });

  it("Reader.varint32Run rejects an 11-byte varint at its first byte, as uint32() does", () => {
    // 0x05, then a varint of 11 bytes (ten with the continuation bit) and padding.
    const bytes = Uint8Array.from([0x05, ...new Array(10).fill(0xff), 0x01, 0, 0]);
    const r = new Reader(bytes);
    const out: number[] = [];
    expect(() => r.varint32Run(out, bytes.length, 0)).toThrow(
      expect.objectContaining({ code: "VARINT_OVERLONG", offset: 1 }),
    );
    expect(out).toEqual([5]);
    // -1 as an int32: ten bytes, the widest legal form.
    const minus = Uint8Array.from([...new Array(9).fill(0xff), 0x01, 0x07]);
    const values: number[] = [];
    const r2 = new Reader(minus);
    r2.varint32Run(values, minus.length, 0);
    expect(values).toEqual([-1, 7]);
  });

  it("Reader runs read long runs whole, at any alignment", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(int32, small), { minLength: 100, maxLength: 400 }),
        fc.nat(7),
        (vs, offset) => {
          const payload = packedVarint32(vs, 0);
          const bytes = new Uint8Array(
            new ArrayBuffer(payload.length + offset),
            offset,
            payload.length,
          );
          bytes.set(payload);
          const out = [1, 2];
          const r = new Reader(bytes);
          r.varint32Run(out, bytes.length, 0);
          expect(out).toEqual([1, 2, ...vs.map((v) => v | 0)]);
          expect(r.pos).toBe(bytes.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("Reader.varint32Run round-trips Writer.checkedVarint32Run", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(int32, small)),
        fc.constantFrom(0, 2) as fc.Arbitrary<0 | 2>,
        (vs, k) => {
          const bytes = packedVarint32(vs, k);
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
