import { describe, expect, it } from "vitest";
import {
  EncodeError,
  MAX_FIELD_NUMBER,
  ProtowireError,
  Reader,
  WireType,
  Writer,
} from "../../src/wire/index.js";
import { hex } from "./hex.js";

function expectEncodeError(fn: () => unknown, code: string): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(EncodeError);
  expect(err).toBeInstanceOf(ProtowireError);
  expect((err as EncodeError).code).toBe(code);
}

describe("Writer.tag", () => {
  it("writes fieldNumber << 3 | wireType as a varint", () => {
    expect(hex(new Writer().tag(1, WireType.Varint).finish())).toBe("08");
    expect(hex(new Writer().tag(15, WireType.Fixed32).finish())).toBe("7d");
    expect(hex(new Writer().tag(16, WireType.LengthDelimited).finish())).toBe("8201");
    expect(hex(new Writer().tag(MAX_FIELD_NUMBER, WireType.EndGroup).finish())).toBe("fcffffff0f");
  });

  it.each([0, -1, MAX_FIELD_NUMBER + 1, 1.5, Number.NaN, 2 ** 32])("rejects field number %s", (n) =>
    expectEncodeError(() => new Writer().tag(n, 0), "INVALID_FIELD_NUMBER"),
  );

  it.each([6, 7, -1, 1.5])("rejects wire type %s", (wt) =>
    expectEncodeError(() => new Writer().tag(1, wt), "INVALID_WIRE_TYPE"),
  );
});

describe("Writer 64-bit inputs", () => {
  const methods = ["int64", "sint64", "sfixed64"] as const;
  const unsigned = ["uint64", "fixed64"] as const;

  it("bigint, safe number and decimal string write the same bytes", () => {
    const cases: [bigint, number, string][] = [
      [0n, 0, "0"],
      [-1n, -1, "-1"],
      [9007199254740991n, Number.MAX_SAFE_INTEGER, "9007199254740991"],
      [-9007199254740991n, Number.MIN_SAFE_INTEGER, "-9007199254740991"],
      [-4294967297n, -4294967297, "-4294967297"],
      [4294967296n, 4294967296, "0004294967296"],
    ];
    for (const m of methods) {
      for (const [b, n, s] of cases) {
        const want = hex(new Writer()[m](b).finish());
        expect(hex(new Writer()[m](n).finish())).toBe(want);
        expect(hex(new Writer()[m](s).finish())).toBe(want);
      }
    }
  });

  it("accepts the full range as strings", () => {
    expect(hex(new Writer().int64("-9223372036854775808").finish())).toBe("80808080808080808001");
    expect(hex(new Writer().uint64("18446744073709551615").finish())).toBe("ffffffffffffffffff01");
    expect(hex(new Writer().fixed64("18446744073709551615").finish())).toBe("ffffffffffffffff");
  });

  const badSigned: unknown[] = [
    2n ** 63n,
    -(2n ** 63n) - 1n,
    "9223372036854775808",
    "-9223372036854775809",
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    "",
    "-",
    " 1",
    "1 ",
    "0x10",
    "1e3",
    "+1",
    "1".repeat(21),
    "1.0",
    null,
    undefined,
    {},
  ];
  for (const m of methods) {
    it.each(badSigned.map((v) => [v]))(`${m} rejects %s`, (v) =>
      expectEncodeError(() => new Writer()[m](v as bigint), "INVALID_INT64"),
    );
  }
  for (const m of unsigned) {
    it.each([[-1n], [-1], ["-1"], [2n ** 64n], ["18446744073709551616"]])(`${m} rejects %s`, (v) =>
      expectEncodeError(() => new Writer()[m](v as bigint), "INVALID_INT64"),
    );
  }

  it("keeps leading zeros out of the range check", () => {
    expect(hex(new Writer().uint64(`${"0".repeat(50)}1`).finish())).toBe("01");
  });
});

describe("Writer strings", () => {
  it("encodes a lone surrogate as U+FFFD, like TextEncoder, on both paths", () => {
    const lone: [string, string][] = [
      ["\uD800", "\uFFFD"],
      ["a\uDC00b", "a\uFFFDb"],
      ["\uDBFF\uDBFF\uDFFF", "\uFFFD\u{10FFFF}"],
      ["x\uD83D", "x\uFFFD"],
      ["\uDE00\uD83D", "\uFFFD\uFFFD"],
    ];
    for (const [s, wellFormed] of lone) {
      // Short strings take the hand-written loop, long ones TextEncoder.encodeInto.
      for (const pad of ["", "-".repeat(60)]) {
        const r = new Reader(new Writer().string(s + pad).finish());
        const payload = r.bytesView();
        expect(hex(payload)).toBe(hex(new TextEncoder().encode(s + pad)));
        expect(new Reader(new Writer().string(s + pad).finish()).string()).toBe(wellFormed + pad);
      }
    }
    expect(hex(new Writer().string("\uD800").finish())).toBe("03efbfbd");
    expect(new Reader(new Writer().string("a\uDC00").finish()).string()).toBe("a\uFFFD");
  });

  it("widens the length prefix on the TextEncoder path", () => {
    // 43 chars (TextEncoder path, reserved prefix for 129 bytes is 2) but 43 bytes: 1-byte prefix.
    const s = "a".repeat(43);
    const out = new Writer().string(s).finish();
    expect(out.length).toBe(44);
    expect(out[0]).toBe(43);
    // 2-byte prefix actually needed.
    const long = "é".repeat(100);
    const out2 = new Writer().string(long).finish();
    expect(hex(out2.subarray(0, 2))).toBe("c801");
    expect(new Reader(out2).string()).toBe(long);
  });

  it("writes flat strings and ropes of every length across the loop/native bound like TextEncoder", () => {
    // Concatenations of 13+ units are ropes in V8; short ones are flat. Both paths, both kinds.
    const enc = new TextEncoder();
    for (const unit of ["a", "é", "日", "😀", "\uD800"]) {
      for (let n = 0; n <= 60; n++) {
        const flat = unit.repeat(n);
        const half = Math.floor(n / 2);
        const rope = `${unit.repeat(half)}${unit.repeat(n - half)}`;
        for (const s of [flat, rope, `x${rope}`]) {
          const r = new Reader(new Writer().string(s).finish());
          expect(hex(r.bytesView())).toBe(hex(enc.encode(s)));
          expect(r.pos).toBe(r.buf.length);
        }
      }
    }
  });
});

describe("Writer fork/join", () => {
  it.each([0, 1, 127, 128, 16383, 16384, 2097152])(
    "submessage of %i bytes gets the right prefix without losing bytes",
    (n) => {
      const payload = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
      const w = new Writer(4).uint32(0x55).fork().raw(payload).join().uint32(0x66);
      const out = w.finish();
      const r = new Reader(out);
      expect(r.uint32()).toBe(0x55);
      // Buffer.equals: vitest's deep equality takes seconds on megabyte arrays.
      const got = r.bytes();
      expect(got.length).toBe(n);
      expect(Buffer.from(got).equals(Buffer.from(payload))).toBe(true);
      expect(r.uint32()).toBe(0x66);
      expect(r.pos).toBe(out.length);
    },
  );

  it("nests, each level widening independently", () => {
    const w = new Writer(8);
    w.tag(1, 2).fork();
    w.tag(2, 2).fork().raw(new Uint8Array(200)).join();
    w.tag(3, 0).uint32(1);
    w.join();
    const out = w.finish();
    const r = new Reader(out);
    expect(r.tag()).toBe(0x0a);
    const end = r.length();
    expect(end).toBe(out.length);
    expect(r.tag()).toBe(0x12);
    expect(r.bytes()).toEqual(new Uint8Array(200));
    expect(r.tag()).toBe(0x18);
    expect(r.uint32()).toBe(1);
    expect(r.pos).toBe(end);
  });

  it("throws UNBALANCED_FORK for join() without fork() and finish() with an open fork", () => {
    expectEncodeError(() => new Writer().join(), "UNBALANCED_FORK");
    expectEncodeError(() => new Writer().fork().finish(), "UNBALANCED_FORK");
  });
});

describe("Writer buffers", () => {
  it("finish() returns a right-sized copy, and reset() reuses the writer", () => {
    const w = new Writer(1024).uint32(300);
    const a = w.finish();
    expect(a.length).toBe(2);
    expect(a.buffer.byteLength).toBe(2);
    w.uint32(1);
    expect(hex(a)).toBe("ac02");
    expect(hex(w.finish())).toBe("ac0201");
    w.reset().bool(true);
    expect(hex(w.finish())).toBe("01");
    expect(hex(a)).toBe("ac02");
  });

  it("grows from a tiny capacity", () => {
    const w = new Writer(1);
    for (let i = 0; i < 10_000; i++) w.uint64(BigInt(i) * 1_000_000_007n);
    const r = new Reader(w.finish());
    for (let i = 0; i < 10_000; i++) expect(r.uint64()).toBe(BigInt(i) * 1_000_000_007n);
  });

  it("bytes() and raw() copy their input", () => {
    const src = Uint8Array.of(1, 2, 3);
    const w = new Writer().bytes(src).raw(src);
    src[0] = 9;
    expect(hex(w.finish())).toBe("03010203010203");
  });

  it("32-bit writers take values modulo 2^32, like `>>> 0` and `| 0`", () => {
    expect(hex(new Writer().uint32(-1).finish())).toBe("ffffffff0f");
    expect(hex(new Writer().uint32(2 ** 32 + 5).finish())).toBe("05");
    expect(hex(new Writer().int32(2 ** 31).finish())).toBe("80808080f8ffffffff01");
    expect(hex(new Writer().fixed32(-1).finish())).toBe("ffffffff");
  });
});
