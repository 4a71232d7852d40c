/**
 * Schema strings never reach generated source except as JSON.stringify'ed literals or checked
 * identifiers: names full of quotes, comment ends, backslashes, prototype keys and non-ASCII
 * compile, behave as ordinary fields, and inject nothing.
 */
import { Script } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { emitMessage } from "../../src/codec/emit/message.js";
import { compileMessage } from "../../src/codec/message-type.js";
import { DecodeError } from "../../src/wire/errors.js";
import { enumOf, field, mapField, message, FieldType as T } from "./hand-schema.js";

const PAYLOADS = [
  'q"); globalThis.pwned = 1; ("',
  "q'); globalThis.pwned = 1; ('",
  "*/ globalThis.pwned = 1; /*",
  "back\\slash\\",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "ünïcödé_名前",
  "line\nbreak\u2028sep",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the payload
  "${globalThis.pwned = 1}",
  "`tick`",
];

const declared = () => (globalThis as { pwned?: unknown }).pwned;

afterEach(() => {
  delete (globalThis as { pwned?: unknown }).pwned;
});

describe("hostile names", () => {
  const leaf = message('evil"*/\\.Leaf', [
    field("x", 1, T.TYPE_INT32, { localName: "constructor" }),
  ]);
  const fields = PAYLOADS.map((name, i) =>
    field(name, i + 1, T.TYPE_STRING, { localName: name, presence: "explicit" }),
  );
  const extra = [
    field("sub", 20, T.TYPE_MESSAGE, { localName: "__defineSetter__", message: leaf }),
    field("o1", 21, T.TYPE_INT32, { localName: "o'1", oneof: '*/ "oneof" \\' }),
    field("o2", 22, T.TYPE_MESSAGE, { localName: 'o"2', oneof: '*/ "oneof" \\', message: leaf }),
    field("e", 23, T.TYPE_ENUM, {
      localName: "valueOf",
      enum: enumOf('Enum"*/', [0, 1], false),
      presence: "explicit",
    }),
    mapField(
      "m",
      24,
      field("key", 1, T.TYPE_STRING),
      field("value", 2, T.TYPE_MESSAGE, { message: leaf }),
    ),
    field("req", 25, T.TYPE_INT32, { localName: "isPrototypeOf", presence: "required" }),
  ];
  const info = message('pkg"); globalThis.pwned = 1; ("*/.Msg', [...fields, ...extra]);

  it("the emitted source quotes every schema string", () => {
    const { source } = emitMessage(info, () => true);
    // Names that pass the identifier check may appear bare (`m.constructor = v`); no other may.
    for (const p of PAYLOADS.filter((p) => !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p))) {
      const bare = source.split(JSON.stringify(p)).join("");
      expect(bare.includes(p)).toBe(false);
    }
    // Parsed (not run) through node:vm, which the eval-free test run also allows.
    expect(() => new Script(`(function (rt, L) {\n${source}\n})`)).not.toThrow();
  });

  it("compiles, round-trips, and injects nothing", () => {
    const codec = compileMessage<Record<string, unknown>>(info);
    const m = codec.create();
    expect(declared()).toBeUndefined();
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    for (const p of PAYLOADS) {
      const key = p === "__proto__" ? "__proto__$" : p;
      expect(Object.hasOwn(m, key)).toBe(true);
      m[key] = `value of ${p}`;
    }
    m.__defineSetter__ = { constructor: 5 };
    m['*/ "oneof" \\'] = { case: 'o"2', value: { constructor: 6 } };
    Object.assign(m, { valueOf: 1, isPrototypeOf: 9 });
    (m.m as Map<string, unknown>).set("__proto__", { constructor: 7 });
    const bytes = codec.encode(m);
    const back = codec.decode(bytes);
    expect(back).toEqual(m);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(back.__defineSetter__)).toBe(Object.prototype);
    expect(back.__proto__$).toBe("value of __proto__");
    expect(declared()).toBeUndefined();
  });

  it("an init object without own keys named like Object.prototype members sets nothing", () => {
    const codec = compileMessage<Record<string, unknown>>(info);
    const m = codec.create({});
    expect(m.constructor).toBeUndefined();
    expect(m.toString).toBeUndefined();
    expect(m.valueOf).toBeUndefined();
    // encode of a partial plain object does not read inherited members as fields
    expect(() => codec.encode({ isPrototypeOf: 1 } as never)).not.toThrow();
  });

  it("error paths carry hostile names as data", () => {
    const codec = compileMessage<Record<string, unknown>>(info);
    // field 1 (the first payload) as a string with a truncated length
    try {
      codec.decode(new Uint8Array([0x0a, 0x05, 0x61]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DecodeError);
      expect((e as DecodeError).path).toBe(`Msg.${PAYLOADS[0]}`);
    }
  });
});

describe("property name clashes", () => {
  it("two fields mapping to one property are a compile error, not a silent overwrite", () => {
    const info = message("pkg.Clash", [
      field("a", 1, T.TYPE_INT32, { localName: "__proto__" }),
      field("b", 2, T.TYPE_INT32, { localName: "__proto__$" }),
    ]);
    expect(() => compileMessage(info)).toThrow(/NAME_CONFLICT|property name/);
  });
});

describe("extreme field numbers", () => {
  it("the largest field number (2^29 - 1) round-trips through the tag switch", () => {
    const info = message("pkg.Big", [
      field("big", 536_870_911, T.TYPE_INT32, { presence: "explicit" }),
      field("bigs", 536_870_910, T.TYPE_SINT64, { repeated: true }),
    ]);
    const codec = compileMessage<Record<string, unknown>>(info);
    const m = codec.create({ big: -1, bigs: [1n, -2n] });
    const bytes = codec.encode(m);
    // tag of (2^29 - 1, varint) = 0xfffffff8: f8 ff ff ff 0f
    expect(Array.from(bytes.subarray(bytes.length - 15, bytes.length - 10))).toEqual([
      0xf8, 0xff, 0xff, 0xff, 0x0f,
    ]);
    const back = codec.decode(bytes);
    expect(back).toEqual(m);
    expect(back.$unknown).toBeUndefined();
  });
});
