// Every committed descriptor set of the corpus (protoc 3.21 / buf 1.75 output, all three
// variants) decodes with our descriptor codec and re-encodes to the same bytes. This isolates
// the binary layer from parsing and linking: a failure here is in descriptor/binary.ts.

import { describe, expect, it } from "vitest";
import {
  decodeFileDescriptorSet,
  encodeFileDescriptorSet,
} from "../../src/schema/descriptor/binary.js";
import { describeSetDifference, loadManifest, readExpected } from "./fixtures-corpus.js";

describe("descriptor codec round trip over the schema corpus", () => {
  for (const entry of loadManifest()) {
    for (const variant of ["", "direct", "source"] as const) {
      const file = variant === "" ? `${entry.name}.binpb` : `${entry.name}.${variant}.binpb`;
      it(`${file} decodes and re-encodes byte for byte`, () => {
        const bytes = readExpected(entry, variant);
        const files = decodeFileDescriptorSet(bytes);
        expect(files.length).toBeGreaterThan(0);
        const diff = describeSetDifference(encodeFileDescriptorSet(files), bytes);
        if (diff?.actualJson !== undefined) {
          expect(diff.actualJson, diff.summary).toEqual(diff.expectedJson);
        }
        expect(diff?.summary).toBeUndefined();
      });
    }
  }
});
