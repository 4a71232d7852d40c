// The syntax_* cases of the error corpus are parse errors: parseFile alone must report their
// required `file:line:col: message` lines (the full corpus, through loadSchema, is in
// errors-corpus.test.ts). This pins the parser's recovery and wording before linking exists.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/schema/parser/parser.js";
import { ERRORS_DIR } from "./fixtures-corpus.js";

const syntaxCases = readdirSync(ERRORS_DIR)
  .filter((f) => f.startsWith("syntax_") && f.endsWith(".proto"))
  .sort();

describe("error corpus, parser only", () => {
  it("has syntax cases", () => {
    expect(syntaxCases.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of syntaxCases) {
    const name = file.slice(0, -".proto".length);
    const required = readFileSync(join(ERRORS_DIR, `${name}.expected`), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "" && !l.startsWith("#"));
    it(`${name}: ${required.join(" | ")}`, () => {
      const { diagnostics } = parseFile(file, readFileSync(join(ERRORS_DIR, file), "utf8"));
      const headers = diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`);
      for (const r of required) expect(headers, `reported:\n${headers.join("\n")}`).toContain(r);
    });
  }
});
