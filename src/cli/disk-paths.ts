// protoc names a file in its errors by where it is on disk (`proto/acme/a.proto`, the include
// path joined to the import name; `a.proto` under `-I .`), which a terminal or editor can open.
// The library names it by import name: this maps a SchemaError's diagnostics to disk paths,
// and renders them again with each source line and caret.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Diagnostic, SchemaError } from "../node.js";

/** The disk path protoc prints for import name `name` found through `includePaths`. */
export function diskPath(name: string, includePaths: readonly string[]): string {
  for (const dir of includePaths) {
    if (!existsSync(join(dir, name))) continue;
    return dir === "." || dir === "./" ? name : `${dir}/${name}`;
  }
  return name;
}

/** `error` with its files named by disk path (and excerpts read from them). */
export function withDiskPaths(error: SchemaError, includePaths: readonly string[]): SchemaError {
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = error.diagnostics.map((d) => {
    const file = d.line === 0 ? d.file : diskPath(d.file, includePaths);
    if (file !== d.file && !sources.has(file)) {
      try {
        sources.set(file, readFileSync(file, "utf8"));
      } catch {
        // no excerpt for this file
      }
    }
    return { ...d, file };
  });
  return new SchemaError(diagnostics, sources);
}
