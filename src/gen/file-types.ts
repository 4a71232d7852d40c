/** The message types and enums one generated module holds: a file's, nested ones included. */
import type { EnumInfo, FileInfo, MessageInfo } from "../schema/index.js";

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
