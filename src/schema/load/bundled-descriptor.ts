// The bundled descriptor.proto, linked once: the linker interprets standard options (packed,
// deprecated, ...) against it when the files being loaded do not include descriptor.proto.

import { SchemaError } from "../errors.js";
import { linkFiles } from "../linker/linker.js";
import type { Sym } from "../linker/nodes.js";
import { parseFile } from "../parser/parser.js";
import { WKT_SOURCES } from "../wkt/sources.js";

let bundledSymbols: ReadonlyMap<string, Sym> | undefined;

export function bundledDescriptor(): ReadonlyMap<string, Sym> {
  if (bundledSymbols === undefined) {
    const name = "google/protobuf/descriptor.proto";
    const r = parseFile(name, WKT_SOURCES.get(name)!);
    const linked = linkFiles([r.file], [name], {});
    if (r.diagnostics.length > 0 || linked.diagnostics.length > 0) {
      throw new SchemaError([...r.diagnostics, ...linked.diagnostics]);
    }
    bundledSymbols = linked.symbols;
  }
  return bundledSymbols;
}
