/**
 * encode() results own their memory: each has an ArrayBuffer of its own, so transferring one
 * (postMessage with a transfer list, structuredClone with `transfer`) detaches nothing else,
 * and `.buffer` shows no other message's bytes. With `pooled: true` results of 65 B to 4 KiB
 * share slabs, which this file shows too (the documented rule for that option).
 */
import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { loadSchemaSync } from "../../src/index.js";

const schema = loadSchemaSync({
  sources: { "m.proto": 'syntax = "proto3"; message M { string text = 1; uint32 n = 2; }' },
});
const M = schema.messageType("M");

/** Messages whose encodings span every size class: on-heap (<= 64 B), pooled, over 4 KiB. */
function messages(): { text: string; n: number }[] {
  const sizes = [0, 1, 40, 70, 100, 500, 1000, 3000, 4000, 5000, 20000];
  return sizes.flatMap((len, i) =>
    Array.from({ length: 8 }, (_, k) => ({ text: "x".repeat(len + k), n: i * 8 + k + 1 })),
  );
}

async function transferThroughChannel(bytes: Uint8Array): Promise<Uint8Array> {
  const { port1, port2 } = new MessageChannel();
  const received = new Promise<Uint8Array>((resolve) => {
    port2.once("message", (m: Uint8Array) => resolve(m));
  });
  port1.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
  const out = await received;
  port1.close();
  port2.close();
  return out;
}

function expectIntact(results: Uint8Array[], sources: { text: string; n: number }[], skip: number) {
  for (let i = 0; i < results.length; i++) {
    if (i === skip) continue;
    expect(M.decode(results[i]!)).toEqual(sources[i]);
  }
}

describe("encode() output owns its ArrayBuffer", () => {
  it("has byteOffset 0 and a buffer exactly its length, at every size", () => {
    for (const m of messages()) {
      const bytes = M.encode(m);
      expect(bytes.byteOffset).toBe(0);
      expect(bytes.buffer.byteLength).toBe(bytes.length);
    }
  });

  it("survives transferring another result through a MessageChannel", async () => {
    const sources = messages();
    const results = sources.map((m) => M.encode(m));
    for (let i = 0; i < results.length; i += 7) {
      const sent = results[i]!;
      const copy = sent.slice();
      const received = await transferThroughChannel(sent);
      expect(sent.length).toBe(0); // detached: the transfer really happened
      expect(received).toEqual(copy);
      expectIntact(results, sources, i);
      results[i] = received;
    }
    // Every later encode still works and is intact.
    const later = Array.from({ length: 1000 }, (_, i) => sources[i % sources.length]!);
    const laterBytes = later.map((m) => M.encode(m));
    for (let i = 0; i < later.length; i++) expect(M.decode(laterBytes[i]!)).toEqual(later[i]);
  });

  it("survives structuredClone with transfer of another result", () => {
    const sources = messages();
    const results = sources.map((m) => M.encode(m));
    for (let i = 0; i < results.length; i += 5) {
      const sent = results[i]!;
      const copy = sent.slice();
      const received = structuredClone(sent, { transfer: [sent.buffer] });
      expect(sent.length).toBe(0);
      expect(received).toEqual(copy);
      expectIntact(results, sources, i);
      results[i] = received;
    }
    const later = Array.from({ length: 1000 }, (_, i) => sources[i % sources.length]!);
    for (const m of later) expect(M.decode(M.encode(m))).toEqual(m);
  });
});

describe("encode(msg, { pooled: true })", () => {
  it("returns the same bytes as the default", () => {
    for (const m of messages()) expect(M.encode(m, { pooled: true })).toEqual(M.encode(m));
  });

  it("shares slabs between 65 B and 4 KiB (the reason for its rule: never transfer .buffer)", () => {
    // Three 104-byte results: a slab (8 KiB) can fill up between two of them, not twice.
    const sources = ["a", "b", "c"].map((c, i) => ({ text: c.repeat(100), n: i + 1 }));
    const [a, b, c] = sources.map((m) => M.encode(m, { pooled: true })) as [
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    expect(a.buffer === b.buffer || b.buffer === c.buffer).toBe(true);
    expect(b.buffer.byteLength).toBeGreaterThan(b.length);
    // Views never overlap: each result keeps its own bytes.
    expect([a, b, c].map((x) => M.decode(x))).toEqual(sources);
  });
});
