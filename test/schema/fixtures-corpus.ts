// The schema corpus (fixtures/schemas/manifest.json) as the tests and the bench see it, plus a
// comparison of descriptor sets that explains a mismatch instead of dumping two byte arrays.
//
// Decoding for the explanation uses @bufbuild/protobuf, an implementation independent of
// ours, so a bug in our own descriptor decoder cannot hide a difference.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fromBinary, toJson } from "@bufbuild/protobuf";
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";
import { FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";

export const SCHEMAS_DIR = resolve(import.meta.dirname, "../../fixtures/schemas");
export const ERRORS_DIR = resolve(import.meta.dirname, "../../fixtures/schema-errors");
export const WKT_DIR = resolve(import.meta.dirname, "../../src/schema/wkt");

/** One corpus entry: an include directory and the root files compiled from it, in order. */
export interface CorpusEntry {
  name: string;
  /** Whether a buf image `<name>.buf.binpb` was also made (an input-only fixture). */
  buf: boolean;
  /** Roots of `<name>.subset.binpb` (protoc --include_imports on these only), if made. */
  subset: string[] | undefined;
  /** Root files, relative to `dir` (protoc's virtual names). */
  files: string[];
  /** Absolute include directory. */
  dir: string;
}

export function loadManifest(): CorpusEntry[] {
  const raw = JSON.parse(readFileSync(join(SCHEMAS_DIR, "manifest.json"), "utf8")) as {
    entries: { name: string; buf?: boolean; files: string[]; subset?: string[] }[];
  };
  return raw.entries.map((e) => ({
    name: e.name,
    files: e.files,
    buf: e.buf === true,
    subset: e.subset,
    dir: join(SCHEMAS_DIR, e.name),
  }));
}

/** The committed descriptor set `<name>.<variant>.binpb` (variant "" is the --include_imports one). */
export function readExpected(
  entry: CorpusEntry,
  variant: "" | "direct" | "source" | "buf" | "subset",
): Uint8Array {
  const file = variant === "" ? `${entry.name}.binpb` : `${entry.name}.${variant}.binpb`;
  return new Uint8Array(readFileSync(join(SCHEMAS_DIR, file)));
}

/** Every .proto under `dir`, keyed by its path relative to `dir` with forward slashes. */
export function readProtoTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".proto")) {
        out.set(relative(dir, p).split("\\").join("/"), readFileSync(p, "utf8"));
      }
    }
  };
  walk(dir);
  return out;
}

/** The length-delimited `file` (field 1) entries of a FileDescriptorSet, as raw bytes. */
export function splitFileDescriptorSet(set: Uint8Array): Uint8Array[] {
  const reader = new BinaryReader(set);
  const files: Uint8Array[] = [];
  while (reader.pos < reader.len) {
    const [fieldNo, wireType] = reader.tag();
    if (fieldNo === 1 && wireType === WireType.LengthDelimited) files.push(reader.bytes());
    else reader.skip(wireType);
  }
  return files;
}

function fileName(fileBytes: Uint8Array): string {
  try {
    return fromBinary(FileDescriptorProtoSchema, fileBytes).name;
  } catch (e) {
    return `<undecodable: ${String(e)}>`;
  }
}

function toJsonOrError(fileBytes: Uint8Array): unknown {
  try {
    return toJson(FileDescriptorProtoSchema, fromBinary(FileDescriptorProtoSchema, fileBytes));
  } catch (e) {
    return { undecodable: String(e) };
  }
}

function hexWindow(bytes: Uint8Array, at: number): string {
  const from = Math.max(0, at - 8);
  const to = Math.min(bytes.length, at + 24);
  const hex = Array.from(bytes.subarray(from, to), (b) => b.toString(16).padStart(2, "0"));
  return `[${from}..${to}) ${hex.join(" ")}`;
}

export interface SetDifference {
  /** One-paragraph explanation of the first difference. */
  summary: string;
  /** When a file differs in decoded content: both sides as protobuf JSON, for a deep diff. */
  actualJson?: unknown;
  expectedJson?: unknown;
}

/**
 * undefined when `actual` and `expected` are the same bytes; otherwise what differs first:
 * the list of file names, a file's decoded content (as JSON), or only its encoding
 * (field order, unknown fields such as custom options), with a hex window at the offset.
 */
export function describeSetDifference(
  actual: Uint8Array,
  expected: Uint8Array,
): SetDifference | undefined {
  if (bytesEqual(actual, expected)) return undefined;
  let actualFiles: Uint8Array[];
  try {
    actualFiles = splitFileDescriptorSet(actual);
  } catch (e) {
    return { summary: `our output is not a decodable FileDescriptorSet: ${String(e)}` };
  }
  let expectedFiles: Uint8Array[];
  try {
    expectedFiles = splitFileDescriptorSet(expected);
  } catch (e) {
    return { summary: `the expected set is not decodable: ${String(e)}` };
  }
  const actualNames = actualFiles.map(fileName);
  const expectedNames = expectedFiles.map(fileName);
  if (actualNames.join("\n") !== expectedNames.join("\n")) {
    return {
      summary: `file list differs:\n  ours:     ${actualNames.join(", ")}\n  expected: ${expectedNames.join(", ")}`,
    };
  }
  for (let i = 0; i < expectedFiles.length; i++) {
    const a = actualFiles[i]!;
    const e = expectedFiles[i]!;
    if (bytesEqual(a, e)) continue;
    const aJson = toJsonOrError(a);
    const eJson = toJsonOrError(e);
    const name = expectedNames[i];
    if (JSON.stringify(aJson) !== JSON.stringify(eJson)) {
      return {
        summary: `file ${name} differs in content (deep diff below)`,
        actualJson: aJson,
        expectedJson: eJson,
      };
    }
    let at = 0;
    while (at < a.length && at < e.length && a[at] === e[at]) at++;
    return {
      summary:
        `file ${name} decodes to the same JSON but its bytes differ at offset ${at} ` +
        `(field order, unknown fields such as custom options, or varint width):\n` +
        `  ours:     ${hexWindow(a, at)}\n  expected: ${hexWindow(e, at)}`,
    };
  }
  return { summary: "files are equal but the set's framing differs (extra fields?)" };
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Full names of everything a FileDescriptorSet declares, nested declarations included. */
export interface DeclaredNames {
  messages: string[];
  enums: string[];
  services: string[];
  extensions: string[];
}

export function declaredNames(set: Uint8Array): DeclaredNames {
  const out: DeclaredNames = { messages: [], enums: [], services: [], extensions: [] };
  for (const bytes of splitFileDescriptorSet(set)) {
    const file = fromBinary(FileDescriptorProtoSchema, bytes);
    const prefix = file.package === "" ? "" : `${file.package}.`;
    for (const e of file.enumType) out.enums.push(prefix + e.name);
    for (const s of file.service) out.services.push(prefix + s.name);
    for (const x of file.extension) out.extensions.push(prefix + x.name);
    const walk = (msgs: typeof file.messageType, scope: string): void => {
      for (const m of msgs) {
        const full = scope + m.name;
        out.messages.push(full);
        for (const e of m.enumType) out.enums.push(`${full}.${e.name}`);
        for (const x of m.extension) out.extensions.push(`${full}.${x.name}`);
        walk(m.nestedType, `${full}.`);
      }
    };
    walk(file.messageType, prefix);
  }
  return out;
}
