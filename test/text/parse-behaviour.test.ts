// fromText where protowire's model or options decide, beyond what protoc --encode shows
// (issue 12): invalid UTF-8 in validated strings, the JS forms of 64-bit integers, error paths
// in the vocabulary of DecodeError, the recursionLimit and registry options, required fields
// inside an Any, and what a parsed message holds (hidden class, maps, oneofs, extensions).
import { describe, expect, it } from "vitest";
import { getExtension, loadSchemaSync, type Message, TextError } from "../../src/index.js";
import { loadParseSchema } from "./helpers/parse-fixtures.js";

const schema = loadParseSchema();
const all = schema.messageType("tp2.All");
const msg3 = schema.messageType("tp3.Msg");

function errorOf(read: () => unknown): TextError {
  try {
    read();
  } catch (e) {
    expect(e).toBeInstanceOf(TextError);
    return e as TextError;
  }
  throw new Error("no error");
}

describe("values protoc stores as bytes, protowire as JS strings", () => {
  it("invalid UTF-8 in a validated (proto3) string is INVALID_VALUE at the literal", () => {
    const e = errorOf(() => msg3.fromText('i32: 1\nstr: "ok" "\\xff"'));
    expect(e.code).toBe("INVALID_VALUE");
    expect([e.line, e.column, e.path]).toEqual([2, 6, "Msg.str"]);
  });

  it("an unvalidated (proto2) string reads invalid UTF-8 as U+FFFD, as decode does", () => {
    expect((all.fromText('str: "a\\xffb"') as Message).str).toBe("a\uFFFDb");
  });

  it("escapes split across adjacent literals join into one UTF-8 sequence", () => {
    expect((msg3.fromText('str: "\\303" "\\251" \'x\'') as Message).str).toBe("éx");
  });
});

describe("Unicode escapes: the conformance suite's rule, not protoc 36.2's", () => {
  // protoc --encode writes \U00110000 back as text and a surrogate as its 3-byte form; the
  // conformance suite (Required and Recommended StringLiteral tests) wants all of them
  // rejected, in string and bytes fields, and protowire passes the suite.
  it.each([
    ['byt: "\\U00110000"', "Unicode escape \\U00110000 is beyond U+10FFFF."],
    ['byt: "\\ud801\\udc37"', "Unicode escape \\ud801 is a surrogate, not a character."],
    ['str: "x\\U0000dc00"', "Unicode escape \\U0000dc00 is a surrogate, not a character."],
  ])("%s", (text, detail) => {
    const e = errorOf(() => all.fromText(text));
    expect([e.code, e.detail]).toEqual(["TEXT_SYNTAX", detail]);
    expect(e.column).toBe(text.indexOf("\\") + 1);
  });

  it("an escaped backslash before u is no Unicode escape", () => {
    expect((all.fromText('str: "\\\\ud800"') as Message).str).toBe("\\ud800");
    expect((all.fromText('str: "\\U0010ffff"') as Message).str).toBe("\u{10ffff}");
  });
});

describe("the JS forms of 64-bit integers", () => {
  it("bigint, decimal string (JS_STRING) and safe number (JS_NUMBER)", () => {
    const m = all.fromText("i64: -5 js_str: 0x10 js_num: -9007199254740991") as Message;
    expect([m.i64, m.jsStr, m.jsNum]).toEqual([-5n, "16", -9007199254740991]);
  });

  it("JS_NUMBER beyond ±(2^53 - 1) is INVALID_VALUE (protoc accepts it; the model cannot)", () => {
    const e = errorOf(() => all.fromText("js_num: 9007199254740992"));
    expect([e.code, e.path]).toEqual(["INVALID_VALUE", "All.jsNum"]);
  });
});

describe("error paths", () => {
  it.each([
    ['r_msg {} r_msg { child { i32: "x" } }', "All.rMsg[1].child.i32"],
    ['r_i32: [1, "x"]', "All.rI32[1]"],
    ['m_str { key: "k" value: "b" }', 'All.mStr["k"]'],
    ['m_str { value: "b" }', "All.mStr"],
    ['[tp2.ext_msg] { i32: "x" }', "All[tp2.ext_msg].i32"],
    ["MyGroup { g: x }", "All.mygroup.g"],
    ["pick_msg { b: 3 }", "All.pickMsg.b"],
    ["nope: 1", "All"],
  ])("%s: %s", (text, path) => {
    expect(errorOf(() => all.fromText(text)).path).toBe(path);
  });

  it("inside an expanded Any, the type URL names the step", () => {
    const e = errorOf(() =>
      msg3.fromText('any { [type.googleapis.com/tp3.Msg] { kids { i32: "q" } } }'),
    );
    expect(e.path).toBe("Msg.any[type.googleapis.com/tp3.Msg].kids[0].i32");
    expect(e.message).toBe(
      '1:51: Expected integer, got: "q" (field Msg.any[type.googleapis.com/tp3.Msg].kids[0].i32)\n' +
        'any { [type.googleapis.com/tp3.Msg] { kids { i32: "q" } } }\n' +
        "                                                  ^",
    );
  });
});

describe("options", () => {
  it("recursionLimit counts message levels (map entries and Any values too)", () => {
    expect(() => msg3.fromText("child { child { } }", { recursionLimit: 2 })).not.toThrow();
    const e = errorOf(() => msg3.fromText("child { child { } }", { recursionLimit: 1 }));
    expect([e.code, e.column]).toEqual(["RECURSION_LIMIT", 17]);
    expect(errorOf(() => msg3.fromText("by_name { }", { recursionLimit: 0 })).code).toBe(
      "RECURSION_LIMIT",
    );
  });

  it("registry: where expanded Any types and extensions are found", () => {
    const other = loadSchemaSync({
      sources: { "o.proto": 'syntax = "proto3"; package o; message Ext { string s = 1; }' },
    });
    const text = 'any { [type.googleapis.com/o.Ext] { s: "x" } }';
    expect(errorOf(() => msg3.fromText(text)).code).toBe("UNKNOWN_TYPE");
    const m = msg3.fromText(text, { registry: other }) as { any: { typeUrl: string } };
    expect(m.any.typeUrl).toBe("type.googleapis.com/o.Ext");
  });

  it("an Any's value must have its required fields, as protoc checks", () => {
    const e = errorOf(() => msg3.fromText("any { [type.googleapis.com/tp2.Req] { } }"));
    expect(e.code).toBe("MISSING_REQUIRED");
    expect(e.detail).toBe(
      'Value of type "tp2.Req" stored in google.protobuf.Any has missing required fields: id',
    );
  });

  it("required fields of the message itself: MISSING_REQUIRED unless allowPartial", () => {
    expect(errorOf(() => all.fromText("req {}")).code).toBe("MISSING_REQUIRED");
    expect(() => all.fromText("req {}", { allowPartial: true })).not.toThrow();
  });
});

describe("the parsed message", () => {
  it("has create()'s properties in create()'s order", () => {
    const parsed = msg3.fromText("r_str: 'a' i32: 1");
    expect(Object.keys(parsed)).toEqual(Object.keys(msg3.create()));
  });

  it("holds maps as Maps, oneofs as { case, value }, extensions as their field", () => {
    const m = all.fromText(
      'm_i64 { key: 1 value: "x" } pick_str: "p" [tp2.ext_packed]: [1, 2] [tp2.ext_packed]: 3',
    ) as Message;
    expect(m.mI64).toEqual(new Map([[1n, "x"]]));
    expect(m.pick).toEqual({ case: "pickStr", value: "p" });
    const ext = schema.findExtension("tp2.ext_packed")!;
    expect(getExtension(m, ext)).toEqual([1, 2, 3]);
  });

  it("a map's later entry with the same key replaces the earlier one", () => {
    const m = all.fromText('m_str { key: "a" value: 1 } m_str { key: "a" value: 2 }') as Message;
    expect(m.mStr).toEqual(new Map([["a", 2]]));
  });
});
