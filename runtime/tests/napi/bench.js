// Per-call cost of the N-API adapter against a hand-written C addon.
// Usage: node bench.js <addon.node> <baseline.node> [calls] [rounds]
//
// Each loop is its own function (`new Function`), so its call site only
// ever sees one addon's function and stays monomorphic. The two sides of a
// comparison alternate in short slices, many rounds, and the best slice of
// each is kept: background load then hits both alike, and the minimum is
// the cost without interference. Time is the process's CPU time
// (`process.cpuUsage`), so slices where the thread was descheduled do not
// count against either side.
'use strict';
const [adapterPath, baselinePath, n = '10000000', rounds = '30'] = process.argv.slice(2);
const adapter = require(adapterPath);
const baseline = require(baselinePath);
const N = Number(n);
const SLICE = Math.max(1, Math.floor(N / 10));

let loops = 0;
function loop(fn, args) {
  // A fresh function per use: its own feedback, hence a monomorphic site.
  // (The unique comment defeats V8's compilation cache, which would share
  // one function, and its feedback, between identical sources.)
  const body = `/* loop ${loops++} */ ` + (args === 2
    ? 'let acc = 0; for (let i = 0; i < n; i++) acc = f(i, acc & 1023); return acc;'
    : 'for (let i = 0; i < n; i++) f(); return 0;');
  const run = new Function('f', 'n', body);
  return () => run(fn, SLICE);
}

/** Nanoseconds of CPU time per call of one slice of `f`. */
function slice(f) {
  const t0 = process.cpuUsage();
  f();
  const t = process.cpuUsage(t0);
  return ((t.user + t.system) * 1000) / SLICE;
}

function best(a, b) {
  a();
  b(); // warm up: both tier up to optimized code
  let ta = Infinity;
  let tb = Infinity;
  for (let r = 0; r < Number(rounds); r++) {
    ta = Math.min(ta, slice(a));
    tb = Math.min(tb, slice(b));
  }
  return [ta, tb];
}

const cases = [
  ['add(int, int) -> int vs C using napi_get_value_int64', baseline.add, adapter.add, 2],
  ['add(int, int) -> int vs C checking for safe integers', baseline.add_checked, adapter.add, 2],
  ['nothing() -> None vs a C no-op', baseline.nothing, adapter.nothing, 0],
];
for (const [name, c, p, args] of cases) {
  const [tc, tp] = best(loop(c, args), loop(p, args));
  console.log(name);
  console.log(
    `  C ${tc.toFixed(2)} ns/call, pyaot ${tp.toFixed(2)} ns/call, ratio ${(tp / tc).toFixed(3)}` +
      ` (best of ${rounds} slices of ${SLICE} calls)`,
  );
}
