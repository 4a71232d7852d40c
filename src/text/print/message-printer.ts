/**
 * The compiled text printer of each message type, made once and cached: the generated field
 * loop (printer-source.ts) with its per-field printers (field-text.ts), the extension and
 * unknown-field printers, and for `google.protobuf.Any` the expansion (any-text.ts) in front.
 */
import { propReader } from "../../codec/closures/link.js";
import { scalarFns } from "../../codec/closures/scalars.js";
import { evaluateSource, evaluationAvailable } from "../../codec/compiler.js";
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
  if (!evaluationAvailable()) return composedPrinter(info, rt, printers, names);
  const body = emitPrinter(info, ext !== undefined);
  const make = evaluateSource(PRINTER_PARAMS, body) as (...args: unknown[]) => MessageText;
  return make(rt, printers, names);
}

/**
 * The printer emitPrinter's source makes, composed without `new Function` (where this
 * environment forbids it): the same presence tests, fields and extensions in number order.
 */
function composedPrinter(
  info: MessageInfo,
  rt: {
    extensions: ((m: Record<string, unknown>) => PendingExtensions | undefined) | undefined;
    unknown(u: unknown, o: Out, ind: number, x: PendingExtensions | undefined): void;
  },
  printers: readonly MessageText[],
  names: readonly string[],
): MessageText {
  const fields = printerSlots(info).map((slot) => {
    const f = slot.field as FieldInfo;
    const implicit =
      slot.oneofCase === undefined &&
      f.presence === "implicit" &&
      !f.repeated &&
      f.map === undefined &&
      f.message === undefined;
    return {
      get: propReader(slot.prop),
      number: f.number,
      oneofCase: slot.oneofCase,
      present: implicit ? scalarFns(f).present : undefined,
    };
  });
  const pending = rt.extensions;
  return (m0, o, d, ind) => {
    if (d > o.c.recursionLimit || typeof m0 !== "object" || m0 === null || Array.isArray(m0)) {
      fail(m0, o, d);
    }
    const m = m0 as Record<string, unknown>;
    const u = m.$unknown;
    const X = pending === undefined || u === undefined ? undefined : pending(m);
    let i = 0;
    try {
      for (; i < fields.length; i++) {
        const { get, number, oneofCase, present } = fields[i]!;
        if (X !== undefined) {
          try {
            upTo(X, number, o, d, ind);
          } catch (e) {
            throw new Printed(e);
          }
        }
        let v = get(m);
        if (oneofCase !== undefined) {
          if (v == null || (v as { case: unknown }).case !== oneofCase) continue;
          v = (v as { value: unknown }).value;
        } else if (present !== undefined ? !present(v) : v == null) continue;
        printers[i]!(v, o, d, ind);
      }
    } catch (e) {
      throw e instanceof Printed ? e.cause : within(e, names[i]!);
    }
    if (X !== undefined) upTo(X, 536870912, o, d, ind);
    if (u !== undefined && o.c.printUnknownFields) rt.unknown(u, o, ind, X);
  };
}

/** An error from printing extensions, which the field's path does not name. */
class Printed {
  constructor(readonly cause: unknown) {}
}
