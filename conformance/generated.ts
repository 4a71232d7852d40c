/**
 * The binary codecs of the conformance test types made ahead of time, as `protowire gen`
 * writes them (generateCode, `.js` target), for the testee's "generated" mode
 * (PROTOWIRE_TESTEE_CODECS=generated): every protobuf decode and encode of a test message then
 * goes through generated code, while JSON and the text format stay the loaded schema's. The
 * modules import the runtime from this repository's source, the same modules the rest of the
 * testee runs on, so errors are the same classes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateCode } from "../src/gen/index.js";
import { typeName } from "../src/gen/names.js";
import type { Schema } from "../src/schema/index.js";

export interface BinaryCodec {
  decode(bytes: Uint8Array): unknown;
  encode(message: unknown): Uint8Array;
}

/** The generated codec of each of `types` (full names), by full name. */
export async function generatedCodecs(
  schema: Schema,
  types: readonly string[],
  optimize: "speed" | "size" = "speed",
): Promise<Map<string, BinaryCodec>> {
  const dir = mkdtempSync(join(tmpdir(), "protowire-testee-gen-"));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  const runtime = pathToFileURL(join(import.meta.dirname, "..", "src", "runtime.ts")).href;
  for (const f of generateCode(schema, { target: "js", runtime, optimize })) {
    mkdirSync(dirname(join(dir, f.name)), { recursive: true });
    writeFileSync(join(dir, f.name), f.content);
  }
  const out = new Map<string, BinaryCodec>();
  for (const fullName of types) {
    const info = schema.findMessage(fullName);
    if (info === undefined) throw new Error(`no message type ${fullName}`);
    const module = join(dir, info.file.name.replace(/\.proto$/, "_pb.js"));
    const exports = (await import(pathToFileURL(module).href)) as Record<string, BinaryCodec>;
    const codec = exports[typeName(info)];
    if (codec === undefined) throw new Error(`no generated codec for ${fullName}`);
    out.set(fullName, codec);
  }
  return out;
}
