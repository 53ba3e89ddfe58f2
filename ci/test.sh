#!/usr/bin/env bash
# The whole test suite: formatting, lints, unit tests, and the differential
# suite (every tests/programs file under python3 and pyaot).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo test --workspace

# The npm target's JS and TypeScript output, in node and tsc.
bash targets/npm/check-types.sh
node --test targets/npm

# Memory: every differential program under valgrind, no definite leaks.
bash ci/leakcheck.sh

# Library mode, tested by each host's own tools.
bash targets/c/run.sh
