/**
 * The compact table of a message type as data: which kind, flags and reference each field's
 * row gets. `protowire gen --optimize=size` prints it as source (gen/compact.ts); build.ts
 * makes live tables of it in-process, for tests and for createFileRegistry (the runtime entry's
 * reader of descriptor sets, file-registry/).
 */
import { fieldKind } from "../../schema/descriptor/field-kinds.js";
import { rangeCheck } from "../../schema/descriptor/range-check.js";
import { ProtowireError } from "../../wire/errors.js";
import { defaultOf } from "../defaults.js";
import type { FieldInfo, MessageInfo } from "../info.js";
import { layoutOf } from "../layout.js";
import { hasRequired } from "../required.js";
import { fieldFacts } from "../scalar.js";
import { DELIMITED, EXPLICIT, LIST, PACKED, REQUIRED } from "./kind.js";

/** A kind: a runtime export, wrapped in the jstype form and in `$list` where said. */
export interface KindPlan {
  readonly name: string;
  readonly form?: "$jsString" | "$jsNumber";
  readonly list?: boolean;
}

/** What a row refers to: a message type, a closed enum's numbers, a map's key and value. */
export type RefPlan =
  | { readonly message: MessageInfo }
  | { readonly values: readonly number[] }
  | { readonly key: KindPlan; readonly value: KindPlan; readonly valueRef?: RefPlan };

export interface RowPlan {
  readonly number: number;
  readonly name: string;
  readonly kind: KindPlan;
  readonly flags: number;
  readonly ref?: RefPlan;
  readonly oneof?: string;
  /** getField's default, when it is not the kind's zero. */
  readonly default?: { readonly value: unknown };
  /** The error getField throws for a default with no value in the field's form. */
  readonly invalidDefault?: string;
}

export interface TypePlan {
  readonly rows: readonly RowPlan[];
  /** The type holds required fields (itself or below): `$required`. */
  readonly required: boolean;
  /** The type has oneofs: `$oneofs`. */
  readonly oneofs: boolean;
  readonly ranges: readonly (readonly [number, number])[];
  /** The extensions of the type the schema knows (`$extensions`). */
  readonly extensions: readonly ExtensionPlan[];
  /** `option message_set_wire_format = true`. */
  readonly messageSet: boolean;
}

export interface ExtensionPlan {
  readonly number: number;
  /** Its name in error paths: `[pkg.ext]`. */
  readonly name: string;
  readonly repeated: boolean;
  /** A message extension whose type can hold required fields: that type (checked inside). */
  readonly message?: MessageInfo;
}

function kindOf(f: FieldInfo, inMap: boolean): KindPlan {
  // The runtime's kinds are named after the schema's field kinds; a group is a message field.
  const kind = fieldKind(f.type);
  if (kind === undefined) throw new Error(`internal: no field kind for type ${f.type}`);
  let name = kind.name === "group" ? "$message" : `$${kind.name}`;
  if (name === "$string" && !f.utf8Validate) name = "$laxString";
  if (name === "$enum" && f.enum !== undefined && !f.enum.open) name = "$closedEnum";
  // Repeated scalars take the list handlers; message and closed enum kinds have their own.
  const list = !inMap && f.repeated && name !== "$message" && name !== "$closedEnum";
  const jsForm = inMap ? undefined : fieldFacts(f)?.kind;
  const form = jsForm === "decimal" ? "$jsString" : jsForm === "safe" ? "$jsNumber" : undefined;
  return { name, ...(form === undefined ? {} : { form }), ...(list ? { list } : {}) };
}

/** A closed enum's distinct numbers, made once per enum (many fields may share one enum). */
const closedValues = /*@__PURE__*/ new WeakMap<object, { readonly values: readonly number[] }>();

function refOf(f: FieldInfo): RefPlan | undefined {
  if (f.message !== undefined) return { message: f.message };
  const e = f.enum;
  if (e !== undefined && !e.open) {
    let ref = closedValues.get(e);
    if (ref === undefined) {
      ref = { values: [...new Set(e.values.map((v) => v.number))] };
      closedValues.set(e, ref);
    }
    return ref;
  }
  return undefined;
}

function rowOf(f: FieldInfo, name: string, oneof: string | undefined): RowPlan {
  if (f.map !== undefined) {
    const valueRef = refOf(f.map.value);
    return {
      number: f.number,
      name,
      kind: { name: "$map" },
      flags: 0,
      ref: {
        key: kindOf(f.map.key, true),
        value: kindOf(f.map.value, true),
        ...(valueRef === undefined ? {} : { valueRef }),
      },
    };
  }
  let flags = 0;
  if (f.repeated) flags |= LIST;
  if (f.repeated && f.packed) flags |= PACKED;
  if (f.presence !== "implicit") flags |= EXPLICIT;
  if (f.presence === "required") flags |= REQUIRED;
  if (f.delimited || f.type === 10) flags |= DELIMITED;
  let dflt: RowPlan["default"];
  let invalidDefault: string | undefined;
  if (!f.repeated && f.message === undefined && oneof === undefined) {
    try {
      const d = defaultOf(f);
      const zero = fieldFacts(f)?.zeroValue();
      const same = d instanceof Uint8Array ? d.length === 0 : Object.is(d, zero);
      if (!same) dflt = { value: d };
    } catch (e) {
      if (!(e instanceof ProtowireError) || e.code !== "INVALID_VALUE") throw e;
      invalidDefault = e.message;
    }
  }
  const ref = refOf(f);
  return {
    number: f.number,
    name,
    kind: kindOf(f, false),
    flags,
    ...(ref === undefined ? {} : { ref }),
    ...(oneof === undefined ? {} : { oneof }),
    ...(dflt === undefined ? {} : { default: dflt }),
    ...(invalidDefault === undefined ? {} : { invalidDefault }),
  };
}

/** The compact table of `info` (not a map entry: those are rows of their map fields). */
export function compactPlan(info: MessageInfo): TypePlan {
  const members = layoutOf(info).members;
  const extensions = info.extensions?.() ?? [];
  const inRanges = rangeCheck(info.extensionRanges ?? []);
  const rows = members.flatMap((member) =>
    member.kind === "field"
      ? [rowOf(member.slot.field, member.slot.prop, undefined)]
      : member.slots.map((s) => rowOf(s.field, s.oneofCase!, member.prop)),
  );
  return {
    rows,
    required: hasRequired(info),
    oneofs: members.some((m) => m.kind === "oneof"),
    // Known extensions stay a chunk each too, whether or not the view has the ranges.
    ranges: [
      ...(info.extensionRanges ?? []),
      ...extensions
        .filter((e) => !inRanges(e.number))
        .map((e) => [e.number, e.number + 1] as const),
    ],
    extensions: extensions.map((e) => ({
      number: e.number,
      name: `[${e.fullName ?? e.name}]`,
      repeated: e.repeated,
      ...(e.message !== undefined && hasRequired(e.message) ? { message: e.message } : {}),
    })),
    messageSet: info.isMessageSet === true,
  };
}
