// Pass 2 of linking a file: resolve type names by protobuf's scoping rules, exactly as
// protoc's DescriptorBuilder::LookupSymbol does, and cross-link fields, extensions and methods.

import { DefaultSymbolVisibility, FieldType, SymbolVisibility } from "../descriptor/shapes.js";
import type { LinkContext } from "./context.js";
import {
  type EnumNode,
  type FieldNode,
  type FileNode,
  isAggregate,
  isType,
  type MessageNode,
  type Sym,
} from "./nodes.js";

// Source path suffixes of FieldDescriptorProto / MethodDescriptorProto members.
const FIELD_EXTENDEE = 2;
const FIELD_NUMBER = 3;
const FIELD_TYPE_NAME = 6;
const METHOD_INPUT = 2;
const METHOD_OUTPUT = 3;

/** Why a lookup failed, for protoc's follow-up explanations. */
export interface LookupMiss {
  /** A symbol exists with this name but its file is not imported. */
  undeclared?: { name: string; file: FileNode };
  /** The first component resolved, but the full name built from it does not exist. */
  unresolved?: string;
}

/** FindSymbol: a name visible from `file` (its own, imported, or publicly re-exported). */
function findVisible(
  ctx: LinkContext,
  name: string,
  miss: LookupMiss,
  visible: ReadonlySet<FileNode>,
): Sym | undefined {
  const sym = ctx.symbols.get(name);
  if (sym === undefined) return undefined;
  if (visible.has(sym.file)) return sym;
  if (sym.kind === "package") {
    // A package may be declared by several files; it is visible if any visible file is in it.
    for (const f of visible) {
      if (f.package === name || f.package.startsWith(`${name}.`)) return sym;
    }
  }
  miss.undeclared = { name, file: sym.file };
  return undefined;
}

/**
 * LookupSymbol: `name` as written, from within the element `relativeTo` (its full name).
 * A leading dot means fully qualified. Otherwise scopes are searched innermost first; for a
 * dotted name only the first component is searched, and the rest must then exist under it.
 */
export function lookupSymbol(
  ctx: LinkContext,
  file: FileNode,
  name: string,
  relativeTo: string,
  typesOnly: boolean,
  miss: LookupMiss,
  visible: ReadonlySet<FileNode> = file.visible,
): Sym | undefined {
  if (name.startsWith(".")) return findVisible(ctx, name.slice(1), miss, visible);
  const dot = name.indexOf(".");
  const first = dot < 0 ? name : name.slice(0, dot);
  let scope = relativeTo;
  for (;;) {
    const cut = scope.lastIndexOf(".");
    if (cut < 0) return findVisible(ctx, name, miss, visible);
    scope = scope.slice(0, cut);
    const candidate = `${scope}.${first}`;
    const sym = findVisible(ctx, candidate, miss, visible);
    if (sym !== undefined) {
      if (first.length < name.length) {
        if (isAggregate(sym)) {
          const full = `${scope}.${name}`;
          const found = findVisible(ctx, full, miss, visible);
          if (found === undefined) miss.unresolved = full;
          return found;
        }
      } else if (!typesOnly || isType(sym)) {
        return sym;
      }
    }
  }
}

/** protoc's AddNotDefinedError. */
export function notDefined(
  ctx: LinkContext,
  file: FileNode,
  path: number[],
  name: string,
  miss: LookupMiss,
): void {
  if (miss.undeclared === undefined && miss.unresolved === undefined) {
    ctx.error(file, path, `"${name}" is not defined.`);
    return;
  }
  if (miss.undeclared !== undefined) {
    ctx.error(
      file,
      path,
      `"${miss.undeclared.name}" seems to be defined in "${miss.undeclared.file.name}", which is not imported by "${file.name}".  To use it here, please add the necessary import.`,
    );
  }
  if (miss.unresolved !== undefined) {
    ctx.error(
      file,
      path,
      `"${name}" is resolved to "${miss.unresolved}", which is not defined. The innermost scope is searched first in name resolution. Consider using a leading '.'(i.e., ".${name}") to start from the outermost scope.`,
    );
  }
}

const VISIBILITY_NAMES: Record<number, string> = {
  1: "EXPORT_ALL",
  2: "EXPORT_TOP_LEVEL",
  3: "LOCAL_ALL",
  4: "STRICT",
};

/**
 * Edition 2024 symbol visibility: a message or enum of another file must be exported, by an
 * `export` keyword or by its file's `default_symbol_visibility` (EXPORT_TOP_LEVEL: top-level
 * types only). Earlier editions resolve to EXPORT_ALL. Returns protoc's error, or undefined.
 */
function visibilityError(
  from: FileNode,
  target: MessageNode | EnumNode,
  usage: string,
): string | undefined {
  if (target.file === from) return undefined;
  const keyword = target.proto.visibility ?? SymbolVisibility.VISIBILITY_UNSET;
  if (keyword === SymbolVisibility.VISIBILITY_EXPORT) return undefined;
  const mode = target.file.features.defaultSymbolVisibility;
  if (keyword === SymbolVisibility.VISIBILITY_UNSET) {
    if (mode === DefaultSymbolVisibility.EXPORT_ALL || mode === 0) return undefined;
    if (mode === DefaultSymbolVisibility.EXPORT_TOP_LEVEL && target.parent === undefined)
      return undefined;
  }
  const reason =
    keyword === SymbolVisibility.VISIBILITY_LOCAL
      ? "It is explicitly marked 'local'"
      : `It defaulted to local from file-level 'option features.default_symbol_visibility = '${VISIBILITY_NAMES[mode] ?? mode}';`;
  return `Symbol "${target.fullName}", defined in "${target.file.name}" ${usage} is not visible from "${from.name}". ${reason} and cannot be accessed outside its own file`;
}

export function resolveFile(ctx: LinkContext, file: FileNode): void {
  const visit = (m: MessageNode): void => {
    for (const f of m.declaredFields) resolveField(ctx, file, f);
    for (const f of m.nestedExtensions) resolveField(ctx, file, f);
    for (const n of m.nestedMessages) visit(n);
  };
  for (const m of file.messages) visit(m);
  for (const f of file.extensions) resolveField(ctx, file, f);
  for (const s of file.services) {
    for (const method of s.methods) {
      const input = resolveMessageRef(ctx, file, method.proto.inputType, method.fullName, [
        ...method.path,
        METHOD_INPUT,
      ]);
      const output = resolveMessageRef(ctx, file, method.proto.outputType, method.fullName, [
        ...method.path,
        METHOD_OUTPUT,
      ]);
      if (input !== undefined) {
        method.input = input;
        method.proto.inputType = `.${input.fullName}`;
      }
      if (output !== undefined) {
        method.output = output;
        method.proto.outputType = `.${output.fullName}`;
      }
    }
  }
}

function resolveMessageRef(
  ctx: LinkContext,
  file: FileNode,
  name: string | undefined,
  relativeTo: string,
  path: number[],
  usage = "",
): MessageNode | undefined {
  const miss: LookupMiss = {};
  const sym = lookupSymbol(ctx, file, name ?? "", relativeTo, false, miss);
  if (sym === undefined) {
    notDefined(ctx, file, path, name ?? "", miss);
    return undefined;
  }
  if (sym.kind !== "message") {
    ctx.error(file, path, `"${name}" is not a message type.`);
    return undefined;
  }
  const hidden = visibilityError(file, sym.node, usage);
  if (hidden !== undefined) {
    ctx.error(file, path, hidden);
    return undefined;
  }
  return sym.node;
}

/** For the `value` field of a synthesized map entry: where `V` is written in `map<K, V>`. */
function mapValuePosition(
  ctx: LinkContext,
  file: FileNode,
  field: FieldNode,
): { line: number; column: number } | undefined {
  const entry = field.parent;
  if (entry === undefined || entry.proto.options?.mapEntry !== true || field.number !== 2)
    return undefined;
  const owner = entry.parent;
  if (owner === undefined) return undefined;
  const mapField = owner.declaredFields.find(
    (f) => f.proto.typeName === entry.name || f.proto.typeName === `.${entry.fullName}`,
  );
  return mapField === undefined
    ? undefined
    : ctx.mapValuePosition(file, [...mapField.path, FIELD_TYPE_NAME]);
}

function resolveField(ctx: LinkContext, file: FileNode, field: FieldNode): void {
  const proto = field.proto;
  // Only a decoded descriptor set can carry these; the parser never produces them.
  if (proto.type !== undefined && !(proto.type >= 1 && proto.type <= 18)) {
    ctx.error(file, field.path, `Field "${field.fullName}" has an invalid type (${proto.type}).`);
    return;
  }
  if (proto.label !== undefined && !(proto.label >= 1 && proto.label <= 3)) {
    ctx.error(file, field.path, `Field "${field.fullName}" has an invalid label (${proto.label}).`);
    return;
  }
  if (field.isExtension) {
    if (proto.extendee === undefined) {
      ctx.error(file, field.path, "FieldDescriptorProto.extendee not set for extension field.");
    } else {
      const path = [...field.path, FIELD_EXTENDEE];
      const target = resolveMessageRef(
        ctx,
        file,
        proto.extendee,
        field.fullName,
        path,
        "target of extend",
      );
      if (target !== undefined) {
        field.extendee = target;
        proto.extendee = `.${target.fullName}`;
        const n = field.number;
        if (!target.hasExtensionNumber(n)) {
          ctx.error(
            file,
            [...field.path, FIELD_NUMBER],
            `"${target.fullName}" does not declare ${n} as an extension number.`,
          );
        } else {
          const clash = target.extensionByNumber.get(n);
          if (clash !== undefined && clash.file === file) {
            ctx.error(
              file,
              [...field.path, FIELD_NUMBER],
              `Extension number ${n} has already been used in "${target.fullName}" by extension "${clash.fullName}".`,
            );
          } else if (clash === undefined) {
            target.knownExtensions.push(field);
            target.extensionByNumber.set(n, field);
          }
        }
      }
    }
  }
  if (proto.typeName !== undefined) {
    const path = [...field.path, FIELD_TYPE_NAME];
    const miss: LookupMiss = {};
    const sym = lookupSymbol(ctx, file, proto.typeName, field.fullName, true, miss);
    if (sym === undefined) {
      const mapPos = mapValuePosition(ctx, file, field);
      if (mapPos !== undefined && miss.undeclared === undefined && miss.unresolved === undefined) {
        ctx.errorAtPosition(
          file,
          mapPos.line,
          mapPos.column,
          `"${proto.typeName}" is not defined.`,
        );
      } else {
        notDefined(ctx, file, path, proto.typeName, miss);
      }
      return;
    }
    if (sym.kind === "message" || sym.kind === "enum") {
      const hidden = visibilityError(file, sym.node, "");
      if (hidden !== undefined) {
        ctx.error(file, [path, [...field.path, 5]], hidden);
        return;
      }
    }
    if (proto.type === undefined) {
      if (sym.kind === "message") proto.type = FieldType.TYPE_MESSAGE;
      else if (sym.kind === "enum") proto.type = FieldType.TYPE_ENUM;
      else {
        ctx.error(file, path, `"${proto.typeName}" is not a type.`);
        return;
      }
    }
    const t = proto.type;
    if (t === FieldType.TYPE_MESSAGE || t === FieldType.TYPE_GROUP) {
      if (sym.kind !== "message") {
        ctx.error(file, path, `"${proto.typeName}" is not a message type.`);
        return;
      }
      field.message = sym.node;
      proto.typeName = `.${sym.node.fullName}`;
      if (proto.defaultValue !== undefined) {
        ctx.error(file, [...field.path, 7], "Messages can't have default values.");
      }
    } else if (t === FieldType.TYPE_ENUM) {
      if (sym.kind !== "enum") {
        ctx.error(file, path, `"${proto.typeName}" is not an enum type.`);
        return;
      }
      field.enum = sym.node;
      proto.typeName = `.${sym.node.fullName}`;
    } else {
      ctx.error(file, path, "Field with primitive type has type_name.");
    }
  } else if (
    proto.type === FieldType.TYPE_MESSAGE ||
    proto.type === FieldType.TYPE_GROUP ||
    proto.type === FieldType.TYPE_ENUM
  ) {
    ctx.error(file, field.path, "Field with message or enum type missing type_name.");
  }
  if (proto.type !== undefined) field.type = proto.type;
}
