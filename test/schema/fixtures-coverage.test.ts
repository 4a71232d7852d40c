// The corpus really covers the language: every construct the issue lists shows up in at least
// one of protoc's descriptor sets. This guards the corpus itself (a construct deleted from a
// fixture makes a test here fail) and tells a reader where "every construct" is checked.
// Read from protoc's output with @bufbuild/protobuf, independently of our code.

import { fromBinary, isFieldSet } from "@bufbuild/protobuf";
import {
  type DescriptorProto,
  Edition,
  type EnumDescriptorProto,
  type FieldDescriptorProto,
  FieldDescriptorProtoSchema,
  type FileDescriptorProto,
  FileDescriptorProtoSchema,
  FieldDescriptorProto_Label as Label,
  FieldDescriptorProto_Type as Type,
} from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { loadManifest, readExpected, splitFileDescriptorSet } from "./fixtures-corpus.js";

const files: FileDescriptorProto[] = [];
const seen = new Set<string>();
for (const entry of loadManifest()) {
  for (const bytes of splitFileDescriptorSet(readExpected(entry, "source"))) {
    const file = fromBinary(FileDescriptorProtoSchema, bytes);
    // Leave the bundled well-known types out: the corpus must cover the language by itself.
    if (file.name.startsWith("google/protobuf/") && !file.name.includes("test_messages")) continue;
    if (seen.has(file.name)) continue;
    seen.add(file.name);
    files.push(file);
  }
}

function allMessages(): DescriptorProto[] {
  const out: DescriptorProto[] = [];
  const walk = (ms: DescriptorProto[]): void => {
    for (const m of ms) {
      out.push(m);
      walk(m.nestedType);
    }
  };
  for (const f of files) walk(f.messageType);
  return out;
}
const messages = allMessages();
const fields: FieldDescriptorProto[] = messages.flatMap((m) => m.field);
const extensions: FieldDescriptorProto[] = [
  ...files.flatMap((f) => f.extension),
  ...messages.flatMap((m) => m.extension),
];
const enums: EnumDescriptorProto[] = [
  ...files.flatMap((f) => f.enumType),
  ...messages.flatMap((m) => m.enumType),
];
const services = files.flatMap((f) => f.service);
const methods = services.flatMap((s) => s.method);
const locations = files.flatMap((f) => f.sourceCodeInfo?.location ?? []);

/** Options that carry custom (extension) values: protoc keeps them as unknown fields. */
function hasCustom(
  options: { readonly $unknown?: readonly unknown[] | undefined } | undefined,
): boolean {
  return (options?.$unknown?.length ?? 0) > 0;
}

describe("the schema corpus covers the language", () => {
  it("syntaxes and editions: proto2, proto3, 2023, 2024", () => {
    expect(files.some((f) => f.syntax === "" || f.syntax === "proto2")).toBe(true);
    expect(files.some((f) => f.syntax === "proto3")).toBe(true);
    expect(files.some((f) => f.edition === Edition.EDITION_2023)).toBe(true);
    expect(files.some((f) => f.edition === Edition.EDITION_2024)).toBe(true);
  });

  it("packages, imports, import public, import weak", () => {
    expect(files.filter((f) => f.package !== "").length).toBeGreaterThan(5);
    expect(files.some((f) => f.publicDependency.length > 0)).toBe(true);
    expect(files.some((f) => f.weakDependency.length > 0)).toBe(true);
  });

  it("every field type and label, proto3 optional, json_name, defaults of every scalar", () => {
    for (const t of Object.values(Type).filter((v): v is number => typeof v === "number")) {
      if (t === 0) continue;
      expect(
        fields.some((f) => f.type === t),
        `type ${Type[t]}`,
      ).toBe(true);
    }
    for (const l of [Label.OPTIONAL, Label.REQUIRED, Label.REPEATED]) {
      expect(
        fields.some((f) => f.label === l),
        `label ${Label[l]}`,
      ).toBe(true);
    }
    expect(fields.some((f) => f.proto3Optional)).toBe(true);
    const withDefault = fields.filter((f) =>
      isFieldSet(f, FieldDescriptorProtoSchema.field.defaultValue),
    );
    for (const t of [
      Type.INT32,
      Type.INT64,
      Type.UINT32,
      Type.UINT64,
      Type.SINT32,
      Type.SINT64,
      Type.FIXED32,
      Type.FIXED64,
      Type.SFIXED32,
      Type.SFIXED64,
      Type.FLOAT,
      Type.DOUBLE,
      Type.BOOL,
      Type.STRING,
      Type.BYTES,
      Type.ENUM,
    ]) {
      expect(
        withDefault.some((f) => f.type === t),
        `default for ${Type[t]}`,
      ).toBe(true);
    }
    for (const v of ["inf", "-inf", "nan"]) {
      expect(
        withDefault.some((f) => f.defaultValue === v),
        `default ${v}`,
      ).toBe(true);
    }
    // A json_name that is not the default lowerCamelCase of the name.
    expect(fields.some((f) => f.jsonName === "customName")).toBe(true);
  });

  it("nested types, maps, oneofs, groups", () => {
    expect(messages.some((m) => m.nestedType.some((n) => n.nestedType.length > 0))).toBe(true);
    expect(messages.some((m) => m.options?.mapEntry === true)).toBe(true);
    expect(messages.some((m) => m.oneofDecl.length > 1)).toBe(true);
    expect(fields.some((f) => f.type === Type.GROUP && f.oneofIndex !== undefined)).toBe(true);
    expect(extensions.some((f) => f.type === Type.GROUP)).toBe(true);
  });

  it("extension ranges (to max, with options) and extend blocks, top-level and nested", () => {
    expect(messages.some((m) => m.extensionRange.some((r) => r.end === 536_870_912))).toBe(true);
    expect(messages.some((m) => m.extensionRange.some((r) => hasCustom(r.options)))).toBe(true);
    expect(files.some((f) => f.extension.length > 0)).toBe(true);
    expect(messages.some((m) => m.extension.length > 0)).toBe(true);
  });

  it("reserved numbers, ranges and names in messages and enums; enum specials", () => {
    expect(messages.some((m) => m.reservedRange.some((r) => r.end - r.start > 1))).toBe(true);
    expect(messages.some((m) => m.reservedRange.some((r) => r.end === 536_870_912))).toBe(true);
    expect(messages.some((m) => m.reservedName.length > 0)).toBe(true);
    expect(enums.some((e) => e.reservedRange.some((r) => r.start < 0))).toBe(true);
    expect(enums.some((e) => e.reservedRange.some((r) => r.end === 2_147_483_647))).toBe(true);
    expect(enums.some((e) => e.reservedName.length > 0)).toBe(true);
    expect(enums.some((e) => e.value.some((v) => v.number < 0))).toBe(true);
    expect(enums.some((e) => e.options?.allowAlias === true)).toBe(true);
  });

  it("services with unary, client-, server- and bidi-streaming methods", () => {
    const kinds = new Set(methods.map((m) => `${m.clientStreaming}/${m.serverStreaming}`));
    expect([...kinds].sort()).toEqual(["false/false", "false/true", "true/false", "true/true"]);
  });

  it("custom options on every kind of element, standard ones too", () => {
    expect(files.some((f) => hasCustom(f.options))).toBe(true);
    expect(messages.some((m) => hasCustom(m.options))).toBe(true);
    expect(fields.some((f) => hasCustom(f.options))).toBe(true);
    expect(messages.some((m) => m.oneofDecl.some((o) => hasCustom(o.options)))).toBe(true);
    expect(enums.some((e) => hasCustom(e.options))).toBe(true);
    expect(enums.some((e) => e.value.some((v) => hasCustom(v.options)))).toBe(true);
    expect(services.some((s) => hasCustom(s.options))).toBe(true);
    expect(methods.some((m) => hasCustom(m.options))).toBe(true);
    expect(fields.some((f) => f.options?.packed === true)).toBe(true);
    expect(fields.some((f) => f.options?.deprecated === true)).toBe(true);
    expect(fields.some((f) => f.options?.features !== undefined)).toBe(true);
    expect(files.some((f) => f.options?.features !== undefined)).toBe(true);
  });

  it("comments: leading, trailing and detached", () => {
    expect(locations.some((l) => l.leadingComments !== "")).toBe(true);
    expect(locations.some((l) => l.trailingComments !== "")).toBe(true);
    expect(locations.some((l) => l.leadingDetachedComments.length > 1)).toBe(true);
  });
});
