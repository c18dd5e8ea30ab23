#!/usr/bin/env bash
# Store benchmark (not part of the tests): the 3-year synthetic data set's stored size, and
# load + decode + merge natively and in headless Chromium, printed side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh --test
echo "== native (release)"
cargo run -q --release --features synthetic --example store_bench
echo "== headless Chromium (release wasm)"
export CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=300
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
cargo test --release --features synthetic --target wasm32-unknown-unknown --test store_bench_browser -- --nocapture 2>&1 | grep -E "browser:|test result"
