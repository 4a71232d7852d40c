/**
 * One scalar or enum value as protoc prints it, checked against its field's JS form
 * (codec/js-forms.ts: `number`, `float`, `bigint`, `decimal` for JS_STRING, `safe` for
 * JS_NUMBER, `bool`, `string`, `bytes`; enums are numbers): integers in decimal, floats and
 * doubles as float-text.ts, bools `true` / `false`, strings and bytes quoted and escaped,
 * enums by the name of their first value with the number (an unknown number as the number).
 * A value of the wrong shape is a TextError INVALID_VALUE.
 */
import { fieldFacts } from "../../codec/scalar.js";
import { show } from "../../codec/values.js";
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import { FieldType } from "../../schema/descriptor/shapes.js";
import type { EnumInfo, FieldInfo } from "../../schema/index.js";
import { TextError } from "../errors.js";
import { quoteBytes, quoteString } from "./escape.js";
import { doubleText, floatText } from "./float-text.js";

export type ScalarText = (v: unknown) => string;

function invalid(v: unknown, type: string): TextError {
  return new TextError("INVALID_VALUE", `${show(v)} is not a valid ${type}`);
}

const DECIMAL = /^-?(?:0|[1-9][0-9]*)$/;

/** A 64-bit integer from any of the inputs encode takes (bigint, safe integer, decimal). */
function int64Text(min: bigint, max: bigint, type: string): ScalarText {
  return (v) => {
    let n: bigint;
    if (typeof v === "bigint") n = v;
    else if (typeof v === "number" && Number.isSafeInteger(v)) n = BigInt(v);
    else if (typeof v === "string" && DECIMAL.test(v)) n = BigInt(v);
    else throw invalid(v, type);
    if (n < min || n > max) throw invalid(v, type);
    return String(n);
  };
}

function enumText(e: EnumInfo): ScalarText {
  const names = new Map<number, string>();
  for (const value of e.values) if (!names.has(value.number)) names.set(value.number, value.name);
  return (v) => {
    if (typeof v !== "number" || (v | 0) !== v) throw invalid(v, e.fullName);
    return names.get(v) ?? String(v);
  };
}

/** True when a value is valid and JS's own string conversion of it is its text. */
export type AsIs = (v: unknown) => boolean;

/**
 * For the kinds whose valid values convert to their text by JS's ToString (int32 and uint32
 * numbers, bigints, bools), the test of a value that does; undefined for the others. Lists of
 * such values are printed by Array#join.
 */
export function printsAsIs(f: FieldInfo): AsIs | undefined {
  if (f.enum !== undefined) return undefined;
  const facts = fieldFacts(f)!;
  const range = fieldKind(f.type)!.integer;
  switch (facts.kind) {
    case "number":
      return range!.signed
        ? (v) => typeof v === "number" && (v | 0) === v
        : (v) => typeof v === "number" && v >>> 0 === v;
    case "bigint": {
      const { min, max } = range!;
      return (v) => typeof v === "bigint" && v >= min && v <= max;
    }
    case "bool":
      return (v) => typeof v === "boolean";
    default:
      return undefined;
  }
}

/** The printer of one value of scalar or enum field `f` (a map key or value too). */
export function scalarText(f: FieldInfo): ScalarText {
  if (f.enum !== undefined) return enumText(f.enum);
  const facts = fieldFacts(f)!;
  const kind = fieldKind(f.type)!;
  const range = kind.integer;
  const type = facts.valueType;
  switch (facts.kind) {
    case "number":
      if (range!.signed) {
        return (v) => {
          if (typeof v !== "number" || (v | 0) !== v) throw invalid(v, type);
          return String(v);
        };
      }
      return (v) => {
        if (typeof v !== "number" || v >>> 0 !== v) throw invalid(v, type);
        return String(v);
      };
    case "float": {
      const text = f.type === FieldType.TYPE_FLOAT ? floatText : doubleText;
      return (v) => {
        if (typeof v !== "number") throw invalid(v, type);
        return text(v);
      };
    }
    case "bigint":
    case "decimal":
    case "safe":
      return int64Text(range!.min, range!.max, type);
    case "bool":
      return (v) => {
        if (v === true) return "true";
        if (v === false) return "false";
        throw invalid(v, type);
      };
    case "string":
      return (v) => {
        if (typeof v !== "string") throw invalid(v, type);
        return quoteString(v);
      };
    case "bytes":
      return (v) => {
        if (!(v instanceof Uint8Array)) throw invalid(v, type);
        return quoteBytes(v);
      };
  }
}
