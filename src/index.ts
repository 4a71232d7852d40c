// protowire's public API: every layer, plus the schema loaders that return compiled codecs.
// (Local exports take precedence over `export *`: `loadSchema` here is compiled-schema.ts's.)
export * from "./codec/index.js";
export { type CompiledSchema, loadSchema, loadSchemaSync } from "./compiled-schema.js";
export * from "./schema/index.js";
export * from "./wire/index.js";
