/**
 * Emits `make()` (a message with every property at its default, in one order), `init(m, x)`
 * (copies a partial init object into `m`, building submessages through their own codecs) and
 * `create(x, d, k)`, which first checks each init object with `shape` (emit/shape.ts; `k`:
 * the ignoreUnknownKeys option).
 *
 * The contract between the snippets below (strings: nothing else checks it):
 *   x      the init object given by the user (read only, checked by `shape` first).
 *   m      the message being built, from `make()`: every property present, in one order, so
 *          all messages of a type share one V8 hidden class.
 *   d      nesting depth of the init object (undefined at the root, then 0, 1, ...); over
 *          rt.createLimit it throws RECURSION_LIMIT, so cyclic input cannot loop.
 *   k      the ignoreUnknownKeys option, passed down to submessages' `create`.
 *   v, f   the value being copied and its field number (-1 for `$unknown`), for the path of
 *          the one catch, as in encode (encode.ts).
 */

import type { FieldInfo } from "../info.js";
import type { FieldSlot, Member } from "../layout.js";
import { layoutOf, memberProp } from "../layout.js";
import { fieldFacts, isMessageType } from "../scalar.js";
import { valueType } from "./checks.js";
import type { EmitUnit } from "./emit-unit.js";
import { int } from "./emit-unit.js";
import { lit, literalKey, readProp, writeProp } from "./safe-source.js";

/** `make()`: decode's fresh message and create's. */
export function emitMake(unit: EmitUnit): string {
  const props = layoutOf(unit.info).members.map(
    (m) => `${literalKey(memberProp(m))}: ${defaultOf(m)}`,
  );
  return `function make() {
  return { ${props.join(", ")} };
}`;
}

/** `init` and `create` (which calls `make` and `shape`). */
export function emitCreate(unit: EmitUnit): string {
  const layout = layoutOf(unit.info);
  const inits = layout.members.map((m) => initMember(unit, m));
  const names = unit.propertyNames();
  // Values are checked as in encode (values.ts); \`d\` counts nesting so that a cyclic or
  // 100,000-deep init object fails with RECURSION_LIMIT instead of overflowing the stack.
  return `function init(m, x, d, k) {
  let v, f = 0;
  try {
${inits.join("\n")}
  f = -1; v = x.$unknown;
  if (v !== undefined) m.$unknown = rt.unknownList(v);
  } catch (e) {
    throw rt.withFieldPath(e, ${names}.get(f));
  }
}
function create(x, d, k) {
  if (d === undefined) d = 0;
  else if (d > rt.createLimit) throw rt.tooDeep(rt.createLimit);
  if (x != null && typeof x !== "object") throw rt.bad(x, "message");
  const m = make();
  if (x != null) {
    shape(x, k === true);
    init(m, x, d, k);
  }
  return m;
}`;
}

function defaultOf(m: Member): string {
  if (m.kind === "oneof") return "{ case: undefined }";
  const f = m.slot.field;
  if (f.map !== undefined) return "new Map()";
  if (f.repeated) return "[]";
  if (f.presence !== "implicit" || isMessageType(f.type)) return "undefined";
  return fieldFacts(f)!.zero;
}

function initMember(unit: EmitUnit, m: Member): string {
  if (m.kind === "oneof") {
    const cases = m.slots.map(
      (s: FieldSlot) =>
        `case ${lit(s.oneofCase!)}: f = ${int(s.field.number)}; ${writeProp("m", m.prop)} = { case: ${lit(s.oneofCase!)}, value: ${convertOne(unit, s.field, "v.value")} }; break;`,
    );
    return `  v = ${readProp("x", m.prop)};
  if (v != null) switch (v.case) { ${cases.join(" ")} }`;
  }
  const f = m.slot.field;
  const target = writeProp("m", m.slot.prop);
  return `  f = ${int(f.number)}; v = ${readProp("x", m.slot.prop)};
  if (v != null) ${target} = ${convert(unit, f, "v")};`; // null leaves the default, as in encode
}

function convert(unit: EmitUnit, f: FieldInfo, v: string): string {
  if (f.map !== undefined) {
    const value = f.map.value;
    const message = isMessageType(value.type);
    const conv = message ? `(e) => ${unit.link(value.message!)}.create(e, d + 1, k)` : "undefined";
    const type = message ? "undefined" : lit(valueType(value));
    return `rt.toMap(${v}, ${lit(valueType(f.map.key))}, ${type}, ${conv})`;
  }
  if (f.repeated) {
    if (isMessageType(f.type)) {
      // Arrays only (messageList checks): Array.from would also take {length: 3e8} and
      // allocate 300 M slots.
      return `rt.messageList(${v}, (e) => ${unit.link(f.message!)}.create(e, d + 1, k))`;
    }
    const facts = fieldFacts(f)!; // JS_STRING / JS_NUMBER elements are converted (jstype.ts)
    if (facts.convert !== undefined) {
      return `rt.list64(${v}, ${lit(facts.write)}, ${facts.convert})`;
    }
    return `rt.scalarList(${v}, ${lit(valueType(f))})`;
  }
  return convertOne(unit, f, v);
}

function convertOne(unit: EmitUnit, f: FieldInfo, v: string): string {
  if (isMessageType(f.type))
    return `(${v} == null ? undefined : ${unit.link(f.message!)}.create(${v}, d + 1, k))`;
  const facts = fieldFacts(f)!;
  // JS_STRING / JS_NUMBER: checked and converted to the field's form (jstype.ts).
  if (facts.convert !== undefined) return `${facts.convert}(${v}, ${lit(facts.write)})`;
  const type = lit(valueType(f));
  return `(rt.valid(${v}, ${type}) ? ${v} : rt.throwBad(${v}, ${type}))`;
}
