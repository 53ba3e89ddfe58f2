// The N-API adapter end to end, through the hand-written addon in addon.c.
// Run by runtime/tests/napi.rs: node --test with PYAOT_NAPI_ADDON set to
// the built addon.node.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const { Worker } = require('node:worker_threads');
const v8 = require('node:v8');
const vm = require('node:vm');

const ADDON = process.env.PYAOT_NAPI_ADDON;
assert.ok(ADDON, 'PYAOT_NAPI_ADDON must name the built addon');
const m = require(ADDON);

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

/** Asserts that f throws an instance of cls with exactly this message. */
function throwsExactly(f, cls, message) {
  assert.throws(f, (e) => {
    assert.equal(e.constructor, cls, `expected ${cls.name}, got ${e.constructor.name}: ${e.message}`);
    assert.equal(e.message, message);
    return true;
  });
}

test('exports one function per table entry, and the factory hook hidden', () => {
  const keys = Object.keys(m);
  assert.deepEqual(keys.slice(0, 3), ['add', 'greet', 'echo']);
  assert.ok(!keys.includes('__pyaot_set_error_factory'));
  assert.equal(typeof m.__pyaot_set_error_factory, 'function');
  assert.equal(m.add.name, 'add');
});

test('module top level ran once, before the first call', () => {
  assert.deepEqual(m.get_init(), [42, 1]);
});

test('ints', () => {
  assert.equal(m.add(2, 3), 5);
  assert.equal(m.add(-7, 0), -7);
  assert.equal(m.add(-0, 0), 0);
  assert.equal(m.add(2 ** 53 - 2, 1), 2 ** 53 - 1);
  assert.equal(m.add(-(2 ** 53 - 1), 0), -(2 ** 53 - 1));
  // BigInts within 64 bits are accepted.
  assert.equal(m.add(5n, -2n), 3);
  assert.equal(m.add(-(2n ** 53n) + 1n, 0), -(2 ** 53) + 1);
  // A Python exception from the thunk: OverflowError past 64 bits.
  assert.throws(() => m.add(2n ** 63n - 1n, 1), (e) => {
    assert.equal(e.constructor, Error);
    assert.equal(e.pythonType, 'OverflowError');
    assert.equal(e.message, 'integer overflow');
    return true;
  });
});

test('int conversion errors', () => {
  throwsExactly(() => m.add('1', 2), TypeError, "add(): argument 'a' must be a number (int), got string");
  throwsExactly(() => m.add(1, null), TypeError, "add(): argument 'b' must be a number (int), got null");
  throwsExactly(() => m.add(1, undefined), TypeError, "add(): argument 'b' must be a number (int), got undefined");
  throwsExactly(() => m.add([], 1), TypeError, "add(): argument 'a' must be a number (int), got array");
  throwsExactly(() => m.add(1.5, 1), TypeError, "add(): argument 'a' must be an integer (int), got 1.5");
  throwsExactly(() => m.add(NaN, 1), TypeError, "add(): argument 'a' must be an integer (int), got NaN");
  throwsExactly(() => m.add(1, -Infinity), TypeError, "add(): argument 'b' must be an integer (int), got -Infinity");
  throwsExactly(() => m.add(2 ** 53, 0), RangeError,
    "add(): argument 'a' is outside the safe integer range ±(2**53-1) of JS numbers; pass a BigInt");
  throwsExactly(() => m.add(0, -(2 ** 60)), RangeError,
    "add(): argument 'b' is outside the safe integer range ±(2**53-1) of JS numbers; pass a BigInt");
  throwsExactly(() => m.add(2n ** 63n, 0), RangeError,
    "add(): argument 'a' does not fit in a 64-bit int (pyaot ints are 64-bit)");
  // A result a JS number cannot hold exactly is an error, not a rounding.
  throwsExactly(() => m.big(), RangeError,
    'big() returned the int 9007199254740992, outside the safe integer range ±(2**53-1) of JS numbers');
});

test('argument counts, worded like CPython', () => {
  throwsExactly(() => m.add(1), TypeError, "add() missing 1 required positional argument: 'b'");
  throwsExactly(() => m.add(), TypeError, "add() missing 2 required positional arguments: 'a' and 'b'");
  throwsExactly(() => m.flags(), TypeError,
    "flags() missing 3 required positional arguments: 'xs', 'names', and 'none'");
  throwsExactly(() => m.add(1, 2, 3), TypeError, 'add() takes 2 positional arguments but 3 were given');
  throwsExactly(() => m.greet('a', 'b'), TypeError, 'greet() takes 1 positional argument but 2 were given');
  throwsExactly(() => m.nothing(1), TypeError, 'nothing() takes 0 positional arguments but 1 was given');
  // More than 8 parameters take the heap path.
  assert.equal(m.many(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 55);
  assert.equal(m.many(1, 0, 0, 0, 0, 0, 0, 0, 0, 2), 21);
  throwsExactly(() => m.many(1, 2, 3, 4, 5, 6, 7, 8, 9), TypeError,
    "many() missing 1 required positional argument: 'j'");
  throwsExactly(() => m.many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), TypeError,
    'many() takes 10 positional arguments but 11 were given');
  throwsExactly(() => m.many(1, 2, 3, 4, 5, 6, 7, 8, 9, 'x'), TypeError,
    "many(): argument 'j' must be a number (int), got string");
});

test('floats, bools, None', () => {
  assert.equal(m.half(3), 1.5);
  assert.equal(m.half(-0.5), -0.25);
  assert.ok(Number.isNaN(m.half(NaN)));
  assert.equal(m.half(Infinity), Infinity);
  throwsExactly(() => m.half(1n), TypeError, "half(): argument 'x' must be a number (float), got bigint");
  assert.equal(m.flip(true), false);
  assert.equal(m.flip(false), true);
  throwsExactly(() => m.flip(1), TypeError, "flip(): argument 'b' must be a boolean (bool), got number");
  assert.equal(m.nothing(), undefined);
  assert.deepEqual(m.flags([true, false], ['a'], null), [null, null, null]);
  assert.deepEqual(m.flags([], [], undefined), []);
  throwsExactly(() => m.flags([1], [], null), TypeError,
    "flags(): argument 'xs'[0] must be a boolean (bool), got number");
  throwsExactly(() => m.flags([], [], 0), TypeError, "flags(): argument 'none' must be null (None), got number");
});

test('strings', () => {
  assert.equal(m.greet('World'), 'Hello, World!');
  assert.equal(m.greet(''), 'Hello, !');
  assert.equal(m.greet('😀 ünïcödé ✓'), 'Hello, 😀 ünïcödé ✓!');
  assert.equal(m.str_len('😀é'), 2);
  assert.equal(m.echo('a\0b'), 'a\0b');
  // Lone surrogates cannot be UTF-8: N-API turns them into U+FFFD.
  assert.equal(m.echo('x\uD800y'), 'x\uFFFDy');
  throwsExactly(() => m.greet(5), TypeError, "greet(): argument 'name' must be a string (str), got number");
  throwsExactly(() => m.greet(Symbol('s')), TypeError, "greet(): argument 'name' must be a string (str), got symbol");
  throwsExactly(() => m.greet({}), TypeError, "greet(): argument 'name' must be a string (str), got object");
});

test('strings around the stack buffer size and long strings round-trip', () => {
  for (const unit of ['a', 'é', '✓', '😀']) {
    for (let n = 40; n < 300; n++) {
      const s = unit.repeat(n) + 'z';
      assert.equal(m.echo(s), s);
      assert.equal(m.str_len(s), n + 1);
    }
  }
  const mixed = 'ab😀é✓'.repeat(1); // offsets the 4-byte characters
  for (let n = 240; n < 270; n++) {
    const s = mixed.slice(0, 1) + 'x'.repeat(n) + mixed;
    assert.equal(m.echo(s), s);
  }
  const long = 'Grüße 😀 '.repeat(100000);
  assert.equal(m.echo(long), long);
  assert.equal(m.str_len(long), 800000);
});

test('lists', () => {
  assert.equal(m.total([1.5, 2.5, -1]), 3);
  assert.equal(m.total([]), 0);
  assert.deepEqual(m.nested([[1, 2], [], [3]]), [[1, 2], [], [3]]);
  throwsExactly(() => m.total([1, 'x']), TypeError, "total(): argument 'xs'[1] must be a number (float), got string");
  throwsExactly(() => m.total('abc'), TypeError, "total(): argument 'xs' must be an array (list[float]), got string");
  throwsExactly(() => m.total(null), TypeError, "total(): argument 'xs' must be an array (list[float]), got null");
  throwsExactly(() => m.total({ length: 1, 0: 1 }), TypeError,
    "total(): argument 'xs' must be an array (list[float]), got object");
  throwsExactly(() => m.nested([[1], [2, 2.5]]), TypeError,
    "nested(): argument 'xs'[1][1] must be an integer (int), got 2.5");
  throwsExactly(() => m.nested([[1], 7]), TypeError,
    "nested(): argument 'xs'[1] must be an array (list[int]), got number");
  assert.deepEqual(m.index_maps(['ab', '', 'c']), [new Map([[0, 'a'], [1, 'b']]), new Map(), new Map([[0, 'c']])]);
});

test('dicts with str keys are plain objects', () => {
  const counts = m.count_words('b a b c b a');
  assert.deepEqual(counts, { b: 3, a: 2, c: 1 });
  assert.deepEqual(Object.keys(counts), ['b', 'a', 'c']);
  assert.equal(Object.getPrototypeOf(counts), Object.prototype);
  // Defined, not assigned: "__proto__" is an own property, not the prototype.
  const proto = m.count_words('__proto__ x');
  assert.deepEqual(Object.getOwnPropertyNames(proto), ['__proto__', 'x']);
  assert.equal(Object.getPrototypeOf(proto), Object.prototype);
  assert.deepEqual(m.count_words('😀 😀'), { '😀': 2 });
  assert.deepEqual(m.count_words(''), {});

  assert.equal(m.sum_values({ a: 1, b: 2, c: 3 }), 6);
  assert.equal(m.sum_values({}), 0);
  assert.equal(m.sum_values(new Map([['a', 5], ['b', 6]])), 11);
  // Own enumerable string keys only.
  const o = Object.create({ inherited: 100 });
  o.own = 1;
  Object.defineProperty(o, 'hidden', { value: 1000, enumerable: false });
  o[Symbol('s')] = 10000;
  assert.equal(m.sum_values(o), 1);
  throwsExactly(() => m.sum_values({ a: 1, b: 'x' }), TypeError,
    'sum_values(): argument \'d\'["b"] must be a number (int), got string');
  throwsExactly(() => m.sum_values([1]), TypeError,
    "sum_values(): argument 'd' must be an object or a Map (dict[str, int]), got array");
  throwsExactly(() => m.sum_values(new Map([[1, 1]])), TypeError,
    "sum_values(): argument 'd' (a Map key) must be a string (str), got number");
  throwsExactly(() => m.sum_values(null), TypeError,
    "sum_values(): argument 'd' must be an object or a Map (dict[str, int]), got null");
  // A getter that throws: its exception propagates unchanged.
  const bad = { get a() { throw new SyntaxError('from a getter'); } };
  throwsExactly(() => m.sum_values(bad), SyntaxError, 'from a getter');
});

test('dicts with other keys are Maps', () => {
  const inv = m.invert({ x: 1, y: 2 });
  assert.ok(inv instanceof Map);
  assert.deepEqual([...inv], [[1, 'x'], [2, 'y']]);
  assert.equal(m.describe(new Map([[3, 'c'], [1, 'a']])), '3=c,1=a');
  assert.equal(m.describe(new Map([[2n, 'big']])), '2=big');
  throwsExactly(() => m.describe({ 1: 'a' }), TypeError,
    "describe(): argument 'd' must be a Map (dict[int, str]), got object");
  throwsExactly(() => m.describe(new Map([[1, 2]])), TypeError,
    "describe(): argument 'd'.get(1) must be a string (str), got number");
  throwsExactly(() => m.describe(new Map([[1.5, 'x']])), TypeError,
    "describe(): argument 'd' (a Map key) must be an integer (int), got 1.5");
  // Nested: a dict of dicts becomes an object of Maps.
  const p = m.parity([1, 2, 3, 4, 5]);
  assert.deepEqual(Object.keys(p), ['odd', 'even']);
  assert.deepEqual([...p.odd], [[1, true], [3, true], [5, true]]);
  assert.deepEqual([...p.even], [[2, true], [4, true]]);
});

test('Optional parameters and results', () => {
  assert.equal(m.maybe_upper('abc'), 'ABC');
  assert.equal(m.maybe_upper(null), null);
  assert.equal(m.maybe_upper(undefined), null);
  // A trailing Optional parameter may be left out.
  assert.equal(m.maybe_upper(), null);
  throwsExactly(() => m.maybe_upper(5), TypeError,
    "maybe_upper(): argument 's' must be a string or null (str | None), got number");
});

test('Python exceptions become errors with pythonType', () => {
  const kinds = { 2: 'ValueError', 3: 'TypeError', 7: 'KeyError', 8: 'RuntimeError' };
  for (const [kind, name] of Object.entries(kinds)) {
    assert.throws(() => m.fail(Number(kind), 'bad 😀'), (e) => {
      assert.equal(e.constructor, Error);
      assert.equal(e.pythonType, name);
      assert.equal(e.message, 'bad 😀');
      return true;
    });
  }
  // The runtime is usable after an exception (nothing stays pending).
  assert.equal(m.add(1, 1), 2);
});

test('the error factory builds thrown errors', () => {
  class PyError extends Error {}
  const seen = [];
  m.__pyaot_set_error_factory((type, message) => {
    seen.push([type, message]);
    const e = new PyError(message);
    e.name = type;
    return e;
  });
  try {
    assert.throws(() => m.fail(2, 'boom'), (e) => {
      assert.ok(e instanceof PyError);
      assert.equal(e.name, 'ValueError');
      assert.equal(e.message, 'boom');
      return true;
    });
    assert.deepEqual(seen, [['ValueError', 'boom']]);
    // Argument errors stay JS TypeErrors.
    throwsExactly(() => m.add('x', 1), TypeError, "add(): argument 'a' must be a number (int), got string");
    // A factory that throws: its exception propagates.
    m.__pyaot_set_error_factory(() => { throw new URIError('factory failed'); });
    throwsExactly(() => m.fail(2, 'boom'), URIError, 'factory failed');
    throwsExactly(() => m.__pyaot_set_error_factory(5), TypeError,
      '__pyaot_set_error_factory(): the factory must be a function or null');
  } finally {
    m.__pyaot_set_error_factory(null);
  }
  assert.throws(() => m.fail(2, 'plain'), (e) => e.constructor === Error && e.pythonType === 'ValueError');
});

test('a million calls do not grow memory', () => {
  const round = (n) => {
    for (let i = 0; i < n; i++) {
      m.greet('leak check ' + (i & 7));
      m.total([1, 2, 3]);
      m.count_words('a b a');
      m.maybe_upper(i & 1 ? 'x' : null);
      m.invert({ k: i & 15 });
      if ((i & 63) === 0) {
        try { m.fail(2, 'e'); } catch { /* expected */ }
        try { m.total([1, 'x']); } catch { /* expected */ }
      }
    }
  };
  round(100000);
  gc();
  gc();
  const before = process.memoryUsage().rss;
  round(1000000);
  gc();
  gc();
  const grown = process.memoryUsage().rss - before;
  // A leak of even one small object per call would be > 40 MB.
  assert.ok(grown < 16 * 1024 * 1024, `RSS grew by ${(grown / 1048576).toFixed(1)} MB`);
});

test('error paths release what they converted', () => {
  const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const long = 'x'.repeat(300);
  const round = (n) => {
    for (let i = 0; i < n; i++) {
      // Fails at xs[2][1], after two lists and a half were built.
      try { m.nested([ten, ten, [1, 'x']]); } catch { /* expected */ }
      // Fails at a value, after keys and values were stored.
      try { m.sum_values({ a: 1, b: 2, c: 3, [long]: 4, z: 'x' }); } catch { /* expected */ }
      // The thunk raises: the string arguments must still be released.
      try { m.fail(2, long); } catch { /* expected */ }
    }
  };
  round(20000);
  gc();
  gc();
  const before = process.memoryUsage().rss;
  round(200000);
  gc();
  gc();
  const grown = process.memoryUsage().rss - before;
  assert.ok(grown < 16 * 1024 * 1024, `RSS grew by ${(grown / 1048576).toFixed(1)} MB`);
});

test('worker threads share the runtime through the lock', async () => {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const m = require(workerData.addon);
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      sum += m.add(i, 1);
      if (m.greet('w' + (i & 3)) !== 'Hello, w' + (i & 3) + '!') throw new Error('bad greet');
      sum += m.count_words('x y x').x;
    }
    parentPort.postMessage([sum, m.get_init()]);
  `;
  const results = await Promise.all([0, 1, 2, 3].map(() => new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, workerData: { addon: ADDON } });
    w.once('message', resolve);
    w.once('error', reject);
  })));
  const expected = (20000 * 19999) / 2 + 20000 + 2 * 20000;
  for (const [sum, init] of results) {
    assert.equal(sum, expected);
    // One runtime per process: the top level still ran only once.
    assert.deepEqual(init, [42, 1]);
  }
});

test('a top level that raises fails the require, and is retried', () => {
  const script = `
    let first;
    try { require(process.env.PYAOT_NAPI_ADDON); } catch (e) { first = [e.constructor.name, e.pythonType, e.message]; }
    const m = require(process.env.PYAOT_NAPI_ADDON);
    console.log(JSON.stringify({ first, init: m.get_init() }));
  `;
  const out = execFileSync(process.execPath, ['-e', script], {
    env: { ...process.env, PYAOT_TEST_INIT_FAIL: '1' },
    encoding: 'utf8',
  });
  assert.deepEqual(JSON.parse(out), {
    first: ['Error', 'RuntimeError', 'top level failed once'],
    init: [42, 2],
  });
});
