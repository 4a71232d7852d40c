/**
 * Helpers for the well-known types google.protobuf.Timestamp, Duration and Any, named as
 * @bufbuild/protobuf names them. Messages are plain objects (int64 fields are bigint), so these
 * are plain functions over `{ seconds, nanos }` and `{ typeUrl, value }`: each stands alone,
 * and a bundler drops the ones an application does not call.
 *
 * Milliseconds and nanoseconds:
 * - A Timestamp's nanos stay in [0, 1e9): from milliseconds, seconds are the floor, so that
 *   -1 ms is `{ seconds: -1n, nanos: 999000000 }`.
 * - A Duration's nanos take the sign of its seconds (the sign of the span when seconds are 0):
 *   -1500 ms is `{ seconds: -1n, nanos: -500000000 }`, never a `-0` nanos.
 * - Back to milliseconds, nanos round to the nearest millisecond, halves up (toward +infinity),
 *   as @bufbuild/protobuf does: `{ seconds: 0n, nanos: 1500000 }` is 2 ms.
 * - A fractional millisecond count rounds to the nearest nanosecond.
 */
import type { MessageCodec } from "../codec/index.js";
import { typeNameOfUrl } from "../json/wkt-names.js";
import { ProtowireError } from "../wire/errors.js";

/** google.protobuf.Timestamp: seconds since 1970-01-01T00:00:00Z, nanos in [0, 999999999]. */
export interface Timestamp {
  seconds: bigint;
  nanos: number;
}

/** google.protobuf.Duration: nanos in [-999999999, 999999999], of the sign of seconds. */
export interface Duration {
  seconds: bigint;
  nanos: number;
}

/** google.protobuf.Any: a serialized message and the URL whose last segment names its type. */
export interface Any {
  typeUrl: string;
  value: Uint8Array;
}

/** What `anyUnpack` needs of a registry: a loaded schema (`CompiledSchema`) is one. */
export interface AnyRegistry {
  messageType(name: string): MessageCodec<object>;
  findMessage(name: string): unknown;
}

/** The Timestamp of now. */
export function timestampNow(): Timestamp {
  return timestampFromMs(Date.now());
}

/** The Timestamp of a Date; throws INVALID_VALUE for an invalid Date. */
export function timestampFromDate(date: Date): Timestamp {
  return timestampFromMs(date.getTime());
}

/** The Date of a Timestamp, to the nearest millisecond (halves up). */
export function timestampDate(timestamp: Timestamp): Date {
  return new Date(timestampMs(timestamp));
}

/**
 * The Timestamp of milliseconds since the Unix epoch: seconds are the floor of ms / 1000, so
 * nanos stay in [0, 999999999]. Throws INVALID_VALUE for NaN or an infinity.
 */
export function timestampFromMs(ms: number): Timestamp {
  const [seconds, nanos] = secondsAndNanos(ms);
  return { seconds: BigInt(seconds), nanos };
}

/** Milliseconds since the Unix epoch of a Timestamp, nanos rounded to the nearest ms (halves up). */
export function timestampMs(timestamp: Timestamp): number {
  return Number(timestamp.seconds) * 1000 + Math.round(timestamp.nanos / 1000000);
}

/**
 * The Duration of a number of milliseconds: seconds truncated toward zero, nanos of the same sign
 * (`-1500` is `{ seconds: -1n, nanos: -500000000 }`). Throws INVALID_VALUE for NaN or an infinity.
 */
export function durationFromMs(ms: number): Duration {
  const [seconds, nanos] = secondsAndNanos(Math.abs(ms));
  const negative = ms < 0;
  return {
    seconds: BigInt(negative ? -seconds : seconds),
    nanos: negative && nanos !== 0 ? -nanos : nanos,
  };
}

/** Milliseconds of a Duration, nanos rounded to the nearest ms (halves up). */
export function durationMs(duration: Duration): number {
  return Number(duration.seconds) * 1000 + Math.round(duration.nanos / 1000000);
}

/** An Any holding `message`, typeUrl `type.googleapis.com/<full name>`. */
export function anyPack<T extends object>(type: MessageCodec<T>, message: T): Any {
  return { typeUrl: `type.googleapis.com/${type.typeName}`, value: type.encode(message) };
}

/**
 * Whether `any` holds a message of the type (a codec or a full name such as `"pkg.Msg"`): the
 * typeUrl's part after its last `/` is compared. An empty typeUrl holds no type.
 */
export function anyIs(
  any: Any,
  typeOrName: Pick<MessageCodec<object>, "typeName"> | string,
): boolean {
  const want = typeof typeOrName === "string" ? typeOrName : typeOrName.typeName;
  const got = typeNameOfUrl(any.typeUrl);
  return got !== "" && got === (want.startsWith(".") ? want.slice(1) : want);
}

/**
 * The message `any` holds, decoded with the registry's codec for the type its typeUrl names;
 * undefined when the registry has no such message type (or the typeUrl names none). Bytes that do
 * not decode as that type throw DecodeError.
 */
export function anyUnpack<T extends object = object>(
  any: Any,
  registry: AnyRegistry,
): T | undefined {
  const name = typeNameOfUrl(any.typeUrl);
  if (name === "" || registry.findMessage(name) === undefined) return undefined;
  return registry.messageType(name).decode(any.value) as T;
}

/**
 * Milliseconds as whole seconds (the floor) and the nanoseconds after them, in [0, 1e9): a
 * fraction of a millisecond rounds to the nearest nanosecond, carrying into the seconds.
 * Throws INVALID_VALUE for NaN or an infinity.
 */
function secondsAndNanos(ms: number): [seconds: number, nanos: number] {
  if (!Number.isFinite(ms)) {
    throw new ProtowireError("INVALID_VALUE", `${ms} is no number of milliseconds`);
  }
  const seconds = Math.floor(ms / 1000);
  const nanos = Math.round((ms - seconds * 1000) * 1000000);
  return nanos >= 1000000000 ? [seconds + 1, nanos - 1000000000] : [seconds, nanos];
}
