// The `protowire/binary` entry's loaders: those of the main entry (load.ts), whose schemas give
// binary codecs alone (binary-schema.ts), and loadDescriptorSet, which bundles no parser. They
// stay three functions, not one factory over the schema wrapper: an object of loaders would keep
// the parser in a bundle that uses loadDescriptorSet alone.

import {
  type LoadSchemaOptions,
  type LoadSchemaSyncOptions,
  loadLinkedDescriptorSet,
  loadLinkedSchema,
  loadLinkedSchemaSync,
} from "../schema/index.js";
import { type BinarySchema, withBinaryCodecs } from "./binary-schema.js";

/** `loadSchema` of the main entry, its message types binary codecs only. */
export async function loadSchema(options: LoadSchemaOptions): Promise<BinarySchema> {
  return withBinaryCodecs(await loadLinkedSchema(options));
}

/** `loadSchemaSync` of the main entry, its message types binary codecs only. */
export function loadSchemaSync(options: LoadSchemaSyncOptions): BinarySchema {
  return withBinaryCodecs(loadLinkedSchemaSync(options));
}

/**
 * Loads a binary FileDescriptorSet that holds every file it imports (`protoc --include_imports`,
 * `buf build`), with no `.proto` parser, option interpretation or bundled files in the bundle
 * (the main entry's loadDescriptorSet, binary codecs only).
 */
export function loadDescriptorSet(bytes: Uint8Array): BinarySchema {
  return withBinaryCodecs(loadLinkedDescriptorSet(bytes));
}
