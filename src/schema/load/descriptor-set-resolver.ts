// A binary FileDescriptorSet (`protoc --descriptor_set_out`, `buf build`) as a resolver: its
// files answer by name, already parsed. A set written without --include_imports may lack the
// well-known types; the loader's bundled fallback fills them in.

import { decodeFileDescriptorSet } from "../descriptor/binary.js";
import type { FileDescriptorProto } from "../descriptor/shapes.js";
import { SchemaError } from "../errors.js";
import type { Resolver } from "./resolver.js";

/**
 * A resolver over decoded descriptors, by name (the first of a name wins, as when linking).
 * The load links them in place: give each load its own, freshly decoded.
 */
export function descriptorSetResolver(protos: readonly FileDescriptorProto[]): Resolver {
  const byName = new Map<string, FileDescriptorProto>();
  for (const proto of protos) {
    const name = proto.name ?? "";
    if (!byName.has(name)) byName.set(name, proto);
  }
  return {
    resolve(importName) {
      const proto = byName.get(importName);
      return proto === undefined ? undefined : { proto };
    },
  };
}

/** The files of a `descriptorSet` option; every problem with the bytes is a SchemaError. */
export function decodeDescriptorSetOption(bytes: Uint8Array): FileDescriptorProto[] {
  if (!(bytes instanceof Uint8Array)) {
    // A plain array decoded as bytes and a string as nothing: both read as some other schema.
    const message = "descriptorSet must be a Uint8Array (the bytes of a FileDescriptorSet).";
    throw new SchemaError([{ file: "<descriptor set>", line: 0, column: 0, message }]);
  }
  try {
    return decodeFileDescriptorSet(bytes);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new SchemaError([{ file: "<descriptor set>", line: 0, column: 0, message }]);
  }
}
