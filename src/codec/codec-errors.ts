/**
 * The errors every MessageCodec finishes the same way, whichever functions it wraps (the
 * compiled or generated ones of codec.ts, the compact tables of compact/codec.ts).
 */
import { DecodeError, EncodeError, ProtowireError } from "../wire/errors.js";
import { finishValueError } from "./values.js";

/** Error messages list at most this many missing required fields, then "and N more". */
const MAX_LISTED_MISSING = 20;

/**
 * A DecodeError from generated code with its path completed by the root message's name
 * (`User.address.street`). The same error, not a copy: its stack names the generated
 * functions it was thrown through (`decode (protowire:///pkg.User.js:…)`, compiler.ts).
 */
export function rooted(e: DecodeError, rootName: string): DecodeError {
  e.path = e.path === "" ? rootName : `${rootName}.${e.path}`;
  // The message embeds the path: rebuilt the way DecodeError builds it.
  e.message = new DecodeError(e.code, e.detail, e.offset, e.path).message;
  return e;
}

/**
 * "required fields not set: a, b[0].c": at most 20 paths, then "and N more" (a million
 * missing fields made a 16.9 MB message). MessageCodec.missingFields gives the whole list.
 */
export function missingList(missing: readonly string[]): string {
  const shown = missing.slice(0, MAX_LISTED_MISSING).join(", ");
  const more = missing.length - MAX_LISTED_MISSING;
  return `required fields not set: ${shown}${more > 0 ? ` and ${more} more` : ""}`;
}

/** Any error out of generated encode code as a ProtowireError (INVALID_VALUE for bad values). */
export function asEncodeError(e: unknown, rootName: string): unknown {
  const err = finishValueError(e, rootName);
  if (err instanceof ProtowireError) return err;
  // A TypeError from a getter or Proxy (user code) that no check anticipated.
  return new EncodeError(
    "INVALID_VALUE",
    `${rootName}: ${err instanceof Error ? err.message : String(err)}`,
  );
}

/** `Msg` of `pkg.Msg`: the root of error paths. */
export function shortName(fullName: string): string {
  const dot = fullName.lastIndexOf(".");
  return dot < 0 ? fullName : fullName.slice(dot + 1);
}
