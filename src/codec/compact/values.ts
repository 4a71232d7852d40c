/** The errors of values the compact codecs refuse, in the words of the fast codecs (values.ts). */
import { FieldValueError, show } from "../values.js";

/** `v` is not a valid `t`: "1.5 is not an integer (int32)", "7 is not a valid string". */
export function bad(v: unknown, t: string): FieldValueError {
  if (typeof v === "number" && /int|fixed|enum/.test(t)) {
    return new FieldValueError(
      !Number.isInteger(v)
        ? `${v} is not an integer (${t})`
        : /64/.test(t)
          ? `${v} is not a safe integer`
          : `${v} is out of range for ${t}`,
    );
  }
  return new FieldValueError(`${show(v)} is not a valid ${t}`);
}

/** `e` (thrown for the element at `segment`, `[3]` or `["k"]`) with that segment on its path. */
export function under(e: unknown, segment: string): unknown {
  if (e instanceof FieldValueError) e.path.unshift(segment);
  return e;
}

/** Property `p` of `o`, reading names that Object.prototype has only when they are own. */
export function read(o: Record<string, unknown>, p: string): unknown {
  const v = o[p];
  // Only a value equal to Object.prototype's can be inherited from it (the common case, a
  // field's own value, skips the hasOwn lookup).
  return v !== undefined &&
    v === (Object.prototype as Record<string, unknown>)[p] &&
    !Object.hasOwn(o, p)
    ? undefined
    : v;
}

/** Throws bad(v, t): for checks written as expressions. */
export function refuse(v: unknown, t: string): never {
  throw bad(v, t);
}
