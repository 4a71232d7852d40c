// protoc's command line run by protowire: every case of fixtures/cli/protoc/ (recorded from
// protoc by scripts/regenerate-cli-goldens.sh) gives protoc's stdout byte for byte, its exit
// status, and its stderr (errors, warnings) line for line.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { protowire, ROOT } from "./run-cli.js";

const dir = join(ROOT, "fixtures/cli/protoc");
const cases = readdirSync(dir).sort();

describe("protowire with protoc's arguments does what protoc did", () => {
  it("has the recorded cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
  });

  it.each(cases)("%s", (name) => {
    const at = (f: string) => join(dir, name, f);
    const args = readFileSync(at("args"), "utf8").split("\n").slice(0, -1);
    const stdin = existsSync(at("stdin")) ? readFileSync(at("stdin")) : "";
    const r = protowire(args, { stdin });
    expect(r.stderr).toBe(readFileSync(at("stderr"), "utf8"));
    expect(r.status).toBe(Number(readFileSync(at("status"), "utf8")));
    expect(r.stdout.equals(readFileSync(at("stdout")))).toBe(true);
  });
});
