// `npx tsx bench/map-bound.ts [--quick]`: how far a map<string, string> of 2,000 entries (the
// bigmap data set) can go past JSON. Issue 16 asks 2x JSON for every data set; this times,
// interleaved, in both of `npm run bench`'s methods (batches, and per call):
//
//   protowire          messageType(...).encode / decode
//   floor              the least work any JavaScript codec of this message does: encode
//                      iterates the Map and writes each entry's tag, length and ASCII bytes
//                      into a buffer made beforehand, then copies the result out; decode reads
//                      each entry's tag and lengths, makes the key and value strings (protowire's
//                      getUtf8, the fastest per-string way found) and sets them in a Map; no
//                      checks, no varints longer than a byte, no unknown fields
//   JSON               JSON.stringify + TextEncoder / TextDecoder + JSON.parse (the benchmark's
//                      JSON column), over the proto3 JSON form
//
// If the floor is under 2x JSON, no codec written in JavaScript reaches the target.

import { getUtf8 } from "../src/wire/utf8-decode.js";
import { benchDataSet } from "./bench-type.js";
import { toProto3Json } from "./convert.js";
import { type Job, timeBothMethods } from "./measure.js";
import { QUICK } from "./script-args.js";

const { ds, type } = await benchDataSet("bigmap");
const message = type.create(ds.value);
const entries = (message as { entries: Map<string, string> }).entries;
const bytes = type.encode(message);

const scratch = new Uint8Array(bytes.length);
/** The encode floor (entries of fewer than 128 bytes, ASCII: true of this data set). */
function floorEncode(m: Map<string, string>): Uint8Array {
  const buf = scratch;
  let p = 0;
  for (const [k, v] of m) {
    const kn = k.length;
    const vn = v.length;
    buf[p++] = 10;
    buf[p++] = kn + vn + 4;
    buf[p++] = 10;
    buf[p++] = kn;
    for (let i = 0; i < kn; i++) buf[p++] = k.charCodeAt(i);
    buf[p++] = 18;
    buf[p++] = vn;
    for (let i = 0; i < vn; i++) buf[p++] = v.charCodeAt(i);
  }
  return buf.slice(0, p);
}

/** The decode floor (one-byte tags and lengths: true of this data set). */
function floorDecode(b: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  const n = b.length;
  let p = 0;
  while (p < n) {
    p += 2;
    const kn = b[p + 1]!;
    const k = getUtf8(b, p + 2, p + 2 + kn, true);
    p += 2 + kn;
    const vn = b[p + 1]!;
    const v = getUtf8(b, p + 2, p + 2 + vn, true);
    p += 2 + vn;
    out.set(k, v);
  }
  return out;
}

// The floors are checked against protowire before they are timed.
const same = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
if (!same(floorEncode(entries), bytes)) throw new Error("the encode floor writes other bytes");
const back = floorDecode(bytes);
if (back.size !== entries.size || [...back].some(([k, v]) => entries.get(k) !== v)) {
  throw new Error("the decode floor reads other entries");
}

const json = toProto3Json(ds.value, ds.shape);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const jsonBytes = encoder.encode(JSON.stringify(json));

const operations: Record<string, Job[]> = {
  encode: [
    { name: "protowire", call: () => type.encode(message) },
    { name: "floor", call: () => floorEncode(entries) },
    { name: "JSON", call: () => encoder.encode(JSON.stringify(json)) },
  ],
  decode: [
    { name: "protowire", call: () => type.decode(bytes) },
    { name: "floor", call: () => floorDecode(bytes) },
    { name: "JSON", call: () => JSON.parse(decoder.decode(jsonBytes)) },
  ],
};

const fmt = (x: number) => `${x.toFixed(2)}×`;
const lines = [
  "| operation | method | protowire | floor | JSON | protowire × JSON | floor × JSON |",
  "|---|---|--:|--:|--:|--:|--:|",
];
for (const [op, jobs] of Object.entries(operations)) {
  const { batches, calls } = timeBothMethods(jobs, QUICK);
  const rows: [string, (name: string) => number][] = [
    ["batches", (n) => batches.get(n)!.opsPerSec],
    ["per call", (n) => calls.get(n)!.opsPerSec],
  ];
  for (const [method, ops] of rows) {
    const [pw, floor, base] = ["protowire", "floor", "JSON"].map(ops) as [number, number, number];
    lines.push(
      `| ${op} | ${method} | ${pw.toFixed(0)}/s | ${floor.toFixed(0)}/s | ${base.toFixed(0)}/s | ${fmt(pw / base)} | ${fmt(floor / base)} |`,
    );
  }
}
console.log(lines.join("\n"));
