/**
 * A message of protowire's model in a form where equal messages are deep-equal: map entries
 * sorted by key (JSON objects put integer-like keys first, so a map's order does not survive
 * JSON), and the extensions in `extensions` read out of the unknown fields by getExtension
 * (their bytes may differ in chunking and in the order of map entries inside them) under
 * `"[number]"`; other unknown fields stay as their bytes. Everything else is kept as is, so
 * -0, NaN, bigint and Uint8Array still compare exactly.
 */
import { type FieldInfo, getExtension, hasExtension, type Message } from "../../../src/index.js";

export function canonical(value: unknown, extensions: readonly FieldInfo[] = []): unknown {
  const again = (v: unknown) => canonical(v, extensions);
  if (value instanceof Map) {
    const entries = [...value].map(([k, v]): [unknown, unknown] => [k, again(v)]);
    return entries.sort((a, b) => compareKeys(a[0], b[0]));
  }
  if (Array.isArray(value)) return value.map(again);
  if (value instanceof Uint8Array || value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) {
    if (key !== "$unknown") out[key] = again((value as Record<string, unknown>)[key]);
  }
  const unknown = (value as { $unknown?: Uint8Array[] }).$unknown;
  if (unknown === undefined || unknown.length === 0) return out;
  const known = extensions.filter((e) => hasExtension(value as Message, e));
  for (const e of known) out[`[${e.number}]`] = again(getExtension(value as Message, e));
  const rest = unknown.filter((chunk) => !known.some((e) => startsWithField(chunk, e.number)));
  if (rest.length > 0) out.$unknown = rest;
  return out;
}

/** Whether an unknown-field chunk (tag first) belongs to field `number`. */
function startsWithField(chunk: Uint8Array, number: number): boolean {
  let tag = 0;
  let shift = 1;
  for (const byte of chunk) {
    tag += (byte & 0x7f) * shift;
    if (byte < 0x80) break;
    shift *= 128;
  }
  return Math.floor(tag / 8) === number;
}

function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "boolean") return Number(a) - Number(b);
  return (a as number | bigint) < (b as number | bigint) ? -1 : a === b ? 0 : 1;
}

/** `canonical` with -0 as 0: JSON text writes -0 as `0`, as JSON.stringify and protobuf-es do. */
export function canonicalNoNegativeZero(
  value: unknown,
  extensions: readonly FieldInfo[] = [],
): unknown {
  return withoutNegativeZero(canonical(value, extensions));
}

function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value instanceof Uint8Array || value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) {
    out[key] = withoutNegativeZero((value as Record<string, unknown>)[key]);
  }
  return out;
}
