/**
 * google.protobuf.Timestamp as proto3 JSON writes it: RFC 3339 in UTC, `Z` suffix, 0, 3, 6 or 9
 * fractional digits (the fewest that are exact), from 0001-01-01T00:00:00Z to
 * 9999-12-31T23:59:59.999999999Z. Read back with 0 to 9 fractional digits and `Z` or a
 * `+hh:mm` / `-hh:mm` offset, as protobuf C++ and the conformance suite require: uppercase `T`
 * and `Z` only, every field at its fixed width, a real calendar date (no Feb 30, no leap second
 * `:60`), year 0001..9999 as written, and the instant, once the offset is applied, in range.
 *
 * Plain arithmetic on the proleptic Gregorian calendar (no `Date`, no regex): exact for every
 * nanosecond of the range, and fast.
 */
import { JsonError } from "../errors.js";
import { fractionDigits, parseFraction } from "./duration-text.js";

/** Seconds of 0001-01-01T00:00:00Z and of 9999-12-31T23:59:59Z from the Unix epoch. */
export const TIMESTAMP_MIN_SECONDS = -62135596800n;
export const TIMESTAMP_MAX_SECONDS = 253402300799n;

const DAY = 86400;

/** RFC 3339 text of a Timestamp (`1970-01-01T00:00:00.500Z`); INVALID_VALUE when out of range. */
export function formatTimestamp(seconds: bigint, nanos: number): string {
  if (seconds < TIMESTAMP_MIN_SECONDS || seconds > TIMESTAMP_MAX_SECONDS) {
    throw invalid(`seconds ${seconds} out of range 0001-01-01T00:00:00Z..9999-12-31T23:59:59Z`);
  }
  if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999999999) {
    throw invalid(`nanos ${nanos} out of range 0..999999999`);
  }
  const s = Number(seconds);
  const days = Math.floor(s / DAY);
  const inDay = s - days * DAY;
  const [year, month, day] = civilFromDays(days);
  return (
    pad(year, 4) +
    "-" +
    pad(month, 2) +
    "-" +
    pad(day, 2) +
    "T" +
    pad(Math.floor(inDay / 3600), 2) +
    ":" +
    pad(Math.floor(inDay / 60) % 60, 2) +
    ":" +
    pad(inDay % 60, 2) +
    fractionDigits(nanos) +
    "Z"
  );
}

/** The Timestamp of RFC 3339 text; INVALID_VALUE when malformed or out of range. */
export function parseTimestamp(text: string): { seconds: bigint; nanos: number } {
  // YYYY-MM-DDTHH:MM:SS is 19 characters; a fraction and the zone follow.
  if (
    text.length < 20 ||
    text.charCodeAt(4) !== 0x2d ||
    text.charCodeAt(7) !== 0x2d ||
    text.charCodeAt(10) !== 0x54 ||
    text.charCodeAt(13) !== 0x3a ||
    text.charCodeAt(16) !== 0x3a
  ) {
    throw malformed(text);
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
    throw malformed(text);
  }
  let i = 19;
  let nanos = 0;
  if (text.charCodeAt(i) === 0x2e) {
    const f = parseFraction(text, i + 1);
    if (f === undefined) throw malformed(text);
    nanos = f.nanos;
    i = f.end;
  }
  const offset = zoneOffset(text, i);
  if (offset === undefined) throw malformed(text);
  if (
    year < 1 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw invalid(`no such date or time: ${JSON.stringify(text)}`);
  }
  const local = daysFromCivil(year, month, day) * DAY + hour * 3600 + minute * 60 + second;
  const seconds = BigInt(local - offset);
  if (seconds < TIMESTAMP_MIN_SECONDS || seconds > TIMESTAMP_MAX_SECONDS) {
    throw invalid(`${JSON.stringify(text)} is outside 0001-01-01T00:00:00Z..9999-12-31T23:59:59Z`);
  }
  return { seconds, nanos };
}

/**
 * The zone at `i` in seconds east of UTC (`Z` is 0, `+08:00` is 28800), or undefined unless it
 * is exactly one well-formed zone running to the end of `text`.
 */
function zoneOffset(text: string, i: number): number | undefined {
  const c = text.charCodeAt(i);
  if (c === 0x5a) return i + 1 === text.length ? 0 : undefined;
  if ((c !== 0x2b && c !== 0x2d) || i + 6 !== text.length || text.charCodeAt(i + 3) !== 0x3a) {
    return undefined;
  }
  const hours = digits(text, i + 1, 2);
  const minutes = digits(text, i + 4, 2);
  if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59) return undefined;
  const east = hours * 3600 + minutes * 60;
  return c === 0x2b ? east : -east;
}

/** The decimal number of the `width` ASCII digits at `start`, or -1 if any is no digit. */
function digits(text: string, start: number, width: number): number {
  let v = 0;
  for (let i = start; i < start + width; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, and back: the era-based algorithms of
 * Howard Hinnant's "chrono-Compatible Low-Level Date Algorithms" (400-year eras of 146097 days,
 * years starting on March 1st so that the leap day comes last).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

/** `n` in decimal, zero-padded to `width` digits. */
function pad(n: number, width: number): string {
  const s = String(n);
  return s.length >= width ? s : "0".repeat(width - s.length) + s;
}

function malformed(text: string): JsonError {
  return invalid(`not an RFC 3339 timestamp: ${JSON.stringify(text)}`);
}

function invalid(detail: string): JsonError {
  return new JsonError("INVALID_VALUE", `Timestamp: ${detail}`);
}
