/**
 * Generated functions are named in stack traces: each evaluated body ends with a
 * `//# sourceURL=protowire:///<message full name>.js`, built from proto name characters only.
 */
import { afterEach, describe, expect, it } from "vitest";
import { emitForEvaluation } from "../../src/codec/compiler.js";
import { compileMessage } from "../../src/codec/message-type.js";
import { DecodeError } from "../../src/wire/errors.js";
import { field, message, FieldType as T } from "./hand-schema.js";
import { fromHex, loadTestSchema } from "./schema-helper.js";

/**
 * A stack frame of generated function `fn` of the message type whose URL is `name`, e.g.
 * `at Object.decode (protowire:///pkg.Leaf.js:65:105)` (called as a method of its functions).
 */
function frame(fn: string, name: string): RegExp {
  const url = `protowire:///${name.replaceAll(".", "\\.")}\\.js`;
  return new RegExp(`at (?:Object\\.)?${fn} \\(${url}:\\d+:\\d+\\)`);
}

describe("stack traces name the generated code", () => {
  const schema = loadTestSchema(["codec2.proto"], "protoc", "protowire");
  const all = schema.codec("codectest.p2.All");

  it("a DecodeError thrown in a nested decode: both message types' decode frames", () => {
    // f_leaf = 17 (tag 8a 01), length 2: Leaf.a (tag 08) with a varint cut short.
    let error: unknown;
    try {
      all.decode(fromHex("8a01 02 0880"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    const stack = (error as DecodeError).stack ?? "";
    expect(stack).toMatch(frame("decode", "codectest.p2.Leaf"));
    expect(stack).toMatch(frame("decode", "codectest.p2.All"));
    // The error the codec throws carries the whole path in its message and its stack's header.
    expect(stack.split("\n")[0]).toBe(`DecodeError: ${(error as DecodeError).message}`);
    expect((error as DecodeError).path).toBe("All.fLeaf.a");
  });

  it("user code run by a nested encode sees the generated encode frames", () => {
    let stack = "";
    const leaf = {
      get a() {
        stack = new Error("probe").stack ?? "";
        return 1;
      },
    };
    all.encode({ fLeaf: leaf } as never, { ignoreUnknownKeys: true });
    expect(stack).toMatch(frame("encode", "codectest.p2.Leaf"));
    expect(stack).toMatch(frame("encode", "codectest.p2.All"));
  });
});

describe("the sourceURL of a hostile name", () => {
  afterEach(() => {
    delete (globalThis as { pwned?: unknown }).pwned;
  });

  const hostile = 'pkg"\n\u2028*/ globalThis.pwned = 1; //.Msg';
  const info = message(hostile, [field("s", 1, T.TYPE_STRING)]);

  it("keeps proto name characters only, so no schema text can end the comment", () => {
    const lines = emitForEvaluation(info).source.split("\n");
    expect(lines.at(-1)).toBe(
      "//# sourceURL=protowire:///pkg______globalThis.pwned___1____.Msg.js",
    );
    expect(lines.filter((l) => l.includes("sourceURL"))).toHaveLength(1);
  });

  it("still names the frames, and injects nothing", () => {
    let error: unknown;
    try {
      compileMessage(info).decode(fromHex("0a 05 61"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).stack).toMatch(
      frame("decode", "pkg______globalThis.pwned___1____.Msg"),
    );
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });
});
