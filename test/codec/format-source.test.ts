/**
 * The layout of emitted source for people (src/codec/emit/format-source.ts): statements on
 * their own lines, blocks indented, and nothing but whitespace changed.
 */
import { describe, expect, it } from "vitest";
import { formatSource } from "../../src/codec/emit/format-source.js";

describe("formatSource", () => {
  it("puts statements on their own lines and indents blocks", () => {
    expect(
      formatSource("function f(a) { let v = 0; if (a) { v = 1; } else v = 2; return v; }"),
    ).toBe(
      "function f(a) {\n  let v = 0;\n  if (a) {\n    v = 1;\n  } else v = 2;\n  return v;\n}\n",
    );
  });

  it("keeps object literals on one line, after `=` and after `return`", () => {
    const source = 'm.o = { case: "a", value: { x: 1 } };\nreturn { make, decode };';
    expect(formatSource(source)).toBe(`${source}\n`);
  });

  it("leaves `for` headers and strings alone", () => {
    const source = 'for (let i = 0; i < n; i++) s += "{;} case x:";';
    expect(formatSource(source)).toBe(`${source}\n`);
  });

  it("puts each case label on its own line, a sole block on the label's line", () => {
    const source =
      "switch (t) { case 8: { const v = 1; m.a = v; break; } case 16: m.b.push(2); break; default: skip(); }";
    expect(formatSource(source)).toBe(
      [
        "switch (t) {",
        "  case 8: {",
        "    const v = 1;",
        "    m.a = v;",
        "    break;",
        "  }",
        "  case 16:",
        "    m.b.push(2);",
        "    break;",
        "  default:",
        "    skip();",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("a case whose block is followed by more statements: all below the label", () => {
    expect(formatSource("switch (t) { case 8: { f(); } break; }")).toBe(
      "switch (t) {\n  case 8:\n    {\n      f();\n    }\n    break;\n}\n",
    );
  });

  it("a line comment keeps its line end, and its place after the code it follows", () => {
    expect(formatSource("{ t = 0; // no path segment\n throw e; }")).toBe(
      "{\n  t = 0; // no path segment\n  throw e;\n}\n",
    );
  });

  it("is idempotent", () => {
    const once = formatSource("if (a) { b(); } else { try { c(); } catch (e) { d(e); } }");
    expect(formatSource(once)).toBe(once);
  });
});
