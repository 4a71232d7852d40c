// The compact codecs (src/codec/compact/, what `protowire gen --optimize=size` writes) against
// the compiled ones, in one process (compact/build.ts makes them from the same schema as the
// generated tables): for random schemas and messages, and for random bytes, both give the same
// messages, the same bytes, and errors of the same class and code at the same place (offset
// and path; the wording of details may be shorter). The generated files themselves run
// through the conformance suite (PROTOWIRE_TESTEE_CODECS=generated-size) and test/gen.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactCodec } from "../../src/codec/compact/build.js";
import { type Message, messageType, setExtension } from "../../src/codec/index.js";
import { compileMessage } from "../../src/codec/message-type.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import {
  agreesWithCompiled,
  expectSameDecode,
  TEST_PROTOS,
  TEST_TYPES,
} from "./backend-agreement.js";
import { extensionCaseArb, renderProto, type Syntax } from "./proof-arbitraries.js";
import { oursField, toOursInit } from "./proof-models.js";
import { loadTestSchema } from "./schema-helper.js";

/**
 * The outcome of `run`: its value, or the error's class, code, offset and path (for an
 * EncodeError, the path its message starts with: `INVALID_VALUE: M.a[2].b: ...`).
 */
function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (e) {
    const err = e as {
      name?: string;
      code?: string;
      message?: string;
      path?: unknown;
      offset?: unknown;
    };
    const at =
      err.name === "EncodeError" ? /^\w+: ([^ ]+?):/.exec(err.message ?? "")?.[1] : err.path;
    return { error: [err.name, err.code, err.offset, at] };
  }
}

agreesWithCompiled({ make: (info) => compactCodec(info), outcome });

describe.each<Syntax>(["proto2", "editions"])(
  "%s: random schemas with extensions set",
  (syntax) => {
    it("encode places known extensions and checks their required fields as the compiled codecs", () => {
      const arb = fc.tuple(extensionCaseArb(syntax), fc.uint8Array({ maxLength: 24 }));
      fc.assert(
        fc.property(arb, ([{ model, base, exts }, noise]) => {
          const schema = loadSchemaSync({ sources: { "ext.proto": renderProto(model) } });
          const name = `${model.pkg}.${model.messages[0]!.name}`;
          const info = schema.findMessage(name)!;
          const compiled = messageType(schema, name);
          const compact = compactCodec(info);
          const m: Message = compiled.create(toOursInit(base, info));
          model.extensions!.forEach((e, i) => {
            const ext = schema.findExtension(`${model.pkg}.${e.name}`)!;
            const x = exts[i];
            if (x !== undefined) setExtension(m, ext, oursField(ext, x));
          });
          expect(outcome(() => compact.encode(m))).toStrictEqual(outcome(() => compiled.encode(m)));
          expect(compact.missingFields(m)).toEqual(compiled.missingFields(m));
          const bytes = compiled.encode(m, { allowPartial: true });
          expectSameDecode(outcome, compiled, compact, bytes);
          expectSameDecode(outcome, compiled, compact, new Uint8Array([...bytes, ...noise]));
          const back = compiled.decode(bytes, { allowPartial: true });
          expect(compact.decode(bytes, { allowPartial: true })).toStrictEqual(back);
          expect(compact.encode(back, { allowPartial: true })).toEqual(
            compiled.encode(back, { allowPartial: true }),
          );
        }),
        { numRuns: 80 },
      );
    });
  },
);

describe("the codec test protos: getField", () => {
  const schema = loadTestSchema(TEST_PROTOS);

  it.each(TEST_TYPES)("%s: getField gives the compiled codec's defaults", (type) => {
    const info = schema.info(type);
    const compiled = compileMessage(info);
    const compact = compactCodec(info);
    const empty = compiled.create();
    for (const p of Object.keys(empty)) {
      expect(
        outcome(() => compact.getField(empty, p)),
        p,
      ).toStrictEqual(outcome(() => compiled.getField(empty, p)));
    }
    expect(outcome(() => compact.getField(empty, "nope"))).toStrictEqual(
      outcome(() => compiled.getField(empty, "nope")),
    );
  });
});
