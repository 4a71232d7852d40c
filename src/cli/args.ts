// The command-line parser: long options (`--name value`, `--name=value`), short ones (`-I DIR`,
// `-IDIR`), flags, `--` (everything after is positional) and `-` (stdin/stdout, a positional).
// Unknown options and missing values are usage errors (exit 2).

import { UsageError } from "./errors.js";

/** One option: its spellings (`-I`, `--proto_path`), whether it takes a value, its key. */
export interface OptionSpec {
  names: readonly string[];
  key: string;
  value: boolean;
}

export interface ParsedArgs {
  /** Values of value options, in order given (repeatable options keep every one). */
  values: Map<string, string[]>;
  /** Flags given. */
  flags: Set<string>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const byName = new Map<string, OptionSpec>();
  for (const spec of specs) for (const name of spec.names) byName.set(name, spec);
  const out: ParsedArgs = { values: new Map(), flags: new Set(), positionals: [] };
  const put = (spec: OptionSpec, value: string): void => {
    const list = out.values.get(spec.key) ?? [];
    list.push(value);
    out.values.set(spec.key, list);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      out.positionals.push(arg);
      continue;
    }
    let name = arg;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      if (eq !== -1) {
        name = arg.slice(0, eq);
        inline = arg.slice(eq + 1);
      }
    } else if (arg.length > 2) {
      name = arg.slice(0, 2);
      inline = arg.slice(2);
    }
    const spec = byName.get(name);
    if (spec === undefined) throw new UsageError(`unknown option ${name}`);
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(`option ${name} takes no value`);
      out.flags.add(spec.key);
      continue;
    }
    if (inline === undefined) {
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`option ${name} needs a value`);
      inline = next;
      i++;
    }
    put(spec, inline);
  }
  return out;
}

/** The last value of option `key` (a later one overrides), or undefined. */
export function lastValue(args: ParsedArgs, key: string): string | undefined {
  return args.values.get(key)?.at(-1);
}

/** Every value of option `key`. */
export function allValues(args: ParsedArgs, key: string): string[] {
  return args.values.get(key) ?? [];
}
