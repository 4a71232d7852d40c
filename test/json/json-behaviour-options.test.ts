// The JSON options a @bufbuild/protobuf user relies on, by their protobuf-es names: write
// alwaysEmitImplicit, enumAsInteger, useProtoFieldName, prettySpaces, registry, allowPartial;
// read ignoreUnknownFields, registry, recursionLimit, allowPartial. Expected values come from
// the proto3 JSON spec or from protobuf-es on the same descriptors.
import { toJsonString as esToJsonString, fromBinary } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { JsonError } from "../../src/index.js";
import { thrown } from "../helpers/thrown.js";
import { esRegistry, loadBehaviourSchema, loadOtherSchema } from "./helpers/behaviour-schema.js";

const schema = loadBehaviourSchema();
const M = schema.messageType("b.M");
const Req = schema.messageType("b2.Req");
const registry = esRegistry(schema);
const desc = registry.getMessage("b.M")!;

const code = (fn: () => unknown) => (thrown(fn) as JsonError).code;

describe("write options", () => {
  it("by default omits implicit-presence zeros and unset fields", () => {
    expect(M.toJsonString(M.create())).toBe("{}");
    expect(M.toJson(M.create({ plainInt: 0, name: "", nums: [], flag: false }))).toEqual({});
  });

  it("alwaysEmitImplicit writes implicit zeros, empty lists and maps, as protobuf-es does", () => {
    const out = M.toJson(M.create(), { alwaysEmitImplicit: true }) as Record<string, unknown>;
    expect(out.plainInt).toBe(0);
    expect(out.bigId).toBe("0");
    expect(out.data).toBe("");
    expect(out.color).toBe("COLOR_UNSPECIFIED");
    expect(out.items).toEqual([]);
    expect(out.labels).toEqual({});
    expect(out.nullValue).toBe(null);
    // Explicit presence, messages and oneofs stay absent when unset.
    for (const key of ["optInt", "optColor", "child", "any", "ts", "text", "choice"]) {
      expect(Object.hasOwn(out, key), key).toBe(false);
    }
    const es = fromBinary(desc, new Uint8Array(0));
    const theirs = esToJsonString(desc, es, { alwaysEmitImplicit: true, registry });
    expect(M.toJsonString(M.create(), { alwaysEmitImplicit: true })).toBe(theirs);
  });

  it("enumAsInteger writes numbers; names by default (the first alias)", () => {
    const m = M.create({ color: 1, colors: [2, 1, 99], kColor: new Map([["a", 2]]) });
    expect(M.toJson(m)).toEqual({
      color: "RED",
      colors: ["GREEN", "RED", 99],
      kColor: { a: "GREEN" },
    });
    expect(M.toJson(m, { enumAsInteger: true })).toEqual({
      color: 1,
      colors: [2, 1, 99],
      kColor: { a: 2 },
    });
  });

  it("useProtoFieldName writes proto names, also instead of a json_name", () => {
    const m = M.create({
      plainInt: 1,
      renamed: "r",
      optInt: 0,
      choice: { case: "text", value: "t" },
    });
    expect(M.toJson(m)).toEqual({ plainInt: 1, customName: "r", optInt: 0, text: "t" });
    expect(M.toJson(m, { useProtoFieldName: true })).toEqual({
      plain_int: 1,
      renamed: "r",
      opt_int: 0,
      text: "t",
    });
  });

  it("prettySpaces indents as JSON.stringify does", () => {
    const m = M.create({ plainInt: 1, items: [{ sku: "x" }] });
    expect(M.toJsonString(m, { prettySpaces: 2 })).toBe(
      '{\n  "plainInt": 1,\n  "items": [\n    {\n      "sku": "x"\n    }\n  ]\n}',
    );
    expect(M.toJsonString(m)).toBe('{"plainInt":1,"items":[{"sku":"x"}]}');
  });

  it("registry: Any of a type from another schema is written and read with it, not without", () => {
    const other = loadOtherSchema();
    const Extra = other.messageType("other.Extra");
    const any = {
      typeUrl: "type.googleapis.com/other.Extra",
      value: Extra.encode(Extra.create({ note: "n" })),
    };
    const m = M.create({ any });
    expect(code(() => M.toJson(m))).toBe("UNKNOWN_TYPE");
    const json = { any: { "@type": "type.googleapis.com/other.Extra", note: "n" } };
    expect(M.toJson(m, { registry: other })).toEqual(json);
    expect(code(() => M.fromJson(json))).toBe("UNKNOWN_TYPE");
    expect(M.encode(M.fromJson(json, { registry: other }))).toEqual(M.encode(m));
  });

  it("allowPartial: proto2 required fields unset are MISSING_REQUIRED unless allowed", () => {
    const partial = Req.create({ child: {} });
    const e = thrown(() => Req.toJson(partial)) as JsonError;
    expect(e).toBeInstanceOf(JsonError);
    expect(e.code).toBe("MISSING_REQUIRED");
    expect(e.message).toContain("child.id");
    expect(Req.toJson(partial, { allowPartial: true })).toEqual({ child: {} });
  });
});

describe("read options", () => {
  it("unknown keys are UNKNOWN_FIELD, or skipped with ignoreUnknownFields", () => {
    const e = thrown(() => M.fromJsonString('{"plainInt":1,"nope":{"a":[1]}}')) as JsonError;
    expect(e.code).toBe("UNKNOWN_FIELD");
    expect(e.message).toContain("nope");
    const m = M.fromJsonString('{"plainInt":1,"nope":{"a":[1]}}', { ignoreUnknownFields: true });
    expect(M.toJson(m)).toEqual({ plainInt: 1 });
  });

  it("unknown enum names are INVALID_VALUE, or dropped with ignoreUnknownFields", () => {
    const text = '{"color":"BLUE","colors":["RED","BLUE","GREEN"],"kColor":{"a":"BLUE","b":"RED"}}';
    expect(code(() => M.fromJsonString(text))).toBe("INVALID_VALUE");
    const m = M.fromJsonString(text, { ignoreUnknownFields: true });
    // The spec (and the conformance suite): the field stays unset, list elements and map
    // entries with the unknown name are dropped.
    expect(M.toJson(m)).toEqual({ colors: ["RED", "GREEN"], kColor: { b: "RED" } });
  });

  it("ignoreUnknownFields still rejects a known field's bad value", () => {
    expect(code(() => M.fromJsonString('{"plainInt":"x"}', { ignoreUnknownFields: true }))).toBe(
      "INVALID_VALUE",
    );
  });

  it("recursionLimit bounds message nesting (default 100; the root is depth 0, as in binary)", () => {
    const nested = (n: number) => `${'{"child":'.repeat(n)}{}${"}".repeat(n)}`;
    expect(() => M.fromJsonString(nested(6), { recursionLimit: 6 })).not.toThrow();
    expect(code(() => M.fromJsonString(nested(7), { recursionLimit: 6 }))).toBe("RECURSION_LIMIT");
    expect(code(() => M.fromJson(JSON.parse(nested(7)), { recursionLimit: 6 }))).toBe(
      "RECURSION_LIMIT",
    );
    expect(() => M.fromJsonString(nested(100))).not.toThrow();
    expect(code(() => M.fromJsonString(nested(101)))).toBe("RECURSION_LIMIT");
  });

  it("recursionLimit agrees with the binary decoder's on the same message", () => {
    for (const depth of [3, 4, 5]) {
      const text = `${'{"child":'.repeat(depth)}{}${"}".repeat(depth)}`;
      const bytes = M.encode(M.fromJsonString(text));
      const binary = (() => {
        try {
          M.decode(bytes, { recursionLimit: 5 });
          return "ok";
        } catch {
          return "limit";
        }
      })();
      const json = (() => {
        try {
          M.fromJsonString(text, { recursionLimit: 5 });
          return "ok";
        } catch {
          return "limit";
        }
      })();
      expect(json, `depth ${depth}`).toBe(binary);
    }
  });

  it("a message 100 levels deep, which binary decodes and encodes by default, is written and read", () => {
    const text = `${'{"child":'.repeat(100)}{}${"}".repeat(100)}`;
    const m = M.fromJsonString(text, { recursionLimit: 1000 });
    const back = M.decode(M.encode(m));
    expect(M.toJsonString(back)).toBe(text);
    expect(M.encode(M.fromJsonString(text))).toEqual(M.encode(m));
  });

  it("recursionLimit bounds Struct and ListValue nesting too", () => {
    const lists = (n: number) => `{"val":${"[".repeat(n)}${"]".repeat(n)}}`;
    expect(code(() => M.fromJsonString(lists(50), { recursionLimit: 10 }))).toBe("RECURSION_LIMIT");
    expect(code(() => M.fromJson(JSON.parse(lists(50)), { recursionLimit: 10 }))).toBe(
      "RECURSION_LIMIT",
    );
  });

  it("allowPartial: missing required fields are MISSING_REQUIRED with their paths", () => {
    const e = thrown(() => Req.fromJsonString('{"list":[{"id":1},{}],"byName":{"k":{}}}'));
    expect(e).toBeInstanceOf(JsonError);
    expect((e as JsonError).code).toBe("MISSING_REQUIRED");
    for (const p of ["id", "list[1].id", 'byName["k"].id']) {
      expect((e as JsonError).message).toContain(p);
    }
    const m = Req.fromJsonString('{"list":[{}]}', { allowPartial: true });
    expect(Req.toJson(m, { allowPartial: true })).toEqual({ list: [{}] });
    expect(Req.toJson(Req.fromJsonString('{"id":0}'))).toEqual({ id: 0 });
  });
});
