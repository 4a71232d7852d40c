// Hostile JSON against the conformance types (issue 11, "Proof"): random text, random JSON
// values, and valid JSON of random TestAllTypesProto3 messages mutated, read by fromJsonString
// and fromJson. Each read ends in a JsonError (never another error type, never a hang) or in a
// message that is valid: it writes back to JSON that reads to the same message. Inputs built
// to exhaust the stack, time or memory (100k levels of nesting, numbers of a million digits,
// 10 MB strings) finish with a JsonError or a value, at a cost relative to JSON.parse of the
// same text (test/helpers/timing.ts: no absolute time limits).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonError, type JsonReadOptions, type MessageType } from "../../src/index.js";
import { describeRelative, relativeCost } from "../helpers/timing.js";
import { canonicalNoNegativeZero } from "./helpers/canonical.js";
import {
  conformanceType,
  PROTO2,
  PROTO3,
  proto3JsonArb,
  SEEDS,
} from "./helpers/conformance-types.js";
import { mutatedJson, tokenSoup } from "./helpers/mutate-json.js";

const proto3 = conformanceType(PROTO3);
const proto2 = conformanceType(PROTO2);
const CODES = [
  "JSON_SYNTAX",
  "DUPLICATE_KEY",
  "RECURSION_LIMIT",
  "UNKNOWN_FIELD",
  "INVALID_VALUE",
  "UNKNOWN_TYPE",
  "MISSING_REQUIRED",
];

/** What a read of hostile input may end in: a JsonError, or a message that round-trips. */
function readsSafely(type: MessageType, read: () => unknown): void {
  let m: unknown;
  try {
    m = read();
  } catch (e) {
    if (!(e instanceof JsonError)) throw e;
    expect(CODES).toContain(e.code);
    expect(typeof e.path).toBe("string");
    return;
  }
  const text = type.toJsonString(m as never);
  expect(canonicalNoNegativeZero(type.fromJsonString(text))).toStrictEqual(
    canonicalNoNegativeZero(m),
  );
}

/** A read's outcome to compare: its error code, or its message with -0 as 0. */
/** Nesting of arrays and objects in a JSON value (a scalar is 0). */
function jsonDepth(v: unknown): number {
  if (typeof v !== "object" || v === null) return 0;
  const inner = Array.isArray(v) ? v : Object.values(v);
  return 1 + inner.reduce<number>((m, x) => Math.max(m, jsonDepth(x)), 0);
}

function result(read: () => unknown): unknown {
  try {
    return canonicalNoNegativeZero(read());
  } catch (e) {
    return e instanceof JsonError ? e.code : e;
  }
}

const readOptions: fc.Arbitrary<JsonReadOptions> = fc.record(
  { ignoreUnknownFields: fc.boolean(), recursionLimit: fc.integer({ min: 0, max: 5 }) },
  { requiredKeys: [] },
);

const texts = fc.oneof(proto3JsonArb(1), fc.constantFrom(...SEEDS));

describe("random and mutated JSON text into fromJsonString", () => {
  it("mutated JSON of random TestAllTypesProto3 messages", () => {
    fc.assert(
      fc.property(mutatedJson(texts), readOptions, (text, o) => {
        readsSafely(proto3, () => proto3.fromJsonString(text, o));
        readsSafely(proto2, () => proto2.fromJsonString(text, o));
      }),
      { numRuns: 400 },
    );
  });

  it("text made of JSON tokens and arbitrary characters", () => {
    fc.assert(
      fc.property(tokenSoup, (text) => {
        readsSafely(proto3, () => proto3.fromJsonString(text));
        readsSafely(proto3, () => proto3.fromJsonString(`{${text}}`));
      }),
      { numRuns: 300 },
    );
  });
});

describe("random JSON values into fromJson", () => {
  const fieldNames = proto3JsonArb(0, 30).map((t) => Object.keys(JSON.parse(t) as object));
  // Objects keyed by real field names, holding random JSON: past the parser, into the reader.
  const keyed = fc
    .tuple(fieldNames, fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }))
    .map(([names, values]) => {
      const out: Record<string, unknown> = {};
      values.forEach((v, i) => {
        if (names.length > 0) out[names[i % names.length]!] = v;
      });
      return out;
    });

  it("objects of the type's field names with random values, and any JSON value", () => {
    fc.assert(
      fc.property(fc.oneof(keyed, fc.jsonValue()), readOptions, (value, o) => {
        readsSafely(proto3, () => proto3.fromJson(value, o));
        readsSafely(proto3, () => proto3.fromJsonString(JSON.stringify(value), o));
        // Text and value readers agree: the same error code, or the same message. The one
        // legitimate difference: text nested deeper than the document may be (2 levels per
        // message level, plus 2) is RECURSION_LIMIT before its shape is known, while fromJson,
        // given a value JSON.parse already built, may first find the wrong shape.
        const fromText = result(() => proto3.fromJsonString(JSON.stringify(value), o));
        const tooDeep = jsonDepth(value) > 2 * (o.recursionLimit ?? 100) + 2;
        if (!(tooDeep && fromText === "RECURSION_LIMIT")) {
          expect(fromText).toStrictEqual(result(() => proto3.fromJson(value, o)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("values JSON.parse never gives: bigint, undefined, functions, Maps, cycles", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.recursiveMessage = cyclic;
    const cyclicList: unknown[] = [];
    cyclicList.push(cyclicList);
    const inputs: unknown[] = [
      undefined,
      1n,
      Symbol("s"),
      () => 1,
      new Map([["optionalInt32", 1]]),
      new Date(0),
      new Uint8Array(2),
      { optionalInt32: 1n },
      { optionalInt32: undefined },
      { optionalInt64: 2n ** 70n },
      { optionalDouble: Number.NaN },
      { optionalString: Symbol("s") },
      { repeatedInt32: new Set([1]) },
      { repeatedInt32: new Array(2) }, // holes
      { mapStringString: new Map([["a", "b"]]) },
      { optionalTimestamp: new Date(0) },
      { optionalBytes: new Uint8Array(2) },
      { optionalValue: cyclicList },
      { optionalStruct: { a: cyclicList } },
      cyclic,
      Object.create({ optionalInt32: 1 }),
    ];
    for (const value of inputs) readsSafely(proto3, () => proto3.fromJson(value));
    expect(() => proto3.fromJson(cyclic)).toThrow(JsonError);
  });
});

/** What fromJsonString of `text` returns or throws. */
function outcome(text: string, options?: JsonReadOptions): unknown {
  try {
    return proto3.fromJsonString(text, options);
  } catch (e) {
    return e;
  }
}

describe("inputs built to exhaust the stack, time or memory", () => {
  const N = 100_000;

  /**
   * fromJsonString of `text`: what it ends in, timed against a control doing the same amount
   * of the same work: reading a valid JSON string member of the same length.
   */
  function costAgainstString(text: string, limit: number): unknown {
    const control = `{"optionalString":"${"x".repeat(Math.max(0, text.length - 21))}"}`;
    const r = relativeCost(
      () => outcome(text),
      () => outcome(control),
      3,
      limit,
    );
    expect(r.ratio, describeRelative(r)).toBeLessThan(limit);
    return r.result;
  }

  it.each([
    ["recursiveMessage", `${'{"recursiveMessage":'.repeat(N)}{}${"}".repeat(N)}`],
    ["arrays in a Value", `{"optionalValue":${"[".repeat(N)}${"]".repeat(N)}}`],
    ["objects in a Struct", `{"optionalStruct":${'{"a":'.repeat(N)}{}${"}".repeat(N)}}`],
    ["lists of Values", `{"repeatedValue":${"[".repeat(N)}${"]".repeat(N)}}`],
    [
      "a map's message values",
      `${'{"mapStringNestedMessage":{"k":{"corecursive":'.repeat(N / 10)}{}${"}}}".repeat(N / 10)}`,
    ],
    ["unclosed", '{"recursiveMessage":'.repeat(N)],
  ])("%s, 100k levels deep: RECURSION_LIMIT, found near the limit", (_name, text) => {
    const e = costAgainstString(text, 2);
    expect(e).toBeInstanceOf(JsonError);
    expect((e as JsonError).code).toBe("RECURSION_LIMIT");
    // Counted work: the parser stopped within the first levels, not at the end of the text.
    expect((e as JsonError).column).toBeLessThan(text.length / 10);
  });

  it("Anys nested in Anys, 10k deep: RECURSION_LIMIT", () => {
    const open = '{"@type":"type.googleapis.com/google.protobuf.Any","value":';
    const text = `{"optionalAny":${open.repeat(10_000)}{}${"}".repeat(10_000)}}`;
    const e = costAgainstString(text, 2);
    expect((e as JsonError).code).toBe("RECURSION_LIMIT");
  });

  it("a recursionLimit of 1000 holds against 100k levels and lets 1000 through", () => {
    // The root message is depth 0, as in the binary decoder: 1000 nested messages pass.
    const deep = (n: number) => `${'{"recursiveMessage":'.repeat(n)}{}${"}".repeat(n)}`;
    const e = outcome(deep(N), { recursionLimit: 1000 });
    expect((e as JsonError).code).toBe("RECURSION_LIMIT");
    expect(outcome(deep(1000), { recursionLimit: 1000 })).not.toBeInstanceOf(Error);
    expect((outcome(deep(1001), { recursionLimit: 1000 }) as JsonError).code).toBe(
      "RECURSION_LIMIT",
    );
  });

  const digits = "9".repeat(1_000_000);
  it.each([
    ["optionalInt64", digits],
    ["optionalInt64", `"${digits}"`],
    ["optionalUint64", `1${"0".repeat(1_000_000)}e-999990`],
    ["optionalInt32", digits],
    ["optionalInt32", `1e${digits}`],
    ["optionalDouble", digits],
    ["optionalDouble", `0.${digits}`],
    ["optionalFloat", `-${digits}`],
    ["optionalNestedEnum", digits],
    ["mapInt64Int64", `{"${digits}":1}`],
    ["optionalDuration", `"${digits}s"`],
    ["optionalTimestamp", `"1970-01-01T00:00:00.${digits}Z"`],
  ])("%s: a number of a million digits (%#) ends promptly", (field, value) => {
    const text = `{"${field}":${value}}`;
    const e = costAgainstString(text, 10);
    if (e instanceof Error) expect(e).toBeInstanceOf(JsonError);
  });

  it.each([
    ["optionalString", `"${"a".repeat(10_000_000)}"`],
    ["optionalString", `"${"\\u00e9".repeat(2_000_000)}"`],
    ["optionalBytes", `"${"QUJD".repeat(2_500_000)}"`],
    ["optionalNestedEnum", `"${"B".repeat(10_000_000)}"`],
    ["optionalFieldMask", `"${"a".repeat(10_000_000)}"`],
    ["mapStringString", `{"${"k".repeat(10_000_000)}":""}`],
  ])("%s: a 10 MB string (%#) ends promptly", (field, value) => {
    const text = `{"${field}":${value}}`;
    const e = costAgainstString(text, 8);
    if (e instanceof Error) expect(e).toBeInstanceOf(JsonError);
  });

  // Quadratic work on 100k members would cost thousands of times JSON.parse's.
  it("100k map entries, list elements and Struct keys: a few times JSON.parse's cost", () => {
    const keys = Array.from({ length: N }, (_, i) => `"${i}":${i}`).join(",");
    const list = Array.from({ length: N }, (_, i) => i).join(",");
    for (const text of [
      `{"mapInt32Int32":{${keys}}}`,
      `{"repeatedInt32":[${list}]}`,
      `{"optionalStruct":{${keys}}}`,
    ]) {
      const r = relativeCost(
        () => outcome(text),
        () => JSON.parse(text),
        3,
        50,
      );
      expect(r.result).not.toBeInstanceOf(Error);
      expect(r.ratio, describeRelative(r)).toBeLessThan(50);
    }
  });
});
