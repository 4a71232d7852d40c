/**
 * createFileRegistry (protowire/runtime) on hostile descriptor sets: whatever the bytes, it
 * returns a registry or throws a ProtowireError (a DecodeError for bytes that do not decode,
 * INVALID_SCHEMA for types the codecs cannot use), and the tables of a registry it returns
 * encode, decode and create with ProtowireErrors only: never a TypeError, a RangeError, a stack
 * overflow or a hang. Two generators: valid sets of random schemas (test/codec's arbitraries)
 * with descriptors edited (a field's type, label, number, oneof index, type name, extendee,
 * default, name or options, a message's map-entry or MessageSet option or name, set to values
 * protoc never writes), and random byte edits and cuts of a valid set.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { FileDescriptorSetTable } from "../../src/codec/file-registry/descriptor-tables.js";
import { loadSchemaSync } from "../../src/index.js";
import {
  create,
  createFileRegistry,
  fromBinary,
  ProtowireError,
  toBinary,
} from "../../src/runtime.js";
import { fileModelArb, renderProto, type Syntax } from "../codec/proof-arbitraries.js";

/** Runs `f`; an error that is not a ProtowireError fails the test. */
function onlyProtowireErrors(f: () => void): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ProtowireError)) throw e;
  }
}

/** Every table of `set`'s registry used once: create, encode, decode of its bytes and of junk. */
function exercise(set: Uint8Array, junk: Uint8Array): void {
  onlyProtowireErrors(() => {
    const registry = createFileRegistry(set);
    for (const name of registry.messageNames) {
      onlyProtowireErrors(() => {
        const T = registry.getMessage(name)!;
        const m = create(T);
        onlyProtowireErrors(() => fromBinary(T, toBinary(T, m)));
        onlyProtowireErrors(() => fromBinary(T, junk));
        onlyProtowireErrors(() => registry.getCodec(name)!.getField(m, "x"));
      });
    }
  });
}

type Obj = Record<string, unknown>;

/** Every field and message descriptor of a decoded set (nested types and extensions too). */
function elements(files: Obj[]): { fields: Obj[]; messages: Obj[] } {
  const fields: Obj[] = [];
  const messages: Obj[] = [];
  const visit = (m: Obj) => {
    messages.push(m);
    fields.push(...(m.field as Obj[]), ...(m.extension as Obj[]));
    for (const n of m.nestedType as Obj[]) visit(n);
  };
  for (const f of files) {
    for (const m of f.messageType as Obj[]) visit(m);
    fields.push(...(f.extension as Obj[]));
  }
  return { fields, messages };
}

/** A change to one field or message descriptor: a property set to a value protoc never writes. */
const editArb = fc.oneof(
  fc.record({
    on: fc.constant("field" as const),
    key: fc.constantFrom("type", "label", "number", "oneofIndex"),
    value: fc.oneof(fc.integer({ min: -2, max: 20 }), fc.constantFrom(536870912, 2 ** 31 - 1)),
  }),
  fc.record({
    on: fc.constant("field" as const),
    key: fc.constantFrom("typeName", "extendee", "defaultValue", "name"),
    value: fc.constantFrom(".p.Nope", "Rel", "", ".", "__proto__", "x", "1", "-1", "nan", "\\9"),
  }),
  fc.record({
    on: fc.constant("field" as const),
    key: fc.constant("options"),
    value: fc.record({
      packed: fc.boolean(),
      jstype: fc.integer({ min: 0, max: 4 }),
      features: fc.record({
        fieldPresence: fc.integer({ min: 0, max: 4 }),
        messageEncoding: fc.integer({ min: 0, max: 3 }),
      }),
    }),
  }),
  fc.record({
    on: fc.constant("message" as const),
    key: fc.constantFrom("options"),
    value: fc.record({ mapEntry: fc.boolean(), messageSetWireFormat: fc.boolean() }),
  }),
  fc.record({
    on: fc.constant("message" as const),
    key: fc.constantFrom("name"),
    value: fc.constantFrom("", "__proto__", "M0", "x.y"),
  }),
);

const syntaxArb = fc.constantFrom<Syntax>("proto2", "proto3", "editions");

describe("createFileRegistry on hostile descriptor sets", () => {
  it("valid sets with descriptors edited: a registry or a ProtowireError, and tables that fail cleanly", () => {
    fc.assert(
      fc.property(
        syntaxArb.chain((syntax) => fileModelArb(syntax)),
        fc.array(fc.tuple(fc.nat(), editArb), { maxLength: 2 }),
        fc.uint8Array({ maxLength: 24 }),
        (model, edits, junk) => {
          const valid = loadSchemaSync({ sources: { "r.proto": renderProto(model) } });
          const { file } = fromBinary(FileDescriptorSetTable, valid.toFileDescriptorSet());
          const { fields, messages } = elements(file as unknown as Obj[]);
          for (const [i, edit] of edits) {
            const list = edit.on === "field" ? fields : messages;
            if (list.length > 0) list[i % list.length]![edit.key] = edit.value;
          }
          let set: Uint8Array;
          try {
            set = toBinary(FileDescriptorSetTable, { file });
          } catch (e) {
            if (e instanceof ProtowireError) return; // a value its field cannot hold: no set
            throw e;
          }
          exercise(set, junk);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("random edits of valid sets: a registry or a ProtowireError", () => {
    const valid = loadSchemaSync({
      sources: {
        "v.proto": `syntax = "proto2"; package p;
          message M { optional int32 a = 1 [default = 5]; repeated string s = 2; map<string, M> m = 3;
            oneof o { bytes b = 4; E e = 5; } optional group G = 6 { optional sint64 z = 7; }
            extensions 100 to 200; }
          enum E { A = 1; B = 2; }
          extend M { optional M ext = 150; }
          message S { option message_set_wire_format = true; extensions 4 to max; }`,
      },
    }).toFileDescriptorSet();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.nat(valid.length),
        fc.uint8Array({ maxLength: 24 }),
        (edits, cut, junk) => {
          const set = valid.slice(0, Math.max(cut, 1));
          for (const [at, byte] of edits) if (at < set.length) set[at] = byte;
          exercise(set, junk);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
