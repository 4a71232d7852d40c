import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "tsup";

/**
 * This build's identity: the package version and a hash of every file under src/. The schema
 * cache (src/schema/load/disk-cache.ts) keys its entries with it, so that entries written by
 * other code, even at the same version (installs from git), are never read.
 */
function buildId(): string {
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk("src");
  const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
  return `${version}+${hash.digest("hex").slice(0, 16)}`;
}
const define = { __PROTOWIRE_BUILD__: JSON.stringify(buildId()) };

export default defineConfig([
  {
    // Five entries over shared chunks (`splitting`, for CJS too): a class such as DecodeError
    // or Writer exists once, whichever entries a program imports (test/package checks it).
    entry: {
      index: "src/index.ts",
      binary: "src/binary.ts",
      wire: "src/wire/index.ts",
      node: "src/node.ts",
      runtime: "src/runtime.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    splitting: true,
    treeshake: true,
    define,
  },
  {
    entry: { cli: "src/cli/main.ts", "protoc-gen-protowire": "src/cli/plugin-main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    sourcemap: true,
    define,
  },
]);
