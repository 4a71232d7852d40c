/**
 * A broken file can produce one diagnostic per statement. SchemaError used to render every one,
 * rescanning the source from its start for each line excerpt: 20,000 unresolved types in a
 * 600 KB one-line file took 19 s and a 4.6 MB message, time growing with the square of the
 * count. The message now shows the first 100 and counts the rest; `diagnostics` still holds all
 * of them.
 */
import { describe, expect, it } from "vitest";
import { SchemaError } from "../../src/schema/errors.js";
import { loadLinkedSchemaSync as loadSchemaSync } from "../../src/schema/load/load.js";
import { describeRelative, relativeCost } from "../helpers/timing.js";

/** `count` messages on one line, each with an unresolved type: one diagnostic each. */
function oneLine(count: number): string {
  return `syntax = "proto3"; package a.b; ${Array.from(
    { length: count },
    (_, i) => `message M${i} { X.Y z = 1; }`,
  ).join(" ")}`;
}

function loadError(source: string): SchemaError {
  try {
    loadSchemaSync({ sources: { "big.proto": source } });
  } catch (e) {
    expect(e).toBeInstanceOf(SchemaError);
    return e as SchemaError;
  }
  throw new Error("expected a SchemaError");
}

describe("SchemaError with many diagnostics", () => {
  it("keeps every diagnostic but renders 100, at a small part of the cost of loading", () => {
    // No bound in milliseconds: the load is timed against the same file with X.Y defined (no
    // diagnostics), best of several alternating rounds (test/helpers/timing.ts).
    // 6,000 diagnostics on a 180 KB line: 0.45-1.2 times the control measured (the valid file
    // links 6,000 field types); 5.5-7 times with every diagnostic rendered and its line found by
    // a rescan of the file, as before. Bound 2.
    // A load that finds errors links a second time, with source locations, to place them
    // (load/walk.ts): the control does the same two loads, so that what is compared is the
    // cost of the diagnostics.
    const count = 6_000;
    const broken = oneLine(count);
    const control = `${broken} message X { message Y {} }`;
    const cost = relativeCost(
      () => loadError(broken),
      () => {
        loadSchemaSync({ sources: { "big.proto": control } });
        loadSchemaSync({ sources: { "big.proto": control }, sourceInfo: true });
      },
      3,
      2,
    );
    expect(cost.ratio, `against the control: ${describeRelative(cost)}`).toBeLessThan(2);
    const err = cost.result;
    expect(err.diagnostics).toHaveLength(count);
    expect(err.diagnostics.every((d) => d.message === '"X.Y" is not defined.')).toBe(true);
    const headers = err.message.split("\n").filter((l) => l.startsWith("big.proto:1:"));
    expect(headers).toHaveLength(100);
    expect(err.message).toMatch(
      /\n\.\.\. and 5900 more \(all of them are in SchemaError\.diagnostics\)$/,
    );
    // Rendering 100 excerpts of one long line: 4.6 MB when all 20,000 were rendered.
    expect(err.message.length).toBeLessThan(30_000);
  }, 120_000);

  it("finds the excerpt of a late line without rescanning (lines counted once)", () => {
    const manyLines = `syntax = "proto3";\n${"\n".repeat(50_000)}message M { X z = 1; }\n`;
    const err = loadError(manyLines);
    expect(err.message).toBe(
      'big.proto:50002:13: "X" is not defined.\nmessage M { X z = 1; }\n            ^',
    );
  });

  it("renders a CRLF line and a line past the end like before", () => {
    const d = { file: "c.proto", line: 2, column: 3, message: "m" };
    expect(new SchemaError([d], { "c.proto": "a\r\nbcd\r\n" }).message).toBe(
      "c.proto:2:3: m\nbcd\n  ^",
    );
    expect(new SchemaError([{ ...d, line: 9 }], { "c.proto": "a\nb" }).message).toBe(
      "c.proto:9:3: m",
    );
  });
});
