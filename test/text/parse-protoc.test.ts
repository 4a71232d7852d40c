// The text-format parser against protoc (issue 12): every input of fixtures/text-parse/cases
// parses to a message that encodes to exactly the bytes `protoc --encode` makes of it, and
// every input of fixtures/text-parse/errors fails where protoc's does (line and column as
// protoc counts them) with protoc's message. Goldens: scripts/regenerate-text-parse-goldens.sh.
import { describe, expect, it } from "vitest";
import { TextError } from "../../src/index.js";
import { errorCases, goodCases, loadParseSchema } from "./helpers/parse-fixtures.js";

const schema = loadParseSchema();
const good = goodCases();
const bad = errorCases();

/**
 * Where protowire's wording differs from protoc's on purpose: none so far. (protoc has no
 * recursion limit by default and accepts invalid UTF-8 in proto3 strings; those cases are
 * tested in text-hostile.test.ts and parse-behaviour.test.ts, not here.)
 */
const WORDED_OTHERWISE = new Set<string>();

describe("fromText against protoc --encode", () => {
  it("has cases and error cases", () => {
    expect(good.length).toBeGreaterThanOrEqual(20);
    expect(bad.length).toBeGreaterThanOrEqual(70);
  });

  it.each(good)("$name: encodes to protoc's bytes", (c) => {
    const type = schema.messageType(c.typeName);
    const msg = type.fromText(c.text);
    expect(Buffer.from(type.encode(msg)).toString("hex")).toBe(
      Buffer.from(c.binary).toString("hex"),
    );
  });

  it.each(bad)("$name: fails at protoc's line:column", (c) => {
    const type = schema.messageType(c.typeName);
    let caught: unknown;
    try {
      type.fromText(c.text);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TextError);
    const e = caught as TextError;
    expect(`${e.line}:${e.column}`).toBe(`${c.line}:${c.column}`);
    if (!WORDED_OTHERWISE.has(c.name)) expect(e.detail).toBe(c.message);
    // The message leads with the position, and the excerpt puts a caret under it.
    expect(e.message.startsWith(`${c.line}:${c.column}: ${e.detail}`)).toBe(true);
    const [source, caret] = e.excerpt.split("\n");
    expect(source).toBe(c.text.split("\n")[c.line - 1]?.replace(/\r$/, "") ?? "");
    expect(caret).toMatch(/^[ \t]*\^$/);
  });
});
