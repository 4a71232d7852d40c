// sizeDelimitedSplitStream: records from chunked sources (async iterables, web ReadableStreams
// with and without async iteration, Node Readables). Every way of cutting a stream into chunks
// gives the same records and the same errors; and, counted on an instrumented source, the
// splitter reads no chunk ahead and copies only the records that straddle chunk boundaries.
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  concatBytes,
  DecodeError,
  type SizeDelimitedRecord,
  type SizeDelimitedSource,
  sizeDelimitedFrame,
  sizeDelimitedSplit,
  sizeDelimitedSplitStream,
} from "../../src/wire/index.js";

/** `bytes` cut at `cuts` (any order, duplicates give empty chunks). */
function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [
    0,
    ...cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b),
    bytes.length,
  ];
  return points.slice(1).map((end, i) => bytes.slice(points[i], end));
}

async function* iterate(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const c of chunks) yield c;
}

async function collect(source: SizeDelimitedSource, maxMessageSize?: number) {
  const out: SizeDelimitedRecord[] = [];
  const options = maxMessageSize === undefined ? {} : { maxMessageSize };
  for await (const r of sizeDelimitedSplitStream(source, options)) out.push(r);
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

const streamArb = fc
  .array(fc.uint8Array({ maxLength: 300 }), { maxLength: 10 })
  .map((parts) => concatBytes(parts.map(sizeDelimitedFrame)));

function webStream(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
}

describe("sizeDelimitedSplitStream", () => {
  it("gives the records of the whole buffer, however the stream is chunked", async () => {
    await fc.assert(
      fc.asyncProperty(streamArb, fc.array(fc.nat(), { maxLength: 30 }), async (bytes, cuts) => {
        const expected = [...sizeDelimitedSplit(bytes)];
        expect(await collect(iterate(chunked(bytes, cuts)))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same records one byte at a time", async () => {
    const bytes = concatBytes(
      [1, 200, 0, 20_000].map((n) => sizeDelimitedFrame(new Uint8Array(n).fill(n & 0xff))),
    );
    const bytewise = Array.from(bytes, (b) => Uint8Array.of(b));
    expect(await collect(iterate(bytewise))).toEqual([...sizeDelimitedSplit(bytes)]);
  });

  it("throws the same error as the whole buffer for a stream cut anywhere, chunked any way", async () => {
    await fc.assert(
      fc.asyncProperty(
        streamArb.filter((b) => b.length > 1),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (bytes, at, cuts) => {
          const cut = bytes.subarray(0, at % bytes.length);
          let whole: unknown;
          try {
            [...sizeDelimitedSplit(cut)];
          } catch (e) {
            whole = e;
          }
          const streamed = collect(iterate(chunked(cut, cuts)));
          if (whole === undefined) {
            expect(await streamed).toEqual([...sizeDelimitedSplit(cut)]);
          } else {
            const e = await rejection(streamed);
            expect(e).toBeInstanceOf(DecodeError);
            expect(e).toEqual(whole);
            expect((e as Error).message).toBe((whole as Error).message);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("checks maxMessageSize when the prefix arrives, not reading further", async () => {
    let pulled = 0;
    async function* source() {
      pulled++;
      yield Uint8Array.of(0x02, 0x08, 0x01, 0x80, 0x80);
      pulled++;
      yield Uint8Array.of(0x80, 0x08); // record 1 announces 2^24 bytes
      pulled++;
      yield new Uint8Array(1 << 24);
    }
    const e = await rejection(collect(source(), 1000));
    expect(e).toMatchObject({ code: "MESSAGE_TOO_LARGE", offset: 3 });
    expect((e as Error).message).toContain("record 1 announces 16777216 bytes");
    expect(pulled).toBe(2);
  });

  it("passes on the source's errors and refuses what is not a source", async () => {
    async function* failing() {
      yield Uint8Array.of(0x00);
      throw new Error("disk on fire");
    }
    expect(await rejection(collect(failing()))).toMatchObject({ message: "disk on fire" });
    const notSource = new Uint8Array(2) as unknown as SizeDelimitedSource;
    expect(await rejection(collect(notSource))).toMatchObject({ code: "INVALID_ARGUMENT" });
    const strings = iterate(["ab" as unknown as Uint8Array]);
    expect(await rejection(collect(strings))).toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});

describe("sources", () => {
  const bytes = concatBytes(
    [3, 0, 70_000, 5].map((n) => sizeDelimitedFrame(new Uint8Array(n).fill(9))),
  );
  const chunks = chunked(bytes, [1, 2, 3, 4, 40_000, 70_006]);
  const expected = [...sizeDelimitedSplit(bytes)];

  it("reads a web ReadableStream, async-iterable or through its reader only", async () => {
    expect(await collect(webStream(chunks))).toEqual(expected);
    const stream = webStream(chunks);
    // A browser's ReadableStream may lack Symbol.asyncIterator: only getReader is used then.
    const readerOnly = { getReader: () => stream.getReader() };
    expect(await collect(readerOnly)).toEqual(expected);
    expect(stream.locked).toBe(false);
  });

  it("cancels a web stream it stops reading (a break, or an error) and releases its lock", async () => {
    for (const stop of ["break", "error"] as const) {
      let cancelled = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(
            stop === "break" ? Uint8Array.of(0x00) : Uint8Array.of(0x01, 0x02, 0x81),
          );
        },
        cancel() {
          cancelled++;
        },
      });
      const source = { getReader: () => endless.getReader() };
      let n = 0;
      const run = async () => {
        for await (const _ of sizeDelimitedSplitStream(source, { maxMessageSize: 1 })) {
          if (++n === 3) break;
        }
      };
      if (stop === "break") await run();
      else expect(await rejection(run())).toMatchObject({ code: "MESSAGE_TOO_LARGE" });
      expect(cancelled).toBe(1);
      expect(endless.locked).toBe(false);
    }
  });

  it("reads a Node Readable, and destroys it when the loop stops early", async () => {
    expect(await collect(Readable.from(chunks.map((c) => Buffer.from(c))))).toEqual(
      expected.map((r) => ({ ...r, bytes: expect.anything() })),
    );
    const got = await collect(Readable.from(chunks.map((c) => Buffer.from(c))));
    expect(got.map((r) => Array.from(r.bytes))).toEqual(expected.map((r) => Array.from(r.bytes)));
    const readable = Readable.from(chunks.map((c) => Buffer.from(c)));
    for await (const r of sizeDelimitedSplitStream(readable)) if (r.index === 1) break;
    expect(readable.destroyed).toBe(true);
  });
});

describe("memory", () => {
  it("reads no chunk ahead and copies only records that straddle chunks, each into its own size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 400 }), { minLength: 200, maxLength: 600 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }),
        async (sizes, chunkSizes) => {
          const bytes = concatBytes(
            sizes.map((n, i) => sizeDelimitedFrame(new Uint8Array(n).fill(i & 0xff))),
          );
          const chunks: Uint8Array[] = [];
          for (let at = 0, i = 0; at < bytes.length; i++) {
            const n = chunkSizes[i % chunkSizes.length]!;
            chunks.push(bytes.slice(at, at + n));
            at += n;
          }
          const chunkBuffers = new Set<ArrayBufferLike>(chunks.map((c) => c.buffer));
          let pulledEnd = 0; // stream offset after the last chunk handed out
          let lastLength = 0;
          async function* instrumented() {
            for (const c of chunks) {
              pulledEnd += c.length;
              lastLength = c.length;
              yield c;
            }
          }
          let copied = 0;
          let largestCopy = 0;
          let straddling = 0;
          let count = 0;
          let chunkStart = 0;
          let chunkIndex = 0;
          const wrong: string[] = []; // checked per record, reported at the end (fast)
          for await (const r of sizeDelimitedSplitStream(instrumented())) {
            const end = r.bodyOffset + r.bytes.length;
            // The record's last byte is in the last chunk pulled: nothing was read ahead.
            if (end > pulledEnd || end <= pulledEnd - lastLength)
              wrong.push(`read ahead at ${count}`);
            if (!chunkBuffers.has(r.bytes.buffer)) {
              // Not a view into a chunk: a copy, of exactly the record's size.
              if (r.bytes.buffer.byteLength !== r.bytes.length) wrong.push(`buffer of ${count}`);
              copied += r.bytes.length;
              largestCopy = Math.max(largestCopy, r.bytes.buffer.byteLength);
            }
            const fill = count & 0xff;
            if (r.bytes.length !== sizes[count] || r.bytes.some((b) => b !== fill)) {
              wrong.push(`bytes of ${count}`);
            }
            count++;
          }
          expect(wrong).toEqual([]);
          // The bodies that cross a chunk boundary are exactly the ones copied.
          for (let i = 0, offset = 0; i < sizes.length; i++) {
            const frame = sizeDelimitedFrame(new Uint8Array(sizes[i]!)).length;
            const body = offset + frame - sizes[i]!;
            if (sizes[i]! > 0 && chunkOf(body) !== chunkOf(body + sizes[i]! - 1))
              straddling += sizes[i]!;
            offset += frame;
          }
          expect(count).toBe(sizes.length);
          expect(copied).toBe(straddling);
          expect(largestCopy).toBeLessThanOrEqual(Math.max(...sizes));

          function chunkOf(offset: number): number {
            while (offset >= chunkStart + chunks[chunkIndex]!.length)
              chunkStart += chunks[chunkIndex++]!.length;
            return chunkIndex;
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
