// The schema layer's surface: the .proto parser, the linker, descriptors and the linked view,
// and the loaders that return a linked Schema (the top, src/api/, adds codecs to it).

export {
  decodeFileDescriptorProto,
  decodeFileDescriptorSet,
  encodeFileDescriptorProto,
  encodeFileDescriptorSet,
} from "./descriptor/binary.js";
export { editionDefaults } from "./descriptor/features.js";
export { fieldLocalName, protoCamelCase, toJsonName } from "./descriptor/json-name.js";
// descriptor.proto's messages, as plain objects.
export type {
  DescriptorProto,
  DescriptorProtoExtensionRange,
  DescriptorProtoReservedRange,
  EnumDescriptorProto,
  EnumDescriptorProtoEnumReservedRange,
  EnumOptions,
  EnumValueDescriptorProto,
  EnumValueOptions,
  ExtensionRangeOptions,
  ExtensionRangeOptionsDeclaration,
  FeatureSet,
  FeatureSetDefaults,
  FeatureSetEditionDefault,
  FieldDescriptorProto,
  FieldOptions,
  FieldOptionsEditionDefault,
  FieldOptionsFeatureSupport,
  FileDescriptorProto,
  FileDescriptorSet,
  FileOptions,
  GeneratedCodeInfo,
  GeneratedCodeInfoAnnotation,
  MessageOptions,
  MethodDescriptorProto,
  MethodOptions,
  OneofDescriptorProto,
  OneofOptions,
  ServiceDescriptorProto,
  ServiceOptions,
  SourceCodeInfo,
  SourceCodeInfoLocation,
  UninterpretedOption,
  UninterpretedOptionNamePart,
  WithUnknownFields,
} from "./descriptor/shapes.js";
// descriptor.proto's enums: a const object of names and a number type each.
// Empty descriptors, with their repeated fields present (as the parser makes them).
export {
  AnnotationSemantic,
  CType,
  DefaultSymbolVisibility,
  Edition,
  EnforceNamingStyle,
  EnforceProtoLimits,
  EnumTypeFeature,
  FieldLabel,
  FieldPresence,
  FieldType,
  IdempotencyLevel,
  JSType,
  JsonFormat,
  MessageEncoding,
  newDescriptorProto,
  newEnumDescriptorProto,
  newExtensionRangeOptions,
  newFieldOptions,
  newFileDescriptorProto,
  newOptions,
  newServiceDescriptorProto,
  OptimizeMode,
  OptionRetention,
  OptionTargetType,
  RepeatedFieldEncoding,
  SymbolVisibility,
  Utf8Validation,
  VerificationState,
} from "./descriptor/shapes.js";
export { type Diagnostic, formatDiagnostic, SchemaError } from "./errors.js";
export { type LinkOptions, type LinkResult, linkFiles } from "./linker/linker.js";
export { descriptorSetResolver } from "./load/descriptor-set-resolver.js";
export { loadLinkedSchema, loadLinkedSchemaSync } from "./load/load.js";
export { loadLinkedDescriptorSet } from "./load/load-descriptors.js";
export type {
  LoadFromDescriptorSet,
  LoadFromDisk,
  LoadFromResolver,
  LoadFromSources,
  LoadSchemaOptions,
  LoadSchemaSyncOptions,
} from "./load/options.js";
export { composeResolvers, type ResolvedFile, type Resolver } from "./load/resolver.js";
export { sourceResolver } from "./load/source-resolver.js";
export { wellKnownTypesResolver } from "./load/wkt-resolver.js";
export { wellKnownTypeSources } from "./load/wkt-text-resolver.js";
export { type ParseResult, parseFile } from "./parser/parser.js";
export { Schema, type ToFileDescriptorSetOptions } from "./schema.js";
export type {
  EnumInfo,
  EnumValueInfo,
  FieldInfo,
  FileInfo,
  MessageInfo,
  MethodInfo,
  OneofInfo,
  Presence,
  ServiceInfo,
  Syntax,
} from "./schema-types.js";
export { WKT_SOURCES } from "./wkt/sources.js";
