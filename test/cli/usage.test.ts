// The command's frame: --help, VERB --help, --version, exit 2 and one clear line for usage
// mistakes, option spellings (`--opt=value`, `--opt value`, `-IDIR`, `-I DIR`, `--`).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { protowire, ROOT } from "./run-cli.js";

const VERBS = ["encode", "decode", "convert", "decode-raw", "dump", "assemble", "compile"];

describe("help and version", () => {
  it("--help lists every command on stdout and exits 0", () => {
    const r = protowire(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.text).toMatch(/^usage: protowire <command>/);
    for (const verb of VERBS) expect(r.text).toContain(`\n  ${verb} `);
    expect(r.text).toContain("--decode_raw");
    expect(protowire(["-h"]).text).toBe(r.text);
  });

  it.each(VERBS)("%s --help shows its usage and examples", (verb) => {
    const r = protowire([verb, "--help"]);
    expect(r.status).toBe(0);
    expect(r.text).toMatch(new RegExp(`^usage: protowire ${verb}`));
    expect(r.text).toContain("\nexamples:\n");
    expect(protowire(["help", verb]).text).toBe(r.text);
    expect(protowire([verb, "-I", "x", "-h"]).text).toBe(r.text);
  });

  it("--version prints package.json's version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    const r = protowire(["--version"]);
    expect(r.status).toBe(0);
    expect(r.text).toBe(`protowire ${version}\n`);
  });

  it("no arguments: usage on stderr, exit 2", () => {
    const r = protowire([]);
    expect(r.status).toBe(2);
    expect(r.text).toBe("");
    expect(r.stderr).toMatch(/^usage: protowire <command>/);
  });
});

describe("usage mistakes exit 2 with one line and a pointer to help", () => {
  const cases: [string[], string][] = [
    [["frobnicate"], 'protowire: unknown command "frobnicate"\n(see protowire --help)\n'],
    [["--frobnicate"], "protowire: unknown option --frobnicate\n(see protowire --help)\n"],
    [["decode", "--bogus"], "protowire: unknown option --bogus\n(see protowire decode --help)\n"],
    [
      ["decode", "--type"],
      "protowire: option --type needs a value\n(see protowire decode --help)\n",
    ],
    [
      ["decode", "--emit-defaults=1"],
      "protowire: option --emit-defaults takes no value\n(see protowire decode --help)\n",
    ],
    [
      ["decode", "x.binpb"],
      "protowire: --type is required (e.g. --type pkg.Msg)\n(see protowire decode --help)\n",
    ],
    [
      ["decode", "--type", "a.B"],
      "protowire: no schema: name .proto files (with -I DIR) or --descriptor-set FILE\n(see protowire decode --help)\n",
    ],
    [
      ["decode", "--type", "a.B", "--to", "yaml"],
      'protowire: --to must be binary, json or text (got "yaml")\n(see protowire decode --help)\n',
    ],
    [
      ["decode", "--type", "a.B", "--to", "binary"],
      "protowire: decode writes text or JSON; use convert for binary\n(see protowire decode --help)\n",
    ],
    [
      ["encode", "--type", "a.B", "--from", "binary"],
      "protowire: encode reads text or JSON; use convert for binary\n(see protowire encode --help)\n",
    ],
    [
      ["decode", "--type=a.B", "a", "b"],
      "protowire: too many arguments: b\n(see protowire decode --help)\n",
    ],
    [
      ["decode-raw", "--max-size", "lots"],
      'protowire: --max-size must be a number of bytes, e.g. 64M (got "lots")\n(see protowire decode-raw --help)\n',
    ],
    [["compile"], "protowire: no .proto files to compile\n(see protowire compile --help)\n"],
    [
      ["convert", "-t", "a.B", "in", "out", "-o", "x"],
      "protowire: OUT given twice (as an argument and with -o)\n(see protowire convert --help)\n",
    ],
  ];
  it.each(cases)("%j", (args, message) => {
    const r = protowire(args);
    expect(r.stderr).toBe(message);
    expect(r.status).toBe(2);
    expect(r.text).toBe("");
  });
});

describe("option spellings", () => {
  const T = "fixtures/text";
  const want = readFileSync(join(ROOT, T, "cases/scalars.expected.txt"), "utf8");
  const stdin = readFileSync(join(ROOT, T, "cases/scalars.binpb"));
  it.each([
    [["-I", T, "--type", "text2.Scalars", "text2.proto"]],
    [[`-I${T}`, "--type=text2.Scalars", "text2.proto"]],
    [["--proto_path", T, "-t", "text2.Scalars", "--proto", "text2.proto", "-"]],
    [[`--proto_path=${T}`, "--type", "text2.Scalars", "--", "text2.proto", "-"]],
    [["--type", "text2.Scalars", `${T}/text2.proto`, "-I", T]],
  ])("decode %j", (args) => {
    const r = protowire(["decode", ...args], { stdin });
    expect(r.stderr).toBe("");
    expect(r.text).toBe(want);
    expect(r.status).toBe(0);
  });
});
