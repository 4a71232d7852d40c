/**
 * User- and schema-controlled strings that are also Object.prototype keys: as `sources` record
 * keys, file names, packages, type, field, oneof, enum value, service and JSON names, and map
 * keys (decoded and given to create()). Each must behave as an ordinary name and leave
 * Object.prototype (and the loaded objects' prototypes) alone.
 */
import { afterEach, describe, expect, it } from "vitest";
import { loadSchemaSync } from "../../src/api/load.js";

const KEYS = ["__proto__", "constructor", "hasOwnProperty", "toString", "valueOf"];

function prototypeIsClean(): void {
  const probe: Record<string, unknown> = {};
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(BASELINE);
  expect(probe.polluted).toBeUndefined();
  expect(typeof probe.hasOwnProperty).toBe("function");
}
const BASELINE = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(prototypeIsClean);

describe("prototype keys as names", () => {
  it("file names in a sources record, including one parsed from JSON", () => {
    for (const key of KEYS) {
      const sources = JSON.parse(
        JSON.stringify({ [key]: 'syntax = "proto3"; package dep; message D { int32 v = 1; }' }),
      ) as Record<string, string>;
      sources["main.proto"] = `syntax = "proto3"; import "${key}"; message Main { dep.D d = 1; }`;
      expect(Object.hasOwn(sources, key)).toBe(true);
      const s = loadSchemaSync({ sources });
      expect(s.files.map((f) => f.name)).toEqual([key, "main.proto"]);
      const Main = s.messageType("Main");
      expect(Main.decode(new Uint8Array([0x0a, 0x02, 0x08, 0x07]))).toMatchObject({
        d: { v: 7 },
      });
    }
  });

  it("an import of a prototype key that no source defines is not found", () => {
    for (const key of KEYS) {
      const sources = { "a.proto": `syntax = "proto3"; import "${key}";` };
      expect(() => loadSchemaSync({ sources })).toThrow(
        `a.proto:1:20: Import "${key}" was not found or had errors.`,
      );
    }
  });

  it("packages, types, fields, oneofs, enum values, services and JSON names", () => {
    for (const key of KEYS) {
      const source = `syntax = "proto3";
package ${key};
enum ${key}E { ${key}_V = 0; ONE = 1; }
message ${key} {
  int32 ${key} = 1 [json_name = "${key}"];
  oneof ${key}_o { string s = 2; }
  ${key}E e = 3;
  ${key} self = 4;
  map<string, int32> m = 5;
}
service ${key}S { rpc ${key}_rpc(${key}) returns (${key}); }
`;
      const s = loadSchemaSync({ sources: { "k.proto": source } });
      const info = s.findMessage(`${key}.${key}`)!;
      expect(info.fields.map((f) => f.name)).toEqual([key, "s", "e", "self", "m"]);
      expect(info.fields[0]!.jsonName).toBe(key);
      expect(s.findEnum(`${key}.${key}E`)!.values.map((v) => v.name)).toEqual([`${key}_V`, "ONE"]);
      expect(s.findService(`${key}.${key}S`)!.methods[0]!.name).toBe(`${key}_rpc`);
      const T = s.messageType<Record<string, unknown>>(`${key}.${key}`);
      const prop = info.fields[0]!.localName;
      // field 1 = 9, field 2 = "x", field 3 = ONE, field 4 = { field 1 = 2 }, m = { "__proto__": 3 }
      const bytes = new Uint8Array([
        0x08,
        0x09,
        0x12,
        0x01,
        0x78,
        0x18,
        0x01,
        0x22,
        0x02,
        0x08,
        0x02,
        0x2a,
        0x0d,
        0x0a,
        0x09,
        ...new TextEncoder().encode("__proto__"),
        0x10,
        0x03,
      ]);
      const m = T.decode(bytes);
      expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
      expect(Object.hasOwn(m, prop)).toBe(true);
      expect(m[prop]).toBe(9);
      expect((m.self as Record<string, unknown>)[prop]).toBe(2);
      expect(m.m).toEqual(new Map([["__proto__", 3]]));
      expect(T.encode(m)).toEqual(bytes);
    }
  });

  it("map keys from a plain object parsed from JSON", () => {
    const s = loadSchemaSync({
      sources: { "m.proto": 'syntax = "proto3"; message M { map<string, string> labels = 1; }' },
    });
    const M = s.messageType<{ labels: Map<string, string> }>("M");
    const init = JSON.parse('{"labels": {"__proto__": "a", "constructor": "b"}}') as object;
    const m = M.create(init);
    expect(m.labels).toEqual(
      new Map([
        ["__proto__", "a"],
        ["constructor", "b"],
      ]),
    );
    expect(M.decode(M.encode(m)).labels.get("__proto__")).toBe("a");
  });
});
