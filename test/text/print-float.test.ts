// Floats and doubles as protoc prints them: %.15g / %.17g for doubles, %.6g / %.9g for
// floats (the longer form when the shorter does not read back), nan, inf, -inf, -0. Checked
// against outputs collected from protoc 36.2 (also in fixtures/text/cases/floats), and against
// an exact BigInt model of printf (helpers/print-float-reference.ts) on many random values,
// with emphasis on values whose binary expansion is short (where rounding ties happen).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { doubleText, floatText } from "../../src/text/print/float-text.js";
import { referenceDouble, referenceFloat } from "./helpers/print-float-reference.js";

// Collected from `protoc --decode` (field type double / float), input given as text format.
const PROTOC_DOUBLES: [number, string][] = [
  [0.1, "0.1"],
  [1e15, "1e+15"],
  [Number("123456789012345678"), "1.2345678901234568e+17"],
  [-0, "-0"],
  [Number.NaN, "nan"],
  [Number.POSITIVE_INFINITY, "inf"],
  [Number.NEGATIVE_INFINITY, "-inf"],
  [1e-5, "1e-05"],
  [0.0001, "0.0001"],
  [1e100, "1e+100"],
  [5e-324, "4.94065645841247e-324"],
  [1e-310, "9.99999999999997e-311"],
  [2.2250738585072009e-308, "2.2250738585072009e-308"],
  [0.30000000000000004, "0.30000000000000004"],
  [1 / 3, "0.33333333333333331"],
  [100, "100"],
  [Number("1000000000000000.25"), "1000000000000000.2"],
  [Number("1000000000000000.75"), "1000000000000000.8"],
];
const PROTOC_FLOATS: [number, string][] = [
  [0.1, "0.1"],
  [Number("123456789012345678"), "1.23456791e+17"],
  [3.4e38, "3.4e+38"],
  [1e-45, "1.40129846e-45"],
  [0.3, "0.3"],
  [16777217, "16777216"],
  [1e6, "1e+06"],
  [1234567, "1234567"],
  [1e-40, "9.9999461e-41"],
  [1.17549435e-38, "1.17549435e-38"],
  [1e-38, "9.99999935e-39"],
  [159512.3125, "159512.312"],
  [-159512.3125, "-159512.312"],
  [123456.5, "123456.5"],
];

describe("double text", () => {
  it.each(PROTOC_DOUBLES)("%s prints as protoc prints it: %s", (v, want) => {
    expect(doubleText(v)).toBe(want);
    expect(referenceDouble(v)).toBe(want); // the model agrees with protoc too
  });

  it("agrees with the exact printf model on random doubles", () => {
    fc.assert(
      fc.property(fc.double(), (v) => {
        expect(doubleText(v)).toBe(referenceDouble(v));
      }),
      { numRuns: 20_000 },
    );
  });

  it("agrees with the model on doubles with short binary expansions (rounding ties)", () => {
    const short = fc
      .tuple(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: -80, max: 60 }))
      .map(([m, e]) => m * 2 ** e);
    fc.assert(
      fc.property(short, (v) => {
        expect(doubleText(v)).toBe(referenceDouble(v));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("float text", () => {
  it.each(PROTOC_FLOATS)("%s prints as protoc prints it: %s", (v, want) => {
    expect(floatText(v)).toBe(want);
    expect(referenceFloat(v)).toBe(want);
  });

  it("agrees with the exact printf model on random floats", () => {
    fc.assert(
      fc.property(fc.float(), (v) => {
        expect(floatText(v)).toBe(referenceFloat(v));
      }),
      { numRuns: 20_000 },
    );
  });

  it("agrees with the model on floats with short binary expansions (rounding ties)", () => {
    const short = fc
      .tuple(fc.integer({ min: -(2 ** 24), max: 2 ** 24 }), fc.integer({ min: -40, max: 30 }))
      .map(([m, e]) => Math.fround(m * 2 ** e));
    fc.assert(
      fc.property(short, (v) => {
        expect(floatText(v)).toBe(referenceFloat(v));
      }),
      { numRuns: 20_000 },
    );
  });
});
