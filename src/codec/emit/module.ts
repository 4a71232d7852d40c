/**
 * The pieces of an ES module that holds message types' codecs without `new Function` (what
 * src/gen writes per `.proto` file): the emitter's source of each type (message.ts) as a
 * function declaration instead of a string to evaluate, its definition for linking on first
 * use (codec/link.ts), the runtime helpers it imports, and its MessageCodec with getField's
 * defaults.
 *
 * Schema strings reach the source only as JSON literals (type names, property names) or
 * through the emitter's own safe-source rules; the default values as literals written here.
 */
import { ProtowireError } from "../../wire/errors.js";
import { defaultOf, fieldsByProperty } from "../defaults.js";
import type { MessageInfo } from "../info.js";
import { hasRequired } from "../required.js";
import { runtime } from "../runtime.js";
import { lit } from "./safe-source.js";

/** `import { a, b } from "module";`, one name a line when that is long. */
export function importSource(names: readonly string[], module: string): string {
  return listSource("import {", names, `} from ${lit(module)};`);
}

/** `open a, b close` on one line, or one item a line (indented) when it would be long. */
function listSource(open: string, items: readonly string[], close: string): string {
  const line = open === "[" ? `[${items.join(", ")}]` : `${open} ${items.join(", ")} ${close}`;
  if (line.length <= 100) return line;
  return `${open}\n${items.map((i) => `  ${i},`).join("\n")}\n${close}`;
}

/** A type's emitted body as the function declaration `name(rt, L)`, under its full name. */
export function functionsSource(info: MessageInfo, name: string, body: string): string[] {
  return [`// ${lit(info.fullName)}`, `function ${name}(rt, L) {`, body, "}", ""];
}

/**
 * `const fns = defineFunctions((L) => make(rt, L), () => [deps])`: a pure definition, linked
 * on its codec's first call (codec/link.ts), so that a bundler can drop what a program never
 * reaches. `rt` is the type's own helpers object (helpersSource).
 */
export function definition(
  fns: string,
  make: string,
  deps: readonly string[],
  /** The constant's declared type, in TypeScript. */
  type?: string,
): string {
  const name = type === undefined ? fns : `${fns}: ${type}`;
  return `const ${name} = /*@__PURE__*/ defineFunctions((L) => ${make}(${helpersName(make)}, L), () => [${deps.join(", ")}]);`;
}

/** The name of the helpers object of the type whose functions `make` makes: `m0$rt`. */
function helpersName(make: string): string {
  return `${make}$rt`;
}

/**
 * The runtime helpers `bodies` call (`rt.utf8` ...): the names to import from the runtime
 * entry (`$utf8` ...), and for each body (made by the function `makes[i]`) the declaration of
 * its own helpers object, `const m0$rt = { utf8: $utf8, ... };`, passed as `rt` when the type
 * is linked (definition). Per type, not one object for the module: a bundle keeps only the
 * helpers of the types a program reaches (an unused declaration of a plain object is dropped
 * with the type).
 */
export function helpersSource(
  bodies: readonly string[],
  makes: readonly string[],
): { imports: string[]; rt: string[] } {
  const all = new Set<string>();
  const rt = bodies.map((body, i) => {
    const used = new Set<string>();
    for (const m of body.matchAll(/\brt\.([A-Za-z_$][\w$]*)/g)) used.add(m[1]!);
    const helpers = [...used].sort();
    for (const name of helpers) {
      if (!Object.hasOwn(runtime, name)) throw new Error(`internal: no runtime helper rt.${name}`);
      all.add(name);
    }
    const items = helpers.map((n) => `${n}: $${n}`);
    return items.length === 0
      ? `const ${helpersName(makes[i]!)} = {};`
      : listSource(`const ${helpersName(makes[i]!)} = {`, items, "};");
  });
  return { imports: [...all].sort().map((n) => `$${n}`), rt };
}

/** `createCodec(fns, codecFacts(...))` of `info`: its name, required fields, getField's defaults. */
export function codecSource(info: MessageInfo, fns: string, typed = false): string {
  // Every call pure-marked, arguments too: a bundler keeps a call whose argument may act.
  const table = defaultsTable(info);
  const map = typed ? "new Map<string, unknown>" : "new Map";
  const args = [
    lit(info.fullName),
    String(hasRequired(info)),
    `/*@__PURE__*/ ${map}(${listSource("[", table.values, "]")})`,
  ];
  if (table.invalid !== undefined) {
    args.push(`/*@__PURE__*/ new Map(${listSource("[", table.invalid, "]")})`);
  }
  const facts = `/*@__PURE__*/ codecFacts(${args.join(", ")})`;
  return `/*@__PURE__*/ createCodec(${fns}, ${facts.replace(/\n/g, "\n  ")})`;
}

/** getField's defaults (defaults.ts): `[property, default]` entries, and invalid ones. */
function defaultsTable(info: MessageInfo): { values: string[]; invalid: string[] | undefined } {
  const entries: string[] = [];
  const invalid: string[] = [];
  for (const [prop, field] of fieldsByProperty(info)) {
    let value: unknown;
    try {
      value = defaultOf(field);
    } catch (e) {
      // A default the field's form cannot hold: getField throws, in generated code too.
      if (!(e instanceof ProtowireError) || e.code !== "INVALID_VALUE") throw e;
      invalid.push(`[${lit(prop)}, ${lit(e.message)}]`);
    }
    entries.push(`[${lit(prop)}, ${valueLiteral(value)}]`);
  }
  return { values: entries, invalid: invalid.length === 0 ? undefined : invalid };
}

/** A default value as source: numbers (-0, NaN, infinities too), bigints, strings, bytes. */
export function valueLiteral(v: unknown): string {
  switch (typeof v) {
    case "undefined":
      return "undefined";
    case "boolean":
      return String(v);
    case "string":
      return lit(v);
    case "bigint":
      return `${v}n`;
    case "number":
      if (Object.is(v, -0)) return "-0";
      if (Number.isNaN(v)) return "NaN";
      if (!Number.isFinite(v)) return v > 0 ? "Infinity" : "-Infinity";
      return String(v);
    default:
      // Marked pure: a constructor call left in a module's top level (a default in the facts
      // of a generated type) would keep the whole type in every bundle, reached or not.
      if (v instanceof Uint8Array) {
        return `/*@__PURE__*/ new Uint8Array([${Array.from(v).join(", ")}])`;
      }
      throw new Error(`internal: no literal for a default of type ${typeof v}`);
  }
}
