/** Drives Writer/Reader by scalar type name, for table- and fixture-driven tests. */
import { type Reader, WireType, type Writer } from "../../src/wire/index.js";
import type { ScalarType } from "./golden-cases.js";

export const wireTypeOf: Record<ScalarType, number> = {
  int32: WireType.Varint,
  int64: WireType.Varint,
  uint32: WireType.Varint,
  uint64: WireType.Varint,
  sint32: WireType.Varint,
  sint64: WireType.Varint,
  bool: WireType.Varint,
  fixed32: WireType.Fixed32,
  sfixed32: WireType.Fixed32,
  float: WireType.Fixed32,
  fixed64: WireType.Fixed64,
  sfixed64: WireType.Fixed64,
  double: WireType.Fixed64,
  string: WireType.LengthDelimited,
  bytes: WireType.LengthDelimited,
};

export function writeScalar(w: Writer, t: ScalarType, v: unknown): void {
  switch (t) {
    case "int32":
    case "uint32":
    case "sint32":
    case "fixed32":
    case "sfixed32":
    case "float":
    case "double":
      w[t](v as number);
      return;
    case "int64":
    case "uint64":
    case "sint64":
    case "fixed64":
    case "sfixed64":
      w[t](v as bigint);
      return;
    case "bool":
      w.bool(v as boolean);
      return;
    case "string":
      w.string(v as string);
      return;
    case "bytes":
      w.bytes(v as Uint8Array);
      return;
  }
}

export function readScalar(r: Reader, t: ScalarType): unknown {
  return r[t]();
}

/** The value a reader returns for `v` written as `t` (floats round to float32). */
export function expectedRead(t: ScalarType, v: unknown): unknown {
  return t === "float" ? Math.fround(v as number) : v;
}
