// protobufjs in both of its modes: static code from pbjs (bench/generated/pbjs) and reflection
// (the .proto parsed at runtime; protobufjs then generates its encoder and decoder functions).

import { readFileSync } from "node:fs";
import protobuf from "protobufjs";
import { toNeutral, toProtobufjsObject } from "../convert.js";
import { protowire as staticRoot } from "../generated/pbjs/bench.js";
import type { ShapeName } from "../shapes.js";
import type { Contender } from "./contender.js";

/** The part of a protobufjs message class (static or reflected) the benchmark uses. */
interface PbjsType {
  fromObject(object: Record<string, unknown>): unknown;
  encode(message: never): { finish(): Uint8Array };
  decode(bytes: Uint8Array): unknown;
}

function contender(
  name: string,
  detail: string,
  typeOf: (shape: ShapeName) => PbjsType,
): Contender {
  return {
    name,
    kind: "protobuf",
    detail,
    prepare(ds) {
      const type = typeOf(ds.shape);
      return {
        input: type.fromObject(toProtobufjsObject(ds.value, ds.shape)),
        encode: (input) => type.encode(input as never).finish(),
        decode: (bytes) => type.decode(bytes),
        normalize: (decoded) => toNeutral(decoded, ds.shape),
      };
    },
  };
}

export function protobufjsStaticContender(version: string): Contender {
  return contender(
    "protobufjs static",
    `protobufjs ${version}, pbjs -t static-module code`,
    (shape) => staticRoot.bench[shape] as unknown as PbjsType,
  );
}

export function protobufjsReflectContender(version: string, protoPath: string): Contender {
  const root = protobuf.parse(readFileSync(protoPath, "utf8"), { keepCase: false }).root;
  return contender(
    "protobufjs reflect",
    `protobufjs ${version}, reflection (.proto parsed at runtime)`,
    (shape) => root.lookupType(`protowire.bench.${shape}`) as unknown as PbjsType,
  );
}
