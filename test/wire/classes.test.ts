// Which Reader and Writer the wire suites run on: the public ones (`npm test`), or the codecs'
// FastReader and FastWriter under their names (`npm run test:fast-wire`, which sets
// PROTOWIRE_WIRE_CLASSES=fast). The public classes carry none of the codecs' packed runs.
import { expect, it } from "vitest";
import { Reader, Writer } from "../../src/wire/index.js";
import { Reader as DirectReader } from "../../src/wire/reader.js";
import { Writer as DirectWriter } from "../../src/wire/writer.js";

const fast = process.env.PROTOWIRE_WIRE_CLASSES === "fast";

it(`runs on the ${fast ? "codecs' fast" : "public"} classes`, () => {
  for (const C of [Reader, DirectReader]) {
    expect(C.name).toBe(fast ? "FastReader" : "Reader");
    expect("varint32Run" in C.prototype).toBe(fast);
  }
  for (const C of [Writer, DirectWriter]) {
    expect(C.name).toBe(fast ? "FastWriter" : "Writer");
    expect("finishPooled" in C.prototype).toBe(fast);
  }
});
