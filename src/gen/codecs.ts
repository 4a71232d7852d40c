/**
 * The codecs of one file's message types as an ES module on `protowire/runtime`: the emitter's
 * source per type (codec/emit/message.ts) as a function declaration, linked on first use to
 * the types it calls, whether in this file or imported from another generated file (their
 * functions are exported as `Name$fns`; `$` never occurs in proto names). Exports per message
 * type its MessageCodec under the type's name, and per enum its values (types.ts).
 */
import { formatSource } from "../codec/emit/format-source.js";
import { emitMessage } from "../codec/emit/message.js";
import { codecSource, definition, functionsSource } from "../codec/emit/module.js";
import { hasRequired } from "../codec/required.js";
import type { EnumInfo, FileInfo, MessageInfo } from "../schema/index.js";
import { typeName } from "./names.js";

/** The message types of `file` that get a codec, nested ones included (not map entries). */
export function fileMessages(file: FileInfo): MessageInfo[] {
  const out: MessageInfo[] = [];
  const visit = (m: MessageInfo) => {
    out.push(m);
    m.nestedMessages.forEach(visit);
  };
  file.messages.forEach(visit);
  return out;
}

/** The enums of `file`, nested ones included. */
export function fileEnums(file: FileInfo): EnumInfo[] {
  const out = [...file.enums];
  for (const m of fileMessages(file)) out.push(...m.nestedEnums);
  return out;
}

/** Each line two spaces in (a function's body; the emitter writes no multi-line strings). */
function indent(source: string): string {
  return source
    .split("\n")
    .map((l) => (l === "" ? l : `  ${l}`))
    .join("\n");
}

/** The module source; `importPath(f)` names the module of another file's types. */
export function emitCodecs(
  file: FileInfo,
  runtime: string,
  importPath: (other: FileInfo) => string,
): string {
  const messages = fileMessages(file);
  const index = new Map(messages.map((m, i) => [m, i]));
  const imported = new Map<FileInfo, Map<MessageInfo, string>>();
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
        const dep = d as MessageInfo;
        let names = imported.get(dep.file);
        if (names === undefined) {
          names = new Map();
          imported.set(dep.file, names);
        }
        let alias = names.get(dep);
        if (alias === undefined) {
          alias = `i${imported.size}_${names.size}`;
          names.set(dep, alias);
        }
        return alias;
      }),
    );
  });
  lines.push(
    `import { codecFacts, createCodec, defineFunctions } from ${JSON.stringify(runtime)};`,
  );
  for (const [other, names] of imported) {
    const list = [...names].map(([m, alias]) => `${typeName(m)}$fns as ${alias}`);
    lines.push(`import { ${list.join(", ")} } from ${JSON.stringify(importPath(other))};`);
  }
  lines.push("");
  messages.forEach((m, i) => {
    lines.push(...functionsSource(m, `m${i}`, bodies[i]!));
  });
  // Each type is a pure definition, linked on its codec's first call (codec/link.ts): no
  // statement runs at load to link them, so a bundler drops the types a program never reaches.
  messages.forEach((m, i) => {
    lines.push(`export ${definition(`${typeName(m)}$fns`, `m${i}`, links[i]!)}`);
  });
  lines.push("");
  for (const m of messages) {
    if (m.isMapEntry) continue; // reached through its map field only
    lines.push(`export const ${typeName(m)} = ${codecSource(m, `${typeName(m)}$fns`)};`);
  }
  lines.push("");
  for (const e of fileEnums(file)) {
    const values = e.values.map((v) =>
      v.name === "__proto__" ? `["__proto__"]: ${v.number}` : `${v.name}: ${v.number}`,
    );
    lines.push(
      `export const ${typeName(e)} = /*@__PURE__*/ Object.freeze({ ${values.join(", ")} });`,
    );
  }
  return `${lines.join("\n")}\n`;
}
