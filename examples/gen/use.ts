// Generated code in use: `protowire gen -I examples/gen/proto shop/order.proto --out
// examples/gen/ts` wrote ./ts (codecs made ahead of time, no eval, with their types), and
// `--types-only` wrote ./types (the types alone, for a schema loaded at run time); ./js is the
// same as ./ts in JavaScript with declarations (`--target js`), and ./size the same codecs as
// tables read by one interpreter (`--optimize size`). Type-checked by test/gen.
import { readFileSync } from "node:fs";
import { loadSchemaSync } from "protowire";
import { create, fromBinary, toBinary } from "protowire/runtime";
import { OrderSchema } from "./size/shop/order_pb.js";
import { Order, Status } from "./ts/shop/order_pb.js";
import type { Order as OrderType } from "./types/shop/order_pb.js";

const order = Order.create({
  id: 42n,
  customer: "Ada",
  items: [{ sku: "tea", quantity: 2, price: { currency: "EUR", units: 350 } }],
  labels: { gift: "yes" },
  status: Status.STATUS_PLACED,
  delivery: { case: "pickupStore", value: "Berlin 1" },
});
const bytes: Uint8Array = Order.encode(order);
const back = Order.decode(bytes);
if (back.delivery.case === "pickupStore") console.log(`pick up at ${back.delivery.value}`);
console.log(back.items[0]?.price?.units, back.labels.get("gift"), Status.STATUS_PLACED);

// The same message type loaded at run time, typed by the generated types.
const read = (name: string) => readFileSync(new URL(`./proto/${name}`, import.meta.url), "utf8");
const schema = loadSchemaSync({
  sources: {
    "shop/order.proto": read("shop/order.proto"),
    "shop/money.proto": read("shop/money.proto"),
  },
});
const Loaded = schema.messageType<OrderType>("shop.Order");
const loaded = Loaded.decode(Loaded.encode({ id: 7, customer: "Grace", labels: { vip: "no" } }));
const id: bigint = loaded.id;
console.log(id, loaded.customer, loaded.labels.get("vip"));

// --optimize size: each message type also has its table (`OrderSchema`), which protobuf-es's
// function names take; a bundle then keeps only the functions the program calls.
const small = toBinary(OrderSchema, create(OrderSchema, { id: 1n, customer: "Lin" }));
const lin = fromBinary(OrderSchema, small);
console.log(lin.customer, lin.items.length, lin.delivery.case);
// The functions take any codec as well, and call its methods.
const again: Order = fromBinary(Order, toBinary(Order, order));
const loadedAgain: OrderType = fromBinary(Loaded, toBinary(Loaded, loaded));
console.log(again.id, loadedAgain.id);
