/**
 * The content of every fixtures/wire/<case>.txtpb, restated as field lists. The golden test
 * writes each list with Writer calls and compares with protoc's <case>.bin, then reads the
 * .bin back with Reader and compares with the list. Fields are listed in the order protoc
 * writes them (by field number; repeated values in order).
 */

export type ScalarType =
  | "int32"
  | "int64"
  | "uint32"
  | "uint64"
  | "sint32"
  | "sint64"
  | "fixed32"
  | "fixed64"
  | "sfixed32"
  | "sfixed64"
  | "float"
  | "double"
  | "bool"
  | "string"
  | "bytes";

export type Field =
  | { n: number; t: ScalarType; v: unknown }
  | { n: number; t: "message"; fields: Field[] }
  | { n: number; t: "group"; fields: Field[] }
  | { n: number; t: "packed"; of: ScalarType; v: unknown[] };

const s = (n: number, t: ScalarType, v: unknown): Field => ({ n, t, v });
const many = (n: number, t: ScalarType, vs: unknown[]): Field[] => vs.map((v) => s(n, t, v));
const msg = (n: number, fields: Field[]): Field => ({ n, t: "message", fields });
const group = (n: number, fields: Field[]): Field => ({ n, t: "group", fields });
const packed = (n: number, of: ScalarType, v: unknown[]): Field => ({ n, t: "packed", of, v });

const bytesCase150 = Uint8Array.from({ length: 150 }, (_, i) => (i * 7) % 256);

export const goldenCases: Record<string, Field[]> = {
  classic_150: [s(1, "int32", 150)],
  varint_boundaries: [
    ...many(1, "uint64", [
      0n,
      1n,
      127n,
      128n,
      16383n,
      16384n,
      2097151n,
      2097152n,
      268435455n,
      268435456n,
      2147483647n,
      4294967295n,
      4294967296n,
      34359738367n,
      34359738368n,
      9007199254740991n,
      9007199254740992n,
      9223372036854775807n,
      9223372036854775808n,
      18446744073709551615n,
    ]),
    ...many(2, "uint32", [0, 127, 128, 16383, 16384, 2147483647, 2147483648, 4294967295]),
  ],
  negative_ints: [
    ...many(1, "int32", [0, -1, -150, 2147483647, -2147483648]),
    ...many(2, "int64", [
      0n,
      -1n,
      -150n,
      9223372036854775807n,
      -9223372036854775808n,
      -4294967296n,
      -9007199254740993n,
    ]),
  ],
  zigzag: [
    ...many(1, "sint32", [0, -1, 1, -2, 63, -64, 64, -65, 2147483647, -2147483648]),
    ...many(2, "sint64", [
      0n,
      -1n,
      1n,
      2147483647n,
      -2147483648n,
      2147483648n,
      -2147483649n,
      9223372036854775807n,
      -9223372036854775808n,
    ]),
  ],
  fixed_extremes: [
    ...many(1, "fixed32", [0, 1, 4294967295]),
    ...many(2, "sfixed32", [0, -1, 2147483647, -2147483648]),
    ...many(3, "fixed64", [0n, 1n, 4294967296n, 18446744073709551615n]),
    ...many(4, "sfixed64", [0n, -1n, 9223372036854775807n, -9223372036854775808n]),
  ],
  float_specials: [
    ...many(1, "float", [
      0,
      -0,
      1.5,
      0.1,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NaN,
      3.4028235e38,
      -3.4028235e38,
      1.17549435e-38,
      1.4e-45,
    ]),
    ...many(2, "double", [
      0,
      -0,
      1.5,
      0.1,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NaN,
      1.7976931348623157e308,
      2.2250738585072014e-308,
      5e-324,
      -5e-324,
    ]),
  ],
  bools: many(1, "bool", [true, false]),
  strings_utf8: many(1, "string", [
    "",
    "a",
    "é",
    "€",
    "😀",
    "aé€😀",
    "\u00FF\u07FF\u0800\uFFFF",
    "\u{10000}\u{10FFFF}",
    "The quick brown fox jumps over the lazy dog: Ärger, 日本語, 🦊 — and then some.",
    "x".repeat(200),
  ]),
  bytes_binary: many(1, "bytes", [
    new Uint8Array(0),
    Uint8Array.of(0),
    Uint8Array.of(0, 1, 0x7f, 0x80, 0xff),
    Uint8Array.of(0xc3, 0x28),
    bytesCase150,
  ]),
  nested: [
    msg(1, [
      s(1, "string", "top"),
      msg(2, [s(1, "string", "mid"), msg(2, [s(3, "int32", -1)]), s(3, "int32", 2)]),
      s(3, "int32", 1),
    ]),
    s(2, "int32", 42),
    msg(3, [s(1, "string", "a")]),
    msg(3, []),
    msg(3, [s(3, "int32", 300)]),
  ],
  repeated_packed: [
    ...many(1, "int32", [1, -1, 300]),
    packed(2, "int32", [1, -1, 300, 0]),
    packed(3, "sint64", [0n, -1n, 9223372036854775807n]),
    packed(4, "double", [1.5, -0, Number.POSITIVE_INFINITY]),
    packed(5, "fixed32", [1, 4294967295]),
    packed(6, "bool", [true, false, true]),
    packed(7, "uint64", [18446744073709551615n, 127n]),
  ],
  map: [
    msg(1, [s(1, "string", "apples"), s(2, "int32", 3)]),
    msg(2, [s(1, "int32", 7), msg(2, [s(1, "string", "seven"), s(3, "int32", 7)])]),
  ],
  group: [
    group(1, [s(2, "int32", 1), group(3, [s(4, "string", "deep")])]),
    group(5, [s(6, "int32", 10)]),
    group(5, []),
    group(5, [s(6, "int32", -2)]),
    s(7, "int32", 99),
  ],
  field_numbers: [
    s(1, "int32", 1),
    s(15, "int32", 15),
    s(16, "int32", 16),
    s(2047, "int32", 2047),
    s(2048, "int32", 2048),
    s(18999, "int32", 3),
    s(20000, "int32", 4),
    s(262143, "int32", 1),
    s(262144, "int32", 2),
    s(536870911, "int32", 5),
  ],
  all_scalars: [
    s(1, "int32", -7),
    s(2, "int64", -7000000000n),
    s(3, "uint32", 4000000000),
    s(4, "uint64", 12345678901234567890n),
    s(5, "sint32", -1000),
    s(6, "sint64", -1000000000000n),
    s(7, "fixed32", 305419896),
    s(8, "fixed64", 81985529216486895n),
    s(9, "sfixed32", -305419896),
    s(10, "sfixed64", -81985529216486895n),
    s(11, "float", 1234.5678),
    s(12, "double", 6.02214076e23),
    s(13, "bool", true),
    s(14, "string", "ok"),
    s(15, "bytes", Uint8Array.of(0xde, 0xad, 0xbe, 0xef)),
  ],
};
