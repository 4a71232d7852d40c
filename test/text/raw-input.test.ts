// writeRawTextFrom (src/text/print/raw-input.ts): decode_raw's input read a window at a time,
// checked in one pass and printed in another. Its text must be writeRawText's (which
// text-streaming and print-random prove against protoc) for every input and window size, its
// error the same DecodeError with nothing written, and its memory a window or the largest
// top-level field, not the input. One case goes to protoc itself.
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  concatBytes,
  DecodeError,
  type RandomAccessBytes,
  rawText,
  writeRawText,
  writeRawTextFrom,
} from "../../src/index.js";
import { writeRawTextWindowed } from "../../src/text/raw-text.js";
import { thrown } from "../helpers/thrown.js";
import { varint } from "../helpers/varint.js";
import { protocBinary } from "./helpers/print-protoc.js";

/** `bytes` as an input that hands out at most `most` bytes a read, noting the largest buffer. */
function source(bytes: Uint8Array, most = Infinity) {
  const seen = { largest: 0, reads: 0 };
  const input: RandomAccessBytes = {
    size: bytes.length,
    read(into, position) {
      seen.largest = Math.max(seen.largest, into.length);
      seen.reads++;
      const n = Math.min(into.length, bytes.length - position, most);
      into.set(bytes.subarray(position, position + n));
      return n;
    },
  };
  return { input, seen };
}

function text(chunks: Uint8Array[]): string {
  return new TextDecoder().decode(concatBytes(chunks));
}

/** What writeRawText writes for `bytes`: its text, or the error it throws. */
function whole(bytes: Uint8Array): { text: string } | { error: unknown } {
  const chunks: Uint8Array[] = [];
  try {
    writeRawText(bytes, (c) => chunks.push(c));
    return { text: text(chunks) };
  } catch (error) {
    return { error };
  }
}

function windowed(
  bytes: Uint8Array,
  windowBytes: number,
  most?: number,
): { text: string } | { error: unknown } {
  const chunks: Uint8Array[] = [];
  const { input } = source(bytes, most);
  try {
    writeRawTextWindowed(input, (c) => chunks.push(c), windowBytes);
    return { text: text(chunks) };
  } catch (error) {
    if (chunks.length > 0) throw new Error("an input that is not fields wrote text");
    return { error };
  }
}

const bytesOf = (...parts: (number[] | Uint8Array)[]) =>
  concatBytes(parts.map((p) => Uint8Array.from(p)));
const ld = (number: number, body: Uint8Array) =>
  bytesOf(varint((number << 3) | 2), varint(body.length), body);
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Top-level fields of every kind: nested messages, strings that start like fields, groups. */
const fieldArb: fc.Arbitrary<Uint8Array> = fc.letrec<{ field: Uint8Array; body: Uint8Array }>(
  (tie) => ({
    field: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc
        .tuple(fc.integer({ min: 1, max: 40 }), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }))
        .map(([n, v]) => bytesOf(varint(n << 3), bigVarint(v))),
      fc
        .tuple(fc.integer({ min: 1, max: 40 }), fc.uint8Array({ minLength: 8, maxLength: 8 }))
        .map(([n, b]) => bytesOf(varint((n << 3) | 1), b)),
      fc
        .tuple(fc.integer({ min: 1, max: 40 }), fc.uint8Array({ minLength: 4, maxLength: 4 }))
        .map(([n, b]) => bytesOf(varint((n << 3) | 5), b)),
      fc
        .tuple(fc.integer({ min: 1, max: 40 }), fc.string({ maxLength: 60 }))
        .map(([n, s]) => ld(n, utf8(s))),
      fc
        .tuple(fc.integer({ min: 1, max: 40 }), fc.uint8Array({ maxLength: 300 }))
        .map(([n, b]) => ld(n, b)),
      fc.tuple(fc.integer({ min: 1, max: 40 }), tie("body")).map(([n, b]) => ld(n, b)),
      fc
        .tuple(fc.integer({ min: 1, max: 40 }), tie("body"))
        .map(([n, b]) => bytesOf(varint((n << 3) | 3), b, varint((n << 3) | 4))),
    ),
    body: fc.array(tie("field"), { maxLength: 5 }).map((fs) => concatBytes(fs)),
  }),
).field;

function bigVarint(v: bigint): number[] {
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

const inputArb = fc.array(fieldArb, { maxLength: 12 }).map((fs) => concatBytes(fs));

/** An input with one edit that may break it: a cut, a flipped byte, an inserted byte. */
const brokenArb = fc
  .tuple(
    inputArb,
    fc.nat(),
    fc.integer({ min: 1, max: 255 }),
    fc.constantFrom("cut", "flip", "insert"),
  )
  .map(([b, at, x, kind]) => {
    if (b.length === 0) return Uint8Array.of(x);
    const i = at % b.length;
    if (kind === "cut") return b.slice(0, i);
    if (kind === "flip") {
      const c = b.slice();
      c[i]! ^= x;
      return c;
    }
    return bytesOf(b.subarray(0, i), [x], b.subarray(i));
  });

describe("writeRawTextFrom", () => {
  it("prints writeRawText's text for any input, window size and read size", () => {
    fc.assert(
      fc.property(
        fc.oneof(inputArb, brokenArb),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 50 }),
        (bytes, windowBytes, most) => {
          const want = whole(bytes);
          const got = windowed(bytes, windowBytes, most);
          if ("text" in want) expect(got).toEqual(want);
          else {
            expect("error" in got).toBe(true);
            const e = (got as { error: DecodeError }).error;
            const w = want.error as DecodeError;
            expect(e).toBeInstanceOf(DecodeError);
            expect([e.code, e.offset, e.message]).toEqual([w.code, w.offset, w.message]);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("prints what protoc --decode_raw prints, across windows of 64 bytes", () => {
    const user = (i: number) =>
      bytesOf(
        ld(2, utf8(`Amélie Müller ${i}`)),
        ld(4, bytesOf(ld(1, utf8("113 delta street")), [0x2d], [0, 0, 0x80, 0x3f])),
        [0x38, 0x96, 0x01],
        bytesOf([0x43], [0x08, 0x07], [0x44]), // a group holding a varint
      );
    const bytes = concatBytes(Array.from({ length: 40 }, (_, i) => ld(1, user(i))));
    const protoc = spawnSync(protocBinary(), ["--decode_raw"], { input: bytes, encoding: "utf8" });
    expect(protoc.status).toBe(0);
    expect(windowed(bytes, 64)).toEqual({ text: protoc.stdout });
    const chunks: Uint8Array[] = [];
    writeRawTextFrom(source(bytes).input, (c) => chunks.push(c));
    expect(text(chunks)).toBe(protoc.stdout);
  });

  it("holds a window, or the largest top-level field when printing, not the input", () => {
    const small = concatBytes(Array.from({ length: 2000 }, (_, i) => ld(1, utf8(`record ${i}`))));
    const big = ld(2, new Uint8Array(5000).fill(0x41)); // one field larger than the window
    const bytes = concatBytes([small, big, small]);
    const { input, seen } = source(bytes);
    const chunks: Uint8Array[] = [];
    writeRawTextWindowed(input, (c) => chunks.push(c), 1024);
    expect(text(chunks)).toBe(rawText(bytes));
    expect(bytes.length).toBeGreaterThan(40_000);
    // The buffer grew to the big field (about 5 KB) and no further.
    expect(seen.largest).toBeLessThanOrEqual(2 * 5010);
  });

  it("says so when the input ends before its size", () => {
    const bytes = concatBytes(Array.from({ length: 50 }, (_, i) => ld(1, utf8(`record ${i}`))));
    const input: RandomAccessBytes = {
      size: bytes.length + 100,
      read: (into, position) => {
        const n = Math.max(0, Math.min(into.length, bytes.length - position));
        into.set(bytes.subarray(position, position + n));
        return n;
      },
    };
    const e = thrown(() => writeRawTextWindowed(input, () => {}, 64)) as Error;
    expect(e.message).toMatch(/the input ended at byte \d+ of the \d+ it had/);
  });
});
