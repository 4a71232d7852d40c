/**
 * fromJson: one reader per message type, built once from its MessageInfo and cached. A plain
 * message reads a JSON object whose keys are its fields' JSON names or proto names (not both for
 * one field), or `"[pkg.ext]"` for extensions; the well-known types have their own forms
 * (wkt-readers.ts). Messages are made by the binary codec's `create()`, so they have the same
 * shape (and hidden class) as decoded ones.
 */
import { compileMessage, setExtension } from "../../codec/index.js";
import { propertyName, realOneof } from "../../codec/layout.js";
import { suggestion } from "../../codec/strict.js";
import { indexSegment, keySegment } from "../../codec/values.js";
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";
import { JsonError, within } from "../errors.js";
import { lazily } from "../lazy.js";
import type { MessageReader, ReadContext } from "./context.js";
import { asObject, checkDepth, kindOf, SKIP, setOneof } from "./context.js";
import { mapKeyReader, scalarReader } from "./scalar-readers.js";
import { wktReader } from "./wkt-readers.js";

type Obj = Record<string, unknown>;

/** Reads the value of one member into `msg`. */
type MemberReader = (msg: Obj, json: unknown, c: ReadContext, depth: number) => void;

interface Member {
  readonly field: FieldInfo;
  readonly read: MemberReader;
  /** The field's other key (proto name vs JSON name), when they differ: both is a duplicate. */
  readonly otherKey: string | undefined;
}

interface Compiled {
  read: MessageReader;
  /** Plain messages only: reads the members of `json` into `msg`, skipping key `skip`. */
  members:
    | ((msg: Obj, json: Obj, c: ReadContext, depth: number, skip?: string) => void)
    | undefined;
}

const compiled = new WeakMap<MessageInfo, Compiled>();

/** The JSON reader of message type `info`. */
export function messageReader(info: MessageInfo): MessageReader {
  return compiledOf(info).read;
}

/** Reads the members of a plain message type's JSON object into `msg` (for `Any`). */
export function membersReader(info: MessageInfo): Compiled["members"] {
  return compiledOf(info).members;
}

function compiledOf(info: MessageInfo): Compiled {
  let c = compiled.get(info);
  if (c !== undefined) return c;
  const special = wktReader(info, { messageReader, membersReader });
  if (special !== undefined) {
    c = { read: special, members: undefined };
    compiled.set(info, c);
    return c;
  }
  const codec = compileMessage<Obj>(info);
  let members: Map<string, Member> | undefined;
  const readMembers = (msg: Obj, json: Obj, ctx: ReadContext, depth: number, skip?: string) => {
    members ??= membersOf(info);
    for (const key of Object.keys(json)) {
      if (key === skip) continue;
      const m = members.get(key);
      if (m === undefined) {
        readOther(info, msg, key, json[key], ctx, depth);
        continue;
      }
      if (m.otherKey !== undefined && Object.hasOwn(json, m.otherKey)) {
        throw new JsonError(
          "DUPLICATE_KEY",
          `${JSON.stringify(m.field.name)} and ${JSON.stringify(m.field.jsonName)} name the same field`,
        );
      }
      try {
        m.read(msg, json[key], ctx, depth);
      } catch (e) {
        throw within(e, propertyName(m.field.localName));
      }
    }
  };
  const read: MessageReader = (json, ctx, depth) => {
    checkDepth(ctx, depth);
    const obj = asObject(json, info.fullName);
    const msg = codec.create();
    readMembers(msg, obj, ctx, depth);
    return msg;
  };
  c = { read, members: readMembers };
  compiled.set(info, c);
  return c;
}

function membersOf(info: MessageInfo): Map<string, Member> {
  const out = new Map<string, Member>();
  for (const f of info.fields) {
    const read = memberReader(f);
    const differ = f.jsonName !== f.name;
    out.set(f.jsonName, { field: f, read, otherKey: differ ? f.name : undefined });
    if (differ) out.set(f.name, { field: f, read, otherKey: f.jsonName });
  }
  return out;
}

/** A key that is no field: an extension `"[pkg.ext]"`, or unknown (an error unless ignored). */
export function readOther(
  info: MessageInfo,
  msg: Obj,
  key: string,
  json: unknown,
  c: ReadContext,
  depth: number,
): void {
  const ext =
    key.startsWith("[") && key.endsWith("]") ? extensionOf(info, key.slice(1, -1), c) : undefined;
  if (ext === undefined) {
    if (c.ignoreUnknownFields) return;
    const fields = info.fields.map((f) => [f.jsonName, f.name, ""] as const);
    const hint = suggestion(key, { type: info.fullName, fields, oneofs: [] });
    const also = hint === undefined ? "" : `; did you mean ${JSON.stringify(hint)}?`;
    throw new JsonError(
      "UNKNOWN_FIELD",
      `${info.fullName} has no field ${JSON.stringify(key)}${also}`,
    );
  }
  const holder: Obj = {};
  try {
    memberReader(ext)(holder, json, c, depth);
    const value = holder[propertyName(ext.localName)];
    if (value !== undefined) setExtension(msg, ext, value);
  } catch (e) {
    throw within(e, key);
  }
}

function extensionOf(info: MessageInfo, name: string, c: ReadContext): FieldInfo | undefined {
  const known = info.extensions().find((e) => e.fullName === name);
  if (known !== undefined) return known;
  const found = c.registry.findExtension?.(name);
  return found?.extendee?.fullName === info.fullName ? found : undefined;
}

/** Whether JSON `null` is a value of the field's elements (Value and NullValue), not "unset". */
export function nullIsValue(f: FieldInfo): boolean {
  return (
    f.message?.fullName === "google.protobuf.Value" ||
    f.enum?.fullName === "google.protobuf.NullValue"
  );
}

type ValueReader = (json: unknown, c: ReadContext, depth: number) => unknown;

function valueReader(f: FieldInfo): ValueReader {
  if (f.message !== undefined) {
    const sub = f.message;
    const read = lazily(() => messageReader(sub));
    return (json, c, depth) => read()(json, c, depth + 1);
  }
  const read = scalarReader(fieldKind(f.type)!, f);
  return (json, c) => read(json, c);
}

function nullInside(where: string): JsonError {
  return new JsonError("INVALID_VALUE", `null is not allowed in a ${where}`);
}

export function memberReader(f: FieldInfo): MemberReader {
  const local = propertyName(f.localName);
  const nullable = nullIsValue(f);
  if (f.map !== undefined) {
    const key = mapKeyReader(fieldKind(f.map.key.type)!);
    const value = valueReader(f.map.value);
    const valueNullable = nullIsValue(f.map.value);
    return (msg, json, c, depth) => {
      if (json === null) return;
      const obj = asObject(json, `map field ${f.name}`);
      const out = new Map<unknown, unknown>();
      for (const k of Object.keys(obj)) {
        const v = obj[k];
        try {
          if (v === null && !valueNullable) throw nullInside("map");
          const x = value(v, c, depth);
          if (x !== SKIP) out.set(key(k), x);
        } catch (e) {
          throw within(e, keySegment(k));
        }
      }
      msg[local] = out;
    };
  }
  const value = valueReader(f);
  if (f.repeated) {
    return (msg, json, c, depth) => {
      if (json === null) return;
      if (!Array.isArray(json)) {
        throw new JsonError(
          "INVALID_VALUE",
          `expected an array for ${f.name}, got ${kindOf(json)}`,
        );
      }
      const out: unknown[] = [];
      for (let i = 0; i < json.length; i++) {
        const v = json[i];
        try {
          if (v === null && !nullable) throw nullInside("list");
          const x = value(v, c, depth);
          if (x !== SKIP) out.push(x);
        } catch (e) {
          throw within(e, indexSegment(i));
        }
      }
      msg[local] = out;
    };
  }
  const oneof = realOneof(f);
  if (oneof !== undefined) {
    const oneofLocal = propertyName(oneof.localName);
    const memberCase = f.localName;
    return (msg, json, c, depth) => {
      if (json === null && !nullable) return;
      const x = value(json, c, depth);
      if (x === SKIP) return;
      setOneof(msg, oneofLocal, oneof.name, memberCase, x);
    };
  }
  return (msg, json, c, depth) => {
    if (json === null && !nullable) return;
    const x = value(json, c, depth);
    if (x !== SKIP) msg[local] = x;
  };
}
