// The bench messages' fields, written out by hand from bench/bench.proto so that the correctness
// checks (convert.ts) do not rely on any contender's own reading of the schema.

export type Scalar = "int32" | "double" | "bool" | "string" | "bytes" | "enum" | "int64" | "uint64";

export interface Field {
  /** lowerCamelCase property name; also the proto3 JSON name. */
  readonly name: string;
  readonly kind: Scalar | "message" | "map";
  /** The submessage, for kind "message". */
  readonly message?: ShapeName;
  /** The enum's value names by number, for kind "enum" (proto3 JSON writes names). */
  readonly enumNames?: readonly string[];
  readonly repeated?: boolean;
}

export type ShapeName =
  | "SmallRequest"
  | "Address"
  | "Phone"
  | "User"
  | "Numeric"
  | "Strings"
  | "Blob"
  | "Test"
  | "TestInner"
  | "TestInnerInner"
  | "Outer"
  | "Sparse"
  | "Node"
  | "Index"
  | "Batch";

const STATUS = ["STATUS_UNSPECIFIED", "STATUS_ACTIVE", "STATUS_SUSPENDED", "STATUS_DELETED"];
const TEST_ENUM = ["ONE", "TWO", "THREE", "FOUR", "FIVE"];
// Sparse's 40 optional fields cycle through these kinds (bench.proto).
const SPARSE_KINDS: Scalar[] = ["int32", "string", "bool", "double", "int64"];
const PHONE_KIND = ["KIND_UNSPECIFIED", "KIND_MOBILE", "KIND_HOME", "KIND_WORK"];

/** Fields of each message, in field-number order. Maps are map<string, string> (the only one). */
export const SHAPES: Readonly<Record<ShapeName, readonly Field[]>> = {
  SmallRequest: [
    { name: "pageSize", kind: "int32" },
    { name: "requestId", kind: "int64" },
    { name: "includeDeleted", kind: "bool" },
    { name: "status", kind: "enum", enumNames: STATUS },
    { name: "query", kind: "string" },
    { name: "locale", kind: "string" },
    { name: "minScore", kind: "double" },
    { name: "pageToken", kind: "string" },
  ],
  Address: [
    { name: "street", kind: "string" },
    { name: "city", kind: "string" },
    { name: "postalCode", kind: "string" },
    { name: "country", kind: "string" },
    { name: "latitude", kind: "double" },
    { name: "longitude", kind: "double" },
  ],
  Phone: [
    { name: "number", kind: "string" },
    { name: "kind", kind: "enum", enumNames: PHONE_KIND },
    { name: "verified", kind: "bool" },
  ],
  User: [
    { name: "id", kind: "uint64" },
    { name: "name", kind: "string" },
    { name: "email", kind: "string" },
    { name: "address", kind: "message", message: "Address" },
    { name: "tags", kind: "string", repeated: true },
    { name: "attributes", kind: "map" },
    { name: "balance", kind: "int64" },
    { name: "sessionToken", kind: "uint64" },
    { name: "phones", kind: "message", message: "Phone", repeated: true },
    { name: "status", kind: "enum", enumNames: STATUS },
    { name: "age", kind: "int32" },
    { name: "verified", kind: "bool" },
    { name: "rating", kind: "double" },
    { name: "createdAt", kind: "int64" },
    { name: "bio", kind: "string" },
  ],
  Numeric: [
    { name: "ints", kind: "int32", repeated: true },
    { name: "doubles", kind: "double", repeated: true },
    { name: "sints", kind: "int64", repeated: true },
  ],
  Strings: [
    { name: "ascii", kind: "string" },
    { name: "text", kind: "string" },
    { name: "blob", kind: "bytes" },
  ],
  Blob: [
    { name: "ascii", kind: "string" },
    { name: "latin1", kind: "string" },
    { name: "text", kind: "string" },
    { name: "keywords", kind: "string", repeated: true },
    { name: "payload", kind: "bytes" },
    { name: "digest", kind: "bytes" },
  ],
  // protobufjs's benchmark message; uint32 and sint32 compare as int32, float as double.
  Test: [
    { name: "string", kind: "string" },
    { name: "uint32", kind: "int32" },
    { name: "inner", kind: "message", message: "TestInner" },
    { name: "float", kind: "double" },
  ],
  TestInner: [
    { name: "int32", kind: "int32" },
    { name: "innerInner", kind: "message", message: "TestInnerInner" },
    { name: "outer", kind: "message", message: "Outer" },
  ],
  TestInnerInner: [
    { name: "long", kind: "int64" },
    { name: "enum", kind: "enum", enumNames: TEST_ENUM },
    { name: "sint32", kind: "int32" },
  ],
  Outer: [
    { name: "bool", kind: "bool", repeated: true },
    { name: "double", kind: "double" },
  ],
  Sparse: Array.from({ length: 40 }, (_, i) => ({
    name: `f${i + 1}`,
    kind: SPARSE_KINDS[i % SPARSE_KINDS.length] as Scalar,
  })),
  Node: [
    { name: "name", kind: "string" },
    { name: "value", kind: "int32" },
    { name: "child", kind: "message", message: "Node" },
  ],
  Index: [{ name: "entries", kind: "map" }],
  Batch: [{ name: "users", kind: "message", message: "User", repeated: true }],
};
