/**
 * The parser's golden fixtures (fixtures/text-parse, made by
 * scripts/regenerate-text-parse-goldens.sh with protoc): the schemas loaded as one schema,
 * the accepted cases with protoc's bytes, the rejected ones with protoc's first error line.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadSchemaSync } from "../../../src/index.js";

export const PARSE_FIXTURES = join(import.meta.dirname, "../../../fixtures/text-parse");

export function loadParseSchema() {
  const sources: Record<string, string> = {};
  for (const name of readdirSync(PARSE_FIXTURES)) {
    if (name.endsWith(".proto")) sources[name] = readFileSync(join(PARSE_FIXTURES, name), "utf8");
  }
  return loadSchemaSync({ sources });
}

export interface ParseCase {
  name: string;
  typeName: string;
  text: string;
}

function header(text: string, key: string): string {
  const m = new RegExp(`^# ${key}: *(.*)$`, "m").exec(text);
  if (m === null) throw new Error(`no ${key} header`);
  return m[1]!.trim();
}

function readCases(folder: string): ParseCase[] {
  const dir = join(PARSE_FIXTURES, folder);
  return readdirSync(dir)
    .filter((n) => n.endsWith(".txtpb"))
    .sort()
    .map((n) => {
      const text = readFileSync(join(dir, n), "utf8");
      return { name: n.slice(0, -6), typeName: header(text, "proto-message"), text };
    });
}

/** Accepted inputs and protoc's encoding of each. */
export function goodCases(): (ParseCase & { binary: Uint8Array })[] {
  return readCases("cases").map((c) => ({
    ...c,
    binary: new Uint8Array(readFileSync(join(PARSE_FIXTURES, "cases", `${c.name}.binpb`))),
  }));
}

/** Rejected inputs and protoc's first error: `input:L:C: message`. */
export function errorCases(): (ParseCase & { line: number; column: number; message: string })[] {
  return readCases("errors").map((c) => {
    const err = readFileSync(join(PARSE_FIXTURES, "errors", `${c.name}.err`), "utf8");
    const m = /^input:(\d+):(\d+): (.*)\n?$/.exec(err);
    if (m === null) throw new Error(`${c.name}.err: not protoc's error line: ${err}`);
    return { ...c, line: Number(m[1]), column: Number(m[2]), message: m[3]! };
  });
}
