// The bundled descriptor.proto, linked once: the linker interprets standard options (packed,
// deprecated, ...) against it when the files being loaded do not include descriptor.proto.
// It is protoc's compilation of the file, embedded as the JSON of its FileDescriptorProto
// (wkt/descriptor-compiled.ts), and linked without the validation rules (protoc checked it;
// test/schema/descriptor-wkt.test.ts checks it passes them). In a process that just started:
// JSON.parse 0.3 ms against 7 ms to decode protoc's bytes or 25 ms to parse the text, and the
// link 5 ms faster without validation (issue 15).

import type { FileDescriptorProto } from "../descriptor/shapes.js";
import { SchemaError } from "../errors.js";
import { linkFiles } from "../linker/linker.js";
import type { Sym } from "../linker/nodes.js";
import { DESCRIPTOR_PROTO_JSON } from "../wkt/descriptor-compiled.js";
import { WKT_SOURCES } from "../wkt/sources.js";

const DESCRIPTOR_PROTO_NAME = "google/protobuf/descriptor.proto";

/**
 * A fresh copy of protoc's compilation of the bundled descriptor.proto (fresh: the linker makes
 * the descriptors it links its own).
 */
function compiledDescriptorProto(): FileDescriptorProto {
  return JSON.parse(DESCRIPTOR_PROTO_JSON) as FileDescriptorProto;
}

/**
 * protoc's compilation of file `name` when `source` is the bundled text of descriptor.proto
 * (loads link it instead of parsing 60 KB of text; walk.ts), else undefined: a user's own copy
 * under that name, with other text, is parsed.
 */
export function bundledCompilation(name: string, source: string): FileDescriptorProto | undefined {
  return name === DESCRIPTOR_PROTO_NAME && source === WKT_SOURCES.get(name)
    ? compiledDescriptorProto()
    : undefined;
}

let bundledSymbols: ReadonlyMap<string, Sym> | undefined;

export function bundledDescriptor(): ReadonlyMap<string, Sym> {
  if (bundledSymbols === undefined) {
    const file = compiledDescriptorProto();
    const linked = linkFiles([file], [DESCRIPTOR_PROTO_NAME], { preValidated: new Set([file]) });
    if (linked.diagnostics.length > 0) throw new SchemaError(linked.diagnostics);
    bundledSymbols = linked.symbols;
  }
  return bundledSymbols;
}
