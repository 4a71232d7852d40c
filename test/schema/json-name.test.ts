// toJsonName is protoc's ToJsonName (descriptor.cc): each `_` dropped and the character after
// it upper-cased (ASCII), everything else kept. Checked on protoc's own json_name values (the
// fixtures' goldens cover them too) and against the definition, character by character.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJsonName } from "../../src/schema/descriptor/json-name.js";

/** The definition, one character at a time. */
function byDefinition(name: string): string {
  let out = "";
  let upperNext = false;
  for (const c of name) {
    if (c === "_") upperNext = true;
    else {
      out += upperNext ? c.toUpperCase() : c;
      upperNext = false;
    }
  }
  return out;
}

describe("toJsonName", () => {
  it("gives protoc's json_name", () => {
    const cases: [string, string][] = [
      ["foo_bar", "fooBar"],
      ["foo", "foo"],
      ["Foo_bar", "FooBar"],
      ["_foo", "Foo"],
      ["foo_", "foo"],
      ["foo__bar", "fooBar"],
      ["foo_1bar", "foo1bar"],
      ["foo_bar_baz", "fooBarBaz"],
      ["___", ""],
      ["a_b_c_d", "aBCD"],
      ["fooBar_Baz", "fooBarBaz"],
    ];
    for (const [name, json] of cases) expect(toJsonName(name), name).toBe(json);
  });

  it("agrees with the definition on any identifier", () => {
    const identifier = fc
      .array(fc.constantFrom("a", "b", "Z", "_", "_", "1", "x"), { maxLength: 16 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(identifier, (name) => {
        expect(toJsonName(name)).toBe(byDefinition(name));
      }),
      { numRuns: 2000 },
    );
  });
});
