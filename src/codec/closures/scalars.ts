/**
 * What the closure codecs (this folder) do with one scalar value, as functions: the same facts
 * the emitters take as source from scalar.ts and js-forms.ts, one row per JS form here too, so
 * that both backends of the codec decide the same way. Each FastReader and FastWriter method gets its
 * own small function (not `r[method]()`), so V8 keeps each call site monomorphic.
 */
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import { WireType } from "../../wire/constants.js";
import type { FastReader } from "../../wire/fast-reader.js";
import type { FastWriter } from "../../wire/fast-writer.js";
import type { FieldInfo } from "../info.js";
import type { JsFormName } from "../js-forms.js";
import { decimal64, MAX_SAFE, safe64, short64, toDecimal64, toSafe64 } from "../jstype.js";
import { EMPTY_BYTES } from "../runtime.js";
import type { ScalarFacts } from "../scalar.js";
import { fieldFacts } from "../scalar.js";
import { nonZero64 } from "../values.js";

export type Read = (r: FastReader) => unknown;
export type Write = (w: FastWriter, v: unknown) => void;

// biome-ignore format: one line per method reads as a table
const READS: Readonly<Record<string, Read>> = {
  double: (r) => r.double(), float: (r) => r.float(),
  int64: (r) => r.int64(), uint64: (r) => r.uint64(), sint64: (r) => r.sint64(),
  fixed64: (r) => r.fixed64(), sfixed64: (r) => r.sfixed64(),
  int32: (r) => r.int32(), uint32: (r) => r.uint32(), sint32: (r) => r.sint32(),
  fixed32: (r) => r.fixed32(), sfixed32: (r) => r.sfixed32(),
  bool: (r) => r.bool(), string: (r) => r.string(), stringLossy: (r) => r.stringLossy(),
  // An empty value is one shared frozen empty array, as emit/decode.ts reads it (runtime.ts).
  bytes: (r) => {
    if (r.buf[r.pos] !== 0 || r.pos >= r.end) return r.bytes();
    r.pos++;
    return EMPTY_BYTES;
  },
};

// biome-ignore format: one line per method reads as a table
const WRITES: Readonly<Record<string, Write>> = {
  double: (w, v) => w.double(v as number), float: (w, v) => w.float(v as number),
  int64: (w, v) => w.int64(v as bigint), uint64: (w, v) => w.uint64(v as bigint),
  sint64: (w, v) => w.sint64(v as bigint), fixed64: (w, v) => w.fixed64(v as bigint),
  sfixed64: (w, v) => w.sfixed64(v as bigint),
  int32: (w, v) => w.int32(v as number), uint32: (w, v) => w.uint32(v as number),
  sint32: (w, v) => w.sint32(v as number), fixed32: (w, v) => w.fixed32(v as number),
  sfixed32: (w, v) => w.sfixed32(v as number),
  bool: (w, v) => w.bool(v as boolean), string: (w, v) => w.string(v as string),
  bytes: (w, v) => w.bytes(v as Uint8Array),
};

/** The implicit-presence test of each form, as js-forms.ts's `isSet` source says it. */
const PRESENT: Readonly<Record<JsFormName, (v: unknown) => boolean>> = {
  number: (v) => v != null && v !== 0,
  float: (v) => v != null && (v !== 0 || 1 / (v as number) < 0),
  bigint: (v) => v != null && (typeof v === "bigint" ? v !== 0n : nonZero64(v)),
  decimal: (v) => v != null && v !== "0" && (typeof v === "bigint" ? v !== 0n : nonZero64(v)),
  safe: (v) => v != null && v !== 0 && v !== 0n,
  bool: (v) => v != null && v !== false,
  string: (v) => v != null && v !== "",
  bytes: (v) => v != null && !(v instanceof Uint8Array && v.length === 0),
};

/** The inline value checks of js-forms.ts's `invalid` source; undefined where the FastWriter checks. */
function invalidOf(form: JsFormName, signed: boolean): ((x: unknown) => boolean) | undefined {
  switch (form) {
    case "number":
      return signed
        ? (x) => typeof x !== "number" || (x | 0) !== x
        : (x) => typeof x !== "number" || x >>> 0 !== x;
    case "float":
      return (x) => typeof x !== "number";
    case "safe":
      return signed
        ? (x) =>
            typeof x === "number"
              ? !Number.isSafeInteger(x)
              : typeof x !== "bigint" || x < -MAX_SAFE || x > MAX_SAFE
        : (x) =>
            typeof x === "number"
              ? !(Number.isSafeInteger(x) && x >= 0)
              : typeof x !== "bigint" || x < 0n || x > MAX_SAFE;
    case "bool":
      return (x) => typeof x !== "boolean";
    case "string":
      return (x) => typeof x !== "string";
    default:
      return undefined;
  }
}

/** One scalar field's value functions. */
export interface ScalarFns {
  readonly facts: ScalarFacts;
  /** Reads one value. */
  readonly read: Read;
  /** Writes one value (its tag written before). */
  readonly write: Write;
  /** Whether an implicit-presence field holding `v` is written. */
  readonly present: (v: unknown) => boolean;
  /** True when `x` is invalid for the field; undefined where the FastWriter checks. */
  readonly invalid: ((x: unknown) => boolean) | undefined;
  /** create()'s conversion of one value (JS_STRING / JS_NUMBER), else undefined. */
  readonly convert: ((v: unknown, method: string) => unknown) | undefined;
}

const cache = new WeakMap<object, ScalarFns>();

/** The value functions of scalar field (or map key / value) `f`. */
export function scalarFns(f: FieldInfo, facts: ScalarFacts = fieldFacts(f)!): ScalarFns {
  const key = f as object;
  let fns = cache.get(key);
  if (fns !== undefined && fns.facts === facts) return fns;
  fns = build(f, facts);
  cache.set(key, fns);
  return fns;
}

function build(f: FieldInfo, facts: ScalarFacts): ScalarFns {
  const integer = fieldKind(f.type)?.integer;
  const signed = integer?.signed === true;
  // The halves of a 64-bit value and their meaning (js-forms.ts integerMode, halvesRead).
  const mode = integer?.zigzag === true ? 2 : signed ? 0 : 1;
  const varint = facts.wireType === WireType.Varint;
  let read: Read;
  let write: Write = WRITES[facts.write]!;
  let convert: ScalarFns["convert"];
  if (facts.kind === "decimal") {
    read = varint
      ? (r) => {
          r.varint64();
          return decimal64(r.lo, r.hi, mode);
        }
      : (r) => {
          r.fixed64Parts();
          return decimal64(r.lo, r.hi, mode);
        };
    const inner = write;
    write = (w, v) => inner(w, short64(v, signed));
    convert = toDecimal64;
  } else if (facts.kind === "safe") {
    read = varint
      ? (r) => {
          const p = r.pos;
          r.varint64();
          return safe64(r.lo, r.hi, mode, p);
        }
      : (r) => {
          const p = r.pos;
          r.fixed64Parts();
          return safe64(r.lo, r.hi, mode, p);
        };
    convert = toSafe64;
  } else if (facts.kind === "string") {
    read = f.utf8Validate ? READS.string! : READS.stringLossy!;
  } else {
    read = READS[facts.read]!;
  }
  return {
    facts,
    read,
    write,
    present: PRESENT[facts.kind],
    invalid: invalidOf(facts.kind, signed),
    convert,
  };
}
