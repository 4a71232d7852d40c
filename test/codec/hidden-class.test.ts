/**
 * "Every field is present after create and decode, in one order, so V8 keeps one hidden class":
 * checked with V8's own %HaveSameMap in a child process (natives syntax cannot be enabled
 * inside vitest's workers), for the compiled codecs and for the closure codecs. The child
 * evaluates the natives call, so it runs without this process's NODE_OPTIONS (the eval-free
 * test run sets --disallow-code-generation-from-strings there).
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const script = fileURLToPath(new URL("./natives/same-map.ts", import.meta.url));
const { NODE_OPTIONS: _, ...env } = process.env;

it.each([
  ["compiled", []],
  ["closure", ["closures"]],
])(
  "created and decoded messages of a type share one V8 hidden class (%s codecs)",
  (_name, args) => {
    const out = execFileSync(
      process.execPath,
      ["--allow-natives-syntax", "--import", "tsx", script, ...args],
      { encoding: "utf8", env },
    );
    expect(JSON.parse(out)).toEqual({ "codectest.p3.All": true, "codectest.p2.All": true });
  },
);
