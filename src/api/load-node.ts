// The Node entry's loadSchema: every form of the browser one, plus `.proto` files read from
// disk through include paths. Only the Node entry imports this module.

import type { LoadSchemaOptions } from "../schema/index.js";
import { loadLinkedSchemaFromDisk } from "../schema/load/load-disk.js";
import { type CompiledSchema, withCodecs } from "./compiled-schema.js";

/** Loads `.proto` files from disk (`files`, `includePaths`) or memory, a descriptor set or a resolver. */
export async function loadSchema(options: LoadSchemaOptions): Promise<CompiledSchema> {
  return withCodecs(await loadLinkedSchemaFromDisk(options));
}
