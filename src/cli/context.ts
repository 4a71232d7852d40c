// What a verb receives: its arguments, and a slot where it records the input being read, so that
// an error thrown while reading it is reported with the input's name and text.

import type { InputContext } from "./report.js";

export interface VerbContext {
  /** Arguments after the verb's name. */
  argv: readonly string[];
  /** The input being parsed, set before parsing it. */
  input?: InputContext | undefined;
}

/** A command's code (its name is its VerbEntry's): runs with its context, returns the exit code. */
export interface Verb {
  /** The full text of `protowire VERB --help`. */
  help: string;
  run(ctx: VerbContext): Promise<number>;
}

/**
 * A command as `protowire` lists it: its name and line for `protowire --help`, and its code,
 * loaded when the command runs (each verb's code is a chunk of its own, so that a command loads
 * what it uses and not every verb's: start-up is what small inputs feel).
 */
export interface VerbEntry {
  name: string;
  /** One line for the command list of `protowire --help`. */
  summary: string;
  load(): Promise<Verb>;
}
