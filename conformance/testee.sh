#!/usr/bin/env bash
# Starts the conformance testee from TypeScript source through tsx, so no build step sits in the
# loop. The runner execs this file directly (no shell, no PATH lookup): keep it executable and
# pass it by absolute path.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
exec node --import tsx conformance/testee.ts
