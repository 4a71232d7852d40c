// Checks that the JSON contender really sends the proto3 JSON form: its document must equal
// what @bufbuild/protobuf's toJson (an independent proto3 JSON printer) makes of the same data.

import { create, toJson } from "@bufbuild/protobuf";
import { SCHEMAS } from "./contenders/protobuf-es.js";
import { firstDifference, toProtobufEsInit } from "./convert.js";
import type { DataSet } from "./datasets.js";

/** undefined when `document` is the proto3 JSON form of the data set, else the difference. */
export function proto3JsonDifference(ds: DataSet, document: unknown): string | undefined {
  const schema = SCHEMAS[ds.shape];
  const reference = toJson(schema, create(schema, toProtobufEsInit(ds.value, ds.shape)));
  const d = firstDifference(document, reference);
  return d === undefined
    ? undefined
    : `not the proto3 JSON form (vs @bufbuild/protobuf toJson) at ${d}`;
}
