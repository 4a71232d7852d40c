const USAGE = `usage: protowire <command> [options]

protowire encodes, decodes and inspects Protocol Buffers messages.
The commands arrive in a later release; this build only prints this help.
`;

process.stderr.write(USAGE);
process.exitCode = 2;
