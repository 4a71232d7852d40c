/**
 * Generated decoders read one-byte tags, one-byte int32 / uint32 / enum / bool values and
 * strings with a one-byte length inline
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

function decodeError(h: string): DecodeError {
  try {
    M.decode(fromHex(h));
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
