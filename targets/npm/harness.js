// Shared setup of the npm target's tests: packages a Python library with
// the real `pyaot package --npm`, packs it with `npm pack`, installs the
// tarball into a fresh consumer project (offline) and requires it there,
// exactly as a user's project would.
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

let pyaotPath;
/** The pyaot binary: $PYAOT, or the workspace's debug build (built once). */
function pyaot() {
  if (pyaotPath) return pyaotPath;
  if (process.env.PYAOT) {
    pyaotPath = path.resolve(process.env.PYAOT);
  } else {
    execFileSync('cargo', ['build', '--quiet', '-p', 'pyaot'], { cwd: root, stdio: 'inherit' });
    pyaotPath = path.join(root, 'target', 'debug', 'pyaot');
  }
  if (!fs.existsSync(pyaotPath)) throw new Error(`pyaot not found at ${pyaotPath}`);
  return pyaotPath;
}

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A new temporary directory, removed when the process exits. */
function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Packages `modulePath` with pyaot, packs it and installs the tarball into
 * a consumer project. Returns { lib, pkgDir, tarball, name }.
 */
function installPackage(modulePath) {
  const work = tempDir('pyaot-npm-');
  const pkgDir = path.join(work, 'pkg');
  run(pyaot(), ['package', modulePath, '--npm', '-o', pkgDir], root);
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], pkgDir).trim().split('\n').pop();
  const consumer = path.join(work, 'consumer');
  fs.mkdirSync(consumer);
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', path.join(work, tarball)], consumer);
  const name = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).name;
  const lib = require(require.resolve(name, { paths: [consumer] }));
  return { lib, pkgDir, tarball: path.join(work, tarball), name };
}

/** The same calls under CPython: [{value} | {error, message}] per case. */
function oracle(modulePath, casesPath) {
  const out = run('python3', [path.join(__dirname, 'oracle.py'), modulePath, casesPath], root);
  return JSON.parse(out);
}

/** Calls `fn` and returns what happened, in the oracle's shape. */
function outcome(fn, args) {
  try {
    return { value: fn(...args) };
  } catch (e) {
    return { error: e.pythonType ?? `JS ${e.name}`, message: e.message, thrown: e };
  }
}

module.exports = { root, pyaot, installPackage, oracle, outcome, tempDir };
