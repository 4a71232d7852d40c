// convert through the command on every case of fixtures/json/cases: binary and text to JSON
// equal to `buf convert`'s (as values: key order, and float32 written in its shortest form by
// Go, may differ), JSON and text to binary equal to protoc --encode's bytes, formats inferred
// from file names as buf infers them, and "the other form" when none is named. protowire's JSON
// text writes -0 as 0 (as JSON.stringify; test/json/json-golden.test.ts), Go writes -0.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonDifference, withoutNegativeZero } from "../json/helpers/json-compare.js";
import { fixtureCases, read } from "./fixtures.js";
import { protowire } from "./run-cli.js";

const SET = "fixtures/json/descriptors.binpb";
const cases = fixtureCases("json");
/** Cases with maps (and Struct, a map) whose entries the text gives in another order than JSON. */
const MAP_ORDER = new Set(["maps", "wkt"]);
const tmp = mkdtempSync(join(tmpdir(), "pw-cli-convert-"));

describe("convert on fixtures/json cases", () => {
  it("has the cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(cases)("$name", (c) => {
    const json = `fixtures/json/cases/${c.name}.json`;
    const bufJson = withoutNegativeZero(JSON.parse(read(json).toString("utf8")));
    const golden = read(c.binpb);

    it("binary file to .json file: buf convert's JSON", () => {
      const out = join(tmp, `${c.name}.json`);
      const r = protowire(["convert", "--descriptor-set", SET, "--type", c.type, c.binpb, out]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(jsonDifference(JSON.parse(readFileSync(out, "utf8")), bufJson)).toBeUndefined();
    });

    it("binary on stdin: JSON on stdout by default, one line without a newline as buf", () => {
      const r = protowire(["convert", "--descriptor_set_in", SET, "-t", c.type], { stdin: golden });
      expect(r.status).toBe(0);
      expect(r.text).not.toMatch(/\n/);
      expect(jsonDifference(JSON.parse(r.text), bufJson)).toBeUndefined();
    });

    it("text to JSON: buf convert's JSON", () => {
      const want = withoutNegativeZero(
        JSON.parse(read(`fixtures/cli/convert/${c.name}.json`).toString("utf8")),
      );
      const r = protowire([
        "convert",
        "--descriptor-set",
        SET,
        "--type",
        c.type,
        c.txtpb,
        "--to",
        "json",
      ]);
      expect(r.stderr).toBe("");
      expect(jsonDifference(JSON.parse(r.text), want)).toBeUndefined();
    });

    it("JSON to binary (the other form): protoc --encode's bytes", () => {
      const r = protowire(["convert", "--descriptor-set", SET, "--type", c.type, json, "--force"]);
      expect(r.stderr).toBe("");
      if (!MAP_ORDER.has(c.name)) {
        expect(r.stdout.equals(golden)).toBe(true);
        return;
      }
      // JSON objects sort map keys (buf's), so map entries come in another order than in the
      // text protoc encoded: the same message, as the JSON of both shows.
      const asJson = (stdin: Buffer) =>
        JSON.parse(protowire(["convert", "--descriptor-set", SET, "-t", c.type], { stdin }).text);
      expect(r.stdout.equals(golden)).toBe(false);
      expect(jsonDifference(asJson(r.stdout), asJson(golden))).toBeUndefined();
    });

    it("text to binary and binary to text with --from/--to: protoc's bytes and text", () => {
      const enc = protowire(
        ["convert", "--descriptor-set", SET, "--type", c.type, "--from=text", "--to=binary"],
        {
          stdin: read(c.txtpb),
        },
      );
      expect(enc.stdout.equals(golden)).toBe(true);
      const out = join(tmp, `${c.name}.txtpb`);
      const dec = protowire([
        "convert",
        "--descriptor-set",
        SET,
        "--type",
        c.type,
        c.binpb,
        "-o",
        out,
      ]);
      expect(dec.status).toBe(0);
      const protocText = protowire(["--descriptor_set_in", SET, `--decode=${c.type}`, c.file], {
        stdin: golden,
      });
      expect(readFileSync(out, "utf8")).toBe(protocText.text);
    });
  });
});
