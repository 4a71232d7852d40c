// `[default = ...]` values: checked and parsed as protoc's DescriptorBuilder parses them
// (descriptor/default-value.ts), and rewritten in protoc's canonical text
// (FieldDescriptor::DefaultValueAsString), which is what --descriptor_set_out contains
// ("0x10" -> "16", float "1.10" -> "1.1", bytes C-escaped).

import { defaultValue } from "../descriptor/default-value.js";
import { FieldType } from "../descriptor/shapes.js";
import { cEscape, formatG, simpleDtoa } from "../parser/literals.js";
import type { FieldNode } from "./nodes.js";

export type DefaultResult = { value: unknown; text: string } | { error: string };

/** protoc's SimpleFtoa: %.6g, or %.9g when 6 digits do not round-trip through float. */
export function simpleFtoa(v: number): string {
  if (v === Number.POSITIVE_INFINITY) return "inf";
  if (v === Number.NEGATIVE_INFINITY) return "-inf";
  if (Number.isNaN(v)) return "nan";
  const short = formatG(v, 6);
  // strtof reports ERANGE for subnormals, so protoc's round-trip check fails for them and it
  // prints 9 digits (1.40129846e-45, not 1.4013e-45).
  const subnormal = v !== 0 && Math.abs(v) < 1.1754943508222875e-38;
  return !subnormal && Math.fround(Number.parseFloat(short)) === v ? short : formatG(v, 9);
}

/** Parses `field.proto.defaultValue` for the field's (resolved) type. */
export function parseDefault(field: FieldNode): DefaultResult {
  const text = field.proto.defaultValue ?? "";
  const e = field.enum;
  const enumType =
    e === undefined
      ? undefined
      : { fullName: e.fullName, valueNumber: (name: string) => e.valueByName(name)?.number };
  const r = defaultValue(field.type, text, enumType);
  if ("error" in r) return r;
  const v = r.value;
  switch (typeof v) {
    case "bigint":
      return { value: v, text: v.toString() };
    case "number":
      if (field.type === FieldType.TYPE_FLOAT) return { value: v, text: simpleFtoa(v) };
      if (field.type === FieldType.TYPE_DOUBLE) return { value: v, text: simpleDtoa(v) };
      return { value: v, text: field.type === FieldType.TYPE_ENUM ? text : String(v) };
    default:
      return { value: v, text: v instanceof Uint8Array ? cEscape(v) : text };
  }
}
