/**
 * fast-check arbitraries for message values of a compiled message type, derived from its
 * MessageInfo: every field kind, presence, oneof, map and (bounded) recursion.
 */
import fc from "fast-check";
import type { FieldInfo, MessageInfo } from "../../src/codec/info.js";
import { layoutOf } from "../../src/codec/layout.js";
import { FieldType as T } from "../../src/schema/descriptor/shapes.js";

type Arb = fc.Arbitrary<unknown>;

const INT32 = fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff });
const UINT32 = fc.integer({ min: 0, max: 0xffff_ffff });
const INT64 = fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n);
const UINT64 = fc.bigInt(0n, 2n ** 64n - 1n);

export interface ArbOptions {
  /** Avoid -0.0 in implicit-presence floats (protobuf-es omits it; protoc writes it). */
  noNegativeZero?: boolean;
}

export function arbMessage(info: MessageInfo, depth = 3, options: ArbOptions = {}): Arb {
  const record: Record<string, Arb> = {};
  for (const member of layoutOf(info).members) {
    if (member.kind === "oneof") {
      const cases = member.slots.map((s) =>
        fc.record({ case: fc.constant(s.oneofCase), value: single(s.field, depth, options, true) }),
      );
      record[member.prop] = fc.oneof(fc.constant({ case: undefined }), ...cases);
      continue;
    }
    const f = member.slot.field;
    record[member.slot.prop] = fieldValue(f, depth, options);
  }
  return fc.record(record);
}

function fieldValue(f: FieldInfo, depth: number, options: ArbOptions): Arb {
  if (f.map !== undefined) {
    const key = scalar(f.map.key, options, true);
    const value = single(f.map.value, depth, options, true);
    return fc.array(fc.tuple(key, value), { maxLength: 3 }).map((pairs) => new Map(pairs));
  }
  if (f.repeated) return fc.array(single(f, depth, options, true), { maxLength: 3 });
  // Required fields are always set, so messages are complete.
  if (f.presence === "required") return single(f, depth, options, true);
  const isMessage = f.type === T.TYPE_MESSAGE || f.type === T.TYPE_GROUP;
  if (isMessage || f.presence !== "implicit") {
    return fc.option(single(f, depth, options, true), { nil: undefined });
  }
  return single(f, depth, options, false);
}

function single(f: FieldInfo, depth: number, options: ArbOptions, present: boolean): Arb {
  if (f.type === T.TYPE_MESSAGE || f.type === T.TYPE_GROUP) {
    if (depth <= 0) return arbMessage(shallow(f.message!), 0, options);
    return arbMessage(f.message!, depth - 1, options);
  }
  return scalar(f, options, present);
}

/** At the depth limit, a message with its message-typed fields left unset. */
function shallow(info: MessageInfo): MessageInfo {
  return {
    ...info,
    fields: info.fields.filter(
      (f) => f.message === undefined && f.map?.value.message === undefined,
    ),
    declaredFields: (info.declaredFields ?? info.fields).filter(
      (f) => f.message === undefined && f.map?.value.message === undefined,
    ),
  };
}

function scalar(f: FieldInfo, options: ArbOptions, present: boolean): Arb {
  switch (f.type) {
    case T.TYPE_INT32:
    case T.TYPE_SINT32:
    case T.TYPE_SFIXED32:
      return INT32;
    case T.TYPE_UINT32:
    case T.TYPE_FIXED32:
      return UINT32;
    case T.TYPE_INT64:
    case T.TYPE_SINT64:
    case T.TYPE_SFIXED64:
      return INT64;
    case T.TYPE_UINT64:
    case T.TYPE_FIXED64:
      return UINT64;
    case T.TYPE_FLOAT:
      return zeroSafe(fc.float(), options, present);
    case T.TYPE_DOUBLE:
      return zeroSafe(fc.double(), options, present);
    case T.TYPE_BOOL:
      return fc.boolean();
    case T.TYPE_STRING:
      return fc.string({ unit: "grapheme", maxLength: 6 });
    case T.TYPE_BYTES:
      return fc.uint8Array({ maxLength: 6 });
    case T.TYPE_ENUM: {
      const e = f.enum!;
      const known = fc.constantFrom(...e.values.map((v) => v.number));
      return e.open ? fc.oneof(known, INT32) : known;
    }
    default:
      throw new Error(`no arbitrary for type ${f.type}`);
  }
}

function zeroSafe(arb: fc.Arbitrary<number>, options: ArbOptions, present: boolean): Arb {
  if (present || options.noNegativeZero !== true) return arb;
  return arb.map((v) => (Object.is(v, -0) ? 0 : v));
}
