// The bundled well-known types are the copies protoc 36.2 ships (the devDependency `protoc`,
// its include/google/protobuf/), with the other files it ships there (the language features,
// compiler/plugin.proto): a file that imports timestamp.proto gets the source info protoc
// gives it, and `import option "google/protobuf/java_features.proto"` resolves as in protoc. Updating protoc means copying its files into src/schema/wkt/google/protobuf/
// and running `npx tsx scripts/embed-wkt.mjs`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WKT_SOURCES } from "../../src/schema/wkt/sources.js";

const root = join(import.meta.dirname, "../..");
const bundled = join(root, "src/schema/wkt/google/protobuf");
const protocInclude = join(root, "node_modules/protoc/include/google/protobuf");
const files = readdirSync(bundled, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".proto"))
  .map((f) => f.split("\\").join("/"))
  .sort();
const shipped = readdirSync(protocInclude, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".proto"))
  .map((f) => f.split("\\").join("/"))
  .sort();

describe("bundled well-known types are protoc 36.2's", () => {
  it("bundles every file protoc ships in include/google/protobuf/", () => {
    expect(files).toEqual(shipped);
    expect(files).toContain("timestamp.proto");
    expect(files).toContain("java_features.proto");
    expect(files).toContain("compiler/plugin.proto");
  });

  it.each(files)("%s is byte for byte protoc's copy, and embedded as it is", (file) => {
    const ours = readFileSync(join(bundled, file), "utf8");
    expect(ours).toBe(readFileSync(join(protocInclude, file), "utf8"));
    expect(WKT_SOURCES.get(`google/protobuf/${file}`)).toBe(ours);
  });
});
