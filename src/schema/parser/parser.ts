// The .proto parser: source text in, an unlinked FileDescriptorProto out, exactly as protoc's
// parser (compiler/parser.cc, protoc 36.2) produces it before linking (except that proto2 files get
// no `syntax`, as in protoc's output):
// - type names as written, `type` unset for message/enum references;
// - options as uninterpretedOption, except `default` and `json_name`;
// - proto3 `optional` as proto3Optional plus a synthetic oneof; `map<K,V>` as a nested
//   XxxEntry message; groups as a nested message plus a TYPE_GROUP field;
// - sourceCodeInfo with every location and comment protoc records, in protoc's order.
// Errors do not stop the parser: it skips the broken statement and goes on, so one call
// reports several diagnostics. No input makes it throw, loop forever or overflow the stack.

import type { FileDescriptorProto } from "../descriptor/shapes.js";
import {
  Edition,
  newDescriptorProto,
  newFileDescriptorProto,
  newOptions,
} from "../descriptor/shapes.js";
import type { Diagnostic } from "../errors.js";
import { parseEnumDefinition } from "./enum.js";
import { parseExtend } from "./extensions.js";
import { decodeUtf8 } from "./literals.js";
import { parseMessageDefinition } from "./message.js";
import { parseOption } from "./options.js";
import { parseServiceDefinition } from "./service.js";
import type { LocationRecorder } from "./source-info.js";
import { ParserState, parseVisibility } from "./state.js";

export type { Diagnostic } from "../errors.js";

// FileDescriptorProto field numbers (source-info path components).
const FILE_PACKAGE = 2;
const FILE_DEPENDENCY = 3;
const FILE_MESSAGE_TYPE = 4;
const FILE_ENUM_TYPE = 5;
const FILE_SERVICE = 6;
const FILE_EXTENSION = 7;
const FILE_OPTIONS = 8;
const FILE_PUBLIC_DEPENDENCY = 10;
const FILE_WEAK_DEPENDENCY = 11;
const FILE_SYNTAX = 12;
const FILE_OPTION_DEPENDENCY = 15;

/** Editions this parser accepts in `edition = "..."`. */
const KNOWN_EDITIONS: ReadonlyMap<string, number> = new Map([
  ["2023", Edition.EDITION_2023],
  ["2024", Edition.EDITION_2024],
  ["2026", Edition.EDITION_2026],
]);

export interface ParseResult {
  /** The parsed file; meaningful only as far as parsing got when there are diagnostics. */
  file: FileDescriptorProto;
  /** Problems found, in source order of discovery; empty when the file parsed cleanly. */
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /**
   * Record source locations and comments in `file.sourceCodeInfo` (default true). Without
   * them a parse costs less memory and time; diagnostics keep their positions either way.
   */
  sourceInfo?: boolean;
}

/**
 * Parses one .proto file. `fileName` becomes `file.name` and the file of every diagnostic.
 * `file.sourceCodeInfo` is filled unless `options.sourceInfo` is false (strip it on output
 * unless wanted).
 * proto2 files carry no `syntax` (protoc writes none for them); proto3 files carry
 * "proto3"; editions files carry "editions" and `edition`.
 */
export function parseFile(
  fileName: string,
  source: string,
  options: ParseOptions = {},
): ParseResult {
  const file = newFileDescriptorProto(fileName);
  // JavaScript callers can pass anything: a Buffer from readFileSync without "utf8" used to
  // throw a TypeError from the lexer, and a number parsed as an empty file.
  if (typeof source !== "string") {
    const got = source === null ? "null" : typeof source === "object" ? "an object" : typeof source;
    const message = `Source text must be a string, got ${got} (read files as text, e.g. readFileSync(path, "utf8")).`;
    return { file, diagnostics: [{ file: fileName, line: 0, column: 0, message }] };
  }
  const p = new ParserState(fileName, source, options.sourceInfo ?? true);

  // The first token's leading and detached comments.
  const { comments } = p.tok.nextWithComments();
  p.upcomingDetachedComments = comments.detached;
  p.upcomingDocComments = comments.leading;

  const root = p.rootLocation();
  let ok = true;
  if (p.lookingAt("syntax") || p.lookingAt("edition")) {
    ok = parseSyntaxIdentifier(p, file, root);
  }
  if (ok) {
    while (!p.atEnd()) {
      if (!parseTopLevelStatement(p, file, root)) {
        p.skipStatement();
        if (p.lookingAt("}")) {
          p.addError('Unmatched "}".');
          const { comments: c } = p.tok.nextWithComments(false);
          p.upcomingDetachedComments = c.detached;
          p.upcomingDocComments = c.leading;
        }
      }
    }
  }
  p.done(root);
  if (p.recording) file.sourceCodeInfo = { location: p.locations };
  return { file, diagnostics: p.diagnostics };
}

/** `syntax = "proto2" | "proto3";` or `edition = "2023";` */
function parseSyntaxIdentifier(
  p: ParserState,
  file: FileDescriptorProto,
  root: LocationRecorder,
): boolean {
  const location = p.location(root, FILE_SYNTAX);
  try {
    const isEdition = p.tryConsume("edition");
    if (
      !isEdition &&
      !p.consume("syntax", "File must begin with a syntax statement, e.g. 'syntax = \"proto2\";'.")
    ) {
      return false;
    }
    if (!p.consume("=")) return false;
    const token = p.current;
    const bytes = p.consumeString("Expected syntax identifier.");
    if (bytes === undefined) return false;
    if (!p.consumeEndOfDeclaration(";", location)) return false;
    const value = decodeUtf8(bytes);
    if (isEdition) {
      const edition = KNOWN_EDITIONS.get(value);
      if (edition === undefined) {
        p.addErrorAt(token.line, token.column, `Unknown edition "${value}".`);
        return false;
      }
      p.syntax = "editions";
      p.edition = edition;
      file.syntax = "editions";
      file.edition = edition;
      return true;
    }
    if (value !== "proto2" && value !== "proto3") {
      p.addErrorAt(
        token.line,
        token.column,
        `Unrecognized syntax identifier "${value}".  This parser only recognizes "proto2" and "proto3".`,
      );
      return false;
    }
    p.syntax = value;
    // protoc's descriptors name the syntax only for proto3 (and editions).
    if (value === "proto3") file.syntax = value;
    return true;
  } finally {
    p.done(location);
  }
}

function parseTopLevelStatement(
  p: ParserState,
  file: FileDescriptorProto,
  root: LocationRecorder,
): boolean {
  if (p.tryConsumeEndOfDeclaration(";", null)) return true; // empty statement
  const visibility = parseVisibility(p);
  if (visibility === null) return false;
  if (p.lookingAt("message")) {
    const location = p.location(root, FILE_MESSAGE_TYPE, file.messageType.length);
    try {
      const message = newDescriptorProto();
      if (visibility !== undefined) message.visibility = visibility;
      file.messageType.push(message);
      return parseMessageDefinition(p, message, location);
    } finally {
      p.done(location);
    }
  }
  if (p.lookingAt("enum")) {
    const location = p.location(root, FILE_ENUM_TYPE, file.enumType.length);
    try {
      return parseEnumDefinition(p, file.enumType, location, visibility);
    } finally {
      p.done(location);
    }
  }
  if (p.lookingAt("service")) {
    const location = p.location(root, FILE_SERVICE, file.service.length);
    try {
      return parseServiceDefinition(p, file.service, location);
    } finally {
      p.done(location);
    }
  }
  if (p.lookingAt("extend")) {
    const location = p.location(root, FILE_EXTENSION);
    try {
      return parseExtend(p, file.extension, file.messageType, root, FILE_MESSAGE_TYPE, location);
    } finally {
      p.done(location);
    }
  }
  if (p.lookingAt("import")) return parseImport(p, file, root);
  if (p.lookingAt("package")) return parsePackage(p, file, root);
  if (p.lookingAt("option")) {
    const location = p.location(root, FILE_OPTIONS);
    try {
      file.options ??= newOptions();
      return parseOption(p, file.options, location, "statement");
    } finally {
      p.done(location);
    }
  }
  p.addError('Expected top-level statement (e.g. "message").');
  return false;
}

/** `package a.b.c;` */
function parsePackage(p: ParserState, file: FileDescriptorProto, root: LocationRecorder): boolean {
  if (file.package !== undefined) {
    p.addError("Multiple package definitions.");
    delete file.package;
  }
  const location = p.location(root, FILE_PACKAGE);
  try {
    if (!p.consume("package")) return false;
    let name = "";
    while (true) {
      const id = p.consumeIdentifier("Expected identifier.");
      if (id === undefined) {
        if (name !== "") file.package = name;
        return false;
      }
      name += id;
      if (!p.tryConsume(".")) break;
      name += ".";
    }
    file.package = name;
    return p.consumeEndOfDeclaration(";", location);
  } finally {
    p.done(location);
  }
}

/**
 * `import "x.proto";`, `import public "x.proto";`, `import weak "x.proto";`, and (edition
 * 2024) `import option "x.proto";`, which names a file needed only for custom options.
 */
function parseImport(p: ParserState, file: FileDescriptorProto, root: LocationRecorder): boolean {
  // The path depends on the import kind, known only after `import`.
  const location = p.location(root);
  try {
    if (!p.consume("import")) return false;
    if (p.lookingAt("option")) {
      if (!p.atLeast2024) p.addError("option import is not supported before edition 2024.");
      location.addPath(FILE_OPTION_DEPENDENCY);
      location.addPath(file.optionDependency.length);
      p.next();
      const bytes = p.consumeString("Expected a string naming the file to import.");
      if (bytes === undefined) return false;
      file.optionDependency.push(decodeUtf8(bytes));
      return p.consumeEndOfDeclaration(";", location);
    }
    location.addPath(FILE_DEPENDENCY);
    location.addPath(file.dependency.length);
    if (file.optionDependency.length > 0) {
      p.addError("imports should precede any option imports to ensure proto files can roundtrip.");
    }
    if (p.lookingAt("public")) {
      const publicLocation = p.location(root, FILE_PUBLIC_DEPENDENCY, file.publicDependency.length);
      p.next();
      p.done(publicLocation);
      file.publicDependency.push(file.dependency.length);
    } else if (p.lookingAt("weak")) {
      const weakLocation = p.location(root, FILE_WEAK_DEPENDENCY, file.weakDependency.length);
      p.next();
      p.done(weakLocation);
      file.weakDependency.push(file.dependency.length);
    }
    const bytes = p.consumeString("Expected a string naming the file to import.");
    if (bytes === undefined) return false;
    file.dependency.push(decodeUtf8(bytes));
    return p.consumeEndOfDeclaration(";", location);
  } finally {
    p.done(location);
  }
}
