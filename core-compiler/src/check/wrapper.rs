//! The decorator wrapper pattern: a nested `def wrapper(*args, **kwargs)`
//! that forwards to a `Callable` it captures (`func(*args, **kwargs)`).
//!
//! A function value in pyaot is a `Callable[[A, B], R]`: callers pass
//! exactly its positional parameters, never keywords. So a wrapper is
//! typed from the callable it forwards to: its parameters are that
//! callable's (hidden positional parameters), `args` is bound on entry to
//! the fixed tuple of them (`tuple[A, B]`), and `**kwargs` is always
//! empty, so it may only be forwarded (`**kwargs` in a call of a
//! Callable value, where it adds nothing); any other use is rejected. A
//! call of a Callable value expands `*args` of a fixed-length tuple
//! statically (`closure.rs`, `call_value`). The wrapper's type is then
//! `Callable[[A, B], R']`, `R'` its own (annotated or inferred) return
//! type. An annotated `*args: T` requires every forwarded parameter to be
//! `T`.

use super::closure::{Nested, NestedBody, Uses};
use super::scope::FnCx;
use super::{Checker, Chk, Param};
use crate::hir;
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_text_size::Ranged;

/// What a wrapper's body binds at entry: `args`, the tuple of its hidden
/// parameters, and the name of its (always empty) `**kwargs`.
pub(super) struct Packed {
    pub args: String,
    pub kwargs: Option<String>,
}

/// Finds the forwarding calls `f(*args, ...)` of a wrapper body and the
/// uses of its `**kwargs` name that are not `**kwargs` in a call.
struct Scan<'n> {
    args: &'n str,
    kwargs: Option<&'n str>,
    /// The first call `f(*args ...)`: the callee's name and the call.
    forward: Option<(String, Span)>,
    /// A use of `kwargs` other than `**kwargs` as a call argument.
    bad_kwargs: Option<Span>,
}

impl<'v> Visitor<'v> for Scan<'_> {
    fn visit_stmt(&mut self, s: &'v ast::Stmt) {
        walk_stmt(self, s)
    }

    fn visit_expr(&mut self, e: &'v ast::Expr) {
        match e {
            ast::Expr::Call(c) => {
                let star = c.arguments.args.iter().any(|a| {
                    matches!(a, ast::Expr::Starred(s)
                        if matches!(&*s.value, ast::Expr::Name(n) if n.id.as_str() == self.args))
                });
                if star && self.forward.is_none() {
                    if let ast::Expr::Name(f) = &*c.func {
                        self.forward = Some((f.id.to_string(), c.range().into()));
                    }
                }
                self.visit_expr(&c.func);
                for a in c.arguments.args.iter() {
                    self.visit_expr(a);
                }
                for k in c.arguments.keywords.iter() {
                    let forwarded = k.arg.is_none()
                        && matches!(&k.value, ast::Expr::Name(n)
                            if Some(n.id.as_str()) == self.kwargs);
                    if !forwarded {
                        self.visit_expr(&k.value);
                    }
                }
            }
            ast::Expr::Name(n) if Some(n.id.as_str()) == self.kwargs => {
                if self.bad_kwargs.is_none() {
                    self.bad_kwargs = Some(n.range.into());
                }
            }
            _ => walk_expr(self, e),
        }
    }
}

impl<'a> Checker<'a> {
    /// A nested `def` with `*args`: a wrapper typed from the Callable it
    /// forwards to. Returns its function object.
    pub(super) fn wrapper_def(
        &mut self,
        cx: &mut FnCx,
        def: &ast::StmtFunctionDef,
        self_ref: bool,
    ) -> Chk<hir::Expr> {
        let p = &def.parameters;
        let Some(vararg) = &p.vararg else {
            return Err(super::Reported);
        };
        let shape_hint = "write the wrapper as `def wrapper(*args, **kwargs)` and forward \
                          with `func(*args, **kwargs)`";
        if let Some(extra) = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
            .next()
        {
            return Err(self.error_hint(
                extra.range,
                "unsupported: a nested function with *args and other parameters",
                shape_hint,
            ));
        }
        if let Some(ann) = p.kwarg.as_ref().and_then(|k| k.annotation.as_ref()) {
            return Err(self.error_hint(
                ann.range(),
                "unsupported: an annotated **kwargs in a nested function",
                "a wrapper's **kwargs is always empty (Callable values are called \
                 positionally); leave it unannotated and only forward it",
            ));
        }
        let args_name = vararg.name.to_string();
        let kwargs_name = p.kwarg.as_ref().map(|k| k.name.to_string());
        let mut scan = Scan {
            args: &args_name,
            kwargs: kwargs_name.as_deref(),
            forward: None,
            bad_kwargs: None,
        };
        for s in &def.body {
            scan.visit_stmt(s);
        }
        if let (Some(at), Some(k)) = (scan.bad_kwargs, &kwargs_name) {
            return Err(self.error_hint(
                at,
                format!("unsupported: using '{k}' other than forwarding it as `**{k}`"),
                format!(
                    "callers of a decorated function pass positional arguments only, so \
                     '{k}' is always empty; forward it with `func(*{args_name}, **{k})` or drop it"
                ),
            ));
        }
        let Some((target, call_span)) = scan.forward else {
            if vararg.annotation.is_some() {
                // Not a wrapper: a variadic Callable has no type.
                return Err(self.error_hint(
                    vararg.range,
                    "unsupported syntax: *args parameters in a nested function",
                    format!(
                        "nested functions are Callable values, called with a fixed number of \
                         arguments; forward `*{args_name}` to a Callable (`func(*{args_name})`) \
                         or move the function to the top level"
                    ),
                ));
            }
            return Err(self.error_hint(
                vararg.range,
                format!("cannot infer the parameter types of '{}'", def.name),
                format!(
                    "pyaot types a wrapper from the function it forwards to: call it as \
                     `func(*{args_name}, **kwargs)` with a Callable `func`, or give the \
                     nested function fixed, annotated parameters"
                ),
            ));
        };
        let fty = match cx.local(&target).map(|id| cx.local_ty(id).clone()) {
            Some(Ty::Func(f)) => *f,
            Some(other) => {
                return Err(self.error_hint(
                    call_span,
                    format!("'{target}' is {other}, not a function"),
                    shape_hint,
                ))
            }
            None => {
                return Err(self.error_hint(
                    call_span,
                    format!(
                        "cannot infer the parameter types of '{}' from '{target}'",
                        def.name
                    ),
                    "a wrapper forwards to a Callable variable of its enclosing function \
                     (the decorated function, e.g. the decorator's parameter)",
                ))
            }
        };
        if let Some(ann) = &vararg.annotation {
            let elem = self.annotation(ann)?;
            if let Some(bad) = fty.params.iter().find(|t| **t != elem) {
                return Err(self.error_hint(
                    ann.range(),
                    format!(
                        "'*{args_name}: {elem}' forwards to {}, whose parameters include {bad}",
                        Ty::Func(Box::new(fty.clone()))
                    ),
                    "annotate *args with the forwarded function's parameter type, or leave it unannotated",
                ));
            }
        }
        let ret = match &def.returns {
            Some(r) => Some(self.annotation(r)?),
            None => None,
        };
        let span: Span = vararg.range.into();
        let params: Vec<Param> = fty
            .params
            .iter()
            .enumerate()
            .map(|(i, ty)| Param {
                name: format!("${args_name}{i}"),
                ty: ty.clone(),
                default: None,
                span,
                kind: hir::ParamKind::Positional,
            })
            .collect();
        let mut names: Vec<String> = vec![args_name.clone()];
        names.extend(kwargs_name.clone());
        let uses = Uses::of_body(&def.body);
        let free = uses.free_names(&names);
        self.nested_function(
            cx,
            Nested {
                name: def.name.to_string(),
                params,
                ret,
                body: NestedBody::Stmts(&def.body),
                uses,
                free,
                span: def.range.into(),
                name_span: def.name.range.into(),
                self_ref,
                packed: Some(Packed {
                    args: args_name,
                    kwargs: kwargs_name,
                }),
            },
        )
    }

    /// The statement binding a wrapper's `args` to the tuple of its hidden
    /// parameters (locals 1..), declared in `cx`.
    pub(super) fn bind_wrapper_args(
        &mut self,
        cx: &mut FnCx,
        packed: &Packed,
        params: &[Param],
        span: Span,
    ) -> hir::Stmt {
        let items: Vec<hir::Expr> = params
            .iter()
            .enumerate()
            .map(|(i, p)| hir::Expr {
                kind: hir::ExprKind::Local {
                    id: hir::LocalId(i as u32 + 1),
                    checked: false,
                },
                ty: p.ty.clone(),
                span,
            })
            .collect();
        let ty = Ty::Tuple(params.iter().map(|p| p.ty.clone()).collect());
        cx.local_scope.insert(packed.args.clone());
        let id = cx.declare_local(&packed.args, ty.clone());
        cx.mark_assigned(super::scope::Var::Local(id));
        hir::Stmt {
            kind: hir::StmtKind::Assign(
                hir::Place::Local(id),
                hir::Expr {
                    kind: hir::ExprKind::Tuple(items),
                    ty,
                    span,
                },
            ),
            span,
        }
    }
}
