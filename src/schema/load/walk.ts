// The one loop over imports: every way of loading (sources, descriptor set, disk, a user's
// resolver) asks a resolver for the root files and, breadth first, for what they import, parses
// the texts it gets, then links everything. The loop is a generator that yields each import name
// and receives the resolver's answer, so that one loop serves both the synchronous loaders and
// the asynchronous ones (the disk reader answers with promises).

import type { FileDescriptorProto } from "../descriptor/shapes.js";
import { type Diagnostic, SchemaError } from "../errors.js";
import { linkFiles } from "../linker/linker.js";
import { parseFile } from "../parser/parser.js";
import { Schema } from "../schema.js";
import { bundledDescriptor } from "./bundled-descriptor.js";
import { isAnswer, isPromiseLike, type ResolvedFile, type Resolver } from "./resolver.js";

/** Loads `roots` and their imports from `resolver`; throws SchemaError on any diagnostic. */
export function loadSync(roots: readonly string[], resolver: Resolver): Schema {
  const walk = walkImports(roots);
  for (let step = walk.next(); ; ) {
    if (step.done) return step.value;
    const answer = resolver.resolve(step.value);
    if (isPromiseLike(answer)) throw asyncResolverError(step.value);
    step = walk.next(answer);
  }
}

/** loadSync for resolvers that may answer with promises (awaited one file at a time). */
export async function loadAsync(roots: readonly string[], resolver: Resolver): Promise<Schema> {
  const walk = walkImports(roots);
  for (let step = walk.next(); ; ) {
    if (step.done) return step.value;
    const answer = resolver.resolve(step.value);
    step = walk.next(isPromiseLike(answer) ? await answer : answer);
  }
}

function* walkImports(
  roots: readonly string[],
): Generator<string, Schema, ResolvedFile | null | undefined> {
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, FileDescriptorProto>(); // those that parsed, in walk order
  const texts = new Map<string, string>(); // for error positions and SchemaError's excerpts
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
    const file = fileOf(name, found, texts, diagnostics);
    if (file === undefined) continue;
    // Like protoc, a file that did not parse is not linked: its importers report it. Its
    // imports are still walked, so that their own errors are reported too.
    if (file.linkable) files.set(name, file.proto);
    queue.push(...file.proto.dependency, ...file.proto.optionDependency);
  }
  const result = linkFiles(
    [...files.values()],
    roots.filter((r) => files.has(r)),
    { bundledDescriptor, sources: texts },
  );
  diagnostics.push(...result.diagnostics);
  if (diagnostics.length > 0) throw new SchemaError(diagnostics, texts);
  return new Schema(result.files, roots, result.symbols);
}

/** The descriptor of a resolved file: parsed from its text, or as the resolver gave it. */
function fileOf(
  name: string,
  found: ResolvedFile,
  texts: Map<string, string>,
  diagnostics: Diagnostic[],
): { proto: FileDescriptorProto; linkable: boolean } | undefined {
  if (typeof found === "object" && "source" in found) {
    texts.set(name, found.source);
    const r = parseFile(name, found.source);
    diagnostics.push(...r.diagnostics);
    return { proto: r.file, linkable: r.diagnostics.length === 0 };
  }
  if (typeof found === "object" && "proto" in found && typeof found.proto === "object") {
    // The linker finds files by their own name: under another one, importers would not see it.
    if ((found.proto.name ?? "") === name) return { proto: found.proto, linkable: true };
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
