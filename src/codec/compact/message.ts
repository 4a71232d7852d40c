/**
 * The interpreter of the compact codecs: one message type's rows (kind.ts) walked to make,
 * decode, encode, create and check a message. Each row's kind does its own field; this module
 * does what is the message's: the loop over tags, unknown fields, nesting limits, the strict
 * check of input objects, and error paths.
 */

import { DEFAULT_RECURSION_LIMIT, MAX_FIELD_NUMBER } from "../../wire/constants.js";
import { DecodeError, EncodeError } from "../../wire/errors.js";
import type { EncodeOptions } from "../options.js";
import { CREATE_DEPTH_LIMIT, FieldValueError, show, withFieldPath } from "../values.js";
import { LIST, type Rec, type Row } from "./kind.js";
import { store } from "./scalar-ops.js";
import { bad, read } from "./values.js";
import {
  type Cursor,
  deep,
  endGroup,
  ends,
  overrun,
  readTag,
  type Sink,
  skipField,
  unknownSink,
  writeBytes,
} from "./wire.js";

/** A message type: its full name, its rows (a thunk: types may refer to each other), and facts. */
export interface MessageType {
  readonly name: string;
  readonly rows: () => readonly Row[];
  /** The check of required fields, when the type holds any (itself or below). */
  readonly required?: RequiredCheck | undefined;
  /** The check of oneof values, when the type has oneofs. */
  readonly oneofs?: OneofCheck | undefined;
  /** Its extension ranges, known extensions, MessageSet form. */
  readonly extensions?: ExtensionCheck | undefined;
  /** Filled in on first use (table). */
  t?: Table;
}

/**
 * What a type with required fields gets (`$required`, required.ts): the paths of its unset
 * required fields, and those below it, into `out`.
 */
export interface RequiredCheck {
  missing(T: MessageType, m: Rec, prefix: string, out: string[], depth: number): void;
  /** All of them, from the root. */
  list(T: MessageType, m: Rec): string[];
  /**
   * Throws MISSING_REQUIRED (a DecodeError at `offset`, else an EncodeError) when any is unset;
   * the path starts at the type's short name.
   */
  check(T: MessageType, m: Rec, offset?: number): void;
}

/** What a type the schema extends gets (`$extensions`, extensions.ts). */
export interface ExtensionCheck {
  /**
   * Whether an unknown field of number `no` stays a `$unknown` chunk of its own: in an
   * extension range, a known extension, any field of a MessageSet (its Items).
   */
  own(no: number): boolean;
  /** Whether `chunk` (of `$unknown`) holds a known extension, written in its place. */
  known(chunk: Uint8Array): boolean;
  /**
   * For encode: a function that writes the known extensions below a field number, each once,
   * called before each field and with MAX_FIELD_NUMBER + 1 at the end; undefined when there
   * are none.
   */
  writer(s: Sink, m: Rec): ((below: number) => void) | undefined;
  /** The unset required fields inside extension values (`[pkg.ext].id`) into `out`. */
  missing(m: Rec, prefix: string, out: string[], depth: number): void;
}

/** What a type with oneofs gets (`$oneofs`, oneof.ts), for the strict check of input. */
export interface OneofCheck {
  /** Throws when `k`, not a property of `T`, is a oneof member set directly. */
  key(T: MessageType, k: string): void;
  /** Throws when a oneof of `m` is not `{ case, value }` with one of its cases. */
  check(T: MessageType, m: Rec): void;
}

interface Table {
  /** Rows in declaration order (the order of a message's properties). */
  readonly declared: readonly Row[];
  /** Rows in field-number order (the order encode writes). */
  readonly sorted: readonly Row[];
  readonly byNumber: Map<number, Row>;
  /** Properties a message may have: fields, oneofs, `$unknown`. */
  readonly props: Set<string>;
}

export function table(T: MessageType): Table {
  if (T.t !== undefined) return T.t;
  const declared = T.rows();
  const props = new Set(["$unknown"]);
  for (const r of declared) {
    const o = r[5];
    if (o === undefined) props.add(r[1]);
    else props.add(o);
  }
  T.t = {
    declared,
    sorted: [...declared].sort((a, b) => a[0] - b[0]),
    byNumber: new Map(declared.map((r) => [r[0], r])),
    props,
  };
  return T.t;
}

/** A message with every field at its initial value, properties in declaration order. */
export function make(T: MessageType): Rec {
  const m: Rec = {};
  for (const r of table(T).declared) {
    const o = r[5];
    if (o === undefined) m[r[1]] = r[2].f.i(r);
    else if (!(o in m)) m[o] = { case: undefined };
  }
  return m;
}

/**
 * Decodes fields into `m` up to `end` (or, for a group, up to the end-group tag of field
 * `group`). Unknown fields gather in one chunk, extension-range fields one chunk each.
 */
export function decodeMessage(
  T: MessageType,
  c: Cursor,
  end: number,
  m: Rec,
  depth: number,
  group: number,
): void {
  if (depth > c.limit) deep(c.limit, c.p);
  const { byNumber } = table(T);
  const outer = c.u;
  c.u = null;
  let t = 0;
  try {
    while (c.p < end) {
      const start = c.p;
      t = 0; // while a tag is read, no field is: no path segment
      t = readTag(c);
      const no = t >>> 3;
      const wt = t & 7;
      if (wt === 4) {
        if (no !== group) {
          t = 0; // an end-group tag is no field being read: no path segment
          endGroup(no, group, start);
        }
        group = 0;
        break;
      }
      const r = byNumber.get(no);
      if (r?.[2].f.d(c, m, r, wt, depth, start)) continue;
      skipField(c, wt, no, depth);
      if (c.discard) continue;
      if (T.extensions?.own(no)) {
        flush(c, m);
        unknowns(m).push(c.b.slice(start, c.p));
      } else writeBytes(unknownSink(c), c.b.subarray(start, c.p));
    }
  } catch (e) {
    throw withPath(e, T, t, m);
  }
  if (c.p > end) overrun(end);
  if (group !== 0) ends(c.p);
  flush(c, m);
  c.u = outer;
}

function unknowns(m: Rec): Uint8Array[] {
  if (m.$unknown === undefined) m.$unknown = [];
  return m.$unknown as Uint8Array[];
}

/** Moves the gathered unknown fields to `m.$unknown`. */
function flush(c: Cursor, m: Rec): void {
  const u = c.u;
  if (u === null) return;
  c.u = null;
  if (!c.discard && u.n > 0) unknowns(m).push(u.b.slice(0, u.n));
}

/** A DecodeError from inside field tag `t` with that field (and list index) on its path. */
function withPath(e: unknown, T: MessageType, t: number, m: Rec): unknown {
  if (!(e instanceof DecodeError) || t === 0) return e;
  const r = table(T).byNumber.get(t >>> 3);
  if (r === undefined) return e;
  let name = r[1];
  const v = m[name];
  if ((r[3] ?? 0) & LIST && Array.isArray(v)) name += `[${v.length}]`;
  e.path = e.path === "" ? name : `${name}.${e.path}`;
  return e;
}

/** Writes message `m` (checked: shape) in field-number order, then its unknown fields. */
export function encodeMessage(
  T: MessageType,
  s: Sink,
  m: Rec,
  o: EncodeOptions,
  depth: number,
): void {
  if (depth > (o.recursionLimit ?? DEFAULT_RECURSION_LIMIT)) tooDeep(o.recursionLimit);
  shape(T, m, o.ignoreUnknownKeys === true);
  const x = T.extensions;
  const discard = o.discardUnknown === true;
  // Known extensions go between the fields in number order, as protoc writes them.
  const extensions = discard ? undefined : x?.writer(s, m);
  each(m, table(T).sorted, (v, r) => {
    extensions?.(r[0]);
    r[2].f.e(s, v, r, o, depth);
  });
  extensions?.(MAX_FIELD_NUMBER + 1);
  if (m.$unknown !== undefined && !discard) {
    for (const b of chunks(m.$unknown)) if (!x?.known(b)) writeBytes(s, b);
  }
}

/**
 * Calls `f` with the value of each field of `m` that is set (for a oneof member: selected),
 * in the order of `rows`; an error from `f` names the field (its oneof).
 */
function each(m: Rec, rows: readonly Row[], f: (v: unknown, r: Row) => void): void {
  for (const r of rows) {
    const oneof = r[5];
    let v: unknown;
    if (oneof !== undefined) {
      const x = m[oneof] as { case?: unknown; value?: unknown } | undefined;
      if (x == null || x.case !== r[1]) continue;
      v = x.value;
    } else {
      v = read(m, r[1]);
      if (v == null) continue;
    }
    try {
      f(v, r);
    } catch (e) {
      throw withFieldPath(e, oneof ?? r[1]);
    }
  }
}

/** `$unknown`, checked: an array of Uint8Array. */
export function chunks(u: unknown): Uint8Array[] {
  if (!Array.isArray(u) || u.some((b) => !(b instanceof Uint8Array))) {
    throw withFieldPath(bad(u, "array of Uint8Array"), "$unknown");
  }
  return u;
}

/** EncodeError RECURSION_LIMIT: nested deeper than `limit` (encode's option, else create's 100). */
export function tooDeep(limit = CREATE_DEPTH_LIMIT): never {
  throw new EncodeError("RECURSION_LIMIT", `messages nested deeper than ${limit}`);
}

/** create(): a new message holding `x`'s fields, each checked and copied (nested ones too). */
export function create(T: MessageType, x: unknown, depth: number, lax: boolean): Rec {
  if (depth > CREATE_DEPTH_LIMIT) tooDeep();
  const m = make(T);
  if (x == null) return m;
  if (typeof x !== "object") throw bad(x, "message");
  const init = x as Rec;
  shape(T, init, lax);
  each(init, table(T).declared, (v, r) => store(m, r, r[2].f.c(v, r, depth, lax)));
  if (init.$unknown !== undefined) m.$unknown = chunks(init.$unknown).slice();
  return m;
}

/**
 * The strict check of an object given as message `T` (docs/codec.md, "Strict input"): a plain
 * object (lax: any object but built-ins) whose own properties are fields, oneofs, `$unknown`
 * or the type's `$typeName`, and whose oneofs are `{ case, value }` with a known case.
 */
function shape(T: MessageType, m: Rec, lax: boolean): void {
  const { props } = table(T);
  const proto: unknown = Object.getPrototypeOf(m);
  const plain = proto === Object.prototype || proto === null;
  if (!plain && (!lax || Object.prototype.toString.call(m) !== "[object Object]")) {
    throw new FieldValueError(`expected a message object, got ${show(m)}`);
  }
  for (const k in m) {
    if (props.has(k) || !Object.hasOwn(m, k)) continue;
    if (k === "$typeName") {
      if (m[k] === T.name || m[k] === undefined) continue;
      throw withFieldPath(
        new FieldValueError(`${show(m[k])} is not this message's type name ${T.name}`),
        k,
      );
    }
    T.oneofs?.key(T, k);
    if (!lax) throw withFieldPath(new FieldValueError("unknown field"), k);
  }
  T.oneofs?.check(T, m);
}
