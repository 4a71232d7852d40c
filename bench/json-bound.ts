// `npx tsx bench/json-bound.ts [numeric,batch]`: how far toJson can go past protobuf-es.
// protobuf-es's toJsonString is its toJson (an object tree) then V8's JSON.stringify; this
// times, on the same data set, each contender making its text and reading one character of
// it (which makes the text flat, as any use of it does):
//
//   protowire     messageType(...).toJsonString
//   protobuf-es   toJsonString (= JSON.stringify(toJson(...)))
//   tree only     protobuf-es's toJson, no text
//   stringify     JSON.stringify of the finished proto3 JSON tree: no schema work at all
//   copy only     two flat halves of the finished text joined: allocating the flat text
//
// first each alone (15 rounds of 40 ms, median), then protowire, protobuf-es and stringify
// interleaved (30 rounds of 20 ms each, median), as `npm run bench` interleaves contenders.
// The ratio stringify ÷ protobuf-es is the most any writer of that text could reach over
// protobuf-es without being faster than V8's own serializer.

import { create, toJson, toJsonString } from "@bufbuild/protobuf";
import { messageType } from "../src/api/message-type.js";
import { loadLinkedSchemaFromDisk } from "../src/schema/load/load-disk.js";
import { SCHEMAS } from "./contenders/protobuf-es.js";
import { toProtobufEsInit } from "./convert.js";
import { dataSets } from "./datasets.js";

const names = (process.argv[2] ?? "numeric,batch").split(",");
const schema = await loadLinkedSchemaFromDisk({
  files: ["bench.proto"],
  includePaths: [new URL(".", import.meta.url).pathname],
});

let sink = 0;
/** Reads one character: a rope becomes flat here, as it would when used. */
const read = (s: string) => {
  sink ^= s.charCodeAt(s.length - 1);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Milliseconds per call: `rounds` timed loops of `ms` each, median. */
function timeAlone(f: () => void, rounds = 15, ms = 40): number {
  for (let i = 0; i < 30; i++) f();
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < ms) {
      f();
      n++;
    }
    per.push((performance.now() - t0) / n);
  }
  return median(per);
}

for (const name of names) {
  const ds = dataSets().find((d) => d.name === name);
  if (ds === undefined) throw new Error(`no data set ${name}`);
  const type = messageType(schema, `protowire.bench.${ds.shape}`);
  const msg = type.create(ds.value);
  const esSchema = SCHEMAS[ds.shape];
  const esMsg = create(esSchema, toProtobufEsInit(ds.value, ds.shape));
  const tree = toJson(esSchema, esMsg);
  const text = type.toJsonString(msg);
  if (text !== toJsonString(esSchema, esMsg)) throw new Error(`${name}: the texts differ`);
  const half = text.length >> 1;
  const a = text.slice(0, half);
  const b = text.slice(half);
  read(a);
  read(b);
  const jobs: Record<string, () => void> = {
    protowire: () => read(type.toJsonString(msg)),
    "protobuf-es": () => read(toJsonString(esSchema, esMsg)),
    "tree only": () => {
      sink ^= toJson(esSchema, esMsg) === null ? 1 : 0;
    },
    stringify: () => read(JSON.stringify(tree)),
    "copy only": () => read(a + b),
  };
  console.log(`\n${name}: ${text.length} characters of JSON`);
  const alone: Record<string, number> = {};
  for (const [job, f] of Object.entries(jobs)) {
    alone[job] = timeAlone(f);
    console.log(`  alone        ${job.padEnd(12)} ${alone[job]!.toFixed(3)} ms`);
  }
  const inter = ["protowire", "protobuf-es", "stringify"];
  const per: Record<string, number[]> = Object.fromEntries(inter.map((j) => [j, []]));
  for (let r = 0; r < 30; r++) {
    for (let j = 0; j < inter.length; j++) {
      const job = inter[(j + r) % inter.length]!;
      per[job]!.push(timeAlone(jobs[job]!, 1, 20));
    }
  }
  const m = Object.fromEntries(inter.map((j) => [j, median(per[j]!)])) as Record<string, number>;
  for (const job of inter) console.log(`  interleaved  ${job.padEnd(12)} ${m[job]!.toFixed(3)} ms`);
  const es = m["protobuf-es"]!;
  console.log(
    `  × protobuf-es, interleaved: protowire ${(es / m.protowire!).toFixed(2)}×, ` +
      `stringify ${(es / m.stringify!).toFixed(2)}× (the most a writer as fast as JSON.stringify reaches)`,
  );
}
if (sink === 0.5) console.log(sink);
