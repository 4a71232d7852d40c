// The bundled well-known types are the copies protoc 36.2 ships (the devDependency `protoc`,
// its include/google/protobuf/): a file that imports timestamp.proto gets the source info
// protoc gives it. Updating protoc means copying its files into src/schema/wkt/google/protobuf/
// and running `node scripts/embed-wkt.mjs`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WKT_SOURCES } from "../../src/schema/wkt/sources.js";

const root = join(import.meta.dirname, "../..");
const bundled = join(root, "src/schema/wkt/google/protobuf");
const protocInclude = join(root, "node_modules/protoc/include/google/protobuf");
const files = readdirSync(bundled).filter((f) => f.endsWith(".proto"));

describe("bundled well-known types are protoc 36.2's", () => {
  it("bundles every well-known type file", () => {
    expect(files.sort()).toEqual(
      [
        "any.proto",
        "api.proto",
        "descriptor.proto",
        "duration.proto",
        "empty.proto",
        "field_mask.proto",
        "source_context.proto",
        "struct.proto",
        "timestamp.proto",
        "type.proto",
        "wrappers.proto",
      ].sort(),
    );
  });

  it.each(files)("%s is byte for byte protoc's copy, and embedded as it is", (file) => {
    const ours = readFileSync(join(bundled, file), "utf8");
    expect(ours).toBe(readFileSync(join(protocInclude, file), "utf8"));
    expect(WKT_SOURCES.get(`google/protobuf/${file}`)).toBe(ours);
  });
});
