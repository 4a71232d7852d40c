// The parser alone under hostile input: parseFile never throws (it returns diagnostics) and
// always returns, for mutated corpus files, arbitrary strings and pathological nesting.
// Seeded; a few seconds.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/schema/parser/parser.js";
import { corpus, mutate, mutation } from "./fuzz-mutations.js";

const SEED = 20_260_312;
const N = 5_000;

describe("fuzz: parseFile", () => {
  it("parseFile never throws: it returns errors", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: corpus.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (index, mutations) => {
          const { name, tree } = corpus[index]!;
          const result = parseFile(name, mutate(tree.get(name)!, mutations));
          expect(Array.isArray(result.diagnostics)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it("arbitrary strings return diagnostics, never throw", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        expect(Array.isArray(parseFile("random.proto", text).diagnostics)).toBe(true);
      }),
      { seed: SEED + 1, numRuns: 1_000 },
    );
  });

  // Aggregate option values ({a:{a:...}}) are kept as text by the parser, as protoc's parser
  // does; their depth is checked when the linker interprets them (fuzz.test.ts).
  it(`${N} nested messages, groups, braces and comments report a diagnostic`, () => {
    const inputs = [
      `syntax = "proto2";\n${"message M { ".repeat(N)}${"}".repeat(N)}`,
      `syntax = "proto2";\nmessage M { ${Array.from({ length: N }, (_, i) => `optional group G${i} = ${i + 1} { `).join("")}${"}".repeat(N)} }`,
      `syntax = "proto3";\n${"message M {".repeat(N)}`,
      `syntax = "proto3";\n${"/*".repeat(N)}`,
      `syntax = "proto3";\nmessage M { ${"(".repeat(N)} }`,
    ];
    for (const text of inputs) {
      const { diagnostics } = parseFile("deep.proto", text);
      expect(diagnostics.length, text.slice(0, 60)).toBeGreaterThan(0);
    }
  });
});
