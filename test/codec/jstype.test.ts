/**
 * `[jstype = JS_STRING]` and `[jstype = JS_NUMBER]` on 64-bit integer fields (int64, uint64,
 * sint64, fixed64, sfixed64): decimal strings and numbers instead of bigints. Golden bytes come
 * from protoc (`protoc --encode`, fixtures jstype2.proto / jstype3.proto) or are written by hand
 * from the encoding spec (annotated below); @bufbuild/protobuf, which honours JS_STRING (its v2
 * reads JS_NUMBER fields as bigints), cross-checks values and writes the property tests' bytes.
 */
import {
  create as esCreate,
  fromBinary as esFromBinary,
  toBinary as esToBinary,
} from "@bufbuild/protobuf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getExtension, setExtension } from "../../src/codec/index.js";
import { SchemaError } from "../../src/schema/errors.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { DecodeError, EncodeError, ProtowireError } from "../../src/wire/errors.js";
import { thrown as codeOf } from "../helpers/thrown.js";
import { fromHex, hex, loadTestSchema, protocEncode } from "./schema-helper.js";

const VIAS = ["protowire", "bufbuild"] as const;
const JS = "codectest.js2.Js";
const JS3 = "codectest.js3.Js3";
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Every JS form, type and label of Js, extensions included, at the ends of their ranges. */
const FULL = `
  s_int64: -9223372036854775808 s_uint64: 18446744073709551615 s_sint64: -9223372036854775808
  s_fixed64: 18446744073709551615 s_sfixed64: -1
  n_int64: -9007199254740991 n_uint64: 9007199254740991 n_sint64: -9007199254740991
  n_fixed64: 9007199254740991 n_sfixed64: -9007199254740991
  b_unset: 5 b_normal: -5
  rs_unpacked: [0, -1, 9223372036854775807] rs_packed: [-9223372036854775808, 1]
  rs_fixed_packed: [0, 18446744073709551615]
  rn_unpacked: [0, 9007199254740991] rn_packed: [-1, 300] rn_fixed_packed: [-9007199254740991, 7]
  o_number: -42
  d_string: 1
  m { key: -1 value: 18446744073709551615 }
  child { s_int64: 12 n_sint64: 9007199254740991 }
  [codectest.js2.ext_string]: -5 [codectest.js2.ext_numbers]: [1, -2]
  [codectest.js2.ext_number]: 9007199254740991
`;

/** FULL as protowire's model, extensions (kept in $unknown) aside. */
const FULL_MODEL = {
  sInt64: "-9223372036854775808",
  sUint64: "18446744073709551615",
  sSint64: "-9223372036854775808",
  sFixed64: "18446744073709551615",
  sSfixed64: "-1",
  nInt64: -MAX_SAFE,
  nUint64: MAX_SAFE,
  nSint64: -MAX_SAFE,
  nFixed64: MAX_SAFE,
  nSfixed64: -MAX_SAFE,
  bUnset: 5n,
  bNormal: -5n,
  rsUnpacked: ["0", "-1", "9223372036854775807"],
  rsPacked: ["-9223372036854775808", "1"],
  rsFixedPacked: ["0", "18446744073709551615"],
  rnUnpacked: [0, MAX_SAFE],
  rnPacked: [-1, 300],
  rnFixedPacked: [-MAX_SAFE, 7],
  pick: { case: "oNumber", value: -42 },
  dString: "1",
  m: new Map([[-1n, 18446744073709551615n]]),
};

describe.each(VIAS)("codecs from %s descriptors", (via) => {
  const schema = loadTestSchema(["jstype2.proto", "jstype3.proto"], "protoc", via);
  const Js = schema.codec(JS);
  const Js3 = schema.codec(JS3);
  const extString = schema.extension("codectest.js2.ext_string");
  const extNumbers = schema.extension("codectest.js2.ext_numbers");
  const extNumber = schema.extension("codectest.js2.ext_number");

  describe("golden bytes from protoc", () => {
    const golden = protocEncode("jstype2.proto", JS, FULL);

    it("decode gives decimal strings (JS_STRING), numbers (JS_NUMBER), bigints otherwise", () => {
      const m = Js.decode(golden);
      expect(m).toMatchObject(FULL_MODEL);
      expect(m.child).toMatchObject({ sInt64: "12", nSint64: MAX_SAFE, sUint64: undefined });
      // Unset explicit-presence fields stay undefined, whatever their form.
      expect(m.sInt64).not.toBeUndefined();
      expect(Js.decode(new Uint8Array(0)).nInt64).toBeUndefined();
    });

    it("extensions take their field's form", () => {
      const m = Js.decode(golden);
      expect(getExtension(m, extString)).toBe("-5");
      expect(getExtension(m, extNumbers)).toEqual([1, -2]);
      expect(getExtension(m, extNumber)).toBe(MAX_SAFE);
    });

    it("decode then encode gives protoc's bytes", () => {
      expect(hex(Js.encode(Js.decode(golden)))).toBe(hex(golden));
    });

    it("create from bigints, numbers and strings stores each field's form and encodes to protoc's bytes", () => {
      const made = Js.create({
        sInt64: -9223372036854775808n,
        sUint64: "18446744073709551615",
        sSint64: "-0009223372036854775808", // leading zeros: stored canonical
        sFixed64: 18446744073709551615n,
        sSfixed64: -1,
        nInt64: -9007199254740991n, // a bigint in the safe range becomes a number
        nUint64: MAX_SAFE,
        nSint64: -MAX_SAFE,
        nFixed64: 9007199254740991n,
        nSfixed64: -MAX_SAFE,
        bUnset: 5,
        bNormal: -5n,
        rsUnpacked: [0, "-1", 9223372036854775807n],
        rsPacked: ["-9223372036854775808", 1n],
        rsFixedPacked: [0n, "18446744073709551615"],
        rnUnpacked: [0, 9007199254740991n],
        rnPacked: [-1, 300],
        rnFixedPacked: [-MAX_SAFE, 7n],
        pick: { case: "oNumber", value: -42n },
        dString: 1,
        m: new Map([[-1n, 18446744073709551615n]]),
        child: { sInt64: 12n, nSint64: MAX_SAFE },
      });
      expect(made).toMatchObject({ ...FULL_MODEL, bUnset: 5 }); // JS_NORMAL keeps what it is given
      expect(made.child).toMatchObject({ sInt64: "12", nSint64: MAX_SAFE });
      setExtension(made, extString, -5n);
      setExtension(made, extNumbers, [1n, -2]);
      setExtension(made, extNumber, MAX_SAFE);
      expect(getExtension(made, extString)).toBe("-5");
      expect(getExtension(made, extNumbers)).toEqual([1, -2]);
      expect(hex(Js.encode(made))).toBe(hex(golden));
    });

    it("encode takes the other accepted inputs as they are (no create)", () => {
      const bytes = Js.encode({
        sInt64: "-9223372036854775808",
        nInt64: -9007199254740991n,
        rsPacked: [-9223372036854775808n, "1"],
        rnPacked: [-1n, 300],
        pick: { case: "oNumber", value: -42n },
      });
      const text =
        "s_int64: -9223372036854775808 n_int64: -9007199254740991 rs_packed: [-9223372036854775808, 1] rn_packed: [-1, 300] o_number: -42";
      expect(hex(bytes)).toBe(hex(protocEncode("jstype2.proto", JS, text)));
    });

    it("decimal strings of any length encode as protoc writes their values", () => {
      // Up to 15 digits go to the Writer as numbers, longer ones as strings (jstype.ts short64).
      const cases: [string, string][] = [
        ["007", "7"],
        ["-0", "0"],
        ["999999999999999", "999999999999999"],
        ["-999999999999999", "-999999999999999"],
        ["1000000000000000", "1000000000000000"],
        ["-1000000000000000", "-1000000000000000"],
        ["0000000000000000000000001", "1"],
      ];
      for (const [input, value] of cases) {
        const unsigned = !value.startsWith("-");
        const u = unsigned ? input : undefined;
        const made = { sInt64: input, sSint64: input, sSfixed64: input, sUint64: u, sFixed64: u };
        const text = `s_int64: ${value} s_sint64: ${value} s_sfixed64: ${value}${unsigned ? ` s_uint64: ${value} s_fixed64: ${value}` : ""}`;
        expect(hex(Js.encode(made))).toBe(hex(protocEncode("jstype2.proto", JS, text)));
        expect(
          hex(Js.encode({ rsPacked: [input], rsFixedPacked: u === undefined ? [] : [u] })),
        ).toBe(
          hex(
            protocEncode(
              "jstype2.proto",
              JS,
              `rs_packed: [${value}]${unsigned ? ` rs_fixed_packed: [${value}]` : ""}`,
            ),
          ),
        );
      }
    });

    it("@bufbuild/protobuf reads the same bytes to the same values", () => {
      const desc = schema.registry.getMessage(JS)!;
      const es = esFromBinary(desc, golden) as unknown as Record<string, unknown>;
      const ours = Js.decode(golden);
      for (const k of ["sInt64", "sUint64", "sSint64", "sFixed64", "sSfixed64", "dString"]) {
        expect(typeof es[k]).toBe("string");
        expect(ours[k]).toBe(es[k]);
      }
      for (const k of ["rsUnpacked", "rsPacked", "rsFixedPacked"]) expect(ours[k]).toEqual(es[k]);
      // @bufbuild/protobuf v2 reads JS_NUMBER as bigint: the same value.
      for (const k of ["nInt64", "nUint64", "nSint64", "nFixed64", "nSfixed64"]) {
        expect(BigInt(ours[k] as number)).toBe(es[k]);
      }
      for (const k of ["rnUnpacked", "rnPacked", "rnFixedPacked"]) {
        expect((ours[k] as number[]).map(BigInt)).toEqual(es[k]);
      }
    });
  });

  describe("repeated fields", () => {
    it("a packed field reads unpacked input and an unpacked one packed input", () => {
      // rs (3, sint64, JS_STRING, packed by proto3) unpacked: tag 0x18, ZigZag -1 = 01, 1 = 02.
      // rn_unpacked (5, int64, JS_NUMBER) packed: tag 0x2a, length 11: 1 = 01, and -1 as a
      // 10-byte varint ff ff ff ff ff ff ff ff ff 01.
      const m = Js3.decode(fromHex("1801 1802 2a0b 01 ffffffffffffffffff01"));
      expect(m.rs).toEqual(["-1", "1"]);
      expect(m.rnUnpacked).toEqual([1, -1]);
    });

    it("proto3 lists encode packed or unpacked as declared, as protoc does", () => {
      const text =
        "rs: [-1, 1, -9223372036854775808] rn: [0, 9007199254740991] rn_unpacked: [-1, 2]";
      const golden = protocEncode("jstype3.proto", JS3, text);
      const m = Js3.decode(golden);
      expect(m.rs).toEqual(["-1", "1", "-9223372036854775808"]);
      expect(m.rn).toEqual([0, MAX_SAFE]);
      expect(m.rnUnpacked).toEqual([-1, 2]);
      expect(hex(Js3.encode(m))).toBe(hex(golden));
      const made = Js3.create({
        rs: [-1n, "1", "-9223372036854775808"],
        rn: [0n, MAX_SAFE],
        rnUnpacked: [-1, 2n],
      });
      expect(made).toMatchObject({ rs: m.rs, rn: m.rn, rnUnpacked: m.rnUnpacked });
      expect(hex(Js3.encode(made))).toBe(hex(golden));
    });
  });

  describe("zero values and defaults", () => {
    it('create() gives "0" (JS_STRING) and 0 (JS_NUMBER) for implicit presence', () => {
      expect(Js3.create()).toEqual({
        s: "0",
        n: 0,
        rs: [],
        rn: [],
        rnUnpacked: [],
        optS: undefined,
        sf: "0",
        sn: 0,
      });
      expect(Js3.decode(new Uint8Array(0))).toEqual(Js3.create());
    });

    it("implicit presence: every zero form is omitted, as protoc omits zero", () => {
      for (const s of ["0", "-0", "000", 0, -0, 0n]) expect(Js3.encode({ s }).length).toBe(0);
      for (const n of [0, -0, 0n]) expect(Js3.encode({ n }).length).toBe(0);
      expect(Js3.encode({ sf: "0", sn: 0 }).length).toBe(0);
      expect(hex(Js3.encode({ s: "10", n: 10 }))).toBe(
        hex(protocEncode("jstype3.proto", JS3, "s: 10 n: 10")),
      );
    });

    it("explicit presence: a zero is written", () => {
      const golden = protocEncode("jstype3.proto", JS3, "opt_s: 0");
      expect(hex(golden)).toBe("3000");
      expect(hex(Js3.encode({ optS: "0" }))).toBe("3000");
      expect(Js3.decode(golden).optS).toBe("0");
    });

    it("getField: proto2 defaults and zero values in the field's form", () => {
      const empty = Js.create();
      expect(Js.getField(empty, "sInt64")).toBe("0");
      expect(Js.getField(empty, "sUint64")).toBe("0");
      expect(Js.getField(empty, "nUint64")).toBe(0);
      expect(Js.getField(empty, "bUnset")).toBe(0n);
      expect(Js.getField(empty, "dString")).toBe("-9223372036854775808");
      expect(Js.getField(empty, "dStringMax")).toBe("18446744073709551615");
      expect(Js.getField(empty, "dNumber")).toBe(-MAX_SAFE);
      expect(Js.getField(Js.create({ dNumber: 3 }), "dNumber")).toBe(3);
    });

    it("getField: a JS_NUMBER default beyond 2^53 - 1 is an error, not rounded", () => {
      const e = codeOf(() => Js.getField(Js.create(), "dNumberBig"));
      expect(e).toBeInstanceOf(ProtowireError);
      expect((e as ProtowireError).code).toBe("INVALID_VALUE");
      expect(String(e)).toMatch(
        /d_number_big: default 9007199254740992 is outside the safe integer range/,
      );
    });
  });

  describe("JS_NUMBER: a value beyond ±(2^53 - 1) is a DecodeError, never rounded", () => {
    // Hand-written: tag, then the value. 2^53 as a varint is 80 80 80 80 80 80 80 10 (bit 53 in
    // the eighth group); -2^53 as an int64 varint is 80 x7, f0 ff 01 (ten bytes); ZigZag(2^53)
    // = 2^54 is 80 x7, 20; ZigZag(-2^53) = 2^54 - 1 is ff x7, 1f; fixed64 2^53 is
    // 00 00 00 00 00 00 20 00 (little-endian).
    const cases: [string, string, number, string, string][] = [
      ["int64 2^53", "30 8080808080808010", 1, "Js.nInt64", "9007199254740992"],
      ["int64 -2^53", "30 80808080808080f0ff01", 1, "Js.nInt64", "-9007199254740992"],
      ["uint64 2^64 - 1", "38 ffffffffffffffffff01", 1, "Js.nUint64", "18446744073709551615"],
      ["sint64 2^53", "40 8080808080808020", 1, "Js.nSint64", "9007199254740992"],
      ["sint64 -2^53", "40 ffffffffffffff1f", 1, "Js.nSint64", "-9007199254740992"],
      ["fixed64 2^53", "49 0000000000002000", 1, "Js.nFixed64", "9007199254740992"],
      ["sfixed64 -2^53", "51 000000000000e0ff", 1, "Js.nSfixed64", "-9007199254740992"],
      // rn_packed (24): tag c2 01, length 9, values 1 and 2^53: the second fails, at byte 4.
      ["a packed element", "c201 09 01 8080808080808010", 4, "Js.rnPacked[1]", "9007199254740992"],
      // rn_unpacked (23): tag b8 01 twice; the second value, at byte 5, fails.
      [
        "an unpacked element",
        "b801 05 b801 8080808080808010",
        5,
        "Js.rnUnpacked[1]",
        "9007199254740992",
      ],
      ["a oneof member", "f801 8080808080808020", 2, "Js.oNumber", "9007199254740992"],
      // child (51): tag 9a 03, length 9, then n_int64 = 2^53.
      [
        "a submessage field",
        "9a03 09 30 8080808080808010",
        4,
        "Js.child.nInt64",
        "9007199254740992",
      ],
    ];
    it.each(cases)("%s", (_name, bytes, offset, path, value) => {
      const e = codeOf(() => Js.decode(fromHex(bytes)));
      expect(e).toBeInstanceOf(DecodeError);
      const d = e as DecodeError;
      expect(d.code).toBe("INVALID_VALUE");
      expect(d.offset).toBe(offset);
      expect(d.path).toBe(path);
      expect(d.message).toContain(
        `${value} is outside the safe integer range of a JS_NUMBER field`,
      );
    });

    it("2^53 - 1 and -(2^53 - 1) decode", () => {
      // 2^53 - 1 = 53 one bits: ff x7, 0f; as sint64, ZigZag(-(2^53 - 1)) = 2^54 - 3: fd, ff x6, 1f.
      const m = Js.decode(fromHex("30 ffffffffffffff0f 40 fdffffffffffff1f"));
      expect(m.nInt64).toBe(MAX_SAFE);
      expect(m.nSint64).toBe(-MAX_SAFE);
    });

    it("an extension: getExtension throws (decode keeps its bytes)", () => {
      // ext_number (102, uint64): tag b0 06, then 2^53.
      const m = Js.decode(fromHex("b006 8080808080808010"));
      const e = codeOf(() => getExtension(m, extNumber));
      expect(e).toBeInstanceOf(DecodeError);
      expect((e as DecodeError).code).toBe("INVALID_VALUE");
      expect((e as DecodeError).offset).toBe(2);
      // The extension's one-field holder message names its field `value`, on encode too.
      expect((e as DecodeError).path).toBe("ext_number.value");
    });
  });

  describe("invalid values are EncodeError INVALID_VALUE with the field path", () => {
    function invalid(fn: () => unknown, message: RegExp): void {
      const e = codeOf(fn);
      expect(e).toBeInstanceOf(EncodeError);
      expect((e as EncodeError).code).toBe("INVALID_VALUE");
      expect((e as EncodeError).message).toMatch(message);
    }

    it.each([
      ["sInt64", "abc", /Js\.sInt64: "abc" is not a decimal integer/],
      ["sInt64", "1.5", /Js\.sInt64: "1\.5" is not a decimal integer/],
      ["sInt64", "", /Js\.sInt64: "" is not a decimal integer/],
      ["sInt64", " 5", /Js\.sInt64: " 5" is not a decimal integer/],
      [
        "sInt64",
        "9223372036854775808",
        /Js\.sInt64: 9223372036854775808 is out of range for int64/,
      ],
      [
        "sUint64",
        "18446744073709551616",
        /Js\.sUint64: 18446744073709551616 is out of range for uint64/,
      ],
      ["sUint64", "-1", /Js\.sUint64: -1 is out of range for uint64/],
      ["sFixed64", 1.5, /Js\.sFixed64: 1\.5 is not a non-negative safe integer/],
      ["sSint64", true, /Js\.sSint64: /],
    ] as const)("JS_STRING %s = %j", (field, value, message) => {
      invalid(() => Js.encode({ [field]: value }), message);
      invalid(() => Js.create({ [field]: value }), message);
    });

    it.each([
      ["nInt64", "5", /Js\.nInt64: "5" is not a valid int64 \[jstype = JS_NUMBER\]/],
      ["nInt64", 1.5, /Js\.nInt64: 1\.5 is not a valid int64 \[jstype = JS_NUMBER\]/],
      [
        "nInt64",
        2 ** 53,
        /Js\.nInt64: 9007199254740992 is not a valid int64 \[jstype = JS_NUMBER\]/,
      ],
      [
        "nInt64",
        2n ** 53n,
        /Js\.nInt64: 9007199254740992n is not a valid int64 \[jstype = JS_NUMBER\]/,
      ],
      ["nSint64", -(2n ** 53n), /Js\.nSint64: -9007199254740992n is not a valid sint64 \[jstype/],
      ["nUint64", -1, /Js\.nUint64: -1 is not a valid uint64 \[jstype = JS_NUMBER\]/],
      ["nFixed64", -1n, /Js\.nFixed64: -1n is not a valid fixed64 \[jstype = JS_NUMBER\]/],
      [
        "nSfixed64",
        Number.NaN,
        /Js\.nSfixed64: NaN is not a valid sfixed64 \[jstype = JS_NUMBER\]/,
      ],
    ] as const)("JS_NUMBER %s = %s", (field, value, message) => {
      invalid(() => Js.encode({ [field]: value }), message);
      invalid(() => Js.create({ [field]: value }), message);
    });

    it("list elements, oneof members, submessages and extensions", () => {
      invalid(
        () => Js.encode({ rsUnpacked: ["1", "x"] }),
        /Js\.rsUnpacked\[1\]: "x" is not a decimal/,
      );
      invalid(
        () => Js.create({ rsUnpacked: ["1", "x"] }),
        /Js\.rsUnpacked\[1\]: "x" is not a decimal/,
      );
      // Packed JS_STRING and JS_NUMBER lists go value by value: the index is named too.
      invalid(
        () => Js.encode({ rsPacked: ["1", "1.0"] }),
        /Js\.rsPacked\[1\]: "1\.0" is not a decimal/,
      );
      invalid(
        () => Js.encode({ rsFixedPacked: ["1", "-1"] }),
        /Js\.rsFixedPacked\[1\]: -1 is out of range for uint64/,
      );
      invalid(
        () => Js.create({ rsPacked: ["1", "1.0"] }),
        /Js\.rsPacked\[1\]: "1\.0" is not a decimal/,
      );
      invalid(
        () => Js.encode({ rnPacked: [1, "2"] }),
        /Js\.rnPacked\[1\]: "2" is not a valid int64 \[jstype/,
      );
      invalid(
        () => Js.create({ rnPacked: [1, "2"] }),
        /Js\.rnPacked\[1\]: "2" is not a valid int64 \[jstype/,
      );
      invalid(
        () => Js.encode({ rnUnpacked: [2 ** 60] }),
        /Js\.rnUnpacked\[0\]: 1152921504606847000 is not/,
      );
      invalid(
        () => Js.create({ rsFixedPacked: "1" }),
        /Js\.rsFixedPacked: "1" is not a valid array/,
      );
      invalid(
        () => Js.encode({ pick: { case: "oString", value: "x" } }),
        /Js\.oString: "x" is not a decimal/,
      );
      invalid(
        () => Js.create({ pick: { case: "oNumber", value: "7" } }),
        /Js\.oNumber: "7" is not a valid sint64 \[jstype/,
      );
      invalid(
        () => Js.encode({ child: { nInt64: 0.5 } }),
        /Js\.child\.nInt64: 0\.5 is not a valid int64 \[jstype/,
      );
      invalid(
        () => Js.create({ child: { sInt64: "x" } }),
        /Js\.child\.sInt64: "x" is not a decimal/,
      );
      invalid(
        () => setExtension(Js.create(), extNumber, "5"),
        /"5" is not a valid uint64 \[jstype = JS_NUMBER\]/,
      );
      invalid(() => setExtension(Js.create(), extString, "x"), /"x" is not a decimal integer/);
    });

    it("maps carry no jstype: their 64-bit keys and values stay bigints", () => {
      const m = Js.decode(protocEncode("jstype2.proto", JS, "m { key: 5 value: 6 }"));
      expect(m.m).toEqual(new Map([[5n, 6n]]));
    });
  });
});

describe("cross-checked with @bufbuild/protobuf's bytes", () => {
  const schema = loadTestSchema(["jstype3.proto"]);
  const wideDesc = schema.registry.getMessage("codectest.js3.Wide")!;
  const wideSDesc = schema.registry.getMessage("codectest.js3.WideS")!;
  const WideS = schema.codec("codectest.js3.WideS");
  const WideN = schema.codec("codectest.js3.WideN");
  const i64 = fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n);
  const u64 = fc.bigInt(0n, 2n ** 64n - 1n);
  const safe = fc.bigInt(-(2n ** 53n) + 1n, 2n ** 53n - 1n);
  const near = (b: bigint) => fc.constantFrom(0n, 1n, -1n, b, -b, b - 1n, 1n - b, b + 1n, -b - 1n);
  const arbs = {
    signed: fc.oneof(
      i64,
      fc.bigInt(-(2n ** 31n), 2n ** 31n),
      near(2n ** 53n),
      near(2n ** 32n),
      near(2n ** 31n),
      fc.constantFrom(-(2n ** 63n), 2n ** 63n - 1n),
    ),
    unsigned: fc.oneof(
      u64,
      near(2n ** 53n).filter((b) => b >= 0n),
      near(2n ** 32n).filter((b) => b >= 0n),
      near(2n ** 31n).filter((b) => b >= 0n),
      fc.constant(2n ** 64n - 1n),
    ),
  };
  const wideArb = fc.record({
    a: arbs.signed,
    b: arbs.unsigned,
    c: arbs.signed,
    d: arbs.unsigned,
    e: arbs.signed,
    r: fc.array(arbs.signed, { maxLength: 4 }),
  });

  it("JS_STRING decodes every 64-bit value to its decimal string, as @bufbuild/protobuf does", () => {
    fc.assert(
      fc.property(wideArb, (w) => {
        const bytes = esToBinary(wideDesc, esCreate(wideDesc, w));
        const ours = WideS.decode(bytes);
        const expected = {
          a: String(w.a),
          b: String(w.b),
          c: String(w.c),
          d: String(w.d),
          e: String(w.e),
          r: w.r.map(String),
        };
        expect(ours).toEqual(expected);
        expect(esFromBinary(wideSDesc, bytes)).toMatchObject(expected);
        expect(hex(WideS.encode(ours))).toBe(hex(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("JS_NUMBER decodes safe values exactly and rejects the others", () => {
    fc.assert(
      fc.property(wideArb, safe, (w, s) => {
        const inRange = { ...w, a: s, c: -s, e: s, r: [s, -s] };
        const bytes = esToBinary(wideDesc, esCreate(wideDesc, inRange));
        const isSafe = (b: bigint) => b <= BigInt(MAX_SAFE) && b >= -BigInt(MAX_SAFE);
        if (isSafe(w.b) && isSafe(w.d)) {
          const ours = WideN.decode(bytes);
          expect(ours).toEqual({
            a: Number(s),
            b: Number(w.b),
            c: Number(-s),
            d: Number(w.d),
            e: Number(s),
            r: [Number(s), Number(-s)],
          });
          expect(hex(WideN.encode(ours))).toBe(hex(bytes));
        } else {
          const e = codeOf(() => WideN.decode(bytes));
          expect(e).toBeInstanceOf(DecodeError);
          expect((e as DecodeError).code).toBe("INVALID_VALUE");
          expect((e as DecodeError).path).toBe(isSafe(w.b) ? "WideN.d" : "WideN.b");
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the schema layer", () => {
  it("rejects jstype on a field that is not a 64-bit integer, with protoc's message", () => {
    const bad = 'syntax = "proto3";\nmessage M { int32 a = 1 [jstype = JS_STRING]; }\n';
    const e = codeOf(() => loadSchemaSync({ sources: { "bad.proto": bad } }));
    expect(e).toBeInstanceOf(SchemaError);
    const d = (e as SchemaError).diagnostics[0]!;
    // protoc 36.2: "bad.proto:2:13: jstype is only allowed on int64, uint64, sint64, fixed64 or
    // sfixed64 fields." (the field's type).
    expect(`${d.file}:${d.line}:${d.column}: ${d.message}`).toBe(
      "bad.proto:2:13: jstype is only allowed on int64, uint64, sint64, fixed64 or sfixed64 fields.",
    );
    for (const type of ["string", "double", "bool", "M"]) {
      const src = `syntax = "proto2"; message M { optional ${type} a = 1 [jstype = JS_NUMBER]; }`;
      expect(() => loadSchemaSync({ sources: { "x.proto": src } })).toThrow(
        /jstype is only allowed/,
      );
    }
    const ok = 'syntax = "proto2"; message M { optional int32 a = 1 [jstype = JS_NORMAL]; }';
    expect(() => loadSchemaSync({ sources: { "ok.proto": ok } })).not.toThrow();
  });
});
