// The verbs of `protowire`, in the order `protowire --help` lists them.

import type { Verb } from "../context.js";
import { compile } from "./compile.js";
import { convert } from "./convert.js";
import { decode } from "./decode.js";
import { decodeRawVerb } from "./decode-raw.js";
import { assemble, dump } from "./dump.js";
import { encode } from "./encode.js";
import { gen } from "./gen.js";

export const VERBS: readonly Verb[] = [
  encode,
  decode,
  convert,
  decodeRawVerb,
  dump,
  assemble,
  compile,
  gen,
];
