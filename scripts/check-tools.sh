#!/usr/bin/env bash
# Trunk's pre-build hook: stops a plain `trunk build` at once, in one line, when a tool this build needs is missing
# (Trunk would otherwise try to download it, which fails offline, or fail later inside the post-build hook).
cd "$(dirname "$0")/.."
lock_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
missing=
wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $lock_version" || missing="wasm-bindgen $lock_version"
wasm-opt --version 2>/dev/null | grep -q "version 132" || missing="${missing:+$missing, }wasm-opt 132 (binaryen)"
[ -d build-tools/node_modules/terser ] && [ -d build-tools/node_modules/csso ] || missing="${missing:+$missing, }terser and csso (build-tools/)"
if [ -n "$missing" ]; then
  echo "overlap: run \`make build\` instead: it installs and puts on PATH what this build needs and lacks here: $missing." >&2
  exit 1
fi
