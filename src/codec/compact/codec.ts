/**
 * A MessageCodec made of a compact table (`protowire gen --optimize=size`): the same public
 * face as the compiled and generated codecs (codec.ts), the same options and errors, interpreted
 * from rows (kind.ts) instead of specialized code. Its methods are the functions of
 * functions.ts; `$table` makes the table they take.
 */
import { ProtowireError } from "../../wire/errors.js";
import type { MessageCodec } from "../codec.js";
import { create, fromBinary, type MessageTable, mergeFromBinary, toBinary } from "./functions.js";
import type { Rec, Row } from "./kind.js";
import { type ExtensionCheck, type OneofCheck, type RequiredCheck, table } from "./message.js";

/** What a message type has besides fields, each only when it has it (as `protowire gen` writes them). */
export interface CompactOptions {
  /** `$required`: the type holds required fields, itself or in its message fields. */
  readonly required?: RequiredCheck;
  /** `$oneofs`: the type has oneofs. */
  readonly oneofs?: OneofCheck;
  /** `$extensions(...)`: the type has extension ranges or is a MessageSet. */
  readonly extensions?: ExtensionCheck;
}

/** The table of message type `name` whose fields are `rows` (a thunk, called on first use). */
export function $table<T extends object>(
  name: string,
  rows: () => readonly Row[],
  options: CompactOptions = {},
): MessageTable<T> {
  return { name, rows, ...options };
}

/** The codec of the message type `T` describes. */
export function $compact<T extends object>(T: MessageTable<T>): MessageCodec<T> {
  return {
    typeName: T.name,
    create: (init, o) => create(T, init, o),
    decode: (bytes, o) => fromBinary(T, bytes, o),
    mergeFrom: (msg, bytes, o) => mergeFromBinary(T, msg, bytes, o),
    encode: (msg, o) => toBinary(T, msg, o),
    getField(msg, property) {
      const r = table(T).declared.find((x) => x[1] === property && x[5] === undefined);
      if (r === undefined) {
        throw new ProtowireError(
          "UNKNOWN_FIELD",
          `${T.name} has no field ${JSON.stringify(property)}`,
        );
      }
      const v = (msg as Rec)[property];
      if (v !== undefined) return v;
      if (r[7] !== undefined) throw new ProtowireError("INVALID_VALUE", r[7]);
      const d = r[6] ?? r[2].z;
      return d instanceof Uint8Array ? d.slice() : d;
    },
    missingFields: (msg) => T.required?.list(T, msg as Rec) ?? [],
  };
}
