// Ownership of the bytes the codec hands out, after the speed work (docs/speed-history.md):
// encode results may share an ArrayBuffer (a pool of slabs) but never bytes; decoded `bytes`
// fields are copies even when the input is a Node Buffer (whose slice() would share memory);
// the reused Reader and Writer leave no state behind between calls, or after a failed call.
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { messageType } from "../../src/codec/message-type.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { DecodeError } from "../../src/wire/errors.js";

const schema = loadSchemaSync({
  sources: {
    "buffers.proto": `syntax = "proto3";
package bt;
message Item { string name = 1; bytes data = 2; repeated int32 ns = 3; repeated double ds = 4;
  repeated sint64 big = 5; int64 id = 6; map<string, string> attrs = 7; }`,
  },
});
const Item = messageType(schema, "bt.Item");

function item(i: number) {
  return Item.create({
    name: `item ${i} ${"é".repeat(i % 50)}`,
    data: Uint8Array.from({ length: i % 300 }, (_, k) => (k * 7 + i) & 0xff),
    ns: [i, -i | 0, 2 ** 31 - 1 - i],
    ds: [i / 3, -0, Number.NaN],
    big: [BigInt(i) << 40n, -(2n ** 63n) + BigInt(i), 2n ** 63n - 1n - BigInt(i)],
    id: BigInt(-i) * 1_000_000_007n,
    attrs: new Map([[`k${i}`, `v${i}`]]),
  });
}

describe("encode results from the pool", () => {
  it("stay intact while thousands of other messages are encoded", () => {
    const kept = Array.from({ length: 2000 }, (_, i) => Item.encode(item(i)));
    kept.forEach((bytes, i) => {
      expect(Item.decode(bytes)).toEqual(item(i));
    });
  });

  it("share no bytes: writing into one result leaves the others unchanged", () => {
    const a = Item.encode(item(100));
    const b = Item.encode(item(101));
    const before = Buffer.from(b).toString("hex");
    a.fill(0xee);
    expect(Buffer.from(b).toString("hex")).toBe(before);
    expect(Item.decode(b)).toEqual(item(101));
  });

  it("an empty message encodes to an empty array each time", () => {
    const e1 = Item.encode(Item.create());
    const e2 = Item.encode(Item.create());
    expect(e1.length).toBe(0);
    expect(e1).not.toBe(e2);
  });
});

describe("decoded bytes", () => {
  it("are copies of a Node Buffer input, short and long", () => {
    for (const n of [0, 3, 16, 17, 200]) {
      const msg = Item.create({ data: Uint8Array.from({ length: n }, (_, k) => k + 1) });
      const input = Buffer.from(Item.encode(msg));
      const decoded = Item.decode(input) as { data: Uint8Array };
      input.fill(0);
      expect(Array.from(decoded.data)).toEqual(Array.from({ length: n }, (_, k) => k + 1));
      expect(Buffer.isBuffer(decoded.data)).toBe(false);
    }
  });
});

describe("the reused Reader", () => {
  it("decodes correctly after a failed decode, from the state of a fresh call", () => {
    const good = Item.encode(item(7));
    // A length prefix that claims more bytes than remain.
    const bad = Uint8Array.from([0x0a, 0x7f, 0x61]);
    expect(() => Item.decode(bad)).toThrow(DecodeError);
    expect(Item.decode(good)).toEqual(item(7));
    // A recursion limit passed to one call does not stick to the next.
    expect(Item.decode(good, { recursionLimit: 0 })).toEqual(item(7));
    expect(Item.decode(good)).toEqual(item(7));
  });
});
