/**
 * The printers of one field's lines, given its present value: `name: value` per scalar,
 * `name {` ... `}` per message, one line (or block) per element of a repeated field, and for a
 * map one `name { key: .. value: .. }` block per entry in protoc's key order (map-order.ts),
 * key and value always printed. Errors name the element (`[2]`, `["k"]`) via within().
 */
import { indexSegment, keySegment } from "../../codec/values.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";
import { TextError, within } from "../errors.js";
import { flat } from "./escape.js";
import { sortedEntries } from "./map-order.js";
import type { Out } from "./out.js";
import { type AsIs, printsAsIs, type ScalarText, scalarText } from "./scalar-text.js";

/** The lines of a field (`ind` is the current indent; `d` the depth of the message). */
export type FieldText = (v: unknown, o: Out, d: number, ind: string) => string;

/** The fields of one message, each line indented by `ind`. */
export type MessageText = (m: unknown, o: Out, d: number, ind: string) => string;

/** Where a field finds the printer of a message type (resolved on first use: recursion). */
export type PrinterOf = (info: MessageInfo) => MessageText;

/**
 * The name a field prints under: `[pkg.ext]` for an extension (`[pkg.Msg]` for the message
 * extension of a MessageSet declared inside its own type, as protoc's
 * PrintableNameForExtension names it), the type name for a group-like
 * field (a delimited field named as its type in lower case, type declared beside it in the
 * same file, as proto2 groups are), else the field name.
 */
export function fieldLabel(f: FieldInfo): string {
  const m = f.message;
  if (f.isExtension) {
    const setItem = f.extendee?.isMessageSet === true && m !== undefined && !f.repeated;
    return `[${setItem && f.parent === m ? m.fullName : f.fullName}]`;
  }
  if (
    f.delimited &&
    m !== undefined &&
    f.name === m.name.toLowerCase() &&
    m.file === f.file &&
    m.parent === f.parent
  ) {
    return m.name;
  }
  return f.name;
}

/** The printer of one message value at depth `d + 1` as a block `label { ... }`. */
function messageBlock(label: string, info: MessageInfo, printerOf: PrinterOf) {
  let print: MessageText | undefined;
  return (v: unknown, o: Out, d: number, ind: string): string => {
    if (print === undefined) print = printerOf(info);
    return `${ind}${label}${o.open}${print(v, o, d + 1, ind + o.step)}${ind}${o.close}`;
  };
}

function listText(one: FieldText): FieldText {
  return (v, o, d, ind) => {
    if (!Array.isArray(v)) throw invalidShape(v, "an array");
    let s = "";
    let i = 0;
    try {
      for (; i < v.length; i++) {
        const x = one(v[i], o, d, ind);
        flat.sink ^= x.charCodeAt(0);
        s += x;
      }
    } catch (e) {
      throw within(e, indexSegment(i));
    }
    return s;
  };
}

/**
 * A repeated scalar: one `name: value` line per element, joined by one native `join` into a
 * flat string (building it by concatenation made a rope of three pieces per element, whose
 * flattening cost more than the printing). Where JS's own conversion of the values is their
 * text (`asIs`: int32, uint32, bigint, bool), the array is joined as it is.
 */
function scalarListText(label: string, text: ScalarText, asIs: AsIs | undefined): FieldText {
  const prefix = `${label}: `;
  return (v, o, _d, ind) => {
    if (!Array.isArray(v)) throw invalidShape(v, "an array");
    if (v.length === 0) return "";
    const p = ind + prefix;
    const sep = o.nl + p;
    if (asIs !== undefined && allAsIs(v, asIs)) return p + v.join(sep) + o.nl;
    const parts = new Array<string>(v.length);
    let i = 0;
    try {
      for (; i < v.length; i++) parts[i] = text(v[i]);
    } catch (e) {
      throw within(e, indexSegment(i));
    }
    return p + parts.join(sep) + o.nl;
  };
}

function allAsIs(v: unknown[], asIs: AsIs): boolean {
  for (let i = 0; i < v.length; i++) if (!asIs(v[i])) return false;
  return true;
}

function invalidShape(v: unknown, expected: string): TextError {
  const got = Array.isArray(v) ? "an array" : v === null ? "null" : typeof v;
  return new TextError("INVALID_VALUE", `expected ${expected}, got ${got}`);
}

function scalarLine(label: string, text: ScalarText): FieldText {
  const prefix = `${label}: `;
  return (v, o, _d, ind) => ind + prefix + text(v) + o.nl;
}

function mapText(f: FieldInfo, label: string, printerOf: PrinterOf): FieldText {
  const entry = f.message!;
  const { key, value } = f.map!;
  const keyText = scalarText(key);
  const valueLine: FieldText =
    value.message !== undefined
      ? messageBlock("value", value.message, printerOf)
      : scalarLine("value", scalarText(value));
  return (m, o, d, ind) => {
    const entries = sortedEntries(m, key.type, keyText, entry.fullName);
    const inner = ind + o.step;
    let s = "";
    for (const [k, kText, v] of entries) {
      try {
        const valueText = valueLine(v, o, d + 1, inner);
        s += `${ind}${label}${o.open}${inner}key: ${kText}${o.nl}${valueText}${ind}${o.close}`;
      } catch (e) {
        throw within(e, keySegment(k));
      }
    }
    return s;
  };
}

/** The printer of field `f`'s lines (its value present). */
export function fieldText(f: FieldInfo, printerOf: PrinterOf): FieldText {
  const label = fieldLabel(f);
  if (f.map !== undefined) return mapText(f, label, printerOf);
  if (f.message !== undefined) {
    const one = messageBlock(label, f.message, printerOf);
    return f.repeated ? listText(one) : one;
  }
  return f.repeated
    ? scalarListText(label, scalarText(f), printsAsIs(f))
    : scalarLine(label, scalarText(f));
}
