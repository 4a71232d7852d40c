// The linker: parsed (or decoded) FileDescriptorProtos in, what protoc's DescriptorBuilder
// produces out: names resolved, types set, json_name filled, options interpreted, features
// resolved, everything validated. Files are linked in dependency order; a file whose imports
// failed is not linked (its import error is reported instead), as protoc does. Option
// interpretation is given by the caller (linker.ts's linkFiles gives it), so that a load of
// descriptor sets alone, whose options are interpreted already, bundles none of it.

import { ProtowireError } from "../../wire/errors.js";
import { Edition, type FileDescriptorProto } from "../descriptor/shapes.js";
import type { Diagnostic } from "../errors.js";
import { buildFile } from "./build.js";
import { LinkContext } from "./context.js";
import { finishFields, resolveFeatures } from "./finish.js";
import { FileNode, type Sym } from "./nodes.js";
import { resolveFile } from "./resolve.js";
import { hasUninterpretedOption } from "./uninterpreted.js";
import { validateFile } from "./validate.js";

/** Option interpretation of one file (options/interpret.ts's OptionInterpreter). */
export interface OptionsPass {
  /** Standard options first (features known before custom values are encoded), then custom. */
  run(pass: "standard" | "custom"): void;
  /** Source locations of interpreted options moved to the fields they set, as protoc does. */
  updateSourceCodeInfo(): void;
}

/** Makes the OptionsPass of a file (linker.ts's linkFiles passes OptionInterpreter's). */
export type InterpretOptions = (
  ctx: LinkContext,
  file: FileNode,
  bundled: () => ReadonlyMap<string, Sym>,
) => OptionsPass;

export interface LinkOptions {
  /** Source text by file name, for error positions inside `map<K, V>` type expressions. */
  sources?: ReadonlyMap<string, string>;
  /**
   * Symbols of the bundled google/protobuf/descriptor.proto, used to interpret standard
   * options when the files being linked do not include descriptor.proto themselves.
   */
  bundledDescriptor?: () => ReadonlyMap<string, Sym>;
  /**
   * Files that are protoc's own output, already checked (the bundled descriptor.proto, kept
   * identical to protoc 36.2's by test/schema/descriptor-wkt.test.ts): their validation rules
   * are skipped, a fifth of the cost of linking descriptor.proto in a fresh process (issue 15).
   */
  preValidated?: ReadonlySet<FileDescriptorProto>;
  /**
   * Interprets each file's options. Without it, options stay as the descriptors hold them (a
   * descriptor set's: interpreted and canonical already), and a file that holds an
   * uninterpreted option is an error.
   */
  interpretOptions?: InterpretOptions;
}

export interface LinkResult {
  /** Linked files, dependencies first (only those that linked without errors). */
  files: FileNode[];
  diagnostics: Diagnostic[];
  symbols: ReadonlyMap<string, Sym>;
}

const FILE_DEPENDENCY = 3;
const FILE_OPTION_DEPENDENCY = 15;
const UNINTERPRETED =
  "The file holds uninterpreted options, and this load does not interpret options: load it with loadSchemaSync({ descriptorSet }).";

/**
 * Links `protos` (mutated in place: they become the linked descriptors). `roots` are linked
 * with their imports, depth first, in protoc's order; every proto must be in `protos`.
 */
export function linkCore(
  protos: readonly FileDescriptorProto[],
  roots: readonly string[],
  options: LinkOptions = {},
): LinkResult {
  const ctx = new LinkContext();
  if (options.sources !== undefined) ctx.sources = options.sources;
  const byName = new Map<string, FileDescriptorProto>();
  for (const p of protos) if (p.name !== undefined && !byName.has(p.name)) byName.set(p.name, p);
  const linked = new Map<string, FileNode>();
  const pending: string[] = [];
  const out: FileNode[] = [];
  const noBundled = (): ReadonlyMap<string, Sym> => new Map();
  const bundled = options.bundledDescriptor ?? noBundled;
  const interpret = options.interpretOptions;

  // Iterative depth-first walk so a 10,000-file import chain cannot overflow the stack.
  const visit = (root: string): void => {
    if (linked.has(root) || ctx.failed.has(root)) return;
    type Frame = { name: string; proto: FileDescriptorProto; next: number };
    const stack: Frame[] = [];
    const push = (name: string): boolean => {
      const proto = byName.get(name);
      if (proto === undefined) return false;
      stack.push({ name, proto, next: 0 });
      pending.push(name);
      return true;
    };
    if (!push(root)) return;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const deps = allDeps(top.proto);
      if (top.next < deps.length) {
        const dep = deps[top.next++]!;
        if (linked.has(dep) || ctx.failed.has(dep)) continue;
        const cycleAt = pending.indexOf(dep);
        if (cycleAt >= 0) {
          reportCycle(ctx, byName, pending, cycleAt, dep);
          continue;
        }
        push(dep);
        continue;
      }
      stack.pop();
      pending.pop();
      const validate = options.preValidated?.has(top.proto) !== true;
      const node = linkOneSafely(ctx, top.proto, linked, bundled, validate, interpret);
      if (node !== undefined) {
        linked.set(top.name, node);
        out.push(node);
      } else {
        ctx.failed.add(top.name);
      }
    }
  };
  for (const r of roots) visit(r);
  return { files: out, diagnostics: ctx.diagnostics, symbols: ctx.symbols };
}

/** Imports, then `import option` files: both must link first. */
function allDeps(p: FileDescriptorProto): string[] {
  return p.optionDependency.length === 0 ? p.dependency : [...p.dependency, ...p.optionDependency];
}

function reportCycle(
  ctx: LinkContext,
  byName: Map<string, FileDescriptorProto>,
  pending: string[],
  from: number,
  again: string,
): void {
  const chain = [...pending.slice(from), again].join(" -> ");
  const proto = byName.get(again)!;
  const next = pending[from + 1] ?? again;
  const file = new FileNode(again, proto);
  const index = proto.dependency.indexOf(next);
  ctx.error(
    file,
    [FILE_DEPENDENCY, Math.max(index, 0)],
    `File recursively imports itself: ${chain}`,
  );
  ctx.failed.add(again);
}

/**
 * linkOne, with bytes that cannot be decoded or encoded (options of a hostile descriptor set)
 * reported as a diagnostic of the file instead of escaping as a wire error.
 */
function linkOneSafely(
  ctx: LinkContext,
  proto: FileDescriptorProto,
  linked: Map<string, FileNode>,
  bundled: () => ReadonlyMap<string, Sym>,
  validate: boolean,
  interpret: InterpretOptions | undefined,
): FileNode | undefined {
  try {
    return linkOne(ctx, proto, linked, bundled, validate, interpret);
  } catch (e) {
    if (!(e instanceof ProtowireError)) throw e;
    ctx.diagnostics.push({ file: proto.name ?? "", line: 0, column: 0, message: e.message });
    return undefined;
  }
}

function linkOne(
  ctx: LinkContext,
  proto: FileDescriptorProto,
  linked: Map<string, FileNode>,
  bundled: () => ReadonlyMap<string, Sym>,
  validate: boolean,
  interpret: InterpretOptions | undefined,
): FileNode | undefined {
  const file = new FileNode(proto.name ?? "", proto);
  const before = ctx.diagnostics.length;

  // Imports: all present and linked, none twice.
  const seen = new Set<string>();
  proto.dependency.forEach((dep, i) => {
    if (seen.has(dep)) ctx.error(file, [FILE_DEPENDENCY, i], `Import "${dep}" was listed twice.`);
    seen.add(dep);
    const d = linked.get(dep);
    if (d === undefined) {
      ctx.error(file, [FILE_DEPENDENCY, i], `Import "${dep}" was not found or had errors.`);
    } else if (!file.dependencies.includes(d)) {
      file.dependencies.push(d);
    }
  });
  const optionDeps: FileNode[] = [];
  proto.optionDependency.forEach((dep, i) => {
    const d = linked.get(dep);
    if (d === undefined) {
      ctx.error(file, [FILE_OPTION_DEPENDENCY, i], `Import "${dep}" was not found or had errors.`);
    } else {
      optionDeps.push(d);
      file.optionDependencies.push(d);
    }
  });
  if (ctx.diagnostics.length > before) return undefined;

  // Visibility: own file, direct imports, and what those re-export with `import public`.
  file.visible.add(file);
  // Iterative: an `import public` chain can be thousands of files long.
  const work: FileNode[] = [...file.dependencies];
  for (const d of file.dependencies) file.visible.add(d);
  while (work.length > 0) {
    const f = work.pop()!;
    for (const i of f.proto.publicDependency) {
      const name = f.proto.dependency[i];
      const d = name === undefined ? undefined : linked.get(name);
      if (d !== undefined && !file.visible.has(d)) {
        file.visible.add(d);
        work.push(d);
      }
    }
  }

  file.optionVisible = new Set(file.visible);
  for (const d of optionDeps) {
    file.optionVisible.add(d);
    for (const i of d.proto.publicDependency) {
      const pd = linked.get(d.proto.dependency[i] ?? "");
      if (pd !== undefined) file.optionVisible.add(pd);
    }
  }

  if (proto.syntax === "proto3") {
    file.syntax = "proto3";
    file.edition = Edition.EDITION_PROTO3;
  } else if (proto.syntax === "editions") {
    file.syntax = "editions";
    file.edition = proto.edition ?? Edition.EDITION_2023;
  } else {
    file.syntax = "proto2";
    file.edition = Edition.EDITION_PROTO2;
  }

  buildFile(ctx, file);
  resolveFile(ctx, file);
  if (ctx.diagnostics.length > before) return undefined;
  const options = interpret?.(ctx, file, bundled);
  if (options === undefined && hasUninterpretedOption(proto)) {
    ctx.error(file, [], UNINTERPRETED);
    return undefined;
  }
  options?.run("standard");
  resolveFeatures(file);
  finishFields(file);
  options?.run("custom");
  options?.updateSourceCodeInfo();
  if (validate) validateFile(ctx, file);
  return ctx.diagnostics.length > before ? undefined : file;
}
