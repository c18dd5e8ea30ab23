#!/usr/bin/env bash
# Runs every test layer; installs what it needs first (quick when already installed).
#   1. lint: cargo fmt --check, cargo clippy -D warnings
#   2. native: cargo test (domain, store, codecs, scoring, property tests); node --test for
#      scripts/serve.mjs
#   3. browser: wasm-bindgen-test in headless Chromium (platform code, storage failures)
#   4. release build + first-load size check against a Yew hello-world floor built here
#   5. end-to-end: Playwright (Debian Chromium) on the one release build: every route, offline,
#      axe in light and dark, phone widths, touch targets, whole flows, sub-path publishing
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh --test

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "lint"
cargo fmt --all -- --check
cargo clippy --all-targets --features synthetic -q -- -D warnings

step "native tests"
cargo test -q

step "script tests (the local server)"
node --test tests/scripts/

step "browser tests (wasm-bindgen-test, headless Chromium)"
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=180
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# (no -q: the wasm test runner does not take it)
cargo test --target wasm32-unknown-unknown --test browser

step "release build, and the size budget against a Yew floor"
trunk build --release
# The same build packaged for a sub-path, to test publishing under /companion/.
trunk build --release --public-url /companion/ --dist dist-sub
# The floor builds in the app's target folder: the dependencies they share (Yew, wasm-bindgen,
# the same release profile) compile once (about half the floor's cold build; same output).
(cd bench/floor && CARGO_TARGET_DIR="$PWD/../../target" trunk build --release)
# Fails past the 2x budget, or, while the app is still over it, past the recorded ceiling in
# bench/size-ceiling.json (any growth fails). The full benchmark is scripts/bench-perf.sh.
node scripts/size-report.mjs --check

step "end-to-end (Playwright)"
node --test --test-concurrency=1 tests/e2e/
