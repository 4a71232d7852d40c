// Proof beyond conformance: extensions (proto2 and editions), read and written through the
// schema. For random schemas with random extensions of their first message, protowire's
// getExtension/setExtension round-trip, and @bufbuild/protobuf (loaded from the descriptors
// protowire emits) reads the extensions protowire writes and vice versa.
import {
  createFileRegistry,
  getExtension as esGetExtension,
  hasExtension as esHasExtension,
  setExtension as esSetExtension,
  fromBinary,
  toBinary,
} from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  getExtension,
  type Message,
  type MessageCodec,
  messageType,
  setExtension,
} from "../../src/codec/index.js";
import type { FieldInfo } from "../../src/codec/info.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { extensionCaseArb, renderProto, type Syntax, type Value } from "./proof-arbitraries.js";
import { esField, fromEsField, oursField, toEs, toOursInit } from "./proof-models.js";

/** protowire's value of an extension holding `x`, as getExtension returns it. */
function normalized(codec: MessageCodec, ext: FieldInfo, x: Value | undefined): unknown {
  const holder = codec.create();
  if (x !== undefined) setExtension(holder, ext, oursField(ext, x));
  return getExtension(holder, ext);
}

describe.each<Syntax>(["proto2", "editions"])("%s: extensions", (syntax) => {
  it("protowire and @bufbuild/protobuf read each other's extensions", () => {
    fc.assert(
      fc.property(extensionCaseArb(syntax), ({ model, base, exts }) => {
        const text = renderProto(model);
        const schema = loadSchemaSync({ sources: { "ext.proto": text } });
        const registry = createFileRegistry(
          fromBinary(FileDescriptorSetSchema, schema.toFileDescriptorSet()),
        );
        const name = `${model.pkg}.${model.messages[0]!.name}`;
        const codec = messageType(schema, name);
        const info = schema.findMessage(name)!;
        const desc = registry.getMessage(name)!;
        const ours = model.extensions!.map((e) => schema.findExtension(`${model.pkg}.${e.name}`)!);
        const theirs = model.extensions!.map(
          (e) => registry.getExtension(`${model.pkg}.${e.name}`)!,
        );
        expect(
          ours.every((e) => e !== undefined) && theirs.every((e) => e !== undefined),
          text,
        ).toBe(true);

        // protowire writes base fields and extensions.
        const m: Message = codec.create(toOursInit(base, info));
        exts.forEach((x, i) => {
          if (x !== undefined) setExtension(m, ours[i]!, oursField(ours[i]!, x));
        });
        const bytes = codec.encode(m);
        const back = codec.decode(bytes);
        const esMsg = fromBinary(desc, bytes);
        exts.forEach((x, i) => {
          const expected = normalized(codec, ours[i]!, x);
          expect(getExtension(m, ours[i]!), text).toStrictEqual(expected);
          expect(getExtension(back, ours[i]!), text).toStrictEqual(expected);
          // protobuf-es reads what protowire wrote.
          const seen = esHasExtension(esMsg, theirs[i]!)
            ? fromEsField(theirs[i]!, esGetExtension(esMsg, theirs[i]!))
            : undefined;
          expect(normalized(codec, ours[i]!, seen), text).toStrictEqual(expected);
        });

        // protobuf-es writes; protowire reads.
        const esWritten = toEs(base, desc);
        exts.forEach((x, i) => {
          if (x !== undefined)
            esSetExtension(esWritten, theirs[i]!, esField(theirs[i]!, x) as never);
        });
        const fromEs = codec.decode(toBinary(desc, esWritten));
        exts.forEach((x, i) => {
          expect(getExtension(fromEs, ours[i]!), text).toStrictEqual(
            normalized(codec, ours[i]!, x),
          );
        });
      }),
      { numRuns: 60 },
    );
  });
});
