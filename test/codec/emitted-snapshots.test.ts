/**
 * fixtures/emitted holds the emitter's output for a few schemas, formatted for review: our own
 * output on purpose, so that a change to the generated code shows as a diff. This test fails
 * when the emitter's output no longer matches them, and checks that the formatting changed
 * nothing but whitespace: what is evaluated and what is reviewed are the same code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EMITTED_DIR, EMITTED_SCHEMAS, renderEmitted } from "../../scripts/emitted-snapshots.js";
import { emitForEvaluation } from "../../src/codec/compiler.js";
import { loadSchema } from "../../src/node.js";

const REGENERATE = "run `npx tsx scripts/regenerate-emitted.ts` and review the diff";

/**
 * `source` without the whitespace between tokens: string literals kept whole, a line comment
 * kept up to its end (marked, so that code a formatter pulled onto a comment's line differs).
 */
function withoutWhitespace(source: string): string {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '"' || c === "'") {
      const start = i;
      for (i++; source[i] !== c; i++) if (source[i] === "\\") i++;
      out += source.slice(start, ++i);
    } else if (source.startsWith("//", i)) {
      const newline = source.indexOf("\n", i);
      const end = newline < 0 ? source.length : newline;
      out += `${source.slice(i, end)}\u0000`;
      i = end;
    } else {
      if (!/\s/.test(c)) out += c;
      i++;
    }
  }
  return out;
}

describe.each(Object.keys(EMITTED_SCHEMAS))("fixtures/emitted/%s", (schema) => {
  it("holds a snapshot of every message type, and nothing else", async () => {
    const expected = [...(await renderEmitted(schema)).keys()].sort();
    const actual = readdirSync(join(EMITTED_DIR, schema)).sort();
    expect(actual, `stale snapshots: ${REGENERATE}`).toEqual(expected);
  });

  it("matches the emitter's output", async () => {
    for (const [name, text] of await renderEmitted(schema)) {
      const snapshot = readFileSync(join(EMITTED_DIR, schema, name), "utf8");
      expect(snapshot, `fixtures/emitted/${schema}/${name} differs: ${REGENERATE}`).toBe(text);
    }
  });

  it("differs from the evaluated source in whitespace only, and parses", async () => {
    const [includePath, file] = EMITTED_SCHEMAS[schema]!;
    const root = fileURLToPath(new URL(`../../${includePath}`, import.meta.url));
    const loaded = await loadSchema({ files: [file], includePaths: [root] });
    for (const name of readdirSync(join(EMITTED_DIR, schema))) {
      const snapshot = readFileSync(join(EMITTED_DIR, schema, name), "utf8");
      const info = loaded.findMessage(name.slice(0, -".js".length))!;
      const evaluated = emitForEvaluation(info).source;
      expect(withoutWhitespace(snapshot), name).toBe(withoutWhitespace(evaluated));
      expect(snapshot).not.toBe(evaluated); // it was formatted
      expect(() => new Function("rt", "L", snapshot)).not.toThrow();
    }
  });
});
