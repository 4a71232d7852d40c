// `protowire` loads a verb's code when the verb runs (src/cli/verbs/index.ts): the command's
// own module and what it imports statically stay small, and decode-raw, which needs no schema,
// does not load the schema loader. Checked on the built files (dist/, built by `npm test`'s
// pretest): the modules each one reaches through static imports, and their size.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

const DIST = join(ROOT, "dist");
const STATIC_IMPORT =
  /(?:^|[\n;])\s*(?:import|export)\s*[^;]*?from\s*["']\.\/([^"']+)["']|(?:^|[\n;])\s*import\s*["']\.\/([^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(["']\.\/([^"']+)["']\)/g;

/** The files `file` reaches through static imports, itself included. */
function staticallyReached(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(DIST, file), "utf8");
  for (const m of text.matchAll(STATIC_IMPORT)) staticallyReached((m[1] ?? m[2])!, seen);
  return seen;
}

function bytesOf(files: Set<string>): number {
  let n = 0;
  for (const f of files) n += readFileSync(join(DIST, f)).length;
  return n;
}

/** The file `import("./name-HASH.js")` in cli.js loads for verb module `name`. */
function verbModule(name: string): string {
  const cli = readFileSync(join(DIST, "cli.js"), "utf8");
  const found = [...cli.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!);
  const file = found.find((f) => f.startsWith(`${name}-`));
  if (file === undefined) throw new Error(`no import() of ${name} in dist/cli.js: ${found}`);
  return file;
}

describe("the command loads each verb's code when it runs", () => {
  const library = bytesOf(staticallyReached("index.js"));

  it("starts with a small fraction of the library", () => {
    const start = bytesOf(staticallyReached("cli.js"));
    expect(start).toBeLessThan(library / 10);
  });

  it("decode-raw loads no schema loader and no codecs", () => {
    const files = staticallyReached(verbModule("decode-raw"));
    const text = [...files].map((f) => readFileSync(join(DIST, f), "utf8")).join("\n");
    expect(text).toContain("// src/text/raw-text.ts");
    expect(text).not.toContain("// src/schema/"); // no parser, linker, descriptors
    expect(text).not.toMatch(/\/\/ src\/codec\/(?!message-set\.ts)/); // MessageSet items only
    expect(bytesOf(files)).toBeLessThan(library / 5);
  });

  it("every verb is a module of its own", () => {
    for (const name of ["encode", "decode", "convert", "decode-raw", "dump", "compile", "gen"]) {
      expect(verbModule(name)).toMatch(/\.js$/);
    }
  });
});
