// Everything a load of `.proto` text uses besides the linker's core: the parser, option
// interpretation and the bundled files.
// The loaders of `sources`, resolvers and disk pass it to the walk (walk.ts); a load of
// descriptors alone (load-descriptors.ts) passes none of it, so its bundle holds neither.

import { interpretWithOptionInterpreter } from "../linker/linker.js";
import { parseFile } from "../parser/parser.js";
import {
  bundledDescriptor,
  compiledWellKnown,
  isBundledText,
  isCompiledWellKnown,
} from "./bundled-descriptor.js";
import type { LoadTools } from "./walk.js";

/** The parser, option interpretation and the bundled files. */
export const PARSING: LoadTools = {
  parse: parseFile,
  interpretOptions: interpretWithOptionInterpreter,
  bundled: {
    descriptor: bundledDescriptor,
    compiled: compiledWellKnown,
    isBundledText,
    isCompiled: isCompiledWellKnown,
  },
};
