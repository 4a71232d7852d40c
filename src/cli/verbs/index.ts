// The verbs of `protowire`, in the order `protowire --help` lists them. Each verb's code is
// imported when it runs (see VerbEntry).

import type { VerbEntry } from "../context.js";

export const VERBS: readonly VerbEntry[] = [
  {
    name: "encode",
    summary: "text or JSON in, binary out (as protoc --encode)",
    load: async () => (await import("./encode.js")).encode,
  },
  {
    name: "decode",
    summary: "binary in, text or JSON out (as protoc --decode)",
    load: async () => (await import("./decode.js")).decode,
  },
  {
    name: "convert",
    summary: "any of binary, JSON and text to another (as buf convert)",
    load: async () => (await import("./convert.js")).convert,
  },
  {
    name: "decode-raw",
    summary: "binary in, fields by number out, no schema (as protoc --decode_raw)",
    load: async () => (await import("./decode-raw.js")).decodeRawVerb,
  },
  {
    name: "dump",
    summary: "binary in, annotated protoscope text out (assemble reverses it)",
    load: async () => (await import("./dump.js")).dump,
  },
  {
    name: "assemble",
    summary: "protoscope text in, binary out (write test inputs by hand)",
    load: async () => (await import("./dump.js")).assemble,
  },
  {
    name: "compile",
    summary: ".proto files to a FileDescriptorSet, or check them (as protoc -o)",
    load: async () => (await import("./compile.js")).compile,
  },
  {
    name: "gen",
    summary: ".proto files to code: codecs without eval and their types, or types only",
    load: async () => (await import("./gen.js")).gen,
  },
];
