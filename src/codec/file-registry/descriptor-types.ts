/**
 * The message and enum types of a descriptor set as the codecs read them (info.ts: MessageInfo,
 * FieldInfo, EnumInfo), made straight from the FileDescriptorProtos without the linker: names
 * are taken as protoc writes them (fully qualified type names, a leading dot), features and the
 * legacy proto2 / proto3 rules resolved by the same functions the linker calls
 * (schema/descriptor/). What the codecs rely on is checked (every type name resolves to a type
 * of the right kind, field numbers in range and unique per message, oneof indexes, defaults);
 * the rest of protoc's validation is loadDescriptorSet's, not this reader's.
 */
import { defaultValue } from "../../schema/descriptor/default-value.js";
import {
  editionDefaults,
  mergeFeatures,
  type ResolvedFeatures,
} from "../../schema/descriptor/features.js";
import { fieldEncoding } from "../../schema/descriptor/field-encoding.js";
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import { fieldLocalName } from "../../schema/descriptor/json-name.js";
import { mapEntryFields } from "../../schema/descriptor/map-entry.js";
import {
  type DescriptorProto,
  Edition,
  type EnumDescriptorProto,
  EnumTypeFeature,
  type FieldDescriptorProto,
  FieldLabel,
  FieldType,
  type FileDescriptorProto,
} from "../../schema/descriptor/shapes.js";
import { MAX_FIELD_NUMBER } from "../../wire/constants.js";
import { ProtowireError } from "../../wire/errors.js";
import type { EnumInfo, FieldInfo, MessageInfo, OneofInfo } from "../info.js";

export class RegistryEnum implements EnumInfo {
  open = true;
  values: { name: string; number: number }[] = [];
  private byName: Map<string, number> | undefined;
  constructor(readonly fullName: string) {}
  /** A value's number by name (the first of that name), through a map made on first use. */
  valueNumber(name: string): number | undefined {
    if (this.byName === undefined) {
      this.byName = new Map();
      for (const v of this.values) if (!this.byName.has(v.name)) this.byName.set(v.name, v.number);
    }
    return this.byName.get(name);
  }
}

export class RegistryMessage implements MessageInfo {
  fields: FieldInfo[] = [];
  declaredFields: FieldInfo[] = [];
  isMapEntry = false;
  isMessageSet = false;
  extensionRanges: (readonly [number, number])[] = [];
  /** The set's extensions of this message, in number order once all are read. */
  known: FieldInfo[] = [];
  constructor(readonly fullName: string) {}
  extensions(): readonly FieldInfo[] {
    return this.known;
  }
}

/** What a descriptor set's types are: message types (map entries too) and enums by full name. */
export interface RegistryTypes {
  readonly messages: Map<string, RegistryMessage>;
  readonly enums: Map<string, RegistryEnum>;
}

type Field = { -readonly [K in keyof FieldInfo]: FieldInfo[K] };

function invalid(where: string, message: string): never {
  throw new ProtowireError("INVALID_SCHEMA", `${where}: ${message}`);
}

function fileEdition(file: FileDescriptorProto): number {
  if (file.syntax === "proto3") return Edition.EDITION_PROTO3;
  if (file.syntax === "editions") return file.edition ?? Edition.EDITION_2023;
  return Edition.EDITION_PROTO2;
}

/** The types of `files` (protoc's FileDescriptorProtos, each file after its imports or not). */
export function registryTypes(files: readonly FileDescriptorProto[]): RegistryTypes {
  const messages = new Map<string, RegistryMessage>();
  const enums = new Map<string, RegistryEnum>();
  const fileOf = new Map<string, string>();
  const claim = (fullName: string, file: string) => {
    const other = fileOf.get(fullName);
    if (other !== undefined) {
      invalid(file, `"${fullName}" is already defined${other === file ? "" : ` in ${other}`}`);
    }
    fileOf.set(fullName, file);
  };
  // Work deferred until every type has its object: fields refer to types of any file.
  const later: (() => void)[] = [];

  const addEnum = (
    e: EnumDescriptorProto,
    scope: string,
    parent: ResolvedFeatures,
    file: string,
  ) => {
    const info = new RegistryEnum(`${scope}${e.name ?? ""}`);
    claim(info.fullName, file);
    info.open = mergeFeatures(parent, e.options?.features).enumType === EnumTypeFeature.OPEN;
    info.values = e.value.map((v) => ({ name: v.name ?? "", number: v.number ?? 0 }));
    enums.set(info.fullName, info);
  };

  const field = (
    p: FieldDescriptorProto,
    owner: string,
    parent: ResolvedFeatures,
    extension: boolean,
    inOneof: boolean,
    file: string,
  ): Field => {
    const name = p.name ?? "";
    const where = `${file}: ${owner === "" ? "" : `${owner}.`}${name}`;
    const number = p.number;
    if (number === undefined || number < 1 || number > MAX_FIELD_NUMBER) {
      invalid(where, `field number ${number ?? "(none)"} is out of range 1 to ${MAX_FIELD_NUMBER}`);
    }
    const label = p.label ?? FieldLabel.LABEL_OPTIONAL;
    if (label < 1 || label > 3)
      invalid(where, `label ${label} is not a FieldDescriptorProto.Label`);
    const f: Field = {
      name,
      localName: fieldLocalName(name),
      number,
      type: p.type ?? 0,
      repeated: label === FieldLabel.LABEL_REPEATED,
      presence: "explicit",
      packed: false,
      delimited: false,
      utf8Validate: false,
      proto: p,
    };
    later.push(() => {
      const typeName = p.typeName;
      if (typeName !== undefined) {
        const key = typeName.startsWith(".") ? typeName.slice(1) : undefined;
        const m = key === undefined ? undefined : messages.get(key);
        const e = key === undefined ? undefined : enums.get(key);
        if (m === undefined && e === undefined) {
          invalid(
            where,
            `type "${typeName}" is not in the descriptor set (names are fully qualified, with a leading dot)`,
          );
        }
        if (f.type === 0) f.type = m !== undefined ? FieldType.TYPE_MESSAGE : FieldType.TYPE_ENUM;
        const isMessage = f.type === FieldType.TYPE_MESSAGE || f.type === FieldType.TYPE_GROUP;
        if (isMessage ? m === undefined : f.type !== FieldType.TYPE_ENUM || e === undefined) {
          invalid(where, `type "${typeName}" is not ${isMessage ? "a message" : "an enum"}`);
        }
        f.message = m;
        f.enum = e;
      }
      const kind = fieldKind(f.type);
      if (kind === undefined) invalid(where, `type ${f.type} is not a FieldDescriptorProto.Type`);
      if ((kind.js === "message" || kind.js === "enum") && typeName === undefined) {
        invalid(where, `a field of type ${kind.name} needs a type_name`);
      }
      const features = mergeFeatures(parent, p.options?.features);
      const encoding = fieldEncoding(p, f.type, features, {
        inOneof,
        isExtension: extension,
        mapEntryType: f.message?.isMapEntry === true,
      });
      Object.assign(f, encoding);
      if (p.defaultValue !== undefined && kind.js !== "message") {
        const e = f.enum as RegistryEnum | undefined;
        const d = defaultValue(f.type, p.defaultValue, e);
        if ("error" in d) invalid(where, d.error);
        f.defaultValue = d.value;
      }
    });
    return f;
  };

  const addExtension = (
    p: FieldDescriptorProto,
    scope: string,
    parent: ResolvedFeatures,
    file: string,
  ) => {
    const f = field(p, scope === "" ? "" : scope.slice(0, -1), parent, true, false, file);
    f.fullName = `${scope}${f.name}`;
    later.push(() => {
      const target = p.extendee?.startsWith(".") ? messages.get(p.extendee.slice(1)) : undefined;
      if (target === undefined) {
        invalid(
          f.fullName!,
          `extendee "${p.extendee ?? ""}" is not a message type of the descriptor set`,
        );
      }
      f.extendee = target;
      target.known.push(f);
    });
  };

  const addMessage = (
    d: DescriptorProto,
    scope: string,
    parent: ResolvedFeatures,
    file: string,
  ) => {
    const m = new RegistryMessage(`${scope}${d.name ?? ""}`);
    claim(m.fullName, file);
    messages.set(m.fullName, m);
    const options = d.options;
    m.isMapEntry = options?.mapEntry === true;
    m.isMessageSet = options?.messageSetWireFormat === true;
    m.extensionRanges = d.extensionRange.map((r) => [r.start ?? 0, r.end ?? 0] as const);
    const features = mergeFeatures(parent, options?.features);
    // A oneof is synthetic when its one field is a proto3 `optional` one: count each oneof's
    // fields and its optional ones in one pass.
    const members = d.oneofDecl.map(() => [0, 0]);
    for (const f of d.field) {
      const count = f.oneofIndex === undefined ? undefined : members[f.oneofIndex];
      if (count === undefined) continue;
      count[0]!++;
      if (f.proto3Optional === true) count[1]!++;
    }
    const oneofs: { info: OneofInfo; features: ResolvedFeatures }[] = d.oneofDecl.map((o, i) => {
      const name = o.name ?? "";
      const [all, optional] = members[i]!;
      return {
        info: { name, localName: fieldLocalName(name), synthetic: all === 1 && optional === 1 },
        features: mergeFeatures(features, o.options?.features),
      };
    });
    const numbers = new Set<number>();
    for (const p of d.field) {
      const i = p.oneofIndex;
      if (i !== undefined && (i < 0 || i >= oneofs.length)) {
        invalid(`${file}: ${m.fullName}.${p.name ?? ""}`, `oneof_index ${i} is out of range`);
      }
      const oneof = i === undefined ? undefined : oneofs[i]!;
      const real = oneof !== undefined && oneof.info.synthetic !== true;
      const f = field(p, m.fullName, real ? oneof.features : features, false, !!oneof, file);
      if (oneof !== undefined) f.oneof = oneof.info;
      if (numbers.has(f.number))
        invalid(`${file}: ${m.fullName}`, `field number ${f.number} is used twice`);
      numbers.add(f.number);
      m.declaredFields.push(f);
    }
    m.fields = m.declaredFields.slice().sort((a, b) => a.number - b.number);
    const inner = `${m.fullName}.`;
    for (const n of d.nestedType) addMessage(n, inner, features, file);
    for (const e of d.enumType) addEnum(e, inner, features, file);
    for (const x of d.extension) addExtension(x, inner, features, file);
  };

  for (const file of files) {
    const name = file.name ?? "";
    const features = mergeFeatures(editionDefaults(fileEdition(file)), file.options?.features);
    const scope = file.package ? `${file.package}.` : "";
    for (const d of file.messageType) addMessage(d, scope, features, name);
    for (const e of file.enumType) addEnum(e, scope, features, name);
    for (const x of file.extension) addExtension(x, scope, features, name);
  }
  for (const step of later) step();
  // Maps: a repeated field of a map entry type holds its key and value fields.
  for (const m of messages.values()) {
    for (const f of m.declaredFields as Field[]) {
      const entry = f.message as RegistryMessage | undefined;
      if (!f.repeated || entry?.isMapEntry !== true) continue;
      const map = mapEntryFields(entry.fields);
      if (map === undefined) {
        invalid(entry.fullName, "a map entry needs a key (field 1) and a value (field 2)");
      }
      if (fieldKind(map.key.type)?.mapKey !== true) {
        invalid(entry.fullName, `a map key cannot be of type ${fieldKind(map.key.type)?.name}`);
      }
      f.map = map;
    }
    m.known.sort((a, b) => a.number - b.number);
  }
  return { messages, enums };
}
