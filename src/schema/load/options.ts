// What loadSchema accepts: where the root files and their imports come from.

import { SchemaError } from "../errors.js";
import type { Resolver } from "./resolver.js";

/** What every load from `.proto` text accepts. */
export interface ParseLoadOptions {
  /**
   * Record source locations and comments while parsing (default false: they are made when
   * first wanted, by `toFileDescriptorSet({ includeSourceInfo: true })` or
   * `schema.withSourceInfo()`, by parsing the texts again). Set it when you will want them
   * anyway: one parse instead of two.
   */
  sourceInfo?: boolean;
}

export interface LoadFromSources extends ParseLoadOptions {
  /** File name (import path) -> .proto text. */
  sources: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
  /** Files to load (default: every key of `sources`). */
  files?: readonly string[];
}

export interface LoadFromDisk extends ParseLoadOptions {
  /** Files to load, as import paths relative to an include path. */
  files: readonly string[];
  /** Directories searched in order, like protoc's -I (default: the current directory). */
  includePaths?: readonly string[];
  /**
   * A directory for a cache of compiled schemas (Node only; made when missing): a load whose
   * files are all unchanged since a load with the same root files (checked by the SHA-256 of
   * every text) links what that load made, without parsing, option interpretation or
   * validation. Not used with `sourceInfo: true`.
   */
  cache?: string;
}

export interface LoadFromDescriptorSet {
  /** A binary FileDescriptorSet, e.g. from `protoc --descriptor_set_out --include_imports` or `buf build`. */
  descriptorSet: Uint8Array;
}

export interface LoadFromResolver extends ParseLoadOptions {
  /** Finds each file by import name; the bundled well-known types answer after it. */
  resolver: Resolver;
  /** Files to load, as import names. */
  files: readonly string[];
}

export type LoadSchemaOptions =
  | LoadFromSources
  | LoadFromDisk
  | LoadFromDescriptorSet
  | LoadFromResolver;

/** The options that read nothing from disk, so load synchronously anywhere. */
export type LoadSchemaSyncOptions = LoadFromSources | LoadFromDescriptorSet | LoadFromResolver;

/**
 * Whether `options` has `key` set: an option given as `undefined` (JavaScript callers, spread
 * defaults) counts as absent, as it does everywhere else in the options.
 */
export function hasOption<O extends object, K extends "descriptorSet" | "sources" | "resolver">(
  options: O,
  key: K,
): options is Extract<O, Record<K, unknown>> {
  return (options as Record<string, unknown>)[key] !== undefined;
}

/** `{ files, includePaths }`: the one form that reads from disk. */
export function readsDisk(options: LoadSchemaOptions): options is LoadFromDisk {
  return !(
    hasOption(options, "descriptorSet") ||
    hasOption(options, "sources") ||
    hasOption(options, "resolver")
  );
}

/** `files: "a.proto"` would be read character by character: `a`, `.`, `p`, ... */
export function checkFileList(files: unknown): void {
  if (Array.isArray(files) && files.every((f) => typeof f === "string")) return;
  const message = "files must be an array of file names (strings).";
  throw new SchemaError([{ file: "<options>", line: 0, column: 0, message }]);
}
