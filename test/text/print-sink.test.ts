// The printers' byte sink (src/text/print/text-sink.ts): a large text goes out in chunks of
// its own, made into one string by toText or handed over by writeText. Expected texts are
// built here from the escape rules of protoc's CEscape, independently of the sink.
import { describe, expect, it } from "vitest";
import { quoteString } from "../../src/text/print/escape.js";
import { TextSink } from "../../src/text/print/text-sink.js";

/** The octal escape of every byte of `s`'s UTF-8 that is not printable ASCII. */
function escaped(s: string): string {
  let out = "";
  for (const b of new TextEncoder().encode(s)) {
    out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\${b.toString(8).padStart(3, "0")}`;
  }
  return out;
}

function concat(chunks: Uint8Array[]): string {
  return chunks.map((c) => new TextDecoder().decode(c)).join("");
}

describe("TextSink", () => {
  // 200,003 characters: a text longer than three chunks, escapes across the chunk edges.
  const long = `${"abcdé😀\u0001".repeat(20_000)}end`;
  const want = `x: "${escaped(long)}"\n`.repeat(3);

  function printLong(w: TextSink): void {
    for (let i = 0; i < 3; i++) {
      w.ascii("x: ");
      quoteString(w, long);
      w.byte(0x0a);
    }
  }

  it("makes a text longer than its chunks into one string", () => {
    const w = new TextSink();
    printLong(w);
    expect(w.finish(0)).toBe(want);
  });

  it("hands out chunks of their own, each in a new buffer, the last at the end", () => {
    const chunks: Uint8Array[] = [];
    const w = new TextSink((c) => chunks.push(c));
    printLong(w);
    expect(chunks.length).toBeGreaterThan(3);
    const buffers = new Set(chunks.map((c) => c.buffer));
    w.finish(0);
    expect(new Set(chunks.map((c) => c.buffer)).size).toBe(buffers.size + 1);
    expect(concat(chunks)).toBe(want);
    expect(chunks.every((c) => c.length <= 64 * 1024)).toBe(true);
  });

  it("cuts the last byte at the end when asked (the one-line form's trailing space)", () => {
    const chunks: Uint8Array[] = [];
    const w = new TextSink((c) => chunks.push(c));
    printLong(w);
    w.finish(1);
    expect(concat(chunks)).toBe(want.slice(0, -1));
  });

  it("writes integers up to 2^53 - 1 in decimal, as String does", () => {
    const values = [0, 9, 10, 99, 4294967295, 4294967296, 1e15 + 7, 2 ** 53 - 2, 2 ** 53 - 1];
    const w = new TextSink();
    for (const v of values) {
      w.uint(v);
      w.byte(0x20);
    }
    expect(w.finish(1)).toBe(values.map(String).join(" "));
  });

  it("takes back what was written since a hold, across chunk edges, and sends only what came before", () => {
    const chunks: Uint8Array[] = [];
    const w = new TextSink((c) => chunks.push(c));
    const before = "a".repeat(60_000);
    const kept = "k".repeat(30_000);
    const dropped = "d".repeat(200_000);
    w.ascii(before);
    const outer = w.hold();
    w.ascii(kept);
    const inner = w.hold();
    w.ascii(dropped); // the buffer fills several times while held
    // Nothing held went out: only bytes before the outer hold may have.
    expect(chunks.reduce((n, c) => n + c.length, 0)).toBeLessThanOrEqual(before.length);
    w.release(inner);
    w.release();
    w.ascii("end");
    w.finish(0);
    expect(concat(chunks)).toBe(`${before}${kept}end`);
    expect(outer).toBe(before.length);

    const again = new TextSink();
    again.ascii("x");
    const mark = again.hold();
    again.ascii(dropped);
    again.release(mark);
    again.ascii("y");
    expect(again.finish(0)).toBe("xy");
  });
});
