import { defineConfig } from "tsup";

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
  },
  {
    entry: { cli: "src/cli/main.ts", "protoc-gen-protowire": "src/cli/plugin-main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    sourcemap: true,
  },
]);
