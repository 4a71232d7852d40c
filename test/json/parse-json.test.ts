/**
 * parseJson, table-driven: accepted texts give what Node's JSON.parse gives (the independent
 * oracle), rejected texts give the JsonError code, line:column and path that RFC 8259 and the
 * parser's contract (duplicate keys and lone surrogates rejected, positions in UTF-16 units,
 * JS-style paths) call for. Also `__proto__` keys, LargeNumber and the depth limit.
 */
import { describe, expect, it } from "vitest";
import { JsonError } from "../../src/json/errors.js";
import { LargeNumber, parseJson } from "../../src/json/parse/parse-json.js";
import { thrown } from "../helpers/thrown.js";

const accepted = [
  "0",
  "-0",
  "1",
  "-1",
  "1.5",
  "-0.0e-0",
  "1e5",
  "1E+5",
  "2.5e-3",
  "123456789012345678901234567890",
  "9007199254740993",
  "0.1",
  "1e400",
  "-1e400",
  "5e-400",
  "true",
  "false",
  "null",
  '""',
  '"abc"',
  '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
  '"\\u0041\\u00e9\\u4E2D\\u0000\\u001f"',
  '"\\ud83d\\ude00 \\uDBFF\\uDFFF"',
  '"😀 é 中 \u007f \u2028\u2029"',
  '"a\\nb" ',
  " \t\n\r[ 1 , 2 ] \t\n\r",
  "[]",
  "{}",
  "[[],{},[[]]]",
  '{"a":{"b":[1,{"c":null}]},"d":"e"}',
  '{"":1}',
  '{"a":1,"A":2,"a ":3}',
  '{"constructor":1,"hasOwnProperty":2,"toString":{},"valueOf":[],"prototype":null}',
  '{"1":1,"0":0,"b":2,"a":3}',
  '{"\\u00e9":1,"é\\u0301":2}',
];

describe("parseJson accepts what JSON.parse accepts", () => {
  it.each(accepted)("%j", (text) => {
    expect(parseJson(text)).toStrictEqual(JSON.parse(text));
  });

  it("keeps -0 and the key order of JSON.parse", () => {
    expect(Object.is(parseJson("-0"), -0)).toBe(true);
    const text = '{"b":1,"1":2,"a":3,"0":4}';
    expect(Object.keys(parseJson(text) as object)).toEqual(Object.keys(JSON.parse(text)));
  });

  it("builds plain objects and arrays", () => {
    const value = parseJson('{"a":[{}]}') as { a: object[] };
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Array.isArray(value.a)).toBe(true);
    expect(Object.getPrototypeOf(value.a[0])).toBe(Object.prototype);
  });
});

type Rejection = [
  text: string,
  code: string,
  line: number,
  column: number,
  path: string,
  detail: string,
];

const rejected: Rejection[] = [
  ["", "JSON_SYNTAX", 1, 1, "", "unexpected end of input"],
  ["  \n ", "JSON_SYNTAX", 2, 2, "", "unexpected end of input"],
  ["[1,2,]", "JSON_SYNTAX", 1, 6, "[2]", "expected a value, found ']'"],
  ['{"a":1,}', "JSON_SYNTAX", 1, 8, "", "expected a string key after ',', found '}'"],
  ['{"a":1 "b":2}', "JSON_SYNTAX", 1, 8, "", "expected ',' or '}' after an object member"],
  ['{"a":1]', "JSON_SYNTAX", 1, 7, "", "expected ',' or '}' after an object member, found ']'"],
  ["[1}", "JSON_SYNTAX", 1, 3, "", "expected ',' or ']' after an array element, found '}'"],
  ["[1 2]", "JSON_SYNTAX", 1, 4, "", "found '2'"],
  ['{"a" 1}', "JSON_SYNTAX", 1, 6, "a", "expected ':' after an object key, found '1'"],
  ['{"a":}', "JSON_SYNTAX", 1, 6, "a", "expected a value, found '}'"],
  ["{a:1}", "JSON_SYNTAX", 1, 2, "", "found 'a'"],
  ["{'a':1}", "JSON_SYNTAX", 1, 2, "", "found '''"],
  ["'a'", "JSON_SYNTAX", 1, 1, "", "expected a value, found '''"],
  ["// c\n1", "JSON_SYNTAX", 1, 1, "", "found '/'"],
  ["[1 /* c */]", "JSON_SYNTAX", 1, 4, "", "found '/'"],
  ["01", "JSON_SYNTAX", 1, 1, "", "leading zeros are not allowed in numbers"],
  ["-01", "JSON_SYNTAX", 1, 2, "", "leading zeros are not allowed in numbers"],
  ["[00]", "JSON_SYNTAX", 1, 2, "[0]", "leading zeros are not allowed in numbers"],
  ["+1", "JSON_SYNTAX", 1, 1, "", "found '+'"],
  [".5", "JSON_SYNTAX", 1, 1, "", "found '.'"],
  ["1.", "JSON_SYNTAX", 1, 3, "", "unexpected end of input"],
  ["1.e5", "JSON_SYNTAX", 1, 3, "", "found 'e'"],
  ["1e", "JSON_SYNTAX", 1, 3, "", "unexpected end of input"],
  ["1e+", "JSON_SYNTAX", 1, 4, "", "unexpected end of input"],
  ["1ex", "JSON_SYNTAX", 1, 3, "", "found 'x'"],
  ["-", "JSON_SYNTAX", 1, 2, "", "unexpected end of input"],
  ["- 1", "JSON_SYNTAX", 1, 2, "", "found U+0020"],
  ["0x10", "JSON_SYNTAX", 1, 2, "", "found 'x'"],
  ["NaN", "JSON_SYNTAX", 1, 1, "", "found 'N'"],
  ["Infinity", "JSON_SYNTAX", 1, 1, "", "found 'I'"],
  ["-Infinity", "JSON_SYNTAX", 1, 2, "", "found 'I'"],
  ["nul", "JSON_SYNTAX", 1, 4, "", "unexpected end of input"],
  ["nulL", "JSON_SYNTAX", 1, 4, "", "found 'L'"],
  ["True", "JSON_SYNTAX", 1, 1, "", "found 'T'"],
  ["[true false]", "JSON_SYNTAX", 1, 7, "", "found 'f'"],
  ["undefined", "JSON_SYNTAX", 1, 1, "", "found 'u'"],
  ['"abc', "JSON_SYNTAX", 1, 5, "", "unexpected end of input"],
  ['["a\tb"]', "JSON_SYNTAX", 1, 4, "[0]", "control character U+0009"],
  ['"\u0000"', "JSON_SYNTAX", 1, 2, "", "control character U+0000"],
  ['"a\nb"', "JSON_SYNTAX", 1, 3, "", "control character U+000A"],
  ['"\\x"', "JSON_SYNTAX", 1, 2, "", "invalid escape '\\x'"],
  ['"\\\'"', "JSON_SYNTAX", 1, 2, "", "invalid escape"],
  ['"\\', "JSON_SYNTAX", 1, 3, "", "unexpected end of input"],
  ['"\\u12"', "JSON_SYNTAX", 1, 6, "", "expected 4 hex digits after '\\u', found '\"'"],
  ['"\\u12G4"', "JSON_SYNTAX", 1, 6, "", "found 'G'"],
  ['"\\U0041"', "JSON_SYNTAX", 1, 2, "", "invalid escape '\\U'"],
  ['"\\ud800"', "JSON_SYNTAX", 1, 2, "", "lone surrogate \\ud800 in a string"],
  ['"\\uD800\\u0041"', "JSON_SYNTAX", 1, 2, "", "lone surrogate \\ud800"],
  ['"\\ud800\\ud800"', "JSON_SYNTAX", 1, 2, "", "lone surrogate \\ud800"],
  ['"x\\udc00"', "JSON_SYNTAX", 1, 3, "", "lone surrogate \\udc00"],
  ['"\\ud800\\n"', "JSON_SYNTAX", 1, 2, "", "lone surrogate \\ud800"],
  ['"\ud800"', "JSON_SYNTAX", 1, 2, "", "lone surrogate \\ud800"],
  ['"a\udfff"', "JSON_SYNTAX", 1, 3, "", "lone surrogate \\udfff"],
  ['"\udc00\ud800"', "JSON_SYNTAX", 1, 2, "", "lone surrogate \\udc00"],
  ['"\ud800\\udc00"', "JSON_SYNTAX", 1, 2, "", "lone surrogate \\ud800"],
  ['"\\ud800\udc00"', "JSON_SYNTAX", 1, 2, "", "lone surrogate \\ud800"],
  ['{"\\ud800":1}', "JSON_SYNTAX", 1, 3, "", "lone surrogate \\ud800"],
  ["1 2", "JSON_SYNTAX", 1, 3, "", "expected end of input after the JSON value, found '2'"],
  ["[1]]", "JSON_SYNTAX", 1, 4, "", "found ']'"],
  ["{}x", "JSON_SYNTAX", 1, 3, "", "found 'x'"],
  ["\ufeff{}", "JSON_SYNTAX", 1, 1, "", "found U+FEFF"],
  ["\u00a01", "JSON_SYNTAX", 1, 1, "", "found U+00A0"],
  ["\f1", "JSON_SYNTAX", 1, 1, "", "found U+000C"],
  ["[1,\v2]", "JSON_SYNTAX", 1, 4, "[1]", "found U+000B"],
  ['{\n  "a": 1,\n  "b": tru\n}', "JSON_SYNTAX", 3, 11, "b", "expected 'true', found U+000A"],
  ["[\r\n1,\r\n2,\r\n]", "JSON_SYNTAX", 4, 1, "[2]", "found ']'"],
  ["[\r\r x]", "JSON_SYNTAX", 3, 2, "[0]", "found 'x'"],
  ["[\n\r\n\r1,x]", "JSON_SYNTAX", 4, 3, "[1]", "found 'x'"],
  ['["😀", x]', "JSON_SYNTAX", 1, 8, "[1]", "found 'x'"],
  ['{"a":{"b\\q":1}}', "JSON_SYNTAX", 1, 9, "a", "invalid escape '\\q'"],
  ['{"a":[1,2}', "JSON_SYNTAX", 1, 10, "a", "expected ',' or ']' after an array element"],
  [
    '{"key with space":{"$ok_1":[0,{"__proto__":[x]}]}}',
    "JSON_SYNTAX",
    1,
    45,
    '["key with space"].$ok_1[1]["__proto__"][0]',
    "found 'x'",
  ],
  [
    '{"a.b":{"9":{"é":[[0,[1,2,-]]]}}}',
    "JSON_SYNTAX",
    1,
    28,
    '["a.b"]["9"]["é"][0][1][2]',
    "expected a digit after '-', found ']'",
  ],
  ['{"a":1,"a":2}', "DUPLICATE_KEY", 1, 8, "a", 'duplicate key "a"'],
  ['{"a":1,"\\u0061":2}', "DUPLICATE_KEY", 1, 8, "a", 'duplicate key "a"'],
  ['{"x":[{"k":1},{"k":1,"k":2}]}', "DUPLICATE_KEY", 1, 22, "x[1].k", 'duplicate key "k"'],
  ['{"__proto__":1,"__proto__":2}', "DUPLICATE_KEY", 1, 16, '["__proto__"]', "__proto__"],
  ['{"":1,"b":{},"":2}', "DUPLICATE_KEY", 1, 14, '[""]', 'duplicate key ""'],
  ['{"a":1,"a":2,}', "DUPLICATE_KEY", 1, 8, "a", 'duplicate key "a"'],
];

describe("parseJson rejects", () => {
  it.each(rejected)("%j: %s at %i:%i", (text, code, line, column, path, detail) => {
    // The oracle: JSON.parse rejects it too, unless it is one of the two stricter rules.
    if (code === "JSON_SYNTAX" && !detail.includes("lone surrogate")) {
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
    }
    const e = thrown(() => parseJson(text));
    expect(e).toBeInstanceOf(JsonError);
    const error = e as JsonError;
    expect({
      code: error.code,
      line: error.line,
      column: error.column,
      path: error.path,
    }).toEqual({ code, line, column, path });
    expect(error.detail).toContain(detail);
    expect(error.message).toContain(`at ${line}:${column}`);
  });
});

describe("__proto__ and other Object.prototype names", () => {
  it("makes __proto__ an own data property, never the prototype", () => {
    const text = '{"__proto__":{"polluted":true},"a":[{"__proto__":[1]}]}';
    const value = parseJson(text) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")).toEqual({
      value: { polluted: true },
      writable: true,
      enumerable: true,
      configurable: true,
    });
    const inner = (value.a as Record<string, unknown>[])[0]!;
    expect(Object.getPrototypeOf(inner)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(inner, "__proto__")?.value).toEqual([1]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(value).toStrictEqual(JSON.parse(text));
    expect(Object.keys(value)).toEqual(Object.keys(JSON.parse(text)));
  });

  it("keeps __proto__ an own property wherever it stands among the keys", () => {
    const text = '{"a":1,"__proto__":null,"b":3}';
    const value = parseJson(text) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["a", "__proto__", "b"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("treats constructor, hasOwnProperty and friends as ordinary keys", () => {
    const text = '{"constructor":{"prototype":{"x":1}},"hasOwnProperty":1,"toString":"s"}';
    const value = parseJson(text) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["constructor", "hasOwnProperty", "toString"]);
    expect(value.hasOwnProperty).toBe(1);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    // toEqual: toStrictEqual compares the `constructor` properties as the objects' classes.
    expect(value).toEqual(JSON.parse(text));
  });
});

describe("largeNumbers", () => {
  const large = (text: string) => parseJson(text, { largeNumbers: true });

  it.each([
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551615",
    "9007199254740992",
    "-9007199254740992",
    "1e20",
    "1.5e300",
    "-12345678901234567890.5",
    "1e400",
    "-1e400",
  ])("keeps %s exactly", (text) => {
    const value = large(text);
    expect(value).toBeInstanceOf(LargeNumber);
    expect(value).toEqual(new LargeNumber(text, Number(text)));
  });

  it.each(["9007199254740991", "-9007199254740991", "0", "-0", "1.5", "1e15", "1e-300", "5e-400"])(
    "leaves %s a number",
    (text) => {
      expect(large(text)).toBe(Number(text));
    },
  );

  it("applies inside containers and only when asked", () => {
    const text = '{"a":[1e20,2],"b":{"c":-9223372036854775808}}';
    const value = large(text) as { a: unknown[]; b: { c: unknown } };
    expect(value.a[0]).toEqual(new LargeNumber("1e20", 1e20));
    expect(value.a[1]).toBe(2);
    expect(value.b.c).toEqual(new LargeNumber("-9223372036854775808", -(2 ** 63)));
    expect(parseJson(text)).toStrictEqual(JSON.parse(text));
  });
});

describe("maxDepth", () => {
  const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

  it("accepts exactly the default 100 levels and rejects 101", () => {
    expect(parseJson(nested(100))).toStrictEqual(JSON.parse(nested(100)));
    const error = thrown(() => parseJson(nested(101))) as JsonError;
    expect(error).toBeInstanceOf(JsonError);
    expect([error.code, error.line, error.column]).toEqual(["RECURSION_LIMIT", 1, 101]);
    expect(error.path).toBe("[0]".repeat(100));
  });

  it("counts objects and empty containers as levels", () => {
    const ok = '{"a":{"b":{"c":1}}}';
    expect(parseJson(ok, { maxDepth: 3 })).toEqual(JSON.parse(ok));
    const error = thrown(() => parseJson('{"a":{"b":{"c":{}}}}', { maxDepth: 3 })) as JsonError;
    expect([error.code, error.column, error.path]).toEqual(["RECURSION_LIMIT", 16, "a.b.c"]);
    expect((thrown(() => parseJson("[[[[]]]]", { maxDepth: 3 })) as JsonError).code).toBe(
      "RECURSION_LIMIT",
    );
    expect(parseJson("[[[]]]", { maxDepth: 3 })).toEqual([[[]]]);
  });

  it("with maxDepth 0 accepts scalars only", () => {
    expect(parseJson('"x"', { maxDepth: 0 })).toBe("x");
    for (const text of ["[]", "{}"]) {
      expect((thrown(() => parseJson(text, { maxDepth: 0 })) as JsonError).code).toBe(
        "RECURSION_LIMIT",
      );
    }
  });

  it("reports a syntax error before the limit is reached", () => {
    const error = thrown(() => parseJson(`[[${"[".repeat(200)}`, { maxDepth: 1 })) as JsonError;
    expect([error.code, error.column]).toEqual(["RECURSION_LIMIT", 2]);
    expect((thrown(() => parseJson("[x[[[", { maxDepth: 1 })) as JsonError).code).toBe(
      "JSON_SYNTAX",
    );
  });
});
