// Runs the generated index.js of the kitchen-sink fixture against a mock
// addon: the JS half of the npm target (loading, error classes, defaults,
// class wrappers, reserved names) tested without a compiled library.
// check-types.sh generates the package into $PYAOT_NPM_PACKAGE first.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');
const util = require('node:util');

const pkgDir = process.env.PYAOT_NPM_PACKAGE ?? generateKitchenSink();

// Without $PYAOT_NPM_PACKAGE (check-types.sh sets it), generate the
// fixture's package here, so `node --test targets/npm` runs on its own.
function generateKitchenSink() {
  const { execFileSync } = require('node:child_process');
  const { root, tempDir } = require('./harness');
  const dir = tempDir('pyaot-kitchen-sink-');
  const fixtures = path.join(root, 'bindgen', 'tests', 'fixtures');
  execFileSync(
    'cargo',
    ['run', '--quiet', '-p', 'pyaot-bindgen', '--example', 'npm_package', '--',
      path.join(fixtures, 'kitchen_sink.json'), path.join(fixtures, 'pyproject.toml'), dir],
    { cwd: root, stdio: 'inherit' },
  );
  return dir;
}

// The mock addon. Handles are plain objects; errors go through the factory
// index.js installs, as the real adapter's do.
let makeError;
const calls = [];
const pointHandle = (x, y, z) => ({ kind: z === undefined ? 'Point' : 'Point3', x, y, z });
const native = {
  __pyaot_set_error_factory(f) {
    makeError = f;
  },
  add: (a, b) => Number(a) + Number(b),
  scale: (x, factor) => x * factor,
  is_even: (n) => Number(n) % 2 === 0,
  greet: (name, greeting) => `${greeting}, ${name}!`,
  log: () => undefined,
  mean(xs) {
    if (xs.length === 0) throw makeError('ValueError', 'mean of an empty list');
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  },
  raise: (type, message) => {
    throw makeError(type, message);
  },
  find: (xs, target, start) => {
    calls.push(['find', start]);
    const i = xs.indexOf(target, start ?? 0);
    return i < 0 ? null : i;
  },
  delete: (...args) => calls.push(['delete', ...args]),
  function: (...args) => {
    calls.push(['function', ...args]);
    return 'f';
  },
  native: (status, typeof_) => (typeof_ === null ? -status : status),
  default: (char) => char,
  make_point: (x, y) => pointHandle(x, y),
  nearest: (points) => {
    for (const h of points) assert.equal(h.kind === 'Point' || h.kind === 'Point3', true, 'handles, not wrappers');
    return points.length ? points[0] : null;
  },
  Point__new: (x, y) => pointHandle(x, y),
  Point__get_x: (h) => h.x,
  Point__set_x: (h, v) => {
    h.x = v;
  },
  Point__get_y: (h) => h.y,
  Point__set_y: (h, v) => {
    h.y = v;
  },
  Point__get_norm: (h) => Math.hypot(h.x, h.y),
  Point_distance_to: (h, o) => {
    assert.ok(o.kind, 'the argument arrives as a handle');
    return Math.hypot(h.x - o.x, h.y - o.y);
  },
  Point_translate: (h, dx, dy) => pointHandle(h.x + dx, h.y + dy),
  Point_delete: () => undefined,
  Point___str__: (h) => `(${h.x}, ${h.y})`,
  Point___repr__: (h) => `Point(${h.x}, ${h.y})`,
  Point_origin: () => pointHandle(0, 0),
  Point_from_pairs: (pairs) => pairs.map(([x, y]) => pointHandle(x, y)),
  Point3__new: (x, y, z) => pointHandle(x, y, z),
  Point3__get_z: (h) => h.z,
  Point3__set_z: (h, v) => {
    h.z = v;
  },
  Map__new: () => ({ kind: 'Map' }),
  Map__get_size: () => 1,
  Map_get: () => null,
  Map_points: () => ({ a: pointHandle(1, 2) }),
};

// Serve the mock for any .node file index.js requires.
const realNodeLoader = Module._extensions['.node'];
Module._extensions['.node'] = (module, filename) => {
  if (path.basename(filename) === 'kitchen_sink.linux-x64-gnu.node') module.exports = native;
  else realNodeLoader(module, filename);
};
fs.writeFileSync(path.join(pkgDir, 'kitchen_sink.linux-x64-gnu.node'), '');
const ks = require(path.join(pkgDir, 'index.js'));

test('functions without defaults are the native functions themselves', () => {
  assert.equal(ks.add, native.add);
  assert.equal(ks.add(2, 3n), 5);
});

test('omitted and undefined arguments take the Python defaults', () => {
  assert.equal(ks.scale(3), 6);
  assert.equal(ks.scale(3, undefined), 6);
  assert.equal(ks.scale(3, 4), 12);
  assert.equal(ks.greet('Ada'), 'Hello, Ada!');
  assert.equal(ks.find(['a', 'b'], 'b'), 1);
  assert.deepEqual(calls.at(-1), ['find', null]);
  assert.equal(ks.default(), 'it\'s "quoted"\n…');
  ks.function(['s']);
  assert.deepEqual(calls.at(-1), ['function', ['s'], 9007199254740993n, false]);
});

test('reserved words stay the export names', () => {
  ks.delete(7);
  assert.deepEqual(calls.at(-1), ['delete', 7, 'x', 1e300]);
  assert.equal(ks.native(2), -2);
  assert.equal(ks.native(2, 'x'), 2);
  assert.equal(typeof ks.function, 'function');
  assert.equal(ks.VERSION, '1.0');
  assert.equal(ks.DEBUG, false);
});

test('Python exceptions become the matching error classes', () => {
  assert.throws(() => ks.mean([]), ks.ValueError);
  let caught;
  try {
    ks.mean([]);
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof ks.ValueError);
  assert.ok(caught instanceof ks.PythonError);
  assert.ok(caught instanceof Error);
  assert.equal(caught.name, 'ValueError');
  assert.equal(caught.pythonType, 'ValueError');
  assert.equal(caught.message, 'mean of an empty list');
  assert.match(caught.stack, /^ValueError: mean of an empty list/);
});

test('the hierarchy follows Python, user exceptions included', () => {
  const raise = (type) => {
    try {
      native.raise(type, 'm');
    } catch (e) {
      return e;
    }
    throw new Error('did not raise');
  };
  assert.ok(raise('ZeroDivisionError') instanceof ks.ArithmeticError);
  assert.ok(raise('KeyError') instanceof ks.LookupError);
  assert.ok(raise('UnboundLocalError') instanceof ks.NameError);
  assert.ok(raise('RecursionError') instanceof ks.RuntimeError);
  const degenerate = raise('DegenerateError');
  assert.ok(degenerate instanceof ks.GeometryError);
  assert.ok(degenerate instanceof ks.ValueError);
  assert.equal(degenerate.name, 'DegenerateError');
  const typeError = raise('TypeError');
  assert.ok(typeError instanceof ks.TypeError);
  assert.ok(!(typeError instanceof TypeError), 'Python TypeError is not the JS global');
  const os_ = raise('OSError');
  assert.equal(os_.constructor, ks.PythonError);
  assert.equal(os_.pythonType, 'OSError');
  assert.equal(raise('Exception').constructor, ks.PythonError);
  assert.equal(new ks.ValueError('m').pythonType, 'ValueError');
  assert.equal(new ks.PythonError('m').pythonType, 'Exception');
});

test('classes wrap handles both ways', () => {
  const p = new ks.Point(3);
  assert.equal(p.x, 3);
  assert.equal(p.y, 0);
  p.x = 4;
  p.y = 3;
  assert.equal(p.norm, 5);
  assert.equal(p.distance_to(new ks.Point(4, 0)), 3);
  const moved = p.translate(1);
  assert.ok(moved instanceof ks.Point);
  assert.equal(moved.x, 5);
  assert.equal(String(p), '(4, 3)');
  assert.equal(util.inspect(p), 'Point(4, 3)');
  assert.ok(ks.Point.origin() instanceof ks.Point);
  const pts = ks.Point.from_pairs([[1, 2], [3, 4]]);
  assert.equal(pts.length, 2);
  assert.ok(pts.every((q) => q instanceof ks.Point));
  assert.ok(ks.make_point(1, 2) instanceof ks.Point);
  assert.equal(ks.nearest([]), null);
  assert.equal(ks.nearest([p]).x, 4);
  assert.throws(() => p.distance_to({ x: 1 }), TypeError);
  assert.throws(() => p.distance_to(null), TypeError);
});

test('a subclass shares its base class behaviour', () => {
  const p3 = new ks.Point3(1, 2, 3);
  assert.ok(p3 instanceof ks.Point);
  assert.equal(p3.x, 1);
  assert.equal(p3.z, 3);
  assert.equal(new ks.Point(0, 0).distance_to(p3), Math.hypot(1, 2));
});

test('a class named like a JS global is exported under its name', () => {
  const m = new ks.Map();
  assert.equal(m.size, 1);
  assert.equal(m.get('k'), null);
  assert.ok(m.points().a instanceof ks.Point);
  assert.notEqual(ks.Map, Map);
});

test('a missing addon names the files tried and the platforms built for', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyaot-npm-'));
  fs.copyFileSync(path.join(pkgDir, 'index.js'), path.join(dir, 'index.js'));
  assert.throws(
    () => require(path.join(dir, 'index.js')),
    (err) => {
      assert.match(err.message, /no native addon for this platform/);
      assert.match(err.message, new RegExp(`${dir}/kitchen_sink\\.linux-x64-gnu\\.node \\(no such file\\)`));
      assert.match(err.message, /the package kitchen-sink-linux-x64-gnu \(not installed\)/);
      assert.match(err.message, /built for: linux-x64-gnu/);
      return true;
    },
  );
  fs.rmSync(dir, { recursive: true });
});
