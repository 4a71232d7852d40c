// The layering rule of "How it is built": data flows one way, text → descriptors → codecs →
// bytes, and a lower layer never imports a higher one. The top is src/api/ (which joins the
// layers) and the entries src/index.ts and src/node.ts. Only the Node-only modules may import
// `node:` modules: the CLI, the Node entry and its loader, and the schema's disk resolver; the
// browser entries (`protowire`, `protowire/wire`) reach none of them. The entries list their
// names one by one, so that a public name is a decision.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src", import.meta.url));
const LAYERS = ["wire", "schema", "codec", "gen", "json", "text", "cli"] as const;
// What each layer may import (besides itself).
const ALLOWED: Record<string, readonly string[]> = {
  wire: [],
  schema: ["wire"],
  codec: ["wire", "schema"],
  gen: ["wire", "schema", "codec"],
  json: ["wire", "schema", "codec"],
  text: ["wire", "schema", "codec"],
  // The command goes through the public API only (the entries), never into a layer.
  cli: ["top"],
  top: ["wire", "schema", "codec", "gen", "json", "text"],
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

/** The Node-only modules (besides everything under src/cli/): they alone may import `node:`. */
const NODE_ONLY = new Set([
  "node.ts",
  join("api", "load-node.ts"),
  join("schema", "load", "disk-cache.ts"),
  join("schema", "load", "disk-resolver.ts"),
  join("schema", "load", "load-disk.ts"),
]);

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

/** Every source file the entries (paths under src/) reach through relative imports. */
function reachedFrom(...entries: string[]): Set<string> {
  const reached = new Set<string>();
  const walk = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith(".")) walk(join(file, "..", spec.replace(/\.js$/, ".ts")));
    }
  };
  for (const entry of entries) walk(join(src, entry));
  return reached;
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

  it("src/ imports nothing but itself and, outside the Node-only modules, no node: module", () => {
    const violations: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(IMPORT)) {
        const spec = (m[1] ?? m[2])!;
        if (spec.startsWith(".")) continue;
        const name = relative(src, file);
        const ok = spec.startsWith("node:") && (layerOf(file) === "cli" || NODE_ONLY.has(name));
        if (!ok) violations.push(`${name} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("the browser entries import no Node-only module, directly or through others", () => {
    const names = [...reachedFrom("index.ts", "binary.ts", join("wire", "index.ts"))].map((f) =>
      relative(src, f),
    );
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((n) => NODE_ONLY.has(n) || layerOf(join(src, n)) === "cli")).toEqual([]);
    // ...while the Node entry does reach the disk resolver (the check above can see it).
    const fromNode = reachedFrom("node.ts");
    expect(fromNode.has(join(src, "schema", "load", "disk-resolver.ts"))).toBe(true);
  });

  it("the runtime entry (what generated code imports) never reaches the emitter or an eval", () => {
    const reached = reachedFrom("runtime.ts");
    const names = [...reached].map((f) => relative(src, f));
    expect(names).toContain(join("codec", "runtime.ts"));
    const buildTime = names.filter(
      (n) =>
        n.startsWith(join("codec", "emit") + sep) ||
        n === join("codec", "compiler.ts") ||
        n === join("codec", "message-type.ts") ||
        (layerOf(join(src, n)) !== "wire" &&
          layerOf(join(src, n)) !== "codec" &&
          n !== "runtime.ts" &&
          !n.startsWith(join("schema", "descriptor") + sep)),
    );
    expect(buildTime).toEqual([]);
    const evaluating = [...reached].filter((f) =>
      /new Function|\beval\(/.test(readFileSync(f, "utf8")),
    );
    expect(evaluating.map((f) => relative(src, f))).toEqual([]);
  });

  it("the binary entry reaches neither the JSON nor the text format, nor code generation", () => {
    const names = [...reachedFrom("binary.ts")].map((f) => relative(src, f));
    expect(names).toContain(join("codec", "compiler.ts"));
    const formats = names.filter(
      (n) =>
        (["json", "text", "gen"].includes(layerOf(join(src, n))) &&
          // The type names of Any URLs, which the Any helpers share with the JSON format.
          n !== join("json", "wkt-names.ts")) ||
        n === join("api", "message-type.ts"),
    );
    expect(formats).toEqual([]);
  });

  it("the top is src/api/ and the entries; no other folder or loose file", () => {
    const top = files.filter((f) => layerOf(f) === "top").map((f) => relative(src, f));
    const loose = top.filter((n) => !n.startsWith(`api${sep}`));
    expect(loose.sort()).toEqual(["binary.ts", "index.ts", "node.ts", "runtime.ts"]);
    expect(top.length).toBeGreaterThan(loose.length);
  });
});

/** The names an `export { ... } from` list declares, `type` markers dropped, in order. */
function exportedNames(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((m) =>
    m[1]!
      .split(",")
      .map((n) => n.replace(/^\s*type\s+/, "").trim())
      .filter((n) => n !== ""),
  );
}

describe("entries", () => {
  const files = sourceFiles(src);
  const browser = exportedNames(join(src, "index.ts"));
  const node = exportedNames(join(src, "node.ts"));
  const binary = exportedNames(join(src, "binary.ts"));

  it("no module re-exports everything of another (`export *`)", () => {
    const wildcard = files.filter((f) => /export\s+(?:type\s+)?\*/.test(readFileSync(f, "utf8")));
    expect(wildcard.map((f) => relative(src, f))).toEqual([]);
  });

  it("each entry exports each name once", () => {
    for (const names of [browser, node, binary, exportedNames(join(src, "wire", "index.ts"))]) {
      expect(names.length).toBeGreaterThan(40);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    }
  });

  it("the Node entry has every name of the browser entry, plus the include-path resolver", () => {
    expect(node.filter((n) => !browser.includes(n))).toEqual(["includePathResolver"]);
    expect(browser.filter((n) => !node.includes(n))).toEqual([]);
  });

  it("the binary entry has the browser entry's names but those of the formats and of code generation", () => {
    expect(binary.filter((n) => !browser.includes(n)).sort()).toEqual([
      "BinarySchema",
      "MessageLookup",
    ]);
    expect(browser.filter((n) => !binary.includes(n)).sort()).toEqual(
      [
        "CompiledSchema",
        "EmittedMessage",
        "GenerateOptions",
        "GeneratedFile",
        "JsonError",
        "JsonErrorCode",
        "JsonMethods",
        "JsonReadOptions",
        "JsonRegistry",
        "JsonValue",
        "JsonWriteOptions",
        "JsonWriteStringOptions",
        "MessageType",
        "ProtoscopeDumpOptions",
        "RandomAccessBytes",
        "SchemaLookup",
        "TextError",
        "TextErrorCode",
        "TextMethods",
        "TextReadOptions",
        "TextRegistry",
        "TextWriteOptions",
        "assembleProtoscope",
        "dumpProtoscope",
        "emitMessage",
        "generateCode",
        "rawText",
        "writeRawText",
        "writeRawTextFrom",
      ].sort(),
    );
  });

  it("the entries' loadSchema is the top's, never the schema layer's linked-only loader", async () => {
    const entry = await import("../../src/index.js");
    const nodeEntry = await import("../../src/node.js");
    const api = await import("../../src/api/load.js");
    const apiNode = await import("../../src/api/load-node.js");
    expect(entry.loadSchema).toBe(api.loadSchema);
    expect(entry.loadSchemaSync).toBe(api.loadSchemaSync);
    expect(nodeEntry.loadSchema).toBe(apiNode.loadSchema);
    expect(nodeEntry.loadSchemaSync).toBe(apiNode.loadSchemaSync);
    expect(Object.keys(entry)).not.toContain("loadLinkedSchema");
    expect(Object.keys(entry)).not.toContain("loadLinkedSchemaSync");
  });
});
