// loadSchema: .proto sources in memory or a binary FileDescriptorSet in, a linked Schema out.
// Imports resolve through `sources` (or a reader, see loadFromReader), then the bundled
// well-known types, so `import "google/protobuf/timestamp.proto"` works with nothing on disk.
// Reading from disk is load-disk.ts's, the one Node-only module of this layer.

import { decodeFileDescriptorSet } from "./descriptor/binary.js";
import type { FileDescriptorProto } from "./descriptor/shapes.js";
import { type Diagnostic, SchemaError } from "./errors.js";
import { linkFiles } from "./linker/linker.js";
import type { Sym } from "./linker/nodes.js";
import { parseFile } from "./parser/parser.js";
import { Schema } from "./schema.js";
import { WKT_SOURCES } from "./wkt/sources.js";

export interface LoadFromSources {
  /** File name (import path) -> .proto text. */
  sources: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
  /** Files to load (default: every key of `sources`). */
  files?: readonly string[];
}

export interface LoadFromDisk {
  /** Files to load, as import paths relative to an include path. */
  files: readonly string[];
  /** Directories searched in order, like protoc's -I (default: the current directory). */
  includePaths?: readonly string[];
}

export interface LoadFromDescriptorSet {
  /** A binary FileDescriptorSet, e.g. from `protoc --descriptor_set_out --include_imports` or `buf build`. */
  descriptorSet: Uint8Array;
}

export type LoadSchemaOptions = LoadFromSources | LoadFromDisk | LoadFromDescriptorSet;

/**
 * Loads a schema from in-memory sources or a descriptor set. Reading `files` from disk is the
 * Node-only loader's (load-disk.ts, the `protowire/node` entry): this module runs anywhere and
 * imports no Node built-in, so that browser bundles of protowire never reach for `fs`.
 * Rejects with SchemaError (every diagnostic) when the schema does not parse or link.
 */
export async function loadSchema(options: LoadSchemaOptions): Promise<Schema> {
  if ("descriptorSet" in options || "sources" in options) return loadSchemaSync(options);
  const message =
    "loadSchema({ files }) reads .proto files from disk, which needs Node's file system: " +
    'under Node, import from "protowire" (or "protowire/node"); elsewhere pass the texts as `sources`.';
  throw new SchemaError([{ file: "<options>", line: 0, column: 0, message }]);
}

/** Reads one file by import name (`a/b.proto`); undefined when it does not exist. */
export type ReadSource = (importName: string) => Promise<string | undefined>;

/**
 * Loads `roots` and everything they import through `read`, then the bundled well-known types.
 * Files are read breadth by breadth before parsing; imports that are not canonical names
 * (`../x.proto`, absolute paths) are never asked for: the importer reports them as not found.
 */
export async function loadFromReader(roots: readonly string[], read: ReadSource): Promise<Schema> {
  const texts = new Map<string, string | undefined>();
  let wanted = [...roots];
  while (wanted.length > 0) {
    const next: string[] = [];
    for (const name of wanted) {
      if (texts.has(name)) continue;
      const text = (await read(name)) ?? WKT_SOURCES.get(name);
      texts.set(name, text);
      // An import is a name inside the include paths, never a disk path: `../../etc/passwd`
      // joined to an include path would read (and quote in the error) a file outside them.
      // protoc rejects such names too; the parser then reports the import as not found.
      if (text !== undefined) next.push(...scanImports(text).filter(isCanonicalImportName));
    }
    wanted = next;
  }
  const sources = new Map<string, string>();
  for (const [k, v] of texts) if (v !== undefined) sources.set(k, v);
  return fromSources(sources, roots);
}

/** Synchronous loadSchema for in-memory sources and descriptor sets. */
export function loadSchemaSync(options: LoadFromSources | LoadFromDescriptorSet): Schema {
  if ("descriptorSet" in options) return fromDescriptorSet(options.descriptorSet);
  const map =
    options.sources instanceof Map
      ? (options.sources as ReadonlyMap<string, string>)
      : new Map(Object.entries(options.sources as Record<string, string>));
  if (options.files !== undefined) checkFileList(options.files);
  return fromSources(map, options.files ?? [...map.keys()]);
}

/** `files: "a.proto"` would be read character by character: `a`, `.`, `p`, ... */
export function checkFileList(files: unknown): void {
  if (Array.isArray(files) && files.every((f) => typeof f === "string")) return;
  const message = "files must be an array of file names (strings).";
  throw new SchemaError([{ file: "<options>", line: 0, column: 0, message }]);
}

// Import statements, found cheaply so the disk loader can read files before parsing; the
// parser decides what is really imported.
function scanImports(text: string): string[] {
  const out: string[] = [];
  const re = /\bimport\s+(?:public\s+|weak\s+|option\s+)?(["'])([^"'\n]*)\1/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[2]!);
  return out;
}

function fromSources(sources: ReadonlyMap<string, string>, roots: readonly string[]): Schema {
  const diagnostics: Diagnostic[] = [];
  const parsed = new Map<string, FileDescriptorProto>();
  const texts = new Map<string, string>();
  const queue = [...roots];
  const seen = new Set<string>();
  const rootSet = new Set(roots);
  for (let next = 0; next < queue.length; next++) {
    const name = queue[next]!;
    if (seen.has(name)) continue;
    seen.add(name);
    const text = sources.get(name) ?? WKT_SOURCES.get(name);
    if (text === undefined) {
      // A missing import is reported by the importer ("Import ... was not found").
      if (rootSet.has(name))
        diagnostics.push({ file: name, line: 0, column: 0, message: "File not found." });
      continue;
    }
    texts.set(name, text);
    const r = parseFile(name, text);
    diagnostics.push(...r.diagnostics);
    // Like protoc, a file that did not parse is not linked: its importers report it.
    if (r.diagnostics.length === 0) parsed.set(name, r.file);
    queue.push(...r.file.dependency, ...r.file.optionDependency);
  }
  const result = linkFiles(
    [...parsed.values()],
    roots.filter((r) => parsed.has(r)),
    { bundledDescriptor, sources: texts },
  );
  diagnostics.push(...result.diagnostics);
  if (diagnostics.length > 0) throw new SchemaError(diagnostics, texts);
  return new Schema(result.files, roots, result.symbols);
}

function fromDescriptorSet(bytes: Uint8Array): Schema {
  if (!(bytes instanceof Uint8Array)) {
    // A plain array decoded as bytes and a string as nothing: both read as some other schema.
    const message = "descriptorSet must be a Uint8Array (the bytes of a FileDescriptorSet).";
    throw new SchemaError([{ file: "<descriptor set>", line: 0, column: 0, message }]);
  }
  let protos: FileDescriptorProto[];
  try {
    protos = decodeFileDescriptorSet(bytes);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new SchemaError([{ file: "<descriptor set>", line: 0, column: 0, message }]);
  }
  const roots = protos.map((p) => p.name ?? "");
  // A set written without --include_imports may lack the well-known types: use the bundled ones.
  const have = new Set(roots);
  const extra: FileDescriptorProto[] = [];
  const texts = new Map<string, string>();
  const queue = protos.flatMap((p) => [...p.dependency, ...p.optionDependency]);
  while (queue.length > 0) {
    const name = queue.pop()!;
    const text = WKT_SOURCES.get(name);
    if (have.has(name) || text === undefined) continue;
    have.add(name);
    const r = parseFile(name, text);
    extra.push(r.file);
    texts.set(name, text);
    queue.push(...r.file.dependency);
  }
  const result = linkFiles([...extra, ...protos], roots, { bundledDescriptor, sources: texts });
  if (result.diagnostics.length > 0) throw new SchemaError(result.diagnostics, texts);
  return new Schema(result.files, roots, result.symbols);
}

let bundledSymbols: ReadonlyMap<string, Sym> | undefined;

/** The bundled descriptor.proto, linked once: it interprets standard options (packed, ...). */
function bundledDescriptor(): ReadonlyMap<string, Sym> {
  if (bundledSymbols === undefined) {
    const name = "google/protobuf/descriptor.proto";
    const r = parseFile(name, WKT_SOURCES.get(name)!);
    const linked = linkFiles([r.file], [name], {});
    if (r.diagnostics.length > 0 || linked.diagnostics.length > 0) {
      throw new SchemaError([...r.diagnostics, ...linked.diagnostics]);
    }
    bundledSymbols = linked.symbols;
  }
  return bundledSymbols;
}

/** `a/b.proto`: relative, `/`-separated, without empty, `.` or `..` segments (as protoc wants). */
export function isCanonicalImportName(name: string): boolean {
  if (name === "" || name.startsWith("/") || name.includes("\\")) return false;
  return name.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
