// Everything a load of `.proto` text uses besides the linker: the parser and the bundled files.
// The loaders of `sources`, resolvers and disk pass it to the walk (walk.ts); a load of
// descriptors alone (load-descriptors.ts) passes none of it, so its bundle holds neither.

import { parseFile } from "../parser/parser.js";
import {
  bundledDescriptor,
  compiledWellKnown,
  isBundledText,
  isCompiledWellKnown,
} from "./bundled-descriptor.js";
import type { LoadTools } from "./walk.js";

/** The parser and the bundled files. */
export const PARSING: LoadTools = {
  parse: parseFile,
  bundled: {
    descriptor: bundledDescriptor,
    compiled: compiledWellKnown,
    isBundledText,
    isCompiled: isCompiledWellKnown,
  },
};
