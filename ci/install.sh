#!/usr/bin/env bash
# Installs what a fresh machine lacks for the test suite. Idempotent.
# Benchmark-only tools (pypy3, hyperfine) are installed by bench/run itself.
set -euo pipefail

need_apt=()
command -v cc >/dev/null || need_apt+=(gcc)
command -v python3 >/dev/null || need_apt+=(python3)
# bindgen's tests compile the generated C header as C++ and check the
# generated JS with node; targets/npm installs TypeScript with npm.
command -v c++ >/dev/null || need_apt+=(g++)
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}"
fi
rustup component add rustfmt clippy >/dev/null 2>&1 || true
