/**
 * Emits `make()` (a message with every property at its default, in one order), `init(m, x)`
 * (copies a partial init object into `m`, building submessages through their own codecs) and
 * `create(x)`.
 */
import type { CodecFieldInfo } from "./info.js";
import type { FieldSlot, Member } from "./layout.js";
import { layoutOf } from "./layout.js";
import { isMessageType, scalarFacts } from "./scalar.js";
import { lit, literalKey, readProp, writeProp } from "./source.js";
import type { EmitUnit } from "./unit.js";

export function emitCreate(unit: EmitUnit): string {
  const layout = layoutOf(unit.info);
  const props = layout.members.map((m) => `${literalKey(memberProp(m))}: ${defaultOf(m)}`);
  const inits = layout.members.map((m) => initMember(unit, m));
  return `function make() {
  return { ${props.join(", ")} };
}
function init(m, x) {
  let v;
${inits.join("\n")}
  v = x.$unknown;
  if (v !== undefined) m.$unknown = Array.from(v);
}
function create(x) {
  const m = make();
  if (x != null) init(m, x);
  return m;
}`;
}

function memberProp(m: Member): string {
  return m.kind === "oneof" ? m.prop : m.slot.prop;
}

function defaultOf(m: Member): string {
  if (m.kind === "oneof") return "{ case: undefined }";
  const f = m.slot.field;
  if (f.map !== undefined) return "new Map()";
  if (f.repeated) return "[]";
  if (f.presence !== "implicit" || isMessageType(f.type)) return "undefined";
  return scalarFacts(f.type)!.zero;
}

function initMember(unit: EmitUnit, m: Member): string {
  if (m.kind === "oneof") {
    const cases = m.slots.map(
      (s: FieldSlot) =>
        `case ${lit(s.oneofCase!)}: ${writeProp("m", m.prop)} = { case: ${lit(s.oneofCase!)}, value: ${convertOne(unit, s.field, "v.value")} }; break;`,
    );
    return `  v = ${readProp("x", m.prop)};
  if (v != null) switch (v.case) { ${cases.join(" ")} }`;
  }
  const f = m.slot.field;
  const target = writeProp("m", m.slot.prop);
  return `  v = ${readProp("x", m.slot.prop)};
  if (v !== undefined) ${target} = ${convert(unit, f, "v")};`;
}

function convert(unit: EmitUnit, f: CodecFieldInfo, v: string): string {
  if (f.map !== undefined) {
    const value = f.map.value;
    const conv = isMessageType(value.type)
      ? `(e) => ${unit.link(value.message!)}.create(e)`
      : "undefined";
    const keyKind = scalarFacts(f.map.key.type)!.kind;
    return `rt.toMap(${v}, ${lit(keyKind)}, ${conv})`;
  }
  if (f.repeated) {
    if (isMessageType(f.type)) return `Array.from(${v}, (e) => ${unit.link(f.message!)}.create(e))`;
    return `Array.from(${v})`;
  }
  return convertOne(unit, f, v);
}

function convertOne(unit: EmitUnit, f: CodecFieldInfo, v: string): string {
  if (isMessageType(f.type))
    return `(${v} == null ? undefined : ${unit.link(f.message!)}.create(${v}))`;
  return v;
}
