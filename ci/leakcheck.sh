#!/usr/bin/env bash
# Runs every differential program, built as a standalone executable, under
# valgrind and fails on any definite leak or memory error. Module globals
# still hold their last values at exit by design ("still reachable"), so only
# "definitely lost" counts.
#
#   ci/leakcheck.sh [pattern]     e.g. ci/leakcheck.sh dicts/
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
cargo build -q -p pyaot
pyaot=$PWD/target/debug/pyaot
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
pattern=${1:-}
checked=0
failed=0
while IFS= read -r prog; do
  [[ -z $pattern || $prog == *"$pattern"* ]] || continue
  # A directory with a main.py is one program; its other files are modules.
  if [[ $(basename "$prog") != main.py ]]; then
    d=$(dirname "$prog"); skip=0
    while [[ $d == */* ]]; do [[ -f $d/main.py ]] && skip=1; d=$(dirname "$d"); done
    [[ $skip == 0 ]] || continue
  fi
  exe=$work/prog
  "$pyaot" build --binary --force "$prog" -o "$exe" 2>/dev/null || continue
  if ! valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
      --error-exitcode=99 "$exe" >/dev/null 2>"$work/vg.txt" </dev/null; then
    if grep -q "definitely lost\|Invalid \|uninitialised" "$work/vg.txt"; then
      echo "LEAK/ERROR: $prog"
      grep -m5 "definitely lost\|Invalid \|uninitialised" "$work/vg.txt" | sed 's/^/    /'
      failed=$((failed + 1))
    fi
  fi
  checked=$((checked + 1))
done < <(find tests/programs examples -name '*.py' | sort)
echo "leakcheck: $((checked - failed)) passed, $failed failed"
[[ $failed -eq 0 ]]
