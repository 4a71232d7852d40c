/**
 * Shared state of one message's emitted source: the messages it calls into (by index into the
 * `L` array the evaluator supplies) and the constants it declares (closed-enum value sets,
 * field-name tables). Numbers from the schema are checked to be integers before they are
 * written into source.
 */
import type { EnumInfo, MessageInfo } from "../info.js";
import { layoutOf } from "../layout.js";
import { lit } from "./safe-source.js";

export class EmitUnit {
  readonly deps: MessageInfo[] = [];
  private readonly depIndex = new Map<MessageInfo, number>();
  private readonly constants: string[] = [];
  private readonly enumSets = new Map<EnumInfo, string>();
  /** Constant names by prefix and source text. */
  private readonly bySource = new Map<string, string>();

  constructor(
    readonly info: MessageInfo,
    /** Whether a message type (transitively) holds required fields. */
    readonly hasRequired: (info: MessageInfo) => boolean,
  ) {}

  /** Source that names the linked codec of `info`: `L[3]`. */
  link(info: MessageInfo): string {
    let i = this.depIndex.get(info);
    if (i === undefined) {
      i = this.deps.length;
      this.deps.push(info);
      this.depIndex.set(info, i);
    }
    return `L[${i}]`;
  }

  /** A `Set` of the known numbers of a closed enum, declared once per unit. */
  enumSet(info: EnumInfo): string {
    let name = this.enumSets.get(info);
    if (name === undefined) {
      name = `E${this.enumSets.size}`;
      const numbers = info.values.map((v) => int(v.number));
      this.constants.push(`const ${name} = new Set([${numbers.join(", ")}]);`);
      this.enumSets.set(info, name);
    }
    return name;
  }

  /**
   * Declares a constant from source text and returns its name; the same text asked for again
   * (by another emitted function of the unit) gets the same constant.
   */
  constant(prefix: string, source: string): string {
    const key = `${prefix} ${source}`;
    let name = this.bySource.get(key);
    if (name === undefined) {
      name = `${prefix}${this.constants.length}`;
      this.constants.push(`const ${name} = ${source};`);
      this.bySource.set(key, name);
    }
    return name;
  }

  /**
   * The property names of the message's fields by number, -1 naming `$unknown`: the table
   * create and encode read for the path of an invalid value.
   */
  propertyNames(): string {
    const fields = layoutOf(this.info).byNumber.map(
      (s) => [s.field.number, s.field.localName] as const,
    );
    return this.constant("P", namesTable([[-1, "$unknown"], ...fields]));
  }

  declarations(): string {
    return this.constants.join("\n");
  }
}

/** An integer from the schema, as source text; anything else is a compiler bug or a bad schema. */
export function int(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`internal: expected an integer, got ${String(n)}`);
  return String(n);
}

/** Field number → field name table for error paths, as a Map literal. */
export function namesTable(entries: readonly (readonly [number, string])[]): string {
  return `new Map([${entries.map(([n, s]) => `[${int(n)}, ${lit(s)}]`).join(", ")}])`;
}
