/**
 * One toText call's output: the sink the printers write into, the options, and the layout
 * resolved from them: what ends a field (`\n`, or a space on one line), how many spaces one
 * nesting level indents by, and the brace texts. A field is printed as `indent name: value` +
 * `nl`, a message as `indent name` + `open`, its fields one level deeper, then `indent` +
 * `close`; on one line the indent is 0, so the same writes give `a: 1 b { c: 2 } ` (the last
 * space is cut at the end).
 */
import type { FieldInfo } from "../../schema/index.js";
import type { PrintContext } from "./context.js";
import type { TextSink } from "./text-sink.js";

export interface Out {
  readonly c: PrintContext;
  readonly w: TextSink;
  /** The byte that ends a field. */
  readonly nl: number;
  /** Spaces per nesting level. */
  readonly step: number;
  readonly open: Uint8Array;
  readonly close: Uint8Array;
  /** Repeated message fields of the top level whose elements are decoded as printed. */
  readonly lazy: ReadonlyMap<FieldInfo, LazyList> | undefined;
}

/** The elements of a repeated message field, each decoded when it is printed. */
export interface LazyList {
  readonly length: number;
  decode(i: number): unknown;
}

/** The bytes of an ASCII text (a field's label, a brace), made once. */
export function asciiBytes(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

const LINES = { nl: 0x0a, step: 2, open: asciiBytes(" {\n"), close: asciiBytes("}\n") };
const ONE_LINE = { nl: 0x20, step: 0, open: asciiBytes(" { "), close: asciiBytes("} ") };

export function outOf(c: PrintContext, w: TextSink, lazy?: ReadonlyMap<FieldInfo, LazyList>): Out {
  const l = c.singleLine ? ONE_LINE : LINES;
  return { c, w, nl: l.nl, step: l.step, open: l.open, close: l.close, lazy };
}
