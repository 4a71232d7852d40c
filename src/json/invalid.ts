/** The INVALID_VALUE error of JSON (read or written), worded the same way everywhere. */
import { JsonError } from "./errors.js";

/** At most this many characters of an offending value are quoted in a message. */
const SHOWN = 40;

/** A short rendering of a JSON value for error messages. */
export function showJson(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") {
    const text = (v as { text?: unknown }).text;
    return typeof text === "string" ? cut(text) : "an object";
  }
  if (typeof v === "string") return cut(JSON.stringify(v));
  return cut(String(v));
}

function cut(s: string): string {
  return s.length > SHOWN ? `${s.slice(0, SHOWN)}…` : s;
}

/** `<value> is not a valid <what>` (`: <why>` when more can be said). */
export function invalid(v: unknown, what: string, why?: string): JsonError {
  const tail = why === undefined ? "" : `: ${why}`;
  return new JsonError("INVALID_VALUE", `${showJson(v)} is not a valid ${what}${tail}`);
}
