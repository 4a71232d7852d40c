/**
 * The JSON goldens of fixtures/json/ (made by protoc and buf: scripts/regenerate-json-goldens.sh):
 * the fixture schema loaded by protowire from its .proto text, protoc's descriptor set of the
 * same files, and each case's binary and JSON.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CompiledSchema, type FieldInfo, loadSchemaSync } from "../../../src/index.js";

export const GOLDEN_DIR = fileURLToPath(new URL("../../../fixtures/json/", import.meta.url));
const PROTO_FILES = ["golden.proto", "golden2.proto"];

export interface GoldenCase {
  name: string;
  /** Full name of the root type (the `# proto-message:` header of the .txtpb). */
  typeName: string;
  /** protoc's encoding of the text-format instance. */
  binary: Uint8Array;
  /** buf's (Go protojson's) JSON of that binary, as text. */
  json: string;
}

/** The fixture schema as protowire loads it. */
export function loadGoldenSchema(): CompiledSchema {
  const sources: Record<string, string> = Object.create(null);
  for (const f of PROTO_FILES) sources[f] = readFileSync(`${GOLDEN_DIR}${f}`, "utf8");
  return loadSchemaSync({ sources });
}

/** The extensions the fixture schema declares (protowire's view). */
export function goldenExtensions(schema: CompiledSchema): FieldInfo[] {
  const names = ["big", "tags", "extra", "ext_level", "Holder.nested_ext"];
  return names.map((n) => {
    const ext = schema.findExtension(`golden2.${n}`);
    if (ext === undefined) throw new Error(`golden2.${n} not found`);
    return ext;
  });
}

/** protoc's FileDescriptorSet of the fixture files (with imports). */
export function goldenDescriptorSet(): Uint8Array {
  return readFileSync(`${GOLDEN_DIR}descriptors.binpb`);
}

export function goldenCases(): GoldenCase[] {
  const dir = `${GOLDEN_DIR}cases/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txtpb"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".txtpb".length);
      const text = readFileSync(`${dir}${f}`, "utf8");
      const typeName = /^# proto-message: *(\S+)/m.exec(text)?.[1];
      if (typeName === undefined) throw new Error(`${f}: no proto-message header`);
      return {
        name,
        typeName,
        binary: new Uint8Array(readFileSync(`${dir}${name}.binpb`)),
        json: readFileSync(`${dir}${name}.json`, "utf8"),
      };
    });
}
