// Hostile input: mutated corpus files and pathological nesting. Loading may succeed or throw
// a SchemaError; anything else (TypeError, RangeError from a blown stack, a hang) is a bug.
// Seeded and bounded: about 10 s on 2 cores.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SchemaError } from "../../src/schema/errors.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";
import { bestTimeAsync } from "../helpers/timing.js";
import { loadManifest, readExpected } from "./fixtures-corpus.js";
import { corpus, mutate, mutation } from "./fuzz-mutations.js";

const SEED = 20_260_311;

/** Loads `sources` with `root` as the only root; returns what was thrown, if anything. */
async function outcome(sources: Record<string, string>, root: string): Promise<unknown> {
  try {
    await loadSchema({ sources, files: [root] });
    return undefined;
  } catch (e) {
    return e;
  }
}

function describeThrown(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
}

describe("fuzz: mutated corpus files", () => {
  it("load or throw SchemaError, never anything else, and finish quickly", async () => {
    expect(corpus.length).toBeGreaterThan(20);
    // "Quickly" relative to this machine, not in milliseconds: no mutated file may take longer
    // than loading every corpus file as it is (29 files, 90 KB: 200-500 ms here, busy or not).
    // A few token edits leave a file's size alone; mutated loads measured at most a sixth of
    // that, so only a blow-up comes near (a 1 s stand-in blow-up measured 3 times it). Timed as in test/helpers/timing.ts, best of 2 for the
    // corpus, of up to 3 tries for a mutated file.
    const everyFile = await bestTimeAsync(async () => {
      for (const { name, tree } of corpus) await outcome(Object.fromEntries(tree), name);
    }, 2);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: corpus.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (index, mutations) => {
          const { name, tree } = corpus[index]!;
          const text = mutate(tree.get(name)!, mutations);
          const sources = Object.fromEntries(tree);
          sources[name] = text;
          let thrown: unknown;
          const ms = await bestTimeAsync(
            async () => {
              thrown = await outcome(sources, name);
            },
            3,
            everyFile,
          );
          if (thrown !== undefined && !(thrown instanceof SchemaError)) {
            throw new Error(
              `${name} mutated by ${JSON.stringify(mutations)}: ${describeThrown(thrown)}`,
            );
          }
          if (ms > everyFile) {
            throw new Error(
              `${name} mutated by ${JSON.stringify(mutations)}: ${ms.toFixed(1)} ms, more than the ${everyFile.toFixed(1)} ms of loading every corpus file`,
            );
          }
        },
      ),
      { seed: SEED, numRuns: 600 },
    );
  });

  it("arbitrary strings: loadSchema throws only SchemaError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 300 }), async (text) => {
        const thrown = await outcome({ "random.proto": text }, "random.proto");
        if (thrown !== undefined && !(thrown instanceof SchemaError)) {
          throw new Error(`${JSON.stringify(text)}: ${describeThrown(thrown)}`);
        }
      }),
      { seed: SEED + 2, numRuns: 300 },
    );
  });
});

describe("fuzz: mutated binary descriptor sets", () => {
  const sets = loadManifest().flatMap((e) => [readExpected(e, ""), readExpected(e, "source")]);
  const edit = fc.tuple(
    fc.nat(),
    fc.integer({ min: 0, max: 255 }),
    fc.constantFrom("flip", "set", "cut", "insert"),
  );

  it("load (and write back) or throw SchemaError, never anything else", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: sets.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        async (index, edits) => {
          let bytes = sets[index]!.slice();
          for (const [pos, value, kind] of edits) {
            const at = bytes.length === 0 ? 0 : pos % bytes.length;
            if (kind === "flip") bytes[at]! ^= 1 << (value % 8);
            else if (kind === "set") bytes[at] = value;
            else if (kind === "cut") bytes = bytes.slice(0, at);
            else bytes = new Uint8Array([...bytes.subarray(0, at), value, ...bytes.subarray(at)]);
          }
          try {
            const schema = await loadSchema({ descriptorSet: bytes });
            schema.toFileDescriptorSet({ includeImports: true, includeSourceInfo: true });
          } catch (e) {
            if (!(e instanceof SchemaError)) {
              throw new Error(
                `set ${index} edited by ${JSON.stringify(edits)}: ${describeThrown(e)}`,
              );
            }
          }
        },
      ),
      { seed: SEED + 3, numRuns: 300 },
    );
  });
});

describe("fuzz: pathological nesting gives a SchemaError, not a RangeError", () => {
  const N = 5_000;

  async function expectSchemaError(text: string): Promise<SchemaError> {
    const thrown = await outcome({ "deep.proto": text }, "deep.proto");
    if (!(thrown instanceof SchemaError)) {
      expect.fail(
        `expected SchemaError, got ${thrown === undefined ? "success" : describeThrown(thrown)}`,
      );
    }
    return thrown;
  }

  it(`${N} nested messages`, async () => {
    // protoc stops at depth 32: "Reached maximum recursion limit for nested messages."
    let text = 'syntax = "proto2";\n';
    for (let i = 0; i < N; i++) text += `message M${i} { `;
    text += "}".repeat(N);
    await expectSchemaError(text);
  });

  it(`${N} nested option braces {a:{a:{...}}}`, async () => {
    const text =
      'syntax = "proto2";\nimport "google/protobuf/descriptor.proto";\n' +
      "message A { optional A a = 1; }\n" +
      "extend google.protobuf.FileOptions { optional A o = 50000; }\n" +
      `option (o) = ${"{a:".repeat(N)}{}${"}".repeat(N)};\n`;
    await expectSchemaError(text);
  });

  it(`${N} nested groups`, async () => {
    let text = 'syntax = "proto2";\nmessage M { ';
    for (let i = 0; i < N; i++) text += `optional group G${i} = ${i + 1} { `;
    text += `${"}".repeat(N)} }`;
    const err = await expectSchemaError(text);
    // All on one 150 KB line: see the next test about the size of the rendered message.
    expect(err.message.length).toBeLessThanOrEqual(err.diagnostics.length * 1_000);
  });

  it(`${N} nested angle-bracket aggregate values and unclosed braces`, async () => {
    const angle =
      'syntax = "proto2";\nimport "google/protobuf/descriptor.proto";\n' +
      "message A { optional A a = 1; }\n" +
      "extend google.protobuf.FileOptions { optional A o = 50000; }\n" +
      `option (o) = {${"a<".repeat(N)}${">".repeat(N)}};\n`;
    await expectSchemaError(angle);
    await expectSchemaError(`syntax = "proto3";\n${"message M {".repeat(N)}`);
  });

  it(`a type name of ${N} components and ${N} dotted option-name parts`, async () => {
    const longName = Array.from({ length: N }, (_, i) => `p${i}`).join(".");
    await expectSchemaError(`syntax = "proto3";\nmessage M { ${longName} f = 1; }\n`);
    await expectSchemaError(`syntax = "proto3";\noption (${longName}).${longName} = 1;\n`);
  });

  it("the rendered error stays small for a long one-line (minified) input", async () => {
    // 3,000 broken messages on one ~100 KB line. Each diagnostic shows its source line; if the
    // whole line is copied per diagnostic the message grows as diagnostics x line length
    // (measured before the excerpt was clipped: 18 MB here, 39 MB for 5,000 nested groups).
    const line = Array.from({ length: 3_000 }, (_, i) => `message M${i} { int32 x = ; }`).join(" ");
    const text = `syntax = "proto3"; ${line}\n`;
    const err = await expectSchemaError(text);
    expect(err.diagnostics.length).toBeGreaterThan(0);
    expect(err.message.length).toBeLessThanOrEqual(err.diagnostics.length * 1_000);
  });

  it(`an import chain ${N} files long loads or fails cleanly (no stack overflow)`, async () => {
    const sources: Record<string, string> = {};
    for (let i = 0; i < N; i++) {
      const imp = i + 1 < N ? `import "f${i + 1}.proto";\n` : "";
      sources[`f${i}.proto`] = `syntax = "proto3";\npackage p${i};\n${imp}message M${i} {}\n`;
    }
    const thrown = await outcome(sources, "f0.proto");
    if (thrown !== undefined && !(thrown instanceof SchemaError)) {
      expect.fail(describeThrown(thrown));
    }
  });
});
