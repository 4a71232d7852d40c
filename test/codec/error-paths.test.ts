/**
 * One vocabulary for error paths: a decode error and an encode (or create) error on the same
 * field name it the same way, by the property users write in their objects (`fLeaf`, not the
 * .proto name `f_leaf`), with the same index segments; missing required fields too. Map keys
 * (encode, create, missingFields) are written as encode writes them: `byName["k"]`, `byId[7]`.
 */
import { describe, expect, it } from "vitest";
import { getExtension, setExtension } from "../../src/codec/index.js";
import { loadSchemaSync } from "../../src/index.js";
import { DecodeError, EncodeError } from "../../src/wire/errors.js";
import { fromHex, loadTestSchema } from "./schema-helper.js";

const VIAS = ["protowire", "bufbuild"] as const;

function decodePath(decode: () => unknown): string {
  try {
    decode();
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    return (e as DecodeError).path;
  }
  throw new Error("decode did not fail");
}

/** The path an INVALID_VALUE EncodeError names: `INVALID_VALUE: All.fLeaf.s: 5 is not ...`. */
function encodePath(encode: () => unknown): string {
  try {
    encode();
  } catch (e) {
    expect(e).toBeInstanceOf(EncodeError);
    const match = /^INVALID_VALUE: (\S+): /.exec((e as EncodeError).message);
    if (match === null) throw new Error(`no path in ${(e as EncodeError).message}`);
    return match[1]!;
  }
  throw new Error("encode did not fail");
}

describe.each(VIAS)("codecs from %s descriptors", (via) => {
  const p3 = loadTestSchema(["codec3.proto"], "protoc", via).codec("codectest.p3.All");
  const schema2 = loadTestSchema(["codec2.proto"], "protoc", via);
  const p2 = schema2.codec("codectest.p2.All");
  const req = schema2.codec("codectest.p2.Req");

  // [path, bytes whose decode fails on that field, a value whose encode and create fail there].
  // Decode fails on invalid UTF-8 (ff) or an 11-byte varint; encode on a number for a string.
  const proto3: [string, string, Record<string, unknown>][] = [
    // f_string = 14 (tag 72)
    ["All.fString", "72 01 ff", { fString: 5 }],
    // f_leaf = 17 (tag 8a 01), Leaf.s = 2 (tag 12)
    ["All.fLeaf.s", "8a01 03 1201ff", { fLeaf: { s: 5 } }],
    // o_string = 21 (tag aa 01), proto3 optional
    ["All.oString", "aa01 01 ff", { oString: 5 }],
    // r_string = 35 (tag 9a 02): "a", then ff
    ["All.rString[1]", "9a02 01 61  9a02 01 ff", { rString: ["a", 5] }],
    // r_leaf = 36 (tag a2 02): {s: "a"}, then {s: ff}
    ["All.rLeaf[1].s", "a202 03 120161  a202 03 1201ff", { rLeaf: [{ s: "a" }, { s: 5 }] }],
    // c_string = 71 (tag ba 04) and c_leaf = 72 (tag c2 04), members of oneof choice
    ["All.cString", "ba04 01 ff", { choice: { case: "cString", value: 5 } }],
    ["All.cLeaf.s", "c204 03 1201ff", { choice: { case: "cLeaf", value: { s: 5 } } }],
    // recursive = 80 (tag 82 05)
    ["All.recursive.fString", "8205 03 7201ff", { recursive: { fString: 5 } }],
  ];

  it.each(proto3)("proto3: %s", (path, bytes, value) => {
    expect(decodePath(() => p3.decode(fromHex(bytes)))).toBe(path);
    expect(encodePath(() => p3.encode(value))).toBe(path);
    expect(encodePath(() => p3.create(value))).toBe(path);
  });

  it("proto2 groups: the group's field name, as encode names it", () => {
    // Grp = 18 (start 93 01, end 94 01), g = 19 (tag 98 01): an 11-byte varint.
    const bytes = fromHex("9301 9801 ffffffffffffffffffff01 9401");
    expect(decodePath(() => p2.decode(bytes))).toBe("All.grp.g");
    expect(encodePath(() => p2.encode({ grp: { g: 1.5 } }))).toBe("All.grp.g");
  });

  it("missing required fields: decode, encode and missingFields name them alike", () => {
    // Req: id = 1 (08), by_name = 4 (22): the entry "k" holds a Req without its id.
    const bytes = fromHex("0801 2205 0a016b 1200");
    expect(decodePath(() => req.decode(bytes))).toBe('Req.byName["k"].id');
    const m = req.decode(bytes, { allowPartial: true });
    expect(req.missingFields(m)).toEqual(['byName["k"].id']);
    expect(() => req.encode(m)).toThrow(
      'MISSING_REQUIRED: Req: required fields not set: byName["k"].id',
    );
    // The same entry holding an invalid id: encode and create name the key the same way.
    const invalid = { id: 1, byName: new Map([["k", { id: "x" }]]) };
    expect(encodePath(() => req.encode(invalid))).toBe('Req.byName["k"].id');
    expect(encodePath(() => req.create(invalid))).toBe('Req.byName["k"].id');
  });

  // Decode names no map key: the key may not be read yet (it may follow the value, or be absent).
  it("a decode error inside a map entry names the map field, without a key", () => {
    // proto3 m_int64 = 50 (tag 92 03): key 1 (08 01), value (12 01) invalid UTF-8.
    expect(decodePath(() => p3.decode(fromHex("9203 05 0801 1201ff")))).toBe("All.mInt64");
    // by_name = 4 (22): key "k" (0a 01 6b), value (12 0c) whose id = 1 (08) is an 11-byte
    // varint: the path goes on inside the value message.
    const bytes = fromHex("0801 2211 0a016b 120c 08ffffffffffffffffffff01");
    expect(decodePath(() => req.decode(bytes))).toBe("Req.byName.id");
  });
});

describe("map keys: missingFields and encode write them alike", () => {
  // String keys JSON-quoted (so a key holding `]` or `"` stays unambiguous), the others plain.
  const Node = loadSchemaSync({
    sources: {
      "keys.proto": `syntax = "proto2"; package keys;
message Node {
  required int32 id = 1;
  map<string, Node> by_name = 2;
  map<int32, Node> by_id = 3;
  map<int64, Node> by_big = 4;
  map<bool, Node> by_flag = 5;
}`,
    },
  }).messageType("keys.Node");

  const cases: [string, Record<string, unknown>][] = [
    ['byName["a\\"]b"]', { byName: new Map([['a"]b', {}]]) }],
    ["byId[-7]", { byId: new Map([[-7, {}]]) }],
    ["byBig[9007199254740993]", { byBig: new Map([[9007199254740993n, {}]]) }],
    ["byFlag[true]", { byFlag: new Map([[true, {}]]) }],
  ];

  it.each(cases)("%s", (entry, maps) => {
    const partial = { id: 1, ...maps };
    expect(Node.missingFields(partial)).toEqual([`${entry}.id`]);
    expect(() => Node.encode(partial)).toThrow(
      `MISSING_REQUIRED: Node: required fields not set: ${entry}.id`,
    );
    const [[name, map]] = Object.entries(maps) as [[string, Map<unknown, object>]];
    const invalid = { id: 1, [name]: new Map([...map.keys()].map((k) => [k, { id: "x" }])) };
    expect(encodePath(() => Node.encode(invalid))).toBe(`Node.${entry}.id`);
    expect(encodePath(() => Node.create(invalid))).toBe(`Node.${entry}.id`);
  });
});

describe("extensions", () => {
  const schema = loadTestSchema(["jstype2.proto"], "protoc", "protowire");
  const Js = schema.codec("codectest.js2.Js");
  const extNumber = schema.extension("codectest.js2.ext_number");

  it("getExtension and setExtension name the extension's value alike", () => {
    // ext_number = 102 (uint64, JS_NUMBER; tag b0 06) = 2^53, beyond the safe integers.
    const m = Js.decode(fromHex("b006 8080808080808010"));
    expect(decodePath(() => getExtension(m, extNumber))).toBe("ext_number.value");
    expect(encodePath(() => setExtension(m, extNumber, "x"))).toBe("ext_number.value");
  });
});
