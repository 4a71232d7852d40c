/**
 * fast-check arbitraries of hostile JSON text: valid JSON mutated by deleting, inserting,
 * duplicating and replacing pieces, with insertions drawn from tokens that matter to proto3
 * JSON (quotes, escapes, lone surrogates, special numbers, "@type", WKT strings, "__proto__").
 */
import fc from "fast-check";

const TOKENS = [
  "{",
  "}",
  "[",
  "]",
  '"',
  ":",
  ",",
  "\\",
  "\\u",
  "\\ud800",
  '"\\udc00"',
  "\u0000",
  "\u2028",
  "\ud83d",
  " ",
  "\n",
  "-",
  "0",
  "-0",
  "01",
  "1e309",
  "1.5",
  "1e2",
  "99999999999999999999",
  "-9223372036854775809",
  '"18446744073709551616"',
  "null",
  "true",
  "false",
  '"NaN"',
  '"-Infinity"',
  '"@type"',
  '"@type":"type.googleapis.com/google.protobuf.Duration"',
  '"type.googleapis.com/google.protobuf.Value"',
  '{"@type":"type.googleapis.com/google.protobuf.Any","value":{}}',
  '"value"',
  '"1970-01-01T00:00:00Z"',
  '"9999-12-31T23:59:60Z"',
  '"-315576000001s"',
  '"a_b,c.dE"',
  '"__proto__"',
  '"constructor"',
  '"toString"',
  '"[protobuf_test_messages.proto2.extension_int32]"',
  '"recursiveMessage":',
  '"optionalInt32":',
  '"optional_int32":',
  '"mapStringString":{"a":"b"}',
  '"optionalNestedEnum":"BAZ"',
  '"AAEC"',
  '"_-8="',
];

type Mutation =
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "duplicate"; from: number; length: number; at: number }
  | { kind: "replace"; at: number; text: string };

const position = fc.double({ min: 0, max: 1, noNaN: true });

const insertion = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: position, length: fc.nat(8) }),
  fc.record({ kind: fc.constant("insert" as const), at: position, text: insertion }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    from: position,
    length: fc.nat(40),
    at: position,
  }),
  fc.record({ kind: fc.constant("replace" as const), at: position, text: insertion }),
);

function apply(text: string, m: Mutation): string {
  const at = (p: number) => Math.floor(p * text.length);
  switch (m.kind) {
    case "delete":
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case "insert":
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case "duplicate": {
      const piece = text.slice(at(m.from), at(m.from) + m.length);
      return text.slice(0, at(m.at)) + piece + text.slice(at(m.at));
    }
    case "replace":
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at) + 1);
  }
}

/** `texts` each mutated 1-5 times. */
export function mutatedJson(texts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(texts, fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([text, ms]) => ms.reduce(apply, text));
}

/** Random text made of the tokens above and arbitrary characters. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(insertion, { maxLength: 30 })
  .map((parts) => parts.join(""));
