/**
 * Strict input: the slow paths of the shape check that generated `shape(m, lax)` runs on every
 * message object given to encode and create (emit/shape.ts). A property that is not a field,
 * a oneof member set directly, an unknown oneof case, or a Date where a message belongs is an
 * error naming its path (`User.nmae: unknown field; did you mean name?`), never dropped.
 *
 * The generated fast path settles the common case (plain objects whose keys are all known)
 * without calling in here; these functions decide the rest and build the errors.
 */
import { badValue, FieldValueError, show } from "./values.js";

/**
 * What the slow path knows of a message type, a constant of its generated source:
 * `type` its full name; `fields` one entry per field, `[key, protoName, oneofProp]` where key
 * is the property (for a oneof member, its case name) and oneofProp is "" outside a oneof;
 * `oneofs` `[prop, cases]` per oneof.
 */
export interface ShapeInfo {
  readonly type: string;
  readonly fields: readonly (readonly [string, string, string])[];
  readonly oneofs: readonly (readonly [string, readonly string[]])[];
}

const SAFE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path segment of property `k`: as is when an identifier, else quoted in brackets. */
function keySegment(k: string): string {
  if (SAFE_KEY.test(k) && k.length <= 80) return k;
  return `[${show(k)}]`;
}

function withSegments(err: FieldValueError, ...segments: string[]): FieldValueError {
  err.path.push(...segments);
  return err;
}

/**
 * Whether `v` (an object) may stand for a message or a oneof: strict, a plain object (its
 * prototype Object.prototype, null, or another realm's Object.prototype); lax
 * (ignoreUnknownKeys), also instances of classes and other prototypes, but never built-ins
 * such as Date, Map, Set, arrays, typed arrays, RegExp (their toString tag is not "Object").
 */
export function objectOk(v: object, lax: boolean): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return true;
  if (lax) return Object.prototype.toString.call(v) === "[object Object]";
  // A plain object of another realm (vm context, iframe): its prototype is that realm's
  // Object.prototype, whose own prototype is null.
  return (
    Object.getPrototypeOf(proto) === null &&
    Object.hasOwn(proto as object, "constructor") &&
    typeof (proto as { constructor: unknown }).constructor === "function" &&
    (proto as { constructor: { name?: unknown } }).constructor.name === "Object" &&
    Object.prototype.toString.call(v) === "[object Object]"
  );
}

/** What a non-plain object is called in an error: `a Date`, `an array`, `a Foo`. */
function describe(v: unknown): string {
  if (typeof v !== "object" || v === null) return show(v);
  const shown = show(v);
  return shown === "an object" ? "an object with a custom prototype" : shown;
}

/** `expected a message object, got a Date` (no path: the caller's field names it). */
export function notMessage(v: unknown): FieldValueError {
  if (typeof v !== "object" || v === null) return badValue(v, "message");
  return new FieldValueError(`expected a message object, got ${describe(v)}`);
}

/**
 * Property `k` of `m` is not a field: an error naming it, with a suggestion when it looks like
 * the proto name or a near miss of a field. Keys `m` only inherits (an enumerable property
 * added to Object.prototype) are not the message's own and are let through.
 */
export function unknownKey(m: object, k: string, info: ShapeInfo): void {
  if (!Object.hasOwn(m, k)) return;
  if (k === "$typeName") {
    const v = (m as { $typeName?: unknown }).$typeName;
    if (v === info.type || v === undefined) return;
    throw withSegments(
      new FieldValueError(`${show(v)} is not this message's type name ${info.type}`),
      "$typeName",
    );
  }
  const member = info.fields.find((f) => f[2] !== "" && f[0] === k);
  if (member !== undefined) throw memberSet(k, member[2]);
  const hint = suggestion(k, info);
  const detail = hint === undefined ? "unknown field" : `unknown field; did you mean ${hint}?`;
  throw withSegments(new FieldValueError(detail), keySegment(k));
}

const knownKeys = new WeakMap<ShapeInfo, ReadonlySet<string>>();

/**
 * The slow path of the key check, when the count of `m`'s keys says one is not a property of
 * the message (or is `$typeName`): each key that is not one is an error (unknownKey decides).
 * One function for every type, driven by its ShapeInfo: an unrolled check per type made each
 * type's code 7% longer, for a path that mostly ends in an error.
 */
export function checkKeys(m: object, info: ShapeInfo): void {
  let known = knownKeys.get(info);
  if (known === undefined) {
    const props = new Set(["$unknown"]);
    for (const [key, , oneof] of info.fields) if (oneof === "") props.add(key);
    for (const [prop] of info.oneofs) props.add(prop);
    knownKeys.set(info, props);
    known = props;
  }
  for (const k in m) if (!known.has(k)) unknownKey(m, k, info);
}

/** A oneof member set at the top level of the message, where it would be dropped. */
export function memberSet(caseName: string, oneofProp: string): FieldValueError {
  return withSegments(
    new FieldValueError(
      `${caseName} is a member of oneof ${oneofProp}; set ${oneofProp}: { case: ${JSON.stringify(caseName)}, value } instead`,
    ),
    keySegment(caseName),
  );
}

/** The value under a oneof's property is not a `{ case, value }` object. */
export function badOneof(v: unknown, prop: string): FieldValueError {
  return withSegments(
    new FieldValueError(`expected a oneof object { case, value }, got ${describe(v)}`),
    keySegment(prop),
  );
}

/** A oneof whose `case` names none of its members. */
export function badCase(
  v: { case?: unknown },
  prop: string,
  cases: readonly string[],
): FieldValueError {
  const c = v.case;
  const listed = cases.map((s) => JSON.stringify(s)).join(", ");
  const detail =
    c === undefined
      ? "a oneof value without a case (set case, or leave value undefined)"
      : `unknown oneof case ${show(c)}; expected one of ${listed} (or undefined for none)`;
  return withSegments(new FieldValueError(detail), keySegment(prop));
}

/** A oneof object holds a property other than `case` and `value`. */
export function oneofKey(k: string, prop: string): FieldValueError {
  return withSegments(
    new FieldValueError("unknown key in a oneof object { case, value }"),
    keySegment(prop),
    keySegment(k),
  );
}

/** Longest key compared by edit distance (longer keys only get exact suggestions). */
const MAX_FUZZY = 64;

/**
 * The field `k` probably meant: its proto name (`big_id` for `bigId`), the same name up to
 * case and underscores (`BigID`, `bigid`), or the closest name within a small edit distance
 * (1 up to 5 characters, else 2; a transposition counts 1). Oneof members are suggested as
 * `prop: { case: "name", value }`.
 */
export function suggestion(k: string, info: ShapeInfo): string | undefined {
  const say = (f: readonly [string, string, string]): string =>
    f[2] === "" ? f[0] : `${f[2]}: { case: ${JSON.stringify(f[0])}, value }`;
  const candidates: [string, string][] = []; // [name to compare, suggestion]
  for (const f of info.fields) {
    if (f[1] === k) return say(f);
    candidates.push([f[0], say(f)], [f[1], say(f)]);
  }
  for (const [prop] of info.oneofs) candidates.push([prop, prop]);
  const norm = normalize(k);
  for (const [name, hint] of candidates) if (normalize(name) === norm) return hint;
  if (norm.length > MAX_FUZZY) return undefined;
  const limit = norm.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const [name, hint] of candidates) {
    const d = distance(norm, normalize(name), bestDistance - 1);
    if (d < bestDistance) {
      best = hint;
      bestDistance = d;
    }
  }
  return best;
}

function normalize(s: string): string {
  return s.replaceAll("_", "").toLowerCase();
}

/**
 * Optimal string alignment distance of `a` and `b` (insertions, deletions, substitutions and
 * adjacent transpositions), or `max + 1` when it is larger than `max`.
 */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]! <= max ? prev[b.length]! : max + 1;
}
