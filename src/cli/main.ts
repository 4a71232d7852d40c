// The `protowire` command (bin entry, dist/cli.js): picks the verb (or protoc's command line),
// runs it, and turns every failure into a message and an exit code (0 ok, 1 bad input or
// schema, 2 usage). Only the verbs know formats; all codec work goes through the library.

import type { VerbContext } from "./context.js";
import { UsageError } from "./errors.js";
import { mainHelp } from "./help.js";
import { isProtocCommand } from "./protoc-command.js";
import { EXIT_USAGE, reportError } from "./report.js";
import { VERBS } from "./verbs/index.js";
import { version } from "./version.js";

async function main(argv: readonly string[]): Promise<number> {
  const first = argv[0];
  if (first === undefined) {
    process.stderr.write(mainHelp(VERBS));
    return EXIT_USAGE;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const entry = first === "help" ? VERBS.find((v) => v.name === argv[1]) : undefined;
    process.stdout.write(entry === undefined ? mainHelp(VERBS) : (await entry.load()).help);
    return 0;
  }
  if (first === "--version") {
    process.stdout.write(`protowire ${version()}\n`);
    return 0;
  }
  if (isProtocCommand(argv)) return (await import("./protoc.js")).runProtoc(argv);
  const entry = VERBS.find((v) => v.name === first);
  if (entry === undefined) {
    const what = first.startsWith("-") ? `unknown option ${first}` : `unknown command "${first}"`;
    throw new UsageError(what);
  }
  const verb = await entry.load();
  const rest = argv.slice(1);
  const dashDash = rest.indexOf("--");
  const options = dashDash === -1 ? rest : rest.slice(0, dashDash);
  if (options.includes("--help") || options.includes("-h")) {
    process.stdout.write(verb.help);
    return 0;
  }
  const ctx: VerbContext = { argv: rest };
  try {
    return await verb.run(ctx);
  } catch (e) {
    if (e instanceof UsageError && e.verb === "") throw new UsageError(e.message, entry.name);
    return reportError(e, ctx.input);
  }
}

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = reportError(e);
  },
);
