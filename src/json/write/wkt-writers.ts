/**
 * The JSON forms of the well-known types (protobuf JSON mapping): Timestamp and Duration as
 * strings, FieldMask as comma-joined lowerCamelCase paths, Struct / Value / ListValue as the
 * JSON they hold, wrappers as their value, Any as its message's JSON with `"@type"` first (a
 * type with a special form goes under `"value"`).
 */
import { compileMessage } from "../../codec/index.js";
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import type { MessageInfo } from "../../schema/index.js";
import { JsonError, within } from "../errors.js";
import { invalid, showJson } from "../invalid.js";
import { setOwn } from "../set-own.js";
import { formatDuration } from "../wkt/duration-text.js";
import { formatFieldMask } from "../wkt/field-mask-text.js";
import { formatTimestamp } from "../wkt/timestamp-text.js";
import { SPECIAL_JSON, typeNameOfUrl, WRAPPERS } from "../wkt-names.js";
import type { FieldsWriter, MessageWriter, WriteContext } from "./context.js";
import { scalarWriter } from "./scalar-writers.js";

/** What the WKT writers need of the message writers (passed in to keep imports one-way). */
export interface WriterLookup {
  messageWriter(info: MessageInfo): MessageWriter;
  fieldsWriter(info: MessageInfo): FieldsWriter | undefined;
}

type Obj = Record<string, unknown>;

/** The writer of a WKT with a special JSON form, or undefined for any other type. */
export function wktWriter(info: MessageInfo, lookup: WriterLookup): MessageWriter | undefined {
  const name = info.fullName;
  if (!SPECIAL_JSON.has(name)) return undefined;
  const obj = (msg: unknown): Obj => {
    if (typeof msg !== "object" || msg === null || Array.isArray(msg)) {
      throw invalid(msg, name);
    }
    return msg as Obj;
  };
  if (WRAPPERS.has(name)) {
    const field = info.fields[0]!;
    const w = scalarWriter(fieldKind(field.type)!, undefined);
    const zero = zeroOf(field.type);
    return (msg) => {
      const v = obj(msg).value;
      return w(v === undefined ? zero : v, false);
    };
  }
  switch (name) {
    case "google.protobuf.Timestamp":
      return (msg) => {
        const m = obj(msg);
        return formatTimestamp(BigInt(m.seconds as bigint), Number(m.nanos));
      };
    case "google.protobuf.Duration":
      return (msg) => {
        const m = obj(msg);
        return formatDuration(BigInt(m.seconds as bigint), Number(m.nanos));
      };
    case "google.protobuf.FieldMask":
      return (msg) => formatFieldMask(obj(msg).paths as string[]);
    case "google.protobuf.Struct":
      return (msg, c, depth) => writeStruct(obj(msg), c, depth);
    case "google.protobuf.Value":
      return (msg, c, depth) => writeValue(obj(msg), c, depth);
    case "google.protobuf.ListValue":
      return (msg, c, depth) => writeList(obj(msg), c, depth);
    default: // google.protobuf.Any
      return (msg, c, depth) => writeAny(obj(msg), c, depth, lookup);
  }
}

/** The zero value of a wrapper's `value` (an unset one reads as zero). */
function zeroOf(type: number): unknown {
  switch (fieldKind(type)!.js) {
    case "bigint":
      return 0n;
    case "bool":
      return false;
    case "string":
      return "";
    case "bytes":
      return new Uint8Array(0);
    default:
      return 0;
  }
}

function budget(c: WriteContext, depth: number): void {
  if (depth > c.recursionLimit) {
    throw new JsonError(
      "RECURSION_LIMIT",
      `values nested deeper than recursionLimit ${c.recursionLimit}`,
    );
  }
}

function writeStruct(m: Obj, c: WriteContext, depth: number): Obj {
  budget(c, depth);
  const out: Obj = {};
  const fields = m.fields;
  const entries = fields instanceof Map ? fields : Object.entries((fields ?? {}) as Obj);
  for (const [k, v] of entries) {
    try {
      setOwn(out, String(k), writeValue(v as Obj, c, depth + 1));
    } catch (e) {
      throw within(e, `fields[${JSON.stringify(k)}]`);
    }
  }
  return out;
}

function writeList(m: Obj, c: WriteContext, depth: number): unknown[] {
  budget(c, depth);
  const values = (m.values ?? []) as Obj[];
  const out = new Array<unknown>(values.length);
  for (let i = 0; i < values.length; i++) {
    try {
      out[i] = writeValue(values[i]!, c, depth + 1);
    } catch (e) {
      throw within(e, `values[${i}]`);
    }
  }
  return out;
}

function writeValue(m: Obj, c: WriteContext, depth: number): unknown {
  budget(c, depth);
  if (typeof m !== "object" || m === null) {
    throw invalid(m, "google.protobuf.Value");
  }
  const kind = m.kind as { case?: string; value?: unknown } | undefined;
  switch (kind?.case) {
    case "nullValue":
      return null;
    case "numberValue": {
      const n = kind.value;
      if (typeof n !== "number" || !Number.isFinite(n)) {
        throw new JsonError(
          "INVALID_VALUE",
          `google.protobuf.Value: ${showJson(n)} is no finite number (JSON has no NaN or Infinity)`,
        );
      }
      return n;
    }
    case "stringValue":
    case "boolValue":
      return kind.value;
    case "structValue":
      return writeStruct(kind.value as Obj, c, depth);
    case "listValue":
      return writeList(kind.value as Obj, c, depth);
    default:
      throw new JsonError("INVALID_VALUE", "google.protobuf.Value: no kind is set");
  }
}

function writeAny(m: Obj, c: WriteContext, depth: number, lookup: WriterLookup): Obj {
  budget(c, depth);
  const url = m.typeUrl;
  const bytes = m.value;
  if (typeof url !== "string") throw new JsonError("INVALID_VALUE", "Any.typeUrl is not a string");
  if (url === "") {
    if (bytes instanceof Uint8Array && bytes.length > 0) {
      throw new JsonError("INVALID_VALUE", "google.protobuf.Any: a value without a type URL");
    }
    return {};
  }
  const info = c.registry.findMessage(typeNameOfUrl(url));
  if (info === undefined) {
    throw new JsonError(
      "UNKNOWN_TYPE",
      `google.protobuf.Any: type ${JSON.stringify(url)} is not in the registry`,
    );
  }
  const inner = compileMessage(info).decode(
    bytes instanceof Uint8Array ? bytes : new Uint8Array(0),
    { allowPartial: true },
  );
  const out: Obj = { "@type": url };
  const fill = lookup.fieldsWriter(info);
  if (fill === undefined) {
    out.value = lookup.messageWriter(info)(inner, c, depth + 1);
  } else {
    fill(inner as Obj, out, c, depth + 1);
  }
  return out;
}
