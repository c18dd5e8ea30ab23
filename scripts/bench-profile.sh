#!/usr/bin/env bash
# Where a tap's time goes (not part of the tests; about 2 minutes): the release app with its
# function names kept (dist-prof/), the 3-year data set, then bench/profile.mjs prints the
# functions that took the most time during each tap bench/perf.mjs times.
#   scripts/bench-profile.sh [--top N] [--slowdown N]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh --test
trunk build --release
cargo run -q --features synthetic --example synthetic_dump > target/synthetic.json
# Trunk's wasm-opt pass drops the names; run wasm-bindgen again on the same release build and
# put its (unoptimised, named) wasm in place of the optimised one.
out=target/profile-bindgen
rm -rf "$out" dist-prof
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  target/wasm32-unknown-unknown/release/session-companion.wasm
cp -a dist dist-prof
wasm=$(ls dist-prof/session-companion-*_bg.wasm)
js=$(ls dist-prof/session-companion-*.js)
cmp -s "$out/session-companion.js" "$js" || { echo "bench-profile: wasm-bindgen's JS differs from the build's" >&2; exit 1; }
cp "$out/session-companion_bg.wasm" "$wasm"
# The precompressed copies are of the optimised wasm, and a server that serves them (as
# scripts/serve.mjs does) would send that one, names gone: drop them.
rm -f "$wasm.br" "$wasm.gz"
# The swapped file no longer matches the page's integrity hashes, and the service worker would
# keep an older copy: drop both.
sed -i -E 's/ integrity="[^"]*"//g' dist-prof/index.html
rm -f dist-prof/sw.js
node bench/profile.mjs "$@"
