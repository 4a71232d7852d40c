/**
 * toJsonString without the intermediate JSON value: each message type gets a writer that
 * appends its members as text, in exactly the form `JSON.stringify(toJson(msg))` has (the tree
 * writer in message-writer.ts is the reference; test/json checks the two agree). The well-known
 * types with a special form go through the tree writer (they are small), so their rules live
 * in one place. Only the one-line form is written here: `prettySpaces` takes the tree path.
 */
import { propReader } from "../../codec/closures/link.js";
import { scalarFns } from "../../codec/closures/scalars.js";
import { evaluateSource, evaluationAvailable } from "../../codec/compiler.js";
import { getExtension, hasExtension } from "../../codec/index.js";
import { indexSegment, keySegment, nonZero64 } from "../../codec/values.js";
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import type { EnumInfo, FieldInfo, MessageInfo } from "../../schema/index.js";
import { encodeBase64 } from "../base64.js";
import { emitTextWriter, TEXT_WRITER_PARAMS, textWriterSlots } from "../emit/text-writer-source.js";
import { within } from "../errors.js";
import { invalid } from "../invalid.js";
import { SPECIAL_JSON } from "../wkt-names.js";
import type { WriteContext } from "./context.js";
import { checkedMessage, isEmpty, messageWriter } from "./message-writer.js";

/**
 * One message as JSON text; `depth` counts enclosing messages. Strings are built by
 * concatenation, message by message: a shared array of parts joined at the end measured 3x
 * slower on large batches (pushing into a big old-space array, then joining it).
 */
export type MessageTextWriter = (msg: unknown, c: WriteContext, depth: number) => string;

/** One value as JSON text. */
type ValueText = (v: unknown, c: WriteContext, depth: number) => string;

const compiled = new WeakMap<MessageInfo, MessageTextWriter>();

/**
 * The text writer of message type `info`, compiled now if it was not (a compiled writer
 * resolves the writers of its submessages on first use, so recursive types are fine).
 */
export function messageTextWriter(info: MessageInfo): MessageTextWriter {
  let w = compiled.get(info);
  if (w === undefined) {
    if (SPECIAL_JSON.has(info.fullName)) {
      const tree = messageWriter(info);
      w = (msg, c, depth) => JSON.stringify(tree(msg, c, depth));
    } else w = compileTextWriter(info);
    compiled.set(info, w);
  }
  return w;
}

function compileTextWriter(info: MessageInfo): MessageTextWriter {
  const slots = textWriterSlots(info);
  const fields = slots.map((s) => s.field as FieldInfo);
  const extensions = info.extensions();
  const rt = {
    fail: (m: unknown, c: WriteContext, depth: number) => checkedMessage(m, info, c, depth),
    within,
    isEmpty,
    nonZero64, // for the codec's isSet source of 64-bit fields
    extensions(m: Record<string, unknown>, s: string, c: WriteContext, depth: number): string {
      const part = extensionsText(m, extensions, c, depth);
      return part === "" ? s : s === "" ? part : `${s},${part}`;
    },
  };
  const values = fields.map((f) =>
    f.map !== undefined ? mapText(f) : f.repeated ? listText(f) : valueText(f),
  );
  const jsonKeys = fields.map((f) => `${JSON.stringify(f.jsonName)}:`);
  const protoKeys = fields.map((f) => `${JSON.stringify(f.name)}:`);
  const names = slots.map((s) => s.prop);
  const comma = (keys: string[]) => keys.map((k) => `,${k}`);
  const withExtensions = extensions.length > 0;
  if (!evaluationAvailable()) {
    return composedTextWriter(info, withExtensions, rt, values, jsonKeys, protoKeys, names);
  }
  const body = emitTextWriter(info, withExtensions);
  const make = evaluateSource(TEXT_WRITER_PARAMS, body) as (
    ...args: unknown[]
  ) => MessageTextWriter;
  return make(rt, values, jsonKeys, protoKeys, comma(jsonKeys), comma(protoKeys), names);
}

/**
 * The writer emitTextWriter's source makes, composed without `new Function` (where this
 * environment forbids it): the same tests of presence, member by member, in the same order.
 */
function composedTextWriter(
  info: MessageInfo,
  withExtensions: boolean,
  rt: {
    fail(m: unknown, c: WriteContext, depth: number): void;
    extensions(m: Record<string, unknown>, s: string, c: WriteContext, depth: number): string;
  },
  values: readonly ValueText[],
  jsonKeys: readonly string[],
  protoKeys: readonly string[],
  names: readonly string[],
): MessageTextWriter {
  const members = textWriterSlots(info).map((slot) => {
    const f = slot.field as FieldInfo;
    const oneofCase = slot.oneofCase;
    let kind: "oneof" | "list" | "implicit" | "explicit";
    if (oneofCase !== undefined) kind = "oneof";
    else if (f.map !== undefined || f.repeated) kind = "list";
    else kind = f.presence === "implicit" ? "implicit" : "explicit";
    const present = kind === "implicit" ? scalarFns(f).present : undefined;
    return { get: propReader(slot.prop), oneofCase, kind, present };
  });
  return (m, c, d) => {
    if (d > c.recursionLimit || typeof m !== "object" || m === null || Array.isArray(m)) {
      rt.fail(m, c, d);
    }
    const msg = m as Record<string, unknown>;
    const keys = c.useProtoFieldName ? protoKeys : jsonKeys;
    const a = c.alwaysEmitImplicit;
    let s = "";
    let i = 0;
    try {
      for (; i < members.length; i++) {
        const { get, oneofCase, kind, present } = members[i]!;
        let v = get(msg);
        if (kind === "oneof") {
          if (v == null || (v as { case: unknown }).case !== oneofCase) continue;
          v = (v as { value: unknown }).value;
        } else if (kind === "list") {
          if (v == null || (!a && isEmpty(v))) continue;
        } else if (kind === "implicit") {
          if (a ? v === undefined : !present!(v)) continue;
        } else if (v == null) continue;
        s += (s === "" ? keys[i]! : `,${keys[i]!}`) + values[i]!(v, c, d);
      }
    } catch (e) {
      throw within(e, names[i]!);
    }
    if (withExtensions && msg.$unknown !== undefined) s = rt.extensions(msg, s, c, d);
    return `{${s}}`;
  };
}

function extensionsText(
  msg: Record<string, unknown>,
  extensions: readonly FieldInfo[],
  c: WriteContext,
  depth: number,
): string {
  let s = "";
  for (const ext of extensions) {
    if (!hasExtension(msg, ext)) continue;
    const key = `[${ext.fullName}]`;
    try {
      const v = getExtension(msg, ext);
      const text = (ext.repeated ? listText(ext) : valueText(ext))(v, c, depth);
      s += `${s === "" ? "" : ","}${JSON.stringify(key)}:${text}`;
    } catch (e) {
      throw within(e, key);
    }
  }
  return s;
}

/**
 * Characters JSON.stringify escapes (quote, backslash, controls) or may (surrogates: lone ones
 * are escaped): a string without any is its own JSON text in quotes, which is cheaper than a
 * call to JSON.stringify for the short strings messages are full of.
 */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function enumText(e: EnumInfo): ValueText {
  if (e.fullName === "google.protobuf.NullValue") {
    return (v) => {
      if (typeof v !== "number") throw invalid(v, e.fullName);
      return "null";
    };
  }
  const names = new Map<number, string>();
  for (const value of e.values) {
    if (!names.has(value.number)) names.set(value.number, JSON.stringify(value.name));
  }
  return (v, c) => {
    if (typeof v !== "number") throw invalid(v, e.fullName);
    return c.enumAsInteger ? String(v) : (names.get(v) ?? String(v));
  };
}

/** The text of one scalar, checked: the JS kind's form (see scalar-writers.ts). */
function scalarText(js: string): ((v: unknown) => string) | undefined {
  switch (js) {
    case "number":
      return (v) => {
        if (typeof v !== "number") throw invalid(v, "number");
        return String(v);
      };
    case "float":
      return (v) => {
        if (typeof v !== "number") throw invalid(v, "number");
        if (Number.isFinite(v)) return String(v);
        return Number.isNaN(v) ? '"NaN"' : v > 0 ? '"Infinity"' : '"-Infinity"';
      };
    case "bigint":
      return (v) => {
        if (typeof v === "bigint" || typeof v === "string") return `"${v}"`;
        if (typeof v === "number" && Number.isInteger(v)) return `"${v}"`;
        throw invalid(v, "64-bit integer");
      };
    case "bool":
      return (v) => {
        if (v === true) return "true";
        if (v === false) return "false";
        throw invalid(v, "bool");
      };
    case "string":
      return (v) => {
        if (typeof v !== "string") throw invalid(v, "string");
        return NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`;
      };
    case "bytes":
      return (v) => {
        if (!(v instanceof Uint8Array)) throw invalid(v, "bytes value");
        return `"${encodeBase64(v)}"`;
      };
    default:
      return undefined;
  }
}

/** One value of field `f`'s element type (a message, or a scalar / enum) as text. */
function valueText(f: FieldInfo): ValueText {
  if (f.message !== undefined) {
    const sub = f.message;
    let write: MessageTextWriter | undefined; // resolved on first use (recursive types)
    return (v, c, depth) => {
      if (write === undefined) write = messageTextWriter(sub);
      return write(v, c, depth + 1);
    };
  }
  const text = scalarText(fieldKind(f.type)!.js);
  return text ?? enumText(f.enum!);
}

/**
 * A whole list of one JS kind at once where the values allow it, else undefined (the caller
 * writes element by element and reports the bad one). Numbers and bigints by concatenation
 * (measured faster than join, JSON.stringify, or a copy then JSON.stringify as protobuf-es
 * does: 245 / 254 / 333 / 280 µs for 10,000 int32, 110 / 120 / 240 / 215 µs for 2,000
 * doubles), strings by JSON.stringify of the array (one native call).
 */
function fastListText(js: string): ((v: unknown[]) => string | undefined) | undefined {
  switch (js) {
    case "number":
      return (v) => {
        for (let i = 0; i < v.length; i++) if (typeof v[i] !== "number") return undefined;
        return JSON.stringify(v);
      };
    case "float":
      return (v) => {
        let s = "";
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          if (typeof x !== "number" || !Number.isFinite(x)) return undefined;
          s += i === 0 ? `${x}` : `,${x}`;
        }
        return `[${s}]`;
      };
    case "bigint":
      return (v) => {
        let s = "";
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          if (typeof x !== "bigint") return undefined;
          s += i === 0 ? `"${x}"` : `,"${x}"`;
        }
        return `[${s}]`;
      };
    case "string":
      return (v) => {
        for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") return undefined;
        return JSON.stringify(v);
      };
    default:
      return undefined;
  }
}

/**
 * Where the flattening reads of list elements go (a read whose result is used, so that no
 * compiler drops it). Reading one character of a string built by concatenation makes it flat:
 * done for each element of a list while its pieces are fresh, the final text is a rope of one
 * flat piece per element instead of all their small pieces, whose walk when the text is read
 * cost more than the flattening (batch of 1,000 users: 0.89–0.92× protobuf-es without, 0.98–1.01×
 * with, three runs each).
 */
let flatSink = 0;

function listText(f: FieldInfo): ValueText {
  const element = valueText(f);
  const fast = f.message === undefined ? fastListText(fieldKind(f.type)!.js) : undefined;
  return (v, c, depth) => {
    if (!Array.isArray(v)) throw invalid(v, "list");
    if (v.length === 0) return "[]";
    if (fast !== undefined) {
      const text = fast(v);
      if (text !== undefined) return text;
    }
    let s = "";
    let i = 0;
    try {
      s = element(v[0], c, depth);
      flatSink ^= s.charCodeAt(0);
      for (i = 1; i < v.length; i++) {
        const x = element(v[i], c, depth);
        flatSink ^= x.charCodeAt(0);
        s += `,${x}`;
      }
    } catch (e) {
      throw within(e, indexSegment(i));
    }
    return `[${s}]`;
  };
}

/** Whether `key` is an array index: JSON.stringify writes such keys first, in numeric order. */
function isIndexKey(key: string): boolean {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  if (key.length > 1 && c === 48) return false;
  if (!/^\d+$/.test(key)) return false;
  return Number(key) < 4294967295;
}

function mapText(f: FieldInfo): ValueText {
  const value = valueText(f.map!.value);
  return (m, c, depth) => {
    if (m instanceof Map && !hasIndexKey(m)) {
      // The common case (string keys that are no array indexes): one pass, in Map order.
      let s = "";
      m.forEach((v: unknown, k: unknown) => {
        const key = String(k);
        let text: string;
        try {
          text = value(v, c, depth);
        } catch (e) {
          throw within(e, keySegment(k));
        }
        s += `${s === "" ? "" : ","}${NEEDS_ESCAPE.test(key) ? JSON.stringify(key) : `"${key}"`}:${text}`;
      });
      return `{${s}}`;
    }
    const keys: string[] = [];
    const values: string[] = [];
    let indexKeys = false;
    const add = (v: unknown, k: unknown) => {
      const key = String(k);
      try {
        values.push(value(v, c, depth));
      } catch (e) {
        throw within(e, keySegment(k));
      }
      keys.push(key);
      if (!indexKeys && isIndexKey(key)) indexKeys = true;
    };
    if (m instanceof Map) m.forEach(add);
    else if (typeof m === "object" && m !== null) {
      for (const k of Object.keys(m)) add((m as Record<string, unknown>)[k], k);
    } else throw invalid(m, "map");
    const order = indexKeys ? objectKeyOrder(keys) : undefined;
    let s = "";
    for (let j = 0; j < (order ?? keys).length; j++) {
      const i = order === undefined ? j : order[j]!;
      const key = keys[i]!;
      s += `${j === 0 ? "" : ","}${NEEDS_ESCAPE.test(key) ? JSON.stringify(key) : `"${key}"`}:${values[i]}`;
    }
    return `{${s}}`;
  };
}

/** Whether a Map has a key that JSON.stringify would move to the front (an array index). */
function hasIndexKey(m: Map<unknown, unknown>): boolean {
  for (const k of m.keys()) {
    if (typeof k === "string" ? isIndexKey(k) : typeof k !== "boolean" && isIndexKey(String(k))) {
      return true;
    }
  }
  return false;
}

/**
 * The order in which a JS object lists `keys`: array indexes ascending, then the rest as
 * inserted; a key given twice keeps its first place and its last value (as JSON objects do).
 */
function objectKeyOrder(keys: readonly string[]): number[] {
  const last = new Map<string, number>();
  keys.forEach((k, i) => {
    last.set(k, i);
  });
  const firsts = [...new Set(keys)];
  const indexes = firsts.filter(isIndexKey).sort((a, b) => Number(a) - Number(b));
  const rest = firsts.filter((k) => !isIndexKey(k));
  return [...indexes, ...rest].map((k) => last.get(k)!);
}
