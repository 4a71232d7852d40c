// Goldens from independent implementations (issue 11): fixtures/json/cases/*.binpb are
// protoc's encodings of text-format instances and *.json buf's (Go protojson's) JSON of them,
// over a schema covering every scalar, enum, map key type, oneof, repeated and nested field,
// json_name, proto2 groups and extensions, and every well-known type. protowire must write
// the same JSON (compared as values: Go spaces and orders keys its own way and writes floats
// in float32's shortest form), read the golden JSON back to the golden message, and agree with
// protoc on every field's JSON name and with @bufbuild/protobuf on the text it writes.
import { createFileRegistry, toJson as esToJson, fromBinary } from "@bufbuild/protobuf";
import { type DescriptorProto, FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import type { JsonWriteOptions } from "../../src/index.js";
import { canonical } from "./helpers/canonical.js";
import {
  goldenCases,
  goldenDescriptorSet,
  goldenExtensions,
  loadGoldenSchema,
} from "./helpers/golden-fixtures.js";
import { atTypeFirst, jsonDifference, withoutNegativeZero } from "./helpers/json-compare.js";

const schema = loadGoldenSchema();
const extensions = goldenExtensions(schema);
const cases = goldenCases();

describe("JSON goldens from protoc and buf", () => {
  it("covers every case file", () => {
    expect(cases.map((c) => c.name)).toEqual([
      "float-limits",
      "maps",
      "proto2",
      "repeated-oneofs",
      "scalars",
      "wkt",
    ]);
  });

  it.each(cases)("$name: toJson of the golden binary equals the golden JSON", (c) => {
    const type = schema.messageType(c.typeName);
    const ours = type.toJson(type.decode(c.binary));
    expect(jsonDifference(ours, JSON.parse(c.json))).toBeUndefined();
    // The text form too (parsed back by JSON.parse: all 64-bit integers are strings). JSON
    // text writes -0 as 0, as JSON.stringify and protobuf-es do (the spec: "-0 is considered
    // equivalent to 0"); Go writes -0.
    const text = type.toJsonString(type.decode(c.binary));
    const golden = withoutNegativeZero(JSON.parse(c.json));
    expect(jsonDifference(JSON.parse(text), golden)).toBeUndefined();
  });

  it.each(cases)("$name: fromJsonString of the golden JSON is the golden message", (c) => {
    const type = schema.messageType(c.typeName);
    const want = canonical(type.decode(c.binary), extensions);
    expect(canonical(type.fromJsonString(c.json), extensions)).toStrictEqual(want);
    expect(canonical(type.fromJson(JSON.parse(c.json)), extensions)).toStrictEqual(want);
  });

  // A map's entries come out of JSON in another order than protoc's (JSON objects put
  // integer-like keys first), so cases with maps (and Structs) compare above only.
  const withoutMaps = cases.filter((c) => !["maps", "wkt"].includes(c.name));
  it.each(withoutMaps)(
    "$name: fromJsonString of the golden JSON encodes to protoc's bytes",
    (c) => {
      const type = schema.messageType(c.typeName);
      expect(type.encode(type.fromJsonString(c.json))).toEqual(c.binary);
    },
  );
});

describe("against protoc's descriptors and @bufbuild/protobuf", () => {
  const set = fromBinary(FileDescriptorSetSchema, goldenDescriptorSet());
  const registry = createFileRegistry(set);

  it("every field's JSON name is protoc's json_name", () => {
    const seen: string[] = [];
    const visit = (prefix: string, m: DescriptorProto): void => {
      const info = schema.findMessage(`${prefix}${m.name}`);
      expect(info, `${prefix}${m.name}`).toBeDefined();
      for (const f of m.field) {
        const ours = info!.fields.find((x) => x.number === f.number);
        expect(ours?.jsonName, `${info!.fullName}.${f.name}`).toBe(f.jsonName);
        seen.push(f.jsonName);
      }
      for (const n of m.nestedType) visit(`${prefix}${m.name}.`, n);
    };
    for (const file of set.file) {
      for (const m of file.messageType) visit(file.package === "" ? "" : `${file.package}.`, m);
    }
    expect(seen).toContain("customName");
    expect(seen).toContain("fieldName3D");
    expect(seen).toContain("snakeDouble");
  });

  // One known difference: protobuf-es writes an Any's "@type" after the fields, protowire
  // first, as protoc (C++), Go and the spec's examples do; protobuf-es's JSON is compared with
  // "@type" moved to the front (its toJsonString is JSON.stringify of its toJson).
  const options: JsonWriteOptions[] = [
    {},
    { alwaysEmitImplicit: true },
    { enumAsInteger: true },
    { useProtoFieldName: true },
  ];
  it.each(cases)("$name: toJsonString equals @bufbuild/protobuf's, for each option", (c) => {
    const type = schema.messageType(c.typeName);
    const desc = registry.getMessage(c.typeName)!;
    const esMsg = fromBinary(desc, c.binary);
    const ours = type.decode(c.binary);
    for (const o of options) {
      const theirs = JSON.stringify(atTypeFirst(esToJson(desc, esMsg, { ...o, registry })));
      expect(type.toJsonString(ours, o), JSON.stringify(o)).toBe(theirs);
    }
    const pretty = JSON.stringify(atTypeFirst(esToJson(desc, esMsg, { registry })), null, 2);
    expect(type.toJsonString(ours, { prettySpaces: 2 })).toBe(pretty);
  });
});
