/**
 * What the dump reads from a schema: fields of a message by number (extensions included),
 * the wire types a field may arrive with, and the field's type as a comment shows it.
 */
import type { FieldInfo, MessageInfo } from "../../codec/info.js";
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import { FieldType } from "../../schema/index.js";
import { WireType } from "../../wire/constants.js";

const byNumber = new WeakMap<MessageInfo, Map<number, FieldInfo>>();

/** Field `number` of `type` (a field or an extension the schema knows), or undefined. */
export function fieldOf(type: MessageInfo | undefined, number: number): FieldInfo | undefined {
  if (type === undefined) return undefined;
  let map = byNumber.get(type);
  if (map === undefined) {
    map = new Map();
    for (const f of type.extensions?.() ?? []) map.set(f.number, f);
    for (const f of type.fields) map.set(f.number, f);
    byNumber.set(type, map);
  }
  return map.get(number);
}

/** Wire type of a field's single values: 0 varint, 1 i64, 2 len, 3 group, 5 i32. */
export function valueWire(f: FieldInfo): number {
  // Editions DELIMITED: a message field travels as a group.
  if (f.type === FieldType.TYPE_MESSAGE && f.delimited) return WireType.StartGroup;
  return fieldKind(f.type)?.wireType ?? WireType.Varint;
}

/** True for message and group fields (either wire form is read as the message). */
export function isMessage(f: FieldInfo): boolean {
  return f.type === FieldType.TYPE_GROUP || f.type === FieldType.TYPE_MESSAGE;
}

/** Whether wire type `wire` fits field `f` (a message as LEN or group; packed scalars). */
export function fits(f: FieldInfo, wire: number): boolean {
  if (isMessage(f)) return wire === 2 || wire === 3;
  const w = valueWire(f);
  return w === wire || (wire === 2 && f.repeated && w !== 2);
}

/** `name: type` for a comment: `id: int32`, `tags: repeated string`, `kind: pkg.Kind`. */
export function describe(f: FieldInfo): string {
  const name = f.fullName !== undefined && isExtension(f) ? `[${f.fullName}]` : f.name;
  if (f.map !== undefined) return `${name}: map<${typeName(f.map.key)}, ${typeName(f.map.value)}>`;
  return `${name}: ${f.repeated ? "repeated " : ""}${typeName(f)}`;
}

function isExtension(f: FieldInfo): boolean {
  return (f as { isExtension?: boolean }).isExtension === true;
}

function typeName(f: FieldInfo): string {
  if (f.message !== undefined) return f.message.fullName;
  if (f.enum !== undefined) return f.enum.fullName;
  return fieldKind(f.type)?.name ?? `type ${f.type}`;
}

/** The name of enum value `v` of an enum field, or undefined. */
export function enumName(f: FieldInfo, v: number | bigint): string | undefined {
  if (f.enum === undefined) return undefined;
  const big = BigInt(v);
  const n = Number(BigInt.asIntN(32, big));
  if (BigInt(n) !== BigInt.asIntN(64, big)) return undefined;
  return f.enum.values.find((e) => e.number === n)?.name;
}
