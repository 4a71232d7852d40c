/**
 * Emits `shape(m, lax)`, the check encode and create run on every message object before
 * reading it (strict input, strict.ts): `m` must be a plain object (with `lax`, the
 * ignoreUnknownKeys option, also a class instance, but never a Date, Map, array ...), every
 * property must be a field (not checked with `lax`), no oneof member may be set directly,
 * and each oneof must be `{ case, value }` with a known case.
 *
 * The key check costs about one for-in step per key: `n`, the number of enumerable keys, must
 * equal the number of known properties present (`"name" in m`, which V8 answers from the
 * object's hidden class), plus `$unknown`. Only when it does not (an unknown key, or
 * `$typeName`) does `rt.keys(m, S)` look at each key (strict.ts checkKeys, one function for
 * every type, driven by the type's ShapeInfo constant).
 *
 * The statements read `m` and `lax` and write `v`, all of the enclosing function (shape, or
 * encode, which inlines them with `lax` = o.ignoreUnknownKeys): `v` holds the oneof or
 * `$typeName` being checked. `n` counts keys, `k` is a key.
 */
import { layoutOf, memberProp } from "../layout.js";
import type { EmitUnit } from "./emit-unit.js";
import { lit, readProp } from "./safe-source.js";

/**
 * Whether `x.__proto__` reads the prototype here (not under `node --disable-proto`, not in
 * Deno): it costs next to nothing, where Object.getPrototypeOf is a call of ~9 ns in Node 20.
 */
const PROTO_GETTER = ((): boolean => {
  try {
    const plain = {};
    return (
      Reflect.get(plain, "__proto__") === Object.prototype &&
      Reflect.get(Object.create(null) as object, "__proto__") === undefined
    );
  } catch {
    return false;
  }
})();

const bodies = new WeakMap<EmitUnit, string>();

/**
 * Statements that check message object `m` (strict unless `lax`), using a variable `v` of
 * the enclosing function; declared once per unit (encode inlines them, create calls shape).
 */
export function shapeCheck(unit: EmitUnit): string {
  let body = bodies.get(unit);
  if (body === undefined) {
    body = emitBody(unit);
    bodies.set(unit, body);
  }
  return body;
}

/** `shape(m, lax)`, for create. */
export function emitShape(unit: EmitUnit): string {
  return `function shape(m, lax) {
  let v;
${shapeCheck(unit)}
}`;
}

/** Properties of the message: fields outside oneofs and oneofs, in creation order. */
function layoutProps(unit: EmitUnit): string[] {
  return layoutOf(unit.info).members.map(memberProp);
}

const infos = new WeakMap<EmitUnit, string>();

/** The ShapeInfo constant of the unit (strict.ts), declared on first use. */
function shapeInfo(unit: EmitUnit): string {
  let name = infos.get(unit);
  if (name !== undefined) return name;
  const layout = layoutOf(unit.info);
  const fields = layout.byNumber.map(
    (s) =>
      `[${lit(s.oneofCase ?? s.prop)}, ${lit(s.field.name)}, ${lit(s.oneofCase === undefined ? "" : s.prop)}]`,
  );
  const oneofs = layout.members.flatMap((m) =>
    m.kind === "oneof"
      ? [`[${lit(m.prop)}, [${m.slots.map((s) => lit(s.oneofCase!)).join(", ")}]]`]
      : [],
  );
  name = unit.constant(
    "S",
    `{ type: ${lit(unit.info.fullName)}, fields: [${fields.join(", ")}], oneofs: [${oneofs.join(", ")}] }`,
  );
  infos.set(unit, name);
  return name;
}

function emitBody(unit: EmitUnit): string {
  const layout = layoutOf(unit.info);
  const op = unit.constant("O", "Object.prototype");
  const notPlain = (x: string): string =>
    PROTO_GETTER ? `${x}.__proto__ !== ${op}` : `Object.getPrototypeOf(${x}) !== ${op}`;
  const props = layoutProps(unit);
  const oneofs = layout.members.flatMap((m) => (m.kind === "oneof" ? [m] : []));
  const known = new Set(props);
  const typeName = lit(unit.info.fullName);
  const info = shapeInfo(unit);

  // With ignoreUnknownKeys: oneof members set directly are still errors, $typeName is checked.
  const direct = oneofs.flatMap((o) =>
    o.slots
      .filter((s) => !known.has(s.oneofCase!))
      .map(
        (s) =>
          `    if (${readProp("m", s.oneofCase!)} !== undefined) throw rt.memberSet(${lit(s.oneofCase!)}, ${lit(o.prop)});`,
      ),
  );
  const lax = [
    ...direct,
    `    v = m.$typeName; if (v !== undefined && v !== ${typeName}) rt.unknownKey(m, "$typeName", ${info});`,
  ];

  const present = [...props.map((p) => has(p)), `("$unknown" in m)`].join(" + ");

  const checks = oneofs.map((o) => {
    const cases = unit.constant("C", `[${o.slots.map((s) => lit(s.oneofCase!)).join(", ")}]`);
    const labels = o.slots.map((s) => `case ${lit(s.oneofCase!)}:`).join(" ");
    const prop = lit(o.prop);
    return `  v = ${readProp("m", o.prop)};
  if (v != null) {
    if (typeof v !== "object" || (${notPlain("v")} && !rt.objectOk(v, lax))) throw rt.badOneof(v, ${prop});
    switch (v.case) { case undefined: if (v.value === undefined) break; throw rt.badCase(v, ${prop}, ${cases}); ${labels} break; default: throw rt.badCase(v, ${prop}, ${cases}); }
    if (!lax) for (const k in v) if (k !== "case" && k !== "value") throw rt.oneofKey(k, ${prop});
  }`;
  });

  return `  if (${notPlain("m")} && !rt.objectOk(m, lax)) throw rt.notMessage(m);
  if (!lax) {
    let n = 0;
    for (const k in m) n++;
    if (n !== ${present}) rt.keys(m, ${info});
  } else {
${lax.join("\n")}
  }${checks.length === 0 ? "" : `\n${checks.join("\n")}`}`;
}

/** `name in m`, or an own-property test for names Object.prototype has (`constructor`). */
function has(name: string): string {
  return name in Object.prototype ? `Object.hasOwn(m, ${lit(name)})` : `(${lit(name)} in m)`;
}
