/**
 * The Node entry (`protowire/node`, and what `protowire` resolves to under Node through the
 * "node" export condition): everything of the main entry, with a `loadSchema` that also reads
 * `.proto` files from disk through include paths. Only this entry reaches `node:` modules.
 */
import { type CompiledSchema, loadSchema as loadAnywhere, withCodecs } from "./compiled-schema.js";
import type { LoadSchemaOptions } from "./schema/index.js";
import { loadSchemaFromDisk } from "./schema/load-disk.js";

export * from "./index.js";

/** Loads `.proto` files from disk (`files`, `includePaths`) or memory, or a descriptor set. */
export async function loadSchema(options: LoadSchemaOptions): Promise<CompiledSchema> {
  if ("descriptorSet" in options || "sources" in options) return loadAnywhere(options);
  return withCodecs(await loadSchemaFromDisk(options));
}
