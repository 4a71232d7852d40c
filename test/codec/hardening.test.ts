/**
 * The security review's codec findings (C1-C6), each as a test that failed before the fix:
 * encode and create reject values of the wrong JS type or range instead of coercing them, nest
 * no deeper than the recursion limit, keep error messages and decoded memory proportional.
 * Expected bytes come from `protoc --encode=M s.proto` (protoc 3.21) on the text shown.
 */
import { describe, expect, it } from "vitest";
import { loadSchemaSync } from "../../src/index.js";
import { DecodeError, EncodeError } from "../../src/wire/errors.js";
import { Writer } from "../../src/wire/writer.js";
import { thrown } from "../helpers/thrown.js";
import { fromHex, hex } from "./schema-helper.js";

const PROTO3 = `syntax = "proto3";
enum E { Z = 0; A = 1; }
message M {
  int32 i32 = 1; uint32 u32 = 2; E e = 3; fixed32 f32 = 4; int64 i64 = 6; bytes b = 7;
  string s = 8; bool bo = 9; optional bool obo = 10; repeated int32 ri = 11;
  map<string, int32> ms = 12; map<int32, string> mi = 13; M child = 14; repeated bytes rb = 16;
  float fl = 17; uint64 u64 = 18; repeated double rd = 19; repeated sint32 rs = 20;
  repeated fixed32 rf = 21; repeated M children = 22; map<string, M> mm = 23;
  oneof o { int32 oi = 24; string os = 25; }
}`;

const PROTO2 = `syntax = "proto2";
message R { required int32 x = 1; optional R child = 2; repeated R items = 3; }`;

const schema = loadSchemaSync({ sources: { "s.proto": PROTO3, "r.proto": PROTO2 } });
const M = schema.messageType("M");
const R = schema.messageType("R");

type Any = Record<string, unknown>;

function encodeError(fn: () => unknown, code: string): EncodeError {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(EncodeError);
  expect((e as EncodeError).code).toBe(code);
  return e as EncodeError;
}

describe("C1: encode and create reject values of the wrong type or range", () => {
  // [field values, path in the message]: each was written as something else before.
  const invalid: [string, Any, string][] = [
    ["int32 2^40 (was 0800)", { i32: 2 ** 40 }, "M.i32: 1099511627776 is out of range for int32"],
    ["int32 2^31 (was -2^31)", { i32: 2 ** 31 }, "M.i32: 2147483648 is out of range for int32"],
    ["int32 -2^31 - 1", { i32: -(2 ** 31) - 1 }, "M.i32: -2147483649 is out of range"],
    ["int32 1.5 (was 1)", { i32: 1.5 }, "M.i32: 1.5 is not an integer"],
    ["int32 NaN (was 0)", { i32: Number.NaN }, "M.i32: NaN"],
    ["int32 Infinity", { i32: Number.POSITIVE_INFINITY }, "M.i32"],
    ["int32 '7' (was 7)", { i32: "7" }, 'M.i32: "7" is not a valid int32'],
    ["int32 7n", { i32: 7n }, "M.i32: 7n is not a valid int32"],
    ["uint32 -1 (was 2^32-1)", { u32: -1 }, "M.u32: -1 is out of range for uint32"],
    ["uint32 2^32 (was 0)", { u32: 2 ** 32 }, "M.u32: 4294967296 is out of range for uint32"],
    ["fixed32 2^33 (was 0)", { f32: 2 ** 33 }, "M.f32: 8589934592 is out of range for uint32"],
    ["enum 'A' (was 0)", { e: "A" }, 'M.e: "A" is not a valid enum'],
    ["enum 1.5 (was 1)", { e: 1.5 }, "M.e: 1.5 is not an integer (enum)"],
    ["string 42 (was '')", { s: 42 }, "M.s: 42 is not a valid string"],
    ["bytes 'abc' (was 000000)", { b: "abc" }, "M.b"],
    ["bytes ArrayBuffer (was empty)", { b: new ArrayBuffer(4) }, "M.b"],
    ["bytes [256, -1] (was 00ff)", { b: [256, -1] }, "M.b"],
    ["bool 1 (was nothing)", { bo: 1 }, "M.bo: 1 is not a valid bool"],
    ["optional bool 'false' (was true)", { obo: "false" }, 'M.obo: "false" is not a valid bool'],
    ["repeated 'abc' (was [0,0,0])", { ri: "abc" }, 'M.ri: "abc" is not a valid array'],
    ["repeated int32 element 2^31", { ri: [1, 2 ** 31] }, "M.ri[1]: 2147483648 is out of range"],
    ["repeated sint32 element 0.5", { rs: [0.5] }, "M.rs[0]: 0.5 is not an integer"],
    ["repeated fixed32 element -1", { rf: [-1] }, "M.rf[0]: -1 is out of range for uint32"],
    ["repeated double element '1'", { rd: ["1"] }, 'M.rd[0]: "1" is not a valid double'],
    ["string-keyed map, number key (was '')", { ms: new Map([[5, 1]]) }, "M.ms[5]: 5 is not"],
    ["string-keyed map, string value", { ms: new Map([["k", "1"]]) }, 'M.ms["k"]: "1" is not'],
    ["int32-keyed map from a plain object (was key 0)", { mi: { y: "z" } }, "M.mi"],
    [
      "int32-keyed map, key 2^31",
      { mi: new Map([[2 ** 31, "z"]]) },
      "M.mi[2147483648]: 2147483648",
    ],
    ["int64 '' (was nothing)", { i64: "" }, 'M.i64: "" is not a decimal integer'],
    ["int64 1.5", { i64: 1.5 }, "M.i64: 1.5 is not a safe integer"],
    ["int64 2^63 as bigint", { i64: 2n ** 63n }, "M.i64: 9223372036854775808 is out of range"],
    ["uint64 -1n", { u64: -1n }, "M.u64"],
    ["float '1'", { fl: "1" }, 'M.fl: "1" is not a valid float'],
    ["message 5", { child: 5 }, "M.child: 5 is not a valid message"],
    ["nested int32", { child: { child: { i32: 0.5 } } }, "M.child.child.i32: 0.5"],
    [
      "repeated message element 1",
      { children: [{}, 1] },
      "M.children[1]: 1 is not a valid message",
    ],
    ["oneof int32 2^40", { o: { case: "oi", value: 2 ** 40 } }, "M.oi: 1099511627776"],
    ["oneof string 1", { o: { case: "os", value: 1 } }, "M.os: 1 is not a valid string"],
    ["$unknown of strings (was 000000)", { $unknown: ["abc"] }, "M.$unknown"],
    ["$unknown not an array", { $unknown: "abc" }, "M.$unknown"],
  ];

  it.each(invalid)("%s: create throws INVALID_VALUE", (_, value, message) => {
    const e = encodeError(() => M.create(value), "INVALID_VALUE");
    expect(e.message).toContain(message);
  });

  it.each(invalid)("%s: encode throws INVALID_VALUE", (_, value, message) => {
    const e = encodeError(() => M.encode(value), "INVALID_VALUE");
    expect(e.message).toContain(message);
  });

  it("map values of message type: a non-object value is INVALID_VALUE", () => {
    expect(
      encodeError(() => M.encode({ mm: new Map([["k", 7]]) }), "INVALID_VALUE").message,
    ).toContain('M.mm["k"]: 7 is not a valid message');
  });

  it("encode and create reject a non-object message", () => {
    encodeError(() => M.encode(7 as unknown as Any), "INVALID_VALUE");
    encodeError(() => M.encode(null as unknown as Any), "INVALID_VALUE");
    encodeError(() => M.create("abc" as unknown as Any), "INVALID_VALUE");
  });

  // [field values, protoc's bytes for the same message]
  const accepted: [string, Any, string][] = [
    ["int32 2^31-1", { i32: 2 ** 31 - 1 }, "08ffffffff07"],
    ["int32 -2^31", { i32: -(2 ** 31) }, "0880808080f8ffffffff01"],
    ["uint32 2^32-1", { u32: 2 ** 32 - 1 }, "10ffffffff0f"],
    ["fixed32 2^32-1", { f32: 2 ** 32 - 1 }, "25ffffffff"],
    ["int64 MAX_SAFE_INTEGER (number)", { i64: Number.MAX_SAFE_INTEGER }, "30ffffffffffffff0f"],
    ["int64 -2^63 (decimal string)", { i64: "-9223372036854775808" }, "3080808080808080808001"],
    ["uint64 2^64-1 (bigint)", { u64: 2n ** 64n - 1n }, "9001ffffffffffffffffff01"],
    ["enum 1", { e: 1 }, "1801"],
    ["optional bool false", { obo: false }, "5000"],
    [
      "repeated int32 extremes",
      { ri: [2 ** 31 - 1, -(2 ** 31)] },
      "5a0fffffffff0780808080f8ffffffff01",
    ],
    ["string-keyed map from a plain object", { ms: { k: 1 } }, "62050a016b1001"],
    ["string-keyed map from a Map", { ms: new Map([["k", 1]]) }, "62050a016b1001"],
    ["int32-keyed map from a Map", { mi: new Map([[5, "z"]]) }, "6a05080512017a"],
    ["float at FLT_MAX", { fl: 3.4028234663852886e38 }, "8d01ffff7f7f"],
    // A finite double beyond float range becomes +Infinity, as C++'s static_cast<float> does.
    ["float 1e39 (-> inf)", { fl: 1e39 }, "8d010000807f"],
    ["bytes Uint8Array", { b: new Uint8Array([0, 255]) }, "3a0200ff"],
    ["repeated empty bytes", { rb: [new Uint8Array(0), new Uint8Array(0)] }, "820100820100"],
    ["submessage", { child: { i32: 1 } }, "72020801"],
    ["zero values", { u32: 0, i32: 0, bo: false, s: "", i64: 0n }, ""],
    ["int64 zero as number and string", { i64: "0" }, ""],
  ];

  it.each(accepted)("%s encodes as protoc does", (_, value, expected) => {
    expect(hex(M.encode(M.create(value)))).toBe(expected);
    expect(hex(M.encode(value))).toBe(expected);
  });

  it("null leaves a field unset in create and encode alike", () => {
    const value = { i32: null, s: null, ri: null, ms: null, child: null, bo: null };
    expect(hex(M.encode(M.create(value as unknown as Any)))).toBe("");
    expect(hex(M.encode(value))).toBe("");
    expect(M.create(value as unknown as Any)).toEqual(M.create());
  });

  it("a Node Buffer is a Uint8Array and is accepted for bytes", () => {
    expect(hex(M.encode({ b: Buffer.from([0, 255]) }))).toBe("3a0200ff");
  });
});

describe("C7: encode runs user code (getters), and a nested encode does not corrupt it", () => {
  it("a getter that encodes another message mid-encode", () => {
    const m = {
      i32: 1,
      get s(): string {
        expect(hex(M.encode({ i32: 5, s: "in" }))).toBe("08054202696e");
        return "x";
      },
    };
    // protoc --encode: i32: 1 s: "x" -> 0801 420178
    expect(hex(M.encode(m))).toBe("0801420178");
  });

  it("an error thrown by a getter surfaces as INVALID_VALUE naming the field", () => {
    const m = {
      get s(): string {
        throw new TypeError("boom");
      },
    };
    expect(encodeError(() => M.encode(m), "INVALID_VALUE").message).toContain("M.s: boom");
  });
});

describe("C2: create() is depth-limited", () => {
  it("a cyclic init object fails with RECURSION_LIMIT, not a stack overflow", () => {
    const x: Any = {};
    x.child = x;
    encodeError(() => M.create(x), "RECURSION_LIMIT");
  });

  it("100,000 levels of JSON fail with RECURSION_LIMIT", () => {
    const deep = JSON.parse(`${'{"child":'.repeat(1e5)}{}${"}".repeat(1e5)}`) as Any;
    encodeError(() => M.create(deep), "RECURSION_LIMIT");
  });

  it("100 levels are accepted, as by encode and decode", () => {
    let x: Any = {};
    for (let i = 0; i < 100; i++) x = { child: x };
    const m = M.create(x);
    expect(M.decode(M.encode(m))).toEqual(m);
  });

  it("cycles through repeated and map values are caught too", () => {
    const x: Any = { children: [] };
    (x.children as Any[]).push(x);
    encodeError(() => M.create(x), "RECURSION_LIMIT");
    const y: Any = {};
    y.mm = { k: y };
    encodeError(() => M.create(y), "RECURSION_LIMIT");
  });
});

describe("C3: array-likes never size an allocation", () => {
  it("bytes {length: 3e8} is INVALID_VALUE in create and encode", () => {
    const value = JSON.parse('{"b":{"length":3e8}}') as Any;
    encodeError(() => M.create(value), "INVALID_VALUE");
    encodeError(() => M.encode(value), "INVALID_VALUE");
  });

  it("$unknown [{length: 3e8}] and repeated {length: 3e8} are INVALID_VALUE", () => {
    const unknown = JSON.parse('{"$unknown":[{"length":3e8}]}') as Any;
    encodeError(() => M.create(unknown), "INVALID_VALUE");
    encodeError(() => M.encode(unknown), "INVALID_VALUE");
    const list = JSON.parse('{"ri":{"length":3e8},"rb":{"length":3e8}}') as Any;
    encodeError(() => M.create(list), "INVALID_VALUE");
    encodeError(() => M.encode(list), "INVALID_VALUE");
  });
});

describe("C3 at the wire layer: Writer.bytes and Writer.raw take Uint8Arrays only", () => {
  const bad: [string, unknown][] = [
    ["an array-like of length 3e8", { length: 3e8 }],
    ["an array", [1, 2]],
    ["a string", "abc"],
    ["an ArrayBuffer", new ArrayBuffer(4)],
    ["null", null],
  ];
  it.each(bad)("%s is EncodeError INVALID_VALUE", (_, v) => {
    encodeError(() => new Writer().bytes(v as Uint8Array), "INVALID_VALUE");
    encodeError(() => new Writer().raw(v as Uint8Array), "INVALID_VALUE");
  });
});

describe("C4: the required-field walk is depth-limited", () => {
  it("a cyclic proto2 message fails with RECURSION_LIMIT in encode and missingFields", () => {
    const m: Any = { x: 1 };
    m.child = m;
    encodeError(() => R.encode(m), "RECURSION_LIMIT");
    encodeError(() => R.missingFields(m), "RECURSION_LIMIT");
    const n: Any = { x: 1, items: [] };
    (n.items as Any[]).push(n);
    encodeError(() => R.encode(n), "RECURSION_LIMIT");
  });

  it("still reports missing fields of legitimate nesting", () => {
    expect(R.missingFields({ child: { x: 1, items: [{}] } })).toEqual(["x", "child.items[0].x"]);
  });
});

describe("C5: MISSING_REQUIRED messages stay short", () => {
  it("a million missing fields give a message under 2,000 characters", () => {
    const n = 1_000_000;
    const bytes = new Uint8Array(2 + 2 * n);
    bytes.set([0x08, 0x01]);
    for (let i = 0; i < n; i++) bytes.set([0x1a, 0x00], 2 + 2 * i);
    const e = thrown(() => R.decode(bytes));
    expect(e).toBeInstanceOf(DecodeError);
    expect((e as DecodeError).code).toBe("MISSING_REQUIRED");
    expect((e as DecodeError).message.length).toBeLessThan(2000);
    expect((e as DecodeError).message).toContain("items[19].x and 999980 more");
    // The whole list stays available.
    expect(R.missingFields(R.decode(bytes, { allowPartial: true }))).toHaveLength(n);
  });

  it("encode lists at most 20 paths too", () => {
    const items = Array.from({ length: 50 }, () => ({}));
    const e = encodeError(() => R.encode({ x: 1, items }), "MISSING_REQUIRED");
    expect(e.message).toContain("items[19].x and 30 more");
    expect(e.message).not.toContain("items[20]");
  });
});

describe("C6: decoded memory stays proportional to the input", () => {
  it("4 MB of 2-byte unknown fields are kept as one byte-exact chunk", () => {
    const n = 2 * 1024 * 1024;
    const bytes = new Uint8Array(2 * n);
    for (let i = 0; i < n; i++) bytes[2 * i] = 0x78; // field 15, varint 0
    const m = M.decode(bytes);
    const unknown = m.$unknown ?? [];
    expect(unknown.reduce((s, c) => s + c.length, 0)).toBeLessThanOrEqual(bytes.length);
    expect(unknown).toHaveLength(1);
    // Buffer.equals: vitest's toEqual walks 4 MB element by element for seconds.
    expect(Buffer.from(M.encode(m)).equals(bytes)).toBe(true);
  });

  it("a message's unknown fields become one chunk, stable over a round trip", () => {
    // 78 00 (field 15), 80 02 00 (field 32), then i32 = 1, then 78 01
    const m = M.decode(fromHex("7800 800200 0801 7801"));
    expect(m.$unknown?.map(hex)).toEqual(["78008002007801"]);
    const again = M.encode(m);
    expect(hex(again)).toBe("0801" + "78008002007801");
    expect(M.decode(again)).toStrictEqual(m);
  });

  it("4 MB of unknown fields alternating with known ones are one chunk too", () => {
    const n = 1024 * 1024;
    const bytes = new Uint8Array(4 * n);
    for (let i = 0; i < n; i++) bytes.set([0x08, 0x01, 0x78, 0x00], 4 * i); // i32 = 1, field 15
    const unknown = M.decode(bytes).$unknown ?? [];
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.length).toBe(2 * n);
  });

  it("empty bytes values share one frozen empty array", () => {
    const n = 100_000;
    const bytes = new Uint8Array(3 * n);
    for (let i = 0; i < n; i++) bytes.set([0x82, 0x01, 0x00], 3 * i);
    const rb = M.decode(bytes).rb as Uint8Array[];
    expect(rb).toHaveLength(n);
    expect(new Set(rb).size).toBe(1);
    expect(rb[0]!.length).toBe(0);
    expect(Object.isFrozen(rb[0])).toBe(true);
    expect(Buffer.from(M.encode(M.decode(bytes))).equals(bytes)).toBe(true);
  });

  it("a non-empty bytes value is still its own copy", () => {
    const bytes = fromHex("3a0200ff");
    const m = M.decode(bytes);
    expect(hex(m.b as Uint8Array)).toBe("00ff");
    bytes[2] = 7;
    expect(hex(m.b as Uint8Array)).toBe("00ff");
  });
});
