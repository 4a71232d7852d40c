/**
 * encode(m, w, o, depth) of the closure codecs: emit/encode.ts's statements, one function per
 * field in field-number order (known extensions between them, other unknown fields last).
 * Each step names its own field in an error's path, with the index or key of the element it
 * was writing, where emitted code keeps `f`, `ix` and `mk` for one catch.
 */
import { WireType } from "../../wire/constants.js";
import type { FastWriter } from "../../wire/fast-writer.js";
import { valueType } from "../emit/checks.js";
import type { FieldInfo, MessageInfo } from "../info.js";
import type { FieldSlot } from "../layout.js";
import { layoutOf, memberProp } from "../layout.js";
import type { MessageFunctions } from "../runtime.js";
import { tooDeep, writeExtensions, writeUnknownExcept } from "../runtime.js";
import { isMessageType, isPackable, scalarFacts, tagOf } from "../scalar.js";
import { badValue, checkUnknown, elementSegment, toMap, withFieldPath } from "../values.js";
import type { Link, Rec } from "./link.js";
import { propReader } from "./link.js";
import type { ScalarFns } from "./scalars.js";
import { scalarFns } from "./scalars.js";
import type { Shape } from "./shape.js";

interface EncodeOptions {
  readonly recursionLimit: number;
  readonly discardUnknown: boolean;
  readonly ignoreUnknownKeys: boolean;
}

type Step = (m: Rec, w: FastWriter, o: EncodeOptions, depth: number) => void;
/** Writes one value `v` of a field (or element), checked first. */
type WriteValue = (v: unknown, w: FastWriter, o: EncodeOptions, depth: number) => void;

/**
 * The steps of encode in field-number order, each either of a member (a field, or a oneof
 * for one of its cases: `member` is its place in make(), `get` reads it, `write` takes its
 * value when not null or undefined) or of the unknown fields (`member` -1, `write` takes the
 * message).
 */
interface Steps {
  readonly member: Int32Array;
  readonly get: readonly ((m: Rec) => unknown)[];
  /** The field a step writes, for the path of an error its `get` throws. */
  readonly name: readonly string[];
  readonly write: readonly WriteValue[];
}

export function closureEncode(
  info: MessageInfo,
  link: Link,
  shape: Shape,
): MessageFunctions["encode"] {
  const { member, get, name, write } = encodeSteps(info, link);
  return function encode(m0, w, o0, depth) {
    const m = m0 as Rec;
    const o = o0 as EncodeOptions;
    if (depth > o.recursionLimit) throw tooDeep(o.recursionLimit);
    // A message in make()'s order gives all its values at once, by place: one call instead of
    // a property read per member, which sees every member name of every type here and so
    // costs a hash lookup each.
    const values = shape(m, o.ignoreUnknownKeys) ? valuesOf(m) : undefined;
    for (let i = 0; i < member.length; i++) {
      const at = member[i]!;
      if (at < 0) {
        write[i]!(m, w, o, depth);
        continue;
      }
      let v: unknown;
      if (values !== undefined) v = values[at];
      else {
        try {
          v = get[i]!(m); // a getter may throw: the error names the field
        } catch (e) {
          throw withFieldPath(e, name[i]!);
        }
      }
      if (v != null) write[i]!(v, w, o, depth);
    }
  };
}

function encodeSteps(info: MessageInfo, link: Link): Steps {
  const extensions = knownExtensionNumbers(info);
  const layout = layoutOf(info);
  const places = new Map(layout.members.map((m, i) => [memberProp(m), i] as const));
  const member: number[] = [];
  const get: ((m: Rec) => unknown)[] = [];
  const name: string[] = [];
  const write: WriteValue[] = [];
  const unknownStep = (step: Step) => {
    member.push(-1);
    get.push(() => undefined);
    name.push("$unknown");
    write.push(step as WriteValue);
  };
  let pending: number[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const set = new Set(pending);
    unknownStep((m, w, o) => {
      try {
        const v = m.$unknown;
        if (v === undefined || o.discardUnknown) return;
        checkUnknown(v);
        writeExtensions(v as Uint8Array[], w, set);
      } catch (e) {
        throw withFieldPath(e, "$unknown");
      }
    });
    pending = [];
  };
  let e = 0;
  for (const slot of layout.byNumber) {
    while (e < extensions.length && extensions[e]! < slot.field.number)
      pending.push(extensions[e++]!);
    flush();
    member.push(places.get(slot.prop)!);
    get.push(propReader(slot.prop));
    name.push(slot.field.localName);
    write.push(fieldStep(slot, link));
  }
  while (e < extensions.length) pending.push(extensions[e++]!);
  flush();
  const known = new Set(extensions);
  unknownStep((m, w, o) => {
    try {
      const v = m.$unknown;
      if (v === undefined || o.discardUnknown) return;
      checkUnknown(v);
      const chunks = v as Uint8Array[];
      if (known.size === 0) for (let i = 0; i < chunks.length; i++) w.raw(chunks[i]!);
      else writeUnknownExcept(chunks, w, known);
    } catch (e) {
      throw withFieldPath(e, "$unknown");
    }
  });
  return { member: Int32Array.from(member), get, name, write };
}

/**
 * The values of `m`'s own properties in order, or undefined when reading them threw (a getter):
 * encode then reads member by member, so that the error names its field.
 */
function valuesOf(m: Rec): unknown[] | undefined {
  try {
    return Object.values(m);
  } catch {
    return undefined;
  }
}

/** Field numbers of the known extensions, sorted; none for MessageSets (their Items trail). */
function knownExtensionNumbers(info: MessageInfo): number[] {
  if (info.isMessageSet === true || info.extensions === undefined) return [];
  const numbers = new Set(info.extensions().map((f) => f.number));
  return [...numbers].sort((a, b) => a - b);
}

/** The step of member `slot`: takes its value (not null or undefined). */
function fieldStep(slot: FieldSlot, link: Link): WriteValue {
  const f = slot.field;
  const name = f.localName;
  const oneofCase = slot.oneofCase;
  if (oneofCase !== undefined) {
    // A oneof member is written whenever its case is selected, even with a zero value.
    const write = writeOne(f, link);
    return (v, w, o, depth) => {
      try {
        const holder = v as { case: unknown; value: unknown };
        if (holder.case === oneofCase) write(holder.value, w, o, depth);
      } catch (e) {
        throw withFieldPath(e, name);
      }
    };
  }
  if (f.map !== undefined) return mapStep(f, link);
  if (f.repeated) return listStep(f, link);
  const write = writeOne(f, link);
  if (f.presence !== "implicit" || isMessageType(f.type)) {
    return (v, w, o, depth) => {
      try {
        write(v, w, o, depth);
      } catch (e) {
        throw withFieldPath(e, name);
      }
    };
  }
  const present = scalarFns(f).present;
  return (v, w, o, depth) => {
    try {
      if (present(v)) write(v, w, o, depth);
    } catch (e) {
      throw withFieldPath(e, name);
    }
  };
}

/** Throws when `x` is invalid for `f` (emit/checks.ts checkStatement); no-op where the FastWriter checks. */
function checkOf(f: FieldInfo, fns: ScalarFns | undefined): ((x: unknown) => void) | undefined {
  const type = valueType(f);
  if (fns === undefined) {
    return (x) => {
      if (typeof x !== "object") throw badValue(x, type);
    };
  }
  const invalid = fns.invalid;
  if (invalid === undefined) return undefined;
  return (x) => {
    if (invalid(x)) throw badValue(x, type);
  };
}

/** Writes one value of `f` (a singular field or a oneof member), tag included. */
function writeOne(f: FieldInfo, link: Link): WriteValue {
  if (isMessageType(f.type)) {
    const check = checkOf(f, undefined)!;
    const write = writeMessage(f, link);
    return (v, w, o, depth) => {
      check(v);
      write(v, w, o, depth);
    };
  }
  const fns = scalarFns(f);
  const check = checkOf(f, fns);
  const tag = tagOf(f.number, fns.facts.wireType);
  const write = fns.write;
  if (check === undefined) {
    return (v, w) => {
      w.uint32(tag);
      write(w, v);
    };
  }
  return (v, w) => {
    check(v);
    w.uint32(tag);
    write(w, v);
  };
}

function writeMessage(f: FieldInfo, link: Link): WriteValue {
  const L = link(f.message!);
  if (f.delimited) {
    const start = tagOf(f.number, WireType.StartGroup);
    const end = tagOf(f.number, WireType.EndGroup);
    return (v, w, o, depth) => {
      w.uint32(start);
      L.encode(v as object, w, o, depth + 1);
      w.uint32(end);
    };
  }
  const tag = tagOf(f.number, WireType.LengthDelimited);
  return (v, w, o, depth) => {
    w.uint32(tag).fork();
    L.encode(v as object, w, o, depth + 1);
    w.join();
  };
}

function listStep(f: FieldInfo, link: Link): WriteValue {
  const name = f.localName;
  const each = listWriter(f, link);
  return (v, w, o, depth) => {
    try {
      if (!Array.isArray(v)) throw badValue(v, "array");
      if (v.length !== 0) each(v, w, o, depth);
    } catch (e) {
      if (!(e instanceof ElementError)) throw withFieldPath(e, name);
      throw withFieldPath(e.cause, name, elementSegment(1, e.index, undefined));
    }
  };
}

/** An error while writing element `index` of a list (carries the index to the field's step). */
class ElementError {
  constructor(
    readonly cause: unknown,
    readonly index: number,
  ) {}
}

/** Writes the elements of list `v` (an array, not empty); an ElementError names the one that failed. */
type ListWriter = (v: unknown[], w: FastWriter, o: EncodeOptions, depth: number) => void;

function listWriter(f: FieldInfo, link: Link): ListWriter {
  if (isMessageType(f.type)) {
    const write = writeMessage(f, link);
    return (v, w, o, depth) => {
      let ix = 0;
      try {
        for (; ix < v.length; ix++) {
          const x = v[ix];
          if (x === null || typeof x !== "object") throw badValue(x, "message");
          write(x, w, o, depth);
        }
      } catch (e) {
        throw new ElementError(e, ix);
      }
    };
  }
  const fns = scalarFns(f);
  const facts = fns.facts;
  const check = checkOf(f, fns);
  const write = fns.write;
  if (f.packed && isPackable(f.type)) return packedWriter(f, fns, check);
  const tag = tagOf(f.number, facts.wireType);
  return (v, w) => {
    let ix = 0;
    try {
      for (; ix < v.length; ix++) {
        const x = v[ix];
        check?.(x);
        w.uint32(tag);
        write(w, x);
      }
    } catch (e) {
      throw new ElementError(e, ix);
    }
  };
}

function packedWriter(
  f: FieldInfo,
  fns: ScalarFns,
  check: ((x: unknown) => void) | undefined,
): ListWriter {
  const facts = fns.facts;
  const tag = tagOf(f.number, WireType.LengthDelimited);
  const run = facts.writeRun;
  const write = fns.write;
  const type = valueType(f);
  // Runs of 32-bit varints and floats are written by one FastWriter call that returns the index of
  // the first invalid value; 64-bit runs check in toParts (emit/encode.ts writePacked).
  let loop: (v: unknown[], w: FastWriter) => void;
  if (run === undefined) {
    loop = (v, w) => {
      let ix = 0;
      try {
        for (; ix < v.length; ix++) {
          const x = v[ix];
          check?.(x);
          write(w, x);
        }
      } catch (e) {
        throw new ElementError(e, ix);
      }
    };
  } else if (run.name === "varint64Run") {
    const mode = run.mode;
    loop = (v, w) => {
      w.varint64Run(v as bigint[], mode);
    };
  } else {
    const mode = run.mode;
    const float = run.name === "floatRun";
    const varint = run.name === "varint32Run";
    loop = (v, w) => {
      const bad = varint ? w.checkedVarint32Run(v, mode) : w.checkedFloatingRun(v, float);
      if (bad >= 0) throw new ElementError(badValue(v[bad], type), bad);
    };
  }
  // Fixed-width values know their length up front: no fork/join needed.
  if (facts.fixedSize > 0) {
    const size = facts.fixedSize;
    return (v, w) => {
      w.uint32(tag).uint32(v.length * size);
      loop(v, w);
    };
  }
  return (v, w) => {
    w.uint32(tag).fork();
    loop(v, w);
    w.join();
  };
}

function mapStep(f: FieldInfo, link: Link): WriteValue {
  const name = f.localName;
  const { key, value } = f.map!;
  const keyType = valueType(key);
  const entry = mapEntry(f, key, value, link);
  return (v0, w, o, depth) => {
    let mk: unknown;
    try {
      let v = v0;
      if (!(v instanceof Map)) v = toMap(v, keyType, undefined, undefined);
      const map = v as Map<unknown, unknown>;
      if (map.size === 0) return;
      for (const [k, x] of map) {
        mk = k;
        entry(k, x, w, o, depth);
      }
    } catch (e) {
      throw withFieldPath(e, name, elementSegment(2, -1, mk));
    }
  };
}

/** A map entry is a message with key = 1 and value = 2; protoc writes both, even when zero. */
function mapEntry(
  f: FieldInfo,
  key: FieldInfo,
  value: FieldInfo,
  link: Link,
): (k: unknown, x: unknown, w: FastWriter, o: EncodeOptions, depth: number) => void {
  const keyFns = scalarFns(key, scalarFacts(key.type));
  const checkKey = checkOf(key, keyFns);
  const writeKey = keyFns.write;
  const tag = tagOf(f.number, WireType.LengthDelimited);
  const keyTag = tagOf(1, keyFns.facts.wireType);
  if (isMessageType(value.type)) {
    const L = link(value.message!);
    const checkValue = checkOf(value, undefined)!;
    const valueTag = tagOf(2, WireType.LengthDelimited);
    return (k, x, w, o, depth) => {
      checkKey?.(k);
      w.uint32(tag).fork().uint32(keyTag);
      writeKey(w, k);
      w.uint32(valueTag).fork();
      if (x != null) {
        checkValue(x);
        L.encode(x as object, w, o, depth + 1);
      }
      w.join();
      w.join();
    };
  }
  const valueFns = scalarFns(value, scalarFacts(value.type));
  const checkValue = checkOf(value, valueFns);
  const writeValue = valueFns.write;
  const valueTag = tagOf(2, valueFns.facts.wireType);
  return (k, x, w) => {
    checkValue?.(x);
    checkKey?.(k);
    w.uint32(tag).fork().uint32(keyTag);
    writeKey(w, k);
    w.uint32(valueTag);
    writeValue(w, x);
    w.join();
  };
}
