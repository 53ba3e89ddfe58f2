// What a JS caller can get wrong never crashes the process or leaks:
// wrong argument counts and types, null, non-integers, unsafe integers,
// BigInts, lone surrogates; and a million calls (and a hundred thousand
// raised exceptions) leave the resident set size flat.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { root, installPackage } = require('./harness');

const textkit = () => installPackage(path.join(root, 'examples', 'textkit', 'textkit.py')).lib;
const geometry = () => installPackage(path.join(root, 'examples', 'geometry', 'geometry.py')).lib;

test('wrong argument counts throw TypeError naming the parameter', () => {
  const { distance, slugify } = { ...geometry(), ...textkit() };
  assert.throws(() => distance(1, 2, 3), {
    name: 'TypeError',
    message: "distance() missing 1 required positional argument: 'y2'",
  });
  assert.throws(() => distance(1, 2, 3, 4, 5), {
    name: 'TypeError',
    message: 'distance() takes 4 positional arguments but 5 were given',
  });
  // A default fills an omitted trailing argument.
  assert.equal(slugify('A B'), 'a-b');
  assert.equal(slugify('A B', undefined), 'a-b');
});

test('wrong types and null throw TypeError naming the parameter', () => {
  const { polygon_area } = geometry();
  const { truncate, word_frequencies } = textkit();
  assert.throws(() => truncate(42, 3), { name: 'TypeError', message: /argument 'text'/ });
  assert.throws(() => truncate(null, 3), { name: 'TypeError', message: /argument 'text'/ });
  assert.throws(() => truncate('abc', '3'), { name: 'TypeError', message: /argument 'width'/ });
  assert.throws(() => truncate('abc', 2.5), { name: 'TypeError', message: /argument 'width'/ });
  assert.throws(() => truncate('abc', NaN), { name: 'TypeError', message: /argument 'width'/ });
  assert.throws(() => polygon_area([0, 1, 'x'], [0, 1, 2]), { name: 'TypeError', message: /argument 'xs'\[2\]/ });
  assert.throws(() => polygon_area({ length: 3 }, [0, 1, 2]), { name: 'TypeError', message: /argument 'xs'/ });
  assert.throws(() => word_frequencies(Symbol('s')), { name: 'TypeError' });
  assert.throws(() => word_frequencies({ toString: () => 'x' }), { name: 'TypeError' });
});

test('ints: safe integers and BigInts in range, RangeError outside', () => {
  const { truncate, reading_minutes } = textkit();
  assert.equal(truncate('abcdef', 4n), 'abc…');
  assert.equal(reading_minutes('a b c', 2 ** 53 - 1), 1);
  assert.throws(() => reading_minutes('a', 2 ** 53), { name: 'RangeError' });
  assert.throws(() => truncate('abc', 2n ** 64n), { name: 'RangeError' });
  assert.throws(() => truncate('abc', -(2n ** 63n) - 1n), { name: 'RangeError' });
});

test('bytes: byte views in, Buffers out; anything else is a TypeError', () => {
  const { checksum, to_utf8, from_utf8, UnicodeDecodeError, UnicodeError } = textkit();
  const wiki = 0x11e60398; // zlib.adler32(b'Wikipedia')
  assert.equal(checksum(Buffer.from('Wikipedia')), wiki);
  assert.equal(checksum(new Uint8Array(Buffer.from('Wikipedia'))), wiki);
  assert.equal(checksum(new Uint8Array(Buffer.from('xWikipediay')).subarray(1, 10)), wiki);
  assert.equal(checksum(new Uint8Array(Buffer.from('Wikipedia')).buffer), wiki);
  assert.equal(checksum(new Int8Array([1, 2])), checksum(Buffer.from([1, 2])));
  assert.equal(checksum(new Uint8ClampedArray(0)), 1);
  const out = to_utf8('naïve \u0000 😀');
  assert.ok(Buffer.isBuffer(out));
  assert.deepEqual(out, Buffer.from('naïve \u0000 😀', 'utf8'));
  assert.equal(from_utf8(out), 'naïve \u0000 😀');
  for (const bad of ['Wikipedia', 42, null, undefined, [1, 2], { length: 1 }, new Uint16Array(2), new DataView(new ArrayBuffer(2))]) {
    assert.throws(() => checksum(bad), {
      name: 'TypeError',
      message: /^checksum\(\): argument 'data' must be a Uint8Array, Buffer or ArrayBuffer \(bytes\), got /,
    });
  }
  assert.throws(() => from_utf8(Buffer.from([0x61, 0xff])), (e) => {
    assert.equal(e.pythonType, 'UnicodeDecodeError');
    assert.ok(e instanceof UnicodeDecodeError && e instanceof UnicodeError);
    assert.equal(e.message, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
    return true;
  });
});

test('strings: full Unicode round trip; lone surrogates become U+FFFD', () => {
  const { tokenize, slugify, truncate } = textkit();
  assert.deepEqual(tokenize('emoji 😀 naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢'), ['emoji', 'naïve', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢']);
  assert.equal(truncate('😀😀😀😀', 3, '…'), '😀😀…');
  assert.equal(truncate('a\ud800b', 10), 'a\ufffdb');
  assert.equal(slugify('x\u0000y'), 'x-y');
});

function rssGrowth(loops, body) {
  body(loops / 5); // warm up: JIT, caches, the runtime's first allocations
  if (global.gc) global.gc();
  const before = process.memoryUsage().rss;
  body(loops);
  if (global.gc) global.gc();
  return process.memoryUsage().rss - before;
}

test('a million calls keep the resident set size flat', () => {
  const { slugify, word_frequencies } = textkit();
  const { scale } = geometry();
  const growth = rssGrowth(1_000_000, (n) => {
    for (let i = 0; i < n; i++) {
      slugify('Hello, World number ' + (i % 100));
      if (i % 10 === 0) word_frequencies('a b a c');
      if (i % 10 === 5) scale([1, 2, 3], 2);
    }
  });
  // A leak of even 40 bytes per call would show as 40 MB.
  assert.ok(growth < 40 * 1024 * 1024, `RSS grew by ${(growth / 1048576).toFixed(1)} MiB`);
});

test('a hundred thousand raised exceptions keep the resident set size flat', () => {
  const { truncate, ValueError } = textkit();
  const growth = rssGrowth(100_000, (n) => {
    for (let i = 0; i < n; i++) {
      try {
        truncate('abc', 0);
        assert.fail('truncate should raise');
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
      }
    }
  });
  assert.ok(growth < 40 * 1024 * 1024, `RSS grew by ${(growth / 1048576).toFixed(1)} MiB`);
});
