#!/usr/bin/env bash
# The C target's test: builds tests/library/capi.py with `pyaot build --lib`,
# compiles targets/c/capi_test.c against the generated header, and runs it
# linked against the shared library, against the static library, and under
# valgrind (no leaks, no memory errors, threads included).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
cargo build -q -p pyaot
pyaot=$PWD/target/debug/pyaot
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache

"$pyaot" build --lib tests/library/capi.py -o "$work/lib"
cflags=(-std=c11 -Wall -Wextra -Werror -pedantic -I"$work/lib")

cc "${cflags[@]}" targets/c/capi_test.c -L"$work/lib" -lcapi -Wl,-rpath,"$work/lib" \
  -lpthread -o "$work/capi_shared"
"$work/capi_shared"

cc "${cflags[@]}" targets/c/capi_test.c "$work/lib/libcapi.a" -lm -lpthread -o "$work/capi_static"
"$work/capi_static"

valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
  --errors-for-leak-kinds=definite,indirect --error-exitcode=99 "$work/capi_shared"
echo "targets/c: shared, static and valgrind runs passed"
