// The schema layer's loaders: options in, a linked Schema out (the top, src/api/, adds codecs).
// Every option becomes root file names and a resolver; the bundled well-known types answer
// after it. Reading `files` from disk is the Node-only loader's (load-disk.ts): this module
// runs anywhere and imports no Node built-in, so that browser bundles never reach for `fs`.

import { SchemaError } from "../errors.js";
import type { Schema } from "../schema.js";
import { decodeDescriptorSetOption, descriptorSetResolver } from "./descriptor-set-resolver.js";
import { PARSING } from "./load-tools.js";
import {
  checkFileList,
  hasOption,
  type LoadSchemaOptions,
  type LoadSchemaSyncOptions,
  readsDisk,
} from "./options.js";
import { composeResolvers, type Resolver } from "./resolver.js";
import { sourceMap, sourceResolver } from "./source-resolver.js";
import { loadAsync, loadSync } from "./walk.js";
import { wellKnownTypesResolver } from "./wkt-resolver.js";

/** What to load: the root files, and where they and their imports come from. */
export interface LoadPlan {
  roots: readonly string[];
  resolver: Resolver;
}

/** The `sourceInfo` option of any load (descriptor sets have none: they carry their own). */
export function sourceInfoOption(options: object): boolean {
  return (options as { sourceInfo?: unknown }).sourceInfo === true;
}

/**
 * Loads a schema from in-memory sources, a descriptor set or a resolver; `{ files }` from disk
 * rejects here (the Node entry's loader reads them). Rejects with SchemaError (every
 * diagnostic) when the schema does not parse or link.
 */
export async function loadLinkedSchema(
  options: LoadSchemaOptions,
  wellKnown: Resolver = wellKnownTypesResolver,
): Promise<Schema> {
  if (readsDisk(options)) throw diskNeedsNode();
  const plan = planLoad(options, wellKnown);
  return loadAsync(plan.roots, plan.resolver, PARSING, sourceInfoOption(options));
}

/**
 * Synchronous loadLinkedSchema, for sources, descriptor sets and synchronous resolvers.
 * `wellKnown` answers after them: the bundled files compiled, or (the Node entry) their texts.
 */
export function loadLinkedSchemaSync(
  options: LoadSchemaSyncOptions,
  wellKnown: Resolver = wellKnownTypesResolver,
): Schema {
  const plan = planLoad(options, wellKnown);
  return loadSync(plan.roots, plan.resolver, PARSING, sourceInfoOption(options));
}

/** The roots and resolver of an option that reads nothing from disk. */
function planLoad(options: LoadSchemaSyncOptions, wellKnown: Resolver): LoadPlan {
  if (hasOption(options, "descriptorSet")) {
    const protos = decodeDescriptorSetOption(options.descriptorSet);
    const roots = protos.map((p) => p.name ?? "");
    return withWellKnownTypes({ roots, resolver: descriptorSetResolver(protos) }, wellKnown);
  }
  if (hasOption(options, "sources")) {
    const texts = sourceMap(options.sources);
    if (options.files !== undefined) checkFileList(options.files);
    const roots = options.files ?? [...texts.keys()];
    return withWellKnownTypes({ roots, resolver: sourceResolver(texts) }, wellKnown);
  }
  if (hasOption(options, "resolver")) {
    checkFileList(options.files);
    return withWellKnownTypes({ roots: options.files, resolver: options.resolver }, wellKnown);
  }
  // Only JavaScript callers get here (the types forbid it): `{ files }` read synchronously.
  const message =
    "loadSchemaSync reads no files from disk: pass the texts as `sources`, or use loadSchema.";
  throw new SchemaError([{ file: "<options>", line: 0, column: 0, message }]);
}

function diskNeedsNode(): SchemaError {
  const message =
    "loadSchema({ files }) reads .proto files from disk, which needs Node's file system: " +
    'under Node, import from "protowire" (or "protowire/node"); elsewhere pass the texts as `sources`.';
  return new SchemaError([{ file: "<options>", line: 0, column: 0, message }]);
}

/** A plan whose imports fall back to the bundled well-known types (`wellKnown`), after the user's files. */
export function withWellKnownTypes(plan: LoadPlan, wellKnown: Resolver): LoadPlan {
  return { roots: plan.roots, resolver: composeResolvers(plan.resolver, wellKnown) };
}
