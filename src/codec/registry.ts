/**
 * Where `Any` values and extensions find their types, for every format above the codec
 * (JSON, text): a loaded schema is a Registry. A message type compiled without its schema
 * uses `fileRegistry(info)`: the types of its file and of every file that file imports.
 */
import type { FieldInfo, MessageInfo } from "../schema/index.js";

export interface Registry {
  findMessage(fullName: string): MessageInfo | undefined;
  findExtension?(fullName: string): FieldInfo | undefined;
}

/**
 * The registry of a message type loaded without its schema: the types of its file and of
 * every file that file imports, transitively.
 */
export function fileRegistry(info: MessageInfo): Registry {
  let messages: Map<string, MessageInfo> | undefined;
  const index = () => {
    if (messages !== undefined) return messages;
    const found = new Map<string, MessageInfo>();
    const seen = new Set<unknown>();
    const visitFile = (file: MessageInfo["file"]) => {
      if (seen.has(file)) return;
      seen.add(file);
      const visit = (m: MessageInfo) => {
        found.set(m.fullName, m);
        m.nestedMessages.forEach(visit);
      };
      file.messages.forEach(visit);
      file.dependencies.forEach(visitFile);
    };
    visitFile(info.file);
    messages = found;
    return found;
  };
  return { findMessage: (name) => index().get(name) };
}
