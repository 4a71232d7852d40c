// Parse + link speed over the schema corpus (fixtures/schemas) and over descriptor.proto alone.
//
//   npx tsx bench/schema-parse.ts
//
// Each measurement: 1 s of warm-up, then 7 rounds of at least 500 ms; the median round is
// reported as files/s and MB/s (MB = 10^6 bytes of .proto text, as UTF-8).
// Loads go through loadSchema({ sources }) so disk speed is not measured.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import { loadLinkedSchema as loadSchema } from "../src/schema/load/load.js";
import { parseFile } from "../src/schema/parser/parser.js";
import {
  loadManifest,
  readExpected,
  readProtoTree,
  splitFileDescriptorSet,
  WKT_DIR,
} from "../test/schema/fixtures-corpus.js";

const WARMUP_MS = 1_000;
const ROUNDS = 7;
const ROUND_MS = 500;

interface Job {
  /** Files parsed by one run (roots and everything they import, well-known types included). */
  files: number;
  bytes: number;
  run: () => unknown;
}

async function measure(label: string, job: Job): Promise<void> {
  const runFor = async (ms: number): Promise<{ runs: number; ms: number }> => {
    const start = performance.now();
    let runs = 0;
    let now = start;
    while (now - start < ms) {
      await job.run();
      runs++;
      now = performance.now();
    }
    return { runs, ms: now - start };
  };
  await runFor(WARMUP_MS);
  const perSecond: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const r = await runFor(ROUND_MS);
    perSecond.push((r.runs * 1000) / r.ms);
  }
  perSecond.sort((a, b) => a - b);
  const runsPerSecond = perSecond[Math.floor(ROUNDS / 2)]!;
  const filesPerSecond = runsPerSecond * job.files;
  const mbPerSecond = (runsPerSecond * job.bytes) / 1e6;
  console.log(
    `${label.padEnd(44)} ${job.files.toString().padStart(4)} files ${(job.bytes / 1024).toFixed(0).padStart(5)} KiB  ` +
      `${filesPerSecond.toFixed(0).padStart(7)} files/s  ${mbPerSecond.toFixed(2).padStart(6)} MB/s`,
  );
}

const utf8 = new TextEncoder();

/** Text of every file a corpus entry's descriptor set lists (entry dir first, then the WKTs). */
function entryTexts(dir: string, set: Uint8Array): Map<string, string> {
  const tree = readProtoTree(dir);
  const texts = new Map<string, string>();
  for (const bytes of splitFileDescriptorSet(set)) {
    const name = fromBinary(FileDescriptorProtoSchema, bytes).name;
    texts.set(name, tree.get(name) ?? readFileSync(join(WKT_DIR, name), "utf8"));
  }
  return texts;
}

const entries = loadManifest().map((entry) => {
  const texts = entryTexts(entry.dir, readExpected(entry, ""));
  const sources = Object.fromEntries(readProtoTree(entry.dir));
  return { entry, texts, sources };
});

const allTexts = entries.flatMap((e) => [...e.texts]);
const totalBytes = allTexts.reduce((n, [, t]) => n + utf8.encode(t).length, 0);

console.log(`node ${process.version}, ${process.platform} ${process.arch}`);

await measure("parse only (parseFile), whole corpus", {
  files: allTexts.length,
  bytes: totalBytes,
  run: () => {
    for (const [name, text] of allTexts) parseFile(name, text);
  },
});

await measure("parse + link (loadSchema), whole corpus", {
  files: allTexts.length,
  bytes: totalBytes,
  run: async () => {
    for (const { entry, sources } of entries) await loadSchema({ sources, files: entry.files });
  },
});

const descriptorText = readFileSync(join(WKT_DIR, "google/protobuf/descriptor.proto"), "utf8");
const descriptorBytes = utf8.encode(descriptorText).length;

await measure("parse only (parseFile), descriptor.proto", {
  files: 1,
  bytes: descriptorBytes,
  run: () => parseFile("google/protobuf/descriptor.proto", descriptorText),
});

// Under its own name so that the bundled copy cannot be served from a cache.
await measure("parse + link (loadSchema), descriptor.proto", {
  files: 1,
  bytes: descriptorBytes,
  run: async () =>
    await loadSchema({
      sources: { "bench/descriptor.proto": descriptorText },
      files: ["bench/descriptor.proto"],
    }),
});
