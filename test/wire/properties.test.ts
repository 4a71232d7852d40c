import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DecodeError,
  Reader,
  sizeString,
  sizeTag,
  sizeVarint32,
  sizeVarint64,
  sizeVarintInt32,
  WireType,
  Writer,
} from "../../src/wire/index.js";
import type { ScalarType } from "./golden-cases.js";
import { expectedRead, readScalar, wireTypeOf, writeScalar } from "./scalar-io.js";

const NUM_RUNS = 2000;

const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
const uint64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
/** Full-domain doubles plus the specials fast-check may not pick often. */
const anyDouble = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, -0, 0, Number.MIN_VALUE, -Number.MAX_VALUE, Number.POSITIVE_INFINITY),
);
/** Every UTF-16 unit, lone surrogates included. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyString = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 200 }),
);

const domains: Record<ScalarType, fc.Arbitrary<unknown>> = {
  int32: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  uint32: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  sint32: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fixed32: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  sfixed32: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  int64,
  sint64: int64,
  sfixed64: int64,
  uint64,
  fixed64: uint64,
  float: anyDouble,
  double: anyDouble,
  bool: fc.boolean(),
  string: fc.string({ unit: "binary", maxLength: 200 }),
  bytes: fc.uint8Array({ maxLength: 300 }),
};

const scalarTypes = Object.keys(domains) as ScalarType[];

describe("decode(encode(x)) === x over each full domain", () => {
  for (const t of scalarTypes) {
    it(t, () => {
      fc.assert(
        fc.property(domains[t], (v) => {
          const w = new Writer(8);
          writeScalar(w, t, v);
          const out = w.finish();
          const r = new Reader(out);
          expect(readScalar(r, t)).toEqual(expectedRead(t, v));
          expect(r.pos).toBe(out.length);
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }

  it("double keeps its exact bits, float its Math.fround bits", () => {
    fc.assert(
      fc.property(anyDouble, (v) => {
        const d = new Reader(new Writer().double(v).finish()).double();
        const f = new Reader(new Writer().float(v).finish()).float();
        expect(Object.is(d, v)).toBe(true);
        expect(Object.is(f, Math.fround(v))).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("strings with lone surrogates read back as TextEncoder/TextDecoder would", () => {
    // ignoreBOM: a leading U+FEFF is a character of the field, not a byte-order mark to drop.
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    expect(new Reader(new Writer().string("\uFEFF").finish()).string()).toBe("\uFEFF");
    fc.assert(
      fc.property(anyString, (s) => {
        const wellFormed = decoder.decode(new TextEncoder().encode(s));
        expect(new Reader(new Writer().string(s).finish()).string()).toBe(wellFormed);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

/** One field of a random message: a scalar, or a submessage of further fields. */
type Op = { n: number; t: ScalarType; v: unknown } | { n: number; sub: Op[] };

const opArb: fc.Arbitrary<Op> = fc.letrec((tie) => ({
  op: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc
      .record({ n: fc.integer({ min: 1, max: 536870911 }), t: fc.constantFrom(...scalarTypes) })
      .chain(({ n, t }) => domains[t].map((v) => ({ n, t, v }) as Op)),
    fc.record({
      n: fc.integer({ min: 1, max: 536870911 }),
      sub: fc.array(tie("op") as fc.Arbitrary<Op>, { maxLength: 6 }),
    }),
  ),
})).op;

function writeOps(w: Writer, ops: Op[]): void {
  for (const op of ops) {
    if ("sub" in op) {
      w.tag(op.n, WireType.LengthDelimited).fork();
      writeOps(w, op.sub);
      w.join();
    } else {
      w.tag(op.n, wireTypeOf[op.t]);
      writeScalar(w, op.t, op.v);
    }
  }
}

function readOps(r: Reader, ops: Op[], end: number): void {
  for (const op of ops) {
    const tag = r.tag();
    expect(tag >>> 3).toBe(op.n);
    if ("sub" in op) {
      expect(tag & 7).toBe(WireType.LengthDelimited);
      const subEnd = r.length();
      readOps(r, op.sub, subEnd);
    } else {
      expect(tag & 7).toBe(wireTypeOf[op.t]);
      expect(readScalar(r, op.t)).toEqual(expectedRead(op.t, op.v));
    }
  }
  expect(r.pos).toBe(end);
}

describe("writer call sequences", () => {
  it("any sequence of tagged writes (nested forks included) reads back in order", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 20 }), (ops) => {
        const w = new Writer(1);
        writeOps(w, ops);
        const out = w.finish();
        readOps(new Reader(out), ops, out.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe("size functions equal the encoded length", () => {
  it("sizeVarint32 / sizeVarintInt32", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        (u, i) => {
          expect(sizeVarint32(u)).toBe(new Writer().uint32(u).finish().length);
          expect(sizeVarintInt32(i)).toBe(new Writer().int32(i).finish().length);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("sizeVarint64", () => {
    fc.assert(
      fc.property(uint64, int64, (u, i) => {
        expect(sizeVarint64(u)).toBe(new Writer().uint64(u).finish().length);
        expect(sizeVarint64(i)).toBe(new Writer().int64(i).finish().length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("sizeString (+ its length prefix)", () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const n = sizeString(s);
        expect(n).toBe(new TextEncoder().encode(s).length);
        expect(sizeVarint32(n) + n).toBe(new Writer().string(s).finish().length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("sizeTag", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 536870911 }),
        fc.integer({ min: 0, max: 5 }),
        (n, wt) => {
          expect(sizeTag(n)).toBe(new Writer().tag(n, wt).finish().length);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

/** Runs `fn`, failing the property if it throws anything but a DecodeError. */
function onlyDecodeErrors(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
  }
}

const readOpNames = [...scalarTypes, "tag", "length", "skip", "stringLossy", "bytesView"] as const;

describe("arbitrary bytes", () => {
  const bytesArb = fc.oneof(
    fc.uint8Array({ maxLength: 64 }),
    // Mostly tag-like and continuation bytes, to reach deep paths.
    fc
      .array(fc.constantFrom(0x0b, 0x0c, 0x13, 0x14, 0x0a, 0x80, 0xff, 0x01, 0x08, 0x0d, 0x09), {
        maxLength: 200,
      })
      .map((a) => Uint8Array.from(a)),
  );

  it("a tag/skip walk ends or throws a DecodeError, and always makes progress", () => {
    fc.assert(
      fc.property(bytesArb, (buf) => {
        const r = new Reader(buf, { recursionLimit: 8 });
        onlyDecodeErrors(() => {
          let steps = 0;
          while (r.pos < r.end) {
            const before = r.pos;
            const tag = r.tag();
            r.skip(tag & 7, tag >>> 3);
            expect(r.pos).toBeGreaterThan(before);
            expect(++steps).toBeLessThanOrEqual(buf.length);
          }
          expect(r.pos).toBe(buf.length);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("any sequence of reads throws only DecodeError and never moves past end", () => {
    fc.assert(
      fc.property(
        bytesArb,
        fc.array(fc.constantFrom(...readOpNames), { minLength: 1, maxLength: 30 }),
        (buf, names) => {
          const r = new Reader(buf);
          onlyDecodeErrors(() => {
            for (const name of names) {
              if (name === "skip") r.skip(buf[0]! & 7);
              else r[name]();
              expect(r.pos).toBeLessThanOrEqual(buf.length);
            }
          });
          expect(r.pos).toBeLessThanOrEqual(buf.length);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
