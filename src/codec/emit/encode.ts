/**
 * Emits `encode(m, w, o, depth)`: writes the fields of `m` to Writer `w` in field-number order
 * (protoc's order), then the unknown fields byte-exact. Implicit-presence fields holding their
 * zero value are skipped; -0.0 is not zero for this purpose (protoc tests the bits).
 *
 * The contract between the snippets below (strings: nothing else checks it).
 * Parameters, set by the caller (codec.ts for the root, a parent's write for a submessage):
 *   m      the message object read (never written); checked first by the inline shape check.
 *   w      the Writer, one for the whole call tree; submessages are fork()/join()ed around.
 *   o      the run options (options.ts), read-only: recursionLimit, discardUnknown,
 *          ignoreUnknownKeys.
 *   depth  nesting of `m`, 0 at the root; over `o.recursionLimit` it throws RECURSION_LIMIT.
 * Locals of the function, declared once at its top:
 *   v      the value being written (a field's property, then an element of it).
 *   f      the number of the field being written, -1 while `$unknown` is written: the one
 *          catch of the function names the field from it (unit.propertyNames()).
 *   ix, mk the index of the list element / the key of the map entry being written, so the
 *          path reaches it (`M.items[3]`, `M.byName["k"]`); declared only when the message has
 *          list or map fields, reset to -1 / undefined by the next such field.
 *   lax    `o.ignoreUnknownKeys`, read by the shape check (emit/shape.ts).
 * Block locals: `x` (a list element or map value), `k` (a map key), `i` (loop index).
 * Unit constants (`P0` the property names by field number, `K1` list/map kinds, `X2` sets of
 * extension numbers, `E3` closed-enum sets) and `rt`, `L`: see message.ts.
 */

import { WireType } from "../../wire/constants.js";
import type { FieldInfo } from "../info.js";
import type { FieldSlot } from "../layout.js";
import { layoutOf } from "../layout.js";
import type { ScalarFacts } from "../scalar.js";
import { fieldFacts, isMessageType, isPackable, scalarFacts, tagOf } from "../scalar.js";
import { checkStatement, valueType } from "./checks.js";
import type { EmitUnit } from "./emit-unit.js";
import { int } from "./emit-unit.js";
import { lit, readProp } from "./safe-source.js";
import { shapeCheck } from "./shape.js";

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
      `  f = -1; v = m.$unknown;\n  if (v !== undefined && !o.discardUnknown) { rt.checkUnknown(v); rt.writeExtensions(v, w, ${set}); }`,
    );
    pending = [];
  };
  let e = 0;
  for (const slot of layout.byNumber) {
    while (e < extensions.length && extensions[e]! < slot.field.number)
      pending.push(extensions[e++]!);
    flush();
    const f = slot.field;
    // List and map fields forget the element of the one before (see the catch below).
    const reset = f.map !== undefined ? " mk = undefined;" : f.repeated ? " ix = -1;" : "";
    parts.push(`  f = ${int(f.number)};${reset}\n${fieldWrite(unit, slot)}`);
  }
  while (e < extensions.length) pending.push(extensions[e++]!);
  flush();
  const rest =
    extensions.length === 0
      ? "for (let i = 0; i < v.length; i++) w.raw(v[i]);"
      : `rt.writeUnknownExcept(v, w, ${unit.constant("X", `new Set([${extensions.map(int).join(", ")}])`)});`;
  // Property names by field number (-1: $unknown) for the path of an invalid value.
  const names = unit.propertyNames();
  // `f` is the number of the field being written: one try per message (not per value) turns
  // an invalid value into an error that names its field path (values.ts); in a list field `ix`
  // is the index of the element being written, in a map field `mk` its key.
  const elements = layout.byNumber.filter((s) => s.field.repeated || s.field.map !== undefined);
  let path = `rt.withFieldPath(e, ${names}.get(f))`;
  if (elements.length > 0) {
    const kinds = unit.constant(
      "K",
      `new Map([${elements.map((s) => `[${int(s.field.number)}, ${s.field.map !== undefined ? 2 : 1}]`).join(", ")}])`,
    );
    path = `rt.withFieldPath(e, ${names}.get(f), rt.element(${kinds}.get(f), ix, mk))`;
  }
  // The shape check (emit/shape.ts), inline: a plain object of known keys, oneofs as
  // { case, value }.
  return `function encode(m, w, o, depth) {
  if (depth > o.recursionLimit) throw rt.tooDeep(o.recursionLimit);
  let v, f = 0${elements.length === 0 ? "" : ", ix = -1, mk"};
  const lax = o.ignoreUnknownKeys;
${shapeCheck(unit)}
  try {
${parts.join("\n")}
  f = -1; v = m.$unknown;
  if (v !== undefined && !o.discardUnknown) { rt.checkUnknown(v); ${rest} }
  } catch (e) {
    throw ${path};
  }
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
    const toMap = `rt.toMap(v, ${lit(valueType(f.map.key))}, undefined, undefined)`;
    return `${read}\n  if (v != null) { if (!(v instanceof Map)) v = ${toMap}; if (v.size !== 0) for (const [k, x] of v) { mk = k; ${mapEntry(unit, f, f.map.key, f.map.value)} } }`;
  }
  if (f.repeated) {
    return `${read}\n  if (v != null) { if (!Array.isArray(v)) throw rt.bad(v, "array"); if (v.length !== 0) { ${writeList(unit, f)} } }`;
  }
  return `${read}\n  if (${isSet(f, "v")}) { ${writeOne(unit, f, "v")} }`;
}

/** The presence test: explicit presence (and required) is "not undefined"; implicit is "not zero". */
function isSet(f: FieldInfo, v: string): string {
  if (f.presence !== "implicit" || isMessageType(f.type)) return `${v} != null`;
  return fieldFacts(f)!.isSet(v);
}

/** Statements writing one value of `f` (a singular field or a oneof member) held in `v`. */
function writeOne(unit: EmitUnit, f: FieldInfo, v: string): string {
  if (isMessageType(f.type)) return `${checkStatement(f, v)}${writeMessage(unit, f, f.number, v)}`;
  const facts = fieldFacts(f)!;
  return `${checkStatement(f, v)}w.uint32(${int(tagOf(f.number, facts.wireType))}).${facts.write}(${writerArg(facts, v)});`;
}

/** What the Writer method is given for value `x`: `x`, or for JS_STRING its fast form (scalar.ts). */
function writerArg(facts: ScalarFacts, x: string): string {
  return facts.writeArg === undefined ? x : facts.writeArg(x);
}

function writeMessage(unit: EmitUnit, f: FieldInfo, n: number, v: string): string {
  const L = unit.link(f.message!);
  if (f.delimited) {
    return `w.uint32(${int(tagOf(n, WireType.StartGroup))}); ${L}.encode(${v}, w, o, depth + 1); w.uint32(${int(tagOf(n, WireType.EndGroup))});`;
  }
  return `w.uint32(${int(tagOf(n, WireType.LengthDelimited))}).fork(); ${L}.encode(${v}, w, o, depth + 1); w.join();`;
}

function writeList(unit: EmitUnit, f: FieldInfo): string {
  if (isMessageType(f.type)) {
    return `for (ix = 0; ix < v.length; ix++) { const x = v[ix]; if (x === null || typeof x !== "object") throw rt.bad(x, "message"); ${writeMessage(unit, f, f.number, "x")} }`;
  }
  const facts = fieldFacts(f)!;
  if (f.packed && isPackable(f.type)) return writePacked(f, facts);
  const tag = int(tagOf(f.number, facts.wireType));
  return `for (ix = 0; ix < v.length; ix++) { const x = v[ix]; ${checkStatement(f, "x")}w.uint32(${tag}).${facts.write}(${writerArg(facts, "x")}); }`;
}

function writePacked(f: FieldInfo, facts: ScalarFacts): string {
  const tag = int(tagOf(f.number, WireType.LengthDelimited));
  const run = facts.writeRun;
  // Runs of 32-bit varints and floats are written by one Writer call (one capacity check)
  // that checks each value in its write loop (the Writer's unchecked runs take int32s modulo
  // 2^32) and returns the index of the first invalid one; 64-bit runs check in toParts.
  let loop: string;
  if (run === undefined) {
    loop = `for (ix = 0; ix < v.length; ix++) { const x = v[ix]; ${checkStatement(f, "x")}w.${facts.write}(${writerArg(facts, "x")}); }`;
  } else if (run.name === "varint64Run") {
    loop = `w.${run.name}(v${run.kind});`;
  } else {
    const call =
      run.name === "varint32Run"
        ? `w.checkedVarint32Run(v${run.kind})`
        : `w.checkedFloatingRun(v, ${run.name === "floatRun" ? "true" : "false"})`;
    loop = `{ const bad = ${call}; if (bad >= 0) { ix = bad; throw rt.bad(v[bad], ${lit(valueType(f))}); } }`;
  }
  // Fixed-width values know their length up front: no fork/join needed.
  if (facts.fixedSize > 0) {
    return `w.uint32(${tag}).uint32(v.length * ${int(facts.fixedSize)}); ${loop}`;
  }
  return `w.uint32(${tag}).fork(); ${loop} w.join();`;
}

/** A map entry is a message with key = 1 and value = 2; protoc writes both, even when zero. */
function mapEntry(unit: EmitUnit, f: FieldInfo, key: FieldInfo, value: FieldInfo): string {
  const kf = scalarFacts(key.type)!;
  const head = `${checkStatement(key, "k")}w.uint32(${int(tagOf(f.number, WireType.LengthDelimited))}).fork().uint32(${int(tagOf(1, kf.wireType))}).${kf.write}(k);`;
  if (isMessageType(value.type)) {
    const L = unit.link(value.message!);
    // Map values are length-prefixed even where message_encoding = DELIMITED (protoc, buf).
    return `${head} w.uint32(${int(tagOf(2, WireType.LengthDelimited))}).fork(); if (x != null) { ${checkStatement(value, "x")}${L}.encode(x, w, o, depth + 1); } w.join(); w.join();`;
  }
  const vf = scalarFacts(value.type)!;
  return `${checkStatement(value, "x")}${head} w.uint32(${int(tagOf(2, vf.wireType))}).${vf.write}(x); w.join();`;
}
