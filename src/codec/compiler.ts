/**
 * Evaluation of emitted source: each message type is emitted once, evaluated with
 * `new Function`, and linked to the functions of the message types it calls. Linking goes
 * through a work list (not recursion), so deep or cyclic type graphs are fine.
 *
 * Each evaluated body ends with a `//# sourceURL` naming its message type, so stack traces,
 * debuggers and profilers show `decode (protowire:///pkg.User.js:12:7)` instead of an
 * anonymous eval.
 */
import { ProtowireError } from "../wire/errors.js";
import { closureFunctions } from "./closures/functions.js";
import type { EmittedMessage } from "./emit/message.js";
import { emitMessage } from "./emit/message.js";
import { sourceUrlComment } from "./emit/safe-source.js";
import type { MessageInfo } from "./info.js";
import { hasRequired } from "./required.js";
import type { MessageFunctions } from "./runtime.js";
import { runtime } from "./runtime.js";

const linked = new WeakMap<MessageInfo, MessageFunctions>();

/**
 * The functions of message type `root`: emitted and evaluated, or, where this environment
 * forbids `new Function`, the closure codecs (closures/), which do the same without it.
 */
export function compileMessageFunctions(root: MessageInfo): MessageFunctions {
  if (!evaluationAvailable()) return closureMessageFunctions(root);
  const done = linked.get(root);
  if (done !== undefined) return done;
  const pending: { entry: MessageFunctions; source: string; deps: readonly MessageInfo[] }[] = [];
  const fresh: MessageInfo[] = [];
  const queue = [root];
  try {
    while (queue.length > 0) {
      const info = queue.pop()!;
      if (linked.has(info)) continue;
      // A placeholder with the final shape: callers hold it before it is filled in.
      const entry = placeholder();
      linked.set(info, entry);
      fresh.push(info);
      const emitted = emitForEvaluation(info);
      pending.push({ entry, source: emitted.source, deps: emitted.deps });
      for (const dep of emitted.deps) if (!linked.has(dep)) queue.push(dep);
    }
    for (const p of pending) {
      const deps = p.deps.map((d) => linked.get(d)!);
      const evaluate = evaluateSource(["rt", "L"], p.source) as (
        rt: typeof runtime,
        L: MessageFunctions[],
      ) => MessageFunctions;
      Object.assign(p.entry, evaluate(runtime, deps));
    }
  } catch (e) {
    for (const info of fresh) linked.delete(info);
    throw e;
  }
  return linked.get(root)!;
}

/**
 * A message type's source as `new Function("rt", "L", source)` evaluates it: the emitted
 * source and the sourceURL that names it (the fixtures/emitted snapshots are this, formatted).
 */
export function emitForEvaluation(info: MessageInfo): EmittedMessage {
  const emitted = emitMessage(info, hasRequired);
  return { source: `${emitted.source}\n${sourceUrlComment(info.fullName)}`, deps: emitted.deps };
}

/**
 * `new Function(...params, source)`, with a Content-Security-Policy that forbids it turned into
 * an error that says what to do instead. The JSON format compiles through here too.
 */
export function evaluateSource(params: readonly string[], source: string): unknown {
  try {
    return new Function(...params, source);
  } catch (e) {
    if (e instanceof EvalError) {
      throw new ProtowireError(
        "CODEGEN_FORBIDDEN",
        `compiling a codec needs new Function, which this environment forbids (${e.message}); ` +
          "generate the codecs ahead of time instead",
      );
    }
    throw e;
  }
}

const composed = new WeakMap<MessageInfo, MessageFunctions>();

/**
 * The closure codecs' functions of `root`, each type reached built once and linked through its
 * entry (filled in once built, so cycles are fine), without any evaluation.
 */
export function closureMessageFunctions(root: MessageInfo): MessageFunctions {
  const done = composed.get(root);
  if (done !== undefined) return done;
  const queue: MessageInfo[] = [];
  const fresh: MessageInfo[] = [];
  const link = (info: MessageInfo): MessageFunctions => {
    let entry = composed.get(info);
    if (entry === undefined) {
      entry = placeholder();
      composed.set(info, entry);
      fresh.push(info);
      queue.push(info);
    }
    return entry;
  };
  const rootEntry = link(root);
  try {
    while (queue.length > 0) {
      const info = queue.pop()!;
      Object.assign(composed.get(info)!, closureFunctions(info, link, hasRequired));
    }
  } catch (e) {
    for (const info of fresh) composed.delete(info);
    throw e;
  }
  return rootEntry;
}

let evaluation: boolean | undefined;

/**
 * Whether `new Function` works here: false under a Content-Security-Policy without
 * 'unsafe-eval', in Cloudflare Workers, under `node --disallow-code-generation-from-strings`.
 * Asked once (a CSP may report each attempt).
 */
export function evaluationAvailable(): boolean {
  if (evaluation === undefined) {
    try {
      evaluation = new Function("return true")() === true;
    } catch {
      evaluation = false;
    }
  }
  return evaluation;
}

function placeholder(): MessageFunctions {
  const unlinked = (): never => {
    throw new Error("internal: message functions used before linking");
  };
  return {
    make: unlinked,
    init: unlinked,
    create: unlinked,
    decode: unlinked,
    encode: unlinked,
    missing: unlinked,
  };
}
