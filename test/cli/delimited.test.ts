// --delimited through the command: size-delimited binary (each record a varint length and a
// message, as Java's writeDelimitedTo) to and from JSON Lines and one text message per line,
// checked against protoc record by record; a cut stream names its record; a bad line names
// its line.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonDifference } from "../json/helpers/json-compare.js";
import { fixtureCases, read } from "./fixtures.js";
import { protoc, protowire } from "./run-cli.js";

const SET = ["--descriptor-set", "fixtures/json/descriptors.binpb"];
const cases = fixtureCases("json").filter((c) => c.type === "golden.All");
const tmp = mkdtempSync(join(tmpdir(), "pw-cli-delimited-"));

function varint(n: number): Buffer {
  const out: number[] = [];
  for (; n > 0x7f; n >>>= 7) out.push((n & 0x7f) | 0x80);
  out.push(n);
  return Buffer.from(out);
}

/** The golden binaries of the cases, each behind its length: a size-delimited stream. */
function stream(): Buffer {
  return Buffer.concat(cases.flatMap((c) => [varint(read(c.binpb).length), read(c.binpb)]));
}

describe("--delimited", () => {
  it("has several records", () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it("decode: one line of text per record, each protoc's text of that record on one line", () => {
    const r = protowire(["decode", ...SET, "-t", "golden.All", "--delimited"], { stdin: stream() });
    expect(r.stderr).toBe("");
    const lines = r.text.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.length).toBe(cases.length);
    const P = ["--descriptor_set_in=fixtures/json/descriptors.binpb", "golden.proto"];
    const decode = (stdin: Buffer) => protoc([...P, "--decode=golden.All"], { stdin }).text;
    lines.forEach((line, i) => {
      // Each line, read by protoc, is the record's message (protoc's text of both agrees).
      const bytes = protoc([...P, "--encode=golden.All"], { stdin: line });
      expect(bytes.status).toBe(0);
      expect(decode(bytes.stdout)).toBe(decode(read(cases[i]!.binpb)));
    });
  });

  it("JSON Lines and text lines back to the same stream", () => {
    // --emit-defaults: a float -0, written as 0, reads back as an unset field, also written 0.
    const J = [...SET, "-t", "golden.All", "--delimited", "--emit-defaults"];
    const jsonl = join(tmp, "all.jsonl");
    const toJson = protowire(["convert", ...J, "--to", "json", "-", jsonl], { stdin: stream() });
    expect(toJson.status).toBe(0);
    const lines = readFileSync(jsonl, "utf8").split("\n");
    expect(lines.length).toBe(cases.length + 1);
    const back = protowire(["encode", ...SET, "-t", "golden.All", "--delimited", jsonl]);
    expect(back.stderr).toBe("");
    const again = protowire(["decode", ...J, "--to", "json"], { stdin: back.stdout }).text.split(
      "\n",
    );
    // The same messages, as values (JSON sorted the map keys, so the entries moved).
    lines.forEach((line, i) => {
      if (line === "") expect(again[i]).toBe("");
      else expect(jsonDifference(JSON.parse(again[i]!), JSON.parse(line))).toBeUndefined();
    });
    const text = protowire(["decode", ...SET, "-t", "golden.All", "--delimited"], {
      stdin: stream(),
    }).text;
    const fromText = protowire(["encode", ...SET, "-t", "golden.All", "--delimited"], {
      stdin: text,
    });
    expect(fromText.stderr).toBe("");
    // Text sorts map entries by key, as protoc: the same messages print the same text.
    const again2 = protowire(["decode", ...SET, "-t", "golden.All", "--delimited"], {
      stdin: fromText.stdout,
    });
    expect(again2.text).toBe(text);
  });

  it("an empty stream is no records; empty JSON lines are skipped, an empty text line is an empty message", () => {
    expect(
      protowire(["decode", ...SET, "-t", "golden.All", "--delimited"], { stdin: "" }).text,
    ).toBe("");
    const json = protowire(
      ["encode", ...SET, "-t", "golden.All", "--delimited", "--from", "json"],
      { stdin: "{}\n\n{}\n" },
    );
    expect([...json.stdout]).toEqual([0, 0]);
    const text = protowire(["encode", ...SET, "-t", "golden.All", "--delimited"], {
      stdin: "\n\n",
    });
    expect([...text.stdout]).toEqual([0, 0]);
  });

  it("a cut stream says which record and where", () => {
    const cut = stream().subarray(0, read(cases[0]!.binpb).length + 10);
    const file = join(tmp, "cut.binpb");
    writeFileSync(file, cut);
    const r = protowire(["decode", ...SET, "-t", "golden.All", "--delimited", file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file}: TRUNCATED: .*record 1.*\\n$`));
  });

  it("a bad line names its line in the stream, with a caret", () => {
    const r = protowire(["encode", ...SET, "-t", "golden.All", "--delimited", "--from", "json"], {
      stdin: '{}\n{}\n{"nope": 1}\n',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      '<stdin>:3:10: UNKNOWN_FIELD: golden.All has no field "nope" (field All.nope)\n{"nope": 1}\n         ^\n',
    );
  });
});
