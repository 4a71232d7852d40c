// Linker errors against protoc 3.21: the first diagnostic must read exactly like protoc's first
// line (file:line:col: message). The cases are fixtures/protoc321/linker-errors/*.proto;
// protoc 3.21's stderr for each is the committed <case>.stderr next to it (empty when protoc
// accepts the file), written by scripts/regenerate-protoc321-goldens.sh with protoc 3.21
// (/usr/bin/protoc, apt), so no protoc runs here. Imports of google/protobuf/descriptor.proto
// resolve, on both sides, to protoc 3.21's own copy (fixtures/protoc321/include/).
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SchemaError } from "../../src/schema/errors.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";
import { LINKER_ERRORS_DIR, PROTOC321_INCLUDE, protoc321Stderr } from "./protoc321.js";

// Files named *_lib*.proto are imported by others and are not cases themselves.
const CASES = readdirSync(LINKER_ERRORS_DIR)
  .filter((f) => f.endsWith(".proto") && !f.includes("_lib"))
  .sort();

describe("linker errors read like protoc 3.21's", () => {
  it("has the cases (31, each with protoc 3.21's stderr)", () => {
    expect(CASES.length).toBe(31);
  });

  for (const name of CASES) {
    it(name, async () => {
      const expected = protoc321Stderr(name).split("\n")[0] ?? "";
      let first = "";
      try {
        await loadSchema({ files: [name], includePaths: [LINKER_ERRORS_DIR, PROTOC321_INCLUDE] });
      } catch (e) {
        expect(e).toBeInstanceOf(SchemaError);
        const d = (e as SchemaError).diagnostics[0]!;
        first = `${d.file}:${d.line}:${d.column}: ${d.message}`;
      }
      expect(first).toBe(expected);
    });
  }
});
