// Binary form of descriptors: FileDescriptorSet <-> FileDescriptorProto[], written with
// protowire's own wire layer, byte-identical to protoc's output:
// - fields in field-number order (protoc's C++ serializer order), see tables.ts;
// - proto2 presence: an optional field is written when the property is set, even to its default;
// - repeated scalars unpacked, except SourceCodeInfo.Location.path/span which are [packed=true];
// - unknown fields (custom options, fields from newer descriptor.proto versions) kept as raw
//   bytes in `unknownFields` and re-emitted after the known fields.

import { concatBytes } from "../../wire/concat.js";
import { WireType } from "../../wire/constants.js";
import { DecodeError } from "../../wire/errors.js";
import { FastReader } from "../../wire/fast-reader.js";
import { FastWriter } from "../../wire/fast-writer.js";
import type { FileDescriptorProto, FileDescriptorSet } from "./shapes.js";
import {
  type FieldSpec,
  FileDescriptorProtoT,
  FileDescriptorSetT,
  type MessageTable,
} from "./tables.js";

type Obj = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Encoding

export function encodeFileDescriptorSet(files: readonly FileDescriptorProto[]): Uint8Array {
  const w = new FastWriter(1024);
  encodeMessage(w, { file: files } as unknown as Obj, FileDescriptorSetT);
  return w.finish();
}

export function encodeFileDescriptorProto(file: FileDescriptorProto): Uint8Array {
  const w = new FastWriter(1024);
  encodeMessage(w, file as unknown as Obj, FileDescriptorProtoT);
  return w.finish();
}

/** Encodes any descriptor.proto message given its table (used to re-parse interpreted options). */
export function encodeWithTable(obj: object, t: MessageTable): Uint8Array {
  const w = new FastWriter(64);
  encodeMessage(w, obj as Obj, t);
  return w.finish();
}

/** Decodes any descriptor.proto message given its table. Throws DecodeError. */
export function decodeWithTable<T>(bytes: Uint8Array, t: MessageTable): T {
  const r = new FastReader(bytes);
  return decodeMessage(r, r.end, t, 0) as T;
}

function encodeMessage(w: FastWriter, obj: Obj, t: MessageTable): void {
  for (const f of t.fields) {
    const v = obj[f.name];
    if (v === undefined) continue;
    if (f.repeated) {
      const arr = v as unknown[];
      if (arr.length === 0) continue;
      if (f.packed) {
        w.tag(f.no, WireType.LengthDelimited).fork();
        for (const x of arr) w.int32(x as number);
        w.join();
      } else {
        for (const x of arr) encodeValue(w, f, x);
      }
    } else {
      encodeValue(w, f, v);
    }
  }
  const unknown = obj.unknownFields as Uint8Array | undefined;
  if (unknown !== undefined && unknown.length > 0) w.raw(unknown);
}

function encodeValue(w: FastWriter, f: FieldSpec, v: unknown): void {
  switch (f.kind) {
    case "string":
      w.tag(f.no, WireType.LengthDelimited).string(v as string);
      return;
    case "bytes":
      w.tag(f.no, WireType.LengthDelimited).bytes(v as Uint8Array);
      return;
    case "bool":
      w.tag(f.no, WireType.Varint).bool(v as boolean);
      return;
    case "int32":
      w.tag(f.no, WireType.Varint).int32(v as number);
      return;
    case "int64":
      w.tag(f.no, WireType.Varint).int64(v as bigint);
      return;
    case "uint64":
      w.tag(f.no, WireType.Varint).uint64(v as bigint);
      return;
    case "double":
      w.tag(f.no, WireType.Fixed64).double(v as number);
      return;
    case "message":
      w.tag(f.no, WireType.LengthDelimited).fork();
      encodeMessage(w, v as Obj, f.msg!());
      w.join();
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** Decodes a FileDescriptorSet (from protoc, buf, or toFileDescriptorSet). Throws DecodeError. */
export function decodeFileDescriptorSet(bytes: Uint8Array): FileDescriptorProto[] {
  const r = new FastReader(bytes);
  const set = decodeMessage(r, r.end, FileDescriptorSetT, 0) as unknown as FileDescriptorSet;
  return set.file;
}

export function decodeFileDescriptorProto(bytes: Uint8Array): FileDescriptorProto {
  const r = new FastReader(bytes);
  return decodeMessage(r, r.end, FileDescriptorProtoT, 0) as unknown as FileDescriptorProto;
}

function byNo(t: MessageTable): Map<number, FieldSpec> {
  if (t.byNo === undefined) t.byNo = new Map(t.fields.map((f) => [f.no, f]));
  return t.byNo;
}

function newObject(t: MessageTable): Obj {
  const o: Obj = {};
  for (const f of t.fields) if (f.repeated) o[f.name] = [];
  return o;
}

/**
 * Decodes the fields of a message of table `t` up to `end`. `depth` is its nesting (0: the
 * outermost). Descriptors nest messages in messages, and a hostile input could nest
 * DescriptorProto.nested_type without bound: messages and the unknown groups skipped inside
 * them share one budget, the FastReader's recursionLimit (100, as protoc and the codec).
 */
function decodeMessage(
  r: FastReader,
  end: number,
  t: MessageTable,
  depth: number,
  into?: Obj,
): Obj {
  if (depth > r.recursionLimit) {
    throw new DecodeError(
      "RECURSION_LIMIT",
      `descriptor nesting exceeds ${r.recursionLimit}`,
      r.pos,
    );
  }
  const obj = into ?? newObject(t);
  const fields = byNo(t);
  // Unknown fields as [start, end) offsets into r.buf, adjacent ones merged, copied once at the
  // end: a copy per field made 4 MB of 2-byte unknown fields peak at over 500 MB.
  let unknown: number[] | undefined;
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.tag();
    const no = tag >>> 3;
    const wt = tag & 7;
    const f = fields.get(no);
    if (f === undefined || !wireTypeMatches(f, wt)) {
      r.depth = depth; // skipped groups count on top of the messages around them
      r.skip(wt, no);
      if (unknown === undefined) unknown = [];
      if (unknown.length > 0 && unknown[unknown.length - 1] === start) {
        unknown[unknown.length - 1] = r.pos;
      } else {
        unknown.push(start, r.pos);
      }
      continue;
    }
    if (f.repeated) {
      const arr = obj[f.name] as unknown[];
      if (wt === WireType.LengthDelimited && f.kind !== "string" && f.kind !== "message") {
        const e = r.length();
        while (r.pos < e) arr.push(readScalar(r, f));
        if (r.pos !== e) throw new DecodeError("TRUNCATED", "packed field overruns", r.pos);
      } else if (f.kind === "message") {
        const e = r.length();
        arr.push(decodeMessage(r, e, f.msg!(), depth + 1));
      } else {
        arr.push(readScalar(r, f));
      }
    } else if (f.kind === "message") {
      const e = r.length();
      const prev = obj[f.name] as Obj | undefined;
      // A singular message seen twice merges, as in every protobuf runtime.
      obj[f.name] = decodeMessage(r, e, f.msg!(), depth + 1, prev);
    } else {
      obj[f.name] = readScalar(r, f);
    }
  }
  if (r.pos !== end) throw new DecodeError("TRUNCATED", "message overruns its length", r.pos);
  if (unknown !== undefined) {
    const prev = obj.unknownFields as Uint8Array | undefined;
    const parts: Uint8Array[] = prev === undefined ? [] : [prev];
    for (let i = 0; i < unknown.length; i += 2) {
      parts.push(r.buf.subarray(unknown[i], unknown[i + 1]));
    }
    obj.unknownFields = concatBytes(parts);
  }
  return obj;
}

function wireTypeMatches(f: FieldSpec, wt: number): boolean {
  switch (f.kind) {
    case "string":
    case "bytes":
    case "message":
      return wt === WireType.LengthDelimited;
    case "double":
      return wt === WireType.Fixed64;
    default:
      return wt === WireType.Varint || (f.repeated === true && wt === WireType.LengthDelimited);
  }
}

function readScalar(r: FastReader, f: FieldSpec): unknown {
  switch (f.kind) {
    case "string":
      return r.string();
    case "bytes":
      return r.bytes();
    case "bool":
      return r.bool();
    case "int32":
      return r.int32();
    case "int64":
      return r.int64();
    case "uint64":
      return r.uint64();
    case "double":
      return r.double();
    default:
      throw new Error(`unreachable: ${f.kind}`);
  }
}
