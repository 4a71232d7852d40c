/**
 * How the codec holds a value in JS, one row per form: the pieces of source the emitters put
 * together (zero value, implicit-presence test, inline value check, reads and writes that are
 * not a plain Reader/Writer call).
 *
 * The forms are the JS kinds of the schema's field-kind table (schema/descriptor/field-kinds.ts;
 * enums are held as numbers) and the two forms `[jstype]` gives a 64-bit integer field:
 * `decimal` (JS_STRING, canonical decimal strings) and `safe` (JS_NUMBER, safe integers), whose
 * conversions are jstype.ts's. Messages are not a form: the emitters treat them apart.
 * Each snippet takes the field's kind row for what differs within a form (signed or not, the
 * wire type of a 64-bit integer).
 */
import type { FieldKind } from "../schema/descriptor/field-kinds.js";
import { WireType } from "../wire/constants.js";

export type JsFormName =
  | "number"
  | "float"
  | "bigint"
  | "decimal"
  | "safe"
  | "bool"
  | "string"
  | "bytes";

export interface JsForm {
  readonly name: JsFormName;
  /** JS source of the zero value: `0`, `0n`, `false`, `""`, `rt.emptyBytes()` (see pool.ts). */
  readonly zero: string;
  /** The zero value itself (a fresh one where it is mutable). */
  zeroValue(): unknown;
  /**
   * Source true when `v` (a simple variable) holds a value an implicit-presence field writes:
   * neither null / undefined nor the zero value. -0.0 is not zero here (protoc tests the bits).
   */
  isSet(v: string): string;
  /**
   * Source true when `x` (a simple variable) is invalid for the field, where the Writer's own
   * checks fall short; undefined where the Writer checks (64-bit integers, bytes).
   */
  readonly invalid: ((x: string, kind: FieldKind) => string) | undefined;
  /** Source that reads one value, where that is not `r.<method>()`. */
  readonly decode: ((kind: FieldKind) => string) | undefined;
  /** The `rt` function create() converts a value with, `f(v, method)`; else values are kept. */
  readonly convert: string | undefined;
  /** Source of what the Writer method is given for value `x`, where that is not `x` itself. */
  readonly writeArg: ((x: string, kind: FieldKind) => string) | undefined;
  /** Whether packed runs may go through one Reader/Writer call (Reader.varint32Run etc.). */
  readonly runs: boolean;
  /** Appended to the kind's name in value checks and their messages (values.ts). */
  readonly note: string;
}

/** The value type (checks, messages) of a JS_NUMBER field is its kind's name plus this. */
export const JS_NUMBER_NOTE = " [jstype = JS_NUMBER]";

/** Number.MAX_SAFE_INTEGER as source. */
const MAX_SAFE = "9007199254740991";

/**
 * How a 64-bit integer is read as two uint32 halves (Reader `lo` / `hi`) and what they mean:
 * `mode` 0 int64, 1 uint64, 2 ZigZag sint64 (the `kind` argument of the Reader and Writer
 * runs, and of jstype.ts's conversions). Also the mode of 32-bit integer runs.
 */
export function integerMode(kind: FieldKind): 0 | 1 | 2 {
  const range = kind.integer;
  if (range === undefined) throw new Error(`internal: ${kind.name} is not an integer kind`);
  return range.zigzag ? 2 : range.signed ? 0 : 1;
}

/** The Reader method that leaves a 64-bit value's halves in `r.lo` / `r.hi`. */
function halvesRead(kind: FieldKind): string {
  return kind.wireType === WireType.Varint ? "varint64" : "fixed64Parts";
}

function signed(kind: FieldKind): boolean {
  return kind.integer?.signed === true;
}

const plain = {
  decode: undefined,
  convert: undefined,
  writeArg: undefined,
  runs: true,
  note: "",
} as const;

const FORMS: Readonly<Record<JsFormName, JsForm>> = {
  number: {
    ...plain,
    name: "number",
    zero: "0",
    zeroValue: () => 0,
    isSet: (v) => `${v} != null && ${v} !== 0`,
    // typeof first: `7n | 0` would throw a TypeError instead of naming the value.
    invalid: (x, kind) =>
      signed(kind)
        ? `typeof ${x} !== "number" || (${x} | 0) !== ${x}`
        : `typeof ${x} !== "number" || (${x} >>> 0) !== ${x}`,
  },
  float: {
    ...plain,
    name: "float",
    zero: "0",
    zeroValue: () => 0,
    isSet: (v) => `${v} != null && (${v} !== 0 || 1 / ${v} < 0)`,
    invalid: (x) => `typeof ${x} !== "number"`,
  },
  bigint: {
    ...plain,
    name: "bigint",
    zero: "0n",
    zeroValue: () => 0n,
    // 0n, 0 and "0" (all accepted by the writer) are zero; "" is not (the Writer rejects it).
    isSet: (v) => `${v} != null && (typeof ${v} === "bigint" ? ${v} !== 0n : rt.nonZero64(${v}))`,
    invalid: undefined,
  },
  /**
   * JS_STRING accepts what a bigint field accepts and holds canonical decimal strings; encode
   * hands the Writer short decimal strings as numbers (rt.short64: the Writer parses a string
   * through a regular expression and a bigint, ~2.5x slower), so packed runs go value by value.
   */
  decimal: {
    name: "decimal",
    zero: '"0"',
    zeroValue: () => "0",
    // As bigint, with the canonical zero "0" tested first.
    isSet: (v) =>
      `${v} != null && ${v} !== "0" && (typeof ${v} === "bigint" ? ${v} !== 0n : rt.nonZero64(${v}))`,
    invalid: undefined,
    decode: (kind) => `(r.${halvesRead(kind)}(), rt.decimal64(r.lo, r.hi, ${integerMode(kind)}))`,
    convert: "rt.toDecimal64",
    writeArg: (x, kind) => `rt.short64(${x}, ${signed(kind) ? "true" : "false"})`,
    runs: false,
    note: "",
  },
  /**
   * JS_NUMBER holds safe integers: encode checks them inline and goes value by value; decode
   * names the value's offset in its range error.
   */
  safe: {
    name: "safe",
    zero: "0",
    zeroValue: () => 0,
    // Numbers, and bigints in the safe range.
    isSet: (v) => `${v} != null && ${v} !== 0 && ${v} !== 0n`,
    invalid: (x, kind) =>
      signed(kind)
        ? `(typeof ${x} === "number" ? !Number.isSafeInteger(${x}) : typeof ${x} !== "bigint" || ${x} < -${MAX_SAFE}n || ${x} > ${MAX_SAFE}n)`
        : `(typeof ${x} === "number" ? !(Number.isSafeInteger(${x}) && ${x} >= 0) : typeof ${x} !== "bigint" || ${x} < 0n || ${x} > ${MAX_SAFE}n)`,
    decode: (kind) =>
      `($p = r.pos, r.${halvesRead(kind)}(), rt.safe64(r.lo, r.hi, ${integerMode(kind)}, $p))`,
    convert: "rt.toSafe64",
    writeArg: undefined,
    runs: false,
    note: JS_NUMBER_NOTE,
  },
  bool: {
    ...plain,
    name: "bool",
    zero: "false",
    zeroValue: () => false,
    isSet: (v) => `${v} != null && ${v} !== false`,
    invalid: (x) => `typeof ${x} !== "boolean"`,
  },
  string: {
    ...plain,
    name: "string",
    zero: '""',
    zeroValue: () => "",
    isSet: (v) => `${v} != null && ${v} !== ""`,
    invalid: (x) => `typeof ${x} !== "string"`,
  },
  bytes: {
    ...plain,
    name: "bytes",
    zero: "rt.emptyBytes()",
    zeroValue: () => new Uint8Array(0),
    // Anything but an empty Uint8Array goes on to Writer.bytes, which rejects non-Uint8Arrays.
    isSet: (v) => `${v} != null && !(${v} instanceof Uint8Array && ${v}.length === 0)`,
    invalid: undefined,
  },
};

/** The form of a kind's values without `[jstype]`; undefined for message and group. */
export function jsForm(kind: FieldKind): JsForm | undefined {
  switch (kind.js) {
    case "message":
      return undefined;
    case "enum":
      return FORMS.number;
    default:
      return FORMS[kind.js];
  }
}

/** The `[jstype = JS_STRING]` (`decimal`) and `[jstype = JS_NUMBER]` (`safe`) forms. */
export const DECIMAL_FORM: JsForm = FORMS.decimal;
export const SAFE_FORM: JsForm = FORMS.safe;
