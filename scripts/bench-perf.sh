#!/usr/bin/env bash
# "Fast on a cheap phone" benchmark (not part of the tests; about 6-9 minutes on 2 cores):
# release builds of the app and the Yew floor, the 3-year synthetic data set, Lighthouse 12.2.3
# in bench/node_modules (apart from the test tools), then bench/perf.mjs prints the table
# (issue #22's rows and budgets; README "Fast on a cheap phone" says how each is measured).
#   scripts/bench-perf.sh [--runs N] [--no-lighthouse] [--no-build] [--first-screen SELECTOR] [--only PARTS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh --test
if [[ " $* " != *" --no-build "* ]]; then
  trunk build --release
  # The floor builds in the app's target folder: the dependencies they share (Yew, wasm-bindgen,
  # the same release profile) compile once (about half the floor's cold build; same output).
  (cd bench/floor && CARGO_TARGET_DIR="$PWD/../../target" trunk build --release)
fi
# The dev profile reuses what `cargo test` built (a cold release build of the native crate
# would cost minutes); making the data set takes about a second either way.
cargo run -q --features synthetic --example synthetic_dump > target/synthetic.json
if [[ " $* " != *" --no-lighthouse "* && ! -x bench/node_modules/.bin/lighthouse ]]; then
  # Lighthouse 13 needs Node 22; 12.2.3 runs on Node 20.
  (cd bench && npm ci --no-audit --no-fund)
fi
args=()
for a in "$@"; do [[ $a == --no-build ]] || args+=("$a"); done
node bench/perf.mjs "${args[@]}"
