// dump and assemble through the command: `dump | assemble` gives back the input byte for byte,
// on every fixture binary (with and without --type) and on random and mutated bytes; with
// --type the comments name fields and types.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dumpProtoscope } from "../../src/index.js";
import { fixtureCases, read } from "./fixtures.js";
import { CLI, protowire } from "./run-cli.js";

const tmp = mkdtempSync(join(tmpdir(), "pw-cli-dump-"));

describe("dump | assemble is the identity", () => {
  it.each(fixtureCases("text"))("$name", (c) => {
    const r = spawnSync("bash", [
      "-c",
      `set -o pipefail; node ${CLI} dump ${c.binpb} | node ${CLI} assemble`,
    ]);
    expect(r.stderr.toString()).toBe("");
    expect(r.stdout.equals(read(c.binpb))).toBe(true);
  });

  it.each(fixtureCases("json"))("$name with --type", (c) => {
    const args = ["--descriptor-set", "fixtures/json/descriptors.binpb", "--type", c.type];
    const dumped = protowire(["dump", ...args, c.binpb]);
    expect(dumped.status).toBe(0);
    expect(dumped.text).toMatch(/# @0 /);
    const back = protowire(["assemble"], { stdin: dumped.stdout });
    expect(back.stdout.equals(read(c.binpb))).toBe(true);
  });

  it("random and mutated bytes, malformed ones included", () => {
    const real = read("fixtures/text/cases/groups.binpb");
    const samples = fc.sample(
      fc.oneof(
        fc.uint8Array({ maxLength: 64 }),
        fc.tuple(fc.nat(real.length - 1), fc.integer({ min: 0, max: 255 })).map(([at, v]) => {
          const b = Uint8Array.from(real);
          b[at] = v;
          return b;
        }),
        fc.nat(real.length).map((n) => real.subarray(0, n)),
      ),
      { numRuns: 12, seed: 13 },
    );
    samples.forEach((bytes, i) => {
      const file = join(tmp, `sample-${i}.bin`);
      writeFileSync(file, bytes);
      const r = spawnSync("bash", [
        "-c",
        `set -o pipefail; node ${CLI} dump ${file} | node ${CLI} assemble`,
      ]);
      expect(r.status).toBe(0);
      expect(r.stdout.equals(Buffer.from(bytes))).toBe(true);
    });
  });
});

describe("dump output", () => {
  it("names fields and types with --type", () => {
    const r = protowire([
      "dump",
      "-I",
      "fixtures/text",
      "text2.proto",
      "-t",
      "text2.Scalars",
      "fixtures/text/cases/scalars.binpb",
    ]);
    expect(r.status).toBe(0);
    expect(r.text).toMatch(/# @0 varint i32: int32\n/);
  });

  it("--delimited shows each record as a { } block with its number; a cut record stays hex", () => {
    // Records: [08 01], [08 96 01], then a prefix of 5 with 2 bytes left.
    const stream = Buffer.from([0x02, 0x08, 0x01, 0x03, 0x08, 0x96, 0x01, 0x05, 0x08, 0x01]);
    const file = join(tmp, "records.bin");
    writeFileSync(file, stream);
    const r = protowire(["dump", "--delimited", file]);
    expect(r.status).toBe(0);
    expect(r.text).toMatch(/^\{ +# @0 record 0, len 2\n {2}1: 1 /);
    expect(r.text).toContain("record 1, len 3");
    expect(r.text).toMatch(/record 2: length 5 past the end/);
    const back = protowire(["assemble"], { stdin: r.stdout });
    expect(back.stdout.equals(stream)).toBe(true);
  });

  it("--delimited streams: a stream far over --max-size dumps as a whole dump does, record by record", () => {
    // 30,000 records (some with a long-form prefix, some empty), then a bad prefix and bytes.
    const parts: Buffer[] = [];
    for (let i = 0; i < 30_000; i++) {
      if (i % 1000 === 7) parts.push(Buffer.from([0x82, 0x00, 0x08, i & 0x7f]));
      else if (i % 1000 === 8) parts.push(Buffer.from([0x00]));
      else parts.push(Buffer.from([0x03, 0x08, 0x80 | (i & 0x7f), i >> 7]));
    }
    parts.push(
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02]),
    );
    const stream = Buffer.concat(parts);
    const file = join(tmp, "long-stream.bin");
    writeFileSync(file, stream);
    const whole = dumpProtoscope(new Uint8Array(stream), { delimited: true });
    expect(whole).toContain("record 29999, len 3");
    expect(whole).toMatch(/record 30000: bad length/);
    // 1,000 bytes at most per record or unparsed rest, for a 120 kB stream: nothing read whole.
    const r = protowire(["dump", "--delimited", "--max-size", "1000"], { stdin: stream });
    expect(r.stderr.toString()).toBe("");
    expect(r.text).toBe(whole);
    const back = protowire(["assemble"], { stdin: r.stdout });
    expect(back.stdout.equals(stream)).toBe(true);
  });

  it("--delimited refuses a record longer than --max-size, naming it", () => {
    const stream = Buffer.concat([Buffer.from([0x02, 0x08, 0x01, 0xe8, 0x07]), Buffer.alloc(1000)]);
    const r = protowire(["dump", "--delimited", "--max-size", "500"], { stdin: stream });
    expect(r.status).toBe(1);
    expect(r.stderr.toString()).toMatch(/record 1 at offset 3: more than 500 bytes/);
  });

  it("assemble writes hand-written input, malformed included", () => {
    const r = protowire(["assemble"], { stdin: '1: 150\n2: {"abc"}\n3: {`ff`}' });
    expect([...r.stdout]).toEqual([
      0x08, 0x96, 0x01, 0x12, 0x03, 0x61, 0x62, 0x63, 0x1a, 0x01, 0xff,
    ]);
  });
});
