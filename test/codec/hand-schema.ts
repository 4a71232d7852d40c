/**
 * Hand-built message infos for unit tests of the compiler, independent of the schema layer.
 * Shapes follow docs/design.md (MessageInfo / FieldInfo / EnumInfo).
 */
import type { EnumInfo, FieldInfo, MessageInfo } from "../../src/codec/info.js";
import { FieldType } from "../../src/schema/descriptor/shapes.js";

export { FieldType };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface FieldSpec {
  repeated?: boolean;
  presence?: FieldInfo["presence"];
  packed?: boolean;
  delimited?: boolean;
  utf8Validate?: boolean;
  message?: MessageInfo;
  enum?: EnumInfo;
  oneof?: string;
  localName?: string;
  map?: { key: FieldInfo; value: FieldInfo };
  proto3Optional?: boolean;
  defaultValue?: unknown;
}

export function field(name: string, number: number, type: number, spec: FieldSpec = {}) {
  const f: Mutable<FieldInfo> = {
    name,
    localName: spec.localName ?? camel(name),
    number,
    type,
    repeated: spec.repeated ?? false,
    presence: spec.presence ?? "implicit",
    packed:
      spec.packed ??
      (spec.repeated === true &&
        type !== FieldType.TYPE_STRING &&
        type !== FieldType.TYPE_BYTES &&
        type !== FieldType.TYPE_MESSAGE &&
        type !== FieldType.TYPE_GROUP),
    delimited: spec.delimited ?? type === FieldType.TYPE_GROUP,
    utf8Validate: spec.utf8Validate ?? true,
    message: spec.message,
    enum: spec.enum,
    map: spec.map,
    oneof:
      spec.oneof === undefined ? undefined : { name: spec.oneof, localName: camel(spec.oneof) },
    proto: { proto3Optional: spec.proto3Optional },
  };
  if (spec.defaultValue !== undefined) f.defaultValue = spec.defaultValue;
  return f;
}

/** A message whose fields may be filled in after creation (for recursive types). */
export function message(fullName: string, fields: FieldInfo[] = []) {
  return { fullName, fields, isMapEntry: false } as {
    fullName: string;
    fields: FieldInfo[];
    isMapEntry: boolean;
  };
}

export function enumOf(fullName: string, values: number[], open: boolean): EnumInfo {
  return { fullName, open, values: values.map((n) => ({ name: `V${n}`, number: n })) };
}

export function mapField(
  name: string,
  number: number,
  key: FieldInfo,
  value: FieldInfo,
): FieldInfo {
  const entry = message(`${name}Entry`, [key, value]);
  entry.isMapEntry = true;
  return field(name, number, FieldType.TYPE_MESSAGE, {
    repeated: true,
    message: entry,
    map: { key, value },
  });
}

function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
