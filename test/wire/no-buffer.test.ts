// The wire layer where Node's Buffer does not exist (browsers, Deno without Node globals): the
// UTF-8 paths then use TextEncoder.encodeInto and TextDecoder (plus the hand-written decoders)
// instead of Buffer's utf8Write / latin1Slice / ucs2Slice / utf8Slice. The modules look for
// Buffer when they load, so they are loaded afresh here with it removed, and checked against
// TextEncoder and TextDecoder, the independent oracles.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Writer as WriterLoadedWithBuffer } from "../../src/wire/writer.js";
import { anyText, utf8Input } from "./utf8-arbitraries.js";

type Wire = typeof import("../../src/wire/index.js");
type Decode = typeof import("../../src/wire/utf8-decode.js");

const g = globalThis as { Buffer?: unknown };
let saved: unknown;
let wire: Wire;
let decode: Decode;

beforeAll(async () => {
  saved = g.Buffer;
  delete g.Buffer;
  vi.resetModules();
  wire = await import("../../src/wire/index.js");
  decode = await import("../../src/wire/utf8-decode.js");
  g.Buffer = saved; // only the loading had to see no Buffer
});

afterAll(() => {
  g.Buffer = saved;
  vi.resetModules();
});

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

describe("wire layer without Buffer", () => {
  it("loaded the modules afresh while Buffer was gone", () => {
    expect(wire.Writer).not.toBe(WriterLoadedWithBuffer);
    // And they work: a lone surrogate in a long string becomes U+FFFD through encodeInto.
    const s = `${"a".repeat(40)}\uD800${"é".repeat(20)}`;
    const bytes = new wire.Writer().string(s).finish();
    expect(new wire.Reader(bytes).string()).toBe(`${"a".repeat(40)}\uFFFD${"é".repeat(20)}`);
  });

  it("writes exactly TextEncoder's bytes, short and long, flat and concatenated", () => {
    const enc = new TextEncoder();
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        for (const s of [a, `${a}${b}`]) {
          const r = new wire.Reader(new wire.Writer().string(s).finish());
          expect(hex(r.bytesView())).toBe(hex(enc.encode(s)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("decodes what TextDecoder decodes, and refuses what it refuses", () => {
    fc.assert(
      fc.property(utf8Input, (bytes) => {
        let want: string | undefined;
        try {
          want = strict.decode(bytes);
        } catch {
          want = undefined;
        }
        if (want === undefined) {
          expect(() => decode.getUtf8(bytes, 0, bytes.length, true)).toThrow(wire.DecodeError);
        } else {
          expect(decode.getUtf8(bytes, 0, bytes.length, true)).toBe(want);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
