/**
 * The JSON text of Timestamp, Duration and FieldMask. Oracles: @bufbuild/protobuf's toJson and
 * fromJson on its own WKT schemas (on random valid values), Date's toISOString, and hand tables
 * of the conformance suite's strings (conformance/binary_json_conformance_suite.cc and
 * json_timestamp_test.cc in protocolbuffers/protobuf).
 */
import { create, fromJson, toJson } from "@bufbuild/protobuf";
import { DurationSchema, FieldMaskSchema, TimestampSchema } from "@bufbuild/protobuf/wkt";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonError } from "../../src/json/errors.js";
import { formatDuration, parseDuration } from "../../src/json/wkt/duration-text.js";
import { formatFieldMask, parseFieldMask } from "../../src/json/wkt/field-mask-text.js";
import { formatTimestamp, parseTimestamp } from "../../src/json/wkt/timestamp-text.js";
import { thrown } from "../helpers/thrown.js";

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, from the conformance suite. */
const TS_MIN = -62135596800n;
const TS_MAX = 253402300799n;
const DUR_MAX = 315576000000n;

function expectInvalid(fn: () => unknown): void {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(JsonError);
  expect((e as JsonError).code).toBe("INVALID_VALUE");
}

/** Nanos with a bias toward 0, 3 and 6 significant-digit values, which print shorter. */
const nanosArb = fc.oneof(
  fc.integer({ min: 0, max: 999999999 }),
  fc.integer({ min: 0, max: 999 }).map((n) => n * 1000000),
  fc.integer({ min: 0, max: 999999 }).map((n) => n * 1000),
  fc.constant(0),
);

describe("formatTimestamp", () => {
  it("prints the conformance suite's values", () => {
    expect(formatTimestamp(TS_MIN, 0)).toBe("0001-01-01T00:00:00Z");
    expect(formatTimestamp(TS_MAX, 999999999)).toBe("9999-12-31T23:59:59.999999999Z");
    expect(formatTimestamp(0n, 0)).toBe("1970-01-01T00:00:00Z");
    expect(formatTimestamp(0n, 10000000)).toBe("1970-01-01T00:00:00.010Z");
    expect(formatTimestamp(0n, 10000)).toBe("1970-01-01T00:00:00.000010Z");
    expect(formatTimestamp(0n, 10)).toBe("1970-01-01T00:00:00.000000010Z");
    expect(formatTimestamp(-1n, 999999999)).toBe("1969-12-31T23:59:59.999999999Z");
    expect(formatTimestamp(-11n, 500000000)).toBe("1969-12-31T23:59:49.500Z");
    expect(formatTimestamp(951782400n, 0)).toBe("2000-02-29T00:00:00Z");
  });

  it("matches @bufbuild/protobuf's toJson on random timestamps", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: TS_MIN, max: TS_MAX }), nanosArb, (seconds, nanos) => {
        const es = toJson(TimestampSchema, create(TimestampSchema, { seconds, nanos }));
        expect(formatTimestamp(seconds, nanos)).toBe(es);
      }),
      { numRuns: 3000 },
    );
  });

  it("matches Date's toISOString at millisecond precision", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: TS_MIN, max: TS_MAX }),
        fc.integer({ min: 1, max: 999 }),
        (s, ms) => {
          const iso = new Date(Number(s) * 1000 + ms).toISOString();
          expect(formatTimestamp(s, ms * 1000000)).toBe(iso);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["seconds below 0001-01-01", TS_MIN - 1n, 0],
    ["seconds above 9999-12-31", TS_MAX + 1n, 0],
    ["negative nanos", 5000n, -1],
    ["nanos of a whole second", 5000n, 1000000000],
    ["fractional nanos", 0n, 0.5],
    ["NaN nanos", 0n, Number.NaN],
  ])("rejects %s", (_what, seconds, nanos) => {
    expectInvalid(() => formatTimestamp(seconds, nanos));
  });
});

describe("parseTimestamp", () => {
  it.each([
    ["0001-01-01T00:00:00Z", TS_MIN, 0],
    ["9999-12-31T23:59:59.999999999Z", TS_MAX, 999999999],
    ["1970-01-01T08:00:01+08:00", 1n, 0],
    ["1969-12-31T16:00:01-08:00", 1n, 0],
    ["1969-12-31T16:00:00-08:00", 0n, 0],
    ["1970-01-01T00:00:00.000Z", 0n, 0],
    ["1970-01-01T00:00:00.000000000Z", 0n, 0],
    ["1970-01-01T00:00:00.000000001Z", 0n, 1],
    ["1969-12-31T23:59:59.999999999Z", -1n, 999999999],
    ["1970-01-01T00:00:01.000000001Z", 1n, 1],
    ["1969-12-31T23:59:58.999999999Z", -2n, 999999999],
    ["1970-01-01T00:00:10.500Z", 10n, 500000000],
    ["1969-12-31T23:59:49.500Z", -11n, 500000000],
    ["1993-02-10T00:00:00.000Z", 729302400n, 0],
    ["2000-02-29T00:00:00Z", 951782400n, 0],
    ["1970-01-02T01:00:00+02:00", 82800n, 0],
    ["0001-01-01T00:00:00-00:01", -62135596740n, 0],
    ["9999-12-31T23:59:59+00:01", 253402300739n, 0],
    ["1970-01-01T00:00:00-11:30", 41400n, 0],
    ["1970-01-01T00:00:00.5Z", 0n, 500000000],
    ["1970-01-01T00:00:00.12345678Z", 0n, 123456780],
    ["1970-01-01T00:00:00+23:59", -86340n, 0],
  ])("reads %s (conformance suite)", (text, seconds, nanos) => {
    expect(parseTimestamp(text)).toEqual({ seconds, nanos });
  });

  it.each([
    ["year 0000", "0000-01-01T00:00:00Z"],
    ["year 10000", "10000-01-01T00:00:00Z"],
    ["no zone", "0001-01-01T00:00:00"],
    ["a space for T", "0001-01-01 00:00:00Z"],
    ["lowercase z", "0001-01-01T00:00:00z"],
    ["lowercase t", "0001-01-01t00:00:00Z"],
    ["an offset without colon", "1970-01-01T08:00:01+0800"],
    ["month 13", "1970-13-01T00:00:00Z"],
    ["month 00", "1970-00-01T00:00:00Z"],
    ["day 32", "1970-01-32T00:00:00Z"],
    ["day 00", "1970-01-00T00:00:00Z"],
    ["hour 24", "1970-01-01T24:00:00Z"],
    ["hour 25", "1970-01-01T25:00:00Z"],
    ["minute 60", "1970-01-01T00:60:00Z"],
    ["second 60", "1970-01-01T00:00:60Z"],
    ["offset hour 24", "1970-01-01T00:00:00+24:00"],
    ["offset minute 60", "1970-01-01T00:00:00+00:60"],
    ["an offset pushing below the minimum", "0001-01-01T00:00:00+00:01"],
    ["an offset pushing above the maximum", "9999-12-31T23:59:59-00:01"],
    ["ten fraction digits", "1970-01-01T00:00:00.1234567890Z"],
    ["a letter in the fraction", "1970-01-01T00:00:00.123aZ"],
    ["a three-digit year", "999-01-01T00:00:00Z"],
    ["a five-digit year", "00001-01-01T00:00:00Z"],
    ["a one-digit month", "1970-1-01T00:00:00Z"],
    ["a one-digit day", "1970-01-1T00:00:00Z"],
    ["Feb 29 of a common year", "2001-02-29T00:00:00Z"],
    ["Feb 29 of 1900", "1900-02-29T00:00:00Z"],
    ["Feb 30", "2000-02-30T00:00:00Z"],
    ["April 31", "2021-04-31T00:00:00Z"],
    ["a dot without digits", "1970-01-01T00:00:00.Z"],
    ["the empty string", ""],
    ["a date alone", "1970-01-01"],
    ["two zones", "1970-01-01T00:00:00Z+00:00"],
    ["text after Z", "1970-01-01T00:00:00Z "],
    ["a leading space", " 1970-01-01T00:00:00Z"],
    ["a short offset", "1970-01-01T00:00:00+08"],
    ["a long offset", "1970-01-01T00:00:00+08:000"],
    ["an offset with seconds", "1970-01-01T00:00:00+08:00:00"],
    ["a comma for the fraction", "1970-01-01T00:00:00,5Z"],
    ["a sign on the year", "+1970-01-01T00:00:00Z"],
    ["non-ASCII digits", "١٩٧٠-01-01T00:00:00Z"],
    ["a sign inside a field", "1970-0-1T00:00:00Z"],
  ])("rejects %s", (_what, text) => {
    expectInvalid(() => parseTimestamp(text));
  });

  it("round-trips formatTimestamp on random timestamps", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: TS_MIN, max: TS_MAX }), nanosArb, (seconds, nanos) => {
        expect(parseTimestamp(formatTimestamp(seconds, nanos))).toEqual({ seconds, nanos });
      }),
      { numRuns: 2000 },
    );
  });

  it("matches @bufbuild/protobuf's fromJson on random offsets and fraction widths", () => {
    const offsetArb = fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 });
    fc.assert(
      fc.property(
        fc.bigInt({ min: TS_MIN - 86400n, max: TS_MAX + 86400n }),
        fc.integer({ min: 0, max: 999999999 }),
        fc.integer({ min: 0, max: 9 }),
        offsetArb,
        fc.boolean(),
        (utc, nanos, width, offsetMin, useZ) => {
          const offset = useZ ? 0 : offsetMin;
          // Local wall time: Date writes it (its own calendar code) as if it were UTC.
          const localMs = (Number(utc) + offset * 60) * 1000;
          const iso = new Date(localMs).toISOString();
          if (!/^\d{4}-/.test(iso) || iso.startsWith("0000")) return; // outside years 1..9999
          const digits = String(nanos).padStart(9, "0").slice(0, width);
          const a = Math.abs(offset);
          const zone = useZ
            ? "Z"
            : `${offset < 0 ? "-" : "+"}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
          const text = iso.slice(0, 19) + (width > 0 ? `.${digits}` : "") + zone;
          const inRange = utc >= TS_MIN && utc <= TS_MAX;
          if (!inRange) {
            expectInvalid(() => parseTimestamp(text));
            expect(() => fromJson(TimestampSchema, text)).toThrow();
            return;
          }
          const es = fromJson(TimestampSchema, text);
          expect(parseTimestamp(text)).toEqual({ seconds: es.seconds, nanos: es.nanos });
          expect(es.seconds).toBe(utc);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("formatDuration", () => {
  it("prints the spec's and the conformance suite's values", () => {
    expect(formatDuration(1n, 0)).toBe("1s");
    expect(formatDuration(3n, 1)).toBe("3.000000001s");
    expect(formatDuration(3n, 1000)).toBe("3.000001s");
    expect(formatDuration(1n, 500000000)).toBe("1.500s");
    expect(formatDuration(0n, -1)).toBe("-0.000000001s");
    expect(formatDuration(-1n, -500000000)).toBe("-1.500s");
    expect(formatDuration(1n, 10000000)).toBe("1.010s");
    expect(formatDuration(1n, 10000)).toBe("1.000010s");
    expect(formatDuration(1n, 10)).toBe("1.000000010s");
    expect(formatDuration(0n, 0)).toBe("0s");
    expect(formatDuration(-DUR_MAX, -999999999)).toBe("-315576000000.999999999s");
    expect(formatDuration(DUR_MAX, 999999999)).toBe("315576000000.999999999s");
  });

  it("matches @bufbuild/protobuf's toJson on random durations", () => {
    const arb = fc
      .tuple(fc.bigInt({ min: -DUR_MAX, max: DUR_MAX }), nanosArb, fc.boolean())
      .map(([seconds, n, negZero]) => {
        const negative = seconds < 0n || (seconds === 0n && negZero);
        return { seconds, nanos: negative && n !== 0 ? -n : n };
      });
    fc.assert(
      fc.property(arb, ({ seconds, nanos }) => {
        const es = toJson(DurationSchema, create(DurationSchema, { seconds, nanos }));
        expect(formatDuration(seconds, nanos)).toBe(es);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["seconds below the minimum", -DUR_MAX - 1n, 0],
    ["seconds above the maximum", DUR_MAX + 1n, 0],
    ["positive seconds, negative nanos", 1n, -1],
    ["negative seconds, positive nanos", -1n, 1],
    ["nanos of a whole second", 0n, 1000000000],
    ["nanos of minus a whole second", 0n, -1000000000],
    ["fractional nanos", 1n, 1.5],
  ])("rejects %s", (_what, seconds, nanos) => {
    expectInvalid(() => formatDuration(seconds, nanos));
  });
});

describe("parseDuration", () => {
  it.each([
    ["-315576000000.999999999s", -DUR_MAX, -999999999],
    ["315576000000.999999999s", DUR_MAX, 999999999],
    ["1.5s", 1n, 500000000],
    ["-1.5s", -1n, -500000000],
    ["1.000000000s", 1n, 0],
    ["1.010000000s", 1n, 10000000],
    ["0s", 0n, 0],
    ["-0s", 0n, 0],
    ["-0.5s", 0n, -500000000],
    ["0.000000001s", 0n, 1],
    ["01s", 1n, 0],
    ["3.000001s", 3n, 1000],
  ])("reads %s", (text, seconds, nanos) => {
    const got = parseDuration(text);
    expect(got).toEqual({ seconds, nanos });
    expect(Object.is(got.nanos, -0)).toBe(false);
  });

  it.each([
    ["no s (DurationMissingS)", "1"],
    ["below the minimum (DurationJsonInputTooSmall)", "-315576000001.000000000s"],
    ["above the maximum (DurationJsonInputTooLarge)", "315576000001.000000000s"],
    ["a huge number", "99999999999999999999999s"],
    ["s alone", "s"],
    ["a sign alone", "-s"],
    ["the empty string", ""],
    ["a dot without digits", "1.s"],
    ["no whole part", ".5s"],
    ["ten fraction digits", "1.0000000001s"],
    ["a plus sign", "+1s"],
    ["two signs", "--1s"],
    ["a leading space", " 1s"],
    ["a trailing space", "1s "],
    ["an uppercase S", "1S"],
    ["two s", "1ss"],
    ["an exponent", "1e3s"],
    ["hex", "0x10s"],
    ["a comma", "1,5s"],
    ["two dots", "1..5s"],
    ["a sign after the dot", "1.-5s"],
    ["a unit", "1ms"],
    ["non-ASCII digits", "١s"],
  ])("rejects %s", (_what, text) => {
    expectInvalid(() => parseDuration(text));
  });

  it("round-trips formatDuration and matches @bufbuild/protobuf's fromJson", () => {
    const arb = fc
      .tuple(fc.bigInt({ min: -DUR_MAX, max: DUR_MAX }), nanosArb, fc.boolean())
      .map(([seconds, n, negZero]) => {
        const negative = seconds < 0n || (seconds === 0n && negZero);
        return { seconds, nanos: negative && n !== 0 ? -n : n };
      });
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 9 }), ({ seconds, nanos }, width) => {
        const text = formatDuration(seconds, nanos);
        expect(parseDuration(text)).toEqual({ seconds, nanos });
        // The same value with a fraction of any width (9 digits cut to `width`, then padded).
        const neg = seconds < 0n || nanos < 0;
        const abs = seconds < 0n ? -seconds : seconds;
        const frac = String(Math.abs(nanos)).padStart(9, "0").slice(0, width);
        const other = `${neg ? "-" : ""}${abs}${width > 0 ? `.${frac}` : ""}s`;
        const es = fromJson(DurationSchema, other);
        const mine = parseDuration(other);
        expect(mine.seconds).toBe(es.seconds);
        // es writes -0 nanos for "-0s"; numerically equal.
        expect(mine.nanos === es.nanos).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("formatFieldMask", () => {
  it("writes lowerCamelCase paths joined by commas", () => {
    expect(formatFieldMask(["foo", "bar_baz"])).toBe("foo,barBaz");
    expect(formatFieldMask(["a.b_c.d_e_f"])).toBe("a.bC.dEF");
    expect(formatFieldMask([])).toBe("");
    expect(formatFieldMask(["foo2bar"])).toBe("foo2bar");
  });

  it.each([
    ["an uppercase letter (FieldMaskPathsDontRoundTrip)", "fooBar"],
    ["a digit after _ (FieldMaskNumbersDontRoundTrip)", "foo_3_bar"],
    ["two underscores (FieldMaskTooManyUnderscore)", "foo__bar"],
    ["a trailing underscore", "foo_"],
    ["_ before a dot", "foo_.bar"],
    ["_ before a non-ASCII letter", "foo_é"],
  ])("rejects %s", (_what, path) => {
    expectInvalid(() => formatFieldMask(["ok", path]));
  });

  it("accepts and rejects what @bufbuild/protobuf's toJson does, with its text", () => {
    const segment = fc
      .array(fc.constantFrom(..."abzAZ09_.é".split("")), { maxLength: 8 })
      .map((c) => c.join(""));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (paths) => {
        let es: unknown;
        try {
          es = toJson(FieldMaskSchema, create(FieldMaskSchema, { paths }));
        } catch {
          expectInvalid(() => formatFieldMask(paths));
          return;
        }
        expect(formatFieldMask(paths)).toBe(es);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("parseFieldMask", () => {
  it("reads the conformance suite's FieldMask", () => {
    expect(parseFieldMask("foo,barBaz")).toEqual(["foo", "bar_baz"]);
    expect(parseFieldMask("")).toEqual([]);
    expect(parseFieldMask("a.bC.dEF")).toEqual(["a.b_c.d_e_f"]);
  });

  it("rejects a path with _ (FieldMaskInvalidCharacter)", () => {
    expectInvalid(() => parseFieldMask("foo,bar_bar"));
    expectInvalid(() => parseFieldMask("_"));
  });

  it("matches @bufbuild/protobuf's fromJson on random text", () => {
    const text = fc
      .array(fc.constantFrom(..."abzAZ09_.,é".split("")), { maxLength: 16 })
      .map((c) => c.join(""));
    fc.assert(
      fc.property(text, (t) => {
        let es: string[];
        try {
          es = fromJson(FieldMaskSchema, t).paths;
        } catch {
          expectInvalid(() => parseFieldMask(t));
          return;
        }
        expect(parseFieldMask(t)).toEqual(es);
      }),
      { numRuns: 5000 },
    );
  });

  it("round-trips formatFieldMask", () => {
    const name = fc
      .tuple(
        fc.constantFrom(..."abz".split("")),
        fc.array(fc.constantFrom("a", "z", "0", "9", "_b", "_z"), { maxLength: 6 }),
      )
      .map(([first, rest]) => first + rest.join(""));
    const path = fc.array(name, { minLength: 1, maxLength: 3 }).map((n) => n.join("."));
    fc.assert(
      fc.property(fc.array(path, { minLength: 1, maxLength: 4 }), (paths) => {
        expect(parseFieldMask(formatFieldMask(paths))).toEqual(paths);
      }),
      { numRuns: 2000 },
    );
  });
});
