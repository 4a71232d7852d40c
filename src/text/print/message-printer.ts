/**
 * The compiled text printer of each message type, made once and cached: the generated field
 * loop (printer-source.ts) with its per-field printers (field-text.ts), the extension and
 * unknown-field printers, and for `google.protobuf.Any` the expansion (any-text.ts) in front.
 */
import { evaluateSource } from "../../codec/compiler.js";
import { nonZero64, show } from "../../codec/values.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";
import { TextError, within } from "../errors.js";
import { anyText } from "./any-text.js";
import { extensionPrinter, type PendingExtensions, upTo } from "./extension-text.js";
import { fieldText, type MessageText } from "./field-text.js";
import type { Out } from "./out.js";
import { emitPrinter, PRINTER_PARAMS, printerSlots } from "./printer-source.js";
import { unknownText } from "./unknown-text.js";

const compiled = new WeakMap<MessageInfo, MessageText>();

/** The printer of message type `info`, compiled on first use. */
export function messagePrinter(info: MessageInfo): MessageText {
  let p = compiled.get(info);
  if (p === undefined) {
    p = compilePrinter(info);
    if (info.fullName === "google.protobuf.Any") p = withAnyExpansion(p);
    compiled.set(info, p);
  }
  return p;
}

function withAnyExpansion(plain: MessageText): MessageText {
  return (m, o, d, ind) => {
    if (o.c.registry !== undefined && typeof m === "object" && m !== null) {
      if (anyText(m as Record<string, unknown>, o, d, ind, messagePrinter)) return;
    }
    plain(m, o, d, ind);
  };
}

function fail(m: unknown, o: Out, d: number): never {
  if (d > o.c.recursionLimit) {
    throw new TextError("RECURSION_LIMIT", `messages nested deeper than ${o.c.recursionLimit}`);
  }
  throw new TextError("INVALID_VALUE", `${show(m)} is not a message`);
}

function compilePrinter(info: MessageInfo): MessageText {
  const slots = printerSlots(info);
  const extensions = info.extensions?.() ?? [];
  const messageSet = info.isMessageSet === true;
  const ext =
    extensions.length > 0 ? extensionPrinter(extensions, messagePrinter, messageSet) : undefined;
  const rt = {
    fail,
    within,
    nonZero64, // for the codec's isSet source of 64-bit fields
    upTo,
    extensions: ext?.pending,
    unknown: (u: unknown, o: Out, ind: number, x: PendingExtensions | undefined) =>
      unknownText(u, x?.printed, o, ind, messageSet),
  };
  const printers = slots.map((s) => fieldText(s.field as FieldInfo, messagePrinter));
  const names = slots.map((s) => s.prop);
  const body = emitPrinter(info, ext !== undefined);
  const make = evaluateSource(PRINTER_PARAMS, body) as (...args: unknown[]) => MessageText;
  return make(rt, printers, names);
}
