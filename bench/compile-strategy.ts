/**
 * The measurement behind the compiler's design choice (docs/codec.md, "The compiler"): generated source
 * (`new Function`) against composed closures over the same Reader/Writer, with
 * @bufbuild/protobuf for reference. Run: `npx tsx bench/compile-strategy.ts`.
 */

import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { Bench } from "tinybench";
import { Reader } from "../src/wire/reader.js";
import { Writer } from "../src/wire/writer.js";
import { loadTestSchema, protocEncode } from "../test/codec/schema-helper.js";

const schema = loadTestSchema(["bench.proto"]);
const gen = schema.codec("codectest.bench.Order");
const items = Array.from(
  { length: 10 },
  (_, i) => `items { id: ${i} label: "item number ${i}" weight: ${i}.25 }`,
).join(" ");
const bytes = protocEncode(
  "bench.proto",
  "codectest.bench.Order",
  `id: 1234567890123 customer: "Jane Q. Customer" total: 99.95 paid: true codes: [1, 2, 3, 400, 50000] primary { id: 7 label: "primary" weight: 1.5 } ${items} flags: 3`,
);

// biome-ignore lint/suspicious/noExplicitAny: the closure baseline is untyped on purpose
type Msg = Record<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: field values of the untyped baseline
type Val = any;
// ---- composed closures: one decoder per tag in a table, one encoder per field in a list ----
type Dec = (r: Reader, m: Msg, depth: number) => void;
type Enc = (m: Msg, w: Writer) => void;
interface CC {
  make(): Msg;
  dec: Map<number, Dec>;
  enc: Enc[];
}
function decodeCC(c: CC, r: Reader, end: number, m: Msg, depth: number) {
  while (r.pos < end) {
    const s = r.pos;
    const t = r.tag();
    const d = c.dec.get(t);
    if (d !== undefined) d(r, m, depth);
    else {
      r.skip(t & 7, t >>> 3);
      m.$unknown ??= [];
      m.$unknown.push(r.skipped(s));
    }
  }
}
function scalar(tag: number, key: string, read: (r: Reader) => unknown): [number, Dec] {
  return [
    tag,
    (r, m) => {
      m[key] = read(r);
    },
  ];
}
function encScalar(
  tag: number,
  key: string,
  isSet: (v: Val) => boolean,
  write: (w: Writer, v: Val) => void,
): Enc {
  return (m, w) => {
    const v = m[key];
    if (isSet(v)) {
      w.uint32(tag);
      write(w, v);
    }
  };
}
const item: CC = {
  make: () => ({ id: 0, label: "", weight: 0 }),
  dec: new Map([
    scalar(8, "id", (r) => r.int32()),
    scalar(18, "label", (r) => r.string()),
    scalar(25, "weight", (r) => r.double()),
  ]),
  enc: [
    encScalar(
      8,
      "id",
      (v) => v !== 0,
      (w, v) => w.int32(v),
    ),
    encScalar(
      18,
      "label",
      (v) => v !== "",
      (w, v) => w.string(v),
    ),
    encScalar(
      25,
      "weight",
      (v) => v !== 0,
      (w, v) => w.double(v),
    ),
  ],
};
const order: CC = {
  make: () => ({
    id: 0n,
    customer: "",
    total: 0,
    paid: false,
    codes: [],
    primary: undefined,
    items: [],
    flags: 0,
  }),
  dec: new Map<number, Dec>([
    scalar(8, "id", (r) => r.int64()),
    scalar(18, "customer", (r) => r.string()),
    scalar(25, "total", (r) => r.double()),
    scalar(32, "paid", (r) => r.bool()),
    [
      42,
      (r, m) => {
        const e = r.length();
        while (r.pos < e) m.codes.push(r.int32());
      },
    ],
    [
      40,
      (r, m) => {
        m.codes.push(r.int32());
      },
    ],
    [
      50,
      (r, m, d) => {
        const e = r.length();
        m.primary ??= item.make();
        decodeCC(item, r, e, m.primary, d + 1);
      },
    ],
    [
      58,
      (r, m, d) => {
        const e = r.length();
        const v = item.make();
        decodeCC(item, r, e, v, d + 1);
        m.items.push(v);
      },
    ],
    scalar(64, "flags", (r) => r.uint32()),
  ]),
  enc: [
    encScalar(
      8,
      "id",
      (v) => v !== 0n,
      (w, v) => w.int64(v),
    ),
    encScalar(
      18,
      "customer",
      (v) => v !== "",
      (w, v) => w.string(v),
    ),
    encScalar(
      25,
      "total",
      (v) => v !== 0,
      (w, v) => w.double(v),
    ),
    encScalar(
      32,
      "paid",
      (v) => v === true,
      (w, v) => w.bool(v),
    ),
    (m, w) => {
      const a = m.codes;
      if (a.length) {
        w.uint32(42).fork();
        for (const x of a) w.int32(x);
        w.join();
      }
    },
    (m, w) => {
      if (m.primary !== undefined) {
        w.uint32(50).fork();
        encodeCC(item, m.primary, w);
        w.join();
      }
    },
    (m, w) => {
      for (const x of m.items) {
        w.uint32(58).fork();
        encodeCC(item, x, w);
        w.join();
      }
    },
    encScalar(
      64,
      "flags",
      (v) => v !== 0,
      (w, v) => w.uint32(v),
    ),
  ],
};
function encodeCC(c: CC, m: Msg, w: Writer) {
  for (const e of c.enc) e(m, w);
}
const ccDecode = (b: Uint8Array) => {
  const m = order.make();
  decodeCC(order, new Reader(b), b.length, m, 0);
  return m;
};
const ccW = new Writer(1024);
const ccEncode = (m: Msg) => {
  const w = ccW.reset();
  encodeCC(order, m, w);
  return w.finish();
};

// sanity: both produce the same message and bytes
const a = gen.decode(bytes);
const b = ccDecode(bytes);
if (
  JSON.stringify(a, (_, v) => (typeof v === "bigint" ? String(v) : v)) !==
  JSON.stringify(b, (_, v) => (typeof v === "bigint" ? String(v) : v))
)
  throw new Error("mismatch");
if (Buffer.compare(gen.encode(a), ccEncode(b)) !== 0 || Buffer.compare(gen.encode(a), bytes) !== 0)
  throw new Error("bytes mismatch");

const es = schema.registry.getMessage("codectest.bench.Order")!;
const esMsg = fromBinary(es, bytes);

const bench = new Bench({ time: 1000 });
bench
  .add("decode: generated (new Function)", () => gen.decode(bytes))
  .add("decode: composed closures", () => ccDecode(bytes))
  .add("decode: @bufbuild/protobuf 2.17", () => fromBinary(es, bytes))
  .add("encode: generated (new Function)", () => gen.encode(a))
  .add("encode: composed closures", () => ccEncode(b))
  .add("encode: @bufbuild/protobuf 2.17", () => toBinary(es, esMsg));
await bench.run();
console.log(`message: ${bytes.length} bytes`);
for (const t of bench.tasks) {
  const r: Msg = t.result as Msg;
  const hz = r?.throughput?.mean ?? r?.hz;
  console.log(
    `${t.name.padEnd(40)} ${Math.round(hz).toLocaleString("en-US").padStart(12)} ops/s  (${(1e9 / hz / bytes.length).toFixed(2)} ns/byte)`,
  );
}
void create;
