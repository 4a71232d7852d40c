// The Node-only loader: `.proto` files read from disk through include paths, like protoc -I.
// It is the one module of the schema layer that imports `node:` built-ins; the `protowire/node`
// entry (which Node picks for `protowire` through the "node" export condition) uses it, and
// the browser entry never imports it (test/architecture checks both).

import { readFile } from "node:fs/promises";
import * as path from "node:path";
import {
  checkFileList,
  isCanonicalImportName,
  type LoadFromDisk,
  type LoadSchemaOptions,
  loadSchema as loadAnywhere,
  loadFromReader,
} from "./load.js";
import type { Schema } from "./schema.js";

/** loadSchema for every source: files on disk, in-memory sources, descriptor sets. */
export async function loadSchema(options: LoadSchemaOptions): Promise<Schema> {
  if ("descriptorSet" in options || "sources" in options) return loadAnywhere(options);
  return loadSchemaFromDisk(options);
}

/** Reads `files` and their imports from `includePaths` (default: the current directory). */
export async function loadSchemaFromDisk(options: LoadFromDisk): Promise<Schema> {
  checkFileList(options.files);
  const includePaths = options.includePaths ?? ["."];
  // Root files may be given as paths on disk (`proto/a.proto` with include path `proto`):
  // like protoc, name them relative to the include path that contains them.
  const roots: string[] = [];
  for (const file of options.files) {
    let name = file;
    let found = false;
    // Only a canonical import name (no `.`/`..` segments, not absolute) can be looked up in the
    // include paths; `../x/a.proto` joined to an include path may land on a real file by chance.
    if (isCanonicalImportName(file)) {
      for (const dir of includePaths) {
        if ((await readText(path.join(dir, file))) !== undefined) found = true;
      }
    }
    if (!found && (await readText(file)) !== undefined) {
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
  return loadFromReader(roots, async (name) => {
    for (const dir of includePaths) {
      const text = await readText(path.join(dir, name));
      if (text !== undefined) return text;
    }
    return undefined;
  });
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}
