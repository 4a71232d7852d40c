// The README and docs/ name files and folders of this repository, and link between each other;
// after a move, a stale name is a lie to the reader. scripts/check-doc-paths.mjs finds them.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const script = fileURLToPath(new URL("../../scripts/check-doc-paths.mjs", import.meta.url));

function run(): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [script], { cwd: root, encoding: "utf8" });
    return { code: 0, output };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

describe("documentation paths", () => {
  it("every path and relative link in README.md and docs/ exists", () => {
    const { code, output } = run();
    expect(output).toMatch(/every path and link exists/);
    expect(code).toBe(0);
  });
});
