// encode, decode and decode-raw through the command, on every case of fixtures/text/cases:
// byte for byte what protoc --encode, --decode and --decode_raw wrote (the goldens of
// scripts/regenerate-text-goldens.sh and scripts/regenerate-cli-goldens.sh), from files and
// from stdin, in protowire's verbs and in protoc's own command line.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureCases, read } from "./fixtures.js";
import { protoc, protowire } from "./run-cli.js";

const T = "fixtures/text";
const cases = fixtureCases("text");
const scratch = mkdtempSync(join(tmpdir(), "protowire-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("fixtures/text cases through the command", () => {
  it("has the cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(cases)("$name", (c) => {
    const golden = read(c.binpb);
    const text = read(`${T}/cases/${c.name}.expected.txt`).toString("utf8");

    it("encode (file in, stdout) is protoc --encode's binary", () => {
      const r = protowire(["encode", "-I", T, "--type", c.type, c.file, c.txtpb]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout.equals(golden)).toBe(true);
    });

    it("decode (stdin in) is protoc --decode's text", () => {
      const r = protowire(["decode", "-I", T, "--type", c.decodeType, c.decodeFile], {
        stdin: golden,
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.text).toBe(text);
    });

    it("decode-raw is protoc --decode_raw's text", () => {
      const want = read(`fixtures/cli/raw/${c.name}.txt`).toString("utf8");
      const r = protowire(["decode-raw", c.binpb]);
      expect(r.status).toBe(0);
      expect(r.text).toBe(want);
      expect(protowire(["--decode_raw"], { stdin: golden }).text).toBe(want);
      // Stdin redirected from the file (read in one go), also when some of it was read before.
      expect(protowire(["decode-raw"], { stdinFile: { path: c.binpb } }).text).toBe(want);
      const prefixed = join(scratch, `${c.name}.binpb`);
      writeFileSync(prefixed, Buffer.concat([Buffer.of(8, 1, 8, 2), golden]));
      const rest = protowire(["--decode_raw"], { stdinFile: { path: prefixed, skip: 4 } });
      expect(rest.stderr).toBe("");
      expect(rest.text).toBe(want);
    });

    it("protowire --encode=T / --decode=T are protoc's", () => {
      const enc = protowire([`-I${T}`, `--encode=${c.type}`, c.file], { stdin: read(c.txtpb) });
      expect(enc.stdout.equals(golden)).toBe(true);
      const dec = protowire(["-I", T, `--decode=${c.decodeType}`, c.decodeFile], { stdin: golden });
      expect(dec.text).toBe(text);
    });
  });

  // A byte-order mark in front of a text or JSON input is no part of it (TextDecoder's rule),
  // whether the rest is ASCII, other UTF-8 or not UTF-8 at all.
  it.each([
    ["ASCII text", "text", 'i32: 7 str: "x"'],
    ["UTF-8 text", "text", 'i32: 7 str: "é"'],
    ["JSON", "json", '{"i32": 7, "str": "é"}'],
    ["text that is not UTF-8", "text", Buffer.from([...Buffer.from('str: "'), 0xff, 0x22])],
  ])("reads %s behind a byte-order mark as without it", (_, from, input) => {
    const args = ["encode", "-I", T, "--type", "text2.Scalars", "text2.proto", "--from", from];
    const plain = protowire(args, { stdin: input });
    expect(plain.stderr).toBe("");
    const marked = protowire(args, {
      stdin: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(input)]),
    });
    expect(marked.stderr).toBe("");
    expect(marked.stdout.equals(plain.stdout)).toBe(true);
  });

  // A named text file of ASCII is read a MiB at a time; one with other bytes, anywhere, whole.
  // Each gives protoc's bytes (text) or stdin's (JSON: protoc reads no JSON).
  it.each([
    ["ASCII text over a MiB", "text", `${"# filler\n".repeat(120_000)}i32: 7 str: "x"`],
    ["UTF-8 text behind a MiB of ASCII", "text", `${"# filler\n".repeat(120_000)}str: "é"`],
    ["UTF-8 text behind a byte-order mark", "text", '\ufeffi32: 7 str: "é"'],
    ["JSON over a MiB", "json", `${" ".repeat(1_100_000)}{"i32": 7, "str": "é"}`],
  ])("reads a named file of %s as protoc reads it", (name, from, input) => {
    const file = join(scratch, `${name.replaceAll(" ", "-")}.${from}`);
    writeFileSync(file, input);
    const args = ["encode", "-I", T, "--type", "text2.Scalars", "text2.proto", "--from", from];
    const named = protowire([...args, file]);
    expect(named.stderr).toBe("");
    expect(named.status).toBe(0);
    const want =
      from === "text"
        ? protoc([`-I${T}`, "--encode=text2.Scalars", "text2.proto"], {
            stdin: input.replace(/^\ufeff/, ""),
          }).stdout
        : protowire(args, { stdin: input }).stdout;
    expect(want.length).toBeGreaterThan(0);
    expect(named.stdout.equals(want)).toBe(true);
  });
});
