import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { DecodeError, Reader, WireType, Writer } from "../../src/wire/index.js";
import { hex, unhex } from "./hex.js";

describe("Reader bytes", () => {
  it("bytes() returns a copy the caller owns", () => {
    const buf = unhex("03010203");
    const b = new Reader(buf).bytes();
    b[0] = 9;
    expect(buf[1]).toBe(1);
    buf[2] = 7;
    expect(hex(b)).toBe("090203");
    expect(b.buffer.byteLength).toBe(3);
  });

  it("bytes() and skipped() copy from a Node Buffer too (Buffer#slice would share memory)", () => {
    const long = "14" + "ab".repeat(20);
    for (const h of ["03010203", long]) {
      const buf = Buffer.from(unhex(h));
      const r = new Reader(buf);
      const b = r.bytes();
      buf[1] = 0xee;
      expect(hex(b)).toBe(h.slice(2));
      const skipped = new Reader(buf).skipped(0);
      expect(skipped.length).toBe(0);
      const r2 = new Reader(buf);
      r2.skip(WireType.LengthDelimited);
      const raw = r2.skipped(0);
      buf[0] = 0;
      expect(raw[0]).toBe(h === long ? 0x14 : 0x03);
    }
  });

  it("bytesView() returns a view into the input, no copy", () => {
    const buf = unhex("03010203");
    const v = new Reader(buf).bytesView();
    expect(v.buffer).toBe(buf.buffer);
    expect(v.byteOffset).toBe(1);
    buf[1] = 9;
    expect(v[0]).toBe(9);
  });

  it("works on a subarray of a larger buffer (byteOffset != 0)", () => {
    const big = unhex("ffff" + "0d0000c03f" + "11000000000000f87f" + "ffff");
    const r = new Reader(big.subarray(2, 16));
    r.tag();
    expect(r.float()).toBe(1.5);
    r.tag();
    expect(r.double()).toBeNaN();
    expect(r.pos).toBe(14);
  });
});

describe("Reader strings", () => {
  it("keeps a leading U+FEFF (no BOM stripping) on both paths", () => {
    expect(new Reader(unhex("03efbbbf")).string()).toBe("\uFEFF");
    const long = `\uFEFF${"z".repeat(30)}`;
    expect(new Reader(new Writer().string(long).finish()).string()).toBe(long);
    expect(new Reader(unhex("03efbbbf")).stringLossy()).toBe("\uFEFF");
  });

  it("stringLossy() replaces invalid sequences with U+FFFD", () => {
    expect(new Reader(unhex("0461ff8062")).stringLossy()).toBe("a\uFFFD\uFFFDb");
    expect(new Reader(unhex("03eda080")).stringLossy()).toBe("\uFFFD\uFFFD\uFFFD");
    const long = new Writer()
      .bytes(Uint8Array.of(...new Array(60).fill(0x61), 0xff, 0x62))
      .finish();
    expect(new Reader(long).stringLossy()).toBe(`${"a".repeat(60)}\uFFFDb`);
  });

  it("decodes ASCII of every length around the short/long switch", () => {
    for (let n = 0; n < 40; n++) {
      const s = Array.from({ length: n }, (_, i) => String.fromCharCode(32 + ((i * 7) % 95))).join(
        "",
      );
      expect(new Reader(new Writer().string(s).finish()).string()).toBe(s);
    }
  });

  it("a string() error leaves no partial state that hides the failure", () => {
    const r = new Reader(unhex("0180"));
    expect(() => r.string()).toThrow(DecodeError);
  });
});

describe("Reader.skip", () => {
  it("skips each wire type and returns the raw field with skipped()", () => {
    const w = new Writer()
      .tag(1, WireType.Varint)
      .int64(-1n)
      .tag(2, WireType.Fixed64)
      .double(1)
      .tag(3, WireType.LengthDelimited)
      .string("abc")
      .tag(4, WireType.StartGroup)
      .tag(1, WireType.Varint)
      .uint32(5)
      .tag(5, WireType.StartGroup)
      .tag(5, WireType.EndGroup)
      .tag(4, WireType.EndGroup)
      .tag(6, WireType.Fixed32)
      .fixed32(7)
      .tag(7, WireType.Varint)
      .uint32(99);
    const buf = w.finish();
    const r = new Reader(buf);
    const spans: string[] = [];
    for (let i = 0; i < 5; i++) {
      const start = r.pos;
      const tag = r.tag();
      r.skip(tag & 7);
      spans.push(hex(r.skipped(start)));
    }
    expect(spans).toEqual([
      "08ffffffffffffffffff01",
      "11000000000000f03f",
      "1a03616263",
      "2308052b2c24",
      "3507000000",
    ]);
    expect(r.tag()).toBe(0x38);
    expect(r.uint32()).toBe(99);
  });

  it("skip(StartGroup) without a field number matches the last tag()", () => {
    const r = new Reader(unhex("1b0801141c"));
    const tag = r.tag();
    expect(() => r.skip(tag & 7)).toThrow(
      expect.objectContaining({ code: "MISMATCHED_END_GROUP", offset: 3 }),
    );
    const ok = new Reader(unhex("1b08011c"));
    ok.skip(ok.tag() & 7);
    expect(ok.pos).toBe(4);
  });
});

describe("Reader 64-bit parts (codegen fast path)", () => {
  it("varint64() and fixed64Parts() fill lo/hi without bigint", () => {
    const r = new Reader(unhex("80808080f0ffffffff01" + "efcdab8967452301"));
    r.varint64();
    expect([r.lo, r.hi]).toEqual([0, 0xffffffff]);
    r.fixed64Parts();
    expect([r.lo.toString(16), r.hi.toString(16)]).toEqual(["89abcdef", "1234567"]);
  });

  it("Writer.varint64()/fixed64Parts() mirror them", () => {
    const out = new Writer().varint64(0, 0xffffffff).fixed64Parts(0x89abcdef, 0x01234567).finish();
    expect(hex(out)).toBe("80808080f0ffffffff01" + "efcdab8967452301");
  });
});
