// The size-delimited framing of the wire layer on whole buffers: sizeDelimitedFrame,
// sizeDelimitedPeek (cross-checked with protobuf-es's), sizeDelimitedSplit and the errors of
// a stream that is cut, overlong or over the size limit. Streams are delimited-stream.test.ts.
import { BinaryWriter, sizeDelimitedPeek as esPeek } from "@bufbuild/protobuf/wire";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  concatBytes,
  DecodeError,
  SizeDelimitedSplitter,
  sizeDelimitedFrame,
  sizeDelimitedPeek,
  sizeDelimitedSplit,
} from "../../src/wire/index.js";
import { thrown } from "../helpers/thrown.js";
import { unhex } from "./hex.js";

const bodies = fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 12 });

/** Records (index, offset, bodyOffset, body) as a concatenation of frames should give. */
function expectedRecords(parts: Uint8Array[]) {
  let offset = 0;
  return parts.map((bytes, index) => {
    const frame = sizeDelimitedFrame(bytes);
    const record = { index, offset, bodyOffset: offset + frame.length - bytes.length, bytes };
    offset += frame.length;
    return record;
  });
}

function splitAll(bytes: Uint8Array, maxMessageSize?: number) {
  return [...sizeDelimitedSplit(bytes, maxMessageSize === undefined ? {} : { maxMessageSize })];
}

describe("sizeDelimitedFrame", () => {
  it("puts the varint length in front of the body", () => {
    expect(sizeDelimitedFrame(new Uint8Array(0))).toEqual(unhex("00"));
    expect(sizeDelimitedFrame(unhex("0896 01"))).toEqual(unhex("03 0896 01"));
    const big = new Uint8Array(300).fill(7);
    expect(sizeDelimitedFrame(big).subarray(0, 3)).toEqual(unhex("ac02 07"));
  });

  it("writes what protobuf-es's BinaryWriter.bytes writes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (body) => {
        expect(sizeDelimitedFrame(body)).toEqual(new BinaryWriter().bytes(body).finish());
      }),
      { numRuns: 200 },
    );
  });
});

describe("sizeDelimitedPeek", () => {
  it("reads the size and where the body starts, from an offset", () => {
    expect(sizeDelimitedPeek(unhex("00"))).toEqual({ eof: false, size: 0, offset: 1 });
    expect(sizeDelimitedPeek(unhex("9601 ff"))).toEqual({ eof: false, size: 150, offset: 2 });
    expect(sizeDelimitedPeek(unhex("aaaa 9601"), 2)).toEqual({ eof: false, size: 150, offset: 4 });
    // Non-minimal prefixes are varints too (as every protobuf parser reads them).
    expect(sizeDelimitedPeek(unhex("8080 8000"))).toEqual({ eof: false, size: 0, offset: 4 });
    expect(sizeDelimitedPeek(unhex("ffffffff0f"))).toEqual({
      eof: false,
      size: 0xffff_ffff,
      offset: 5,
    });
  });

  it("reports an incomplete prefix as eof", () => {
    const eof = { eof: true, size: null, offset: null };
    expect(sizeDelimitedPeek(new Uint8Array(0))).toEqual(eof);
    expect(sizeDelimitedPeek(unhex("96"))).toEqual(eof);
    expect(sizeDelimitedPeek(unhex("0596"), 1)).toEqual(eof);
    expect(sizeDelimitedPeek(unhex("05"), 1)).toEqual(eof);
  });

  it("rejects a prefix over 10 bytes or over 32 bits", () => {
    const long = thrown(() => sizeDelimitedPeek(unhex("ff".repeat(10) + "01"), 0));
    expect(long).toBeInstanceOf(DecodeError);
    expect(long).toMatchObject({ code: "VARINT_OVERLONG", offset: 0 });
    const wide = thrown(() => sizeDelimitedPeek(unhex("00 8080808010"), 1));
    expect(wide).toMatchObject({ code: "LENGTH_OUT_OF_RANGE", offset: 1 });
    const sixth = thrown(() => sizeDelimitedPeek(unhex("8080808080 01")));
    expect(sixth).toMatchObject({ code: "LENGTH_OUT_OF_RANGE" });
  });

  it("agrees with protobuf-es's on every prefix of a framed record", () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffff_ffff }), fc.nat({ max: 5 }), (size, cut) => {
        const prefix = new BinaryWriter().uint32(size).finish();
        const bytes = prefix.subarray(0, Math.min(cut, prefix.length));
        const ours = sizeDelimitedPeek(bytes);
        const theirs = esPeek(bytes);
        expect(ours).toEqual(theirs);
        expect(ours.eof).toBe(bytes.length < prefix.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe("sizeDelimitedSplit", () => {
  it("gives back the bodies with their index and stream offsets", () => {
    fc.assert(
      fc.property(bodies, (parts) => {
        const stream = concatBytes(parts.map(sizeDelimitedFrame));
        expect(splitAll(stream)).toEqual(expectedRecords(parts));
      }),
      { numRuns: 200 },
    );
  });

  it("gives views of the input, not copies", () => {
    const stream = concatBytes([unhex("02 0801"), unhex("00")]);
    const [a, b] = splitAll(stream);
    expect(a!.bytes.buffer).toBe(stream.buffer);
    expect(b!.bytes).toEqual(new Uint8Array(0));
  });

  it("ends cleanly at a record boundary and names the cut record anywhere else", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 200 }), { minLength: 1, maxLength: 5 }),
        (parts) => {
          const records = expectedRecords(parts);
          const stream = concatBytes(parts.map(sizeDelimitedFrame));
          const ends = new Set([0, ...records.map((r) => r.bodyOffset + r.bytes.length)]);
          for (let cut = 0; cut < stream.length; cut++) {
            const whole = records.filter((r) => r.bodyOffset + r.bytes.length <= cut);
            if (ends.has(cut)) {
              expect(splitAll(stream.subarray(0, cut))).toEqual(whole);
              continue;
            }
            const e = thrown(() => splitAll(stream.subarray(0, cut)));
            const cutRecord = records[whole.length]!;
            expect(e).toBeInstanceOf(DecodeError);
            expect(e).toMatchObject({ code: "TRUNCATED", offset: cutRecord.offset, path: "" });
            const where = cut < cutRecord.bodyOffset ? "length prefix of " : "body bytes of ";
            expect((e as Error).message).toContain(`${where}record ${cutRecord.index}`);
            expect((e as Error).message).toContain(`which starts at offset ${cutRecord.offset}`);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("says how much of a cut body arrived", () => {
    const e = thrown(() => splitAll(unhex("01 aa 05 0102")));
    expect((e as Error).message).toBe(
      "TRUNCATED: stream ends after 2 of the 5 body bytes of record 1, which starts at offset 2",
    );
    const p = thrown(() => splitAll(unhex("01 aa 96")));
    expect((p as Error).message).toBe(
      "TRUNCATED: stream ends inside the length prefix of record 1, which starts at offset 2",
    );
  });

  it("checks maxMessageSize on the prefix, before the body arrives", () => {
    const stream = concatBytes([sizeDelimitedFrame(new Uint8Array(4)), unhex("05")]);
    expect(splitAll(stream.subarray(0, 5), 4)).toHaveLength(1);
    // Record 1 announces 5 bytes and none follows: the limit is the error, not the cut.
    const e = thrown(() => splitAll(stream, 4));
    expect(e).toBeInstanceOf(DecodeError);
    expect(e).toMatchObject({ code: "MESSAGE_TOO_LARGE", offset: 5 });
    expect((e as Error).message).toContain("record 1 announces 5 bytes, over maxMessageSize 4");
    // The default is 64 MiB: a prefix of 2^31 fails at once, without allocating 2 GiB.
    const huge = thrown(() => splitAll(unhex("8080808008")));
    expect(huge).toMatchObject({ code: "MESSAGE_TOO_LARGE", offset: 0 });
    expect((huge as Error).message).toContain("maxMessageSize 67108864");
    // Exactly 64 MiB is accepted: with no body after it, the stream is cut, not over the limit.
    const exact = thrown(() => splitAll(unhex("80808020")));
    expect(exact).toMatchObject({ code: "TRUNCATED", offset: 0 });
  });

  it("rejects an overlong or over-32-bit prefix with the record and its offset", () => {
    const long = thrown(() => splitAll(unhex(`00 ${"80".repeat(10)}00`)));
    expect(long).toMatchObject({ code: "VARINT_OVERLONG", offset: 1 });
    expect((long as Error).message).toContain("record 1 has a length prefix over 10 bytes");
    const wide = thrown(() => splitAll(unhex("00 00 ffffffff1f"), 2 ** 40));
    expect(wide).toMatchObject({ code: "LENGTH_OUT_OF_RANGE", offset: 2 });
    expect((wide as Error).message).toContain("record 2 announces over 2^32 - 1 bytes");
  });

  it("refuses a bad maxMessageSize, a chunk that is not bytes, and a push too early", () => {
    expect(thrown(() => new SizeDelimitedSplitter({ maxMessageSize: -1 }))).toMatchObject({
      code: "INVALID_ARGUMENT",
    });
    expect(thrown(() => new SizeDelimitedSplitter({ maxMessageSize: 1.5 }))).toMatchObject({
      code: "INVALID_ARGUMENT",
    });
    const s = new SizeDelimitedSplitter();
    expect(thrown(() => s.push("abc" as unknown as Uint8Array))).toMatchObject({
      code: "INVALID_ARGUMENT",
    });
    s.push(unhex("00 00"));
    expect(thrown(() => s.push(unhex("00")))).toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});
