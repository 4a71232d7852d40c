// Every directory of googleapis (github.com/googleapis/googleapis), its files compiled together
// with their imports and googleapis' root as include path: the descriptor set (plain and with
// source info) is protoc 36.2's, byte for byte, with protowire's bundled well-known types; where
// protoc rejects a directory, protowire rejects it too, with every message protoc gives (protoc
// stops at the first input file that fails, protowire reports them all). protoc's descriptor
// sets read back by loadDescriptorSet are written again byte for byte, and read by
// createFileRegistry give the linker's compact plans. Needs
// scripts/fetch-corpora.sh; skipped (with a warning) without it.
import { readdirSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { registryDifferences } from "../helpers/registry-agreement.js";
import { corpus, protocOn, protowireOn, protowireReload, same } from "./corpus.js";

const root = corpus("googleapis");
const byDirectory = new Map<string, string[]>();
if (root !== undefined) {
  const files = readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".proto"))
    .map((f) => f.split("\\").join("/"))
    .sort();
  for (const f of files) {
    const d = dirname(f);
    byDirectory.set(d, [...(byDirectory.get(d) ?? []), f]);
  }
}

/** Directories protoc rejects (at the pinned commit: one, a copy of google/api under preview/). */
const rejected: string[] = [];

describe.skipIf(root === undefined)(
  "googleapis, every directory as protoc 36.2 compiles it",
  () => {
    it("has them all", () => {
      expect(byDirectory.size).toBeGreaterThanOrEqual(640);
    });
    it.each([...byDirectory.keys()])("%s", async (d) => {
      const files = byDirectory.get(d)!;
      for (const sourceInfo of [false, true]) {
        const golden = protocOn(root!, files, sourceInfo);
        const ours = await protowireOn(root!, files, sourceInfo);
        if (golden.set === undefined) {
          if (!sourceInfo) rejected.push(d);
          expect(ours.set).toBeUndefined();
          expect(ours.errors).toEqual(expect.arrayContaining(golden.errors));
        } else {
          expect(ours.errors).toEqual([]);
          expect(same(ours, golden), `${d}, source info ${sourceInfo}`).toBe(true);
          // protoc's set read back by loadDescriptorSet (no parser, options as the set holds
          // them) and written again: protoc's bytes.
          const reloaded = protowireReload(golden.set, sourceInfo);
          expect(same(reloaded, golden), `${d} reloaded, source info ${sourceInfo}`).toBe(true);
          // protoc's set read by createFileRegistry (protowire/runtime): the linker's compact plans.
          if (!sourceInfo) {
            expect(registryDifferences(golden.set, ours.schema!).differences).toEqual([]);
          }
        }
      }
    });
    it("leaves protoc's rejections to the directory expected (the rest compile identically)", () => {
      expect(rejected).toEqual(["preview/google/api"]);
    });
  },
);
