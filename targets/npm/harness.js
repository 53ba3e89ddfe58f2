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
    return { value: toJson(fn(...fromJson(args))) };
  } catch (e) {
    return { error: e.pythonType ?? `JS ${e.name}`, message: e.message, thrown: e };
  }
}

/**
 * A cases-file value as JS: JSON has no bytes, so oracle.py and the cases
 * write them as { $bytes: [int, ...] }, which becomes a Buffer here.
 */
function fromJson(v) {
  if (Array.isArray(v)) return v.map(fromJson);
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === '$bytes') return Buffer.from(v.$bytes);
    return Object.fromEntries(keys.map((k) => [k, fromJson(v[k])]));
  }
  return v;
}

/** A result as oracle.py writes it: a Buffer becomes { $bytes: [...] }. */
function toJson(v) {
  if (Buffer.isBuffer(v)) return { $bytes: Array.from(v) };
  if (Array.isArray(v)) return v.map(toJson);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.keys(v).map((k) => [k, toJson(v[k])]));
  }
  return v;
}

/** A scenario's expected results under CPython (see scenario.py). */
function scenarioOracle(modulePath, scenarioPath) {
  const out = run('python3', [path.join(__dirname, 'scenario.py'), modulePath, scenarioPath], root);
  return JSON.parse(out);
}

/**
 * Runs a scenario against a package: the JS twin of scenario.py. Objects
 * in results become { object: repr } (util.inspect shows an instance's
 * Python repr); `undefined` from a `-> None` method is null.
 */
function runScenario(lib, steps) {
  const util = require('node:util');
  const env = new Map();
  const arg = (v) => {
    if (Array.isArray(v) && v.length === 2 && v[0] === 'ref') return env.get(v[1]);
    if (Array.isArray(v)) return v.map(arg);
    return v;
  };
  const evaluate = (e) => {
    switch (e[0]) {
      case 'new': return new lib[e[1]](...arg(e[2]));
      case 'call': return env.get(e[1])[e[2]](...arg(e[3]));
      case 'get': return env.get(e[1])[e[2]];
      case 'fn': return lib[e[1]](...arg(e[2]));
      case 'static': return lib[e[1]][e[2]](...arg(e[3]));
      case 'str': return String(env.get(e[1]));
      case 'repr': return util.inspect(env.get(e[1]));
      default: throw new Error(`unknown expression ${e[0]}`);
    }
  };
  const plain = (v) => {
    if (v === undefined || v === null) return null;
    if (Array.isArray(v)) return v.map(plain);
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
    }
    if (typeof v === 'object') return { object: util.inspect(v) };
    return v;
  };
  const out = [];
  for (const step of steps) {
    if (step[0] === 'let') env.set(step[1], evaluate(step[2]));
    else if (step[0] === 'set') env.get(step[1])[step[2]] = arg(step[3]);
    else if (step[0] === 'expect') {
      try {
        out.push({ value: plain(evaluate(step[1])) });
      } catch (e) {
        out.push({ error: e.pythonType ?? `JS ${e.name}`, message: e.message });
      }
    }
  }
  return out;
}

module.exports = {
  root,
  pyaot,
  installPackage,
  oracle,
  outcome,
  tempDir,
  scenarioOracle,
  runScenario,
};
