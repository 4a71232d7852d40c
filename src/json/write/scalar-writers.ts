/**
 * One value of a non-message field in its JSON form, per JS kind (field-kinds.ts): numbers as
 * numbers (NaN and infinities as strings), 64-bit integers as decimal strings, bytes as
 * standard base64, enums by name (or number). Each writer checks the JS type it is given, so a
 * hand-built message with a wrong value fails instead of writing bad JSON.
 */
import type { FieldKind } from "../../schema/descriptor/field-kinds.js";
import type { EnumInfo } from "../../schema/index.js";
import { encodeBase64 } from "../base64.js";
import { invalid } from "../invalid.js";

/** Writes one value; `enumAsInteger` is the only option a scalar needs. */
export type ScalarWriter = (v: unknown, enumAsInteger: boolean) => unknown;

function writeNumber(v: unknown): unknown {
  if (typeof v !== "number") throw invalid(v, "number");
  return v;
}

function writeFloat(v: unknown): unknown {
  if (typeof v !== "number") throw invalid(v, "number");
  if (Number.isFinite(v)) return v;
  return Number.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
}

function writeInt64(v: unknown): unknown {
  if (typeof v === "bigint" || typeof v === "string") return String(v);
  if (typeof v === "number" && Number.isInteger(v)) return String(v);
  throw invalid(v, "64-bit integer");
}

function writeBool(v: unknown): unknown {
  if (typeof v !== "boolean") throw invalid(v, "bool");
  return v;
}

function writeString(v: unknown): unknown {
  if (typeof v !== "string") throw invalid(v, "string");
  return v;
}

function writeBytes(v: unknown): unknown {
  if (!(v instanceof Uint8Array)) throw invalid(v, "bytes value");
  return encodeBase64(v);
}

/** Enum values by name (the first declared name of an aliased number), unknown ones as numbers. */
function enumWriter(e: EnumInfo): ScalarWriter {
  if (e.fullName === "google.protobuf.NullValue") {
    return (v) => {
      if (typeof v !== "number") throw invalid(v, e.fullName);
      return null;
    };
  }
  const names = new Map<number, string>();
  for (const value of e.values) if (!names.has(value.number)) names.set(value.number, value.name);
  return (v, enumAsInteger) => {
    if (typeof v !== "number") throw invalid(v, e.fullName);
    if (enumAsInteger) return v;
    return names.get(v) ?? v;
  };
}

/** The writer of one value of a field of kind `kind` (enum fields: of enum `e`). */
export function scalarWriter(kind: FieldKind, e: EnumInfo | undefined): ScalarWriter {
  switch (kind.js) {
    case "number":
      return writeNumber;
    case "float":
      return writeFloat;
    case "bigint":
      return writeInt64;
    case "bool":
      return writeBool;
    case "string":
      return writeString;
    case "bytes":
      return writeBytes;
    case "enum":
      return enumWriter(e!);
    default:
      throw new Error(`no scalar JSON writer for ${kind.name}`);
  }
}

/**
 * The zero test of an implicit-presence field of kind `kind`: a zero value is left out of
 * JSON. `-0.0` is not zero for float and double (protoc writes it too).
 */
export function zeroTest(kind: FieldKind): (v: unknown) => boolean {
  switch (kind.js) {
    case "float":
      return (v) => v === 0 && 1 / (v as number) > 0;
    case "bigint": // bigint, or the JS_STRING / JS_NUMBER forms
      return (v) => v === 0n || v === 0 || v === "0";
    case "bool":
      return (v) => v === false;
    case "string":
      return (v) => v === "";
    case "bytes":
      return (v) => v instanceof Uint8Array && v.length === 0;
    default: // 32-bit integers and enums
      return (v) => v === 0;
  }
}
