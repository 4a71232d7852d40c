/**
 * Default values of explicit-presence fields. An unset field reads as `undefined` in the message
 * object (so presence is observable); its default — proto2 `[default = ...]`, else the first
 * value of an enum, else the type's zero — is what `MessageCodec.getField` returns for it.
 */
import type { FieldInfo, MessageInfo } from "./info.js";
import { default64 } from "./jstype.js";
import { layoutOf } from "./layout.js";
import { fieldFacts } from "./scalar.js";

export function defaultOf(field: FieldInfo): unknown {
  const v = field.defaultValue;
  const facts = fieldFacts(field);
  // 64-bit [jstype = JS_STRING] / [jstype = JS_NUMBER]: "0" / 0, or the default in that form.
  const kind = facts?.kind;
  if (kind === "decimal" || kind === "safe") return default64(v ?? 0n, kind === "safe", field.name);
  if (v !== undefined) return v instanceof Uint8Array ? v.slice() : v;
  if (facts === undefined) return undefined; // messages
  // proto2: an enum field defaults to its first declared value, which need not be 0.
  if (field.enum !== undefined) return field.enum.values[0]?.number ?? 0;
  return facts.zeroValue();
}

/** Property name -> field, for getField; oneof members are looked up by their case name. */
export function fieldsByProperty(info: MessageInfo): Map<string, FieldInfo> {
  const out = new Map<string, FieldInfo>();
  for (const slot of layoutOf(info).byNumber) {
    if (slot.oneofCase === undefined) out.set(slot.prop, slot.field);
  }
  return out;
}
