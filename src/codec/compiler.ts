/**
 * Evaluation of emitted source: each part of a message type (compileMessageFunctions) is
 * emitted once, when one of its functions is first called, evaluated with `new Function`, and
 * linked to the functions of the message types it calls: their entries, which exist before
 * anything of theirs is compiled, so deep or cyclic type graphs need no work list.
 *
 * Each evaluated body ends with a `//# sourceURL` naming its message type, so stack traces,
 * debuggers and profilers show `decode (protowire:///pkg.User.js:12:7)` instead of an
 * anonymous eval.
 */
import { ProtowireError } from "../wire/errors.js";
import { closureFunctions } from "./closures/functions.js";
import type { EmittedMessage, MessagePart } from "./emit/message.js";
import { emitMessage, PART_FUNCTIONS } from "./emit/message.js";
import { sourceUrlComment } from "./emit/safe-source.js";
import type { MessageInfo } from "./info.js";
import { hasRequired } from "./required.js";
import type { MessageFunctions } from "./runtime.js";
import { runtime } from "./runtime.js";

const linked = new WeakMap<MessageInfo, MessageFunctions>();

/** The parts a type's functions are compiled in (PART_FUNCTIONS names their functions). */
const PARTS = ["codec", "create"] as const;
type Part = (typeof PARTS)[number];

/**
 * The functions of message type `root`, or, where this environment forbids `new Function`, the
 * closure codecs (closures/), which do the same without it.
 *
 * Nothing is emitted or evaluated until it runs: each type's functions start as stubs, and the
 * first call of one emits and evaluates its part (emit/message.ts: make, decode, encode and
 * missing; or init and create), which replaces the stubs of that part, then runs. A program
 * that only decodes and encodes never compiles create (a quarter of a type's code); a field's
 * type is compiled when a message holding it is first decoded, encoded or created. Callers
 * read the functions from the entry at each call (`L[i].decode`, `fns.decode`), never keep
 * them, so they see the compiled ones from then on. The per-type cost, compiling and the
 * first call together, is in bench/results/schema-load.md.
 */
export function compileMessageFunctions(root: MessageInfo): MessageFunctions {
  if (!evaluationAvailable()) return closureMessageFunctions(root);
  return entryOf(root);
}

/** The functions of `info`: compiled parts, or stubs that compile theirs on the first call. */
function entryOf(info: MessageInfo): MessageFunctions {
  let entry = linked.get(info);
  if (entry === undefined) {
    const stubs = {} as Record<keyof MessageFunctions, (...args: never[]) => unknown>;
    const functions = stubs as unknown as MessageFunctions;
    for (const part of PARTS) {
      for (const name of PART_FUNCTIONS[part]) {
        stubs[name] = (...args: never[]) => {
          compilePart(info, functions, part);
          return stubs[name](...args);
        };
      }
    }
    entry = functions;
    linked.set(info, entry);
  }
  return entry;
}

/** Emits and evaluates `part` of `info`, and puts its functions in `entry`. */
function compilePart(info: MessageInfo, entry: MessageFunctions, part: Part): void {
  const emitted = emitForEvaluation(info, part);
  const evaluate = evaluateSource(["rt", "L"], emitted.source) as (
    rt: typeof runtime,
    L: MessageFunctions[],
  ) => Partial<MessageFunctions>;
  Object.assign(entry, evaluate(runtime, emitted.deps.map(entryOf)));
}

/**
 * A message type's source as `new Function("rt", "L", source)` evaluates it: the emitted
 * source and the sourceURL that names it (the fixtures/emitted snapshots are this, formatted,
 * for all parts). Every part of a type has the type's URL.
 */
export function emitForEvaluation(info: MessageInfo, part: MessagePart = "all"): EmittedMessage {
  const emitted = emitMessage(info, hasRequired, part);
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
