/**
 * value <-> hex tables for every scalar, both directions. The hex comes from the encoding
 * spec (https://protobuf.dev/programming-guides/encoding/) and agrees with protoc's output in
 * fixtures/wire (e.g. negative_ints.bin, zigzag.bin, float_specials.bin).
 */
import { describe, expect, it } from "vitest";
import { Reader, Writer } from "../../src/wire/index.js";
import type { ScalarType } from "./golden-cases.js";
import { hex, unhex } from "./hex.js";
import { expectedRead, readScalar, writeScalar } from "./scalar-io.js";

const table: [ScalarType, unknown, string][] = [
  ["uint32", 0, "00"],
  ["uint32", 1, "01"],
  ["uint32", 127, "7f"],
  ["uint32", 128, "8001"],
  ["uint32", 150, "9601"],
  ["uint32", 16383, "ff7f"],
  ["uint32", 16384, "808001"],
  ["uint32", 2097151, "ffff7f"],
  ["uint32", 2097152, "80808001"],
  ["uint32", 268435455, "ffffff7f"],
  ["uint32", 268435456, "8080808001"],
  ["uint32", 4294967295, "ffffffff0f"],
  ["int32", 0, "00"],
  ["int32", 1, "01"],
  ["int32", -1, "ffffffffffffffffff01"],
  ["int32", -150, "eafeffffffffffffff01"],
  ["int32", 2147483647, "ffffffff07"],
  ["int32", -2147483648, "80808080f8ffffffff01"],
  ["sint32", 0, "00"],
  ["sint32", -1, "01"],
  ["sint32", 1, "02"],
  ["sint32", -2, "03"],
  ["sint32", -64, "7f"],
  ["sint32", 64, "8001"],
  ["sint32", 2147483647, "feffffff0f"],
  ["sint32", -2147483648, "ffffffff0f"],
  ["uint64", 0n, "00"],
  ["uint64", 127n, "7f"],
  ["uint64", 128n, "8001"],
  ["uint64", 4294967295n, "ffffffff0f"],
  ["uint64", 4294967296n, "8080808010"],
  ["uint64", 34359738367n, "ffffffff7f"],
  ["uint64", 34359738368n, "808080808001"],
  ["uint64", 9007199254740991n, "ffffffffffffff0f"],
  ["uint64", 9223372036854775807n, "ffffffffffffffff7f"],
  ["uint64", 9223372036854775808n, "80808080808080808001"],
  ["uint64", 18446744073709551615n, "ffffffffffffffffff01"],
  ["int64", 0n, "00"],
  ["int64", -1n, "ffffffffffffffffff01"],
  ["int64", -9223372036854775808n, "80808080808080808001"],
  ["int64", 9223372036854775807n, "ffffffffffffffff7f"],
  ["int64", -4294967296n, "80808080f0ffffffff01"],
  ["int64", -9007199254740993n, "ffffffffffffffefff01"],
  ["sint64", 0n, "00"],
  ["sint64", -1n, "01"],
  ["sint64", 1n, "02"],
  ["sint64", 2147483648n, "8080808010"],
  ["sint64", -2147483649n, "8180808010"],
  ["sint64", 9223372036854775807n, "feffffffffffffffff01"],
  ["sint64", -9223372036854775808n, "ffffffffffffffffff01"],
  ["bool", false, "00"],
  ["bool", true, "01"],
  ["fixed32", 0, "00000000"],
  ["fixed32", 1, "01000000"],
  ["fixed32", 0x12345678, "78563412"],
  ["fixed32", 4294967295, "ffffffff"],
  ["sfixed32", -1, "ffffffff"],
  ["sfixed32", -2147483648, "00000080"],
  ["sfixed32", 2147483647, "ffffff7f"],
  ["fixed64", 0n, "0000000000000000"],
  ["fixed64", 0x0123456789abcdefn, "efcdab8967452301"],
  ["fixed64", 18446744073709551615n, "ffffffffffffffff"],
  ["sfixed64", -1n, "ffffffffffffffff"],
  ["sfixed64", -9223372036854775808n, "0000000000000080"],
  ["sfixed64", 9223372036854775807n, "ffffffffffffff7f"],
  ["float", 0, "00000000"],
  ["float", -0, "00000080"],
  ["float", 1.5, "0000c03f"],
  ["float", 0.1, "cdcccc3d"],
  ["float", Number.POSITIVE_INFINITY, "0000807f"],
  ["float", Number.NEGATIVE_INFINITY, "000080ff"],
  ["float", Number.NaN, "0000c07f"],
  ["float", 3.4028234663852886e38, "ffff7f7f"],
  ["float", 1.401298464324817e-45, "01000000"],
  ["double", 0, "0000000000000000"],
  ["double", -0, "0000000000000080"],
  ["double", 1.5, "000000000000f83f"],
  ["double", 0.1, "9a9999999999b93f"],
  ["double", Number.POSITIVE_INFINITY, "000000000000f07f"],
  ["double", Number.NEGATIVE_INFINITY, "000000000000f0ff"],
  ["double", Number.NaN, "000000000000f87f"],
  ["double", Number.MAX_VALUE, "ffffffffffffef7f"],
  ["double", Number.MIN_VALUE, "0100000000000000"],
  ["double", -Number.MIN_VALUE, "0100000000000080"],
  ["string", "", "00"],
  ["string", "testing", "0774657374696e67"],
  ["string", "é", "02c3a9"],
  ["string", "€", "03e282ac"],
  ["string", "😀", "04f09f9880"],
  ["string", "\uFEFFbom", "06efbbbf626f6d"],
  ["string", "a\u0000b", "03610062"],
  ["bytes", new Uint8Array(0), "00"],
  ["bytes", Uint8Array.of(0, 0xff, 0x80), "0300ff80"],
];

function show(v: unknown): string {
  if (typeof v === "bigint") return `${v}n`;
  if (v instanceof Uint8Array) return `bytes[${hex(v)}]`;
  if (Object.is(v, -0)) return "-0";
  return JSON.stringify(v) ?? String(v);
}

describe("scalar value -> hex (Writer)", () => {
  for (const [type, value, bytes] of table) {
    it(`${type} ${show(value)} -> ${bytes}`, () => {
      const w = new Writer();
      writeScalar(w, type, value);
      expect(hex(w.finish())).toBe(bytes);
    });
  }
});

describe("scalar hex -> value (Reader)", () => {
  for (const [type, value, bytes] of table) {
    it(`${bytes} -> ${type} ${show(value)}`, () => {
      const r = new Reader(unhex(bytes));
      expect(readScalar(r, type)).toEqual(expectedRead(type, value));
      expect(r.pos).toBe(bytes.length / 2);
    });
  }
});

describe("decoding rules beyond the canonical encodings", () => {
  const decodeOnly: [ScalarType, string, unknown][] = [
    // A 64-bit varint read as int32/uint32 keeps the low 32 bits, as protoc does.
    ["int32", "ffffffffffffffff7f", -1],
    ["int32", "8080808010", 0],
    ["int32", "ffffffff0f", -1],
    ["uint32", "80808080f0ffffffff01", 0],
    ["uint32", "ffffffffffffffffff01", 4294967295],
    ["sint32", "ffffffffffffffffff01", -2147483648],
    // Non-canonical (padded) varints are accepted up to 10 bytes.
    ["uint32", "8000", 0],
    ["uint32", "81808080808080808000", 1],
    // The 10th byte contributes bit 63 only; higher bits are dropped as protoc does.
    ["uint64", "ffffffffffffffffff7f", 18446744073709551615n],
    // bool: any non-zero varint is true, including one whose low 32 bits are zero.
    ["bool", "02", true],
    ["bool", "8080808010", true],
    ["bool", "80808080808080808001", true],
    ["bool", "8000", false],
  ];
  for (const [type, bytes, value] of decodeOnly) {
    it(`${bytes} reads as ${type} ${show(value)}`, () => {
      const r = new Reader(unhex(bytes));
      expect(readScalar(r, type)).toEqual(value);
      expect(r.pos).toBe(bytes.length / 2);
    });
  }

  it("float rounds like Math.fround (ties to even at 24 bits)", () => {
    const values = [0.1, 1 / 3, 16777217, 3.4028235677973366e38, 1e-46, -1e40, 2 ** -149 * 1.5];
    for (const v of values) {
      const w = new Writer();
      w.float(v);
      expect(new Reader(w.finish()).float()).toBe(Math.fround(v));
    }
  });
});
