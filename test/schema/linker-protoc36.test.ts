// End to end against protoc 36.2 (the npm package `protoc`, the fixtures' compiler), which
// sorts and merges custom options and drops source-retention ones: every file of
// fixtures/linker-options/ (custom options and aggregates included), with and without source info.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeFileDescriptorSet } from "../../src/schema/descriptor/binary.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";

const root = join(import.meta.dirname, "../..");
const PROTOC36 = join(root, "node_modules/.bin/protoc");
const dataDir = join(import.meta.dirname, "../../fixtures/linker-options");
const wktDir = join(root, "src/schema/wkt");
const tmp = mkdtempSync(join(tmpdir(), "pw-link36-"));

function protoc(file: string, sourceInfo: boolean): Uint8Array {
  const out = join(tmp, `${file}-${sourceInfo}.pb`);
  const args = [`-I${dataDir}`, `-I${wktDir}`, `--descriptor_set_out=${out}`, "--include_imports"];
  if (sourceInfo) args.push("--include_source_info");
  execFileSync(PROTOC36, [...args, file]);
  return new Uint8Array(readFileSync(out));
}

function json(bytes: Uint8Array): string {
  return JSON.stringify(
    decodeFileDescriptorSet(bytes),
    (_k, v) => (typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? Array.from(v) : v),
    1,
  );
}

const files = readdirSync(dataDir)
  .filter((f) => f.endsWith(".proto"))
  .sort();

describe("toFileDescriptorSet matches protoc 36.2", () => {
  for (const file of files) {
    for (const sourceInfo of [false, true]) {
      it(`${file}${sourceInfo ? " --include_source_info" : ""}`, async () => {
        const schema = await loadSchema({ files: [file], includePaths: [dataDir, wktDir] });
        const ours = schema.toFileDescriptorSet({
          includeImports: true,
          includeSourceInfo: sourceInfo,
        });
        const golden = protoc(file, sourceInfo);
        if (!Buffer.from(ours).equals(Buffer.from(golden)))
          expect(json(ours)).toEqual(json(golden));
        expect(Buffer.from(ours).equals(Buffer.from(golden))).toBe(true);
      });
    }
  }
});

// protoc 36.2 checks rules that older protoc did not; its own message is the golden.
describe("rejects what protoc 36.2 rejects, with its message", () => {
  const cases: Record<string, string> = {
    // The first value of a map's enum value type must be 0 for closed enums too.
    "closed_enum_map_proto2.proto":
      'syntax = "proto2";\nenum E { A = 1; }\nmessage M { map<int32, E> m = 1; }\n',
    "closed_enum_map_editions.proto":
      'edition = "2023";\nenum E { option features.enum_type = CLOSED; A = 1; }\nmessage M { map<int32, E> m = 1; }\n',
  };
  for (const [file, text] of Object.entries(cases)) {
    it(file, async () => {
      const dir = mkdtempSync(join(tmp, "reject-"));
      writeFileSync(join(dir, file), text);
      let golden = "";
      try {
        execFileSync(PROTOC36, ["-I.", "-o/dev/null", file], { stdio: "pipe", cwd: dir });
      } catch (e) {
        golden = String((e as { stderr: Buffer }).stderr).trim();
      }
      expect(golden).toMatch(/^closed_enum_map_\w+\.proto:\d+:\d+: /);
      const error = await loadSchema({ files: [file], includePaths: [dir] }).then(
        () => "",
        (e: Error) => e.message,
      );
      expect(error.split("\n")[0]).toBe(golden);
    });
  }
});
