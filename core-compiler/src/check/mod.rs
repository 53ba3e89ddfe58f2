//! The checker: ruff AST -> typed HIR.
//!
//! Takes a parsed module and produces a [`hir::Module`] in which every name
//! is resolved, every expression typed and every implicit Python coercion
//! made explicit. Anything outside the supported subset, and every static
//! type error, becomes a [`Diagnostic`]; checking goes on after an error so
//! one run reports as many problems as it can.
//!
//! Order of work (so that types are known before they are needed):
//! 1. signatures of all top-level functions (parameters must be annotated);
//! 2. the module body, in order, which fixes the type of every global;
//! 3. function bodies. A function without a return annotation has its body
//!    checked on first call instead, to infer its return type.

mod comprehension;
mod expr;
mod methods;
mod narrow;
mod scope;
mod stmt;
mod tuple;

use crate::diagnostic::Diagnostic;
use crate::hir::{self, FuncId, GlobalId};
use crate::source::{SourceFile, Span};
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::collections::HashMap;

pub use scope::FnCx;

/// Marker for "a diagnostic has been recorded"; the caller skips the node.
#[derive(Debug, Clone, Copy)]
pub struct Reported;
pub type Chk<T> = Result<T, Reported>;

pub use crate::hir::Const;

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: Ty,
    pub default: Option<Const>,
    pub span: Span,
}

#[derive(Debug, Clone)]
enum RetTy {
    Annotated(Ty),
    /// Not annotated; inferred from the body on first use.
    Unknown,
    Inferring,
    Inferred(Ty),
}

#[derive(Debug)]
pub struct Signature {
    pub name: String,
    pub params: Vec<Param>,
    ret: RetTy,
}

pub struct Checker<'a> {
    pub file: &'a SourceFile,
    pub diags: Vec<Diagnostic>,
    sigs: Vec<Signature>,
    defs: Vec<&'a ast::StmtFunctionDef>,
    bodies: Vec<Option<hir::Function>>,
    func_names: HashMap<String, FuncId>,
    pub globals: Vec<hir::Global>,
    global_names: HashMap<String, GlobalId>,
    /// Names the module body assigns: globals whose type may not be known yet.
    module_assigned: std::collections::HashSet<String>,
    /// `__name__`.
    module_name: &'a str,
    /// Names bound by `from typing import ...` (alias -> typing name).
    typing_names: HashMap<String, String>,
    /// Whether `import sys` has been seen.
    pub sys_imported: bool,
    /// Counter for compiler-made variable names (which contain `$`, so no
    /// Python name can collide with them).
    hidden_names: u32,
    /// Set just before checking an expression that is consumed as an
    /// iterable; taken (reset) by the next expression checked.
    views_ok: bool,
    /// Likewise for a generator expression consumed whole (sum(), ...).
    genexp_ok: bool,
}

/// Checks a parsed module. Returns the HIR only when there were no errors.
pub fn check_module(
    file: &SourceFile,
    suite: &[ast::Stmt],
    module_name: &str,
) -> Result<hir::Module, Vec<Diagnostic>> {
    let mut ck = Checker {
        file,
        module_name,
        typing_names: HashMap::new(),
        diags: Vec::new(),
        sigs: Vec::new(),
        defs: Vec::new(),
        bodies: Vec::new(),
        func_names: HashMap::new(),
        globals: Vec::new(),
        global_names: HashMap::new(),
        module_assigned: scope::assigned_names(suite),
        sys_imported: false,
        hidden_names: 0,
        views_ok: false,
        genexp_ok: false,
    };
    ck.collect_typing_imports(suite);
    ck.collect_signatures(suite);
    let main = ck.check_module_body(suite);
    for i in 0..ck.sigs.len() {
        ck.ensure_body(FuncId(i as u32));
    }
    if !ck.diags.is_empty() {
        ck.diags.sort_by_key(|d| d.span.start);
        return Err(ck.diags);
    }
    let mut funcs: Vec<hir::Function> = ck.bodies.into_iter().flatten().collect();
    let main_id = FuncId(funcs.len() as u32);
    funcs.push(main);
    Ok(hir::Module {
        file: file.path.clone(),
        name: module_name.to_string(),
        funcs,
        globals: ck.globals,
        main: main_id,
    })
}

impl<'a> Checker<'a> {
    pub fn error(&mut self, span: impl Into<Span>, msg: impl Into<String>) -> Reported {
        self.diags.push(Diagnostic::new(span, msg));
        Reported
    }

    pub fn error_hint(
        &mut self,
        span: impl Into<Span>,
        msg: impl Into<String>,
        hint: impl Into<String>,
    ) -> Reported {
        self.diags.push(Diagnostic::new(span, msg).with_hint(hint));
        Reported
    }

    pub fn unsupported(&mut self, span: impl Into<Span>, what: &str) -> Reported {
        self.error_hint(
            span,
            format!("unsupported syntax: {what}"),
            "pyaot compiles the Python subset listed under 'Supported Python' in its README",
        )
    }

    fn collect_signatures(&mut self, suite: &'a [ast::Stmt]) {
        for stmt in suite {
            let ast::Stmt::FunctionDef(def) = stmt else {
                continue;
            };
            if self.func_names.contains_key(def.name.as_str()) {
                self.error_hint(
                    def.name.range,
                    format!("function '{}' is defined twice", def.name),
                    "pyaot binds each top-level function name once; rename one of them",
                );
                continue;
            }
            let Ok(sig) = self.signature(def) else {
                continue;
            };
            let id = FuncId(self.sigs.len() as u32);
            self.func_names.insert(def.name.to_string(), id);
            self.sigs.push(sig);
            self.defs.push(def);
            self.bodies.push(None);
        }
    }

    fn signature(&mut self, def: &ast::StmtFunctionDef) -> Chk<Signature> {
        let fname = def.name.as_str();
        if def.is_async {
            return Err(self.unsupported(def.name.range, "async functions"));
        }
        if let Some(d) = def.decorator_list.first() {
            return Err(self.unsupported(d.range, "decorators"));
        }
        if let Some(tp) = &def.type_params {
            return Err(self.unsupported(tp.range, "type parameters"));
        }
        let p = &def.parameters;
        if let Some(v) = &p.vararg {
            return Err(self.unsupported(v.range, "*args parameters"));
        }
        if let Some(k) = &p.kwarg {
            return Err(self.unsupported(k.range, "**kwargs parameters"));
        }
        if let Some(k) = p.kwonlyargs.first() {
            return Err(self.unsupported(k.range, "keyword-only parameters"));
        }
        let mut params = Vec::new();
        let mut failed = false;
        for pw in p.posonlyargs.iter().chain(p.args.iter()) {
            let name = pw.parameter.name.to_string();
            let Some(ann) = &pw.parameter.annotation else {
                self.error_hint(
                    pw.parameter.range,
                    format!("parameter '{name}' of function '{fname}' needs a type annotation"),
                    format!(
                        "write e.g. `{name}: int`; pyaot needs the types of function parameters"
                    ),
                );
                failed = true;
                continue;
            };
            let Ok(ty) = self.annotation(ann) else {
                failed = true;
                continue;
            };
            let default = match &pw.default {
                Some(d) => match self.const_default(d, &ty) {
                    Ok(c) => Some(c),
                    Err(_) => {
                        failed = true;
                        None
                    }
                },
                None => None,
            };
            params.push(Param {
                name,
                ty,
                default,
                span: pw.range.into(),
            });
        }
        let ret = match &def.returns {
            Some(r) => RetTy::Annotated(self.annotation(r)?),
            None => RetTy::Unknown,
        };
        if failed {
            return Err(Reported);
        }
        Ok(Signature {
            name: fname.to_string(),
            params,
            ret,
        })
    }

    /// A default value must be a constant of the parameter's type.
    fn const_default(&mut self, e: &ast::Expr, ty: &Ty) -> Chk<Const> {
        let c = match e {
            ast::Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => i.as_i64().map(Const::Int),
                ast::Number::Float(f) => Some(Const::Float(*f)),
                ast::Number::Complex { .. } => None,
            },
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                ast::Expr::NumberLiteral(n) => match &n.value {
                    ast::Number::Int(i) => i.as_i64().map(|v| Const::Int(-v)),
                    ast::Number::Float(f) => Some(Const::Float(-f)),
                    ast::Number::Complex { .. } => None,
                },
                _ => None,
            },
            ast::Expr::BooleanLiteral(b) => Some(Const::Bool(b.value)),
            ast::Expr::StringLiteral(s) => Some(Const::Str(s.value.to_str().to_string())),
            ast::Expr::NoneLiteral(_) => Some(Const::None),
            _ => None,
        };
        let Some(c) = c else {
            return Err(self.error_hint(
                e.range(),
                "unsupported default value: defaults must be constants",
                "use a literal such as 0, 1.5, \"text\", True or None",
            ));
        };
        let cty = match &c {
            Const::Int(_) => Ty::Int,
            Const::Float(_) => Ty::Float,
            Const::Bool(_) => Ty::Bool,
            Const::Str(_) => Ty::Str,
            Const::None => Ty::None,
        };
        let fits =
            &cty == ty || matches!(ty, Ty::Optional(inner) if cty == Ty::None || **inner == cty);
        if !fits {
            return Err(self.error(
                e.range(),
                format!("default value of type {cty} for a parameter of type {ty}"),
            ));
        }
        Ok(c)
    }

    /// Records `from typing import ...` names. Only typing's spellings of
    /// supported types are allowed; anything else is a diagnostic.
    fn collect_typing_imports(&mut self, suite: &[ast::Stmt]) {
        for stmt in suite {
            let ast::Stmt::ImportFrom(i) = stmt else {
                continue;
            };
            if i.module.as_ref().is_none_or(|m| m.as_str() != "typing") {
                continue;
            }
            for alias in &i.names {
                let name = alias.name.as_str();
                if !matches!(name, "Optional" | "List" | "Dict") {
                    self.error_hint(
                        alias.range,
                        format!("unsupported import: typing.{name}"),
                        "pyaot understands typing's Optional, List and Dict; write other types \
                         with built-in generics (list[int], dict[str, int])",
                    );
                    continue;
                }
                let local = alias.asname.as_ref().unwrap_or(&alias.name);
                self.typing_names
                    .insert(local.to_string(), name.to_string());
            }
        }
    }

    /// The typing name `name` is bound to, if any (`Optional`, ...).
    fn typing_name(&self, e: &ast::Expr) -> Option<&str> {
        match e {
            ast::Expr::Name(n) => self.typing_names.get(n.id.as_str()).map(String::as_str),
            _ => None,
        }
    }

    /// Resolves a type annotation.
    pub fn annotation(&mut self, e: &ast::Expr) -> Chk<Ty> {
        let ty = self.annotation_inner(e)?;
        // Containers hold one kind of slot; a slot that may be None needs
        // an element kind of its own first.
        let nested_optional = match &ty {
            Ty::List(t) => matches!(**t, Ty::Optional(_)),
            Ty::Dict(_, v) => matches!(**v, Ty::Optional(_)),
            Ty::Tuple(items) => items.iter().any(|t| matches!(t, Ty::Optional(_))),
            _ => false,
        };
        if nested_optional {
            return Err(self.error_hint(
                e.range(),
                format!("unsupported type {ty}: Optional values inside containers"),
                "Optional works for variables, parameters and return values; inside a \
                 container, use a sentinel value for now",
            ));
        }
        Ok(ty)
    }

    /// `Optional[inner]`; `Optional[None]` is just None and
    /// `Optional[Optional[T]]` is `Optional[T]`, as in Python's typing.
    fn optional_of(&mut self, inner: Ty, e: &ast::Expr) -> Chk<Ty> {
        match inner {
            Ty::None | Ty::Optional(_) => Ok(inner),
            Ty::Exc => Err(self.error(e.range(), "unsupported type annotation")),
            t => Ok(Ty::Optional(Box::new(t))),
        }
    }

    fn annotation_inner(&mut self, e: &ast::Expr) -> Chk<Ty> {
        if let ast::Expr::BinOp(b) = e {
            // `T | None` and `None | T`.
            if b.op == ast::Operator::BitOr {
                let is_none = |x: &ast::Expr| {
                    matches!(x, ast::Expr::NoneLiteral(_))
                        || matches!(x, ast::Expr::Name(n) if n.id.as_str() == "None")
                };
                let inner = if is_none(&b.right) {
                    Some(&*b.left)
                } else if is_none(&b.left) {
                    Some(&*b.right)
                } else {
                    None
                };
                if let Some(inner) = inner {
                    let t = self.annotation(inner)?;
                    return self.optional_of(t, e);
                }
                return Err(self.error_hint(
                    b.range,
                    "unsupported type annotation: a union of two types",
                    "pyaot supports `T | None` (Optional[T]); give the value one type",
                ));
            }
        }
        if let ast::Expr::Subscript(s) = e {
            if let Some(name) = self.typing_name(&s.value).map(str::to_string) {
                return match name.as_str() {
                    "Optional" => {
                        let t = self.annotation(&s.slice)?;
                        self.optional_of(t, e)
                    }
                    "List" => Ok(Ty::List(Box::new(self.annotation(&s.slice)?))),
                    _ => self.dict_annotation(s),
                };
            }
        }
        match e {
            ast::Expr::Name(n) => match self.typing_name(e).unwrap_or(n.id.as_str()) {
                "int" => Ok(Ty::Int),
                "float" => Ok(Ty::Float),
                "bool" => Ok(Ty::Bool),
                "str" => Ok(Ty::Str),
                "None" => Ok(Ty::None),
                other => Err(self.error_hint(
                    n.range,
                    format!("unsupported type annotation '{other}'"),
                    "supported types are int, float, bool, str, None, list[T], dict[K, V] and tuple[T1, T2, ...]",
                )),
            },
            ast::Expr::NoneLiteral(_) => Ok(Ty::None),
            ast::Expr::Subscript(s) => match &*s.value {
                ast::Expr::Name(n) if n.id.as_str() == "list" => {
                    Ok(Ty::List(Box::new(self.annotation(&s.slice)?)))
                }
                ast::Expr::Name(n) if n.id.as_str() == "tuple" => self.tuple_annotation(s),
                ast::Expr::Name(n) if n.id.as_str() == "dict" => self.dict_annotation(s),
                _ => Err(self.error_hint(
                    s.range,
                    "unsupported type annotation",
                    "supported types are int, float, bool, str, None, list[T], dict[K, V] and tuple[T1, T2, ...]",
                )),
            },
            other => Err(self.error_hint(
                other.range(),
                "unsupported type annotation",
                "supported types are int, float, bool, str, None, list[T], dict[K, V] and tuple[T1, T2, ...]",
            )),
        }
    }

    /// A fresh number for a compiler-made variable name.
    /// `dict[K, V]` (or `typing.Dict[K, V]`).
    fn dict_annotation(&mut self, s: &ast::ExprSubscript) -> Chk<Ty> {
        let ast::Expr::Tuple(kv) = &*s.slice else {
            return Err(self.error(s.range, "dict[...] needs a key and a value type"));
        };
        let [k, v] = &kv.elts[..] else {
            return Err(self.error(s.range, "dict[...] needs a key and a value type"));
        };
        let (k, v) = (self.annotation(k)?, self.annotation(v)?);
        if !k.is_hashable_key() {
            return Err(self.error_hint(
                s.range,
                format!("unsupported dict key type {k}"),
                "dict keys can be int, float, bool, str, or tuples of those (and None)",
            ));
        }
        Ok(Ty::Dict(Box::new(k), Box::new(v)))
    }

    pub fn next_hidden(&mut self) -> u32 {
        self.hidden_names += 1;
        self.hidden_names
    }

    pub fn func_id(&self, name: &str) -> Option<FuncId> {
        self.func_names.get(name).copied()
    }

    pub fn sig(&self, id: FuncId) -> &Signature {
        &self.sigs[id.index()]
    }

    pub fn global_id(&self, name: &str) -> Option<GlobalId> {
        self.global_names.get(name).copied()
    }

    pub fn is_module_assigned(&self, name: &str) -> bool {
        self.module_assigned.contains(name)
    }

    /// Declares a global with its type, on its first assignment.
    pub fn declare_global(&mut self, name: &str, ty: Ty) -> GlobalId {
        let id = GlobalId(self.globals.len() as u32);
        self.globals.push(hir::Global {
            name: name.to_string(),
            ty,
        });
        self.global_names.insert(name.to_string(), id);
        id
    }

    /// The return type of a function, inferring it from the body if needed.
    pub fn return_type(&mut self, id: FuncId, call_span: Span) -> Chk<Ty> {
        match self.sigs[id.index()].ret.clone() {
            RetTy::Annotated(t) | RetTy::Inferred(t) => Ok(t),
            RetTy::Inferring => {
                let name = self.sigs[id.index()].name.clone();
                Err(self.error_hint(
                    call_span,
                    format!("cannot infer the return type of recursive function '{name}'"),
                    format!("annotate it, e.g. `def {name}(...) -> int:`"),
                ))
            }
            RetTy::Unknown => {
                self.ensure_body(id);
                match &self.sigs[id.index()].ret {
                    RetTy::Inferred(t) => Ok(t.clone()),
                    _ => Err(Reported),
                }
            }
        }
    }

    /// Checks a function's body once.
    fn ensure_body(&mut self, id: FuncId) {
        if self.bodies[id.index()].is_some()
            || matches!(self.sigs[id.index()].ret, RetTy::Inferring)
        {
            return;
        }
        let annotated = match &self.sigs[id.index()].ret {
            RetTy::Annotated(t) => Some(t.clone()),
            RetTy::Inferred(_) => return,
            _ => None,
        };
        if annotated.is_none() {
            self.sigs[id.index()].ret = RetTy::Inferring;
        }
        let def = self.defs[id.index()];
        let annotated_ret = annotated.is_some();
        let params = self.sigs[id.index()].params.clone();
        let mut cx = FnCx::for_function(def, &params, annotated.clone());
        let errors_before = self.diags.len();
        let body = self.block(&mut cx, &def.body);
        let ret = match annotated {
            Some(t) => t,
            None => cx.inferred_ret.clone().unwrap_or(Ty::None),
        };
        if !matches!(self.sigs[id.index()].ret, RetTy::Annotated(_)) {
            self.sigs[id.index()].ret = RetTy::Inferred(ret.clone());
        }
        // After an error the body is incomplete, so this check would mislead.
        let clean = self.diags.len() == errors_before;
        if clean && !cx.falls_off_end_ok(&ret) && stmt::may_fall_through(&body) {
            self.error_hint(
                def.name.range,
                format!(
                    "function '{}' is annotated -> {ret} but can reach its end without returning",
                    def.name
                ),
                "add a return statement at the end",
            );
        }
        self.bodies[id.index()] = Some(hir::Function {
            name: def.name.to_string(),
            params: (0..params.len() as u32).map(hir::LocalId).collect(),
            defaults: params.iter().map(|p| p.default.clone()).collect(),
            locals: cx.into_locals(),
            ret,
            ret_annotated: annotated_ret,
            doc: docstring(&def.body),
            body,
            span: def.range.into(),
            name_span: def.name.range.into(),
        });
    }

    fn check_module_body(&mut self, suite: &[ast::Stmt]) -> hir::Function {
        let mut cx = FnCx::for_module();
        let body = self.block(&mut cx, suite);
        hir::Function {
            name: "<module>".to_string(),
            params: Vec::new(),
            defaults: Vec::new(),
            locals: cx.into_locals(),
            ret: Ty::None,
            ret_annotated: true,
            doc: docstring(suite),
            name_span: Span::default(),
            body,
            span: Span::default(),
        }
    }
}

/// The docstring of a body: its first statement, if a string literal.
fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match body.first()? {
        ast::Stmt::Expr(e) => match &*e.value {
            ast::Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}
