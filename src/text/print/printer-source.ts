/**
 * The source of a message type's text printer: one generated function per type, writing into
 * the call's sink (out.ts), whose property reads (`m.id`) are its own so V8 keeps each
 * monomorphic, testing presence inline and handing present values to per-field printers
 * (`W[i]`, field-text.ts). Extensions are
 * printed among the fields by number (`rt.upTo`), unknown fields after them. Schema strings
 * enter the source only through safe-source.ts (validated property names, JSON literals).
 *
 * Parameters of the evaluated body: `rt` (runtime helpers), `W` (field printers), `N`
 * (property names for error paths).
 */
import { lit, readProp } from "../../codec/emit/safe-source.js";
import { layoutOf } from "../../codec/layout.js";
import { fieldFacts } from "../../codec/scalar.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";

export const PRINTER_PARAMS = ["rt", "W", "N"] as const;

/** The slots of `info` in field-number order, the order protoc prints fields in. */
export function printerSlots(info: MessageInfo) {
  return layoutOf(info).byNumber;
}

/** The body of `new Function(...PRINTER_PARAMS, body)`, which returns the printer. */
export function emitPrinter(info: MessageInfo, withExtensions: boolean): string {
  const lines: string[] = [
    "return function print(m, o, d, ind) {",
    '  if (d > o.c.recursionLimit || typeof m !== "object" || m === null || Array.isArray(m)) rt.fail(m, o, d);',
    "  let v, f = 0;",
    "  const u = m.$unknown;",
  ];
  if (withExtensions) lines.push("  const X = u === undefined ? undefined : rt.extensions(m);");
  lines.push("  try {");
  printerSlots(info).forEach((slot, i) => {
    const f = slot.field as FieldInfo;
    if (withExtensions)
      lines.push(`    if (X !== undefined) { f = -1; rt.upTo(X, ${f.number}, o, d, ind); }`);
    lines.push(`    f = ${i}; v = ${readProp("m", slot.prop)};`);
    const print = `W[${i}]`;
    if (slot.oneofCase !== undefined) {
      lines.push(
        `    if (v !== undefined && v !== null && v.case === ${lit(slot.oneofCase)}) ${print}(v.value, o, d, ind);`,
      );
    } else if (
      f.presence === "implicit" &&
      !f.repeated &&
      f.map === undefined &&
      f.message === undefined
    ) {
      lines.push(`    if (${fieldFacts(f)!.isSet("v")}) ${print}(v, o, d, ind);`);
    } else {
      lines.push(`    if (v !== undefined && v !== null) ${print}(v, o, d, ind);`);
    }
  });
  lines.push("  } catch (e) {", "    throw f < 0 ? e : rt.within(e, N[f]);", "  }");
  if (withExtensions) lines.push("  if (X !== undefined) rt.upTo(X, 536870912, o, d, ind);");
  const printed = withExtensions ? "X" : "undefined";
  lines.push(`  if (u !== undefined && o.c.printUnknownFields) rt.unknown(u, o, ind, ${printed});`);
  lines.push("};");
  return lines.join("\n");
}
