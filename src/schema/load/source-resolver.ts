// In-memory sources (`loadSchema({ sources })`): file name -> .proto text.

import type { Resolver } from "./resolver.js";

/** A resolver over `.proto` texts by import name, from a record or a Map. */
export function sourceResolver(
  sources: Readonly<Record<string, string>> | ReadonlyMap<string, string>,
): Resolver {
  const texts = sourceMap(sources);
  return {
    resolve(importName) {
      const source = texts.get(importName);
      // `null` (from JavaScript) is no file, as it always was; any other non-string reaches
      // the parser, which reports it ("Source text must be a string").
      return source === undefined || source === null ? undefined : { source };
    },
  };
}

/** The sources as a Map: a record's own keys only, so `toString` is not a file. */
export function sourceMap(
  sources: Readonly<Record<string, string>> | ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  return sources instanceof Map
    ? (sources as ReadonlyMap<string, string>)
    : new Map(Object.entries(sources as Record<string, string>));
}
