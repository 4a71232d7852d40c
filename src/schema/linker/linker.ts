// linkFiles: the linker (link-core.ts) with option interpretation (options/interpret.ts), what
// every load of `.proto` text uses and what the public `linkFiles` is.

import type { FileDescriptorProto } from "../descriptor/shapes.js";
import { type LinkOptions, type LinkResult, linkCore } from "./link-core.js";
import { OptionInterpreter } from "./options/interpret.js";

export type { LinkOptions, LinkResult } from "./link-core.js";

/**
 * Links `protos` (mutated in place: they become the linked descriptors), interpreting their
 * options. `roots` are linked with their imports, depth first, in protoc's order; every proto
 * must be in `protos`.
 */
export function linkFiles(
  protos: readonly FileDescriptorProto[],
  roots: readonly string[],
  options: LinkOptions = {},
): LinkResult {
  return linkCore(protos, roots, { interpretOptions: interpretWithOptionInterpreter, ...options });
}

/** The OptionsPass of a file: protoc's option interpretation. */
export const interpretWithOptionInterpreter: NonNullable<LinkOptions["interpretOptions"]> = (
  ctx,
  file,
  bundled,
) => new OptionInterpreter(ctx, file, bundled);
