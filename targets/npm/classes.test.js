// Classes across the boundary: each example's scenario (constructors,
// methods, properties, fields, str/repr, inheritance, Python exceptions)
// gives what CPython gives; instances are released when JS collects them.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { root, installPackage, scenarioOracle, runScenario } = require('./harness');

for (const example of ['geometry', 'textkit']) {
  test(`${example}: the class scenario agrees with CPython`, () => {
    const modulePath = path.join(root, 'examples', example, `${example}.py`);
    const scenarioPath = path.join(__dirname, 'scenarios', `${example}.json`);
    const { lib } = installPackage(modulePath);
    const expected = scenarioOracle(modulePath, scenarioPath);
    const got = runScenario(lib, require(scenarioPath));
    assert.equal(got.length, expected.length);
    got.forEach((g, i) => assert.deepEqual(g, expected[i], `expect step ${i}`));
  });
}

test('classes are JS classes: instanceof, inheritance, errors', () => {
  const g = installPackage(path.join(root, 'examples', 'geometry', 'geometry.py')).lib;
  const r = new g.Rectangle(0, 0, 2, 2);
  assert.ok(r instanceof g.Rectangle && r instanceof g.Polygon);
  assert.equal(String(r), 'rectangle with 4 vertices, area 4.00');
  assert.ok(r.vertices.every((p) => p instanceof g.Point));
  assert.throws(() => new g.Polygon([new g.Point(0, 0)]), (e) =>
    e instanceof g.GeometryError && e instanceof g.ValueError && e instanceof g.PythonError &&
    e.pythonType === 'GeometryError' && e.message === 'a polygon needs at least 3 vertices, got 1');
  // Wrong objects are refused by the JS glue or the addon, never crash.
  assert.throws(() => r.contains({ x: 1, y: 1 }), TypeError);
  assert.throws(() => new g.Polygon([new g.Point(0, 0), 'a', 3]), TypeError);
  assert.throws(() => new g.Point('1', 2), TypeError);
});

test('errors and reprs use the Python names of members and the module', () => {
  const g = installPackage(path.join(root, 'examples', 'geometry', 'geometry.py')).lib;
  assert.throws(() => new g.Point('1', 2), {
    name: 'TypeError',
    message: "Point.__init__(): argument 'x' must be a number (float), got string",
  });
  const p = new g.Point(1, 2);
  assert.throws(() => p.translated(0, 'a'), {
    name: 'TypeError',
    message: "Point.translated(): argument 'dy' must be a number (float), got string",
  });
  // CPython imports the module, so the default repr names it, not __main__.
  const r = new g.Rectangle(0, 0, 1, 1);
  assert.match(require('node:util').inspect(r), /^<geometry\.Rectangle object at 0x[0-9a-f]+>$/);
});

function collect() {
  // Lets this test force collections without a command-line flag.
  require('node:v8').setFlagsFromString('--expose-gc');
  const gc = require('node:vm').runInNewContext('gc');
  for (let i = 0; i < 4; i++) gc();
}

test('instances are released when JS collects them (finalizers run)', async () => {
  const g = installPackage(path.join(root, 'examples', 'geometry', 'geometry.py')).lib;
  const churn = (n) => {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const p = new g.Point(i, i);
      const poly = new g.Polygon([p, p.translated(1, 0), p.translated(0, 1)]);
      total += poly.area;
    }
    return total;
  };
  // The first round sets the high-water marks (V8's heap, malloc's
  // arenas); a second round of the same size must then fit in them.
  const round = async () => {
    assert.equal(churn(100_000), 50_000);
    // Finalizers run in tasks after a GC, and V8 sweeps on helper threads:
    // on a loaded machine one pause is not always enough, so give them
    // several turns (cheap once everything is released).
    for (let turn = 0; turn < 10; turn++) {
      collect();
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await round();
  const before = process.memoryUsage().rss;
  await round();
  await round();
  const growth = process.memoryUsage().rss - before;
  // Each round makes 100,000 polygons and 300,000 points: never freeing
  // them would add about 90 MiB per round.
  assert.ok(growth < 24 * 1024 * 1024, `RSS grew by ${(growth / 1048576).toFixed(1)} MiB`);
});
