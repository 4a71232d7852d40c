// dumpProtoscope: what a dump shows. With a schema, field names, types and enum value names in
// the comments and values in their field's form (bool, zigzag, unsigned, packed, float);
// without one, protoscope's heuristics (printable text as a string, other contents that parse
// completely as a message, else hex; floats of moderate magnitude as floats). Malformed
// input (truncated varints, bad wire types, lengths past the end, unmatched groups, overlong
// varints) is shown for what it is and kept whole. Valid encodings of random messages dump
// with every field named and nothing left unparsed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadSchemaSync } from "../../src/index.js";
import { assembleProtoscope, dumpProtoscope } from "../../src/text/protoscope/index.js";
import { caseArb, loadCase, messageOf, withSchema } from "../json/helpers/random-json-case.js";

const hex = (s: string): Uint8Array =>
  Uint8Array.from((s.replace(/\s+/g, "").match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));

/** Lines without their comments (trailing spaces dropped). */
const code = (dump: string): string[] =>
  dump
    .trimEnd()
    .split("\n")
    .map((l) => l.replace(/\s*#.*$/, ""));

const schema = loadSchemaSync({
  sources: {
    "demo.proto": `syntax = "proto2";
package demo;
enum Kind { KIND_A = 0; KIND_B = 1; }
message Item { optional string sku = 1; optional uint32 qty = 2; }
message Order {
  optional int64 id = 1;
  optional string note = 2;
  repeated Item items = 3;
  optional Kind kind = 4;
  repeated sint32 deltas = 5 [packed = true];
  map<string, int32> counts = 6;
  optional bytes blob = 7;
  optional bool ok = 8;
  optional double price = 9;
  optional float ratio = 10;
  optional fixed32 f32 = 11;
  optional sfixed64 s64 = 12;
  optional group Extra = 13 { optional int32 a = 1; }
  extensions 100 to 200;
}
extend Order { optional string tag = 100; }
`,
  },
});
const order = schema.messageType("demo.Order");
const orderInfo = schema.findMessage("demo.Order")!;
const bytes = order.encode(
  order.fromText(`id: 42 note: "hi\\n" items { sku: "A-1" qty: 2 } kind: KIND_B
    deltas: [1, -2, 300] counts { key: "x" value: 7 } blob: "\\000\\001\\377" ok: true
    price: 9.99 ratio: 0.5 f32: 7 s64: -9 extra { a: 1 } [demo.tag]: "t"`),
);

describe("with a schema", () => {
  const dump = dumpProtoscope(bytes, { type: orderInfo });

  it("writes each field in its type's form", () => {
    expect(code(dump)).toEqual([
      "1: 42",
      '2: {"hi\\n"}',
      "3: {",
      '  1: {"A-1"}',
      "  2: 2",
      "}",
      "4: 1",
      "5: {1z -2z 300z}",
      "6: {",
      '  1: {"x"}',
      "  2: 7",
      "}",
      "7: {`0001ff`}",
      "8: true",
      "9: 9.99",
      "10: 0.5i32",
      "11: 7i32",
      "12: -9i64",
      "13: !{",
      "  1: 1",
      "}",
      '100: {"t"}',
    ]);
    expect(assembleProtoscope(dump)).toEqual(bytes);
  });

  it("comments carry offsets, wire types, lengths, names, types and enum names", () => {
    const lines = dump.split("\n");
    expect(lines[0]).toMatch(/^1: 42 +# @0 varint id: int64$/);
    expect(lines[1]).toMatch(/# @2 len 3 note: string$/);
    expect(lines[2]).toMatch(/# @7 len 7 items: repeated demo\.Item$/);
    expect(lines[3]).toMatch(/# @9 len 3 sku: string$/);
    expect(lines[6]).toMatch(/# @16 varint kind: demo\.Kind = KIND_B$/);
    expect(lines[7]).toMatch(/# @18 len 4 deltas: repeated sint32 packed$/);
    expect(lines[8]).toMatch(/# @24 len 5 counts: map<string, int32>$/);
    expect(lines[9]).toMatch(/# @26 len 1 key: string$/);
    expect(lines[14]).toMatch(/# @38 i64 price: double$/);
    expect(lines[15]).toMatch(/# @47 i32 ratio: float$/);
    expect(lines[18]).toMatch(/# @66 group extra: demo\.Order\.Extra$/);
    expect(lines[20]).toMatch(/^} +# @69 end group 13$/);
    expect(lines[21]).toMatch(/# @70 len 1 \[demo\.tag\]: string$/);
  });

  it("says when a field arrives with a wire type its type does not have", () => {
    const d = dumpProtoscope(hex("0a0178"), { type: orderInfo }); // id (int64) as LEN
    expect(d).toMatch(/^1: \{"x"\} +# @0 len 1 id: int64 \(wire type does not match\)\n$/);
  });

  it("typed floats are floats, subnormals and -0 included; NaNs are their bits", () => {
    expect(
      code(
        dumpProtoscope(hex("5501000000 5500000080 550000c07f 490100000000000000"), {
          type: orderInfo,
        }),
      ),
    ).toEqual(["10: 1.0e-45i32", "10: -0.0i32", "10: 0x7fc00000i32", "9: 5.0e-324"]);
  });

  it("marks fields the type does not have", () => {
    const d = dumpProtoscope(hex("f806 01"), { type: orderInfo });
    expect(d).toMatch(/^111: 1 +# @0 varint \(unknown field\)\n$/);
  });

  it("an unknown enum number, a non-0/1 bool and an overlong bool stay integers", () => {
    expect(code(dumpProtoscope(hex("2005 4002 408100"), { type: orderInfo }))).toEqual([
      "4: 5",
      "8: 2",
      "8: long-form:1 1",
    ]);
  });
});

describe("without a schema", () => {
  it("guesses messages, strings and hex, and floats of moderate magnitude", () => {
    const dump = dumpProtoscope(bytes);
    expect(code(dump)).toEqual([
      "1: 42",
      '2: {"hi\\n"}',
      "3: {",
      '  1: {"A-1"}',
      "  2: 2",
      "}",
      "4: 1",
      "5: {`0203d804`}",
      "6: {",
      '  1: {"x"}',
      "  2: 7",
      "}",
      "7: {`0001ff`}",
      "8: 1",
      "9: 9.99",
      "10: 0.5i32",
      "11: 7i32",
      "12: -9i64",
      "13: !{",
      "  1: 1",
      "}",
      '100: {"t"}',
    ]);
  });

  it("floats: zero, infinities, NaN as hex, tiny and huge bit patterns as integers", () => {
    expect(
      code(
        dumpProtoscope(
          hex(
            "0d00000080 0d0000807f 0d0000c07f 0d01000000 1100000000000000c0 09ffffffffffffef7f 09ffffffffffffff7f",
          ),
        ),
      ),
    ).toEqual([
      "1: -0.0i32",
      "1: inf32",
      "1: 0x7fc00000i32",
      "1: 1i32",
      "2: -2.0",
      "1: 9218868437227405311i64",
      "1: 0x7fffffffffffffffi64",
    ]);
  });

  it("quotes printable text with escapes, and uses hex for the rest", () => {
    expect(code(dumpProtoscope(hex("0a05 5c2209 0d0a 0a02 c3a9 0a02 c328 0a01 7f")))).toEqual([
      '1: {"\\\\\\"\\x09\\x0d\\n"}',
      '1: {"é"}',
      "1: {`c328`}",
      "1: {`7f`}",
    ]);
  });
});

describe("malformed input is shown and kept", () => {
  it.each([
    ["a truncated varint", "08 96", ["1:VARINT", "`96`"], "bad varint"],
    [
      "a length past the end",
      "0a 05 6162",
      ["1:LEN 5", '"ab"'],
      "length 5 past the end (2 bytes left)",
    ],
    ["a cut fixed64", "09 0102", ["1:I64", "`0102`"], "8 bytes needed"],
    ["wire type 6", "0e 0102", ["`0e0102`"], "wire type 6"],
    ["field number 0", "00 01", ["`0001`"], "field number 0"],
    ["a tag that never ends", "8080", ["`8080`"], "not a tag"],
  ])("%s", (_, input, want, reason) => {
    const d = dumpProtoscope(hex(input));
    expect(code(d)).toEqual(want);
    expect(d).toContain(reason);
    expect(assembleProtoscope(d)).toEqual(hex(input));
  });

  it("overlong varints keep their redundant bytes as long-form", () => {
    const input = hex("8800 968100 0a8000");
    expect(code(dumpProtoscope(input))).toEqual([
      "long-form:1 1: long-form:1 150",
      "1: long-form:1 {}",
    ]);
  });

  it("a group closed by another number is two bare markers; a good one inside stays a group", () => {
    expect(code(dumpProtoscope(hex("0b 13 0802 14 1c")))).toEqual([
      "1:SGROUP",
      "2: !{",
      "  1: 2",
      "}",
      "3:EGROUP",
    ]);
  });

  it("an overlong end-group tag is a long-form inside the braces", () => {
    expect(code(dumpProtoscope(hex("0b 8c8000")))).toEqual(["1: !{", "  long-form:2", "}"]);
  });

  it("contents that do not parse completely are bytes, not a half message", () => {
    expect(code(dumpProtoscope(hex("0a03 0801ff")))).toEqual(["1: {`0801ff`}"]);
  });

  it("bytes past 16 go on more lines, each with its offset", () => {
    const input = new Uint8Array(40).fill(0xff);
    const lines = dumpProtoscope(input).trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^`f{32}` +# @16$/);
  });

  it("an empty input is an empty dump", () => {
    expect(dumpProtoscope(new Uint8Array())).toBe("");
  });
});

describe("size-delimited streams and offsets", () => {
  it("shows each record as a top-level message, and a cut record as bytes", () => {
    const d = dumpProtoscope(hex("02 0801 00 03 0a0178 05 08"), {
      type: orderInfo,
      delimited: true,
    });
    expect(code(d)).toEqual(["{", "  1: 1", "}", "{}", "{", '  1: {"x"}', "}", "`0508`"]);
    const lines = d.split("\n");
    expect(lines[0]).toMatch(/# @0 record 0, len 2$/);
    expect(lines[1]).toMatch(/# @1 varint id: int64$/);
    expect(lines[3]).toMatch(/# @3 record 1, len 0$/);
    expect(lines[7]).toMatch(/# @8 record 3: length 5 past the end, 2 bytes not parsed$/);
  });

  it("adds `offset` to every offset shown", () => {
    const d = dumpProtoscope(hex("0801 0a0178 ff"), { offset: 1000 });
    expect(d.match(/@[0-9]+/g)).toEqual(["@1000", "@1002", "@1005"]);
  });
});

describe("valid encodings dump cleanly", () => {
  it("every field of random messages is named and nothing is left unparsed", () => {
    fc.assert(
      fc.property(caseArb("proto2"), (draft) => {
        const c = loadCase(draft.model, draft.index);
        withSchema(c.text, () => {
          for (let i = 0; i < draft.values.length; i++) {
            const d = dumpProtoscope(c.type.encode(messageOf(c, draft, i)), { type: c.info });
            expect(d).not.toMatch(/not parsed|does not match|SGROUP|EGROUP/);
            for (const line of d.trimEnd().split("\n")) {
              if (/^\s*[0-9]+:/.test(line))
                expect(line).toMatch(/# @[0-9]+ (varint|i32|i64|len [0-9]+|group) [a-z_0-9]+: /);
            }
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
