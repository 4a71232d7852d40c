/**
 * Emits `missing(m, path, out, d, lim)`: pushes the path of every unset required field of `m`
 * and of the submessages it holds (only those whose types can hold required fields are
 * visited). `path` is the prefix of `m`'s fields (`""` at the root, else ending in `.`), `out`
 * collects the paths, `d` is `m`'s nesting against the limit `lim`; the local `v` holds the
 * field being looked at. Fields are named by their property (localName), list elements by
 * index (`items[3].`) and map values by key (`byName["k"].`, `byId[7].`), as in every error
 * path (values.ts: indexSegment, keySegment).
 */

import type { FieldInfo } from "../info.js";
import type { FieldSlot } from "../layout.js";
import { layoutOf } from "../layout.js";
import { inMessageSet } from "../message-set.js";
import { isMessageType } from "../scalar.js";
import type { EmitUnit } from "./emit-unit.js";
import { int } from "./emit-unit.js";
import { lit, readProp } from "./safe-source.js";

export function emitMissing(unit: EmitUnit): string {
  const checks: string[] = [];
  for (const slot of layoutOf(unit.info).byNumber) {
    const check = slotCheck(unit, slot);
    if (check !== "") checks.push(check);
  }
  for (const ext of unit.info.extensions?.() ?? []) {
    const check = extensionCheck(unit, ext);
    if (check !== "") checks.push(check);
  }
  // \`d\` counts nesting against \`lim\`: a cyclic message must fail with RECURSION_LIMIT, not
  // overflow the stack, before encode's own depth check is ever reached.
  return `function missing(m, path, out, d, lim) {
  if (d > lim) throw rt.tooDeep(lim);
  let v;
${checks.join("\n")}
}`;
}

/**
 * An extension whose message type can hold required fields: its value lives as bytes in
 * `$unknown`, decoded and checked by rt.missingExt (extension-required.ts), named `[pkg.ext]`.
 */
function extensionCheck(unit: EmitUnit, ext: FieldInfo): string {
  const message = ext.message;
  if (message === undefined || !unit.hasRequired(message)) return "";
  const name = lit(`[${ext.fullName ?? ext.name}]`);
  const L = unit.link(message);
  return `  if (m.$unknown !== undefined) rt.missingExt(m, ${int(ext.number)}, ${inMessageSet(ext)}, ${ext.repeated}, ${L}, path + ${name}, out, d, lim);`;
}

function slotCheck(unit: EmitUnit, slot: FieldSlot): string {
  const f = slot.field;
  const name = lit(f.localName);
  const read = `  v = ${readProp("m", slot.prop)};`;
  const own = f.presence === "required" ? `  if (v == null) out.push(path + ${name});\n` : "";
  let nested = "";
  if (f.map !== undefined) {
    const value = f.map.value;
    if (isMessageType(value.type) && unit.hasRequired(value.message!)) {
      const L = unit.link(value.message!);
      nested = `  if (v != null) for (const [k, x] of v) ${L}.missing(x, path + ${name} + rt.key(k) + ".", out, d + 1, lim);`;
    }
  } else if (isMessageType(f.type) && unit.hasRequired(f.message!)) {
    const L = unit.link(f.message!);
    if (slot.oneofCase !== undefined) {
      nested = `  if (v != null && v.case === ${lit(slot.oneofCase)}) ${L}.missing(v.value, path + ${name} + ".", out, d + 1, lim);`;
    } else if (f.repeated) {
      nested = `  if (v != null) for (let i = 0; i < v.length; i++) ${L}.missing(v[i], path + ${name} + "[" + i + "].", out, d + 1, lim);`;
    } else {
      nested = `  if (v != null) ${L}.missing(v, path + ${name} + ".", out, d + 1, lim);`;
    }
  }
  if (own === "" && nested === "") return "";
  return `${read}\n${own}${nested}`;
}
