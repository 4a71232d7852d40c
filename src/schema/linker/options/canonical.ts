// What modern protoc (36.x) does to every options message before writing a descriptor set:
// it re-reads the options as a dynamic message of the pool's options type, where custom
// options are known extensions, drops fields declared `[retention = RETENTION_SOURCE]`
// (recursively, including inside option messages), and re-serializes. The effect on bytes:
// known fields and extensions in field-number order, a singular message option set by several
// statements merged into one record, last value wins for singular scalars.

import { WireType } from "../../../wire/constants.js";
import { DecodeError } from "../../../wire/errors.js";
import { FastReader } from "../../../wire/fast-reader.js";
import { FastWriter } from "../../../wire/fast-writer.js";
import { fieldKind } from "../../descriptor/field-kinds.js";
import { FieldType, OptionRetention } from "../../descriptor/shapes.js";
import type { FieldNode, MessageNode } from "../nodes.js";
import { isZero, type ScalarValue, writeScalar } from "./write-value.js";

interface Slot {
  field: FieldNode;
  values: (ScalarValue | Dyn)[];
}
interface Dyn {
  type: MessageNode;
  fields: Map<number, Slot>;
  unknown: Uint8Array[];
}

/** Re-serializes `bytes` (a message of `type`) the way protoc 36 writes options. */
export function canonicalizeOptions(bytes: Uint8Array, type: MessageNode): Uint8Array {
  const r = new FastReader(bytes);
  const dyn: Dyn = { type, fields: new Map(), unknown: [] };
  decodeInto(r, r.end, dyn, 0, -1);
  const w = new FastWriter(bytes.length + 16);
  encode(w, dyn);
  return w.finish();
}

function fieldFor(type: MessageNode, no: number): FieldNode | undefined {
  return type.fieldByNumber(no) ?? type.extensionByNumber.get(no);
}

/**
 * Reads the fields of `dyn` up to `end` (or, for a group, its end-group tag of field
 * `groupNo`; -1 otherwise). `depth` is its nesting (0: the options message): option values
 * nest like any message, and messages, groups and skipped unknown groups share one budget,
 * the FastReader's recursionLimit (100, protobuf's default), as in the codec.
 */
function decodeInto(r: FastReader, end: number, dyn: Dyn, depth: number, groupNo: number): void {
  if (depth > r.recursionLimit)
    throw new DecodeError("RECURSION_LIMIT", "options nest too deeply", r.pos);
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.tag();
    const no = tag >>> 3;
    const wt = tag & 7;
    if (wt === WireType.EndGroup) {
      if (no === groupNo) return;
      throw new DecodeError("MISMATCHED_END_GROUP", "unexpected end group", start);
    }
    const field = fieldFor(dyn.type, no);
    // A field of no kind (type 0: neither type nor type_name in a descriptor set) is read as
    // an unknown field: kept byte-exact.
    const kind = field === undefined ? undefined : fieldKind(field.type);
    const packed =
      field?.repeated === true && kind?.packable === true && wt === WireType.LengthDelimited;
    if (
      field === undefined ||
      kind === undefined ||
      (wt !== kind.wireType &&
        !packed &&
        !(field.type === FieldType.TYPE_MESSAGE && wt === WireType.StartGroup && field.delimited))
    ) {
      // One budget for messages and skipped groups, as the codec (wire/reader.ts).
      r.depth = depth;
      r.skip(wt, no);
      dyn.unknown.push(r.skipped(start));
      continue;
    }
    let slot = dyn.fields.get(no);
    if (slot === undefined) {
      slot = { field, values: [] };
      dyn.fields.set(no, slot);
    }
    if (kind.js === "message") {
      const prev = !field.repeated ? (slot.values[0] as Dyn | undefined) : undefined;
      const sub: Dyn = prev ?? { type: field.message!, fields: new Map(), unknown: [] };
      if (wt === WireType.StartGroup) decodeInto(r, r.end, sub, depth + 1, no);
      else {
        const e = r.length();
        decodeInto(r, e, sub, depth + 1, -1);
      }
      if (prev === undefined) slot.values.push(sub);
      continue;
    }
    if (packed) {
      const e = r.length();
      while (r.pos < e) slot.values.push(readScalar(r, field.type));
      continue;
    }
    const v = readScalar(r, field.type);
    if (field.repeated) slot.values.push(v);
    else slot.values = [v];
  }
  if (groupNo >= 0) throw new DecodeError("TRUNCATED", "group not closed", r.pos);
}

function readScalar(r: FastReader, type: number): ScalarValue {
  const kind = fieldKind(type);
  // string and bytes: kept as bytes so invalid UTF-8 survives unchanged
  if (kind?.method === undefined || kind.wireType === WireType.LengthDelimited) return r.bytes();
  // The FastReader method of the kind (double ... bool, enum: int32).
  return (r as unknown as Record<string, () => ScalarValue>)[kind.method]!();
}

function encode(w: FastWriter, dyn: Dyn): void {
  const numbers = [...dyn.fields.keys()].sort((a, b) => a - b);
  for (const no of numbers) {
    const { field, values } = dyn.fields.get(no)!;
    if (field.proto.options?.retention === OptionRetention.RETENTION_SOURCE) continue;
    const t = field.type;
    const kind = fieldKind(t)!; // decodeInto kept only fields of a kind
    if (kind.js === "message") {
      for (const v of values) {
        if (t === FieldType.TYPE_GROUP || field.delimited) {
          w.tag(no, WireType.StartGroup);
          encode(w, v as Dyn);
          w.tag(no, WireType.EndGroup);
        } else {
          w.tag(no, WireType.LengthDelimited).fork();
          encode(w, v as Dyn);
          w.join();
        }
      }
      continue;
    }
    const scalarType = t === FieldType.TYPE_STRING ? FieldType.TYPE_BYTES : t;
    if (!field.repeated && field.presence === "implicit" && isZero(values[0] as ScalarValue))
      continue;
    if (field.repeated && field.packed && values.length > 0) {
      w.tag(no, WireType.LengthDelimited).fork();
      for (const v of values) writeScalar(w, t, v as ScalarValue);
      w.join();
      continue;
    }
    for (const v of values) {
      w.tag(no, kind.wireType);
      writeScalar(w, scalarType, v as ScalarValue);
    }
  }
  for (const u of dyn.unknown) w.raw(u);
}
