/**
 * decode(r, end, m, o, depth, group) of the closure codecs: what emit/decode.ts writes as one
 * switch on the tag, composed here from one small function per tag (a field's case). The
 * parameters, the unknown-field bookkeeping (`us`, `ue`, `u`) and every error are those of
 * emit/decode.ts, whose header says what each is; the conformance suite and the codec tests
 * run against both backends.
 */
import { WireType } from "../../wire/constants.js";
import type { FastReader } from "../../wire/fast-reader.js";
import type { FastWriter } from "../../wire/fast-writer.js";
import type { FieldInfo, MessageInfo } from "../info.js";
import type { FieldSlot } from "../layout.js";
import { layoutOf } from "../layout.js";
import type { MessageFunctions } from "../runtime.js";
import { appendUnknown, appendVarint, endGroup, err, inRanges, withPath } from "../runtime.js";
import { isMessageType, isPackable, scalarFacts, tagOf } from "../scalar.js";
import type { Link, Rec } from "./link.js";
import { namesByNumber, propReader } from "./link.js";
import type { Read } from "./scalars.js";
import { scalarFns } from "./scalars.js";

interface DecodeOptions {
  readonly recursionLimit: number;
  readonly discardUnknown: boolean;
}

/**
 * What a case leaves to decode: nothing, KEEP_ENTRY (the bytes just read go to the unknown
 * fields: a map entry with an unknown closed-enum value), or closed-enum values to keep as
 * varints of the field, in order.
 */
type Keep = undefined | typeof KEEP_ENTRY | number[];
const KEEP_ENTRY = 1;

type Case = (r: FastReader, m: Rec, o: DecodeOptions, depth: number, end: number) => Keep;

/** Tags below this go through an array; the others (field numbers from 256) through a Map. */
const SMALL_TAGS = 2048;

export function closureDecode(info: MessageInfo, link: Link): MessageFunctions["decode"] {
  const layout = layoutOf(info);
  const small: (Case | undefined)[] = new Array<Case | undefined>(SMALL_TAGS).fill(undefined);
  const large = new Map<number, Case>();
  const numbers = new Map<number, number>(); // tag → field number of closed-enum keeps
  for (const slot of layout.byNumber) {
    for (const [tag, c] of fieldCases(slot, link)) {
      if (tag < SMALL_TAGS) small[tag] = c;
      else large.set(tag, c);
      numbers.set(tag, slot.field.number);
    }
  }
  const names = namesByNumber(info);
  const lists = new Map(
    layout.byNumber
      .filter((s) => s.field.repeated && s.field.map === undefined)
      .map((s) => [s.field.number, s.prop] as const),
  );
  const keepOne = keepsOne(info);

  return function decode(r0, end, m0, o0, depth, group) {
    const r = r0 as FastReader;
    const m = m0 as Rec;
    const o = o0 as DecodeOptions;
    if (depth > o.recursionLimit) {
      throw err("RECURSION_LIMIT", `messages nested deeper than ${o.recursionLimit}`, r.pos);
    }
    let t = 0;
    let us = -1;
    let ue = -1;
    let u: FastWriter | null = null;
    try {
      while (r.pos < end) {
        const s = r.pos;
        t = 0;
        t = r.tag();
        const c = t < SMALL_TAGS ? small[t] : large.get(t);
        if (c !== undefined) {
          const keep = c(r, m, o, depth, end);
          if (keep === undefined || o.discardUnknown) continue;
          if (keep === KEEP_ENTRY) {
            if (s === ue) ue = r.pos;
            else {
              if (us >= 0) u = appendUnknown(u, r.buf, us, ue);
              us = s;
              ue = r.pos;
            }
          } else {
            if (us >= 0) u = appendUnknown(u, r.buf, us, ue);
            us = -1;
            ue = -1;
            const n = numbers.get(t)!;
            for (const v of keep) u = appendVarint(u, n, v);
          }
          continue;
        }
        if ((t & 7) === WireType.EndGroup) {
          if (t >>> 3 === group && group !== 0) {
            if (r.pos > end) throw err("TRUNCATED", "group overruns its enclosing message", end);
            if (us >= 0) u = appendUnknown(u, r.buf, us, ue);
            if (u !== null) unknownOf(m).push(u.finish());
            return;
          }
          const et = t;
          t = 0; // an end-group tag is not a field being read: no path segment
          throw endGroup(et, group, s);
        }
        r.depth = depth;
        r.skip(t & 7, t >>> 3);
        if (o.discardUnknown) continue;
        if (keepOne(t >>> 3)) unknownOf(m).push(r.skipped(s));
        else if (s === ue) ue = r.pos;
        else {
          if (us >= 0) u = appendUnknown(u, r.buf, us, ue);
          us = s;
          ue = r.pos;
        }
      }
      if (us >= 0) u = appendUnknown(u, r.buf, us, ue);
      if (u !== null) unknownOf(m).push(u.finish());
    } catch (e) {
      throw withPath(e, names, t, m, lists);
    }
    if (r.pos > end) throw err("TRUNCATED", "field overruns its enclosing message", end);
    if (group !== 0) throw err("TRUNCATED", `group ${group} has no end-group tag`, r.pos);
  };
}

/** The `$unknown` chunks of `m`, made on first use. */
function unknownOf(m: Rec): Uint8Array[] {
  let u = m.$unknown as Uint8Array[] | undefined;
  if (u === undefined) m.$unknown = u = [];
  return u;
}

/**
 * Which unknown field numbers keep a chunk of their own (emit/decode.ts keepUnknown): every
 * one in a MessageSet, those in extension ranges or of known extensions elsewhere.
 */
function keepsOne(info: MessageInfo): (n: number) => boolean {
  if (info.isMessageSet === true) return () => true;
  const ranges: number[] = [];
  for (const [a, b] of info.extensionRanges ?? []) ranges.push(a, b);
  for (const f of info.extensions?.() ?? []) ranges.push(f.number, f.number + 1);
  if (ranges.length === 0) return () => false;
  return (n) => inRanges(n, ranges);
}

function fieldCases(slot: FieldSlot, link: Link): [number, Case][] {
  const f = slot.field;
  if (f.map !== undefined)
    return [[tagOf(f.number, WireType.LengthDelimited), mapCase(slot, link)]];
  if (isMessageType(f.type)) return [messageCase(slot, link)];
  const fns = scalarFns(f);
  const read = fns.read;
  const prop = slot.prop;
  const get = propReader(prop);
  const closed = closedSet(f);
  const tag = tagOf(f.number, fns.facts.wireType);
  if (!f.repeated) {
    const oneofCase = slot.oneofCase;
    let assign: (m: Rec, v: unknown) => void;
    if (oneofCase === undefined) {
      assign = (m, v) => {
        m[prop] = v;
      };
    } else {
      assign = (m, v) => {
        m[prop] = { case: oneofCase, value: v };
      };
    }
    if (closed === undefined) {
      return [
        [
          tag,
          (r, m) => {
            assign(m, read(r));
            return undefined;
          },
        ],
      ];
    }
    return [
      [
        tag,
        (r, m) => {
          const v = read(r) as number;
          if (closed.has(v)) {
            assign(m, v);
            return undefined;
          }
          return [v];
        },
      ],
    ];
  }
  const one: Case =
    closed === undefined
      ? (r, m) => {
          (get(m) as unknown[]).push(read(r));
          return undefined;
        }
      : (r, m) => {
          const v = read(r) as number;
          if (closed.has(v)) {
            (get(m) as unknown[]).push(v);
            return undefined;
          }
          return [v];
        };
  const cases: [number, Case][] = [[tag, one]];
  if (isPackable(f.type))
    cases.push([tagOf(f.number, WireType.LengthDelimited), packedCase(f, get, read, closed)]);
  return cases;
}

/** A packed run: values read into the field's array; closed-enum strangers kept as varints. */
function packedCase(
  f: FieldInfo,
  get: (m: Rec) => unknown,
  read: Read,
  closed: ReadonlySet<number> | undefined,
): Case {
  const run = closed === undefined ? runOf(f) : undefined;
  return (r, m) => {
    const e = r.length();
    const a = get(m) as unknown[];
    let keep: number[] | undefined;
    if (run !== undefined) run(r, a, e);
    else if (closed === undefined) while (r.pos < e) a.push(read(r));
    else {
      while (r.pos < e) {
        const v = read(r) as number;
        if (closed.has(v)) a.push(v);
        else if (keep === undefined) keep = [v];
        else keep.push(v);
      }
    }
    if (r.pos !== e) throw err("TRUNCATED", "packed value overruns its length", e);
    return keep;
  };
}

/** The FastReader run method of a packed field (scalar.ts readRun), as a function. */
function runOf(f: FieldInfo): ((r: FastReader, a: unknown[], e: number) => void) | undefined {
  const facts = scalarFns(f).facts;
  const run = facts.readRun;
  if (run === undefined) return undefined;
  const mode = run.mode;
  switch (run.name) {
    case "varint32Run":
      return (r, a, e) => r.varint32Run(a as number[], e, mode);
    case "varint64Run":
      return (r, a, e) => r.varint64Run(a as bigint[], e, mode);
    case "doubleRun":
      return (r, a, e) => r.doubleRun(a as number[], e);
    case "floatRun":
      return (r, a, e) => r.floatRun(a as number[], e);
    default:
      throw new Error(`internal: unknown packed run ${run.name}`);
  }
}

function messageCase(slot: FieldSlot, link: Link): [number, Case] {
  const f = slot.field;
  const L = link(f.message!);
  const prop = slot.prop;
  const get = propReader(prop);
  const n = f.number;
  const delimited = f.delimited;
  const tag = tagOf(n, delimited ? WireType.StartGroup : WireType.LengthDelimited);
  const into = (r: FastReader, v: unknown, o: DecodeOptions, depth: number, end: number) => {
    if (delimited) L.decode(r, end, v as object, o, depth + 1, n);
    else {
      const e = r.length();
      L.decode(r, e, v as object, o, depth + 1, 0);
    }
  };
  if (f.repeated) {
    return [
      tag,
      (r, m, o, depth, end) => {
        const v = L.make();
        into(r, v, o, depth, end);
        (get(m) as unknown[]).push(v);
        return undefined;
      },
    ];
  }
  const oneofCase = slot.oneofCase;
  if (oneofCase !== undefined) {
    // Merging into the value already held by the same case; switching case starts afresh.
    return [
      tag,
      (r, m, o, depth, end) => {
        const c = get(m) as { case: unknown; value: unknown };
        let v: unknown;
        if (c.case === oneofCase) v = c.value;
        else {
          v = L.make();
          m[prop] = { case: oneofCase, value: v };
        }
        into(r, v, o, depth, end);
        return undefined;
      },
    ];
  }
  // A singular message seen twice merges into the first (protobuf merge semantics).
  return [
    tag,
    (r, m, o, depth, end) => {
      let v = get(m);
      if (v === undefined) m[prop] = v = L.make();
      into(r, v, o, depth, end);
      return undefined;
    },
  ];
}

function mapCase(slot: FieldSlot, link: Link): Case {
  const { key, value } = slot.field.map!;
  const get = propReader(slot.prop);
  const keyFns = scalarFns(key, scalarFacts(key.type));
  const keyTag = tagOf(1, keyFns.facts.wireType);
  const readKey = keyFns.read;
  const keyZero = keyFns.facts.zeroValue();
  if (isMessageType(value.type)) {
    const L = link(value.message!);
    // Map values are length-prefixed even where message_encoding = DELIMITED (protoc, buf).
    const valueTag = tagOf(2, WireType.LengthDelimited);
    return (r, m, o, depth) => {
      const e = r.length();
      let k = keyZero;
      let v: object | undefined;
      while (r.pos < e) {
        const es = r.pos;
        const et = r.tag();
        if (et === keyTag) k = readKey(r);
        else if (et === valueTag) {
          if (v === undefined) v = L.make();
          const ve = r.length();
          L.decode(r, ve, v, o, depth + 1, 0);
        } else skipInEntry(r, et, es, depth);
      }
      if (r.pos !== e) throw err("TRUNCATED", "map entry overruns its length", e);
      (get(m) as Map<unknown, unknown>).set(k, v === undefined ? L.make() : v);
      return undefined;
    };
  }
  const valueFns = scalarFns(value, scalarFacts(value.type));
  const valueTag = tagOf(2, valueFns.facts.wireType);
  const readValue = valueFns.read;
  const valueZero = valueFns.facts.zeroValue;
  const closed = closedSet(value);
  return (r, m, _o, depth) => {
    const e = r.length();
    let k = keyZero;
    let v = valueZero();
    while (r.pos < e) {
      const es = r.pos;
      const et = r.tag();
      if (et === keyTag) k = readKey(r);
      else if (et === valueTag) v = readValue(r);
      else skipInEntry(r, et, es, depth);
    }
    if (r.pos !== e) throw err("TRUNCATED", "map entry overruns its length", e);
    // An entry whose closed-enum value is unknown goes whole to the unknown fields (protoc).
    if (closed !== undefined && !closed.has(v as number)) return KEEP_ENTRY;
    (get(m) as Map<unknown, unknown>).set(k, v);
    return undefined;
  };
}

function skipInEntry(r: FastReader, et: number, es: number, depth: number): void {
  if ((et & 7) === WireType.EndGroup) throw endGroup(et, 0, es);
  r.depth = depth;
  r.skip(et & 7, et >>> 3);
}

function closedSet(f: FieldInfo): ReadonlySet<number> | undefined {
  if (f.enum === undefined || f.enum.open) return undefined;
  return new Set(f.enum.values.map((v) => v.number));
}
