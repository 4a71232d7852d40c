/**
 * What the closure codecs' builders share: how a message type reaches the functions of another
 * (`link`, the linked entry, filled in after it is built, so read at call time as emitted code
 * reads `L[i]`), and the tables error paths read.
 */
import type { MessageInfo } from "../info.js";
import { layoutOf } from "../layout.js";
import type { MessageFunctions } from "../runtime.js";

/** A message object as the codecs see it. */
export type Rec = Record<string, unknown>;

/** The (possibly not yet filled in) functions of message type `info`. */
export type Link = (info: MessageInfo) => MessageFunctions;

/**
 * Field property names by field number, -1 naming `$unknown`: what error paths say (the
 * EmitUnit.propertyNames table of the emitters).
 */
export function namesByNumber(info: MessageInfo): Map<number, string> {
  const names = new Map<number, string>([[-1, "$unknown"]]);
  for (const s of layoutOf(info).byNumber) names.set(s.field.number, s.field.localName);
  return names;
}

/**
 * Reads property `prop` of an object, as safe-source.ts readProp does: names inherited from
 * Object.prototype (`constructor`, `toString`, ...) are read only when own, so a partial
 * object never yields `Object` for a field called `constructor`.
 */
export function propReader(prop: string): (o: Rec) => unknown {
  if (prop in Object.prototype) return (o) => (Object.hasOwn(o, prop) ? o[prop] : undefined);
  return (o) => o[prop];
}
