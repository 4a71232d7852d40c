// JSON baseline: the proto3 JSON form of the data (64-bit integers as strings, bytes as base64,
// enums by name, zero values omitted), from objects to bytes and back:
// encode = JSON.stringify then TextEncoder.encode; decode = TextDecoder.decode then JSON.parse.
// For the JSON operations it is the reference line: toJson = JSON.stringify, fromJson =
// JSON.parse of the same objects and text (no schema, no checks: the floor a JSON codec pays).
// It has no protobuf text format.

import { toNeutral, toProto3Json } from "../convert.js";
import type { Contender } from "./contender.js";

export function jsonContender(): Contender {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  return {
    name: "JSON",
    kind: "json",
    detail: "proto3 JSON form; JSON.stringify + TextEncoder / TextDecoder + JSON.parse",
    json: {
      detail: "JSON.stringify / JSON.parse of the proto3 JSON form (a reference, not a peer)",
    },
    text: { notApplicable: "not a text format" },
    prepare(ds) {
      return {
        input: toProto3Json(ds.value, ds.shape),
        encode: (input) => encoder.encode(JSON.stringify(input)),
        decode: (bytes) => JSON.parse(decoder.decode(bytes)),
        normalize: (decoded) => toNeutral(decoded, ds.shape),
        json: {
          print: (input) => JSON.stringify(input),
          parse: (text) => JSON.parse(text),
        },
      };
    },
  };
}
