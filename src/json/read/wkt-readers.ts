/**
 * The well-known types read from their JSON forms (the inverse of write/wkt-writers.ts):
 * Timestamp and Duration strings, FieldMask paths, any JSON as Struct / Value / ListValue,
 * wrappers from their bare value, Any from `{"@type": url, ...}` with `@type` anywhere.
 */
import { compileMessage } from "../../codec/index.js";
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import type { MessageInfo } from "../../schema/index.js";
import { JsonError, within } from "../errors.js";
import { LargeNumber } from "../parse/parse-json.js";
import { parseDuration } from "../wkt/duration-text.js";
import { parseFieldMask } from "../wkt/field-mask-text.js";
import { parseTimestamp } from "../wkt/timestamp-text.js";
import { SPECIAL_JSON, typeNameOfUrl, WRAPPERS } from "../wkt-names.js";
import type { MessageReader, ReadContext } from "./context.js";
import { asObject, checkDepth, kindOf, SKIP } from "./context.js";
import { scalarReader } from "./scalar-readers.js";

type Obj = Record<string, unknown>;

/** What the WKT readers need of the message readers (passed in to keep imports one-way). */
export interface ReaderLookup {
  messageReader(info: MessageInfo): MessageReader;
  membersReader(
    info: MessageInfo,
  ): ((msg: Obj, json: Obj, c: ReadContext, depth: number, skip?: string) => void) | undefined;
}

function expected(what: string, json: unknown, name: string): JsonError {
  return new JsonError("INVALID_VALUE", `expected ${what} for ${name}, got ${kindOf(json)}`);
}

/** The reader of a WKT with a special JSON form, or undefined for any other type. */
export function wktReader(info: MessageInfo, lookup: ReaderLookup): MessageReader | undefined {
  const name = info.fullName;
  if (!SPECIAL_JSON.has(name)) return undefined;
  const codec = compileMessage<Obj>(info);
  if (WRAPPERS.has(name)) {
    const field = info.fields[0]!;
    const read = scalarReader(fieldKind(field.type)!, field);
    return (json, c) => {
      const msg = codec.create();
      const v = read(json, c);
      if (v !== SKIP) msg.value = v;
      return msg;
    };
  }
  switch (name) {
    case "google.protobuf.Timestamp":
    case "google.protobuf.Duration": {
      const parse = name.endsWith("Timestamp") ? parseTimestamp : parseDuration;
      return (json) => {
        if (typeof json !== "string") throw expected("a string", json, name);
        const { seconds, nanos } = parse(json);
        const msg = codec.create();
        msg.seconds = seconds;
        msg.nanos = nanos;
        return msg;
      };
    }
    case "google.protobuf.FieldMask":
      return (json) => {
        if (typeof json !== "string") throw expected("a string", json, name);
        const msg = codec.create();
        msg.paths = parseFieldMask(json);
        return msg;
      };
    case "google.protobuf.Struct":
    case "google.protobuf.Value":
    case "google.protobuf.ListValue":
      return structuredReader(info);
    default:
      return anyReader(info, lookup);
  }
}

/**
 * Struct, Value and ListValue: any JSON, nested as deep as the recursion limit allows (one
 * level of JSON nesting is one level of depth).
 */
function structuredReader(info: MessageInfo): MessageReader {
  const file = info.file;
  const find = (n: string) => file.messages.find((m) => m.fullName === n)!;
  const value = compileMessage<Obj>(find("google.protobuf.Value"));
  const struct = compileMessage<Obj>(find("google.protobuf.Struct"));
  const list = compileMessage<Obj>(find("google.protobuf.ListValue"));

  const readStruct = (json: unknown, c: ReadContext, depth: number): Obj => {
    checkDepth(c, depth);
    const obj = asObject(json, "google.protobuf.Struct");
    const fields = new Map<string, unknown>();
    for (const k of Object.keys(obj)) {
      try {
        fields.set(k, readValue(obj[k], c, depth + 1));
      } catch (e) {
        throw within(e, `fields[${JSON.stringify(k)}]`);
      }
    }
    const msg = struct.create();
    msg.fields = fields;
    return msg;
  };
  const readList = (json: unknown, c: ReadContext, depth: number): Obj => {
    checkDepth(c, depth);
    if (!Array.isArray(json)) throw expected("an array", json, "google.protobuf.ListValue");
    const values = new Array<unknown>(json.length);
    for (let i = 0; i < json.length; i++) {
      try {
        values[i] = readValue(json[i], c, depth + 1);
      } catch (e) {
        throw within(e, `values[${i}]`);
      }
    }
    const msg = list.create();
    msg.values = values;
    return msg;
  };
  const readValue = (json: unknown, c: ReadContext, depth: number): Obj => {
    checkDepth(c, depth);
    let kind: { case: string; value: unknown };
    if (json === null) kind = { case: "nullValue", value: 0 };
    else if (typeof json === "number" || json instanceof LargeNumber) {
      const n = typeof json === "number" ? json : json.value;
      if (!Number.isFinite(n)) {
        throw new JsonError("INVALID_VALUE", "google.protobuf.Value: a number must be finite");
      }
      kind = { case: "numberValue", value: n };
    } else if (typeof json === "string") kind = { case: "stringValue", value: json };
    else if (typeof json === "boolean") kind = { case: "boolValue", value: json };
    else if (Array.isArray(json)) kind = { case: "listValue", value: readList(json, c, depth) };
    else if (typeof json === "object") {
      kind = { case: "structValue", value: readStruct(json, c, depth) };
    } else throw expected("a JSON value", json, "google.protobuf.Value");
    const msg = value.create();
    msg.kind = kind;
    return msg;
  };
  if (info.fullName === "google.protobuf.Value") return readValue;
  return info.fullName === "google.protobuf.Struct" ? readStruct : readList;
}

/**
 * Any: `{}` is the empty Any; otherwise `@type` (anywhere among the keys) names the type, the
 * other keys are its fields, or `value` holds a WKT's special form.
 */
function anyReader(info: MessageInfo, lookup: ReaderLookup): MessageReader {
  const anyCodec = compileMessage<Obj>(info);
  return (json, c, depth) => {
    checkDepth(c, depth);
    const obj = asObject(json, "google.protobuf.Any");
    const msg = anyCodec.create();
    const keys = Object.keys(obj);
    if (keys.length === 0) return msg;
    const url = Object.hasOwn(obj, "@type") ? obj["@type"] : undefined;
    if (typeof url !== "string") {
      throw new JsonError("INVALID_VALUE", 'google.protobuf.Any: "@type" must be a string');
    }
    const inner = c.registry.findMessage(typeNameOfUrl(url));
    if (inner === undefined || url.indexOf("/") < 0) {
      throw new JsonError(
        "UNKNOWN_TYPE",
        `google.protobuf.Any: type ${JSON.stringify(url)} is not in the registry`,
      );
    }
    const innerCodec = compileMessage<Obj>(inner);
    let value: Obj;
    const members = lookup.membersReader(inner);
    if (members === undefined) {
      for (const k of keys) {
        if (k !== "@type" && k !== "value" && !c.ignoreUnknownFields) {
          throw new JsonError(
            "UNKNOWN_FIELD",
            `google.protobuf.Any: unexpected key ${JSON.stringify(k)}`,
          );
        }
      }
      if (!Object.hasOwn(obj, "value")) {
        throw new JsonError(
          "INVALID_VALUE",
          `google.protobuf.Any: ${inner.fullName} needs "value"`,
        );
      }
      value = lookup.messageReader(inner)(obj.value, c, depth + 1) as Obj;
    } else {
      checkDepth(c, depth + 1);
      value = innerCodec.create();
      members(value, obj, c, depth + 1, "@type");
    }
    msg.typeUrl = url;
    msg.value = innerCodec.encode(value, { allowPartial: true });
    return msg;
  };
}
