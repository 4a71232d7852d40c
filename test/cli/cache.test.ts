// The schema cache through the command: `--cache DIR` or PROTOWIRE_CACHE keep what a run
// compiled, and later runs on the same files give the same output; a changed file is compiled
// again.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { protowire } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "protowire-cli-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const proto = (field: string) =>
  writeFileSync(
    join(dir, "m.proto"),
    `syntax = "proto3"; package t; import "google/protobuf/duration.proto";\nmessage M { string s = 1; int32 ${field} = 2; google.protobuf.Duration d = 3; }\n`,
  );
const entries = (cache: string) => readdirSync(cache).filter((f) => f.endsWith(".pwcache"));

describe("protowire --cache", () => {
  it("encode, decode and compile give the same output with the cache as without", () => {
    proto("n");
    const cache = join(dir, "c1");
    const encode = (extra: string[]) =>
      protowire(["encode", "-I", dir, "--type", "t.M", "m.proto", ...extra], {
        stdin: 's: "x" n: 5 d { seconds: 3 }',
      });
    const plain = encode([]);
    expect(plain.status).toBe(0);
    for (let i = 0; i < 2; i++) {
      const r = encode(["--cache", cache]);
      expect(r.stderr).toBe("");
      expect(r.stdout.equals(plain.stdout)).toBe(true);
    }
    expect(entries(cache)).toHaveLength(1);
    const decoded = protowire(["decode", "-I", dir, "--type", "t.M", "m.proto", "--cache", cache], {
      stdin: plain.stdout,
    });
    expect(decoded.text).toBe('s: "x"\nn: 5\nd {\n  seconds: 3\n}\n');
    const set = (extra: string[]) =>
      protowire(["compile", "-I", dir, "m.proto", "--include-imports", "-o", "-", ...extra]).stdout;
    expect(set(["--cache", cache]).equals(set([]))).toBe(true);
  });

  it("takes the directory from PROTOWIRE_CACHE, and compiles a changed file again", () => {
    proto("n");
    const cache = join(dir, "c2");
    const run = (text: string) =>
      protowire(["encode", "-I", dir, "--type", "t.M", "m.proto"], {
        stdin: text,
        env: { PROTOWIRE_CACHE: cache },
      });
    expect(run("n: 1").status).toBe(0);
    expect(entries(cache)).toHaveLength(1);
    proto("k");
    const r = run("k: 1");
    expect(r.stderr).toBe("");
    expect([...r.stdout]).toEqual([0x10, 0x01]);
    expect(run("n: 1").status).toBe(1); // n is gone: the cache did not answer for the old file
  });
});
