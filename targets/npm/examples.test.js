// The example libraries, packaged with pyaot and installed from their npm
// tarballs: every exported function gives what CPython gives, errors
// included, and bad input from JS throws a JS error instead of crashing.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { root, installPackage, oracle, outcome } = require('./harness');

for (const example of ['geometry', 'textkit']) {
  const modulePath = path.join(root, 'examples', example, `${example}.py`);
  const casesPath = path.join(__dirname, 'cases', `${example}.json`);

  test(`${example}: every function agrees with CPython`, () => {
    const { lib } = installPackage(modulePath);
    const cases = require(casesPath);
    const expected = oracle(modulePath, casesPath);
    const called = new Set();
    cases.forEach(([name, args], i) => {
      assert.equal(typeof lib[name], 'function', `${name} is exported`);
      called.add(name);
      const got = outcome(lib[name], args);
      const want = expected[i];
      const label = `${name}(${JSON.stringify(args).slice(1, -1)})`;
      if ('error' in want) {
        assert.equal(got.error, want.error, `${label} raises ${want.error}`);
        assert.equal(got.message, want.message, `${label} message`);
        assert.ok(got.thrown instanceof Error, `${label} throws an Error`);
        assert.ok(got.thrown instanceof lib[want.error], `${label} is a ${want.error}`);
        assert.ok(got.thrown instanceof lib.PythonError, `${label} is a PythonError`);
      } else {
        assert.deepEqual(got, { value: want.value }, label);
      }
    });
    // Every exported function is exercised.
    const exported = Object.keys(lib).filter((k) => typeof lib[k] === 'function' && !/^[A-Z]/.test(k));
    assert.deepEqual(exported.filter((k) => !called.has(k)), [], 'functions without a case');
  });
}
