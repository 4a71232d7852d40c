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
import { cursor, type Sink, sink } from "./wire.js";

/** What a message type has besides fields, each only when it has it (as `protowire gen` writes them). */
export interface CompactOptions {
  /** `$required`: the type holds required fields, itself or in its message fields. */
  readonly required?: RequiredCheck;
  /** `$oneofs`: the type has oneofs. */
  readonly oneofs?: OneofCheck;
  /** `$extensions(...)`: the type has extension ranges or is a MessageSet. */
  readonly extensions?: ExtensionCheck;
}

let spare: Sink | undefined;

/** The codec of message type `name` whose fields are `rows` (a thunk, called on first use). */
export function $compact<T extends object>(
  name: string,
  rows: () => readonly Row[],
  options: CompactOptions = {},
): MessageCodec<T> {
  const T: MessageType = { name, rows, ...options };
  const root = shortName(name);
  const decodeInto = (m: Rec, bytes: Uint8Array, o: DecodeOptions = {}): T => {
    if (!(bytes instanceof Uint8Array)) {
      throw new ProtowireError("INVALID_ARGUMENT", `${root}: decode expects a Uint8Array`);
    }
    if (bytes.length > (o.maxMessageSize ?? Number.POSITIVE_INFINITY)) {
      const detail = `${bytes.length} bytes exceed maxMessageSize ${o.maxMessageSize}`;
      throw new DecodeError("MESSAGE_TOO_LARGE", detail, 0, root);
    }
    const limit = o.recursionLimit ?? DEFAULT_RECURSION_LIMIT;
    try {
      decodeMessage(T, cursor(bytes, limit, o.aliasBytes, o.discardUnknown), bytes.length, m, 0, 0);
    } catch (e) {
      throw e instanceof DecodeError ? rooted(e, root) : e;
    }
    if (!o.allowPartial) T.required?.check(T, m, root, bytes.length);
    return m as T;
  };
  const codec: MessageCodec<T> & { $type: MessageType } = {
    typeName: name,
    $type: T,
    create(init, o) {
      try {
        return create(T, init, 0, o?.ignoreUnknownKeys === true) as T;
      } catch (e) {
        throw finishValueError(e, root);
      }
    },
    decode: (bytes, o) => decodeInto(make(T), bytes, o),
    mergeFrom: (msg, bytes, o) => decodeInto(msg as Rec, bytes, o),
    encode(msg, o = {}) {
      // One reusable output buffer: taken while in use (an encode may run user code that
      // encodes), so that a nested call or one after a throw starts a fresh one.
      const s = spare ?? sink(1024);
      spare = undefined;
      s.n = 0;
      try {
        if (typeof msg !== "object" || msg === null) throw bad(msg, "message");
        encodeMessage(T, s, msg as Rec, o, 0);
        // After the encode: an invalid input (often why a required field reads as unset)
        // explains more than the missing fields do.
        if (!o.allowPartial) T.required?.check(T, msg as Rec, root);
      } catch (e) {
        throw asEncodeError(e, root);
      }
      const out = s.b.slice(0, s.n);
      if (s.b.length <= 1 << 20) spare = s;
      return out;
    },
    getField(msg, property) {
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
    missingFields: (msg) => T.required?.list(T, msg as Rec) ?? [],
  };
  return codec;
}
