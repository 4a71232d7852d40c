// protobufjs in both of its modes: static code from pbjs (bench/generated/pbjs) and reflection
// (the .proto parsed at runtime; protobufjs then generates its encoder and decoder functions).
// proto3 JSON comes from protobufjs/ext/protojson and the text format from
// protobufjs/ext/textformat; both work on reflected types only: the reflection contender has
// them (Type#toJsonString / fromJsonString, Type#toText / fromText after `install()`), the
// static one does not.

import { readFileSync } from "node:fs";
import protobuf from "protobufjs";
import protojson from "protobufjs/ext/protojson.js";
import textformat from "protobufjs/ext/textformat.js";
import { toNeutral, toProtobufjsObject } from "../convert.js";
import { protowire as staticRoot } from "../generated/pbjs/bench.js";
import type { ShapeName } from "../shapes.js";
import type { Contender, NotApplicable, TextSide } from "./contender.js";

/** The part of a protobufjs message class (static or reflected) the benchmark uses. */
interface PbjsType {
  fromObject(object: Record<string, unknown>): unknown;
  encode(message: never): { finish(): Uint8Array };
  decode(bytes: Uint8Array): unknown;
}

/** The proto3 JSON and text format sides of one message type, when the mode has them. */
interface Sides {
  readonly json?: TextSide;
  readonly text?: TextSide;
}

const NO_STATIC_JSON: NotApplicable = {
  notApplicable: "protobufjs/ext/protojson works on reflected types only, not pbjs static code",
};
const NO_STATIC_TEXT: NotApplicable = {
  notApplicable: "protobufjs/ext/textformat works on reflected types only, not pbjs static code",
};

function contender(
  name: string,
  detail: string,
  formats: Pick<Contender, "json" | "text">,
  typeOf: (shape: ShapeName) => PbjsType,
  sidesOf: (shape: ShapeName) => Sides,
): Contender {
  return {
    name,
    kind: "protobuf",
    detail,
    ...formats,
    prepare(ds) {
      const type = typeOf(ds.shape);
      return {
        input: type.fromObject(toProtobufjsObject(ds.value, ds.shape)),
        encode: (input) => type.encode(input as never).finish(),
        decode: (bytes) => type.decode(bytes),
        normalize: (decoded) => toNeutral(decoded, ds.shape),
        ...sidesOf(ds.shape),
      };
    },
  };
}

export function protobufjsStaticContender(version: string): Contender {
  return contender(
    "protobufjs static",
    `protobufjs ${version}, pbjs -t static-module code`,
    { json: NO_STATIC_JSON, text: NO_STATIC_TEXT },
    // Data sets are top-level messages (shapes of nested ones, TestInner..., are never looked up).
    (shape) => (staticRoot.bench as unknown as Record<string, PbjsType>)[shape] as PbjsType,
    () => ({}),
  );
}

export function protobufjsReflectContender(version: string, protoPath: string): Contender {
  const root = protobuf.parse(readFileSync(protoPath, "utf8"), { keepCase: false }).root;
  // Each adds methods to protobuf.Type.prototype, as the extensions' README shows: protojson
  // toJsonString / fromJsonString, textformat toText / fromText (thin wrappers of the
  // modules' functions of the same names).
  protojson.install();
  textformat.install();
  return contender(
    "protobufjs reflect",
    `protobufjs ${version}, reflection (.proto parsed at runtime)`,
    {
      json: {
        detail: "protobufjs/ext/protojson: Type#toJsonString / fromJsonString after install()",
      },
      text: { detail: "protobufjs/ext/textformat: Type#toText / fromText after install()" },
    },
    (shape) => root.lookupType(`protowire.bench.${shape}`) as unknown as PbjsType,
    (shape) => {
      const type = root.lookupType(`protowire.bench.${shape}`);
      return {
        json: {
          print: (input) => type.toJsonString(input as protobuf.Message),
          parse: (text) => type.fromJsonString(text),
        },
        text: {
          print: (input) => type.toText(input as protobuf.Message),
          parse: (text) => type.fromText(text),
        },
      };
    },
  );
}
