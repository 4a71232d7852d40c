/**
 * Well-known type helpers. Oracles: @bufbuild/protobuf's functions of the same names (on random
 * values), Date, hand-computed values from the rounding rules, and the protobuf encoding spec for
 * the bytes anyPack writes.
 */
import {
  durationFromMs as esDurationFromMs,
  durationMs as esDurationMs,
  timestampDate as esTimestampDate,
  timestampFromDate as esTimestampFromDate,
  timestampFromMs as esTimestampFromMs,
  timestampMs as esTimestampMs,
} from "@bufbuild/protobuf/wkt";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anyIs,
  anyPack,
  anyUnpack,
  durationFromMs,
  durationMs,
  timestampDate,
  timestampFromDate,
  timestampFromMs,
  timestampMs,
  timestampNow,
} from "../../src/api/well-known.js";
import { loadSchemaSync } from "../../src/index.js";
import { ProtowireError } from "../../src/wire/errors.js";
import { thrown } from "../helpers/thrown.js";

/** Milliseconds a Date can hold: +-8.64e15. */
const DATE_MS = 8.64e15;
const msArb = fc.oneof(
  fc.integer({ min: -DATE_MS, max: DATE_MS }),
  fc.integer({ min: -100_000, max: 100_000 }),
);

/** A plain { seconds, nanos } of an @bufbuild/protobuf message. */
const plain = (m: { seconds: bigint; nanos: number }) => ({ seconds: m.seconds, nanos: m.nanos });

describe("Timestamp helpers", () => {
  it("timestampFromMs matches @bufbuild/protobuf on whole milliseconds", () => {
    fc.assert(
      fc.property(msArb, (ms) => {
        expect(timestampFromMs(ms)).toEqual(plain(esTimestampFromMs(ms)));
      }),
      { numRuns: 3000 },
    );
  });

  it("timestampFromMs floors seconds so that nanos stay in [0, 1e9)", () => {
    expect(timestampFromMs(-1)).toEqual({ seconds: -1n, nanos: 999000000 });
    expect(timestampFromMs(-1000)).toEqual({ seconds: -1n, nanos: 0 });
    expect(timestampFromMs(-1001)).toEqual({ seconds: -2n, nanos: 999000000 });
    expect(timestampFromMs(1500)).toEqual({ seconds: 1n, nanos: 500000000 });
    // Fractional milliseconds round to the nearest nanosecond.
    expect(timestampFromMs(1.5)).toEqual({ seconds: 0n, nanos: 1500000 });
    expect(timestampFromMs(-0.0005)).toEqual({ seconds: -1n, nanos: 999999500 });
    // A fraction that rounds up to a whole second carries into seconds.
    expect(timestampFromMs(999.9999999)).toEqual({ seconds: 1n, nanos: 0 });
    expect(Object.is(timestampFromMs(-0).nanos, -0)).toBe(false);
  });

  it("timestampFromMs rejects NaN and infinities", () => {
    for (const ms of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const e = thrown(() => timestampFromMs(ms));
      expect(e).toBeInstanceOf(ProtowireError);
      expect((e as ProtowireError).code).toBe("INVALID_VALUE");
    }
    expect(() => timestampFromDate(new Date(Number.NaN))).toThrow(ProtowireError);
  });

  it("timestampMs and timestampDate match @bufbuild/protobuf (nanos round to nearest ms)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -8_640_000_000_000n, max: 8_640_000_000_000n }),
        fc.integer({ min: 0, max: 999999999 }),
        (seconds, nanos) => {
          const es = esTimestampFromMs(0);
          es.seconds = seconds;
          es.nanos = nanos;
          expect(timestampMs({ seconds, nanos })).toBe(esTimestampMs(es));
          expect(timestampDate({ seconds, nanos }).getTime()).toBe(esTimestampDate(es).getTime());
        },
      ),
      { numRuns: 3000 },
    );
    expect(timestampMs({ seconds: 0n, nanos: 1500000 })).toBe(2);
    expect(timestampMs({ seconds: 0n, nanos: 1499999 })).toBe(1);
    expect(timestampMs({ seconds: -1n, nanos: 999999999 })).toBe(0);
  });

  it("timestampFromDate matches @bufbuild/protobuf and Date round-trips", () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (date) => {
        const ts = timestampFromDate(date);
        expect(ts).toEqual(plain(esTimestampFromDate(date)));
        expect(timestampDate(ts).getTime()).toBe(date.getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it("timestampNow is the current time", () => {
    const before = Date.now();
    const now = timestampMs(timestampNow());
    const after = Date.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(after);
  });
});

describe("Duration helpers", () => {
  it("durationFromMs matches @bufbuild/protobuf on whole milliseconds", () => {
    fc.assert(
      fc.property(msArb, (ms) => {
        const mine = durationFromMs(ms);
        expect(mine).toEqual(plain(esDurationFromMs(ms)));
        // Nanos take the sign of the span.
        if (ms < 0) expect(mine.nanos <= 0 && mine.seconds <= 0n).toBe(true);
        if (ms > 0) expect(mine.nanos >= 0 && mine.seconds >= 0n).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("durationFromMs gives nanos the sign of seconds, never -0", () => {
    expect(durationFromMs(-1500)).toEqual({ seconds: -1n, nanos: -500000000 });
    expect(durationFromMs(-500)).toEqual({ seconds: 0n, nanos: -500000000 });
    expect(durationFromMs(1500)).toEqual({ seconds: 1n, nanos: 500000000 });
    expect(Object.is(durationFromMs(-2000).nanos, -0)).toBe(false);
    expect(Object.is(durationFromMs(-0).nanos, -0)).toBe(false);
    expect(durationFromMs(-0.0005)).toEqual({ seconds: 0n, nanos: -500 });
    expect(durationFromMs(-999.9999999)).toEqual({ seconds: -1n, nanos: 0 });
    expect(() => durationFromMs(Number.NaN)).toThrow(ProtowireError);
  });

  it("durationMs matches @bufbuild/protobuf on random durations", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -315576000000n, max: 315576000000n }),
        fc.integer({ min: 0, max: 999999999 }),
        fc.boolean(),
        (seconds, n, negZero) => {
          const negative = seconds < 0n || (seconds === 0n && negZero);
          const nanos = negative && n !== 0 ? -n : n;
          const es = esDurationFromMs(0);
          es.seconds = seconds;
          es.nanos = nanos;
          expect(durationMs({ seconds, nanos })).toBe(esDurationMs(es));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("durationMs inverts durationFromMs on whole milliseconds", () => {
    fc.assert(
      fc.property(msArb, (ms) => {
        expect(durationMs(durationFromMs(ms))).toBe(ms);
      }),
    );
  });
});

describe("Any helpers", () => {
  const schema = loadSchemaSync({
    sources: { "a.proto": 'syntax = "proto3"; package p; message M { string s = 1; }' },
  });
  const M = schema.messageType<{ s: string }>("p.M");

  it("anyPack writes the type URL and the message's bytes", () => {
    const any = anyPack(M, M.create({ s: "hi" }));
    expect(any.typeUrl).toBe("type.googleapis.com/p.M");
    // Field 1, wire type 2 (tag 0x0a), length 2, "hi".
    expect(any.value).toEqual(new Uint8Array([0x0a, 0x02, 0x68, 0x69]));
  });

  it("anyIs compares the name after the last '/'", () => {
    const any = anyPack(M, M.create({ s: "hi" }));
    expect(anyIs(any, M)).toBe(true);
    expect(anyIs(any, "p.M")).toBe(true);
    expect(anyIs(any, ".p.M")).toBe(true);
    expect(anyIs(any, "p.N")).toBe(false);
    expect(anyIs(any, "M")).toBe(false);
    expect(anyIs({ typeUrl: "example.com/a/b/p.M", value: any.value }, "p.M")).toBe(true);
    expect(anyIs({ typeUrl: "p.M", value: any.value }, "p.M")).toBe(true);
    expect(anyIs({ typeUrl: "", value: any.value }, "")).toBe(false);
    expect(anyIs({ typeUrl: "example.com/", value: any.value }, "")).toBe(false);
  });

  it("anyUnpack decodes with the registry's codec", () => {
    const any = anyPack(M, M.create({ s: "hi" }));
    expect(anyUnpack(any, schema)).toEqual(M.create({ s: "hi" }));
    const other = { typeUrl: "example.com/x/p.M", value: new Uint8Array([0x0a, 0x01, 0x7a]) };
    expect(anyUnpack(other, schema)).toEqual({ s: "z" });
  });

  it("anyUnpack is undefined for a type the registry lacks", () => {
    const value = new Uint8Array([0x0a, 0x01, 0x7a]);
    expect(anyUnpack({ typeUrl: "type.googleapis.com/p.Missing", value }, schema)).toBeUndefined();
    expect(anyUnpack({ typeUrl: "", value }, schema)).toBeUndefined();
    expect(anyUnpack({ typeUrl: "type.googleapis.com/", value }, schema)).toBeUndefined();
  });

  it("anyUnpack throws on bytes that are not the named type", () => {
    const any = { typeUrl: "type.googleapis.com/p.M", value: new Uint8Array([0x0a, 0x05]) };
    expect(() => anyUnpack(any, schema)).toThrow(ProtowireError);
  });
});
