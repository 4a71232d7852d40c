// Pass 1 of linking a file: create the nodes of every element and enter their names in the
// symbol table, reporting duplicates with protoc's wording (DescriptorBuilder::AddSymbol).

import type {
  DescriptorProto,
  EnumDescriptorProto,
  FieldDescriptorProto,
  ServiceDescriptorProto,
} from "../descriptor/shapes.js";
import { FieldLabel } from "../descriptor/shapes.js";
import type { LinkContext } from "./context.js";
import {
  EnumNode,
  EnumValueNode,
  FieldNode,
  type FileNode,
  MessageNode,
  MethodNode,
  OneofNode,
  ServiceNode,
  type Sym,
} from "./nodes.js";

// Field numbers of FileDescriptorProto / DescriptorProto / ... used in source paths.
const FILE_MESSAGE = 4;
const FILE_ENUM = 5;
const FILE_SERVICE = 6;
const FILE_EXTENSION = 7;
const MSG_FIELD = 2;
const MSG_NESTED = 3;
const MSG_ENUM = 4;
const MSG_EXTENSION = 6;
const MSG_ONEOF = 8;
const ENUM_VALUE = 2;
const SERVICE_METHOD = 2;
const NAME = 1;

export function buildFile(ctx: LinkContext, file: FileNode): void {
  addPackage(ctx, file);
  const scope = file.package;
  file.proto.messageType.forEach((m, i) => {
    file.messages.push(buildMessage(ctx, file, undefined, scope, m, [FILE_MESSAGE, i]));
  });
  file.proto.enumType.forEach((e, i) => {
    file.enums.push(buildEnum(ctx, file, undefined, scope, e, [FILE_ENUM, i]));
  });
  file.proto.service.forEach((s, i) => {
    file.services.push(buildService(ctx, file, scope, s, [FILE_SERVICE, i]));
  });
  file.proto.extension.forEach((f, i) => {
    file.extensions.push(buildField(ctx, file, undefined, scope, f, [FILE_EXTENSION, i], true));
  });
}

function join(scope: string, name: string): string {
  return scope === "" ? name : `${scope}.${name}`;
}

function addPackage(ctx: LinkContext, file: FileNode): void {
  if (file.package === "") return;
  const parts = file.package.split(".");
  let name = "";
  for (const part of parts) {
    if (!validateSymbolName(ctx, file, part, [2])) return;
    name = join(name, part);
    const existing = ctx.symbols.get(name);
    if (existing === undefined) {
      ctx.symbols.set(name, { kind: "package", file });
    } else if (existing.kind !== "package") {
      ctx.error(
        file,
        [2],
        `"${name}" is already defined (as something other than a package) in file "${existing.file.name}".`,
      );
      return;
    }
  }
}

/**
 * protoc's ValidateSymbolName (descriptor.cc): a name is one or more of [A-Za-z0-9_]. The parser
 * only produces such names, but a descriptor set can carry any string: a field called
 * `$unknown` or `a.b`, or a message called `a"b`, would otherwise reach the symbol table and the
 * codec (where `$unknown` is the unknown-fields property of every message).
 */
function validateSymbolName(
  ctx: LinkContext,
  file: FileNode,
  name: string,
  path: readonly number[],
): boolean {
  if (name === "") {
    ctx.error(file, path, "Missing name.");
    return false;
  }
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    ctx.error(file, path, `${JSON.stringify(name)} is not a valid identifier.`);
    return false;
  }
  return true;
}

/**
 * Enters `sym` as `fullName`; on conflict reports protoc's message at `path` (+ name) and
 * returns false. A name that is not an identifier is reported instead and never entered
 * (undefined), so a descriptor set cannot define `a.b` inside `M` as a message `M.a` would.
 */
function addSymbol(
  ctx: LinkContext,
  file: FileNode,
  fullName: string,
  sym: Exclude<Sym, { kind: "package" }>,
  path: number[],
): boolean | undefined {
  if (!validateSymbolName(ctx, file, sym.node.name, [...path, NAME])) return undefined;
  const existing = ctx.symbols.get(fullName);
  if (existing === undefined) {
    ctx.symbols.set(fullName, sym);
    return true;
  }
  const at = [...path, NAME];
  if (existing.file === file) {
    const dot = fullName.lastIndexOf(".");
    if (dot < 0) ctx.error(file, at, `"${fullName}" is already defined.`);
    else {
      ctx.error(
        file,
        at,
        `"${fullName.slice(dot + 1)}" is already defined in "${fullName.slice(0, dot)}".`,
      );
    }
  } else {
    ctx.error(file, at, `"${fullName}" is already defined in file "${existing.file.name}".`);
  }
  return false;
}

function buildMessage(
  ctx: LinkContext,
  file: FileNode,
  parent: MessageNode | undefined,
  scope: string,
  proto: DescriptorProto,
  path: number[],
): MessageNode {
  const name = proto.name ?? "";
  const fullName = join(scope, name);
  const node = new MessageNode(fullName, name, file, parent, proto, path);
  addSymbol(ctx, file, fullName, { kind: "message", file, node }, path);
  node.isMapEntry = proto.options?.mapEntry === true;
  node.isMessageSet = proto.options?.messageSetWireFormat === true;
  proto.oneofDecl.forEach((o, i) => {
    const oname = o.name ?? "";
    const opath = [...path, MSG_ONEOF, i];
    const oneof = new OneofNode(join(fullName, oname), oname, node, o, opath);
    addSymbol(ctx, file, oneof.fullName, { kind: "oneof", file, node: oneof }, opath);
    node.oneofs.push(oneof);
  });
  proto.field.forEach((f, i) => {
    const field = buildField(ctx, file, node, fullName, f, [...path, MSG_FIELD, i], false);
    node.declaredFields.push(field);
    const idx = f.oneofIndex;
    if (idx !== undefined) {
      const oneof = node.oneofs[idx];
      if (oneof === undefined) {
        ctx.error(
          file,
          [...path, MSG_FIELD, i],
          `FieldDescriptorProto.oneof_index ${idx} is out of range for type "${name}".`,
        );
      } else {
        field.oneof = oneof;
        oneof.fields.push(field);
      }
    }
  });
  node.fields = [...node.declaredFields].sort((a, b) => a.number - b.number);
  proto.nestedType.forEach((m, i) => {
    node.nestedMessages.push(buildMessage(ctx, file, node, fullName, m, [...path, MSG_NESTED, i]));
  });
  proto.enumType.forEach((e, i) => {
    node.nestedEnums.push(buildEnum(ctx, file, node, fullName, e, [...path, MSG_ENUM, i]));
  });
  proto.extension.forEach((f, i) => {
    node.nestedExtensions.push(
      buildField(ctx, file, node, fullName, f, [...path, MSG_EXTENSION, i], true),
    );
  });
  node.extensionRanges = proto.extensionRange.map((r) => [r.start ?? 0, r.end ?? 0]);
  for (const oneof of node.oneofs) {
    const only = oneof.fields[0];
    oneof.synthetic = oneof.fields.length === 1 && only?.proto.proto3Optional === true;
  }
  return node;
}

function buildField(
  ctx: LinkContext,
  file: FileNode,
  parent: MessageNode | undefined,
  scope: string,
  proto: FieldDescriptorProto,
  path: number[],
  isExtension: boolean,
): FieldNode {
  const name = proto.name ?? "";
  const fullName = join(scope, name);
  const node = new FieldNode(fullName, name, file, parent, proto, path, isExtension);
  addSymbol(ctx, file, fullName, { kind: "field", file, node }, path);
  node.repeated = proto.label === FieldLabel.LABEL_REPEATED;
  return node;
}

function buildEnum(
  ctx: LinkContext,
  file: FileNode,
  parent: MessageNode | undefined,
  scope: string,
  proto: EnumDescriptorProto,
  path: number[],
): EnumNode {
  const name = proto.name ?? "";
  const fullName = join(scope, name);
  const node = new EnumNode(fullName, name, file, parent, proto, path);
  addSymbol(ctx, file, fullName, { kind: "enum", file, node }, path);
  if (proto.value.length === 0)
    ctx.error(file, [...path, NAME], "Enums must contain at least one value.");
  const inner = new Set<string>();
  proto.value.forEach((v, i) => {
    const vname = v.name ?? "";
    const vpath = [...path, ENUM_VALUE, i];
    // Enum values are siblings of their enum, not children (C++ scoping).
    const value = new EnumValueNode(join(scope, vname), vname, node, v, vpath);
    node.values.push(value);
    const addedOuter = addSymbol(
      ctx,
      file,
      value.fullName,
      { kind: "enumValue", file, node: value },
      vpath,
    );
    const addedInner = !inner.has(vname);
    inner.add(vname);
    if (addedInner && addedOuter === false) {
      const outer = scope === "" ? "the global scope" : `"${scope}"`;
      ctx.error(
        file,
        [...vpath, NAME],
        `Note that enum values use C++ scoping rules, meaning that enum values are siblings of their type, not children of it.  Therefore, "${vname}" must be unique within ${outer}, not just within "${name}".`,
      );
    }
  });
  return node;
}

function buildService(
  ctx: LinkContext,
  file: FileNode,
  scope: string,
  proto: ServiceDescriptorProto,
  path: number[],
): ServiceNode {
  const name = proto.name ?? "";
  const fullName = join(scope, name);
  const node = new ServiceNode(fullName, name, file, proto, path);
  addSymbol(ctx, file, fullName, { kind: "service", file, node }, path);
  proto.method.forEach((m, i) => {
    const mname = m.name ?? "";
    const mpath = [...path, SERVICE_METHOD, i];
    const method = new MethodNode(join(fullName, mname), mname, node, m, mpath);
    addSymbol(ctx, file, method.fullName, { kind: "method", file, node: method }, mpath);
    node.methods.push(method);
  });
  return node;
}
