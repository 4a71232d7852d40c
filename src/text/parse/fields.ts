/**
 * What the parser knows about each message type, built once per MessageInfo: its fields by
 * the names the text format accepts (the field name, and a group's type name), the reserved
 * names it skips, and for every field the value kind, property and presence that the parser
 * needs to read and store a value without looking anything up again.
 */
import { compileMessage } from "../../codec/index.js";
import { propertyName, realOneof } from "../../codec/layout.js";
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";

/** How one value is read: the parser's switch runs on these. */
export const K_INT32 = 0;
export const K_UINT32 = 1;
export const K_INT64 = 2;
export const K_UINT64 = 3;
export const K_FLOAT = 4;
export const K_DOUBLE = 5;
export const K_BOOL = 6;
export const K_STRING = 7;
export const K_BYTES = 8;
export const K_ENUM = 9;
export const K_MESSAGE = 10;

export interface FieldEntry {
  readonly field: FieldInfo;
  /** The name in protoc's messages: the field name, an extension's full name. */
  readonly name: string;
  readonly prop: string;
  readonly kind: number;
  /** 64-bit integers: 0 bigint, 1 decimal string (JS_STRING), 2 safe number (JS_NUMBER). */
  readonly jstype: number;
  readonly repeated: boolean;
  /** Presence is tracked (unset reads `undefined`); else the zero value means unset. */
  readonly explicit: boolean;
  readonly oneofProp: string | undefined;
  readonly oneofCase: string | undefined;
  readonly oneofName: string | undefined;
  readonly utf8Validate: boolean;
  /** Enums: values by name; for closed enums also the known numbers. */
  readonly enumByName: Map<string, number> | undefined;
  readonly enumNumbers: Set<number> | undefined;
  /** Message and group fields, map fields (the entry type): the type's table. */
  table: () => MessageTable;
  readonly isMap: boolean;
  readonly isExtension: boolean;
}

export interface MessageTable {
  readonly info: MessageInfo;
  readonly byName: Map<string, FieldEntry>;
  readonly reserved: ReadonlySet<string>;
  readonly isAny: boolean;
  readonly isMapEntry: boolean;
  /** A oneof's member case (local name) -> field name, for protoc's oneof message. */
  readonly caseNames: Map<string, string>;
  /** A fresh message of the type (map entries: `{ key, value }` unset). */
  readonly create: () => Record<string, unknown>;
}

const tables = new WeakMap<MessageInfo, MessageTable>();

export function tableOf(info: MessageInfo): MessageTable {
  let t = tables.get(info);
  if (t === undefined) {
    t = buildTable(info);
    tables.set(info, t);
  }
  return t;
}

function buildTable(info: MessageInfo): MessageTable {
  const byName = new Map<string, FieldEntry>();
  const caseNames = new Map<string, string>();
  const entry = info.isMapEntry === true;
  for (const f of info.fields) {
    const e = entryOf(f, f.name, entry);
    byName.set(f.name, e);
    if (e.oneofCase !== undefined) caseNames.set(e.oneofCase, f.name);
    // A group is written by its type name (`MyGroup { }`) as well as its field name.
    if (isGroupLike(f, info)) byName.set(f.message!.name, e);
  }
  let create: () => Record<string, unknown>;
  if (entry) create = () => ({ key: undefined, value: undefined });
  else {
    const codec = compileMessage<Record<string, unknown>>(info);
    create = () => codec.create();
  }
  return {
    info,
    byName,
    reserved: new Set(info.proto?.reservedName ?? []),
    isAny: info.fullName === "google.protobuf.Any",
    isMapEntry: entry,
    caseNames,
    create,
  };
}

/** protoc's IsGroupLike: a delimited field named as its type, lower-cased, declared beside it. */
function isGroupLike(f: FieldInfo, info: MessageInfo): boolean {
  const m = f.message;
  if (!f.delimited || m === undefined) return false;
  if (m.name.toLowerCase() !== f.name) return false;
  return m.parent === info && m.file === info.file;
}

const extensionEntries = new WeakMap<FieldInfo, FieldEntry>();

/** The entry of an extension, named in messages by its full name. */
export function extensionEntry(f: FieldInfo): FieldEntry {
  let e = extensionEntries.get(f);
  if (e === undefined) {
    e = entryOf(f, f.fullName, false);
    extensionEntries.set(f, e);
  }
  return e;
}

function entryOf(f: FieldInfo, name: string, inMapEntry: boolean): FieldEntry {
  const kind = fieldKind(f.type);
  const oneof = f.isExtension ? undefined : realOneof(f);
  let table: MessageTable | undefined;
  const sub = f.message;
  const e: FieldEntry = {
    field: f,
    name,
    prop: f.isExtension ? "value" : propertyName(f.localName),
    kind: kindCode(f),
    jstype: kind?.js === "bigint" ? (f.proto?.options?.jstype ?? 0) : 0,
    repeated: f.repeated,
    explicit: inMapEntry || f.presence !== "implicit" || kind?.js === "message",
    oneofProp: oneof === undefined ? undefined : propertyName(oneof.localName),
    oneofCase: oneof === undefined ? undefined : f.localName,
    oneofName: oneof?.name,
    utf8Validate: f.utf8Validate,
    enumByName:
      f.enum === undefined ? undefined : new Map(f.enum.values.map((v) => [v.name, v.number])),
    enumNumbers:
      f.enum === undefined || f.enum.open ? undefined : new Set(f.enum.values.map((v) => v.number)),
    table: () => {
      if (table === undefined) table = tableOf(sub!);
      return table;
    },
    isMap: f.map !== undefined,
    isExtension: f.isExtension,
  };
  return e;
}

function kindCode(f: FieldInfo): number {
  const kind = fieldKind(f.type);
  switch (kind?.js) {
    case "number":
      return kind.integer!.signed ? K_INT32 : K_UINT32;
    case "bigint":
      return kind.integer!.signed ? K_INT64 : K_UINT64;
    case "float":
      return kind.name === "float" ? K_FLOAT : K_DOUBLE;
    case "bool":
      return K_BOOL;
    case "string":
      return K_STRING;
    case "bytes":
      return K_BYTES;
    case "enum":
      return K_ENUM;
    default:
      return K_MESSAGE;
  }
}
