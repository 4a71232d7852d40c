// Option values: protoc's OptionInterpreter::SetOptionValue. Checks an uninterpreted option's
// value against the type of the field it sets and writes it in wire format (tag + value), the
// way protoc fills the options' unknown fields before re-parsing them.

import { WireType } from "../../../wire/constants.js";
import type { FastWriter } from "../../../wire/fast-writer.js";
import { fieldKind } from "../../descriptor/field-kinds.js";
import type { UninterpretedOption } from "../../descriptor/shapes.js";
import { FieldType } from "../../descriptor/shapes.js";
import type { FieldNode, MessageNode, Sym } from "../nodes.js";
import { AggregateValueError, type ExtensionFinder, encodeAggregate } from "./aggregate.js";
import { type ScalarValue, writeScalar } from "./write-value.js";

/** What value writing needs from the linker: symbol lookups for enums and aggregates. */
export interface OptionValueEnv {
  symbol(fullName: string): Sym | undefined;
  findExtension: ExtensionFinder;
  resolveType(fullName: string): MessageNode | undefined;
}

/** protoc's SetOptionValue: type-checks the value and writes tag + value. */
export function writeOptionValue(
  env: OptionValueEnv,
  w: FastWriter,
  f: FieldNode,
  uo: UninterpretedOption,
  name: string,
  err: (m: string) => undefined,
): boolean {
  const full = f.fullName;
  const pos = uo.positiveIntValue;
  const neg = uo.negativeIntValue;
  const kind = fieldKind(f.type);
  // Only for the scalar kinds below: `kind` is defined there.
  const scalar = (v: ScalarValue): true => {
    w.tag(f.number, kind!.wireType);
    writeScalar(w, f.type, v);
    return true;
  };
  switch (kind?.js) {
    case "number":
    case "bigint": {
      // int32 ... sfixed64, by their range: protoc names the range in its messages.
      const r = kind.integer!;
      const asValue = (v: bigint) => (r.bits === 32 ? Number(v) : v);
      if (pos !== undefined) {
        if (pos > r.max) return !!err(`Value out of range for ${r.name} option "${full}".`);
        return scalar(asValue(pos));
      }
      if (neg !== undefined && r.signed) {
        if (neg < r.min) return !!err(`Value out of range for ${r.name} option "${full}".`);
        return scalar(asValue(neg));
      }
      const what = r.signed ? "integer" : "non-negative integer";
      return !!err(`Value must be ${what} for ${r.name} option "${full}".`);
    }
    case "float": {
      let v: number;
      if (uo.doubleValue !== undefined) v = uo.doubleValue;
      else if (pos !== undefined) v = Number(pos);
      else if (neg !== undefined) v = Number(neg);
      else if (uo.identifierValue === "inf") v = Number.POSITIVE_INFINITY;
      else if (uo.identifierValue === "nan") v = Number.NaN;
      else {
        return !!err(`Value must be number for ${kind.name} option "${full}".`);
      }
      return scalar(f.type === FieldType.TYPE_FLOAT ? Math.fround(v) : v);
    }
    case "bool":
      if (uo.identifierValue === "true") return scalar(true);
      if (uo.identifierValue === "false") return scalar(false);
      if (uo.identifierValue === undefined) {
        return !!err(`Value must be identifier for boolean option "${full}".`);
      }
      return !!err(`Value must be "true" or "false" for boolean option "${full}".`);
    case "enum": {
      const id = uo.identifierValue;
      if (id === undefined)
        return !!err(`Value must be identifier for enum-valued option "${full}".`);
      const e = f.enum!;
      // Enum values are looked up as siblings of the enum, like protoc does.
      const scope = e.fullName.slice(0, e.fullName.length - e.name.length);
      const sym = env.symbol(`${scope}${id}`);
      if (
        sym?.kind === "enumValue" &&
        sym.node.parent !== e &&
        sym.node.parent.fullName !== e.fullName
      ) {
        return !!err(
          `Enum type "${e.fullName}" has no value named "${id}" for option "${full}". This appears to be a value from a sibling type.`,
        );
      }
      const value = e.valueByName(id);
      if (value === undefined) {
        return !!err(`Enum type "${e.fullName}" has no value named "${id}" for option "${full}".`);
      }
      return scalar(value.number);
    }
    case "string":
      if (uo.stringValue === undefined)
        return !!err(`Value must be quoted string for string option "${full}".`);
      w.tag(f.number, WireType.LengthDelimited).bytes(uo.stringValue);
      return true;
    case "bytes":
      if (uo.stringValue === undefined)
        return !!err(`Value must be quoted string for string option "${full}".`);
      return scalar(uo.stringValue);
    case "message": {
      if (uo.aggregateValue === undefined) {
        return !!err(
          `Option "${full}" is a message. To set the entire message, use syntax like "${f.name} = { <proto text format> }". To set fields within it, use syntax like "${f.name}.foo = value".`,
        );
      }
      let body: Uint8Array;
      try {
        body = encodeAggregate(uo.aggregateValue, f.message!, env.findExtension, env.resolveType);
      } catch (e) {
        if (e instanceof AggregateValueError) {
          return !!err(`Error while parsing option value for "${f.name}": ${e.message}`);
        }
        throw e;
      }
      if (f.type === FieldType.TYPE_GROUP || f.delimited) {
        w.tag(f.number, WireType.StartGroup).raw(body).tag(f.number, WireType.EndGroup);
      } else {
        w.tag(f.number, WireType.LengthDelimited).bytes(body);
      }
      return true;
    }
    default:
      return !!err(`Option "${name}" has a field type (${f.type}) that cannot hold a value.`);
  }
}
