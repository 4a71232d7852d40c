// Codecs made ahead of time (issue 14): emitModule writes the conformance test types as one ES
// module that imports only the built `protowire/runtime` entry. A Node process that forbids
// code generation from strings (`--disallow-code-generation-from-strings`, what a strict CSP
// does in a browser) loads it and decodes, re-encodes, creates and reads defaults; every answer
// must equal the runtime-compiled codec's in this process. `npm test` builds dist/ first.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConformanceSchema, TEST_MESSAGE_TYPES } from "../../conformance/protocol.js";
import { emitModule, valueLiteral } from "../../src/codec/emit/module.js";
import { messageType } from "../../src/codec/index.js";
import type { MessageInfo } from "../../src/codec/info.js";
import { arbMessage } from "./arbitrary-message.js";

const RUNTIME = fileURLToPath(new URL("../../dist/runtime.js", import.meta.url));

/** What the forbidding process is asked, and answers, per sample. */
interface Sample {
  type: string;
  hex: string;
}
interface Answer {
  reencoded: string;
  missing: string[];
}

const DRIVER = `
import { codecs } from "./codecs.mjs";
let evalForbidden = false;
try { new Function("return 1"); } catch { evalForbidden = true; }
const hex = (b) => Buffer.from(b).toString("hex");
const samples = JSON.parse(await new Promise((ok) => {
  let s = ""; process.stdin.on("data", (c) => (s += c)); process.stdin.on("end", () => ok(s));
}));
const answers = samples.map(({ type, hex: h }) => {
  const codec = codecs[type];
  const m = codec.decode(Buffer.from(h, "hex"), { allowPartial: true });
  return { reencoded: hex(codec.encode(m, { allowPartial: true })), missing: codec.missingFields(m) };
});
const empty = Object.fromEntries(Object.keys(codecs).map((t) => [t, hex(codecs[t].encode(codecs[t].create(), { allowPartial: true }))]));
const defaults = {};
for (const t of Object.keys(codecs)) {
  const c = codecs[t];
  defaults[t] = ["defaultInt32", "defaultString", "defaultBytes", "defaultDouble", "optionalInt32"]
    .filter((p) => { try { c.getField(c.create(), p); return true; } catch { return false; } })
    .map((p) => [p, String(c.getField(c.create(), p))]);
}
process.stdout.write(JSON.stringify({ evalForbidden, answers, empty, defaults, names: Object.keys(codecs) }));
`;

/** The value of a JS expression (a literal the module emitter wrote). */
function readBack(expression: string): unknown {
  return new Function(`return (${expression});`)();
}

describe("ahead-of-time codecs without eval", () => {
  const schema = loadConformanceSchema();
  const roots = TEST_MESSAGE_TYPES.map((n) => schema.findMessage(n) as MessageInfo);
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "protowire-aot-"));
    writeFileSync(
      join(dir, "codecs.mjs"),
      emitModule(roots, { runtime: pathToFileURL(RUNTIME).href }),
    );
    writeFileSync(join(dir, "driver.mjs"), DRIVER);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("decodes, encodes, creates and reads defaults as the runtime-compiled codecs do", () => {
    const samples: Sample[] = [];
    for (const info of roots) {
      const codec = messageType(schema, info.fullName);
      for (const value of fc.sample(arbMessage(info, 3), { seed: 14, numRuns: 25 })) {
        const bytes = codec.encode(codec.create(value as object), { allowPartial: true });
        samples.push({ type: info.fullName, hex: Buffer.from(bytes).toString("hex") });
      }
    }
    const run = spawnSync(
      process.execPath,
      ["--disallow-code-generation-from-strings", join(dir, "driver.mjs")],
      { input: JSON.stringify(samples), encoding: "utf8", maxBuffer: 64 << 20 },
    );
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout) as {
      evalForbidden: boolean;
      answers: Answer[];
      empty: Record<string, string>;
      defaults: Record<string, [string, string][]>;
      names: string[];
    };
    expect(out.evalForbidden).toBe(true);
    // The roots and every message type they reach (nested types, map entries, WKTs).
    expect(out.names).toEqual(expect.arrayContaining([...TEST_MESSAGE_TYPES]));
    expect(out.names).toContain("google.protobuf.Timestamp");
    expect(out.answers).toHaveLength(samples.length);
    samples.forEach((s, i) => {
      const codec = messageType(schema, s.type);
      const m = codec.decode(Buffer.from(s.hex, "hex"), { allowPartial: true });
      expect(out.answers[i]).toEqual({
        reencoded: Buffer.from(codec.encode(m, { allowPartial: true })).toString("hex"),
        missing: codec.missingFields(m),
      });
    });
    for (const name of out.names) {
      const codec = messageType(schema, name);
      const empty = codec.encode(codec.create(), { allowPartial: true });
      expect(out.empty[name], name).toBe(Buffer.from(empty).toString("hex"));
      for (const [prop, shown] of out.defaults[name]!) {
        expect(shown, `${name}.${prop}`).toBe(String(codec.getField(codec.create(), prop)));
      }
    }
    // The proto2 defaults did come through (TestAllTypesProto2: default_int32 = -123456789).
    const proto2 = out.defaults["protobuf_test_messages.proto2.TestAllTypesProto2"]!;
    expect(proto2).toContainEqual(["defaultInt32", "-123456789"]);
  });

  it("writes default values as literals that read back as the same values", () => {
    const values = [0, -0, 1.5, Number.NaN, Infinity, -Infinity, 1e21, -5n, 2n ** 64n - 1n];
    for (const v of [...values, 'a"b\\\u2028', true, undefined]) {
      expect(Object.is(readBack(valueLiteral(v)), v)).toBe(true);
    }
    const bytes = readBack(valueLiteral(new Uint8Array([0, 255, 7])));
    expect(Array.from(bytes as Uint8Array)).toEqual([0, 255, 7]);
  });
});
