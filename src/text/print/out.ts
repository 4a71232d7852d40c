/**
 * The layout of one toText call, resolved once from its PrintContext: what ends a field
 * (`\n`, or a space on one line), what one nesting level indents by, and the brace texts.
 * A field is printed as `indent name: value` + `nl`, a message as `indent name` + `open`,
 * its fields one level deeper, then `indent` + `close`; on one line the indent is empty, so
 * the same concatenations give `a: 1 b { c: 2 } ` (the last space is cut at the end).
 */
import type { PrintContext } from "./context.js";

export interface Out {
  readonly c: PrintContext;
  readonly nl: string;
  readonly step: string;
  readonly open: string;
  readonly close: string;
}

const cache = new WeakMap<PrintContext, Out>();

export function outOf(c: PrintContext): Out {
  let o = cache.get(c);
  if (o === undefined) {
    o = c.singleLine
      ? { c, nl: " ", step: "", open: " { ", close: "} " }
      : { c, nl: "\n", step: "  ", open: " {\n", close: "}\n" };
    cache.set(c, o);
  }
  return o;
}
