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
# Cargo's errors, or a hook's panic (the prerender), from the first on (at most 30 lines, up to Trunk's own log lines),
# without colour codes; a build script's errors (a data problem) come under its "Caused by" part. Trunk's own message
# if neither said anything.
cause=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '/^error|^thread .* panicked/ { on = 1 } on && /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T/ { exit } on && NF && n++ < 30')
[ -n "$cause" ] || cause=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E 'ERROR|error' | tail -n 3)
printf "\n\033[1;31mrelease build failed\033[0m (trunk exited with %s; dist/ is as it was). The first error:\n%s\n" "$status" "$cause" >&2
exit "$status"
