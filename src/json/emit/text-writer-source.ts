/**
 * The source of a message type's JSON text writer: one generated function per type whose
 * property reads (`m.id`, `m.tags`) are its own, so V8 keeps each of them monomorphic; the
 * values are written by per-field writers it is given (`W[i]`, write/text-writer.ts). Schema
 * strings enter the source only through safe-source.ts (validated property names, JSON
 * literals); keys and names are passed in arrays, not written into the source.
 *
 * Parameters of the evaluated body: `rt` (runtime helpers), `W` (value writers), `J` / `P`
 * (`"jsonName":` / `"proto_name":` key texts), `JC` / `PC` (the same after a comma: one
 * concatenation less per member), `N` (field property names for error paths).
 */

import { lit, readProp } from "../../codec/emit/safe-source.js";
import { layoutOf } from "../../codec/layout.js";
import { fieldFacts } from "../../codec/scalar.js";
import type { FieldInfo, MessageInfo } from "../../schema/index.js";

export const TEXT_WRITER_PARAMS = ["rt", "W", "J", "P", "JC", "PC", "N"] as const;

/** The slots of `info` in field-number order (the order JSON members are written in). */
export function textWriterSlots(info: MessageInfo) {
  return layoutOf(info).byNumber;
}

/** The body of `new Function(...TEXT_WRITER_PARAMS, body)`, which returns the writer. */
export function emitTextWriter(info: MessageInfo, withExtensions: boolean): string {
  const lines: string[] = [
    "return function write(m, c, d) {",
    '  if (d > c.recursionLimit || typeof m !== "object" || m === null || Array.isArray(m)) rt.fail(m, c, d);',
    '  let s = "", v, f = 0;',
    "  const k = c.useProtoFieldName ? P : J, K = c.useProtoFieldName ? PC : JC;",
    "  const a = c.alwaysEmitImplicit;",
    "  try {",
  ];
  textWriterSlots(info).forEach((slot, i) => {
    const f = slot.field as FieldInfo;
    const member = `s += (s === "" ? k[${i}] : K[${i}]) + W[${i}](`;
    lines.push(`    f = ${i}; v = ${readProp("m", slot.prop)};`);
    if (slot.oneofCase !== undefined) {
      lines.push(
        `    if (v !== undefined && v !== null && v.case === ${lit(slot.oneofCase)}) ${member}v.value, c, d);`,
      );
    } else if (f.map !== undefined || f.repeated) {
      lines.push(
        `    if (v !== undefined && v !== null && (a || !rt.isEmpty(v))) ${member}v, c, d);`,
      );
    } else if (f.presence === "implicit") {
      // The codec's own test of "set" for the field's JS form (js-forms.ts): -0.0 is set.
      const isSet = fieldFacts(f)!.isSet("v");
      lines.push(`    if (a ? v !== undefined : ${isSet}) ${member}v, c, d);`);
    } else {
      lines.push(`    if (v !== undefined && v !== null) ${member}v, c, d);`);
    }
  });
  lines.push("  } catch (e) {", "    throw rt.within(e, N[f]);", "  }");
  if (withExtensions) {
    lines.push("  if (m.$unknown !== undefined) s = rt.extensions(m, s, c, d);");
  }
  lines.push('  return "{" + s + "}";', "};");
  return lines.join("\n");
}
