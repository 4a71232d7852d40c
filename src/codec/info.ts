/**
 * The part of the schema layer's linked view (MessageInfo / FieldInfo / EnumInfo in
 * docs/design.md) that the compiler reads. Declared structurally so the codec depends on the
 * documented contract only: any object with these properties compiles, which also lets tests
 * build schemas by hand.
 */

export interface CodecEnumInfo {
  readonly fullName: string;
  /** Open enums keep unknown values in the field; closed ones send them to unknown fields. */
  readonly open: boolean;
  readonly values: readonly { readonly name: string; readonly number: number }[];
}

export interface CodecOneofInfo {
  readonly name: string;
  readonly localName: string;
  /** The synthetic oneof of a proto3 `optional` field: not a oneof in the message model. */
  readonly synthetic?: boolean;
}

export interface CodecFieldInfo {
  readonly name: string;
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
  readonly message?: CodecMessageInfo | undefined;
  readonly enum?: CodecEnumInfo | undefined;
  readonly oneof?: CodecOneofInfo | undefined;
  readonly map?: { readonly key: CodecFieldInfo; readonly value: CodecFieldInfo } | undefined;
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

export interface CodecMessageInfo {
  readonly fullName: string;
  /** Sorted by field number (extensions excluded). */
  readonly fields: readonly CodecFieldInfo[];
  /** The same fields in declaration order: the property order of message objects. */
  readonly declaredFields?: readonly CodecFieldInfo[];
  readonly isMapEntry?: boolean;
  /** Extension ranges `[from, toExclusive]`: the decoder keeps those fields one chunk each. */
  readonly extensionRanges?: readonly (readonly [number, number])[];
  /** `option message_set_wire_format = true`: extensions travel in Item groups. */
  readonly isMessageSet?: boolean;
  /** Extensions of this message known to the schema: encode writes them in number order. */
  extensions?(): readonly CodecFieldInfo[];
}
