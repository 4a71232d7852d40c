// protowire/runtime's create, toBinary, fromBinary and mergeFromBinary (compact/functions.ts):
// given a table (`NameSchema` of `protowire gen --optimize=size`), they are the compact codec's
// methods; given any codec, they call its own methods. Both ways give what the codec gives:
// the same messages, bytes and errors. test/gen runs them from generated files.
import { describe, expect, it } from "vitest";
import { compactTable } from "../../src/codec/compact/build.js";
import { $compact } from "../../src/codec/compact/codec.js";
import { messageType } from "../../src/codec/index.js";
import { create, fromBinary, mergeFromBinary, toBinary } from "../../src/runtime.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";

const schema = loadSchemaSync({
  sources: {
    "f.proto": `syntax = "proto2";
package f;
message Item { required string sku = 1; optional uint32 quantity = 2; }
message Order {
  optional uint64 id = 1;
  repeated Item items = 2;
  map<string, int32> counts = 3;
  oneof delivery { string address = 4; string store = 5; }
  optional bytes note = 6;
}`,
  },
});
const table = compactTable(schema.findMessage("f.Order")!);
const compact = $compact(table);
const compiled = messageType(schema, "f.Order");

/** What `run` returns, or the error it throws: class, code, offset, path and message. */
function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (e) {
    const err = e as Error & { code?: string; offset?: number; path?: string };
    return { error: [err.name, err.code, err.offset, err.path, err.message] };
  }
}

const init = {
  id: 7n,
  items: [{ sku: "tea", quantity: 2 }],
  counts: { a: 1 },
  delivery: { case: "store", value: "Berlin" },
} as const;
const bytes = compiled.encode(init);

describe.each([
  ["a table", table],
  ["the compact codec", compact],
  ["a compiled codec", compiled],
] as const)("the functions given %s", (_, target) => {
  it("answer as the codec's methods", () => {
    expect(outcome(() => create(target, init))).toEqual(outcome(() => compiled.create(init)));
    expect(Buffer.from(toBinary(target, init)).toString("hex")).toBe(
      Buffer.from(bytes).toString("hex"),
    );
    expect(fromBinary(target, bytes)).toEqual(compiled.decode(bytes));
    const target2 = compiled.create({ id: 1n, items: [{ sku: "x" }], note: new Uint8Array([1]) });
    const expected = compiled.mergeFrom(compiled.create(target2), bytes);
    const merged = mergeFromBinary(target, target2, bytes);
    expect(merged).toBe(target2);
    expect(merged).toEqual(expected);
    expect(merged.items).toHaveLength(2);
  });

  it("throw the codec's errors, with their codes, offsets and paths", () => {
    const cases: [string, () => unknown, () => unknown][] = [
      [
        "unknown key",
        () => toBinary(target, { idd: 1 } as never),
        () => compiled.encode({ idd: 1 } as never),
      ],
      [
        "bad value deep",
        () => toBinary(target, { items: [{ sku: 5 }] } as never),
        () => compiled.encode({ items: [{ sku: 5 }] } as never),
      ],
      [
        "required unset",
        () => toBinary(target, { items: [{}] } as never),
        () => compiled.encode({ items: [{}] } as never),
      ],
      [
        "create bad value",
        () => create(target, { id: "x" } as never),
        () => compiled.create({ id: "x" } as never),
      ],
      [
        "truncated",
        () => fromBinary(target, bytes.subarray(0, bytes.length - 1)),
        () => compiled.decode(bytes.subarray(0, bytes.length - 1)),
      ],
      [
        "not bytes",
        () => fromBinary(target, [1, 2] as never),
        () => compiled.decode([1, 2] as never),
      ],
      [
        "too large",
        () => fromBinary(target, bytes, { maxMessageSize: 3 }),
        () => compiled.decode(bytes, { maxMessageSize: 3 }),
      ],
    ];
    for (const [name, ours, theirs] of cases) {
      const got = outcome(ours) as { error?: unknown[] };
      const want = outcome(theirs) as { error?: unknown[] };
      expect(got.error, name).toBeDefined();
      if (target === compiled) {
        expect(got.error, name).toEqual(want.error);
        continue;
      }
      // Same class, code, offset and path, and the same path in an EncodeError's message; the
      // compact codecs word some details more briefly (docs/codec.md).
      expect(got.error!.slice(0, 4), name).toEqual(want.error!.slice(0, 4));
      const prefix = (m: unknown) => /^\w+: [^ ]*/.exec(String(m))?.[0];
      expect(prefix(got.error![4]), name).toBe(prefix(want.error![4]));
    }
  });

  it("take the options", () => {
    const unknown = new Uint8Array([...bytes, 0x78, 0x01]); // field 15, varint 1
    expect(fromBinary(target, unknown).$unknown).toHaveLength(1);
    expect(fromBinary(target, unknown, { discardUnknown: true }).$unknown).toBeUndefined();
    expect(toBinary(target, { items: [{}] }, { allowPartial: true })).toEqual(
      new Uint8Array([0x12, 0x00]),
    );
    expect(create(target, { idd: 1 } as never, { ignoreUnknownKeys: true })).toEqual(
      compiled.create(),
    );
  });
});
