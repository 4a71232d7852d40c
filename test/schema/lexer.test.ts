// Table tests for the .proto tokenizer: token kinds, raw text and protoc-style positions
// (0-based lines; columns in UTF-8 bytes with tabs to the next multiple of 8), lexical
// errors, and comment attachment. Expected values follow the language spec and protoc's
// tokenizer.cc rules; the golden tests (parser-protoc.test.ts) check the same against protoc.

import { describe, expect, it } from "vitest";
import {
  type Comments,
  type Token,
  Tokenizer,
  TokenType,
} from "../../src/schema/parser/tokenizer.js";

interface Lexed {
  tokens: [string, string, number, number, number][];
  errors: string[];
}

const NAMES: Record<number, string> = {
  [TokenType.Identifier]: "id",
  [TokenType.Integer]: "int",
  [TokenType.Float]: "float",
  [TokenType.String]: "str",
  [TokenType.Symbol]: "sym",
};

function lex(src: string): Lexed {
  const errors: string[] = [];
  const t = new Tokenizer(src, (line, col, msg) => errors.push(`${line}:${col}: ${msg}`));
  const tokens: Lexed["tokens"] = [];
  while (t.next()) {
    const c: Token = t.current;
    tokens.push([NAMES[c.type] ?? "?", c.text, c.line, c.column, c.endColumn]);
  }
  expect(t.current.type).toBe(TokenType.End);
  return { tokens, errors };
}

/** Kinds and texts only. */
function kinds(src: string): string[] {
  return lex(src).tokens.map(([k, text]) => `${k}:${text}`);
}

describe("token kinds", () => {
  const table: [string, string[]][] = [
    ["foo _bar Baz9 a_b_c", ["id:foo", "id:_bar", "id:Baz9", "id:a_b_c"]],
    ["0 7 42 2147483648", ["int:0", "int:7", "int:42", "int:2147483648"]],
    ["0x1F 0XaB 0x0", ["int:0x1F", "int:0XaB", "int:0x0"]],
    ["017 00 0777", ["int:017", "int:00", "int:0777"]],
    [
      "1.5 .5 5. 0.5 1e5 1E+5 1e-5 2.5e10 0.0",
      [
        "float:1.5",
        "float:.5",
        "float:5.",
        "float:0.5",
        "float:1e5",
        "float:1E+5",
        "float:1e-5",
        "float:2.5e10",
        "float:0.0",
      ],
    ],
    ["inf nan -inf", ["id:inf", "id:nan", "sym:-", "id:inf"]],
    ['"a" \'b\' "it\'s" \'say "hi"\'', ['str:"a"', "str:'b'", 'str:"it\'s"', "str:'say \"hi\"'"]],
    ['"\\x41\\101\\u00e9\\U0001F600\\n\\\\\\""', ['str:"\\x41\\101\\u00e9\\U0001F600\\n\\\\\\""']],
    [
      "{}[]()<>=;,.-+:/",
      [
        "sym:{",
        "sym:}",
        "sym:[",
        "sym:]",
        "sym:(",
        "sym:)",
        "sym:<",
        "sym:>",
        "sym:=",
        "sym:;",
        "sym:,",
        "sym:.",
        "sym:-",
        "sym:+",
        "sym::",
        "sym:/",
      ],
    ],
    ["foo.bar .baz", ["id:foo", "sym:.", "id:bar", "sym:.", "id:baz"]],
    ["a// line comment\nb/* block */c", ["id:a", "id:b", "id:c"]],
    ["/* multi\n line */ x", ["id:x"]],
  ];
  for (const [src, want] of table) {
    it(JSON.stringify(src), () => {
      expect(kinds(src)).toEqual(want);
      expect(lex(src).errors).toEqual([]);
    });
  }
});

describe("positions", () => {
  it("are 0-based with exclusive end columns", () => {
    expect(lex("message Foo {\n  int32 x = 1;\n}").tokens).toEqual([
      ["id", "message", 0, 0, 7],
      ["id", "Foo", 0, 8, 11],
      ["sym", "{", 0, 12, 13],
      ["id", "int32", 1, 2, 7],
      ["id", "x", 1, 8, 9],
      ["sym", "=", 1, 10, 11],
      ["int", "1", 1, 12, 13],
      ["sym", ";", 1, 13, 14],
      ["sym", "}", 2, 0, 1],
    ]);
  });

  it("advance a tab to the next multiple of 8", () => {
    expect(lex("\ta\t\tb\n  \tc").tokens).toEqual([
      ["id", "a", 0, 8, 9],
      ["id", "b", 0, 24, 25],
      ["id", "c", 1, 8, 9],
    ]);
  });

  it("count UTF-8 bytes, not UTF-16 units", () => {
    // é is 2 bytes, ☃ 3, 😀 4 (a surrogate pair in JS).
    expect(lex('"é" x "☃" y "😀" z').tokens).toEqual([
      ["str", '"é"', 0, 0, 4],
      ["id", "x", 0, 5, 6],
      ["str", '"☃"', 0, 7, 12],
      ["id", "y", 0, 13, 14],
      ["str", '"😀"', 0, 15, 21],
      ["id", "z", 0, 22, 23],
    ]);
  });

  it("treat \\r as whitespace, so CRLF files keep their columns", () => {
    expect(lex("a\r\nb").tokens).toEqual([
      ["id", "a", 0, 0, 1],
      ["id", "b", 1, 0, 1],
    ]);
  });
});

describe("lexical errors (protoc tokenizer.cc wording)", () => {
  const table: [string, string[]][] = [
    ['"abc', ["0:4: Unexpected end of string."]],
    ['"abc\nx', ['0:4: Multiline strings are not allowed. Did you miss a "?.']],
    ['"\\q"', ["0:2: Invalid escape sequence in string literal."]],
    ['"\\xg"', ["0:3: Expected hex digits for escape sequence."]],
    ['"\\u12"', ["0:5: Expected four hex digits for \\u escape sequence."]],
    ['"\\U00200000"', ["0:5: Expected eight hex digits up to 10ffff for \\U escape sequence"]],
    // Only the first three digits are checked: \U00110000 lexes fine (and decodes as text).
    ['"\\U00110000"', []],
    ["0x", ['0:2: "0x" must be followed by hex digits.']],
    ["09", ["0:1: Numbers starting with leading zero must be in octal."]],
    ["1e", ['0:2: "e" must be followed by exponent.']],
    ["1.5.3", ["0:3: Already saw decimal point or exponent; can't have another one."]],
    ["0x1.5", ["0:3: Hex and octal numbers must be integers."]],
    ["5x", ["0:1: Need space between number and identifier."]],
    ["foo.5", ["0:3: Need space between identifier and decimal point."]],
    ["a\u0001\u0002b", ["0:1: Invalid control characters encountered in text."]],
    ["a\u0000b", ["0:1: Invalid control characters encountered in text."]],
    // A NUL ends a line comment (protoc reads it as the end of input there), then is junk.
    ["// a\u0000b", ["0:4: Invalid control characters encountered in text."]],
    [
      "// a\n// b\u0000\n// c\u0000",
      [
        "1:4: Invalid control characters encountered in text.",
        "2:4: Invalid control characters encountered in text.",
      ],
    ],
    ["// a\n// b\n\u0000 x // c", ["2:0: Invalid control characters encountered in text."]],
    [
      "é",
      ["0:0: Interpreting non ascii codepoint 195.", "0:1: Interpreting non ascii codepoint 169."],
    ],
    ["/* open", ["0:7: End-of-file inside block comment.", "0:0:   Comment started here."]],
    ["/* a /* b */", ['0:6: "/*" inside block comment.  Block comments cannot be nested.']],
  ];
  for (const [src, want] of table) {
    it(JSON.stringify(src), () => {
      expect(lex(src).errors).toEqual(want);
    });
  }

  it("keeps going after an error", () => {
    expect(kinds('"\\q" next')).toEqual(['str:"\\q"', "id:next"]);
    expect(kinds("a\u0001b")).toEqual(["id:a", "id:b"]);
  });

  it("skips a UTF-8 byte order mark at the start, counting its 3 bytes", () => {
    // The parser's first call is nextWithComments, which skips it (as protoc's parser).
    const t = new Tokenizer("\ufeffsyntax", () => {});
    t.nextWithComments();
    expect([t.current.text, t.current.column]).toEqual(["syntax", 3]);
  });
});

describe("nextWithComments", () => {
  /** Comments seen when stepping from each token to the next, keyed by the next token. */
  function comments(src: string): Record<string, Comments> {
    const t = new Tokenizer(src, () => {});
    const out: Record<string, Comments> = {};
    while (true) {
      const { more, comments: c } = t.nextWithComments();
      out[more ? t.current.text : "<end>"] = c;
      if (!more) return out;
    }
  }

  it("sorts leading, trailing and detached comments", () => {
    const c = comments("// d1\n\n// lead a\na; // trail a\n\n// d2\n\n/* lead b */\nb;");
    expect(c.a).toEqual({ trailing: "", detached: [" d1\n"], leading: " lead a\n" });
    expect(c[";"]).toEqual({ trailing: "", detached: [], leading: "" });
    expect(c.b).toEqual({ trailing: " trail a\n", detached: [" d2\n"], leading: " lead b " });
  });

  it("makes a comment on the line after a token (no blank line) its trailing comment", () => {
    const c = comments("x\n// one\n// two\n\ny");
    expect(c.y).toEqual({ trailing: " one\n two\n", detached: [], leading: "" });
  });

  it("merges consecutive line comments but not block comments", () => {
    const c = comments("x\n\n// one\n// two\n/* three */\ny");
    expect(c.y).toEqual({ trailing: "", detached: [" one\n two\n"], leading: " three " });
  });

  it("strips the leading `*` of block comment lines", () => {
    const c = comments("x\n/**\n * a\n *  b\n */\ny");
    expect(c.y?.leading).toBe("*\n a\n  b\n");
  });

  it("never lets a comment lead a closing brace", () => {
    const c = comments("{ x;\n\n  // before brace\n}");
    expect(c["}"]).toEqual({ trailing: "", detached: [" before brace\n"], leading: "" });
  });

  it("detaches a comment between two tokens on one line (protoc 36)", () => {
    const c = comments("a; /* mid */ b;");
    expect(c.b).toEqual({ trailing: "", detached: [" mid "], leading: "" });
  });

  it("drops the trailing comment when asked (protoc's null pointer)", () => {
    const t = new Tokenizer("a // t\nb", () => {});
    t.next();
    expect(t.nextWithComments(false).comments).toEqual({ trailing: "", detached: [], leading: "" });
  });
});
