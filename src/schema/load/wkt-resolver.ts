// The bundled well-known types (src/schema/wkt/): `import "google/protobuf/timestamp.proto"`
// works with nothing on disk. The loader asks this resolver last, so a file the user supplies
// under the same name takes precedence, as with protoc. The main entry's loaders answer with
// protoc's compilation of each file (bundled-descriptor.ts), which has no source info; the Node
// entry's answer with the texts (wkt-text-resolver.ts), so that descriptor sets written with
// source info and imports are protoc's there too.

import { compiledWellKnown } from "./bundled-descriptor.js";
import type { Resolver } from "./resolver.js";

/** Resolves `google/protobuf/*.proto` to protoc's compilation of the bundled copies. */
export const wellKnownTypesResolver: Resolver = {
  resolve(importName) {
    const proto = compiledWellKnown(importName);
    return proto === undefined ? undefined : { proto };
  },
};
