/**
 * Turns the abstract values of proof-arbitraries.ts into protowire's message model and into
 * @bufbuild/protobuf's, and @bufbuild/protobuf messages back into abstract values. Each side
 * is driven by its own descriptors (protowire's MessageInfo, protobuf-es's DescMessage), which
 * both come from the same .proto text, so a disagreement between the two libraries on names,
 * presence or types shows up as a failed comparison rather than being papered over here.
 */
import {
  create,
  type DescExtension,
  type DescField,
  type DescMessage,
  isFieldSet,
  type Message,
} from "@bufbuild/protobuf";
import type { FieldInfo, MessageInfo } from "../../src/codec/info.js";
import type { MapKey, MessageValue, Value } from "./proof-arbitraries.js";

const TYPE_GROUP = 10;
const TYPE_MESSAGE = 11;

function isMessageField(f: FieldInfo): boolean {
  return f.type === TYPE_MESSAGE || f.type === TYPE_GROUP;
}

/** The oneof a field belongs to for the user: not the synthetic oneof of proto3 `optional`. */
function userOneof(f: FieldInfo) {
  return f.oneof !== undefined && f.proto?.proto3Optional !== true ? f.oneof : undefined;
}

/** An init object for protowire's `create()`: only the fields that are set. */
export function toOursInit(v: MessageValue, info: MessageInfo): Record<string, unknown> {
  const init: Record<string, unknown> = {};
  for (const f of info.fields) {
    const x = v.fields.get(f.number);
    if (x === undefined) continue;
    const converted = oursField(f, x);
    const oneof = userOneof(f);
    if (oneof !== undefined) init[oneof.localName] = { case: f.localName, value: converted };
    else init[f.localName] = converted;
  }
  return init;
}

/** One field's value in protowire's model (an init object for a message type). */
export function oursField(f: FieldInfo, x: Value): unknown {
  if (f.map !== undefined) {
    const value = f.map.value;
    return new Map([...(x as Map<MapKey, Value>)].map(([k, e]) => [k, oursSingle(value, e)]));
  }
  if (f.repeated) return (x as Value[]).map((e) => oursSingle(f, e));
  return oursSingle(f, x);
}

function oursSingle(f: FieldInfo, x: Value): unknown {
  if (isMessageField(f)) return toOursInit(x as MessageValue, f.message!);
  return x;
}

/** A protobuf-es message holding the same value. */
export function toEs(v: MessageValue, desc: DescMessage): Message {
  const init: Record<string, unknown> = {};
  for (const f of desc.fields) {
    const x = v.fields.get(f.number);
    if (x === undefined) continue;
    const converted = esField(f, x);
    if (f.oneof !== undefined) init[f.oneof.localName] = { case: f.localName, value: converted };
    else init[f.localName] = converted;
  }
  return create(desc, init as never) as Message;
}

/** One field's (or extension's) value in protobuf-es's model. */
export function esField(f: DescField | DescExtension, x: Value): unknown {
  switch (f.fieldKind) {
    case "message":
      return toEs(x as MessageValue, f.message);
    case "list":
      return f.listKind === "message"
        ? (x as Value[]).map((e) => toEs(e as MessageValue, f.message))
        : x;
    case "map": {
      // protobuf-es keeps maps as plain objects keyed by the key's string form.
      const obj: Record<string, unknown> = {};
      for (const [k, e] of x as Map<MapKey, Value>) {
        // Defined, not assigned: `obj["__proto__"] = v` would set the prototype, not a key.
        Object.defineProperty(obj, String(k), {
          value: f.mapKind === "message" ? toEs(e as MessageValue, f.message) : e,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return obj;
    }
    default:
      return x;
  }
}

// FieldDescriptorProto.Type numbers of the 64-bit integer types and bool.
const INT64_TYPES = new Set([3, 4, 6, 16, 18]);
const TYPE_BOOL = 8;
const TYPE_STRING = 9;

function mapKeyFromString(k: string, keyType: number): MapKey {
  if (INT64_TYPES.has(keyType)) return BigInt(k);
  if (keyType === TYPE_BOOL) return k === "true";
  if (keyType === TYPE_STRING) return k;
  return Number(k);
}

/** The abstract value of a protobuf-es message (fields protobuf-es considers set). */
export function fromEs(msg: Message, desc: DescMessage): MessageValue {
  const fields = new Map<number, Value>();
  const obj = msg as unknown as Record<string, unknown>;
  for (const f of desc.fields) {
    if (!isFieldSet(msg, f)) continue;
    const raw =
      f.oneof !== undefined
        ? (obj[f.oneof.localName] as { value: unknown }).value
        : obj[f.localName];
    fields.set(f.number, fromEsField(f, raw));
  }
  return { fields };
}

/** The abstract value of one protobuf-es field (or extension) value. */
export function fromEsField(f: DescField | DescExtension, raw: unknown): Value {
  switch (f.fieldKind) {
    case "message":
      return fromEs(raw as Message, f.message);
    case "list":
      return f.listKind === "message"
        ? (raw as Message[]).map((e) => fromEs(e, f.message))
        : [...(raw as Value[])];
    case "map":
      return new Map(
        Object.entries(raw as Record<string, unknown>).map(([k, e]) => [
          mapKeyFromString(k, f.mapKey),
          f.mapKind === "message" ? fromEs(e as Message, f.message) : (e as Value),
        ]),
      );
    default:
      return raw as Value;
  }
}
