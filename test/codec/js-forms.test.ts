// The codec's JS forms (src/codec/js-forms.ts) against what they stand for: the source snippets
// evaluated on sample values, and create()'s check (values.ts validScalar, a switch on the kind
// names kept for speed) held to the table: it accepts exactly what encode's inline check and
// the Writer accept together.
import { describe, expect, it } from "vitest";
import { jsForm } from "../../src/codec/js-forms.js";
import { runtime } from "../../src/codec/runtime.js";
import { validScalar } from "../../src/codec/values.js";
import { FIELD_KINDS } from "../../src/schema/descriptor/field-kinds.js";
import { Writer } from "../../src/wire/writer.js";

const SAMPLES: unknown[] = [
  0,
  -0,
  1,
  -1,
  1.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 32 - 1,
  2 ** 32,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  0n,
  1n,
  -1n,
  2n ** 63n - 1n,
  2n ** 63n,
  2n ** 64n - 1n,
  2n ** 64n,
  -(2n ** 63n) - 1n,
  "",
  "0",
  "12",
  "-3",
  "1.5",
  "x",
  true,
  false,
  null,
  undefined,
  {},
  [],
  new Uint8Array(0),
  new Uint8Array([1, 2]),
];

/** `source` as the body of `(x, rt) => ...`. */
function evaluate(source: string, x: unknown): unknown {
  return new Function("x", "rt", `return ${source};`)(x, runtime);
}

/** Whether Writer method `method` takes `x` without throwing. */
function writerTakes(method: string, x: unknown): boolean {
  const w = new Writer(16) as unknown as Record<string, (v: unknown) => unknown>;
  try {
    w[method]!(x);
    return true;
  } catch {
    return false;
  }
}

const scalars = FIELD_KINDS.flatMap((k) => {
  const form = jsForm(k);
  return form === undefined ? [] : [[k.name, k, form] as const];
});

describe("JS forms", () => {
  it("covers every kind but message and group", () => {
    expect(scalars.map(([name]) => name).sort()).toEqual(
      FIELD_KINDS.filter((k) => k.js !== "message")
        .map((k) => k.name)
        .sort(),
    );
  });

  it.each(scalars)("%s: create's check is encode's inline check and the Writer's", (_, k, form) => {
    for (const x of SAMPLES) {
      const inlineBad = form.invalid === undefined ? false : evaluate(form.invalid("x", k), x);
      const expected = inlineBad === false && writerTakes(k.method!, x);
      expect(validScalar(x, k.name), `${k.name} ${String(x)}`).toBe(expected);
    }
  });

  it.each(scalars)("%s: the zero source is the zero value, which is not set", (_, _k, form) => {
    const zero = evaluate(form.zero, undefined);
    expect(zero).toEqual(form.zeroValue());
    expect(evaluate(form.isSet("x"), zero)).toBe(false);
    expect(evaluate(form.isSet("x"), undefined)).toBe(false);
    expect(evaluate(form.isSet("x"), null)).toBe(false);
  });

  it("-0.0 is set in a float field (protoc tests the bits), 0 is not", () => {
    const float = scalars.find(([name]) => name === "double")![2];
    expect(evaluate(float.isSet("x"), -0)).toBe(true);
    expect(evaluate(float.isSet("x"), 0)).toBe(false);
  });
});
