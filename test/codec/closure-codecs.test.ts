// The closure codecs (src/codec/closures/, what runs where `new Function` is forbidden) against
// the compiled ones, in one process: for random schemas and messages, and for random bytes,
// both give the same messages, the same bytes and the same errors (code, message, path). The
// whole codec, JSON and text suites also run with evaluation forbidden (`npm run
// test:no-eval`), where every codec is a closure codec.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MessageCodec } from "../../src/codec/index.js";
import { closureCodec, compileMessage } from "../../src/codec/message-type.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { arbMessage } from "./arbitrary-message.js";
import {
  BAD_VALUES,
  fromHex,
  schemaCaseArb,
  UNKNOWN_CLOSED_ENUM_INPUTS,
} from "./backend-agreement.js";
import { renderProto, type Syntax } from "./proof-arbitraries.js";
import { toOursInit } from "./proof-models.js";
import { loadTestSchema } from "./schema-helper.js";

/** The outcome of `run`: its value, or the error's class, code, message and path. */
function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (e) {
    const err = e as { name?: string; code?: string; message?: string; path?: unknown };
    return { error: [err.name, err.code, err.message, err.path] };
  }
}

function expectSame(compiled: MessageCodec, closures: MessageCodec, bytes: Uint8Array): void {
  expect(outcome(() => closures.decode(bytes))).toStrictEqual(
    outcome(() => compiled.decode(bytes)),
  );
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
        const closures = closureCodec(info);
        for (const v of values) {
          const init = toOursInit(v, info);
          const m = compiled.create(init);
          expect(closures.create(init)).toStrictEqual(m);
          const bytes = compiled.encode(m);
          expect(closures.encode(m)).toEqual(bytes);
          expectSame(compiled, closures, bytes);
          // Unknown and malformed input: the same message or the same error.
          const noisy = new Uint8Array([...bytes, ...noise]);
          expectSame(compiled, closures, noisy);
          expectSame(compiled, closures, noisy.subarray(0, noisy.length >> 1));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("the codec test protos", () => {
  const schema = loadTestSchema(["codec2.proto", "codec3.proto", "codec_editions.proto"]);
  const TYPES = ["codectest.p2.All", "codectest.p3.All", "codectest.ed.All"];

  it.each(TYPES)("%s: random messages and random bytes give the same results", (type) => {
    const info = schema.info(type);
    const compiled = compileMessage(info);
    const closures = closureCodec(info);
    fc.assert(
      fc.property(arbMessage(info), fc.uint8Array({ maxLength: 64 }), (init, noise) => {
        const m = compiled.create(init as object);
        expect(closures.create(init as object)).toStrictEqual(m);
        const bytes = compiled.encode(m);
        expect(closures.encode(m)).toEqual(bytes);
        expectSame(compiled, closures, bytes);
        expectSame(compiled, closures, noise);
        expectSame(compiled, closures, new Uint8Array([...bytes.subarray(0, 9), ...noise]));
      }),
      { numRuns: 150 },
    );
  });

  // Encode reads a message made by create or decode by place (Object.values, in make()'s order),
  // any other object member by member: both ways give the compiled codec's bytes.
  it.each(TYPES)("%s: the same bytes whatever the order of the message's keys", (type) => {
    const info = schema.info(type);
    const compiled = compileMessage(info);
    const closures = closureCodec(info);
    const reorder = (m: Record<string, unknown>, keys: string[]) =>
      Object.fromEntries(keys.filter((k) => k in m).map((k) => [k, m[k]]));
    fc.assert(
      fc.property(arbMessage(info), fc.uint8Array({ minLength: 2, maxLength: 8 }), (init, b) => {
        const m = compiled.create(init as object) as Record<string, unknown>;
        const unknown = [Uint8Array.of(0xf8, 0x07, b[0]! & 0x7f)]; // field 127, a varint
        const bytes = compiled.encode({ ...m, $unknown: unknown });
        const keys = Object.keys(m);
        const forms = [
          { ...closures.create(init as object), $unknown: unknown }, // by place, $unknown last
          reorder({ ...m, $unknown: unknown }, [...keys].reverse().concat("$unknown")),
          reorder({ ...m, $unknown: unknown }, [keys[0]!, "$unknown", ...keys.slice(1)]),
          reorder({ ...m, $unknown: unknown }, [...keys.slice(1), "$unknown"]), // one left out
        ];
        const missing = keys[0]!;
        const withoutFirst = compiled.encode({ ...m, [missing]: undefined, $unknown: unknown });
        expect(closures.encode(forms[0]!)).toEqual(bytes);
        expect(closures.encode(forms[1]!)).toEqual(bytes);
        expect(closures.encode(forms[2]!)).toEqual(bytes);
        expect(closures.encode(forms[3]!)).toEqual(withoutFirst);
      }),
      { numRuns: 100 },
    );
  });

  it.each(TYPES)("%s: a getter that throws names its field, read by place or not", (type) => {
    const info = schema.info(type);
    const compiled = compileMessage(info);
    const closures = closureCodec(info);
    const keys = Object.keys(compiled.create());
    for (const key of [keys[0]!, keys[keys.length >> 1]!, keys[keys.length - 1]!]) {
      const m = compiled.create() as Record<string, unknown>; // in make()'s order: by place
      Object.defineProperty(m, key, {
        enumerable: true,
        get() {
          throw new TypeError("boom");
        },
      });
      const error = outcome(() => closures.encode(m));
      expect(error).toStrictEqual(outcome(() => compiled.encode(m)));
      expect(JSON.stringify(error)).toContain(key);
    }
  });

  // Closed-enum values the enum does not know go to the unknown fields (protoc's rules).
  it.each(UNKNOWN_CLOSED_ENUM_INPUTS)(
    "codectest.p2.All: unknown closed-enum values (%s) are kept alike",
    (_name, hex) => {
      const info = schema.info("codectest.p2.All");
      const compiled = compileMessage(info);
      const closures = closureCodec(info);
      const bytes = fromHex(hex);
      const m = compiled.decode(bytes);
      expect(m.$unknown).toBeDefined();
      expect(closures.decode(bytes)).toStrictEqual(m);
      expect(closures.encode(closures.decode(bytes))).toEqual(compiled.encode(m));
    },
  );

  it.each(TYPES)("%s: invalid values fail with the same error", (type) => {
    const info = schema.info(type);
    const compiled = compileMessage(info);
    const closures = closureCodec(info);
    const bad = BAD_VALUES;
    const props = Object.keys(compiled.create());
    fc.assert(
      fc.property(fc.constantFrom(...props), bad, (prop, value) => {
        const m = { ...compiled.create(), [prop]: value };
        expect(outcome(() => closures.encode(m))).toStrictEqual(outcome(() => compiled.encode(m)));
        const init = { [prop]: value };
        expect(outcome(() => closures.create(init))).toStrictEqual(
          outcome(() => compiled.create(init)),
        );
      }),
      { numRuns: 200 },
    );
  });
});
