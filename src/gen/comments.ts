/**
 * The comments of a `.proto` file by what they describe, from its source code info (present when
 * the file was parsed from source): message, field, enum and value paths as descriptor.proto
 * numbers them (FileDescriptorProto.message_type = 4, DescriptorProto.field = 2, ...).
 */
import type { FileInfo } from "../schema/index.js";

export class Comments {
  private readonly byPath = new Map<string, string>();

  constructor(file: FileInfo) {
    for (const loc of file.proto.sourceCodeInfo?.location ?? []) {
      const text = loc.leadingComments ?? loc.trailingComments;
      if (text !== undefined && text.trim() !== "") byPathSet(this.byPath, loc.path ?? [], text);
    }
  }

  /** A doc comment (`/** ... *\/`) for the element at `path`, indented, or "" when none. */
  doc(path: readonly number[], indent = ""): string {
    const text = this.byPath.get(path.join(","));
    if (text === undefined) return "";
    const lines = text
      .replace(/\*\//g, "*\\/")
      .replace(/\s+$/, "")
      .split("\n")
      .map((l) => l.replace(/^ /, ""));
    if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
    const body = lines.map((l) => `${indent} *${l === "" ? "" : ` ${l}`}`);
    return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
  }
}

function byPathSet(map: Map<string, string>, path: readonly number[], text: string): void {
  const key = path.join(",");
  if (!map.has(key)) map.set(key, text);
}
