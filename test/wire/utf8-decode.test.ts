// The hand-written UTF-8 decoders (src/wire/utf8-decode.ts) against the platform's TextDecoder,
// the independent oracle: on well-formed input they must return exactly what it returns, and on
// anything else they must give up (undefined) so that TextDecoder decides.
import { Buffer } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecodeError } from "../../src/wire/errors.js";
import { Reader } from "../../src/wire/reader.js";
import { decodeLong, decodeShort, getUtf8 } from "../../src/wire/utf8-decode.js";
import { Writer } from "../../src/wire/writer.js";
import { anyText, utf8Input } from "./utf8-arbitraries.js";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const utf8 = Buffer.prototype.utf8Slice as (this: Uint8Array, s: number, e: number) => string;
const ucs2 = Buffer.prototype.ucs2Slice as (this: Uint8Array, s: number, e: number) => string;

function oracle(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The longest payload decodeShort takes (SHORT_DECODE in utf8-decode.ts). */
const SHORT = 48;

/** Any JS string of real characters (lone surrogates excluded: UTF-8 cannot carry them). */
const textArb = fc.string({ unit: "grapheme", maxLength: 300 });

describe("hand-written UTF-8 decoders", () => {
  it("decode well-formed text exactly as TextDecoder does", () => {
    fc.assert(
      fc.property(textArb, fc.nat(8), (s, pad) => {
        const payload = new TextEncoder().encode(s);
        // Embedded at an offset, as string fields are.
        const buf = new Uint8Array(pad + payload.length + 3);
        buf.set(payload, pad);
        const end = pad + payload.length;
        if (payload.length <= SHORT) {
          expect(decodeShort(buf, pad, end)).toBe(s);
        }
        // decodeLong may refuse well-formed text that holds a U+FFFD when utf8Slice read it
        // (TextDecoder then decides: getUtf8 below); anything else it decodes.
        const long = decodeLong(buf, pad, end, utf8, ucs2);
        if (!(long === undefined && s.includes("\uFFFD"))) expect(long).toBe(s);
        expect(getUtf8(buf, pad, end, true)).toBe(s);
      }),
      // The refusal, every run: an ASCII head, then a real U+FFFD.
      { numRuns: 2000, examples: [[`${"a".repeat(40)}\uFFFD`, 3]] },
    );
  });

  it("agree with TextDecoder on arbitrary bytes, or give up", () => {
    fc.assert(
      fc.property(utf8Input, (bytes) => {
        const want = oracle(bytes);
        const long = decodeLong(bytes, 0, bytes.length, utf8, ucs2);
        // Well-formed: every path decodes it; malformed: every path refuses. The one allowed
        // refusal of well-formed text: a U+FFFD in it, when utf8Slice read it (TextDecoder
        // then decides, as getUtf8 below shows).
        const refusedReplacement = long === undefined && want?.includes("\uFFFD") === true;
        if (!refusedReplacement) expect(long).toBe(want);
        for (let i = 0; i + SHORT <= bytes.length + SHORT; i += SHORT) {
          const part = bytes.subarray(i, Math.min(bytes.length, i + SHORT));
          const wantPart = oracle(part);
          expect(decodeShort(part, 0, part.length)).toBe(wantPart);
        }
        if (want === undefined) {
          expect(() => getUtf8(bytes, 0, bytes.length, true)).toThrow(DecodeError);
          expect(getUtf8(bytes, 0, bytes.length, false)).toBe(lossy.decode(bytes));
        } else {
          expect(getUtf8(bytes, 0, bytes.length, true)).toBe(want);
          expect(getUtf8(bytes, 0, bytes.length, false)).toBe(want);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("cover the boundaries of each sequence length", () => {
    // Code points at every UTF-8 length boundary, and the ends of the surrogate range.
    const cps = [0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x1_0000, 0x10_ffff];
    const s = String.fromCodePoint(...cps);
    const long = s.repeat(10); // above the 48-byte short path
    // ASCII first, so the long path goes through utf8Slice, with a U+FFFD that is data.
    const asciiFirst = `${"a".repeat(40)}${long}`;
    for (const text of [s, long, asciiFirst]) {
      const bytes = new TextEncoder().encode(text);
      expect(getUtf8(bytes, 0, bytes.length, true)).toBe(text);
    }
    // Sequences that are one step past the rules (protobuf spec: strings must be valid UTF-8).
    for (const hex of ["c080", "c1bf", "e09fbf", "eda080", "edbfbf", "f08fbfbf", "f4908080"]) {
      const bytes = Buffer.from(hex.repeat(20), "hex");
      expect(decodeShort(bytes, 0, hex.length / 2)).toBeUndefined();
      expect(decodeLong(bytes, 0, bytes.length, utf8, ucs2)).toBeUndefined();
      expect(() => getUtf8(bytes, 0, bytes.length, true)).toThrow(DecodeError);
      const afterAscii = Buffer.concat([Buffer.from("a".repeat(40)), bytes]);
      expect(decodeLong(afterAscii, 0, afterAscii.length, utf8, ucs2)).toBeUndefined();
      expect(() => getUtf8(afterAscii, 0, afterAscii.length, true)).toThrow(DecodeError);
    }
  });

  it("reads long strings from a Buffer and from a plain Uint8Array alike", () => {
    const text = `${"ascii ".repeat(40)}äöü αβγ 日本語 😀`.repeat(50);
    const payload = new TextEncoder().encode(text);
    const framed = new Uint8Array(payload.length + 3);
    framed.set([0x80 | (payload.length & 0x7f), (payload.length >> 7) & 0x7f], 0);
    // A length of this size takes two varint bytes.
    expect(payload.length).toBeLessThan(1 << 14);
    framed.set(payload, 2);
    const view = framed.subarray(0, payload.length + 2);
    expect(new Reader(view).string()).toBe(text);
    expect(new Reader(Buffer.from(view)).string()).toBe(text);
  });
});

describe("string encoding", () => {
  it("writes exactly TextEncoder's bytes, lone surrogates included, short and long", () => {
    fc.assert(
      fc.property(anyText, fc.nat(3), (s, pad) => {
        const w = new Writer();
        for (let i = 0; i < pad; i++) w.bool(true);
        const out = w.string(s).finish().subarray(pad);
        const want = new TextEncoder().encode(s);
        const r = new Reader(out);
        const end = r.length();
        expect(end).toBe(out.length);
        expect(Buffer.from(out.subarray(r.pos)).equals(Buffer.from(want))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
