// STRICT `default_symbol_visibility` (edition 2026's default; settable from 2024): a nested
// message or enum cannot be `export`ed. The one exception is an enum namespaced in a message:
// `local message Outer { export enum E {...} reserved 1 to max; }` (a top-level message, local
// by keyword or by the file's default, whose only reserved range is 1 to max). protoc 36.2's
// SymbolChecker: its messages, nested messages first (in declaration order, outer before
// inner), then nested enums.

import { DefaultSymbolVisibility, SymbolVisibility } from "../descriptor/shapes.js";
import type { EnumNode, FileNode, MessageNode } from "./nodes.js";

const NAME = 1;
/** One past the largest field number: the end of `reserved 1 to max`. */
const MAX_RANGE_END = 536_870_912;

type Report = (path: number[], message: string) => void;

function defaultsToLocal(file: FileNode): boolean {
  const mode = file.features.defaultSymbolVisibility;
  return mode === DefaultSymbolVisibility.STRICT || mode === DefaultSymbolVisibility.LOCAL_ALL;
}

/** Whether `m` only namespaces enums: top-level, local, and `reserved 1 to max` alone. */
function isEnumNamespace(m: MessageNode): boolean {
  if (m.parent !== undefined) return false;
  const keyword = m.proto.visibility ?? SymbolVisibility.VISIBILITY_UNSET;
  const local =
    keyword === SymbolVisibility.VISIBILITY_LOCAL ||
    (keyword === SymbolVisibility.VISIBILITY_UNSET && defaultsToLocal(m.file));
  const ranges = m.proto.reservedRange;
  return local && ranges.length === 1 && ranges[0]!.start === 1 && ranges[0]!.end === MAX_RANGE_END;
}

function isNamespacedEnum(e: EnumNode): boolean {
  if (e.parent === undefined) return false;
  const exported =
    !defaultsToLocal(e.file) || e.proto.visibility === SymbolVisibility.VISIBILITY_EXPORT;
  return exported && isEnumNamespace(e.parent);
}

export function checkSymbolVisibility(file: FileNode, report: Report): void {
  if (file.features.defaultSymbolVisibility !== DefaultSymbolVisibility.STRICT) return;
  const exported = (proto: { visibility?: number }) =>
    proto.visibility === SymbolVisibility.VISIBILITY_EXPORT;
  const messages: MessageNode[] = [];
  const enums: EnumNode[] = [];
  const visit = (m: MessageNode) => {
    if (m.parent !== undefined) messages.push(m);
    for (const e of m.nestedEnums) if (!isNamespacedEnum(e)) enums.push(e);
    for (const n of m.nestedMessages) visit(n);
  };
  for (const m of file.messages) visit(m);
  for (const m of messages) {
    if (!exported(m.proto)) continue;
    report(
      [...m.path, NAME],
      `"${m.fullName}" is a nested message and cannot be \`export\` with STRICT default_symbol_visibility. It must be moved to top-level, ideally in its own file in order to be \`export\`.`,
    );
  }
  for (const e of enums) {
    if (!exported(e.proto)) continue;
    report(
      [...e.path, NAME],
      `"${e.fullName}" is a nested enum and cannot be marked \`export\` with STRICT default_symbol_visibility. It must be moved to top-level, ideally in its own file in order to be \`export\`. For C++ namespacing of enums in a messages use: \`local message <OuterNamespace> { export enum ${e.fullName} {...} reserved 1 to max; }\``,
    );
  }
}
