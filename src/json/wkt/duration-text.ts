/**
 * google.protobuf.Duration as proto3 JSON writes it: seconds with 0, 3, 6 or 9 fractional digits
 * (the fewest that are exact) and an `s` suffix, `-` in front of a negative span: `"1s"`,
 * `"1.500s"`, `"-0.000000001s"`. Seconds and nanos must not have opposite signs;
 * |seconds| <= 315576000000 (10000 years) and |nanos| <= 999999999.
 *
 * Also the fraction helpers Timestamp text shares: both write nanos as a decimal fraction.
 */
import { JsonError } from "../errors.js";

/** Largest |seconds| of a Duration: 60 * 60 * 24 * 365.25 * 10000. */
export const DURATION_MAX_SECONDS = 315576000000n;
const MAX_SECONDS = Number(DURATION_MAX_SECONDS);

/** The JSON text of a Duration; INVALID_VALUE when out of range or of mixed signs. */
export function formatDuration(seconds: bigint, nanos: number): string {
  if (seconds < -DURATION_MAX_SECONDS || seconds > DURATION_MAX_SECONDS) {
    throw invalid(`seconds ${seconds} out of range -315576000000..315576000000`);
  }
  if (!Number.isInteger(nanos) || nanos < -999999999 || nanos > 999999999) {
    throw invalid(`nanos ${nanos} out of range -999999999..999999999`);
  }
  if ((seconds > 0n && nanos < 0) || (seconds < 0n && nanos > 0)) {
    throw invalid(`seconds ${seconds} and nanos ${nanos} have opposite signs`);
  }
  const negative = seconds < 0n || nanos < 0;
  const abs = seconds < 0n ? -seconds : seconds;
  return (negative ? "-" : "") + abs + fractionDigits(Math.abs(nanos)) + "s";
}

/** The Duration of JSON text (`"-1.5s"`); INVALID_VALUE when malformed or out of range. */
export function parseDuration(text: string): { seconds: bigint; nanos: number } {
  const last = text.length - 1;
  if (last < 1 || text.charCodeAt(last) !== 0x73) throw malformed(text);
  const negative = text.charCodeAt(0) === 0x2d;
  let i = negative ? 1 : 0;
  const start = i;
  let whole = 0;
  for (; i < last; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (!(d >= 0 && d <= 9)) break;
    whole = whole * 10 + d;
    if (whole > MAX_SECONDS) throw invalid(`${JSON.stringify(text)} is out of range`);
  }
  if (i === start) throw malformed(text);
  let fraction = 0;
  if (i < last && text.charCodeAt(i) === 0x2e) {
    const f = parseFraction(text, i + 1);
    if (f === undefined) throw malformed(text);
    fraction = f.nanos;
    i = f.end;
  }
  if (i !== last) throw malformed(text);
  return {
    seconds: BigInt(negative ? -whole : whole),
    // No -0: a negative zero nanos would read as "negative" elsewhere.
    nanos: negative && fraction !== 0 ? -fraction : fraction,
  };
}

/**
 * `""` for 0 nanos, else `.` and 3, 6 or 9 digits: the fewest that write `nanos` (0..999999999)
 * exactly, as protobuf C++ and the conformance suite's `*FractionalDigits` tests expect.
 */
export function fractionDigits(nanos: number): string {
  if (nanos === 0) return "";
  if (nanos % 1000000 === 0) return "." + String(nanos / 1000000 + 1000).slice(1);
  if (nanos % 1000 === 0) return "." + String(nanos / 1000 + 1000000).slice(1);
  return "." + String(nanos + 1000000000).slice(1);
}

/** SCALE[n] turns n fractional digits into nanos. */
const SCALE = [0, 100000000, 10000000, 1000000, 100000, 10000, 1000, 100, 10, 1];

/**
 * The 1 to 9 digits at `start` as nanos (`"5"` is 500000000), with the index after them; undefined
 * when there is no digit or more than nine.
 */
export function parseFraction(
  text: string,
  start: number,
): { nanos: number; end: number } | undefined {
  let v = 0;
  let i = start;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (!(d >= 0 && d <= 9)) break;
    v = v * 10 + d;
  }
  const count = i - start;
  if (count === 0 || count > 9) return undefined;
  return { nanos: v * SCALE[count]!, end: i };
}

function malformed(text: string): JsonError {
  return invalid(`not a duration like "1.5s": ${JSON.stringify(text)}`);
}

function invalid(detail: string): JsonError {
  return new JsonError("INVALID_VALUE", `Duration: ${detail}`);
}
