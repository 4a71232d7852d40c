// Golden tests: our parser against protoc 36.2 on the files in parser-cases/.
// Expectations are protoc's own output (scripts/parser-expectations.sh), never ours.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/schema/parser/parser.js";
import {
  type JsonLocation,
  normalizeLocations,
  parserVisible,
  toProtoJson,
} from "./parser-normalize.js";

const dir = join(import.meta.dirname, "../../fixtures/parser-cases");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".proto"))
  .sort();

function ourLocations(file: ReturnType<typeof parseFile>["file"]): JsonLocation[] {
  return (file.sourceCodeInfo?.location ?? []).map((l) => {
    const o: JsonLocation = { span: l.span };
    if (l.path.length > 0) o.path = l.path;
    if (l.leadingComments !== undefined) o.leadingComments = l.leadingComments;
    if (l.trailingComments !== undefined) o.trailingComments = l.trailingComments;
    if (l.leadingDetachedComments.length > 0) o.leadingDetachedComments = l.leadingDetachedComments;
    // Key order as protobuf JSON writes it, so toEqual diffs read well.
    return JSON.parse(JSON.stringify({ ...o, path: o.path, span: o.span }));
  });
}

describe("parser matches protoc 36.2", () => {
  it("has golden cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
  });

  for (const name of cases) {
    describe(name, () => {
      const source = readFileSync(join(dir, name), "utf8");
      const expected = JSON.parse(
        readFileSync(join(dir, name.replace(/\.proto$/, ".expected.json")), "utf8"),
      );
      const { file, diagnostics } = parseFile(name, source);

      it("parses without diagnostics", () => {
        expect(diagnostics).toEqual([]);
      });

      it("records the same source locations and comments, in the same order", () => {
        const theirs = normalizeLocations(expected.sourceCodeInfo.location, false);
        const ours = normalizeLocations(ourLocations(file), true);
        expect(ours).toEqual(theirs);
      });

      it("builds the same descriptor (up to what linking adds)", () => {
        expect(parserVisible(toProtoJson(file))).toEqual(parserVisible(expected));
      });
    });
  }
});
