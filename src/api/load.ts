// protowire's loadSchema and loadSchemaSync (the `protowire` entry's, for browsers and any
// runtime): the schema layer's loaders, with codecs. load-node.ts adds reading from disk.

import {
  type LoadSchemaOptions,
  type LoadSchemaSyncOptions,
  loadLinkedDescriptorSet,
  loadLinkedSchema,
  loadLinkedSchemaSync,
} from "../schema/index.js";
import { type CompiledSchema, withCodecs } from "./compiled-schema.js";

/**
 * Loads `.proto` sources from memory, a binary FileDescriptorSet, or files through a resolver.
 * `{ files, includePaths }` (from disk) works where Node's file system is: the `protowire/node`
 * entry, which Node picks for `protowire` by itself; elsewhere it rejects with a SchemaError
 * that says so.
 */
export async function loadSchema(options: LoadSchemaOptions): Promise<CompiledSchema> {
  return withCodecs(await loadLinkedSchema(options));
}

/** Like `loadSchema`, synchronously: in-memory sources, descriptor sets, synchronous resolvers. */
export function loadSchemaSync(options: LoadSchemaSyncOptions): CompiledSchema {
  return withCodecs(loadLinkedSchemaSync(options));
}

/**
 * Loads a binary FileDescriptorSet that holds every file it imports (`protoc --include_imports`,
 * `buf build`): `loadSchemaSync({ descriptorSet })` without the `.proto` parser, option
 * interpretation (the set's options are interpreted already; an uninterpreted one is an error)
 * and the bundled files, so that a bundle that reads descriptor sets alone carries none of them.
 * An import the set lacks is an error (loadSchemaSync would take a well-known type from the
 * bundled files).
 */
export function loadDescriptorSet(bytes: Uint8Array): CompiledSchema {
  return withCodecs(loadLinkedDescriptorSet(bytes));
}
