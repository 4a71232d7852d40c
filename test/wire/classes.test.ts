// Which Reader and Writer the wire suites run on: the public ones (`npm test`), or the codecs'
// FastReader and FastWriter under their names (`npm run test:fast-wire`, which sets
// PROTOWIRE_WIRE_CLASSES=fast). The public classes carry none of the codecs' packed runs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FastReader } from "../../src/wire/fast-reader.js";
import { FastWriter } from "../../src/wire/fast-writer.js";
import { type DecodeError, Reader, Writer } from "../../src/wire/index.js";
import { Reader as DirectReader } from "../../src/wire/reader.js";
import { Writer as DirectWriter } from "../../src/wire/writer.js";
import { hex } from "./hex.js";
import { anyText, utf8Input } from "./utf8-arbitraries.js";

const fast = process.env.PROTOWIRE_WIRE_CLASSES === "fast";

it(`runs on the ${fast ? "codecs' fast" : "public"} classes`, () => {
  for (const C of [Reader, DirectReader]) {
    expect(C.name).toBe(fast ? "FastReader" : "Reader");
    expect("varint32Run" in C.prototype).toBe(fast);
  }
  for (const C of [Writer, DirectWriter]) {
    expect(C.name).toBe(fast ? "FastWriter" : "Writer");
    expect("finishPooled" in C.prototype).toBe(fast);
  }
});

// The two pairs against each other on random input (the suites above check each against
// fixed expectations): strings, where their code differs most, and whole random messages.
describe("the public classes and the codecs' fast ones", () => {
  /** What reading `bytes` with `read` gives: the value, or the error's code and offset. */
  function outcome(read: () => unknown): unknown {
    try {
      return { value: read() };
    } catch (e) {
      const err = e as DecodeError;
      return { error: [err.name, err.code, err.offset] };
    }
  }

  it("write any string to the same bytes", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const a = new DirectWriter(4).tag(1, 2).string(s).string(s.repeat(3)).finish();
        const b = new FastWriter(4).tag(1, 2).string(s).string(s.repeat(3)).finish();
        expect(hex(a)).toBe(hex(b));
      }),
    );
  });

  it("read any bytes as a string to the same text or the same error", () => {
    fc.assert(
      fc.property(utf8Input, fc.nat(3), (payload, cut) => {
        const framed = new FastWriter().bytes(payload).finish();
        const input = framed.subarray(0, Math.max(0, framed.length - (cut === 0 ? 1 : 0)));
        for (const method of ["string", "stringLossy"] as const) {
          expect(outcome(() => new DirectReader(input)[method]())).toEqual(
            outcome(() => new FastReader(input)[method]()),
          );
        }
      }),
    );
  });

  it("read random bytes field by field to the same values and errors", () => {
    const reads = ["int32", "uint64", "sint64", "bool", "double", "string", "bytes"] as const;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const walk = (r: DirectReader | FastReader) =>
          outcome(() => {
            const out: unknown[] = [];
            while (r.pos < r.end) {
              const tag = r.tag();
              const wt = tag & 7;
              out.push(tag);
              if (wt === 0) out.push(reads[(tag >>> 3) % 4] === "int32" ? r.int32() : r.uint64());
              else if (wt === 2) out.push(tag & 8 ? r.string() : r.bytes());
              else if (wt === 1) out.push(r.double());
              else r.skip(wt);
            }
            return out;
          });
        expect(walk(new DirectReader(bytes))).toEqual(walk(new FastReader(bytes)));
      }),
    );
  });
});
