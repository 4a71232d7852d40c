// The printer's options and errors, beyond what protoc's goldens show: singleLine (protoc's
// ShortDebugString form: one space between fields, `a { b: 1 }`, no trailing space), Any
// expansion with a registry (only what protoc's TextFormat::Printer expands: the two Google
// prefixes, a type the registry knows, a value that decodes), printUnknownFields, map key
// order (UTF-8 order for strings), and the TextError of values of the wrong shape.
import { describe, expect, it } from "vitest";
import { loadSchemaSync, setExtension, TextError } from "../../src/index.js";
import { thrown } from "../helpers/thrown.js";

const schema = loadSchemaSync({
  sources: {
    "p.proto": `
syntax = "proto2";
package p;
import "google/protobuf/any.proto";
message Leaf { optional int32 n = 1; optional string s = 2; required int32 r = 3; }
message Tree {
  optional int32 id = 1;
  repeated Leaf leaves = 2;
  map<string, int32> counts = 3;
  map<int64, Leaf> byId = 4;
  optional google.protobuf.Any any = 5;
  optional Tree child = 6;
  oneof pick { string name = 7; Leaf leaf = 8; }
  repeated int32 nums = 9;
  extensions 100 to 199;
}
message Opt { optional Leaf leaf = 1; }
extend Tree { optional Leaf ext_leaf = 100; repeated int32 ext_nums = 101; }
`,
  },
});
const Tree = schema.messageType("p.Tree");
const Leaf = schema.messageType("p.Leaf");
const err = (fn: () => unknown) => thrown(fn) as TextError;

describe("singleLine", () => {
  it("joins fields with one space, braces inline, no trailing space", () => {
    const t = Tree.create({ id: 1, leaves: [{ n: 2 }, {}], counts: new Map([["k", 3]]) });
    expect(Tree.toText(t, { singleLine: true })).toBe(
      'id: 1 leaves { n: 2 } leaves { } counts { key: "k" value: 3 }',
    );
  });

  it("prints an empty message as the empty string", () => {
    expect(Tree.toText(Tree.create({}), { singleLine: true })).toBe("");
    expect(Tree.toText(Tree.create({}))).toBe("");
  });

  it("puts unknown fields on the line too", () => {
    // field 50 varint 1, field 51 holding a message { 1: 2 }
    const t = Tree.decode(new Uint8Array([0x90, 0x03, 1, 0x9a, 0x03, 2, 0x08, 2]));
    expect(Tree.toText(t)).toBe("50: 1\n51 {\n  1: 2\n}\n");
    expect(Tree.toText(t, { singleLine: true })).toBe("50: 1 51 { 1: 2 }");
  });
});

describe("Any expansion", () => {
  const packed = (url: string, value: Uint8Array) => Tree.create({ any: { typeUrl: url, value } });
  const leafBytes = Leaf.encode(Leaf.create({ n: 1, r: 0 }));

  it("expands a type the registry knows under either Google prefix", () => {
    for (const prefix of ["type.googleapis.com/", "type.googleprod.com/"]) {
      const text = Tree.toText(packed(`${prefix}p.Leaf`, leafBytes), { registry: schema });
      expect(text).toBe(`any {\n  [${prefix}p.Leaf] {\n    n: 1\n    r: 0\n  }\n}\n`);
    }
  });

  it("expands on one line too", () => {
    const text = Tree.toText(packed("type.googleapis.com/p.Leaf", leafBytes), {
      registry: schema,
      singleLine: true,
    });
    expect(text).toBe("any { [type.googleapis.com/p.Leaf] { n: 1 r: 0 } }");
  });

  it("prints the plain fields for another prefix, an unknown type, or bytes that do not decode", () => {
    const plain = (url: string, value: Uint8Array) =>
      Tree.toText(packed(url, value), { registry: schema });
    expect(plain("example.com/p.Leaf", leafBytes)).toContain('type_url: "example.com/p.Leaf"');
    expect(plain("type.googleapis.com/p.Nope", leafBytes)).toContain("type_url:");
    // required r missing: protoc's ParseFromString fails, so the Any stays unexpanded
    const partial = Leaf.encode(Leaf.create({ n: 1 }), { allowPartial: true });
    expect(plain("type.googleapis.com/p.Leaf", partial)).toContain("value: ");
    expect(plain("type.googleapis.com/p.Leaf", new Uint8Array([0xff]))).toContain("value: ");
  });

  it("does not expand without a registry (as protoc --decode)", () => {
    const text = Tree.toText(packed("type.googleapis.com/p.Leaf", leafBytes));
    expect(text).toBe(
      'any {\n  type_url: "type.googleapis.com/p.Leaf"\n  value: "\\010\\001\\030\\000"\n}\n',
    );
  });
});

describe("fields", () => {
  it("prints string map keys in UTF-8 byte order (U+E000 before U+10000)", () => {
    const t = Tree.create({
      counts: new Map([
        ["😀", 1],
        ["\ue000", 2],
        ["z", 3],
        ["", 4],
      ]),
    });
    const keys = [...Tree.toText(t).matchAll(/key: "([^"]*)"/g)].map((m) => m[1]);
    expect(keys).toEqual(["", "z", "\\356\\200\\200", "\\360\\237\\230\\200"]);
  });

  it("prints many string map keys in UTF-8 byte order, with and without units from U+D800", () => {
    const utf8 = new TextEncoder();
    const byBytes = (a: string, b: string) => Buffer.compare(utf8.encode(a), utf8.encode(b));
    const words = ["a", "ab", "b", "ba", "aa", "", "z", "Z", "~", "é", "ö", "\u00ff"];
    for (const extra of [[], ["😀"], ["\ue000", "😀x"]]) {
      for (const count of [2, 8, 9, 17, 100, 513]) {
        const keys = new Set<string>(extra);
        for (let i = 0; keys.size < count + extra.length; i++) {
          keys.add(`${words[(i * 7) % words.length]}${(i * 7919) % (count * 3)}`);
        }
        const shuffled = [...keys].reverse();
        const t = Tree.create({ counts: new Map(shuffled.map((k, i) => [k, i])) });
        const printed = [...Tree.toText(t).matchAll(/key: "([^"]*)"/g)].map((m) => m[1]);
        const expected = [...keys]
          .sort(byBytes)
          .map(
            (k) =>
              Tree.toText(Tree.create({ counts: new Map([[k, 0]]) })).match(/key: "([^"]*)"/)![1],
          );
        expect(printed).toEqual(expected);
      }
    }
  });

  it("prints 32-bit integers of every length in decimal, alone, repeated and as map keys", () => {
    const Ints = loadSchemaSync({
      sources: {
        "i.proto": `syntax = "proto3"; package i;
          message Ints { repeated int32 i = 1; repeated uint32 u = 2; repeated sfixed32 sf = 3;
            int32 one = 4; map<uint32, sint32> m = 5; }`,
      },
    }).messageType("i.Ints");
    const signed = [0, -0, 1, -1, 9, -9, 10, 99, 100, 999, 1000, 65535, -65536, 99999999, 1e8];
    signed.push(999999999, 1e9, -1e9, 2147483647, -2147483647, -2147483648);
    const unsigned = [0, 7, 10, 2147483647, 2147483648, 3e9, 4294967295];
    const m = new Map(unsigned.map((u, k) => [u, signed[k]!]));
    const text = Ints.toText(
      Ints.create({ i: signed, u: unsigned, sf: signed, one: -2147483648, m }),
    );
    const lines = (name: string, vs: number[]) => vs.map((v) => `${name}: ${String(v)}\n`).join("");
    const entries = [...m].map(([k, v]) => `m {\n  key: ${k}\n  value: ${v}\n}\n`).join("");
    expect(text).toBe(
      `${lines("i", signed)}${lines("u", unsigned)}${lines("sf", signed)}one: -2147483648\n${entries}`,
    );
    expect(Ints.toText(Ints.create({ i: [1, -2] }), { singleLine: true })).toBe("i: 1 i: -2");
    expect(err(() => Ints.toText({ u: [1, -1] } as never)).path).toBe("Ints.u[1]");
    expect(err(() => Ints.toText({ i: [2 ** 31] } as never)).path).toBe("Ints.i[0]");
  });

  it("prints 64-bit map keys in numeric order and message values always", () => {
    const t = Tree.create({
      byId: new Map([
        [10n, {}],
        [-2n, { n: 1, r: 0 }],
        [9n, {}],
      ]),
    });
    const keys = [...Tree.toText(t).matchAll(/key: (-?\d+)/g)].map((m) => m[1]);
    expect(keys).toEqual(["-2", "9", "10"]);
    expect(Tree.toText(Tree.create({ byId: new Map([[1n, {}]]) }))).toBe(
      "byId {\n  key: 1\n  value {\n  }\n}\n",
    );
  });

  it("interleaves extensions with fields by number, after them all when higher", () => {
    const t = Tree.create({ id: 1, nums: [5] });
    setExtension(t, schema.findExtension("p.ext_nums")!, [7, 8]);
    setExtension(t, schema.findExtension("p.ext_leaf")!, { n: 3, r: 1 });
    expect(Tree.toText(t)).toBe(
      "id: 1\nnums: 5\n[p.ext_leaf] {\n  n: 3\n  r: 1\n}\n[p.ext_nums]: 7\n[p.ext_nums]: 8\n",
    );
  });

  it("prints the set member of a oneof only", () => {
    expect(Tree.toText(Tree.create({ pick: { case: "name", value: "" } }))).toBe('name: ""\n');
    expect(Tree.toText(Tree.create({ pick: { case: "leaf", value: {} } }))).toBe("leaf {\n}\n");
  });

  it("leaves out unknown fields with printUnknownFields: false", () => {
    const t = Tree.decode(new Uint8Array([0x08, 1, 0x90, 0x03, 1]));
    expect(Tree.toText(t, { printUnknownFields: false })).toBe("id: 1\n");
  });
});

describe("errors", () => {
  it("names the list element, map key, oneof and extension of a bad value", () => {
    expect(err(() => Tree.toText({ nums: [1, "x"] } as never)).path).toBe("Tree.nums[1]");
    expect(err(() => Tree.toText({ leaves: [{}, { n: 1.5 }] } as never)).path).toBe(
      "Tree.leaves[1].n",
    );
    const badMap = { counts: new Map([["k", "v"]]) };
    expect(err(() => Tree.toText(badMap as never)).path).toBe('Tree.counts["k"]');
    const badOneof = { pick: { case: "leaf", value: { s: 1 } } };
    expect(err(() => Tree.toText(badOneof as never)).path).toBe("Tree.pick.s");
    const e = err(() => Tree.toText({ nums: 5 } as never));
    expect(e).toBeInstanceOf(TextError);
    expect(e.code).toBe("INVALID_VALUE");
  });

  it("rejects a message that is not an object, and $unknown that is not chunks", () => {
    expect(err(() => Tree.toText({ child: 5 } as never)).path).toBe("Tree.child");
    expect(err(() => Tree.toText({ child: [] } as never)).code).toBe("INVALID_VALUE");
    expect(err(() => Tree.toText({ $unknown: [5] } as never)).code).toBe("INVALID_VALUE");
    const junk = { $unknown: [new Uint8Array([0x07])] };
    expect(err(() => Tree.toText(junk as never)).code).toBe("INVALID_VALUE");
  });

  it("checks integer ranges of 32- and 64-bit fields", () => {
    expect(err(() => Leaf.toText({ n: 2 ** 31 } as never)).path).toBe("Leaf.n");
    expect(err(() => Tree.toText({ byId: new Map([[2n ** 63n, {}]]) } as never)).code).toBe(
      "INVALID_VALUE",
    );
  });

  it("stops a cycle at the recursion limit", () => {
    const t = Tree.create({}) as Record<string, unknown>;
    t.child = t;
    const e = err(() => Tree.toText(t, { recursionLimit: 20 }));
    expect(e.code).toBe("RECURSION_LIMIT");
    expect(e.path.startsWith("Tree.child.child")).toBe(true);
  });
});

describe("hostile names", () => {
  it("prints fields whose names are Object.prototype's or __proto__", () => {
    const s = loadSchemaSync({
      sources: {
        "h.proto": `syntax = "proto3"; package h;
message M { int32 constructor = 1; string __proto__ = 2; repeated int32 to_string = 3;
  map<string, int32> has_own_property = 4; }`,
      },
    });
    const info = s.findMessage("h.M")!;
    const values = [1, "x", [1, 2], new Map([["__proto__", 3]])];
    const init: Record<string, unknown> = Object.create(null);
    info.fields.forEach((f, i) => {
      init[f.localName === "__proto__" ? "__proto__$" : f.localName] = values[i];
    });
    const M = s.messageType("h.M");
    const m = M.decode(M.encode(init as never));
    expect(M.toText(m, { singleLine: true })).toBe(
      'constructor: 1 __proto__: "x" to_string: 1 to_string: 2 has_own_property { key: "__proto__" value: 3 }',
    );
  });
});
