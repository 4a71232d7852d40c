/**
 * Per-type facts the emitters need: wire type, Reader/Writer method names, the default value
 * as source text, and whether a repeated field of the type may be packed.
 * FieldType numbers are those of google/protobuf/descriptor.proto (TYPE_DOUBLE = 1 ... TYPE_SINT64 = 18).
 */
import { FieldType } from "../schema/descriptor.js";
import { WireType } from "../wire/constants.js";

export interface ScalarFacts {
  /** Wire type of one value (packed fields use LengthDelimited around many). */
  readonly wireType: number;
  /** Reader method that reads one value (strings pick `string` or `stringLossy` per field). */
  readonly read: string;
  /** Writer method that writes one value. */
  readonly write: string;
  /** JS source of the zero value: `0`, `0n`, `false`, `""`, `rt.emptyBytes()` (see pool.ts). */
  readonly zero: string;
  /** Size in bytes of one value when fixed-width, else 0 (packed fixed fields skip fork/join). */
  readonly fixedSize: number;
  /** The JS representation: drives the implicit-presence "is default" test. */
  readonly kind: "number" | "float" | "bigint" | "bool" | "string" | "bytes";
}

const T = FieldType;
const V = WireType.Varint;
const F64 = WireType.Fixed64;
const F32 = WireType.Fixed32;
const LD = WireType.LengthDelimited;

const table = new Map<number, ScalarFacts>([
  [T.TYPE_DOUBLE, facts(F64, "double", "0", 8, "float")],
  [T.TYPE_FLOAT, facts(F32, "float", "0", 4, "float")],
  [T.TYPE_INT64, facts(V, "int64", "0n", 0, "bigint")],
  [T.TYPE_UINT64, facts(V, "uint64", "0n", 0, "bigint")],
  [T.TYPE_INT32, facts(V, "int32", "0", 0, "number")],
  [T.TYPE_FIXED64, facts(F64, "fixed64", "0n", 8, "bigint")],
  [T.TYPE_FIXED32, facts(F32, "fixed32", "0", 4, "number")],
  [T.TYPE_BOOL, facts(V, "bool", "false", 1, "bool")],
  [T.TYPE_STRING, facts(LD, "string", '""', 0, "string")],
  [T.TYPE_BYTES, facts(LD, "bytes", "rt.emptyBytes()", 0, "bytes")],
  [T.TYPE_UINT32, facts(V, "uint32", "0", 0, "number")],
  // Enums travel as int32 varints: a negative value takes 10 bytes, as protoc writes it.
  [T.TYPE_ENUM, facts(V, "int32", "0", 0, "number")],
  [T.TYPE_SFIXED32, facts(F32, "sfixed32", "0", 4, "number")],
  [T.TYPE_SFIXED64, facts(F64, "sfixed64", "0n", 8, "bigint")],
  [T.TYPE_SINT32, facts(V, "sint32", "0", 0, "number")],
  [T.TYPE_SINT64, facts(V, "sint64", "0n", 0, "bigint")],
]);

function facts(
  wireType: number,
  method: string,
  zero: string,
  fixedSize: number,
  kind: ScalarFacts["kind"],
): ScalarFacts {
  return { wireType, read: method, write: method, zero, fixedSize, kind };
}

/** Facts for a scalar or enum field type; undefined for message and group. */
export function scalarFacts(type: number): ScalarFacts | undefined {
  return table.get(type);
}

/**
 * The Reader/Writer run method for a packed field of `method` (scalarFacts' read/write name), as
 * source for its arguments after the array: varint32Run(a, end, kind) / varint64Run /
 * doubleRun / floatRun.
 * Undefined for types that go value by value.
 */
export function runMethod(method: string): { name: string; kind: string } | undefined {
  switch (method) {
    case "int32":
      return { name: "varint32Run", kind: ", 0" };
    case "uint32":
      return { name: "varint32Run", kind: ", 1" };
    case "sint32":
      return { name: "varint32Run", kind: ", 2" };
    case "int64":
      return { name: "varint64Run", kind: ", 0" };
    case "uint64":
      return { name: "varint64Run", kind: ", 1" };
    case "sint64":
      return { name: "varint64Run", kind: ", 2" };
    case "double":
      return { name: "doubleRun", kind: "" };
    case "float":
      return { name: "floatRun", kind: "" };
    default:
      return undefined;
  }
}

/** Packed encoding applies to repeated scalar numeric types only (not string, bytes, messages). */
export function isPackable(type: number): boolean {
  const f = table.get(type);
  return f !== undefined && f.wireType !== LD;
}

/** The tag as a uint32: field number << 3 | wire type (field numbers reach 2^29 - 1). */
export function tagOf(fieldNumber: number, wireType: number): number {
  return (fieldNumber * 8 + wireType) >>> 0;
}

export function isMessageType(type: number): boolean {
  return type === T.TYPE_MESSAGE || type === T.TYPE_GROUP;
}
