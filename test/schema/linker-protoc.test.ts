// End to end: parse + link with loadSchema, then compare toFileDescriptorSet() with the bytes
// protoc 3.21 writes for the same files, with and without source info.
// Goldens: fixtures/protoc321/descriptor-sets/, written by protoc 3.21 (/usr/bin/protoc,
// apt) through scripts/regenerate-protoc321-goldens.sh and committed, so no protoc runs here.
// The well-known types both sides read are protoc 3.21's own (fixtures/protoc321/include/).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeFileDescriptorSet } from "../../src/schema/descriptor/binary.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";
import { PROTOC321_INCLUDE, protoc321DescriptorSet } from "./protoc321.js";

const dataDir = join(import.meta.dirname, "../../fixtures/linker-options");

/** Readable diff target: the decoded set as JSON (bytes and bigints spelled out). */
function json(bytes: Uint8Array): string {
  return JSON.stringify(
    decodeFileDescriptorSet(bytes),
    (_k, v) => (typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? Array.from(v) : v),
    1,
  );
}

// custom-options.proto is left out: protoc 3.21 writes custom options unsorted, in source
// order, where protoc 36 (the fixtures' compiler, fixtures/schemas/) sorts and merges them.
// Every other file of data/ must have a golden: a missing one fails, naming the script.
const cases: string[][] = readdirSync(dataDir)
  .filter((f) => f.endsWith(".proto") && f !== "custom-options.proto")
  .sort()
  .map((f) => [f]);
cases.push(["google/protobuf/descriptor.proto"]);

describe("loadSchema + toFileDescriptorSet match protoc byte for byte", () => {
  for (const files of cases) {
    for (const sourceInfo of [false, true]) {
      it(`${files.join(" ")}${sourceInfo ? " --include_source_info" : ""}`, async () => {
        // protoc 3.21 read descriptor.proto etc. from its own include dir; give us the same files.
        const schema = await loadSchema({ files, includePaths: [dataDir, PROTOC321_INCLUDE] });
        const ours = schema.toFileDescriptorSet({
          includeImports: true,
          includeSourceInfo: sourceInfo,
        });
        const golden = protoc321DescriptorSet(files.join(" "), sourceInfo);
        if (!Buffer.from(ours).equals(Buffer.from(golden))) {
          expect(json(ours)).toEqual(json(golden));
        }
        expect(Buffer.from(ours).equals(Buffer.from(golden))).toBe(true);
      });
    }
  }
});
