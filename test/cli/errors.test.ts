// Every error path of protowire's own verbs: the message (the input's name, `line:col` with the
// line and a caret for text, JSON and .proto; offset and field path for binary), exit 1 for bad
// input or schema, 2 for usage, never a stack trace; binary refused on a terminal (a real
// one, from script(1)); a closed pipe is no error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, protowire, ROOT } from "./run-cli.js";

const S = ["-I", "fixtures/text", "text2.proto", "--type", "text2.Scalars"];
const tmp = mkdtempSync(join(tmpdir(), "pw-cli-errors-"));

function fails(args: string[], stdin: string | Uint8Array, status: number, stderr: string): void {
  const r = protowire(args, { stdin });
  expect(r.stderr).toBe(stderr);
  expect(r.status).toBe(status);
  expect(r.text).toBe("");
}

describe("bad input: exit 1 with where and what", () => {
  it("binary: offset and field path", () => {
    fails(
      ["decode", ...S],
      Uint8Array.of(8),
      1,
      "<stdin>: TRUNCATED: buffer ends inside a varint at offset 1 (field Scalars.i32)\n",
    );
    const file = join(tmp, "cut.binpb");
    writeFileSync(file, Uint8Array.of(0x08, 0x01, 0x0f));
    fails(
      ["decode", ...S, file],
      "",
      1,
      `${file}: INVALID_WIRE_TYPE: wire type 7 in tag at offset 2 (field Scalars)\n`,
    );
    fails(
      ["decode-raw"],
      Uint8Array.of(0x0a, 0x05, 0x61),
      1,
      "<stdin>: LENGTH_OUT_OF_RANGE: length 5 exceeds the 1 bytes left at offset 1\n",
    );
    // A named file is read a window at a time; its error is the same, and nothing is written
    // although the fields before the bad one are good.
    const late = join(tmp, "late.binpb");
    writeFileSync(late, Uint8Array.of(0x08, 0x01, 0x12, 0x01, 0x61, 0x0a, 0x05, 0x61));
    fails(
      ["decode-raw", late],
      "",
      1,
      `${late}: LENGTH_OUT_OF_RANGE: length 5 exceeds the 1 bytes left at offset 6\n`,
    );
    fails(["decode-raw", tmp], "", 1, `protowire: ${tmp}: is a directory\n`);
  });

  it("text: file:line:col, protoc's wording, the line and a caret", () => {
    const file = join(tmp, "bad.txtpb");
    writeFileSync(file, 'i32: 1\ni64: "x"\n');
    fails(
      ["encode", ...S, file],
      "",
      1,
      `${file}:2:6: Expected integer, got: "x" (field Scalars.i64)\ni64: "x"\n     ^\n`,
    );
  });

  it("JSON: file:line:col, the line and a caret", () => {
    fails(
      ["encode", ...S, "--from", "json"],
      '{\n  "i32": true\n}',
      1,
      '<stdin>:2:10: INVALID_VALUE: true is not a valid int32 (field Scalars.i32)\n  "i32": true\n         ^\n',
    );
  });

  it("missing required fields, unless --allow-partial", () => {
    const D = ["-I", "fixtures/text", "text2.proto", "--type", "text2.Defaults"];
    const r = protowire(["decode", ...D], { stdin: "" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>: MISSING_REQUIRED: .*req/);
    expect(protowire(["decode", ...D, "--allow-partial"], { stdin: "" }).status).toBe(0);
  });

  it("a type the schema lacks", () => {
    fails(
      ["decode", "-I", "fixtures/text", "text2.proto", "--type", "text2.Nope"],
      "",
      1,
      "protowire: type not defined: text2.Nope\n",
    );
  });

  it("a .proto with errors: disk path, line, caret", () => {
    const r = protowire([
      "decode",
      "-I",
      "fixtures/schema-errors",
      "default_bool_number.proto",
      "-t",
      "x.Y",
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^fixtures\/schema-errors\/default_bool_number.proto:3:34: Expected "true" or "false".\n.*\n +\^\n$/,
    );
  });

  it("files that cannot be read", () => {
    fails(
      ["decode", ...S, "no/such.binpb"],
      "",
      1,
      "protowire: no/such.binpb: no such file or directory\n",
    );
    fails(["decode", ...S, "fixtures"], "", 1, "protowire: fixtures: is a directory\n");
    fails(
      ["decode", "-t", "a.B", "--descriptor-set", "nope.binpb"],
      "",
      1,
      "protowire: nope.binpb: no such file or directory\n",
    );
    fails(
      ["decode", "-t", "a.B", "--descriptor-set", "fixtures/text/text2.proto"],
      "",
      1,
      "protowire: fixtures/text/text2.proto: not a FileDescriptorSet (INVALID_WIRE_TYPE: wire type 7 in tag at offset 0)\n",
    );
  });

  it("inputs over --max-size", () => {
    fails(
      ["decode-raw", "--max-size", "2"],
      Uint8Array.of(8, 1, 8),
      1,
      "protowire: <stdin>: input is larger than 2 bytes (raise it with --max-size)\n",
    );
    const redirected = protowire(["decode-raw", "--max-size", "1k"], {
      stdinFile: { path: "fixtures/cli/compile/text2.imports-source.binpb" },
    });
    expect([redirected.status, redirected.stderr]).toEqual([
      1,
      "protowire: <stdin>: input is larger than 1024 bytes (raise it with --max-size)\n",
    ]);
    fails(
      ["decode-raw", "--max-size=1k", "fixtures/cli/compile/text2.imports-source.binpb"],
      "",
      1,
      "protowire: fixtures/cli/compile/text2.imports-source.binpb: input is larger than 1024 bytes (raise it with --max-size)\n",
    );
  });

  it("protoscope that does not assemble", () => {
    fails(
      ["assemble"],
      '1: 2 3: {"x"',
      1,
      '<stdin>:1:9: `{` never closed\n1: 2 3: {"x"\n        ^\n',
    );
  });
});

describe("terminals and pipes", () => {
  const inTerminal = (command: string) =>
    spawnSync("script", ["-qec", command, "/dev/null"], { cwd: ROOT, encoding: "utf8" });

  it("binary is not written to a terminal (exit 2) unless --force", () => {
    const refused = inTerminal(`node ${CLI} compile -I fixtures/text text3.proto -o -`);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain("protowire: refusing to write binary output to a terminal");
    const forced = inTerminal(`node ${CLI} compile -I fixtures/text text3.proto -o - --force`);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain("text3.proto");
  });

  it("text goes to a terminal", () => {
    const r = inTerminal(`printf '\\010\\226\\001' | node ${CLI} decode-raw`);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("1: 150\r\n");
  });

  it("a reader that stops early (| head) is no error", () => {
    const big = join(tmp, "big.binpb");
    writeFileSync(
      big,
      new Uint8Array(600_000).map((_, i) => (i % 2 === 0 ? 8 : 1)),
    );
    const r = spawnSync(
      "bash",
      ["-c", `set -o pipefail; node ${CLI} decode-raw ${big} | head -c 5`],
      { encoding: "utf8" },
    );
    expect(r.stdout).toBe("1: 1\n");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
