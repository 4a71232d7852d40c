/**
 * "Every field is present after create and decode, in one order, so V8 keeps one hidden class":
 * checked with V8's own %HaveSameMap in a child process (natives syntax cannot be enabled
 * inside vitest's workers).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

it("created and decoded messages of a type share one V8 hidden class", () => {
  const script = fileURLToPath(new URL("./natives/same-map.ts", import.meta.url));
  const out = execFileSync(
    process.execPath,
    ["--allow-natives-syntax", "--import", "tsx", script],
    {
      encoding: "utf8",
    },
  );
  expect(JSON.parse(out)).toEqual({ "codectest.p3.All": true, "codectest.p2.All": true });
});
