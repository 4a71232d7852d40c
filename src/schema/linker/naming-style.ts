// The naming style editions enforce from 2024 (`features.enforce_naming_style`, STYLE2024 by
// default): TitleCase messages, enums, services and methods; lower_snake_case packages,
// fields and oneofs; UPPER_SNAKE_CASE enum values. Each element follows its own resolved
// feature, so `STYLE_LEGACY` on a file, message, field, enum, value, service or method opts
// that element (and what it contains) out. Messages and their order are protoc 36.2's: the
// package, then each message (its name, its enums and their values, oneofs, fields, nested
// messages, nested extensions), the file's enums, extensions, services and methods.
//
// STYLE2026 (edition 2026's default) adds, for fields (extensions too) and oneofs, names that
// collide in generated code: `has_x` / `get_x` / `set_x` / `clear_x` or `x_value` next to a
// field or oneof `x` of the same message (an extension's: the message it extends), and the
// name `descriptor`. Its error follows the element's style error, with its own opt-out.

import { EnforceNamingStyle } from "../descriptor/shapes.js";
import type { EnumNode, FieldNode, FileNode, MessageNode, OneofNode } from "./nodes.js";

const NAME = 1;
const FILE_PACKAGE = 2;
const OPT_OUT =
  " (features.enforce_naming_style = STYLE_LEGACY can be used to opt out of this check)";

const COLLISION_OPT_OUT =
  " (features.enforce_naming_style = STYLE2024 can be used to opt out of this check)";
const COLLIDING_PREFIXES = ["has_", "get_", "set_", "clear_"];
const COLLIDING_SUFFIX = "_value";

type Report = (path: number[], message: string) => void;

/** Underscores the styles forbid: doubled, trailing (also before a `.`), or before a digit. */
const BAD_UNDERSCORES = /__|_(\.|$)|_[0-9]/;

/** What is wrong with `name` as TitleCase, or undefined. */
function titleCase(name: string): string | undefined {
  if (name.includes("_")) return "should be TitleCase";
  if (!/^[A-Z]/.test(name)) return "should begin with a capital letter";
  return undefined;
}

/** What is wrong with `name` as lower_snake_case (dotted for packages), or undefined. */
function lowerSnakeCase(name: string): string | undefined {
  if (/[A-Z]/.test(name)) return "should be lower_snake_case";
  if (!/^[a-z]/.test(name)) return "should begin with a lower case letter";
  if (BAD_UNDERSCORES.test(name)) return "contains style violating underscores";
  return undefined;
}

/** What is wrong with `name` as UPPER_SNAKE_CASE, or undefined. */
function upperSnakeCase(name: string): string | undefined {
  if (/[a-z]/.test(name)) return "should be UPPER_SNAKE_CASE";
  if (!/^[A-Z]/.test(name)) return "should begin with an upper case letter";
  if (BAD_UNDERSCORES.test(name)) return "contains style violating underscores";
  return undefined;
}

/**
 * What makes `name` collide in the generated code of `message` (the field's or oneof's own,
 * an extension's extendee), or undefined: protoc's IsValidFieldNonCollisionName.
 */
function collision(name: string, message: MessageNode | undefined): string | undefined {
  const exists = (other: string) =>
    message!.fieldByName(other) !== undefined || message!.oneofs.some((o) => o.name === other);
  if (message !== undefined) {
    for (const prefix of COLLIDING_PREFIXES) {
      const rest = name.slice(prefix.length);
      if (name.startsWith(prefix) && exists(rest)) {
        return `should not begin with ${prefix} if a field named ${rest} exists. This can cause collisions in generated code.`;
      }
    }
    const rest = name.slice(0, -COLLIDING_SUFFIX.length);
    if (name.endsWith(COLLIDING_SUFFIX) && exists(rest)) {
      return `should not end with ${COLLIDING_SUFFIX} if a field named ${rest} exists. This can cause collisions in generated code.`;
    }
  }
  if (name === "descriptor") {
    return "should not be named descriptor. This can cause collisions in generated code.";
  }
  return undefined;
}

/** Whether a resolved `enforce_naming_style` asks for the check (STYLE2024 and later). */
function enforced(style: number | undefined): boolean {
  return style !== undefined && style !== 0 && style !== EnforceNamingStyle.STYLE_LEGACY;
}

export function checkNamingStyle(file: FileNode, report: Report): void {
  // An element's path is copied (`[...path, NAME]`) only for a report: most files enforce no
  // style, and a copy for every element would be made for nothing.
  const check = (
    style: number,
    what: string,
    name: string,
    rule: (n: string) => string | undefined,
    path: readonly number[],
    last = NAME,
  ) => {
    if (!enforced(style)) return;
    const problem = rule(name);
    if (problem !== undefined) report([...path, last], `${what} name ${name} ${problem}${OPT_OUT}`);
  };
  const fileStyle = file.features.enforceNamingStyle;
  const pkg = file.proto.package;
  if (pkg !== undefined && pkg !== "") {
    check(fileStyle, "Package", pkg, lowerSnakeCase, [], FILE_PACKAGE);
  }
  /** STYLE2026's collision check, after the element's style check. */
  const collides = (
    style: number,
    what: string,
    name: string,
    message: MessageNode | undefined,
    path: readonly number[],
  ) => {
    if (style !== EnforceNamingStyle.STYLE2026) return;
    const problem = collision(name, message);
    if (problem !== undefined) {
      report([...path, NAME], `${what} name ${name} ${problem}${COLLISION_OPT_OUT}`);
    }
  };
  const field = (f: FieldNode) => {
    const style = f.features.enforceNamingStyle;
    check(style, "Field", f.name, lowerSnakeCase, f.path);
    collides(style, "Field", f.name, f.isExtension ? f.extendee : f.parent, f.path);
  };
  const oneof = (o: OneofNode) => {
    const style = o.features.enforceNamingStyle;
    check(style, "Oneof", o.name, lowerSnakeCase, o.path);
    collides(style, "Oneof", o.name, o.parent, o.path);
  };
  const enumType = (e: EnumNode) => {
    check(e.features.enforceNamingStyle, "Enum", e.name, titleCase, e.path);
    for (const v of e.values) {
      check(v.features.enforceNamingStyle, "Enum value", v.name, upperSnakeCase, v.path);
    }
  };
  const message = (m: MessageNode) => {
    check(m.features.enforceNamingStyle, "Message", m.name, titleCase, m.path);
    for (const e of m.nestedEnums) enumType(e);
    for (const o of m.oneofs) if (!o.synthetic) oneof(o);
    for (const f of m.declaredFields) field(f);
    for (const n of m.nestedMessages) message(n);
    for (const x of m.nestedExtensions) field(x);
  };
  for (const m of file.messages) message(m);
  for (const e of file.enums) enumType(e);
  for (const x of file.extensions) field(x);
  for (const s of file.services) {
    check(s.features.enforceNamingStyle, "Service", s.name, titleCase, s.path);
    for (const m of s.methods) {
      check(m.features.enforceNamingStyle, "Method", m.name, titleCase, m.path);
    }
  }
}
