/**
 * fast-check generators for the codec proofs: random schemas (rendered as .proto source text,
 * so they go through protowire's own parser and linker) and random message values of them.
 *
 * A value is kept abstract (field number -> value) so the same value can be turned into
 * protowire's message model and into @bufbuild/protobuf's, each by its own descriptors.
 */
import fc from "fast-check";

export type Syntax = "proto2" | "proto3" | "editions";

export const SCALAR_TYPES = [
  "double",
  "float",
  "int64",
  "uint64",
  "int32",
  "fixed64",
  "fixed32",
  "bool",
  "string",
  "bytes",
  "uint32",
  "sfixed32",
  "sfixed64",
  "sint32",
  "sint64",
] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];

/** Map keys: any integral or string type (not float, double, bytes, enum or message). */
export const MAP_KEY_TYPES = [
  "int64",
  "uint64",
  "int32",
  "fixed64",
  "fixed32",
  "bool",
  "string",
  "uint32",
  "sfixed32",
  "sfixed64",
  "sint32",
  "sint64",
] as const satisfies readonly ScalarType[];
export type MapKeyType = (typeof MAP_KEY_TYPES)[number];

export type ValueType =
  | { kind: "scalar"; scalar: ScalarType }
  | { kind: "enum"; index: number }
  | { kind: "message"; index: number };

/**
 * `singular`: implicit presence in proto3 and editions (`features.field_presence = IMPLICIT`),
 * `optional`: explicit presence, `required`: proto2 `required` / editions `LEGACY_REQUIRED`.
 */
export type Label = "singular" | "optional" | "required" | "repeated";

export interface FieldModel {
  name: string;
  number: number;
  label: Label;
  type: ValueType;
  map?: { key: MapKeyType; value: ValueType };
  /** Repeated scalars: write `packed` / `repeated_field_encoding` explicitly, opposite to the file default. */
  flipPacking: boolean;
  /**
   * Message fields written as groups: editions `features.message_encoding = DELIMITED`, or in
   * proto2 a `group` whose body repeats the fields of the referenced message (so values of
   * that message fit the group's own nested type, field number for field number).
   */
  delimited: boolean;
}

export interface OneofModel {
  name: string;
  fields: FieldModel[];
}

export interface MessageModel {
  name: string;
  fields: FieldModel[];
  oneofs: OneofModel[];
}

export interface EnumModel {
  name: string;
  closed: boolean;
  values: { name: string; number: number }[];
}

export interface FileModel {
  syntax: Syntax;
  pkg: string;
  enums: EnumModel[];
  /** Message i refers only to messages before it, so every value is finite. */
  messages: MessageModel[];
  /** Extensions of message 0 (proto2 and editions only), numbered in EXTENSION_RANGE. */
  extensions?: ExtensionModel[];
}

export interface ExtensionModel {
  name: string;
  number: number;
  label: "optional" | "repeated";
  type: ValueType;
  flipPacking: boolean;
}

/** The extension range of message 0; ordinary fields never use these numbers. */
export const EXTENSION_RANGE = { from: 20_000_000, to: 20_000_999 } as const;

// ---------------------------------------------------------------------------------------------
// Schemas

const word = fc.string({
  unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"),
  minLength: 1,
  maxLength: 8,
});

/** Field numbers: mostly small, sometimes near the top of the range; never 19000-19999. */
const fieldNumber = fc
  .oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 536_870_911 }) },
  )
  .filter(
    (n) => (n < 19_000 || n > 19_999) && (n < EXTENSION_RANGE.from || n > EXTENSION_RANGE.to),
  );

function enumArb(syntax: Syntax, index: number): fc.Arbitrary<EnumModel> {
  // proto3 enums are open; editions enums are open unless `features.enum_type = CLOSED`; an
  // open enum's first value must be 0. proto2 enums are closed and may start anywhere.
  const closedArb =
    syntax === "proto2"
      ? fc.constant(true)
      : syntax === "proto3"
        ? fc.constant(false)
        : fc.boolean();
  return closedArb.chain((closed) =>
    fc
      .uniqueArray(fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }), {
        minLength: 1,
        maxLength: 4,
      })
      .map((numbers) => {
        const nums = closed ? numbers : [0, ...numbers.filter((n) => n !== 0)];
        return {
          name: `E${index}`,
          closed,
          values: nums.map((number, i) => ({ name: `E${index}_V${i}`, number })),
        };
      }),
  );
}

function valueTypeArb(enums: EnumModel[], messageIndex: number): fc.Arbitrary<ValueType> {
  const options: fc.Arbitrary<ValueType>[] = [
    fc.constantFrom(...SCALAR_TYPES).map((scalar) => ({ kind: "scalar" as const, scalar })),
  ];
  if (enums.length > 0) {
    options.push(
      fc.nat({ max: enums.length - 1 }).map((index) => ({ kind: "enum" as const, index })),
    );
  }
  if (messageIndex > 0) {
    options.push(
      fc.nat({ max: messageIndex - 1 }).map((index) => ({ kind: "message" as const, index })),
    );
  }
  return fc.oneof(...options);
}

interface FieldDraft {
  word: string;
  number: number;
  shape: "plain" | "repeated" | "map" | "oneof";
  label: Label;
  type: ValueType;
  mapKey: MapKeyType;
  oneofGroup: number;
  flipPacking: boolean;
  delimited: boolean;
}

function labelsFor(syntax: Syntax): Label[] {
  if (syntax === "proto2") return ["optional", "required"];
  if (syntax === "proto3") return ["singular", "optional"];
  return ["singular", "optional", "required"];
}

function messageArb(
  syntax: Syntax,
  enums: EnumModel[],
  index: number,
  maps: boolean,
): fc.Arbitrary<MessageModel> {
  const draft: fc.Arbitrary<FieldDraft> = fc.record({
    word,
    number: fieldNumber,
    shape: maps
      ? fc.constantFrom("plain", "plain", "repeated", "map", "oneof")
      : fc.constantFrom("plain", "plain", "repeated", "oneof"),
    label: fc.constantFrom(...labelsFor(syntax)),
    type: valueTypeArb(enums, index),
    mapKey: fc.constantFrom(...MAP_KEY_TYPES),
    oneofGroup: fc.nat({ max: 1 }),
    flipPacking: fc.boolean(),
    delimited: fc.boolean(),
  });
  return fc
    .uniqueArray(draft, { minLength: 1, maxLength: 7, selector: (d) => d.number })
    .map((drafts) => buildMessage(syntax, enums, index, drafts));
}

function buildMessage(
  syntax: Syntax,
  enums: EnumModel[],
  index: number,
  drafts: FieldDraft[],
): MessageModel {
  const fields: FieldModel[] = [];
  const oneofs: OneofModel[] = [];
  const groups = new Map<number, OneofModel>();
  drafts.forEach((d, i) => {
    const isEnum = d.type.kind === "enum";
    const closedEnum = d.type.kind === "enum" && enums[d.type.index]!.closed;
    const isMessage = d.type.kind === "message";
    let label = d.label;
    // Message fields always have explicit presence; implicit presence cannot hold a closed enum.
    if (label === "singular" && (isMessage || closedEnum)) label = "optional";
    const field: FieldModel = {
      name: `${d.word}_${i}`,
      number: d.number,
      label,
      type: d.type,
      flipPacking: false,
      delimited: syntax !== "proto3" && isMessage && d.delimited,
    };
    // A proto2 group's field name is its type name in lower case.
    if (syntax === "proto2" && field.delimited) field.name = `g${i}`;
    // protoc: "Enum value in map must define 0 as the first value"; such maps become lists.
    const mapOk = !(d.type.kind === "enum" && enums[d.type.index]!.values[0]!.number !== 0);
    if (d.shape === "map" && mapOk) {
      field.label = "repeated";
      field.map = { key: d.mapKey, value: d.type };
      field.delimited = false;
      fields.push(field);
    } else if (d.shape === "repeated" || d.shape === "map") {
      field.label = "repeated";
      const packable =
        d.type.kind === "scalar" ? !["string", "bytes"].includes(d.type.scalar) : isEnum;
      field.flipPacking = packable && d.flipPacking;
      fields.push(field);
    } else if (d.shape === "oneof") {
      field.label = "optional";
      field.delimited = false;
      let group = groups.get(d.oneofGroup);
      if (group === undefined) {
        group = { name: `choice${d.oneofGroup}_${index}`, fields: [] };
        groups.set(d.oneofGroup, group);
        oneofs.push(group);
      }
      group.fields.push(field);
    } else {
      fields.push(field);
    }
  });
  return { name: `M${index}`, fields, oneofs };
}

/** Random schemas; `maps: false` leaves out map fields. */
export function fileModelArb(syntax?: Syntax, { maps = true } = {}): fc.Arbitrary<FileModel> {
  const syntaxArb =
    syntax === undefined
      ? fc.constantFrom<Syntax>("proto2", "proto3", "editions")
      : fc.constant(syntax);
  return syntaxArb.chain((s) =>
    fc
      .integer({ min: 0, max: 2 })
      .chain((enumCount) =>
        fc
          .tuple(...Array.from({ length: enumCount }, (_, i) => enumArb(s, i)))
          .chain((enums) =>
            fc
              .integer({ min: 1, max: 3 })
              .chain((messageCount) =>
                fc
                  .tuple(
                    ...Array.from({ length: messageCount }, (_, i) =>
                      messageArb(s, enums, i, maps),
                    ),
                  )
                  .map((messages) => ({ syntax: s, pkg: `proof.${s}`, enums, messages })),
              ),
          ),
      ),
  );
}

/** The .proto source text of a model. */
export function renderProto(model: FileModel): string {
  const { syntax } = model;
  const out: string[] = [];
  out.push(syntax === "editions" ? 'edition = "2023";' : `syntax = "${syntax}";`);
  out.push(`package ${model.pkg};`, "");
  for (const e of model.enums) {
    out.push(`enum ${e.name} {`);
    if (syntax === "editions" && e.closed) out.push("  option features.enum_type = CLOSED;");
    for (const v of e.values) out.push(`  ${v.name} = ${v.number};`);
    out.push("}", "");
  }
  const exts = model.extensions ?? [];
  model.messages.forEach((m, i) => {
    const range =
      i === 0 && exts.length > 0
        ? [`  extensions ${EXTENSION_RANGE.from} to ${EXTENSION_RANGE.to};`]
        : [];
    out.push(`message ${m.name} {`, ...range, ...renderBody(model, m, "  "), "}", "");
  });
  if (exts.length > 0) {
    out.push(`extend ${model.messages[0]!.name} {`);
    for (const e of exts) {
      const field: FieldModel = { ...e, delimited: false };
      // renderField writes proto2 labels and editions features alike.
      out.push(`  ${renderField(model, field)}`);
    }
    out.push("}", "");
  }
  return out.join("\n");
}

function typeName(t: ValueType, model: FileModel): string {
  if (t.kind === "scalar") return t.scalar;
  if (t.kind === "enum") return model.enums[t.index]!.name;
  return model.messages[t.index]!.name;
}

/** A proto2 group: `optional group G3 = 7 { ...fields of the referenced message... }`. */
function renderGroup(model: FileModel, f: FieldModel, indent: string): string {
  const m = model.messages[(f.type as { index: number }).index]!;
  const label =
    f.label === "repeated" ? "repeated" : f.label === "required" ? "required" : "optional";
  const lines = [`${label} group G${f.name.slice(1)} = ${f.number} {`];
  lines.push(...renderBody(model, m, `${indent}  `));
  lines.push(`${indent}}`);
  return lines.join("\n");
}

function renderBody(model: FileModel, m: MessageModel, indent: string): string[] {
  const out: string[] = [];
  for (const f of m.fields) out.push(`${indent}${renderField(model, f, indent)}`);
  for (const o of m.oneofs) {
    out.push(`${indent}oneof ${o.name} {`);
    for (const f of o.fields)
      out.push(`${indent}  ${typeName(f.type, model)} ${f.name} = ${f.number};`);
    out.push(`${indent}}`);
  }
  return out;
}

function renderField(model: FileModel, f: FieldModel, indent = "  "): string {
  const { syntax } = model;
  if (syntax === "proto2" && f.delimited) return renderGroup(model, f, indent);
  const options: string[] = [];
  let prefix: string;
  if (f.map !== undefined) {
    prefix = `map<${f.map.key}, ${typeName(f.map.value, model)}>`;
  } else {
    const type = typeName(f.type, model);
    if (f.label === "repeated") {
      prefix = `repeated ${type}`;
      if (f.flipPacking) {
        // proto2 expands by default, proto3 and editions pack.
        if (syntax === "proto2") options.push("packed = true");
        else if (syntax === "proto3") options.push("packed = false");
        else options.push("features.repeated_field_encoding = EXPANDED");
      }
    } else if (syntax === "proto2") {
      prefix = `${f.label === "required" ? "required" : "optional"} ${type}`;
    } else if (syntax === "proto3") {
      prefix = f.label === "optional" ? `optional ${type}` : type;
    } else {
      prefix = type;
      if (f.label === "singular") options.push("features.field_presence = IMPLICIT");
      if (f.label === "required") options.push("features.field_presence = LEGACY_REQUIRED");
    }
    if (f.delimited) options.push("features.message_encoding = DELIMITED");
  }
  const opts = options.length > 0 ? ` [${options.join(", ")}]` : "";
  return `${prefix} ${f.name} = ${f.number}${opts};`;
}

// ---------------------------------------------------------------------------------------------
// Values

export type MapKey = number | bigint | boolean | string;
export type Value =
  | number
  | bigint
  | boolean
  | string
  | Uint8Array
  | MessageValue
  | Value[]
  | Map<MapKey, Value>;

/** A message value: the fields that are set, by number (a oneof holds at most one member). */
export interface MessageValue {
  readonly fields: Map<number, Value>;
}

const INT32 = fc.integer({ min: -2_147_483_648, max: 2_147_483_647 });
const UINT32 = fc.integer({ min: 0, max: 4_294_967_295 });
const INT64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
const UINT64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });

export function scalarArb(
  t: ScalarType,
): fc.Arbitrary<number | bigint | boolean | string | Uint8Array> {
  switch (t) {
    case "double":
      return fc.double();
    case "float":
      return fc.float(); // float32 values only, so they survive the 4-byte encoding exactly
    case "int32":
    case "sint32":
    case "sfixed32":
      return INT32;
    case "uint32":
    case "fixed32":
      return UINT32;
    case "int64":
    case "sint64":
    case "sfixed64":
      return INT64;
    case "uint64":
    case "fixed64":
      return UINT64;
    case "bool":
      return fc.boolean();
    case "string":
      return fc.string({ unit: "binary", maxLength: 12 });
    case "bytes":
      return fc.uint8Array({ maxLength: 12 });
  }
}

/** Random values of message `index` of `model`. */
export function messageValueArb(model: FileModel, index: number): fc.Arbitrary<MessageValue> {
  const cache = new Map<number, fc.Arbitrary<MessageValue>>();
  const messageArbFor = (i: number): fc.Arbitrary<MessageValue> => {
    let arb = cache.get(i);
    if (arb === undefined) {
      arb = buildMessageValueArb(model, i, messageArbFor);
      cache.set(i, arb);
    }
    return arb;
  };
  return messageArbFor(index);
}

function buildMessageValueArb(
  model: FileModel,
  index: number,
  messageArbFor: (i: number) => fc.Arbitrary<MessageValue>,
): fc.Arbitrary<MessageValue> {
  const m = model.messages[index]!;
  const valueArbOf = (t: ValueType) => typeValueArb(model, t, messageArbFor);
  const parts: fc.Arbitrary<[number, Value] | undefined>[] = [];
  for (const f of m.fields) {
    let arb: fc.Arbitrary<Value>;
    if (f.map !== undefined) {
      arb = fc
        .array(fc.tuple(scalarArb(f.map.key) as fc.Arbitrary<MapKey>, valueArbOf(f.map.value)), {
          maxLength: 3,
        })
        .map((entries) => new Map(entries));
    } else if (f.label === "repeated") {
      arb = fc.array(valueArbOf(f.type), { maxLength: f.type.kind === "message" ? 2 : 4 });
    } else {
      arb = valueArbOf(f.type);
    }
    const entry = arb.map((v): [number, Value] => [f.number, v]);
    parts.push(f.label === "optional" ? fc.option(entry, { nil: undefined }) : entry);
  }
  for (const o of m.oneofs) {
    parts.push(
      fc.option(
        fc.oneof(
          ...o.fields.map((f) => valueArbOf(f.type).map((v): [number, Value] => [f.number, v])),
        ),
        {
          nil: undefined,
        },
      ),
    );
  }
  return fc.tuple(...parts).map((entries) => ({
    fields: new Map(entries.filter((e): e is [number, Value] => e !== undefined)),
  }));
}

/** Random values of one field type (for a message type: values of that message). */
export function typeValueArb(
  model: FileModel,
  t: ValueType,
  messageArbFor: (i: number) => fc.Arbitrary<MessageValue> = (i) => messageValueArb(model, i),
): fc.Arbitrary<Value> {
  if (t.kind === "scalar") return scalarArb(t.scalar);
  if (t.kind === "enum") {
    const e = model.enums[t.index]!;
    // An unknown value of a closed enum goes to the unknown fields, so only open enums get
    // arbitrary numbers.
    return e.closed
      ? fc.constantFrom(...e.values.map((v) => v.number))
      : fc.oneof(fc.constantFrom(...e.values.map((v) => v.number)), INT32);
  }
  return messageArbFor(t.index);
}

/** Adds 1-4 extensions of message 0 to a proto2 or editions model. */
export function withExtensionsArb(model: FileModel): fc.Arbitrary<FileModel> {
  const ext = fc.record({
    type: fc.oneof(
      fc.constantFrom(...SCALAR_TYPES).map((scalar): ValueType => ({ kind: "scalar", scalar })),
      ...(model.enums.length > 0
        ? [
            fc
              .nat({ max: model.enums.length - 1 })
              .map((index): ValueType => ({ kind: "enum", index })),
          ]
        : []),
      fc
        .nat({ max: model.messages.length - 1 })
        .map((index): ValueType => ({ kind: "message", index })),
    ),
    repeated: fc.boolean(),
    flip: fc.boolean(),
  });
  return fc
    .uniqueArray(fc.integer({ min: EXTENSION_RANGE.from, max: EXTENSION_RANGE.to }), {
      minLength: 1,
      maxLength: 4,
    })
    .chain((numbers) => fc.tuple(...numbers.map(() => ext)).map((drafts) => ({ numbers, drafts })))
    .map(({ numbers, drafts }) => {
      const extensions = drafts.map((d, i): ExtensionModel => {
        const packable =
          d.type.kind === "enum" ||
          (d.type.kind === "scalar" && !["string", "bytes"].includes(d.type.scalar));
        return {
          name: `ext_${i}`,
          number: numbers[i]!,
          label: d.repeated ? "repeated" : "optional",
          type: d.type,
          flipPacking: d.repeated && packable && d.flip,
        };
      });
      return { ...model, extensions };
    });
}

/**
 * A model with extensions of its message 0 (withExtensionsArb), a value of that message, and a
 * value (or none) for each extension: what the extension suites set with setExtension.
 */
export function extensionCaseArb(syntax: Syntax) {
  return fileModelArb(syntax)
    .chain(withExtensionsArb)
    .chain((model) =>
      fc.record({
        model: fc.constant(model),
        base: messageValueArb(model, 0),
        exts: fc.tuple(
          ...model.extensions!.map((e) =>
            e.label === "repeated"
              ? fc.array(typeValueArb(model, e.type), { maxLength: 3 })
              : fc.option(typeValueArb(model, e.type), { nil: undefined }),
          ),
        ),
      }),
    );
}
