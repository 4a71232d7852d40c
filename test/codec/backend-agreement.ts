/**
 * Inputs shared by the tests that hold another codec backend against the compiled codecs
 * (closure-codecs.test.ts: the eval-free fallback; compact-codecs.test.ts: the tables of
 * `protowire gen --optimize size`).
 */
import fc from "fast-check";
import {
  fileModelArb,
  messageValueArb,
  type Syntax,
  withExtensionsArb,
} from "./proof-arbitraries.js";

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
