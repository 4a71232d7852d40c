// decode's output options through the command: JSON with --emit-defaults, --enum-as-int,
// --proto-names (the library's JSON options), --to json or an output named .json, and
// --no-print-unknown for text; each compared with the default output of the same input.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { protowire } from "./run-cli.js";

const SET = ["--descriptor-set", "fixtures/json/descriptors.binpb", "-t", "golden.All"];
const SCALARS = "fixtures/json/cases/scalars.binpb";
const json = (args: string[]) => {
  const r = protowire(["decode", ...SET, "--to", "json", ...args, SCALARS]);
  expect(r.status).toBe(0);
  expect(r.text.endsWith("}\n")).toBe(true);
  return JSON.parse(r.text) as {
    scalars: Record<string, unknown>;
    children: { scalars: Record<string, unknown> }[];
  };
};

describe("decode --to json options", () => {
  const plain = json([]);

  it("default: JSON names, enum names, no zero values", () => {
    expect(plain.scalars.fDouble).toBeDefined();
    expect(plain.scalars.color).toBe("INFRARED");
    expect("fInt32" in (plain.children[0]?.scalars ?? {})).toBe(false);
  });

  it("--proto-names", () => {
    const v = json(["--proto-names"]);
    expect(v.scalars.f_double).toBe(plain.scalars.fDouble);
    expect(v.scalars.fDouble).toBeUndefined();
  });

  it("--enum-as-int", () => {
    expect(json(["--enum-as-int"]).scalars.color).toBe(-3);
  });

  it("--emit-defaults", () => {
    expect(json(["--emit-defaults"]).children[0]?.scalars.fInt32).toBe(0);
  });

  it("an output named .json is JSON; --print-unknown with JSON is a usage error", () => {
    const out = join(mkdtempSync(join(tmpdir(), "pw-cli-opts-")), "s.json");
    expect(protowire(["decode", ...SET, SCALARS, "-o", out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(plain);
    expect(protowire(["decode", ...SET, "--to", "json", "--print-unknown", SCALARS]).status).toBe(
      2,
    );
  });
});

describe("decode --no-print-unknown", () => {
  const S = [
    "-I",
    "fixtures/text",
    "text2.proto",
    "-t",
    "text2.Extendable",
    "fixtures/text/cases/closed-enum-extension.binpb",
  ];
  it("leaves the unknown fields out of the text", () => {
    expect(protowire(["decode", ...S]).text).toBe("a: 1\n100: 9\n");
    expect(protowire(["decode", ...S, "--print-unknown"]).text).toBe("a: 1\n100: 9\n");
    expect(protowire(["decode", ...S, "--no-print-unknown"]).text).toBe("a: 1\n");
  });
});
