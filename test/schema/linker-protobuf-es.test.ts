// The linked view against an independent implementation: protobuf-es (@bufbuild/protobuf)
// resolves the same descriptor sets (protoc 36 and buf output in fixtures/schemas/) into its own
// field descriptors. Presence, packing, delimited encoding, open enums, JSON names and
// property names must agree for every field of every message.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createFileRegistry, type DescField, fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import type { FieldInfo } from "../../src/schema/schema-types.js";

const dir = join(import.meta.dirname, "../../fixtures/schemas");
const sets = readdirSync(dir)
  .filter((f) => f.endsWith(".binpb") && !f.includes(".direct.") && !f.includes(".source."))
  .sort();

const PRESENCE: Record<number, string> = { 1: "explicit", 2: "implicit", 3: "required" };

function esView(f: DescField): unknown[] {
  const packed = f.fieldKind === "list" ? f.packed : false;
  const delimited =
    f.fieldKind === "message" || (f.fieldKind === "list" && f.listKind === "message")
      ? f.delimitedEncoding
      : false;
  const repeated = f.fieldKind === "list" || f.fieldKind === "map";
  return [
    f.name,
    f.number,
    repeated ? "implicit" : PRESENCE[f.presence],
    packed,
    delimited,
    f.jsonName,
    f.localName,
  ];
}

function ourView(f: FieldInfo): unknown[] {
  return [f.name, f.number, f.presence, f.packed, f.delimited, f.jsonName, f.localName];
}

describe("linked view agrees with protobuf-es", () => {
  for (const name of sets) {
    it(name, () => {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, bytes));
      const schema = loadSchemaSync({ descriptorSet: bytes });
      let fields = 0;
      for (const file of registry.files) {
        for (const type of allTypes(file)) {
          if (type.kind === "enum") {
            expect(schema.findEnum(type.typeName)!.open, type.typeName).toBe(type.open);
            continue;
          }
          const ours = schema.findMessage(type.typeName)!;
          expect(ours, type.typeName).toBeDefined();
          const mine = new Map(ours.fields.map((f) => [f.number, f]));
          for (const f of type.fields) {
            expect(ourView(mine.get(f.number)!), `${type.typeName}.${f.name}`).toEqual(esView(f));
            fields++;
          }
        }
      }
      expect(fields).toBeGreaterThan(0);
    });
  }
});

type Desc = ReturnType<typeof createFileRegistry>["files"] extends Iterable<infer F> ? F : never;
function* allTypes(file: Desc) {
  const walk = function* (
    messages: Desc["messages"],
  ): Generator<Desc["messages"][number] | Desc["enums"][number]> {
    for (const m of messages) {
      yield m;
      yield* m.nestedEnums;
      yield* walk(m.nestedMessages);
    }
  };
  yield* file.enums;
  yield* walk(file.messages);
}
