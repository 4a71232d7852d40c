// Hostile text-format input against the conformance types (issue 12): random text, token soups
// and the text of random TestAllTypesProto3 / Proto2 messages mutated, read by fromText. Each
// read ends in a TextError with a position (never another error type, never a hang) or in a
// message that is valid: it encodes, and decodes back to the same bytes. Inputs built to
// exhaust the stack or memory (100k levels of nesting, `[[[[...`, numbers of a million digits,
// 10 MB strings) end in RECURSION_LIMIT, TEXT_SYNTAX or INVALID_VALUE, or parse.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadConformanceSchema } from "../../conformance/protocol.js";
import { type Message, type MessageType, TextError } from "../../src/index.js";
import { arbMessage } from "../codec/arbitrary-message.js";
import { conformanceType, PROTO2, PROTO3 } from "../json/helpers/conformance-types.js";
import { mutatedText, tokenSoup } from "./helpers/parse-mutate.js";

const proto3 = conformanceType(PROTO3);
const proto2 = conformanceType(PROTO2);
const schema = loadConformanceSchema();
const CODES = [
  "TEXT_SYNTAX",
  "UNKNOWN_FIELD",
  "INVALID_VALUE",
  "DUPLICATE_FIELD",
  "RECURSION_LIMIT",
  "UNKNOWN_TYPE",
  "MISSING_REQUIRED",
];

/** What fromText of `text` ends in: the error, or the message. */
function outcome(type: MessageType, text: string, recursionLimit?: number): unknown {
  try {
    return type.fromText(text, recursionLimit === undefined ? undefined : { recursionLimit });
  } catch (e) {
    return e;
  }
}

/** A TextError at a real position, or a message that encodes and decodes to itself. */
function readsSafely(type: MessageType, text: string, recursionLimit?: number): void {
  const r = outcome(type, text, recursionLimit);
  if (r instanceof Error) {
    if (!(r instanceof TextError)) throw r;
    expect(CODES).toContain(r.code);
    if (r.code !== "MISSING_REQUIRED") {
      expect(r.line).toBeGreaterThanOrEqual(1);
      expect(r.column).toBeGreaterThanOrEqual(1);
      expect(r.excerpt).toContain("^");
    }
    return;
  }
  const bytes = type.encode(r as Message, { allowPartial: true });
  const again = type.encode(type.decode(bytes, { allowPartial: true }), { allowPartial: true });
  expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
}

/** The text of random messages of `type` (printed by toText), as seeds for mutation. */
function textsOf(type: MessageType, fullName: string): fc.Arbitrary<string> {
  const info = schema.findMessage(fullName)!;
  return arbMessage(info, 2).map((v) => {
    try {
      return type.toText(type.create(v as Message));
    } catch {
      return 'optional_int32: 1\nrecursive_message { optional_string: "x" }\n';
    }
  });
}

describe("random and mutated text into fromText", () => {
  it("mutated text of random TestAllTypesProto3 and TestAllTypesProto2 messages", () => {
    const limit = fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined });
    fc.assert(
      fc.property(mutatedText(textsOf(proto3, PROTO3)), limit, (text, l) => {
        readsSafely(proto3, text, l);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(mutatedText(textsOf(proto2, PROTO2)), limit, (text, l) => {
        readsSafely(proto2, text, l);
      }),
      { numRuns: 200 },
    );
  });

  it("token soups and arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(tokenSoup, fc.string({ unit: "binary" })), (text) => {
        readsSafely(proto3, text);
        readsSafely(proto2, text);
        readsSafely(proto3, `recursive_message { ${text} }`);
        readsSafely(proto3, `optional_any { [type.googleapis.com/${text}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe("inputs built to exhaust the stack or memory", () => {
  const N = 100_000;

  function errorOf(type: MessageType, text: string, recursionLimit?: number): TextError {
    const r = outcome(type, text, recursionLimit);
    expect(r).toBeInstanceOf(TextError);
    return r as TextError;
  }

  const ANY =
    "optional_any { [type.googleapis.com/protobuf_test_messages.proto3.TestAllTypesProto3] { ";
  it.each([
    { name: "nested messages", text: `${"recursive_message { ".repeat(N)}${"}".repeat(N)}` },
    { name: "unclosed messages", text: "recursive_message < ".repeat(N) },
    {
      name: "map values",
      text: "map_string_nested_message { key: 'k' value { corecursive { ".repeat(N / 10),
    },
    { name: "an Any's values", text: ANY.repeat(N / 10) },
    { name: "a reserved field's skipped messages", text: `reserved_field ${"{ a ".repeat(N)}` },
    { name: "a reserved field's skipped lists", text: `reserved_field: ${"[".repeat(N)}` },
  ])("$name, deeper than the limit: RECURSION_LIMIT at the first level past it", ({ text }) => {
    const e = errorOf(proto3, text);
    expect(e.code).toBe("RECURSION_LIMIT");
    expect(e.detail).toBe(
      "Message is too deep, the parser exceeded the configured recursion limit of 100.",
    );
    expect(e.line).toBe(1);
  });

  it("a limit too high for the stack ends in RECURSION_LIMIT, not a stack overflow", () => {
    const text = `${"recursive_message { ".repeat(N)}${"}".repeat(N)}`;
    const r = outcome(proto3, text, 1e9);
    if (r instanceof Error) {
      expect(r).toBeInstanceOf(TextError);
      expect((r as TextError).code).toBe("RECURSION_LIMIT");
    }
  });

  it("the limit counts message levels as protoc does: 100 parse, 101 do not", () => {
    const nest = (n: number) => `${"recursive_message { ".repeat(n)}${"}".repeat(n)}`;
    expect(outcome(proto3, nest(100))).not.toBeInstanceOf(Error);
    expect(errorOf(proto3, nest(101)).code).toBe("RECURSION_LIMIT");
    expect(outcome(proto3, nest(3), 3)).not.toBeInstanceOf(Error);
    const e = errorOf(proto3, nest(4), 3);
    expect([e.line, e.column]).toEqual([1, 4 * 20 + 1]);
  });

  it.each([
    { name: "a list of lists", text: `repeated_int32: ${"[".repeat(N)}`, code: "TEXT_SYNTAX" },
    { name: "brackets as a field name", text: "[".repeat(N), code: "TEXT_SYNTAX" },
    { name: "closers", text: "}".repeat(N), code: "TEXT_SYNTAX" },
    {
      name: "an int32 of a million digits",
      text: `optional_int32: ${"9".repeat(1e6)}`,
      code: "INVALID_VALUE",
    },
    {
      name: "an int64 of a million digits",
      text: `optional_int64: -${"9".repeat(1e6)}`,
      code: "INVALID_VALUE",
    },
    {
      name: "a hex uint64 of a million digits",
      text: `optional_uint64: 0x${"f".repeat(1e6)}`,
      code: "INVALID_VALUE",
    },
    {
      name: "an octal of a million zeros",
      text: `optional_int32: 0${"0".repeat(1e6)}9`,
      code: "TEXT_SYNTAX",
    },
    { name: "a name of a million letters", text: `${"a".repeat(1e6)}: 1`, code: "UNKNOWN_FIELD" },
    {
      name: "an unterminated 10 MB string",
      text: `optional_string: "${"x".repeat(1e7)}`,
      code: "TEXT_SYNTAX",
    },
  ])("$name: $code, with a short excerpt", ({ text, code }) => {
    const e = errorOf(proto3, text);
    expect(e.code).toBe(code);
    expect(e.excerpt.length).toBeLessThan(400);
  });

  it("huge values that are valid parse", () => {
    const big = proto3.fromText(
      `optional_double: ${"9".repeat(1e6)} optional_string: "${"é".repeat(1e6)}"`,
    ) as Record<string, unknown>;
    expect(big.optionalDouble).toBe(Number.POSITIVE_INFINITY);
    expect((big.optionalString as string).length).toBe(1e6);
    const list = proto3.fromText(`repeated_int32: [${"1,".repeat(N)}2]`) as Record<
      string,
      unknown[]
    >;
    expect(list.repeatedInt32!.length).toBe(N + 1);
    const bytes = proto3.fromText(`optional_bytes: "${"\\377".repeat(1e6)}"`) as Record<
      string,
      Uint8Array
    >;
    expect(bytes.optionalBytes!.length).toBe(1e6);
  });
});
