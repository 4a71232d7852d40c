/**
 * Malformed inputs, each with the DecodeError code and byte offset it must produce.
 * `read` names what the Reader is asked to do with the bytes.
 */
import { describe, expect, it } from "vitest";
import { DecodeError, ProtowireError, Reader } from "../../src/wire/index.js";
import { unhex } from "./hex.js";

type Op = (r: Reader) => unknown;

/** Reads a whole message the way a schema-free walker does: tag, skip, repeat. */
const walk: Op = (r) => {
  while (r.pos < r.end) {
    const tag = r.tag();
    r.skip(tag & 7, tag >>> 3);
  }
};

const cases: [name: string, bytes: string, read: Op, code: string, offset: number][] = [
  // Varints
  ["empty buffer, uint32", "", (r) => r.uint32(), "TRUNCATED", 0],
  ["empty buffer, uint64", "", (r) => r.uint64(), "TRUNCATED", 0],
  ["varint cut after 1 byte", "80", (r) => r.uint32(), "TRUNCATED", 0],
  ["varint cut after 9 bytes", "ffffffffffffffffff", (r) => r.int64(), "TRUNCATED", 0],
  [
    "varint cut, 10+ bytes available elsewhere",
    "0180",
    (r) => {
      r.uint32();
      r.uint32();
    },
    "TRUNCATED",
    1,
  ],
  ["11-byte varint as uint64", "ffffffffffffffffffff01", (r) => r.uint64(), "VARINT_OVERLONG", 0],
  [
    "11-byte varint as uint32 (fast path)",
    "ffffffffffffffffffff01",
    (r) => r.uint32(),
    "VARINT_OVERLONG",
    0,
  ],
  [
    "10 continuation bytes, buffer ends",
    "80808080808080808080",
    (r) => r.uint32(),
    "VARINT_OVERLONG",
    0,
  ],
  ["11-byte varint as bool", "8080808080808080808000", (r) => r.bool(), "VARINT_OVERLONG", 0],
  [
    "overlong varint after a field",
    "0801" + "08" + "ff".repeat(10) + "01",
    walk,
    "VARINT_OVERLONG",
    3,
  ],
  // Fixed width
  ["fixed32 with 3 bytes", "010203", (r) => r.fixed32(), "TRUNCATED", 0],
  ["float with 0 bytes", "", (r) => r.float(), "TRUNCATED", 0],
  ["fixed64 with 7 bytes", "01020304050607", (r) => r.fixed64(), "TRUNCATED", 0],
  [
    "double after a varint",
    "05" + "000000",
    (r) => {
      r.uint32();
      r.double();
    },
    "TRUNCATED",
    1,
  ],
  ["sfixed64 field cut", "09" + "ffffffff", walk, "TRUNCATED", 1],
  // Length-delimited
  ["length past the end", "0a05616263", walk, "LENGTH_OUT_OF_RANGE", 1],
  ["length 2^32-1", "ffffffff0f", (r) => r.bytes(), "LENGTH_OUT_OF_RANGE", 0],
  ["length beyond 32 bits", "ffffffffffffffffff01", (r) => r.length(), "LENGTH_OUT_OF_RANGE", 0],
  ["string length past the end", "0361", (r) => r.string(), "LENGTH_OUT_OF_RANGE", 0],
  ["length prefix cut", "0a", walk, "TRUNCATED", 1],
  ["length prefix overlong", "12" + "80".repeat(10) + "00", walk, "VARINT_OVERLONG", 1],
  // Tags
  ["tag 0", "00", (r) => r.tag(), "INVALID_FIELD_NUMBER", 0],
  ["field 0, wire type 2", "02", (r) => r.tag(), "INVALID_FIELD_NUMBER", 0],
  ["field 0 as a 2-byte tag", "8000", (r) => r.tag(), "INVALID_FIELD_NUMBER", 0],
  ["wire type 6", "0e", (r) => r.tag(), "INVALID_WIRE_TYPE", 0],
  ["wire type 7", "0f", (r) => r.tag(), "INVALID_WIRE_TYPE", 0],
  ["wire type 7, 2-byte tag", "ff01", (r) => r.tag(), "INVALID_WIRE_TYPE", 0],
  ["tag beyond 32 bits", "8880808010", (r) => r.tag(), "INVALID_FIELD_NUMBER", 0],
  ["tag cut", "80", (r) => r.tag(), "TRUNCATED", 0],
  ["tag at end of input", "", (r) => r.tag(), "TRUNCATED", 0],
  ["bad tag after a valid field", "0801" + "0f", walk, "INVALID_WIRE_TYPE", 2],
  ["skip() given wire type 7", "00", (r) => r.skip(7), "INVALID_WIRE_TYPE", 0],
  // Groups
  ["end group without start", "0c", walk, "UNEXPECTED_END_GROUP", 0],
  ["end group after a field", "0801" + "14", walk, "UNEXPECTED_END_GROUP", 2],
  ["group never closed", "0b0801", walk, "TRUNCATED", 1],
  ["group closed by another field", "0b" + "0801" + "14", walk, "MISMATCHED_END_GROUP", 3],
  ["nested group closed by the outer end", "0b" + "13" + "0c", walk, "MISMATCHED_END_GROUP", 2],
  ["bad field inside a group", "0b" + "0a05", walk, "LENGTH_OUT_OF_RANGE", 2],
  ["group nested 101 deep", "0b".repeat(101) + "0c".repeat(101), walk, "RECURSION_LIMIT", 100],
  // UTF-8
  ["string with a lone continuation byte", "0180", (r) => r.string(), "INVALID_UTF8", 1],
  ["string with an encoded surrogate", "03eda080", (r) => r.string(), "INVALID_UTF8", 1],
  ["string with an overlong '/'", "02c0af", (r) => r.string(), "INVALID_UTF8", 1],
  ["string cut inside a 4-byte sequence", "03f09f98", (r) => r.string(), "INVALID_UTF8", 1],
  ["long string with 0xff", "14" + "61".repeat(19) + "ff", (r) => r.string(), "INVALID_UTF8", 1],
  ["string above U+10FFFF", "04f4908080", (r) => r.string(), "INVALID_UTF8", 1],
  [
    "100-byte string, bad byte at the end",
    "64" + "61".repeat(99) + "c0",
    (r) => r.string(),
    "INVALID_UTF8",
    1,
  ],
  [
    "string after a field",
    "0801" + "12" + "02" + "ffff",
    (r) => {
      r.tag();
      r.uint32();
      r.tag();
      r.string();
    },
    "INVALID_UTF8",
    4,
  ],
];

describe("malformed input -> DecodeError code and offset", () => {
  for (const [name, bytes, read, code, offset] of cases) {
    it(`${name}: ${code} at ${offset}`, () => {
      const r = new Reader(unhex(bytes));
      let err: unknown;
      try {
        read(r);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DecodeError);
      expect(err).toBeInstanceOf(ProtowireError);
      const de = err as DecodeError;
      expect({ code: de.code, offset: de.offset }).toEqual({ code, offset });
      expect(de.path).toBe("");
      expect(de.message).toContain(code);
      expect(de.message).toContain(`offset ${offset}`);
    });
  }

  it("100 nested groups are within the default limit", () => {
    const r = new Reader(unhex("0b".repeat(100) + "0c".repeat(100)));
    walk(r);
    expect(r.pos).toBe(200);
  });

  it("recursionLimit is configurable and counts the codec's depth", () => {
    const bytes = unhex("0b0b0c0c");
    expect(() => walk(new Reader(bytes, { recursionLimit: 2 }))).not.toThrow();
    const shallow = new Reader(bytes, { recursionLimit: 1 });
    expect(() => walk(shallow)).toThrow(expect.objectContaining({ code: "RECURSION_LIMIT" }));
    const deep = new Reader(bytes, { recursionLimit: 2 });
    deep.depth = 1;
    expect(() => walk(deep)).toThrow(expect.objectContaining({ code: "RECURSION_LIMIT" }));
  });

  it("a million nested group starts fail fast without a stack overflow", () => {
    const r = new Reader(new Uint8Array(1_000_000).fill(0x0b), { recursionLimit: 1e9 });
    expect(() => walk(r)).toThrow(expect.objectContaining({ code: "TRUNCATED", offset: 1 }));
  });

  it("reads respect `end`, not buf.length", () => {
    const r = new Reader(unhex("0a0361626308"));
    r.end = 3;
    r.tag();
    expect(() => r.length()).toThrow(expect.objectContaining({ code: "LENGTH_OUT_OF_RANGE" }));
  });
});
