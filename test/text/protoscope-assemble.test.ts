// assembleProtoscope against protoscope's language specification (protocolbuffers/protoscope,
// language.txt): each example of the spec with the bytes it describes, worked out by hand
// from the spec's rules (varints, zigzag, fixed widths, tags `N << 3 | type`, length
// prefixes, groups), the equivalences the spec states itself, and the syntax errors, which
// carry line:col, the source line and a caret.
import { describe, expect, it } from "vitest";
import { TextError } from "../../src/text/errors.js";
import { assembleProtoscope } from "../../src/text/protoscope/index.js";

const hex = (s: string): Uint8Array =>
  Uint8Array.from((s.replace(/\s+/g, "").match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));
const ascii = (s: string): string => Buffer.from(s, "latin1").toString("hex");
const asm = (text: string): string => Buffer.from(assembleProtoscope(text)).toString("hex");

describe("the spec's examples", () => {
  it.each([
    ['"hello world"', ascii("hello world")],
    ['"hello " "world"', ascii("hello world")],
    ['"a\\\\b\\"c\\x00\\000\\7\\n"', `${ascii('a\\b"c')}0000070a`],
    ['"line\nbreak"', ascii("line\nbreak")],
    ['"é"', "c3a9"],
    ["`00`", "00"],
    ["`abcdef`", "abcdef"],
    ["`AbCdEf`", "abcdef"],
    ["456", "c803"],
    ["-0xffFF", "8180fcffffffffffff01"],
    ["-2z", "03"],
    ["3", "03"],
    ["0i32", "00000000"],
    ["-23i64", "e9ffffffffffffff"],
    ["long-form:3 3", "83808000"],
    ["`83808000`", "83808000"],
    ["true false", "0100"],
    ["1.0", "000000000000f03f"],
    ["-0x1.ffp52", "0000000000f03fc3"],
    ["1.5i32", "0000c03f"],
    ["0xf.fi64", "0000000000e02f40"],
    ["inf32", "0000807f"],
    ["-inf64", "000000000000f0ff"],
    ["1:VARINT", "08"],
    ["2:I64", "11"],
    ["3:LEN", "1a"],
    ["4:SGROUP", "23"],
    ["5:EGROUP", "2c"],
    ["6:I32", "35"],
    ["0x10:0", "8001"],
    ["8:6", "46"],
    ["8:0x5", "45"],
    ["8:05", "45"],
    ["1: 55z", "086e"],
    ['3: {"text"}', `1a04${ascii("text")}`],
    ["6: -1i32", "35ffffffff"],
    ["8: !{42}", "432a44"],
    ['23: {"my cool string"}', `ba010e${ascii("my cool string")}`],
    ['24: {\n  1: 5\n  2: {"nested string"}\n}', `c2011108051 20d${ascii("nested string")}`],
    ["25: { 1 2 3 4 5 6 7 }", "ca01070102030405060 7"],
    ['23: long-form:2 {"non-minimally-prefixed"}', `ba01968000${ascii("non-minimally-prefixed")}`],
    ["27: !{long-form:3}", "db01dc81808000"],
    ['2:LEN 4\n  "abcd"', `1204${ascii("abcd")}`],
    ['2:LEN 5\n  "abcd"', `1205${ascii("abcd")}`],
    ['5:I64 "stuff"', `29${ascii("stuff")}`],
  ])("%s", (text, bytes) => {
    expect(asm(text)).toBe(bytes.replace(/\s+/g, ""));
  });

  it("2: 1.23 is an I64 field holding the double 1.23", () => {
    const b = new DataView(new ArrayBuffer(8));
    b.setFloat64(0, 1.23, true);
    expect(asm("2: 1.23")).toBe(`11${Buffer.from(b.buffer).toString("hex")}`);
  });

  it("9.423e-2 is the double 0.09423", () => {
    const b = new DataView(new ArrayBuffer(8));
    b.setFloat64(0, 0.09423, true);
    expect(asm("9.423e-2")).toBe(Buffer.from(b.buffer).toString("hex"));
  });

  it('a group with its fields: 26: !{ 1: 55z 2: 1.4 3: {"abcd"} }', () => {
    const d = new DataView(new ArrayBuffer(8));
    d.setFloat64(0, 1.4, true);
    const dbl = Buffer.from(d.buffer).toString("hex");
    expect(asm('26: !{\n  1: 55z\n  2: 1.4\n  3: {"abcd"}\n}')).toBe(
      `d301086e11${dbl}1a04${ascii("abcd")}d401`,
    );
  });

  it("comments are whitespace, and tokens may touch", () => {
    expect(asm("1: 2 # a comment 3: 4\n3:{`01`}")).toBe("08021a0101");
  });

  it("long-form applies to tags, integers, zigzag integers and length prefixes", () => {
    expect(asm("long-form:1 1: long-form:2 5z")).toBe("88008a8000");
    expect(asm("1: long-form:1 {}")).toBe("0a8000");
    expect(asm("long-form:0 1")).toBe("01");
  });

  it("the widest values: uint64 max, int64 min, zigzag of int64 min", () => {
    expect(asm("18446744073709551615")).toBe("ffffffffffffffffff01");
    expect(asm("-9223372036854775808")).toBe("80808080808080808001");
    expect(asm("-9223372036854775808z")).toBe("ffffffffffffffffff01");
    expect(asm("4294967295i32 -2147483648i32")).toBe("ffffffff00000080");
  });

  it("i32 floats round once, from the decimal, even where a double lands halfway", () => {
    // 1 + 2^-24 is halfway between the float32s 1 and 1 + 2^-23.
    expect(asm("1.0000000596046447753906250000000001i32")).toBe("0100803f");
    expect(asm("1.0000000596046447753906249999999999i32")).toBe("0000803f");
    expect(asm("1.000000059604644775390625i32")).toBe("0000803f");
    expect(asm("-1.0000000596046447753906250000000001i32")).toBe("010080bf");
  });

  it("tag expressions as protoscope reads them: `z` zigzags the whole tag, 61-bit numbers", () => {
    expect(asm("1z:VARINT")).toBe("10");
    expect(asm("-1:I32")).toBe("fdffffffffffffffff01");
    expect(asm("0x1fffffffffffffff:0")).toBe("f8ffffffffffffffff01");
    expect(asm("18446744073709551615z")).toBe("01");
    expect(() => asm("0x2000000000000000:0")).toThrow(/field number too large/);
  });

  it("deep nesting needs no recursion and no copying per level", () => {
    const depth = 20_000;
    const out = assembleProtoscope(`${"1: {".repeat(depth)}${"}".repeat(depth)}`);
    // Innermost: 0a 00; each level out adds a tag and a length prefix.
    expect(out.length).toBeGreaterThan(2 * depth);
    expect(out[0]).toBe(0x0a);
    expect(out.subarray(out.length - 2)).toEqual(hex("0a00"));
  });
});

describe("syntax errors", () => {
  const error = (text: string): TextError => {
    try {
      assembleProtoscope(text);
    } catch (e) {
      if (e instanceof TextError) return e;
      throw e;
    }
    throw new Error(`no error for ${text}`);
  };

  it.each([
    ["9:8", 1, 1, "unknown wire type"],
    ["1: 2\n  3:BOGUS", 2, 3, "unknown wire type"],
    ['"abc', 1, 1, "unterminated string"],
    ['"\\q"', 1, 2, "unknown escape"],
    ['"\\400"', 1, 2, "octal escape"],
    ["`0g`", 1, 3, "not a hex digit"],
    ["`abc`", 1, 2, "odd number"],
    ["`ab", 1, 1, "unterminated hex"],
    ["1: }", 1, 4, "without an open"],
    ["1: {\n 2: {}", 1, 4, "never closed"],
    ["!{}", 1, 1, "must follow a tag"],
    ["! {}", 1, 1, "right after"],
    ["hello", 1, 1, "unknown token"],
    ["18446744073709551616", 1, 1, "does not fit"],
    ["4294967296i32", 1, 1, "does not fit"],
    ["long-form:2 1i32", 1, 13, "needs a varint"],
    ["long-form:x 1", 1, 1, "long-form"],
    ['long-form:1 "a"', 1, 1, "must come before"],
    ["1: {long-form:1}", 1, 5, "only ends a group"],
    ["1.5i16", 1, 1, "unknown token"],
    ["1.0e999", 1, 1, "does not fit in an IEEE 754 binary64"],
    ["1.0e39i32", 1, 1, "does not fit in an IEEE 754 binary32"],
    ["1:0x8", 1, 1, "unknown wire type"],
    ["\t@", 1, 9, "unexpected character"],
  ])("%j", (text, line, column, detail) => {
    const e = error(text);
    expect(e.code).toBe("TEXT_SYNTAX");
    expect([e.line, e.column]).toEqual([line, column]);
    expect(e.detail).toContain(detail);
    expect(e.message.startsWith(`${line}:${column}: `)).toBe(true);
    const [source, caret] = e.excerpt.split("\n");
    expect(source).toBe(text.split("\n")[line - 1]);
    expect(caret!.endsWith("^")).toBe(true);
  });
});
