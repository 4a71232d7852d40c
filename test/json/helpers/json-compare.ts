/**
 * Compares two JSON values as values (key order ignored), for goldens written by another
 * implementation. Numbers must be identical (Object.is: -0 is not 0), except that a float
 * field's value may be written in float32's shortest form by one side (Go writes `0.1`) and
 * in double's by the other (JavaScript writes `0.10000000149011612`): two numbers that round
 * to the same float32, one of them being a float32, are equal. Returns the JSON path of the
 * first difference, or undefined when equal.
 */
export function jsonDifference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (typeof a === "number" && typeof b === "number") {
    return sameNumber(a, b) ? undefined : `${path}: ${a} vs ${b}`;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      return `${path}: ${show(a)} vs ${show(b)}`;
    }
    for (let i = 0; i < a.length; i++) {
      const d = jsonDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (isObject(a) && isObject(b)) return objectDifference(a, b, path);
  return Object.is(a, b) ? undefined : `${path}: ${show(a)} vs ${show(b)}`;
}

function objectDifference(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  path: string,
): string | undefined {
  const keysA = Object.keys(a).sort();
  const keysB = Object.keys(b).sort();
  if (keysA.join("\u0000") !== keysB.join("\u0000")) {
    return `${path}: keys ${show(keysA)} vs ${show(keysB)}`;
  }
  for (const key of keysA) {
    const d = jsonDifference(a[key], b[key], `${path}[${JSON.stringify(key)}]`);
    if (d !== undefined) return d;
  }
  return undefined;
}

function sameNumber(a: number, b: number): boolean {
  if (Object.is(a, b)) return true;
  if (a === 0 && b === 0) return false; // 0 and -0
  const f = Math.fround(a);
  return f === Math.fround(b) && (f === a || f === b);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function show(v: unknown): string {
  return JSON.stringify(v)?.slice(0, 80) ?? String(v);
}

/** A JSON value with every -0 replaced by 0 (JSON text has no -0 in JSON.stringify's output). */
export function withoutNegativeZero(v: unknown): unknown {
  if (Object.is(v, -0)) return 0;
  if (Array.isArray(v)) return v.map(withoutNegativeZero);
  if (!isObject(v)) return v;
  return rebuild(Object.keys(v), v, withoutNegativeZero);
}

/** A JSON value with the "@type" key of every object moved to the front. */
export function atTypeFirst(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(atTypeFirst);
  if (!isObject(v)) return v;
  const keys = Object.keys(v);
  const ordered = keys.includes("@type") ? ["@type", ...keys.filter((k) => k !== "@type")] : keys;
  return rebuild(ordered, v, atTypeFirst);
}

/** A copy of object `v` with `keys` in that order (`"__proto__"` kept as an own key). */
function rebuild(
  keys: string[],
  v: Record<string, unknown>,
  map: (x: unknown) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    Object.defineProperty(out, k, {
      value: map(v[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
