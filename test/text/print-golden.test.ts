// Printer goldens from protoc (issue 12): fixtures/text/cases/*.binpb are protoc's encodings
// of text-format instances over schemas covering every field kind (proto2 groups, extensions,
// required, defaults and closed enums; proto3 implicit presence and open enums; editions
// DELIMITED fields; maps of every key type; recursion; Any), and *.expected.txt protoc's
// `--decode` of them, some decoded as narrower types so that unknown fields of every wire
// type appear. toText of the decoded binary must equal protoc's text byte for byte.
import { describe, expect, it } from "vitest";
import { loadTextGoldenSchema, textGoldenCases } from "./helpers/print-goldens.js";

const schema = loadTextGoldenSchema();
const cases = textGoldenCases();

describe("text-format printer goldens from protoc", () => {
  it("finds the case files", () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
    expect(cases.map((c) => c.name)).toContain("unknown-guesses");
  });

  it.each(cases)("$name: toText(decode(binpb)) is protoc's --decode text", (c) => {
    const type = schema.messageType(c.typeName);
    expect(type.toText(type.decode(c.binary))).toBe(c.expected);
  });

  it.each(cases)("$name: singleLine is the same fields on one line", (c) => {
    const type = schema.messageType(c.typeName);
    const line = type.toText(type.decode(c.binary), { singleLine: true });
    expect(line).not.toContain("\n");
    // Joining protoc's lines (indent dropped) with single spaces gives ShortDebugString's form.
    const joined = c.expected
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => l.trimStart())
      .join(" ");
    expect(line).toBe(joined);
  });
});
