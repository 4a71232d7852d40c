// protobuf's own test protos (src/google/protobuf/*.proto of protocolbuffers/protobuf, written
// in proto2, proto3 and editions up to 2026), each file on its own with that src/ as include
// path: the descriptor set (with imports; plain and with source info) is protoc 36.2's, byte
// for byte, and a file protoc rejects is rejected with its messages; protoc's set read by
// createFileRegistry gives the linker's compact plans. Needs
// scripts/fetch-corpora.sh; skipped (with a warning) without it.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { registryDifferences } from "../helpers/registry-agreement.js";
import { corpus, protocOn, protocReload, protowireOn, protowireReload, same } from "./corpus.js";

const dir = corpus("protobuf");
const src = dir === undefined ? "" : join(dir, "src");
const files =
  dir === undefined
    ? []
    : readdirSync(join(src, "google/protobuf"))
        .filter((f) => f.endsWith(".proto"))
        .sort()
        .map((f) => `google/protobuf/${f}`);

describe.skipIf(dir === undefined)(
  "protobuf's test protos, each file as protoc 36.2 compiles it",
  () => {
    it("has them all", () => {
      expect(files.length).toBeGreaterThanOrEqual(77);
    });
    it.each(files)("%s", async (file) => {
      for (const sourceInfo of [false, true]) {
        const golden = protocOn(src, [file], sourceInfo);
        const ours = await protowireOn(src, [file], sourceInfo);
        expect(ours.errors).toEqual(golden.errors);
        expect(same(ours, golden), `${file}, source info ${sourceInfo}`).toBe(true);
        if (golden.set === undefined) continue;
        // protoc's set read by createFileRegistry (protowire/runtime): the linker's compact plans.
        if (!sourceInfo) {
          expect(registryDifferences(golden.set, ours.schema!).differences).toEqual([]);
        }
        // protoc's set as input again, to protoc (--descriptor_set_in), to loadDescriptorSet and
        // to loadSchemaSync({ descriptorSet }): the same verdict. protoc rejects its own sets of
        // some edition 2024+ files: the options that opted out of a check (naming style, symbol
        // visibility) have source retention, so the set no longer holds them.
        const again = protocReload(golden.set, [file], sourceInfo);
        for (const full of [false, true]) {
          const reloaded = protowireReload(golden.set, sourceInfo, full);
          if (again.set === undefined) {
            expect(reloaded.set, `${file} reloaded`).toBeUndefined();
            expect(again.errors).toEqual(expect.arrayContaining([reloaded.errors[0]]));
          } else {
            expect(same(reloaded, again), `${file} reloaded, source info ${sourceInfo}`).toBe(true);
          }
        }
      }
    });
  },
);
