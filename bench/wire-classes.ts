// `npx tsx bench/wire-classes.ts`: the public Reader and Writer of `protowire/wire` (small for
// bundles: one varint loop, TextDecoder and TextEncoder) against FastReader and FastWriter,
// the subclasses the codecs use (unrolled varints, hand UTF-8, packed runs), on the same
// schema-free loop a wire-layer user writes: bench.proto's User shape (strings, varints, a
// double, a nested message, repeated strings) written field by field and read back, for two
// distinct messages in turn. Both timing methods, side by side:
//   per call  tinybench, one call per sample (the median sample)
//   batches   calls in batches of about 20 ms, garbage collection included (measure.ts)
// Writes bench/results/wire-classes.md (or --out=DIR); --quick runs briefly (numbers mean nothing).

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FastReader } from "../src/wire/fast-reader.js";
import { FastWriter } from "../src/wire/fast-writer.js";
import { Reader } from "../src/wire/reader.js";
import type { ReaderCore } from "../src/wire/reader-core.js";
import { Writer } from "../src/wire/writer.js";
import { user } from "./datasets.js";
import { currentLoad, machineInfo } from "./machine.js";
import { cyclingJob, type Job, timeBothMethods } from "./measure.js";
import { Random } from "./random.js";
import { OUT_DIR, QUICK } from "./script-args.js";

interface Fields {
  id: bigint;
  name: string;
  email: string;
  tags: string[];
  balance: bigint;
  age: number;
  verified: boolean;
  street: string;
  latitude: number;
}

const messages: Fields[] = [3, 33].map((k) => {
  const u = user(new Random(20_261_204 + k)) as Record<string, unknown>;
  const a = u.address as Record<string, unknown>;
  return {
    id: BigInt(u.id as bigint),
    name: u.name as string,
    email: u.email as string,
    tags: u.tags as string[],
    balance: BigInt(u.balance as bigint),
    age: u.age as number,
    verified: u.verified as boolean,
    street: a.street as string,
    latitude: a.latitude as number,
  };
});

function write(w: Writer, m: Fields): Uint8Array {
  w.reset();
  w.tag(1, 0).uint64(m.id).tag(2, 2).string(m.name).tag(3, 2).string(m.email);
  w.tag(4, 2).fork().tag(1, 2).string(m.street).tag(5, 1).double(m.latitude).join();
  for (const t of m.tags) w.tag(5, 2).string(t);
  w.tag(7, 0).sint64(m.balance).tag(11, 0).int32(m.age).tag(12, 0).bool(m.verified);
  return w.finish();
}

function read(r: ReaderCore): Fields {
  const m: Fields = {
    id: 0n,
    name: "",
    email: "",
    tags: [],
    balance: 0n,
    age: 0,
    verified: false,
    street: "",
    latitude: 0,
  };
  while (r.pos < r.end) {
    const tag = r.tag();
    switch (tag >>> 3) {
      case 1:
        m.id = r.uint64();
        break;
      case 2:
        m.name = r.string();
        break;
      case 3:
        m.email = r.string();
        break;
      case 4: {
        const end = r.length();
        while (r.pos < end) {
          const t = r.tag();
          if (t >>> 3 === 1) m.street = r.string();
          else if (t >>> 3 === 5) m.latitude = r.double();
          else r.skip(t & 7);
        }
        break;
      }
      case 5:
        m.tags.push(r.string());
        break;
      case 7:
        m.balance = r.sint64();
        break;
      case 11:
        m.age = r.int32();
        break;
      case 12:
        m.verified = r.bool();
        break;
      default:
        r.skip(tag & 7);
    }
  }
  return m;
}

const pairs = [
  {
    name: "Reader / Writer (public)",
    writer: new Writer(1024),
    reader: (b: Uint8Array) => new Reader(b),
  },
  {
    name: "FastReader / FastWriter (codecs)",
    writer: new FastWriter(1024),
    reader: (b: Uint8Array) => new FastReader(b),
  },
];

// The correctness gate: both pairs write the same bytes and read them back to the message.
const inputs = messages.map((m) => write(pairs[0]!.writer, m));
for (const p of pairs) {
  messages.forEach((m, i) => {
    const bytes = write(p.writer, m);
    if (Buffer.compare(bytes, inputs[i]!) !== 0) throw new Error(`${p.name} writes other bytes`);
    const back = read(p.reader(bytes));
    if (
      JSON.stringify(back, (_, v) => (typeof v === "bigint" ? `${v}` : v)) !==
      JSON.stringify(m, (_, v) => (typeof v === "bigint" ? `${v}` : v))
    ) {
      throw new Error(`${p.name} reads another message`);
    }
  });
}

const jobs: Job[] = pairs.flatMap((p) => [
  cyclingJob(`write: ${p.name}`, messages, (m) => write(p.writer, m)),
  cyclingJob(`read: ${p.name}`, inputs, (b) => read(p.reader(b))),
]);

/** One run: both timing methods, as a table. */
function run(n: number): string[] {
  const loadStart = currentLoad();
  const { batches, calls } = timeBothMethods(jobs, QUICK, { rounds: 7, msPerRound: 300 });
  const row = (op: string) => {
    const [pub, fast] = pairs.map((p) => `${op}: ${p.name}`);
    const c = [pub!, fast!].map((k) => calls.get(k)!.opsPerSec);
    const b = [pub!, fast!].map((k) => batches.get(k)!.opsPerSec);
    const k = (x: number) => `${(x / 1000).toFixed(0)} k`;
    return `| ${op} | ${k(c[0]!)} | ${k(c[1]!)} | ${(c[0]! / c[1]!).toFixed(2)}× | ${k(b[0]!)} | ${k(b[1]!)} | ${(b[0]! / b[1]!).toFixed(2)}× |`;
  };
  return [
    `### Run ${n} (load average ${loadStart} at start, ${currentLoad()} at end)`,
    "",
    "| op | per call: public | fast | public / fast | batches: public | fast | public / fast |",
    "|---|--:|--:|--:|--:|--:|--:|",
    row("write"),
    row("read"),
    "",
  ];
}

const runs = QUICK ? 1 : 3;
const tables = Array.from({ length: runs }, (_, i) => run(i + 1)).flat();
const machine = machineInfo(currentLoad());
const lines = [
  "# The wire layer's public classes against the codecs' fast ones",
  "",
  `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}. Made by \`npx tsx bench/wire-classes.ts\`${QUICK ? " --quick (numbers mean nothing)" : ` (${runs} runs, each reported)`}.`,
  "",
  "A hand-written loop over bench.proto's User shape (9 fields: strings, varints, a sint64, a double, a nested message, repeated strings; about 370 bytes), two distinct messages in turn: `write` writes one message with a reused Writer and `finish()`es it, `read` reads one back with a new Reader. ops/s (k = 1,000); public / fast is the public class's speed over the fast one's. Per call: tinybench, the median sample of 7 rounds of 300 ms; batches: about 20 ms each, garbage collection included, the median of 35 rounds.",
  "",
  ...tables,
];
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, "wire-classes.md"), `${lines.join("\n")}\n`);
