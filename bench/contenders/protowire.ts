// protowire: codecs compiled at runtime from bench/bench.proto, loaded through protowire's own
// parser from disk, as users do (loadSchema + messageType). The message type carries the
// binary codec, proto3 JSON (toJsonString / fromJsonString) and the text format (toText /
// fromText).

import { messageType } from "../../src/api/message-type.js";
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
    json: { detail: "messageType(...).toJsonString / fromJsonString" },
    text: { detail: "messageType(...).toText / fromText" },
    prepare(ds) {
      const type = messageType(schema, `protowire.bench.${ds.shape}`);
      return {
        input: type.create(ds.value),
        encode: (input) => type.encode(input as Record<string, unknown>),
        decode: (bytes) => type.decode(bytes),
        normalize: (decoded) => toNeutral(decoded, ds.shape),
        json: {
          print: (input) => type.toJsonString(input as Record<string, unknown>),
          parse: (text) => type.fromJsonString(text),
        },
        text: {
          print: (input) => type.toText(input as Record<string, unknown>),
          parse: (text) => type.fromText(text),
        },
      };
    },
  };
}
