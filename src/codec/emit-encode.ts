/**
 * Emits `encode(m, w, o, depth)`: writes the fields of `m` to Writer `w` in field-number order
 * (protoc's order), then the unknown fields byte-exact. Implicit-presence fields holding their
 * zero value are skipped; -0.0 is not zero for this purpose (protoc tests the bits).
 */

import { WireType } from "../wire/constants.js";
import type { CodecFieldInfo } from "./info.js";
import type { FieldSlot } from "./layout.js";
import { layoutOf } from "./layout.js";
import type { ScalarFacts } from "./scalar.js";
import { isMessageType, isPackable, runMethod, scalarFacts, tagOf } from "./scalar.js";
import { lit, readProp } from "./source.js";
import type { EmitUnit } from "./unit.js";
import { int } from "./unit.js";

export function emitEncode(unit: EmitUnit): string {
  const layout = layoutOf(unit.info);
  const extensions = knownExtensionNumbers(unit);
  const parts: string[] = [];
  // Known extensions (kept in $unknown) go between the fields, in field-number order, as
  // protoc writes them; every other unknown field goes at the end.
  let pending: number[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const set = unit.constant("X", `new Set([${pending.map(int).join(", ")}])`);
    parts.push(
      `  v = m.$unknown;\n  if (v !== undefined && !o.discardUnknown) rt.writeExtensions(v, w, ${set});`,
    );
    pending = [];
  };
  let e = 0;
  for (const slot of layout.byNumber) {
    while (e < extensions.length && extensions[e]! < slot.field.number)
      pending.push(extensions[e++]!);
    flush();
    parts.push(fieldWrite(unit, slot));
  }
  while (e < extensions.length) pending.push(extensions[e++]!);
  flush();
  const rest =
    extensions.length === 0
      ? "for (let i = 0; i < v.length; i++) w.raw(v[i]);"
      : `rt.writeUnknownExcept(v, w, ${unit.constant("X", `new Set([${extensions.map(int).join(", ")}])`)});`;
  return `function encode(m, w, o, depth) {
  if (depth > o.recursionLimit) throw rt.tooDeep(o.recursionLimit);
  let v;
${parts.join("\n")}
  v = m.$unknown;
  if (v !== undefined && !o.discardUnknown) ${rest}
}`;
}

/** Field numbers of the known extensions, sorted; none for MessageSets (their Items trail). */
function knownExtensionNumbers(unit: EmitUnit): number[] {
  const info = unit.info;
  if (info.isMessageSet === true || info.extensions === undefined) return [];
  const numbers = new Set(info.extensions().map((f) => f.number));
  return [...numbers].sort((a, b) => a - b);
}

function fieldWrite(unit: EmitUnit, slot: FieldSlot): string {
  const f = slot.field;
  if (slot.oneofCase !== undefined) {
    // A oneof member is written whenever its case is selected, even with a zero value.
    return `  v = ${readProp("m", slot.prop)};
  if (v != null && v.case === ${lit(slot.oneofCase)}) { v = v.value; ${writeOne(unit, f, "v")} }`;
  }
  const read = `  v = ${readProp("m", slot.prop)};`;
  if (f.map !== undefined) {
    return `${read}\n  if (v != null && v.size !== 0) for (const [k, x] of v) { ${mapEntry(unit, f, f.map.key, f.map.value)} }`;
  }
  if (f.repeated) return `${read}\n  if (v != null && v.length !== 0) { ${writeList(unit, f)} }`;
  return `${read}\n  if (${isSet(f, "v")}) { ${writeOne(unit, f, "v")} }`;
}

/** The presence test: explicit presence (and required) is "not undefined"; implicit is "not zero". */
function isSet(f: CodecFieldInfo, v: string): string {
  if (f.presence !== "implicit" || isMessageType(f.type)) return `${v} != null`;
  const facts = scalarFacts(f.type)!;
  switch (facts.kind) {
    case "number":
      return `${v} != null && ${v} !== 0`;
    case "float":
      return `${v} != null && (${v} !== 0 || 1 / ${v} < 0)`;
    case "bigint":
      // Loose equality so that 0n, 0 and "0" (all accepted by the writer) count as zero.
      return `${v} != null && ${v} != 0`;
    case "bool":
      return `${v} === true`;
    case "string":
    case "bytes":
      return `${v} != null && ${v}.length !== 0`;
  }
}

/** Statements writing one value of `f` (a singular field or a oneof member) held in `v`. */
function writeOne(unit: EmitUnit, f: CodecFieldInfo, v: string): string {
  if (isMessageType(f.type)) return writeMessage(unit, f, f.number, v);
  const facts = scalarFacts(f.type)!;
  return `w.uint32(${int(tagOf(f.number, facts.wireType))}).${facts.write}(${v});`;
}

function writeMessage(unit: EmitUnit, f: CodecFieldInfo, n: number, v: string): string {
  const L = unit.link(f.message!);
  if (f.delimited) {
    return `w.uint32(${int(tagOf(n, WireType.StartGroup))}); ${L}.encode(${v}, w, o, depth + 1); w.uint32(${int(tagOf(n, WireType.EndGroup))});`;
  }
  return `w.uint32(${int(tagOf(n, WireType.LengthDelimited))}).fork(); ${L}.encode(${v}, w, o, depth + 1); w.join();`;
}

function writeList(unit: EmitUnit, f: CodecFieldInfo): string {
  if (isMessageType(f.type)) {
    return `for (let i = 0; i < v.length; i++) { ${writeMessage(unit, f, f.number, "v[i]")} }`;
  }
  const facts = scalarFacts(f.type)!;
  if (f.packed && isPackable(f.type)) return writePacked(f, facts);
  const tag = int(tagOf(f.number, facts.wireType));
  return `for (let i = 0; i < v.length; i++) w.uint32(${tag}).${facts.write}(v[i]);`;
}

function writePacked(f: CodecFieldInfo, facts: ScalarFacts): string {
  const tag = int(tagOf(f.number, WireType.LengthDelimited));
  const run = runMethod(facts.write);
  // Runs of 32-bit varints and floats are written by one Writer call (one capacity check).
  const loop =
    run === undefined
      ? `for (let i = 0; i < v.length; i++) w.${facts.write}(v[i]);`
      : `w.${run.name}(v${run.kind});`;
  // Fixed-width values know their length up front: no fork/join needed.
  if (facts.fixedSize > 0) {
    return `w.uint32(${tag}).uint32(v.length * ${int(facts.fixedSize)}); ${loop}`;
  }
  return `w.uint32(${tag}).fork(); ${loop} w.join();`;
}

/** A map entry is a message with key = 1 and value = 2; protoc writes both, even when zero. */
function mapEntry(
  unit: EmitUnit,
  f: CodecFieldInfo,
  key: CodecFieldInfo,
  value: CodecFieldInfo,
): string {
  const kf = scalarFacts(key.type)!;
  const head = `w.uint32(${int(tagOf(f.number, WireType.LengthDelimited))}).fork().uint32(${int(tagOf(1, kf.wireType))}).${kf.write}(k);`;
  if (isMessageType(value.type)) {
    const L = unit.link(value.message!);
    // Map values are length-prefixed even where message_encoding = DELIMITED (protoc, buf).
    return `${head} w.uint32(${int(tagOf(2, WireType.LengthDelimited))}).fork(); if (x != null) ${L}.encode(x, w, o, depth + 1); w.join(); w.join();`;
  }
  const vf = scalarFacts(value.type)!;
  return `${head} w.uint32(${int(tagOf(2, vf.wireType))}).${vf.write}(x); w.join();`;
}
