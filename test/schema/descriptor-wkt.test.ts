// The bundled well-known types: the embedded module matches the .proto files, every file links
// on its own, and the editions feature defaults the linker uses are the ones descriptor.proto
// declares in its `edition_defaults` options.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain .mjs script without type declarations
import { render, renderDescriptorBinary } from "../../scripts/embed-wkt.mjs";
import { Edition } from "../../src/schema/descriptor/shapes.js";
import { editionDefaults, FEATURE_DEFAULTS } from "../../src/schema/linker/features.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { WKT_SOURCES } from "../../src/schema/wkt/sources.js";

const wktDir = join(import.meta.dirname, "../../src/schema/wkt");

describe("bundled well-known types", () => {
  it("src/schema/wkt/descriptor-binary.ts is protoc 36.2's compilation of the bundled descriptor.proto", () => {
    expect(renderDescriptorBinary()).toBe(
      readFileSync(join(wktDir, "descriptor-binary.ts"), "utf8"),
    );
  });

  it("src/schema/wkt/sources.ts is in sync with the .proto files (node scripts/embed-wkt.mjs)", () => {
    expect(render()).toBe(readFileSync(join(wktDir, "sources.ts"), "utf8"));
    const names = readdirSync(join(wktDir, "google/protobuf"), { recursive: true })
      .map(String)
      .filter((n) => n.endsWith(".proto"))
      .map((n) => `google/protobuf/${n.split("\\").join("/")}`);
    expect([...WKT_SOURCES.keys()].sort()).toEqual(names.sort());
    // The 11 well-known type files and descriptor.proto's neighbours protoc ships: 8 language
    // feature and option files and compiler/plugin.proto.
    expect(names).toHaveLength(20);
  });

  for (const name of WKT_SOURCES.keys()) {
    it(`${name} loads from memory alone`, () => {
      const s = loadSchemaSync({ sources: {}, files: [name] });
      expect(s.files.at(-1)!.name).toBe(name);
    });
  }

  it("descriptor.proto is the editions one", () => {
    const s = loadSchemaSync({ sources: {}, files: ["google/protobuf/descriptor.proto"] });
    expect(s.findEnum("google.protobuf.Edition")!.value("EDITION_2024")!.number).toBe(1001);
    expect(s.findMessage("google.protobuf.FeatureSetDefaults")).toBeDefined();
  });

  it("FEATURE_DEFAULTS equals descriptor.proto's edition_defaults", () => {
    const s = loadSchemaSync({ sources: {}, files: ["google/protobuf/descriptor.proto"] });
    const featureSet = s.findMessage("google.protobuf.FeatureSet")!;
    const edition = s.findEnum("google.protobuf.Edition")!;
    const declared: Record<string, [number, number][]> = {};
    for (const f of featureSet.fields) {
      const defaults = f.proto.options?.editionDefaults ?? [];
      if (defaults.length === 0) continue;
      declared[f.localName] = defaults.map((d) => [
        d.edition ?? 0,
        f.enum!.value(d.value ?? "")!.number,
      ]);
    }
    expect(declared).toEqual(FEATURE_DEFAULTS);
    expect(edition.value("EDITION_LEGACY")!.number).toBe(Edition.EDITION_LEGACY);
  });

  it("resolves defaults per edition", () => {
    expect(editionDefaults(Edition.EDITION_PROTO2)).toMatchObject({
      fieldPresence: 1,
      enumType: 2,
      repeatedFieldEncoding: 2,
      utf8Validation: 3,
      messageEncoding: 1,
    });
    expect(editionDefaults(Edition.EDITION_PROTO3)).toMatchObject({
      fieldPresence: 2,
      enumType: 1,
      repeatedFieldEncoding: 1,
      utf8Validation: 2,
    });
    expect(editionDefaults(Edition.EDITION_2023)).toMatchObject({ fieldPresence: 1, enumType: 1 });
    expect(editionDefaults(Edition.EDITION_2024).enforceNamingStyle).toBe(1);
  });
});

describe("descriptor/tables.ts (the binary codec of descriptors)", () => {
  it("knows every field of the bundled descriptor.proto, by number, name and kind", async () => {
    const tables = await import("../../src/schema/descriptor/tables.js");
    const s = loadSchemaSync({ sources: {}, files: ["google/protobuf/descriptor.proto"] });
    const byName = new Map<string, import("../../src/schema/descriptor/tables.js").MessageTable>();
    for (const v of Object.values(tables)) {
      if (typeof v === "object" && v !== null && "fields" in v) byName.set(v.name, v);
    }
    // Messages the codec needs (GeneratedCodeInfo is never part of a descriptor set).
    const needed = [...byName.keys()];
    expect(needed.length).toBeGreaterThan(25);
    for (const name of needed) {
      const table = byName.get(name)!;
      const msg = s.findMessage(`google.protobuf.${name}`)!;
      expect(msg, name).toBeDefined();
      const kind = (t: number): string =>
        ({
          9: "string",
          12: "bytes",
          8: "bool",
          3: "int64",
          4: "uint64",
          1: "double",
          11: "message",
        })[t] ?? "int32";
      const fromProto = msg.fields.map((f) => [
        f.number,
        f.localName,
        kind(f.type),
        f.repeated,
        f.packed,
      ]);
      const fromTable = [...table.fields]
        .sort((a, b) => a.no - b.no)
        .map((f) => [f.no, f.name, f.kind, f.repeated === true, f.packed === true]);
      expect(fromTable, name).toEqual(fromProto);
    }
  });
});
