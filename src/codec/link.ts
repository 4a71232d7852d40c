/**
 * Linking for code generated ahead of time: a generated module defines each message type's
 * functions with `defineFunctions(make, deps)`, a pure call (no statement runs at load to link
 * them, so a bundler can drop every type a program does not reach), and the links are made on
 * the first call of a codec (codec.ts): `linkFunctions` fills the `L` array of each type
 * reached, once. The emitted code reads `L[i]` when it runs, so cycles need nothing more.
 */
import type { MessageFunctions } from "./runtime.js";

/**
 * An emitted type's functions made for links `L`: `(L) => m0(rt, L)`, where `m0` is the
 * emitted body and `rt` the module's object of the runtime helpers it calls.
 */
export type MessageFunctionsMaker = (L: MessageFunctions[]) => MessageFunctions;

const pending = new WeakMap<
  MessageFunctions,
  { readonly L: MessageFunctions[]; readonly deps: () => readonly MessageFunctions[] }
>();

/** The functions of one generated type; `deps()` gives the types its `L[i]` name, in order. */
export function defineFunctions(
  make: MessageFunctionsMaker,
  deps: () => readonly MessageFunctions[],
): MessageFunctions {
  const L: MessageFunctions[] = [];
  const fns = make(L);
  pending.set(fns, { L, deps });
  return fns;
}

/** Links `root` and every type it reaches that is not linked yet (a no-op for compiled ones). */
export function linkFunctions(root: MessageFunctions): void {
  const stack = [root];
  for (let f = stack.pop(); f !== undefined; f = stack.pop()) {
    const p = pending.get(f);
    if (p === undefined) continue;
    pending.delete(f);
    const deps = p.deps();
    p.L.push(...deps);
    stack.push(...deps);
  }
}
