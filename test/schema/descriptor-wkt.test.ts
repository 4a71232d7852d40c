// The bundled well-known types: the embedded module matches the .proto files, every file links
// on its own, and the editions feature defaults the linker uses are the ones descriptor.proto
// declares in its `edition_defaults` options.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain .mjs script without type declarations
import { protocDescriptorSet, render, renderDescriptorCompiled } from "../../scripts/embed-wkt.mjs";
import {
  decodeFileDescriptorSet,
  encodeFileDescriptorSet,
} from "../../src/schema/descriptor/binary.js";
import { Edition } from "../../src/schema/descriptor/shapes.js";
import { editionDefaults, FEATURE_DEFAULTS } from "../../src/schema/linker/features.js";
import { linkFiles } from "../../src/schema/linker/linker.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { parseFile } from "../../src/schema/parser/parser.js";
import { DESCRIPTOR_PROTO_JSON } from "../../src/schema/wkt/descriptor-compiled.js";
import { WKT_SOURCES } from "../../src/schema/wkt/sources.js";

const wktDir = join(import.meta.dirname, "../../src/schema/wkt");

describe("bundled well-known types", () => {
  it("src/schema/wkt/descriptor-compiled.ts is in sync with scripts/embed-wkt.mjs", async () => {
    expect(await renderDescriptorCompiled()).toBe(
      readFileSync(join(wktDir, "descriptor-compiled.ts"), "utf8"),
    );
  });

  it("the embedded descriptor.proto is protoc 36.2's compilation of it, byte for byte", () => {
    // Encoded again, the embedded object gives protoc's own bytes: nothing was lost or added.
    const file = JSON.parse(DESCRIPTOR_PROTO_JSON);
    expect(Buffer.from(encodeFileDescriptorSet([file])).equals(protocDescriptorSet())).toBe(true);
  });

  it("the embedded descriptor.proto passes every validation rule (so the linker may skip them)", () => {
    const name = "google/protobuf/descriptor.proto";
    const checked = linkFiles([JSON.parse(DESCRIPTOR_PROTO_JSON)], [name]);
    expect(checked.diagnostics).toEqual([]);
    const file = JSON.parse(DESCRIPTOR_PROTO_JSON);
    const skipped = linkFiles([file], [name], { preValidated: new Set([file]) });
    expect(skipped.diagnostics).toEqual([]);
    expect([...skipped.symbols.keys()]).toEqual([...checked.symbols.keys()]);
  });

  it("preValidated skips the validation rules of the files it names, not name resolution", () => {
    const linkText = (text: string, skip: boolean) => {
      const { file } = parseFile("d.proto", text);
      const preValidated = new Set(skip ? [file] : []);
      return linkFiles([file], ["d.proto"], { preValidated }).diagnostics.map((d) => d.message);
    };
    const duplicate = 'syntax = "proto3"; message M { int32 a = 1; int32 b = 1; }';
    expect(linkText(duplicate, false)).toEqual([
      'Field number 1 has already been used in "M" by field "a".',
    ]);
    expect(linkText(duplicate, true)).toEqual([]);
    const unknownType = 'syntax = "proto3"; message M { Nope a = 1; }';
    expect(linkText(unknownType, true)).toEqual(['"Nope" is not defined.']);
  });

  it("a load links protoc's compilation of the bundled descriptor.proto, but a user's own copy is parsed", () => {
    const name = "google/protobuf/descriptor.proto";
    const user =
      'syntax = "proto3"; import "google/protobuf/descriptor.proto"; message U { google.protobuf.FieldOptions o = 1; }';
    const files = (sources: Record<string, string>) =>
      decodeFileDescriptorSet(
        loadSchemaSync({ sources }).toFileDescriptorSet({ includeImports: true }),
      );
    const [bundled] = files({ "u.proto": user });
    expect(bundled?.name).toBe(name);
    expect(Buffer.from(encodeFileDescriptorSet([bundled!])).equals(protocDescriptorSet())).toBe(
      true,
    );
    // The same name with other text (here one message more) is the user's file: parsed.
    const [own] = files({
      "u.proto": user,
      [name]: `${WKT_SOURCES.get(name)}\nmessage Extra {}\n`,
    });
    expect(own?.messageType.at(-1)?.name).toBe("Extra");
  });

  it("src/schema/wkt/sources.ts is in sync with the .proto files (npx tsx scripts/embed-wkt.mjs)", () => {
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
