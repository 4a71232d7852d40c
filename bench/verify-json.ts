// The correctness gate for proto3 JSON (the shared gate of verify-format.ts): every
// JSON-capable contender's text must also be the proto3 JSON form (the same document as
// @bufbuild/protobuf's toJson, key order and spacing aside).

import { proto3JsonDifference } from "./json-form.js";
import type { Verification } from "./verify.js";
import { message } from "./verify.js";
import type { FormatVerification, TextFormat } from "./verify-format.js";
import { verifyFormat } from "./verify-format.js";

export const JSON_FORMAT: TextFormat = {
  name: "JSON",
  support: (c) => c.json,
  side: (p) => p.json,
  formDifference(ds, text) {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (e) {
      return `not JSON: ${message(e)}`;
    }
    return proto3JsonDifference(ds, document);
  },
};

export function verifyJson(v: Verification): FormatVerification {
  return verifyFormat(v, JSON_FORMAT);
}
