/**
 * make(), init(m, x, d, k) and create(x, d, k) of the closure codecs: emit/create.ts's
 * functions (its header says what the parameters are), built from one function per member.
 */

import { valueType } from "../emit/checks.js";
import type { FieldInfo, MessageInfo } from "../info.js";
import { list64 } from "../jstype.js";
import type { Member } from "../layout.js";
import { layoutOf } from "../layout.js";
import type { MessageFunctions } from "../runtime.js";
import { throwBad, tooDeep } from "../runtime.js";
import { fieldFacts, isMessageType } from "../scalar.js";
import {
  badValue,
  CREATE_DEPTH_LIMIT,
  messageList,
  scalarList,
  toMap,
  unknownList,
  validScalar,
  withFieldPath,
} from "../values.js";
import type { Link, Rec } from "./link.js";
import { propReader } from "./link.js";
import { scalarFns } from "./scalars.js";
import type { Shape } from "./shape.js";

/** Converts one init value `v` of a field at depth `d`, `k` the ignoreUnknownKeys option. */
type Convert = (v: unknown, d: number, k: boolean | undefined) => unknown;
/** Copies one member of init object `x` into `m`. */
type InitStep = (m: Rec, x: Rec, d: number, k: boolean | undefined) => void;

export function closureCreate(
  info: MessageInfo,
  link: Link,
  shape: Shape,
): Pick<MessageFunctions, "make" | "init" | "create"> {
  const members = layoutOf(info).members;
  const make = makeFunction(members);
  const steps = members.map((m) => initStep(m, link));
  const init = (m0: object, x0: object, d: number, k?: boolean) => {
    const m = m0 as Rec;
    const x = x0 as Rec;
    for (let i = 0; i < steps.length; i++) steps[i]!(m, x, d, k);
    const v = x.$unknown;
    if (v !== undefined) {
      try {
        m.$unknown = unknownList(v);
      } catch (e) {
        throw withFieldPath(e, "$unknown");
      }
    }
  };
  const create = (x?: object, d?: number, k?: boolean) => {
    if (d === undefined) d = 0;
    else if (d > CREATE_DEPTH_LIMIT) throw tooDeep(CREATE_DEPTH_LIMIT);
    if (x != null && typeof x !== "object") throw badValue(x, "message");
    const m = make();
    if (x != null) {
      shape(x as Rec, k === true);
      init(m, x, d, k);
    }
    return m;
  };
  return { make, init, create };
}

/**
 * make(): every property at its default, in one order (one hidden class per type); mutable
 * defaults (lists, maps, oneof holders, bytes) fresh each time.
 */
function makeFunction(members: readonly Member[]): () => Rec {
  const props: string[] = [];
  const values: unknown[] = [];
  const fresh: ((() => unknown) | undefined)[] = [];
  for (const m of members) {
    if (m.kind === "oneof") {
      props.push(m.prop);
      values.push(undefined);
      fresh.push(() => ({ case: undefined }));
      continue;
    }
    const f = m.slot.field;
    props.push(m.slot.prop);
    let value: unknown;
    let make: (() => unknown) | undefined;
    if (f.map !== undefined) make = () => new Map();
    else if (f.repeated) make = () => [];
    else if (f.presence !== "implicit" || isMessageType(f.type)) value = undefined;
    else {
      const facts = fieldFacts(f)!;
      if (facts.kind === "bytes") make = facts.zeroValue;
      else value = facts.zeroValue();
    }
    values.push(value);
    fresh.push(make);
  }
  // The template holds a value of each mutable default's kind too, so that its properties
  // start with the representation that the fresh values stored over them keep.
  const template = fastObject(
    props,
    values.map((v, i) => (fresh[i] === undefined ? v : fresh[i]!())),
  );
  const mutable: number[] = [];
  fresh.forEach((make, i) => {
    if (make !== undefined) mutable.push(i);
  });
  // A spread's shape starts with its fields constant again: one copy written over makes the
  // shape that the spreads of make() give from then on (V8 updates the shape it hands out).
  const spread = SPREADS[nextSpread++ % SPREADS.length]!;
  const copy = spread(template);
  props.forEach((p, i) => {
    copy[p] = null;
    copy[p] = values[i];
  });
  return () => {
    const m = spread(template);
    for (let j = 0; j < mutable.length; j++) {
      const i = mutable[j]!;
      m[props[i]!] = fresh[i]!();
    }
    return m;
  };
}

/**
 * Copies of an object's own properties, each through its own spread in the source. A spread
 * is fast for the few shapes it has seen and slow (about 0.4 µs for 40 properties) once it has
 * seen many: each site has its own memory of shapes, so the types of a schema are spread over
 * these sites in turn, a few types to a site, instead of all of them through one.
 */
// biome-ignore format: one spread per line
const SPREADS: readonly ((o: Rec) => Rec)[] = [
  (o) => ({ ...o }), (o) => ({ ...o }), (o) => ({ ...o }), (o) => ({ ...o }),
  (o) => ({ ...o }), (o) => ({ ...o }), (o) => ({ ...o }), (o) => ({ ...o }),
  (o) => ({ ...o }), (o) => ({ ...o }), (o) => ({ ...o }), (o) => ({ ...o }),
  (o) => ({ ...o }), (o) => ({ ...o }), (o) => ({ ...o }), (o) => ({ ...o }),
];
let nextSpread = 0;

/**
 * An object with `props` (any names, `__proto__` too, as own data properties) holding
 * `values`, in V8's fast mode, for make() to copy by spreading. Adding properties one by one
 * through computed keys made objects that V8 reached only through slow lookups: 40 fields
 * decoded in 1.4 µs where the compiled codec takes 0.08 µs. JSON.parse builds its objects
 * with one shape (a hidden class) per key sequence, and a spread of a fast object copies that
 * shape. Each property is written a number, null and its value first, which makes it a
 * mutable field of any representation in that shape: a value stored later (a double where
 * the default was 0) then changes no message's shape, so that made and decoded messages
 * keep sharing one (test/codec/hidden-class.test.ts).
 */
function fastObject(props: readonly string[], values: readonly unknown[]): Rec {
  const o = JSON.parse(`{${props.map((p) => `${JSON.stringify(p)}:null`).join(",")}}`) as Rec;
  props.forEach((p, i) => {
    o[p] = 0.5; // own data properties all: an assignment never reaches a setter
    o[p] = null;
    o[p] = values[i];
  });
  return o;
}

function initStep(member: Member, link: Link): InitStep {
  if (member.kind === "oneof") {
    const prop = member.prop;
    const get = propReader(prop);
    const cases = new Map(
      member.slots.map(
        (s) => [s.oneofCase!, [s.field.localName, convertOne(s.field, link)]] as const,
      ),
    );
    return (m, x, d, k) => {
      const v = get(x) as { case?: unknown; value?: unknown } | null | undefined;
      if (v == null) return;
      const c = typeof v.case === "string" ? cases.get(v.case) : undefined;
      if (c === undefined) return;
      try {
        m[prop] = { case: v.case, value: c[1](v.value, d, k) };
      } catch (e) {
        throw withFieldPath(e, c[0]);
      }
    };
  }
  const f = member.slot.field;
  const prop = member.slot.prop;
  const get = propReader(prop);
  const name = f.localName;
  const convert = convertField(f, link);
  return (m, x, d, k) => {
    const v = get(x);
    if (v == null) return; // null leaves the default, as in encode
    try {
      m[prop] = convert(v, d, k);
    } catch (e) {
      throw withFieldPath(e, name);
    }
  };
}

function convertField(f: FieldInfo, link: Link): Convert {
  if (f.map !== undefined) {
    const { key, value } = f.map;
    const keyType = valueType(key);
    if (isMessageType(value.type)) {
      const L = link(value.message!);
      return (v, d, k) => toMap(v, keyType, undefined, (e) => L.create(e as object, d + 1, k));
    }
    const valueTypeName = valueType(value);
    return (v) => toMap(v, keyType, valueTypeName, undefined);
  }
  if (f.repeated) {
    if (isMessageType(f.type)) {
      const L = link(f.message!);
      return (v, d, k) => messageList(v, (e) => L.create(e as object, d + 1, k));
    }
    const fns = scalarFns(f); // JS_STRING / JS_NUMBER elements are converted (jstype.ts)
    const convert = fns.convert;
    const method = fns.facts.write;
    if (convert !== undefined) return (v) => list64(v, method, convert as never);
    const type = valueType(f);
    return (v) => scalarList(v, type);
  }
  return convertOne(f, link);
}

function convertOne(f: FieldInfo, link: Link): Convert {
  if (isMessageType(f.type)) {
    const L = link(f.message!);
    return (v, d, k) => (v == null ? undefined : L.create(v as object, d + 1, k));
  }
  const fns = scalarFns(f);
  const convert = fns.convert;
  const method = fns.facts.write;
  // JS_STRING / JS_NUMBER: checked and converted to the field's form (jstype.ts).
  if (convert !== undefined) return (v) => convert(v, method);
  const type = valueType(f);
  return (v) => (validScalar(v, type) ? v : throwBad(v, type));
}
