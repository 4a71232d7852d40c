// loadSchema({ descriptorSet }): protoc and buf output is accepted as a schema; mutated bytes
// never throw anything but SchemaError.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SchemaError } from "../../src/schema/errors.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";

const dir = join(import.meta.dirname, "../../fixtures/schemas");
const sets = readdirSync(dir)
  .filter((f) => f.endsWith(".binpb"))
  .sort()
  .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));

describe("descriptor sets as schema input", () => {
  it("has protoc and buf sets to read", () => {
    expect(sets.length).toBeGreaterThan(10);
    expect(sets.some((s) => s.name.endsWith(".buf.binpb"))).toBe(true);
  });

  it("gives the same linked view as the .proto sources", async () => {
    const fromSet = await loadSchema({
      descriptorSet: sets.find((s) => s.name === "proto3-all.binpb")!.bytes,
    });
    const fromSource = await loadSchema({
      files: ["p3/everything.proto"],
      includePaths: [join(dir, "proto3-all")],
    });
    for (const file of fromSource.fileInfos) {
      for (const m of file.messages) {
        const other = fromSet.findMessage(m.fullName)!;
        const view = (x: typeof m) =>
          x.fields.map((f) => [
            f.name,
            f.type,
            f.presence,
            f.packed,
            f.delimited,
            f.utf8Validate,
            f.jsonName,
          ]);
        expect(view(other)).toEqual(view(m));
      }
    }
  });

  it("rejects malformed or mutated sets with SchemaError only", () => {
    const sample = sets.filter((s) => !s.name.includes("source")).slice(0, 6);
    fc.assert(
      fc.property(
        fc.constantFrom(...sample),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat(),
        ({ bytes }, edits, cut) => {
          const b = bytes.slice(0, Math.max(1, bytes.length - (cut % 64)));
          for (const [at, v] of edits) b[at % b.length] = v;
          try {
            loadSchemaSync({ descriptorSet: b });
          } catch (e) {
            if (!(e instanceof SchemaError)) throw e;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("descriptor sets without their imports", () => {
  it("fills in missing well-known types from the bundled copies", async () => {
    const direct = sets.find((s) => s.name === "wkt-all.direct.binpb")!.bytes;
    const schema = await loadSchema({ descriptorSet: direct });
    expect(schema.findMessage("google.protobuf.Timestamp")).toBeDefined();
    // Only the set's own files are written back by default, unchanged.
    expect(
      Buffer.from(schema.toFileDescriptorSet({ includeImports: false })).equals(
        Buffer.from(direct),
      ),
    ).toBe(true);
  });
});

describe("hostile descriptor sets", () => {
  it("rejects invalid field types and labels with SchemaError", async () => {
    const { encodeFileDescriptorSet } = await import("../../src/schema/descriptor/binary.js");
    const { newDescriptorProto, newFileDescriptorProto } = await import(
      "../../src/schema/descriptor/shapes.js"
    );
    const file = newFileDescriptorProto("h.proto");
    const m = newDescriptorProto("M");
    m.field.push({ name: "a", number: 1, label: 1, type: 99, jsonName: "a" });
    m.field.push({ name: "b", number: 2, label: 7, type: 5, jsonName: "b" });
    file.messageType.push(m);
    const bytes = encodeFileDescriptorSet([file]);
    let err: unknown;
    try {
      loadSchemaSync({ descriptorSet: bytes });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SchemaError);
    expect((err as SchemaError).diagnostics.map((d) => d.message)).toEqual([
      'Field "M.a" has an invalid type (99).',
      'Field "M.b" has an invalid label (7).',
    ]);
  });
});
