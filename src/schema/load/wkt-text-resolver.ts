// The bundled well-known types as `.proto` text (the files protoc 36.2 ships, license comments
// and all): what the Node entry resolves them to, and what a browser user composes in when the
// source info of those files is wanted (`toFileDescriptorSet({ includeImports: true,
// includeSourceInfo: true })`). It adds about 35 KB gzipped to a bundle, so the main entry does
// not import it (wkt-resolver.ts).

import { WKT_SOURCES } from "../wkt/sources.js";
import { markBundledText } from "./bundled-descriptor.js";
import type { Resolver } from "./resolver.js";

/** Resolves `google/protobuf/*.proto` to the bundled copies' text. */
export const wellKnownTypeSources: Resolver = {
  resolve(importName) {
    const source = WKT_SOURCES.get(importName);
    // Marked, so that a load with no source locations links protoc's compilation of the file
    // instead of parsing its text (walk.ts), as with the main entry's resolver.
    return source === undefined ? undefined : markBundledText({ source });
  },
};
