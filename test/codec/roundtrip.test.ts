/**
 * fast-check over the fixture schemas (proto2, proto3, editions): decode(encode(m)) deep-equals
 * m, and @bufbuild/protobuf, loaded from the same descriptors, reads what we write and writes
 * what we read back to the same value.
 */
import { fromBinary, toBinary } from "@bufbuild/protobuf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbMessage } from "./arbitrary-message.js";
import { loadTestSchema } from "./schema-helper.js";

const schemas = [
  {
    files: ["codec2.proto", "codec3.proto"],
    compiler: "protoc" as const,
    types: ["codectest.p2.All", "codectest.p3.All"],
  },
  { files: ["codec_editions.proto"], compiler: "buf" as const, types: ["codectest.ed.All"] },
];

describe("round trips", () => {
  for (const { files, compiler, types } of schemas) {
    const schema = loadTestSchema(files, compiler);
    for (const type of types) {
      const desc = schema.registry.getMessage(type)!;
      const codec = schema.codec(type);
      const info = schema.info(type);

      it(`${type}: decode(encode(m)) equals m`, () => {
        fc.assert(
          fc.property(arbMessage(info), (value) => {
            const m = codec.create(value as never);
            expect(codec.decode(codec.encode(m))).toEqual(m);
          }),
          { numRuns: 300 },
        );
      });

      it(`${type}: @bufbuild/protobuf reads our bytes and writes bytes we read back equal`, () => {
        fc.assert(
          fc.property(arbMessage(info, 3, { noNegativeZero: true }), (value) => {
            const m = codec.create(value as never);
            const ours = codec.encode(m);
            const theirs = toBinary(desc, fromBinary(desc, ours));
            expect(codec.decode(theirs)).toEqual(m);
          }),
          { numRuns: 300 },
        );
      });
    }
  }
});
