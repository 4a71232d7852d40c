/**
 * Decoding semantics from the protobuf encoding spec (https://protobuf.dev/programming-guides/encoding/):
 * last value wins, submessages merge, repeated fields concatenate, packed and unpacked are both
 * accepted, oneofs switch, closed enums divert unknown values, unknown fields round-trip.
 * Inputs are written by hand from the spec, byte by byte.
 */
import { describe, expect, it } from "vitest";
import { DecodeError, EncodeError } from "../../src/wire/errors.js";
import { varint } from "../helpers/varint.js";
import { fromHex, hex, loadTestSchema, protocDecode } from "./schema-helper.js";

const VIAS = ["protowire", "bufbuild"] as const;

describe.each(VIAS)("codecs from %s descriptors", (via) => {
  const schema = loadTestSchema(["codec2.proto", "codec3.proto"], "protoc", via);
  const p2 = schema.codec("codectest.p2.All");
  const p3 = schema.codec("codectest.p3.All");

  function decodeError(fn: () => unknown): DecodeError {
    try {
      fn();
    } catch (e) {
      if (e instanceof DecodeError) return e;
      throw e;
    }
    throw new Error("expected a DecodeError");
  }

  describe("merging", () => {
    it("the last value of a scalar wins", () => {
      expect(p2.decode(fromHex("0801 0802")).fInt32).toBe(2);
    });

    it("a singular submessage seen twice merges", () => {
      // f_leaf = 17: tag 17<<3|2 = 138 = 8a 01
      const m = p2.decode(fromHex("8a01 02 0801  8a01 03 120178"));
      expect(m.fLeaf).toEqual({ a: 1, s: "x" });
    });

    it("repeated fields concatenate and accept packed and unpacked input alike", () => {
      // r_int32 = 31 (unpacked): f8 01 = varint tag, fa 01 = packed tag
      const m = p2.decode(fromHex("f801 01 fa01 02 0203 f801 04"));
      expect(m.rInt32).toEqual([1, 2, 3, 4]);
      // r_int32_packed = 32 (packed): 80 02 = varint tag, 82 02 = packed tag
      const n = p2.decode(fromHex("8002 07 8202 01 08"));
      expect(n.rInt32Packed).toEqual([7, 8]);
      // Re-encoding uses each field's declared encoding.
      expect(hex(p2.encode(n))).toBe("82020207" + "08");
    });

    it("a oneof switches its case and merges a repeated message case", () => {
      // o_int32 = 70 (b0 04), o_string = 71 (ba 04), o_leaf = 72 (c2 04)
      expect(p2.decode(fromHex("b004 05 ba04 01 61")).choice).toEqual({
        case: "oString",
        value: "a",
      });
      expect(p2.decode(fromHex("ba04 01 61 b004 05")).choice).toEqual({ case: "oInt32", value: 5 });
      const merged = p2.decode(fromHex("c204 02 0801 c204 03 120179"));
      expect(merged.choice).toEqual({ case: "oLeaf", value: { a: 1, s: "y" } });
      const reset = p2.decode(fromHex("c204 02 0801 b004 01 c204 03 120179"));
      expect(reset.choice).toEqual({ case: "oLeaf", value: { a: undefined, s: "y" } });
    });

    it("mergeFrom decodes into an existing message", () => {
      const m = p2.decode(fromHex("0801 f80101"));
      p2.mergeFrom(m, fromHex("1002 f80102"));
      expect(m.fInt32).toBe(1);
      expect(m.fInt64).toBe(2n);
      expect(m.rInt32).toEqual([1, 2]);
    });
  });

  describe("closed enums and unknown fields", () => {
    it("an unknown closed-enum value is kept as protoc keeps it: its int32, as a minimal varint", () => {
      // f_color = 16 (tag 80 01) = 5 written overlong (85 00), then 4294967301 = 2^32 + 5 (its
      // int32 is 5): both unknown, each kept as the minimal varint of the int32 5, as protoc
      // keeps them.
      const input = fromHex("8001 85 00  8001 85 80 80 80 10");
      const m = p2.decode(input);
      expect(m.fColor).toBeUndefined();
      expect(m.$unknown?.map(hex)).toEqual(["800105800105"]);
      // protoc reads both as the same unknown field values protowire writes back.
      expect(protocDecode("codec2.proto", "codectest.p2.All", input)).toBe(
        protocDecode("codec2.proto", "codectest.p2.All", p2.encode(m)),
      );
    });

    it("an unknown value of a closed enum goes to the unknown fields, byte-exact", () => {
      // f_color = 16: tag 80 01; 5 is not a Color
      const m = p2.decode(fromHex("8001 05 8001 02"));
      expect(m.fColor).toBe(2);
      expect(m.$unknown?.map(hex)).toEqual(["800105"]);
      expect(hex(p2.encode(m))).toBe("800102" + "800105");
    });

    it("packed closed-enum values outside the enum become unpacked unknown varints", () => {
      // r_color_packed = 34: packed tag 92 02; unknown values kept as tag 90 02 varints
      const m = p2.decode(fromHex("9202 04 01 05 02 7f"));
      expect(m.rColorPacked).toEqual([1, 2]);
      // One chunk for all of a message's unknown fields, in arrival order.
      expect(m.$unknown?.map(hex)).toEqual(["90020590027f"]);
    });

    it("unknown closed-enum values join the message's one unknown-field chunk, in order", () => {
      // f_color = 16 (tag 80 01) = 7, r_color_packed = 34 (tag 92 02) = [1, 9], unknown field
      // 1000 (tag c0 3e) = 1; 7 and 9 are not Colors. 7,500 unknown values stay one chunk, not
      // 5,000 arrays besides it (memory proportional to the input).
      const m = p2.decode(fromHex("8001 07  9202 02 01 09  c03e 01".repeat(2500)));
      expect(m.$unknown).toHaveLength(1);
      expect(hex(m.$unknown![0]!)).toBe("800107900209c03e01".repeat(2500));
      expect(m.rColorPacked).toHaveLength(2500);
      expect(m.fColor).toBeUndefined();
      // Encode writes the chunk after the known fields; decoding that gives the same chunk.
      const again = p2.decode(p2.encode(m));
      expect(again.$unknown?.map(hex)).toEqual(m.$unknown?.map(hex));
    });

    it("an open enum keeps any value", () => {
      // proto3 f_kind = 16
      expect(p3.decode(fromHex("8001 05")).fKind).toBe(5);
    });

    it("a known field number with the wrong wire type is an unknown field", () => {
      const m = p2.decode(fromHex("0d 01020304"));
      expect(m.fInt32).toBeUndefined();
      expect(m.$unknown?.map(hex)).toEqual(["0d01020304"]);
    });

    it("unknown fields of every wire type are kept in order and written after known fields", () => {
      const unknown =
        "f83f01" + "f93f0102030405060708" + "fa3f0161" + "fb3f f83f01 fc3f" + "fd3f01020304";
      const m = p2.decode(fromHex(unknown + "0801"));
      expect(m.$unknown?.map(hex).join("")).toBe(unknown.replace(/ /g, ""));
      expect(hex(p2.encode(m))).toBe("0801" + unknown.replace(/ /g, ""));
      expect(hex(p2.encode(m, { discardUnknown: true }))).toBe("0801");
      expect(p2.decode(fromHex(unknown), { discardUnknown: true }).$unknown).toBeUndefined();
    });
  });

  describe("maps", () => {
    it("a map entry without key or value takes the defaults", () => {
      // m_int64 = 50 (92 03), m_leaf = 52 (a2 03)
      const m = p2.decode(fromHex("9203 00 a203 03 0a016b"));
      expect(m.mInt64).toEqual(new Map([[0n, ""]]));
      expect(m.mLeaf).toEqual(new Map([["k", { a: undefined, s: undefined }]]));
    });

    it("unknown fields inside a map entry are skipped; a repeated key keeps the last value", () => {
      const m = p2.decode(fromHex("9203 06 0801 1807 1200  9203 05 0801 120178"));
      expect(m.mInt64).toEqual(new Map([[1n, "x"]]));
    });

    it("an entry with an unknown closed-enum value goes whole to the unknown fields", () => {
      // m_color = 53 (aa 03), entry { key: 1, value: 9 }
      const m = p2.decode(fromHex("aa03 04 0801 1009"));
      expect(m.mColor).toEqual(new Map());
      expect(m.$unknown?.map(hex)).toEqual(["aa030408011009"]);
    });

    it("bool and int64 keys are exact, and __proto__ is an ordinary string key", () => {
      const m = p3.create({
        mBool: new Map([[true, 1]]),
        mLeaf: new Map([["__proto__", { a: 1 }]]),
        mInt64: new Map([[-9223372036854775808n, "min"]]),
      });
      const back = p3.decode(p3.encode(m)) as Record<string, Map<unknown, unknown>>;
      expect(back.mBool?.get(true)).toBe(1);
      expect(back.mLeaf?.get("__proto__")).toEqual({ a: 1, s: "" });
      expect(back.mInt64?.get(-9223372036854775808n)).toBe("min");
      expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    });
  });

  describe("errors, limits and paths", () => {
    it("a truncated submessage field reports the field path and offset", () => {
      const e = decodeError(() => p2.decode(fromHex("8a01 02 0880")));
      expect(e.code).toBe("TRUNCATED");
      expect(e.path).toBe("All.fLeaf.a");
      expect(e.offset).toBe(4);
    });

    it("an error in a repeated field names the element's index", () => {
      // r_leaf = 36 (tag a2 02): {s: "a"}, then {s: <0xff>}, not UTF-8.
      let e = decodeError(() => p3.decode(fromHex("a202 03 120161  a202 03 1201ff")));
      expect([e.code, e.path, e.offset]).toEqual(["INVALID_UTF8", "All.rLeaf[1].s", 11]);
      // r_string = 35 (tag 9a 02): "a", then <0xff>.
      e = decodeError(() => p3.decode(fromHex("9a02 01 61  9a02 01 ff")));
      expect([e.code, e.path, e.offset]).toEqual(["INVALID_UTF8", "All.rString[1]", 7]);
      // r_int32 = 31 packed (tag fa 01): 1, 2, then an 11-byte varint.
      e = decodeError(() => p3.decode(fromHex("fa01 0d 01 02 ffffffffffffffffffff 01")));
      expect([e.code, e.path, e.offset]).toEqual(["VARINT_OVERLONG", "All.rInt32[2]", 5]);
      // Elements read before count: a second run continues the numbering.
      e = decodeError(() => p3.decode(fromHex("fa01 01 07  fa01 0b ffffffffffffffffffff 01")));
      expect([e.code, e.path]).toEqual(["VARINT_OVERLONG", "All.rInt32[1]"]);
    });

    it("an invalid value in a list or map names its index or key, on encode and create", () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ rLeaf: [{ s: "a" }, { a: 1.5 }] }, "All.rLeaf[1].a: 1.5"],
        [{ rString: ["a", "b", 5] }, "All.rString[2]: 5 is not a valid string"],
        [{ rInt32: [1, 2 ** 31] }, "All.rInt32[1]: 2147483648 is out of range"],
        [{ mLeaf: new Map([["k", { a: "x" }]]) }, 'All.mLeaf["k"].a: "x"'],
        [{ mInt64: new Map([[5n, 7]]) }, "All.mInt64[5]: 7 is not a valid string"],
        [{ recursive: { rLeaf: [{}, {}, { s: 5 }] } }, "All.recursive.rLeaf[2].s: 5"],
        // The element of one list or map field is not carried into the next field's error.
        [{ rInt32: [1, 2], rString: "nope" }, 'All.rString: "nope" is not a valid array'],
        [{ rInt32: [1], mKind: new Map([[1, "x"]]) }, 'All.mKind[1]: "x"'],
        [{ mInt64: new Map([[1n, "a"]]), recursive: { fInt32: 0.5 } }, "All.recursive.fInt32: 0.5"],
      ];
      for (const [value, path] of cases) {
        for (const call of [() => p3.encode(value), () => p3.create(value)]) {
          let message = "";
          try {
            call();
          } catch (err) {
            expect(err).toBeInstanceOf(EncodeError);
            message = (err as EncodeError).message;
          }
          const want = `INVALID_VALUE: ${path}`;
          expect(message.slice(0, want.length)).toBe(want);
        }
      }
    });

    it("a submessage whose content overruns its length is rejected", () => {
      // f_leaf length 1, but its varint field continues past it
      const e = decodeError(() => p2.decode(fromHex("8a01 01 08 01")));
      expect(e.code).toBe("TRUNCATED");
      expect(e.path).toBe("All.fLeaf");
    });

    it("a length prefix claiming 2 GB in a tiny input fails at once", () => {
      const e = decodeError(() => p2.decode(fromHex("8a01 ffffffff07 00")));
      expect(e.code).toBe("LENGTH_OUT_OF_RANGE");
    });

    it("strings are validated where the spec says (proto3), replaced where it does not (proto2)", () => {
      const e = decodeError(() => p3.decode(fromHex("7201ff")));
      expect(e.code).toBe("INVALID_UTF8");
      expect(e.path).toBe("All.fString");
      expect(p2.decode(fromHex("7201ff")).fString).toBe("\ufffd");
    });

    it("groups: end-group tags must match", () => {
      // Grp = 18: start 93 01, end 94 01
      expect(p2.decode(fromHex("9301 9801 07 9401")).grp).toEqual({ g: 7, leaf: undefined });
      expect(decodeError(() => p2.decode(fromHex("9301 9801 07 9c01"))).code).toBe(
        "MISMATCHED_END_GROUP",
      );
      expect(decodeError(() => p2.decode(fromHex("9301 9801 07"))).code).toBe("TRUNCATED");
      expect(decodeError(() => p2.decode(fromHex("9401"))).code).toBe("UNEXPECTED_END_GROUP");
      expect(decodeError(() => p2.decode(fromHex("8a01 02 9401"))).code).toBe(
        "UNEXPECTED_END_GROUP",
      );
    });

    it("nesting deeper than the recursion limit is a DecodeError, not a stack overflow", () => {
      // recursive = 80: tag 82 05
      const nest = (depth: number): Uint8Array => {
        let inner = new Uint8Array(0);
        for (let i = 0; i < depth; i++) {
          inner = new Uint8Array([0x82, 0x05, ...varint(inner.length), ...inner]);
        }
        return inner;
      };
      expect(() => p2.decode(nest(100))).not.toThrow();
      expect(decodeError(() => p2.decode(nest(101))).code).toBe("RECURSION_LIMIT");
      expect(decodeError(() => p2.decode(nest(11), { recursionLimit: 10 })).code).toBe(
        "RECURSION_LIMIT",
      );
      expect(() => p2.decode(nest(10), { recursionLimit: 10 })).not.toThrow();
    });

    it("deeply nested unknown groups hit the limit too", () => {
      const deep = new Uint8Array([
        ...Array(200).fill([0xfb, 0x3f]).flat(),
        ...Array(200).fill([0xfc, 0x3f]).flat(),
      ]);
      expect(decodeError(() => p2.decode(deep)).code).toBe("RECURSION_LIMIT");
    });

    it("maxMessageSize rejects larger inputs before reading them", () => {
      const e = decodeError(() => p2.decode(fromHex("0801 0801"), { maxMessageSize: 3 }));
      expect(e.code).toBe("MESSAGE_TOO_LARGE");
      expect(p2.decode(fromHex("0801"), { maxMessageSize: 2 }).fInt32).toBe(1);
    });

    it("field number 0 and wire types 6 and 7 are rejected", () => {
      expect(decodeError(() => p2.decode(fromHex("0001"))).code).toBe("INVALID_FIELD_NUMBER");
      expect(decodeError(() => p2.decode(fromHex("0e01"))).code).toBe("INVALID_WIRE_TYPE");
    });
  });

  describe("message model", () => {
    it("create() and decode() give every field in one order", () => {
      const created = p2.create();
      const decoded = p2.decode(fromHex("0801 c204 00"));
      expect(Object.keys(decoded)).toEqual(Object.keys(created));
      expect(created.fInt32).toBeUndefined();
      expect(created.rInt32).toEqual([]);
      expect(created.mInt64).toEqual(new Map());
      expect(created.choice).toEqual({ case: undefined });
      expect(p3.create().fInt64).toBe(0n);
      expect(p3.create().fBytes).toEqual(new Uint8Array(0));
      expect(p3.create().oInt32).toBeUndefined();
    });

    it("create(init) builds nested messages through their codecs", () => {
      const m = p3.create({
        fLeaf: { a: 2 },
        rLeaf: [{ s: "x" }],
        choice: { case: "cLeaf", value: {} },
      });
      expect(m.fLeaf).toEqual({ a: 2, s: "" });
      expect(m.rLeaf).toEqual([{ a: 0, s: "x" }]);
      expect(m.choice).toEqual({ case: "cLeaf", value: { a: 0, s: "" } });
    });
  });
});

describe("encode errors", () => {
  const schema = loadTestSchema(["codec3.proto"]);
  const p3 = schema.codec("codectest.p3.All");

  it("a value of the wrong JS type is an EncodeError INVALID_VALUE, not a TypeError", () => {
    const m = p3.create();
    (m as Record<string, unknown>).fInt32 = 5n;
    expect(() => p3.encode(m)).toThrow(EncodeError);
    try {
      p3.encode(m);
    } catch (e) {
      expect((e as EncodeError).code).toBe("INVALID_VALUE");
    }
  });

  it("a cyclic message is an EncodeError RECURSION_LIMIT, not a stack overflow", () => {
    const m = p3.create();
    m.recursive = m;
    expect(() => p3.encode(m)).toThrow(/RECURSION_LIMIT/);
  });
});

describe("arguments", () => {
  it("decode of something other than a Uint8Array is an error, not an empty message", () => {
    const p3 = loadTestSchema(["codec3.proto"]).codec("codectest.p3.All");
    expect(() => p3.decode(new ArrayBuffer(2) as never)).toThrow(/Uint8Array/);
    expect(p3.decode(Buffer.from([8, 1])).fInt32).toBe(1);
  });
});
