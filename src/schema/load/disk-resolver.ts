// The Node disk reader as a resolver: `.proto` files by import name from include paths, like
// protoc -I. With load-disk.ts, the only modules of the schema layer that import `node:`
// built-ins; the `protowire/node` entry uses them and the browser entry never reaches them
// (test/architecture checks both).

import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { isCanonicalImportName } from "./canonical-name.js";
import type { ResolvedFile, Resolver } from "./resolver.js";

/**
 * Reads files from `includePaths` (default: the current directory), searched in order. Only
 * canonical import names are looked up: `../../etc/passwd` joined to an include path would read
 * (and quote in the error) a file outside them. protoc rejects such names too; the importer then
 * reports the import as not found.
 */
export function includePathResolver(includePaths: readonly string[] = ["."]): Resolver {
  return {
    resolve: (importName) =>
      isCanonicalImportName(importName)
        ? readFromIncludePaths(includePaths, importName)
        : undefined,
  };
}

/** The text of `name` in the first include path that has it. */
export async function readFromIncludePaths(
  includePaths: readonly string[],
  name: string,
): Promise<ResolvedFile | undefined> {
  for (const dir of includePaths) {
    const source = await readText(path.join(dir, name));
    if (source !== undefined) return { source };
  }
  return undefined;
}

/** A file's text; undefined when it cannot be read (missing, a directory, no permission). */
export async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}
