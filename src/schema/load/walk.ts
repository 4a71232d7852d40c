// The one loop over imports: every way of loading (sources, descriptor set, disk, a user's
// resolver) asks a resolver for the root files and, breadth first, for what they import, parses
// the texts it gets, then links everything. The loop is a generator that yields each import name
// and receives the resolver's answer, so that one loop serves both the synchronous loaders and
// the asynchronous ones (the disk reader answers with promises).
//
// Source locations are recorded only when asked (`sourceInfo`): most loads never write source
// info, and the locations were a third of a large schema's memory and a sixth of its load time.
// Without them, a load whose linking reports errors is linked again from texts parsed with
// locations, so that its errors have positions; and the Schema gets a way to make them later,
// when toFileDescriptorSet({ includeSourceInfo }) or code generation wants them.

import type { FileDescriptorProto, SourceCodeInfo } from "../descriptor/shapes.js";
import { type Diagnostic, SchemaError } from "../errors.js";
import { type InterpretOptions, linkCore } from "../linker/link-core.js";
import type { Sym } from "../linker/nodes.js";
import type { parseFile } from "../parser/parser.js";
import { Schema } from "../schema.js";
import { isAnswer, isPromiseLike, type ResolvedFile, type Resolver } from "./resolver.js";

/**
 * What a load uses besides the linker, given by its caller so that a load of descriptors alone
 * bundles neither the parser nor the bundled files (load-tools.ts has the full set).
 */
export interface LoadTools {
  /** Parses a file's text; without it, a resolver's text answer is an error. */
  readonly parse?: typeof parseFile;
  /**
   * Interprets options (the linker's OptionInterpreter); without it, options stay as the
   * descriptors hold them, and an uninterpreted one is an error.
   */
  readonly interpretOptions?: InterpretOptions;
  /** The bundled files compiled (bundled-descriptor.ts). */
  readonly bundled?: {
    /** The bundled descriptor.proto's symbols, for interpreting standard options. */
    descriptor(): ReadonlyMap<string, Sym>;
    /** protoc's compilation of bundled file `name`, a fresh copy. */
    compiled(name: string): FileDescriptorProto | undefined;
    /** Whether a text answer is a bundled file's text, unchanged. */
    isBundledText(answer: object): boolean;
    /** Whether a descriptor is one of `compiled`'s (protoc's: no validation needed). */
    isCompiled(file: FileDescriptorProto): boolean;
  };
}

/**
 * Loads `roots` and their imports from `resolver`; throws SchemaError on any diagnostic.
 * `sourceInfo`: record source locations as files are parsed (else made when asked for).
 */
export function loadSync(
  roots: readonly string[],
  resolver: Resolver,
  tools: LoadTools,
  sourceInfo = false,
): Schema {
  const walk = walkImports(roots, tools, sourceInfo);
  for (let step = walk.next(); ; ) {
    if (step.done) return step.value;
    const answer = resolver.resolve(step.value);
    if (isPromiseLike(answer)) throw asyncResolverError(step.value);
    step = walk.next(answer);
  }
}

/** loadSync for resolvers that may answer with promises (awaited one file at a time). */
export async function loadAsync(
  roots: readonly string[],
  resolver: Resolver,
  tools: LoadTools,
  sourceInfo = false,
): Promise<Schema> {
  const walk = walkImports(roots, tools, sourceInfo);
  for (let step = walk.next(); ; ) {
    if (step.done) return step.value;
    const answer = resolver.resolve(step.value);
    step = walk.next(isPromiseLike(answer) ? await answer : answer);
  }
}

function* walkImports(
  roots: readonly string[],
  tools: LoadTools,
  sourceInfo: boolean,
): Generator<string, Schema, ResolvedFile | null | undefined> {
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, FileDescriptorProto>(); // those that parsed, in walk order
  const texts = new Map<string, string>(); // for error positions and SchemaError's excerpts
  const preValidated = new Set<FileDescriptorProto>(); // protoc's compilations, not parsed
  const rootSet = new Set(roots);
  const seen = new Set<string>();
  const queue = [...roots];
  for (let next = 0; next < queue.length; next++) {
    const name = queue[next]!;
    if (seen.has(name)) continue;
    seen.add(name);
    const found = yield name;
    if (!isAnswer(found)) {
      // A missing import is reported by the importer ("Import ... was not found").
      if (rootSet.has(name)) diagnostics.push(at(name, "File not found."));
      continue;
    }
    const file = fileOf(name, found, texts, diagnostics, tools, sourceInfo);
    if (file === undefined) continue;
    if (file.preValidated) preValidated.add(file.proto);
    // Like protoc, a file that did not parse is not linked: its importers report it. Its
    // imports are still walked, so that their own errors are reported too.
    if (file.linkable) files.set(name, file.proto);
    queue.push(...file.proto.dependency, ...file.proto.optionDependency);
  }
  return linkLoaded(roots, files, texts, preValidated, tools, sourceInfo, diagnostics);
}

/**
 * Links the files a load gathered (`files`, by name, in walk order) into a Schema; throws
 * SchemaError on `diagnostics` so far or any of the linker's. `texts` are the parsed files'
 * texts, for error excerpts and for source info made on demand.
 */
function linkLoaded(
  roots: readonly string[],
  files: ReadonlyMap<string, FileDescriptorProto>,
  texts: ReadonlyMap<string, string>,
  preValidated: ReadonlySet<FileDescriptorProto>,
  tools: LoadTools,
  sourceInfo: boolean,
  diagnostics: Diagnostic[],
): Schema {
  const linkRoots = roots.filter((r) => files.has(r));
  const link = (protos: Iterable<FileDescriptorProto>) =>
    linkCore([...protos], linkRoots, {
      ...(tools.bundled !== undefined && { bundledDescriptor: tools.bundled.descriptor }),
      ...(tools.interpretOptions !== undefined && { interpretOptions: tools.interpretOptions }),
      sources: texts,
      preValidated,
    });
  let result = link(files.values());
  if (result.diagnostics.length > 0 && !sourceInfo && texts.size > 0) {
    // Errors are located through source locations: link again with them.
    result = link(withLocations(files, texts, tools.parse!));
  }
  diagnostics.push(...result.diagnostics);
  if (diagnostics.length > 0) throw new SchemaError(diagnostics, texts);
  const schema = new Schema(result.files, roots, result.symbols);
  if (!sourceInfo && texts.size > 0) {
    schema.provideSourceInfo(() => {
      const again = link(withLocations(files, texts, tools.parse!));
      const out = new Map<string, SourceCodeInfo>();
      for (const f of again.files) {
        if (f.proto.sourceCodeInfo !== undefined) out.set(f.name, f.proto.sourceCodeInfo);
      }
      return out;
    });
  }
  return schema;
}

/**
 * A schema from `protos`, the descriptors an earlier load made of exactly these `texts` (by
 * file name; load-disk.ts's cache checks that they are): linked as they are, their names
 * resolved, their options interpreted and canonical and their rules checked by that load, so
 * neither parsed nor validated again. Source info is made on demand from `texts`, as after any
 * load of text.
 */
export function linkFromEarlierLoad(
  roots: readonly string[],
  protos: readonly FileDescriptorProto[],
  texts: ReadonlyMap<string, string>,
  tools: LoadTools,
): Schema {
  const files = new Map(protos.map((p) => [p.name ?? "", p]));
  return linkLoaded(roots, files, texts, new Set(protos), tools, false, []);
}

/**
 * The same files again: texts parsed anew with source locations, descriptors a resolver gave
 * as they are (linking them again changes nothing: their names are resolved already and their
 * options canonical).
 */
function withLocations(
  files: ReadonlyMap<string, FileDescriptorProto>,
  texts: ReadonlyMap<string, string>,
  parseFile: NonNullable<LoadTools["parse"]>,
): FileDescriptorProto[] {
  return [...files].map(([name, proto]) => {
    const text = texts.get(name);
    return text === undefined ? proto : parseFile(name, text, { sourceInfo: true }).file;
  });
}

/**
 * The descriptor of a resolved file: parsed from its text, or as the resolver gave it. A
 * bundled file's text (wellKnownTypeSources), when no source locations are recorded, is not
 * parsed: protoc's compilation of it is linked instead, the same descriptor for a fraction of
 * the cost (its text is kept: withLocations parses it when locations are wanted). protoc's
 * compilations skip the validation rules (`preValidated`).
 */
function fileOf(
  name: string,
  found: ResolvedFile,
  texts: Map<string, string>,
  diagnostics: Diagnostic[],
  tools: LoadTools,
  sourceInfo: boolean,
): { proto: FileDescriptorProto; linkable: boolean; preValidated?: boolean } | undefined {
  const bundled = tools.bundled;
  if (typeof found === "object" && "source" in found) {
    if (tools.parse === undefined) {
      diagnostics.push(
        at(name, "The resolver answered with .proto text, and this load reads descriptors only."),
      );
      return undefined;
    }
    texts.set(name, found.source);
    const compiled =
      sourceInfo || bundled === undefined || !bundled.isBundledText(found)
        ? undefined
        : bundled.compiled(name);
    if (compiled !== undefined) return { proto: compiled, linkable: true, preValidated: true };
    const r = tools.parse(name, found.source, { sourceInfo });
    diagnostics.push(...r.diagnostics);
    return { proto: r.file, linkable: r.diagnostics.length === 0 };
  }
  if (typeof found === "object" && "proto" in found && typeof found.proto === "object") {
    // The linker finds files by their own name: under another one, importers would not see it.
    if ((found.proto.name ?? "") === name) {
      const preValidated = bundled?.isCompiled(found.proto) === true;
      return { proto: found.proto, linkable: true, preValidated };
    }
    const message = `The resolver answered with a descriptor named "${found.proto.name}".`;
    diagnostics.push(at(name, message));
    return undefined;
  }
  diagnostics.push(at(name, "The resolver answered with neither { source } nor { proto }."));
  return undefined;
}

function asyncResolverError(name: string): SchemaError {
  const message =
    "The resolver answered with a promise: load with loadSchema, which awaits it, not loadSchemaSync.";
  return new SchemaError([at(name, message)]);
}

function at(file: string, message: string): Diagnostic {
  return { file, line: 0, column: 0, message };
}
