/**
 * Default values of explicit-presence fields. An unset field reads as `undefined` in the message
 * object (so presence is observable); its default — proto2 `[default = ...]`, else the first
 * value of an enum, else the type's zero — is what `MessageCodec.getField` returns for it.
 */
import { FieldType } from "../schema/descriptor/shapes.js";
import type { FieldInfo, MessageInfo } from "./info.js";
import { default64 } from "./jstype.js";
import { layoutOf } from "./layout.js";
import { fieldFacts } from "./scalar.js";

export function defaultOf(field: FieldInfo): unknown {
  const v = field.defaultValue;
  // 64-bit [jstype = JS_STRING] / [jstype = JS_NUMBER]: "0" / 0, or the default in that form.
  const kind = fieldFacts(field)?.kind;
  if (kind === "decimal" || kind === "safe") return default64(v ?? 0n, kind === "safe", field.name);
  if (v !== undefined) return v instanceof Uint8Array ? v.slice() : v;
  switch (field.type) {
    case FieldType.TYPE_INT64:
    case FieldType.TYPE_UINT64:
    case FieldType.TYPE_SINT64:
    case FieldType.TYPE_FIXED64:
    case FieldType.TYPE_SFIXED64:
      return 0n;
    case FieldType.TYPE_BOOL:
      return false;
    case FieldType.TYPE_STRING:
      return "";
    case FieldType.TYPE_BYTES:
      return new Uint8Array(0);
    case FieldType.TYPE_ENUM:
      // proto2: an enum field defaults to its first declared value, which need not be 0.
      return field.enum?.values[0]?.number ?? 0;
    case FieldType.TYPE_MESSAGE:
    case FieldType.TYPE_GROUP:
      return undefined;
    default:
      return 0;
  }
}

/** Property name -> field, for getField; oneof members are looked up by their case name. */
export function fieldsByProperty(info: MessageInfo): Map<string, FieldInfo> {
  const out = new Map<string, FieldInfo>();
  for (const slot of layoutOf(info).byNumber) {
    if (slot.oneofCase === undefined) out.set(slot.prop, slot.field);
  }
  return out;
}
