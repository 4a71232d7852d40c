// What a failed read tells its caller (JsonError: code, path in JS property names from the
// root type, line:column for syntax errors, a message that says all three), and that keys
// such as "__proto__" in maps and Structs stay ordinary data: nothing is polluted.
import { describe, expect, it } from "vitest";
import { JsonError, ProtowireError } from "../../src/index.js";
import { thrown } from "../helpers/thrown.js";
import { loadBehaviourSchema } from "./helpers/behaviour-schema.js";

const schema = loadBehaviourSchema();
const M = schema.messageType("b.M");

const error = (fn: () => unknown) => {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(JsonError);
  return e as JsonError;
};

describe("JsonError", () => {
  it("is a ProtowireError with code, detail and path", () => {
    const e = error(() => M.fromJsonString('{"items":[{},{},{"sku":1}]}'));
    expect(e).toBeInstanceOf(ProtowireError);
    expect(e.name).toBe("JsonError");
    expect(e.code).toBe("INVALID_VALUE");
    expect(e.path).toBe("M.items[2].sku");
    expect(e.message.startsWith(`INVALID_VALUE: ${e.detail}`)).toBe(true);
    expect(e.message.endsWith("(field M.items[2].sku)")).toBe(true);
  });

  it("paths name map entries by key, oneof members, WKT fields and Any contents", () => {
    const cases: [string, string][] = [
      ['{"labels":{"k":"x"}}', 'M.labels["k"]'],
      ['{"kItem":{"a\\"b":{"qty":"x"}}}', 'M.kItem["a\\"b"].qty'],
      ['{"kInt32":{"7":1}}', 'M.kInt32["7"]'],
      ['{"child":{"child":{"number":"x"}}}', "M.child.child.number"],
      ['{"ts":"yesterday"}', "M.ts"],
    ];
    for (const [text, path] of cases) {
      const e = error(() => M.fromJsonString(text));
      expect(e.path, text).toBe(path);
      expect(e.message, text).toContain(`(field ${path})`);
    }
    // Inside a Struct the path names each key and index on the way (its exact spelling of the
    // Struct's own levels is the implementation's choice).
    const deep = '{"values":[1,{"a":[1,"NaN",{}]}],"st":{"a":{"b":[1,[true,1e999]]}}}';
    expect(error(() => M.fromJsonString(deep)).path).toMatch(/^M\.st\b.*"a".*"b".*\[1\].*\[1\]$/);
  });

  it("syntax errors carry line and column (1-based, UTF-16 columns) and say what was expected", () => {
    const e = error(() => M.fromJsonString('{\n  "plainInt": 1,\n  "name": "é",,\n}'));
    expect(e.code).toBe("JSON_SYNTAX");
    expect([e.line, e.column]).toEqual([3, 15]);
    expect(e.message).toContain("at 3:15");
    const trailing = error(() => M.fromJsonString('{"nums":[1,2,]}'));
    expect([trailing.code, trailing.line, trailing.column]).toEqual(["JSON_SYNTAX", 1, 14]);
    for (const text of [
      "",
      "{",
      "{'a':1}",
      '{"a":01}',
      "{/*c*/}",
      '{"a":+1}',
      '"\\ud800"',
      "{} x",
    ]) {
      expect(error(() => M.fromJsonString(text)).code, text).toBe("JSON_SYNTAX");
    }
  });

  it("a value of the wrong shape is INVALID_VALUE, in text as in values (not JSON_SYNTAX)", () => {
    // JSON_SYNTAX means "not JSON" (src/json/errors.ts); these are JSON, of the wrong shape.
    for (const text of [
      "[]",
      "1",
      '"s"',
      "null",
      '{"child":[]}',
      '{"child":"x"}',
      '{"empty":[]}',
      '{"items":{}}',
      '{"items":[1]}',
      '{"labels":[]}',
      '{"st":[]}',
      '{"nums":{}}',
    ]) {
      expect(error(() => M.fromJsonString(text)).code, text).toBe("INVALID_VALUE");
      expect(error(() => M.fromJson(JSON.parse(text))).code, text).toBe("INVALID_VALUE");
    }
    expect(error(() => M.fromJsonString(1 as never)).code).toBe("INVALID_VALUE");
  });

  it("a position, when given, is in the message", () => {
    const e = error(() => M.fromJsonString('{"plainInt":"x"}'));
    if (e.line !== undefined) expect(e.message).toContain(`at ${e.line}:${e.column}`);
    expect(e.message).toContain("(field M.plainInt)");
  });

  it("duplicate keys anywhere are DUPLICATE_KEY, with the place they occur", () => {
    const e = error(() => M.fromJsonString('{"st":{"a":{"b":1,"b":2}}}'));
    expect(e.code).toBe("DUPLICATE_KEY");
    expect(e.line).toBe(1);
    expect(e.message).toContain('"b"');
  });
});

describe("prototype pollution", () => {
  it('"__proto__" as a map key is an ordinary key, both ways', () => {
    const text = '{"labels":{"__proto__":1,"constructor":2},"kItem":{"__proto__":{"sku":"p"}}}';
    const m = M.fromJsonString(text) as { labels: Map<string, number> };
    expect([...m.labels]).toEqual([
      ["__proto__", 1],
      ["constructor", 2],
    ]);
    const out = M.toJson(m as never) as { labels: object; kItem: object };
    expect(Object.hasOwn(out.labels, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(out.labels)).toBe(Object.prototype);
    expect(M.toJsonString(m as never)).toBe(text);
    // The same from a value JSON.parse made (an own "__proto__" property).
    expect(M.toJsonString(M.fromJson(JSON.parse(text)))).toBe(text);
    expect(({} as Record<string, unknown>).sku).toBeUndefined();
  });

  it('"__proto__" as a Struct key is an ordinary key, at any depth', () => {
    const text = '{"st":{"__proto__":{"polluted":true}},"val":{"a":{"__proto__":{"polluted":1}}}}';
    const m = M.fromJsonString(text) as { st: { fields: Map<string, unknown> } };
    expect([...m.st.fields.keys()]).toEqual(["__proto__"]);
    expect(M.toJsonString(m as never)).toBe(text);
    const out = M.toJson(m as never) as { st: object };
    expect(Object.hasOwn(out.st, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(out.st)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('"__proto__" as a message key is an unknown field, never a way to set fields', () => {
    const text = '{"__proto__":{"plainInt":5}}';
    expect(error(() => M.fromJsonString(text)).code).toBe("UNKNOWN_FIELD");
    expect(error(() => M.fromJson(JSON.parse(text))).code).toBe("UNKNOWN_FIELD");
    const m = M.fromJsonString(text, { ignoreUnknownFields: true }) as { plainInt: number };
    expect(m.plainInt).toBe(0);
    for (const key of ["constructor", "toString", "hasOwnProperty", "valueOf"]) {
      expect(error(() => M.fromJsonString(`{"${key}":1}`)).code, key).toBe("UNKNOWN_FIELD");
    }
  });

  it("inherited properties of a value are not read as fields", () => {
    const proto = { plainInt: 5 };
    const value = Object.create(proto) as object;
    expect(M.toJson(M.fromJson(value))).toEqual({});
  });
});
