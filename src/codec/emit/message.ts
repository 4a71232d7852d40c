/**
 * The code emitter: turns one message type into JavaScript source, kept apart from evaluation
 * (compiler.ts) so the same text can be written into files ahead of time.
 *
 * The source is the body of a function `(rt, L) => MessageFunctions` where `rt` is the runtime
 * (runtime.ts) and `L[i]` is the linked MessageFunctions of `deps[i]`.
 */

import type { MessageInfo } from "../info.js";
import { hasRequired as holdsRequired } from "../required.js";
import { emitCreate } from "./create.js";
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

export function emitMessage(
  info: MessageInfo,
  /** Which types (transitively) hold required fields; only those get a required-field walk. */
  hasRequired: (info: MessageInfo) => boolean = holdsRequired,
): EmittedMessage {
  const unit = new EmitUnit(info, hasRequired);
  const functions = [
    emitShape(unit),
    emitCreate(unit),
    emitDecode(unit),
    emitEncode(unit),
    emitMissing(unit),
  ];
  const source = `"use strict";
${unit.declarations()}
${functions.join("\n")}
return { make, init, create, decode, encode, missing };`;
  return { source, deps: unit.deps };
}
