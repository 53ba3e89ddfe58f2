{#- Pieces shared by index.js and index.d.ts. Every name, type and literal
    comes computed from the view (bindgen/src/npm.rs); these only print. -#}

{#- A callable's JSDoc block: the docstring, the Python signature, the
    defaults and whether Python code can raise. -#}
{%- macro doc_fn(f, pad) %}
{{ pad }}/**
{%- for line in f.doc.iter() %}
{{ pad }} *{% if !line.is_empty() %} {{ line }}{% endif %}
{%- endfor %}
{%- if !f.doc.is_empty() %}
{{ pad }} *
{%- endif %}
{{ pad }} * Python: `{{ f.signature }}`
{%- for p in f.params.iter() %}
{%- if let Some(d) = p.default_js %}
{{ pad }} * @param {{ p.ident }} Defaults to `{{ d }}`.
{%- endif %}
{%- endfor %}
{%- if f.raises %}
{{ pad }} * @throws {PythonError} When the Python code raises.
{%- endif %}
{{ pad }} */
{%- endmacro %}

{#- A JSDoc block with the docstring only. -#}
{%- macro doc_only(lines, pad) %}
{%- if !lines.is_empty() %}
{{ pad }}/**
{%- for line in lines.iter() %}
{{ pad }} *{% if !line.is_empty() %} {{ line }}{% endif %}
{%- endfor %}
{{ pad }} */
{%- endif %}
{%- endmacro %}

{#- JS parameters with their defaults: `x, factor = 2.0`. -#}
{%- macro params(ps) -%}
{%- for p in ps.iter() -%}
{{ p.ident }}{% if let Some(d) = p.default_js %} = {{ d }}{% endif %}{% if !loop.last %}, {% endif %}
{%- endfor -%}
{%- endmacro -%}

{#- The arguments passed on to the addon, class instances unwrapped. -#}
{%- macro args(ps) -%}
{%- for p in ps.iter() -%}
{% if let Some(code) = p.lower %}__pyaot_lower({{ code }}, {{ p.ident }}){% else %}{{ p.ident }}{% endif %}{% if !loop.last %}, {% endif %}
{%- endfor -%}
{%- endmacro -%}

{#- TypeScript parameters: `x: number, factor?: number`. -#}
{%- macro ts_params(ps) -%}
{%- for p in ps.iter() -%}
{{ p.ident }}{% if p.default_js.is_some() %}?{% endif %}: {{ p.ts_type }}{% if !loop.last %}, {% endif %}
{%- endfor -%}
{%- endmacro -%}
