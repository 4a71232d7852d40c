/**
 * What the tests that hold another codec backend against the compiled codecs share
 * (closure-codecs.test.ts: the eval-free fallback; compact-codecs.test.ts: the tables of
 * `protowire gen --optimize size`): their inputs, and the suite every backend passes
 * (agreesWithCompiled).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MessageCodec } from "../../src/codec/index.js";
import type { MessageInfo } from "../../src/codec/info.js";
import { compileMessage } from "../../src/codec/message-type.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { arbMessage } from "./arbitrary-message.js";
import {
  fileModelArb,
  messageValueArb,
  renderProto,
  type Syntax,
  withExtensionsArb,
} from "./proof-arbitraries.js";
import { toOursInit } from "./proof-models.js";
import { loadTestSchema } from "./schema-helper.js";

/** A random schema of `syntax` (with extensions where the syntax has them), a message type of it, values of that type, and noise bytes. */
export function schemaCaseArb(syntax: Syntax) {
  return fileModelArb(syntax)
    .chain((model) => (syntax === "proto3" ? fc.constant(model) : withExtensionsArb(model)))
    .chain((model) =>
      fc.nat({ max: model.messages.length - 1 }).chain((index) =>
        fc.record({
          model: fc.constant(model),
          index: fc.constant(index),
          values: fc.array(messageValueArb(model, index), { minLength: 1, maxLength: 3 }),
          noise: fc.uint8Array({ maxLength: 40 }),
        }),
      ),
    );
}

/** Values of the wrong kind for most fields: each set on one property, encode and create must refuse alike. */
export const BAD_VALUES = fc.oneof(
  fc.constant(null),
  fc.constant("x"),
  fc.constant(1.5),
  fc.constant(2 ** 40),
  fc.constant(-1),
  fc.constant(7n),
  fc.constant([1, "a"]),
  fc.constant({ case: "nope" }),
  fc.constant(new Map([[1, 2]])),
  fc.constant({ a: 1 }),
);

/**
 * codectest.p2.All with closed-enum values the enum does not know, written by hand
 * (f_color = 16, r_color = 33, r_color_packed = 34, m_color = 53; 7 is no Color), known values
 * and other fields between the unknown ones.
 */
export const UNKNOWN_CLOSED_ENUM_INPUTS: [string, string][] = [
  ["singular", "800107800101800107"],
  ["repeated", "880207880201880207"],
  ["packed", "920203070107"],
  ["map entries", "aa030408011007aa030408021001aa03040803100790010a"],
];

/** Bytes from hex. */
export function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
}

/** A backend held against the compiled codecs, and what counts as the same outcome for it. */
export interface Backend {
  /** The backend's codec of `info`. */
  make(info: MessageInfo): MessageCodec;
  /** `run`'s value, or what of its error must equal the compiled codec's. */
  outcome(run: () => unknown): unknown;
}

/** `bytes` decoded by both codecs: the same message, or the same error as `outcome` sees it. */
export function expectSameDecode(
  outcome: Backend["outcome"],
  compiled: MessageCodec,
  other: MessageCodec,
  bytes: Uint8Array,
): void {
  expect(outcome(() => other.decode(bytes))).toStrictEqual(outcome(() => compiled.decode(bytes)));
}

/** The codec test protos every backend suite runs on, and their message types. */
export const TEST_PROTOS = ["codec2.proto", "codec3.proto", "codec_editions.proto"];
export const TEST_TYPES = ["codectest.p2.All", "codectest.p3.All", "codectest.ed.All"];

/**
 * The suite every backend passes against the compiled codecs: random schemas of each syntax,
 * and on the codec test protos random messages and bytes, unknown closed-enum values and
 * invalid values. Call it at the top of a test file; it adds its own describe blocks.
 */
export function agreesWithCompiled(backend: Backend): void {
  const { make, outcome } = backend;
  const expectSame = (compiled: MessageCodec, other: MessageCodec, bytes: Uint8Array) =>
    expectSameDecode(outcome, compiled, other, bytes);

  describe.each<Syntax>(["proto2", "proto3", "editions"])("%s: random schemas", (syntax) => {
    it("create, encode and decode agree with the compiled codecs", () => {
      fc.assert(
        fc.property(schemaCaseArb(syntax), ({ model, index, values, noise }) => {
          const schema = loadSchemaSync({ sources: { "proof.proto": renderProto(model) } });
          const info = schema.findMessage(`${model.pkg}.${model.messages[index]!.name}`)!;
          const compiled = compileMessage(info);
          const other = make(info);
          for (const v of values) {
            const init = toOursInit(v, info);
            const m = compiled.create(init);
            expect(other.create(init)).toStrictEqual(m);
            const bytes = compiled.encode(m);
            expect(other.encode(m)).toEqual(bytes);
            expectSame(compiled, other, bytes);
            expect(other.missingFields(m)).toEqual(compiled.missingFields(m));
            // Unknown and malformed input: the same message or the same error.
            const noisy = new Uint8Array([...bytes, ...noise]);
            expectSame(compiled, other, noisy);
            expectSame(compiled, other, noisy.subarray(0, noisy.length >> 1));
          }
        }),
        { numRuns: 60 },
      );
    });
  });

  describe("the codec test protos", () => {
    const schema = loadTestSchema(TEST_PROTOS);

    it.each(TEST_TYPES)("%s: random messages and random bytes give the same results", (type) => {
      const info = schema.info(type);
      const compiled = compileMessage(info);
      const other = make(info);
      fc.assert(
        fc.property(arbMessage(info), fc.uint8Array({ maxLength: 64 }), (init, noise) => {
          const m = compiled.create(init as object);
          expect(other.create(init as object)).toStrictEqual(m);
          const bytes = compiled.encode(m);
          expect(other.encode(m)).toEqual(bytes);
          expectSame(compiled, other, bytes);
          expectSame(compiled, other, noise);
          expectSame(compiled, other, new Uint8Array([...bytes.subarray(0, 9), ...noise]));
        }),
        { numRuns: 150 },
      );
    });

    // Closed-enum values the enum does not know go to the unknown fields (protoc's rules).
    it.each(UNKNOWN_CLOSED_ENUM_INPUTS)(
      "codectest.p2.All: unknown closed-enum values (%s) are kept alike",
      (_name, hex) => {
        const info = schema.info("codectest.p2.All");
        const compiled = compileMessage(info);
        const other = make(info);
        const bytes = fromHex(hex);
        const m = compiled.decode(bytes);
        expect(m.$unknown).toBeDefined();
        expect(other.decode(bytes)).toStrictEqual(m);
        expect(other.encode(other.decode(bytes))).toEqual(compiled.encode(m));
      },
    );

    it.each(TEST_TYPES)("%s: invalid values fail with the same error", (type) => {
      const info = schema.info(type);
      const compiled = compileMessage(info);
      const other = make(info);
      const props = Object.keys(compiled.create());
      fc.assert(
        fc.property(fc.constantFrom(...props), BAD_VALUES, (prop, value) => {
          const m = { ...compiled.create(), [prop]: value };
          expect(outcome(() => other.encode(m))).toStrictEqual(outcome(() => compiled.encode(m)));
          const init = { [prop]: value };
          expect(outcome(() => other.create(init))).toStrictEqual(
            outcome(() => compiled.create(init)),
          );
        }),
        { numRuns: 200 },
      );
    });
  });
}
