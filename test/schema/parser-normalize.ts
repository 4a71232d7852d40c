// Test helper: puts our parser's output and protoc's (linked) output side by side.
//
// protoc's --descriptor_set_out is written after linking, so it differs from what its
// parser produced in known ways; these functions remove exactly those differences:
// - options: the parser keeps uninterpretedOption entries and records locations under
//   [..options, 999, i, ...]; the linker interprets them and rewrites each to one location
//   [..options, <field path>]. Both become [..options, "OPT"] here (same order, same span);
// - jsonName (the linker fills it in), `type` of message/enum fields (the linker sets it),
//   and fully-qualified names (the linker resolves them) are reduced to what the parser
//   knows: the last name component.

import { fromJson, type JsonObject, toJson } from "@bufbuild/protobuf";
import { FileDescriptorProtoSchema } from "@bufbuild/protobuf/wkt";
import type { FileDescriptorProto } from "../../src/schema/descriptor/shapes.js";

type Kind =
  | "file"
  | "msg"
  | "field"
  | "oneof"
  | "enum"
  | "value"
  | "service"
  | "method"
  | "range"
  | "opts";

/** descriptor.proto paths: per kind, field number -> [child kind, repeated]. */
const GRAMMAR: Record<Kind, Record<number, [Kind, boolean]>> = {
  file: {
    4: ["msg", true],
    5: ["enum", true],
    6: ["service", true],
    7: ["field", true],
    8: ["opts", false],
  },
  msg: {
    2: ["field", true],
    6: ["field", true],
    3: ["msg", true],
    4: ["enum", true],
    8: ["oneof", true],
    5: ["range", true],
    7: ["opts", false],
  },
  field: { 8: ["opts", false] },
  oneof: { 2: ["opts", false] },
  enum: { 2: ["value", true], 3: ["opts", false] },
  value: { 3: ["opts", false] },
  service: { 2: ["method", true], 3: ["opts", false] },
  method: { 4: ["opts", false] },
  range: { 3: ["opts", false] },
  opts: {},
};

/** Index in `path` just after an options field number, or -1 if the path is not in options. */
function optionsDepth(path: readonly number[]): number {
  let kind: Kind = "file";
  let i = 0;
  while (i < path.length) {
    const step: [Kind, boolean] | undefined = GRAMMAR[kind][path[i] ?? -1];
    if (step === undefined) return -1;
    const next: Kind = step[0];
    const repeated: boolean = step[1];
    if (next === "opts") return i + 1;
    i += repeated ? 2 : 1;
    kind = next;
  }
  return -1;
}

export interface JsonLocation {
  path?: (number | string)[];
  span: number[];
  leadingComments?: string;
  trailingComments?: string;
  leadingDetachedComments?: string[];
}

/** Source locations with option internals collapsed (see the header). */
export function normalizeLocations(
  locations: JsonLocation[],
  fromOurParser: boolean,
): JsonLocation[] {
  const out: JsonLocation[] = [];
  for (const l of locations) {
    const path = (l.path ?? []) as number[];
    const d = optionsDepth(path);
    if (d >= 0 && path.length > d) {
      if (fromOurParser && path.length > d + 2) continue; // name parts, value: dropped by protoc
      out.push({ ...l, path: [...path.slice(0, d), "OPT"] });
      continue;
    }
    out.push(l);
  }
  return out;
}

/** Our descriptor as protobuf JSON (the shape protoc's output is committed in). */
export function toProtoJson(file: FileDescriptorProto): JsonObject {
  const plain = JSON.parse(
    JSON.stringify(file, (_k, v) =>
      typeof v === "bigint"
        ? v.toString()
        : v instanceof Uint8Array
          ? Buffer.from(v).toString("base64")
          : v,
    ),
  );
  return toJson(
    FileDescriptorProtoSchema,
    fromJson(FileDescriptorProtoSchema, plain),
  ) as JsonObject;
}

const lastComponent = (s: string) => s.slice(s.lastIndexOf(".") + 1);

/** The parts of a descriptor the parser decides (see the header); source info removed. */
export function parserVisible(j: unknown): unknown {
  if (Array.isArray(j)) return j.map(parserVisible);
  if (j === null || typeof j !== "object") return j;
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(j)) {
    if (k === "options" || k === "sourceCodeInfo" || k === "jsonName") continue;
    if (k === "typeName" || k === "extendee" || k === "inputType" || k === "outputType") {
      o[k] = lastComponent(String(v));
    } else {
      o[k] = parserVisible(v);
    }
  }
  if (o.typeName !== undefined && (o.type === "TYPE_MESSAGE" || o.type === "TYPE_ENUM"))
    delete o.type;
  return o;
}
