// Option interpretation, as protoc's DescriptorBuilder::OptionInterpreter does it:
// - each `uninterpreted_option` name is resolved part by part: plain names are fields of the
//   options message (FileOptions, FieldOptions, ...), `(names)` are extensions looked up from
//   the element's scope; intermediate parts must be singular message fields;
// - the value is checked against the leaf field's type and written in wire format (aggregate
//   `{ ... }` values through aggregate.ts), wrapped in its intermediate messages;
// - the options message is then re-parsed from its bytes followed by those of the interpreted
//   options, so standard options become typed properties and custom ones stay, in source order,
//   in `unknownFields`: the bytes protoc writes;
// - source-code-info locations of interpreted options get the path of the field they set.

import { WireType } from "../../../wire/constants.js";
import { FastWriter } from "../../../wire/fast-writer.js";
import { decodeWithTable, encodeWithTable } from "../../descriptor/binary.js";
import type {
  FeatureSet,
  SourceCodeInfoLocation,
  UninterpretedOption,
} from "../../descriptor/shapes.js";
import { FieldType, OptionRetention } from "../../descriptor/shapes.js";
import {
  EnumOptionsT,
  EnumValueOptionsT,
  ExtensionRangeOptionsT,
  FieldOptionsT,
  FileOptionsT,
  MessageOptionsT,
  type MessageTable,
  MethodOptionsT,
  OneofOptionsT,
  ServiceOptionsT,
} from "../../descriptor/tables.js";
import type { LinkContext } from "../context.js";
import type { EnumNode, FieldNode, FileNode, MessageNode, Sym } from "../nodes.js";
import { type LookupMiss, lookupSymbol } from "../resolve.js";
import { canonicalizeOptions } from "./canonical.js";
import { type OptionValueEnv, writeOptionValue } from "./option-value.js";

const UNINTERPRETED = 999;
const UO_NAME = 2;

interface OptionsHolder {
  options?: { uninterpretedOption: UninterpretedOption[]; unknownFields?: Uint8Array };
}

/** One element's options to interpret. */
interface Site {
  holder: OptionsHolder;
  typeName: string;
  table: MessageTable;
  /** LookupSymbol's relative_to for `(extension)` names. */
  nameScope: string;
  /** Source path of the options message: element path + its `options` field number. */
  optionsPath: number[];
  /** Indexes (into uninterpretedOption) already handled. */
  done: Set<number>;
  /** Leaf paths (field numbers) already set, for "was already set" errors. */
  setPaths: number[][];
  /** FieldOptions.OptionTargetType of the element, checked against an option's `targets`. */
  target: number;
}

const TARGET_NAMES: Record<number, string> = {
  1: "file",
  2: "extension range",
  3: "message",
  4: "field",
  5: "oneof",
  6: "enum",
  7: "enum entry",
  8: "service",
  9: "method",
};

const TARGET_OF: Record<string, number> = {
  "google.protobuf.FileOptions": 1,
  "google.protobuf.ExtensionRangeOptions": 2,
  "google.protobuf.MessageOptions": 3,
  "google.protobuf.FieldOptions": 4,
  "google.protobuf.OneofOptions": 5,
  "google.protobuf.EnumOptions": 6,
  "google.protobuf.EnumValueOptions": 7,
  "google.protobuf.ServiceOptions": 8,
  "google.protobuf.MethodOptions": 9,
};

export class OptionInterpreter {
  private readonly sites: Site[] = [];
  /** Source path of an uninterpreted option -> path of the field it set (UpdateSourceCodeInfo). */
  private readonly interpreted = new Map<string, number[]>();
  private readonly repeatedCounts = new Map<string, number>();
  /** Source paths whose locations protoc drops: options stripped for source retention. */
  private readonly strippedPaths = new Set<string>();

  private readonly env: OptionValueEnv;

  constructor(
    private readonly ctx: LinkContext,
    private readonly file: FileNode,
    /** Symbols of the bundled descriptor.proto, when the file's pool does not have it. */
    private readonly bundled: () => ReadonlyMap<string, Sym>,
  ) {
    this.env = {
      symbol: (name) => this.ctx.symbols.get(name),
      findExtension: (name, msg) => this.findExtension(name, msg),
      resolveType: (name) => {
        const s = this.ctx.symbols.get(name) ?? this.bundled().get(name);
        return s?.kind === "message" ? s.node : undefined;
      },
    };
    this.collect();
  }

  /**
   * A site for `holder`'s options if it has any to interpret. `optionsPath` is the element's
   * path followed by `tail` (its `options` field, ...), copied only for a site: most elements
   * have no options.
   */
  private add(
    holder: OptionsHolder,
    typeName: string,
    table: MessageTable,
    nameScope: string,
    elementPath: readonly number[],
    ...tail: number[]
  ): void {
    const opts = holder.options;
    if (opts === undefined || opts.uninterpretedOption.length === 0) return;
    this.sites.push({
      holder,
      typeName,
      table,
      nameScope,
      optionsPath: [...elementPath, ...tail],
      done: new Set(),
      setPaths: [],
      target: TARGET_OF[typeName] ?? 0,
    });
  }

  private collect(): void {
    const f = this.file;
    this.add(f.proto, "google.protobuf.FileOptions", FileOptionsT, `${f.package}.dummy`, [], 8);
    const visit = (m: MessageNode): void => {
      this.add(m.proto, "google.protobuf.MessageOptions", MessageOptionsT, m.fullName, m.path, 7);
      for (const fld of m.declaredFields) this.addField(fld);
      for (const o of m.oneofs)
        this.add(o.proto, "google.protobuf.OneofOptions", OneofOptionsT, o.fullName, o.path, 2);
      m.proto.extensionRange.forEach((r, i) => {
        const T = ExtensionRangeOptionsT;
        this.add(r, "google.protobuf.ExtensionRangeOptions", T, m.fullName, m.path, 5, i, 3);
      });
      for (const n of m.nestedMessages) visit(n);
      for (const e of m.nestedEnums) this.addEnum(e);
      for (const x of m.nestedExtensions) this.addField(x);
    };
    for (const m of f.messages) visit(m);
    for (const e of f.enums) this.addEnum(e);
    for (const s of f.services) {
      this.add(s.proto, "google.protobuf.ServiceOptions", ServiceOptionsT, s.fullName, s.path, 3);
      for (const m of s.methods) {
        this.add(m.proto, "google.protobuf.MethodOptions", MethodOptionsT, m.fullName, m.path, 4);
      }
    }
    for (const x of f.extensions) this.addField(x);
  }

  private addField(fld: FieldNode): void {
    this.add(fld.proto, "google.protobuf.FieldOptions", FieldOptionsT, fld.fullName, fld.path, 8);
  }

  private addEnum(e: EnumNode): void {
    this.add(e.proto, "google.protobuf.EnumOptions", EnumOptionsT, e.fullName, e.path, 3);
    for (const v of e.values) {
      this.add(
        v.proto,
        "google.protobuf.EnumValueOptions",
        EnumValueOptionsT,
        v.fullName,
        v.path,
        3,
      );
    }
  }

  /**
   * Interprets the options whose name starts with a plain field (`standard`: java_package,
   * packed, features.x, ...) or with an extension (`custom`). Standard ones go first so that
   * editions features are known before custom option values are encoded.
   */
  run(pass: "standard" | "custom"): void {
    for (const site of this.sites) {
      const opts = site.holder.options!;
      const chunks: Uint8Array[] = [];
      opts.uninterpretedOption.forEach((uo, i) => {
        if (site.done.has(i)) return;
        const custom = uo.name[0]?.isExtension === true;
        if (custom !== (pass === "custom")) return;
        site.done.add(i);
        const bytes = this.interpretOne(site, uo, i);
        if (bytes !== undefined) chunks.push(bytes);
      });
      if (pass === "custom") {
        site.holder.options!.uninterpretedOption = [];
        this.canonicalize(site, chunks);
      } else if (chunks.length > 0) this.reparse(site, chunks);
    }
  }

  /** The options' bytes (without uninterpreted options) followed by the new option bytes. */
  private withChunks(site: Site, chunks: Uint8Array[]): Uint8Array {
    const opts = site.holder.options!;
    const base = encodeWithTable({ ...opts, uninterpretedOption: [] }, site.table);
    let n = base.length;
    for (const c of chunks) n += c.length;
    const all = new Uint8Array(n);
    all.set(base, 0);
    let o = base.length;
    for (const c of chunks) {
      all.set(c, o);
      o += c.length;
    }
    return all;
  }

  /** Options message re-read from its bytes plus the new option bytes (protoc does the same). */
  private reparse(site: Site, chunks: Uint8Array[]): void {
    const pending = site.holder.options!.uninterpretedOption;
    const all = this.withChunks(site, chunks);
    const next = decodeWithTable<{ uninterpretedOption: UninterpretedOption[] }>(all, site.table);
    next.uninterpretedOption = pending;
    site.holder.options = next;
  }

  /**
   * Writes the options as protoc 36 does (see canonical.ts), with the custom options' bytes
   * `chunks` added: re-read once from the canonical bytes (custom options are extensions, kept
   * as unknown fields, so that options with any always change when made canonical).
   */
  private canonicalize(site: Site, chunks: Uint8Array[]): void {
    if (chunks.length === 0 && !mayChangeWhenCanonical(site)) return;
    const type = this.optionsType(site.typeName);
    if (type === undefined) {
      if (chunks.length > 0) this.reparse(site, chunks);
      return;
    }
    const raw =
      chunks.length > 0
        ? this.withChunks(site, chunks)
        : encodeWithTable(site.holder.options!, site.table);
    const bytes = canonicalizeOptions(raw, type);
    if (bytes.length === 0) {
      // Nothing left once source-retention options are dropped: protoc writes no options,
      // and no source locations for them.
      delete site.holder.options;
      this.strippedPaths.add(site.optionsPath.join(","));
      return;
    }
    const next = decodeWithTable<{ uninterpretedOption: UninterpretedOption[] }>(bytes, site.table);
    site.holder.options = next;
  }

  /** The options message type: the pool's own descriptor.proto if loaded, else the bundled one. */
  private optionsType(typeName: string): MessageNode | undefined {
    const own = this.ctx.symbols.get(typeName);
    if (own?.kind === "message") return own.node;
    const b = this.bundled().get(typeName);
    return b?.kind === "message" ? b.node : undefined;
  }

  private interpretOne(site: Site, uo: UninterpretedOption, index: number): Uint8Array | undefined {
    const srcPath = [...site.optionsPath, UNINTERPRETED, index];
    const nameErr = (msg: string): undefined => {
      this.ctx.error(this.file, [...srcPath, UO_NAME], msg);
      return undefined;
    };
    if (uo.name.length === 0) return nameErr("Option must have a name.");
    if (uo.name[0]?.namePart === "uninterpreted_option") {
      return nameErr('Option must not use reserved name "uninterpreted_option".');
    }
    let descriptor = this.optionsType(site.typeName);
    if (descriptor === undefined)
      return nameErr(`Options type "${site.typeName}" is not available.`);
    const destPath = [...site.optionsPath];
    const intermediates: FieldNode[] = [];
    let debugName = "";
    let field: FieldNode | undefined;
    for (let i = 0; i < uo.name.length; i++) {
      const part = uo.name[i]!;
      if (debugName !== "") debugName += ".";
      if (part.isExtension) {
        debugName += `(${part.namePart})`;
        const miss: LookupMiss = {};
        const sym = lookupSymbol(
          this.ctx,
          this.file,
          part.namePart,
          site.nameScope,
          false,
          miss,
          this.file.optionVisible,
        );
        field = sym?.kind === "field" ? sym.node : undefined;
        if (field === undefined) {
          if (miss.unresolved !== undefined) {
            return nameErr(
              `Option "${debugName}" is resolved to "(${miss.unresolved})", which is not defined. The innermost scope is searched first in name resolution. Consider using a leading '.'(i.e., "(.${debugName.slice(1)}") to start from the outermost scope.`,
            );
          }
          return nameErr(this.unknownOption(debugName));
        }
        const container = field.isExtension ? field.extendee : field.parent;
        if (container?.fullName !== descriptor.fullName) {
          return nameErr(
            `Option field "${debugName}" is not a field or extension of message "${descriptor.name}".`,
          );
        }
      } else {
        debugName += part.namePart;
        field = descriptor.fieldByName(part.namePart);
        if (field === undefined) return nameErr(this.unknownOption(debugName));
      }
      destPath.push(field.number);
      if (i < uo.name.length - 1) {
        if (field.type !== FieldType.TYPE_MESSAGE && field.type !== FieldType.TYPE_GROUP) {
          return nameErr(`Option "${debugName}" is an atomic type, not a message.`);
        }
        if (field.repeated) {
          return nameErr(
            `Option field "${debugName}" is a repeated message. Repeated message options must be initialized using an aggregate value.`,
          );
        }
        intermediates.push(field);
        descriptor = field.message!;
      }
    }
    const leaf = field!;
    for (const f of [...intermediates, leaf]) {
      const targets = f.proto.options?.targets ?? [];
      if (targets.length > 0 && !targets.includes(site.target)) {
        return nameErr(
          `Option ${f.fullName} cannot be set on an entity of type \`${TARGET_NAMES[site.target]}\`.`,
        );
      }
    }
    if (this.file.syntax === "editions") {
      for (const f of [...intermediates, leaf]) {
        const lifetime = this.lifetimeError(f);
        if (lifetime !== undefined) return nameErr(lifetime);
      }
    }
    const leafPath = destPath.slice(site.optionsPath.length);
    if (!leaf.repeated) {
      for (const p of site.setPaths) {
        const n = Math.min(p.length, leafPath.length);
        let same = true;
        for (let k = 0; k < n; k++) if (p[k] !== leafPath[k]) same = false;
        if (same) return nameErr(`Option "${debugName}" was already set.`);
      }
      site.setPaths.push(leafPath);
    }
    const valueErr = (msg: string): undefined => {
      this.ctx.error(this.file, valueLocation(srcPath, uo), msg);
      return undefined;
    };
    const w = new FastWriter(32);
    if (!writeOptionValue(this.env, w, leaf, uo, debugName, valueErr)) return undefined;
    let bytes = w.finish();
    for (let k = intermediates.length - 1; k >= 0; k--) {
      const f = intermediates[k]!;
      const outer = new FastWriter(bytes.length + 8);
      if (f.type === FieldType.TYPE_GROUP || f.delimited) {
        outer.tag(f.number, WireType.StartGroup).raw(bytes).tag(f.number, WireType.EndGroup);
      } else {
        outer.tag(f.number, WireType.LengthDelimited).bytes(bytes);
      }
      bytes = outer.finish();
    }
    // What updateSourceCodeInfo needs, for a file whose source locations were recorded.
    if (this.file.proto.sourceCodeInfo !== undefined) {
      if (leaf.repeated) {
        const key = destPath.join(",");
        const count = this.repeatedCounts.get(key) ?? 0;
        this.repeatedCounts.set(key, count + 1);
        destPath.push(count);
      }
      this.interpreted.set(srcPath.join(","), destPath);
      if ([...intermediates, leaf].some(isSourceRetention)) {
        this.strippedPaths.add(srcPath.join(","));
      }
    }
    return bytes;
  }

  /** protoc's feature/option lifetime check (FieldOptions.feature_support). */
  private lifetimeError(f: FieldNode): string | undefined {
    const support = f.proto.options?.featureSupport;
    if (support === undefined) return undefined;
    const edition = this.file.edition;
    const introduced = support.editionIntroduced ?? 0;
    if (edition < introduced) {
      return `${f.fullName} wasn't introduced until edition ${editionName(introduced)} and can't be used in edition ${editionName(edition)}`;
    }
    const removed = support.editionRemoved;
    if (removed !== undefined && edition >= removed) {
      const why = support.removalError !== undefined ? `: ${support.removalError}` : "";
      return `${f.fullName} has been removed in edition ${editionName(removed)}${why}`;
    }
    return undefined;
  }

  private unknownOption(name: string): string {
    const hint =
      this.file.syntax === "editions" ? " (i.e. via import option after edition 2024)" : "";
    return `Option "${name}" unknown. Ensure that your proto definition file imports the proto which defines the option${hint}.`;
  }

  private findExtension(name: string, msg: MessageNode): FieldNode | undefined {
    const sym = lookupSymbol(
      this.ctx,
      this.file,
      name,
      msg.fullName,
      false,
      {},
      this.file.optionVisible,
    );
    if (sym?.kind !== "field" || !sym.node.isExtension) return undefined;
    return sym.node.extendee?.fullName === msg.fullName ? sym.node : undefined;
  }

  /**
   * protoc's UpdateSourceCodeInfo: interpreted options take the path of what they set. Then,
   * as protoc 36 does when it strips source-retention options, their locations go too.
   */
  updateSourceCodeInfo(): void {
    const info = this.file.proto.sourceCodeInfo;
    if (info === undefined || this.interpreted.size === 0) return;
    const out: SourceCodeInfoLocation[] = [];
    // Stripped paths by length, so most locations are ruled out without building a key.
    const strippedLengths = new Set([...this.strippedPaths].map((k) => k.split(",").length));
    const isStripped = (p: number[]): boolean =>
      strippedLengths.has(p.length) && this.strippedPaths.has(p.join(","));
    // Sub-locations of a replaced or dropped location follow it directly (protoc's order).
    let removing: number[] | undefined;
    for (const loc of info.location) {
      const p = loc.path;
      if (removing !== undefined) {
        if (hasPrefix(p, removing)) continue;
        removing = undefined;
      }
      if (isStripped(p)) {
        removing = p;
        continue;
      }
      // Interpreted options sit at [..., 999, i].
      if (p[p.length - 2] !== UNINTERPRETED) {
        out.push(loc);
        continue;
      }
      const key = p.join(",");
      const dest = this.interpreted.get(key);
      if (dest === undefined) {
        out.push(loc);
        continue;
      }
      removing = loc.path;
      out.push({ ...loc, path: [...dest] });
    }
    info.location = out;
  }
}

/** How protoc prints an Edition: "2023", "PROTO2", ... */
function editionName(e: number): string {
  const names: Record<number, string> = {
    900: "LEGACY",
    998: "PROTO2",
    999: "PROTO3",
    1000: "2023",
    1001: "2024",
    1002: "2026",
    9999: "UNSTABLE",
  };
  return names[e] ?? String(e);
}

function hasPrefix(path: readonly number[], prefix: readonly number[]): boolean {
  if (path.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/**
 * Known fields are already written in field-number order; only custom options (unknown
 * fields) and the few source-retention fields of descriptor.proto need the dynamic pass.
 */
function mayChangeWhenCanonical(site: Site): boolean {
  const o = site.holder.options as
    | {
        unknownFields?: Uint8Array;
        features?: FeatureSet;
        declaration?: unknown[];
        verification?: number;
      }
    | undefined;
  if (o === undefined) return false;
  if (o.unknownFields !== undefined && o.unknownFields.length > 0) return true;
  if (o.declaration !== undefined && o.declaration.length > 0) return true;
  if (o.verification !== undefined) return true;
  const f = o.features;
  if (f === undefined) return false;
  return (
    f.enforceNamingStyle !== undefined ||
    f.defaultSymbolVisibility !== undefined ||
    f.enforceProtoLimits !== undefined ||
    (f.unknownFields !== undefined && f.unknownFields.length > 0)
  );
}

function isSourceRetention(f: FieldNode): boolean {
  return f.proto.options?.retention === OptionRetention.RETENTION_SOURCE;
}

/** Source path of an option's value: [..., 999, i, <value field number>]. */
function valueLocation(srcPath: number[], uo: UninterpretedOption): number[] {
  const n =
    uo.identifierValue !== undefined
      ? 3
      : uo.positiveIntValue !== undefined
        ? 4
        : uo.negativeIntValue !== undefined
          ? 5
          : uo.doubleValue !== undefined
            ? 6
            : uo.stringValue !== undefined
              ? 7
              : 8;
  return [...srcPath, n];
}
