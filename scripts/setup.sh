#!/usr/bin/env bash
# Installs everything the build and the tests need, and is quick when it is all there already.
#   scripts/setup.sh          build tools (wasm target, Trunk, wasm-bindgen-cli, wasm-opt)
#   scripts/setup.sh --test   also the browser test tools (Chromium, ChromeDriver)
# Every tool comes from a package registry (crates.io, npm, Debian); nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
WANT_TEST=0
[ "${1:-}" = "--test" ] && WANT_TEST=1

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
die() { printf '\033[1;31msetup: %s\033[0m\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup (https://rustup.rs), then run this again."
command -v node >/dev/null || die "node is missing: install Node.js 20 or newer (Debian: apt-get install nodejs npm)."
command -v npm >/dev/null || die "npm is missing: install it (Debian: apt-get install npm)."
[ -n "$WASM_BINDGEN_VERSION" ] || die "Cargo.lock names no wasm-bindgen version: run 'cargo generate-lockfile'."

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || die "could not add the wasm32 target: run 'rustup target add wasm32-unknown-unknown'."
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches Cargo.lock; a few minutes)"
  # --locked builds it with the dependency versions its release was tested with. On the
  # project's build machines (checked 2026-12-02) that fails before compiling anything: the
  # crate's Cargo.lock pins webpki-roots 1.0.11 and ureq 3.5.0, and the registry index there
  # has webpki-roots only up to 1.0.10 ("failed to select a version for the requirement
  # webpki-roots = ^1.0.10 (locked to 1.0.11)"). So: --locked first, and only where the locked
  # versions cannot be found, the resolver's newest compatible versions, said out loud.
  if ! cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked --force; then
    say "wasm-bindgen-cli --locked could not be installed here (see above); installing it without --locked"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force \
      || die "could not install wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io."
  fi
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (about ten minutes on two cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force \
    || die "could not install Trunk $TRUNK_VERSION from crates.io."
fi

# npm packages: wasm-opt (binaryen 132) and the browser test drivers, pinned by package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (binaryen, playwright-core, axe)"
  npm ci --no-audit --no-fund || die "npm ci failed: check that the npm registry is reachable."
fi
[ "$(node_modules/.bin/wasm-opt --version 2>/dev/null | grep -o 'version_[0-9]*')" = "version_132" ] \
  || die "wasm-opt from npm binaryen@132 is missing: run 'npm ci'."

if [ "$WANT_TEST" = 1 ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    if [ "$(id -u)" = 0 ]; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -q && apt-get install -y -q chromium chromium-driver \
        || die "apt-get could not install chromium and chromium-driver."
    else
      die "Chromium is missing: run 'sudo apt-get install chromium chromium-driver'."
    fi
  fi
fi
say "tools ready"
