//! Functions as values: `Callable[[A], R]`, lambdas, nested functions,
//! closures, `nonlocal` and decorators.
//!
//! Python decides statically which variables a nested function captures:
//! the names it uses (or declares `nonlocal`) that it does not bind itself
//! and that an enclosing function binds. [`Uses`] computes that from the
//! syntax before a body is checked, so the enclosing function knows which
//! of its variables live in cells (`hir::CellOf::Own`) from its first
//! statement on, and each nested function gets one `CellOf::Free` local
//! per captured name.
//!
//! A nested function (or lambda) is checked where its `def` stands, with
//! the enclosing function's types at that point; it becomes a HIR
//! function whose first parameter is its own function object, and the
//! `def` an assignment of an `ExprKind::MakeFunc`. A top-level function
//! used as a value gets a hidden adapter with that first parameter, so
//! direct calls of top-level functions are untouched.

use super::scope::{FnCx, Var};
use super::{Checker, Chk, Param, Reported, RetTy, Signature};
use crate::hir::{self, CellOf, Expr, ExprKind, FuncId, LocalId, Stmt, StmtKind};
use crate::source::Span;
use crate::types::{FnTy, Ty};
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, ExprContext};
use ruff_text_size::Ranged;
use std::collections::HashSet;

/// What a function body does with names, from its syntax alone.
#[derive(Default, Debug)]
pub struct Uses {
    /// Names read, in first-use order (including what nested functions
    /// capture).
    loads: Vec<String>,
    /// Names bound (assigned, `def`, loop targets, `del`).
    stores: HashSet<String>,
    pub nonlocals: HashSet<String>,
    globals: HashSet<String>,
    /// Names that nested functions capture from this scope or further out.
    pub captured: HashSet<String>,
}

impl Uses {
    /// The uses of a function body (not descending into nested functions,
    /// whose free names count as uses).
    pub fn of_body(body: &[ast::Stmt]) -> Uses {
        let mut c = Uses::default();
        for s in body {
            c.visit_stmt(s);
        }
        c
    }

    fn load(&mut self, name: &str) {
        if !self.loads.iter().any(|n| n == name) {
            self.loads.push(name.to_string());
        }
    }

    fn capture(&mut self, free: Vec<String>) {
        for n in free {
            self.load(&n);
            self.captured.insert(n);
        }
    }

    /// The free names of a function with these uses and parameters: what
    /// it reads or declares nonlocal without binding it, in order.
    pub fn free_names(&self, params: &[String]) -> Vec<String> {
        let bound = |n: &String| {
            params.contains(n)
                || self.globals.contains(n)
                || (self.stores.contains(n) && !self.nonlocals.contains(n))
        };
        let mut out: Vec<String> = self.loads.iter().filter(|n| !bound(n)).cloned().collect();
        let mut extra: Vec<&String> = self.nonlocals.iter().filter(|n| !out.contains(n)).collect();
        extra.sort();
        out.extend(extra.into_iter().cloned());
        out
    }
}

fn param_names(p: &ast::Parameters) -> Vec<String> {
    p.posonlyargs
        .iter()
        .chain(p.args.iter())
        .chain(p.kwonlyargs.iter())
        .map(|a| a.parameter.name.to_string())
        .chain(p.vararg.iter().map(|v| v.name.to_string()))
        .chain(p.kwarg.iter().map(|v| v.name.to_string()))
        .collect()
}

/// The free names of a nested `def`.
pub fn def_free_names(def: &ast::StmtFunctionDef) -> Vec<String> {
    Uses::of_body(&def.body).free_names(&param_names(&def.parameters))
}

fn lambda_uses(l: &ast::ExprLambda) -> (Uses, Vec<String>) {
    let mut u = Uses::default();
    u.visit_expr(&l.body);
    let params = l.parameters.as_deref().map(param_names).unwrap_or_default();
    (u, params)
}

impl<'v> Visitor<'v> for Uses {
    fn visit_stmt(&mut self, s: &'v ast::Stmt) {
        match s {
            ast::Stmt::FunctionDef(d) => {
                self.stores.insert(d.name.to_string());
                for dec in &d.decorator_list {
                    self.visit_expr(&dec.expression);
                }
                self.capture(def_free_names(d));
            }
            ast::Stmt::ClassDef(_) => {}
            ast::Stmt::Nonlocal(n) => self.nonlocals.extend(n.names.iter().map(|n| n.to_string())),
            ast::Stmt::Global(g) => self.globals.extend(g.names.iter().map(|n| n.to_string())),
            _ => walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'v ast::Expr) {
        match e {
            ast::Expr::Name(n) => match n.ctx {
                ExprContext::Load => self.load(n.id.as_str()),
                _ => {
                    self.stores.insert(n.id.to_string());
                }
            },
            ast::Expr::Lambda(l) => {
                let (u, params) = lambda_uses(l);
                self.captured.extend(u.captured.iter().cloned());
                self.capture(u.free_names(&params));
            }
            ast::Expr::Call(c) if super::genexp::eager_consumer(c) => {
                // The generator expression argument of sum(), sorted(),
                // ... is a comprehension (see `genexp`), the rest as usual.
                self.visit_expr(&c.func);
                for (i, a) in c.arguments.args.iter().enumerate() {
                    match a {
                        ast::Expr::Generator(_) if i == 0 => self.comprehension_uses(a),
                        _ => self.visit_expr(a),
                    }
                }
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value);
                }
            }
            ast::Expr::Generator(g) => {
                // A lazy generator expression is a nested generator
                // function: its first iterable is evaluated here, and
                // everything else it reads is captured.
                if let Some(first) = g.generators.first() {
                    self.visit_expr(&first.iter);
                }
                let inner = super::genexp::genexp_uses(g);
                self.captured.extend(inner.captured.iter().cloned());
                self.capture(inner.free_names(&[]));
            }
            ast::Expr::ListComp(_) | ast::Expr::SetComp(_) | ast::Expr::DictComp(_) => {
                self.comprehension_uses(e)
            }
            _ => walk_expr(self, e),
        }
    }
}

impl Uses {
    /// A comprehension (or a generator expression consumed whole) is a
    /// scope of its own: its targets are not the function's, but what its
    /// lambdas capture is (comprehension variables are locals of the
    /// function).
    fn comprehension_uses(&mut self, e: &ast::Expr) {
        {
            {
                let mut inner = Uses::default();
                walk_expr(&mut inner, e);
                for n in &inner.loads {
                    if !inner.stores.contains(n) {
                        self.load(n);
                    }
                }
                self.captured.extend(inner.captured);
            }
        }
    }
}

/// A nested function or lambda to check.
pub(super) struct Nested<'b> {
    pub name: String,
    pub params: Vec<Param>,
    /// The annotated (or, for a lambda, expected) return type.
    pub ret: Option<Ty>,
    pub body: NestedBody<'b>,
    pub uses: Uses,
    pub free: Vec<String>,
    pub span: Span,
    pub name_span: Span,
    /// Whether the function may call itself through its own object (its
    /// name is bound once, by this `def`, and nothing captures it).
    pub self_ref: bool,
    /// A wrapper's `*args`/`**kwargs` (see `wrapper.rs`).
    pub packed: Option<super::wrapper::Packed>,
}

pub(super) enum NestedBody<'b> {
    Stmts(&'b [ast::Stmt]),
    Expr(&'b ast::Expr),
    /// A generator expression: its clauses, the first one's iterable
    /// checked by the caller and passed in as the parameters.
    GenExp(&'b ast::ExprGenerator, Box<super::comprehension::Source>),
    /// A body the checker builds itself (the iterator adapters of
    /// `iterators.rs`); it sets the function's inferred return type.
    Built(super::iterators::BuildBody<'b>),
}

impl<'a> Checker<'a> {
    /// `Callable[[A, B], R]` (from `typing` or `collections.abc`).
    pub(super) fn callable_annotation(
        &mut self,
        s: &ast::ExprSubscript,
        at: Option<Span>,
    ) -> Chk<Ty> {
        let span = at.unwrap_or_else(|| s.range.into());
        let hint = "write Callable[[ArgType, ...], ReturnType], e.g. Callable[[int], int]";
        let ast::Expr::Tuple(t) = &*s.slice else {
            return Err(self.error_hint(
                span,
                "Callable[...] needs parameter types and a return type",
                hint,
            ));
        };
        let [params, ret] = &t.elts[..] else {
            return Err(self.error_hint(
                span,
                "Callable[...] needs parameter types and a return type",
                hint,
            ));
        };
        let ast::Expr::List(params) = params else {
            return Err(self.error_hint(
                at.unwrap_or_else(|| params.range().into()),
                "unsupported Callable: the parameter types must be a list",
                "pyaot needs the parameter types: Callable[[int, str], bool] (not Callable[..., R])",
            ));
        };
        let mut ps = Vec::new();
        for p in &params.elts {
            ps.push(self.annotation_at(p, at)?);
        }
        let ret = self.annotation_at(ret, at)?;
        Ok(Ty::Func(Box::new(FnTy { params: ps, ret })))
    }

    /// A top-level function used as a value: a function object whose code
    /// is an adapter that calls the function (made once per function).
    pub(super) fn func_value(&mut self, id: FuncId, span: Span) -> Chk<Expr> {
        let ret = self.return_type(id, span)?;
        let sig = self.sig(id);
        let name = sig.name.clone();
        let params: Vec<Param> = sig.params.clone();
        let fty = FnTy {
            params: params.iter().map(|p| p.ty.clone()).collect(),
            ret: ret.clone(),
        };
        let adapter = match self.adapters.get(&id) {
            Some(&a) => a,
            None => {
                let a = self.make_adapter(id, &name, &params, &fty, span);
                self.adapters.insert(id, a);
                a
            }
        };
        Ok(Expr {
            kind: ExprKind::MakeFunc(Box::new(hir::MakeFunc {
                func: adapter,
                name: name.clone(),
                qualname: name,
                cells: Vec::new(),
            })),
            ty: Ty::Func(Box::new(fty)),
            span,
        })
    }

    /// `adapter(fn_object, *args)` calling `id(*args)`, with no traceback
    /// frame of its own.
    fn make_adapter(
        &mut self,
        id: FuncId,
        name: &str,
        params: &[Param],
        fty: &FnTy,
        span: Span,
    ) -> FuncId {
        let mut locals = vec![hir::Local {
            name: "$fn".to_string(),
            ty: Ty::Func(Box::new(fty.clone())),
            cell: None,
        }];
        locals.extend(params.iter().map(|p| hir::Local {
            name: p.name.clone(),
            ty: p.ty.clone(),
            cell: None,
        }));
        let args: Vec<Expr> = params
            .iter()
            .enumerate()
            .map(|(i, p)| Expr {
                kind: ExprKind::Local {
                    id: LocalId(i as u32 + 1),
                    checked: false,
                },
                ty: p.ty.clone(),
                span,
            })
            .collect();
        let call = Expr {
            kind: ExprKind::Call {
                func: id,
                eval_order: (0..args.len()).collect(),
                args,
            },
            ty: fty.ret.clone(),
            span,
        };
        let body = if fty.ret == Ty::None {
            vec![
                Stmt {
                    kind: StmtKind::Expr(call),
                    span,
                },
                Stmt {
                    kind: StmtKind::Return(None),
                    span,
                },
            ]
        } else {
            vec![Stmt {
                kind: StmtKind::Return(Some(call)),
                span,
            }]
        };
        let mut all = vec![Param {
            name: "$fn".to_string(),
            ty: Ty::Func(Box::new(fty.clone())),
            default: None,
            span,
            kind: hir::ParamKind::Positional,
        }];
        all.extend(params.iter().cloned());
        self.push_function(
            Signature {
                name: name.to_string(),
                params: all,
                ret: RetTy::Annotated(fty.ret.clone()),
                gen_ret: Ty::None,
                method: None,
            },
            hir::Function {
                name: name.to_string(),
                params: (0..=params.len() as u32).map(LocalId).collect(),
                defaults: vec![None; params.len() + 1],
                param_kinds: vec![hir::ParamKind::Positional; params.len() + 1],
                locals,
                ret: fty.ret.clone(),
                ret_annotated: true,
                doc: None,
                body,
                span,
                name_span: span,
                top_level: false,
                hidden_frame: true,
                module: self.cur as u32,
                generator: false,
            },
        )
    }

    /// Registers a function the checker made whole.
    fn push_function(&mut self, sig: Signature, f: hir::Function) -> FuncId {
        let id = FuncId(self.sigs.len() as u32);
        self.sigs.push(sig);
        self.defs.push(None);
        self.bodies.push(Some(f));
        id
    }

    /// A `def` inside a function: binds its name to the (decorated)
    /// function object.
    pub(super) fn nested_def(
        &mut self,
        cx: &mut FnCx,
        def: &ast::StmtFunctionDef,
    ) -> Chk<StmtKind> {
        let name = def.name.to_string();
        if def.parameters.vararg.is_some() {
            let value = self.wrapper_def(cx, def, false)?;
            return self.bind_nested(cx, def, value);
        }
        let qual = format!("{}.<locals>.{name}", cx.qualname);
        let sig = self.nested_signature(cx, def, qual)?;
        if let Some(p) = sig
            .params
            .iter()
            .find(|p| p.kind != hir::ParamKind::Positional)
        {
            // A nested function is a Callable value, whose calls are
            // positional only.
            return Err(self.error_hint(
                p.span,
                format!(
                    "unsupported syntax: {} in a nested function",
                    kind_words(p.kind)
                ),
                "nested functions are Callable values, called positionally; \
                 move the function to the top level",
            ));
        }
        let ret = match sig.ret {
            RetTy::Annotated(t) => Some(t),
            _ => None,
        };
        let uses = Uses::of_body(&def.body);
        let free = uses.free_names(&param_names(&def.parameters));
        let self_ref =
            def.decorator_list.is_empty() && !uses.captured.contains(&name) && cx.binds_once(&name);
        let value = self.nested_function(
            cx,
            Nested {
                name: name.clone(),
                params: sig.params,
                ret,
                body: NestedBody::Stmts(&def.body),
                uses,
                free,
                span: def.range.into(),
                name_span: def.name.range.into(),
                self_ref,
                packed: None,
            },
        )?;
        self.bind_nested(cx, def, value)
    }

    /// A nested `def`'s signature. Its one unannotated parameter is the
    /// function a decorator factory's specialisation decorates, when the
    /// factory is applied as a decorator (see `generic.rs`).
    fn nested_signature(
        &mut self,
        cx: &FnCx,
        def: &ast::StmtFunctionDef,
        qual: String,
    ) -> Chk<Signature> {
        let p = &def.parameters;
        let lone_untyped = p.posonlyargs.is_empty()
            && p.kwonlyargs.is_empty()
            && p.kwarg.is_none()
            && matches!(&p.args[..], [a] if a.parameter.annotation.is_none() && a.default.is_none());
        if !lone_untyped {
            return self.signature_with(def, qual, None);
        }
        let Some(target) = self.deco_target.take() else {
            let pname = p.args[0].parameter.name.to_string();
            return Err(self.error_hint(
                p.args[0].range,
                format!(
                    "parameter '{pname}' of function '{}' needs a type annotation",
                    def.name
                ),
                format!(
                    "annotate it (e.g. `{pname}: int`); an unannotated inner decorator is \
                     typed only where its factory is applied as a decorator (`@factory(...)`) \
                     in '{}'",
                    cx.name
                ),
            ));
        };
        let (mut sig, _) = self.signature_inner(def, qual, None, true)?;
        sig.params[0].ty = target;
        Ok(sig)
    }

    /// Binds a nested `def`'s name to its decorated function object.
    fn bind_nested(
        &mut self,
        cx: &mut FnCx,
        def: &ast::StmtFunctionDef,
        value: Expr,
    ) -> Chk<StmtKind> {
        let value = self.apply_decorators(cx, &def.decorator_list, value)?;
        let ty = value.ty.clone();
        let place = self.store_name(cx, def.name.as_str(), &ty, def.name.range.into())?;
        Ok(StmtKind::Assign(place, value))
    }

    /// A lambda; its parameter types come from `want` (the Callable type
    /// its context expects), else it must take no parameters.
    pub(super) fn lambda(
        &mut self,
        cx: &mut FnCx,
        l: &ast::ExprLambda,
        want: Option<&FnTy>,
    ) -> Chk<Expr> {
        self.lambda_typed(cx, l, want, false)
    }

    /// A lambda whose parameter types are `want`'s and whose return type
    /// comes from its body (the function `map` and `filter` call).
    pub(super) fn lambda_infer_ret(
        &mut self,
        cx: &mut FnCx,
        l: &ast::ExprLambda,
        want: &FnTy,
    ) -> Chk<Expr> {
        self.lambda_typed(cx, l, Some(want), true)
    }

    fn lambda_typed(
        &mut self,
        cx: &mut FnCx,
        l: &ast::ExprLambda,
        want: Option<&FnTy>,
        infer_ret: bool,
    ) -> Chk<Expr> {
        let span: Span = l.range.into();
        let names: Vec<(String, Span)> = match l.parameters.as_deref() {
            None => Vec::new(),
            Some(p) => {
                if let Some(v) = &p.vararg {
                    return Err(self.unsupported(v.range, "*args in a lambda"));
                }
                if let Some(k) = &p.kwarg {
                    return Err(self.unsupported(k.range, "**kwargs in a lambda"));
                }
                if let Some(k) = p.kwonlyargs.first() {
                    return Err(self.unsupported(k.range, "keyword-only parameters in a lambda"));
                }
                let mut out = Vec::new();
                for a in p.posonlyargs.iter().chain(p.args.iter()) {
                    if let Some(d) = &a.default {
                        return Err(self.error_hint(
                            d.range(),
                            "unsupported syntax: default values in a lambda",
                            "a Callable value has no defaults; pass every argument",
                        ));
                    }
                    out.push((a.parameter.name.to_string(), a.range.into()));
                }
                out
            }
        };
        let (tys, ret) = match want {
            Some(w) if w.params.len() == names.len() => {
                (w.params.clone(), (!infer_ret).then(|| w.ret.clone()))
            }
            Some(w) => {
                return Err(self.error(
                    span,
                    format!(
                        "this lambda takes {} argument{} but {} is expected",
                        names.len(),
                        if names.len() == 1 { "" } else { "s" },
                        Ty::Func(Box::new(w.clone()))
                    ),
                ))
            }
            None if names.is_empty() => (Vec::new(), None),
            None => {
                return Err(self.error_hint(
                    span,
                    "cannot infer the parameter types of this lambda",
                    "use it where a Callable type is expected (an annotated variable, \
                     parameter or return), e.g. `f: Callable[[int], int] = lambda x: x + 1`",
                ))
            }
        };
        let params: Vec<Param> = names
            .into_iter()
            .zip(tys)
            .map(|((name, span), ty)| Param {
                name,
                ty,
                default: None,
                span,
                kind: hir::ParamKind::Positional,
            })
            .collect();
        let (uses, pnames) = lambda_uses(l);
        let free = uses.free_names(&pnames);
        self.nested_function(
            cx,
            Nested {
                name: "<lambda>".to_string(),
                params,
                ret,
                body: NestedBody::Expr(&l.body),
                uses,
                free,
                span,
                name_span: span,
                self_ref: false,
                packed: None,
            },
        )
    }

    /// Checks a nested function's body with `outer`'s variables in reach
    /// and makes its function object.
    pub(super) fn nested_function(&mut self, outer: &mut FnCx, n: Nested<'_>) -> Chk<Expr> {
        let qualname = if outer.is_module {
            n.name.clone()
        } else {
            format!("{}.<locals>.{}", outer.qualname, n.name)
        };
        // What it captures: cells of the enclosing function.
        let mut cells: Vec<LocalId> = Vec::new();
        let mut captures: Vec<(String, Ty, bool)> = Vec::new();
        for name in &n.free {
            if n.self_ref && *name == n.name {
                continue;
            }
            let Some(id) = self.outer_cell(outer, name, n.span)? else {
                if n.uses.nonlocals.contains(name) {
                    return Err(self.error(
                        n.name_span,
                        format!("no binding for nonlocal '{name}' found"),
                    ));
                }
                continue;
            };
            let assigned = !outer.needs_check(Var::Local(id));
            captures.push((name.clone(), outer.local_ty(id).clone(), assigned));
            cells.push(id);
        }
        let placeholder_ret = n.ret.clone().unwrap_or(Ty::None);
        let fty = |ret: Ty, params: &[Param]| FnTy {
            params: params.iter().map(|p| p.ty.clone()).collect(),
            ret,
        };
        let mut cx = FnCx::for_nested(
            &n.name,
            &qualname,
            Ty::Func(Box::new(fty(placeholder_ret, &n.params))),
            &n.params,
            n.ret.clone(),
            &n.uses,
            &captures,
            match &n.body {
                NestedBody::Stmts(b) => b,
                NestedBody::Expr(_) | NestedBody::GenExp(..) | NestedBody::Built(_) => &[],
            },
        );
        if n.self_ref {
            cx.self_ref = Some((n.name.clone(), n.ret.is_some()));
        }
        // A captured empty container still pending (`cache = {}` in a
        // decorator) is typed by its uses here too: they learn the hint
        // of the enclosing function's display.
        for ((name, _, _), id) in captures.iter().zip(&cells) {
            if let (Some(p), Some(inner)) = (outer.pending.get(id), cx.local(name)) {
                cx.pending.insert(inner, p.clone());
            }
        }
        cx.ctx = format!("{}/{qualname}", outer.ctx);
        let errors_before = self.diags.len();
        let prologue = n
            .packed
            .as_ref()
            .map(|p| self.bind_wrapper_args(&mut cx, p, &n.params, n.name_span));
        let forwarded = n.packed.as_ref().and_then(|p| p.kwargs.clone());
        let body = match n.body {
            NestedBody::Stmts(b) => {
                self.wrapper_kwargs.extend(forwarded.clone());
                let body = self.block(&mut cx, b);
                if forwarded.is_some() {
                    self.wrapper_kwargs.pop();
                }
                prologue.into_iter().chain(body).collect()
            }
            NestedBody::GenExp(g, source) => {
                cx.is_gen = true;
                let mut unused = None;
                self.comp_loops(
                    &mut cx,
                    super::comprehension::Comp::Yield(&g.elt),
                    &g.generators,
                    Some(*source),
                    n.span,
                    &mut unused,
                )?
            }
            NestedBody::Built(build) => {
                cx.is_gen = true;
                build(self, &mut cx)?
            }
            NestedBody::Expr(e) => {
                let v = match &n.ret {
                    Some(t) => self.expr_for(&mut cx, e, t)?,
                    None => self.expr(&mut cx, e)?,
                };
                if let Some(t) = &n.ret {
                    if v.ty != *t {
                        return Err(self.error_hint(
                            v.span,
                            format!("this lambda returns {} but {t} is expected", v.ty),
                            super::stmt::mismatch_hint(t, &v.ty),
                        ));
                    }
                }
                cx.inferred_ret = Some(v.ty.clone());
                let span = v.span;
                vec![Stmt {
                    kind: StmtKind::Return(Some(v)),
                    span,
                }]
            }
        };
        let left = std::mem::take(&mut cx.pending).into_values().collect();
        self.unresolved(left, cx.failed_stmt);
        if self.diags.len() != errors_before {
            return Err(Reported);
        }
        let ret = match &n.ret {
            Some(t) => t.clone(),
            None => cx.inferred_ret.clone().unwrap_or(Ty::None),
        };
        if !cx.falls_off_end_ok(&ret) && super::stmt::may_fall_through(&body) {
            return Err(self.error_hint(
                n.name_span,
                format!(
                    "function '{}' is annotated -> {ret} but can reach its end without returning",
                    n.name
                ),
                "add a return statement at the end",
            ));
        }
        let ty = Ty::Func(Box::new(fty(ret.clone(), &n.params)));
        cx.set_local_ty(LocalId(0), ty.clone());
        let mut params = vec![Param {
            name: "$fn".to_string(),
            ty: ty.clone(),
            default: None,
            span: n.span,
            kind: hir::ParamKind::Positional,
        }];
        params.extend(n.params.iter().cloned());
        let nparams = params.len();
        let generator = cx.is_gen;
        let id = self.push_function(
            Signature {
                name: n.name.clone(),
                params,
                ret: RetTy::Annotated(ret.clone()),
                gen_ret: Ty::None,
                method: None,
            },
            hir::Function {
                name: n.name.clone(),
                params: (0..nparams as u32).map(LocalId).collect(),
                defaults: vec![None; nparams],
                param_kinds: vec![hir::ParamKind::Positional; nparams],
                locals: cx.into_locals(),
                ret,
                ret_annotated: n.ret.is_some(),
                doc: None,
                body,
                span: n.span,
                name_span: n.name_span,
                top_level: false,
                hidden_frame: false,
                module: self.cur as u32,
                generator,
            },
        );
        Ok(Expr {
            kind: ExprKind::MakeFunc(Box::new(hir::MakeFunc {
                func: id,
                name: n.name,
                qualname,
                cells,
            })),
            ty,
            span: n.span,
        })
    }

    /// The cell variable of `outer` that a nested function's free `name`
    /// refers to (None: a global or builtin).
    fn outer_cell(&mut self, outer: &FnCx, name: &str, span: Span) -> Chk<Option<LocalId>> {
        let id = if let Some(&(_, id)) = outer.comp_scopes.iter().rev().find(|(v, _)| v == name) {
            id
        } else if outer.is_module {
            return Ok(None);
        } else if outer.local_scope.contains(name) || outer.free.contains(name) {
            match outer.local(name) {
                Some(id) => id,
                None => {
                    return Err(self.error_hint(
                        span,
                        format!("'{name}' is captured here before '{}' assigns it", outer.name),
                        "assign the variable before the nested function or lambda so pyaot knows its type",
                    ))
                }
            }
        } else if outer.self_ref.as_ref().is_some_and(|(n, _)| n == name) {
            return Err(self.error_hint(
                span,
                format!("unsupported: capturing the nested function '{name}' inside itself"),
                "call it by name from its own body only, or define the inner function at the same level",
            ));
        } else {
            return Ok(None);
        };
        if outer.local_cell(id).is_none() {
            return Err(self.error_hint(
                span,
                format!("unsupported: capturing '{name}' here"),
                "capture variables of the enclosing function by name",
            ));
        }
        Ok(Some(id))
    }

    /// Applies `decorators` (last first, as Python does) to a function
    /// object.
    pub(super) fn apply_decorators(
        &mut self,
        cx: &mut FnCx,
        decorators: &[ast::Decorator],
        value: Expr,
    ) -> Chk<Expr> {
        let mut value = value;
        for d in decorators.iter().rev() {
            value = self.call_with_value(cx, &d.expression, value)?;
        }
        Ok(value)
    }

    /// `deco(value)` for a decorator expression.
    fn call_with_value(&mut self, cx: &mut FnCx, deco: &ast::Expr, value: Expr) -> Chk<Expr> {
        let span: Span = deco.range().into();
        if let Some((t, c)) = self.template_factory(cx, deco) {
            let factory = self.generic_call_for(cx, t, c, Some(value.ty.clone()))?;
            return self.apply_value(factory, value, span);
        }
        if let ast::Expr::Name(n) = deco {
            let name = n.id.as_str();
            if let Some(t) = self
                .template_id(name)
                .filter(|_| !self.shadowed_by_var(cx, name))
            {
                return self.generic_decorate(t, value, span);
            }
            if matches!(
                name,
                "staticmethod" | "classmethod" | "property" | "dataclass"
            ) {
                return Err(self.unsupported(span, &format!("@{name} outside a class body")));
            }
            if let Some(id) = self
                .func_id(name)
                .filter(|_| !self.shadowed_by_var(cx, name))
            {
                let params = self.sig(id).params.clone();
                let ret = self.return_type(id, span)?;
                let [p] = &params[..] else {
                    return Err(self.error(
                        span,
                        format!("decorator '{name}' must take exactly one argument (the function)"),
                    ));
                };
                if p.ty != value.ty {
                    return Err(self.error_hint(
                        span,
                        format!("decorator '{name}' takes {}, not {}", p.ty, value.ty),
                        "the decorated function's signature must match the decorator's parameter type",
                    ));
                }
                return Ok(Expr {
                    kind: ExprKind::Call {
                        func: id,
                        args: vec![value],
                        eval_order: vec![0],
                    },
                    ty: ret,
                    span,
                });
            }
        }
        let callee = self.expr(cx, deco)?;
        self.apply_value(callee, value, span)
    }

    /// `factory(...)` naming a template: the decorator factory call that a
    /// decorator's target specialises.
    fn template_factory<'e>(
        &self,
        cx: &FnCx,
        deco: &'e ast::Expr,
    ) -> Option<(usize, &'e ast::ExprCall)> {
        let ast::Expr::Call(c) = deco else {
            return None;
        };
        let ast::Expr::Name(n) = &*c.func else {
            return None;
        };
        let name = n.id.as_str();
        let t = self.template_id(name)?;
        (!self.shadowed_by_var(cx, name)).then_some((t, c))
    }

    /// `callee(value)` for a decorator value `callee`.
    fn apply_value(&mut self, callee: Expr, value: Expr, span: Span) -> Chk<Expr> {
        let Some(f) = callee.ty.func().cloned() else {
            return Err(self.error_hint(
                span,
                format!("a decorator must be a function, not {}", callee.ty),
                "pyaot supports decorators that are functions taking and returning a Callable",
            ));
        };
        if f.params.len() != 1 || f.params[0] != value.ty {
            return Err(self.error(
                span,
                format!(
                    "this decorator is {}, which cannot take {}",
                    callee.ty, value.ty
                ),
            ));
        }
        Ok(Expr {
            kind: ExprKind::CallValue {
                callee: Box::new(callee),
                args: vec![value],
            },
            ty: f.ret.clone(),
            span,
        })
    }

    /// A call of a function object with the call's arguments.
    pub(super) fn call_value(
        &mut self,
        cx: &mut FnCx,
        callee: Expr,
        c: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let Some(f) = callee.ty.func().cloned() else {
            return Err(Reported);
        };
        if let Some(k) = c
            .arguments
            .keywords
            .iter()
            .find(|k| !self.forwards_kwargs(cx, k))
        {
            return Err(self.error_hint(
                k.range,
                "unsupported: keyword arguments in a call of a Callable value",
                "a Callable's parameters (a decorated function's too: its wrapper takes *args) \
                 have no names; pass them positionally",
            ));
        }
        let mut spread = Vec::new();
        for a in c.arguments.args.iter() {
            match a {
                ast::Expr::Starred(s) => spread.extend(self.spread_tuple(cx, s)?),
                _ => spread.push(Arg::Syntax(a)),
            }
        }
        let n = spread.len();
        if n != f.params.len() {
            return Err(self.error(
                span,
                format!(
                    "this {} takes {} argument{} but {n} {} given",
                    callee.ty,
                    f.params.len(),
                    if f.params.len() == 1 { "" } else { "s" },
                    if n == 1 { "was" } else { "were" }
                ),
            ));
        }
        let mut args = Vec::new();
        for (i, (a, want)) in spread.into_iter().zip(&f.params).enumerate() {
            let v = match a {
                Arg::Syntax(a) => self.expr_for(cx, a, want)?,
                Arg::Checked(v) => v,
            };
            if v.ty != *want {
                return Err(self.error_hint(
                    v.span,
                    format!(
                        "argument {} of this {} must be {want}, not {}",
                        i + 1,
                        callee.ty,
                        v.ty
                    ),
                    super::stmt::mismatch_hint(want, &v.ty),
                ));
            }
            args.push(v);
        }
        Ok(Expr {
            kind: ExprKind::CallValue {
                callee: Box::new(callee),
                args,
            },
            ty: f.ret,
            span,
        })
    }

    /// Checks `e` where a `want` is expected: a lambda takes its parameter
    /// types from a Callable `want`, displays their element types.
    pub fn expr_for(&mut self, cx: &mut FnCx, e: &ast::Expr, want: &Ty) -> Chk<Expr> {
        match (e, want) {
            (ast::Expr::Lambda(l), Ty::Func(f)) => self.lambda(cx, l, Some(f)),
            (ast::Expr::Call(c), Ty::Iterable(w))
                if **w == Ty::Int && self.is_builtin_name(cx, &c.func, "range") =>
            {
                self.range_object(cx, c)
            }
            (ast::Expr::Call(c), _)
                if matches!(&*c.func, ast::Expr::Name(n)
                    if self.native_member(n.id.as_str()).is_some_and(|(m, _)| m == "collections")) =>
            {
                let ast::Expr::Name(n) = &*c.func else {
                    return Err(Reported);
                };
                let member = n.id.as_str().trim_start_matches("collections.").to_string();
                self.collections_call(cx, &member, c, Some(want))
            }
            (ast::Expr::List(l), Ty::List(elem)) if l.elts.iter().any(has_lambda) => {
                let mut items = Vec::new();
                for el in &l.elts {
                    items.push(self.expr_for(cx, el, elem)?);
                }
                let span: Span = l.range.into();
                if let Some(bad) = items.iter().find(|i| i.ty != **elem) {
                    return Err(self.error(
                        bad.span,
                        format!("list elements must have one type: {elem} and {}", bad.ty),
                    ));
                }
                Ok(Expr {
                    kind: ExprKind::List(items),
                    ty: want.clone(),
                    span,
                })
            }
            (ast::Expr::Dict(d), Ty::Dict(k, v, _))
                if d.items.iter().any(|i| has_lambda(&i.value)) =>
            {
                let mut items = Vec::new();
                for item in &d.items {
                    let Some(key) = &item.key else {
                        return Err(self.unsupported(item.value.range(), "** in dict displays"));
                    };
                    let key = self.expr(cx, key)?;
                    let key = self.dict_key(key, k)?;
                    let val = self.expr_for(cx, &item.value, v)?;
                    if val.ty != **v {
                        return Err(
                            self.error(val.span, format!("cannot store {} in a {want}", val.ty))
                        );
                    }
                    items.push((key, val));
                }
                Ok(Expr {
                    kind: ExprKind::Dict(items),
                    ty: want.clone(),
                    span: d.range.into(),
                })
            }
            _ => {
                let v = self.expr(cx, e)?;
                Ok(self.fit(v, want))
            }
        }
    }

    /// `f.__name__` of a function object.
    pub(super) fn func_name_attr(&mut self, v: Expr, span: Span) -> Expr {
        Expr {
            kind: ExprKind::RtCall {
                func: "pyaot_func_name",
                args: vec![hir::RtArg::Value(v)],
                conv: hir::RtConv::Infallible,
            },
            ty: Ty::Str,
            span,
        }
    }

    /// A read of the running nested function's own name: its function
    /// object (the first parameter).
    pub(super) fn self_ref_read(&mut self, cx: &FnCx, span: Span) -> Chk<Expr> {
        let (name, ret_known) = cx.self_ref.clone().ok_or(Reported)?;
        if !ret_known {
            return Err(self.error_hint(
                span,
                format!("cannot infer the return type of recursive function '{name}'"),
                format!("annotate it, e.g. `def {name}(...) -> int:`"),
            ));
        }
        Ok(Expr {
            kind: ExprKind::Local {
                id: LocalId(0),
                checked: false,
            },
            ty: cx.local_ty(LocalId(0)).clone(),
            span,
        })
    }
}

/// An argument of a call of a Callable value: as written, or an item of
/// a `*args` tuple expanded statically.
enum Arg<'e> {
    Syntax(&'e ast::Expr),
    Checked(Expr),
}

impl<'a> Checker<'a> {
    /// Whether keyword `k` is a wrapper's `**kwargs` forwarded (always
    /// empty, so it passes nothing; see `wrapper.rs`).
    fn forwards_kwargs(&self, cx: &FnCx, k: &ast::Keyword) -> bool {
        k.arg.is_none()
            && matches!(&k.value, ast::Expr::Name(n)
                if self.wrapper_kwargs.iter().any(|w| w == n.id.as_str())
                    && cx.local(n.id.as_str()).is_none())
    }

    /// `*t` in a call of a Callable value: the items of a fixed-length
    /// tuple variable, read one by one.
    fn spread_tuple<'e>(&mut self, cx: &mut FnCx, s: &'e ast::ExprStarred) -> Chk<Vec<Arg<'e>>> {
        let hint = "pyaot expands `*t` in a call of a Callable value when `t` is a \
                    variable holding a fixed-length tuple (a wrapper's `*args`)";
        if !matches!(&*s.value, ast::Expr::Name(_)) {
            return Err(self.error_hint(
                s.range,
                "unsupported: unpacking this expression in a call of a Callable value",
                hint,
            ));
        }
        let t = self.expr(cx, &s.value)?;
        let ExprKind::Local { id, checked } = t.kind else {
            return Err(self.error_hint(
                s.range,
                "unsupported: unpacking a global variable in a call of a Callable value",
                hint,
            ));
        };
        let Ty::Tuple(items) = t.ty.clone() else {
            return Err(self.error_hint(
                s.range,
                format!(
                    "unsupported: unpacking a {} in a call of a Callable value",
                    t.ty
                ),
                hint,
            ));
        };
        Ok(items
            .into_iter()
            .enumerate()
            .map(|(i, ty)| {
                Arg::Checked(Expr {
                    kind: ExprKind::TupleGet(
                        Box::new(Expr {
                            kind: ExprKind::Local { id, checked },
                            ty: t.ty.clone(),
                            span: t.span,
                        }),
                        i,
                    ),
                    ty,
                    span: t.span,
                })
            })
            .collect())
    }
}

fn has_lambda(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Lambda(_))
}

impl FnCx {
    /// Whether `name` is bound only once in this function (by one `def`),
    /// so a nested function of that name may refer to itself directly.
    pub fn binds_once(&self, name: &str) -> bool {
        !self.is_module && self.def_count(name) == 1 && !self.rebound_names.contains(name)
    }

    pub fn local_cell(&self, id: LocalId) -> Option<CellOf> {
        self.locals_ref()[id.index()].cell
    }
}

/// How messages name a parameter kind.
pub(super) fn kind_words(kind: hir::ParamKind) -> &'static str {
    match kind {
        hir::ParamKind::Positional => "positional parameters",
        hir::ParamKind::KwOnly => "keyword-only parameters",
        hir::ParamKind::VarArgs => "*args parameters",
        hir::ParamKind::VarKw => "**kwargs parameters",
    }
}
