#!/usr/bin/env bash
# Builds the release site into dist/ (`trunk build --release`, with the Makefile's release environment). When the build
# fails, its first error is repeated at the end, so a newcomer sees the cause last on screen, not Trunk's summary.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
trunk build --release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ "$status" = 0 ] && exit 0
# The first `error` block (cargo separates blocks with a blank line), without colour codes; Trunk's own message if none.
cause=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '/^error/ { on = 1 } on && /^$/ { exit } on && n++ < 25' )
[ -n "$cause" ] || cause=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E 'ERROR|error' | tail -n 3)
printf '\n\033[1;31mrelease build failed\033[0m (trunk exited with %s), nothing was served or written to dist/:\n%s\n' "$status" "$cause" >&2
exit "$status"
