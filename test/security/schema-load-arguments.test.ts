/**
 * Plain JavaScript callers pass whatever they have. Each wrong argument used to be read as some
 * other schema or to escape as a TypeError: a number source parsed as an empty file, a Buffer
 * (readFileSync without "utf8") threw "src.charCodeAt is not a function", a plain array was
 * decoded as descriptor bytes, and `files: "a.proto"` was read letter by letter.
 */
import { describe, expect, it } from "vitest";
import { SchemaError } from "../../src/schema/errors.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";
import { parseFile } from "../../src/schema/parser/parser.js";

function diagnosticsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (e) {
    expect(e).toBeInstanceOf(SchemaError);
    return (e as SchemaError).diagnostics.map(
      (d) => `${d.file}:${d.line}:${d.column}: ${d.message}`,
    );
  }
  throw new Error("expected a SchemaError");
}

const notText = (got: string) =>
  `a.proto:0:0: Source text must be a string, got ${got} (read files as text, e.g. readFileSync(path, "utf8")).`;

describe("loadSchema arguments", () => {
  const PROTO = 'syntax = "proto3"; message A { int32 x = 1; }';

  it("rejects source text that is not a string", () => {
    const cases: [unknown, string][] = [
      [42, "number"],
      [new TextEncoder().encode(PROTO), "an object"],
      [{ toString: () => PROTO }, "an object"],
      [true, "boolean"],
    ];
    for (const [source, got] of cases) {
      const sources = { "a.proto": source } as unknown as Record<string, string>;
      expect(diagnosticsOf(() => loadSchemaSync({ sources }))).toEqual([notText(got)]);
    }
  });

  it("parseFile returns the same diagnostic rather than throwing", () => {
    const r = parseFile("a.proto", null as unknown as string);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'Source text must be a string, got null (read files as text, e.g. readFileSync(path, "utf8")).',
    ]);
  });

  it("rejects a descriptor set that is not a Uint8Array", () => {
    for (const descriptorSet of [[10, 0], "\n\u0000", new ArrayBuffer(2)]) {
      const load = () => loadSchemaSync({ descriptorSet: descriptorSet as unknown as Uint8Array });
      expect(diagnosticsOf(load)).toEqual([
        "<descriptor set>:0:0: descriptorSet must be a Uint8Array (the bytes of a FileDescriptorSet).",
      ]);
    }
  });

  it("rejects a file list that is not an array of strings", async () => {
    const expected = ["<options>:0:0: files must be an array of file names (strings)."];
    const sources = { "a.proto": PROTO };
    for (const files of ["a.proto", [1], null]) {
      const load = () => loadSchemaSync({ sources, files: files as unknown as string[] });
      expect(diagnosticsOf(load)).toEqual(expected);
    }
    const err = await loadSchema({ files: "a.proto" as unknown as string[] }).catch((e) => e);
    expect(err).toBeInstanceOf(SchemaError);
    expect((err as SchemaError).message).toBe(expected[0]);
  });

  it("still loads the ordinary forms", () => {
    const fromRecord = loadSchemaSync({ sources: { "a.proto": PROTO }, files: ["a.proto"] });
    const fromMap = loadSchemaSync({ sources: new Map([["a.proto", PROTO]]) });
    const set = fromRecord.toFileDescriptorSet();
    const fromSet = loadSchemaSync({ descriptorSet: set });
    for (const s of [fromRecord, fromMap, fromSet]) expect(s.findMessage("A")).toBeDefined();
  });
});
