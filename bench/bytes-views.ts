// `npx tsx bench/bytes-views.ts`: what decoding `bytes` fields as copies costs against views
// into the input (DecodeOptions.aliasBytes), beside the peers, which return views. Data: the
// benchmark's `blob` shape (8 KiB of ASCII, 4 KiB of Latin-1 and 8 KiB of multilingual text,
// keywords, a 64 KiB payload and a 32-byte digest), two distinct messages decoded in turn.
// References: one copy of the 64 KiB payload (`slice()`, an allocation and a memcpy), the
// least a copying decoder must pay on top of a view, and a decode of the same message without
// its `bytes` fields.
//
// Two timing methods, side by side:
//   per call  tinybench, one decode per sample (the median sample)
//   batches   calls in batches of about 20 ms, garbage collection included (measure.ts)
// Writes bench/results/bytes-views.md (or --out=DIR); --quick runs briefly (numbers mean nothing).

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { messageType } from "../src/api/message-type.js";
import { loadLinkedSchemaFromDisk } from "../src/schema/load/load-disk.js";
import type { Contender, Prepared } from "./contenders/contender.js";
import { isNotApplicable } from "./contenders/contender.js";
import { protobufEsContender } from "./contenders/protobuf-es.js";
import { protobufjsStaticContender } from "./contenders/protobufjs.js";
import { toNeutral } from "./convert.js";
import { blob, type DataSet } from "./datasets.js";
import { currentLoad, machineInfo } from "./machine.js";
import { cyclingJob, type Job, timeBothMethods } from "./measure.js";
import { Random } from "./random.js";
import { OUT_DIR, QUICK, ROOT } from "./script-args.js";

const schema = await loadLinkedSchemaFromDisk({
  files: ["bench.proto"],
  includePaths: [join(ROOT, "bench")],
});
const Blob = messageType(schema, "protowire.bench.Blob");

// Two distinct messages, as a service sees different ones in turn.
const dataSets: DataSet[] = [5, 105].map((k) => ({
  name: "blob",
  shape: "Blob",
  description: "",
  value: blob(new Random(20_251_126 + k)),
}));
const inputs = dataSets.map((ds) => Blob.encode(Blob.create(ds.value)));
const payloads = dataSets.map((ds) => ds.value.payload as Uint8Array);
const withoutBytes = dataSets.map((ds) =>
  Blob.encode(Blob.create({ ...ds.value, payload: undefined, digest: undefined })),
);

interface Decoder {
  readonly name: string;
  readonly what: string;
  decode(bytes: Uint8Array): unknown;
  normalize?(decoded: unknown): Record<string, unknown>;
}

function fromContender(c: Contender): Decoder {
  const p = c.prepare(dataSets[0]!) as Prepared;
  if (isNotApplicable(p)) throw new Error(`${c.name}: ${p.notApplicable}`);
  return { name: c.name, what: c.detail, decode: p.decode, normalize: p.normalize };
}

function versionOf(pkg: string): string {
  const json = readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8");
  return (JSON.parse(json) as { version: string }).version;
}

const neutral = (d: unknown) => toNeutral(d, "Blob");
const decoders: Decoder[] = [
  {
    name: "protowire copies",
    what: "`decode(bytes)`: the default; `bytes` fields are copies",
    decode: (b) => Blob.decode(b),
    normalize: neutral,
  },
  {
    name: "protowire views",
    what: "`decode(bytes, { aliasBytes: true })`: `bytes` fields are views into the input",
    decode: (b) => Blob.decode(b, { aliasBytes: true }),
    normalize: neutral,
  },
  fromContender(protobufEsContender(versionOf("@bufbuild/protobuf"))),
  fromContender(protobufjsStaticContender(versionOf("protobufjs"))),
];

// The correctness gate: every decoder reads both messages equal to the data.
for (const d of decoders) {
  inputs.forEach((bytes, i) => {
    const want = neutral(Blob.create(dataSets[i]!.value));
    if (!isDeepStrictEqual(d.normalize!(d.decode(bytes)), want)) {
      throw new Error(`${d.name} decodes message ${i} wrongly`);
    }
  });
}

const jobs: Job[] = [
  ...decoders.map((d) => cyclingJob(d.name, inputs, d.decode)),
  cyclingJob("memcpy of the payload", payloads, (b) => b.slice()),
  cyclingJob("protowire, no bytes fields", withoutBytes, (b) => Blob.decode(b)),
];

const us = (opsPerSec: number) => (1e6 / opsPerSec).toFixed(1);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const fastestPeer = (m: Map<string, number>) =>
  Math.max(m.get("protobuf-es")!, m.get("protobufjs static")!);

/** One run: both timing methods, as a table. */
function run(n: number): string[] {
  const loadStart = currentLoad();
  const both = timeBothMethods(jobs, QUICK, { rounds: 7, msPerRound: 300 });
  const batchOps = new Map([...both.batches].map(([k, v]) => [k, v.opsPerSec]));
  const calls = new Map([...both.calls].map(([k, v]) => [k, v.opsPerSec]));
  const cost = (m: Map<string, number>) =>
    (1e6 / m.get("protowire copies")! - 1e6 / m.get("protowire views")!).toFixed(1);
  return [
    `### Run ${n} (load average ${loadStart} at start, ${currentLoad()} at end)`,
    "",
    "| decoder | per call (µs) | × fastest peer | batches (µs) | × fastest peer |",
    "|---|--:|--:|--:|--:|",
    ...jobs.map((j) => {
      const c = calls.get(j.name)!;
      const b = batchOps.get(j.name)!;
      const peer = decoders.some((d) => d.name === j.name);
      return `| ${j.name} | ${us(c)} | ${peer ? ratio(c, fastestPeer(calls)) : ""} | ${us(b)} | ${peer ? ratio(b, fastestPeer(batchOps)) : ""} |`;
    }),
    "",
    `Copies cost ${cost(calls)} µs per decode per call and ${cost(batchOps)} µs in batches; one memcpy of the payload: ${us(calls.get("memcpy of the payload")!)} and ${us(batchOps.get("memcpy of the payload")!)} µs.`,
    "",
  ];
}

const runsArg = process.argv.find((a) => a.startsWith("--runs="));
const runs = QUICK ? 1 : Number(runsArg?.slice(7) ?? 3);
const tables = Array.from({ length: runs }, (_, i) => run(i + 1)).flat();
const machine = machineInfo(currentLoad());
const lines = [
  "# Decoding `bytes` fields: copies and views",
  "",
  `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}. Made by \`npx tsx bench/bytes-views.ts\`${QUICK ? " --quick (numbers mean nothing)" : ` (${runs} runs, each reported)`}.`,
  "",
  "Data: bench/bench.proto's `Blob` (8 KiB of ASCII words, 4 KiB of Latin-1 and 8 KiB of multilingual text, 12 keywords, a 64 KiB payload and a 32-byte digest), two distinct messages decoded in turn. Per call: tinybench, one decode per sample, the median sample of 7 rounds of 300 ms. Batches: calls in batches of about 20 ms, garbage collection included, the median of 35 rounds. µs per decode; lower is better. × fastest peer: speed over the faster of protobuf-es and protobufjs static (both return views). The cost of the copies is the difference between the first two lines; the memcpy line is what one copy of the 64 KiB payload costs (`slice()`: an allocation and a copy), the line after it a decode of the same messages without their `bytes` fields.",
  "",
  ...tables,
  ...decoders.map((d) => `- **${d.name}**: ${d.what}`),
  "",
];
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, "bytes-views.md"), `${lines.join("\n")}\n`);
process.stdout.write(`${lines.join("\n")}\n`);
