// Editions features: defaults per edition and inheritance down the element tree.
//
// FEATURE_DEFAULTS is the `edition_defaults` of each FeatureSet field in the bundled
// google/protobuf/descriptor.proto (test/schema/descriptor-wkt.test.ts checks it against that file).
// For an edition E a feature takes the value of its last default whose edition is <= E.
// proto2 and proto3 files resolve as the editions EDITION_PROTO2 / EDITION_PROTO3.

import {
  DefaultSymbolVisibility,
  Edition,
  EnforceNamingStyle,
  EnforceProtoLimits,
  EnumTypeFeature,
  type FeatureSet,
  FieldPresence,
  JsonFormat,
  MessageEncoding,
  RepeatedFieldEncoding,
  Utf8Validation,
} from "./shapes.js";
/** Every feature of an element, its own or inherited (the edition's default at the top). */
export type ResolvedFeatures = Required<Omit<FeatureSet, "unknownFields">>;

type Key = keyof ResolvedFeatures;

export const FEATURE_DEFAULTS: Record<Key, [edition: number, value: number][]> = {
  fieldPresence: [
    [Edition.EDITION_LEGACY, FieldPresence.EXPLICIT],
    [Edition.EDITION_PROTO3, FieldPresence.IMPLICIT],
    [Edition.EDITION_2023, FieldPresence.EXPLICIT],
  ],
  enumType: [
    [Edition.EDITION_LEGACY, EnumTypeFeature.CLOSED],
    [Edition.EDITION_PROTO3, EnumTypeFeature.OPEN],
  ],
  repeatedFieldEncoding: [
    [Edition.EDITION_LEGACY, RepeatedFieldEncoding.EXPANDED],
    [Edition.EDITION_PROTO3, RepeatedFieldEncoding.PACKED],
  ],
  utf8Validation: [
    [Edition.EDITION_LEGACY, Utf8Validation.NONE],
    [Edition.EDITION_PROTO3, Utf8Validation.VERIFY],
  ],
  messageEncoding: [[Edition.EDITION_LEGACY, MessageEncoding.LENGTH_PREFIXED]],
  jsonFormat: [
    [Edition.EDITION_LEGACY, JsonFormat.LEGACY_BEST_EFFORT],
    [Edition.EDITION_PROTO3, JsonFormat.ALLOW],
  ],
  enforceNamingStyle: [
    [Edition.EDITION_LEGACY, EnforceNamingStyle.STYLE_LEGACY],
    [Edition.EDITION_2024, EnforceNamingStyle.STYLE2024],
    [Edition.EDITION_2026, EnforceNamingStyle.STYLE2026],
  ],
  defaultSymbolVisibility: [
    [Edition.EDITION_LEGACY, DefaultSymbolVisibility.EXPORT_ALL],
    [Edition.EDITION_2024, DefaultSymbolVisibility.EXPORT_TOP_LEVEL],
    [Edition.EDITION_2026, DefaultSymbolVisibility.STRICT],
  ],
  enforceProtoLimits: [
    [Edition.EDITION_LEGACY, EnforceProtoLimits.LEGACY_NO_EXPLICIT_LIMITS],
    [Edition.EDITION_2026, EnforceProtoLimits.PROTO_LIMITS2026],
  ],
};

const cache = new Map<number, ResolvedFeatures>();

/** The feature defaults of `edition`. */
export function editionDefaults(edition: number): ResolvedFeatures {
  let r = cache.get(edition);
  if (r === undefined) {
    const out: Partial<Record<Key, number>> = {};
    for (const key of Object.keys(FEATURE_DEFAULTS) as Key[]) {
      let v = 0;
      for (const [e, value] of FEATURE_DEFAULTS[key]) if (e <= edition) v = value;
      out[key] = v;
    }
    r = Object.freeze(out as ResolvedFeatures);
    cache.set(edition, r);
  }
  return r;
}

/** `parent` overridden by the features set explicitly on an element (0 means unset). */
export function mergeFeatures(
  parent: ResolvedFeatures,
  own: FeatureSet | undefined,
): ResolvedFeatures {
  if (own === undefined) return parent;
  let out: ResolvedFeatures | undefined;
  for (const key of Object.keys(FEATURE_DEFAULTS) as Key[]) {
    const v = own[key];
    if (v !== undefined && v !== 0 && v !== parent[key]) {
      out ??= { ...parent };
      out[key] = v;
    }
  }
  return out ?? parent;
}

/** Editions this implementation resolves features for. */
export const SUPPORTED_EDITIONS: ReadonlyMap<string, number> = new Map([
  ["2023", Edition.EDITION_2023],
  ["2024", Edition.EDITION_2024],
  ["2026", Edition.EDITION_2026],
]);
