// decode, decode-raw and encode through the command on random messages of random schemas
// (proto2, proto3, editions; the generators of test/codec and test/json), against protoc run
// on the same files: protoc --decode's text, --decode_raw's text, and --encode's bytes of
// protoc's own text, byte for byte. The seed is printed; CLI_SEED replays one.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Syntax } from "../codec/proof-arbitraries.js";
import { caseArb } from "../json/helpers/random-json-case.js";
import { loadWrapped } from "../text/helpers/random-text-case.js";
import { protoc, protowire } from "./run-cli.js";

const SEED = Number(process.env.CLI_SEED ?? Date.now() % 1_000_000);
const tmp = mkdtempSync(join(tmpdir(), "pw-cli-random-"));
const WRAPPER = (item: string) => `\nmessage CliWrapper { repeated ${item} items = 1; }\n`;

const SYNTAXES: [Syntax, boolean][] = [
  ["proto2", false],
  ["proto3", false],
  ["editions", false],
  ["proto2", true],
];

describe.each(SYNTAXES)("random %s schemas (extensions: %s)", (syntax, extensions) => {
  const drafts = fc.sample(caseArb(syntax, { extensions, values: 3 }), { numRuns: 4, seed: SEED });
  it.each(drafts.map((d, i) => [i, d] as const))(`case %i (seed ${SEED})`, (i, draft) => {
    const { proto, pkg, schema, items } = loadWrapped(draft, WRAPPER);
    const dir = join(tmp, `${syntax}-${extensions}-${i}`);
    mkdirSync(dir);
    writeFileSync(join(dir, "proof.proto"), proto);
    const wrapper = schema.messageType(`${pkg}.CliWrapper`);
    const binary = wrapper.encode(wrapper.create({ items }));
    const type = `${pkg}.CliWrapper`;
    const S = ["-I", dir, "proof.proto"];
    const why = `--- schema ---\n${proto}`;

    const text = protoc([...S, `--decode=${type}`], { stdin: binary });
    expect(text.status, why).toBe(0);
    expect(protowire(["decode", ...S, "--type", type], { stdin: binary }).text, why).toBe(
      text.text,
    );

    const raw = protoc(["--decode_raw"], { stdin: binary }).text;
    expect(protowire(["decode-raw"], { stdin: binary }).text, why).toBe(raw);

    const bytes = protoc([...S, `--encode=${type}`], { stdin: text.stdout });
    const ours = protowire(["encode", ...S, "--type", type], { stdin: text.stdout });
    expect(ours.stderr, why).toBe("");
    expect(ours.stdout.equals(bytes.stdout), why).toBe(true);
  });
});
