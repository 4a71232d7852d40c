/**
 * Base64 for proto3 JSON bytes. Expected values come from Node's Buffer (an independent
 * implementation) and from the conformance suite (BytesField "AQI=", BytesFieldBase64Url "-_");
 * what is rejected follows the rules in src/json/base64.ts, restated here as a regex.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "../../src/json/base64.js";
import { JsonError } from "../../src/json/errors.js";
import { thrown } from "../helpers/thrown.js";

const nodeStd = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const nodeDecode = (text: string) =>
  new Uint8Array(Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64"));

function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe("encodeBase64", () => {
  it("writes RFC 4648 test vectors (standard alphabet, padded)", () => {
    const vectors: [string, string][] = [
      ["", ""],
      ["f", "Zg=="],
      ["fo", "Zm8="],
      ["foo", "Zm9v"],
      ["foob", "Zm9vYg=="],
      ["fooba", "Zm9vYmE="],
      ["foobar", "Zm9vYmFy"],
    ];
    for (const [plain, b64] of vectors) {
      expect(encodeBase64(new TextEncoder().encode(plain))).toBe(b64);
    }
    expect(encodeBase64(new Uint8Array([0xfb, 0xff]))).toBe("+/8=");
    expect(encodeBase64(new Uint8Array([1, 2]))).toBe("AQI=");
  });

  it("matches Buffer's base64 on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(encodeBase64(bytes)).toBe(nodeStd(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it("matches Buffer's base64 on large inputs, across chunk boundaries", () => {
    for (const n of [6143, 6144, 6145, 12288, 12289, 12290, 100_001, 1 << 20]) {
      const bytes = randomBytes(n, n);
      expect(encodeBase64(bytes)).toBe(nodeStd(bytes));
    }
  });

  it("encodes a view into a larger buffer from its own offset", () => {
    const whole = randomBytes(40, 7);
    const view = whole.subarray(5, 30);
    expect(encodeBase64(view)).toBe(nodeStd(view));
  });
});

describe("decodeBase64", () => {
  it("reads the conformance suite's bytes", () => {
    expect(decodeBase64("AQI=")).toEqual(new Uint8Array([1, 2]));
    expect(decodeBase64("-_")).toEqual(new Uint8Array([0xfb]));
    expect(decodeBase64("")).toEqual(new Uint8Array(0));
  });

  it("round-trips Buffer's standard, padded output", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeBase64(nodeStd(bytes))).toEqual(bytes);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads URL-safe unpadded, standard unpadded and mixed alphabets", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, flip) => {
        const url = Buffer.from(bytes).toString("base64url");
        expect(decodeBase64(url)).toEqual(bytes);
        const stdUnpadded = nodeStd(bytes).replace(/=+$/, "");
        expect(decodeBase64(stdUnpadded)).toEqual(bytes);
        // Swap every other alphabet-specific character to the other alphabet.
        let k = 0;
        const mixed = nodeStd(bytes).replace(/[+/]/g, (c) =>
          (k++ % 2 === 0) === flip ? (c === "+" ? "-" : "_") : c,
        );
        expect(decodeBase64(mixed)).toEqual(bytes);
      }),
      { numRuns: 1000 },
    );
  });

  it("ignores leftover bits in the last character, as Buffer does", () => {
    for (const text of ["AR==", "AR", "AQJ=", "AQJ", "-_", "//8", "__9="]) {
      expect(decodeBase64(text)).toEqual(nodeDecode(text));
    }
  });

  it("decodes large inputs like Buffer", () => {
    for (const n of [6145, 100_000, 1 << 20]) {
      const bytes = randomBytes(n, n + 1);
      // Buffer.equals: vitest's toEqual walks a megabyte element by element, slowly.
      expect(Buffer.from(decodeBase64(nodeStd(bytes))).equals(bytes)).toBe(true);
      const url = Buffer.from(bytes).toString("base64url");
      expect(Buffer.from(decodeBase64(url)).equals(bytes)).toBe(true);
    }
  });

  it("applies the same grammar to long inputs (Node's decoder path) as to short ones", () => {
    const body = "AQIw".repeat(4096); // 16,384 characters: past the native threshold
    for (const bad of ["*", " ", "\n", "é", "\u0141", "=", "%"]) {
      for (const at of [0, 8191, body.length - 1]) {
        if (bad === "=" && at === body.length - 1) continue; // "…AQI=" is valid padding
        const text = body.slice(0, at) + bad + body.slice(at + 1);
        expect((thrown(() => decodeBase64(text)) as JsonError).code).toBe("INVALID_VALUE");
      }
    }
    expect((thrown(() => decodeBase64(`${body}A`)) as JsonError).code).toBe("INVALID_VALUE");
    expect((thrown(() => decodeBase64(`${body}AQ=`)) as JsonError).code).toBe("INVALID_VALUE");
    // Mixed alphabets, unpadded, spare bits in the last character: as the short path reads them.
    const mixed = `${"-_+/".repeat(4096)}AR`;
    const expected = new Uint8Array([...decodeBase64("-_+/").subarray(0, 3), 0x01]);
    const out = decodeBase64(mixed);
    expect(out.length).toBe(4096 * 3 + 1);
    expect(out.subarray(0, 3)).toEqual(expected.subarray(0, 3));
    expect(out[out.length - 1]).toBe(0x01);
    expect(out.byteOffset).toBe(0);
    expect(out.buffer.byteLength).toBe(out.length);
  });

  it.each([
    ["a lone character", "A"],
    ["a lone last character", "AAAAB"],
    ["a lone last character, padded", "AAAAB==="],
    ["three padding characters", "A==="],
    ["only padding", "===="],
    ["a lone padding character", "="],
    ["padding that leaves the group short", "AQ="],
    ["too much padding", "AQI=="],
    ["padding after a whole group", "AAAA="],
    ["two paddings after a whole group", "AAAA=="],
    ["padding in the middle", "AQ==AQ=="],
    ["padding inside a group", "A=QI"],
    ["a leading space", " AQI="],
    ["a trailing newline", "AQI=\n"],
    ["an inner space", "AQ I="],
    ["a tab", "AQ\tI"],
    ["a symbol", "AQ*I"],
    ["a dot", "AQ.I"],
    ["a non-ASCII letter", "AQé="],
    ["a character whose low byte is 'A'", "AQ\u0141="],
    ["a character whose low byte is 'A', in a whole group", "\u0141AAA"],
    ["a code above 255 in the tail", "AA\u0141"],
    ["a high surrogate", "AQ\ud83d"],
    ["a NUL", "AQ\u0000="],
    ["a percent-encoded character", "AQ%3D"],
  ])("rejects %s", (_what, text) => {
    const e = thrown(() => decodeBase64(text));
    expect(e).toBeInstanceOf(JsonError);
    expect((e as JsonError).code).toBe("INVALID_VALUE");
  });

  it("accepts exactly the strings of the stated grammar, with Buffer's bytes", () => {
    // Independent statement of the grammar: body of either alphabet, then padding that
    // completes the last group; no lone last character.
    const accepted = (s: string): boolean => {
      const m = /^([A-Za-z0-9+/_-]*)(=*)$/.exec(s);
      if (m === null) return false;
      const body = m[1]!.length;
      const pads = m[2]!.length;
      if (body % 4 === 1) return false;
      return pads === 0 || (pads <= 2 && s.length % 4 === 0);
    };
    const char = fc.constantFrom(..."AQIwz09+/-_=  .é\u0141".split(""));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 14 }), (chars) => {
        const text = chars.join("");
        if (accepted(text)) {
          expect(decodeBase64(text)).toEqual(nodeDecode(text));
        } else {
          expect((thrown(() => decodeBase64(text)) as JsonError).code).toBe("INVALID_VALUE");
        }
      }),
      { numRuns: 5000 },
    );
  });
});
