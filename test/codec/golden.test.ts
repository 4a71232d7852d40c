/**
 * Golden bytes from protoc 3.21 (`protoc --encode`): each decodes to the expected values and
 * re-encodes to identical bytes; messages built with `create` encode to protoc's bytes. Both the
 * compiled codecs and the compact ones (`protowire gen --optimize=size`, compact/build.ts).
 */
import { describe, expect, it } from "vitest";
import { compactCodec } from "../../src/codec/compact/build.js";
import type { MessageCodec } from "../../src/codec/index.js";
import { hex, loadTestSchema, protocEncode } from "./schema-helper.js";

const VIAS = ["protowire", "bufbuild"] as const;
const CODECS = ["compiled", "compact"] as const;

describe.each(VIAS.flatMap((via) => CODECS.map((kind) => [via, kind] as const)))(
  "%s descriptors, %s codecs",
  (via, kind) => {
    const schema = loadTestSchema(["codec2.proto", "codec3.proto"], "protoc", via);
    const codecOf = (
      type: string,
    ): MessageCodec<Record<string, unknown> & { $unknown?: Uint8Array[] }> =>
      kind === "compact" ? compactCodec(schema.info(type)) : schema.codec(type);
    const P2 = "codectest.p2.All";
    const P3 = "codectest.p3.All";

    const p2Full = `
  f_int32: -1 f_int64: -9123456789123456789 f_uint32: 4294967295 f_uint64: 18446744073709551615
  f_sint32: -2147483648 f_sint64: -9223372036854775808 f_fixed32: 4294967295
  f_fixed64: 18446744073709551615 f_sfixed32: -5 f_sfixed64: -6 f_float: 1.5 f_double: -0.0
  f_bool: true f_string: "h\\303\\251llo \\360\\237\\230\\200" f_bytes: "\\000\\377" f_color: NEGATIVE
  f_leaf { a: 1 s: "x" }
  Grp { g: 7 leaf { a: 2 } }
  r_int32: [1, -1, 300] r_int32_packed: [1, -1, 300] r_color: [RED, BLUE] r_color_packed: [GREEN, NEGATIVE]
  r_string: ["", "a"] r_leaf { } r_leaf { a: 3 } RGrp { g: 1 } RGrp { } r_double_packed: [0.5, -0.0]
  r_sint64_packed: [-1, 1, -9223372036854775808]
  m_int64 { key: -5 value: "neg" } m_bool { key: true value: 9 } m_leaf { key: "k" value { a: 4 } }
  m_color { key: 1 value: BLUE } m_bytes { key: 18446744073709551615 value: "\\001" }
  d_int32: 0 d_string: "" o_leaf { a: 5 }
  recursive { f_int32: 1 recursive { f_string: "deep" } }
  [codectest.p2.ext_int32]: 42 [codectest.p2.ext_strings]: ["e1", "e2"] [codectest.p2.ext_leaf] { a: 6 }
  [codectest.p2.ext_packed]: [1, 2]
  `;

    const p3Full = `
  f_int32: -1 f_int64: -2 f_uint32: 3 f_uint64: 4 f_sint32: -5 f_sint64: -6 f_fixed32: 7 f_fixed64: 8
  f_sfixed32: -9 f_sfixed64: -10 f_float: -0.0 f_double: 2.5 f_bool: true f_string: "s" f_bytes: "b"
  f_kind: KIND_NEG f_leaf { }
  o_int32: 0 o_string: "" o_double: -0.0
  r_int32: [1, 2, -3] r_int32_unpacked: [4, -5] r_kind: [KIND_A, KIND_NEG] r_string: ["x"]
  r_leaf { a: 1 } r_fixed64: [1, 18446744073709551615] r_bool: [true, false]
  m_int64 { key: 9223372036854775807 value: "max" } m_bool { key: false value: 0 }
  m_leaf { key: "" value { } } m_kind { key: -1 value: KIND_A } m_sint64 { key: -3 value: -0.0 }
  c_bytes: ""
  recursive { recursive { f_int32: 1 } }
  `;

    describe("golden bytes from protoc", () => {
      const cases: [string, string, string, string][] = [
        ["proto2 every field kind", "codec2.proto", P2, p2Full],
        ["proto3 every field kind", "codec3.proto", P3, p3Full],
        [
          "proto3 zero values are omitted",
          "codec3.proto",
          P3,
          "f_int32: 0 f_string: '' f_double: 0",
        ],
        ["proto3 oneof zero value is written", "codec3.proto", P3, "c_int32: 0"],
        ["proto2 oneof enum", "codec2.proto", P2, "o_color: NEGATIVE"],
        ["proto2 empty message", "codec2.proto", P2, ""],
        [
          "proto2 extensions between fields, in number order",
          "codec2.proto",
          P2,
          "f_int32: 1 after_ext: 2 [codectest.p2.ext_packed]: [3] [codectest.p2.ext_int32]: 4",
        ],
      ];
      for (const [name, file, type, text] of cases) {
        it(`${name}: decode then encode gives protoc's bytes`, () => {
          const golden = protocEncode(file, type, text);
          const codec = codecOf(type);
          expect(hex(codec.encode(codec.decode(golden)))).toBe(hex(golden));
        });
      }

      it("proto2 values decode to the documented model", () => {
        const m = codecOf(P2).decode(protocEncode("codec2.proto", P2, p2Full));
        expect(m.fInt32).toBe(-1);
        expect(m.fInt64).toBe(-9123456789123456789n);
        expect(m.fUint64).toBe(18446744073709551615n);
        expect(m.fSint64).toBe(-9223372036854775808n);
        expect(m.fUint32).toBe(4294967295);
        expect(Object.is(m.fDouble, -0)).toBe(true);
        expect(m.fString).toBe("héllo 😀");
        expect(m.fBytes).toEqual(new Uint8Array([0, 255]));
        expect(m.fColor).toBe(-1);
        expect(m.fLeaf).toEqual({ a: 1, s: "x" });
        expect(m.grp).toEqual({ g: 7, leaf: { a: 2, s: undefined } });
        expect(m.rInt32).toEqual([1, -1, 300]);
        expect(m.rColorPacked).toEqual([1, -1]);
        expect(m.rLeaf).toEqual([
          { a: undefined, s: undefined },
          { a: 3, s: undefined },
        ]);
        expect(m.mInt64).toEqual(new Map([[-5n, "neg"]]));
        expect(m.mBool).toEqual(new Map([[true, 9]]));
        expect(m.mBytes).toEqual(new Map([[18446744073709551615n, new Uint8Array([1])]]));
        expect(m.choice).toEqual({ case: "oLeaf", value: { a: 5, s: undefined } });
        expect(m.dInt32).toBe(0);
        expect(m.dString).toBe("");
        expect(m.fFloat).toBe(1.5);
        // Extensions are unknown fields to the message codec: 5 occurrences (one packed run).
        expect(m.$unknown).toHaveLength(5);
      });

      it("create + encode equals protoc for the same message (proto3)", () => {
        const codec = codecOf(P3);
        const m = codec.create({
          fInt32: -1,
          fInt64: -2n,
          fFloat: -0,
          fKind: -5,
          oDouble: 0,
          rInt32: [1, 2, -3],
          rInt32Unpacked: [4, -5],
          mInt64: new Map([[9223372036854775807n, "max"]]),
          choice: { case: "cLeaf", value: { a: 0 } },
          recursive: { fBool: true },
        });
        const text = `f_int32: -1 f_int64: -2 f_float: -0.0 f_kind: KIND_NEG o_double: 0 r_int32: [1, 2, -3]
        r_int32_unpacked: [4, -5] m_int64 { key: 9223372036854775807 value: "max" } c_leaf { }
        recursive { f_bool: true }`;
        expect(hex(codec.encode(m))).toBe(hex(protocEncode("codec3.proto", P3, text)));
      });

      it("create + encode equals protoc for the same message (proto2 groups, defaults unset)", () => {
        const codec = codecOf(P2);
        const m = codec.create({
          grp: { g: 1 },
          rgrp: [{ g: 2 }, {}],
          dString: "",
          fColor: 0,
          rColorPacked: [2, -1],
          mColor: new Map([[7, 1]]),
        });
        const text = `Grp { g: 1 } RGrp { g: 2 } RGrp { } d_string: "" f_color: RED
        r_color_packed: [BLUE, NEGATIVE] m_color { key: 7 value: GREEN }`;
        expect(hex(codec.encode(m))).toBe(hex(protocEncode("codec2.proto", P2, text)));
      });
    });
  },
);
