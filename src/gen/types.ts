/**
 * TypeScript types of a file's message types and enums, exactly the message model the codecs
 * give (docs/codec.md, "The message model"): a type per message (`bigint` 64-bit integers or
 * their `jstype` form, `Map`s, `{ case, value }` oneofs, explicit presence as
 * `?: T | undefined`, `$unknown`), and per enum a const object of its values with the union
 * of their numbers as its type. Doc comments come from the `.proto` file's comments.
 */

import { layoutOf } from "../codec/layout.js";
import { fieldKind } from "../schema/descriptor/field-kinds.js";
import { JSType } from "../schema/descriptor/shapes.js";
import type { EnumInfo, FieldInfo, FileInfo, MessageInfo } from "../schema/index.js";
import { Comments } from "./comments.js";
import { typeName } from "./names.js";

const PROPERTY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The types of one file and the types it uses from other files. */
export interface FileTypes {
  readonly source: string;
  /** Per other file, the names it must import (as types) and the local alias of each. */
  readonly imports: ReadonlyMap<FileInfo, ReadonlyMap<string, string>>;
}

/** `ambient`: for a declaration file (`.d.ts`), where enums are declared, not defined. */
export function emitTypes(file: FileInfo, ambient = false): FileTypes {
  const comments = new Comments(file);
  const local = new Set<string>();
  const visit = (m: MessageInfo) => {
    if (!m.isMapEntry) local.add(typeName(m));
    m.nestedMessages.forEach(visit);
    for (const e of m.nestedEnums) local.add(typeName(e));
  };
  file.messages.forEach(visit);
  for (const e of file.enums) local.add(typeName(e));
  const imports = new Map<FileInfo, Map<string, string>>();
  const taken = new Set(local);
  /** The name `t` goes by in this file (imported from its own file when it is elsewhere). */
  const ref = (t: MessageInfo | EnumInfo): string => {
    const name = typeName(t);
    if (t.file === file) return name;
    let names = imports.get(t.file);
    if (names === undefined) {
      names = new Map();
      imports.set(t.file, names);
    }
    let alias = names.get(name);
    if (alias === undefined) {
      alias = name;
      for (let i = 1; taken.has(alias); i++) alias = `${name}$${i}`;
      taken.add(alias);
      names.set(name, alias);
    }
    return alias;
  };
  const out: string[] = [];
  const message = (m: MessageInfo, path: number[]): void => {
    if (!m.isMapEntry) out.push(messageType(m, path, comments, ref));
    m.nestedMessages.forEach((n, i) => {
      message(n, [...path, 3, i]);
    });
    m.nestedEnums.forEach((e, i) => {
      out.push(enumType(e, [...path, 4, i], comments, ambient));
    });
  };
  file.messages.forEach((m, i) => {
    message(m, [4, i]);
  });
  file.enums.forEach((e, i) => {
    out.push(enumType(e, [5, i], comments, ambient));
  });
  return { source: out.join("\n"), imports };
}

type Ref = (t: MessageInfo | EnumInfo) => string;

/** The message's interface: its properties in the order the codec creates them (layout.ts). */
function messageType(m: MessageInfo, path: number[], comments: Comments, ref: Ref): string {
  const lines = [`${comments.doc(path)}export interface ${typeName(m)} {`];
  for (const member of layoutOf(m).members) {
    if (member.kind === "oneof") {
      const cases = member.slots.map(
        (s) =>
          `{ case: ${JSON.stringify(s.oneofCase)}; value: ${elementType(s.field as FieldInfo, ref)} }`,
      );
      cases.push("{ case: undefined; value?: undefined }");
      lines.push(`  ${property(member.prop)}:\n    | ${cases.join("\n    | ")};`);
      continue;
    }
    const f = member.slot.field as FieldInfo;
    const doc = comments.doc([...path, 2, m.proto.field?.indexOf(f.proto) ?? -1], "  ");
    const optional = f.presence !== "implicit" && !f.repeated;
    const type = fieldType(f, ref);
    const declared = optional ? `?: ${type} | undefined` : `: ${type}`;
    lines.push(`${doc}  ${property(member.slot.prop)}${declared};`);
  }
  lines.push("  /** Unknown fields (and extensions), each as its raw bytes. */");
  lines.push("  $unknown?: Uint8Array[];", "}");
  return `${lines.join("\n")}\n`;
}

function fieldType(f: FieldInfo, ref: Ref): string {
  if (f.map !== undefined) {
    return `Map<${keyType(f.map.key)}, ${elementType(f.map.value, ref)}>`;
  }
  const element = elementType(f, ref);
  return f.repeated ? `${element.includes(" ") ? `(${element})` : element}[]` : element;
}

function keyType(key: FieldInfo): string {
  const js = fieldKind(key.type)!.js;
  return js === "bigint"
    ? "bigint"
    : js === "bool"
      ? "boolean"
      : js === "string"
        ? "string"
        : "number";
}

/** The type of one value of `f` (an element of a list, the value of a map entry). */
function elementType(f: FieldInfo, ref: Ref): string {
  if (f.message !== undefined) return ref(f.message);
  if (f.enum !== undefined) return ref(f.enum);
  switch (fieldKind(f.type)!.js) {
    case "bigint": {
      // Map keys and values carry no options: they stay bigint.
      const jstype = f.parent?.isMapEntry ? undefined : f.proto.options?.jstype;
      return jstype === JSType.JS_STRING
        ? "string"
        : jstype === JSType.JS_NUMBER
          ? "number"
          : "bigint";
    }
    case "bool":
      return "boolean";
    case "string":
      return "string";
    case "bytes":
      return "Uint8Array";
    default:
      return "number";
  }
}

/**
 * An enum as a const object of its values (`Status.ACTIVE`) and the union of their numbers;
 * in a declaration file (`ambient`), the object's type without its value.
 */
function enumType(e: EnumInfo, path: number[], comments: Comments, ambient: boolean): string {
  const name = typeName(e);
  const values = e.values.map((v, i) => {
    const key = v.name !== "__proto__" ? v.name : ambient ? '"__proto__"' : '["__proto__"]';
    const doc = comments.doc([...path, 2, i], "  ");
    return ambient ? `${doc}  readonly ${key}: ${v.number};` : `${doc}  ${key}: ${v.number},`;
  });
  const object = ambient
    ? `export declare const ${name}: {\n${values.join("\n")}\n};\n`
    : `export const ${name} = {\n${values.join("\n")}\n} as const;\n`;
  return `${comments.doc(path)}${object}export type ${name} = (typeof ${name})[keyof typeof ${name}];\n`;
}

function property(name: string): string {
  return PROPERTY.test(name) ? name : JSON.stringify(name);
}
