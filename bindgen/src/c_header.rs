//! The C target: the header `<module>.h` declaring the `pyaot_<module>_<fn>`
//! wrappers that `lib<module>.so` exports (ARCHITECTURE.md, "Library mode").
//!
//! Takes the interface model, lowers it to a [`Header`] view in which every
//! C declaration is computed, and prints it through `templates/c/header.h`.
//! Per-type rules (the header states them to its readers too):
//!
//! | Python | parameter | return |
//! |---|---|---|
//! | `int` | `int64_t` | `int64_t` |
//! | `float` | `double` | `double` |
//! | `bool` | `bool` | `bool` |
//! | `None` | - | `void` |
//! | `str` | `const char *s, size_t s_len` (UTF-8, borrowed) | `char *` (owned, NUL-terminated) + `size_t *ret_len` |
//! | `bytes` | `const uint8_t *b, size_t b_len` (borrowed) | `uint8_t *` (owned) + `size_t *ret_len` |
//! | anything else | `void *` (borrowed handle) | `void *` (owned handle) |
//!
//! Every function takes `PyaotStatus *status` last.
//!
//! Module constants become macros `PYAOT_<MODULE>_<name>` (the module
//! upper-cased as in the include guard, the name as Python spells it, so
//! two constants never collide): `INT64_C(10)`, a double literal that
//! round-trips (`INFINITY` from `<math.h>` for a literal too large), `true`
//! or `false`, and a string literal of the UTF-8 bytes with every byte
//! outside printable ASCII as an octal escape.

use askama::Template;

use crate::model::{Constant, Function, Interface, Type, Value};
use crate::python;

/// The header for `lib<module>.so`.
pub fn c_header(model: &Interface) -> String {
    Header::lower(model)
        .render()
        .expect("the header view only prints strings")
}

#[derive(Template)]
#[template(path = "c/header.h")]
struct Header {
    module: String,
    /// `PYAOT_<MODULE>_H`.
    guard: String,
    doc: Vec<String>,
    /// The runtime's own declarations (status, free functions), generated
    /// by cbindgen from `runtime/src/ffi/c_abi.rs` (`build.rs`), with
    /// their own include guard.
    runtime: &'static str,
    functions: Vec<CFunction>,
    constants: Vec<CConstant>,
    /// A constant needs `INFINITY` or `NAN`.
    needs_math: bool,
}

/// A module constant as a macro.
struct CConstant {
    /// `PYAOT_<MODULE>_<name>`.
    macro_name: String,
    /// The C expression: `INT64_C(10)`, `0.1`, `true`, `"v1.2"`.
    value: String,
    /// `NAME: type = repr`, comment-safe.
    python: String,
}

/// See [`Header::runtime`].
const RUNTIME_DECLARATIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/pyaot_runtime.h"));

/// The runtime functions every C library exports beside its wrappers:
/// those the header declares (cbindgen's output is the one list), in
/// declaration order.
pub fn runtime_functions() -> Vec<&'static str> {
    // A declaration is the only place a name is directly followed by `(`.
    RUNTIME_DECLARATIONS
        .split('(')
        .filter_map(|before| {
            let name_start = before
                .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .map_or(0, |i| i + 1);
            Some(&before[name_start..]).filter(|name| name.starts_with("pyaot_"))
        })
        .fold(Vec::new(), |mut names, name| {
            // Comments mention some functions again.
            if !names.contains(&name) {
                names.push(name);
            }
            names
        })
}

struct CFunction {
    /// `pyaot_<module>_<name>`.
    symbol: String,
    /// The C return type, spaced to precede the symbol: `double `, `char *`.
    ret: String,
    ret_kind: RetKind,
    /// The C parameters, `status` included, each a full declaration.
    params: Vec<String>,
    /// The Python signature, `def f(x: int = 1) -> str`.
    signature: String,
    doc: Vec<String>,
    /// The parameters that are not plain scalars, in order.
    notes: Vec<ParamNote>,
    /// Parameters with defaults: (Python name, Python repr of the default).
    defaults: Vec<(String, String)>,
    /// The Python return type, for handle returns.
    returns_python: String,
    /// What can set `status`: the Python code, or only the boundary.
    errors: Errors,
}

/// What can make a call report an exception, for its comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Errors {
    /// The Python code may raise.
    Python,
    /// The Python code never raises (`raises` false): only the module's
    /// top level (on the first call), a NULL `self` handle, or a `str`
    /// argument that is not UTF-8 can set status.
    Boundary,
}

/// A `str`, `bytes` or handle parameter, for the comment describing it.
#[derive(Debug, PartialEq, Eq)]
struct ParamNote {
    /// The C name.
    name: String,
    /// The Python type.
    python: String,
    /// The length parameter of a `str` or `bytes`; `None` for handles.
    len: Option<String>,
}

/// What a function gives back, for the comment describing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RetKind {
    Void,
    Scalar,
    Str,
    Bytes,
    Handle,
}

impl Header {
    fn lower(model: &Interface) -> Header {
        Header {
            module: model.module.clone(),
            guard: format!("PYAOT_{}_H", guard_part(&model.module)),
            doc: comment_lines(model.doc.as_deref()),
            runtime: RUNTIME_DECLARATIONS.trim_end(),
            functions: model
                .functions
                .iter()
                .cloned()
                .chain(model.classes.iter().flat_map(class_functions))
                .map(|f| CFunction::lower(&model.module, &f))
                .collect(),
            constants: model
                .constants
                .iter()
                .map(|c| CConstant::lower(&model.module, c))
                .collect(),
            needs_math: model
                .constants
                .iter()
                .any(|c| matches!(c.value, Value::Float(v) if !v.is_finite())),
        }
    }
}

/// A class's entry points as functions (the names `pyaot_core::library`
/// exports them under): `C__new`; `C_<method>` and `C_<static>`;
/// `C__get_<p>` / `C__set_<p>`; `C___str__` and `C___repr__`. Instance
/// members take the instance handle first, as `self`.
fn class_functions(c: &crate::model::Class) -> Vec<Function> {
    use crate::model::Param;
    let this = || Param {
        name: "self".into(),
        ty: Type::Class(c.name.clone()),
        default: None,
    };
    let with_self = |f: &Function, name: String| {
        let mut out = f.clone();
        out.name = name;
        out.params.insert(0, this());
        out
    };
    let mut out = Vec::new();
    let mut ctor = c.constructor.clone();
    ctor.name = format!("{}__new", c.name);
    if ctor.doc.is_none() {
        ctor.doc = c.doc.clone();
    }
    out.push(ctor);
    for m in &c.methods {
        out.push(with_self(m, format!("{}_{}", c.name, m.name)));
    }
    for s in &c.static_methods {
        let mut f = s.clone();
        f.name = format!("{}_{}", c.name, s.name);
        out.push(f);
    }
    for p in &c.properties {
        out.push(Function {
            name: format!("{}__get_{}", c.name, p.name),
            doc: p.doc.clone(),
            params: vec![this()],
            returns: p.ty.clone(),
            raises: p.raises,
        });
        if p.writable {
            out.push(Function {
                name: format!("{}__set_{}", c.name, p.name),
                doc: None,
                params: vec![
                    this(),
                    Param {
                        name: "value".into(),
                        ty: p.ty.clone(),
                        default: None,
                    },
                ],
                returns: Type::None,
                raises: p.raises,
            });
        }
    }
    out
}

impl CFunction {
    fn lower(module: &str, f: &Function) -> CFunction {
        let ret_kind = ret_kind(&f.returns);
        let mut names = Names::default();
        let mut params = Vec::new();
        let mut notes = Vec::new();
        let idents: Vec<String> = f.params.iter().map(|p| names.claim(&p.name)).collect();
        for (p, name) in f.params.iter().zip(idents) {
            match &p.ty {
                Type::Str | Type::Bytes => {
                    let len = names.fresh(&format!("{name}_len"));
                    let ptr = if p.ty == Type::Str {
                        "const char *"
                    } else {
                        "const uint8_t *"
                    };
                    params.push(format!("{ptr}{name}"));
                    params.push(format!("size_t {len}"));
                    notes.push(ParamNote {
                        name,
                        python: p.ty.python(),
                        len: Some(len),
                    });
                }
                ty => {
                    let c = param_type(ty);
                    params.push(format!("{}{name}", spaced(c)));
                    if c == "void *" {
                        notes.push(ParamNote {
                            name,
                            python: ty.python(),
                            len: None,
                        });
                    }
                }
            }
        }
        if matches!(ret_kind, RetKind::Str | RetKind::Bytes) {
            params.push("size_t *ret_len".to_string());
        }
        params.push("PyaotStatus *status".to_string());
        CFunction {
            symbol: format!("pyaot_{module}_{}", f.name),
            ret: spaced(return_type(&f.returns)),
            ret_kind,
            params,
            signature: python::block_comment_safe(&python::signature(f)),
            doc: comment_lines(f.doc.as_deref()),
            notes,
            defaults: f
                .params
                .iter()
                .filter_map(|p| {
                    let v = p.default.as_ref()?;
                    Some((p.name.clone(), python::block_comment_safe(&python::repr(v))))
                })
                .collect(),
            returns_python: f.returns.python(),
            errors: if f.raises {
                Errors::Python
            } else {
                Errors::Boundary
            },
        }
    }
}

impl CConstant {
    fn lower(module: &str, c: &Constant) -> CConstant {
        CConstant {
            macro_name: format!("PYAOT_{}_{}", guard_part(module), c.name),
            value: c_literal(&c.value),
            python: python::block_comment_safe(&format!(
                "{}: {} = {}",
                c.name,
                c.ty.python(),
                python::repr(&c.value)
            )),
        }
    }
}

/// A constant's value as a C expression of its natural C type.
fn c_literal(v: &Value) -> String {
    match v {
        Value::Int(i64::MIN) => "(-INT64_C(9223372036854775807) - 1)".into(),
        Value::Int(i) => format!("INT64_C({i})"),
        Value::Float(f) => c_double(*f),
        Value::Bool(b) => b.to_string(),
        Value::Str(s) => c_string(s),
        // The model's constants are never None; a null pointer is the C
        // spelling of it anyway.
        Value::None => "NULL".into(),
    }
}

/// A double literal that reads back as exactly `f`.
fn c_double(f: f64) -> String {
    if f.is_nan() {
        return "NAN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "INFINITY" } else { "(-INFINITY)" }.into();
    }
    // Rust's `{:?}` prints the shortest digits that round-trip, always
    // with a `.` or an exponent (`10.0`, `1e300`, `1e-7`).
    let text = format!("{f:?}");
    if f.is_sign_negative() {
        format!("({text})")
    } else {
        text
    }
}

/// A C string literal holding the UTF-8 bytes of `s`. Printable ASCII
/// stands for itself except `"`, `\` and `?` (trigraphs); every other
/// byte is a three-digit octal escape, which, unlike `\x`, cannot swallow
/// the characters after it.
fn c_string(s: &str) -> String {
    let mut out = String::from("\"");
    for &b in s.as_bytes() {
        match b {
            b'"' | b'\\' | b'?' => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\{b:03o}")),
        }
    }
    out.push('"');
    out
}

/// The C type of a non-buffer parameter.
fn param_type(ty: &Type) -> &'static str {
    match ty {
        Type::Int => "int64_t",
        Type::Float => "double",
        Type::Bool => "bool",
        Type::Str => "const char *",
        Type::Bytes => "const uint8_t *",
        // A `None` parameter carries nothing; it still takes a slot so that
        // positions match the Python signature.
        Type::None => "void *",
        Type::List(_) | Type::Dict(..) | Type::Tuple(_) | Type::Optional(_) | Type::Class(_) => {
            "void *"
        }
    }
}

/// The C return type.
fn return_type(ty: &Type) -> &'static str {
    match ty {
        Type::None => "void",
        Type::Str => "char *",
        Type::Bytes => "uint8_t *",
        ty => param_type(ty),
    }
}

fn ret_kind(ty: &Type) -> RetKind {
    match ty {
        Type::None => RetKind::Void,
        Type::Int | Type::Float | Type::Bool => RetKind::Scalar,
        Type::Str => RetKind::Str,
        Type::Bytes => RetKind::Bytes,
        _ => RetKind::Handle,
    }
}

/// `double` -> `double `, `char *` stays: the text that precedes a name.
fn spaced(c: &str) -> String {
    if c.ends_with('*') {
        c.to_string()
    } else {
        format!("{c} ")
    }
}

/// The module name as an include-guard part: uppercase, non-alphanumerics
/// as `_`.
fn guard_part(module: &str) -> String {
    module
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect()
}

fn comment_lines(doc: Option<&str>) -> Vec<String> {
    python::doc_lines(doc)
        .iter()
        .map(|l| python::block_comment_safe(l))
        .collect()
}

/// Keywords of C and C++ (the header is included from both), plus the
/// names the header itself declares or the parameters list always uses.
const C_RESERVED: &[&str] = &[
    // C
    "auto",
    "break",
    "case",
    "char",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extern",
    "float",
    "for",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "register",
    "restrict",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "struct",
    "switch",
    "typedef",
    "union",
    "unsigned",
    "void",
    "volatile",
    "while",
    "_Alignas",
    "_Alignof",
    "_Atomic",
    "_Bool",
    "_Complex",
    "_Generic",
    "_Imaginary",
    "_Noreturn",
    "_Static_assert",
    "_Thread_local",
    "alignas",
    "alignof",
    "bool",
    "false",
    "true",
    "nullptr",
    "static_assert",
    "thread_local",
    "typeof",
    "typeof_unqual",
    "constexpr",
    // C++
    "and",
    "and_eq",
    "asm",
    "bitand",
    "bitor",
    "catch",
    "char8_t",
    "char16_t",
    "char32_t",
    "class",
    "compl",
    "concept",
    "consteval",
    "constinit",
    "const_cast",
    "co_await",
    "co_return",
    "co_yield",
    "decltype",
    "delete",
    "dynamic_cast",
    "explicit",
    "export",
    "friend",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "not",
    "not_eq",
    "operator",
    "or",
    "or_eq",
    "private",
    "protected",
    "public",
    "reinterpret_cast",
    "requires",
    "static_cast",
    "template",
    "this",
    "throw",
    "try",
    "typeid",
    "typename",
    "using",
    "virtual",
    "wchar_t",
    "xor",
    "xor_eq",
    // Names from the included headers and this one.
    "NULL",
    "size_t",
    "int64_t",
    "uint8_t",
    "int32_t",
    "PyaotStatus",
    "status",
    "ret_len",
];

/// A Python name as a C identifier: a keyword gets a trailing `_`.
fn c_ident(name: &str) -> String {
    if C_RESERVED.contains(&name) {
        format!("{name}_")
    } else {
        name.to_string()
    }
}

/// The parameter names of one C prototype, kept distinct.
#[derive(Default)]
struct Names {
    used: Vec<String>,
}

impl Names {
    /// The C name for a Python parameter.
    fn claim(&mut self, python: &str) -> String {
        self.fresh(&c_ident(python))
    }

    /// `wanted`, or `wanted` with `_` appended until it is unused.
    fn fresh(&mut self, wanted: &str) -> String {
        let mut name = wanted.to_string();
        while self.used.contains(&name) || C_RESERVED.contains(&name.as_str()) {
            name.push('_');
        }
        self.used.push(name.clone());
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_functions_are_the_declared_ones() {
        let names = runtime_functions();
        for expected in [
            "pyaot_status_clear",
            "pyaot_free",
            "pyaot_object_release",
            "pyaot_list_create",
            "pyaot_dict_lookup",
            "pyaot_tuple_at",
            "pyaot_object_retain",
        ] {
            assert!(
                names.contains(&expected),
                "{expected} missing from {names:?}"
            );
        }
        // The wrappers' private helpers are not API.
        assert!(
            !names.iter().any(|n| n.starts_with("pyaot_ffi_")),
            "{names:?}"
        );
    }
    use crate::model::{Param, Value};

    #[test]
    fn constants_are_c_literals_of_their_type() {
        assert_eq!(c_literal(&Value::Int(10)), "INT64_C(10)");
        assert_eq!(c_literal(&Value::Int(-5)), "INT64_C(-5)");
        assert_eq!(
            c_literal(&Value::Int(i64::MIN)),
            "(-INT64_C(9223372036854775807) - 1)"
        );
        assert_eq!(c_literal(&Value::Float(0.1)), "0.1");
        assert_eq!(c_literal(&Value::Float(10.0)), "10.0");
        assert_eq!(c_literal(&Value::Float(1e300)), "1e300");
        assert_eq!(c_literal(&Value::Float(-2.5e-7)), "(-2.5e-7)");
        assert_eq!(c_literal(&Value::Float(f64::INFINITY)), "INFINITY");
        assert_eq!(c_literal(&Value::Bool(true)), "true");
        assert_eq!(
            c_literal(&Value::Str("a\"b\\c?\t\u{e9}\u{0}7".into())),
            r#""a\"b\\c\?\011\303\251\0007""#
        );
    }

    fn f(params: Vec<(&str, Type)>, returns: Type) -> Function {
        Function {
            name: "f".into(),
            doc: None,
            params: params
                .into_iter()
                .map(|(name, ty)| Param {
                    name: name.into(),
                    ty,
                    default: None,
                })
                .collect(),
            returns,
            raises: false,
        }
    }

    #[test]
    fn prototypes_follow_the_type_rules() {
        let g = CFunction::lower(
            "m",
            &f(
                vec![
                    ("n", Type::Int),
                    ("x", Type::Float),
                    ("ok", Type::Bool),
                    ("s", Type::Str),
                    ("xs", Type::List(Box::new(Type::Int))),
                    ("b", Type::Bytes),
                ],
                Type::Str,
            ),
        );
        assert_eq!(g.symbol, "pyaot_m_f");
        assert_eq!(g.ret, "char *");
        assert_eq!(
            g.params,
            [
                "int64_t n",
                "double x",
                "bool ok",
                "const char *s",
                "size_t s_len",
                "void *xs",
                "const uint8_t *b",
                "size_t b_len",
                "size_t *ret_len",
                "PyaotStatus *status",
            ]
        );
        let notes: Vec<(&str, Option<&str>)> = g
            .notes
            .iter()
            .map(|n| (n.name.as_str(), n.len.as_deref()))
            .collect();
        assert_eq!(
            notes,
            [("s", Some("s_len")), ("xs", None), ("b", Some("b_len"))]
        );
        let v = CFunction::lower("m", &f(vec![], Type::None));
        assert_eq!(v.ret, "void ");
        assert_eq!(v.params, ["PyaotStatus *status"]);
    }

    #[test]
    fn keywords_and_clashes_get_underscores() {
        let g = CFunction::lower(
            "m",
            &f(
                vec![
                    ("int", Type::Int),
                    ("default", Type::Str),
                    ("default__len", Type::Int),
                    ("default_len", Type::Int),
                    ("status", Type::Bool),
                ],
                Type::Int,
            ),
        );
        assert_eq!(
            g.params,
            [
                "int64_t int_",
                "const char *default_",
                "size_t default__len_",
                "int64_t default__len",
                "int64_t default_len",
                "bool status_",
                "PyaotStatus *status",
            ]
        );
    }

    #[test]
    fn defaults_are_listed_in_python_syntax() {
        let mut g = f(vec![("sep", Type::Str)], Type::Str);
        g.params[0].default = Some(Value::Str("*/".into()));
        let c = CFunction::lower("m", &g);
        assert_eq!(c.defaults, [("sep".to_string(), "'*\\/'".to_string())]);
        assert_eq!(guard_part("my-mod2"), "MY_MOD2");
    }
}
