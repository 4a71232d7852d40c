// The bundled well-known types (src/schema/wkt/): `import "google/protobuf/timestamp.proto"`
// works with nothing on disk. The loader asks this resolver last, so a file the user supplies
// under the same name takes precedence, as with protoc.

import { WKT_SOURCES } from "../wkt/sources.js";
import type { Resolver } from "./resolver.js";

/** Resolves `google/protobuf/*.proto` to the bundled copies. */
export const wellKnownTypesResolver: Resolver = {
  resolve(importName) {
    const source = WKT_SOURCES.get(importName);
    return source === undefined ? undefined : { source };
  },
};
