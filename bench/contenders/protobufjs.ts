// protobufjs in both of its modes: static code from pbjs (bench/generated/pbjs) and reflection
// (the .proto parsed at runtime; protobufjs then generates its encoder and decoder functions).
// proto3 JSON comes from protobufjs/ext/protojson, which works on reflected types only: the
// reflection contender has it (Type#toJsonString / fromJsonString after `install()`), the
// static one does not.

import { readFileSync } from "node:fs";
import protobuf from "protobufjs";
import protojson from "protobufjs/ext/protojson.js";
import { toNeutral, toProtobufjsObject } from "../convert.js";
import { protowire as staticRoot } from "../generated/pbjs/bench.js";
import type { ShapeName } from "../shapes.js";
import type { Contender, JsonSide, NotApplicable } from "./contender.js";

/** The part of a protobufjs message class (static or reflected) the benchmark uses. */
interface PbjsType {
  fromObject(object: Record<string, unknown>): unknown;
  encode(message: never): { finish(): Uint8Array };
  decode(bytes: Uint8Array): unknown;
}

const NO_STATIC_JSON: NotApplicable = {
  notApplicable: "protobufjs/ext/protojson works on reflected types only, not pbjs static code",
};

function contender(
  name: string,
  detail: string,
  json: Contender["json"],
  typeOf: (shape: ShapeName) => PbjsType,
  jsonOf: (shape: ShapeName) => JsonSide | undefined,
): Contender {
  return {
    name,
    kind: "protobuf",
    detail,
    json,
    prepare(ds) {
      const type = typeOf(ds.shape);
      const jsonSide = jsonOf(ds.shape);
      return {
        input: type.fromObject(toProtobufjsObject(ds.value, ds.shape)),
        encode: (input) => type.encode(input as never).finish(),
        decode: (bytes) => type.decode(bytes),
        normalize: (decoded) => toNeutral(decoded, ds.shape),
        ...(jsonSide === undefined ? {} : { json: jsonSide }),
      };
    },
  };
}

export function protobufjsStaticContender(version: string): Contender {
  return contender(
    "protobufjs static",
    `protobufjs ${version}, pbjs -t static-module code`,
    NO_STATIC_JSON,
    (shape) => staticRoot.bench[shape] as unknown as PbjsType,
    () => undefined,
  );
}

export function protobufjsReflectContender(version: string, protoPath: string): Contender {
  const root = protobuf.parse(readFileSync(protoPath, "utf8"), { keepCase: false }).root;
  // Adds toJsonString / fromJsonString to protobuf.Type.prototype (thin wrappers of
  // protojson.toJsonString / fromJsonString), as the extension's README shows.
  protojson.install();
  return contender(
    "protobufjs reflect",
    `protobufjs ${version}, reflection (.proto parsed at runtime)`,
    { detail: "protobufjs/ext/protojson: Type#toJsonString / fromJsonString after install()" },
    (shape) => root.lookupType(`protowire.bench.${shape}`) as unknown as PbjsType,
    (shape) => {
      const type = root.lookupType(`protowire.bench.${shape}`);
      return {
        toJson: (input) => type.toJsonString(input as protobuf.Message),
        fromJson: (text) => type.fromJsonString(text),
      };
    },
  );
}
