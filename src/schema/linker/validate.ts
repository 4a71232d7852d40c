// Checks protoc's DescriptorBuilder makes after linking, with protoc's wording, located at the
// element (name, number, type ...) the way protoc locates them.

import { fieldKind } from "../descriptor/field-kinds.js";
import { FieldLabel, FieldPresence, FieldType, JsonFormat } from "../descriptor/shapes.js";
import type { LinkContext } from "./context.js";
import { checkNamingStyle } from "./naming-style.js";
import type { FieldNode, FileNode, MessageNode } from "./nodes.js";
import { checkProtoLimits } from "./proto-limits.js";
import { overlappingPairs, RangeIndex } from "./ranges.js";
import { checkSymbolVisibility } from "./symbol-visibility.js";
import { validateEnum } from "./validate-enum.js";

const MAX_FIELD_NUMBER = 536_870_911;
const FIRST_RESERVED = 19_000;
const LAST_RESERVED = 19_999;
const INT32_MAX = 2_147_483_647;

// Path suffixes.
const NAME = 1;
const F_EXTENDEE = 2;
const F_NUMBER = 3;
const F_LABEL = 4;
const F_TYPE = 5;
const F_TYPE_NAME = 6;
const F_DEFAULT = 7;
const F_OPTIONS = 8;
const F_JSON_NAME = 10;
const M_EXT_RANGE = 5;
const M_RESERVED_RANGE = 9;
const M_RESERVED_NAME = 10;

const PROTO3_EXTENDEES = new Set(
  [
    "File",
    "Message",
    "Field",
    "Enum",
    "EnumValue",
    "Service",
    "Method",
    "Oneof",
    "ExtensionRange",
  ].map((n) => `google.protobuf.${n}Options`),
);

export function validateFile(ctx: LinkContext, file: FileNode): void {
  const v = new Validator(ctx, file);
  v.run();
}

class Validator {
  constructor(
    private readonly ctx: LinkContext,
    private readonly file: FileNode,
  ) {}

  private err(path: number[] | number[][], msg: string): void {
    this.ctx.error(this.file, path, msg);
  }

  /** protoc's TYPE location: the type name, or the scalar type keyword. */
  private typeLoc(f: FieldNode): number[][] {
    // A group's type location is its `group` keyword; other fields' is the type name.
    if (f.type === FieldType.TYPE_GROUP)
      return [
        [...f.path, F_TYPE],
        [...f.path, F_TYPE_NAME],
      ];
    return [
      [...f.path, F_TYPE_NAME],
      [...f.path, F_TYPE],
    ];
  }

  run(): void {
    const f = this.file;
    if (f.syntax !== "editions") this.checkNoFeatures();
    for (const m of f.messages) this.message(m);
    for (const e of f.enums) validateEnum(this.ctx, this.file, e);
    for (const x of f.extensions) this.field(x);
    // The editions rules run as protoc's: each only on a file without errors so far.
    const report = (path: number[], message: string) => this.err(path, message);
    for (const rule of [checkNamingStyle, checkProtoLimits, checkSymbolVisibility]) {
      if (this.fileHasErrors()) return;
      rule(f, report);
    }
  }

  private fileHasErrors(): boolean {
    return this.ctx.diagnostics.some((d) => d.file === this.file.name);
  }

  /** Features are an editions concept; proto2/proto3 files cannot set them. */
  private checkNoFeatures(): void {
    const f = this.file;
    // The path is made only for an error: a large file has thousands of elements.
    const check = (
      o: { features?: unknown } | undefined,
      path: readonly number[],
      last: number,
    ) => {
      if (o?.features !== undefined)
        this.err([...path, last], "Features are only valid under editions.");
    };
    check(f.proto.options, [], 8);
    const visit = (m: MessageNode): void => {
      check(m.proto.options, m.path, 7);
      for (const x of m.declaredFields) check(x.proto.options, x.path, F_OPTIONS);
      for (const x of m.nestedExtensions) check(x.proto.options, x.path, F_OPTIONS);
      for (const n of m.nestedMessages) visit(n);
      for (const e of m.nestedEnums) check(e.proto.options, e.path, 3);
    };
    for (const m of f.messages) visit(m);
    for (const e of f.enums) check(e.proto.options, e.path, 3);
  }

  private message(m: MessageNode): void {
    const proto = m.proto;
    const proto3 = this.file.syntax === "proto3";
    for (const n of m.nestedMessages) this.message(n);
    for (const e of m.nestedEnums) validateEnum(this.ctx, this.file, e);

    // Field numbers: range and uniqueness.
    const byNumber = new Map<number, FieldNode>();
    for (const f of m.declaredFields) {
      this.field(f);
      const prev = byNumber.get(f.number);
      if (prev !== undefined && f.number > 0) {
        this.err(
          [...f.path, F_NUMBER],
          `Field number ${f.number} has already been used in "${m.fullName}" by field "${prev.name}".`,
        );
      } else {
        byNumber.set(f.number, f);
      }
    }
    for (const x of m.nestedExtensions) this.field(x);

    // Oneofs: non-empty, fields consecutive, synthetic ones last.
    let firstSynthetic = -1;
    m.oneofs.forEach((o, i) => {
      if (o.fields.length === 0) this.err([...o.path, NAME], "Oneof must have at least one field.");
      if (o.synthetic) {
        if (firstSynthetic < 0) firstSynthetic = i;
      } else if (firstSynthetic >= 0) {
        this.err(o.path, "Synthetic oneofs must be after all other oneofs");
      }
    });
    const fieldsInOrder = m.declaredFields;
    for (let i = 1; i < fieldsInOrder.length; i++) {
      const cur = fieldsInOrder[i]!;
      const prev = fieldsInOrder[i - 1]!;
      if (cur.oneof !== undefined && cur.oneof !== prev.oneof && cur.oneof.fields[0] !== cur) {
        this.err(
          [...prev.path, F_TYPE_NAME],
          `Fields in the same oneof must be defined consecutively. "${prev.name}" cannot be defined before the completion of the "${cur.oneof.name}" oneof definition.`,
        );
      }
    }
    for (const f of fieldsInOrder) {
      if (f.proto.proto3Optional === true && (f.oneof === undefined || !f.oneof.synthetic)) {
        this.err(f.path, "Fields with proto3_optional set must be a member of a one-field oneof");
      }
    }

    // Extension ranges.
    const maxExt = m.isMessageSet ? INT32_MAX : MAX_FIELD_NUMBER;
    proto.extensionRange.forEach((r, i) => {
      const path = [...m.path, M_EXT_RANGE, i];
      const start = r.start ?? 0;
      const end = r.end ?? 0;
      if (start <= 0) this.err(path, "Extension numbers must be positive integers.");
      if (start >= end)
        this.err(path, "Extension range end number must be greater than start number.");
      if (end > maxExt + 1) this.err(path, `Extension numbers cannot be greater than ${maxExt}.`);
    });
    // Reserved ranges.
    proto.reservedRange.forEach((r, i) => {
      const path = [...m.path, M_RESERVED_RANGE, i];
      if ((r.start ?? 0) <= 0) this.err(path, "Reserved numbers must be positive integers.");
      if ((r.end ?? 0) <= (r.start ?? 0)) {
        this.err(path, "Reserved range end number must be greater than start number.");
      }
    });
    const rr = proto.reservedRange;
    for (const [i, j] of overlappingPairs(rr, false)) {
      const a = rr[i]!;
      const b = rr[j]!;
      this.err(
        [...m.path, M_RESERVED_RANGE, i],
        `Reserved range ${b.start} to ${(b.end ?? 0) - 1} overlaps with already-defined range ${a.start} to ${(a.end ?? 0) - 1}.`,
      );
    }
    const reservedNames = new Set<string>();
    proto.reservedName.forEach((n, i) => {
      if (reservedNames.has(n)) {
        this.err([...m.path, M_RESERVED_NAME, i], `Field name "${n}" is reserved multiple times.`);
      }
      reservedNames.add(n);
    });
    const er = proto.extensionRange;
    const extIndex = new RangeIndex(er, false, m.declaredFields.length);
    const reservedIndex = new RangeIndex(rr, false, m.declaredFields.length);
    for (const f of m.declaredFields) {
      for (const j of extIndex.find(f.number)) {
        const r = er[j]!;
        this.err(
          [...m.path, M_EXT_RANGE, j],
          `Extension range ${r.start} to ${(r.end ?? 0) - 1} includes field "${f.name}" (${f.number}).`,
        );
      }
      for (const j of reservedIndex.find(f.number)) {
        this.err(
          [...m.path, M_RESERVED_RANGE, j],
          `Field "${f.name}" uses reserved number ${f.number}.`,
        );
      }
      if (reservedNames.has(f.name))
        this.err([...f.path, NAME], `Field name "${f.name}" is reserved.`);
    }
    // Extension ranges against reserved ranges, then against each other (protoc's order).
    const pairs = overlappingPairs([...er, ...rr], false).filter(([i]) => i < er.length);
    const byFirst = (i: number) => pairs.filter(([a]) => a === i);
    for (let i = 0; i < er.length; i++) {
      const mine = pairs.length === 0 ? [] : byFirst(i);
      const a = er[i]!;
      for (const [, j] of mine.filter(([, j]) => j >= er.length)) {
        const b = rr[j - er.length]!;
        this.err(
          [...m.path, M_EXT_RANGE, i],
          `Extension range ${a.start} to ${(a.end ?? 0) - 1} overlaps with reserved range ${b.start} to ${(b.end ?? 0) - 1}.`,
        );
      }
      for (const [, j] of mine.filter(([, j]) => j < er.length)) {
        const b = er[j]!;
        this.err(
          [...m.path, M_EXT_RANGE, i],
          `Extension range ${b.start} to ${(b.end ?? 0) - 1} overlaps with already-defined range ${a.start} to ${(a.end ?? 0) - 1}.`,
        );
      }
    }

    if (m.isMessageSet) {
      for (const f of m.declaredFields)
        this.err([...f.path, NAME], "MessageSets cannot have fields, only extensions.");
    }
    if (proto3) {
      if (proto.extensionRange.length > 0) {
        this.err([...m.path, M_EXT_RANGE, 0], "Extension ranges are not allowed in proto3.");
      }
      if (m.isMessageSet) this.err([...m.path, NAME], "MessageSet is not supported in proto3.");
      const seen = new Map<string, FieldNode>();
      for (const f of m.declaredFields) {
        const key = f.name.replaceAll("_", "").toLowerCase();
        const prev = seen.get(key);
        if (prev !== undefined) {
          this.err(
            [...f.path, NAME],
            `The JSON camel-case name of field "${f.name}" conflicts with field "${prev.name}". This is not allowed in proto3.`,
          );
        } else {
          seen.set(key, f);
        }
      }
    }
    this.jsonNames(m);
  }

  /**
   * JSON name uniqueness. Default names (lowerCamelCase) are checked as protoc 3.21 does for
   * proto3; names involving a custom `json_name` as protoc 36 does (where the JSON format is
   * ALLOW; proto2's LEGACY_BEST_EFFORT only rejects two equal custom names).
   */
  private jsonNames(m: MessageNode): void {
    const strict = m.features.jsonFormat === JsonFormat.ALLOW;
    const byName = new Map<string, { field: FieldNode; custom: boolean }>();
    for (const f of m.declaredFields) {
      const def = f.defaultJsonName;
      const custom = f.proto.jsonName !== undefined && f.proto.jsonName !== def;
      const name = custom ? f.proto.jsonName! : def;
      const prev = byName.get(name);
      if (prev === undefined) {
        byName.set(name, { field: f, custom });
        continue;
      }
      // Two default names: proto3 reports them with protoc 3.21's wording (above).
      if (!custom && !prev.custom && this.file.syntax === "proto3") continue;
      if (!strict && !(custom && prev.custom)) continue;
      this.err(
        [...f.path, NAME],
        `The ${custom ? "custom" : "default"} JSON name of field "${f.name}" ("${name}") conflicts with the ${prev.custom ? "custom" : "default"} JSON name of field "${prev.field.name}".`,
      );
    }
  }

  private field(f: FieldNode): void {
    const p = f.proto;
    const proto3 = this.file.syntax === "proto3";
    const editions = this.file.syntax === "editions";
    const n = f.number;
    if (n <= 0) this.err([...f.path, F_NUMBER], "Field numbers must be positive integers.");
    else if (!f.isExtension && n > MAX_FIELD_NUMBER) {
      this.err([...f.path, F_NUMBER], `Field numbers cannot be greater than ${MAX_FIELD_NUMBER}.`);
    } else if (n >= FIRST_RESERVED && n <= LAST_RESERVED) {
      this.err(
        [...f.path, F_NUMBER],
        `Field numbers ${FIRST_RESERVED} through ${LAST_RESERVED} are reserved for the protocol buffer library implementation.`,
      );
    }

    // Defaults (parsed by finishFields, which keeps why one does not parse).
    if (p.defaultValue !== undefined) {
      const at = [...f.path, F_DEFAULT];
      if (f.repeated) this.err(at, "Repeated fields can't have default values.");
      if (proto3) this.err(at, "Explicit default values are not allowed in proto3.");
      else if (editions && f.presence === "implicit") {
        this.err(at, "Implicit presence fields can't specify defaults.");
      }
      if (f.defaultError !== undefined) this.err(at, f.defaultError);
    }

    // [packed = true] only on repeated fields of a packable kind; a field of no kind (type 0: no
    // type in a descriptor set) passes, as in protoc 36.
    if (p.options?.packed !== undefined) {
      if (editions) {
        this.err(
          [...f.path, NAME],
          "Field option packed is not allowed under editions.  Use the repeated_field_encoding feature to control this behavior.",
        );
      } else if (p.options.packed && !(f.repeated && (fieldKind(f.type)?.packable ?? true))) {
        this.err(
          this.typeLoc(f),
          "[packed = true] can only be specified for repeated primitive fields.",
        );
      }
    }
    // protoc's ValidateJSType: a jstype other than JS_NORMAL only on 64-bit integer fields.
    if ((p.options?.jstype ?? 0) !== 0 && f.type !== 0 && fieldKind(f.type)?.js !== "bigint") {
      this.err(
        this.typeLoc(f),
        "jstype is only allowed on int64, uint64, sint64, fixed64 or sfixed64 fields.",
      );
    }
    if (f.isExtension && p.jsonName !== undefined && p.jsonName !== f.defaultJsonName) {
      this.err([...f.path, F_JSON_NAME], "option json_name is not allowed on extension fields.");
    }
    if (f.isExtension && p.label === FieldLabel.LABEL_REQUIRED) {
      this.err(this.typeLoc(f), `The extension ${f.fullName} cannot be required.`);
    }
    if (f.type === FieldType.TYPE_MESSAGE && f.message?.isMapEntry === true) this.mapField(f);
    if (f.extendee?.isMessageSet === true && (f.repeated || f.type !== FieldType.TYPE_MESSAGE)) {
      this.err(this.typeLoc(f), "Extensions of MessageSets must be optional messages.");
    }

    if (proto3) {
      if (f.isExtension && f.extendee !== undefined && !PROTO3_EXTENDEES.has(f.extendee.fullName)) {
        this.err(
          [...f.path, F_EXTENDEE],
          "Extensions in proto3 are only allowed for defining options.",
        );
      }
      if (p.label === FieldLabel.LABEL_REQUIRED) {
        this.err(this.typeLoc(f), "Required fields are not allowed in proto3.");
      }
      if (f.enum !== undefined && f.enum.file.syntax === "proto2") {
        this.err(
          [...f.path, F_TYPE_NAME],
          `Enum type "${f.enum.fullName}" is not a proto3 enum, but is used in "${f.parent?.fullName ?? f.fullName}" which is a proto3 message type.`,
        );
      }
      if (f.type === FieldType.TYPE_GROUP)
        this.err(this.typeLoc(f), "Groups are not supported in proto3 syntax.");
    }
    if (editions) {
      if (p.label === FieldLabel.LABEL_REQUIRED) {
        this.err(
          [...f.path, F_LABEL],
          "Required presence can't be specified by the label in editions.  Use the field_presence feature instead.",
        );
      }
      const own = p.options?.features?.fieldPresence;
      if (own !== undefined) {
        const at = [...f.path, NAME];
        if (f.repeated) this.err(at, "Repeated fields can't specify field presence.");
        else if (f.isExtension) this.err(at, "Extensions can't specify field presence.");
        else if (f.oneof !== undefined) this.err(at, "Oneof fields can't specify field presence.");
        else if (
          own === FieldPresence.IMPLICIT &&
          (f.type === FieldType.TYPE_MESSAGE || f.type === FieldType.TYPE_GROUP)
        ) {
          this.err(at, "Message fields can't specify implicit presence.");
        }
      }
    }
  }

  private mapField(f: FieldNode): void {
    const entry = f.message!;
    const key = entry.fields.find((x) => x.number === 1);
    const value = entry.fields.find((x) => x.number === 2);
    const camel = f.name
      .split("_")
      .map((s, i) =>
        i === 0 ? s.charAt(0).toUpperCase() + s.slice(1) : s.charAt(0).toUpperCase() + s.slice(1),
      )
      .join("");
    const ok =
      entry.nestedExtensions.length === 0 &&
      f.repeated &&
      entry.proto.extensionRange.length === 0 &&
      entry.nestedMessages.length === 0 &&
      entry.nestedEnums.length === 0 &&
      entry.declaredFields.length === 2 &&
      entry.name === `${camel}Entry` &&
      entry.parent === f.parent &&
      key?.name === "key" &&
      value?.name === "value" &&
      key.proto.label === FieldLabel.LABEL_OPTIONAL &&
      value.proto.label === FieldLabel.LABEL_OPTIONAL;
    if (!ok) {
      this.err(
        [...f.path, F_TYPE_NAME],
        "map_entry should not be set explicitly. Use map<KeyType, ValueType> instead.",
      );
      return;
    }
    const keyKind = fieldKind(key.type);
    if (keyKind?.js === "enum") {
      this.err([...f.path, F_TYPE_NAME], "Key in map fields cannot be enum types.");
    } else if (keyKind !== undefined && !keyKind.mapKey) {
      this.err(
        [...f.path, F_TYPE_NAME],
        "Key in map fields cannot be float/double, bytes or message types.",
      );
    }
    // Open and closed enums alike (protoc 36.2; older protoc checked open enums only).
    if (
      value.type === FieldType.TYPE_ENUM &&
      value.enum !== undefined &&
      value.enum.values[0]?.number !== 0
    ) {
      this.err([...f.path, F_TYPE_NAME], "Enum value in map must define 0 as the first value.");
    }
  }
}
