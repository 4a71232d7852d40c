// The closure codecs (src/codec/closures/, what runs where `new Function` is forbidden) against
// the compiled ones, in one process: for random schemas and messages, and for random bytes,
// both give the same messages, the same bytes and the same errors (code, message, path). The
// whole codec, JSON and text suites also run with evaluation forbidden (`npm run
// test:no-eval`), where every codec is a closure codec.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closureCodec, compileMessage } from "../../src/codec/message-type.js";
import { arbMessage } from "./arbitrary-message.js";
import { agreesWithCompiled, TEST_PROTOS, TEST_TYPES } from "./backend-agreement.js";
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

agreesWithCompiled({ make: (info) => closureCodec(info), outcome });

describe("the codec test protos: key order and getters", () => {
  const schema = loadTestSchema(TEST_PROTOS);

  // Encode reads a message made by create or decode by place (Object.values, in make()'s order),
  // any other object member by member: both ways give the compiled codec's bytes.
  it.each(TEST_TYPES)("%s: the same bytes whatever the order of the message's keys", (type) => {
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

  it.each(TEST_TYPES)("%s: a getter that throws names its field, read by place or not", (type) => {
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
});
