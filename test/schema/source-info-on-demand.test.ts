// Loads record no source locations unless asked (`sourceInfo: true`); they are made when first
// wanted by parsing the texts again. These tests hold the two ways to the same results: the
// same descriptors without source info, the same source info when asked for it (protoc's, as
// the fixture tests check through toFileDescriptorSet), and errors with their positions. They
// load as the Node entry does, whose well-known types are texts (imported ones have source info,
// as protoc's do); the main entry's compiled ones have none (descriptor-wkt.test.ts).
import { describe, expect, it } from "vitest";
import { encodeFileDescriptorProto } from "../../src/schema/descriptor/binary.js";
import { loadLinkedSchemaFromDiskSync as loadSchemaSync } from "../../src/schema/load/load-disk.js";
import { parseFile } from "../../src/schema/parser/parser.js";
import { loadManifest, readExpected, readProtoTree } from "./fixtures-corpus.js";

const entries = loadManifest();

describe("parseFile without source locations", () => {
  for (const entry of entries) {
    it(`${entry.name}: the same descriptors, without sourceCodeInfo`, () => {
      for (const [name, text] of readProtoTree(entry.dir)) {
        const full = parseFile(name, text);
        const bare = parseFile(name, text, { sourceInfo: false });
        expect(bare.diagnostics).toEqual(full.diagnostics);
        expect(bare.file.sourceCodeInfo).toBeUndefined();
        expect(full.file.sourceCodeInfo?.location.length).toBeGreaterThan(0);
        const { sourceCodeInfo: _, ...rest } = full.file;
        expect(encodeFileDescriptorProto(bare.file)).toEqual(encodeFileDescriptorProto(rest));
      }
    });
  }
});

describe("loads make source info when asked", () => {
  for (const entry of entries.filter((e) => !e.buf)) {
    it(`${entry.name}: on demand equals recorded, and protoc's`, () => {
      const sources = readProtoTree(entry.dir);
      const lazy = loadSchemaSync({ sources, files: entry.files });
      expect(lazy.files.every((f) => f.sourceCodeInfo === undefined)).toBe(true);
      const eager = loadSchemaSync({ sources, files: entry.files, sourceInfo: true });
      expect(eager.files.some((f) => f.sourceCodeInfo !== undefined)).toBe(true);
      const options = { includeImports: true, includeSourceInfo: true };
      const made = lazy.toFileDescriptorSet(options);
      expect(made).toEqual(eager.toFileDescriptorSet(options));
      expect(made).toEqual(readExpected(entry, "source"));
      // Without source info, both write the same bytes as before.
      expect(lazy.toFileDescriptorSet()).toEqual(eager.toFileDescriptorSet());
    });
  }

  it("withSourceInfo fills every parsed file's sourceCodeInfo, once", () => {
    const s = loadSchemaSync({
      sources: { "a.proto": 'syntax = "proto3";\n// A message.\nmessage A { int32 x = 1; }\n' },
    });
    expect(s.files.at(-1)!.sourceCodeInfo).toBeUndefined();
    s.withSourceInfo();
    const info = s.files.at(-1)!.sourceCodeInfo!;
    expect(info.location.find((l) => l.leadingComments === " A message.\n")).toBeDefined();
    expect(s.withSourceInfo().files.at(-1)!.sourceCodeInfo).toBe(info);
  });

  it("locates linking errors as a load with source locations does", () => {
    const sources = {
      "a.proto":
        'syntax = "proto3";\npackage p;\nmessage A {\n  Missing m = 1;\n  int32 x = 1;\n}\n',
    };
    const errorsOf = (sourceInfo: boolean) => {
      try {
        loadSchemaSync({ sources, sourceInfo });
      } catch (e) {
        return (e as { diagnostics: unknown[] }).diagnostics;
      }
      throw new Error("expected a SchemaError");
    };
    const lazy = errorsOf(false);
    expect(lazy).toEqual(errorsOf(true));
    expect(lazy).toContainEqual(expect.objectContaining({ file: "a.proto", line: 4, column: 3 }));
    expect(lazy.every((d) => (d as { line: number }).line > 0)).toBe(true);
  });

  it("links descriptors a resolver gave beside texts the same way twice", () => {
    const dep = loadSchemaSync({
      sources: { "dep.proto": 'syntax = "proto3";\npackage d;\nmessage D { int32 x = 1; }\n' },
    }).files[0]!;
    const resolver = {
      resolve: (name: string) =>
        name === "dep.proto"
          ? { proto: dep }
          : name === "main.proto"
            ? {
                source:
                  'syntax = "proto3";\nimport "dep.proto";\nmessage M { d.D d = 1 [json_name = "dd"]; }\n',
              }
            : undefined,
    };
    const lazy = loadSchemaSync({ resolver, files: ["main.proto"] });
    const eager = loadSchemaSync({ resolver, files: ["main.proto"], sourceInfo: true });
    const options = { includeImports: true, includeSourceInfo: true };
    expect(lazy.toFileDescriptorSet(options)).toEqual(eager.toFileDescriptorSet(options));
    expect(lazy.toFileDescriptorSet()).toEqual(eager.toFileDescriptorSet());
  });
});
