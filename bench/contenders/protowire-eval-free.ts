// protowire eval-free: the closure codecs (src/codec/closures) that message types of a schema
// loaded at run time fall back on where `new Function` is forbidden (a strict
// Content-Security-Policy, Cloudflare Workers, node --disallow-code-generation-from-strings).
// Built here directly, so that they run beside the compiled ones in one process. Binary only:
// the JSON and text writers fall back the same way, but only in a process that forbids
// evaluation, which this one does not.

import { closureCodec } from "../../src/codec/message-type.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";
import { toNeutral } from "../convert.js";
import { PROTOWIRE_EVAL_FREE } from "../results-model.js";
import type { Contender } from "./contender.js";

export async function protowireEvalFreeContender(
  version: string,
  benchDir: string,
  protoFile: string,
): Promise<Contender> {
  const schema = await loadSchema({ files: [protoFile], includePaths: [benchDir] });
  const reason = "timed for the binary codecs only (see contenders/protowire-eval-free.ts)";
  return {
    name: PROTOWIRE_EVAL_FREE,
    kind: "protobuf",
    detail: `protowire ${version}, closure codecs (no new Function) from ${protoFile}`,
    json: { notApplicable: reason },
    text: { notApplicable: reason },
    prepare(ds) {
      const info = schema.findMessage(`protowire.bench.${ds.shape}`);
      if (info === undefined) return { notApplicable: `no message type ${ds.shape}` };
      const type = closureCodec<Record<string, unknown>>(info);
      return {
        input: type.create(ds.value as never),
        encode: (input) => type.encode(input as Record<string, unknown>),
        decode: (bytes) => type.decode(bytes),
        normalize: (decoded) => toNeutral(decoded, ds.shape),
      };
    },
  };
}
