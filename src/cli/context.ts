// What a verb receives: its arguments, and a slot where it records the input being read, so that
// an error thrown while reading it is reported with the input's name and text.

import type { InputContext } from "./report.js";

export interface VerbContext {
  /** Arguments after the verb's name. */
  argv: readonly string[];
  /** The input being parsed, set before parsing it. */
  input?: InputContext | undefined;
}

/** A command: runs with its context and returns the exit code. */
export interface Verb {
  name: string;
  /** One line for the command list of `protowire --help`. */
  summary: string;
  /** The full text of `protowire VERB --help`. */
  help: string;
  run(ctx: VerbContext): Promise<number>;
}
