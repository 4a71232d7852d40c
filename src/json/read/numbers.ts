/**
 * Numbers in proto3 JSON input: a JSON number, or a string holding one (`"12"`, `"1e5"`,
 * `"-0.5"`), for every numeric field. Integer fields take any such form whose value is an
 * integer in range (`1.0`, `1e2`); 64-bit values stay exact when the text is exact.
 */
import type { IntegerRange } from "../../schema/descriptor/field-kinds.js";
import { invalid } from "../invalid.js";
import { LargeNumber } from "../parse/parse-json.js";

/** A JSON number's grammar (RFC 8259), which a quoted number must follow too. */
const NUMBER_TEXT = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** A plain decimal integer of at most 20 digits (every 64-bit value is one). */
const PLAIN_INTEGER = /^-?(?:0|[1-9]\d{0,19})$/;

/** Integers up to this many significant digits are worth converting exactly (2^64 has 20). */
const MAX_INTEGER_DIGITS = 24;

/** `text` as a number when it follows the JSON number grammar, else undefined. */
function numberOfText(text: string): number | undefined {
  return NUMBER_TEXT.test(text) ? Number(text) : undefined;
}

/**
 * The exact integer a decimal text denotes (`"1.5e3"` is 1500n), or undefined when it is not
 * an integer or too long to be in any 64-bit range (it is out of range then).
 */
export function exactInteger(text: string): bigint | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) return undefined;
  const fraction = m[3] ?? "";
  let digits = (m[2]! + fraction).replace(/^0+/, "");
  if (digits === "") return 0n;
  const exponent = Number(m[4] ?? "0") - fraction.length;
  if (exponent < 0) {
    const cut = digits.length + exponent;
    if (cut <= 0 || !/^0*$/.test(digits.slice(cut))) return undefined;
    digits = digits.slice(0, cut);
  } else {
    if (digits.length + exponent > MAX_INTEGER_DIGITS) return undefined;
    digits += "0".repeat(exponent);
  }
  if (digits.length > MAX_INTEGER_DIGITS) return undefined;
  const n = BigInt(digits);
  return m[1] === "-" ? -n : n;
}

/** The reader of a 32-bit integer field's values from JSON (bounds converted once). */
export function int32Reader(range: IntegerRange): (json: unknown) => number {
  const min = Number(range.min);
  const max = Number(range.max);
  return (json) => {
    // The common case first: an integer JSON number in range.
    if (typeof json === "number" && Number.isInteger(json) && json >= min && json <= max) {
      return json === 0 ? 0 : json; // -0 is 0
    }
    let n: number | undefined;
    if (typeof json === "number") n = json;
    else if (typeof json === "string") n = numberOfText(json);
    else if (json instanceof LargeNumber) n = json.value;
    if (n === undefined) throw invalid(json, range.name);
    if (!Number.isInteger(n)) throw invalid(json, range.name, "not an integer");
    if (n < min || n > max) throw invalid(json, range.name, "out of range");
    return n === 0 ? 0 : n;
  };
}

/** A 64-bit integer field's value from JSON, exact (as bigint). */
export function readInt64(json: unknown, range: IntegerRange): bigint {
  let n: bigint | undefined;
  if (typeof json === "number") {
    if (!Number.isFinite(json)) throw invalid(json, range.name);
    if (!Number.isInteger(json)) throw invalid(json, range.name, "not an integer");
    n = BigInt(json);
  } else if (typeof json === "string" && PLAIN_INTEGER.test(json)) {
    n = BigInt(json); // the common form, without exactInteger's work
  } else {
    const text =
      typeof json === "string" && NUMBER_TEXT.test(json)
        ? json
        : json instanceof LargeNumber
          ? json.text
          : undefined;
    if (text === undefined) throw invalid(json, range.name);
    n = exactInteger(text);
    if (n === undefined) {
      const approx = Number(text);
      if (Number.isInteger(approx)) throw invalid(json, range.name, "out of range");
      throw invalid(json, range.name, "not an integer");
    }
  }
  if (n < range.min || n > range.max) throw invalid(json, range.name, "out of range");
  return n;
}

/**
 * A float or double field's value from JSON: a finite number, a numeric string, or the strings
 * `"NaN"`, `"Infinity"`, `"-Infinity"`. A finite literal beyond the type's range is an error
 * (not silently infinite); a float is rounded to float32.
 */
export function readFloat(json: unknown, float32: boolean): number {
  const type = float32 ? "float" : "double";
  let n: number | undefined;
  if (typeof json === "number") n = json;
  else if (json instanceof LargeNumber) n = json.value;
  else if (typeof json === "string") {
    if (json === "NaN") return Number.NaN;
    if (json === "Infinity") return Number.POSITIVE_INFINITY;
    if (json === "-Infinity") return Number.NEGATIVE_INFINITY;
    n = numberOfText(json);
  }
  if (n === undefined) throw invalid(json, type);
  if (!Number.isFinite(n)) throw invalid(json, type, "out of range");
  if (float32) {
    // Out of range is what rounds to infinity: 3.4028235e38, float32's shortest spelling of its
    // largest value (as Go and C++ print it), is a little above it but rounds to it.
    const f = Math.fround(n);
    if (!Number.isFinite(f)) throw invalid(json, type, "out of range");
    return f;
  }
  return n;
}
