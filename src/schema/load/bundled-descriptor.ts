// The bundled files (the well-known types, descriptor.proto, the language features,
// compiler/plugin.proto) as protoc 36.2 compiles them: the JSON of each FileDescriptorProto
// (wkt/compiled.ts), linked without the validation rules (protoc checked them;
// test/schema/descriptor-wkt.test.ts checks they pass them). This is the form the main entry
// resolves `import "google/protobuf/…"` to: a ninth of the texts' size in a bundle, no parsing
// (issue 15). The linker also interprets standard options (packed, deprecated, ...) against the
// bundled descriptor.proto when the files being loaded do not include it. In a process that just
// started: JSON.parse of descriptor.proto 0.3 ms against 7 ms to decode protoc's bytes or 25 ms
// to parse the text, and the link 5 ms faster without validation.

import type { FileDescriptorProto } from "../descriptor/shapes.js";
import { SchemaError } from "../errors.js";
import { linkFiles } from "../linker/linker.js";
import type { Sym } from "../linker/nodes.js";
import { WKT_COMPILED } from "../wkt/compiled.js";

const DESCRIPTOR_PROTO_NAME = "google/protobuf/descriptor.proto";

/** The descriptors compiledWellKnown made: protoc's, so the linker need not validate them. */
const compiled = new WeakSet<FileDescriptorProto>();

/**
 * A fresh copy (the linker makes the descriptors it links its own) of protoc's compilation of
 * bundled file `name`, or undefined when no bundled file has that name.
 */
export function compiledWellKnown(name: string): FileDescriptorProto | undefined {
  const json = WKT_COMPILED.get(name);
  if (json === undefined) return undefined;
  const file = JSON.parse(json) as FileDescriptorProto;
  compiled.add(file);
  return file;
}

/** Whether `file` came from compiledWellKnown (and is unchanged: nothing else holds it). */
export function isCompiledWellKnown(file: FileDescriptorProto): boolean {
  return compiled.has(file);
}

/** Answers of wellKnownTypeSources (wkt-text-resolver.ts): the bundled texts, unchanged. */
const bundledTexts = new WeakSet<object>();

/** Marks `answer` as the bundled text of its file (wkt-text-resolver.ts). */
export function markBundledText<T extends object>(answer: T): T {
  bundledTexts.add(answer);
  return answer;
}

/** Whether a resolver's answer is the bundled text of its file, as the text resolver gave it. */
export function isBundledText(answer: object): boolean {
  return bundledTexts.has(answer);
}

let bundledSymbols: ReadonlyMap<string, Sym> | undefined;

export function bundledDescriptor(): ReadonlyMap<string, Sym> {
  if (bundledSymbols === undefined) {
    const file = compiledWellKnown(DESCRIPTOR_PROTO_NAME)!;
    const linked = linkFiles([file], [DESCRIPTOR_PROTO_NAME], { preValidated: new Set([file]) });
    if (linked.diagnostics.length > 0) throw new SchemaError(linked.diagnostics);
    bundledSymbols = linked.symbols;
  }
  return bundledSymbols;
}
