/**
 * The code emitter: turns one message type into JavaScript source, kept apart from evaluation
 * (compiler.ts) so the same text can be written into files ahead of time. fixtures/emitted
 * holds the output for a few schemas, formatted (emit/format-source.ts).
 *
 * The source is the body of a function `(rt, L) => MessageFunctions`. What its parts share:
 *   rt   the runtime (runtime.ts): error constructors, path helpers, rare operations. Read-only.
 *   L    `L[i]` is the linked MessageFunctions of `deps[i]` (EmitUnit.link); an entry may be
 *        filled in after this body runs (cyclic types), so it is read at call time, never copied.
 *   E0, P1, R2, ...  constants declared at the top (EmitUnit.constant), one letter for what
 *        they hold: E a closed enum's numbers (Set), P property names by field number (error
 *        paths of decode, encode and create), R repeated properties by number (decode paths) or
 *        extension ranges, K list/map kinds by number (encode paths), S the ShapeInfo of
 *        strict.ts, O Object.prototype, C a oneof's cases, X extension numbers (Set).
 * The functions it returns, and who calls them (each message type's through `L[i]`):
 *   make()                              a message with every field at its default.
 *   init(m, x, d, k) / create(x, d, k)  copy init object `x` in at depth `d`; `k` is the
 *                                       ignoreUnknownKeys option (create.ts).
 *   decode(r, end, m, o, depth, group)  decode.ts (its header lists the locals).
 *   encode(m, w, o, depth)              write `m` to Writer `w` (encode.ts); `depth` as decode's.
 *   missing(m, path, out, d, lim)       push unset required fields' paths (missing.ts).
 * `shape(m, lax)` and `keys(m)` are private to the body (shape.ts). The root calls come from
 * codec.ts with depth 0 and `o` from options.ts; nested calls pass `depth + 1` and the same `o`.
 */

import type { MessageInfo } from "../info.js";
import { hasRequired as holdsRequired } from "../required.js";
import type { MessageFunctions } from "../runtime.js";
import { emitCreate, emitMake } from "./create.js";
import { emitDecode } from "./decode.js";
import { EmitUnit } from "./emit-unit.js";
import { emitEncode } from "./encode.js";
import { emitMissing } from "./missing.js";
import { emitShape } from "./shape.js";

export interface EmittedMessage {
  /** Body of `function (rt, L) { ... }` returning `{ make, init, create, decode, encode, missing }`. */
  readonly source: string;
  /** Message types the source calls into, in `L` order. */
  readonly deps: readonly MessageInfo[];
}

/**
 * Which of a type's functions to emit: all of them (generated modules, emitMessage's
 * default), or one part, which the run-time compiler evaluates when one of its functions is
 * first called (compiler.ts): `codec` make, decode, encode and the required-field walk;
 * `create` init and create (with their own make and shape). Decode and encode share a part:
 * evaluating them apart cost more, in a program that uses both, than it saved in one that
 * decodes only (aiplatform/v1's 1,317 types: +8% against -25%, docs/schema.md).
 */
export type MessagePart = "all" | "codec" | "create";

/** The functions each part returns, by name. */
export const PART_FUNCTIONS: Readonly<Record<MessagePart, readonly (keyof MessageFunctions)[]>> = {
  all: ["make", "init", "create", "decode", "encode", "missing"],
  codec: ["make", "decode", "encode", "missing"],
  create: ["init", "create"],
};

export function emitMessage(
  info: MessageInfo,
  /** Which types (transitively) hold required fields; only those get a required-field walk. */
  hasRequired: (info: MessageInfo) => boolean = holdsRequired,
  part: MessagePart = "all",
): EmittedMessage {
  const unit = new EmitUnit(info, hasRequired);
  const functions: string[] = [];
  const creates = part !== "codec";
  const codec = part !== "create";
  if (creates) functions.push(emitShape(unit));
  functions.push(emitMake(unit));
  if (creates) functions.push(emitCreate(unit));
  if (codec) functions.push(emitDecode(unit), emitEncode(unit), emitMissing(unit));
  const source = `"use strict";
${unit.declarations()}
${functions.join("\n")}
return { ${PART_FUNCTIONS[part].join(", ")} };`;
  return { source, deps: unit.deps };
}
