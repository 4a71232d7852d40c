import { describe, expect, it } from "vitest";
import {
  DecodeError,
  decodeDouble,
  decodeFixed32,
  decodeFixed64,
  decodeFloat,
  decodeSfixed32,
  decodeSfixed64,
  decodeUtf8,
  decodeVarint32,
  decodeVarint64,
  EncodeError,
  encodeDouble,
  encodeFixed32,
  encodeFixed64,
  encodeFloat,
  encodeUtf8,
  encodeVarint32,
  encodeVarint64,
  makeTag,
  partsToInt64,
  partsToUint64,
  sizeString,
  sizeTag,
  sizeVarint32,
  sizeVarint64,
  sizeVarintInt32,
  tagFieldNumber,
  tagWireType,
  zigzagDecode32,
  zigzagDecode64,
  zigzagEncode32,
  zigzagEncode64,
} from "../../src/wire/index.js";
import { hex, unhex } from "./hex.js";

describe("stateless varint functions", () => {
  it("encode at a position and return the next one", () => {
    const buf = new Uint8Array(13);
    expect(encodeVarint32(buf, 1, 300)).toBe(3);
    expect(encodeVarint64(buf, 3, -1n)).toBe(13);
    expect(hex(buf)).toBe("00ac02ffffffffffffffffff01");
  });

  it("decode and return [value, next]", () => {
    expect(decodeVarint32(unhex("00ac02"), 1)).toEqual([300, 3]);
    expect(decodeVarint64(unhex("ffffffffffffffffff01"), 0)).toEqual([18446744073709551615n, 10]);
    expect(() => decodeVarint32(unhex("80"), 0)).toThrow(DecodeError);
  });

  it("throw BUFFER_TOO_SMALL instead of writing past the end", () => {
    expect(() => encodeVarint32(new Uint8Array(1), 0, 128)).toThrow(
      expect.objectContaining({ code: "BUFFER_TOO_SMALL" }),
    );
    expect(() => encodeVarint64(new Uint8Array(9), 0, -1)).toThrow(EncodeError);
    expect(() => encodeFixed32(new Uint8Array(4), 1, 0)).toThrow(EncodeError);
    expect(() => encodeUtf8(new Uint8Array(1), 0, "é")).toThrow(EncodeError);
  });

  it("sizes", () => {
    const s32: [number, number][] = [
      [0, 1],
      [127, 1],
      [128, 2],
      [16383, 2],
      [16384, 3],
      [2097151, 3],
      [2097152, 4],
      [268435455, 4],
      [268435456, 5],
      [4294967295, 5],
      [-1, 5],
    ];
    for (const [v, n] of s32) expect(sizeVarint32(v)).toBe(n);
    expect(sizeVarintInt32(-1)).toBe(10);
    expect(sizeVarintInt32(1)).toBe(1);
    const s64: [bigint, number][] = [
      [0n, 1],
      [34359738367n, 5],
      [34359738368n, 6],
      [2n ** 63n - 1n, 9],
      [2n ** 63n, 10],
      [-1n, 10],
    ];
    for (const [v, n] of s64) expect(sizeVarint64(v)).toBe(n);
    expect([1, 15, 16, 2047, 2048, 536870911].map(sizeTag)).toEqual([1, 1, 2, 2, 3, 5]);
  });
});

describe("stateless fixed-width functions", () => {
  it("round-trip at an offset", () => {
    const buf = new Uint8Array(1 + 4 + 8 + 4 + 8);
    let p = encodeFixed32(buf, 1, 0xdeadbeef);
    p = encodeFixed64(buf, p, -2n);
    p = encodeFloat(buf, p, -0);
    p = encodeDouble(buf, p, Number.NEGATIVE_INFINITY);
    expect(p).toBe(buf.length);
    expect(decodeFixed32(buf, 1)).toEqual([0xdeadbeef, 5]);
    expect(decodeSfixed32(buf, 1)).toEqual([0xdeadbeef | 0, 5]);
    expect(decodeSfixed64(buf, 5)).toEqual([-2n, 13]);
    expect(decodeFixed64(buf, 5)).toEqual([2n ** 64n - 2n, 13]);
    expect(Object.is(decodeFloat(buf, 13)[0], -0)).toBe(true);
    expect(decodeDouble(buf, 17)).toEqual([Number.NEGATIVE_INFINITY, 25]);
    expect(() => decodeDouble(buf, 18)).toThrow(
      expect.objectContaining({ code: "TRUNCATED", offset: 18 }),
    );
  });
});

describe("utf8, tags, zigzag, parts", () => {
  it("sizeString counts UTF-8 bytes, 3 for a lone surrogate", () => {
    expect(sizeString("")).toBe(0);
    expect(sizeString("aé€😀")).toBe(1 + 2 + 3 + 4);
    expect(sizeString("\uD800")).toBe(3);
    expect(sizeString("\uD800\uD800\uDC00")).toBe(3 + 4);
    expect(sizeString("\uDC00\uD800")).toBe(6);
  });

  it("encodeUtf8 / decodeUtf8", () => {
    const buf = new Uint8Array(10);
    expect(encodeUtf8(buf, 0, "€😀")).toBe(7);
    expect(decodeUtf8(buf, 0, 7)).toBe("€😀");
    expect(() => decodeUtf8(buf, 0, 6)).toThrow(expect.objectContaining({ code: "INVALID_UTF8" }));
    expect(() => decodeUtf8(buf, 5, 11)).toThrow(expect.objectContaining({ code: "TRUNCATED" }));
  });

  it("tag helpers", () => {
    expect(makeTag(2, 2)).toBe(0x12);
    expect(makeTag(536870911, 5)).toBe(0xfffffffd);
    expect(tagFieldNumber(0xfffffffd)).toBe(536870911);
    expect(tagWireType(0xfffffffd)).toBe(5);
    expect(() => makeTag(0, 0)).toThrow(expect.objectContaining({ code: "INVALID_FIELD_NUMBER" }));
  });

  it("zigzag tables", () => {
    const t32: [number, number][] = [
      [0, 0],
      [-1, 1],
      [1, 2],
      [-2, 3],
      [2147483647, 4294967294],
      [-2147483648, 4294967295],
    ];
    for (const [s, u] of t32) {
      expect(zigzagEncode32(s)).toBe(u);
      expect(zigzagDecode32(u)).toBe(s);
    }
    const t64: [bigint, bigint][] = [
      [0n, 0n],
      [-1n, 1n],
      [1n, 2n],
      [2n ** 63n - 1n, 2n ** 64n - 2n],
      [-(2n ** 63n), 2n ** 64n - 1n],
    ];
    for (const [s, u] of t64) {
      expect(zigzagEncode64(s)).toBe(u);
      expect(zigzagDecode64(u)).toBe(s);
    }
  });

  it("partsToInt64 / partsToUint64 at the 2^53 switch", () => {
    expect(partsToUint64(0xffffffff, 0x1fffff)).toBe(2n ** 53n - 1n);
    expect(partsToUint64(0, 0x200000)).toBe(2n ** 53n);
    expect(partsToInt64(0, 0xffe00000)).toBe(-(2n ** 53n));
    expect(partsToInt64(0xffffffff, 0xffdfffff)).toBe(-(2n ** 53n) - 1n);
    expect(partsToInt64(0, 0x80000000)).toBe(-(2n ** 63n));
  });
});

describe("error classes", () => {
  it("DecodeError carries code, offset, path and detail; EncodeError a code", () => {
    const d = new DecodeError("TRUNCATED", "buffer ends inside a varint", 7, "user.name");
    expect(d).toBeInstanceOf(Error);
    expect(d.name).toBe("DecodeError");
    expect([d.code, d.offset, d.path, d.detail]).toEqual([
      "TRUNCATED",
      7,
      "user.name",
      "buffer ends inside a varint",
    ]);
    expect(d.message).toBe("TRUNCATED: buffer ends inside a varint at offset 7 (field user.name)");
    const e = new EncodeError("INVALID_INT64", "nope");
    expect([e.name, e.code, e.message]).toEqual([
      "EncodeError",
      "INVALID_INT64",
      "INVALID_INT64: nope",
    ]);
  });
});
