// FFI call overhead from Node.js: the time per call of add(a, b) and
// concat(s, t) implemented as
//   js     plain JavaScript functions (V8 inlines them: the floor),
//   addon  the hand-written C Node-API addon (addon.c, the baseline),
//   pyaot  the addon `pyaot package --npm` made from ffilib.py.
//
//   node bench.js --addon add.node [--pyaot ffilib.linux-x64-gnu.node | --pyaot-error MSG]
//                 [--quick] [--add-calls N] [--concat-calls N] [--repeats R]
//
// Prints one JSON object on stdout (progress goes to stderr). Each
// implementation is first checked (right results, errors on bad arguments),
// then every repeat times N calls in a loop, interleaving the implementations
// so drifting machine load hits them alike; the median over repeats is the
// result. A js or addon failure exits 1 (the benchmark is broken); a pyaot
// failure is recorded as its status "FAILED: <reason>" and the run goes on.
'use strict';

const CONCAT_S = 'hello, ';
const CONCAT_T = 'world!';

function parseArgs(argv) {
  const opts = { quick: false, addon: null, pyaot: null, pyaotError: null,
                 addCalls: null, concatCalls: null, repeats: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--quick': opts.quick = true; break;
      case '--addon': opts.addon = value(); break;
      case '--pyaot': opts.pyaot = value(); break;
      case '--pyaot-error': opts.pyaotError = value(); break;
      case '--add-calls': opts.addCalls = Number(value()); break;
      case '--concat-calls': opts.concatCalls = Number(value()); break;
      case '--repeats': opts.repeats = Number(value()); break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  if (!opts.addon) throw new Error('--addon FILE is required');
  opts.addCalls = opts.addCalls || (opts.quick ? 2000000 : 10000000);
  opts.concatCalls = opts.concatCalls || (opts.quick ? 500000 : 2000000);
  opts.repeats = opts.repeats || (opts.quick ? 5 : 11);
  return opts;
}

function firstLine(e) {
  return String((e && e.message) || e).split('\n')[0];
}

// Loads a .node file; returns {module} or {error}.
function loadAddon(file) {
  const path = require('path');
  const abs = path.resolve(file);
  try {
    return { module: require(abs) };
  } catch (e) {
    // dlopen's message starts with the full path again: keep the reason.
    const reason = firstLine(e).split(abs + ': ').join('');
    return { error: `cannot load ${path.basename(abs)}: ${reason}` };
  }
}

// Checks results and argument errors; returns null or what went wrong.
function check(impl) {
  const expect = (what, got, want) =>
    Object.is(got, want) ? null : `${what} returned ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
  const throws = (what, f) => {
    try {
      f();
    } catch (e) {
      return null;
    }
    return `${what} did not throw`;
  };
  try {
    if (typeof impl.add !== 'function') return 'no add function exported';
    if (typeof impl.concat !== 'function') return 'no concat function exported';
    return expect('add(2, 3)', impl.add(2, 3), 5) ||
      expect('add(-7, 2 ** 40)', impl.add(-7, 2 ** 40), 2 ** 40 - 7) ||
      expect('concat("ab", "cd")', impl.concat('ab', 'cd'), 'abcd') ||
      expect('concat("é€", "😀")', impl.concat('é€', '😀'), 'é€😀') ||
      expect('concat(long, long)', impl.concat('x'.repeat(5000), 'y'.repeat(3000)),
        'x'.repeat(5000) + 'y'.repeat(3000)) ||
      (impl.strict ? throws('add("1", 2)', () => impl.add('1', 2)) ||
        throws('concat(1, "a")', () => impl.concat(1, 'a')) : null);
  } catch (e) {
    return `threw ${e && e.constructor ? e.constructor.name : 'error'}: ${firstLine(e)}`;
  }
}

// A separately compiled loop per implementation and operation, so each call
// site only ever sees one callee (monomorphic, as in a real program).
function makeLoop(key, op) {
  const body = op === 'add'
    ? 'let acc = 0; for (let i = 0; i < n; i++) acc += f(i, 1); return acc;'
    : 'let acc = 0; for (let i = 0; i < n; i++) acc += f(s, t).length; return acc;';
  return new Function('f', 'n', 's', 't', `// ${key}.${op}\n${body}`);
}

function expectedAcc(op, n) {
  return op === 'add' ? (n * (n + 1)) / 2 : n * (CONCAT_S.length + CONCAT_T.length);
}

function timeOnce(loop, f, op, n) {
  const t0 = process.hrtime.bigint();
  const acc = loop(f, n, CONCAT_S, CONCAT_T);
  const t1 = process.hrtime.bigint();
  if (acc !== expectedAcc(op, n)) throw new Error(`${op} loop summed ${acc}, expected ${expectedAcc(op, n)}`);
  return Number(t1 - t0) / n;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const impls = [
    {
      key: 'js',
      label: 'plain JS function',
      module: { add: function add(a, b) { return a + b; }, concat: function concat(s, t) { return s + t; } },
      strict: false,
    },
    { key: 'addon', label: 'hand-written C N-API addon', strict: true, ...loadAddon(opts.addon) },
  ];
  if (opts.pyaot) {
    impls.push({ key: 'pyaot', label: 'pyaot package --npm', strict: true, ...loadAddon(opts.pyaot) });
  } else {
    impls.push({ key: 'pyaot', label: 'pyaot package --npm', error: opts.pyaotError || 'no addon given' });
  }

  const ops = [['add', opts.addCalls], ['concat', opts.concatCalls]];
  const out = {
    node: process.version,
    v8: process.versions.v8,
    napi: process.versions.napi,
    calls: { add: opts.addCalls, concat: opts.concatCalls },
    repeats: opts.repeats,
    warmup: 'one untimed loop of a tenth of the calls per implementation and operation',
    impls: {},
  };
  const live = [];
  for (const impl of impls) {
    let error = impl.error || null;
    if (!error) {
      const bad = check({ ...impl.module, strict: impl.strict });
      if (bad) error = bad;
    }
    if (error) {
      if (impl.key !== 'pyaot') {
        process.stderr.write(`bench.js: ${impl.label}: ${error}\n`);
        process.exit(1);
      }
      out.impls[impl.key] = { label: impl.label, status: `FAILED: ${error}` };
      process.stderr.write(`bench.js: ${impl.label}: FAILED: ${error}\n`);
      continue;
    }
    const entry = { label: impl.label, status: 'ok' };
    impl.loops = {};
    for (const [op] of ops) {
      impl.loops[op] = makeLoop(impl.key, op);
      entry[op] = { runs_ns: [] };
    }
    out.impls[impl.key] = entry;
    live.push(impl);
  }

  // Warm-up: let V8 compile each loop (and the addons run their first calls).
  for (const impl of [...live]) {
    for (const [op, n] of ops) {
      try {
        timeOnce(impl.loops[op], impl.module[op], op, Math.max(1, Math.floor(n / 10)));
      } catch (e) {
        fail(impl, out, live, `${op} during warm-up: ${firstLine(e)}`);
        break;
      }
    }
  }
  for (let r = 0; r < opts.repeats; r++) {
    for (const impl of [...live]) {
      for (const [op, n] of ops) {
        let ns;
        try {
          ns = timeOnce(impl.loops[op], impl.module[op], op, n);
        } catch (e) {
          fail(impl, out, live, `${op} while timing: ${firstLine(e)}`);
          break;
        }
        out.impls[impl.key][op].runs_ns.push(ns);
      }
    }
    process.stderr.write(`bench.js: repeat ${r + 1}/${opts.repeats} done\n`);
  }
  for (const impl of live) {
    for (const [op] of ops) {
      const e = out.impls[impl.key][op];
      e.median_ns = median(e.runs_ns);
      e.min_ns = Math.min(...e.runs_ns);
    }
  }
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

// Marks an implementation failed and stops timing it (js and addon: exit 1).
function fail(impl, out, live, reason) {
  if (impl.key !== 'pyaot') {
    process.stderr.write(`bench.js: ${impl.label}: ${reason}\n`);
    process.exit(1);
  }
  out.impls[impl.key] = { label: impl.label, status: `FAILED: ${reason}` };
  const i = live.indexOf(impl);
  if (i >= 0) live.splice(i, 1);
}

main();
