/**
 * MessageCodec: the public face of a message type's functions, however they were made:
 * compiled from a loaded schema at run time (message-type.ts), or generated ahead of time.
 * This module is part of the run-time half (it never imports the emitter or the compiler).
 */

import { DecodeError, EncodeError, ProtowireError } from "../wire/errors.js";
import { FastReader } from "../wire/fast-reader.js";
import { FastWriter } from "../wire/fast-writer.js";
import { asEncodeError, missingList, rooted, shortName } from "./codec-errors.js";
import { linkFunctions } from "./link.js";
import type { CreateOptions, DecodeOptions, EncodeOptions } from "./options.js";
import { runOptions } from "./options.js";
import type { MessageFunctions } from "./runtime.js";
import { badValue, CREATE_DEPTH_LIMIT, finishValueError } from "./values.js";

/** A decoded or created message: fields by local name, unknown fields byte-exact in `$unknown`. */
export interface Message {
  [field: string]: unknown;
  $unknown?: Uint8Array[];
}

/**
 * What `create` and `encode` accept for a message of type `T`: every field optional, nested
 * messages partial too (or `null` for unset), a plain object for a string-keyed map, and for a
 * 64-bit integer a `number` or decimal string besides a `bigint` (docs/codec.md, "Values
 * encode and create accept"). For the untyped `Message`, anything.
 */
export type MessageInit<T> = { [K in keyof T]?: FieldInit<T[K]> };

/** The input form of one field's value (MessageInit). */
export type FieldInit<V> = V extends Uint8Array
  ? V
  : V extends bigint
    ? bigint | number | string
    : V extends Map<infer K, infer W>
      ? Map<K, FieldInit<W>> | (K extends string ? { [key: string]: FieldInit<W> } : never)
      : V extends readonly (infer E)[]
        ? FieldInit<E>[]
        : V extends { case: undefined }
          ? V
          : V extends { case: infer C; value: infer X }
            ? { case: C; value: FieldInit<X> }
            : V extends object
              ? MessageInit<V> | null
              : V;

export interface MessageCodec<T extends object = Message> {
  /** Full name of the message type, e.g. `pkg.Msg`. */
  readonly typeName: string;
  /** A message with every field at its default; `init` fields (partial, nested) copied in. */
  create(init?: MessageInit<T>, options?: CreateOptions): T;
  decode(bytes: Uint8Array, options?: DecodeOptions): T;
  /** Decodes `bytes` into an existing message, with protobuf merge semantics. */
  mergeFrom(msg: T, bytes: Uint8Array, options?: DecodeOptions): T;
  /** `msg`: a message, or a partial plain object of its fields (as `create` takes). */
  encode(msg: T | MessageInit<T>, options?: EncodeOptions): Uint8Array;
  /**
   * The value of a field by property name, or its default when unset: proto2 `[default = ...]`,
   * the first enum value, or the zero value (`undefined` for an unset message field).
   */
  getField(msg: T, property: string): unknown;
  /** Paths of unset required fields (`a.b[2].c`), empty when the message is complete. */
  missingFields(msg: T): string[];
}

/** What a codec needs to know of its message type besides its functions. */
export interface CodecFacts {
  /** Full name of the message type, e.g. `pkg.Msg`. */
  readonly typeName: string;
  /** Whether the type (transitively) holds required fields: only then are they checked. */
  readonly required: boolean;
  /** Whether `property` names a field that getField reads (oneof members do not). */
  hasField(property: string): boolean;
  /**
   * getField's value of that field when unset: proto2 `[default = ...]`, an enum's first
   * value, the zero value, `undefined` for a message.
   */
  defaultOf(property: string): unknown;
}

/**
 * The facts of a generated type: getField's defaults by property (a bytes default is copied
 * for each call, so that no caller can change another's), and the properties whose default has
 * no value in the field's form (a JS_NUMBER default beyond 2^53 - 1), each with the message of
 * the ProtowireError INVALID_VALUE that getField throws for it, as the compiled codecs do.
 */
export function codecFacts(
  typeName: string,
  required: boolean,
  defaults: ReadonlyMap<string, unknown>,
  invalidDefaults?: ReadonlyMap<string, string>,
): CodecFacts {
  return {
    typeName,
    required,
    hasField: (property) => defaults.has(property),
    defaultOf(property) {
      const invalid = invalidDefaults?.get(property);
      if (invalid !== undefined) throw new ProtowireError("INVALID_VALUE", invalid);
      const v = defaults.get(property);
      return v instanceof Uint8Array ? v.slice() : v;
    },
  };
}

/** The codec of a message type whose linked functions are `fns`. */
export function createCodec<T extends object>(
  fns: MessageFunctions,
  facts: CodecFacts,
): MessageCodec<T> {
  const required = facts.required;
  const typeName = facts.typeName;
  const rootName = shortName(typeName);
  // Generated types link on first use (link.ts); compiled ones are linked already.
  let linked = false;
  const link = (): void => {
    linkFunctions(fns);
    linked = true;
  };
  return {
    typeName,
    create(init, options) {
      if (!linked) link();
      try {
        return fns.create(init as object | undefined, 0, options?.ignoreUnknownKeys === true) as T;
      } catch (e) {
        throw finishValueError(e, rootName);
      }
    },
    decode(bytes, options) {
      if (!linked) link();
      return decodeInto(fns, fns.make() as T, bytes, options);
    },
    mergeFrom(msg, bytes, options) {
      if (!linked) link();
      return decodeInto(fns, msg, bytes, options);
    },
    encode(msg, options) {
      if (!linked) link();
      if (typeof msg !== "object" || msg === null)
        throw finishValueError(badValue(msg, "message"), rootName);
      const o = runOptions(options);
      if (required && options?.allowPartial !== true) {
        let missing: string[];
        try {
          missing = missingOf(fns, msg, o.recursionLimit);
        } catch (e) {
          throw asEncodeError(e, rootName);
        }
        if (missing.length > 0) {
          // An invalid input (an unknown key, often the reason a required field reads as
          // unset) explains more than the missing fields do: its error comes first.
          try {
            fns.encode(msg, new FastWriter(64), o, 0);
          } catch (e) {
            throw asEncodeError(e, rootName);
          }
          throw new EncodeError("MISSING_REQUIRED", `${rootName}: ${missingList(missing)}`);
        }
      }
      const w = takeWriter();
      try {
        fns.encode(msg, w, o, 0);
      } catch (e) {
        // Generated code checks each value and names its field path (values.ts).
        throw asEncodeError(e, rootName);
      }
      // The default result owns its ArrayBuffer (it can be transferred, and `.buffer` holds
      // nothing else); `pooled` trades that for a copy into a shared slab (wire/pool.ts).
      const out = options?.pooled === true ? w.finishPooled() : w.finish();
      releaseWriter(w);
      return out;
    },
    missingFields(msg) {
      if (!linked) link();
      return required ? missingOf(fns, msg, CREATE_DEPTH_LIMIT) : [];
    },
    getField(msg, property) {
      if (!facts.hasField(property)) {
        throw new ProtowireError(
          "UNKNOWN_FIELD",
          `${typeName} has no field ${JSON.stringify(property)}`,
        );
      }
      const v = (msg as Record<string, unknown>)[property];
      return v === undefined ? facts.defaultOf(property) : v;
    },
  };

  function decodeInto(
    fns: MessageFunctions,
    msg: T,
    bytes: Uint8Array,
    options?: DecodeOptions,
  ): T {
    if (!(bytes instanceof Uint8Array)) {
      // An ArrayBuffer or a plain array would otherwise read as an empty message.
      throw new ProtowireError("INVALID_ARGUMENT", `${rootName}: decode expects a Uint8Array`);
    }
    const max = options?.maxMessageSize;
    if (max !== undefined && bytes.length > max) {
      throw new DecodeError(
        "MESSAGE_TOO_LARGE",
        `${bytes.length} bytes exceed maxMessageSize ${max}`,
        0,
        rootName,
      );
    }
    const o = runOptions(options);
    const r = takeReader(bytes, o.recursionLimit, options?.aliasBytes === true);
    try {
      fns.decode(r, bytes.length, msg, o, 0, 0);
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      throw rooted(e, rootName);
    }
    releaseReader(r);
    if (required && options?.allowPartial !== true) {
      const missing = missingOf(fns, msg, o.recursionLimit);
      if (missing.length > 0) {
        throw new DecodeError(
          "MISSING_REQUIRED",
          missingList(missing),
          bytes.length,
          `${rootName}.${missing[0]}`,
        );
      }
    }
    return msg;
  }
}

/**
 * One reusable FastWriter. Encode can call user code (getters, Proxy traps on the message), and
 * that code may encode too: the writer is taken while in use, so a nested encode gets a fresh
 * one and calls never share a buffer; a throw mid-encode leaves it taken and the next call
 * starts a fresh one. Buffers that grew past 1 MiB are dropped rather than kept alive.
 */
let spare: FastWriter | undefined = new FastWriter(1024);
const KEEP_LIMIT = 1 << 20;

function takeWriter(): FastWriter {
  const w = spare;
  if (w === undefined) return new FastWriter(1024);
  spare = undefined;
  return w.reset();
}

function releaseWriter(w: FastWriter): void {
  if (w.buf.length <= KEEP_LIMIT) spare = w;
}

/**
 * One reusable FastReader, as for the FastWriter: taken while in use (mergeFrom's target may run user
 * code), so decodes never share one; a throw leaves it taken and the next call makes a new
 * one. Released readers drop their input so that it can be collected.
 */
let spareReader: FastReader | undefined = new FastReader(new Uint8Array(0));
const EMPTY = new Uint8Array(0);

function takeReader(bytes: Uint8Array, recursionLimit: number, aliasBytes: boolean): FastReader {
  const r = spareReader;
  if (r === undefined) return new FastReader(bytes, { recursionLimit, aliasBytes });
  spareReader = undefined;
  return r.reset(bytes, recursionLimit, aliasBytes);
}

function releaseReader(r: FastReader): void {
  r.buf = EMPTY; // takeReader resets the rest
  spareReader = r;
}

function missingOf(fns: MessageFunctions, msg: object, limit: number): string[] {
  const out: string[] = [];
  fns.missing(msg, "", out, 0, limit);
  return out;
}

export { missingList };
