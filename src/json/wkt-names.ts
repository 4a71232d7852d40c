/** The well-known types whose JSON form is not the plain object of their fields. */

/** Wrapper types: JSON is the wrapped value itself. */
export const WRAPPERS: ReadonlySet<string> = new Set([
  "google.protobuf.DoubleValue",
  "google.protobuf.FloatValue",
  "google.protobuf.Int64Value",
  "google.protobuf.UInt64Value",
  "google.protobuf.Int32Value",
  "google.protobuf.UInt32Value",
  "google.protobuf.BoolValue",
  "google.protobuf.StringValue",
  "google.protobuf.BytesValue",
]);

/** Every type with a special JSON form (Empty has none: it is `{}` like any message). */
export const SPECIAL_JSON: ReadonlySet<string> = new Set([
  ...WRAPPERS,
  "google.protobuf.Any",
  "google.protobuf.Timestamp",
  "google.protobuf.Duration",
  "google.protobuf.FieldMask",
  "google.protobuf.Struct",
  "google.protobuf.Value",
  "google.protobuf.ListValue",
]);

/** The type name of an `Any`'s type URL: what follows the last `/`. */
export function typeNameOfUrl(url: string): string {
  return url.slice(url.lastIndexOf("/") + 1);
}
