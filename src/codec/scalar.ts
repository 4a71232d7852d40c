/**
 * Per-field facts the emitters need, put together once per kind and form from two tables: the
 * schema's field kinds (schema/descriptor/field-kinds.ts: wire type, Reader/Writer method,
 * fixed size, range) and the codec's JS forms (js-forms.ts: source of the zero value, the
 * presence test, the value check ...). Emitters read these facts and switch on no type.
 *
 * A field's facts come from its type and, for 64-bit integers, its JS form
 * (`[jstype = JS_STRING]` / `[jstype = JS_NUMBER]`, see jstype.ts): `fieldFacts(f)`. The
 * choice is made here, once per field, so generated code carries no per-value test of it.
 */
import { FIELD_KINDS, type FieldKind, fieldKind } from "../schema/descriptor/field-kinds.js";
import { JSType } from "../schema/descriptor/shapes.js";
import { WireType } from "../wire/constants.js";
import type { FieldInfo } from "./info.js";
import {
  DECIMAL_FORM,
  integerMode,
  type JsForm,
  type JsFormName,
  jsForm,
  SAFE_FORM,
} from "./js-forms.js";

/** A Reader/Writer method that reads or writes a packed run in one call, and its kind argument. */
export interface PackedRun {
  readonly name: string;
  /** Source of the arguments after the array (and end): `, 0`, or `""`. */
  readonly kind: string;
  /** The integer mode `kind` passes (integerMode: 0 int, 1 uint, 2 ZigZag); 0 for floats. */
  readonly mode: 0 | 1 | 2;
}

export interface ScalarFacts {
  /** Wire type of one value (packed fields use LengthDelimited around many). */
  readonly wireType: number;
  /** Reader method that reads one value (strings pick `string` or `stringLossy` per field). */
  readonly read: string;
  /** Writer method that writes one value. */
  readonly write: string;
  /** JS source of the zero value (js-forms.ts). */
  readonly zero: string;
  /** The zero value itself (a fresh one where it is mutable): getField's default. */
  zeroValue(): unknown;
  /** Size in bytes of one value when fixed-width, else 0 (packed fixed fields skip fork/join). */
  readonly fixedSize: number;
  /**
   * The JS form (js-forms.ts): `decimal` and `safe` are 64-bit integers held as decimal
   * strings (JS_STRING) and numbers (JS_NUMBER); enums are `number`.
   */
  readonly kind: JsFormName;
  /**
   * Type name of value checks and their messages (values.ts): the kind's name (`int32`,
   * `enum` ...), for JS_NUMBER fields plus JS_NUMBER_NOTE.
   */
  readonly valueType: string;
  /** Source true when implicit-presence value `v` is to be written (js-forms.ts isSet). */
  isSet(v: string): string;
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

function facts(kind: FieldKind, form: JsForm): ScalarFacts {
  const method = kind.method!;
  const run = form.runs ? runOf(kind) : undefined;
  const { invalid, writeArg } = form;
  return {
    wireType: kind.wireType,
    read: method,
    write: method,
    zero: form.zero,
    zeroValue: form.zeroValue,
    fixedSize: kind.fixedSize,
    kind: form.name,
    valueType: kind.name + form.note,
    isSet: form.isSet,
    decode: form.decode?.(kind),
    convert: form.convert,
    writeArg: writeArg === undefined ? undefined : (x) => writeArg(x, kind),
    invalid: invalid === undefined ? undefined : (x) => invalid(x, kind),
    readRun: run,
    writeRun: run,
  };
}

/**
 * The Reader/Writer run method of a packed field of `kind`, as source for its arguments after
 * the array: varint32Run(a, end, mode) / varint64Run (integers, enums), doubleRun / floatRun.
 * Undefined for kinds that go value by value (bool, fixed-width integers).
 */
function runOf(kind: FieldKind): PackedRun | undefined {
  if (kind.wireType === WireType.Varint && kind.integer !== undefined) {
    const mode = integerMode(kind);
    return { name: `varint${kind.integer.bits}Run`, kind: `, ${mode}`, mode };
  }
  if (kind.js === "float") return { name: `${kind.method}Run`, kind: "", mode: 0 };
  return undefined;
}

/** Facts of each scalar and enum FieldType in its plain form (no `[jstype]`). */
const BY_TYPE = new Map<number, ScalarFacts>();
/** Facts of each 64-bit integer FieldType by JSType (JS_NORMAL is BY_TYPE's bigint). */
const BY_JS_TYPE = new Map<number, ReadonlyMap<number, ScalarFacts>>();
for (const kind of FIELD_KINDS) {
  const form = jsForm(kind);
  if (form === undefined) continue;
  BY_TYPE.set(kind.type, facts(kind, form));
  if (kind.js === "bigint") {
    BY_JS_TYPE.set(
      kind.type,
      new Map([
        [JSType.JS_STRING, facts(kind, DECIMAL_FORM)],
        [JSType.JS_NUMBER, facts(kind, SAFE_FORM)],
      ]),
    );
  }
}

/** Facts for a scalar or enum field type; undefined for message and group. */
export function scalarFacts(type: number): ScalarFacts | undefined {
  return BY_TYPE.get(type);
}

/**
 * Facts for a scalar or enum field, its `[jstype = ...]` applied (64-bit integer types only;
 * other types, and map keys and values, which carry no options, keep their facts).
 */
export function fieldFacts(f: FieldInfo): ScalarFacts | undefined {
  const js = f.proto?.options?.jstype;
  if (js !== undefined && js !== JSType.JS_NORMAL) {
    const facts = BY_JS_TYPE.get(f.type)?.get(js);
    if (facts !== undefined) return facts;
  }
  return BY_TYPE.get(f.type);
}

/** Packed encoding applies to repeated scalar numeric types only (not string, bytes, messages). */
export function isPackable(type: number): boolean {
  return fieldKind(type)?.packable === true;
}

/** The tag as a uint32: field number << 3 | wire type (field numbers reach 2^29 - 1). */
export function tagOf(fieldNumber: number, wireType: number): number {
  return (fieldNumber * 8 + wireType) >>> 0;
}

export function isMessageType(type: number): boolean {
  return fieldKind(type)?.js === "message";
}
