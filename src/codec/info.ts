/**
 * The schema layer's MessageInfo / FieldInfo / EnumInfo / OneofInfo (schema-types.ts,
 * docs/design.md), as far as the compiler reads them. Same names, same object: the schema's
 * linked view satisfies these interfaces (every codec test compiles one), and the linker's
 * MessageNode is the class behind it. Declared structurally so the codec depends on the
 * documented contract only: any object with these properties compiles, which also lets tests
 * build schemas by hand or from protobuf-es descriptors.
 */

export interface EnumInfo {
  readonly fullName: string;
  /** Open enums keep unknown values in the field; closed ones send them to unknown fields. */
  readonly open: boolean;
  readonly values: readonly { readonly name: string; readonly number: number }[];
}

export interface OneofInfo {
  readonly name: string;
  readonly localName: string;
  /** The synthetic oneof of a proto3 `optional` field: not a oneof in the message model. */
  readonly synthetic?: boolean;
}

export interface FieldInfo {
  readonly name: string;
  /** For extensions: the full name (`pkg.ext`), which names it in error paths. */
  readonly fullName?: string;
  readonly localName: string;
  readonly number: number;
  /** google.protobuf.FieldDescriptorProto.Type */
  readonly type: number;
  readonly repeated: boolean;
  readonly presence: "explicit" | "implicit" | "required";
  readonly packed: boolean;
  /** Group encoding (proto2 groups, editions message_encoding = DELIMITED). */
  readonly delimited: boolean;
  readonly utf8Validate: boolean;
  readonly message?: MessageInfo | undefined;
  readonly enum?: EnumInfo | undefined;
  readonly oneof?: OneofInfo | undefined;
  readonly map?: { readonly key: FieldInfo; readonly value: FieldInfo } | undefined;
  readonly defaultValue?: unknown;
  /** For extensions: the extended message (its wire format decides how the value travels). */
  readonly extendee?: { readonly isMessageSet?: boolean } | undefined;
  readonly proto?:
    | {
        readonly proto3Optional?: boolean | undefined;
        /** `jstype` (JS_NORMAL 0, JS_STRING 1, JS_NUMBER 2): the JS form of 64-bit integers. */
        readonly options?: { readonly jstype?: number | undefined } | undefined;
      }
    | undefined;
}

export interface MessageInfo {
  readonly fullName: string;
  /** Sorted by field number (extensions excluded). */
  readonly fields: readonly FieldInfo[];
  /** The same fields in declaration order: the property order of message objects. */
  readonly declaredFields?: readonly FieldInfo[];
  readonly isMapEntry?: boolean;
  /** Extension ranges `[from, toExclusive]`: the decoder keeps those fields one chunk each. */
  readonly extensionRanges?: readonly (readonly [number, number])[];
  /** `option message_set_wire_format = true`: extensions travel in Item groups. */
  readonly isMessageSet?: boolean;
  /** Extensions of this message known to the schema: encode writes them in number order. */
  extensions?(): readonly FieldInfo[];
}
