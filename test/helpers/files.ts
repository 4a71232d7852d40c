// Files of a folder, for tests that compare generated output with committed output.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file below `dir`, as sorted paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}
