/**
 * One value of a non-message field from JSON, per JS kind (field-kinds.ts): the inverse of
 * write/scalar-writers.ts, with the mapping's leniencies (numbers as strings, enums by name or
 * number, base64 in either alphabet) and nothing else: a value of another shape is an error.
 */
import type { FieldKind } from "../../schema/descriptor/field-kinds.js";
import type { EnumInfo, FieldInfo } from "../../schema/index.js";
import { decodeBase64 } from "../base64.js";
import { JsonError } from "../errors.js";
import { invalid } from "../invalid.js";
import type { ReadContext } from "./context.js";
import { SKIP } from "./context.js";
import { int32Reader, readFloat, readInt64 } from "./numbers.js";

export type ScalarReader = (json: unknown, c: ReadContext) => unknown;

const JS_STRING = 1;
const JS_NUMBER = 2;

function int64Reader(kind: FieldKind, jstype: number | undefined): ScalarReader {
  const range = kind.integer!;
  if (jstype === JS_STRING) return (json) => String(readInt64(json, range));
  if (jstype === JS_NUMBER) {
    return (json) => {
      const n = readInt64(json, range);
      if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) {
        throw invalid(json, `${range.name} [jstype = JS_NUMBER]`, "beyond ±(2^53 - 1)");
      }
      return Number(n);
    };
  }
  return (json) => readInt64(json, range);
}

function enumReader(e: EnumInfo): ScalarReader {
  const isNullValue = e.fullName === "google.protobuf.NullValue";
  const byName = new Map<string, number>();
  for (const v of e.values) byName.set(v.name, v.number);
  const known = new Set(e.values.map((v) => v.number));
  return (json, c) => {
    if (json === null && isNullValue) return 0;
    if (typeof json === "string") {
      const n = byName.get(json);
      if (n !== undefined) return n;
      if (c.ignoreUnknownFields) return SKIP;
      throw invalid(json, e.fullName, "no such enum value");
    }
    if (
      typeof json === "number" &&
      Number.isInteger(json) &&
      json >= -0x80000000 &&
      json <= 0x7fffffff
    ) {
      if (!e.open && !known.has(json)) {
        if (c.ignoreUnknownFields) return SKIP;
        throw invalid(json, e.fullName, "not a value of this closed enum");
      }
      return json === 0 ? 0 : json;
    }
    throw invalid(json, e.fullName);
  };
}

/** The reader of one value of field `f` (not a message field), by its kind. */
export function scalarReader(kind: FieldKind, f: FieldInfo): ScalarReader {
  switch (kind.js) {
    case "number":
      return int32Reader(kind.integer!);
    case "float": {
      const float32 = kind.name === "float";
      return (json) => readFloat(json, float32);
    }
    case "bigint":
      return int64Reader(kind, f.proto?.options?.jstype);
    case "bool":
      return (json) => {
        if (json === true || json === false) return json;
        throw invalid(json, "bool");
      };
    case "string":
      return (json) => {
        if (typeof json === "string") return json;
        throw invalid(json, "string");
      };
    case "bytes":
      return (json) => {
        if (typeof json === "string") return decodeBase64(json);
        throw invalid(json, "bytes value (base64)");
      };
    case "enum":
      return enumReader(f.enum!);
    default:
      throw new JsonError("INVALID_VALUE", `no scalar JSON reader for ${kind.name}`);
  }
}

/** Map keys are JSON strings: `"true"`, `"12"`, `"-3"` for the key types that are no strings. */
export function mapKeyReader(kind: FieldKind): (key: string) => unknown {
  switch (kind.js) {
    case "string":
      return (key) => key;
    case "bool":
      return (key) => {
        if (key === "true") return true;
        if (key === "false") return false;
        throw invalid(key, "bool map key");
      };
    case "bigint": {
      const range = kind.integer!;
      return (key) => readInt64(key, range);
    }
    default:
      return int32Reader(kind.integer!);
  }
}
