// Arbitraries for the UTF-8 tests (utf8-decode.test.ts, no-buffer.test.ts): text to encode,
// and bytes to decode that are well-formed, ill-formed and in between.
import fc from "fast-check";

/** Bytes near the edges of UTF-8's rules: leads, continuations, ASCII, the forbidden bytes. */
const edgyByte = fc.constantFrom(
  0x00,
  0x41,
  0x7f,
  0x80,
  0x8f,
  0x90,
  0x9f,
  0xa0,
  0xbf,
  0xc0,
  0xc1,
  0xc2,
  0xdf,
  0xe0,
  0xe1,
  0xec,
  0xed,
  0xee,
  0xef,
  0xf0,
  0xf1,
  0xf3,
  0xf4,
  0xf5,
  0xfe,
  0xff,
);

const unit16 = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/**
 * Any JS string, lone surrogates included, of every length up to 300 (not only fast-check's
 * usual short ones: the string paths switch at 12, 16 and 48 units and 32-byte ASCII heads).
 */
export const anyText = fc.oneof(
  ...(["small", "max"] as const).flatMap((size) => [
    fc.string({ unit: unit16, maxLength: 300, size }),
    fc.string({ unit: "grapheme", maxLength: 300, size }),
    fc.string({ unit: "grapheme-ascii", maxLength: 300, size }),
  ]),
);

/** Bytes for a UTF-8 decoder: encoded text, arbitrary bytes, and text with a byte changed. */
export const utf8Input = fc.oneof(
  anyText.map((s) => new TextEncoder().encode(s)),
  fc.uint8Array({ maxLength: 200 }),
  fc.array(edgyByte, { maxLength: 200 }).map((a) => Uint8Array.from(a)),
  // Valid text with one byte changed.
  fc
    .tuple(
      fc.string({ unit: "grapheme", maxLength: 80 }),
      fc.nat(),
      fc.oneof(edgyByte, fc.nat(255)),
    )
    .map(([s, i, b]) => {
      const bytes = new TextEncoder().encode(s);
      if (bytes.length > 0) bytes[i % bytes.length] = b;
      return bytes;
    }),
  // An ASCII head (the long path hands it to utf8Slice), then anything: ill-formed bytes must
  // still be refused, and a real U+FFFD (EF BF BD) still decoded.
  fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 0x7f }), { minLength: 32, maxLength: 80 }),
      fc.array(fc.oneof(edgyByte, fc.constantFrom(0xef, 0xbf, 0xbd)), { maxLength: 40 }),
    )
    .map(([head, tail]) => Uint8Array.from([...head, ...tail])),
);
