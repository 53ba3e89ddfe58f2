//! Unannotated top-level functions, specialised per call.
//!
//! A top-level function with a parameter that has no annotation is a
//! *template*, not a function: it has no `FuncId` of its own. Each call
//! checks its arguments first (an unannotated parameter takes the type of
//! its argument, or of its default when the argument is omitted), and the
//! tuple of parameter types picks the template's *specialisation*: an
//! ordinary function with those parameter types, made on the first call
//! with that tuple (so in program order; calls from specialisations count)
//! and checked like any unannotated function, its return type inferred
//! from its returns (`mod.rs`, `ensure_body`, which also handles
//! recursion). Specialisations share the Python name (messages and
//! tracebacks say `f`); their symbols are numbered like every function's.
//!
//! Decorators are templates too: `@logged` specialises `def logged(func)`
//! on the decorated function's Callable type, and a *decorator factory*
//! (no return annotation, a nested `def decorator(func)` with its one
//! parameter unannotated) is specialised on its arguments and the
//! decorated Callable, which its inner decorator's parameter takes.
//!
//! A template can't be a value (its type depends on the call) and a
//! template never called has no types at all: both are diagnostics, except
//! that a never-called template whose unannotated parameters all have
//! defaults is compiled once with the defaults' types, so its body is
//! checked. In library mode the script's public functions are exported
//! with their signatures, so they are never templates.

use super::expr::ArgList;
use super::{Checker, Chk, FnCx, Reported, Signature};
use crate::hir::{Expr, ExprKind, FuncId};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;

/// What picks a specialisation: the parameter types, and the Callable a
/// decorator factory's result decorates (when called as `@factory(...)`).
type SpecKey = (Vec<Ty>, Option<Ty>);

/// An unannotated top-level function.
pub struct Template<'a> {
    def: &'a ast::StmtFunctionDef,
    /// The module that defines it.
    module: usize,
    /// Its signature; an unannotated parameter's type is its default's
    /// (None without one), replaced in each specialisation.
    sig: Signature,
    /// Which parameters are unannotated.
    untyped: Vec<bool>,
    /// Its specialisations so far, by parameter types (and the Callable a
    /// decorator factory's result decorates), in creation order.
    specs: Vec<(SpecKey, FuncId)>,
    /// Whether it was referenced (a call, maybe failed, or a use as a
    /// value that got its own diagnostic) or reported as never called.
    seen: bool,
}

impl<'a> Checker<'a> {
    /// Whether `def` (top level) is a template: undecorated, with an
    /// unannotated parameter, and not exported by a library.
    pub(super) fn is_template(&self, def: &ast::StmtFunctionDef) -> bool {
        let p = &def.parameters;
        let untyped = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
            .any(|pw| pw.parameter.annotation.is_none());
        let exported = self.library && self.cur == 0 && crate::library::is_public(&def.name);
        (untyped || is_decorator_factory(def)) && def.decorator_list.is_empty() && !exported
    }

    /// `@deco` where `deco` is template `t`: its specialisation for the
    /// decorated function's type, called with the function object.
    pub(super) fn generic_decorate(&mut self, t: usize, value: Expr, span: Span) -> Chk<Expr> {
        self.templates[t].seen = true;
        let tpl = &self.templates[t];
        let name = tpl.sig.name.clone();
        let [p] = &tpl.sig.params[..] else {
            return Err(self.error(
                span,
                format!("decorator '{name}' must take exactly one argument (the function)"),
            ));
        };
        if p.kind != crate::hir::ParamKind::Positional {
            return Err(self.error(
                span,
                format!("decorator '{name}' must take exactly one argument (the function)"),
            ));
        }
        if !tpl.untyped[0] && p.ty != value.ty {
            return Err(self.error_hint(
                span,
                format!("decorator '{name}' takes {}, not {}", p.ty, value.ty),
                "the decorated function's signature must match the decorator's parameter type",
            ));
        }
        let id = self.specialise(t, vec![value.ty.clone()], None);
        let ret = self.return_type(id, span)?;
        Ok(Expr {
            kind: ExprKind::Call {
                func: id,
                args: vec![value],
                eval_order: vec![0],
            },
            ty: ret,
            span,
        })
    }

    /// Records template `def` under its name.
    pub(super) fn collect_template(&mut self, def: &'a ast::StmtFunctionDef) {
        let Ok((sig, untyped)) = self.signature_inner(def, def.name.to_string(), None, true) else {
            self.failed_globals.insert((self.cur, def.name.to_string()));
            return;
        };
        let t = self.templates.len();
        self.templates.push(Template {
            def,
            module: self.cur,
            sig,
            untyped,
            specs: Vec::new(),
            seen: false,
        });
        self.ns.generic_names.insert(def.name.to_string(), t);
    }

    /// The template `name` refers to (`f` or `m.f`).
    pub fn template_id(&self, name: &str) -> Option<usize> {
        let (ns, name) = self.resolve(name)?;
        ns.generic_names.get(name).copied()
    }

    /// A call of template `t`: arguments first, then the specialisation
    /// their types pick.
    pub(super) fn generic_call(&mut self, cx: &mut FnCx, t: usize, c: &ast::ExprCall) -> Chk<Expr> {
        self.generic_call_for(cx, t, c, None)
    }

    /// [`Self::generic_call`]; `target` is the Callable a decorator
    /// factory's result will decorate (`@factory(...)`), part of the
    /// specialisation's key: its inner unannotated decorator takes it
    /// (`closure.rs`, `nested_signature`).
    pub(super) fn generic_call_for(
        &mut self,
        cx: &mut FnCx,
        t: usize,
        c: &ast::ExprCall,
        target: Option<Ty>,
    ) -> Chk<Expr> {
        let span: Span = ruff_text_size::Ranged::range(c).into();
        self.templates[t].seen = true;
        let tpl = &self.templates[t];
        let (name, params, untyped) = (
            tpl.sig.name.clone(),
            tpl.sig.params.clone(),
            tpl.untyped.clone(),
        );
        let call = ArgList {
            pos_args: &c.arguments.args,
            keywords: &c.arguments.keywords,
            span,
            module: tpl.module,
        };
        let (args, eval_order) = self.bind_params(cx, &name, &params, &untyped, call, false)?;
        let mut tys = Vec::new();
        for ((p, arg), &free) in params.iter().zip(&args).zip(&untyped) {
            if free && super::tuple::has_placeholder(&arg.ty) {
                return Err(self.error_hint(
                    arg.span,
                    format!(
                        "cannot infer the type of parameter '{}' of '{name}' from an empty {}",
                        p.name,
                        arg.ty.runtime_name()
                    ),
                    if p.kind == crate::hir::ParamKind::VarKw {
                        format!(
                            "annotate the parameter (e.g. `**{}: int`) or pass a keyword argument it collects",
                            p.name
                        )
                    } else {
                        format!(
                            "annotate the parameter (e.g. `{}: list[int]`) or pass a non-empty value",
                            p.name
                        )
                    },
                ));
            }
            tys.push(arg.ty.clone());
        }
        let id = self.specialise(t, tys, target);
        let ret = self.return_type(id, span)?;
        Ok(Expr {
            kind: ExprKind::Call {
                func: id,
                args,
                eval_order,
            },
            ty: ret,
            span,
        })
    }

    /// The specialisation of template `t` for parameter types `tys`, made
    /// on first use.
    fn specialise(&mut self, t: usize, tys: Vec<Ty>, target: Option<Ty>) -> FuncId {
        let key = (tys, target);
        if let Some((_, id)) = self.templates[t].specs.iter().find(|(k, _)| *k == key) {
            return *id;
        }
        let (tys, target) = key;
        let tpl = &self.templates[t];
        let mut sig = tpl.sig.clone();
        for (p, ty) in sig.params.iter_mut().zip(&tys) {
            // A default of another type than the argument's is never used
            // by this specialisation (calls that omit it pick another).
            if p.default
                .as_ref()
                .map(super::const_ty)
                .is_some_and(|d| d != *ty)
            {
                p.default = None;
            }
            p.ty = ty.clone();
        }
        let (def, module) = (tpl.def, tpl.module);
        let id = FuncId(self.sigs.len() as u32);
        self.sigs.push(sig);
        self.defs.push(Some(def));
        self.bodies.push(None);
        self.func_module.insert(id, module);
        self.specialisations.insert(id);
        if let Some(target) = &target {
            self.deco_targets.insert(id, target.clone());
        }
        self.templates[t].specs.push(((tys, target), id));
        id
    }

    /// The diagnostic for a template used as a value.
    pub(super) fn template_as_value(&mut self, t: usize, span: Span) -> Reported {
        self.templates[t].seen = true;
        let name = self.templates[t].sig.name.clone();
        let param = self.first_untyped(t);
        self.error_hint(
            span,
            format!(
                "function '{name}' has unannotated parameters, so it cannot be used as a value"
            ),
            format!(
                "pyaot types an unannotated function at each call; annotate its parameters \
                 (e.g. `{param}: int`) to use it as a value"
            ),
        )
    }

    /// The name of the first unannotated parameter of template `t`.
    fn first_untyped(&self, t: usize) -> String {
        let tpl = &self.templates[t];
        tpl.sig
            .params
            .iter()
            .zip(&tpl.untyped)
            .find(|(_, &u)| u)
            .map_or_else(String::new, |(p, _)| p.name.clone())
    }

    /// Templates never called: compiled once with their defaults' types
    /// when every unannotated parameter has one, else a diagnostic.
    /// Returns whether that made new functions to check.
    pub(super) fn finish_templates(&mut self) -> bool {
        let mut made = false;
        for t in 0..self.templates.len() {
            let tpl = &self.templates[t];
            if !tpl.specs.is_empty() || tpl.seen {
                continue;
            }
            let all_default = tpl
                .sig
                .params
                .iter()
                .zip(&tpl.untyped)
                .all(|(p, &u)| !u || p.default.is_some());
            if all_default {
                let tys = tpl.sig.params.iter().map(|p| p.ty.clone()).collect();
                self.specialise(t, tys, None);
                made = true;
                continue;
            }
            let (name, span, module) = (tpl.sig.name.clone(), tpl.def.name.range, tpl.module);
            self.templates[t].seen = true;
            let param = self.first_untyped(t);
            let back = self.cur;
            self.switch_module(module);
            self.error_hint(
                span,
                format!(
                    "function '{name}' is never called, so the type of its parameter \
                     '{param}' is unknown"
                ),
                format!(
                    "pyaot types an unannotated function from its calls; annotate the \
                     parameter (e.g. `{param}: int`) or remove the function"
                ),
            );
            self.switch_module(back);
        }
        made
    }
}

/// Whether `body` has a `return` with a value (outside nested functions
/// and classes). A recursive function without one returns None.
pub(super) fn returns_value(body: &[ast::Stmt]) -> bool {
    use ruff_python_ast::visitor::{walk_stmt, Visitor};
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a ast::Stmt) {
            match s {
                ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => {}
                ast::Stmt::Return(r) if r.value.is_some() => self.0 = true,
                _ => walk_stmt(self, s),
            }
        }
    }
    let mut f = Finder(false);
    for s in body {
        f.visit_stmt(s);
    }
    f.0
}

/// Whether `def` is a decorator factory to specialise per decorated
/// function: no return annotation, and a `def` directly in its body whose
/// one parameter is unannotated (the inner decorator, typed by what it
/// decorates).
fn is_decorator_factory(def: &ast::StmtFunctionDef) -> bool {
    def.returns.is_none()
        && def.body.iter().any(|s| {
            matches!(s, ast::Stmt::FunctionDef(inner)
                if inner.parameters.posonlyargs.is_empty()
                    && inner.parameters.vararg.is_none()
                    && inner.parameters.kwarg.is_none()
                    && inner.parameters.kwonlyargs.is_empty()
                    && matches!(&inner.parameters.args[..],
                        [a] if a.parameter.annotation.is_none() && a.default.is_none()))
        })
}
