// The layering rule of "How it is built": data flows one way, text → descriptors → codecs →
// bytes, and a lower layer never imports a higher one. Only the CLI may import `node:` modules
// (plus the schema's disk loader, which imports them lazily, inside `loadSchema`, so that
// browsers never load them).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src", import.meta.url));
const LAYERS = ["wire", "schema", "codec", "json", "text", "cli"] as const;
// What each layer may import (besides itself).
const ALLOWED: Record<string, readonly string[]> = {
  wire: [],
  schema: ["wire"],
  codec: ["wire", "schema"],
  json: ["wire", "schema", "codec"],
  text: ["wire", "schema", "codec"],
  cli: ["wire", "schema", "codec", "json", "text", "top"],
  top: ["wire", "schema", "codec", "json", "text"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

function layerOf(file: string): string {
  const first = relative(src, file).split(/[\\/]/)[0]!;
  return (LAYERS as readonly string[]).includes(first) ? first : "top";
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

describe("layers", () => {
  const files = sourceFiles(src);

  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("no layer imports a higher one", () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith(".")) continue;
        const to = layerOf(join(file, "..", spec));
        if (to !== from && !ALLOWED[from]!.includes(to)) {
          violations.push(`${relative(src, file)} (${from}) imports ${spec} (${to})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it("src/ imports nothing but itself and, outside the CLI, no node: module at top level", () => {
    const violations: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(IMPORT)) {
        const spec = (m[1] ?? m[2])!;
        if (spec.startsWith(".")) continue;
        const lazy = m[2] !== undefined;
        const ok =
          layerOf(file) === "cli" || (lazy && relative(src, file) === join("schema", "load.ts"));
        if (!ok) violations.push(`${relative(src, file)} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
