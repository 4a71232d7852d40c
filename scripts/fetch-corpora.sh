#!/usr/bin/env bash
# Fetches the two public corpora the schema layer is checked against (issue 15) into .corpora/
# (not committed): googleapis (every directory compiled with its imports) and protobuf's own
# test protos (src/google/protobuf/*.proto). Each at a pinned commit, so that a change in the
# results is ours, not theirs. test/corpora/ runs on them when they are there and skips, saying
# so, when they are not.
#
#   scripts/fetch-corpora.sh                 # from GitHub
#   GOOGLEAPIS_GIT=/path/to/googleapis.git PROTOBUF_GIT=/path/to/protobuf.git scripts/fetch-corpora.sh
#                                            # from local git directories holding the commits
set -euo pipefail
cd "$(dirname "$0")/.."

GOOGLEAPIS_COMMIT=f8291d2b89f0017ab078a4c7378069bae5686f6f # 2026-08-22
PROTOBUF_COMMIT=e712d276bcead35cad45e305463f5e542246351e   # 2026-08-21

# fetch NAME SOURCE COMMIT PATTERN REGEX: the .proto files matching PATTERN (a sparse-checkout
# pattern; REGEX is the same set as an extended regular expression) of SOURCE at COMMIT, into
# .corpora/NAME. A local SOURCE is read with git archive; a remote one is
# fetched shallow, without blobs but those checked out.
fetch() {
  local name=$1 source=$2 commit=$3 pattern=$4 regex=$5
  local dir=.corpora/$name
  if [ -f "$dir/.commit" ] && [ "$(cat "$dir/.commit")" = "$commit" ]; then
    echo "$name: already at $commit"
    return
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ -d "$source" ]; then
    # A snapshot may lack some blobs (large files): those files are left out, and listed.
    git --git-dir="$source" ls-tree -r "$commit" | awk '{ print $3 " " $4 }' |
      grep -E " $regex" > "$dir/.files"
    cut -d" " -f1 "$dir/.files" | git --git-dir="$source" cat-file --batch-check |
      awk '$2 == "missing" { print $1 }' > "$dir/.missing-blobs"
    grep -v -F -f "$dir/.missing-blobs" "$dir/.files" | cut -d" " -f2- |
      xargs git --git-dir="$source" archive "$commit" -- | tar -xi -C "$dir"
    grep -F -f "$dir/.missing-blobs" "$dir/.files" | cut -d" " -f2- > "$dir/.missing" || true
    rm "$dir/.files" "$dir/.missing-blobs"
    if [ -s "$dir/.missing" ]; then
      echo "$name: $(wc -l < "$dir/.missing") files absent from $source (listed in $dir/.missing)"
    else
      rm "$dir/.missing"
    fi
  else
    git -C "$dir" init -q
    git -C "$dir" sparse-checkout set --no-cone "/$pattern"
    git -C "$dir" fetch -q --depth 1 --filter=blob:none "$source" "$commit"
    git -C "$dir" checkout -q FETCH_HEAD
    rm -rf "$dir/.git"
  fi
  echo "$commit" > "$dir/.commit"
  echo "$name: $(find "$dir" -name '*.proto' | wc -l) .proto files at $commit"
}

fetch googleapis "${GOOGLEAPIS_GIT:-https://github.com/googleapis/googleapis.git}" \
  "$GOOGLEAPIS_COMMIT" "**/*.proto" '.*\.proto$'
fetch protobuf "${PROTOBUF_GIT:-https://github.com/protocolbuffers/protobuf.git}" \
  "$PROTOBUF_COMMIT" "src/google/protobuf/*.proto" 'src/google/protobuf/[^/]*\.proto$'
