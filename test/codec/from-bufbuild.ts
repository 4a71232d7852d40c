/**
 * Test adapter: builds the codec's MessageInfo view from @bufbuild/protobuf descriptors, so the
 * compiler can be tested on the conformance protos (compiled by protoc) independently of our
 * schema layer, and cross-checked against @bufbuild/protobuf on the same descriptors.
 */
import type { DescEnum, DescExtension, DescField, DescMessage, Registry } from "@bufbuild/protobuf";
import type { EnumInfo, FieldInfo, MessageInfo } from "../../src/codec/info.js";

const PRESENCE = { 1: "explicit", 2: "implicit", 3: "required" } as const;
const TYPE_MESSAGE = 11;
const TYPE_ENUM = 14;
const TYPE_GROUP = 10;

/** One adapter for all conversions, so that a DescMessage always maps to the same info object. */
let sharedAdapter: Adapter_ | undefined;
function adapter(): Adapter_ {
  sharedAdapter ??= new Adapter_();
  return sharedAdapter;
}

export function fromBufbuild(desc: DescMessage, registry?: Registry): MessageInfo {
  const a = adapter();
  if (registry !== undefined) a.useRegistry(registry);
  return a.message(desc);
}

/** An extension as the codec's FieldInfo. */
export function fieldFromBufbuild(desc: DescField | DescExtension): FieldInfo {
  return adapter().field(desc);
}

class Adapter_ {
  private readonly messages = new Map<DescMessage, MessageInfo & { fields: FieldInfo[] }>();
  private readonly enums = new Map<DescEnum, EnumInfo>();

  private readonly registries: Registry[] = [];

  useRegistry(registry: Registry): void {
    if (!this.registries.includes(registry)) this.registries.push(registry);
  }

  /** Extensions of `desc` in the registries seen so far, sorted by number. */
  private extensionsOf(desc: DescMessage): FieldInfo[] {
    const out: FieldInfo[] = [];
    for (const registry of this.registries) {
      for (const type of registry) {
        if (type.kind === "extension" && type.extendee.typeName === desc.typeName) {
          out.push(this.field(type));
        }
      }
    }
    return out.sort((a, b) => a.number - b.number);
  }

  message(desc: DescMessage): MessageInfo {
    let info = this.messages.get(desc);
    if (info !== undefined) return info;
    info = {
      fullName: desc.typeName,
      fields: [],
      isMapEntry: false,
      isMessageSet: desc.proto.options?.messageSetWireFormat === true,
      extensions: () => this.extensionsOf(desc),
    };
    this.messages.set(desc, info);
    for (const f of desc.fields) info.fields.push(this.field(f));
    info.fields.sort((a, b) => a.number - b.number);
    return info;
  }

  enumOf(desc: DescEnum): EnumInfo {
    let info = this.enums.get(desc);
    if (info === undefined) {
      info = {
        fullName: desc.typeName,
        open: desc.open,
        values: desc.values.map((v) => ({ name: v.name, number: v.number })),
      };
      this.enums.set(desc, info);
    }
    return info;
  }

  field(f: DescField | DescExtension): FieldInfo {
    const base = {
      name: f.name,
      localName: "localName" in f ? f.localName : f.name,
      number: f.number,
      presence: PRESENCE[f.presence as 1 | 2 | 3],
      utf8Validate: f.proto.type === 9 ? utf8(f) : false,
      oneof:
        !("oneof" in f) || f.oneof === undefined
          ? undefined
          : { name: f.oneof.name, localName: f.oneof.localName },
      proto: {
        proto3Optional: f.proto.proto3Optional,
        options: { jstype: f.proto.options?.jstype },
      },
      extendee:
        f.kind === "extension"
          ? { isMessageSet: f.extendee.proto.options?.messageSetWireFormat === true }
          : undefined,
    };
    switch (f.fieldKind) {
      case "scalar":
        return {
          ...base,
          type: f.scalar,
          repeated: false,
          packed: false,
          delimited: false,
          defaultValue: f.getDefaultValue(),
        };
      case "enum":
        return {
          ...base,
          type: TYPE_ENUM,
          repeated: false,
          packed: false,
          delimited: false,
          enum: this.enumOf(f.enum),
          defaultValue: f.getDefaultValue(),
        };
      case "message":
        return {
          ...base,
          type: f.delimitedEncoding ? TYPE_GROUP : TYPE_MESSAGE,
          repeated: false,
          packed: false,
          delimited: f.delimitedEncoding,
          message: this.message(f.message),
        };
      case "list": {
        const common = { ...base, repeated: true, packed: f.packed };
        if (f.listKind === "scalar") return { ...common, type: f.scalar, delimited: false };
        if (f.listKind === "enum")
          return { ...common, type: TYPE_ENUM, delimited: false, enum: this.enumOf(f.enum) };
        return {
          ...common,
          type: f.delimitedEncoding ? TYPE_GROUP : TYPE_MESSAGE,
          delimited: f.delimitedEncoding,
          message: this.message(f.message),
        };
      }
      case "map": {
        const key: FieldInfo = {
          name: "key",
          localName: "key",
          number: 1,
          type: f.mapKey,
          repeated: false,
          presence: "explicit",
          packed: false,
          delimited: false,
          utf8Validate: utf8(f),
        };
        const vbase = {
          name: "value",
          localName: "value",
          number: 2,
          repeated: false,
          presence: "explicit" as const,
          packed: false,
          delimited: false,
          utf8Validate: utf8(f),
        };
        let value: FieldInfo;
        if (f.mapKind === "scalar") value = { ...vbase, type: f.scalar };
        else if (f.mapKind === "enum")
          value = { ...vbase, type: TYPE_ENUM, enum: this.enumOf(f.enum) };
        else value = { ...vbase, type: TYPE_MESSAGE, message: this.message(f.message) };
        return {
          ...base,
          type: TYPE_MESSAGE,
          repeated: true,
          packed: false,
          delimited: false,
          map: { key, value },
        };
      }
    }
  }
}

function utf8(f: DescField | DescExtension): boolean {
  return (f as { utf8Validation?: boolean }).utf8Validation === true;
}
