// The error corpus: every fixtures/schema-errors/<case>.proto is invalid, and loading it must
// throw a SchemaError whose diagnostics include each required `file:line:col: message` line of
// <case>.expected (lines starting with # are notes, among them protoc 3.21's own output,
// checked by fixtures/schema-errors/check-protoc.sh). The rendered message must show the
// source line and a caret under the column.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SchemaError } from "../../src/schema/errors.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";
import { ERRORS_DIR } from "./fixtures-corpus.js";

interface ErrorCase {
  name: string;
  file: string;
  source: string;
  required: { header: string; line: number; column: number }[];
}

const HEADER = /^(.+?):(\d+):(\d+): (.+)$/;

function readCases(): ErrorCase[] {
  return readdirSync(ERRORS_DIR)
    .filter((f) => f.endsWith(".proto"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".proto".length);
      const expected = readFileSync(join(ERRORS_DIR, `${name}.expected`), "utf8");
      const required = expected
        .split("\n")
        .filter((l) => l.trim() !== "" && !l.startsWith("#"))
        .map((header) => {
          const m = HEADER.exec(header);
          if (m === null)
            throw new Error(`${name}.expected: not file:line:col: message: ${header}`);
          return { header, line: Number(m[2]), column: Number(m[3]) };
        });
      return { name, file, source: readFileSync(join(ERRORS_DIR, file), "utf8"), required };
    });
}

async function loadError(files: string[]): Promise<unknown> {
  try {
    await loadSchema({ files, includePaths: [ERRORS_DIR] });
  } catch (e) {
    return e;
  }
  return undefined;
}

/** The 1-based line `n` of `text`, without its terminator. */
function lineOf(text: string, n: number): string {
  return (text.split("\n")[n - 1] ?? "").replace(/\r$/, "");
}

const cases = readCases();

describe("schema error corpus", () => {
  it("has cases, each with at least one required diagnostic", () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
    for (const c of cases) expect(c.required.length, c.name).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.name}: rejected with ${c.required.map((r) => r.header).join(" | ")}`, async () => {
      const err = await loadError([c.file]);
      expect(err, "loading must fail").toBeInstanceOf(SchemaError);
      const schemaError = err as SchemaError;
      const headers = schemaError.diagnostics.map(
        (d) => `${d.file}:${d.line}:${d.column}: ${d.message}`,
      );
      for (const r of c.required)
        expect(headers, `reported:\n${headers.join("\n")}`).toContain(r.header);

      // The corpus files are ASCII without tabs, so the caret sits after column-1 spaces.
      for (const r of c.required) {
        if (!r.header.startsWith(`${c.file}:`)) continue;
        const excerpt = `${r.header}\n${lineOf(c.source, r.line)}\n${" ".repeat(r.column - 1)}^`;
        expect(schemaError.message).toContain(excerpt);
      }
    });
  }

  it("a root file that does not exist is a SchemaError naming it", async () => {
    const err = await loadError(["no/such/root.proto"]);
    expect(err).toBeInstanceOf(SchemaError);
    expect((err as SchemaError).message).toContain("no/such/root.proto");
  });

  it("in-memory sources report the same diagnostics as files on disk", async () => {
    const c = cases.find((x) => x.name === "syntax_several_errors")!;
    let err: unknown;
    try {
      await loadSchema({ sources: { [c.file]: c.source }, files: [c.file] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SchemaError);
    const headers = (err as SchemaError).diagnostics.map(
      (d) => `${d.file}:${d.line}:${d.column}: ${d.message}`,
    );
    expect(headers).toEqual(expect.arrayContaining(c.required.map((r) => r.header)));
  });
});
