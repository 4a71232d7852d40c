// Aggregate option values: `option (my.opt) = { a: 1 b { c: "x" } [my.ext]: 2 };`
//
// protoc parses the text between the braces with TextFormat into a message of the option's
// type and serializes it: fields in field-number order (extensions interleaved), repeated
// values in text order, packed when the field is packed, implicit-presence zero values left out.
// This module does the same from the linked schema, without a text-format runtime.

import { concatBytes } from "../../../wire/concat.js";
import { WireType } from "../../../wire/constants.js";
import { FastWriter } from "../../../wire/fast-writer.js";
import { fieldKind } from "../../descriptor/field-kinds.js";
import { FieldType } from "../../descriptor/shapes.js";
import { parseIntegerToken, stringTokenBytes, UINT64_MAX } from "../../parser/literals.js";
import { type Token, Tokenizer, TokenType } from "../../parser/tokenizer.js";
import type { FieldNode, MessageNode } from "../nodes.js";
import { isZero, type ScalarValue, writeScalar } from "./write-value.js";

/** Finds an extension named in `[...]` for `message`; undefined if unknown. */
export type ExtensionFinder = (name: string, message: MessageNode) => FieldNode | undefined;

/** Thrown inside this module; turned into a linker diagnostic by the caller. */
export class AggregateValueError extends Error {}

// Aggregates nest; a hostile `{a{a{a{...` must not overflow the stack (same limit as the codec).
const MAX_DEPTH = 100;

type Value = ScalarValue | Entries;
interface Entries {
  message: MessageNode;
  /** field number -> values in text order */
  byField: Map<number, { field: FieldNode; values: Value[] }>;
  /** Any fields written as `[type.url/pkg.Msg] { ... }`: [typeUrl, body]. */
  any?: [string, Entries];
}

/** Encodes aggregate text as the serialized bytes of a message of type `message`. */
export function encodeAggregate(
  text: string,
  message: MessageNode,
  findExtension: ExtensionFinder,
  resolveType: (name: string) => MessageNode | undefined,
): Uint8Array {
  const p = new AggregateParser(text, findExtension, resolveType);
  const entries = p.parseMessageBody(message, undefined, 0);
  const w = new FastWriter(64);
  writeEntries(w, entries);
  return w.finish();
}

class AggregateParser {
  private readonly tok: Tokenizer;
  private errors: string[] = [];
  constructor(
    text: string,
    private readonly findExtension: ExtensionFinder,
    private readonly resolveType: (name: string) => MessageNode | undefined,
  ) {
    this.tok = new Tokenizer(text, (_l, _c, m) => this.errors.push(m));
    this.tok.next();
  }

  private get cur(): Token {
    return this.tok.current;
  }

  private fail(msg: string): never {
    throw new AggregateValueError(msg);
  }

  private lexCheck(): void {
    if (this.errors.length > 0) this.fail(this.errors[0] ?? "invalid token");
  }

  private lookingAt(text: string): boolean {
    return (
      this.cur.type !== TokenType.String &&
      this.cur.type !== TokenType.End &&
      this.cur.text === text
    );
  }

  private tryConsume(text: string): boolean {
    if (this.lookingAt(text)) {
      this.tok.next();
      this.lexCheck();
      return true;
    }
    return false;
  }

  private consume(text: string): void {
    if (!this.tryConsume(text)) this.fail(`Expected "${text}", found "${this.cur.text}".`);
  }

  parseMessageBody(message: MessageNode, close: string | undefined, depth: number): Entries {
    if (depth > MAX_DEPTH)
      this.fail(`Message is too deep, the parser exceeded the limit of ${MAX_DEPTH}.`);
    const entries: Entries = { message, byField: new Map() };
    for (;;) {
      this.lexCheck();
      if (close === undefined ? this.cur.type === TokenType.End : this.lookingAt(close)) {
        if (close !== undefined) this.tok.next();
        return entries;
      }
      if (this.cur.type === TokenType.End) this.fail(`Expected "${close}".`);
      this.parseField(entries, depth);
      if (!this.tryConsume(";")) this.tryConsume(",");
    }
  }

  private parseField(entries: Entries, depth: number): void {
    const message = entries.message;
    let field: FieldNode | undefined;
    if (this.tryConsume("[")) {
      let name = "";
      while (!this.lookingAt("]")) {
        if (this.cur.type === TokenType.End) this.fail('Expected "]".');
        name += this.cur.text;
        this.tok.next();
        this.lexCheck();
      }
      this.tok.next();
      if (name.includes("/")) {
        this.parseAny(entries, name, depth);
        return;
      }
      field = this.findExtension(name, message);
      if (field === undefined) {
        this.fail(
          `Extension "${name}" is not defined or is not an extension of "${message.fullName}".`,
        );
      }
    } else {
      if (this.cur.type !== TokenType.Identifier)
        this.fail(`Expected identifier, got: ${this.cur.text}`);
      const name = this.cur.text;
      // Groups are named by their type name in text format.
      field = message.fieldByName(name) ?? message.groupByTypeName(name);
      if (field === undefined)
        this.fail(`Message type "${message.fullName}" has no field named "${name}".`);
      this.tok.next();
      this.lexCheck();
    }
    const isMessage = fieldKind(field.type)?.js === "message";
    const colon = this.tryConsume(":");
    if (!colon && !isMessage) this.fail(`Expected ":", found "${this.cur.text}".`);
    let slot = entries.byField.get(field.number);
    if (slot === undefined) {
      slot = { field, values: [] };
      entries.byField.set(field.number, slot);
    } else if (!field.repeated) {
      this.fail(`Non-repeated field "${field.name}" is specified multiple times.`);
    }
    if (field.repeated && this.tryConsume("[")) {
      if (this.tryConsume("]")) return;
      do slot.values.push(this.parseValue(field, depth));
      while (this.tryConsume(","));
      this.consume("]");
      return;
    }
    slot.values.push(this.parseValue(field, depth));
  }

  private parseAny(entries: Entries, typeUrl: string, depth: number): void {
    if (entries.message.fullName !== "google.protobuf.Any") {
      this.fail(`Type URL "${typeUrl}" used outside google.protobuf.Any.`);
    }
    const typeName = typeUrl.slice(typeUrl.lastIndexOf("/") + 1);
    const type = this.resolveType(typeName);
    if (type === undefined)
      this.fail(`Could not find type "${typeUrl}" stored in google.protobuf.Any.`);
    this.tryConsume(":");
    const close = this.openBrace();
    entries.any = [typeUrl, this.parseMessageBody(type, close, depth + 1)];
  }

  private openBrace(): string {
    if (this.tryConsume("{")) return "}";
    if (this.tryConsume("<")) return ">";
    return this.fail(`Expected "{", found "${this.cur.text}".`);
  }

  private parseValue(field: FieldNode, depth: number): Value {
    const kind = fieldKind(field.type);
    if (kind?.js === "message") {
      const close = this.openBrace();
      return this.parseMessageBody(field.message!, close, depth + 1);
    }
    if (kind?.js === "string" || kind?.js === "bytes") {
      if (this.cur.type !== TokenType.String) this.fail(`Expected string, got: ${this.cur.text}`);
      // Adjacent literals concatenate. Strings stay bytes so they are written back unchanged.
      const parts: Uint8Array[] = [];
      while (this.cur.type === TokenType.String) {
        parts.push(stringTokenBytes(this.cur.text));
        this.tok.next();
        this.lexCheck();
      }
      return concatBytes(parts);
    }
    const negative = this.tryConsume("-");
    const token = { type: this.cur.type, text: this.cur.text };
    this.tok.next();
    this.lexCheck();
    switch (kind?.js) {
      case "float": {
        let v: number;
        if (token.type === TokenType.Integer) {
          const n = parseIntegerToken(token.text, UINT64_MAX);
          if (n === undefined) this.fail(`Invalid integer: ${token.text}`);
          v = Number(n);
        } else if (token.type === TokenType.Float) {
          v = Number.parseFloat(token.text.replace(/[fF]$/, ""));
        } else if (token.type === TokenType.Identifier) {
          const id = token.text.toLowerCase();
          if (id === "inf" || id === "infinity") v = Number.POSITIVE_INFINITY;
          else if (id === "nan") v = Number.NaN;
          else return this.fail(`Invalid value for number: ${token.text}`);
        } else {
          return this.fail(`Expected double, got: ${token.text}`);
        }
        if (negative) v = -v;
        return field.type === FieldType.TYPE_FLOAT ? Math.fround(v) : v;
      }
      case "bool": {
        if (negative) this.fail("Invalid value for boolean field.");
        const s = token.text;
        if (s === "true" || s === "True" || s === "t" || s === "1") return true;
        if (s === "false" || s === "False" || s === "f" || s === "0") return false;
        return this.fail(`Invalid value for boolean field "${field.name}". Value: "${s}".`);
      }
      case "enum": {
        const e = field.enum!;
        if (token.type === TokenType.Identifier && !negative) {
          const v = e.valueByName(token.text);
          if (v === undefined) {
            this.fail(`Unknown enumeration value of "${token.text}" for field "${field.name}".`);
          }
          return v.number;
        }
        if (token.type !== TokenType.Integer)
          this.fail(`Expected integer or identifier, got: ${token.text}`);
        const range = kind.integer!; // int32
        const n = parseIntegerToken(token.text, negative ? -range.min : range.max);
        if (n === undefined) this.fail(`Integer out of range (${token.text})`);
        const num = Number(negative ? -n : n);
        if (!e.open && e.valueByNumber(num) === undefined) {
          this.fail(`Unknown enumeration value of "${token.text}" for field "${field.name}".`);
        }
        return num;
      }
      default: {
        // int32 ... sfixed64. A field of no kind (type 0: neither type nor type_name in a
        // descriptor set) holds no value, as in option-value.ts.
        const range = kind?.integer;
        if (range === undefined)
          return this.fail(
            `Field "${field.name}" has a field type (${field.type}) that cannot hold a value.`,
          );
        if (token.type !== TokenType.Integer) this.fail(`Expected integer, got: ${token.text}`);
        if (negative && !range.signed) this.fail(`Expected integer, got: -`);
        const n = parseIntegerToken(token.text, negative ? -range.min : range.max);
        if (n === undefined)
          this.fail(`Integer out of range (${negative ? "-" : ""}${token.text})`);
        const v = negative ? -n : n;
        return range.bits === 64 ? v : Number(v);
      }
    }
  }
}

function writeEntries(w: FastWriter, entries: Entries): void {
  if (entries.any !== undefined) {
    const [url, body] = entries.any;
    w.tag(1, WireType.LengthDelimited).string(url);
    w.tag(2, WireType.LengthDelimited).fork();
    writeEntries(w, body);
    w.join();
    return;
  }
  const numbers = [...entries.byField.keys()].sort((a, b) => a - b);
  for (const n of numbers) {
    const { field, values } = entries.byField.get(n)!;
    if (!field.repeated && field.presence === "implicit" && isZero(values[0] as ScalarValue)) {
      continue;
    }
    if (field.packed && fieldKind(field.type)?.packable === true && values.length > 0) {
      w.tag(n, WireType.LengthDelimited).fork();
      for (const v of values) writeScalar(w, field.type, v as ScalarValue);
      w.join();
      continue;
    }
    for (const v of values) writeValue(w, field, v);
  }
}

export function writeValue(w: FastWriter, field: FieldNode, v: Value): void {
  const n = field.number;
  if (
    field.extendee?.isMessageSet === true &&
    field.type === FieldType.TYPE_MESSAGE &&
    !field.repeated
  ) {
    // An extension of a MessageSet travels as an Item group, as protoc writes option values:
    // group 1 { type_id = 2: the field number, message = 3: the value's bytes }.
    w.tag(1, WireType.StartGroup).tag(2, WireType.Varint).uint32(n);
    w.tag(3, WireType.LengthDelimited).fork();
    writeEntries(w, v as Entries);
    w.join().tag(1, WireType.EndGroup);
  } else if (
    field.type === FieldType.TYPE_GROUP ||
    (field.type === FieldType.TYPE_MESSAGE && field.delimited)
  ) {
    w.tag(n, WireType.StartGroup);
    writeEntries(w, v as Entries);
    w.tag(n, WireType.EndGroup);
  } else if (field.type === FieldType.TYPE_MESSAGE) {
    w.tag(n, WireType.LengthDelimited).fork();
    writeEntries(w, v as Entries);
    w.join();
  } else {
    w.tag(n, fieldKind(field.type)!.wireType);
    // string values are kept as their bytes (see parseValue)
    writeScalar(
      w,
      field.type === FieldType.TYPE_STRING ? FieldType.TYPE_BYTES : field.type,
      v as ScalarValue,
    );
  }
}
