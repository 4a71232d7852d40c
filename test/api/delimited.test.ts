// Size-delimited messages through the public entry: sizeDelimitedEncode gives protobuf-es's
// bytes for the same message, each side decodes the other's streams, any chunking of a
// stream gives the same messages, and errors name the record and its stream offsets.
import { Readable } from "node:stream";
import { createFileRegistry, fromBinary, toBinary } from "@bufbuild/protobuf";
import {
  sizeDelimitedDecodeStream as esDecodeStream,
  sizeDelimitedEncode as esEncode,
} from "@bufbuild/protobuf/wire";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  concatBytes,
  DecodeError,
  loadSchemaSync,
  type Message,
  sizeDelimitedDecode,
  sizeDelimitedDecodeStream,
  sizeDelimitedEncode,
  sizeDelimitedFrame,
  sizeDelimitedSplit,
} from "../../src/index.js";
import { thrown } from "../helpers/thrown.js";

const PROTO = `
syntax = "proto3";
package t;
message Inner { bool flag = 1; fixed32 n = 2; }
message Item {
  int32 id = 1;
  string name = 2;
  repeated sint64 values = 3;
  Inner inner = 4;
  bytes blob = 5;
  double score = 6;
}
`;
const schema = loadSchemaSync({ sources: { "t.proto": PROTO } });
const Item = schema.messageType("t.Item");
const ItemDesc = createFileRegistry(
  fromBinary(FileDescriptorSetSchema, schema.toFileDescriptorSet()),
).getMessage("t.Item")!;

const itemArb = fc
  .record({
    id: fc.integer(),
    name: fc.string({ maxLength: 40 }),
    values: fc.array(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { maxLength: 5 }),
    inner: fc.option(fc.record({ flag: fc.boolean(), n: fc.nat({ max: 0xffff_ffff }) }), {
      nil: undefined,
    }),
    blob: fc.uint8Array({ maxLength: 300 }),
    score: fc.double({ noNaN: true }),
  })
  .map((init) => Item.create(init));
const itemsArb = fc.array(itemArb, { maxLength: 8 });

async function* iterate(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const c of chunks) yield c;
}

function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [
    0,
    ...cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b),
    bytes.length,
  ];
  return points.slice(1).map((end, i) => bytes.slice(points[i], end));
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const m of it) out.push(m);
  return out;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
}

function streamOf(items: Message[]): Uint8Array {
  return concatBytes(items.map((m) => sizeDelimitedEncode(Item, m)));
}

describe("sizeDelimitedEncode", () => {
  it("gives protobuf-es's sizeDelimitedEncode bytes for the same message", () => {
    fc.assert(
      fc.property(itemArb, (m) => {
        const es = fromBinary(ItemDesc, Item.encode(m));
        expect(sizeDelimitedEncode(Item, m)).toEqual(esEncode(ItemDesc, es));
      }),
      { numRuns: 200 },
    );
  });

  it("is the length prefix and the message's encoding", () => {
    const m = Item.create({ id: 150 });
    expect(Array.from(sizeDelimitedEncode(Item, m))).toEqual([0x03, 0x08, 0x96, 0x01]);
    expect(Array.from(sizeDelimitedEncode(Item, Item.create()))).toEqual([0x00]);
  });
});

describe("sizeDelimitedDecodeStream", () => {
  it("gives the messages back, however the stream is chunked", async () => {
    await fc.assert(
      fc.asyncProperty(itemsArb, fc.array(fc.nat(), { maxLength: 20 }), async (items, cuts) => {
        const stream = streamOf(items);
        expect(
          await collect(sizeDelimitedDecodeStream(Item, iterate(chunked(stream, cuts)))),
        ).toEqual(items);
      }),
      { numRuns: 150 },
    );
  });

  it("reads protobuf-es's streams, and protobuf-es reads its streams", async () => {
    await fc.assert(
      fc.asyncProperty(itemsArb, fc.array(fc.nat(), { maxLength: 8 }), async (items, cuts) => {
        const esItems = items.map((m) => fromBinary(ItemDesc, Item.encode(m)));
        const esStream = concatBytes(esItems.map((m) => esEncode(ItemDesc, m)));
        const ours = await collect(
          sizeDelimitedDecodeStream(Item, iterate(chunked(esStream, cuts))),
        );
        expect(ours).toEqual(items);
        const theirs = await collect(
          esDecodeStream(ItemDesc, iterate(chunked(streamOf(items), cuts))),
        );
        expect(theirs.map((m) => toBinary(ItemDesc, m))).toEqual(items.map((m) => Item.encode(m)));
      }),
      { numRuns: 60 },
    );
  });

  it("reads web ReadableStreams and Node Readables", async () => {
    const items = [
      Item.create({ id: 1, name: "a" }),
      Item.create(),
      Item.create({ blob: new Uint8Array(5000) }),
    ];
    const chunks = chunked(streamOf(items), [3, 3, 100, 4000]);
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        controller.close();
      },
    });
    expect(await collect(sizeDelimitedDecodeStream(Item, web))).toEqual(items);
    const node = Readable.from(chunks.map((c) => Buffer.from(c)));
    expect(await collect(sizeDelimitedDecodeStream(Item, node))).toEqual(items);
  });

  it("names the record and its stream offset when the stream is cut", async () => {
    const items = [Item.create({ id: 1 }), Item.create({ name: "two" }), Item.create({ id: 3 })];
    const stream = streamOf(items);
    const [, , third] = [...sizeDelimitedSplit(stream)];
    const decodeCut = (cut: number) =>
      collect(sizeDelimitedDecodeStream(Item, iterate(chunked(stream.subarray(0, cut), [5]))));
    // A cut between records is a clean end.
    expect(await decodeCut(third!.offset)).toEqual(items.slice(0, 2));
    const e1 = await rejection(decodeCut(third!.bodyOffset + 1));
    expect(e1).toBeInstanceOf(DecodeError);
    expect(e1).toMatchObject({ code: "TRUNCATED", offset: third!.offset });
    expect((e1 as Error).message).toBe(
      `TRUNCATED: stream ends after 1 of the 2 body bytes of record 2, which starts at offset ${third!.offset}`,
    );
    const inPrefix = concatBytes([stream.subarray(0, third!.offset), Uint8Array.of(0x80)]);
    const e = await rejection(collect(sizeDelimitedDecodeStream(Item, iterate([inPrefix]))));
    expect((e as Error).message).toBe(
      `TRUNCATED: stream ends inside the length prefix of record 2, which starts at offset ${third!.offset}`,
    );
  });

  it("puts the record and the stream offset into a record's decode error", async () => {
    const bad = Uint8Array.of(0x08, 0x07, 0x12, 0x02, 0x61, 0xff); // id 7, name "a\xff"
    const alone = thrown(() => Item.decode(bad)) as DecodeError;
    expect(alone).toMatchObject({ code: "INVALID_UTF8", path: "Item.name" });
    const stream = concatBytes([
      sizeDelimitedEncode(Item, Item.create({ id: 1 })),
      sizeDelimitedFrame(bad),
    ]);
    const [, record] = [...sizeDelimitedSplit(stream)];
    for (const run of [
      () => collect(sizeDelimitedDecodeStream(Item, iterate(chunked(stream, [4])))),
      async () => [...sizeDelimitedDecode(Item, stream)],
    ]) {
      const e = await rejection(run());
      expect(e).toBeInstanceOf(DecodeError);
      expect(e).toMatchObject({
        code: "INVALID_UTF8",
        path: "Item.name",
        offset: record!.bodyOffset + alone.offset,
      });
      expect((e as Error).message).toBe(
        `INVALID_UTF8: record 1: ${alone.detail} at offset ${record!.bodyOffset + alone.offset} (field Item.name)`,
      );
    }
  });

  it("applies maxMessageSize to every prefix and passes the decode options on", async () => {
    const items = [Item.create({ name: "abc" }), Item.create({ name: "abcdefgh" })];
    const e = await rejection(
      collect(sizeDelimitedDecodeStream(Item, iterate([streamOf(items)]), { maxMessageSize: 5 })),
    );
    expect(e).toMatchObject({ code: "MESSAGE_TOO_LARGE", offset: 6 });
    expect((e as Error).message).toContain("record 1 announces 10 bytes, over maxMessageSize 5");
    const unknown = sizeDelimitedFrame(Uint8Array.of(0x08, 0x01, 0xf8, 0x06, 0x01)); // field 111
    const [kept] = await collect(sizeDelimitedDecodeStream(Item, iterate([unknown])));
    const [dropped] = await collect(
      sizeDelimitedDecodeStream(Item, iterate([unknown]), { discardUnknown: true }),
    );
    expect(Item.encode(kept!)).toEqual(Uint8Array.of(0x08, 0x01, 0xf8, 0x06, 0x01));
    expect(Item.encode(dropped!)).toEqual(Uint8Array.of(0x08, 0x01));
  });
});

describe("sizeDelimitedDecode", () => {
  it("gives the messages of a whole buffer, lazily", () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        expect([...sizeDelimitedDecode(Item, streamOf(items))]).toEqual(items);
      }),
      { numRuns: 100 },
    );
    // A generator: records before a bad one come out before the error.
    const it = sizeDelimitedDecode(
      Item,
      concatBytes([streamOf([Item.create({ id: 5 })]), Uint8Array.of(0x09)]),
    );
    expect(it.next().value).toEqual(Item.create({ id: 5 }));
    expect(thrown(() => it.next())).toMatchObject({ code: "TRUNCATED", offset: 3 });
  });
});
