#!/usr/bin/env bash
# Checks every quote of the dataset against the source documents: with the workspace's own check-quotes tool, and with
# tests/sources.rs (each quote in the very document it names, each ambiguous one anchored by its context).
# The documents sit beside the repository (../shared, or OVERLAP_SHARED) in the project workspace, not in a user's
# clone: there it says so in one line and passes, unless OVERLAP_REQUIRE_SOURCES=1 (as .ci/run sets) makes it fail.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${OVERLAP_SHARED:-../shared}
tool=$shared/tools/check-quotes
if [ ! -x "$tool" ] || [ ! -d "$shared/seeds" ]; then
  if [ "${OVERLAP_REQUIRE_SOURCES:-}" = 1 ]; then
    echo "check-sources: FAILED: no $tool or $shared/seeds, and OVERLAP_REQUIRE_SOURCES=1 requires them" >&2
    exit 1
  fi
  echo "check-sources: skipped: no source documents at $shared (set OVERLAP_SHARED to check the quotes against them)"
  exit 0
fi
"$tool" .
OVERLAP_SHARED=$shared cargo test --quiet --test sources
