/**
 * The binary codecs of the conformance test types read at run time by `protowire/runtime`'s
 * createFileRegistry, for the testee's "registry" mode (PROTOWIRE_TESTEE_CODECS=registry):
 * every protobuf decode and encode of a test message goes through the compact tables the
 * registry makes of protoc's descriptor set of the conformance protos (protoc 36.2, the
 * devDependency), while JSON and the text format stay the loaded schema's.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createFileRegistry } from "../src/runtime.js";
import type { BinaryCodec } from "./generated.js";
import { CONFORMANCE_PROTO_FILES, conformanceIncludeDir } from "./protocol.js";

const PROTOC = fileURLToPath(new URL("../node_modules/.bin/protoc", import.meta.url));

/** The registry's codec of each of `types` (full names), by full name. */
export function registryCodecs(types: readonly string[]): Map<string, BinaryCodec> {
  const dir = mkdtempSync(join(tmpdir(), "protowire-testee-set-"));
  let set: Uint8Array;
  try {
    const out = join(dir, "conformance.binpb");
    execFileSync(PROTOC, [
      `-I${conformanceIncludeDir()}`,
      "--include_imports",
      `--descriptor_set_out=${out}`,
      ...CONFORMANCE_PROTO_FILES,
    ]);
    set = new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const registry = createFileRegistry(set);
  const codecs = new Map<string, BinaryCodec>();
  for (const name of types) {
    const codec = registry.getCodec(name);
    if (codec === undefined) throw new Error(`no message type ${name} in the descriptor set`);
    codecs.set(name, codec);
  }
  return codecs;
}
