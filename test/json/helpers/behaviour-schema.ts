/**
 * The schema of the JSON behaviour tests: a proto3 message with every kind of field (json_name,
 * int64, floats, bytes, an enum with an alias, explicit presence, a oneof, maps of every key
 * type, every well-known type) and a proto2 message with required fields and extensions.
 * Loaded by protowire, and by @bufbuild/protobuf from protowire's descriptors where a test
 * takes its expected value from protobuf-es.
 */
import { createFileRegistry, type FileRegistry, fromBinary } from "@bufbuild/protobuf";
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt";
import { type CompiledSchema, loadSchemaSync } from "../../../src/index.js";

export const PROTO3 = `
syntax = "proto3";
package b;
import "google/protobuf/any.proto";
import "google/protobuf/duration.proto";
import "google/protobuf/empty.proto";
import "google/protobuf/field_mask.proto";
import "google/protobuf/struct.proto";
import "google/protobuf/timestamp.proto";
import "google/protobuf/wrappers.proto";

enum Color {
  option allow_alias = true;
  COLOR_UNSPECIFIED = 0;
  RED = 1;
  CRIMSON = 1;
  GREEN = 2;
}

message Item {
  string sku = 1;
  int32 qty = 2;
}

message M {
  int32 plain_int = 1;
  int64 big_id = 2;
  uint64 big_u = 3;
  double d = 4;
  float f = 5;
  bytes data = 6;
  Color color = 7;
  optional int32 opt_int = 8;
  optional Color opt_color = 9;
  string renamed = 10 [json_name = "customName"];
  repeated Item items = 11;
  map<string, int32> labels = 12;
  repeated int32 nums = 13;
  repeated Color colors = 14;
  bool flag = 15;
  string name = 16;
  uint32 u32 = 17;
  sint64 s64 = 18;
  fixed64 f64 = 19;
  M child = 20;
  optional bytes opt_data = 21;
  optional double opt_d = 22;
  optional string opt_name = 23;
  oneof choice {
    string text = 30;
    int64 number = 31;
    Item item = 32;
    google.protobuf.NullValue null_choice = 33;
  }
  google.protobuf.Any any = 40;
  google.protobuf.Timestamp ts = 41;
  google.protobuf.Duration dur = 42;
  google.protobuf.FieldMask mask = 43;
  google.protobuf.Struct st = 44;
  google.protobuf.Value val = 45;
  google.protobuf.ListValue lv = 46;
  google.protobuf.Int64Value w64 = 47;
  google.protobuf.BoolValue wb = 48;
  google.protobuf.NullValue null_value = 49;
  repeated google.protobuf.Value values = 50;
  map<string, google.protobuf.Value> value_map = 51;
  google.protobuf.Empty empty = 52;
  map<int32, string> k_int32 = 60;
  map<int64, string> k_int64 = 61;
  map<uint32, string> k_uint32 = 62;
  map<uint64, string> k_uint64 = 63;
  map<sint32, string> k_sint32 = 64;
  map<sint64, string> k_sint64 = 65;
  map<fixed32, string> k_fixed32 = 66;
  map<fixed64, string> k_fixed64 = 67;
  map<sfixed32, string> k_sfixed32 = 68;
  map<sfixed64, string> k_sfixed64 = 69;
  map<bool, string> k_bool = 70;
  map<string, string> k_string = 71;
  map<string, Color> k_color = 72;
  map<string, Item> k_item = 73;
}
`;

export const PROTO2 = `
syntax = "proto2";
package b2;

enum Closed {
  ONE = 1;
  TWO = 2;
}

message Req {
  required int32 id = 1;
  optional Req child = 2;
  repeated Req list = 3;
  map<string, Req> by_name = 4;
  optional int32 opt = 5 [default = 7];
  optional Closed closed = 6;
  extensions 100 to 200;
}

extend Req {
  optional int32 ext_int = 100;
  repeated string ext_tags = 101;
}

message Holder {
  extend Req {
    optional Req nested_ext = 110;
  }
}
`;

/** A schema holding only Item under another package, as an extra registry for Any. */
export const OTHER = `
syntax = "proto3";
package other;
message Extra { string note = 1; }
`;

export function loadBehaviourSchema(): CompiledSchema {
  return loadSchemaSync({ sources: { "b.proto": PROTO3, "b2.proto": PROTO2 } });
}

export function loadOtherSchema(): CompiledSchema {
  return loadSchemaSync({ sources: { "other.proto": OTHER } });
}

/** @bufbuild/protobuf's registry of a protowire schema. */
export function esRegistry(schema: CompiledSchema): FileRegistry {
  return createFileRegistry(fromBinary(FileDescriptorSetSchema, schema.toFileDescriptorSet()));
}
