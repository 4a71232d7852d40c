// Error reporting: positions and wording against protoc 36.2's own output for the files in
// parser-errors/ (scripts/parser-expectations.sh), plus rendering of SchemaError.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagnosticHeader, formatDiagnostic, SchemaError } from "../../src/schema/errors.js";
import { parseFile } from "../../src/schema/parser/parser.js";
import { ProtowireError } from "../../src/wire/errors.js";

const dir = join(import.meta.dirname, "../../fixtures/parser-errors");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".proto"))
  .sort();

function headers(name: string, source: string): string[] {
  return parseFile(name, source).diagnostics.map(diagnosticHeader);
}

describe("diagnostics match protoc 36.2", () => {
  it("has golden cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });
  for (const name of cases) {
    it(name, () => {
      const source = readFileSync(join(dir, name), "utf8");
      const expected = readFileSync(join(dir, name.replace(/\.proto$/, ".expected.txt")), "utf8")
        .split("\n")
        .filter((l) => l !== "");
      expect(expected.length).toBeGreaterThan(0);
      expect(headers(name, source)).toEqual(expected);
    });
  }
});

describe("SchemaError", () => {
  const source = 'syntax = "proto2";\nmessage A {\n\toptional int32 a = 1\n}\n';
  const { diagnostics } = parseFile("dir/a.proto", source);

  it("is a ProtowireError with code INVALID_SCHEMA carrying every diagnostic", () => {
    const err = new SchemaError(diagnostics, { "dir/a.proto": source });
    expect(err).toBeInstanceOf(ProtowireError);
    expect(err).toBeInstanceOf(SchemaError);
    expect(err.code).toBe("INVALID_SCHEMA");
    expect(err.diagnostics).toEqual([
      { file: "dir/a.proto", line: 4, column: 1, message: 'Expected ";".' },
    ]);
  });

  it("renders file:line:col: message, the source line and a caret", () => {
    const err = new SchemaError(diagnostics, new Map([["dir/a.proto", source]]));
    expect(err.message).toBe('dir/a.proto:4:1: Expected ";".\n}\n^');
  });

  it("keeps tabs in the caret line so the caret lines up under tab-expanded columns", () => {
    // protoc counts a tab as advancing to the next multiple of 8: `a` is at column 24.
    const d = { file: "t.proto", line: 1, column: 24, message: "here" };
    expect(formatDiagnostic(d, "\toptional int32 a = 1;")).toBe(
      `t.proto:1:24: here\n\toptional int32 a = 1;\n\t${" ".repeat(15)}^`,
    );
  });

  it("counts UTF-8 bytes in columns, like protoc", () => {
    const d = parseFile(
      "u.proto",
      'syntax = "proto3";\nmessage M { string s = 1 [default = "é"]; int32 x = ; }\n',
    ).diagnostics;
    // proto3 defaults are a linker error; the parse error is the missing number after é (2 bytes).
    expect(d.map(diagnosticHeader)).toEqual(["u.proto:2:54: Expected field number."]);
    const text = formatDiagnostic(
      d[0]!,
      'syntax = "proto3";\nmessage M { string s = 1 [default = "é"]; int32 x = ; }\n',
    );
    expect(text.split("\n")[2]).toBe(`${" ".repeat(52)}^`);
  });

  it("renders just the header when the source is unknown", () => {
    expect(new SchemaError(diagnostics).message).toBe('dir/a.proto:4:1: Expected ";".');
  });
});

describe("source excerpts of long lines", () => {
  it("clips a long (minified) line to a window around the caret, marking the cuts", () => {
    const line = `${"a".repeat(500)}X${"b".repeat(500)}`;
    const text = formatDiagnostic({ file: "m.proto", line: 1, column: 501, message: "here" }, line);
    const [, excerpt, caret] = text.split("\n");
    expect(excerpt).toBe(`...${"a".repeat(60)}X${"b".repeat(59)}...`);
    expect(caret).toBe(`${" ".repeat(63)}^`);
  });

  it("keeps the start or the end of the line when the caret is near it", () => {
    const line = "x".repeat(300);
    const [, atStart, caretStart] = formatDiagnostic(
      { file: "m", line: 1, column: 3, message: "m" },
      line,
    ).split("\n");
    expect(atStart).toBe(`${"x".repeat(120)}...`);
    expect(caretStart).toBe("  ^");
    const [, atEnd, caretEnd] = formatDiagnostic(
      { file: "m", line: 1, column: 300, message: "m" },
      line,
    ).split("\n");
    expect(atEnd).toBe(`...${"x".repeat(120)}`);
    expect(caretEnd).toBe(`${" ".repeat(3 + 119)}^`);
  });
});

describe("formatDiagnostic edge cases", () => {
  it("drops the \\r of CRLF lines from the excerpt", () => {
    const text = formatDiagnostic({ file: "c", line: 2, column: 3, message: "m" }, "a\r\nbcd\r\n");
    expect(text).toBe("c:2:3: m\nbcd\n  ^");
  });

  it("points past the last line at end of input (an empty excerpt)", () => {
    const { diagnostics } = parseFile("e.proto", 'syntax = "proto2";\nmessage M {\n');
    expect(diagnostics.map(diagnosticHeader)).toEqual([
      "e.proto:3:1: Reached end of input in message definition (missing '}').",
    ]);
    expect(formatDiagnostic(diagnostics[0]!, 'syntax = "proto2";\nmessage M {\n')).toBe(
      "e.proto:3:1: Reached end of input in message definition (missing '}').\n\n^",
    );
  });

  it("renders just the header for a line the source does not have", () => {
    expect(formatDiagnostic({ file: "x", line: 9, column: 1, message: "m" }, "one line")).toBe(
      "x:9:1: m",
    );
  });
});
