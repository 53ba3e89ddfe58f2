{%- import "npm/macros.js" as m -%}
{%- if pkg.node_types -%}
/// <reference types="node" />
{% endif -%}
// Type declarations of {{ pkg.name }}: the Python module {{ pkg.module }}, compiled to
// native code by pyaot. Generated from {{ pkg.module }}.py; do not edit.
{%- for line in pkg.doc %}
//{% if !line.is_empty() %} {{ line }}{% endif %}
{%- endfor %}

/**
 * The base of every error raised by Python code in this package (Python's
 * `Exception`). An exception without a class of its own here (say
 * `OSError`) arrives as a `PythonError` with that `pythonType`.
 */
export declare class PythonError extends Error {
  constructor(message?: string, pythonType?: string);
  /** The Python exception's type name, e.g. `"ValueError"`. */
  readonly pythonType: string;
}
{% for e in pkg.errors %}
{%- call m::doc_only(e.doc, "") %}{% endcall %}
{% if e.ident == e.name %}export {% endif %}declare class {{ e.ident }} extends {{ e.base }} {}
{%- endfor %}
{%- for c in pkg.classes %}
{% call m::doc_only(c.doc, "") %}{% endcall %}
{% if c.ident == c.name %}export {% endif %}declare class {{ c.ident }}{% if let Some(base) = c.base %} extends {{ base }}{% endif %} {
{%- call m::doc_fn(c.constructor, "  ") %}{% endcall %}
  constructor({% call m::ts_params(c.constructor.params) %}{% endcall %});
{%- for p in c.properties %}
{%- call m::doc_only(p.doc, "  ") %}{% endcall %}
{%- if p.setter.is_some() %}
  get {{ p.name }}(): {{ p.ts_get }};
  set {{ p.name }}(value: {{ p.ts_set }});
{%- else %}
  get {{ p.name }}(): {{ p.ts_get }};
{%- endif %}
{%- endfor %}
{%- for f in c.methods %}
{%- call m::doc_fn(f, "  ") %}{% endcall %}
  {{ f.ident }}({% call m::ts_params(f.params) %}{% endcall %}): {{ f.ts_return }};
{%- endfor %}
{%- for f in c.static_methods %}
{%- call m::doc_fn(f, "  ") %}{% endcall %}
  static {{ f.ident }}({% call m::ts_params(f.params) %}{% endcall %}): {{ f.ts_return }};
{%- endfor %}
{%- if c.to_string.is_some() %}
  toString(): string;
{%- endif %}
}
{%- endfor %}
{% for f in pkg.functions %}
{%- call m::doc_fn(f, "") %}{% endcall %}
{% if f.ident == f.name %}export {% endif %}declare function {{ f.ident }}({% call m::ts_params(f.params) %}{% endcall %}): {{ f.ts_return }};
{% endfor %}
{%- for c in pkg.constants %}
/** Python: `{{ c.python }}` */
{% if c.ident == c.name %}export {% endif %}declare const {{ c.ident }}: {{ c.ts_type }};
{%- endfor %}
{%- if !pkg.aliases.is_empty() %}

export {
{%- for (ident, name) in pkg.aliases %}
  {{ ident }} as {{ name }},
{%- endfor %}
};
{%- endif %}
