// The chunked text writers: writeText (a message), writeTextFromBinary (a message's bytes,
// its top level's repeated message fields decoded one element at a time) and rawText /
// writeRawText (bytes without a schema). Their texts must be toText's; their errors decode's.
// Texts against protoc are proved in print-random.test.ts; here: interleaved fields, errors,
// limits, and chunking.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  concatBytes,
  DecodeError,
  loadSchemaSync,
  rawText,
  TextError,
  writeRawText,
} from "../../src/index.js";
import { thrown } from "../helpers/thrown.js";
import { protocBinary } from "./helpers/print-protoc.js";

const schema = loadSchemaSync({
  sources: {
    "s.proto": `
      syntax = "proto2";
      package s;
      message Item { required int32 id = 1; optional string name = 2; optional Item child = 3; }
      message Batch {
        optional int32 first = 1;
        repeated Item items = 2;
        optional string middle = 3;
        repeated Item others = 4;
        map<string, Item> byName = 5;
        optional Item one = 6;
        extensions 100 to 200;
      }
      extend Batch { optional string note = 150; }
    `,
  },
});
const Batch = schema.messageType("s.Batch");

/** writeTextFromBinary's chunks, joined. */
function streamed(bytes: Uint8Array, options?: Parameters<typeof Batch.writeTextFromBinary>[2]) {
  const chunks: Uint8Array[] = [];
  Batch.writeTextFromBinary(bytes, (c) => chunks.push(c), options);
  return new TextDecoder().decode(concatBytes(chunks));
}

/** Bytes whose top-level fields interleave (each part a whole encoded message). */
function interleaved(): Uint8Array {
  const part = (init: object) => Batch.encode(Batch.create(init), { allowPartial: true });
  return concatBytes([
    part({ items: [{ id: 1, name: "a" }] }),
    part({ middle: "m" }),
    part({ others: [{ id: 9 }] }),
    new Uint8Array([0xf8, 0x06, 0x07]), // unknown field 111: 7
    part({ items: [{ id: 2, child: { id: 3 } }] }),
    part({ first: 5, byName: { k: { id: 4 } } }),
    part({ one: { id: 6 } }),
    part({ others: [{ id: 10 }], items: [{ id: 11 }] }),
    part({ one: { name: "merged" } }),
    new Uint8Array([0xb2, 0x09, 0x01, 0x78]), // field 150 (the extension): "x"
  ]);
}

describe("writeTextFromBinary", () => {
  it("prints toText(decode(bytes)) for interleaved fields, unknowns and extensions", () => {
    const bytes = interleaved();
    const want = Batch.toText(Batch.decode(bytes));
    expect(want).toContain("[s.note]");
    expect(want).toContain("111: 7");
    expect(streamed(bytes)).toBe(want);
    expect(streamed(bytes, { singleLine: true })).toBe(
      Batch.toText(Batch.decode(bytes), { singleLine: true }),
    );
    expect(streamed(bytes, { printUnknownFields: false })).not.toContain("111");
  });

  it("prints a batch larger than a chunk the same", () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: i, name: `item ${i} é` }));
    const bytes = Batch.encode(Batch.create({ first: 1, items, middle: "m" }));
    expect(streamed(bytes)).toBe(Batch.toText(Batch.decode(bytes)));
  });

  const cases: [string, Uint8Array, object?][] = [
    // items[1] holds `08 ff`: a varint cut off inside a well-formed element.
    [
      "a broken element",
      concatBytes([
        Batch.encode(Batch.create({ items: [{ id: 1 }] })),
        new Uint8Array([0x12, 0x02, 0x08, 0xff]),
      ]),
    ],
    [
      "an element without its required field",
      Batch.encode(
        Batch.create({ items: [{ id: 1 }, { name: "x" }] }, { ignoreUnknownKeys: false }),
        { allowPartial: true },
      ),
    ],
    [
      "a cut-off top level",
      Batch.encode(Batch.create({ items: [{ id: 1 }, { id: 2 }] })).subarray(0, 7),
    ],
    [
      "an input over the size limit",
      Batch.encode(Batch.create({ items: [{ id: 1 }] })),
      { maxMessageSize: 3 },
    ],
  ];
  it.each(cases)("throws decode's error for %s", (_, bytes, options) => {
    const want = thrown(() => Batch.decode(bytes, options)) as DecodeError;
    expect(want).toBeInstanceOf(DecodeError);
    const got = thrown(() => streamed(bytes, options)) as DecodeError;
    expect(got).toBeInstanceOf(DecodeError);
    expect([got.code, got.offset, got.path, got.message]).toEqual([
      want.code,
      want.offset,
      want.path,
      want.message,
    ]);
  });

  it("takes an element without its required field with allowPartial, as decode does", () => {
    const bytes = Batch.encode(Batch.create({ items: [{ name: "x" }] }), { allowPartial: true });
    const options = { allowPartial: true };
    expect(streamed(bytes, options)).toBe(Batch.toText(Batch.decode(bytes, options)));
  });

  it("nests elements exactly as deep as decode allows", () => {
    for (let depth = 1; depth <= 8; depth++) {
      let item: Record<string, unknown> = { id: 0 };
      for (let i = 1; i < depth; i++) item = { id: i, child: item };
      const bytes = Batch.encode(Batch.create({ items: [item] }));
      const options = { recursionLimit: 5 };
      let want: string | Error;
      try {
        want = Batch.toText(Batch.decode(bytes, options), options);
      } catch (e) {
        want = e as Error;
      }
      if (typeof want === "string") expect(streamed(bytes, options), `depth ${depth}`).toBe(want);
      else
        expect((thrown(() => streamed(bytes, options)) as Error).message, `depth ${depth}`).toBe(
          want.message,
        );
    }
  });
});

describe("encodeFromText", () => {
  const encodeParsed = (text: string, options?: { allowPartial?: boolean }) =>
    Batch.encode(Batch.fromText(text, options), options);

  it("gives encode(fromText(text))'s bytes for fields in any order, lists and extensions", () => {
    const text = `
      items { id: 1 name: "a" }
      others { id: 9 }
      middle: "m"
      items: [{ id: 2 child { id: 3 } }, { id: 4 }]
      [s.note]: "x"
      byName { key: "k" value { id: 5 } }
      first: 7
      one { id: 6 }
      others { id: 10 }
      items { id: 11 }`;
    const want = encodeParsed(text);
    expect(Batch.decode(want).items).toHaveLength(4);
    expect(Batch.encodeFromText(text)).toEqual(want);
    expect(Batch.encodeFromText("")).toEqual(encodeParsed(""));
  });

  const bad: [string, string][] = [
    ["a syntax error inside a record", "items { id: 1 }\nitems { id: 2 name: }"],
    ["a record without its required field", 'items { id: 1 }\nitems { name: "x" }'],
    ["an unknown field after the records", "items { id: 1 }\nnope: 2"],
  ];
  it.each(bad)("throws fromText's error for %s", (_, text) => {
    const want = thrown(() => encodeParsed(text)) as TextError;
    expect(want).toBeInstanceOf(TextError);
    const got = thrown(() => Batch.encodeFromText(text)) as TextError;
    expect(got).toBeInstanceOf(TextError);
    expect([got.code, got.line, got.column, got.path, got.message]).toEqual([
      want.code,
      want.line,
      want.column,
      want.path,
      want.message,
    ]);
  });

  it("takes a record without its required field with allowPartial", () => {
    const text = 'items { name: "x" }';
    const options = { allowPartial: true };
    expect(Batch.encodeFromText(text, options)).toEqual(encodeParsed(text, options));
  });
});

describe("writeText", () => {
  it("hands out toText's text in chunks of their own", () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ id: i, name: `n${i}\n` }));
    const msg = Batch.create({ items });
    for (const singleLine of [false, true]) {
      const chunks: Uint8Array[] = [];
      Batch.writeText(msg, (c) => chunks.push(c), { singleLine });
      expect(chunks.length).toBeGreaterThan(1);
      expect(new Set(chunks.map((c) => c.buffer)).size).toBe(chunks.length);
      expect(new TextDecoder().decode(concatBytes(chunks))).toBe(Batch.toText(msg, { singleLine }));
    }
  });

  it("refuses a writer that is not a function", () => {
    expect(() => Batch.writeText(Batch.create({}), 1 as never)).toThrow(TextError);
  });
});

describe("rawText / writeRawText", () => {
  it("prints what protoc --decode_raw prints", () => {
    const bytes = interleaved();
    const protoc = spawnSync(protocBinary(), ["--decode_raw"], { input: bytes, encoding: "utf8" });
    expect(protoc.status).toBe(0);
    expect(rawText(bytes)).toBe(protoc.stdout);
    const chunks: Uint8Array[] = [];
    writeRawText(bytes, (c) => chunks.push(c));
    expect(new TextDecoder().decode(concatBytes(chunks))).toBe(protoc.stdout);
  });

  it("throws decode's DecodeError for bytes that are not fields, and writes nothing", () => {
    const bytes = new Uint8Array([0x08, 0x96, 0x01, 0x12, 0x05, 0x68]);
    const chunks: Uint8Array[] = [];
    const e = thrown(() => writeRawText(bytes, (c) => chunks.push(c))) as DecodeError;
    expect(e).toBeInstanceOf(DecodeError);
    expect([e.code, e.offset]).toEqual(["LENGTH_OUT_OF_RANGE", 4]);
    expect(chunks).toEqual([]);
    expect(() => rawText(bytes)).toThrow(DecodeError);
  });
});
