/** Options of MessageCodec.decode and MessageCodec.encode, and their normalized forms. */
import { DEFAULT_RECURSION_LIMIT } from "../wire/constants.js";

export interface DecodeOptions {
  /** Nesting depth of messages and groups before DecodeError RECURSION_LIMIT (default 100). */
  readonly recursionLimit?: number;
  /** Inputs longer than this many bytes fail at once with DecodeError MESSAGE_TOO_LARGE. */
  readonly maxMessageSize?: number;
  /** Drop unknown fields instead of keeping them in `$unknown` (default false). */
  readonly discardUnknown?: boolean;
  /** Accept messages with unset required fields (default false: DecodeError MISSING_REQUIRED). */
  readonly allowPartial?: boolean;
  /**
   * Decode `bytes` fields as views into the input instead of copies (default false: copies,
   * as Go, C++ and Java decode them; protobufjs and protobuf-es always return views). Faster
   * for large payloads, under one rule: the input must not be written to or reused (a pooled
   * or recycled buffer) while the decoded message is alive, since its `bytes` fields share the
   * input's memory, and a small field keeps the whole input from being collected.
   */
  readonly aliasBytes?: boolean;
}

export interface EncodeOptions {
  /** Write messages with unset required fields (default false: EncodeError MISSING_REQUIRED). */
  readonly allowPartial?: boolean;
  /** Do not write `$unknown` (default false). */
  readonly discardUnknown?: boolean;
  /** Nesting depth before EncodeError RECURSION_LIMIT, which also stops cyclic objects (default 100). */
  readonly recursionLimit?: number;
  /**
   * Return a view into a shared 8 KiB slab for outputs of 65 B to 4 KiB instead of a copy with
   * an ArrayBuffer of its own (default false). Faster for many small messages, under one rule:
   * the result's `.buffer` holds other results too, so never transfer it (`postMessage` with a
   * transfer list, `structuredClone` with `transfer`) and never hand out `.buffer`; `slice()`
   * the result first when it must leave. The bytes of a result are never written again.
   */
  readonly pooled?: boolean;
  /** See CreateOptions.ignoreUnknownKeys (default false: strict). */
  readonly ignoreUnknownKeys?: boolean;
}

export interface CreateOptions {
  /**
   * Accept objects that carry properties other than fields (they are ignored), and instances
   * of classes (not Date, Map, Set, arrays, typed arrays, RegExp) where a message is expected.
   * Default false: such a property, or an object that is not plain, is EncodeError
   * INVALID_VALUE. Either way a oneof member set directly (not as `{ case, value }`), an
   * unknown oneof case, and a `$typeName` other than the message's type are errors.
   */
  readonly ignoreUnknownKeys?: boolean;
}

/** What the generated functions read: a fixed shape, allocated once per distinct options. */
export interface RunOptions {
  readonly recursionLimit: number;
  readonly discardUnknown: boolean;
  /** Encode only (strict input, emit/shape.ts); false for decode. */
  readonly ignoreUnknownKeys: boolean;
}

export const DEFAULT_RUN_OPTIONS: RunOptions = {
  recursionLimit: DEFAULT_RECURSION_LIMIT,
  discardUnknown: false,
  ignoreUnknownKeys: false,
};

export function runOptions(o: DecodeOptions | EncodeOptions | undefined): RunOptions {
  const ignoreUnknownKeys = (o as EncodeOptions | undefined)?.ignoreUnknownKeys === true;
  if (
    o === undefined ||
    (o.recursionLimit === undefined && o.discardUnknown === undefined && !ignoreUnknownKeys)
  ) {
    return DEFAULT_RUN_OPTIONS;
  }
  return {
    recursionLimit: o.recursionLimit ?? DEFAULT_RECURSION_LIMIT,
    discardUnknown: o.discardUnknown ?? false,
    ignoreUnknownKeys,
  };
}
