/**
 * Per-type facts the emitters need: wire type, Reader/Writer method names, the default value
 * as source text, and whether a repeated field of the type may be packed.
 * FieldType numbers are those of google/protobuf/descriptor.proto (TYPE_DOUBLE = 1 ... TYPE_SINT64 = 18).
 *
 * A field's facts come from its type and, for 64-bit integers, its JS form
 * (`[jstype = JS_STRING]` / `[jstype = JS_NUMBER]`, see jstype.ts): `fieldFacts(f)`. The
 * choice is made here, once per field, so generated code carries no per-value test of it.
 */
import { FieldType, JSType } from "../schema/descriptor/shapes.js";
import { WireType } from "../wire/constants.js";
import type { FieldInfo } from "./info.js";
import { JS_NUMBER_NOTE } from "./jstype.js";

/** A Reader/Writer method that reads or writes a packed run in one call, and its kind argument. */
export interface PackedRun {
  readonly name: string;
  /** Source of the arguments after the array (and end): `, 0`, or `""`. */
  readonly kind: string;
}

export interface ScalarFacts {
  /** Wire type of one value (packed fields use LengthDelimited around many). */
  readonly wireType: number;
  /** Reader method that reads one value (strings pick `string` or `stringLossy` per field). */
  readonly read: string;
  /** Writer method that writes one value. */
  readonly write: string;
  /** JS source of the zero value: `0`, `0n`, `false`, `""`, `rt.emptyBytes()` (see pool.ts). */
  readonly zero: string;
  /** Size in bytes of one value when fixed-width, else 0 (packed fixed fields skip fork/join). */
  readonly fixedSize: number;
  /**
   * The JS representation: drives the implicit-presence "is default" test. `decimal` and
   * `safe` are 64-bit integers held as decimal strings (JS_STRING) and numbers (JS_NUMBER).
   */
  readonly kind: "number" | "float" | "bigint" | "decimal" | "safe" | "bool" | "string" | "bytes";
  /**
   * Type name of value checks and their messages (values.ts): the Writer method, or for
   * JS_NUMBER fields the method plus JS_NUMBER_NOTE. Enums and messages are named apart.
   */
  readonly valueType: string;
  /** Source that reads one value, where that is not `r.<read>()` (JS_STRING, JS_NUMBER). */
  readonly decode: string | undefined;
  /** The `rt` function create() converts a value with, `f(v, write)`; else values are kept. */
  readonly convert: string | undefined;
  /** Source of what the Writer method is given for value `x`, where that is not `x` itself. */
  readonly writeArg: ((x: string) => string) | undefined;
  /** Source of a test that value `x` is invalid, where the Writer's own checks fall short. */
  readonly invalid: ((x: string) => string) | undefined;
  /** Packed decode through one Reader call (Reader.varint32Run etc.), else value by value. */
  readonly readRun: PackedRun | undefined;
  /** Packed encode through one Writer call, else value by value. */
  readonly writeRun: PackedRun | undefined;
}

const T = FieldType;
const V = WireType.Varint;
const F64 = WireType.Fixed64;
const F32 = WireType.Fixed32;
const LD = WireType.LengthDelimited;

const table = new Map<number, ScalarFacts>([
  [T.TYPE_DOUBLE, facts(F64, "double", "0", 8, "float")],
  [T.TYPE_FLOAT, facts(F32, "float", "0", 4, "float")],
  [T.TYPE_INT64, facts(V, "int64", "0n", 0, "bigint")],
  [T.TYPE_UINT64, facts(V, "uint64", "0n", 0, "bigint")],
  [T.TYPE_INT32, facts(V, "int32", "0", 0, "number")],
  [T.TYPE_FIXED64, facts(F64, "fixed64", "0n", 8, "bigint")],
  [T.TYPE_FIXED32, facts(F32, "fixed32", "0", 4, "number")],
  [T.TYPE_BOOL, facts(V, "bool", "false", 1, "bool")],
  [T.TYPE_STRING, facts(LD, "string", '""', 0, "string")],
  [T.TYPE_BYTES, facts(LD, "bytes", "rt.emptyBytes()", 0, "bytes")],
  [T.TYPE_UINT32, facts(V, "uint32", "0", 0, "number")],
  // Enums travel as int32 varints: a negative value takes 10 bytes, as protoc writes it.
  [T.TYPE_ENUM, facts(V, "int32", "0", 0, "number")],
  [T.TYPE_SFIXED32, facts(F32, "sfixed32", "0", 4, "number")],
  [T.TYPE_SFIXED64, facts(F64, "sfixed64", "0n", 8, "bigint")],
  [T.TYPE_SINT32, facts(V, "sint32", "0", 0, "number")],
  [T.TYPE_SINT64, facts(V, "sint64", "0n", 0, "bigint")],
]);

function facts(
  wireType: number,
  method: string,
  zero: string,
  fixedSize: number,
  kind: ScalarFacts["kind"],
): ScalarFacts {
  const run = runMethod(method);
  return {
    wireType,
    read: method,
    write: method,
    zero,
    fixedSize,
    kind,
    valueType: method,
    decode: undefined,
    convert: undefined,
    writeArg: undefined,
    invalid: undefined,
    readRun: run,
    writeRun: run,
  };
}

/** Facts for a scalar or enum field type; undefined for message and group. */
export function scalarFacts(type: number): ScalarFacts | undefined {
  return table.get(type);
}

/**
 * How decode reads a 64-bit type as two uint32 halves (Reader `lo` / `hi`) and what they mean:
 * `mode` 0 int64, 1 uint64, 2 ZigZag sint64 (jstype.ts converts them).
 */
const HALVES = new Map<number, { readonly read: string; readonly mode: 0 | 1 | 2 }>([
  [T.TYPE_INT64, { read: "varint64", mode: 0 }],
  [T.TYPE_UINT64, { read: "varint64", mode: 1 }],
  [T.TYPE_SINT64, { read: "varint64", mode: 2 }],
  [T.TYPE_FIXED64, { read: "fixed64Parts", mode: 1 }],
  [T.TYPE_SFIXED64, { read: "fixed64Parts", mode: 0 }],
]);

/** Number.MAX_SAFE_INTEGER as source. */
const MAX_SAFE = "9007199254740991";

/**
 * The JS forms of a 64-bit type by FieldOptions.JSType (JS_NORMAL is the table's bigint).
 * JS_STRING accepts what a bigint field accepts and holds canonical decimal strings; encode
 * hands the Writer short decimal strings as numbers (rt.short64: the Writer parses a string
 * through a regular expression and a bigint, ~2.5x slower), so packed runs go value by value.
 * JS_NUMBER holds safe integers: encode checks them inline and goes value by value; decode
 * names the value's offset in its range error.
 */
const JS_FORMS = new Map<number, (base: ScalarFacts, read: string, mode: number) => ScalarFacts>([
  [
    JSType.JS_STRING,
    (base, read, mode) => ({
      ...base,
      kind: "decimal",
      zero: '"0"',
      decode: `(r.${read}(), rt.decimal64(r.lo, r.hi, ${mode}))`,
      convert: "rt.toDecimal64",
      writeArg: (x) => `rt.short64(${x}, ${mode === 1 ? "false" : "true"})`,
      readRun: undefined,
      writeRun: undefined,
    }),
  ],
  [
    JSType.JS_NUMBER,
    (base, read, mode) => ({
      ...base,
      kind: "safe",
      zero: "0",
      valueType: base.write + JS_NUMBER_NOTE,
      decode: `($p = r.pos, r.${read}(), rt.safe64(r.lo, r.hi, ${mode}, $p))`,
      convert: "rt.toSafe64",
      invalid:
        mode === 1
          ? (x) =>
              `(typeof ${x} === "number" ? !(Number.isSafeInteger(${x}) && ${x} >= 0) : typeof ${x} !== "bigint" || ${x} < 0n || ${x} > ${MAX_SAFE}n)`
          : (x) =>
              `(typeof ${x} === "number" ? !Number.isSafeInteger(${x}) : typeof ${x} !== "bigint" || ${x} < -${MAX_SAFE}n || ${x} > ${MAX_SAFE}n)`,
      readRun: undefined,
      writeRun: undefined,
    }),
  ],
]);

/** Facts of a 64-bit type by JSType, made once: type -> JSType -> facts. */
const byJsType = new Map<number, Map<number, ScalarFacts>>();
for (const [type, { read, mode }] of HALVES) {
  const forms = new Map<number, ScalarFacts>();
  for (const [js, form] of JS_FORMS) forms.set(js, form(table.get(type)!, read, mode));
  byJsType.set(type, forms);
}

/**
 * Facts for a scalar or enum field, its `[jstype = ...]` applied (64-bit integer types only;
 * other types, and map keys and values, which carry no options, keep their facts).
 */
export function fieldFacts(f: FieldInfo): ScalarFacts | undefined {
  const js = f.proto?.options?.jstype;
  if (js !== undefined && js !== JSType.JS_NORMAL) {
    const facts = byJsType.get(f.type)?.get(js);
    if (facts !== undefined) return facts;
  }
  return table.get(f.type);
}

/**
 * The Reader/Writer run method for a packed field of `method` (scalarFacts' read/write name), as
 * source for its arguments after the array: varint32Run(a, end, kind) / varint64Run /
 * doubleRun / floatRun.
 * Undefined for types that go value by value.
 */
function runMethod(method: string): PackedRun | undefined {
  switch (method) {
    case "int32":
      return { name: "varint32Run", kind: ", 0" };
    case "uint32":
      return { name: "varint32Run", kind: ", 1" };
    case "sint32":
      return { name: "varint32Run", kind: ", 2" };
    case "int64":
      return { name: "varint64Run", kind: ", 0" };
    case "uint64":
      return { name: "varint64Run", kind: ", 1" };
    case "sint64":
      return { name: "varint64Run", kind: ", 2" };
    case "double":
      return { name: "doubleRun", kind: "" };
    case "float":
      return { name: "floatRun", kind: "" };
    default:
      return undefined;
  }
}

/** Packed encoding applies to repeated scalar numeric types only (not string, bytes, messages). */
export function isPackable(type: number): boolean {
  const f = table.get(type);
  return f !== undefined && f.wireType !== LD;
}

/** The tag as a uint32: field number << 3 | wire type (field numbers reach 2^29 - 1). */
export function tagOf(fieldNumber: number, wireType: number): number {
  return (fieldNumber * 8 + wireType) >>> 0;
}

export function isMessageType(type: number): boolean {
  return type === T.TYPE_MESSAGE || type === T.TYPE_GROUP;
}
