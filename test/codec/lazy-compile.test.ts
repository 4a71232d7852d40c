/**
 * The run-time compiler compiles nothing until it runs (compiler.ts): a message type's functions
 * start as stubs, the first call of one compiles its part (make, decode, encode and missing; or
 * init and create), and a field's type is compiled when a message holding it is first used.
 * A compiled function is the emitted one, named as emitted (`decode`); a stub has no name.
 */
import { describe, expect, it } from "vitest";
import { compileMessageFunctions } from "../../src/codec/compiler.js";
import { compileMessage } from "../../src/codec/message-type.js";
import { field, message, FieldType as T } from "./hand-schema.js";
import { fromHex } from "./schema-helper.js";

const compiled = (f: { name: string }) => f.name !== "";

describe("compiling on first use", () => {
  const leaf = message("lazy.Leaf", [field("x", 1, T.TYPE_INT32)]);
  const unused = message("lazy.Unused", [field("y", 1, T.TYPE_STRING)]);
  const root = message("lazy.Root", [
    field("a", 1, T.TYPE_INT32),
    field("leaf", 2, T.TYPE_MESSAGE, { message: leaf, presence: "explicit" }),
    field("unused", 3, T.TYPE_MESSAGE, { message: unused, presence: "explicit" }),
  ]);
  const fns = () => compileMessageFunctions(root);
  const leafFns = () => compileMessageFunctions(leaf);
  const unusedFns = () => compileMessageFunctions(unused);

  it("compiles nothing when the codec is made", () => {
    const codec = compileMessage(root);
    expect(codec.typeName).toBe("lazy.Root");
    expect([fns().decode, fns().encode, fns().create].some(compiled)).toBe(false);
  });

  it("compiles the codec part of a type on its first decode, and only the types the data holds", () => {
    const codec = compileMessage(root);
    expect(codec.decode(fromHex("0807"))).toMatchObject({ a: 7 });
    expect(compiled(fns().decode)).toBe(true);
    expect(compiled(fns().encode)).toBe(true); // same part
    expect(compiled(fns().create)).toBe(false); // its own part
    expect(compiled(leafFns().decode)).toBe(false);
    // Field 2 (leaf) holds x = 5: Leaf is compiled now, Unused still not.
    expect(codec.decode(fromHex("0807 1202 0805")).leaf).toMatchObject({ x: 5 });
    expect(compiled(leafFns().decode)).toBe(true);
    expect(compiled(unusedFns().decode)).toBe(false);
  });

  it("compiles create on its first call, and gives what the compiled-at-once codec gives", () => {
    const codec = compileMessage(root);
    const m = codec.create({ a: 1, unused: { y: "z" } });
    expect(compiled(fns().create)).toBe(true);
    expect(compiled(unusedFns().create)).toBe(true);
    expect(m).toEqual({ a: 1, leaf: undefined, unused: { y: "z" } });
    expect(codec.decode(codec.encode(m))).toEqual(m);
  });
});
