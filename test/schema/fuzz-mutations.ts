// Mutations of corpus files for the fuzz tests: tokens deleted, duplicated, truncated, and
// characters that matter to a .proto lexer (or arbitrary UTF-16 code units) spliced in.

import fc from "fast-check";
import { loadManifest, readProtoTree } from "./fixtures-corpus.js";

/** Every corpus file, with the other files of its entry (so imports can still resolve). */
export const corpus = loadManifest().flatMap((entry) => {
  const tree = readProtoTree(entry.dir);
  return [...tree.keys()].map((name) => ({ name, tree }));
});

/** Lexer-ish split that keeps separators, so deleting a token keeps the rest intact. */
export function tokens(text: string): string[] {
  return (
    text.match(/\s+|[A-Za-z_][A-Za-z0-9_]*|\d[\w.+-]*|"(?:[^"\\\n]|\\.)*"?|\/\/[^\n]*|./gs) ?? []
  );
}

export type Mutation =
  | { kind: "delete"; at: number; count: number }
  | { kind: "duplicate"; at: number; count: number }
  | { kind: "splice"; at: number; insert: string }
  | { kind: "truncate"; at: number };

/** Characters that matter to a .proto lexer, plus arbitrary code units (lone surrogates too). */
const nastyChar = fc.oneof(
  fc.constantFrom(..."{}[]()<>;,.=\"'\\/*-+:\n\r\t\0x0e9_".split("")),
  fc.constantFrom("/*", "//", "\\x", "\\u", "0x", "1e", "max", "to", "stream", "map<", "group"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 3 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant("splice" as const),
    at: fc.nat(),
    insert: fc.array(nastyChar, { minLength: 1, maxLength: 6 }).map((a) => a.join("")),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

export function mutate(text: string, mutations: Mutation[]): string {
  let toks = tokens(text);
  for (const m of mutations) {
    const at = toks.length === 0 ? 0 : m.at % toks.length;
    if (m.kind === "delete") toks = [...toks.slice(0, at), ...toks.slice(at + m.count)];
    else if (m.kind === "duplicate") {
      toks = [
        ...toks.slice(0, at + m.count),
        ...toks.slice(at, at + m.count),
        ...toks.slice(at + m.count),
      ];
    } else if (m.kind === "splice") toks = [...toks.slice(0, at), m.insert, ...toks.slice(at)];
    else toks = toks.slice(0, at);
  }
  return toks.join("");
}
