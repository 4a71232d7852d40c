/**
 * The printers of one field's lines, given its present value: `name: value` per scalar,
 * `name {` ... `}` per message, one line (or block) per element of a repeated field, and for a
 * map one `name { key: .. value: .. }` block per entry in protoc's key order (map-order.ts),
 * key and value always printed. Errors name the element (`[2]`, `["k"]`) via within().
 */
import { indexSegment, keySegment } from "../../codec/values.js";
import { FieldType } from "../../schema/descriptor/shapes.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";
import { TextError, within } from "../errors.js";
import { quoteString } from "./escape.js";
import { sortedEntries } from "./map-order.js";
import { asciiBytes, type Out } from "./out.js";
import { type IntCheck, intChecks, keyText, type ScalarWrite, scalarWrite } from "./scalar-text.js";

/** Writes a field's lines (`ind`: the current indent in spaces; `d`: the message's depth). */
export type FieldText = (v: unknown, o: Out, d: number, ind: number) => void;

/** Writes the fields of one message, each line indented by `ind` spaces. */
export type MessageText = (m: unknown, o: Out, d: number, ind: number) => void;

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
function messageBlock(label: string, info: MessageInfo, printerOf: PrinterOf): FieldText {
  const name = asciiBytes(label);
  let print: MessageText | undefined;
  return (v, o, d, ind) => {
    if (print === undefined) print = printerOf(info);
    const w = o.w;
    w.spaces(ind);
    w.bytes(name);
    w.bytes(o.open);
    print(v, o, d + 1, ind + o.step);
    w.spaces(ind);
    w.bytes(o.close);
  };
}

function listText(one: FieldText): FieldText {
  return (v, o, d, ind) => {
    if (!Array.isArray(v)) throw invalidShape(v, "an array");
    let i = 0;
    try {
      for (; i < v.length; i++) one(v[i], o, d, ind);
    } catch (e) {
      throw within(e, indexSegment(i));
    }
  };
}

/**
 * A repeated message field: its array, or at the top level of writeTextFromBinary its elements
 * as bytes, each decoded as it is printed (print-binary.ts).
 */
function messageListText(f: FieldInfo, one: FieldText): FieldText {
  const list = listText(one);
  return (v, o, d, ind) => {
    const lazy = d === 0 ? o.lazy?.get(f) : undefined;
    if (lazy === undefined) return list(v, o, d, ind);
    for (let i = 0; i < lazy.length; i++) {
      const element = lazy.decode(i);
      try {
        one(element, o, d, ind);
      } catch (e) {
        throw within(e, indexSegment(i));
      }
    }
  };
}

function invalidShape(v: unknown, expected: string): TextError {
  const got = Array.isArray(v) ? "an array" : v === null ? "null" : typeof v;
  return new TextError("INVALID_VALUE", `expected ${expected}, got ${got}`);
}

/** `name: value` and the line's end. */
function scalarLine(label: string, write: ScalarWrite): FieldText {
  const prefix = asciiBytes(`${label}: `);
  return (v, o, _d, ind) => {
    const w = o.w;
    w.spaces(ind);
    w.bytes(prefix);
    write(v, w);
    w.byte(o.nl);
  };
}

const KEY = asciiBytes("key: ");

function mapText(f: FieldInfo, label: string, printerOf: PrinterOf): FieldText {
  const entry = f.message!;
  const { key, value } = f.map!;
  const name = asciiBytes(label);
  const stringKeys = key.type === FieldType.TYPE_STRING; // quoted from the key itself
  const valueLine: FieldText =
    value.message !== undefined
      ? messageBlock("value", value.message, printerOf)
      : scalarLine("value", scalarWrite(value));
  return (m, o, d, ind) => {
    const entries = sortedEntries(m, key.type, keyText(key), entry.fullName);
    const inner = ind + o.step;
    const w = o.w;
    for (const [k, kText, v] of entries) {
      try {
        w.spaces(ind);
        w.bytes(name);
        w.bytes(o.open);
        w.spaces(inner);
        w.bytes(KEY);
        if (stringKeys) quoteString(w, k as string);
        else w.ascii(kText);
        w.byte(o.nl);
        valueLine(v, o, d + 1, inner);
        w.spaces(ind);
        w.bytes(o.close);
      } catch (e) {
        throw within(e, keySegment(k));
      }
    }
  };
}

/** The printer of field `f`'s lines (its value present). */
export function fieldText(f: FieldInfo, printerOf: PrinterOf): FieldText {
  const label = fieldLabel(f);
  if (f.map !== undefined) return mapText(f, label, printerOf);
  if (f.message !== undefined) {
    const one = messageBlock(label, f.message, printerOf);
    return f.repeated ? messageListText(f, one) : one;
  }
  const integer = intChecks(f);
  if (f.repeated && integer !== undefined) return intListText(label, integer);
  const one = scalarLine(label, scalarWrite(f));
  return f.repeated ? listText(one) : one;
}

/**
 * A repeated int32, sint32, sfixed32, uint32 or fixed32 field: each element checked by `valid`
 * and written as a whole line at once (TextSink.intLine), no string made per number.
 */
function intListText(label: string, valid: IntCheck): FieldText {
  const prefix = asciiBytes(`${label}: `);
  return (v, o, _d, ind) => {
    if (!Array.isArray(v)) throw invalidShape(v, "an array");
    const w = o.w;
    const nl = o.nl;
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (!valid(x)) throw within(valid.invalid(x), indexSegment(i));
      w.intLine(ind, prefix, x as number, nl);
    }
  };
}
