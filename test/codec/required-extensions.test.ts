/**
 * proto2 required fields (paths of missing fields on decode and encode, allowPartial) and
 * extensions read and written through the unknown fields.
 */
import { describe, expect, it } from "vitest";
import {
  clearExtension,
  getExtension,
  hasExtension,
  setExtension,
} from "../../src/codec/extensions.js";
import { DecodeError, EncodeError } from "../../src/wire/errors.js";
import { fromHex, hex, loadTestSchema, protocEncode } from "./schema-helper.js";

const VIAS = ["protowire", "bufbuild"] as const;

describe.each(VIAS)("codecs from %s descriptors", (via) => {
  const schema = loadTestSchema(["codec2.proto"], "protoc", via);
  const req = schema.codec("codectest.p2.Req");
  const all = schema.codec("codectest.p2.All");

  describe("required fields", () => {
    it("decode reports the missing field with its path", () => {
      let error: unknown;
      try {
        req.decode(new Uint8Array(0));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).code).toBe("MISSING_REQUIRED");
      expect((error as DecodeError).path).toBe("Req.id");
    });

    it("missing fields are found in submessages, lists, maps and oneofs; allowPartial accepts them", () => {
      // id = 1 (08), child = 2 (12), list = 3 (1a), by_name = 4 (22), chosen = 5 (2a)
      const bytes = fromHex("0801 1202 1200 1a00 1a02 0803 2205 0a016b 1200 2a00");
      expect(() => req.decode(bytes)).toThrow(DecodeError);
      const m = req.decode(bytes, { allowPartial: true });
      expect(req.missingFields(m)).toEqual([
        "child.id",
        "child.child.id",
        "list[0].id",
        'byName["k"].id',
        "chosen.id",
      ]);
      expect(() => req.encode(m)).toThrow(EncodeError);
      expect(hex(req.encode(m, { allowPartial: true }))).toBe(hex(bytes));
    });

    it("a complete message encodes; a missing required field fails encode with its path", () => {
      const m = req.create({ id: 0 });
      expect(hex(req.encode(m))).toBe("0800");
      const bad = req.create({ id: 1, child: {} });
      expect(() => req.encode(bad)).toThrow(/child\.id/);
    });
  });

  describe("extensions", () => {
    const extInt32 = schema.extension("codectest.p2.ext_int32");
    const extStrings = schema.extension("codectest.p2.ext_strings");
    const extLeaf = schema.extension("codectest.p2.ext_leaf");
    const extPacked = schema.extension("codectest.p2.ext_packed");

    it("reads extensions of decoded messages", () => {
      const text = `f_int32: 1 [codectest.p2.ext_int32]: -3 [codectest.p2.ext_strings]: ["a", "b"]
        [codectest.p2.ext_leaf] { a: 1 } [codectest.p2.ext_packed]: [5, 6]`;
      // A second occurrence of the message extension merges into the first.
      const more = '[codectest.p2.ext_leaf] { s: "x" }';
      const bytes = [text, more].map((t) => protocEncode("codec2.proto", "codectest.p2.All", t));
      const m = all.decode(new Uint8Array([...bytes[0]!, ...bytes[1]!]));
      expect(getExtension(m, extInt32)).toBe(-3);
      expect(getExtension(m, extStrings)).toEqual(["a", "b"]);
      expect(getExtension(m, extLeaf)).toEqual({ a: 1, s: "x" });
      expect(getExtension(m, extPacked)).toEqual([5, 6]);
      expect(hasExtension(m, extInt32)).toBe(true);
    });

    it("writes extensions that encode as protoc does", () => {
      const m = all.create({ fInt32: 1 });
      expect(hasExtension(m, extInt32)).toBe(false);
      expect(getExtension(m, extInt32)).toBeUndefined();
      expect(getExtension(m, extStrings)).toEqual([]);
      setExtension(m, extInt32, 7);
      setExtension(m, extInt32, -3);
      setExtension(m, extStrings, ["a", "b"]);
      setExtension(m, extLeaf, { a: 1 });
      setExtension(m, extPacked, [5, 6]);
      const text = `f_int32: 1 [codectest.p2.ext_int32]: -3 [codectest.p2.ext_strings]: ["a", "b"]
        [codectest.p2.ext_leaf] { a: 1 } [codectest.p2.ext_packed]: [5, 6]`;
      expect(hex(all.encode(m))).toBe(hex(protocEncode("codec2.proto", "codectest.p2.All", text)));
      clearExtension(m, extStrings);
      expect(hasExtension(m, extStrings)).toBe(false);
      expect(getExtension(m, extInt32)).toBe(-3);
      setExtension(m, extInt32, undefined);
      clearExtension(m, extLeaf);
      clearExtension(m, extPacked);
      expect(m.$unknown).toBeUndefined();
    });
  });

  describe("defaults", () => {
    it("an unset explicit field reads undefined; getField gives the proto2 default", () => {
      const m = all.create();
      expect(m.dInt32).toBeUndefined();
      expect(all.getField(m, "dInt32")).toBe(-7);
      expect(all.getField(m, "dString")).toBe('hi "there"');
      expect(all.getField(m, "dColor")).toBe(2);
      expect(all.getField(m, "dDouble")).toBe(Number.POSITIVE_INFINITY);
      expect(all.getField(m, "dBytes")).toEqual(new Uint8Array([1, 2]));
      expect(all.getField(m, "dUint64")).toBe(18446744073709551615n);
      expect(all.getField(m, "fColor")).toBe(0);
      expect(all.getField(m, "fInt64")).toBe(0n);
      expect(all.getField(m, "fLeaf")).toBeUndefined();
      m.dInt32 = 0;
      expect(all.getField(m, "dInt32")).toBe(0);
      expect(() => all.getField(m, "nope")).toThrow(/no field/);
    });
  });
});

describe.each(VIAS)("MessageSet extensions (%s descriptors)", (via) => {
  const schema = loadTestSchema(["codec2.proto"], "protoc", via);
  const set = schema.codec("codectest.p2.Set");
  const ext = schema.extension("codectest.p2.SetExt.ext");

  it("reads an extension from a MessageSet Item and re-encodes the item byte-exact", () => {
    const golden = protocEncode(
      "codec2.proto",
      "codectest.p2.Set",
      '[codectest.p2.SetExt.ext] { s: "x" n: 3 }',
    );
    // Item group: 0b, type_id 10 f9 bb 5e (1547769), message 1a 05 0a 01 78 10 03, end 0c
    expect(hex(golden)).toBe("0b10f9bb5e1a050a017810030c");
    const m = set.decode(golden);
    expect(getExtension(m, ext)).toEqual({ s: "x", n: 3 });
    expect(hex(set.encode(m))).toBe(hex(golden));
  });

  it("writes an extension into a MessageSet as protoc does", () => {
    const m = set.create();
    setExtension(m, ext, { s: "x", n: 3 });
    expect(hasExtension(m, ext)).toBe(true);
    expect(hex(set.encode(m))).toBe("0b10f9bb5e1a050a017810030c");
    clearExtension(m, ext);
    expect(m.$unknown).toBeUndefined();
  });
});
