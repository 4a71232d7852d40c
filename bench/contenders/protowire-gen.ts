// protowire gen: the codecs of bench/bench.proto generated ahead of time (`protowire gen`,
// no new Function), written to a temporary folder and imported as users import them. The same
// emitter as the runtime-compiled contender; this one shows that generated code is as fast.
// With `optimize: "size"`, the compact tables of `protowire gen --optimize size` instead, made
// for bundle size: this shows what their interpreter costs. Binary only: the generated modules
// carry no JSON or text format.

import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateCode } from "../../src/gen/index.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";
import { toNeutral } from "../convert.js";
import { PROTOWIRE_GEN, PROTOWIRE_GEN_SIZE } from "../results-model.js";
import type { Contender } from "./contender.js";

interface GeneratedCodec {
  create(init: unknown): unknown;
  encode(msg: unknown): Uint8Array;
  decode(bytes: Uint8Array): unknown;
}

export async function protowireGenContender(
  version: string,
  benchDir: string,
  protoFile: string,
  optimize: "speed" | "size" = "speed",
): Promise<Contender> {
  const schema = await loadSchema({ files: [protoFile], includePaths: [benchDir] });
  const runtime = pathToFileURL(join(benchDir, "..", "src", "runtime.ts")).href;
  const dir = mkdtempSync(join(tmpdir(), "protowire-bench-gen-"));
  // ES modules, as in a project of users: without this, tsx would load the .js files as
  // CommonJS through a transform, which measured 0.6-0.9x slower.
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  let main = "";
  for (const f of generateCode(schema, { target: "js", runtime, optimize })) {
    mkdirSync(dirname(join(dir, f.name)), { recursive: true });
    writeFileSync(join(dir, f.name), f.content);
    if (f.name === protoFile.replace(/\.proto$/, "_pb.js")) main = join(dir, f.name);
  }
  const mod = (await import(pathToFileURL(main).href)) as Record<string, GeneratedCodec>;
  const reason = "generated modules hold the binary codecs only";
  return {
    name: optimize === "size" ? PROTOWIRE_GEN_SIZE : PROTOWIRE_GEN,
    kind: "protobuf",
    detail:
      optimize === "size"
        ? `protowire ${version}, compact tables generated from ${protoFile} (protowire gen --optimize size)`
        : `protowire ${version}, codecs generated ahead of time from ${protoFile} (protowire gen)`,
    json: { notApplicable: reason },
    text: { notApplicable: reason },
    prepare(ds) {
      const type = mod[ds.shape];
      if (type === undefined) return { notApplicable: `no generated type ${ds.shape}` };
      return {
        input: type.create(ds.value),
        encode: (input) => type.encode(input),
        decode: (bytes) => type.decode(bytes),
        normalize: (decoded) => toNeutral(decoded, ds.shape),
      };
    },
  };
}
