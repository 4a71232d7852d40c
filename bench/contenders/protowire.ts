// protowire: codecs compiled at runtime from bench/bench.proto, loaded through protowire's own
// parser from disk, as users do (loadSchema + messageType).

import { messageType } from "../../src/codec/index.js";
import { loadLinkedSchemaFromDisk as loadSchema } from "../../src/schema/load/load-disk.js";
import { toNeutral } from "../convert.js";
import type { Contender } from "./contender.js";

export async function protowireContender(
  version: string,
  benchDir: string,
  protoFile: string,
): Promise<Contender> {
  const schema = await loadSchema({ files: [protoFile], includePaths: [benchDir] });
  return {
    name: "protowire",
    kind: "protobuf",
    detail: `protowire ${version} (this repository), codecs compiled at runtime from ${protoFile}`,
    prepare(ds) {
      const codec = messageType(schema, `protowire.bench.${ds.shape}`);
      return {
        input: codec.create(ds.value),
        encode: (input) => codec.encode(input as Record<string, unknown>),
        decode: (bytes) => codec.decode(bytes),
        normalize: (decoded) => toNeutral(decoded, ds.shape),
      };
    },
  };
}
