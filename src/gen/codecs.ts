/**
 * The codecs of one file's message types as an ES module on `protowire/runtime`: the emitter's
 * source per type (codec/emit/message.ts) as a function declaration, linked on first use to
 * the types it calls, whether in this file or imported from another generated file (their
 * functions are exported as `Name$fns`; `$` never occurs in proto names). Exports per message
 * type its MessageCodec under the type's name, and per enum its values (types.ts).
 */
import { formatSource } from "../codec/emit/format-source.js";
import { emitMessage } from "../codec/emit/message.js";
import {
  codecSource,
  definition,
  functionsSource,
  helpersSource,
  importSource,
} from "../codec/emit/module.js";
import { hasRequired } from "../codec/required.js";
import type { FileInfo, MessageInfo } from "../schema/index.js";
import { fileEnums, fileMessages } from "./file-types.js";
import { ImportedTypes } from "./imports.js";
import { typeName } from "./names.js";
import { typedBody } from "./typed.js";
import type { FileTypes } from "./types.js";

/** For `.js` output: each enum of `file` as a frozen object of its values. */
export function enumObjects(file: FileInfo): string[] {
  return fileEnums(file).map((e) => {
    const values = e.values.map((v) =>
      v.name === "__proto__" ? `["__proto__"]: ${v.number}` : `${v.name}: ${v.number}`,
    );
    return `export const ${typeName(e)} = /*@__PURE__*/ Object.freeze({ ${values.join(", ")} });`;
  });
}

/** Each line two spaces in (a function's body; the emitter writes no multi-line strings). */
function indent(source: string): string {
  return source
    .split("\n")
    .map((l) => (l === "" ? l : `  ${l}`))
    .join("\n");
}

/**
 * The module source; `importPath(f)` names the module of another file's types. `types`: the
 * TypeScript form, whose emitted functions are typed `any` (typed.ts), whose exports carry
 * their types, and which holds the file's types (types.ts: passed in, with their imports).
 */
export function emitCodecs(
  file: FileInfo,
  runtime: string,
  importPath: (other: FileInfo) => string,
  types?: FileTypes,
): string {
  const typed = types !== undefined;
  const messages = fileMessages(file);
  const index = new Map(messages.map((m, i) => [m, i]));
  const imported = new ImportedTypes();
  const lines: string[] = [];
  const bodies: string[] = [];
  const links: string[][] = [];
  messages.forEach((m) => {
    const emitted = emitMessage(m, hasRequired);
    bodies.push(indent(formatSource(emitted.source)));
    links.push(
      emitted.deps.map((d) => {
        const i = index.get(d as MessageInfo);
        if (i !== undefined) return `${typeName(messages[i]!)}$fns`;
        return imported.alias(d as MessageInfo);
      }),
    );
  });
  const helpers = helpersSource(
    bodies,
    messages.map((_, i) => `m${i}`),
  );
  const runtimeNames = ["codecFacts", "createCodec", "defineFunctions", ...helpers.imports];
  if (typed) runtimeNames.push("type MessageCodec", "type MessageFunctions");
  if (messages.length === 0) runtimeNames.length = 0;
  if (runtimeNames.length > 0) {
    lines.push(importSource(runtimeNames, runtime));
  }
  lines.push(...imported.statements(types, importPath, (m) => `${typeName(m)}$fns`));
  lines.push("");
  if (types !== undefined) lines.push(types.source);
  messages.forEach((m, i) => {
    const source = functionsSource(m, `m${i}`, bodies[i]!);
    lines.push(...(typed ? typedBody(source.join("\n")).split("\n") : source));
    lines.push(helpers.rt[i]!, "");
  });
  // Each type is a pure definition, linked on its codec's first call (codec/link.ts): no
  // statement runs at load to link them, so a bundler drops the types a program never reaches.
  const fnsType = typed ? "MessageFunctions" : undefined;
  messages.forEach((m, i) => {
    lines.push(`export ${definition(`${typeName(m)}$fns`, `m${i}`, links[i]!, fnsType)}`);
  });
  lines.push("");
  for (const m of messages) {
    if (m.isMapEntry) continue; // reached through its map field only
    const name = typeName(m);
    const declared = typed ? `${name}: MessageCodec<${name}>` : name;
    lines.push(`export const ${declared} = ${codecSource(m, `${name}$fns`, typed)};`);
  }
  lines.push("");
  if (typed) return `${lines.join("\n")}\n`; // its enums are in the types
  lines.push(...enumObjects(file));
  return `${lines.join("\n")}\n`;
}
