/**
 * fast-check arbitraries of hostile text-format input: valid text mutated by deleting,
 * inserting, duplicating and replacing pieces, the insertions drawn from tokens that matter to
 * the text format (delimiters, separators, quotes and escapes, number forms, comments, bracket
 * names, control and non-ASCII characters), and soups of those tokens alone.
 */
import fc from "fast-check";

const TOKENS = [
  "{",
  "}",
  "<",
  ">",
  "[",
  "]",
  ":",
  ",",
  ";",
  "-",
  "/",
  ".",
  " ",
  "\n",
  "\t",
  "\r",
  '"',
  "'",
  "\\",
  "\\x",
  "\\u",
  "\\U",
  "\\ud800",
  "\\377",
  "\\0",
  '"\\',
  "\u0000",
  "\u0007",
  "é",
  "\ud83d",
  "😀",
  "#",
  "# comment\n",
  "0",
  "-0",
  "01",
  "09",
  "0x",
  "0xFFFFFFFFFFFFFFFFF",
  "1e",
  "1e309",
  "1.5f",
  ".5",
  "1.2.3",
  "inf",
  "-inf",
  "nan",
  "infinity",
  "true",
  "t",
  "False",
  "2",
  "[type.googleapis.com/",
  "[protobuf_test_messages.proto3.",
  "type.googleapis.com/",
  "optional_int32",
  "optional_string",
  "recursive_message",
  "repeated_int32",
  "map_string_string",
  "optional_any",
  "oneof_uint32",
  "oneof_string",
  "optional_nested_enum",
  "FOO",
  "NEG",
  "reserved_field",
  "key",
  "value",
  "data",
  "Data",
  "OptionalGroup",
  "9223372036854775808",
  "18446744073709551616",
  "4294967296",
  "2147483648",
];

export const tokenArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: "binary" }) },
);

/** Text of tokens and arbitrary characters. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(tokenArb, { maxLength: 40 })
  .map((parts) => parts.join(""));

type Edit = (s: string) => string;

function editArb(): fc.Arbitrary<Edit> {
  const at = fc.double({ min: 0, max: 1, noNaN: true });
  return fc.oneof(
    fc.tuple(at, fc.nat({ max: 8 })).map(
      ([p, n]): Edit =>
        (s) => {
          const i = Math.floor(p * s.length);
          return s.slice(0, i) + s.slice(i + n);
        },
    ),
    fc.tuple(at, tokenArb).map(
      ([p, t]): Edit =>
        (s) => {
          const i = Math.floor(p * s.length);
          return s.slice(0, i) + t + s.slice(i);
        },
    ),
    fc.tuple(at, at).map(
      ([p, q]): Edit =>
        (s) => {
          const i = Math.floor(Math.min(p, q) * s.length);
          const j = Math.floor(Math.max(p, q) * s.length);
          return s.slice(0, j) + s.slice(i, j) + s.slice(j);
        },
    ),
    fc.tuple(at, tokenArb).map(
      ([p, t]): Edit =>
        (s) => {
          const i = Math.floor(p * s.length);
          return s.slice(0, i) + t + s.slice(i + t.length);
        },
    ),
  );
}

/** `texts` with 1-6 random edits applied. */
export function mutatedText(texts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(texts, fc.array(editArb(), { minLength: 1, maxLength: 6 }))
    .map(([t, edits]) => edits.reduce((s, e) => e(s), t));
}
