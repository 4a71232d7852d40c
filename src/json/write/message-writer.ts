/**
 * toJson: one writer per message type, built once from its MessageInfo and cached. A plain
 * message becomes an object with a member per set field, in field-number order (as protoc and
 * protobuf-es write them), then its known extensions as `"[pkg.ext]"`; the well-known types
 * have their own forms (wkt-writers.ts).
 */
import { getExtension, hasExtension } from "../../codec/index.js";
import { propertyName, realOneof } from "../../codec/layout.js";
import { indexSegment, keySegment } from "../../codec/values.js";
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";
import { JsonError, within } from "../errors.js";
import { invalid, showJson } from "../invalid.js";
import { lazily } from "../lazy.js";
import { setOwn } from "../set-own.js";
import type { FieldsWriter, MessageWriter, WriteContext } from "./context.js";
import { scalarWriter, zeroTest } from "./scalar-writers.js";
import { wktWriter } from "./wkt-writers.js";

interface Compiled {
  readonly write: MessageWriter;
  /** Plain messages only (not the WKTs with a special form): their members. */
  readonly fill: FieldsWriter | undefined;
}

const compiled = new WeakMap<MessageInfo, Compiled>();

/** The JSON writer of message type `info`. */
export function messageWriter(info: MessageInfo): MessageWriter {
  return compiledOf(info).write;
}

/** The members writer of a plain message type (undefined for WKTs with a special JSON form). */
export function fieldsWriter(info: MessageInfo): FieldsWriter | undefined {
  return compiledOf(info).fill;
}

function compiledOf(info: MessageInfo): Compiled {
  let c = compiled.get(info);
  if (c === undefined) {
    const special = wktWriter(info, { messageWriter, fieldsWriter });
    if (special !== undefined) {
      c = { write: special, fill: undefined };
      compiled.set(info, c);
    } else {
      // Registered before its fields are compiled, so that recursive types find it.
      const slot: { fill: FieldsWriter } = { fill: () => {} };
      const write: MessageWriter = (msg, ctx, depth) => {
        const out: Record<string, unknown> = {};
        slot.fill(checkedMessage(msg, info, ctx, depth), out, ctx, depth);
        return out;
      };
      c = { write, fill: (msg, out, ctx, depth) => slot.fill(msg, out, ctx, depth) };
      compiled.set(info, c);
      slot.fill = plainFields(info);
    }
  }
  return c;
}

/** `msg` as an object, or the error of a value that is none; also the depth budget. */
export function checkedMessage(
  msg: unknown,
  info: MessageInfo,
  c: WriteContext,
  depth: number,
): Record<string, unknown> {
  if (depth > c.recursionLimit) {
    throw new JsonError(
      "RECURSION_LIMIT",
      `messages nested deeper than recursionLimit ${c.recursionLimit}`,
    );
  }
  if (typeof msg !== "object" || msg === null || Array.isArray(msg)) {
    throw invalid(msg, info.fullName);
  }
  return msg as Record<string, unknown>;
}

function plainFields(info: MessageInfo): FieldsWriter {
  const writers = info.fields.map(fieldWriter);
  const extensions = info.extensions();
  const n = writers.length;
  return (msg, out, c, depth) => {
    for (let i = 0; i < n; i++) writers[i]!(msg, out, c, depth);
    if (extensions.length > 0 && msg.$unknown !== undefined) {
      writeExtensions(msg, out, extensions, c, depth);
    }
  };
}

/** Extensions of the message known to the schema, by number, as `"[full.name]": value`. */
function writeExtensions(
  msg: Record<string, unknown>,
  out: Record<string, unknown>,
  extensions: readonly FieldInfo[],
  c: WriteContext,
  depth: number,
): void {
  for (const ext of extensions) {
    if (!hasExtension(msg, ext)) continue;
    const key = `[${ext.fullName}]`;
    try {
      const v = getExtension(msg, ext);
      setOwn(out, key, ext.repeated ? listOf(ext)(v, c, depth) : valueWriter(ext)(v, c, depth));
    } catch (e) {
      throw within(e, key);
    }
  }
}

/** Writes one element value of field `f` (a message, or a scalar / enum). */
type ValueWriter = (v: unknown, c: WriteContext, depth: number) => unknown;

function valueWriter(f: FieldInfo): ValueWriter {
  if (f.message !== undefined) {
    const sub = f.message;
    const write = lazily(() => messageWriter(sub));
    return (v, c, depth) => write()(v, c, depth + 1);
  }
  const w = scalarWriter(fieldKind(f.type)!, f.enum);
  return (v, c) => w(v, c.enumAsInteger);
}

function listOf(f: FieldInfo): ValueWriter {
  const element = valueWriter(f);
  return (v, c, depth) => {
    if (!Array.isArray(v)) throw new JsonError("INVALID_VALUE", `${showJson(v)} is not a list`);
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      try {
        out[i] = element(v[i], c, depth);
      } catch (e) {
        throw within(e, indexSegment(i));
      }
    }
    return out;
  };
}

function mapOf(f: FieldInfo): ValueWriter {
  const value = valueWriter(f.map!.value);
  return (m, c, depth) => {
    const out: Record<string, unknown> = {};
    const entries =
      m instanceof Map ? m : typeof m === "object" && m !== null ? Object.entries(m) : undefined;
    if (entries === undefined) throw new JsonError("INVALID_VALUE", `${showJson(m)} is not a map`);
    for (const [k, v] of entries) {
      try {
        setOwn(out, String(k), value(v, c, depth));
      } catch (e) {
        throw within(e, keySegment(k));
      }
    }
    return out;
  };
}

/** Whether a list, Map or map object has no element (then JSON leaves it out by default). */
export function isEmpty(v: unknown): boolean {
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof Map) return v.size === 0;
  return typeof v === "object" && v !== null && Object.keys(v).length === 0;
}

function fieldWriter(f: FieldInfo): FieldsWriter {
  const local = propertyName(f.localName);
  const memberCase = f.localName;
  const jsonKey = f.jsonName;
  const protoKey = f.name;
  const set =
    jsonKey === "__proto__" || protoKey === "__proto__"
      ? setOwn
      : (out: Record<string, unknown>, key: string, v: unknown) => {
          out[key] = v;
        };
  const guarded = (write: FieldsWriter): FieldsWriter => {
    return (msg, out, c, depth) => {
      try {
        write(msg, out, c, depth);
      } catch (e) {
        throw within(e, local);
      }
    };
  };
  if (f.map !== undefined || f.repeated) {
    const value = f.map !== undefined ? mapOf(f) : listOf(f);
    return guarded((msg, out, c, depth) => {
      const v = msg[local];
      if (v === undefined || v === null) return;
      if (!c.alwaysEmitImplicit && isEmpty(v)) return;
      set(out, c.useProtoFieldName ? protoKey : jsonKey, value(v, c, depth));
    });
  }
  const value = valueWriter(f);
  const real = realOneof(f);
  const oneof = real === undefined ? undefined : propertyName(real.localName);
  if (oneof !== undefined) {
    return guarded((msg, out, c, depth) => {
      const o = msg[oneof] as { case?: unknown; value?: unknown } | undefined;
      if (o === undefined || o === null || o.case !== memberCase) return;
      set(out, c.useProtoFieldName ? protoKey : jsonKey, value(o.value, c, depth));
    });
  }
  if (f.presence === "implicit") {
    const zero = zeroTest(fieldKind(f.type)!);
    return guarded((msg, out, c, depth) => {
      const v = msg[local];
      if (v === undefined || (!c.alwaysEmitImplicit && zero(v))) return;
      set(out, c.useProtoFieldName ? protoKey : jsonKey, value(v, c, depth));
    });
  }
  return guarded((msg, out, c, depth) => {
    const v = msg[local];
    if (v === undefined || v === null) return;
    set(out, c.useProtoFieldName ? protoKey : jsonKey, value(v, c, depth));
  });
}
