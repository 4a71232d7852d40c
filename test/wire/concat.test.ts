import { describe, expect, it } from "vitest";
import { concatBytes } from "../../src/wire/index.js";

describe("concatBytes", () => {
  it.each([
    [[], []],
    [[[]], []],
    [
      [[1, 2], [], [3]],
      [1, 2, 3],
    ],
    [
      [[0xff], [0x00, 0x80]],
      [0xff, 0x00, 0x80],
    ],
  ])("%j → %j, in a new array", (parts, expected) => {
    const inputs = parts.map((p) => Uint8Array.from(p));
    const out = concatBytes(inputs);
    expect(Array.from(out)).toEqual(expected);
    for (const p of inputs) expect(out.buffer).not.toBe(p.buffer);
  });
});
