// `protoc-gen-protowire` run by protoc 36.2 (and by buf generate) as a plugin: its files equal `protowire gen`'s (the
// committed examples/gen), its options are protoc-gen-es's spelling, and a bad option or
// request comes back as the response's error, which protoc prints.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pluginOptions, respond } from "../../src/cli/plugin.js";
import { Reader } from "../../src/index.js";
import { listFiles } from "../helpers/files.js";
import { protoc, ROOT } from "./run-cli.js";

const PLUGIN = join(ROOT, "dist", "protoc-gen-protowire.js");
const EXAMPLES = join(ROOT, "examples", "gen");

describe("protoc-gen-protowire", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("writes through protoc what protowire gen writes, for each target", () => {
    for (const [target, opt] of [
      ["ts", []],
      ["js", ["--protowire_opt=target=js"]],
      ["types", ["--protowire_opt=target=types"]],
    ] as const) {
      const out = mkdtempSync(join(tmpdir(), "protowire-plugin-"));
      dirs.push(out);
      const run = protoc([
        `--plugin=protoc-gen-protowire=${PLUGIN}`,
        `--protowire_out=${out}`,
        ...opt,
        "-I",
        join(EXAMPLES, "proto"),
        "shop/order.proto",
      ]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const expected = listFiles(join(EXAMPLES, target));
      expect(listFiles(out)).toEqual(expected);
      // The well-known types come from protoc's own copies, which protowire bundles too.
      for (const name of expected) {
        expect(readFileSync(join(out, name), "utf8"), name).toBe(
          readFileSync(join(EXAMPLES, target, name), "utf8"),
        );
      }
    }
  });

  it("takes edition 2026 files (protoc asks the plugin which editions it supports)", () => {
    const dir = mkdtempSync(join(tmpdir(), "protowire-plugin-"));
    dirs.push(dir);
    writeFileSync(
      join(dir, "e26.proto"),
      'edition = "2026";\npackage e26;\nexport message Point { int32 x = 1; int32 y = 2; }\n',
    );
    const run = protoc([
      `--plugin=protoc-gen-protowire=${PLUGIN}`,
      `--protowire_out=${dir}`,
      "-I",
      dir,
      "e26.proto",
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, "e26_pb.ts"), "utf8")).toContain("export interface Point");
  });

  it("runs under buf generate too", () => {
    const out = mkdtempSync(join(tmpdir(), "protowire-plugin-buf-"));
    dirs.push(out);
    const template = { version: "v2", plugins: [{ local: PLUGIN, out }] };
    const run = spawnSync(
      join(ROOT, "node_modules", ".bin", "buf"),
      ["generate", join(EXAMPLES, "proto"), "--template", JSON.stringify(template)],
      // A guard, not a speed limit: once (of hundreds of runs), under a loaded test run, the
      // plugin's process stayed idle in its event loop and buf waited for it forever; a
      // spawnSync cannot be cut short by the test's own timeout.
      { cwd: ROOT, encoding: "utf8", timeout: 300_000 },
    );
    expect(run.error).toBeUndefined();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(listFiles(out)).toEqual(listFiles(join(EXAMPLES, "ts")));
    for (const name of ["shop/order_pb.ts", "shop/money_pb.ts"]) {
      expect(readFileSync(join(out, name), "utf8")).toBe(
        readFileSync(join(EXAMPLES, "ts", name), "utf8"),
      );
    }
  });

  it("reports a bad option through protoc", () => {
    const out = mkdtempSync(join(tmpdir(), "protowire-plugin-"));
    dirs.push(out);
    const run = protoc([
      `--plugin=protoc-gen-protowire=${PLUGIN}`,
      `--protowire_out=${out}`,
      "--protowire_opt=target=rust",
      "-I",
      join(EXAMPLES, "proto"),
      "shop/order.proto",
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('protoc-gen-protowire: unknown option "target=rust"');
  });

  it("takes protoc-gen-es's option spellings", () => {
    expect(pluginOptions("target=types,import_extension=none")).toEqual({
      target: "types",
      importExtension: "",
    });
    expect(pluginOptions("import_extension=ts, runtime=@acme/pw-runtime")).toEqual({
      importExtension: ".ts",
      runtime: "@acme/pw-runtime",
    });
    expect(pluginOptions("")).toEqual({});
    expect(() => pluginOptions("import_extension=mjs")).toThrow(/unknown option/);
  });

  it("answers a request that is no CodeGeneratorRequest with an error, not a crash", () => {
    const response = respond(new Uint8Array([0x0a, 0x05, 0x61]));
    const r = new Reader(response);
    expect(r.tag()).toBe(0x0a); // error = 1
    expect(r.string()).toBe(
      "protoc-gen-protowire: not a CodeGeneratorRequest: " +
        "LENGTH_OUT_OF_RANGE: length 5 exceeds the 1 bytes left at offset 1",
    );
  });
});
