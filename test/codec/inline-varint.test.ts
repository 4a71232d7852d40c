/**
 * Generated decoders read one-byte tags (two-byte ones too in messages with fields numbered
 * 16 to 2047), one-byte int32 / uint32 / enum / bool values and strings with a one-byte length
 * inline
 * (emit/decode.ts); everything else goes through the Reader. These inputs sit on the edges of
 * that fast path: values at the very end of the input or of a submessage, multi-byte values,
 * two-byte tags, invalid wire types. Expected values are worked out from the encoding spec
 * (varint groups of 7 bits, little-endian; tag = field << 3 | wire type).
 */
import { describe, expect, it } from "vitest";
import { loadSchemaSync } from "../../src/index.js";
import { DecodeError } from "../../src/wire/errors.js";
import { fromHex } from "./schema-helper.js";

const schema = loadSchemaSync({
  sources: {
    "s.proto": `syntax = "proto3";
enum E { Z = 0; A = 1; }
message M {
  int32 i = 1; uint32 u = 2; bool b = 3; M child = 4; E e = 5; int32 far = 16;
  repeated int32 ri = 6 [packed = false]; string s = 7;
}`,
    "p2.proto": `syntax = "proto2";
message L { optional string s = 1; }`,
  },
});
const M = schema.messageType("M");
const L = schema.messageType("L");
type Any = Record<string, unknown>;

function decodeError(h: string, type: { decode(b: Uint8Array): unknown } = M): DecodeError {
  try {
    type.decode(fromHex(h));
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    return e as DecodeError;
  }
  throw new Error(`expected ${h} to fail`);
}

describe("inline one-byte tags and varints", () => {
  it("reads one-byte values, including at the end of the input", () => {
    const m = M.decode(fromHex("087f10002801187f")) as Any;
    expect([m.i, m.u, m.e, m.b]).toEqual([127, 0, 1, true]);
    expect((M.decode(fromHex("1800")) as Any).b).toBe(false);
  });

  it("falls back to the Reader for multi-byte values and two-byte tags", () => {
    // 300 = ac 02; -1 as int32 = ten bytes; uint32 2^32-1 = ff ff ff ff 0f; bool 128 = 80 01;
    // field 16 varint: tag 0x80 = 80 01.
    const m = M.decode(
      fromHex("08ac02" + "10ffffffff0f" + "188001" + "800105" + "30ffffffffffffffffff01"),
    ) as Any;
    expect([m.i, m.u, m.b, m.far, m.ri]).toEqual([300, 2 ** 32 - 1, true, 5, [-1]]);
  });

  it("keeps the bounds checks: truncated values and tags", () => {
    expect(decodeError("08").code).toBe("TRUNCATED"); // tag, no value
    expect(decodeError("0880").code).toBe("TRUNCATED"); // value's continuation byte, no more
    expect(decodeError("80").code).toBe("TRUNCATED"); // tag's continuation byte, no more
    // A submessage of length 1 holding only a tag: its value byte lies past the submessage.
    expect(decodeError("22010805").code).toBe("TRUNCATED");
  });

  it("reads values in a submessage up to its end, then continues outside", () => {
    const m = M.decode(fromHex("22020805" + "0807")) as Any;
    expect(m.i).toBe(7);
    expect((m.child as Any).i).toBe(5);
  });

  it("rejects wire types 6 and 7 and field number 0 as the Reader does", () => {
    expect(decodeError("0e00").code).toBe("INVALID_WIRE_TYPE");
    expect(decodeError("0f00").code).toBe("INVALID_WIRE_TYPE");
    expect(decodeError("0000").code).toBe("INVALID_FIELD_NUMBER");
  });

  it("reads strings with a one-byte length, at the end of the input too, else via the Reader", () => {
    expect((M.decode(fromHex("3a026869")) as Any).s).toBe("hi");
    expect((M.decode(fromHex("3a00")) as Any).s).toBe("");
    // "é" = c3 a9; 128 "a"s need the two-byte length 80 01.
    expect((M.decode(fromHex("3a02c3a90801")) as Any).s).toBe("é");
    expect((M.decode(fromHex(`3a8001${"61".repeat(128)}`)) as Any).s).toBe("a".repeat(128));
  });

  it("keeps the string checks: length past the input, invalid UTF-8 strict or replaced", () => {
    expect(decodeError("3a0368").code).toBe("LENGTH_OUT_OF_RANGE"); // the Reader's code
    const bad = decodeError("3a02c328");
    expect(bad.code).toBe("INVALID_UTF8");
    expect(bad.offset).toBe(2);
    // proto2 strings are not validated: the bad byte becomes U+FFFD.
    expect((L.decode(fromHex("0a02ff61")) as Any).s).toBe("\uFFFDa");
  });
});

describe("inline two-byte tags (messages with fields 16 to 2047)", () => {
  const far = loadSchemaSync({
    sources: {
      "far.proto": `syntax = "proto2";
message F {
  optional int32 a = 1; optional int32 b = 16; optional string c = 2047;
  optional group G = 20 { optional int32 x = 1; }
}`,
    },
  }).messageType("F");
  const error = (h: string): DecodeError => decodeError(h, far);

  it("reads fields 16 and 2047 and a group at 20 (start and end tags of two bytes)", () => {
    // 16 << 3 | 0 = 128 = 80 01; 2047 << 3 | 2 = 16378 = fa 7f;
    // 20 << 3 | 3 = 163 = a3 01, x = 7, 20 << 3 | 4 = 164 = a4 01.
    const m = far.decode(fromHex("800105" + "fa7f026869" + "a3010807a401")) as Any;
    expect([m.b, m.c, (m.g as Any).x]).toEqual([5, "hi", 7]);
  });

  it("leaves overlong and three-byte tags to the Reader", () => {
    // Field 1 as the overlong tag 88 00; field 2048 (tag 16384 = 80 80 01) is unknown.
    const m = far.decode(fromHex("880005" + "80800103")) as Any;
    expect(m.a).toBe(5);
    expect(m.$unknown).toEqual([fromHex("80800103")]);
  });

  it("keeps unknown two-byte fields and known ones of another wire type, byte for byte", () => {
    // Field 17 varint: 88 01; field 16 as length-delimited (130 = 82 01) is not field b.
    const m = far.decode(fromHex("880107" + "82010161")) as Any;
    expect(m.b).toBeUndefined();
    expect(m.$unknown).toEqual([fromHex("88010782010161")]);
  });

  it("rejects wire types 6 and 7 and truncated tags with the Reader's errors", () => {
    const six = error("0801" + "8601" + "00"); // 16 << 3 | 6 = 134 = 86 01
    expect([six.code, six.offset]).toEqual(["INVALID_WIRE_TYPE", 2]);
    expect(error("8701").code).toBe("INVALID_WIRE_TYPE");
    // The overlong 80 00 is tag 0: field number 0.
    expect(error("0801" + "8000" + "00").code).toBe("INVALID_FIELD_NUMBER");
    expect(error("80").code).toBe("TRUNCATED"); // the second byte is missing
    expect(error("8001").code).toBe("TRUNCATED"); // field 16's tag, no value
  });

  it("reads a two-byte tag that overruns its submessage as a truncation", () => {
    // Group G (start a3 01) holding an end tag whose second byte lies past the input.
    expect(error("a301a4").code).toBe("TRUNCATED");
  });
});
