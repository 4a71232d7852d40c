// End to end: parse + link with loadSchema, then compare toFileDescriptorSet() with the bytes
// protoc 3.21 (/usr/bin/protoc) writes for the same files, with and without source info.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeFileDescriptorSet } from "../../src/schema/descriptor-binary.js";
import { loadSchema } from "../../src/schema/load.js";

const dataDir = join(import.meta.dirname, "data");
const tmp = mkdtempSync(join(tmpdir(), "pw-link-"));

function protoc(files: string[], sourceInfo: boolean): Uint8Array {
  const out = join(tmp, `${files.join("_").replaceAll("/", "_")}-${sourceInfo}.pb`);
  const args = [`-I${dataDir}`, `--descriptor_set_out=${out}`, "--include_imports"];
  if (sourceInfo) args.push("--include_source_info");
  execFileSync("protoc", [...args, ...files]);
  return new Uint8Array(readFileSync(out));
}

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
const cases: string[][] = readdirSync(dataDir)
  .filter((f) => f.endsWith(".proto") && f !== "custom-options.proto")
  .sort()
  .map((f) => [f]);
cases.push(["google/protobuf/descriptor.proto"]);

describe("loadSchema + toFileDescriptorSet match protoc byte for byte", () => {
  for (const files of cases) {
    for (const sourceInfo of [false, true]) {
      it(`${files.join(" ")}${sourceInfo ? " --include_source_info" : ""}`, async () => {
        // protoc reads descriptor.proto etc. from /usr/include (3.21); give us the same files.
        const schema = await loadSchema({ files, includePaths: [dataDir, "/usr/include"] });
        const ours = schema.toFileDescriptorSet({
          includeImports: true,
          includeSourceInfo: sourceInfo,
        });
        const golden = protoc(files, sourceInfo);
        if (!Buffer.from(ours).equals(Buffer.from(golden))) {
          expect(json(ours)).toEqual(json(golden));
        }
        expect(Buffer.from(ours).equals(Buffer.from(golden))).toBe(true);
      });
    }
  }
});
