/**
 * The names generated code gives message types and enums: protobuf-es's, nested names joined
 * by `_` under the file's package (`pkg.Order.Item` → `Order_Item`). Proto names are ASCII
 * identifiers already; a name that would shadow what generated code itself refers to (`Map`,
 * `Uint8Array`, ...) or is reserved in TypeScript gets a `$` suffix, which proto names never
 * contain, so no escaped name can meet another.
 */
import type { EnumInfo, FileInfo, MessageInfo } from "../schema/index.js";
import { fileEnums, fileMessages } from "./file-types.js";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Globals the generated types and code use (the emitted functions' `Set`, `Map`, `Object` ...),
 * the module's own names (`rt`, `createCodec` ...), and TypeScript's reserved and special names.
 */
const RESERVED = new Set([
  ...["Array", "BigInt", "Map", "Object", "Record", "Symbol", "Uint8Array", "Partial", "Set"],
  ...["Math", "Number", "String", "Boolean", "JSON", "Error", "Reflect", "Promise", "Date"],
  ...["globalThis", "NaN", "Infinity", "undefined", "arguments", "eval"],
  ...["MessageCodec", "MessageFunctions", "MessageInit", "createCodec", "codecFacts"],
  ...["defineFunctions", "runtime", "codecs", "rt", "L"],
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete"],
  ...["do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if"],
  ...["import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw"],
  ...["true", "try", "typeof", "var", "void", "while", "with", "implements", "interface", "let"],
  ...["package", "private", "protected", "public", "static", "yield", "any", "boolean"],
  ...["number", "string", "symbol", "type", "never", "unknown", "object", "bigint", "await"],
]);

/** The generated name of a message type or enum, e.g. `Order_Item`. */
export function typeName(t: MessageInfo | EnumInfo): string {
  const pkg = t.file.package;
  const local = pkg === "" ? t.fullName : t.fullName.slice(pkg.length + 1);
  const name = local.split(".").join("_");
  if (!IDENTIFIER.test(name)) throw new Error(`internal: ${t.fullName} is no identifier`);
  // m0, m1 ... name the emitted functions and i1_0 ... the imported ones in generated modules.
  return RESERVED.has(name) || /^(m\d+|i\d+_\d+)$/.test(name) ? `${name}$` : name;
}

/** The module a generated file is imported as, relative to another: `./a/b_pb.js`. */
export function modulePath(from: FileInfo, to: FileInfo, extension: string): string {
  const fromDir = from.name.split("/").slice(0, -1);
  const toParts = outputStem(to).split("/");
  let common = 0;
  while (common < fromDir.length && fromDir[common] === toParts[common]) common++;
  const up = fromDir.length - common;
  const rest = toParts.slice(common).join("/");
  return `${up === 0 ? "./" : "../".repeat(up)}${rest}${extension}`;
}

/** A generated file's path without its extension: `shop/order.proto` → `shop/order_pb`. */
export function outputStem(file: FileInfo): string {
  return `${file.name.replace(/\.proto$/, "")}_pb`;
}

const schemaNames = new WeakMap<FileInfo, Map<MessageInfo, string>>();

/**
 * The export holding message type `m`'s table in the compact output (`--optimize=size`):
 * `NameSchema`, as protoc-gen-es names its descriptors, or `NameSchema$` where that is the
 * name of another type of the file.
 */
export function schemaName(m: MessageInfo): string {
  let names = schemaNames.get(m.file);
  if (names === undefined) {
    const messages = fileMessages(m.file);
    const taken = new Set([...messages, ...fileEnums(m.file)].map(typeName));
    names = new Map();
    for (const x of messages) {
      const name = `${typeName(x).replace(/\$$/, "")}Schema`;
      names.set(x, taken.has(name) ? `${name}$` : name);
    }
    schemaNames.set(m.file, names);
  }
  const name = names.get(m);
  if (name === undefined) throw new Error(`internal: ${m.fullName} is not in ${m.file.name}`);
  return name;
}
