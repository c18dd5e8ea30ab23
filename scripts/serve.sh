#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:8080/ (PORT and BASE may be set).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
PORT="${PORT:-8080}"
BASE="${BASE:-/}"
trunk build --release --public-url "$BASE"
exec node scripts/serve.mjs dist "$PORT" "$BASE"
