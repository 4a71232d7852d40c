/**
 * `protowire gen --optimize=size`: the codecs of one file's message types as compact tables
 * (codec/compact/), one row per field (compactPlan), on `protowire/runtime`'s interpreter.
 * A fraction of the specialized code's size (codecs.ts), slower to run; the same message model,
 * options and error codes. Schema strings reach the source only as JSON literals; kinds by
 * the plan's fixed export names, types by validated names (names.ts).
 */
import { compactPlan, type KindPlan, type RefPlan, type RowPlan } from "../codec/compact/plan.js";
import { importSource, valueLiteral } from "../codec/emit/module.js";
import { lit } from "../codec/emit/safe-source.js";
import type { FileInfo, MessageInfo } from "../schema/index.js";
import { enumObjects } from "./codecs.js";
import { fileMessages } from "./file-types.js";
import { ImportedTypes } from "./imports.js";
import { schemaName, typeName } from "./names.js";
import type { FileTypes } from "./types.js";

/** Above the codecs: how to read a table. */
const ROWS_NOTE =
  "// Each message type is a table (`NameSchema`: what create, toBinary and fromBinary of\n" +
  "// protowire/runtime take) and a codec made of it (`Name`: Name.encode, Name.decode ...).\n" +
  "// A table has one row per field, read by protowire/runtime's interpreter:\n" +
  "// [number, property (a oneof member: its case), kind, flags, type or values, oneof, default]\n" +
  "// (flags: 1 repeated, 2 packed, 4 explicit presence, 8 required, 16 delimited).";

interface Context {
  /** Runtime names used. */
  readonly runtime: Set<string>;
  /** The source naming message type `m`'s table (imported ones get an alias). */
  table(m: MessageInfo): string;
}

function kindSource(k: KindPlan, ctx: Context): string {
  ctx.runtime.add(k.name);
  let out = k.name;
  if (k.form !== undefined) {
    ctx.runtime.add(k.form);
    out = `${k.form}(${out})`;
  }
  if (k.list === true) {
    ctx.runtime.add("$list");
    out = `$list(${out})`;
  }
  return out;
}

function refSource(r: RefPlan, ctx: Context): string {
  if ("message" in r) return `() => ${ctx.table(r.message as MessageInfo)}`;
  if ("values" in r) return `[${r.values.join(", ")}]`;
  const parts = [kindSource(r.key, ctx), kindSource(r.value, ctx)];
  if (r.valueRef !== undefined) parts.push(refSource(r.valueRef, ctx));
  return `[${parts.join(", ")}]`;
}

/** One row (codec/compact/kind.ts Row) as source, trailing unset items left out. */
function rowSource(r: RowPlan, ctx: Context): string {
  const tail = [
    String(r.flags),
    r.ref === undefined ? "undefined" : refSource(r.ref, ctx),
    r.oneof === undefined ? "undefined" : lit(r.oneof),
    r.default === undefined ? "undefined" : valueLiteral(r.default.value),
    r.invalidDefault === undefined ? "undefined" : lit(r.invalidDefault),
  ];
  while (tail.length > 0 && tail[tail.length - 1] === "undefined") tail.pop();
  if (tail.length === 1 && tail[0] === "0") tail.pop();
  return `[${[String(r.number), lit(r.name), kindSource(r.kind, ctx), ...tail].join(", ")}]`;
}

/**
 * The module source of `file` in compact form: imports, the types (TypeScript, `types`), per
 * message type a `$table` and the `$compact` codec made of it, and (for `.js`) each enum's
 * values.
 */
export function emitCompactCodecs(
  file: FileInfo,
  runtime: string,
  importPath: (other: FileInfo) => string,
  types?: FileTypes,
): string {
  const typed = types !== undefined;
  const messages = fileMessages(file).filter((m) => !m.isMapEntry);
  const local = new Set<MessageInfo>(messages);
  const imported = new ImportedTypes();
  const ctx: Context = {
    runtime: new Set(["$compact", "$table"]),
    table: (m) => (local.has(m) ? schemaName(m) : imported.alias(m)),
  };
  const defs = messages.map((m) => {
    const plan = compactPlan(m);
    const rows = plan.rows.map((r) => `  ${rowSource(r, ctx)},\n`).join("");
    const args = [lit(m.fullName), `() => [\n${rows}]`];
    const options: string[] = [];
    if (plan.required) {
      ctx.runtime.add("$required");
      options.push("required: $required");
    }
    if (plan.oneofs) {
      ctx.runtime.add("$oneofs");
      options.push("oneofs: $oneofs");
    }
    if (plan.extensions.length > 0 || plan.ranges.length > 0 || plan.messageSet) {
      ctx.runtime.add("$extensions");
      const list = plan.extensions.map((e) => {
        const items = [String(e.number), lit(e.name), String(e.repeated)];
        if (e.message !== undefined) items.push(`() => ${ctx.table(e.message as MessageInfo)}`);
        return `[${items.join(", ")}]`;
      });
      const ranges = plan.ranges.map(([a, b]) => `[${a}, ${b}]`).join(", ");
      const set = plan.messageSet ? ", true" : "";
      options.push(
        `extensions: /*@__PURE__*/ $extensions(() => [${list.join(", ")}], [${ranges}]${set})`,
      );
    }
    if (options.length > 0) args.push(`{ ${options.join(", ")} }`);
    const name = typeName(m);
    const schema = schemaName(m);
    const table = typed ? `${schema}: MessageTable<${name}>` : schema;
    const codec = typed ? `${name}: MessageCodec<${name}>` : name;
    return (
      `export const ${table} = /*@__PURE__*/ $table(${args.join(", ")});\n` +
      `export const ${codec} = /*@__PURE__*/ $compact(${schema});`
    );
  });
  const lines: string[] = [];
  if (messages.length > 0) {
    const names = [...ctx.runtime].sort();
    if (typed) names.push("type MessageCodec", "type MessageTable");
    lines.push(importSource(names, runtime));
  }
  lines.push(...imported.statements(types, importPath, schemaName));
  lines.push("");
  if (types !== undefined) lines.push(types.source);
  if (defs.length > 0) lines.push(ROWS_NOTE);
  lines.push(...defs);
  if (typed) return `${lines.join("\n")}\n`;
  lines.push("");
  lines.push(...enumObjects(file));
  return `${lines.join("\n")}\n`;
}
