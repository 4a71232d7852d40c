#!/usr/bin/env bash
# Regenerates the peers' code for bench/bench.proto into bench/generated/ (committed, so that
# `npm run bench` needs neither network nor protoc):
#   es/bench_pb.ts            @bufbuild/protoc-gen-es (local plugin via `buf generate`)
#   pbjs/bench.js, bench.d.ts protobufjs-cli static module (pbjs -t static-module -w es6, pbts)
set -euo pipefail
cd "$(dirname "$0")/.."

rm -rf bench/generated/es bench/generated/pbjs
mkdir -p bench/generated/es bench/generated/pbjs

npx buf generate --template bench/buf.gen.yaml

npx pbjs -t static-module -w es6 --force-long -o bench/generated/pbjs/bench.js bench/bench.proto
npx pbts -o bench/generated/pbjs/bench.d.ts bench/generated/pbjs/bench.js
echo "generated: $(cd bench/generated && find . -type f | sort | tr '\n' ' ')"
