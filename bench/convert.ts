// Converts the canonical data (datasets.ts) into each contender's input form, and any
// contender's decoded output into one neutral form for comparison. Both walk the hand-written
// field table (shapes.ts), never a contender's reflection.
//
// Neutral form: plain JSON-compatible values; 64-bit integers as decimal strings, bytes as
// base64, enums as numbers, maps as [key, value] pairs sorted by key, unset scalars as their
// zero value, unset messages as null. Two values are equal when their JSON texts are equal.

import { Buffer } from "node:buffer";
import type { Field, ShapeName } from "./shapes.js";
import { SHAPES } from "./shapes.js";

type Obj = Record<string, unknown>;

/** A value that cannot be normalized: the contender's output has the wrong type or range. */
export class ShapeMismatch extends Error {}

// ---- canonical -> contender inputs -------------------------------------------------------------

interface Dialect {
  int64(v: bigint, unsigned: boolean): unknown;
  bytes(v: Uint8Array): unknown;
  enumValue(v: number, field: Field): unknown;
  map(v: Map<string, string>): unknown;
  /** Whether to drop implicit-presence fields holding their zero value (proto3 JSON does). */
  omitDefaults: boolean;
}

function transform(value: Obj, shape: ShapeName, d: Dialect): Obj {
  const out: Obj = {};
  for (const field of SHAPES[shape]) {
    const v = value[field.name];
    if (v === undefined) continue;
    if (d.omitDefaults && isDefault(v, field)) continue;
    if (field.kind === "map") out[field.name] = d.map(v as Map<string, string>);
    else if (field.repeated) out[field.name] = (v as unknown[]).map((x) => one(x, field, d));
    else out[field.name] = one(v, field, d);
  }
  return out;
}

function one(v: unknown, field: Field, d: Dialect): unknown {
  switch (field.kind) {
    case "message":
      return transform(v as Obj, field.message as ShapeName, d);
    case "int64":
    case "uint64":
      return d.int64(v as bigint, field.kind === "uint64");
    case "bytes":
      return d.bytes(v as Uint8Array);
    case "enum":
      return d.enumValue(v as number, field);
    default:
      return v;
  }
}

function isDefault(v: unknown, field: Field): boolean {
  if (field.repeated) return (v as unknown[]).length === 0;
  if (field.kind === "map") return (v as Map<string, string>).size === 0;
  if (field.kind === "bytes") return (v as Uint8Array).length === 0;
  if (field.kind === "double") return v === 0 && !Object.is(v, -0);
  return v === 0 || v === 0n || v === "" || v === false;
}

/** The proto3 JSON form: 64-bit integers as strings, bytes as base64, enums by name. */
export function toProto3Json(value: Obj, shape: ShapeName): Obj {
  return transform(value, shape, {
    int64: (v) => v.toString(),
    bytes: (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64"),
    enumValue: (v, field) => field.enumNames?.[v] ?? v,
    map: (v) => Object.fromEntries(v),
    omitDefaults: true,
  });
}

/** protobufjs `fromObject` input: 64-bit as decimal strings (it makes Longs), maps as objects. */
export function toProtobufjsObject(value: Obj, shape: ShapeName): Obj {
  return transform(value, shape, {
    int64: (v) => v.toString(),
    bytes: (v) => v,
    enumValue: (v) => v,
    map: (v) => Object.fromEntries(v),
    omitDefaults: false,
  });
}

/** @bufbuild/protobuf `create()` init: bigint for 64-bit, maps as objects. */
export function toProtobufEsInit(value: Obj, shape: ShapeName): Obj {
  return transform(value, shape, {
    int64: (v) => v,
    bytes: (v) => v,
    enumValue: (v) => v,
    map: (v) => Object.fromEntries(v),
    omitDefaults: false,
  });
}

// ---- any decoded output -> neutral -------------------------------------------------------------

/**
 * Normalizes a decoded message of any contender: bigint, Long or decimal string for 64-bit;
 * Uint8Array or base64 for bytes; number or name for enums; Map or object for maps. Anything
 * else (a wrong type, a lossy number, unknown fields kept) throws ShapeMismatch.
 */
export function toNeutral(value: unknown, shape: ShapeName, path: string = shape): Obj {
  if (typeof value !== "object" || value === null) {
    throw new ShapeMismatch(`${path}: expected a message object, got ${describe(value)}`);
  }
  const msg = value as Obj;
  const unknown = msg.$unknown;
  if (Array.isArray(unknown) && unknown.length > 0) {
    throw new ShapeMismatch(`${path}: unexpected unknown fields`);
  }
  const out: Obj = {};
  for (const field of SHAPES[shape]) {
    const v = msg[field.name];
    const at = `${path}.${field.name}`;
    if (field.kind === "map") out[field.name] = neutralMap(v, at);
    else if (field.repeated) {
      if (v === undefined || v === null) out[field.name] = [];
      else if (!Array.isArray(v)) throw new ShapeMismatch(`${at}: expected an array`);
      else out[field.name] = v.map((x, i) => neutralOne(x, field, `${at}[${i}]`));
    } else out[field.name] = neutralOne(v, field, at);
  }
  return out;
}

function neutralOne(v: unknown, field: Field, at: string): unknown {
  const absent = v === undefined || v === null;
  switch (field.kind) {
    case "message":
      return absent ? null : toNeutral(v, field.message as ShapeName, at);
    case "int32":
      if (absent) return 0;
      if (typeof v !== "number" || !Number.isInteger(v)) break;
      return v;
    case "double":
      if (absent) return 0;
      if (typeof v !== "number") break;
      return Object.is(v, -0) ? "-0" : v;
    case "bool":
      if (absent) return false;
      if (typeof v !== "boolean") break;
      return v;
    case "string":
      if (absent) return "";
      if (typeof v !== "string") break;
      return v;
    case "enum":
      if (absent) return 0;
      if (typeof v === "number" && Number.isInteger(v)) return v;
      if (typeof v === "string" && field.enumNames?.includes(v)) return field.enumNames.indexOf(v);
      break;
    case "bytes":
      if (absent) return "";
      if (v instanceof Uint8Array) {
        return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64");
      }
      if (typeof v === "string" && /^[A-Za-z0-9+/]*={0,2}$/.test(v)) {
        return Buffer.from(v, "base64").toString("base64");
      }
      break;
    case "int64":
    case "uint64":
      if (absent) return "0";
      return neutralInt64(v, field.kind === "uint64", at);
    case "map":
      break;
  }
  throw new ShapeMismatch(`${at}: ${field.kind} field holds ${describe(v)}`);
}

function neutralInt64(v: unknown, unsigned: boolean, at: string): string {
  let s: string;
  if (typeof v === "bigint") s = v.toString();
  else if (typeof v === "string" && /^-?[0-9]+$/.test(v)) s = BigInt(v).toString();
  else if (typeof v === "number" && Number.isSafeInteger(v)) s = String(v);
  else if (isLong(v)) s = v.toString();
  else throw new ShapeMismatch(`${at}: 64-bit field holds ${describe(v)}`);
  const n = BigInt(s);
  const ok = unsigned ? n >= 0n && n < 2n ** 64n : n >= -(2n ** 63n) && n < 2n ** 63n;
  if (!ok) throw new ShapeMismatch(`${at}: ${s} is out of ${unsigned ? "uint64" : "int64"} range`);
  return s;
}

interface LongLike {
  low: number;
  high: number;
  unsigned: boolean;
  toString(): string;
}

function isLong(v: unknown): v is LongLike {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as LongLike).low === "number" &&
    typeof (v as LongLike).high === "number" &&
    typeof (v as LongLike).unsigned === "boolean"
  );
}

function neutralMap(v: unknown, at: string): [string, string][] {
  if (v === undefined || v === null) return [];
  if (typeof v !== "object") throw new ShapeMismatch(`${at}: expected a map, got ${describe(v)}`);
  const entries: [unknown, unknown][] = v instanceof Map ? [...v.entries()] : Object.entries(v);
  const pairs: [string, string][] = [];
  for (const [k, x] of entries) {
    if (typeof k !== "string" || typeof x !== "string") {
      throw new ShapeMismatch(`${at}: entry ${describe(k)} -> ${describe(x)} is not string/string`);
    }
    pairs.push([k, x]);
  }
  return pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (typeof v === "object") return (v as object).constructor?.name ?? "object";
  if (typeof v === "bigint") return `bigint ${v}`;
  return `${typeof v} ${String(v).slice(0, 40)}`;
}

/** Where two neutral values first differ, or undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = ""): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (typeof a === "object" && typeof b === "object" && a !== null && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Obj)[k], (b as Obj)[k], path === "" ? k : `${path}.${k}`);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const show = (x: unknown): string => JSON.stringify(x)?.slice(0, 60) ?? String(x);
  return `${path}: ${show(a)} vs ${show(b)}`;
}
