// The `protowire/binary` entry (binary codecs alone, no JSON or text format) and
// loadDescriptorSet (a descriptor set read without the parser or the bundled files), in both
// entries. Descriptor sets and golden bytes come from protoc, the devDependency.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as binary from "../../src/binary.js";
import {
  encodeFileDescriptorSet,
  loadDescriptorSet,
  loadSchemaSync,
  parseFile,
  SchemaError,
} from "../../src/index.js";

const ROOT = join(import.meta.dirname, "../..");
const PROTOC = join(ROOT, "node_modules/.bin/protoc");
const work = mkdtempSync(join(tmpdir(), "protowire-binary-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SHOP = `syntax = "proto3";
package shop;
import "google/protobuf/timestamp.proto";
enum Kind { KIND_UNSPECIFIED = 0; KIND_GIFT = 1; }
message Order {
  uint64 id = 1;
  string customer = 2;
  map<string, int32> counts = 3;
  google.protobuf.Timestamp at = 4;
  oneof pay { string card = 5; Kind kind = 6; }
}
`;
writeFileSync(join(work, "shop.proto"), SHOP);

function protoc(...args: string[]): Buffer {
  return execFileSync(
    PROTOC,
    ["-I", work, "-I", join(ROOT, "node_modules/protoc/include"), ...args],
    {
      input: 'id: 7 customer: "Ada" counts { key: "x" value: 3 } at { seconds: 1 } kind: KIND_GIFT',
    },
  );
}

function protocSet(includeImports: boolean): Uint8Array {
  const out = join(work, `set-${includeImports}.binpb`);
  protoc(
    ...(includeImports ? ["--include_imports"] : []),
    `--descriptor_set_out=${out}`,
    "shop.proto",
  );
  return new Uint8Array(readFileSync(out));
}

const ORDER = {
  id: 7n,
  customer: "Ada",
  counts: new Map([["x", 3]]),
  at: { seconds: 1n, nanos: 0 },
  pay: { case: "kind", value: 1 },
};

describe("loadDescriptorSet", () => {
  const golden = protoc("--encode=shop.Order", "shop.proto").toString("hex");

  for (const [entry, load] of [
    ["protowire", loadDescriptorSet],
    ["protowire/binary", binary.loadDescriptorSet],
  ] as const) {
    it(`${entry}: protoc's set with its imports gives protoc's bytes, and writes the set back as it was`, () => {
      const set = protocSet(true);
      const schema = load(set);
      const Order = schema.messageType("shop.Order");
      expect(Buffer.from(Order.encode(ORDER)).toString("hex")).toBe(golden);
      expect(Order.decode(Buffer.from(golden, "hex"))).toEqual(ORDER);
      expect(Buffer.from(schema.toFileDescriptorSet()).equals(Buffer.from(set))).toBe(true);
    });

    it(`${entry}: an import the set lacks is an error (no bundled fallback), as are bytes that are no set`, () => {
      expect(() => load(protocSet(false))).toThrow(
        'shop.proto:0:0: Import "google/protobuf/timestamp.proto" was not found or had errors.',
      );
      expect(() => load(new Uint8Array([0x0a, 0x05, 0x01]))).toThrow(SchemaError);
      expect(() => load([10, 0] as unknown as Uint8Array)).toThrow(/must be a Uint8Array/);
    });
  }

  it("takes options as the set holds them; an uninterpreted one is an error, which loadSchemaSync interprets", () => {
    // The parser's output, before linking: its options are uninterpreted (field 999).
    const { file } = parseFile(
      "o.proto",
      'syntax = "proto3"; option java_package = "com.acme"; message O {}',
      { sourceInfo: false },
    );
    expect(file.options?.uninterpretedOption).toHaveLength(1);
    const set = encodeFileDescriptorSet([file]);
    for (const load of [loadDescriptorSet, binary.loadDescriptorSet]) {
      expect(() => load(set)).toThrow(
        "o.proto:0:0: The file holds uninterpreted options, and this load does not interpret options: load it with loadSchemaSync({ descriptorSet }).",
      );
    }
    const linked = loadSchemaSync({ descriptorSet: set }).files.at(-1)!;
    expect(linked.options?.javaPackage).toBe("com.acme");
    expect(linked.options?.uninterpretedOption).toEqual([]);
  });

  it("loadSchemaSync({ descriptorSet }) takes the missing well-known type from the bundled files", () => {
    const Order = loadSchemaSync({ descriptorSet: protocSet(false) }).messageType("shop.Order");
    expect(Buffer.from(Order.encode(ORDER)).toString("hex")).toBe(golden);
  });
});

describe("protowire/binary", () => {
  const golden = protoc("--encode=shop.Order", "shop.proto").toString("hex");

  it("loads .proto text like the main entry; its types are binary codecs, the same bytes", () => {
    const schema = binary.loadSchemaSync({ sources: { "shop.proto": SHOP } });
    const Order = schema.messageType("shop.Order");
    expect(Buffer.from(Order.encode(ORDER)).toString("hex")).toBe(golden);
    expect(Order.decode(Buffer.from(golden, "hex"))).toEqual(ORDER);
    expect(schema.messageType("shop.Order")).toBe(Order);
    expect(Object.keys(Order).sort()).toEqual(
      ["create", "decode", "encode", "getField", "mergeFrom", "missingFields", "typeName"].sort(),
    );
    const full = loadSchemaSync({ sources: { "shop.proto": SHOP } }).messageType("shop.Order");
    expect(typeof full.toJson).toBe("function");
    expect(Buffer.from(full.encode(ORDER)).toString("hex")).toBe(golden);
  });

  it("loadSchema (async) too, and an unknown type is the main entry's error", async () => {
    const schema = await binary.loadSchema({ sources: { "shop.proto": SHOP } });
    expect(() => schema.messageType("shop.Nope")).toThrow(
      expect.objectContaining({ code: "UNKNOWN_TYPE" }),
    );
  });
});
