/**
 * The conformance test types (loaded by protowire as conformance/protocol.ts loads them) and
 * random valid JSON of TestAllTypesProto3, for the hostile-input tests.
 */
import fc from "fast-check";
import { loadConformanceSchema } from "../../../conformance/protocol.js";
import { messageType } from "../../../src/api/message-type.js";
import type { Message, MessageInfo, MessageType } from "../../../src/index.js";
import { arbMessage } from "../../codec/arbitrary-message.js";

export const PROTO3 = "protobuf_test_messages.proto3.TestAllTypesProto3";
export const PROTO2 = "protobuf_test_messages.proto2.TestAllTypesProto2";

const schema = loadConformanceSchema();

export function conformanceType(fullName: string): MessageType {
  return messageType(schema, fullName);
}

/** Valid JSON with the well-known types' special forms, as seeds for mutation. */
export const SEEDS = [
  '{"optionalTimestamp":"1970-01-01T00:00:00.123Z","optionalDuration":"-1.500s"}',
  '{"optionalAny":{"@type":"type.googleapis.com/protobuf_test_messages.proto3.TestAllTypesProto3","optionalInt32":1,"optionalAny":{"value":"1s","@type":"type.googleapis.com/google.protobuf.Duration"}}}',
  '{"optionalFieldMask":"fooBar,baz.quxQuux","optionalStruct":{"a":[1,"s",null,{"b":true}]},"optionalValue":null}',
  '{"optionalBoolWrapper":false,"optionalInt64Wrapper":"-9223372036854775808","optionalBytesWrapper":"_-8","optionalFloatWrapper":"NaN"}',
  '{"mapInt64Int64":{"-1":"2"},"mapBoolBool":{"true":false},"mapStringNestedMessage":{"__proto__":{"a":1}}}',
  '{"oneofUint32":7,"repeatedNestedEnum":["FOO",2,"NEG"],"optionalNullValue":null,"repeatedValue":[null,[],{}]}',
  '{"optional_int64":"1e3","optionalUint64":1.0e2,"optionalDouble":"-Infinity","optionalBytes":"AQID"}',
];

/**
 * The WKTs whose arbitrary values rarely have a JSON form (out of range, a Value with no kind
 * or a NaN number); SEEDS hold valid JSON of them.
 */
const RANGED = new Set([
  "google.protobuf.Value",
  "google.protobuf.Struct",
  "google.protobuf.ListValue",
  "google.protobuf.Timestamp",
  "google.protobuf.Duration",
  "google.protobuf.Any",
  "google.protobuf.FieldMask",
]);

/**
 * Random valid JSON of TestAllTypesProto3: up to `keys` of the members of a random message's
 * JSON (nested messages `depth` deep; ranged WKT fields left unset).
 */
export function proto3JsonArb(depth = 1, keys = 6): fc.Arbitrary<string> {
  const type = conformanceType(PROTO3);
  const info = schema.findMessage(PROTO3)!;
  const json = arbMessage(info, depth).map((v) => {
    const m = type.create(v as Message);
    withoutRanged(m, info);
    return type.toJson(m) as Record<string, unknown>;
  });
  return fc.tuple(json, fc.array(fc.nat(), { maxLength: keys })).map(([obj, picks]) => {
    const names = Object.keys(obj);
    const out: Record<string, unknown> = {};
    for (const p of picks)
      if (names.length > 0) out[names[p % names.length]!] = obj[names[p % names.length]!];
    return JSON.stringify(out);
  });
}

/** Unsets, at every depth, the fields whose type is one of RANGED. */
function withoutRanged(m: Record<string, unknown>, info: MessageInfo): void {
  for (const f of info.fields) {
    const sub = f.map?.value.message ?? f.message;
    if (sub === undefined) continue;
    const oneof = f.oneof !== undefined && f.proto.proto3Optional !== true ? f.oneof : undefined;
    const holder =
      oneof === undefined ? m : (m[oneof.localName] as { case?: string; value: unknown });
    const key = oneof === undefined ? f.localName : "value";
    if (oneof !== undefined && (holder as { case?: string }).case !== f.localName) continue;
    const h = holder as Record<string, unknown>;
    const value = h[key];
    if (RANGED.has(sub.fullName)) {
      if (oneof !== undefined) m[oneof.localName] = { case: undefined };
      else h[key] = f.map !== undefined ? new Map() : f.repeated ? [] : undefined;
      continue;
    }
    if (sub.fullName.startsWith("google.protobuf.")) continue;
    const children =
      value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : [value];
    for (const c of children) if (c !== undefined) withoutRanged(c as Record<string, unknown>, sub);
  }
}
