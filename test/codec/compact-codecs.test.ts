// The compact codecs (src/codec/compact/, what `protowire gen --optimize=size` writes) against
// the compiled ones, in one process (compact/build.ts makes them from the same schema as the
// generated tables): for random schemas and messages, and for random bytes, both give the same
// messages, the same bytes, and errors of the same class and code at the same place (offset
// and path; the wording of details may be shorter). The generated files themselves run
// through the conformance suite (PROTOWIRE_TESTEE_CODECS=generated-size) and test/gen.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactCodec } from "../../src/codec/compact/build.js";
import {
  type Message,
  type MessageCodec,
  messageType,
  setExtension,
} from "../../src/codec/index.js";
import { compileMessage } from "../../src/codec/message-type.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { arbMessage } from "./arbitrary-message.js";
import {
  BAD_VALUES,
  fromHex,
  schemaCaseArb,
  UNKNOWN_CLOSED_ENUM_INPUTS,
} from "./backend-agreement.js";
import {
  fileModelArb,
  messageValueArb,
  renderProto,
  type Syntax,
  typeValueArb,
  withExtensionsArb,
} from "./proof-arbitraries.js";
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

function expectSame(compiled: MessageCodec, compact: MessageCodec, bytes: Uint8Array): void {
  expect(outcome(() => compact.decode(bytes))).toStrictEqual(outcome(() => compiled.decode(bytes)));
}

const SYNTAXES: Syntax[] = ["proto2", "proto3", "editions"];

describe.each(SYNTAXES)("%s: random schemas", (syntax) => {
  it("create, encode and decode agree with the compiled codecs", () => {
    const arb = schemaCaseArb(syntax);
    fc.assert(
      fc.property(arb, ({ model, index, values, noise }) => {
        const schema = loadSchemaSync({ sources: { "proof.proto": renderProto(model) } });
        const info = schema.findMessage(`${model.pkg}.${model.messages[index]!.name}`)!;
        const compiled = compileMessage(info);
        const compact = compactCodec(info);
        for (const v of values) {
          const init = toOursInit(v, info);
          const m = compiled.create(init);
          expect(compact.create(init)).toStrictEqual(m);
          const bytes = compiled.encode(m);
          expect(compact.encode(m)).toEqual(bytes);
          expectSame(compiled, compact, bytes);
          expect(compact.missingFields(m)).toEqual(compiled.missingFields(m));
          const noisy = new Uint8Array([...bytes, ...noise]);
          expectSame(compiled, compact, noisy);
          expectSame(compiled, compact, noisy.subarray(0, noisy.length >> 1));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe.each<Syntax>(["proto2", "editions"])(
  "%s: random schemas with extensions set",
  (syntax) => {
    it("encode places known extensions and checks their required fields as the compiled codecs", () => {
      const arb = fileModelArb(syntax)
        .chain(withExtensionsArb)
        .chain((model) =>
          fc.record({
            model: fc.constant(model),
            base: messageValueArb(model, 0),
            exts: fc.tuple(
              ...model.extensions!.map((e) =>
                e.label === "repeated"
                  ? fc.array(typeValueArb(model, e.type), { maxLength: 3 })
                  : fc.option(typeValueArb(model, e.type), { nil: undefined }),
              ),
            ),
            noise: fc.uint8Array({ maxLength: 24 }),
          }),
        );
      fc.assert(
        fc.property(arb, ({ model, base, exts, noise }) => {
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
          expectSame(compiled, compact, bytes);
          expectSame(compiled, compact, new Uint8Array([...bytes, ...noise]));
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

describe("the codec test protos", () => {
  const schema = loadTestSchema(["codec2.proto", "codec3.proto", "codec_editions.proto"]);
  const TYPES = ["codectest.p2.All", "codectest.p3.All", "codectest.ed.All"];

  it.each(TYPES)("%s: random messages and random bytes give the same results", (type) => {
    const info = schema.info(type);
    const compiled = compileMessage(info);
    const compact = compactCodec(info);
    fc.assert(
      fc.property(arbMessage(info), fc.uint8Array({ maxLength: 64 }), (init, noise) => {
        const m = compiled.create(init as object);
        expect(compact.create(init as object)).toStrictEqual(m);
        const bytes = compiled.encode(m);
        expect(compact.encode(m)).toEqual(bytes);
        expectSame(compiled, compact, bytes);
        expectSame(compiled, compact, noise);
        expectSame(compiled, compact, new Uint8Array([...bytes.subarray(0, 9), ...noise]));
      }),
      { numRuns: 150 },
    );
  });

  it.each(UNKNOWN_CLOSED_ENUM_INPUTS)(
    "codectest.p2.All: unknown closed-enum values (%s) are kept alike",
    (_name, hex) => {
      const info = schema.info("codectest.p2.All");
      const compiled = compileMessage(info);
      const compact = compactCodec(info);
      const bytes = fromHex(hex);
      const m = compiled.decode(bytes);
      expect(m.$unknown).toBeDefined();
      expect(compact.decode(bytes)).toStrictEqual(m);
      expect(compact.encode(compact.decode(bytes))).toEqual(compiled.encode(m));
    },
  );

  it.each(TYPES)("%s: invalid values fail with the same error", (type) => {
    const info = schema.info(type);
    const compiled = compileMessage(info);
    const compact = compactCodec(info);
    const bad = BAD_VALUES;
    const props = Object.keys(compiled.create());
    fc.assert(
      fc.property(fc.constantFrom(...props), bad, (prop, value) => {
        const m = { ...compiled.create(), [prop]: value };
        expect(outcome(() => compact.encode(m))).toStrictEqual(outcome(() => compiled.encode(m)));
        const init = { [prop]: value };
        expect(outcome(() => compact.create(init))).toStrictEqual(
          outcome(() => compiled.create(init)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it.each(TYPES)("%s: getField gives the compiled codec's defaults", (type) => {
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
