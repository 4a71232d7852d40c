// TypeScript shapes of google/protobuf/descriptor.proto (the current version, with editions).
//
// Conventions (docs/design.md): field names in lowerCamelCase; proto2 `optional` fields are
// optional properties (presence matters for byte-identical output); repeated fields are
// always-present arrays; enums are plain numbers with `const` objects naming them; options
// messages keep custom options (extensions) and other unknown fields as raw wire bytes in
// `unknownFields`, re-emitted after the known fields as protoc does.

// ---------------------------------------------------------------------------------------------
// Enums

export const Edition = {
  EDITION_UNKNOWN: 0,
  EDITION_LEGACY: 900,
  EDITION_PROTO2: 998,
  EDITION_PROTO3: 999,
  EDITION_2023: 1000,
  EDITION_2024: 1001,
  EDITION_2026: 1002,
  EDITION_UNSTABLE: 9999,
  EDITION_1_TEST_ONLY: 1,
  EDITION_2_TEST_ONLY: 2,
  EDITION_99997_TEST_ONLY: 99997,
  EDITION_99998_TEST_ONLY: 99998,
  EDITION_99999_TEST_ONLY: 99999,
  EDITION_MAX: 0x7fffffff,
} as const;
export type Edition = number;

export const SymbolVisibility = {
  VISIBILITY_UNSET: 0,
  VISIBILITY_LOCAL: 1,
  VISIBILITY_EXPORT: 2,
} as const;
export type SymbolVisibility = number;

/** FieldDescriptorProto.Type */
export const FieldType = {
  TYPE_DOUBLE: 1,
  TYPE_FLOAT: 2,
  TYPE_INT64: 3,
  TYPE_UINT64: 4,
  TYPE_INT32: 5,
  TYPE_FIXED64: 6,
  TYPE_FIXED32: 7,
  TYPE_BOOL: 8,
  TYPE_STRING: 9,
  TYPE_GROUP: 10,
  TYPE_MESSAGE: 11,
  TYPE_BYTES: 12,
  TYPE_UINT32: 13,
  TYPE_ENUM: 14,
  TYPE_SFIXED32: 15,
  TYPE_SFIXED64: 16,
  TYPE_SINT32: 17,
  TYPE_SINT64: 18,
} as const;
export type FieldType = number;

/** FieldDescriptorProto.Label */
export const FieldLabel = {
  LABEL_OPTIONAL: 1,
  LABEL_REPEATED: 3,
  LABEL_REQUIRED: 2,
} as const;
export type FieldLabel = number;

/** FileOptions.OptimizeMode */
export const OptimizeMode = { SPEED: 1, CODE_SIZE: 2, LITE_RUNTIME: 3 } as const;
export type OptimizeMode = number;

/** FieldOptions.CType */
export const CType = { STRING: 0, CORD: 1, STRING_PIECE: 2 } as const;
export type CType = number;

/** FieldOptions.JSType */
export const JSType = { JS_NORMAL: 0, JS_STRING: 1, JS_NUMBER: 2 } as const;
export type JSType = number;

/** FieldOptions.OptionRetention */
export const OptionRetention = {
  RETENTION_UNKNOWN: 0,
  RETENTION_RUNTIME: 1,
  RETENTION_SOURCE: 2,
} as const;
export type OptionRetention = number;

/** FieldOptions.OptionTargetType */
export const OptionTargetType = {
  TARGET_TYPE_UNKNOWN: 0,
  TARGET_TYPE_FILE: 1,
  TARGET_TYPE_EXTENSION_RANGE: 2,
  TARGET_TYPE_MESSAGE: 3,
  TARGET_TYPE_FIELD: 4,
  TARGET_TYPE_ONEOF: 5,
  TARGET_TYPE_ENUM: 6,
  TARGET_TYPE_ENUM_ENTRY: 7,
  TARGET_TYPE_SERVICE: 8,
  TARGET_TYPE_METHOD: 9,
} as const;
export type OptionTargetType = number;

/** MethodOptions.IdempotencyLevel */
export const IdempotencyLevel = {
  IDEMPOTENCY_UNKNOWN: 0,
  NO_SIDE_EFFECTS: 1,
  IDEMPOTENT: 2,
} as const;
export type IdempotencyLevel = number;

/** ExtensionRangeOptions.VerificationState */
export const VerificationState = { DECLARATION: 0, UNVERIFIED: 1 } as const;
export type VerificationState = number;

/** FeatureSet.FieldPresence */
export const FieldPresence = {
  FIELD_PRESENCE_UNKNOWN: 0,
  EXPLICIT: 1,
  IMPLICIT: 2,
  LEGACY_REQUIRED: 3,
} as const;
export type FieldPresence = number;

/** FeatureSet.EnumType */
export const EnumTypeFeature = { ENUM_TYPE_UNKNOWN: 0, OPEN: 1, CLOSED: 2 } as const;
export type EnumTypeFeature = number;

/** FeatureSet.RepeatedFieldEncoding */
export const RepeatedFieldEncoding = {
  REPEATED_FIELD_ENCODING_UNKNOWN: 0,
  PACKED: 1,
  EXPANDED: 2,
} as const;
export type RepeatedFieldEncoding = number;

/** FeatureSet.Utf8Validation */
export const Utf8Validation = { UTF8_VALIDATION_UNKNOWN: 0, VERIFY: 2, NONE: 3 } as const;
export type Utf8Validation = number;

/** FeatureSet.MessageEncoding */
export const MessageEncoding = {
  MESSAGE_ENCODING_UNKNOWN: 0,
  LENGTH_PREFIXED: 1,
  DELIMITED: 2,
} as const;
export type MessageEncoding = number;

/** FeatureSet.JsonFormat */
export const JsonFormat = { JSON_FORMAT_UNKNOWN: 0, ALLOW: 1, LEGACY_BEST_EFFORT: 2 } as const;
export type JsonFormat = number;

/** FeatureSet.EnforceNamingStyle */
export const EnforceNamingStyle = {
  ENFORCE_NAMING_STYLE_UNKNOWN: 0,
  STYLE2024: 1,
  STYLE_LEGACY: 2,
  STYLE2026: 3,
} as const;
export type EnforceNamingStyle = number;

/** FeatureSet.VisibilityFeature.DefaultSymbolVisibility */
export const DefaultSymbolVisibility = {
  DEFAULT_SYMBOL_VISIBILITY_UNKNOWN: 0,
  EXPORT_ALL: 1,
  EXPORT_TOP_LEVEL: 2,
  LOCAL_ALL: 3,
  STRICT: 4,
} as const;
export type DefaultSymbolVisibility = number;

/** FeatureSet.ProtoLimitsFeature.EnforceProtoLimits */
export const EnforceProtoLimits = {
  PROTO_LIMITS_UNKNOWN: 0,
  LEGACY_NO_EXPLICIT_LIMITS: 1,
  PROTO_LIMITS2026: 2,
} as const;
export type EnforceProtoLimits = number;

/** GeneratedCodeInfo.Annotation.Semantic */
export const AnnotationSemantic = { NONE: 0, SET: 1, ALIAS: 2 } as const;
export type AnnotationSemantic = number;

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** Fields every options message and FeatureSet carry besides their declared fields. */
export interface WithUnknownFields {
  /** Extensions (custom options) and unknown fields, as wire bytes, emitted after known fields. */
  unknownFields?: Uint8Array;
}

export interface UninterpretedOptionNamePart {
  namePart: string; // required
  isExtension: boolean; // required
}

export interface UninterpretedOption {
  name: UninterpretedOptionNamePart[]; // 2
  identifierValue?: string; // 3
  positiveIntValue?: bigint; // 4 (uint64)
  negativeIntValue?: bigint; // 5 (int64)
  doubleValue?: number; // 6
  stringValue?: Uint8Array; // 7 (bytes)
  aggregateValue?: string; // 8
}

// ---------------------------------------------------------------------------------------------
// Features

export interface FeatureSet extends WithUnknownFields {
  fieldPresence?: FieldPresence; // 1
  enumType?: EnumTypeFeature; // 2
  repeatedFieldEncoding?: RepeatedFieldEncoding; // 3
  utf8Validation?: Utf8Validation; // 4
  messageEncoding?: MessageEncoding; // 5
  jsonFormat?: JsonFormat; // 6
  enforceNamingStyle?: EnforceNamingStyle; // 7
  defaultSymbolVisibility?: DefaultSymbolVisibility; // 8
  enforceProtoLimits?: EnforceProtoLimits; // 9
}

export interface FeatureSetEditionDefault {
  edition?: Edition; // 3
  overridableFeatures?: FeatureSet; // 4
  fixedFeatures?: FeatureSet; // 5
}

export interface FeatureSetDefaults {
  defaults: FeatureSetEditionDefault[]; // 1
  minimumEdition?: Edition; // 4
  maximumEdition?: Edition; // 5
}

// ---------------------------------------------------------------------------------------------
// Options

export interface FileOptions extends WithUnknownFields {
  javaPackage?: string; // 1
  javaOuterClassname?: string; // 8
  javaMultipleFiles?: boolean; // 10
  javaGenerateEqualsAndHash?: boolean; // 20
  javaStringCheckUtf8?: boolean; // 27
  optimizeFor?: OptimizeMode; // 9
  goPackage?: string; // 11
  ccGenericServices?: boolean; // 16
  javaGenericServices?: boolean; // 17
  pyGenericServices?: boolean; // 18
  deprecated?: boolean; // 23
  ccEnableArenas?: boolean; // 31
  objcClassPrefix?: string; // 36
  csharpNamespace?: string; // 37
  swiftPrefix?: string; // 39
  phpClassPrefix?: string; // 40
  phpNamespace?: string; // 41
  phpMetadataNamespace?: string; // 44
  rubyPackage?: string; // 45
  features?: FeatureSet; // 50
  uninterpretedOption: UninterpretedOption[]; // 999
}

export interface MessageOptions extends WithUnknownFields {
  messageSetWireFormat?: boolean; // 1
  noStandardDescriptorAccessor?: boolean; // 2
  deprecated?: boolean; // 3
  mapEntry?: boolean; // 7
  deprecatedLegacyJsonFieldConflicts?: boolean; // 11
  features?: FeatureSet; // 12
  uninterpretedOption: UninterpretedOption[]; // 999
}

export interface FieldOptionsEditionDefault {
  edition?: Edition; // 3
  value?: string; // 2
}

export interface FieldOptionsFeatureSupport {
  editionIntroduced?: Edition; // 1
  editionDeprecated?: Edition; // 2
  deprecationWarning?: string; // 3
  editionRemoved?: Edition; // 4
  removalError?: string; // 5
}

export interface FieldOptions extends WithUnknownFields {
  ctype?: CType; // 1
  packed?: boolean; // 2
  jstype?: JSType; // 6
  lazy?: boolean; // 5
  unverifiedLazy?: boolean; // 15
  deprecated?: boolean; // 3
  weak?: boolean; // 10
  debugRedact?: boolean; // 16
  retention?: OptionRetention; // 17
  targets: OptionTargetType[]; // 19
  editionDefaults: FieldOptionsEditionDefault[]; // 20
  features?: FeatureSet; // 21
  featureSupport?: FieldOptionsFeatureSupport; // 22
  uninterpretedOption: UninterpretedOption[]; // 999
}

export interface OneofOptions extends WithUnknownFields {
  features?: FeatureSet; // 1
  uninterpretedOption: UninterpretedOption[]; // 999
}

export interface EnumOptions extends WithUnknownFields {
  allowAlias?: boolean; // 2
  deprecated?: boolean; // 3
  deprecatedLegacyJsonFieldConflicts?: boolean; // 6
  features?: FeatureSet; // 7
  uninterpretedOption: UninterpretedOption[]; // 999
}

export interface EnumValueOptions extends WithUnknownFields {
  deprecated?: boolean; // 1
  features?: FeatureSet; // 2
  debugRedact?: boolean; // 3
  featureSupport?: FieldOptionsFeatureSupport; // 4
  uninterpretedOption: UninterpretedOption[]; // 999
}

export interface ServiceOptions extends WithUnknownFields {
  features?: FeatureSet; // 34
  deprecated?: boolean; // 33
  uninterpretedOption: UninterpretedOption[]; // 999
}

export interface MethodOptions extends WithUnknownFields {
  deprecated?: boolean; // 33
  idempotencyLevel?: IdempotencyLevel; // 34
  features?: FeatureSet; // 35
  uninterpretedOption: UninterpretedOption[]; // 999
}

export interface ExtensionRangeOptionsDeclaration {
  number?: number; // 1
  fullName?: string; // 2
  type?: string; // 3
  reserved?: boolean; // 5
  repeated?: boolean; // 6
}

export interface ExtensionRangeOptions extends WithUnknownFields {
  uninterpretedOption: UninterpretedOption[]; // 999
  declaration: ExtensionRangeOptionsDeclaration[]; // 2
  features?: FeatureSet; // 50
  verification?: VerificationState; // 3
}

// ---------------------------------------------------------------------------------------------
// Descriptors

export interface FileDescriptorSet {
  file: FileDescriptorProto[]; // 1
}

export interface FileDescriptorProto {
  name?: string; // 1
  package?: string; // 2
  dependency: string[]; // 3
  publicDependency: number[]; // 10
  weakDependency: number[]; // 11
  optionDependency: string[]; // 15
  messageType: DescriptorProto[]; // 4
  enumType: EnumDescriptorProto[]; // 5
  service: ServiceDescriptorProto[]; // 6
  extension: FieldDescriptorProto[]; // 7
  options?: FileOptions; // 8
  sourceCodeInfo?: SourceCodeInfo; // 9
  syntax?: string; // 12
  edition?: Edition; // 14
}

export interface DescriptorProtoExtensionRange {
  start?: number; // 1, inclusive
  end?: number; // 2, exclusive
  options?: ExtensionRangeOptions; // 3
}

export interface DescriptorProtoReservedRange {
  start?: number; // 1, inclusive
  end?: number; // 2, exclusive
}

export interface DescriptorProto {
  name?: string; // 1
  field: FieldDescriptorProto[]; // 2
  extension: FieldDescriptorProto[]; // 6
  nestedType: DescriptorProto[]; // 3
  enumType: EnumDescriptorProto[]; // 4
  extensionRange: DescriptorProtoExtensionRange[]; // 5
  oneofDecl: OneofDescriptorProto[]; // 8
  options?: MessageOptions; // 7
  reservedRange: DescriptorProtoReservedRange[]; // 9
  reservedName: string[]; // 10
  visibility?: SymbolVisibility; // 11
}

export interface FieldDescriptorProto {
  name?: string; // 1
  number?: number; // 3
  label?: FieldLabel; // 4
  type?: FieldType; // 5
  typeName?: string; // 6
  extendee?: string; // 2
  defaultValue?: string; // 7
  oneofIndex?: number; // 9
  jsonName?: string; // 10
  options?: FieldOptions; // 8
  proto3Optional?: boolean; // 17
}

export interface OneofDescriptorProto {
  name?: string; // 1
  options?: OneofOptions; // 2
}

export interface EnumDescriptorProtoEnumReservedRange {
  start?: number; // 1, inclusive
  end?: number; // 2, INCLUSIVE (unlike message reserved ranges)
}

export interface EnumDescriptorProto {
  name?: string; // 1
  value: EnumValueDescriptorProto[]; // 2
  options?: EnumOptions; // 3
  reservedRange: EnumDescriptorProtoEnumReservedRange[]; // 4
  reservedName: string[]; // 5
  visibility?: SymbolVisibility; // 6
}

export interface EnumValueDescriptorProto {
  name?: string; // 1
  number?: number; // 2
  options?: EnumValueOptions; // 3
}

export interface ServiceDescriptorProto {
  name?: string; // 1
  method: MethodDescriptorProto[]; // 2
  options?: ServiceOptions; // 3
}

export interface MethodDescriptorProto {
  name?: string; // 1
  inputType?: string; // 2
  outputType?: string; // 3
  options?: MethodOptions; // 4
  clientStreaming?: boolean; // 5
  serverStreaming?: boolean; // 6
}

// ---------------------------------------------------------------------------------------------
// Source info

export interface SourceCodeInfoLocation {
  path: number[]; // 1, packed
  /** [startLine, startCol, endLine, endCol] or [startLine, startCol, endCol]; 0-based. */
  span: number[]; // 2, packed
  leadingComments?: string; // 3
  trailingComments?: string; // 4
  leadingDetachedComments: string[]; // 6
}

export interface SourceCodeInfo {
  location: SourceCodeInfoLocation[]; // 1
}

export interface GeneratedCodeInfoAnnotation {
  path: number[]; // 1, packed
  sourceFile?: string; // 2
  begin?: number; // 3
  end?: number; // 4
  semantic?: AnnotationSemantic; // 5
}

export interface GeneratedCodeInfo {
  annotation: GeneratedCodeInfoAnnotation[]; // 1
}

// ---------------------------------------------------------------------------------------------
// Constructors: every repeated field present, nothing else set.

export function newFileDescriptorProto(name?: string): FileDescriptorProto {
  const f: FileDescriptorProto = {
    dependency: [],
    publicDependency: [],
    weakDependency: [],
    optionDependency: [],
    messageType: [],
    enumType: [],
    service: [],
    extension: [],
  };
  if (name !== undefined) f.name = name;
  return f;
}

export function newDescriptorProto(name?: string): DescriptorProto {
  const m: DescriptorProto = {
    field: [],
    extension: [],
    nestedType: [],
    enumType: [],
    extensionRange: [],
    oneofDecl: [],
    reservedRange: [],
    reservedName: [],
  };
  if (name !== undefined) m.name = name;
  return m;
}

export function newEnumDescriptorProto(name?: string): EnumDescriptorProto {
  const e: EnumDescriptorProto = { value: [], reservedRange: [], reservedName: [] };
  if (name !== undefined) e.name = name;
  return e;
}

export function newServiceDescriptorProto(name?: string): ServiceDescriptorProto {
  const s: ServiceDescriptorProto = { method: [] };
  if (name !== undefined) s.name = name;
  return s;
}

export function newFieldOptions(): FieldOptions {
  return { targets: [], editionDefaults: [], uninterpretedOption: [] };
}

export function newExtensionRangeOptions(): ExtensionRangeOptions {
  return { uninterpretedOption: [], declaration: [] };
}

/** Options messages whose only repeated field is uninterpretedOption. */
export function newOptions<
  T extends
    | FileOptions
    | MessageOptions
    | OneofOptions
    | EnumOptions
    | EnumValueOptions
    | ServiceOptions
    | MethodOptions,
>(): T {
  return { uninterpretedOption: [] } as unknown as T;
}
