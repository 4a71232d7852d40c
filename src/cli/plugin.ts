// `protoc-gen-protowire`: `protowire gen` as a protoc (and buf) plugin. protoc writes a
// CodeGeneratorRequest (google/protobuf/compiler/plugin.proto) to stdin and reads a
// CodeGeneratorResponse from stdout; the messages are read and written with the wire layer,
// the schema is linked from the request's descriptors, and the files are generateCode's.
//
//   protoc --plugin=protoc-gen-protowire=$(npm bin)/protoc-gen-protowire \
//          --protowire_out=gen [--protowire_opt=target=types,import_extension=none] x.proto
//          (options: target=ts|js|types, import_extension=.js|.ts|none, optimize=speed|size,
//          runtime=SPECIFIER)

import {
  decodeFileDescriptorProto,
  descriptorSetResolver,
  type FileDescriptorProto,
  type GenerateOptions,
  generateCode,
  loadSchemaSync,
  Reader,
  Writer,
} from "../index.js";

/** What protowire reads of a CodeGeneratorRequest. */
interface Request {
  /** file_to_generate = 1 */
  files: string[];
  /** parameter = 2: `key=value` pairs joined by commas */
  parameter: string;
  /** proto_file = 15: every file to generate and all they import, imports first */
  protos: FileDescriptorProto[];
}

function readRequest(bytes: Uint8Array): Request {
  const out: Request = { files: [], parameter: "", protos: [] };
  const r = new Reader(bytes);
  while (r.pos < bytes.length) {
    const tag = r.tag();
    if (tag === ((1 << 3) | 2)) out.files.push(r.string());
    else if (tag === ((2 << 3) | 2)) out.parameter = r.string();
    else if (tag === ((15 << 3) | 2)) out.protos.push(decodeFileDescriptorProto(r.bytes()));
    else r.skip(tag & 7);
  }
  return out;
}

/** CodeGeneratorResponse.Feature: FEATURE_PROTO3_OPTIONAL = 1, FEATURE_SUPPORTS_EDITIONS = 2. */
const SUPPORTED_FEATURES = 1 | 2;
/** Edition numbers (descriptor.proto): EDITION_PROTO2 = 998 ... EDITION_2026 = 1002. */
const MINIMUM_EDITION = 998;
const MAXIMUM_EDITION = 1002;

function writeResponse(
  files: readonly { name: string; content: string }[],
  error: string | undefined,
): Uint8Array {
  const w = new Writer();
  if (error !== undefined) w.tag(1, 2).string(error);
  w.tag(2, 0).uint64(BigInt(SUPPORTED_FEATURES));
  w.tag(3, 0).int32(MINIMUM_EDITION);
  w.tag(4, 0).int32(MAXIMUM_EDITION);
  for (const f of files) {
    w.tag(15, 2).fork();
    w.tag(1, 2).string(f.name);
    w.tag(15, 2).string(f.content);
    w.join();
  }
  return w.finish();
}

/** The plugin's options (`--protowire_opt`), as protoc-gen-es spells its own. */
export function pluginOptions(parameter: string): GenerateOptions {
  const options: { -readonly [K in keyof GenerateOptions]: GenerateOptions[K] } = {};
  for (const pair of parameter.split(",")) {
    if (pair.trim() === "") continue;
    const eq = pair.indexOf("=");
    const key = (eq < 0 ? pair : pair.slice(0, eq)).trim();
    const value = eq < 0 ? "" : pair.slice(eq + 1).trim();
    if (key === "target" && (value === "ts" || value === "js" || value === "types")) {
      options.target = value;
    } else if (key === "import_extension" && [".js", ".ts", "js", "ts", "none"].includes(value)) {
      options.importExtension = value === "none" ? "" : value.startsWith(".") ? value : `.${value}`;
    } else if (key === "optimize" && (value === "speed" || value === "size")) {
      options.optimize = value;
    } else if (key === "runtime" && value !== "") options.runtime = value;
    else throw new Error(`unknown option ${JSON.stringify(pair.trim())}`);
  }
  return options;
}

/** One request in, one response out; a bad schema or option is the response's error. */
export function respond(requestBytes: Uint8Array): Uint8Array {
  let request: Request;
  try {
    request = readRequest(requestBytes);
  } catch (e) {
    return writeResponse([], `protoc-gen-protowire: not a CodeGeneratorRequest: ${message(e)}`);
  }
  try {
    const schema = loadSchemaSync({
      resolver: descriptorSetResolver(request.protos),
      files: request.files,
    });
    const files = generateCode(schema, pluginOptions(request.parameter));
    return writeResponse(files, undefined);
  } catch (e) {
    return writeResponse([], `protoc-gen-protowire: ${message(e)}`);
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
