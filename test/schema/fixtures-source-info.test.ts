// The parser alone against protoc: for every file of every corpus entry (well-known types
// included), parseFile's sourceCodeInfo equals the one in <entry>.source.binpb (protoc 36.2).
// protoc's parser makes all of source info except for options: option interpretation (a
// linker step) rewrites `[..., options, 999 (uninterpreted_option), i]` into the paths of the
// interpreted fields, and drops some locations (e.g. descriptor.proto's `extensions ...
// [declaration = {...}]` leaves none). So locations that reach an options field are left out
// here on both sides; fixtures.test.ts compares everything after linking. This pins the
// parser before the linker exists.
// Locations are compared as plain objects so a failure shows the first differing location.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fromBinary, isFieldSet } from "@bufbuild/protobuf";
import {
  FileDescriptorProtoSchema,
  SourceCodeInfo_LocationSchema as LocationSchema,
} from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/schema/parser/parser.js";
import {
  loadManifest,
  readExpected,
  readProtoTree,
  splitFileDescriptorSet,
  WKT_DIR,
} from "./fixtures-corpus.js";

interface Loc {
  path: number[];
  span: number[];
  leading?: string;
  trailing?: string;
  detached: string[];
}

/**
 * Descriptor shapes as (child-list field -> child kind) and their options field number.
 * File 4/5/6/7 = message/enum/service/extension; message 2/6 fields, 3 nested, 4 enums,
 * 5 extension ranges, 8 oneofs; enum 2 values; service 2 methods (descriptor.proto numbers).
 */
const SHAPES: Record<string, { options: number; children: Record<number, string> }> = {
  file: { options: 8, children: { 4: "message", 5: "enum", 6: "service", 7: "field" } },
  message: {
    options: 7,
    children: { 2: "field", 6: "field", 3: "message", 4: "enum", 5: "range", 8: "oneof" },
  },
  field: { options: 8, children: {} },
  oneof: { options: 2, children: {} },
  enum: { options: 3, children: { 2: "value" } },
  value: { options: 3, children: {} },
  service: { options: 3, children: { 2: "method" } },
  method: { options: 4, children: {} },
  range: { options: 3, children: {} },
};

/** True when `path` reaches some element's options field (a location the linker may rewrite). */
function insideOptions(path: readonly number[]): boolean {
  let kind = "file";
  for (let i = 0; i < path.length; i += 2) {
    const shape = SHAPES[kind]!;
    if (path[i] === shape.options) return true;
    const child = shape.children[path[i]!];
    if (child === undefined) return false;
    kind = child;
  }
  return false;
}

interface Case {
  name: string;
  text: string;
  expected: Loc[];
}

const cases = new Map<string, Case>();
for (const entry of loadManifest()) {
  const tree = readProtoTree(entry.dir);
  for (const bytes of splitFileDescriptorSet(readExpected(entry, "source"))) {
    const file = fromBinary(FileDescriptorProtoSchema, bytes);
    if (cases.has(file.name)) continue;
    const text = tree.get(file.name) ?? readFileSync(join(WKT_DIR, file.name), "utf8");
    const expected = (file.sourceCodeInfo?.location ?? [])
      .filter((l) => !insideOptions(l.path))
      .map((l) => {
        const loc: Loc = {
          path: [...l.path],
          span: [...l.span],
          detached: [...l.leadingDetachedComments],
        };
        // proto2 presence: bufbuild reads an unset string as "", so ask whether it was set.
        if (isFieldSet(l, LocationSchema.field.leadingComments)) loc.leading = l.leadingComments;
        if (isFieldSet(l, LocationSchema.field.trailingComments)) loc.trailing = l.trailingComments;
        return loc;
      });
    cases.set(file.name, { name: file.name, text, expected });
  }
}

describe("parser source info equals protoc's", () => {
  for (const c of cases.values()) {
    it(`${c.name} (${c.expected.length} locations)`, () => {
      const { file, diagnostics } = parseFile(c.name, c.text);
      expect(diagnostics).toEqual([]);
      const actual = (file.sourceCodeInfo?.location ?? [])
        .filter((l) => !insideOptions(l.path))
        .map((l) => {
          const loc: Loc = {
            path: [...l.path],
            span: [...l.span],
            detached: [...l.leadingDetachedComments],
          };
          if (l.leadingComments !== undefined) loc.leading = l.leadingComments;
          if (l.trailingComments !== undefined) loc.trailing = l.trailingComments;
          return loc;
        });
      // First differing index, so the failure points at one location rather than 1,000.
      let i = 0;
      while (i < actual.length && i < c.expected.length) {
        if (JSON.stringify(actual[i]) !== JSON.stringify(c.expected[i])) break;
        i++;
      }
      expect(actual[i], `location #${i} of ${c.expected.length}`).toEqual(c.expected[i]);
      expect(actual.length).toBe(c.expected.length);
    });
  }
});
