// The linked view of a schema: what the codec compiles from (docs/design.md, "MessageInfo /
// FieldInfo / EnumInfo"). Built by the linker; every reference is resolved, every editions
// feature is resolved into plain booleans, so consumers never look at syntax or features.

import type {
  DescriptorProto,
  EnumDescriptorProto,
  EnumValueDescriptorProto,
  FieldDescriptorProto,
  FileDescriptorProto,
  MethodDescriptorProto,
  OneofDescriptorProto,
  ServiceDescriptorProto,
} from "./descriptor/shapes.js";

export type Syntax = "proto2" | "proto3" | "editions";

export interface FileInfo {
  readonly kind: "file";
  /** Import path, e.g. `google/protobuf/timestamp.proto`. */
  readonly name: string;
  /** Package, `""` when none. */
  readonly package: string;
  readonly syntax: Syntax;
  /** Edition number (Edition.EDITION_PROTO2 / _PROTO3 for the legacy syntaxes). */
  readonly edition: number;
  /** The linked descriptor (type names fully qualified, options interpreted, json_name set). */
  readonly proto: FileDescriptorProto;
  readonly dependencies: FileInfo[];
  /** `import option` files (edition 2024). */
  readonly optionDependencies: FileInfo[];
  readonly messages: MessageInfo[];
  readonly enums: EnumInfo[];
  readonly services: ServiceInfo[];
  /** Extensions declared at file level. */
  readonly extensions: FieldInfo[];
}

export interface MessageInfo {
  readonly kind: "message";
  /** Full name without leading dot: `pkg.Outer.Inner`. */
  readonly fullName: string;
  readonly name: string;
  readonly file: FileInfo;
  readonly parent: MessageInfo | undefined;
  readonly proto: DescriptorProto;
  /** Fields (not extensions), sorted by field number. */
  readonly fields: FieldInfo[];
  /** Fields in declaration order. */
  readonly declaredFields: FieldInfo[];
  readonly oneofs: OneofInfo[];
  readonly nestedMessages: MessageInfo[];
  readonly nestedEnums: EnumInfo[];
  /** Extensions declared inside this message (they extend other messages). */
  readonly nestedExtensions: FieldInfo[];
  /** True for the synthesized `FooEntry` of a `map<K, V> foo` field. */
  readonly isMapEntry: boolean;
  /** MessageSet wire format (message_set_wire_format option). */
  readonly isMessageSet: boolean;
  /** Extension number ranges, `[from, toExclusive)`. */
  readonly extensionRanges: [number, number][];
  /** Extensions of this message known to the schema, sorted by number. */
  extensions(): FieldInfo[];
  /** Field by name or number (not extensions). */
  field(nameOrNumber: string | number): FieldInfo | undefined;
}

export type Presence = "explicit" | "implicit" | "required";

export interface FieldInfo {
  readonly kind: "field";
  /** Name as declared (`foo_bar`). */
  readonly name: string;
  /** `pkg.Msg.foo_bar`, or the extension's full name. */
  readonly fullName: string;
  /** protobuf-es style property name: lowerCamelCase, `$`-escaped when reserved. */
  readonly localName: string;
  readonly number: number;
  readonly jsonName: string;
  /** FieldType value (FieldType.TYPE_INT32 ...); TYPE_GROUP for groups. */
  readonly type: number;
  readonly repeated: boolean;
  /** `implicit` for repeated and map fields. */
  readonly presence: Presence;
  /** Repeated scalar written packed. */
  readonly packed: boolean;
  /** Message written as a group (TYPE_GROUP or editions message_encoding = DELIMITED). */
  readonly delimited: boolean;
  /** string fields: invalid UTF-8 is an error (proto3 / utf8_validation = VERIFY). */
  readonly utf8Validate: boolean;
  readonly message: MessageInfo | undefined;
  readonly enum: EnumInfo | undefined;
  /** The real or synthetic oneof the field belongs to. */
  readonly oneof: OneofInfo | undefined;
  readonly map: { key: FieldInfo; value: FieldInfo } | undefined;
  /**
   * Explicit `[default = ...]`, parsed: number for 32-bit ints, floats and enums; bigint for
   * 64-bit ints; boolean; string; Uint8Array for bytes.
   */
  readonly defaultValue: unknown;
  /** Message this field belongs to (undefined for file-level extensions). */
  readonly parent: MessageInfo | undefined;
  /** For extensions: the extended message. */
  readonly extendee: MessageInfo | undefined;
  readonly isExtension: boolean;
  readonly file: FileInfo;
  readonly proto: FieldDescriptorProto;
}

export interface OneofInfo {
  readonly kind: "oneof";
  readonly name: string;
  readonly localName: string;
  readonly fullName: string;
  /** Synthetic oneof of a proto3 `optional` field. */
  readonly synthetic: boolean;
  readonly fields: FieldInfo[];
  readonly parent: MessageInfo;
  readonly proto: OneofDescriptorProto;
}

export interface EnumValueInfo {
  readonly name: string;
  readonly number: number;
  readonly proto: EnumValueDescriptorProto;
}

export interface EnumInfo {
  readonly kind: "enum";
  readonly fullName: string;
  readonly name: string;
  /** Open enums keep unknown numbers in the field; closed ones move them to unknown fields. */
  readonly open: boolean;
  readonly values: EnumValueInfo[];
  readonly file: FileInfo;
  readonly parent: MessageInfo | undefined;
  readonly proto: EnumDescriptorProto;
  /** First declared value with this number (aliases share numbers). */
  value(nameOrNumber: string | number): EnumValueInfo | undefined;
}

export interface MethodInfo {
  readonly kind: "method";
  readonly name: string;
  readonly fullName: string;
  readonly input: MessageInfo;
  readonly output: MessageInfo;
  readonly clientStreaming: boolean;
  readonly serverStreaming: boolean;
  readonly service: ServiceInfo;
  readonly proto: MethodDescriptorProto;
}

export interface ServiceInfo {
  readonly kind: "service";
  readonly fullName: string;
  readonly name: string;
  readonly methods: MethodInfo[];
  readonly file: FileInfo;
  readonly proto: ServiceDescriptorProto;
}
