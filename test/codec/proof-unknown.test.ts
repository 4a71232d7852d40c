// Proof beyond conformance: unknown fields are kept byte-exact and written back. A message of a
// random schema is encoded with its full type, decoded with a copy of the type that lacks some
// fields (so their bytes become unknown fields), re-encoded, and decoded with the full type
// again: the value must be the original one. With discardUnknown the removed fields are gone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messageType } from "../../src/codec/index.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { concatBytes } from "../../src/wire/concat.js";
import {
  type FileModel,
  fileModelArb,
  type MessageValue,
  messageValueArb,
  renderProto,
  type Syntax,
} from "./proof-arbitraries.js";
import { toOursInit } from "./proof-models.js";

/** The model with message `index` keeping only the fields (and whole oneofs) in `keep`. */
function strip(model: FileModel, index: number, keep: (n: number) => boolean): FileModel {
  const messages = model.messages.map((m, i) =>
    i !== index
      ? m
      : {
          ...m,
          fields: m.fields.filter((f) => keep(f.number)),
          oneofs: m.oneofs.filter((o) => o.fields.every((f) => keep(f.number))),
        },
  );
  return { ...model, messages };
}

function caseArb(syntax: Syntax) {
  return fileModelArb(syntax).chain((model) =>
    fc.nat({ max: model.messages.length - 1 }).chain((index) =>
      fc.record({
        model: fc.constant(model),
        index: fc.constant(index),
        dropSeed: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        values: fc.array(messageValueArb(model, index), { minLength: 1, maxLength: 3 }),
      }),
    ),
  );
}

describe.each<Syntax>(["proto2", "proto3", "editions"])("%s: unknown fields", (syntax) => {
  it("survive a decode/encode by a type that lacks them, byte for byte", () => {
    fc.assert(
      fc.property(caseArb(syntax), ({ model, index, dropSeed, values }) => {
        const m = model.messages[index]!;
        const numbers = [...m.fields, ...m.oneofs.flatMap((o) => o.fields)].map((f) => f.number);
        const chosen = new Set(numbers.filter((_, i) => dropSeed[i % dropSeed.length]));
        const partial = strip(model, index, (n) => !chosen.has(n));
        // A oneof goes as a whole, so `dropped` is what the partial type really lacks.
        const pm = partial.messages[index]!;
        const left = new Set(
          [...pm.fields, ...pm.oneofs.flatMap((o) => o.fields)].map((f) => f.number),
        );
        const dropped = new Set(numbers.filter((n) => !left.has(n)));
        const fullText = renderProto(model);
        const fullSchema = loadSchemaSync({ sources: { "full.proto": fullText } });
        const partSchema = loadSchemaSync({ sources: { "part.proto": renderProto(partial) } });
        const name = `${model.pkg}.${m.name}`;
        const full = messageType(fullSchema, name);
        const part = messageType(partSchema, name);
        const info = fullSchema.findMessage(name)!;
        for (const v of values) {
          const original = full.create(toOursInit(v, info));
          const bytes = full.encode(original);
          const seen = part.decode(bytes);
          // The unknown fields are the dropped fields' bytes exactly as the full type wrote them.
          const onlyDropped: MessageValue = {
            fields: new Map([...v.fields].filter(([n]) => dropped.has(n))),
          };
          const droppedBytes = full.encode(full.create(toOursInit(onlyDropped, info)), {
            allowPartial: true,
          });
          expect(concatBytes(seen.$unknown ?? [])).toEqual(droppedBytes);
          expect(full.decode(part.encode(seen)), fullText).toStrictEqual(original);

          // discardUnknown: the dropped fields are gone, everything else stays.
          const kept: MessageValue = {
            fields: new Map([...v.fields].filter(([n]) => !dropped.has(n))),
          };
          const discarded = part.decode(bytes, { discardUnknown: true });
          expect(discarded.$unknown).toBeUndefined();
          // (allowPartial: a dropped field may have been a required one)
          expect(
            full.decode(part.encode(discarded), { allowPartial: true }),
            fullText,
          ).toStrictEqual(full.create(toOursInit(kept, info)));
        }
      }),
      { numRuns: 60 },
    );
  });
});
