/**
 * Required fields inside extension values are checked as protoc checks them (IsInitialized):
 * for each text-format message, protoc --encode gives the bytes and its warning lists the
 * missing fields, `(pkg.ext).id`; protowire's decode must then fail with MISSING_REQUIRED (and
 * succeed with allowPartial), and missingFields must list the same paths, `[pkg.ext].id`. Both
 * the compiled codecs and the compact ones (`protowire gen --optimize=size`).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compactCodec } from "../../src/codec/compact/build.js";
import { DecodeError, EncodeError } from "../../src/wire/errors.js";
import { FIXTURES, loadTestSchema } from "./schema-helper.js";

const PROTOC = fileURLToPath(new URL("../../node_modules/.bin/protoc", import.meta.url));
const FILE = "extension_required.proto";

/** protoc --encode's bytes, and the missing paths its warning names (`(a.b).c` as `[a.b].c`). */
function protoc(type: string, text: string): { bytes: Uint8Array; missing: string[] } {
  const run = spawnSync(PROTOC, ["-I", FIXTURES, `--encode=${type}`, FILE], { input: text });
  if (run.status !== 0) throw new Error(`protoc failed: ${run.stderr.toString()}`);
  // protoc still writes the message, and warns on stderr about what is missing.
  const m = /missing required fields:\s*(.*)/.exec(run.stderr.toString());
  const missing =
    m === null
      ? []
      : m[1]!
          .split(",")
          .map((p) => p.trim().replace(/\(([^)]*)\)/g, "[$1]"))
          .filter((p) => p !== "");
  return { bytes: new Uint8Array(run.stdout), missing };
}

const CASES: [string, string, string][] = [
  ["a singular extension", "codectest.er.Holder", 'x: 1 [codectest.er.one] { s: "a" }'],
  ["a complete one", "codectest.er.Holder", "[codectest.er.one] { id: 3 }"],
  [
    "a repeated extension",
    "codectest.er.Holder",
    '[codectest.er.many] { id: 1 } [codectest.er.many] { s: "b" } [codectest.er.many] { }',
  ],
  ["a group extension", "codectest.er.Holder", "[codectest.er.g] { }"],
  [
    "a nested holder",
    "codectest.er.Outer",
    'h { [codectest.er.one] { s: "x" } } hs { } hs { [codectest.er.g] { } }',
  ],
  ["a MessageSet item", "codectest.er.MSet", "[codectest.er.Item.item] { }"],
];

describe.each(["compiled", "compact"])(
  "required fields inside extension values, %s codecs",
  (kind) => {
    const loaded = loadTestSchema([FILE]);
    const schema = {
      codec: (type: string) =>
        kind === "compact" ? compactCodec(loaded.info(type)) : loaded.codec(type),
    };

    it.each(CASES)("%s: as protoc reports them", (_what, type, text) => {
      const { bytes, missing } = protoc(type, text);
      const codec = schema.codec(type);
      const partial = codec.decode(bytes, { allowPartial: true });
      const name = type.slice(type.lastIndexOf(".") + 1);
      expect(codec.missingFields(partial).map((p) => p.replace(/\[(\d+)\]/g, ""))).toEqual(
        missing.map((p) => p.replace(/\[(\d+)\]/g, "")),
      );
      if (missing.length === 0) {
        expect(() => codec.decode(bytes)).not.toThrow();
        return;
      }
      const e = (() => {
        try {
          codec.decode(bytes);
        } catch (x) {
          return x;
        }
        return undefined;
      })();
      expect(e).toBeInstanceOf(DecodeError);
      expect((e as DecodeError).code).toBe("MISSING_REQUIRED");
      expect((e as DecodeError).path.startsWith(`${name}.`)).toBe(true);
      expect(() => codec.encode(partial)).toThrow(EncodeError);
    });

    it("names the element of a repeated extension", () => {
      const { bytes } = protoc(
        "codectest.er.Holder",
        '[codectest.er.many] { id: 1 } [codectest.er.many] { s: "b" }',
      );
      const codec = schema.codec("codectest.er.Holder");
      expect(codec.missingFields(codec.decode(bytes, { allowPartial: true }))).toEqual([
        "[codectest.er.many][1].id",
      ]);
    });
  },
);
