/**
 * `google.protobuf.Any` expanded as TextFormat::Printer does with expand_any, when the
 * options give a registry: `[type.googleapis.com/pkg.Msg] { ... }`, the value's fields one
 * level deeper. Only the two prefixes protoc's default finder accepts
 * (`type.googleapis.com/`, `type.googleprod.com/`) expand, and only when the registry knows the
 * type and the value decodes as it (required fields too); otherwise the caller prints the
 * Any as a plain message.
 */
import { compileMessage } from "../../codec/index.js";
import type { PrinterOf } from "./field-text.js";
import type { Out } from "./out.js";

const PREFIXES = new Set(["type.googleapis.com/", "type.googleprod.com/"]);

/** Writes Any `m` expanded; false (nothing written) when it does not expand. */
export function anyText(
  m: Record<string, unknown>,
  o: Out,
  d: number,
  ind: number,
  printerOf: PrinterOf,
): boolean {
  const registry = o.c.registry;
  const url = m.typeUrl;
  const value = m.value;
  if (registry === undefined || typeof url !== "string") return false;
  if (value !== undefined && !(value instanceof Uint8Array)) return false;
  const slash = url.lastIndexOf("/");
  if (slash < 0 || !PREFIXES.has(url.slice(0, slash + 1))) return false;
  const info = registry.findMessage(url.slice(slash + 1));
  if (info === undefined) return false;
  let decoded: unknown;
  try {
    decoded = compileMessage(info).decode(value ?? new Uint8Array(0));
  } catch {
    return false;
  }
  const w = o.w;
  w.spaces(ind);
  w.byte(0x5b); // "["
  w.utf8(url);
  w.byte(0x5d); // "]"
  w.bytes(o.open);
  printerOf(info)(decoded, o, d + 1, ind + o.step);
  w.spaces(ind);
  w.bytes(o.close);
  return true;
}
