// The bundled well-known types: the embedded module matches the .proto files, every file links
// on its own, and the editions feature defaults the linker uses are the ones descriptor.proto
// declares in its `edition_defaults` options.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain .mjs script without type declarations
import { protocDescriptorSet, render, renderCompiled } from "../../scripts/embed-wkt.mjs";
import {
  decodeFileDescriptorSet,
  encodeFileDescriptorSet,
} from "../../src/schema/descriptor/binary.js";
import { editionDefaults, FEATURE_DEFAULTS } from "../../src/schema/descriptor/features.js";
import { Edition } from "../../src/schema/descriptor/shapes.js";
import { linkFiles } from "../../src/schema/linker/linker.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { loadLinkedSchemaFromDiskSync as loadSchemaFromDiskSync } from "../../src/schema/load/load-disk.js";
import { composeResolvers } from "../../src/schema/load/resolver.js";
import { sourceResolver } from "../../src/schema/load/source-resolver.js";
import { wellKnownTypeSources } from "../../src/schema/load/wkt-text-resolver.js";
import { parseFile } from "../../src/schema/parser/parser.js";
import type { MessageInfo } from "../../src/schema/schema-types.js";
import { WKT_COMPILED } from "../../src/schema/wkt/compiled.js";
import { WKT_SOURCES } from "../../src/schema/wkt/sources.js";

const wktDir = join(import.meta.dirname, "../../src/schema/wkt");

const DESCRIPTOR = "google/protobuf/descriptor.proto";

/** A set's files by name, each as its own encoded FileDescriptorSet (protoc's bytes per file). */
function perFile(set: Uint8Array): Map<string, Buffer> {
  return new Map(
    decodeFileDescriptorSet(set).map((f) => [f.name!, Buffer.from(encodeFileDescriptorSet([f]))]),
  );
}

describe("bundled well-known types", () => {
  it("src/schema/wkt/compiled.ts is in sync with scripts/embed-wkt.mjs", async () => {
    expect(await renderCompiled()).toBe(readFileSync(join(wktDir, "compiled.ts"), "utf8"));
  });

  it("each embedded compilation is protoc 36.2's, byte for byte", () => {
    // Encoded again, each embedded object gives protoc's own bytes: nothing was lost or added.
    const protoc = perFile(protocDescriptorSet());
    expect([...WKT_COMPILED.keys()].sort()).toEqual([...WKT_SOURCES.keys()].sort());
    expect([...protoc.keys()].sort()).toEqual([...WKT_SOURCES.keys()].sort());
    for (const [name, json] of WKT_COMPILED) {
      const ours = Buffer.from(encodeFileDescriptorSet([JSON.parse(json)]));
      expect(ours.equals(protoc.get(name)!), name).toBe(true);
    }
  });

  it("each embedded compilation passes every validation rule (so the linker may skip them)", () => {
    // Linked together, imports before importers, as protoc's set lists them.
    const names = decodeFileDescriptorSet(protocDescriptorSet()).map((f) => f.name!);
    const files = () => names.map((n) => JSON.parse(WKT_COMPILED.get(n)!));
    const checked = linkFiles(files(), names);
    expect(checked.diagnostics).toEqual([]);
    const unchecked = files();
    const skipped = linkFiles(unchecked, names, { preValidated: new Set(unchecked) });
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

  it("the main entry's loads link protoc's compilations; the Node entry's, the texts, with source info", () => {
    const user =
      'syntax = "proto3"; import "google/protobuf/descriptor.proto"; import "google/protobuf/api.proto"; message U { google.protobuf.FieldOptions o = 1; google.protobuf.Api a = 2; }';
    const imported = [
      DESCRIPTOR,
      "google/protobuf/source_context.proto",
      "google/protobuf/type.proto",
      "google/protobuf/any.proto",
      "google/protobuf/api.proto",
    ];
    const protoc = perFile(protocDescriptorSet(imported));
    const load = (node: boolean, sourceInfo: boolean) => {
      const options = { sources: { "u.proto": user } };
      const schema = node ? loadSchemaFromDiskSync(options) : loadSchemaSync(options);
      const set = schema.toFileDescriptorSet({
        includeImports: true,
        includeSourceInfo: sourceInfo,
      });
      return decodeFileDescriptorSet(set).filter((f) => f.name !== "u.proto");
    };
    for (const node of [false, true]) {
      const files = load(node, false);
      expect(files.map((f) => f.name).sort()).toEqual([...imported].sort());
      for (const f of files) {
        const bytes = Buffer.from(encodeFileDescriptorSet([f]));
        expect(bytes.equals(protoc.get(f.name!)!), f.name).toBe(true);
      }
    }
    // Source info: the main entry has none for them (it holds no texts), the Node entry protoc's.
    expect(load(false, true).map((f) => f.sourceCodeInfo)).toEqual(imported.map(() => undefined));
    const protocWithInfo = perFile(protocDescriptorSet(imported, true));
    for (const f of load(true, true)) {
      expect(f.sourceCodeInfo!.location.length, f.name).toBeGreaterThan(0);
      const bytes = Buffer.from(encodeFileDescriptorSet([f]));
      expect(bytes.equals(protocWithInfo.get(f.name!)!), f.name).toBe(true);
    }
  });

  it("the linked compilations carry each field's typed default, as the parsed texts do", () => {
    // The compilations skip the validation rules, which parse defaults too: the linker must
    // parse them anyway (FileOptions.optimize_for is SPEED, FieldOptions.ctype STRING, ...).
    const user = 'syntax = "proto2"; import "google/protobuf/descriptor.proto";';
    const defaults = (sourceInfo: boolean) => {
      const options = { sources: { "u.proto": user }, sourceInfo };
      const schema = sourceInfo ? loadSchemaFromDiskSync(options) : loadSchemaSync(options);
      const out: [string, unknown][] = [];
      const visit = (m: MessageInfo) => {
        for (const f of m.fields)
          if (f.proto.defaultValue !== undefined) out.push([f.fullName, f.defaultValue]);
        for (const n of m.nestedMessages) visit(n);
      };
      for (const m of schema.files.find((f) => f.name === DESCRIPTOR)!.messageType) {
        visit(schema.findMessage(`google.protobuf.${m.name}`)!);
      }
      return out;
    };
    const compiled = defaults(false);
    expect(compiled.length).toBeGreaterThan(10);
    expect(compiled).toContainEqual(["google.protobuf.FileOptions.optimize_for", 1]);
    expect(compiled).toContainEqual(["google.protobuf.FieldOptions.ctype", 0]);
    expect(compiled).toContainEqual(["google.protobuf.FieldOptions.lazy", false]);
    expect(compiled).toEqual(defaults(true));
  });

  it("a user's own copy of a bundled file, with other text, is parsed", () => {
    const user =
      'syntax = "proto3"; import "google/protobuf/descriptor.proto"; message U { google.protobuf.FieldOptions o = 1; }';
    const sources = {
      "u.proto": user,
      [DESCRIPTOR]: `${WKT_SOURCES.get(DESCRIPTOR)}\nmessage Extra {}\n`,
    };
    const set = loadSchemaSync({ sources }).toFileDescriptorSet({ includeImports: true });
    const [own] = decodeFileDescriptorSet(set);
    expect(own?.messageType.at(-1)?.name).toBe("Extra");
  });

  it("wellKnownTypeSources composed into a main-entry load gives the texts and their source info", () => {
    const texts = new Map([
      ["u.proto", 'syntax = "proto3"; import "google/protobuf/empty.proto";'],
    ]);
    const resolver = composeResolvers(sourceResolver(texts), wellKnownTypeSources);
    const set = loadSchemaSync({ resolver, files: ["u.proto"] }).toFileDescriptorSet({
      includeImports: true,
      includeSourceInfo: true,
    });
    const empty = decodeFileDescriptorSet(set).find(
      (f) => f.name === "google/protobuf/empty.proto",
    );
    expect(empty!.sourceCodeInfo!.location.length).toBeGreaterThan(0);
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
