//! `@dataclass`: the methods it generates, written as Python source.
//!
//! For each top-level class decorated with `@dataclass` (imported from
//! `dataclasses`), this writes the `__init__`, `__repr__` and `__eq__`
//! that `dataclasses` would generate (unless the class defines them
//! itself), parses them, and hands them to the class checker as if they
//! were in the class body. Their text uses two helpers that only
//! generated code may call: `__pyaot_class_name(obj)` (the name of
//! `obj`'s runtime class, which CPython's repr shows) and
//! `__pyaot_same_class(a, b)` (`a.__class__ is b.__class__`, which
//! CPython's `__eq__` checks first).
//!
//! Fields are the class's annotations, in order, after those of a base
//! dataclass. A default is a constant, `field(default=<constant>)` or
//! `field(default_factory=list)` / `dict` (a fresh empty container each
//! call); `field(...)` also takes `init`, `repr` and `compare`.
//!
//! The generated text is placed after the end of the user's file (its
//! offsets are shifted with newlines), so a diagnostic inside it points at
//! the end of the file, never into the middle of a line.

use crate::diagnostic::Diagnostic;
use crate::source::{SourceFile, Span};
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::collections::HashMap;
use std::fmt::Write as _;

/// One dataclass field.
#[derive(Clone)]
struct DcField {
    name: String,
    /// The annotation's source text.
    ann: String,
    /// The default's source text (`[]`/`{}` for a default factory).
    default: Option<String>,
    init: bool,
    repr: bool,
    compare: bool,
}

/// The generated methods of one dataclass.
pub struct Synth {
    pub class: String,
    pub module: ast::ModModule,
}

/// What a `@dataclass` decorator asks for.
struct Options {
    init: bool,
    repr: bool,
    eq: bool,
}

/// Generates the methods of every `@dataclass` class of `suite`.
pub fn synthesize(file: &SourceFile, suite: &[ast::Stmt]) -> (Vec<Synth>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut diags = Vec::new();
    let mut fields_of: HashMap<String, Vec<DcField>> = HashMap::new();
    let imported = suite.iter().any(|s| {
        matches!(s, ast::Stmt::ImportFrom(i)
            if i.module.as_ref().is_some_and(|m| m.as_str() == "dataclasses")
                && i.names.iter().any(|n| n.name.as_str() == "dataclass"))
    });
    if !imported {
        return (out, diags);
    }
    for stmt in suite {
        let ast::Stmt::ClassDef(def) = stmt else {
            continue;
        };
        let opts = match dataclass_options(def) {
            Ok(Some(o)) => o,
            Ok(None) => continue,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let base = def
            .arguments
            .as_ref()
            .and_then(|a| a.args.first())
            .and_then(|b| match b {
                ast::Expr::Name(n) => fields_of.get(n.id.as_str()).cloned(),
                _ => None,
            });
        let mut fields = base.unwrap_or_default();
        for s in &def.body {
            let ast::Stmt::AnnAssign(a) = s else {
                continue;
            };
            let ast::Expr::Name(n) = &*a.target else {
                continue;
            };
            match field_of(file, n.id.as_str(), a) {
                Ok(f) => match fields.iter().position(|g| g.name == f.name) {
                    // A redefinition keeps the base's position.
                    Some(i) => fields[i] = f,
                    None => fields.push(f),
                },
                Err(d) => diags.push(d),
            }
        }
        let mut seen_default: Option<&str> = None;
        for f in fields.iter().filter(|f| f.init) {
            match (&f.default, seen_default) {
                (Some(_), _) => seen_default = Some(&f.name),
                (None, Some(_)) => diags.push(
                    Diagnostic::new(
                        Span::from(def.name.range),
                        format!("non-default argument '{}' follows default argument", f.name),
                    )
                    .with_hint("give every field after one with a default a default too"),
                ),
                (None, None) => {}
            }
        }
        let defined = |name: &str| {
            def.body
                .iter()
                .any(|s| matches!(s, ast::Stmt::FunctionDef(f) if f.name.as_str() == name))
        };
        let post_init = defined("__post_init__");
        let mut text = String::new();
        let cname = def.name.as_str();
        if opts.init && !defined("__init__") {
            let mut params = String::from("self");
            for f in fields.iter().filter(|f| f.init) {
                let _ = write!(params, ", {}: {}", f.name, f.ann);
                if let Some(d) = &f.default {
                    let _ = write!(params, " = {d}");
                }
            }
            let _ = writeln!(text, "def __init__({params}) -> None:");
            for f in &fields {
                match (&f.default, f.init) {
                    (_, true) => {
                        let _ = writeln!(text, "    self.{0}: {1} = {0}", f.name, f.ann);
                    }
                    (Some(d), false) => {
                        let _ = writeln!(text, "    self.{}: {} = {d}", f.name, f.ann);
                    }
                    (None, false) => {}
                }
            }
            if post_init {
                let _ = writeln!(text, "    self.__post_init__()");
            }
            let _ = writeln!(text, "    pass");
        }
        if opts.repr && !defined("__repr__") {
            let parts: Vec<String> = fields
                .iter()
                .filter(|f| f.repr)
                .map(|f| format!("{0}={{self.{0}!r}}", f.name))
                .collect();
            let _ = writeln!(
                text,
                "def __repr__(self) -> str:\n    return __pyaot_class_name(self) + f\"({})\"",
                parts.join(", ")
            );
        }
        if opts.eq && !defined("__eq__") {
            let mut cond = String::from("__pyaot_same_class(self, other)");
            for f in fields.iter().filter(|f| f.compare) {
                let _ = write!(cond, " and self.{0} == other.{0}", f.name);
            }
            let _ = writeln!(
                text,
                "def __eq__(self, other: \"{cname}\") -> bool:\n    return {cond}"
            );
        }
        fields_of.insert(cname.to_string(), fields);
        // Place the text past the end of the user's file.
        let padded = "\n".repeat(file.text.len() + 1) + &text;
        match crate::syntax::parse(&SourceFile::new(file.path.clone(), padded)) {
            Ok(module) => out.push(Synth {
                class: cname.to_string(),
                module,
            }),
            Err(_) => diags.push(Diagnostic::new(
                Span::from(def.name.range),
                "internal error: generated dataclass methods do not parse",
            )),
        }
    }
    (out, diags)
}

/// The options of a `@dataclass` decorator; None if `def` has none.
fn dataclass_options(def: &ast::StmtClassDef) -> Result<Option<Options>, Diagnostic> {
    let mut opts = Options {
        init: true,
        repr: true,
        eq: true,
    };
    let Some(d) = def.decorator_list.iter().find(|d| match &d.expression {
        ast::Expr::Name(n) => n.id.as_str() == "dataclass",
        ast::Expr::Call(c) => {
            matches!(&*c.func, ast::Expr::Name(n) if n.id.as_str() == "dataclass")
        }
        _ => false,
    }) else {
        return Ok(None);
    };
    if let ast::Expr::Call(c) = &d.expression {
        if let Some(a) = c.arguments.args.first() {
            return Err(unsupported(a.range(), "positional arguments to @dataclass"));
        }
        for k in c.arguments.keywords.iter() {
            let name = k.arg.as_ref().map_or("", |n| n.as_str());
            let value = match &k.value {
                ast::Expr::BooleanLiteral(b) => b.value,
                other => {
                    return Err(unsupported(
                        other.range(),
                        "a non-constant @dataclass option",
                    ))
                }
            };
            match (name, value) {
                ("init", v) => opts.init = v,
                ("repr", v) => opts.repr = v,
                ("eq", v) => opts.eq = v,
                (
                    "order" | "frozen" | "unsafe_hash" | "slots" | "kw_only" | "match_args",
                    false,
                ) => {}
                _ => {
                    return Err(unsupported(
                        k.range,
                        &format!(
                            "@dataclass({name}={})",
                            if value { "True" } else { "False" }
                        ),
                    ))
                }
            }
        }
    }
    Ok(Some(opts))
}

/// A field from `name: ann` or `name: ann = default`.
fn field_of(file: &SourceFile, name: &str, a: &ast::StmtAnnAssign) -> Result<DcField, Diagnostic> {
    let text = |r: ruff_text_size::TextRange| {
        file.text[r.start().to_usize()..r.end().to_usize()].to_string()
    };
    if matches!(&*a.annotation, ast::Expr::Name(n) if n.id.as_str() == "ClassVar")
        || matches!(&*a.annotation, ast::Expr::Subscript(s) if matches!(&*s.value, ast::Expr::Name(n) if n.id.as_str() == "ClassVar"))
    {
        return Err(unsupported(a.annotation.range(), "ClassVar in a dataclass"));
    }
    let mut f = DcField {
        name: name.to_string(),
        ann: text(a.annotation.range()),
        default: None,
        init: true,
        repr: true,
        compare: true,
    };
    let Some(v) = &a.value else {
        return Ok(f);
    };
    match &**v {
        ast::Expr::Call(c) if matches!(&*c.func, ast::Expr::Name(n) if n.id.as_str() == "field") => {
            if let Some(p) = c.arguments.args.first() {
                return Err(unsupported(p.range(), "positional arguments to field()"));
            }
            for k in c.arguments.keywords.iter() {
                let kname = k.arg.as_ref().map_or("", |n| n.as_str());
                match kname {
                    "default" => f.default = Some(constant(file, &k.value)?),
                    "default_factory" => {
                        f.default = Some(match &k.value {
                            ast::Expr::Name(n) if n.id.as_str() == "list" => "[]".to_string(),
                            ast::Expr::Name(n) if n.id.as_str() == "dict" => "{}".to_string(),
                            other => {
                                return Err(unsupported(
                                    other.range(),
                                    "default_factory other than list or dict",
                                ))
                            }
                        })
                    }
                    "init" | "repr" | "compare" => {
                        let ast::Expr::BooleanLiteral(b) = &k.value else {
                            return Err(unsupported(
                                k.value.range(),
                                "a non-constant field() option",
                            ));
                        };
                        match kname {
                            "init" => f.init = b.value,
                            "repr" => f.repr = b.value,
                            _ => f.compare = b.value,
                        }
                    }
                    other => return Err(unsupported(k.range, &format!("field({other}=...)"))),
                }
            }
            if !f.init && f.default.is_none() {
                return Err(unsupported(
                    c.range(),
                    "a field with init=False and no default",
                ));
            }
        }
        other => f.default = Some(constant(file, other)?),
    }
    Ok(f)
}

/// The source text of a constant default.
fn constant(file: &SourceFile, e: &ast::Expr) -> Result<String, Diagnostic> {
    let ok = match e {
        ast::Expr::NumberLiteral(_)
        | ast::Expr::StringLiteral(_)
        | ast::Expr::BooleanLiteral(_)
        | ast::Expr::NoneLiteral(_) => true,
        ast::Expr::UnaryOp(u) => {
            u.op == ast::UnaryOp::USub && matches!(&*u.operand, ast::Expr::NumberLiteral(_))
        }
        ast::Expr::List(_) | ast::Expr::Dict(_) => {
            return Err(Diagnostic::new(
                Span::from(e.range()),
                "mutable default for a dataclass field is not allowed: use default_factory",
            )
            .with_hint("write `field(default_factory=list)`"))
        }
        _ => false,
    };
    if !ok {
        return Err(Diagnostic::new(
            Span::from(e.range()),
            "unsupported default value: dataclass defaults must be constants",
        )
        .with_hint(
            "use a literal such as 0, 1.5, \"text\", True or None, or field(default_factory=list)",
        ));
    }
    let r = e.range();
    Ok(file.text[r.start().to_usize()..r.end().to_usize()].to_string())
}

fn unsupported(r: ruff_text_size::TextRange, what: &str) -> Diagnostic {
    Diagnostic::new(Span::from(r), format!("unsupported syntax: {what}"))
        .with_hint("pyaot compiles the Python subset listed under 'Supported Python' in its README")
}
