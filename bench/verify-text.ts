// The correctness gate for the protobuf text format (the shared gate of verify-format.ts):
// every text-capable contender prints the same text twice and its text reads back, by itself
// and by every other text-capable contender, to the data set's values. Messages are compared,
// not texts: the peers may format floats or escape strings differently from protoc, whose form
// protowire prints; which peers print protowire's text character for character is recorded
// (identicalToProtowire), not required.

import type { Verification } from "./verify.js";
import type { FormatVerification, TextFormat } from "./verify-format.js";
import { verifyFormat } from "./verify-format.js";

export const TEXT_FORMAT: TextFormat = {
  name: "text",
  support: (c) => c.text,
  side: (p) => p.text,
};

export function verifyText(v: Verification): FormatVerification {
  return verifyFormat(v, TEXT_FORMAT);
}
