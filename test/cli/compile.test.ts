// compile through the command: the descriptor set protoc --descriptor_set_out wrote
// (fixtures/cli/compile/, by scripts/regenerate-cli-goldens.sh), byte for byte, with and
// without imports and source info, in protowire's verb and in protoc's command line; without
// -o, a check: nothing written, exit 0, or the errors and exit 1.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { read } from "./fixtures.js";
import { protowire } from "./run-cli.js";

const FLAGS: Record<string, string[]> = {
  plain: [],
  imports: ["--include-imports"],
  source: ["--include-source-info"],
  "imports-source": ["--include-imports", "--include-source-info"],
};
const FILES = ["text2", "text3", "text_editions"];
const INCLUDES = ["-I", "fixtures/text", "-I", "src/schema/wkt"];
const tmp = mkdtempSync(join(tmpdir(), "pw-cli-compile-"));

describe.each(FILES)("compile %s.proto", (base) => {
  it.each(Object.keys(FLAGS))("%s: protoc's descriptor set", (flags) => {
    const golden = read(`fixtures/cli/compile/${base}.${flags}.binpb`);
    const out = join(tmp, `${base}.${flags}.binpb`);
    const r = protowire([
      "compile",
      ...INCLUDES,
      `${base}.proto`,
      "-o",
      out,
      ...(FLAGS[flags] as string[]),
    ]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(out).equals(golden)).toBe(true);
    const protocArgs = (FLAGS[flags] as string[]).map((f) =>
      f.replaceAll("-", "_").replace(/^__/, "--"),
    );
    const p = protowire([
      ...INCLUDES,
      `--descriptor_set_out=${out}`,
      ...protocArgs,
      `${base}.proto`,
    ]);
    expect(p.status).toBe(0);
    expect(readFileSync(out).equals(golden)).toBe(true);
  });
});

describe("compile without -o checks", () => {
  it("good files: no output, exit 0", () => {
    const r = protowire(["compile", "-I", "fixtures/text", "text2.proto", "text3.proto"]);
    expect([r.status, r.text, r.stderr]).toEqual([0, "", ""]);
  });

  it("a syntax error: protoc's line, named by disk path, then the line and a caret; exit 1", () => {
    const r = protowire(["compile", "-I", "fixtures/schema-errors", "default_bool_number.proto"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'fixtures/schema-errors/default_bool_number.proto:3:34: Expected "true" or "false".\n' +
        "  optional bool a = 1 [default = 1];\n" +
        "                                 ^\n",
    );
  });

  it("a missing import", () => {
    const r = protowire(["compile", "-I", "fixtures/cli/malformed", "missing-import.proto"]);
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe(
      'fixtures/cli/malformed/missing-import.proto:2:1: Import "missing.proto" was not found or had errors.',
    );
  });

  it("a file that does not exist", () => {
    const r = protowire(["compile", "nope.proto"]);
    expect([r.status, r.stderr]).toEqual([1, "nope.proto: File not found.\n"]);
  });

  it("refuses to write binary to a terminal only: a pipe gets it", () => {
    const r = protowire(["compile", "-I", "fixtures/text", "text3.proto", "-o", "-"]);
    expect(r.status).toBe(0);
    expect(r.stdout.equals(read("fixtures/cli/compile/text3.plain.binpb"))).toBe(true);
  });
});
