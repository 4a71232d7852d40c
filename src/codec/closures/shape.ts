/**
 * The strict-input check of the closure codecs, `shape(m, lax)`: emit/shape.ts's statements
 * as a function (its header says what is checked and why it counts keys).
 */
import type { MessageInfo } from "../info.js";
import { layoutOf, memberProp } from "../layout.js";
import type { ShapeInfo } from "../strict.js";
import {
  badCase,
  badOneof,
  checkKeys,
  memberSet,
  notMessage,
  objectOk,
  oneofKey,
  unknownKey,
} from "../strict.js";
import type { Rec } from "./link.js";

/**
 * Checks message object `m` (strict unless `lax`, the ignoreUnknownKeys option). True when
 * encode may read `m` by place: a type of many members, and `m`'s own keys are all of them in
 * make()'s order, then perhaps `$unknown`, on a plain object, so that `Object.values(m)` lists
 * the members' values by their place in make().
 */
export type Shape = (m: Rec, lax: boolean) => boolean;

const OBJECT = Object.prototype;

/** Members from which encode reads a message's values by place (see closureShape). */
const BY_PLACE_MEMBERS = 8;

/** keyOrder's answers: every member in make()'s order, then perhaps `$unknown`; */
const EXACT = 0;
/** some members in make()'s order, `$unknown` perhaps among them (all keys known); */
const KNOWN = 1;
/** any other keys, to be checked one by one. */
const OTHER = 2;
type KeyOrder = typeof EXACT | typeof KNOWN | typeof OTHER;

export function closureShape(info: MessageInfo): Shape {
  const layout = layoutOf(info);
  const props = layout.members.map(memberProp);
  const known = new Set(props);
  const inherited = props.filter((p) => p in OBJECT); // `constructor` ...: own ones only
  const plain = props.filter((p) => !(p in OBJECT));
  const typeName = info.fullName;
  // Whether encode reads the members by place (Object.values): measured faster from about
  // eight members on, slower for messages of a few (pbjs's Test and its submessages: 0.74x).
  const byPlace = props.length >= BY_PLACE_MEMBERS;
  const shapeInfo: ShapeInfo = {
    type: typeName,
    fields: layout.byNumber.map(
      (s) =>
        [s.oneofCase ?? s.prop, s.field.name, s.oneofCase === undefined ? "" : s.prop] as const,
    ),
    oneofs: layout.members.flatMap((m) =>
      m.kind === "oneof" ? [[m.prop, m.slots.map((s) => s.oneofCase!)] as const] : [],
    ),
  };
  const oneofs = layout.members.flatMap((m) =>
    m.kind === "oneof" ? [{ prop: m.prop, cases: m.slots.map((s) => s.oneofCase!) }] : [],
  );
  // With ignoreUnknownKeys, oneof members set directly are still errors.
  const direct = oneofs.flatMap((o) =>
    o.cases.filter((c) => !known.has(c)).map((c) => [c, o.prop] as const),
  );

  return function shape(m, lax) {
    const plainObject = Object.getPrototypeOf(m) === OBJECT;
    if (!plainObject && !objectOk(m, lax)) throw notMessage(m);
    const order = lax && !byPlace ? OTHER : keyOrder(m);
    if (!lax && order === OTHER) {
      let n = 0;
      for (const _ in m) n++;
      let present = "$unknown" in m ? 1 : 0;
      for (let i = 0; i < plain.length; i++) if (plain[i]! in m) present++;
      for (let i = 0; i < inherited.length; i++) if (Object.hasOwn(m, inherited[i]!)) present++;
      if (n !== present) checkKeys(m, shapeInfo);
    } else {
      for (const [c, prop] of direct) {
        if ((Object.hasOwn(m, c) || !(c in OBJECT) ? m[c] : undefined) !== undefined) {
          throw memberSet(c, prop);
        }
      }
      const v = m.$typeName;
      if (v !== undefined && v !== typeName) unknownKey(m, "$typeName", shapeInfo);
    }
    checkOneofs(m, lax);
    return byPlace && order === EXACT && plainObject;
  };

  /**
   * How `m`'s keys compare with the members make() puts in it, in order, as in every message
   * the codecs make: all known is found by comparing strings instead of one `in` per member,
   * which costs a hash lookup each here (a closure's property access sees every member name).
   */
  function keyOrder(m: Rec): KeyOrder {
    let i = 0;
    let unknownSeen = false;
    for (const k in m) {
      if (i < props.length && k === props[i] && !unknownSeen) i++;
      else if (k === "$unknown") unknownSeen = true;
      else return OTHER;
    }
    return i === props.length ? EXACT : KNOWN;
  }

  function checkOneofs(m: Rec, lax: boolean): void {
    for (const { prop, cases } of oneofs) {
      const v = (prop in OBJECT && !Object.hasOwn(m, prop) ? undefined : m[prop]) as
        | Rec
        | null
        | undefined;
      if (v == null) continue;
      if (typeof v !== "object" || (Object.getPrototypeOf(v) !== OBJECT && !objectOk(v, lax))) {
        throw badOneof(v, prop);
      }
      const c = v.case;
      if (c === undefined) {
        if (v.value !== undefined) throw badCase(v, prop, cases);
      } else if (typeof c !== "string" || !cases.includes(c)) throw badCase(v, prop, cases);
      if (!lax) for (const k in v) if (k !== "case" && k !== "value") throw oneofKey(k, prop);
    }
  }
}
