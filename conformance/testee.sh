#!/usr/bin/env bash
# Starts the conformance testee from TypeScript source through tsx, so no build step sits in the
# loop. The runner execs this file directly (no shell, no PATH lookup): keep it executable and
# pass it by absolute path.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# PROTOWIRE_TESTEE_CODECS=eval-free: Node forbids evaluating strings, as a strict
# Content-Security-Policy does, so every codec is a closure codec (src/codec/closures).
flags=()
if [[ ${PROTOWIRE_TESTEE_CODECS:-} == eval-free ]]; then
  flags+=(--disallow-code-generation-from-strings)
fi
exec node "${flags[@]}" --import tsx conformance/testee.ts
