/**
 * What one generated module imports from the modules of other files: the message types it
 * refers to, each under an alias (`i1_0`: the first type of the first file imported), and the
 * types its TypeScript declarations name. Shared by both optimizations (codecs.ts, compact.ts).
 */

import { importSource } from "../codec/emit/module.js";
import type { FileInfo, MessageInfo } from "../schema/index.js";
import type { FileTypes } from "./types.js";

export class ImportedTypes {
  private readonly byFile = new Map<FileInfo, Map<MessageInfo, string>>();

  /** The local name of message type `m`, of another file. */
  alias(m: MessageInfo): string {
    let names = this.byFile.get(m.file);
    if (names === undefined) {
      names = new Map();
      this.byFile.set(m.file, names);
    }
    let alias = names.get(m);
    if (alias === undefined) {
      alias = `i${this.byFile.size}_${names.size}`;
      names.set(m, alias);
    }
    return alias;
  }

  /**
   * One import statement per other file: the types `types` refers to, and each aliased message
   * type's export, named by `exported` (`Name$fns`, the functions of the default output;
   * `NameSchema`, the table of the compact output).
   */
  statements(
    types: FileTypes | undefined,
    importPath: (other: FileInfo) => string,
    exported: (m: MessageInfo) => string,
  ): string[] {
    const others = new Set([...this.byFile.keys(), ...(types?.imports.keys() ?? [])]);
    return [...others].map((other) => {
      const typeList = [...(types?.imports.get(other) ?? [])].map(([name, alias]) =>
        alias === name ? `type ${name}` : `type ${name} as ${alias}`,
      );
      const valueList = [...(this.byFile.get(other) ?? [])].map(
        ([m, alias]) => `${exported(m)} as ${alias}`,
      );
      return importSource([...typeList, ...valueList], importPath(other));
    });
  }
}
