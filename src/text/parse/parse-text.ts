/**
 * The text-format parser: protoc's TextFormat::Parser (as `protoc --encode` runs it: a
 * non-repeated field or a oneof given twice is an error) into protowire's message model.
 *
 * Recursive descent over the scanner's tokens, one level per message, bounded by
 * `recursionLimit` (protoc counts each message body, skipped ones and map entries too); a
 * stack that runs out before the limit (a limit set very high) ends as RECURSION_LIMIT too.
 * Extensions are gathered per message and stored through the codec's setExtension (as raw
 * fields in `$unknown`) when the message ends; an expanded Any is parsed as its type and
 * encoded into `type_url` / `value`.
 */
import { compileMessage, setExtension } from "../../codec/index.js";
import { jsForm } from "../../codec/js-forms.js";
import { hasRequired } from "../../codec/required.js";
import { indexSegment, keySegment } from "../../codec/values.js";
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";
import { within } from "../errors.js";
import { readBracketName } from "./bracket-name.js";
import type { ParseContext } from "./context.js";
import {
  extensionEntry,
  type FieldEntry,
  K_MESSAGE,
  type MessageTable,
  tableOf,
} from "./fields.js";
import { errorAt } from "./position.js";
import { END, IDENT, Scanner, SYMBOL } from "./scanner.js";
import { skipFieldContents } from "./skip.js";
import {
  atClose,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  checkDepth,
  consume,
  fail,
  OPEN_BRACKET,
  openDelimiter,
  SEMICOLON,
  tryConsume,
} from "./tokens.js";
import { readScalar } from "./values.js";

type Obj = Record<string, unknown>;

/** Extension values of one message, gathered until the message ends. */
type Extensions = Map<FieldInfo, unknown>;

export function parseText(info: MessageInfo, text: string, c: ParseContext): object {
  const s = new Scanner(text);
  const table = tableOf(info);
  const msg = table.create();
  try {
    parseFields(s, c, table, msg, -1, 0);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw errorAt(
        text,
        s.start,
        "RECURSION_LIMIT",
        "Message is too deep: the parser ran out of stack before the recursion limit.",
      );
    }
    throw e;
  }
  return msg;
}

/**
 * Fields up to `close` (a `}` or `>` char code), or to the end of input when `close` is -1
 * (protoc's Parse and ConsumeMessage loops).
 */
function parseFields(
  s: Scanner,
  c: ParseContext,
  table: MessageTable,
  msg: Obj,
  close: number,
  depth: number,
): void {
  let exts: Extensions | undefined;
  for (;;) {
    if (close === -1) {
      if (s.type === END) break;
    } else if (atClose(s)) {
      consume(s, close);
      break;
    }
    if (s.type === SYMBOL && s.sym === OPEN_BRACKET) {
      if (table.isAny) parseAny(s, c, table, msg, depth);
      else exts = parseExtension(s, c, table, exts, depth);
    } else {
      parseField(s, c, table, msg, depth);
    }
    if (!tryConsume(s, SEMICOLON)) tryConsume(s, COMMA);
  }
  if (exts !== undefined) {
    const sorted = [...exts].sort((a, b) => a[0].number - b[0].number);
    for (const [ext, value] of sorted) setExtension(msg, ext, value);
  }
}

function parseField(
  s: Scanner,
  c: ParseContext,
  table: MessageTable,
  msg: Obj,
  depth: number,
): void {
  if (s.type !== IDENT) fail(s, "TEXT_SYNTAX", `Expected identifier, got: ${s.tokenText()}`);
  const name = s.tokenText();
  s.next();
  const e = table.byName.get(name);
  if (e === undefined) {
    if (table.reserved.has(name)) {
      skipFieldContents(s, c, depth);
      return;
    }
    fail(s, "UNKNOWN_FIELD", `Message type "${table.info.fullName}" has no field named "${name}".`);
  }
  try {
    if (!e.repeated) checkUnset(s, table, msg, e, name);
    colon(s, e);
    if (e.repeated) {
      const list = e.isMap ? undefined : (msg[e.prop] as unknown[]);
      if (tryConsume(s, OPEN_BRACKET)) {
        if (tryConsume(s, CLOSE_BRACKET)) return;
        for (;;) {
          addValue(s, c, msg, e, list, depth);
          if (tryConsume(s, CLOSE_BRACKET)) break;
          consume(s, COMMA);
        }
        return;
      }
      addValue(s, c, msg, e, list, depth);
      return;
    }
    const v = e.kind === K_MESSAGE ? subMessage(s, c, e.table(), depth) : readScalar(s, e);
    if (e.oneofProp !== undefined) msg[e.oneofProp] = { case: e.oneofCase, value: v };
    else msg[e.prop] = v;
  } catch (err) {
    // A map entry's key and value are no fields of the user's model: the map names the path.
    if (table.isMapEntry) throw err;
    throw within(err, e.repeated && !e.isMap ? `${e.prop}${listIndex(msg, e)}` : e.prop);
  }
}

/** `[i]` of the element being read (the list's length, the element not yet added). */
function listIndex(msg: Obj, e: FieldEntry): string {
  const list = msg[e.prop];
  return Array.isArray(list) ? indexSegment(Math.max(0, list.length)) : "";
}

/** `:` is required before a scalar value and optional before a message. */
function colon(s: Scanner, e: FieldEntry): void {
  if (tryConsume(s, COLON) || e.kind === K_MESSAGE) return;
  fail(s, "TEXT_SYNTAX", `Expected ":", found "${s.tokenText()}".`);
}

/** One element of a repeated or map field. */
function addValue(
  s: Scanner,
  c: ParseContext,
  msg: Obj,
  e: FieldEntry,
  list: unknown[] | undefined,
  depth: number,
): void {
  if (e.isMap) {
    const table = e.table();
    const entry = table.create();
    try {
      subMessageInto(s, c, table, entry, depth);
    } catch (err) {
      // The path names the entry by its key once the key is read (`labels["k"]`).
      throw entry.key === undefined ? err : within(err, keySegment(entry.key));
    }
    const map = msg[e.prop] as Map<unknown, unknown>;
    const f = e.field.map!;
    map.set(entry.key ?? zeroOf(f.key), entry.value ?? zeroOf(f.value));
    return;
  }
  if (e.kind !== K_MESSAGE) {
    list!.push(readScalar(s, e));
    return;
  }
  const element = subMessage(s, c, e.table(), depth);
  if (depth === 0 && c.onElement?.(e.field, element) === true) return;
  list!.push(element);
}

/** The value a map entry's missing key or value stands for (map fields carry no jstype). */
function zeroOf(f: FieldInfo): unknown {
  if (f.message !== undefined) return tableOf(f.message).create();
  if (f.enum !== undefined) return f.enum.open ? 0 : (f.enum.values[0]?.number ?? 0);
  return jsForm(fieldKind(f.type)!)!.zeroValue();
}

/** `{ ... }` or `< ... >`: a message of `table`'s type, one level deeper. */
function subMessage(s: Scanner, c: ParseContext, table: MessageTable, depth: number): Obj {
  const msg = table.create();
  subMessageInto(s, c, table, msg, depth);
  return msg;
}

function subMessageInto(
  s: Scanner,
  c: ParseContext,
  table: MessageTable,
  msg: Obj,
  depth: number,
): void {
  const close = openDelimiter(s);
  checkDepth(s, c, depth + 1);
  parseFields(s, c, table, msg, close, depth + 1);
}

/**
 * protoc --encode's FORBID_SINGULAR_OVERWRITES: a field already set (HasField: for implicit
 * presence, a value other than zero) or another member of its oneof already set. protoc names
 * the field as written (`MyGroup` or `mygroup`).
 */
function checkUnset(s: Scanner, table: MessageTable, msg: Obj, e: FieldEntry, name: string): void {
  if (e.oneofProp !== undefined) {
    const current = (msg[e.oneofProp] as { case: string | undefined }).case;
    if (current === undefined) return;
    if (current === e.oneofCase) duplicate(s, name);
    fail(
      s,
      "DUPLICATE_FIELD",
      `Field "${name}" is specified along with field "${table.caseNames.get(current)}", another member of oneof "${e.oneofName}".`,
    );
  }
  const v = msg[e.prop];
  if (e.explicit ? v !== undefined : isNonZero(v)) duplicate(s, name);
}

function duplicate(s: Scanner, name: string): never {
  return fail(s, "DUPLICATE_FIELD", `Non-repeated field "${name}" is specified multiple times.`);
}

/** An implicit-presence value that protoc's HasField sees (-0.0 included, as protoc tests bits). */
function isNonZero(v: unknown): boolean {
  switch (typeof v) {
    case "number":
      return v !== 0 || Object.is(v, -0);
    case "bigint":
      return v !== 0n;
    case "string":
      return v !== "" && v !== "0";
    case "boolean":
      return v;
    default:
      return v instanceof Uint8Array && v.length > 0;
  }
}

/** `[pkg.ext]: value` (or `[pkg.ext] { ... }`): gathered into `exts`. */
function parseExtension(
  s: Scanner,
  c: ParseContext,
  table: MessageTable,
  exts: Extensions | undefined,
  depth: number,
): Extensions {
  const { prefix, name, after } = readBracketName(s);
  if (prefix !== "") fail(s, "TEXT_SYNTAX", 'Extension name contains "/"', after);
  const ext = findExtension(c, table.info, name);
  if (ext === undefined) {
    fail(
      s,
      "UNKNOWN_FIELD",
      `Extension "${name}" is not defined or is not an extension of "${table.info.fullName}".`,
    );
  }
  const out = exts ?? new Map<FieldInfo, unknown>();
  const e = extensionEntry(ext);
  const segment = `[${ext.fullName}]`;
  try {
    if (!ext.repeated && out.has(ext)) {
      fail(s, "DUPLICATE_FIELD", `Non-repeated field "${name}" is specified multiple times.`);
    }
    colon(s, e);
    const read = () =>
      e.kind === K_MESSAGE ? subMessage(s, c, e.table(), depth) : readScalar(s, e);
    if (!ext.repeated) {
      out.set(ext, read());
      return out;
    }
    let list = out.get(ext) as unknown[] | undefined;
    if (list === undefined) {
      list = [];
      out.set(ext, list);
    }
    if (tryConsume(s, OPEN_BRACKET)) {
      if (tryConsume(s, CLOSE_BRACKET)) return out;
      for (;;) {
        list.push(read());
        if (tryConsume(s, CLOSE_BRACKET)) break;
        consume(s, COMMA);
      }
      return out;
    }
    list.push(read());
    return out;
  } catch (err) {
    throw within(err, segment);
  }
}

/** An extension of `info` by full name: in the registry, or among the schema's extensions. */
function findExtension(c: ParseContext, info: MessageInfo, name: string): FieldInfo | undefined {
  const found = c.registry.findExtension?.(name) as FieldInfo | undefined;
  if (found !== undefined && found.extendee?.fullName === info.fullName) return found;
  return info.extensions().find((x) => x.fullName === name);
}

/** An expanded Any: `[type.googleapis.com/pkg.Msg] { ... }` into `type_url` and `value`. */
function parseAny(s: Scanner, c: ParseContext, table: MessageTable, msg: Obj, depth: number) {
  const { prefix, name, after } = readBracketName(s);
  if (prefix === "") fail(s, "TEXT_SYNTAX", "Type URL prefix is missing", after);
  const url = prefix + name;
  tryConsume(s, COLON);
  const type = c.registry.findMessage(name);
  if (type === undefined) {
    fail(s, "UNKNOWN_TYPE", `Could not find type "${url}" stored in google.protobuf.Any.`);
  }
  const typeUrl = table.byName.get("type_url")!;
  const valueField = table.byName.get("value")!;
  let bytes: Uint8Array;
  try {
    const value = subMessage(s, c, tableOf(type), depth);
    const codec = compileMessage<Obj>(type);
    if (hasRequired(type)) {
      const missing = codec.missingFields(value);
      if (missing.length > 0) {
        fail(
          s,
          "MISSING_REQUIRED",
          `Value of type "${type.fullName}" stored in google.protobuf.Any has missing required fields: ${missing.join(", ")}`,
        );
      }
    }
    bytes = codec.encode(value, { allowPartial: true });
  } catch (err) {
    throw within(err, `[${url}]`);
  }
  if (isNonZero(msg[typeUrl.prop]) || isNonZero(msg[valueField.prop])) {
    fail(s, "DUPLICATE_FIELD", "Non-repeated Any specified multiple times.");
  }
  msg[typeUrl.prop] = url;
  msg[valueField.prop] = bytes;
}
