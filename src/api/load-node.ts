// The Node entry's loadSchema and loadSchemaSync: every form of the browser ones, plus `.proto`
// files read from disk through include paths. Only the Node entry imports this module.

import type { LoadSchemaOptions } from "../schema/index.js";
import {
  loadLinkedSchemaFromDisk,
  loadLinkedSchemaFromDiskSync,
} from "../schema/load/load-disk.js";
import { type CompiledSchema, withCodecs } from "./compiled-schema.js";

/** Loads `.proto` files from disk (`files`, `includePaths`) or memory, a descriptor set or a resolver. */
export async function loadSchema(options: LoadSchemaOptions): Promise<CompiledSchema> {
  return withCodecs(await loadLinkedSchemaFromDisk(options));
}

/**
 * Like `loadSchema`, synchronously: `.proto` files from disk too (as protobufjs's `loadSync`),
 * sources, descriptor sets and synchronous resolvers.
 */
export function loadSchemaSync(options: LoadSchemaOptions): CompiledSchema {
  return withCodecs(loadLinkedSchemaFromDiskSync(options));
}
