// Per-call cost of the N-API adapter against a hand-written C addon.
// Usage: node bench.js <addon.node> <baseline.node> [calls]
//
// Each measurement runs in a fresh node process, alternating between the
// two addons, so that neither shares JIT feedback (a call site that has
// seen both modules' functions is polymorphic and slower) and background
// load hits both alike; the best of the runs is reported.
'use strict';
const { execFileSync } = require('node:child_process');

if (process.argv[2] === '--child') {
  const [, , , path, which, n] = process.argv;
  const m = require(path);
  const N = Number(n);
  let loop;
  if (which === 'add') {
    loop = () => {
      let acc = 0;
      for (let i = 0; i < N; i++) acc = m.add(i, acc & 1023);
      return acc;
    };
  } else {
    loop = () => {
      for (let i = 0; i < N; i++) m.nothing();
      return 0;
    };
  }
  loop(); // warm up: tier up to optimized code
  const t0 = process.hrtime.bigint();
  loop();
  const ns = Number(process.hrtime.bigint() - t0) / N;
  process.stdout.write(String(ns));
  return;
}

const [adapterPath, baselinePath, n = '10000000', runs = '7'] = process.argv.slice(2);
const measure = (path, which) =>
  Number(execFileSync(process.execPath, [__filename, '--child', path, which, n]));

for (const which of ['add', 'nothing']) {
  let c = Infinity;
  let p = Infinity;
  for (let r = 0; r < Number(runs); r++) {
    c = Math.min(c, measure(baselinePath, which));
    p = Math.min(p, measure(adapterPath, which));
  }
  const name = which === 'add' ? 'add(int, int) -> int' : 'nothing() -> None';
  console.log(
    `${name.padEnd(22)} C ${c.toFixed(2)} ns/call, pyaot ${p.toFixed(2)} ns/call, ` +
      `ratio ${(p / c).toFixed(3)} (best of ${runs} runs x ${n} calls)`,
  );
}
