// Writes one field value in wire format from a linked field type, the way protoc's
// UnknownFieldSet / DynamicMessage serializers write option values.

import { WireType } from "../../../wire/constants.js";
import type { Writer } from "../../../wire/writer.js";
import { FieldType } from "../../descriptor/shapes.js";

export type ScalarValue = number | bigint | boolean | string | Uint8Array;

/** Wire type of a field of FieldType `type` (non-packed). */
export function wireTypeOf(type: number): number {
  switch (type) {
    case FieldType.TYPE_DOUBLE:
    case FieldType.TYPE_FIXED64:
    case FieldType.TYPE_SFIXED64:
      return WireType.Fixed64;
    case FieldType.TYPE_FLOAT:
    case FieldType.TYPE_FIXED32:
    case FieldType.TYPE_SFIXED32:
      return WireType.Fixed32;
    case FieldType.TYPE_STRING:
    case FieldType.TYPE_BYTES:
    case FieldType.TYPE_MESSAGE:
      return WireType.LengthDelimited;
    case FieldType.TYPE_GROUP:
      return WireType.StartGroup;
    default:
      return WireType.Varint;
  }
}

/** True for types that can be packed (numeric, bool, enum). */
export function isPackable(type: number): boolean {
  const wt = wireTypeOf(type);
  return wt === WireType.Varint || wt === WireType.Fixed32 || wt === WireType.Fixed64;
}

/** Writes a scalar payload (no tag). Values are already range-checked by the caller. */
export function writeScalar(w: Writer, type: number, v: ScalarValue): void {
  switch (type) {
    case FieldType.TYPE_DOUBLE:
      w.double(v as number);
      return;
    case FieldType.TYPE_FLOAT:
      w.float(v as number);
      return;
    case FieldType.TYPE_INT64:
      w.int64(v as bigint);
      return;
    case FieldType.TYPE_UINT64:
      w.uint64(v as bigint);
      return;
    case FieldType.TYPE_SINT64:
      w.sint64(v as bigint);
      return;
    case FieldType.TYPE_FIXED64:
      w.fixed64(v as bigint);
      return;
    case FieldType.TYPE_SFIXED64:
      w.sfixed64(v as bigint);
      return;
    case FieldType.TYPE_INT32:
    case FieldType.TYPE_ENUM:
      w.int32(v as number);
      return;
    case FieldType.TYPE_UINT32:
      w.uint32(v as number);
      return;
    case FieldType.TYPE_SINT32:
      w.sint32(v as number);
      return;
    case FieldType.TYPE_FIXED32:
      w.fixed32(v as number);
      return;
    case FieldType.TYPE_SFIXED32:
      w.sfixed32(v as number);
      return;
    case FieldType.TYPE_BOOL:
      w.bool(v as boolean);
      return;
    case FieldType.TYPE_STRING:
      w.string(v as string);
      return;
    case FieldType.TYPE_BYTES:
      w.bytes(v as Uint8Array);
      return;
    default:
      throw new Error(`not a scalar type: ${type}`);
  }
}

/** True if `v` is the zero value of `type` (implicit-presence fields omit it). */
export function isZero(v: ScalarValue): boolean {
  if (typeof v === "number") return v === 0 && !Object.is(v, -0);
  if (typeof v === "bigint") return v === 0n;
  if (typeof v === "boolean") return !v;
  return v.length === 0;
}
