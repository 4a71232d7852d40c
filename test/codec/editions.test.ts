/**
 * Editions features resolved into FieldInfo: field_presence, repeated_field_encoding, enum_type,
 * utf8_validation, message_encoding. Golden bytes from `buf convert`.
 */
import { describe, expect, it } from "vitest";
import { DecodeError } from "../../src/wire/errors.js";
import { bufEncode, fromHex, hex, loadTestSchema } from "./schema-helper.js";

const VIAS = ["protowire", "bufbuild"] as const;

describe.each(VIAS)("codecs from %s descriptors", (via) => {
  const schema = loadTestSchema(["codec_editions.proto"], "buf", via);
  const TYPE = "codectest.ed.All";
  const codec = schema.codec(TYPE);

  describe("editions 2023", () => {
    const text = `f_explicit: 0 f_implicit: 0 f_required: 1 f_delimited { a: 1 } f_prefixed { a: 2 }
      r_packed: [1, 2] r_expanded: [3, 4] f_closed: ONE f_open: OPEN_ZERO r_closed: [ZERO, ONE]
      f_strict: "s" f_lax: "x" r_delimited { a: 5 } r_delimited { } m_leaf { key: "k" value { a: 6 } }`;

    it("decodes buf's bytes and re-encodes them identically", () => {
      const golden = bufEncode(TYPE, text);
      const m = codec.decode(golden);
      expect(m.fExplicit).toBe(0);
      expect(m.fImplicit).toBe(0);
      expect(m.fDelimited).toEqual({ a: 1 });
      expect(m.rPacked).toEqual([1, 2]);
      expect(m.rDelimited).toEqual([{ a: 5 }, { a: undefined }]);
      expect(m.mLeaf).toEqual(new Map([["k", { a: 6 }]]));
      expect(hex(codec.encode(m))).toBe(hex(golden));
    });

    it("create + encode equals buf for the same message", () => {
      const m = codec.create({
        fExplicit: 0,
        fRequired: 1,
        fDelimited: { a: 1 },
        fPrefixed: { a: 2 },
        rExpanded: [3],
        fClosed: 1,
        mLeaf: new Map([["k", { a: 6 }]]),
      });
      const same = `f_explicit: 0 f_required: 1 f_delimited { a: 1 } f_prefixed { a: 2 } r_expanded: [3]
        f_closed: ONE m_leaf { key: "k" value { a: 6 } }`;
      expect(hex(codec.encode(m))).toBe(hex(bufEncode(TYPE, same)));
    });

    it("LEGACY_REQUIRED is checked; closed enums divert unknown values; utf8_validation NONE is lenient", () => {
      expect(() => codec.decode(new Uint8Array(0))).toThrow(DecodeError);
      // f_required = 3 (18 01), f_closed = 8 (40 05: unknown), f_lax = 12 (62 01 ff), f_strict = 11 (5a 01 ff)
      const m = codec.decode(fromHex("1801 4005 6201ff"));
      expect(m.fClosed).toBeUndefined();
      expect(m.$unknown?.map(hex)).toEqual(["4005"]);
      expect(m.fLax).toBe("\ufffd");
      expect(() => codec.decode(fromHex("1801 5a01ff"))).toThrow(/INVALID_UTF8/);
    });

    it("a delimited field sent length-prefixed is an unknown field", () => {
      // f_delimited = 4 as length-prefixed (22 02 08 01)
      const m = codec.decode(fromHex("1801 2202 0801"));
      expect(m.fDelimited).toBeUndefined();
      expect(m.$unknown?.map(hex)).toEqual(["22020801"]);
    });
  });
});
