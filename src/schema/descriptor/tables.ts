// Field tables of google/protobuf/descriptor.proto, used by binary.ts to encode and
// decode descriptors without generated code. Each table lists the fields of one message in
// field-number order, which is the order protoc's C++ serializer writes them in.

export type ScalarKind = "string" | "bytes" | "bool" | "int32" | "int64" | "uint64" | "double";

export interface FieldSpec {
  no: number;
  /** Property name on the plain object (lowerCamelCase). */
  name: string;
  kind: ScalarKind | "message";
  repeated?: true;
  /** Written packed (only SourceCodeInfo/GeneratedCodeInfo paths and spans). */
  packed?: true;
  /** Message table for kind "message" (a thunk: tables refer to each other). */
  msg?: () => MessageTable;
}

export interface MessageTable {
  name: string;
  fields: FieldSpec[];
  /** Fields by number, filled lazily. */
  byNo?: Map<number, FieldSpec>;
}

function table(name: string, fields: FieldSpec[]): MessageTable {
  fields.sort((a, b) => a.no - b.no);
  return { name, fields };
}

const s = (no: number, name: string): FieldSpec => ({ no, name, kind: "string" });
const b = (no: number, name: string): FieldSpec => ({ no, name, kind: "bool" });
// Enums are int32 on the wire.
const i = (no: number, name: string): FieldSpec => ({ no, name, kind: "int32" });
const m = (no: number, name: string, msg: () => MessageTable): FieldSpec => ({
  no,
  name,
  kind: "message",
  msg,
});
const rs = (no: number, name: string): FieldSpec => ({ no, name, kind: "string", repeated: true });
const ri = (no: number, name: string): FieldSpec => ({ no, name, kind: "int32", repeated: true });
const rm = (no: number, name: string, msg: () => MessageTable): FieldSpec => ({
  no,
  name,
  kind: "message",
  repeated: true,
  msg,
});
const uninterpreted = () => rm(999, "uninterpretedOption", () => UninterpretedOptionT);
const features = (no: number) => m(no, "features", () => FeatureSetT);

export const UninterpretedOptionNamePartT = table("UninterpretedOption.NamePart", [
  s(1, "namePart"),
  b(2, "isExtension"),
]);

export const UninterpretedOptionT: MessageTable = table("UninterpretedOption", [
  rm(2, "name", () => UninterpretedOptionNamePartT),
  s(3, "identifierValue"),
  { no: 4, name: "positiveIntValue", kind: "uint64" },
  { no: 5, name: "negativeIntValue", kind: "int64" },
  { no: 6, name: "doubleValue", kind: "double" },
  { no: 7, name: "stringValue", kind: "bytes" },
  s(8, "aggregateValue"),
]);

export const FeatureSetT: MessageTable = table("FeatureSet", [
  i(1, "fieldPresence"),
  i(2, "enumType"),
  i(3, "repeatedFieldEncoding"),
  i(4, "utf8Validation"),
  i(5, "messageEncoding"),
  i(6, "jsonFormat"),
  i(7, "enforceNamingStyle"),
  i(8, "defaultSymbolVisibility"),
  i(9, "enforceProtoLimits"),
]);

export const FeatureSetEditionDefaultT = table("FeatureSetDefaults.FeatureSetEditionDefault", [
  i(3, "edition"),
  m(4, "overridableFeatures", () => FeatureSetT),
  m(5, "fixedFeatures", () => FeatureSetT),
]);

export const FeatureSetDefaultsT = table("FeatureSetDefaults", [
  rm(1, "defaults", () => FeatureSetEditionDefaultT),
  i(4, "minimumEdition"),
  i(5, "maximumEdition"),
]);

export const FileOptionsT: MessageTable = table("FileOptions", [
  s(1, "javaPackage"),
  s(8, "javaOuterClassname"),
  b(10, "javaMultipleFiles"),
  b(20, "javaGenerateEqualsAndHash"),
  b(27, "javaStringCheckUtf8"),
  i(9, "optimizeFor"),
  s(11, "goPackage"),
  b(16, "ccGenericServices"),
  b(17, "javaGenericServices"),
  b(18, "pyGenericServices"),
  b(23, "deprecated"),
  b(31, "ccEnableArenas"),
  s(36, "objcClassPrefix"),
  s(37, "csharpNamespace"),
  s(39, "swiftPrefix"),
  s(40, "phpClassPrefix"),
  s(41, "phpNamespace"),
  s(44, "phpMetadataNamespace"),
  s(45, "rubyPackage"),
  features(50),
  uninterpreted(),
]);

export const MessageOptionsT: MessageTable = table("MessageOptions", [
  b(1, "messageSetWireFormat"),
  b(2, "noStandardDescriptorAccessor"),
  b(3, "deprecated"),
  b(7, "mapEntry"),
  b(11, "deprecatedLegacyJsonFieldConflicts"),
  features(12),
  uninterpreted(),
]);

export const FieldOptionsEditionDefaultT = table("FieldOptions.EditionDefault", [
  s(2, "value"),
  i(3, "edition"),
]);

export const FieldOptionsFeatureSupportT = table("FieldOptions.FeatureSupport", [
  i(1, "editionIntroduced"),
  i(2, "editionDeprecated"),
  s(3, "deprecationWarning"),
  i(4, "editionRemoved"),
  s(5, "removalError"),
]);

export const FieldOptionsT: MessageTable = table("FieldOptions", [
  i(1, "ctype"),
  b(2, "packed"),
  i(6, "jstype"),
  b(5, "lazy"),
  b(15, "unverifiedLazy"),
  b(3, "deprecated"),
  b(10, "weak"),
  b(16, "debugRedact"),
  i(17, "retention"),
  ri(19, "targets"),
  rm(20, "editionDefaults", () => FieldOptionsEditionDefaultT),
  features(21),
  m(22, "featureSupport", () => FieldOptionsFeatureSupportT),
  uninterpreted(),
]);

export const OneofOptionsT: MessageTable = table("OneofOptions", [features(1), uninterpreted()]);

export const EnumOptionsT: MessageTable = table("EnumOptions", [
  b(2, "allowAlias"),
  b(3, "deprecated"),
  b(6, "deprecatedLegacyJsonFieldConflicts"),
  features(7),
  uninterpreted(),
]);

export const EnumValueOptionsT: MessageTable = table("EnumValueOptions", [
  b(1, "deprecated"),
  features(2),
  b(3, "debugRedact"),
  m(4, "featureSupport", () => FieldOptionsFeatureSupportT),
  uninterpreted(),
]);

export const ServiceOptionsT: MessageTable = table("ServiceOptions", [
  features(34),
  b(33, "deprecated"),
  uninterpreted(),
]);

export const MethodOptionsT: MessageTable = table("MethodOptions", [
  b(33, "deprecated"),
  i(34, "idempotencyLevel"),
  features(35),
  uninterpreted(),
]);

export const ExtensionRangeOptionsDeclarationT = table("ExtensionRangeOptions.Declaration", [
  i(1, "number"),
  s(2, "fullName"),
  s(3, "type"),
  b(5, "reserved"),
  b(6, "repeated"),
]);

export const ExtensionRangeOptionsT: MessageTable = table("ExtensionRangeOptions", [
  uninterpreted(),
  rm(2, "declaration", () => ExtensionRangeOptionsDeclarationT),
  features(50),
  i(3, "verification"),
]);

export const FieldDescriptorProtoT: MessageTable = table("FieldDescriptorProto", [
  s(1, "name"),
  i(3, "number"),
  i(4, "label"),
  i(5, "type"),
  s(6, "typeName"),
  s(2, "extendee"),
  s(7, "defaultValue"),
  i(9, "oneofIndex"),
  s(10, "jsonName"),
  m(8, "options", () => FieldOptionsT),
  b(17, "proto3Optional"),
]);

export const OneofDescriptorProtoT = table("OneofDescriptorProto", [
  s(1, "name"),
  m(2, "options", () => OneofOptionsT),
]);

export const EnumValueDescriptorProtoT = table("EnumValueDescriptorProto", [
  s(1, "name"),
  i(2, "number"),
  m(3, "options", () => EnumValueOptionsT),
]);

export const EnumReservedRangeT = table("EnumDescriptorProto.EnumReservedRange", [
  i(1, "start"),
  i(2, "end"),
]);

export const EnumDescriptorProtoT: MessageTable = table("EnumDescriptorProto", [
  s(1, "name"),
  rm(2, "value", () => EnumValueDescriptorProtoT),
  m(3, "options", () => EnumOptionsT),
  rm(4, "reservedRange", () => EnumReservedRangeT),
  rs(5, "reservedName"),
  i(6, "visibility"),
]);

export const ExtensionRangeT = table("DescriptorProto.ExtensionRange", [
  i(1, "start"),
  i(2, "end"),
  m(3, "options", () => ExtensionRangeOptionsT),
]);

export const ReservedRangeT = table("DescriptorProto.ReservedRange", [i(1, "start"), i(2, "end")]);

export const DescriptorProtoT: MessageTable = table("DescriptorProto", [
  s(1, "name"),
  rm(2, "field", () => FieldDescriptorProtoT),
  rm(6, "extension", () => FieldDescriptorProtoT),
  rm(3, "nestedType", () => DescriptorProtoT),
  rm(4, "enumType", () => EnumDescriptorProtoT),
  rm(5, "extensionRange", () => ExtensionRangeT),
  rm(8, "oneofDecl", () => OneofDescriptorProtoT),
  m(7, "options", () => MessageOptionsT),
  rm(9, "reservedRange", () => ReservedRangeT),
  rs(10, "reservedName"),
  i(11, "visibility"),
]);

export const MethodDescriptorProtoT = table("MethodDescriptorProto", [
  s(1, "name"),
  s(2, "inputType"),
  s(3, "outputType"),
  m(4, "options", () => MethodOptionsT),
  b(5, "clientStreaming"),
  b(6, "serverStreaming"),
]);

export const ServiceDescriptorProtoT = table("ServiceDescriptorProto", [
  s(1, "name"),
  rm(2, "method", () => MethodDescriptorProtoT),
  m(3, "options", () => ServiceOptionsT),
]);

export const SourceCodeInfoLocationT = table("SourceCodeInfo.Location", [
  { no: 1, name: "path", kind: "int32", repeated: true, packed: true },
  { no: 2, name: "span", kind: "int32", repeated: true, packed: true },
  s(3, "leadingComments"),
  s(4, "trailingComments"),
  rs(6, "leadingDetachedComments"),
]);

export const SourceCodeInfoT = table("SourceCodeInfo", [
  rm(1, "location", () => SourceCodeInfoLocationT),
]);

export const FileDescriptorProtoT: MessageTable = table("FileDescriptorProto", [
  s(1, "name"),
  s(2, "package"),
  rs(3, "dependency"),
  ri(10, "publicDependency"),
  ri(11, "weakDependency"),
  rs(15, "optionDependency"),
  rm(4, "messageType", () => DescriptorProtoT),
  rm(5, "enumType", () => EnumDescriptorProtoT),
  rm(6, "service", () => ServiceDescriptorProtoT),
  rm(7, "extension", () => FieldDescriptorProtoT),
  m(8, "options", () => FileOptionsT),
  m(9, "sourceCodeInfo", () => SourceCodeInfoT),
  s(12, "syntax"),
  i(14, "edition"),
]);

export const FileDescriptorSetT = table("FileDescriptorSet", [
  rm(1, "file", () => FileDescriptorProtoT),
]);
