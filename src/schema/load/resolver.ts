// The resolver: where the loader gets a file from, given its import name. Like bufbuild
// protocompile's Resolver, it answers with the file's .proto text or with a FileDescriptorProto
// (from a descriptor set), or with nothing when it does not have the file; the loader walks the
// imports and asks for each file once. In-memory sources, the bundled well-known types, a
// descriptor set and the Node disk reader are all resolvers; composeResolvers chains them.

import type { FileDescriptorProto } from "../descriptor/shapes.js";

/**
 * A file found by a resolver: `.proto` text to parse, or a descriptor to link as it is. A `proto`
 * is linked in place (names resolved, types set), so hand each load its own object, e.g. one
 * decoded afresh with `decodeFileDescriptorProto`; its `name` must be the import name asked for.
 */
export type ResolvedFile = { source: string } | { proto: FileDescriptorProto };

/** Finds files by import name (`a/b.proto`); `undefined` when it does not have the file. */
export interface Resolver {
  resolve(importName: string): ResolvedFile | undefined | PromiseLike<ResolvedFile | undefined>;
}

/** A resolver that asks `resolvers` in order: the first that answers wins. */
export function composeResolvers(...resolvers: readonly Resolver[]): Resolver {
  return { resolve: (importName) => firstAnswer(resolvers, 0, importName) };
}

// Synchronous while every resolver asked answers synchronously, so that loadSchemaSync can use a
// composition of synchronous resolvers.
function firstAnswer(
  resolvers: readonly Resolver[],
  from: number,
  importName: string,
): ResolvedFile | undefined | PromiseLike<ResolvedFile | undefined> {
  for (let i = from; i < resolvers.length; i++) {
    const answer = resolvers[i]!.resolve(importName);
    if (isPromiseLike(answer)) {
      return Promise.resolve(answer).then((found) =>
        isAnswer(found) ? found : firstAnswer(resolvers, i + 1, importName),
      );
    }
    if (isAnswer(answer)) return answer;
  }
  return undefined;
}

/** `null` from a JavaScript resolver means "not here", as `undefined` does. */
export function isAnswer(found: ResolvedFile | null | undefined): found is ResolvedFile {
  return found !== undefined && found !== null;
}

export function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}
