{%- import "npm/macros.js" as m -%}
// {{ pkg.name }}: JavaScript API of the Python module {{ pkg.module }}, compiled
// to native code by pyaot. Generated from {{ pkg.module }}.py; do not edit.
{%- for line in pkg.doc %}
//{% if !line.is_empty() %} {{ line }}{% endif %}
{%- endfor %}
'use strict';

/** The platforms this package carries an addon for. */
const __pyaot_built_for = [{% for p in pkg.platforms %}'{{ p.triple }}'{% if !loop.last %}, {% endif %}{% endfor %}];

/** napi-rs's name for the running platform: `linux-x64-gnu`. */
function __pyaot_platform() {
  const { platform, arch } = process;
  if (platform === 'linux') return `linux-${arch}-${__pyaot_libc()}`;
  if (platform === 'win32') return `win32-${arch}-msvc`;
  return `${platform}-${arch}`;
}

function __pyaot_libc() {
  try {
    return require('node:fs').readFileSync('/usr/bin/ldd', 'utf8').includes('musl') ? 'musl' : 'gnu';
  } catch {
    const header = process.report?.getReport?.().header;
    return header && !header.glibcVersionRuntime ? 'musl' : 'gnu';
  }
}

/**
 * Loads the addon: `{{ pkg.module }}.<platform>.node` beside this file, else
 * the package `{{ pkg.name }}-<platform>` (where per-platform packages go).
 * Fails with the list of what it tried and what the package was built for.
 */
function __pyaot_load() {
  const platform = __pyaot_platform();
  const file = require('node:path').join(__dirname, `{{ pkg.module }}.${platform}.node`);
  const tried = [];
  if (require('node:fs').existsSync(file)) {
    try {
      return require(file);
    } catch (cause) {
      throw new Error(`{{ pkg.name }}: cannot load the native addon ${file}: ${cause.message}`, { cause });
    }
  }
  tried.push(`${file} (no such file)`);
  const sub = `{{ pkg.name }}-${platform}`;
  try {
    return require(sub);
  } catch (cause) {
    if (cause.code !== 'MODULE_NOT_FOUND') throw cause;
    tried.push(`the package ${sub} (not installed)`);
  }
  throw new Error(
    `{{ pkg.name }}: no native addon for this platform (${platform}).\n` +
      `Looked for:\n  ${tried.join('\n  ')}\n` +
      `This package was built for: ${__pyaot_built_for.join(', ')}.`,
  );
}

const native = __pyaot_load();

// ---------------------------------------------------------------- errors

/**
 * The base of every error raised by Python code in this package (Python's
 * `Exception`). `pythonType` is the Python exception's type name; an
 * exception without a class of its own here (say `OSError`) arrives as a
 * `PythonError` with that `pythonType`.
 */
class PythonError extends Error {
  constructor(message, pythonType) {
    super(message);
    this.pythonType = pythonType ?? (new.target === PythonError ? 'Exception' : this.name);
  }
}
Object.defineProperty(PythonError.prototype, 'name', { value: 'PythonError', writable: true, configurable: true });

/** A subclass of `base` whose `name` is the Python exception's name. */
function __pyaot_error_class(name, base) {
  const cls = { [name]: class extends base {} }[name];
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true });
  return cls;
}
{% for e in pkg.errors %}
{%- call m::doc_only(e.doc, "") %}{% endcall %}
const {{ e.ident }} = __pyaot_error_class('{{ e.name }}', {{ e.base }});
{%- endfor %}

const __pyaot_errors = {
  __proto__: null,
  Exception: PythonError,
{%- for e in pkg.errors %}
  {{ e.name }}: {{ e.ident }},
{%- endfor %}
};

native.__pyaot_set_error_factory((type, message) => new (__pyaot_errors[type] ?? PythonError)(message, type));

exports.PythonError = PythonError;
{%- for e in pkg.errors %}
exports.{{ e.name }} = {{ e.ident }};
{%- endfor %}
{%- if !pkg.classes.is_empty() %}

// --------------------------------------------------------------- classes

// Instances cross the boundary as native handles. A value whose type
// mentions a class is converted by walking its type code (the export
// table's notation: l list, d dict, o Optional, t tuple, c<index>. class;
// other letters need no conversion).
const __pyaot_from_handle = Symbol('pyaot.fromHandle');
const __pyaot_classes = [];
const __pyaot_converters = new Map();

function __pyaot_converter(code, toNative) {
  const key = (toNative ? '>' : '<') + code;
  let convert = __pyaot_converters.get(key);
  if (convert === undefined) {
    convert = __pyaot_parse(code, { at: 0 }, toNative);
    __pyaot_converters.set(key, convert);
  }
  return convert;
}

function __pyaot_parse(code, pos, toNative) {
  switch (code[pos.at++]) {
    case 'l': {
      const item = __pyaot_parse(code, pos, toNative);
      return (v) => Array.from(v, item);
    }
    case 'o': {
      const inner = __pyaot_parse(code, pos, toNative);
      return (v) => (v === null || v === undefined ? v : inner(v));
    }
    case 't': {
      const n = Number(code[pos.at++]);
      const items = [];
      for (let i = 0; i < n; i++) items.push(__pyaot_parse(code, pos, toNative));
      return (v) => items.map((convert, i) => convert(v[i]));
    }
    case 'd': {
      const plain = code[pos.at] === 's';
      const key = __pyaot_parse(code, pos, toNative);
      const value = __pyaot_parse(code, pos, toNative);
      if (plain) return (v) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x)]));
      return (v) => new Map(Array.from(v, ([k, x]) => [key(k), value(x)]));
    }
    case 'c': {
      const end = code.indexOf('.', pos.at);
      const index = Number(code.slice(pos.at, end));
      pos.at = end + 1;
      return toNative ? (v) => __pyaot_classes[index].unwrap(v) : (h) => __pyaot_classes[index].wrap(h);
    }
    default:
      return (v) => v;
  }
}

function __pyaot_lower(code, value) {
  return __pyaot_converter(code, true)(value);
}

function __pyaot_lift(code, value) {
  return __pyaot_converter(code, false)(value);
}
{%- for c in pkg.classes %}
{% call m::doc_only(c.doc, "") %}{% endcall %}
class {{ c.ident }}{% if let Some(base) = c.base %} extends {{ base }}{% endif %} {
  #handle;
{% call m::doc_fn(c.constructor, "  ") %}{% endcall %}
  constructor({% call m::params(c.constructor.params) %}{% endcall %}) {
{%- if c.base.is_some() %}
    const __pyaot_handle =
      arguments[0] === __pyaot_from_handle ? arguments[1] : native.{{ c.constructor.native }}({% call m::args(c.constructor.params) %}{% endcall %});
    super(__pyaot_from_handle, __pyaot_handle);
    this.#handle = __pyaot_handle;
{%- else %}
    this.#handle =
      arguments[0] === __pyaot_from_handle ? arguments[1] : native.{{ c.constructor.native }}({% call m::args(c.constructor.params) %}{% endcall %});
{%- endif %}
  }

  static {
    __pyaot_classes[{{ c.index }}] = {
      wrap: (handle) => new {{ c.ident }}(__pyaot_from_handle, handle),
      unwrap: (value) => {
        if (typeof value === 'object' && value !== null && #handle in value) return value.#handle;
        throw new TypeError(`expected a {{ c.name }}, got ${value === null ? 'null' : typeof value}`);
      },
    };
  }
{%- for p in c.properties %}
{% call m::doc_only(p.doc, "  ") %}{% endcall %}
  get {{ p.name }}() {
{%- if let Some(code) = p.lift %}
    return __pyaot_lift({{ code }}, native.{{ p.getter }}(this.#handle));
{%- else %}
    return native.{{ p.getter }}(this.#handle);
{%- endif %}
  }
{%- if let Some(setter) = p.setter %}

  set {{ p.name }}(value) {
{%- if let Some(code) = p.lower %}
    native.{{ setter }}(this.#handle, __pyaot_lower({{ code }}, value));
{%- else %}
    native.{{ setter }}(this.#handle, value);
{%- endif %}
  }
{%- endif %}
{%- endfor %}
{%- for f in c.methods %}
{% call m::doc_fn(f, "  ") %}{% endcall %}
  {{ f.ident }}({% call m::params(f.params) %}{% endcall %}) {
{%- if let Some(code) = f.lift %}
    return __pyaot_lift({{ code }}, native.{{ f.native }}(this.#handle{% if !f.params.is_empty() %}, {% endif %}{% call m::args(f.params) %}{% endcall %}));
{%- else %}
    return native.{{ f.native }}(this.#handle{% if !f.params.is_empty() %}, {% endif %}{% call m::args(f.params) %}{% endcall %});
{%- endif %}
  }
{%- endfor %}
{%- for f in c.static_methods %}
{% call m::doc_fn(f, "  ") %}{% endcall %}
  static {{ f.ident }}({% call m::params(f.params) %}{% endcall %}) {
{%- if let Some(code) = f.lift %}
    return __pyaot_lift({{ code }}, native.{{ f.native }}({% call m::args(f.params) %}{% endcall %}));
{%- else %}
    return native.{{ f.native }}({% call m::args(f.params) %}{% endcall %});
{%- endif %}
  }
{%- endfor %}
{%- if let Some(native_fn) = c.to_string %}

  toString() {
    return native.{{ native_fn }}(this.#handle);
  }
{%- endif %}
{%- if let Some(native_fn) = c.inspect %}

  [Symbol.for('nodejs.util.inspect.custom')]() {
    return native.{{ native_fn }}(this.#handle);
  }
{%- endif %}
}
exports.{{ c.name }} = {{ c.ident }};
{%- endfor %}
{%- endif %}

// ------------------------------------------------------------- functions
{% for f in pkg.functions %}
{%- call m::doc_fn(f, "") %}{% endcall %}
{%- if f.wrapper %}
exports.{{ f.name }} = function {{ f.ident }}({% call m::params(f.params) %}{% endcall %}) {
{%- if let Some(code) = f.lift %}
  return __pyaot_lift({{ code }}, native.{{ f.native }}({% call m::args(f.params) %}{% endcall %}));
{%- else %}
  return native.{{ f.native }}({% call m::args(f.params) %}{% endcall %});
{%- endif %}
};
{%- else %}
exports.{{ f.name }} = native.{{ f.native }};
{%- endif %}
{% endfor %}
{%- if !pkg.constants.is_empty() %}
// ------------------------------------------------------------- constants
{% for c in pkg.constants %}
/** Python: `{{ c.python }}` */
exports.{{ c.name }} = {{ c.value }};
{%- endfor %}
{% endif -%}
