// Proof that our parser + linker produce what protoc produces: for each corpus entry, the
// FileDescriptorSet we serialize equals the committed .binpb byte for byte, with and without
// imports and source info. The .binpb files come from protoc 36.2 (fixtures/schemas/
// regenerate.sh), never from our own encoder; buf images of the editions entries are inputs.

import { describe, expect, it } from "vitest";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";
import {
  type CorpusEntry,
  declaredNames,
  describeSetDifference,
  loadManifest,
  readExpected,
  readProtoTree,
} from "./fixtures-corpus.js";

type SetOptions = { includeImports: boolean; includeSourceInfo: boolean };

/** Fails with an explanation (file list, deep JSON diff, or hex window) unless bytes match. */
function expectSameSet(actual: Uint8Array, expected: Uint8Array, what: string): void {
  const diff = describeSetDifference(actual, expected);
  if (diff === undefined) return;
  if (diff.actualJson !== undefined) {
    // toEqual prints the path of every differing property.
    expect(diff.actualJson, `${what}: ${diff.summary}`).toEqual(diff.expectedJson);
  }
  expect.fail(`${what}: ${diff.summary}`);
}

async function loadFromDisk(entry: CorpusEntry) {
  return await loadSchema({ files: entry.files, includePaths: [entry.dir] });
}

const VARIANTS: { variant: "" | "direct" | "source"; options: SetOptions; label: string }[] = [
  { variant: "", options: { includeImports: true, includeSourceInfo: false }, label: "imports" },
  {
    variant: "direct",
    options: { includeImports: false, includeSourceInfo: false },
    label: "roots only",
  },
  {
    variant: "source",
    options: { includeImports: true, includeSourceInfo: true },
    label: "imports + source info",
  },
];

for (const entry of loadManifest()) {
  describe(`schema corpus: ${entry.name}`, () => {
    for (const { variant, options, label } of VARIANTS) {
      const file = variant === "" ? `${entry.name}.binpb` : `${entry.name}.${variant}.binpb`;
      it(`toFileDescriptorSet (${label}) equals ${file}`, async () => {
        const schema = await loadFromDisk(entry);
        expectSameSet(schema.toFileDescriptorSet(options), readExpected(entry, variant), file);
      });
    }

    it("loads from in-memory sources with the same bytes as from disk", async () => {
      const sources = Object.fromEntries(readProtoTree(entry.dir));
      const schema = await loadSchema({ sources, files: entry.files });
      expectSameSet(
        schema.toFileDescriptorSet({ includeImports: true, includeSourceInfo: false }),
        readExpected(entry, ""),
        `${entry.name}.binpb (sources)`,
      );
    });

    // The .direct sets lack their imports, so only the self-contained ones are schema inputs.
    for (const variant of ["", "source"] as const) {
      const file = variant === "" ? `${entry.name}.binpb` : `${entry.name}.${variant}.binpb`;
      it(`accepts ${file} as a descriptorSet and writes it back unchanged`, async () => {
        const bytes = readExpected(entry, variant);
        const schema = await loadSchema({ descriptorSet: bytes });
        expectSameSet(
          schema.toFileDescriptorSet({
            includeImports: true,
            includeSourceInfo: variant === "source",
          }),
          bytes,
          `${file} round trip`,
        );
      });
    }

    const subset = entry.subset;
    if (subset !== undefined) {
      it(`toFileDescriptorSet({ files: [${subset.join(", ")}] }) equals ${entry.name}.subset.binpb`, async () => {
        const schema = await loadFromDisk(entry);
        expectSameSet(
          schema.toFileDescriptorSet({
            files: subset,
            includeImports: true,
            includeSourceInfo: false,
          }),
          readExpected(entry, "subset"),
          `${entry.name}.subset.binpb`,
        );
      });
    }

    if (entry.buf) {
      // buf writes its own descriptor.proto, custom options before known fields (Go's order)
      // and a buf-only field 8042 per file: not protoc's bytes, but a valid schema input.
      it(`accepts the buf image ${entry.name}.buf.binpb as a descriptorSet`, async () => {
        const image = readExpected(entry, "buf");
        const schema = await loadSchema({ descriptorSet: image });
        const names = declaredNames(image);
        expect(names.messages.filter((n) => schema.findMessage(n) === undefined)).toEqual([]);
        expect(names.enums.filter((n) => schema.findEnum(n) === undefined)).toEqual([]);
      });
    }

    it("finds every declared message, enum, service and extension by full name", async () => {
      const schema = await loadFromDisk(entry);
      const names = declaredNames(readExpected(entry, ""));
      const missing = [
        ...names.messages
          .filter((n) => schema.findMessage(n) === undefined)
          .map((n) => `message ${n}`),
        ...names.enums.filter((n) => schema.findEnum(n) === undefined).map((n) => `enum ${n}`),
        ...names.services
          .filter((n) => schema.findService(n) === undefined)
          .map((n) => `service ${n}`),
        ...names.extensions
          .filter((n) => schema.findExtension(n) === undefined)
          .map((n) => `extension ${n}`),
      ];
      expect(missing).toEqual([]);
      expect(names.messages.length).toBeGreaterThan(0);
    });
  });
}
