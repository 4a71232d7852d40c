/**
 * What each FieldType means, in one table that every layer reads: the linker (packed and map
 * key checks, option values), the codec (emitted reads and writes, value checks, defaults) and
 * the JSON and text layers to come. One row per FieldType of google/protobuf/descriptor.proto
 * (TYPE_DOUBLE = 1 ... TYPE_SINT64 = 18), as Go's protobuf keeps its `ProtoKinds` table
 * (internal/cmd/generate-types/proto.go) and generates per-kind code from it.
 *
 * Wire types are those of the encoding spec (https://protobuf.dev/programming-guides/encoding/):
 * varint for int32 ... bool and enum, I64 for fixed64 / sfixed64 / double, I32 for fixed32 /
 * sfixed32 / float, LEN for string, bytes and messages, SGROUP for groups.
 */
import { WireType } from "../../wire/constants.js";
import { FieldType } from "./shapes.js";

/**
 * How a value of the kind is held in JS: `number` (32-bit integers), `float` (float, double),
 * `bigint` (64-bit integers; `[jstype]` gives the codec two more forms), `bool`, `string`,
 * `bytes` (Uint8Array), `enum` (its number), `message` (messages and groups).
 */
export type JsKind =
  | "number"
  | "float"
  | "bigint"
  | "bool"
  | "string"
  | "bytes"
  | "enum"
  | "message";

/** The range of an integer kind. */
export interface IntegerRange {
  readonly bits: 32 | 64;
  readonly signed: boolean;
  /** sint32 / sint64: ZigZag-encoded on the wire. */
  readonly zigzag: boolean;
  readonly min: bigint;
  readonly max: bigint;
  /** The range as named in messages: `int32`, `uint32`, `int64` or `uint64`. */
  readonly name: string;
}

export interface FieldKind {
  /** The FieldType number. */
  readonly type: number;
  /**
   * The kind's name: for scalars and groups the keyword of .proto and text format (`int32`,
   * `group`), which is also the Reader/Writer method of a scalar; `message` and `enum` for
   * the kinds a type name selects.
   */
  readonly name: string;
  /** Whether `name` is a type keyword of .proto sources (scalars and `group`). */
  readonly keyword: boolean;
  /** Wire type of one value; a packed run of the kind travels as one LengthDelimited record. */
  readonly wireType: number;
  /** Whether a repeated field of the kind may be packed (scalar numbers, bool and enum). */
  readonly packable: boolean;
  /**
   * Bytes per value where every value takes the same size, else 0: the fixed-width kinds, and
   * bool, which is always written as one varint byte (0 or 1).
   */
  readonly fixedSize: number;
  /** The Reader/Writer method of one value (enum: int32); undefined for message and group. */
  readonly method: string | undefined;
  readonly js: JsKind;
  /** The range of an integer kind (enum: int32); undefined for the others. */
  readonly integer: IntegerRange | undefined;
  /** Whether the kind may be a map key (integers, bool and string; not enum, float or bytes). */
  readonly mapKey: boolean;
}

const T = FieldType;
const V = WireType.Varint;
const I64 = WireType.Fixed64;
const I32 = WireType.Fixed32;
const LEN = WireType.LengthDelimited;

function range(bits: 32 | 64, signed: boolean, zigzag = false): IntegerRange {
  const top = 1n << BigInt(signed ? bits - 1 : bits);
  return {
    bits,
    signed,
    zigzag,
    min: signed ? -top : 0n,
    max: top - 1n,
    name: `${signed ? "" : "u"}int${bits}`,
  };
}

/** A row for a scalar kind: its name is its keyword and its Reader/Writer method. */
function scalar(
  type: number,
  name: string,
  wireType: number,
  js: JsKind,
  integer?: IntegerRange,
): FieldKind {
  const fixedSize = wireType === I64 ? 8 : wireType === I32 ? 4 : js === "bool" ? 1 : 0;
  const mapKey = integer !== undefined || js === "bool" || js === "string";
  const packable = wireType !== LEN;
  return {
    type,
    name,
    keyword: true,
    wireType,
    packable,
    fixedSize,
    method: name,
    js,
    integer,
    mapKey,
  };
}

const ROWS: readonly FieldKind[] = [
  scalar(T.TYPE_DOUBLE, "double", I64, "float"),
  scalar(T.TYPE_FLOAT, "float", I32, "float"),
  scalar(T.TYPE_INT64, "int64", V, "bigint", range(64, true)),
  scalar(T.TYPE_UINT64, "uint64", V, "bigint", range(64, false)),
  scalar(T.TYPE_INT32, "int32", V, "number", range(32, true)),
  scalar(T.TYPE_FIXED64, "fixed64", I64, "bigint", range(64, false)),
  scalar(T.TYPE_FIXED32, "fixed32", I32, "number", range(32, false)),
  scalar(T.TYPE_BOOL, "bool", V, "bool"),
  scalar(T.TYPE_STRING, "string", LEN, "string"),
  {
    type: T.TYPE_GROUP,
    name: "group",
    keyword: true,
    wireType: WireType.StartGroup,
    packable: false,
    fixedSize: 0,
    method: undefined,
    js: "message",
    integer: undefined,
    mapKey: false,
  },
  {
    type: T.TYPE_MESSAGE,
    name: "message",
    keyword: false,
    wireType: LEN,
    packable: false,
    fixedSize: 0,
    method: undefined,
    js: "message",
    integer: undefined,
    mapKey: false,
  },
  scalar(T.TYPE_BYTES, "bytes", LEN, "bytes"),
  scalar(T.TYPE_UINT32, "uint32", V, "number", range(32, false)),
  // Enums travel as int32 varints: a negative value takes 10 bytes, as protoc writes it.
  {
    ...scalar(T.TYPE_ENUM, "enum", V, "enum", range(32, true)),
    keyword: false,
    method: "int32",
    mapKey: false,
  },
  scalar(T.TYPE_SFIXED32, "sfixed32", I32, "number", range(32, true)),
  scalar(T.TYPE_SFIXED64, "sfixed64", I64, "bigint", range(64, true)),
  scalar(T.TYPE_SINT32, "sint32", V, "number", range(32, true, true)),
  scalar(T.TYPE_SINT64, "sint64", V, "bigint", range(64, true, true)),
];

/** The rows by FieldType number (index 0 is empty: no FieldType 0). */
const BY_TYPE: readonly (FieldKind | undefined)[] = (() => {
  const out: (FieldKind | undefined)[] = [];
  for (const row of ROWS) out[row.type] = row;
  return out;
})();

/** Every field kind, in FieldType order. */
export const FIELD_KINDS: readonly FieldKind[] = BY_TYPE.filter((k) => k !== undefined);

/** The kind of FieldType `type`; undefined for a number that is no FieldType (0: not resolved). */
export function fieldKind(type: number): FieldKind | undefined {
  return BY_TYPE[type];
}

/** Kinds by name (`int32`, `enum`, `message`, `group` ...). */
const BY_NAME: ReadonlyMap<string, FieldKind> = new Map(ROWS.map((k) => [k.name, k]));

/** The kind named `name` (see FieldKind.name); undefined for any other string. */
export function fieldKindByName(name: string): FieldKind | undefined {
  return BY_NAME.get(name);
}

/** The FieldType of a .proto type keyword (`int32`, `group` ...); undefined for a type name. */
export function keywordType(word: string): number | undefined {
  const k = BY_NAME.get(word);
  return k?.keyword === true ? k.type : undefined;
}
