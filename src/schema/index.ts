// Public API of the schema layer.

export {
  decodeFileDescriptorProto,
  decodeFileDescriptorSet,
  encodeFileDescriptorProto,
  encodeFileDescriptorSet,
} from "./descriptor/binary.js";
export * from "./descriptor/shapes.js";
export { type Diagnostic, formatDiagnostic, SchemaError } from "./errors.js";
export { editionDefaults } from "./linker/features.js";
export { fieldLocalName, protoCamelCase, toJsonName } from "./linker/json-name.js";
export { type LinkOptions, type LinkResult, linkFiles } from "./linker/linker.js";
export {
  type LoadFromDescriptorSet,
  type LoadFromDisk,
  type LoadFromSources,
  type LoadSchemaOptions,
  loadSchema,
  loadSchemaSync,
} from "./load.js";
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
