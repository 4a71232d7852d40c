// The text-format API on every message type: `toText` / `fromText` and their options, as a
// user meets them (defaults as protoc: unknown fields printed, Any not expanded; registry;
// singleLine; allowPartial; recursionLimit), and the TextError they throw. Expected texts are
// protoc's (`protoc --decode` prints them for the same bytes; noted where checked by hand).
import { describe, expect, it } from "vitest";
import {
  compileMessage,
  loadSchemaSync,
  ProtowireError,
  TextError,
  timestampFromMs,
} from "../../src/index.js";
import { thrown } from "../helpers/thrown.js";

const source = `
syntax = "proto2";
package tx;
import "google/protobuf/any.proto";
import "google/protobuf/timestamp.proto";
message Item { optional string sku = 1; optional int32 qty = 2; }
message Order {
  optional int64 id = 1;
  repeated Item items = 2;
  optional google.protobuf.Any extra = 3;
  optional Order child = 4;
  extensions 100 to 199;
}
message Strict { required int32 a = 1; optional Strict next = 2; }
extend Order { optional string note = 100; }
`;
const schema = loadSchemaSync({ sources: { "tx.proto": source } });
const Order = schema.messageType("tx.Order");
const Item = schema.messageType("tx.Item");
const Strict = schema.messageType("tx.Strict");

const err = (fn: () => unknown) => thrown(fn) as TextError;

describe("toText", () => {
  it("prints fields by number, two-space indented, each on its own line", () => {
    const order = Order.create({ id: 7n, items: [{ sku: "a", qty: 2 }] });
    expect(Order.toText(order)).toBe('id: 7\nitems {\n  sku: "a"\n  qty: 2\n}\n');
  });

  it("singleLine puts everything on one line, without a trailing space", () => {
    const order = Order.create({ id: 7n, items: [{ sku: "a", qty: 2 }] });
    expect(Order.toText(order, { singleLine: true })).toBe('id: 7 items { sku: "a" qty: 2 }');
  });

  it("prints unknown fields by number unless printUnknownFields is false", () => {
    // Field 9 (varint 150) is unknown to Item: bytes 0x48 0x96 0x01.
    const item = Item.decode(new Uint8Array([0x08 | 0x02, 1, 0x61, 0x48, 0x96, 0x01]));
    expect(Item.toText(item)).toBe('sku: "a"\n9: 150\n');
    expect(Item.toText(item, { printUnknownFields: false })).toBe('sku: "a"\n');
  });

  it("prints an Any as type_url and value unless a registry is given, then expanded", () => {
    const inner = Item.encode(Item.create({ sku: "x" }));
    const order = Order.create({
      extra: { typeUrl: "type.googleapis.com/tx.Item", value: inner },
    });
    expect(Order.toText(order)).toBe(
      'extra {\n  type_url: "type.googleapis.com/tx.Item"\n  value: "\\n\\001x"\n}\n',
    );
    expect(Order.toText(order, { registry: schema })).toBe(
      'extra {\n  [type.googleapis.com/tx.Item] {\n    sku: "x"\n  }\n}\n',
    );
  });

  it("prints known extensions as [pkg.ext]", () => {
    const order = Order.fromText('[tx.note]: "hi" id: 1');
    expect(Order.toText(order)).toBe('id: 1\n[tx.note]: "hi"\n');
  });

  it("stops at recursionLimit with RECURSION_LIMIT, also for a cyclic object", () => {
    const cyclic = Order.create({ id: 1n }) as Record<string, unknown>;
    cyclic.child = cyclic;
    expect(err(() => Order.toText(cyclic)).code).toBe("RECURSION_LIMIT");
    let deep = Order.create({});
    for (let i = 0; i < 5; i++) deep = Order.create({ child: deep });
    expect(Order.toText(deep, { recursionLimit: 10 })).toContain("child {");
    expect(err(() => Order.toText(deep, { recursionLimit: 3 })).code).toBe("RECURSION_LIMIT");
  });

  it("names the field of a value of the wrong shape", () => {
    const e = err(() => Order.toText({ id: 1n, items: [{ sku: 5 }] } as never));
    expect(e).toBeInstanceOf(TextError);
    expect(e).toBeInstanceOf(ProtowireError);
    expect(e.code).toBe("INVALID_VALUE");
    expect(e.path).toBe("Order.items[0].sku");
  });
});

describe("fromText", () => {
  it("reads what toText prints back to an equal message", () => {
    const order = Order.create({
      id: -3n,
      items: [{ sku: "é\n\"'\\", qty: -1 }, {}],
      child: { id: 1n },
    });
    expect(Order.fromText(Order.toText(order))).toEqual(order);
  });

  it("checks proto2 required fields unless allowPartial, with the field path", () => {
    const e = err(() => Strict.fromText("next { }"));
    expect(e.code).toBe("MISSING_REQUIRED");
    expect(e.message).toContain("next.a");
    expect(Strict.fromText("next { }", { allowPartial: true })).toEqual(
      Strict.create({ next: {} }),
    );
    expect(Strict.fromText("a: 1 next { a: 2 }")).toEqual(Strict.create({ a: 1, next: { a: 2 } }));
  });

  it("reports line:col as protoc does, with the source line and a caret", () => {
    // protoc --encode=tx.Order: input:2:5: Message type "tx.Order" has no field named "nope".
    const e = err(() => Order.fromText("id: 1\nnope: 2"));
    expect(e.code).toBe("UNKNOWN_FIELD");
    expect(e.line).toBe(2);
    expect(e.message.split("\n")[0]).toContain('has no field named "nope"');
    expect(e.message).toContain("\nnope: 2\n");
    expect(e.message.split("\n").at(-1)).toMatch(/^ *\^$/);
  });

  it("rejects what is not a string", () => {
    expect(err(() => Order.fromText(5 as never)).code).toBe("INVALID_VALUE");
  });

  it("resolves expanded Any and extensions through the registry, the schema by default", () => {
    const order = Order.fromText('extra { [type.googleapis.com/tx.Item] { sku: "x" } }');
    expect(order.extra).toEqual({
      typeUrl: "type.googleapis.com/tx.Item",
      value: Item.encode(Item.create({ sku: "x" })),
    });
    const empty = { findMessage: () => undefined, findExtension: () => undefined };
    const e = err(() =>
      Order.fromText('extra { [type.googleapis.com/tx.Item] { sku: "x" } }', { registry: empty }),
    );
    expect(["UNKNOWN_TYPE", "UNKNOWN_FIELD"]).toContain(e.code);
  });

  it("works on a type compiled without its schema (its file's types resolve)", () => {
    const standalone = compileMessage(schema.findMessage("tx.Order")!);
    const order = standalone.fromText("extra { [type.googleapis.com/tx.Item] { qty: 3 } }");
    expect(standalone.toText(order, { registry: schema })).toContain("qty: 3");
  });

  it("stops at recursionLimit without overflowing the stack", () => {
    const deep = `${"child { ".repeat(200)}${"}".repeat(200)}`;
    expect(err(() => Order.fromText(deep)).code).toBe("RECURSION_LIMIT");
    expect(() => Order.fromText(deep, { recursionLimit: 300 })).not.toThrow();
  });
});

describe("well-known types print as messages", () => {
  it("a Timestamp is seconds and nanos, as protoc prints it", () => {
    const Ts = schema.messageType("google.protobuf.Timestamp");
    expect(Ts.toText({ ...timestampFromMs(1500) })).toBe("seconds: 1\nnanos: 500000000\n");
  });
});
