#!/bin/sh
# Builds the test addon and the hand-written baseline against a release
# runtime and compares their per-call cost (see bench.js).
# Usage: runtime/tests/napi/bench.sh [calls [rounds]]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out="$root/target/napi-bench"
mkdir -p "$out"
env -u RUSTFLAGS -u CARGO_ENCODED_RUSTFLAGS cargo rustc --manifest-path "$root/Cargo.toml" \
  -p pyaot-runtime --release --features staticlib --crate-type staticlib \
  --target-dir "$out/runtime" -- -C panic=abort -C codegen-units=1
cc -shared -fPIC -O2 -o "$out/addon.node" "$here/addon.c" \
  "$out/runtime/release/libpyaot_runtime.a" -lm -Wl,--gc-sections -Wl,-O1
cc -shared -fPIC -O2 -I/usr/include/node -o "$out/baseline.node" "$here/baseline.c" -lm
node "$here/bench.js" "$out/addon.node" "$out/baseline.node" "${1:-10000000}" "${2:-30}"
