/**
 * The compact codecs as functions of a message type's table, named as protobuf-es names them
 * (`create`, `toBinary`, `fromBinary`, `mergeFromBinary`): `protowire gen --optimize=size`
 * exports each message type's table as `<Name>Schema`, and a bundler keeps only the functions
 * a program calls (a codec object, codec.ts, holds all of its methods). The codec objects'
 * methods are these functions. Given any codec instead of a table (generated, loaded at run
 * time), each function calls the codec's own method.
 */
import { DEFAULT_RECURSION_LIMIT } from "../../wire/constants.js";
import { DecodeError, ProtowireError } from "../../wire/errors.js";
import type { Message, MessageCodec, MessageInit } from "../codec.js";
import { asEncodeError, rooted, shortName } from "../codec-errors.js";
import type { CreateOptions, DecodeOptions, EncodeOptions } from "../options.js";
import { finishValueError } from "../values.js";
import type { Rec } from "./kind.js";
import {
  create as createMessage,
  decodeMessage,
  encodeMessage,
  type MessageType,
  make,
} from "./message.js";
import { bad } from "./values.js";
import { cursor, type Sink, sink } from "./wire.js";

declare const messageOf: unique symbol;

/**
 * The table of message type `T` (`protowire gen --optimize=size` exports one per message type
 * as `<Name>Schema`): what `create`, `toBinary`, `fromBinary` and `mergeFromBinary` take.
 */
export interface MessageTable<T extends object = Message> extends MessageType {
  /** Type only: the message type this table describes. */
  readonly [messageOf]?: T;
}

/** What the functions take: a table, or any codec (whose own methods then run). */
export type MessageSchema<T extends object = Message> = MessageTable<T> | MessageCodec<T>;

/** A new message of `table`'s type holding `init`'s fields, each checked and copied. */
export function create<T extends object>(
  table: MessageSchema<T>,
  init?: MessageInit<T>,
  options?: CreateOptions,
): T {
  if (!("rows" in table)) return table.create(init, options);
  try {
    return createMessage(table, init, 0, options?.ignoreUnknownKeys === true) as T;
  } catch (e) {
    throw finishValueError(e, shortName(table.name));
  }
}

/** Decodes `bytes` as a message of `table`'s type. */
export function fromBinary<T extends object>(
  table: MessageSchema<T>,
  bytes: Uint8Array,
  options?: DecodeOptions,
): T {
  if (!("rows" in table)) return table.decode(bytes, options);
  return decodeInto(table, make(table), bytes, options) as T;
}

/** Decodes `bytes` into `target` (protobuf's merge: scalars replaced, lists appended). */
export function mergeFromBinary<T extends object>(
  table: MessageSchema<T>,
  target: T,
  bytes: Uint8Array,
  options?: DecodeOptions,
): T {
  if (!("rows" in table)) return table.mergeFrom(target, bytes, options);
  return decodeInto(table, target as Rec, bytes, options) as T;
}

function decodeInto(T: MessageType, m: Rec, bytes: Uint8Array, o: DecodeOptions = {}): Rec {
  if (!(bytes instanceof Uint8Array)) {
    throw new ProtowireError(
      "INVALID_ARGUMENT",
      `${shortName(T.name)}: decode expects a Uint8Array`,
    );
  }
  if (o.maxMessageSize !== undefined && bytes.length > o.maxMessageSize) {
    const detail = `${bytes.length} bytes exceed maxMessageSize ${o.maxMessageSize}`;
    throw new DecodeError("MESSAGE_TOO_LARGE", detail, 0, shortName(T.name));
  }
  const limit = o.recursionLimit ?? DEFAULT_RECURSION_LIMIT;
  try {
    decodeMessage(T, cursor(bytes, limit, o.aliasBytes, o.discardUnknown), bytes.length, m, 0, 0);
  } catch (e) {
    throw e instanceof DecodeError ? rooted(e, shortName(T.name)) : e;
  }
  if (!o.allowPartial) T.required?.check(T, m, bytes.length);
  return m;
}

let spare: Sink | undefined;

/** The binary form of `msg`, a message of `table`'s type (or the fields `create` takes). */
export function toBinary<T extends object>(
  table: MessageSchema<T>,
  msg: T | MessageInit<T>,
  options: EncodeOptions = {},
): Uint8Array {
  if (!("rows" in table)) return table.encode(msg, options);
  // One reusable output buffer: taken while in use (an encode may run user code that encodes),
  // so that a nested call or one after a throw starts a fresh one.
  const s = spare ?? sink(1024);
  spare = undefined;
  s.n = 0;
  try {
    if (typeof msg !== "object" || msg === null) throw bad(msg, "message");
    encodeMessage(table, s, msg as Rec, options, 0);
    // After the encode: an invalid input (often why a required field reads as unset) explains
    // more than the missing fields do.
    if (!options.allowPartial) table.required?.check(table, msg as Rec);
  } catch (e) {
    throw asEncodeError(e, shortName(table.name));
  }
  const out = s.b.slice(0, s.n);
  if (s.b.length <= 1 << 20) spare = s;
  return out;
}
