// Schema: the result of loading .proto sources or a FileDescriptorSet.

import { encodeFileDescriptorSet } from "./descriptor/binary.js";
import type { FileDescriptorProto, SourceCodeInfo } from "./descriptor/shapes.js";
import type { FileNode, Sym } from "./linker/nodes.js";
import type {
  EnumInfo,
  FieldInfo,
  FileInfo,
  MessageInfo,
  MethodInfo,
  ServiceInfo,
} from "./schema-types.js";

export interface ToFileDescriptorSetOptions {
  /** Keep comments and spans (protoc --include_source_info). Default false. */
  includeSourceInfo?: boolean;
  /** Also write the files imported by `files`, dependencies first (--include_imports). Default true. */
  includeImports?: boolean;
  /** The files to write; default: the files the schema was loaded from. */
  files?: string[];
}

export class Schema {
  /** Linked files, dependencies first. */
  readonly fileInfos: readonly FileInfo[];
  private readonly byName: ReadonlyMap<string, FileNode>;

  /** Makes the source locations a load left out (see load/walk.ts), once. */
  private sourceInfoMaker: (() => ReadonlyMap<string, SourceCodeInfo>) | undefined;

  constructor(
    files: readonly FileNode[],
    /** The files asked for (roots), in order. */
    readonly rootFiles: readonly string[],
    private readonly symbols: ReadonlyMap<string, Sym>,
  ) {
    this.fileInfos = files;
    this.byName = new Map(files.map((f) => [f.name, f]));
  }

  /** For the loader: how to make the source locations it did not record. */
  provideSourceInfo(make: () => ReadonlyMap<string, SourceCodeInfo>): void {
    this.sourceInfoMaker = make;
  }

  /**
   * Fills `sourceCodeInfo` (locations and comments) of every file parsed from text, if the
   * load did not record it (loads record it only with `sourceInfo: true`): by parsing the
   * texts again. toFileDescriptorSet({ includeSourceInfo: true }) calls it.
   */
  withSourceInfo(): this {
    const make = this.sourceInfoMaker;
    if (make === undefined) return this;
    this.sourceInfoMaker = undefined;
    const made = make();
    for (const f of this.fileInfos as readonly FileNode[]) {
      const info = made.get(f.name);
      if (info !== undefined && f.proto.sourceCodeInfo === undefined) f.proto.sourceCodeInfo = info;
    }
    return this;
  }

  /** Linked FileDescriptorProtos, dependencies first. */
  get files(): FileDescriptorProto[] {
    return this.fileInfos.map((f) => f.proto);
  }

  file(name: string): FileInfo | undefined {
    return this.byName.get(name);
  }

  private find(fullName: string): Sym | undefined {
    const name = fullName.startsWith(".") ? fullName.slice(1) : fullName;
    const sym = this.symbols.get(name);
    // Only symbols of files that linked cleanly are part of the schema.
    if (sym === undefined || this.byName.get(sym.file.name) !== sym.file) return undefined;
    return sym;
  }

  findMessage(fullName: string): MessageInfo | undefined {
    const s = this.find(fullName);
    return s?.kind === "message" ? s.node : undefined;
  }

  findEnum(fullName: string): EnumInfo | undefined {
    const s = this.find(fullName);
    return s?.kind === "enum" ? s.node : undefined;
  }

  findService(fullName: string): ServiceInfo | undefined {
    const s = this.find(fullName);
    return s?.kind === "service" ? s.node : undefined;
  }

  findMethod(fullName: string): MethodInfo | undefined {
    const s = this.find(fullName);
    return s?.kind === "method" ? s.node : undefined;
  }

  /** An extension by full name (`pkg.my_ext`, `pkg.Msg.nested_ext`). */
  findExtension(fullName: string): FieldInfo | undefined {
    const s = this.find(fullName);
    return s?.kind === "field" && s.node.isExtension ? s.node : undefined;
  }

  /**
   * Binary FileDescriptorSet, byte-identical to `protoc --descriptor_set_out
   * [--include_imports] [--include_source_info]` for the same files: each file after its
   * imports, in protoc's depth-first import order.
   */
  toFileDescriptorSet(options: ToFileDescriptorSetOptions = {}): Uint8Array {
    const includeImports = options.includeImports ?? true;
    const includeSourceInfo = options.includeSourceInfo ?? false;
    if (includeSourceInfo) this.withSourceInfo();
    const roots = options.files ?? this.rootFiles;
    const out: FileDescriptorProto[] = [];
    const added = new Set<string>();
    // Without imports protoc still writes the roots in dependency order among themselves.
    const rootSet = new Set(roots);
    const add = (f: FileNode): void => {
      if (added.has(f.name)) return;
      added.add(f.name);
      // protoc 36 writes `import option` files with the imports.
      for (const d of [...f.dependencies, ...f.optionDependencies]) {
        if (includeImports || rootSet.has(d.name)) add(d);
      }
      out.push(f.proto);
    };
    for (const name of roots) {
      const f = this.byName.get(name);
      if (f === undefined) throw new RangeError(`file "${name}" is not part of this schema`);
      add(f);
    }
    const protos = includeSourceInfo
      ? out
      : out.map((p) => {
          if (p.sourceCodeInfo === undefined) return p;
          const { sourceCodeInfo: _, ...rest } = p;
          return rest as FileDescriptorProto;
        });
    return encodeFileDescriptorSet(protos);
  }
}
