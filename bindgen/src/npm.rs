//! The npm target: a package around the N-API addon
//! `<module>.<platform>-<arch>-<abi>.node` (napi-rs naming), which is the
//! compiled library itself (ARCHITECTURE.md, "Library mode").
//!
//! [`npm_package`] lowers the interface model to a [`Package`] view, in
//! which every JS name, TS type and literal is computed, and prints
//! `templates/npm/{package.json, index.js, index.d.ts, README.md}`.
//!
//! Naming rules (the generated README states them for users):
//! - Every export keeps its Python name, as a property of `module.exports`
//!   (property names may be reserved words: `pkg.delete(...)` is valid).
//! - Where a name must also be a JS binding (wrapper functions, classes,
//!   error classes, parameters) and is a reserved word or a global the
//!   generated code uses (`TypeError`, `Map`, `native`, ...), the binding
//!   gets a trailing `_`; `index.d.ts` re-exports it under the Python name.
//! - Private names of the generated code start with `__pyaot_`.
//!
//! Values cross as the addon converts them (int <-> number, str <->
//! string, list <-> Array, dict[str, V] <-> object, other dicts <-> Map,
//! tuple <-> Array, Optional <-> null). Class instances cross as native
//! handles; the JS classes here wrap and unwrap them, walking the export
//! table's type code of each value that mentions a class.

use askama::Template;

use crate::meta::PackageMeta;
use crate::model::{Class, Exception, Function, Interface, Param, Type, Value};
use crate::python;

/// A platform the addon is built for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Platform {
    /// `process.platform`.
    pub os: &'static str,
    /// `process.arch`.
    pub cpu: &'static str,
    /// The C library on Linux (`gnu`, `musl`), the toolchain on Windows.
    pub abi: &'static str,
}

impl Platform {
    /// napi-rs's platform triple, `linux-x64-gnu`.
    pub fn triple(&self) -> String {
        format!("{}-{}-{}", self.os, self.cpu, self.abi)
    }
}

/// The platforms a package is built for: the one pyaot compiles to today.
pub const PLATFORMS: &[Platform] = &[Platform {
    os: "linux",
    cpu: "x64",
    abi: "gnu",
}];

/// The addon file for `module` on `platform`: `geometry.linux-x64-gnu.node`.
pub fn addon_file(module: &str, platform: &Platform) -> String {
    format!("{module}.{}.node", platform.triple())
}

/// The package's files, as (path relative to the package root, contents).
/// The addon itself is not among them: the CLI copies it in as
/// [`addon_file`].
pub fn npm_package(model: &Interface, meta: &PackageMeta) -> Vec<(String, String)> {
    let pkg = Package::lower(model, meta);
    let render = |t: &dyn askama::DynTemplate| {
        t.dyn_render()
            .expect("the npm views only print strings they hold")
    };
    vec![
        ("package.json".into(), render(&PackageJson { pkg: &pkg })),
        ("index.js".into(), render(&IndexJs { pkg: &pkg })),
        ("index.d.ts".into(), render(&IndexDts { pkg: &pkg })),
        ("README.md".into(), render(&Readme { pkg: &pkg })),
    ]
}

/// What [`npm_package`] changes in `meta` to satisfy npm's rules, as
/// warnings for the CLI to print.
pub fn meta_warnings(meta: &PackageMeta) -> Vec<String> {
    let mut warnings = Vec::new();
    let name = npm_name(&meta.name);
    if name != meta.name {
        warnings.push(format!(
            "npm package name {name:?} (npm names are lowercase letters, digits and -._~)"
        ));
    }
    let version = npm_version(&meta.version);
    if version != meta.version {
        warnings.push(format!(
            "npm version {version} (npm versions have three numbers)"
        ));
    }
    warnings
}

#[derive(Template)]
#[template(path = "npm/package.json")]
struct PackageJson<'a> {
    pkg: &'a Package,
}

#[derive(Template)]
#[template(path = "npm/index.js")]
struct IndexJs<'a> {
    pkg: &'a Package,
}

#[derive(Template)]
#[template(path = "npm/index.d.ts")]
struct IndexDts<'a> {
    pkg: &'a Package,
}

#[derive(Template)]
#[template(path = "npm/README.md")]
struct Readme<'a> {
    pkg: &'a Package,
}

/// The view every npm template prints.
struct Package {
    module: String,
    /// The npm package name.
    name: String,
    /// JSON string literals for package.json.
    json: Json,
    /// `const <module_ident> = require(...)` in examples.
    module_ident: String,
    description: Option<String>,
    license: Option<String>,
    doc: Vec<String>,
    /// The module docstring for the README, without a first paragraph
    /// that only repeats the description.
    readme_doc: Vec<String>,
    platforms: Vec<PlatformView>,
    errors: Vec<JsError>,
    functions: Vec<JsCallable>,
    classes: Vec<JsClass>,
    constants: Vec<JsConstant>,
    /// `(binding, export name)` for exports whose binding had to be
    /// renamed; `index.d.ts` re-exports them.
    aliases: Vec<(String, String)>,
    /// Functions shown in the README's usage example.
    examples: Vec<Example>,
    /// A call shown in the README's error example.
    error_example: Option<Example>,
    /// Some value JS receives is a `bytes` (typed `Buffer`), so
    /// `index.d.ts` needs Node's types.
    node_types: bool,
}

struct Json {
    name: String,
    version: String,
    description: Option<String>,
    license: Option<String>,
    author: Option<String>,
    repository: Option<String>,
    homepage: Option<String>,
    bugs: Option<String>,
    keywords: Vec<String>,
    files: Vec<String>,
    os: Vec<String>,
    cpu: Vec<String>,
}

struct PlatformView {
    triple: String,
    addon: String,
}

struct JsError {
    /// The Python (and `.name`) of the class.
    name: String,
    /// The JS binding.
    ident: String,
    /// The binding of the base class.
    base: String,
    doc: Vec<String>,
    /// Whether the model declared it (rather than Python's built-ins).
    user: bool,
    /// For the README: the Python base.
    python_base: String,
}

/// A function, method, static method or constructor.
struct JsCallable {
    /// The export or member name.
    name: String,
    /// The binding (functions) or the escaped member name (methods).
    ident: String,
    /// The addon's function: `add`, `Point_distance_to`, `Point__new`.
    native: String,
    params: Vec<JsParam>,
    /// Whether JS must wrap the native function (defaults to fill in,
    /// class instances to convert, or a method's handle to pass).
    wrapper: bool,
    /// The return type's type code as a JS string literal, when it
    /// mentions a class.
    lift: Option<String>,
    ts_return: String,
    doc: Vec<String>,
    /// The Python signature, comment-safe.
    signature: String,
    raises: bool,
}

struct JsParam {
    /// The JS parameter name.
    ident: String,
    /// The TS type (without `?`).
    ts_type: String,
    /// The default as a JS literal.
    default_js: Option<String>,
    /// The type code as a JS string literal, when the type mentions a
    /// class.
    lower: Option<String>,
}

struct JsClass {
    name: String,
    ident: String,
    index: usize,
    /// The binding of the base class, when it is exported too.
    base: Option<String>,
    doc: Vec<String>,
    constructor: JsCallable,
    methods: Vec<JsCallable>,
    static_methods: Vec<JsCallable>,
    properties: Vec<JsProperty>,
    /// The addon function behind `toString()`: `__str__`, else `__repr__`.
    to_string: Option<String>,
    /// The addon function behind `util.inspect`: `__repr__`.
    inspect: Option<String>,
}

struct JsProperty {
    name: String,
    getter: String,
    setter: Option<String>,
    /// The TS type read.
    ts_get: String,
    /// The TS type written.
    ts_set: String,
    lift: Option<String>,
    lower: Option<String>,
    doc: Vec<String>,
}

struct JsConstant {
    name: String,
    ident: String,
    value: String,
    ts_type: String,
    /// `NAME: type = repr`, comment-safe.
    python: String,
}

/// A sample call for the README.
struct Example {
    /// The export name.
    name: String,
    /// JS literals, one per required parameter.
    args: Vec<String>,
}

/// Where a type is seen from: arguments accept more than results give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    In,
    Out,
}

/// Whether JS receives a `bytes` anywhere: a result, a property, a
/// constant (an argument is typed `Uint8Array`, which needs no Node types).
fn receives_bytes(model: &Interface) -> bool {
    let calls = model.functions.iter().chain(
        model
            .classes
            .iter()
            .flat_map(|c| c.methods.iter().chain(&c.static_methods)),
    );
    calls.into_iter().any(|f| f.returns.mentions_bytes())
        || model
            .classes
            .iter()
            .flat_map(|c| &c.properties)
            .any(|p| p.ty.mentions_bytes())
        || model.constants.iter().any(|c| c.ty.mentions_bytes())
}

impl Package {
    fn lower(model: &Interface, meta: &PackageMeta) -> Package {
        let name = npm_name(&meta.name);
        let platforms: Vec<PlatformView> = PLATFORMS
            .iter()
            .map(|p| PlatformView {
                triple: p.triple(),
                addon: addon_file(&model.module, p),
            })
            .collect();
        let mut files = vec!["index.js".to_string(), "index.d.ts".to_string()];
        files.extend(platforms.iter().map(|p| p.addon.clone()));
        files.push("README.md".into());
        let json = Json {
            name: json_str(&name),
            version: json_str(&npm_version(&meta.version)),
            description: meta.description.as_deref().map(json_str),
            license: meta.license.as_deref().map(json_str),
            author: meta.author.as_deref().map(json_str),
            repository: meta.repository.as_deref().map(json_str),
            homepage: meta.homepage.as_deref().map(json_str),
            bugs: meta.bugs.as_deref().map(json_str),
            keywords: meta.keywords.iter().map(|k| json_str(k)).collect(),
            files: files.iter().map(|f| json_str(f)).collect(),
            os: distinct(PLATFORMS.iter().map(|p| p.os)),
            cpu: distinct(PLATFORMS.iter().map(|p| p.cpu)),
        };
        let errors = errors(model);
        let functions: Vec<JsCallable> =
            model.functions.iter().map(|f| function(model, f)).collect();
        let classes: Vec<JsClass> = model
            .classes
            .iter()
            .enumerate()
            .map(|(i, c)| class(model, i, c))
            .collect();
        let constants: Vec<JsConstant> = model
            .constants
            .iter()
            .map(|c| JsConstant {
                name: c.name.clone(),
                ident: js_binding(&c.name),
                value: js_literal(&c.value),
                ts_type: ts_type(model, &c.ty, Side::Out),
                python: python::block_comment_safe(&format!(
                    "{}: {} = {}",
                    c.name,
                    c.ty.python(),
                    python::repr(&c.value)
                )),
            })
            .collect();
        let aliases = errors
            .iter()
            .map(|e| (&e.ident, &e.name))
            .chain(functions.iter().map(|f| (&f.ident, &f.name)))
            .chain(classes.iter().map(|c| (&c.ident, &c.name)))
            .chain(constants.iter().map(|c| (&c.ident, &c.name)))
            .filter(|(ident, name)| ident != name)
            .map(|(ident, name)| (ident.clone(), name.clone()))
            .collect();
        let examples: Vec<Example> = model
            .functions
            .iter()
            .filter(|f| !f.params.iter().any(|p| p.ty.mentions_class()))
            .take(3)
            .map(example)
            .collect();
        let error_example = model
            .functions
            .iter()
            .filter(|f| !f.params.iter().any(|p| p.ty.mentions_class()))
            .find(|f| f.raises)
            .map(example);
        Package {
            module: model.module.clone(),
            name,
            json,
            module_ident: js_binding(&model.module),
            description: meta.description.clone(),
            license: meta.license.clone(),
            doc: comment_lines(model.doc.as_deref()),
            readme_doc: readme_doc(model.doc.as_deref(), meta.description.as_deref()),
            platforms,
            errors,
            functions,
            classes,
            constants,
            aliases,
            examples,
            error_example,
            node_types: receives_bytes(model),
        }
    }
}

/// The module docstring for the README: without its first paragraph when
/// the description already says it.
fn readme_doc(doc: Option<&str>, description: Option<&str>) -> Vec<String> {
    let lines = python::doc_lines(doc);
    // The description often is the summary line, or extends it.
    let same = |summary: &str, d: &str| d.starts_with(summary.trim_end_matches('.'));
    match (python::doc_summary(doc), description) {
        (Some(summary), Some(d)) if same(&summary, d.trim()) => {
            let rest = lines.iter().skip_while(|l| !l.is_empty());
            rest.skip_while(|l| l.is_empty()).cloned().collect()
        }
        _ => lines,
    }
}

/// The error classes: `PythonError`'s subclasses for the built-in
/// hierarchy, then the model's exceptions, each after its base.
fn errors(model: &Interface) -> Vec<JsError> {
    let mut out: Vec<JsError> = python::BUILTIN_EXCEPTIONS
        .iter()
        .map(|(name, base)| JsError {
            name: name.to_string(),
            ident: js_binding(name),
            base: error_binding(base),
            doc: Vec::new(),
            user: false,
            python_base: base.to_string(),
        })
        .collect();
    // Declare each user exception after its base, whatever the model's
    // order.
    let is_user = |name: &str| model.exceptions.iter().any(|e| e.name == name);
    let mut pending: Vec<&Exception> = model.exceptions.iter().collect();
    while !pending.is_empty() {
        let before = pending.len();
        pending.retain(|e| {
            let ready = !is_user(&e.base) || out.iter().any(|o| o.user && o.name == e.base);
            if ready {
                out.push(user_error(model, e));
            }
            !ready
        });
        if pending.len() == before {
            // A cycle of bases cannot come from Python; print them anyway.
            out.extend(pending.drain(..).map(|e| user_error(model, e)));
        }
    }
    out
}

fn user_error(model: &Interface, e: &Exception) -> JsError {
    let known =
        python::is_builtin_exception(&e.base) || model.exceptions.iter().any(|x| x.name == e.base);
    JsError {
        name: e.name.clone(),
        ident: js_binding(&e.name),
        // A base from outside the crossing hierarchy (OSError, ...) falls
        // back to the root, as its instances do.
        base: if known {
            error_binding(&e.base)
        } else {
            "PythonError".into()
        },
        doc: comment_lines(e.doc.as_deref()),
        user: true,
        python_base: e.base.clone(),
    }
}

/// The JS binding of a Python exception class; `Exception` is
/// `PythonError`.
fn error_binding(python: &str) -> String {
    if python == python::EXCEPTION_ROOT {
        "PythonError".into()
    } else {
        js_binding(python)
    }
}

fn function(model: &Interface, f: &Function) -> JsCallable {
    let mut c = callable(model, f, f.name.clone(), js_binding(&f.name));
    c.signature = python::block_comment_safe(&python::signature(f));
    c
}

/// The common lowering of functions and methods; `native` is the addon
/// function, `ident` the JS name.
fn callable(model: &Interface, f: &Function, native: String, ident: String) -> JsCallable {
    let params: Vec<JsParam> = f.params.iter().map(|p| param(model, p)).collect();
    let lift = class_code(model, &f.returns);
    let wrapper = lift.is_some()
        || params
            .iter()
            .any(|p| p.default_js.is_some() || p.lower.is_some());
    JsCallable {
        name: f.name.clone(),
        ident,
        native,
        params,
        wrapper,
        lift,
        ts_return: ts_type(model, &f.returns, Side::Out),
        doc: comment_lines(f.doc.as_deref()),
        signature: python::block_comment_safe(&python::method_signature(f)),
        raises: f.raises,
    }
}

fn param(model: &Interface, p: &Param) -> JsParam {
    let mut ts = ts_type(model, &p.ty, Side::In);
    if matches!(p.ty, Type::Optional(_)) && p.default.is_none() {
        ts.push_str(" | undefined");
    }
    JsParam {
        ident: js_param(&p.name),
        ts_type: ts,
        default_js: p.default.as_ref().map(js_literal),
        lower: class_code(model, &p.ty),
    }
}

fn class(model: &Interface, index: usize, c: &Class) -> JsClass {
    let member = |f: &Function, native: String| {
        let mut m = callable(model, f, native, js_member(&f.name));
        m.wrapper = true;
        m
    };
    let has = |name: &str| c.methods.iter().any(|m| m.name == name);
    let native_method = |name: &str| format!("{}_{name}", c.name);
    let mut constructor = member(&c.constructor, format!("{}__new", c.name));
    // The constructor returns the handle it stores: nothing to lift.
    constructor.lift = None;
    constructor.signature =
        python::block_comment_safe(&python::constructor_signature(&c.name, &c.constructor));
    JsClass {
        name: c.name.clone(),
        ident: js_binding(&c.name),
        index,
        base: c
            .base
            .as_ref()
            .filter(|b| model.class_index(b).is_some())
            .map(|b| js_binding(b)),
        doc: comment_lines(c.doc.as_deref()),
        constructor,
        methods: c
            .methods
            .iter()
            .filter(|m| !is_dunder(&m.name))
            .map(|m| member(m, native_method(&m.name)))
            .collect(),
        static_methods: c
            .static_methods
            .iter()
            .filter(|m| !is_dunder(&m.name))
            .map(|m| {
                let mut s = member(m, native_method(&m.name));
                s.ident = js_static_member(&m.name);
                s.signature = python::block_comment_safe(&python::signature(m));
                s
            })
            .collect(),
        properties: c
            .properties
            .iter()
            .map(|p| JsProperty {
                name: js_member(&p.name),
                getter: format!("{}__get_{}", c.name, p.name),
                setter: p.writable.then(|| format!("{}__set_{}", c.name, p.name)),
                ts_get: ts_type(model, &p.ty, Side::Out),
                ts_set: ts_type(model, &p.ty, Side::In),
                lift: class_code(model, &p.ty),
                lower: class_code(model, &p.ty),
                doc: comment_lines(p.doc.as_deref()),
            })
            .collect(),
        to_string: if has("__str__") {
            Some(native_method("__str__"))
        } else if has("__repr__") {
            Some(native_method("__repr__"))
        } else {
            None
        },
        inspect: has("__repr__").then(|| native_method("__repr__")),
    }
}

fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// The type code of a value that carries class instances, as a JS string
/// literal; `None` when the addon's own conversion is the whole story.
fn class_code(model: &Interface, ty: &Type) -> Option<String> {
    if ty.mentions_class() {
        model.type_code(ty).map(|code| json_str(&code))
    } else {
        None
    }
}

/// The TypeScript type of `ty`.
fn ts_type(model: &Interface, ty: &Type, side: Side) -> String {
    match ty {
        Type::None if side == Side::Out => "void".into(),
        ty => ts_inner(model, ty, side),
    }
}

fn ts_inner(model: &Interface, ty: &Type, side: Side) -> String {
    match ty {
        Type::Int => match side {
            Side::In => "number | bigint".into(),
            Side::Out => "number".into(),
        },
        Type::Float => "number".into(),
        Type::Bool => "boolean".into(),
        Type::Str => "string".into(),
        Type::Bytes => match side {
            Side::In => "Uint8Array".into(),
            Side::Out => "Buffer".into(),
        },
        Type::None => "null".into(),
        Type::List(t) => format!("{}[]", ts_element(model, t, side)),
        Type::Dict(k, v) if **k == Type::Str => {
            format!("Record<string, {}>", ts_inner(model, v, side))
        }
        Type::Dict(k, v) => format!(
            "Map<{}, {}>",
            ts_inner(model, k, side),
            ts_inner(model, v, side)
        ),
        Type::Tuple(ts) => {
            let items: Vec<String> = ts.iter().map(|t| ts_inner(model, t, side)).collect();
            format!("[{}]", items.join(", "))
        }
        Type::Optional(t) => format!("{} | null", ts_inner(model, t, side)),
        Type::Class(name) if model.class_index(name).is_some() => js_binding(name),
        Type::Class(_) => "unknown".into(),
    }
}

/// An array's element type, parenthesised when it is a union.
fn ts_element(model: &Interface, ty: &Type, side: Side) -> String {
    let t = ts_inner(model, ty, side);
    if t.contains(" | ") && !t.ends_with(']') && !t.ends_with('>') {
        format!("({t})")
    } else {
        t
    }
}

/// A value as a JS literal: ints beyond 2^53 as `BigInt` literals so
/// they keep every digit.
fn js_literal(v: &Value) -> String {
    const SAFE: i64 = (1 << 53) - 1;
    match v {
        Value::None => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) if (-SAFE..=SAFE).contains(i) => i.to_string(),
        Value::Int(i) => format!("{i}n"),
        Value::Float(f) if f.is_nan() => "NaN".into(),
        Value::Float(f) if f.is_infinite() => {
            if *f > 0.0 {
                "Infinity".into()
            } else {
                "-Infinity".into()
            }
        }
        // `{:?}` keeps a `.0` on integral values and round-trips.
        Value::Float(f) => format!("{f:?}"),
        Value::Str(s) => json_str(s),
    }
}

/// A plausible argument of type `ty` for examples; `n` varies the value
/// by position.
fn sample(ty: &Type, n: usize) -> String {
    match ty {
        Type::Int => (3 + n).to_string(),
        Type::Float => format!("{}.5", 1 + n),
        Type::Bool => "true".into(),
        Type::Str => json_str(["Hello, World!", "-", "world"][n.min(2)]),
        Type::Bytes => "Buffer.from('abc')".into(),
        Type::None => "null".into(),
        Type::List(t) => {
            let items: Vec<String> = (0..3).map(|i| sample(t, n + i)).collect();
            format!("[{}]", items.join(", "))
        }
        Type::Dict(k, v) if **k == Type::Str => format!("{{ a: {} }}", sample(v, n)),
        Type::Dict(k, v) => format!("new Map([[{}, {}]])", sample(k, n), sample(v, n)),
        Type::Tuple(ts) => {
            let items: Vec<String> = ts
                .iter()
                .enumerate()
                .map(|(i, t)| sample(t, n + i))
                .collect();
            format!("[{}]", items.join(", "))
        }
        Type::Optional(t) => sample(t, n),
        Type::Class(_) => "null".into(),
    }
}

fn example(f: &Function) -> Example {
    Example {
        name: f.name.clone(),
        args: f
            .params
            .iter()
            .filter(|p| p.default.is_none())
            .enumerate()
            .map(|(i, p)| sample(&p.ty, i))
            .collect(),
    }
}

/// JS reserved words (ES2023 keywords, strict-mode and future reserved
/// words, and the names strict code cannot bind).
const JS_RESERVED: &[&str] = &[
    "arguments",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "eval",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// Names the generated module binds or uses at top level, globals its code
/// refers to, and TypeScript's type keywords: a top-level binding with one
/// of these names is renamed.
const JS_TAKEN: &[&str] = &[
    "native",
    "PythonError",
    "exports",
    "module",
    "require",
    "globalThis",
    "process",
    "undefined",
    "NaN",
    "Infinity",
    "Error",
    "TypeError",
    "RangeError",
    "Symbol",
    "Object",
    "Array",
    "Map",
    "Number",
    "BigInt",
    "String",
    "Boolean",
    "Record",
    "Uint8Array",
    "Buffer",
    "JSON",
    "Math",
    "Promise",
    "any",
    "unknown",
    "never",
    "string",
    "number",
    "boolean",
    "bigint",
    "symbol",
    "object",
    "type",
    "as",
    "from",
    "of",
    "declare",
    "namespace",
];

/// Static members that clash with a constructor function's own
/// properties.
const JS_STATIC_TAKEN: &[&str] = &["prototype", "name", "length", "caller", "arguments"];

/// A top-level JS binding for a Python name.
fn js_binding(name: &str) -> String {
    if JS_RESERVED.contains(&name) || JS_TAKEN.contains(&name) {
        format!("{name}_")
    } else {
        name.to_string()
    }
}

/// A JS parameter name for a Python parameter: reserved words, and the
/// module-level names wrappers use, get a trailing `_`.
fn js_param(name: &str) -> String {
    if JS_RESERVED.contains(&name) || name == "native" {
        format!("{name}_")
    } else {
        name.to_string()
    }
}

/// An instance member name (reserved words are fine there; only
/// `constructor` is special).
fn js_member(name: &str) -> String {
    if name == "constructor" {
        "constructor_".into()
    } else {
        name.to_string()
    }
}

/// A static member name.
fn js_static_member(name: &str) -> String {
    if JS_STATIC_TAKEN.contains(&name) || name == "constructor" {
        format!("{name}_")
    } else {
        name.to_string()
    }
}

/// An npm package name from a Python distribution name: lowercase, and
/// characters npm refuses as `-` (a leading `@scope/` is kept).
pub fn npm_name(name: &str) -> String {
    let (scope, bare) = match name.strip_prefix('@').and_then(|s| s.split_once('/')) {
        Some((scope, bare)) => (Some(scope), bare),
        None => (None, name),
    };
    let clean = |s: &str| -> String {
        let s: String = s
            .chars()
            .map(|c| {
                let c = c.to_ascii_lowercase();
                if c.is_ascii_alphanumeric() || "-._~".contains(c) {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        // npm names cannot start with `.` or `_`.
        s.trim_start_matches(['.', '_']).to_string()
    };
    match scope {
        Some(scope) => format!("@{}/{}", clean(scope), clean(bare)),
        None => clean(bare),
    }
}

/// An npm (semver) version from a Python one: a release with fewer than
/// three numbers is padded (`1.2` -> `1.2.0`); others pass unchanged.
pub fn npm_version(version: &str) -> String {
    let parts: Vec<&str> = version.split('.').collect();
    if parts.len() < 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        let mut parts: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
        parts.resize(3, "0".into());
        parts.join(".")
    } else {
        version.to_string()
    }
}

/// A JSON (and so JS) string literal.
fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serialises")
}

fn distinct(items: impl Iterator<Item = &'static str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let lit = json_str(item);
        if !out.contains(&lit) {
            out.push(lit);
        }
    }
    out
}

fn comment_lines(doc: Option<&str>) -> Vec<String> {
    python::doc_lines(doc)
        .iter()
        .map(|l| python::block_comment_safe(l))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SCHEMA_VERSION;

    fn model_with_class() -> Interface {
        Interface::from_json(
            r#"{"schema":1,"module":"m","functions":[],"classes":[{"name":"P",
                "constructor":{"name":"__init__","params":[],"returns":{"class":"P"},"raises":false}}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn ts_types() {
        let m = model_with_class();
        assert_eq!(m.schema, SCHEMA_VERSION);
        let t = |json: &str, side| ts_type(&m, &serde_json::from_str(json).unwrap(), side);
        assert_eq!(t(r#""int""#, Side::In), "number | bigint");
        assert_eq!(t(r#""int""#, Side::Out), "number");
        assert_eq!(t(r#""none""#, Side::Out), "void");
        assert_eq!(t(r#"{"list":"int"}"#, Side::In), "(number | bigint)[]");
        assert_eq!(
            t(r#"{"list":{"optional":"str"}}"#, Side::Out),
            "(string | null)[]"
        );
        assert_eq!(t(r#"{"list":{"list":"float"}}"#, Side::Out), "number[][]");
        assert_eq!(
            t(r#"{"dict":["str","bool"]}"#, Side::Out),
            "Record<string, boolean>"
        );
        assert_eq!(
            t(r#"{"dict":["int","str"]}"#, Side::Out),
            "Map<number, string>"
        );
        assert_eq!(
            t(r#"{"tuple":["int","str"]}"#, Side::Out),
            "[number, string]"
        );
    }

    #[test]
    fn literals() {
        assert_eq!(js_literal(&Value::Float(2.0)), "2.0");
        assert_eq!(js_literal(&Value::Float(1e300)), "1e300");
        assert_eq!(js_literal(&Value::Int(-(1 << 53) + 1)), "-9007199254740991");
        assert_eq!(js_literal(&Value::Int(1 << 53)), "9007199254740992n");
        assert_eq!(js_literal(&Value::Str("a\"\n…".into())), r#""a\"\n…""#);
        assert_eq!(js_literal(&Value::None), "null");
    }

    #[test]
    fn names() {
        assert_eq!(js_binding("delete"), "delete_");
        assert_eq!(js_binding("TypeError"), "TypeError_");
        assert_eq!(js_binding("distance"), "distance");
        assert_eq!(js_param("native"), "native_");
        assert_eq!(js_param("Map"), "Map");
        assert_eq!(js_member("delete"), "delete");
        assert_eq!(js_member("constructor"), "constructor_");
        assert_eq!(js_static_member("name"), "name_");
        assert_eq!(npm_name("My_Package"), "my_package");
        assert_eq!(npm_name("_x y"), "x-y");
        assert_eq!(npm_name("@Scope/Lib"), "@scope/lib");
        assert_eq!(npm_version("1.2"), "1.2.0");
        assert_eq!(npm_version("1.2.3rc1"), "1.2.3rc1");
        assert_eq!(
            addon_file("geometry", &PLATFORMS[0]),
            "geometry.linux-x64-gnu.node"
        );
    }

    #[test]
    fn meta_warnings_name_what_npm_changes() {
        let mut meta = PackageMeta::defaults("geometry");
        assert!(meta_warnings(&meta).is_empty());
        meta.name = "Geo Metry".into();
        meta.version = "2".into();
        let w = meta_warnings(&meta);
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].contains("\"geo-metry\""));
        assert!(w[1].contains("2.0.0"));
    }

    #[test]
    fn readme_skips_a_summary_the_description_repeats() {
        let doc = Some("Plane geometry.\n\nMore here.");
        assert_eq!(
            readme_doc(doc, Some("Plane geometry: areas.")),
            ["More here."]
        );
        assert_eq!(
            readme_doc(doc, Some("Other.")),
            ["Plane geometry.", "", "More here."]
        );
        assert_eq!(readme_doc(doc, None).len(), 3);
    }

    #[test]
    fn samples() {
        let list: Type = serde_json::from_str(r#"{"list":"float"}"#).unwrap();
        assert_eq!(sample(&list, 0), "[1.5, 2.5, 3.5]");
        let dict: Type = serde_json::from_str(r#"{"dict":["str","int"]}"#).unwrap();
        assert_eq!(sample(&dict, 1), "{ a: 4 }");
    }
}
