// createFileRegistry (protowire/runtime) against the linker: for a descriptor set (protoc's) and
// the schema the linker made of the same files, every message type's compact plan (the rows the
// registry's tables are made of: kinds, flags, property names, oneofs, defaults, closed enum
// values, extensions) is the same, and the registry knows the same message and enum types.
import { compactPlan } from "../../src/codec/compact/plan.js";
import { FileDescriptorSetTable } from "../../src/codec/file-registry/descriptor-tables.js";
import { registryTypes } from "../../src/codec/file-registry/descriptor-types.js";
import { fromBinary } from "../../src/runtime.js";
import type { EnumInfo, MessageInfo } from "../../src/schema/index.js";

interface LinkedSchema {
  readonly fileInfos: readonly {
    readonly messages: readonly MessageInfo[];
    readonly enums: readonly EnumInfo[];
  }[];
}

/** A plan as comparable JSON: message types by name, bigints, bytes, NaN and -0 spelled out. */
function planText(info: object): string {
  return JSON.stringify(compactPlan(info as MessageInfo), (_k, v: unknown) => {
    if (typeof v === "bigint") return `${v}n`;
    if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) return `#${v}`;
    if (v instanceof Uint8Array) return `bytes:${[...v]}`;
    if (v !== null && typeof v === "object" && "fullName" in v && "fields" in v) {
      return `message:${(v as MessageInfo).fullName}`;
    }
    return v;
  });
}

function linkedTypes(schema: LinkedSchema): { messages: MessageInfo[]; enums: EnumInfo[] } {
  const messages: MessageInfo[] = [];
  const enums: EnumInfo[] = [];
  const visit = (m: MessageInfo & { nestedMessages?: MessageInfo[]; nestedEnums?: EnumInfo[] }) => {
    messages.push(m);
    for (const n of m.nestedMessages ?? []) visit(n);
    enums.push(...(m.nestedEnums ?? []));
  };
  for (const f of schema.fileInfos) {
    for (const m of f.messages) visit(m);
    enums.push(...f.enums);
  }
  return { messages, enums };
}

/**
 * Where the registry made of `set` and the linker's `schema` disagree: a list of type names
 * (with what differs), empty when they agree. Also returns how many message types it compared.
 */
export function registryDifferences(
  set: Uint8Array,
  schema: LinkedSchema,
): { compared: number; differences: string[] } {
  const ours = registryTypes(fromBinary(FileDescriptorSetTable, set).file);
  const linked = linkedTypes(schema);
  const differences: string[] = [];
  const names = (list: Iterable<{ fullName: string }>) => [...list].map((x) => x.fullName).sort();
  if (names(ours.messages.values()).join() !== names(linked.messages).join()) {
    differences.push("the message types differ");
  }
  if (names(ours.enums.values()).join() !== names(linked.enums).join()) {
    differences.push("the enum types differ");
  }
  let compared = 0;
  for (const m of linked.messages) {
    if (m.isMapEntry === true) continue;
    const mine = ours.messages.get(m.fullName);
    if (mine === undefined) continue;
    compared++;
    const a = planText(mine);
    const b = planText(m);
    if (a !== b) differences.push(`${m.fullName}: ${a} instead of ${b}`);
  }
  for (const e of linked.enums) {
    const mine = ours.enums.get(e.fullName);
    if (mine === undefined) continue;
    if (
      mine.open !== e.open ||
      JSON.stringify(mine.values) !==
        JSON.stringify(e.values.map((v) => ({ name: v.name, number: v.number })))
    ) {
      differences.push(`enum ${e.fullName}`);
    }
  }
  return { compared, differences };
}
