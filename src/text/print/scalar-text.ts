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
import type { TextSink } from "./text-sink.js";

/** A value's text (all kinds but string and bytes, whose text is written quoted). */
export type ScalarText = (v: unknown) => string;

/** Writes a value's text. */
export type ScalarWrite = (v: unknown, w: TextSink) => void;

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

/** The writer of one value of scalar or enum field `f` (a map value too). */
export function scalarWrite(f: FieldInfo): ScalarWrite {
  const type = fieldFacts(f)!.valueType;
  switch (f.enum === undefined ? fieldFacts(f)!.kind : "enum") {
    case "string":
      return (v, w) => {
        if (typeof v !== "string") throw invalid(v, type);
        quoteString(w, v);
      };
    case "bytes":
      return (v, w) => {
        if (!(v instanceof Uint8Array)) throw invalid(v, type);
        quoteBytes(w, v);
      };
    case "number": {
      // Written digit by digit, no string made (int32, uint32 and their kin).
      const valid = intChecks(f)!;
      return (v, w) => {
        if (!valid(v)) throw valid.invalid(v);
        if ((v as number) < 0) {
          w.byte(0x2d); // "-"
          w.uint(-(v as number));
        } else w.uint(v as number);
      };
    }
    default: {
      const text = plainText(f);
      return (v, w) => w.ascii(text(v));
    }
  }
}

/** Whether a value is one of an integer field's numbers; `invalid` makes the error for one that is not. */
export interface IntCheck {
  (v: unknown): boolean;
  invalid(v: unknown): TextError;
}

/** The check of a 32-bit integer field (not an enum) whose values are numbers, else undefined. */
export function intChecks(f: FieldInfo): IntCheck | undefined {
  const facts = fieldFacts(f)!;
  if (f.enum !== undefined || facts.kind !== "number") return undefined;
  const type = facts.valueType;
  const check: IntCheck = fieldKind(f.type)!.integer!.signed
    ? (((v: unknown) => typeof v === "number" && (v | 0) === v) as IntCheck)
    : (((v: unknown) => typeof v === "number" && v >>> 0 === v) as IntCheck);
  check.invalid = (v) => invalid(v, type);
  return check;
}

/**
 * The text of a map key, which sorts the entries (map-order.ts): a string key is only
 * checked (its text is written quoted from the key), the others are plainText's.
 */
export function keyText(f: FieldInfo): ScalarText {
  if (fieldFacts(f)!.kind !== "string") return plainText(f);
  const type = fieldFacts(f)!.valueType;
  return (v) => {
    if (typeof v !== "string") throw invalid(v, type);
    return "";
  };
}

/** The text of a value of field `f`, whose kind is neither string nor bytes. */
function plainText(f: FieldInfo): ScalarText {
  if (f.enum !== undefined) return enumText(f.enum);
  const facts = fieldFacts(f)!;
  const kind = fieldKind(f.type)!;
  const range = kind.integer;
  const type = facts.valueType;
  switch (facts.kind) {
    case "number": {
      const valid = intChecks(f)!;
      return (v) => {
        if (!valid(v)) throw valid.invalid(v);
        return String(v);
      };
    }
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
    default:
      throw new Error(`no plain text for ${facts.kind}`);
  }
}
