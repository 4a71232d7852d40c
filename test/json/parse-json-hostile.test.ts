/**
 * parseJson against Node's JSON.parse on generated and mutated texts, and on inputs built to
 * exhaust the stack, time or memory. The oracle: where JSON.parse rejects, parseJson throws a
 * JsonError; where it accepts, parseJson gives a deep-equal value, unless the text has a
 * duplicate key or a lone surrogate (found here independently of the parser), and then it
 * throws DUPLICATE_KEY or a lone-surrogate JSON_SYNTAX.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonError } from "../../src/json/errors.js";
import { LargeNumber, parseJson } from "../../src/json/parse/parse-json.js";
import { thrown } from "../helpers/thrown.js";

/** No lone surrogate (String.prototype.isWellFormed, which ES2022's typings lack). */
const isWellFormed = (text: string): boolean => !/\p{Cs}/u.test(text);

/** Members written in `text` (a text JSON.parse accepted): the ':' outside strings. */
function membersInText(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ":") count++;
    else if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === "\\") i++;
    }
  }
  return count;
}

/** Own keys of every object in a JSON.parse result: fewer than in the text if a key repeats. */
function membersInValue(value: unknown): number {
  let count = 0;
  if (Array.isArray(value)) for (const item of value) count += membersInValue(item);
  else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      count += 1 + membersInValue(Object.getOwnPropertyDescriptor(value, key)?.value);
    }
  }
  return count;
}

const hexAt = (text: string, i: number): number =>
  /^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4)) ? Number.parseInt(text.slice(i, i + 4), 16) : -1;

/**
 * Whether `text` (one JSON.parse accepted) has a lone surrogate: raw, or a `\u` escape of a high
 * surrogate not followed by one of a low surrogate, or of a low one not after a high one.
 */
function hasLoneSurrogate(text: string): boolean {
  if (!isWellFormed(text)) return true;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "\\") continue;
    const unit = text[i + 1] === "u" ? hexAt(text, i + 2) : -1;
    if (unit >= 0xdc00 && unit <= 0xdfff) return true;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = text.slice(i + 6, i + 8) === "\\u" ? hexAt(text, i + 8) : -1;
      if (low < 0xdc00 || low > 0xdfff) return true;
      i += 6;
    }
    i++;
  }
  return false;
}

/**
 * Deep equality as JSON values: same prototypes, same own keys in the same order, Object.is on
 * leaves (so -0 is not 0). Not toStrictEqual, which takes a "constructor" key for the class.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    return Object.is(a, b);
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Reflect.ownKeys(a);
  const others = Reflect.ownKeys(b);
  return (
    keys.length === others.length &&
    keys.every((key, i) => {
      const x = Object.getOwnPropertyDescriptor(a, key);
      const y = Object.getOwnPropertyDescriptor(b, key);
      return key === others[i] && x?.enumerable === y?.enumerable && sameJson(x?.value, y?.value);
    })
  );
}

/** Asserts the oracle for one text; returns which way it went, for coverage counts. */
function agreesWithJsonParse(text: string): "value" | "rejected" | "duplicate" | "lone" {
  let expected: unknown;
  try {
    expected = JSON.parse(text);
  } catch {
    const e = thrown(() => parseJson(text));
    expect(e, text).toBeInstanceOf(JsonError);
    // The first problem in the text is reported: it may be a duplicate key before bad syntax.
    expect(["JSON_SYNTAX", "DUPLICATE_KEY"], text).toContain((e as JsonError).code);
    return "rejected";
  }
  const duplicate = membersInText(text) > membersInValue(expected);
  const lone = hasLoneSurrogate(text);
  let actual: unknown;
  try {
    actual = parseJson(text);
  } catch (e) {
    expect(e, text).toBeInstanceOf(JsonError);
    const error = e as JsonError;
    if (error.code === "DUPLICATE_KEY") {
      expect(duplicate, text).toBe(true);
      return "duplicate";
    }
    expect(error.code, text).toBe("JSON_SYNTAX");
    expect(error.detail, text).toMatch(/^lone surrogate \\u[0-9a-f]{4} in a string$/);
    expect(lone, text).toBe(true);
    return "lone";
  }
  expect({ duplicate, lone }, text).toEqual({ duplicate: false, lone: false });
  expect(sameJson(actual, expected), text).toBe(true);
  return "value";
}

const whitespace = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\r"), maxLength: 3 });

/** Leaves as JSON text, including escapes, surrogate pairs and a few lone surrogates. */
const leaf = fc.oneof(
  fc.constantFrom("0", "-0", "1.5e3", "-2E-2", "1e400", "9223372036854775807", "true", "null"),
  fc.constantFrom('"a"', '"\\u0061"', '"\\ud83d\\ude00"', '"😀"', '"\\ud800"', '"\\n\\/"'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.string({ unit: "binary", maxLength: 6 }).map((s) => JSON.stringify(s)),
);

/** Keys from a small set, so that duplicates (also "a" next to "\u0061") are frequent. */
const key = fc.oneof(
  fc.constantFrom('"a"', '"b"', '"\\u0061"', '"__proto__"', '"constructor"', '""', '"1"'),
  fc.string({ unit: "grapheme-ascii", maxLength: 3 }).map((s) => JSON.stringify(s)),
);

/** JSON texts with random whitespace between tokens, possibly with duplicate keys. */
const jsonText = fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("array"), tie("object")),
  array: fc
    .array(fc.tuple(whitespace, tie("value"), whitespace), { maxLength: 4 })
    .map((items) => `[${items.map((t) => t.join("")).join(",")}]`),
  object: fc
    .array(fc.tuple(whitespace, key, whitespace, tie("value"), whitespace), { maxLength: 4 })
    .map((members) => `{${members.map(([a, k, b, v, c]) => `${a}${k}${b}:${v}${c}`).join(",")}}`),
})).value;

const alphabet = fc.constantFrom(
  ..."{}[]:,\"\\ \t\n\r0123456789-+.eEtrufalsnxu/*'",
  "\u0000",
  "\u001f",
  "\ud800",
  "\udc00",
  "😀",
  "\ufeff",
  "\u00a0",
  "\\ud800",
  "\\udc00",
  '"a":1,',
);

type Mutation = [op: "insert" | "delete" | "replace", at: number, text: string];

const mutation: fc.Arbitrary<Mutation> = fc.tuple(
  fc.constantFrom("insert" as const, "delete" as const, "replace" as const),
  fc.nat(),
  alphabet,
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  for (const [op, at, piece] of mutations) {
    const i = text.length === 0 ? 0 : at % (text.length + 1);
    if (op === "insert") text = text.slice(0, i) + piece + text.slice(i);
    else if (op === "delete") text = text.slice(0, i) + text.slice(i + 1);
    else text = text.slice(0, i) + piece + text.slice(i + 1);
  }
  return text;
}

describe("parseJson against JSON.parse", () => {
  it("compares with a check that tells JSON values apart", () => {
    expect(sameJson({ a: [1, { b: null }] }, JSON.parse('{"a":[1,{"b":null}]}'))).toBe(true);
    expect(sameJson(-0, 0)).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson([1, [2]], [1, [3]])).toBe(false);
    expect(sameJson({}, Object.create(null))).toBe(false);
    expect(sameJson({ constructor: {} }, { constructor: {} })).toBe(true);
  });

  it("gives JSON.parse's value for fc.json texts, with any indentation", () => {
    fc.assert(
      fc.property(
        fc.json({ stringUnit: "grapheme", maxDepth: 4 }),
        fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\r"), maxLength: 4 }),
        (text, indent) => {
          expect(sameJson(parseJson(text), JSON.parse(text)), text).toBe(true);
          const spaced = ` ${indent}${JSON.stringify(JSON.parse(text), null, indent)}${indent}`;
          expect(sameJson(parseJson(spaced), JSON.parse(spaced)), spaced).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("agrees on generated texts with whitespace, escapes, duplicates and lone surrogates", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(jsonText, (text) => {
        seen.add(agreesWithJsonParse(text));
      }),
      { numRuns: 500 },
    );
    expect([...seen].sort()).toEqual(["duplicate", "lone", "value"]);
  });

  it("agrees on mutated texts", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(jsonText, fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, muts) => {
        seen.add(agreesWithJsonParse(mutate(text, muts)));
      }),
      { numRuns: 1500 },
    );
    expect([...seen].sort()).toEqual(["duplicate", "lone", "rejected", "value"]);
  });

  it("agrees on random strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 12 }), (text) => {
        agreesWithJsonParse(text);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 12 }), (text) => {
        agreesWithJsonParse(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseJson on hostile sizes", () => {
  const million = 1_000_000;

  it.each([
    ["[".repeat(million), 101, "[0]".repeat(100)],
    ['{"a":'.repeat(million), 501, "a".concat(".a".repeat(99))],
    ['[{"a":'.repeat(million / 2), 301, "[0].a".repeat(50)],
  ])("stops deep nesting at the limit: %#", (text, column, path) => {
    const error = thrown(() => parseJson(text)) as JsonError;
    expect(error).toBeInstanceOf(JsonError);
    expect([error.code, error.line, error.column, error.path]).toEqual([
      "RECURSION_LIMIT",
      1,
      column,
      path,
    ]);
  });

  it("parses deep nesting without the call stack when the limit allows it", () => {
    const depth = 100_000;
    let value = parseJson("[".repeat(depth) + "]".repeat(depth), { maxDepth: depth }) as unknown[];
    let levels = 1;
    for (; value.length === 1; levels++) value = value[0] as unknown[];
    expect([levels, value]).toEqual([depth, []]);
    const error = thrown(() => parseJson("[".repeat(depth), { maxDepth: Infinity })) as JsonError;
    expect([error.code, error.column]).toEqual(["JSON_SYNTAX", depth + 1]);
    expect(error.detail).toContain("unexpected end of input");
  });

  it("handles megabyte strings and numbers", () => {
    const mb = 1 << 20;
    const texts = [
      `"${"a".repeat(mb)}"`,
      `"${"\\n".repeat(mb / 2)}"`,
      `"${"é😀".repeat(mb / 3)}"`,
      `"${"\\ud83d\\ude00x".repeat(mb / 13)}"`,
      "9".repeat(mb),
      `-0.${"1".repeat(mb)}e-5`,
      `1${"0".repeat(mb)}e-${mb}`,
      `[${"1,".repeat(100_000)}1]`,
      `{${Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(",")}}`,
    ];
    for (const text of texts) expect(sameJson(parseJson(text), JSON.parse(text))).toBe(true);
    const digits = "9".repeat(mb);
    expect(parseJson(digits, { largeNumbers: true })).toEqual(new LargeNumber(digits, Infinity));
    const unterminated = thrown(() => parseJson(`"${"a".repeat(mb)}`)) as JsonError;
    expect([unterminated.code, unterminated.column]).toEqual(["JSON_SYNTAX", mb + 2]);
  });
});
