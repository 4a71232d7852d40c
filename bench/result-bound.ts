// `npx tsx bench/result-bound.ts [--quick]`: what an encode result of its own costs. Issue 16
// asks 1.3x the fastest peer on pbjs encode (protobufjs's benchmark message, 78 bytes encoded).
// protowire's result owns its ArrayBuffer; protobufjs's is a view into Node's shared 8 KiB pool
// (Buffer.allocUnsafe). This times, interleaved, in both of `npm run bench`'s methods:
//
//   protowire                 messageType(...).encode (an owned result, the default)
//   protowire pooled          the same with `pooled: true` (a view into protowire's slab)
//   protobufjs reflect        Type.encode(...).finish()
//   owned 78 bytes            new Uint8Array(78) and a copy of the encoding into it: the
//                             allocation alone, no encoding
//   Node pool 78 bytes        Buffer.allocUnsafe(78) and the copy (what protobufjs pays)
//
// When "owned 78 bytes" alone is slower than protobufjs's whole encode / 1.3, no encoder whose
// result owns its buffer meets the target.

import protobuf from "protobufjs";
import { BENCH_DIR, benchDataSet } from "./bench-type.js";
import { toProtobufjsObject } from "./convert.js";
import { type Job, timeBothMethods } from "./measure.js";
import { QUICK } from "./script-args.js";

const { ds, type } = await benchDataSet("pbjs");
const message = type.create(ds.value);
const bytes = type.encode(message);

const root = protobuf.loadSync(`${BENCH_DIR}bench.proto`);
const pbjsType = root.lookupType(`protowire.bench.${ds.shape}`);
const pbjsMessage = pbjsType.fromObject(toProtobufjsObject(ds.value, ds.shape));
const theirs = pbjsType.encode(pbjsMessage).finish();
if (theirs.length !== bytes.length) throw new Error("protobufjs encodes another length");

const jobs: Job[] = [
  { name: "protowire", call: () => type.encode(message) },
  { name: "protowire pooled", call: () => type.encode(message, { pooled: true }) },
  { name: "protobufjs reflect", call: () => pbjsType.encode(pbjsMessage).finish() },
  {
    name: `owned ${bytes.length} bytes`,
    call: () => {
      const out = new Uint8Array(bytes.length);
      out.set(bytes);
      return out;
    },
  },
  {
    name: `Node pool ${bytes.length} bytes`,
    call: () => {
      const out = Buffer.allocUnsafe(bytes.length);
      out.set(bytes);
      return out;
    },
  },
];

const { batches, calls } = timeBothMethods(jobs, QUICK);
const peer = "protobufjs reflect";
const lines = ["| | batches | × protobufjs | per call | × protobufjs |", "|---|--:|--:|--:|--:|"];
for (const { name } of jobs) {
  const b = batches.get(name)!.opsPerSec;
  const c = calls.get(name)!.opsPerSec;
  const rb = b / batches.get(peer)!.opsPerSec;
  const rc = c / calls.get(peer)!.opsPerSec;
  lines.push(
    `| ${name} | ${(b / 1e6).toFixed(2)} M/s | ${rb.toFixed(2)}× | ${(c / 1e6).toFixed(2)} M/s | ${rc.toFixed(2)}× |`,
  );
}
console.log(lines.join("\n"));
