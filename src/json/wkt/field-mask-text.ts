/**
 * google.protobuf.FieldMask as proto3 JSON writes it: one string, the paths joined by `,`, each
 * path's snake_case names in lowerCamelCase (`foo.bar_baz` -> `foo.barBaz`).
 *
 * Only paths that come back unchanged are written: no uppercase ASCII letter, and every `_`
 * followed by a lowercase ASCII letter (protobuf C++'s rule, which protobuf-es's round-trip
 * check amounts to): `fooBar`, `foo_3_bar`, `foo__bar` and `foo_` are INVALID_VALUE. Read back,
 * each uppercase ASCII letter becomes `_` and its lowercase, and a path with `_` is
 * INVALID_VALUE (the conformance suite's FieldMaskInvalidCharacter).
 */
import { JsonError } from "../errors.js";

/** The JSON text of a FieldMask's paths; INVALID_VALUE for a path that would not round-trip. */
export function formatFieldMask(paths: readonly string[]): string {
  let out = "";
  for (let i = 0; i < paths.length; i++) {
    if (i > 0) out += ",";
    out += camelPath(paths[i]!);
  }
  return out;
}

/** The paths of a FieldMask's JSON text (`""` has none); INVALID_VALUE for a path with `_`. */
export function parseFieldMask(text: string): string[] {
  if (text === "") return [];
  return text.split(",").map(snakePath);
}

/** `foo.bar_baz` -> `foo.barBaz`, or INVALID_VALUE when the result would not map back. */
function camelPath(path: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) throw notRoundTrip(path, "has an uppercase letter");
    if (c !== 0x5f) continue;
    const next = path.charCodeAt(i + 1);
    if (!(next >= 0x61 && next <= 0x7a)) {
      throw notRoundTrip(path, "has a '_' not followed by a lowercase letter");
    }
    out += path.slice(from, i) + String.fromCharCode(next - 0x20);
    i++;
    from = i + 1;
  }
  return from === 0 ? path : out + path.slice(from);
}

/** `foo.barBaz` -> `foo.bar_baz`; INVALID_VALUE for a `_`, which lowerCamelCase never has. */
function snakePath(path: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === 0x5f) {
      throw new JsonError(
        "INVALID_VALUE",
        `FieldMask: path ${JSON.stringify(path)} has '_'; JSON paths are lowerCamelCase`,
      );
    }
    if (c >= 0x41 && c <= 0x5a) {
      out += path.slice(from, i) + "_" + String.fromCharCode(c + 0x20);
      from = i + 1;
    }
  }
  return from === 0 ? path : out + path.slice(from);
}

function notRoundTrip(path: string, why: string): JsonError {
  return new JsonError(
    "INVALID_VALUE",
    `FieldMask: path ${JSON.stringify(path)} ${why}, so its lowerCamelCase does not map back`,
  );
}
