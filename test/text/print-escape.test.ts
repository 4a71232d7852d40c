// Strings and bytes as protoc quotes them (absl::CEscape over the bytes): named escapes for
// \n \r \t \" \' \\, three octal digits for other bytes below 0x20 or from 0x7f, strings
// escaped over their UTF-8 bytes. Expected texts are protoc's (see fixtures/text/cases/strings).
import { describe, expect, it } from "vitest";
import * as escapes from "../../src/text/print/escape.js";
import { TextSink } from "../../src/text/print/text-sink.js";

/** The escapes write into a sink; its text. */
function quoteString(s: string): string {
  const w = new TextSink();
  escapes.quoteString(w, s);
  return w.finish(0);
}

function quoteBytes(b: Uint8Array): string {
  const w = new TextSink();
  escapes.quoteBytes(w, b);
  return w.finish(0);
}

describe("quoteString", () => {
  it.each([
    ["hello", '"hello"'],
    ["", '""'],
    ["é\n\"'\\\u0001\u007f", '"\\303\\251\\n\\"\\\'\\\\\\001\\177"'],
    ["tab\there\rcr", '"tab\\there\\rcr"'],
    ["€", '"\\342\\202\\254"'],
    ["😀", '"\\360\\237\\230\\200"'],
    ["\uffff\ue000", '"\\357\\277\\277\\356\\200\\200"'],
    ["a?b??=c", '"a?b??=c"'], // no trigraph escapes
  ])("%j prints as %s", (s, want) => {
    expect(quoteString(s)).toBe(want);
  });

  it("prints a lone surrogate as the UTF-8 of U+FFFD, as the encoder writes it", () => {
    expect(quoteString("a\ud800b")).toBe('"a\\357\\277\\275b"');
    expect(quoteString("\udc00")).toBe('"\\357\\277\\275"');
  });

  it("agrees with quoteBytes over the UTF-8 of any string", () => {
    const samples = ["plain", "mixed é and 😀 and \u0000", "\u07ff\u0800\uffff", "\ud83d\ude00x"];
    for (const s of samples) {
      expect(quoteString(s)).toBe(quoteBytes(new TextEncoder().encode(s)));
    }
  });
});

describe("quoteBytes", () => {
  it("escapes every byte value as CEscape does", () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = quoteBytes(all);
    const named: Record<number, string> = {
      9: "\\t",
      10: "\\n",
      13: "\\r",
      34: '\\"',
      39: "\\'",
      92: "\\\\",
    };
    let want = '"';
    for (let b = 0; b < 256; b++) {
      if (named[b] !== undefined) want += named[b];
      else if (b < 0x20 || b >= 0x7f) want += `\\${b.toString(8).padStart(3, "0")}`;
      else want += String.fromCharCode(b);
    }
    expect(text).toBe(`${want}"`);
  });

  it("quotes the range it is given, after what the sink holds", () => {
    const w = new TextSink();
    w.ascii("x: ");
    escapes.quoteBytes(w, new Uint8Array([0x61, 0, 0x62, 0x0a]), 1, 3);
    expect(w.finish(0)).toBe('x: "\\000b"');
  });

  it("prints protoc's text for the golden bytes", () => {
    expect(quoteBytes(new Uint8Array([0, 0x7f, 0x80, 0xff]))).toBe('"\\000\\177\\200\\377"');
  });
});
