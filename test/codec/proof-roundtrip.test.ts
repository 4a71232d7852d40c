// Proof beyond conformance (issue 4): for random schemas (proto2, proto3, editions 2023; rendered
// as .proto text and loaded through protowire's own parser and linker) and random messages of
// them, decode(encode(m)) deep-equals m; and @bufbuild/protobuf, loaded from the descriptors
// protowire itself emits, decodes what protowire encodes to the same value and vice versa.
import { createFileRegistry, type DescMessage, fromBinary, toBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MessageCodec, messageType } from "../../src/codec/index.js";
import type { MessageInfo } from "../../src/codec/info.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import {
  type FileModel,
  fileModelArb,
  type MessageValue,
  messageValueArb,
  renderProto,
  type Syntax,
} from "./proof-arbitraries.js";
import { fromEs, toEs, toOursInit } from "./proof-models.js";

interface Loaded {
  text: string;
  codec: MessageCodec;
  info: MessageInfo;
  desc: DescMessage;
}

function load(model: FileModel, index: number): Loaded {
  const text = renderProto(model);
  const schema = loadSchemaSync({ sources: { "proof.proto": text } });
  const fullName = `${model.pkg}.${model.messages[index]!.name}`;
  const registry = createFileRegistry(
    fromBinary(FileDescriptorSetSchema, schema.toFileDescriptorSet()),
  );
  const desc = registry.getMessage(fullName);
  const info = schema.findMessage(fullName);
  if (desc === undefined || info === undefined) throw new Error(`${fullName} not found`);
  return { text, codec: messageType(schema, fullName), info, desc };
}

/** A schema, one of its message types, and a few values of that type. */
function caseArb(syntax: Syntax, options: { maps?: boolean } = {}) {
  return fileModelArb(syntax, options).chain((model) =>
    fc.nat({ max: model.messages.length - 1 }).chain((index) =>
      fc.record({
        model: fc.constant(model),
        index: fc.constant(index),
        values: fc.array(messageValueArb(model, index), { minLength: 1, maxLength: 4 }),
      }),
    ),
  );
}

/** Re-throws with the schema text, which fast-check's counterexample print does not show. */
function withSchema(text: string, check: () => void): void {
  try {
    check();
  } catch (e) {
    if (e instanceof Error) e.message = `${e.message}\n--- schema ---\n${text}`;
    throw e;
  }
}

const SYNTAXES: Syntax[] = ["proto2", "proto3", "editions"];
const RUNS = 80;

describe.each(SYNTAXES)("%s: random schemas, random messages", (syntax) => {
  it("decode(encode(m)) deep-equals m, and encoding is stable", () => {
    fc.assert(
      fc.property(caseArb(syntax), ({ model, index, values }) => {
        const { text, codec, info } = load(model, index);
        withSchema(text, () => {
          for (const v of values) {
            const m = codec.create(toOursInit(v, info));
            const bytes = codec.encode(m);
            const back = codec.decode(bytes);
            expect(back).toStrictEqual(m);
            expect(codec.encode(back)).toEqual(bytes);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("@bufbuild/protobuf decodes protowire's bytes to the same value, and vice versa", () => {
    fc.assert(
      fc.property(caseArb(syntax), ({ model, index, values }) => {
        const { text, codec, info, desc } = load(model, index);
        withSchema(text, () => {
          for (const v of values) {
            const m = codec.create(toOursInit(v, info));
            // protowire -> protobuf-es
            const seenByEs: MessageValue = fromEs(fromBinary(desc, codec.encode(m)), desc);
            expect(codec.create(toOursInit(seenByEs, info))).toStrictEqual(m);
            // protobuf-es -> protowire
            expect(codec.decode(toBinary(desc, toEs(v, desc)))).toStrictEqual(m);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  // Both libraries write fields in field-number order, pack as the descriptors say and omit
  // implicit-presence defaults, as protoc does, so their bytes must agree. Maps are left out:
  // protobuf-es keeps map entries in a plain object, whose integer-like keys JavaScript
  // iterates in numeric order, not in insertion order.
  it("encodes the same bytes as @bufbuild/protobuf (schemas without maps)", () => {
    fc.assert(
      fc.property(caseArb(syntax, { maps: false }), ({ model, index, values }) => {
        const { text, codec, info, desc } = load(model, index);
        withSchema(text, () => {
          for (const v of values) {
            const ours = codec.encode(codec.create(toOursInit(v, info)));
            expect(ours).toEqual(toBinary(desc, toEs(v, desc)));
          }
        });
      }),
      { numRuns: RUNS },
    );
  });
});
