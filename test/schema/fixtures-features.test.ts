// The linked view the codec compiles from (FieldInfo / EnumInfo) against an independent
// implementation: for every field and extension of every corpus entry, presence, packed,
// delimited, UTF-8 validation, JSON name, oneof and enum openness equal what @bufbuild/protobuf
// resolves from protoc's descriptor set. This checks editions feature resolution (2023 and
// 2024 defaults, overrides at file/message/field level) and the proto2/proto3 rules behind it.

import { createFileRegistry, type DescField, fromBinary } from "@bufbuild/protobuf";
import { FeatureSet_FieldPresence, FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";
import type { FieldInfo } from "../../src/schema/schema-types.js";
import { loadManifest, readExpected } from "./fixtures-corpus.js";

const PRESENCE: Record<number, string> = {
  [FeatureSet_FieldPresence.EXPLICIT]: "explicit",
  [FeatureSet_FieldPresence.IMPLICIT]: "implicit",
  [FeatureSet_FieldPresence.LEGACY_REQUIRED]: "required",
};

/** What both sides must agree on for one field, as plain data for a readable diff. */
function theirs(f: DescField): Record<string, unknown> {
  const out: Record<string, unknown> = {
    // For extensions protobuf-es gives the JSON key `[full.name]`; compare protoc's json_name.
    jsonName: (f as { kind: string }).kind === "extension" ? f.proto.jsonName : f.jsonName,
    presence: PRESENCE[f.presence],
    repeated: f.fieldKind === "list" || f.fieldKind === "map",
    oneof: f.oneof?.name,
  };
  if (f.fieldKind === "list" && f.listKind !== "message") out.packed = f.packed;
  if (f.fieldKind === "message" || (f.fieldKind === "list" && f.listKind === "message")) {
    out.delimited = f.delimitedEncoding;
  }
  const isString =
    (f.fieldKind === "scalar" || (f.fieldKind === "list" && f.listKind === "scalar")) &&
    f.proto.type === 9;
  if (isString) out.utf8Validate = f.utf8Validation;
  const e =
    f.fieldKind === "enum"
      ? f.enum
      : f.fieldKind === "list" && f.listKind === "enum"
        ? f.enum
        : undefined;
  if (e !== undefined) out.enumOpen = e.open;
  return out;
}

function ours(f: FieldInfo, like: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    jsonName: f.jsonName,
    presence: f.presence,
    repeated: f.repeated,
    // protobuf-es leaves proto3 `optional`'s synthetic oneof out of `field.oneof`.
    oneof: f.oneof?.synthetic === true ? undefined : f.oneof?.name,
  };
  if ("packed" in like) out.packed = f.packed;
  if ("delimited" in like) out.delimited = f.delimited;
  if ("utf8Validate" in like) out.utf8Validate = f.utf8Validate;
  if ("enumOpen" in like) out.enumOpen = f.enum?.open;
  return out;
}

type Registry = ReturnType<typeof createFileRegistry>;
type Schema = Awaited<ReturnType<typeof loadSchema>>;

function compare(registry: Registry, schema: Schema): { mismatches: unknown[]; compared: number } {
  const mismatches: unknown[] = [];
  let compared = 0;
  for (const desc of registry) {
    if (desc.kind === "message") {
      const info = schema.findMessage(desc.typeName);
      if (info === undefined) {
        mismatches.push({ missing: desc.typeName });
        continue;
      }
      for (const field of desc.fields) {
        const expected = theirs(field);
        const mine = info.field(field.number);
        const actual = mine === undefined ? undefined : ours(mine, expected);
        compared++;
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          mismatches.push({ field: `${desc.typeName}.${field.name}`, actual, expected });
        }
      }
    } else if (desc.kind === "extension") {
      const expected = theirs(desc as unknown as DescField);
      const mine = schema.findExtension(desc.typeName);
      const actual = mine === undefined ? undefined : ours(mine, expected);
      compared++;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        mismatches.push({ extension: desc.typeName, actual, expected });
      }
    } else if (desc.kind === "enum") {
      const mine = schema.findEnum(desc.typeName);
      compared++;
      if (mine?.open !== desc.open) {
        mismatches.push({ enum: desc.typeName, actual: mine?.open, expected: desc.open });
      }
    }
  }
  return { mismatches, compared };
}

const INPUTS = ["proto files", "protoc's descriptor set"] as const;

for (const entry of loadManifest()) {
  describe(`linked field view of ${entry.name} equals @bufbuild/protobuf's`, () => {
    for (const input of INPUTS) {
      it(`fields, extensions and enums, loaded from ${input}`, async () => {
        const set = readExpected(entry, "");
        const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, set));
        const schema =
          input === "proto files"
            ? await loadSchema({ files: entry.files, includePaths: [entry.dir] })
            : await loadSchema({ descriptorSet: set });
        const { mismatches, compared } = compare(registry, schema);
        expect(mismatches).toEqual([]);
        expect(compared).toBeGreaterThan(0);
      });
    }
  });
}
