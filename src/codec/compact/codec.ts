/**
 * A MessageCodec made of a compact table (`protowire gen --optimize=size`): the same public
 * face as the compiled and generated codecs (codec.ts), the same options and errors, interpreted
 * from rows (kind.ts) instead of specialized code.
 */
import { DEFAULT_RECURSION_LIMIT } from "../../wire/constants.js";
import { DecodeError, ProtowireError } from "../../wire/errors.js";
import type { MessageCodec } from "../codec.js";
import { asEncodeError, rooted, shortName } from "../codec-errors.js";
import type { DecodeOptions } from "../options.js";
import { finishValueError } from "../values.js";
import type { Rec, Row } from "./kind.js";
import {
  create,
  decodeMessage,
  type ExtensionCheck,
  encodeMessage,
  type MessageType,
  make,
  type OneofCheck,
  type RequiredCheck,
  table,
} from "./message.js";
import { bad } from "./values.js";
import { cursor, sink } from "./wire.js";

/** What a message type has besides fields, each only when it has it (as `protowire gen` writes them). */
export interface CompactOptions {
  /** `$required`: the type holds required fields, itself or in its message fields. */
  readonly required?: RequiredCheck;
  /** `$oneofs`: the type has oneofs. */
  readonly oneofs?: OneofCheck;
  /** The type's extension ranges, `[from, toExclusive]`. */
  readonly ranges?: readonly (readonly [number, number])[];
  /** `$extensions(...)`: the extensions of the type the schema knows. */
  readonly extensions?: ExtensionCheck;
  /** The type is a MessageSet (`option message_set_wire_format = true`). */
  readonly messageSet?: boolean;
}

/** The codec of message type `name` whose fields are `rows` (a thunk, called on first use). */
export function $compact<T extends object>(
  name: string,
  rows: () => readonly Row[],
  options: CompactOptions = {},
): MessageCodec<T> {
  const { required, oneofs, ranges, extensions, messageSet } = options;
  const T: MessageType = { name, rows, required, oneofs, ranges, extensions, messageSet };
  const root = shortName(name);
  const decodeInto = (m: Rec, bytes: Uint8Array, options?: DecodeOptions): T => {
    if (!(bytes instanceof Uint8Array)) {
      throw new ProtowireError("INVALID_ARGUMENT", `${root}: decode expects a Uint8Array`);
    }
    const max = options?.maxMessageSize;
    if (max !== undefined && bytes.length > max) {
      throw new DecodeError(
        "MESSAGE_TOO_LARGE",
        `${bytes.length} bytes exceed maxMessageSize ${max}`,
        0,
        root,
      );
    }
    const c = cursor(
      bytes,
      options?.recursionLimit ?? DEFAULT_RECURSION_LIMIT,
      options?.aliasBytes === true,
      options?.discardUnknown === true,
    );
    try {
      decodeMessage(T, c, bytes.length, m, 0, 0);
    } catch (e) {
      throw e instanceof DecodeError ? rooted(e, root) : e;
    }
    if (options?.allowPartial !== true) required?.check(T, m, root, bytes.length);
    return m as T;
  };
  const codec = {
    typeName: name,
    $type: T,
    create(init?: object, options?: { ignoreUnknownKeys?: boolean }): T {
      try {
        return create(T, init, 0, options?.ignoreUnknownKeys === true) as T;
      } catch (e) {
        throw finishValueError(e, root);
      }
    },
    decode: (bytes: Uint8Array, options?: DecodeOptions): T => decodeInto(make(T), bytes, options),
    mergeFrom: (msg: T, bytes: Uint8Array, options?: DecodeOptions): T =>
      decodeInto(msg as Rec, bytes, options),
    encode(msg: unknown, options?: Parameters<MessageCodec["encode"]>[1]): Uint8Array {
      if (typeof msg !== "object" || msg === null)
        throw finishValueError(bad(msg, "message"), root);
      const s = sink(64);
      try {
        encodeMessage(T, s, msg as Rec, options ?? {}, 0);
        // After the encode: an invalid input (often why a required field reads as unset)
        // explains more than the missing fields do.
        if (options?.allowPartial !== true) required?.check(T, msg as Rec, root);
      } catch (e) {
        throw asEncodeError(e, root);
      }
      return s.b.slice(0, s.n);
    },
    getField(msg: T, property: string): unknown {
      const r = table(T).declared.find((x) => x[1] === property && x[5] === undefined);
      if (r === undefined) {
        throw new ProtowireError(
          "UNKNOWN_FIELD",
          `${name} has no field ${JSON.stringify(property)}`,
        );
      }
      const v = (msg as Rec)[property];
      if (v !== undefined) return v;
      if (r[7] !== undefined) throw new ProtowireError("INVALID_VALUE", r[7]);
      const d = r[6] ?? r[2].z;
      return d instanceof Uint8Array ? d.slice() : d;
    },
    missingFields: (msg: T): string[] => required?.list(T, msg as Rec) ?? [],
  };
  return codec as unknown as MessageCodec<T>;
}
