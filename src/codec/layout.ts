/**
 * The shape of a message object: which property holds each field, which fields share a oneof
 * property, and the order properties are created in (one order for every instance, so V8 keeps
 * one hidden class per message type).
 */
import { ProtowireError } from "../wire/errors.js";
import type { FieldInfo, MessageInfo } from "./info.js";

export interface FieldSlot {
  readonly field: FieldInfo;
  /** Property that holds the value; for a oneof member, the oneof's property. */
  readonly prop: string;
  /** For a oneof member: the `case` string naming this field; else undefined. */
  readonly oneofCase: string | undefined;
}

export type Member =
  | { readonly kind: "field"; readonly slot: FieldSlot }
  | { readonly kind: "oneof"; readonly prop: string; readonly slots: FieldSlot[] };

/** The property a member is held in: a field's own, or its oneof's. */
export function memberProp(m: Member): string {
  return m.kind === "oneof" ? m.prop : m.slot.prop;
}

export interface Layout {
  /** Properties in creation order: fields in declaration order, a oneof at its first member. */
  readonly members: readonly Member[];
  /** Every field in field-number order: the order protoc serializes in. */
  readonly byNumber: readonly FieldSlot[];
}

/**
 * `m.__proto__ = v` would swap the prototype rather than set a field, so that one name is
 * escaped with a `$` suffix the way protobuf-es escapes reserved names (protobuf names never
 * contain `$`, so the escaped name cannot collide with another field).
 */
export function propertyName(localName: string): string {
  return localName === "__proto__" ? "__proto__$" : localName;
}

/** A proto3 `optional` field sits in a synthetic oneof that is not a oneof for the user. */
export function realOneof(field: FieldInfo): FieldInfo["oneof"] {
  const oneof = field.oneof;
  if (oneof === undefined || oneof.synthetic === true || field.proto?.proto3Optional === true) {
    return undefined;
  }
  return oneof;
}

const layouts = new WeakMap<MessageInfo, Layout>();

export function layoutOf(info: MessageInfo): Layout {
  let layout = layouts.get(info);
  if (layout === undefined) {
    layout = computeLayout(info);
    layouts.set(info, layout);
  }
  return layout;
}

function computeLayout(info: MessageInfo): Layout {
  const members: Member[] = [];
  const oneofs = new Map<string, { kind: "oneof"; prop: string; slots: FieldSlot[] }>();
  const slots: FieldSlot[] = [];
  for (const field of info.declaredFields ?? info.fields) {
    const oneof = realOneof(field);
    if (oneof === undefined) {
      const slot = { field, prop: propertyName(field.localName), oneofCase: undefined };
      slots.push(slot);
      members.push({ kind: "field", slot });
      continue;
    }
    // Keyed by name: unique within a message, whether or not the schema shares OneofInfo objects.
    let group = oneofs.get(oneof.name);
    if (group === undefined) {
      group = { kind: "oneof", prop: propertyName(oneof.localName), slots: [] };
      oneofs.set(oneof.name, group);
      members.push(group);
    }
    const slot = { field, prop: group.prop, oneofCase: field.localName };
    group.slots.push(slot);
    slots.push(slot);
  }
  const props = members.map(memberProp);
  const clash = props.find((p, i) => props.indexOf(p) !== i);
  if (clash !== undefined) {
    throw new ProtowireError(
      "NAME_CONFLICT",
      `${info.fullName}: two fields or oneofs use the property name ${JSON.stringify(clash)}`,
    );
  }
  const byNumber = slots.slice().sort((a, b) => a.field.number - b.field.number);
  return { members, byNumber };
}
