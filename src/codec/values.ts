/**
 * Value checks for encode and create: a JS value of the wrong type or outside its field's range
 * is an error, never silently coerced (`2**40` in an int32 field used to be written as 0).
 *
 * Generated encode code tests its values inline (`(v | 0) !== v` and the like, see
 * emit/checks.ts) and calls into here only to build the error; create() goes through
 * `validScalar`, being off the hot path. Errors carry the field path as they unwind: each
 * generated function catches, prepends the name of the field it was on (`withFieldPath`), and
 * the codec turns the result into an EncodeError INVALID_VALUE at the top (`finishValueError`).
 */
import { fieldKindByName } from "../schema/descriptor/field-kinds.js";
import { DEFAULT_RECURSION_LIMIT } from "../wire/constants.js";
import { EncodeError } from "../wire/errors.js";
import { toParts } from "../wire/int64.js";

/** The nesting limit of create() and of missingFields(), which take no options (100). */
export const CREATE_DEPTH_LIMIT = DEFAULT_RECURSION_LIMIT;

/** An invalid value on its way up the generated functions, collecting its field path. */
export class FieldValueError extends Error {
  /**
   * Property names from the outermost message down, with list indexes and map keys as their
   * own segments, e.g. ["items", "[3]", "child", "i32"] (pathText joins them).
   */
  readonly path: string[] = [];
  constructor(readonly detail: string) {
    super(detail);
    this.name = "FieldValueError";
  }
}

/** Printable form of a bad value, at most 40 characters of it. */
export function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "number" || typeof v === "boolean" || v == null) return String(v);
  if (Array.isArray(v)) return "an array";
  if (v instanceof Uint8Array) return "a Uint8Array";
  if (typeof v === "object") {
    const name = (Object.getPrototypeOf(v) as { constructor?: { name?: unknown } } | null)
      ?.constructor?.name;
    return typeof name === "string" && name !== "Object" ? `a ${name}` : "an object";
  }
  return `a ${typeof v}`;
}

/** The error for value `v` that is not a valid `type` (a scalar type name, "array", "Map" ...). */
export function badValue(v: unknown, type: string): FieldValueError {
  const range = fieldKindByName(type)?.integer;
  if (range?.bits === 64) {
    // The Writer's own message ("1.5 is not a safe integer", "... is out of range for int64").
    try {
      toParts(v as bigint, range.signed);
    } catch (e) {
      if (e instanceof EncodeError) return new FieldValueError(e.message.slice(e.code.length + 2));
    }
  }
  if (range?.bits === 32 && typeof v === "number" && Number.isInteger(v)) {
    return new FieldValueError(`${v} is out of range for ${range.name}`);
  }
  if (range?.bits === 32 && typeof v === "number") {
    return new FieldValueError(`${v} is not an integer (${type})`);
  }
  return new FieldValueError(`${show(v)} is not a valid ${type}`);
}

/** Whether `v` is a valid 64-bit input: bigint, safe-integer number or decimal string in range. */
function valid64(v: unknown, signed: boolean): boolean {
  if (typeof v !== "bigint" && typeof v !== "number" && typeof v !== "string") return false;
  try {
    toParts(v, signed);
    return true;
  } catch {
    return false;
  }
}

/**
 * create()'s check of one scalar value; `type` is the kind's name (Writer method, or "enum"):
 * what the inline checks of encode (js-forms.ts `invalid`) and the Writer accept together.
 *
 * A switch on the names rather than a lookup in the field-kind table, for speed: generated
 * create() code calls this with a literal name, and V8 inlines it and folds the switch to the
 * one test. Looked up by name (a Map of one check per kind), create() of a message of 9 scalar
 * fields took ~3x as long (Node 20: ~55 -> 160-200 ns). test/codec/js-forms.test.ts holds it
 * to the table.
 */
export function validScalar(v: unknown, type: string): boolean {
  switch (type) {
    case "int32":
    case "sint32":
    case "sfixed32":
    case "enum":
      return typeof v === "number" && (v | 0) === v;
    case "uint32":
    case "fixed32":
      return typeof v === "number" && v >>> 0 === v;
    case "float":
    case "double":
      return typeof v === "number";
    case "bool":
      return typeof v === "boolean";
    case "string":
      return typeof v === "string";
    case "bytes":
      return v instanceof Uint8Array;
    case "int64":
    case "sint64":
    case "sfixed64":
      return valid64(v, true);
    case "uint64":
    case "fixed64":
      return valid64(v, false);
    default:
      return false;
  }
}

/**
 * Implicit-presence test of a 64-bit field that does not hold a bigint: false for the zero
 * number and zero decimal strings; true for anything else, which the Writer then writes or
 * rejects (so `""` is an error rather than "zero": `"" != 0` is false in JS).
 */
export function nonZero64(v: unknown): boolean {
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return !/^-?0+$/.test(v);
  return true;
}

/** A path written out: "items[3].child.i32" (index and key segments take no dot). */
export function pathText(segments: readonly string[]): string {
  let out = "";
  for (const seg of segments) out += out === "" || seg.startsWith("[") ? seg : `.${seg}`;
  return out;
}

/** The path segment of list index `i`. */
export function indexSegment(i: number): string {
  return `[${i}]`;
}

/** The path segment of map key `k`: a string key quoted (40 characters at most), else as is. */
export function keySegment(k: unknown): string {
  return `[${typeof k === "bigint" ? String(k) : show(k)}]`;
}

/**
 * The segment under field `f` of the element being written when an error left a message's
 * encode: `kind` 1 (list) names index `ix` (when known, >= 0), 2 (map) names key `key`
 * (when known: keys are never undefined).
 */
export function elementSegment(
  kind: number | undefined,
  ix: number,
  key: unknown,
): string | undefined {
  if (kind === 1) return ix >= 0 ? indexSegment(ix) : undefined;
  if (kind === 2) return key === undefined ? undefined : keySegment(key);
  return undefined;
}

/**
 * Called from the catch of a generated function: prepends field `name` (and the `element` of
 * it being written, a list index or map key segment) to a value error.
 */
export function withFieldPath(
  e: unknown,
  name: string | undefined,
  element?: string | undefined,
): unknown {
  let err: FieldValueError;
  if (e instanceof FieldValueError) err = e;
  else if (e instanceof EncodeError && (e.code === "INVALID_INT64" || e.code === "INVALID_VALUE"))
    // The Writer's 64-bit and bytes checks: the message minus its "CODE: " prefix.
    err = new FieldValueError(e.message.slice(e.code.length + 2));
  else if (e instanceof TypeError) err = new FieldValueError(e.message);
  else return e; // RECURSION_LIMIT and the like pass through unchanged
  if (element !== undefined) err.path.unshift(element);
  if (name !== undefined) err.path.unshift(name);
  return err;
}

/** The public error for a value error that reached the top of encode or create. */
export function finishValueError(e: unknown, rootName: string): unknown {
  if (!(e instanceof FieldValueError)) return e;
  const at = e.path.length === 0 ? rootName : pathText([rootName, ...e.path]);
  return new EncodeError("INVALID_VALUE", `${at}: ${e.detail}`);
}

/** create()'s copy of a repeated scalar field: arrays only, each value checked. */
export function scalarList(v: unknown, type: string): unknown[] {
  if (!Array.isArray(v)) throw badValue(v, "array");
  // Filled by push, not preallocated: `new Array(n)` makes a holey array, which every later
  // reader pays for (JSON.stringify of 10,000 int32: 330 against 190 µs).
  const out: unknown[] = [];
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (!validScalar(x, type)) throw badElement(x, type, indexSegment(i));
    out.push(x);
  }
  return out;
}

/** create()'s copy of `$unknown`: an array of Uint8Array. */
export function unknownList(v: unknown): Uint8Array[] {
  if (!Array.isArray(v)) throw badValue(v, "array of Uint8Array");
  for (const c of v) if (!(c instanceof Uint8Array)) throw badValue(c, "Uint8Array");
  return v.slice() as Uint8Array[];
}

/** Encode's check of `$unknown` (its chunks are checked by Writer.raw). */
export function checkUnknown(v: unknown): void {
  if (!Array.isArray(v)) throw badValue(v, "array of Uint8Array");
}

/**
 * A map field from a Map, or, for string keys only, a plain object. Keys are checked against
 * the key type (a number key in a string-keyed map is an error, not coerced); `valueType` is
 * the value's scalar type, or undefined for message values, which `conv` builds.
 */
export function toMap(
  v: unknown,
  keyType: string,
  valueType: string | undefined,
  conv: ((e: unknown) => unknown) | undefined,
): Map<unknown, unknown> {
  let entries: Iterable<[unknown, unknown]>;
  if (v instanceof Map) entries = v as Map<unknown, unknown>;
  else if (keyType === "string" && isPlainObject(v)) entries = Object.entries(v);
  else throw badValue(v, keyType === "string" ? "Map or plain object" : "Map");
  const out = new Map<unknown, unknown>();
  for (const [k, x] of entries) {
    if (!validScalar(k, keyType)) throw badElement(k, `${keyType} map key`, keySegment(k));
    if (valueType !== undefined && !validScalar(x, valueType)) {
      throw badElement(x, valueType, keySegment(k));
    }
    out.set(k, conv === undefined ? x : convertAt(conv, x, keySegment, k));
  }
  return out;
}

/** badValue for an element of a list or map field, naming it (`segment`) under the field. */
function badElement(v: unknown, type: string, segment: string): FieldValueError {
  const err = badValue(v, type);
  err.path.push(segment);
  return err;
}

/** conv(x), an error from it naming the element (`segment(at)`) under the field. */
function convertAt<K>(
  conv: (e: unknown) => unknown,
  x: unknown,
  segment: (at: K) => string,
  at: K,
): unknown {
  try {
    return conv(x);
  } catch (e) {
    if (e instanceof FieldValueError) e.path.unshift(segment(at));
    throw e;
  }
}

/** create()'s copy of a repeated message field: `conv` (the element type's create) of each. */
export function messageList(v: unknown, conv: (e: unknown) => unknown): unknown[] {
  if (!Array.isArray(v)) throw badValue(v, "array");
  const out: unknown[] = []; // packed, as in scalarList
  for (let i = 0; i < v.length; i++) out.push(convertAt(conv, v[i], indexSegment, i));
  return out;
}

function isPlainObject(v: unknown): v is object {
  if (typeof v !== "object" || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
