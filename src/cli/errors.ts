// The CLI's own errors: UsageError (exit 2: bad arguments) and InputError (exit 1: bad input
// or schema), each printed as one line `protowire: message` (plus the hint of a usage error).

/** A mistake in the arguments: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to point at (`decode`), or "" for the top level. */
    readonly verb = "",
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** Bad input or schema found by the CLI itself (a missing file, a type not in the schema): exit 1. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
