// The `protowire` bin entry: until the CLI issue lands it prints its usage and exits 2.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

it("prints usage to stderr and exits 2", () => {
  const result = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^usage: protowire <command>/);
});
