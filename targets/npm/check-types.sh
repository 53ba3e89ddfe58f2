#!/usr/bin/env bash
# Host-side checks of the npm target on the kitchen-sink fixture:
#   1. tsc --noEmit --strict over the generated index.d.ts and consumer.ts
#      (TypeScript 5 from the npm registry, installed once under the
#      work dir);
# (node --test targets/npm runs the JS tests, the mock-addon one included.)
# Usage: targets/npm/check-types.sh   (from anywhere in the repo)
# Work dir: $PYAOT_NPM_CHECK_DIR, default target/npm-check.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${PYAOT_NPM_CHECK_DIR:-$root/target/npm-check}
tools=$work/tools
pkg=$work/kitchen_sink
fixtures=$root/bindgen/tests/fixtures

rm -rf "$pkg"
mkdir -p "$pkg" "$tools"
(cd "$root" && cargo run --quiet -p pyaot-bindgen --example npm_package -- \
    "$fixtures/kitchen_sink.json" "$fixtures/pyproject.toml" "$pkg")

if [ ! -x "$tools/node_modules/.bin/tsc" ]; then
    npm install --prefix "$tools" --no-audit --no-fund --silent typescript@5 @types/node
fi
if [ ! -d "$tools/node_modules/@types/node" ]; then
    npm install --prefix "$tools" --no-audit --no-fund --silent @types/node
fi
cp "$here/consumer.ts" "$pkg/consumer.ts"
"$tools/node_modules/.bin/tsc" --noEmit --strict --target es2022 --lib es2022 \
    --module commonjs --typeRoots "$tools/node_modules/@types" \
    "$pkg/consumer.ts" "$pkg/index.d.ts"
echo "tsc: index.d.ts and consumer.ts type-check"

