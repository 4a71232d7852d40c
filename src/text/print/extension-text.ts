/**
 * The extensions a message holds in its unknown fields (codec/extensions.ts), printed as
 * `[pkg.ext]` lines and merged among the fields by number: `pending` reads them all, in number
 * order, and `upTo` prints those numbered below a field as the printer reaches it.
 */
import { getExtension } from "../../codec/index.js";
import type { FieldInfo } from "../../schema/index.js";
import { TextError, within } from "../errors.js";
import type { FieldText, PrinterOf } from "./field-text.js";
import { fieldText } from "./field-text.js";
import type { Out } from "./out.js";
import { chunkNumber, itemTypeId } from "./unknown-text.js";

/** The extensions to print in number order, with their values, and how many were printed. */
export interface PendingExtensions {
  readonly numbers: number[];
  readonly values: unknown[];
  readonly printers: FieldText[];
  readonly keys: string[];
  next: number;
  /**
   * Numbers printed as extensions: their chunks are no unknown fields, except, for a closed
   * enum, the numbers its values do not hold (the set of those it holds), which protoc keeps
   * as unknown varints.
   */
  readonly printed: Map<number, ReadonlySet<number> | undefined>;
}

export interface ExtensionPrinter {
  /** The message's extensions, read; undefined when it holds none. */
  pending(m: Record<string, unknown>): PendingExtensions | undefined;
}

export function extensionPrinter(
  extensions: readonly FieldInfo[],
  printerOf: PrinterOf,
  messageSet: boolean,
): ExtensionPrinter {
  const printers = new Map<FieldInfo, FieldText>();
  const closed = new Map<FieldInfo, ReadonlySet<number> | undefined>();
  const closedValues = (ext: FieldInfo) => {
    if (!closed.has(ext)) {
      const e = ext.enum;
      closed.set(
        ext,
        e !== undefined && !e.open ? new Set(e.values.map((v) => v.number)) : undefined,
      );
    }
    return closed.get(ext);
  };
  const printer = (ext: FieldInfo) => {
    let p = printers.get(ext);
    if (p === undefined) {
      p = fieldText(ext, printerOf);
      printers.set(ext, p);
    }
    return p;
  };
  return {
    pending(m) {
      const present = chunkNumbers(m.$unknown, messageSet);
      let pending: PendingExtensions | undefined;
      for (const ext of extensions) {
        if (!present.has(ext.number)) continue;
        const key = `[${ext.fullName}]`;
        try {
          const value = getExtension(m, ext);
          // A value the extension cannot hold (a closed enum's unknown number) stays unknown.
          if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
          if (pending === undefined) {
            pending = {
              numbers: [],
              values: [],
              printers: [],
              keys: [],
              next: 0,
              printed: new Map(),
            };
          }
          pending.numbers.push(ext.number);
          pending.values.push(value);
          pending.printers.push(printer(ext));
          pending.keys.push(key);
          pending.printed.set(ext.number, closedValues(ext));
        } catch (e) {
          throw within(e, key);
        }
      }
      return pending;
    },
  };
}

/**
 * The field numbers of a message's unknown-field chunks (each must be readable fields); in a
 * MessageSet, an Item's type id stands for its number.
 */
function chunkNumbers(chunks: unknown, messageSet: boolean): Set<number> {
  if (!Array.isArray(chunks)) {
    throw new TextError("INVALID_VALUE", "$unknown must be an array of Uint8Array");
  }
  const out = new Set<number>();
  for (const c of chunks) {
    const n = !(c instanceof Uint8Array)
      ? 0
      : ((messageSet ? itemTypeId(c) : undefined) ?? chunkNumber(c));
    if (n === 0) {
      throw new TextError("INVALID_VALUE", "$unknown holds bytes that are not protobuf fields");
    }
    out.add(n);
  }
  return out;
}

/** Prints the pending extensions numbered below `number`, each once. */
export function upTo(p: PendingExtensions, number: number, o: Out, d: number, ind: number): void {
  while (p.next < p.numbers.length && p.numbers[p.next]! < number) {
    const i = p.next++;
    try {
      p.printers[i]!(p.values[i], o, d, ind);
    } catch (e) {
      throw within(e, p.keys[i]!);
    }
  }
}
