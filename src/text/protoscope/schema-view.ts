/**
 * What the dump reads from a schema: fields of a message by number (extensions included),
 * the wire types a field may arrive with, and the field's type as a comment shows it.
 */
import type { FieldInfo, MessageInfo } from "../../codec/info.js";

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

const NAMES = [
  "",
  "double",
  "float",
  "int64",
  "uint64",
  "int32",
  "fixed64",
  "fixed32",
  "bool",
  "string",
  "group",
  "message",
  "bytes",
  "uint32",
  "enum",
  "sfixed32",
  "sfixed64",
  "sint32",
  "sint64",
];

/** Wire type of a field's single values: 0 varint, 1 i64, 2 len, 3 group, 5 i32. */
export function valueWire(f: FieldInfo): number {
  switch (f.type) {
    case 1:
    case 6:
    case 16:
      return 1;
    case 2:
    case 7:
    case 15:
      return 5;
    case 9:
    case 12:
      return 2;
    case 10:
      return 3;
    case 11:
      return f.delimited ? 3 : 2;
    default:
      return 0;
  }
}

/** True for message and group fields (either wire form is read as the message). */
export function isMessage(f: FieldInfo): boolean {
  return f.type === 10 || f.type === 11;
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
  return NAMES[f.type] ?? `type ${f.type}`;
}

/** The name of enum value `v` of an enum field, or undefined. */
export function enumName(f: FieldInfo, v: number | bigint): string | undefined {
  if (f.enum === undefined) return undefined;
  const big = BigInt(v);
  const n = Number(BigInt.asIntN(32, big));
  if (BigInt(n) !== BigInt.asIntN(64, big)) return undefined;
  return f.enum.values.find((e) => e.number === n)?.name;
}
