/**
 * A schema from .proto text, compiled into a message type: binary encode and decode, proto3
 * JSON and the text format both ways, and typed errors.
 * Run with `npx tsx examples/schema.ts`.
 */
import { DecodeError, JsonError, loadSchemaSync, TextError, timestampDate } from "../src/index.js";

const schema = loadSchemaSync({
  sources: {
    "shop.proto": `
      syntax = "proto3";
      package shop;
      import "google/protobuf/timestamp.proto";
      message Order {
        uint64 id = 1;
        string customer = 2;
        repeated Item items = 3;
        map<string, string> labels = 4;
        google.protobuf.Timestamp placed_at = 5;
      }
      message Item { string sku = 1; int32 qty = 2; }
    `,
  },
});

const Order = schema.messageType("shop.Order");
const bytes = Order.encode(
  Order.create({
    id: 7n,
    customer: "Ada",
    items: [{ sku: "tea", qty: 2 }],
    labels: { gift: "yes" },
    placedAt: { seconds: 1_700_000_000n, nanos: 0 },
  }),
);
console.log(`${bytes.length} bytes:`, Buffer.from(bytes).toString("hex"));
console.log(Order.decode(bytes));

try {
  Order.decode(bytes.subarray(0, 10));
} catch (e) {
  if (e instanceof DecodeError) console.log(`cut input: ${e.code} at offset ${e.offset}`);
}

// proto3 JSON: 64-bit integers as strings, the Timestamp as RFC 3339, maps as objects.
const order = Order.decode(bytes);
const json = Order.toJsonString(order, { prettySpaces: 2 });
console.log(json);
const back = Order.fromJsonString(json);
console.log("placed at", timestampDate(back.placedAt as { seconds: bigint; nanos: number }));

try {
  Order.fromJsonString('{"id": "7", "custmer": "Ada"}');
} catch (e) {
  if (e instanceof JsonError) console.log(`bad JSON: ${e.message}`);
}

// Text format: what `protoc --decode` prints, and protoc's parser with protoc's errors.
const text = Order.toText(order);
console.log(text);
console.log(Order.fromText(text).id === order.id);
try {
  Order.fromText("id: 7\ncustmer: 'Ada'");
} catch (e) {
  if (e instanceof TextError) console.log(`bad text: ${e.message}`);
}
