// Enum checks protoc's DescriptorBuilder makes after linking: first value zero for open enums,
// aliases, enum-prefix conflicts, reserved numbers and names.

import type { LinkContext } from "./context.js";
import type { EnumNode, EnumValueNode, FileNode } from "./nodes.js";
import { overlappingPairs, RangeIndex } from "./ranges.js";

const NAME = 1;
const E_VALUE = 2;
const E_RESERVED_RANGE = 4;
const E_RESERVED_NAME = 5;

interface EnumValidator {
  err(path: number[], msg: string): void;
  syntax: string;
}

/**
 * protoc's CheckEnumValueUniqueness: value names must stay distinct once the enum-name
 * prefix is stripped and they are PascalCased (code generators do that). An error for open
 * enums; protoc only warns for closed (proto2) ones.
 */
function enumPrefixConflicts(check: EnumValidator, e: EnumNode): void {
  const prefix = e.name.replaceAll("_", "").toLowerCase();
  const seen = new Map<string, EnumValueNode>();
  e.values.forEach((v) => {
    const key = pascalCase(stripEnumPrefix(prefix, v.name));
    const prev = seen.get(key);
    if (prev === undefined) {
      seen.set(key, v);
    } else if (prev.name !== v.name && prev.number !== v.number) {
      check.err(
        [...v.path, NAME],
        `Enum name ${v.name} has the same name as ${prev.name} if you ignore case and strip out the enum name prefix (if any). This is error-prone and can lead to undefined behavior. Please avoid doing this. If you are using allow_alias, please assign the same numeric value to both enums.`,
      );
    }
  });
}

export function validateEnum(ctx: LinkContext, file: FileNode, e: EnumNode): void {
  const check: EnumValidator = {
    err: (path, msg) => ctx.error(file, path, msg),
    syntax: file.syntax,
  };
  const proto = e.proto;
  if (e.values.length > 0 && e.open && e.values[0]!.number !== 0) {
    const msg =
      check.syntax === "proto3"
        ? "The first enum value must be zero in proto3."
        : "The first enum value must be zero for open enums.";
    check.err([...e.values[0]!.path, 2], msg);
  }
  if (proto.options?.allowAlias !== true) {
    const used = new Map<number, string>();
    e.values.forEach((v) => {
      const prev = used.get(v.number);
      if (prev !== undefined) {
        check.err(
          [...v.path, 2],
          `"${v.fullName}" uses the same enum value as "${prev}". If this is intended, set 'option allow_alias = true;' to the enum definition.`,
        );
      } else {
        used.set(v.number, v.fullName);
      }
    });
  } else {
    const numbers = new Set(e.values.map((v) => v.number));
    if (numbers.size === e.values.length) {
      check.err(
        [...e.path, NAME],
        `"${e.name}" declares support for enum aliases but no enum values share field numbers. Please remove the unnecessary 'option allow_alias = true;' declaration.`,
      );
    }
  }
  if (e.open) enumPrefixConflicts(check, e);
  const rr = proto.reservedRange;
  rr.forEach((r, i) => {
    if ((r.end ?? 0) < (r.start ?? 0)) {
      check.err(
        [...e.path, E_RESERVED_RANGE, i],
        "Reserved range end number must be greater than start number.",
      );
    }
  });
  for (const [i, j] of overlappingPairs(rr, true)) {
    const r = rr[i]!;
    const b = rr[j]!;
    check.err(
      [...e.path, E_RESERVED_RANGE, i],
      `Reserved range ${b.start} to ${b.end} overlaps with already-defined range ${r.start} to ${r.end}.`,
    );
  }
  const names = new Set<string>();
  proto.reservedName.forEach((n, i) => {
    if (names.has(n))
      check.err([...e.path, E_RESERVED_NAME, i], `Enum value "${n}" is reserved multiple times.`);
    names.add(n);
  });
  const valueIndex = new RangeIndex(rr, true, e.values.length);
  e.values.forEach((v, i) => {
    for (const j of valueIndex.find(v.number)) {
      check.err(
        [...e.path, E_RESERVED_RANGE, j],
        `Enum value "${v.name}" uses reserved number ${v.number}.`,
      );
    }
    if (names.has(v.name))
      check.err([...e.path, E_VALUE, i, NAME], `Enum value "${v.name}" is reserved.`);
  });
}

/** protoc's PrefixRemover: drops the (underscore-insensitive) enum name prefix if present. */
function stripEnumPrefix(prefix: string, name: string): string {
  let i = 0;
  let j = 0;
  for (; i < name.length && j < prefix.length; i++) {
    if (name[i] === "_") continue;
    if (name[i]!.toLowerCase() !== prefix[j++]) return name;
  }
  if (j < prefix.length) return name;
  while (i < name.length && name[i] === "_") i++;
  return i === name.length ? name : name.slice(i);
}

/** protoc's EnumValueToPascalCase. */
function pascalCase(name: string): string {
  let out = "";
  let upper = true;
  for (const c of name) {
    if (c === "_") upper = true;
    else {
      out += upper ? c.toUpperCase() : c.toLowerCase();
      upper = false;
    }
  }
  return out;
}
