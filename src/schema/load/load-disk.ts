// The Node loader of the schema layer: every option of loadLinkedSchema, plus `{ files,
// includePaths }` read from disk through includePathResolver. Root files may be given as paths
// on disk (`proto/a.proto` with include path `proto`); like protoc, they are named relative to
// the include path that contains them. The bundled well-known types answer as `.proto` text here
// (wkt-text-resolver.ts): size does not matter in Node, and the texts give imported well-known
// types their source info, as protoc does.

import * as path from "node:path";
import { SchemaError } from "../errors.js";
import type { Schema } from "../schema.js";
import { isCanonicalImportName } from "./canonical-name.js";
import { loadWithCache } from "./disk-cache.js";
import { includePathResolver, readFromIncludePaths, readText } from "./disk-resolver.js";
import {
  type LoadPlan,
  loadLinkedSchema,
  loadLinkedSchemaSync,
  sourceInfoOption,
  withWellKnownTypes,
} from "./load.js";
import { PARSING } from "./load-tools.js";
import { checkFileList, type LoadFromDisk, type LoadSchemaOptions, readsDisk } from "./options.js";
import { composeResolvers, type ResolvedFile, type Resolver } from "./resolver.js";
import { loadSync } from "./walk.js";
import { wellKnownTypeSources } from "./wkt-text-resolver.js";

/**
 * loadLinkedSchema for every source: files on disk, in-memory sources, descriptor sets. Files
 * are read synchronously (disk-resolver.ts), so from disk this is the synchronous load; only a
 * caller's own resolver can answer with promises.
 */
export async function loadLinkedSchemaFromDisk(options: LoadSchemaOptions): Promise<Schema> {
  return readsDisk(options)
    ? loadLinkedSchemaFromDiskSync(options)
    : loadLinkedSchema(options, wellKnownTypeSources);
}

/**
 * loadLinkedSchemaFromDisk, synchronously; a resolver of the caller's that answers with
 * promises is refused, as by loadLinkedSchemaSync.
 */
export function loadLinkedSchemaFromDiskSync(options: LoadSchemaOptions): Schema {
  if (!readsDisk(options)) return loadLinkedSchemaSync(options, wellKnownTypeSources);
  const plan = diskPlan(options);
  const cache = cacheOption(options);
  if (cache !== undefined && !sourceInfoOption(options)) return loadWithCache(cache, plan, PARSING);
  return loadSync(plan.roots, plan.resolver, PARSING, sourceInfoOption(options));
}

/** The `cache` option: a directory name, or undefined. */
function cacheOption(options: LoadFromDisk): string | undefined {
  const cache = (options as { cache?: unknown }).cache;
  if (cache === undefined || typeof cache === "string") return cache;
  const message = "cache must be the name of a directory (a string).";
  throw new SchemaError([{ file: "<options>", line: 0, column: 0, message }]);
}

/** The roots of `{ files, includePaths }` and the resolver that reads them and their imports. */
function diskPlan(options: LoadFromDisk): LoadPlan {
  checkFileList(options.files);
  const includePaths = options.includePaths ?? ["."];
  const { roots, read } = rootNames(options.files, includePaths);
  const resolver = composeResolvers(
    { resolve: (name) => read.get(name) },
    rootsAsGiven(roots, includePaths),
    includePathResolver(includePaths),
  );
  return withWellKnownTypes({ roots, resolver }, wellKnownTypeSources);
}

/**
 * Each root's import name: as given, or relative to the include path that holds it on disk;
 * and the roots already read from the include paths (the walk asks for them first: one read).
 */
function rootNames(
  files: readonly string[],
  includePaths: readonly string[],
): { roots: string[]; read: Map<string, ResolvedFile> } {
  const roots: string[] = [];
  const read = new Map<string, ResolvedFile>();
  for (const file of files) {
    let name = file;
    // Only a canonical import name (no `.`/`..` segments, not absolute) can be looked up in the
    // include paths; `../x/a.proto` joined to an include path may land on a real file by chance.
    const inIncludePath = isCanonicalImportName(file)
      ? readFromIncludePaths(includePaths, file)
      : undefined;
    if (inIncludePath !== undefined) read.set(file, inIncludePath);
    else if (readText(file) !== undefined) {
      const abs = path.resolve(file);
      for (const dir of includePaths) {
        const rel = path.relative(path.resolve(dir), abs);
        if (rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel)) {
          name = rel.split(path.sep).join("/");
          break;
        }
      }
    }
    roots.push(name);
  }
  return { roots, read };
}

/**
 * The roots that are not canonical import names (`../x/a.proto`, outside every include path):
 * the user named these files, so they are read as given, joined to the include paths as before;
 * includePathResolver refuses such names, which in an import would reach outside them.
 */
function rootsAsGiven(roots: readonly string[], includePaths: readonly string[]): Resolver {
  const asGiven = new Set(roots.filter((r) => !isCanonicalImportName(r)));
  return {
    resolve: (name) => (asGiven.has(name) ? readFromIncludePaths(includePaths, name) : undefined),
  };
}
