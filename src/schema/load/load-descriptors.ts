// Loading a binary FileDescriptorSet and nothing else: no `.proto` parser, no option
// interpretation, no bundled files, so that a browser bundle that only reads descriptor sets
// carries none of them (issue 15). The set's options are taken as it holds them: protoc writes
// them interpreted and canonical (the googleapis corpus test checks that such sets are written
// back byte for byte); a file with an uninterpreted option is an error. The set must
// hold every file its files import (`protoc --include_imports`; `buf build` does by default):
// an import it lacks is an error, where loadLinkedSchemaSync({ descriptorSet }) would fall back
// on the bundled well-known types.

import type { Schema } from "../schema.js";
import { decodeDescriptorSetOption, descriptorSetResolver } from "./descriptor-set-resolver.js";
import { loadSync } from "./walk.js";

/** Links the files of descriptor set `bytes`; throws SchemaError on any problem. */
export function loadLinkedDescriptorSet(bytes: Uint8Array): Schema {
  const protos = decodeDescriptorSetOption(bytes);
  const roots = protos.map((p) => p.name ?? "");
  return loadSync(roots, descriptorSetResolver(protos), {});
}
