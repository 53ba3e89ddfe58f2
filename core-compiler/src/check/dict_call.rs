//! The builtin `dict(...)`: `dict()`, `dict(mapping)`, `dict(pairs)`,
//! `dict(k=v, ...)` and `dict(mapping_or_pairs, k=v, ...)`.
//!
//! `dict(d)` is a copy. `dict(pairs)` of an iterable of 2-tuples (a list,
//! `zip(...)`, a generator...) is the dict comprehension `{k: v for k, v
//! in pairs}`, which inserts in CPython's order with later keys winning;
//! the iterable is evaluated once, into a hidden local the comprehension
//! reads. Keyword arguments are str keys set after the positional
//! argument's items, as CPython does. `dict()` is an empty dict typed by
//! its context, as `{}` is.

use super::comprehension::Comp;
use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Expr, ExprKind, Place, RtArg, RtConv, Stmt, StmtKind};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast::{self as ast};
use ruff_text_size::{Ranged, TextRange};

/// The name of the hidden local holding `dict(pairs)`'s iterable.
const SRC: &str = "$dict_src";

fn name(id: &str, range: TextRange) -> ast::Expr {
    ast::Expr::Name(ast::ExprName {
        node_index: ast::AtomicNodeIndex::NONE,
        range,
        id: ast::name::Name::new(id),
        ctx: ast::ExprContext::Load,
    })
}

impl<'a> Checker<'a> {
    /// `dict(...)`.
    pub(super) fn dict_call(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        let base = match &c.arguments.args[..] {
            [] => None,
            [a] => Some(self.dict_base(cx, a, c.range())?),
            [_, extra, ..] => {
                return Err(self.error(
                    extra.range(),
                    format!(
                        "dict expected at most 1 argument, got {}",
                        c.arguments.args.len()
                    ),
                ))
            }
        };
        let mut kws = Vec::new();
        for k in c.arguments.keywords.iter() {
            let Some(arg) = &k.arg else {
                return Err(self.unsupported(k.range, "** arguments"));
            };
            let v = self.expr(cx, &k.value)?;
            kws.push((arg.to_string(), v, Span::from(k.range)));
        }
        let Some(base) = base else {
            return self.dict_of_keywords(kws, span);
        };
        if kws.is_empty() {
            return Ok(base);
        }
        let Ty::Dict(kt, vt, _) = base.ty.clone() else {
            return Err(Reported);
        };
        if *kt != Ty::Str {
            return Err(self.error_hint(
                span,
                format!("keyword arguments add str keys to a dict[{kt}, {vt}]"),
                "pass a dict with str keys, or set the items with d[k] = v",
            ));
        }
        let ty = base.ty.clone();
        let tmp = format!("$dict{}", self.next_hidden());
        let id = cx.declare_local(&tmp, ty.clone());
        let read = || Expr {
            kind: ExprKind::Local { id, checked: false },
            ty: ty.clone(),
            span,
        };
        let mut stmts = vec![Stmt {
            kind: StmtKind::Assign(Place::Local(id), base),
            span,
        }];
        for (k, v, at) in kws {
            let v = self.fit(v, &vt);
            if v.ty != *vt {
                return Err(self.error(at, format!("cannot store {} in a {ty}", v.ty)));
            }
            let key = Expr {
                kind: ExprKind::Str(k),
                ty: Ty::Str,
                span: at,
            };
            stmts.push(Stmt {
                kind: StmtKind::Assign(
                    Place::DictItem {
                        dict: Box::new(read()),
                        key: Box::new(key),
                    },
                    v,
                ),
                span: at,
            });
        }
        Ok(Expr {
            kind: ExprKind::Block(stmts, id),
            ty,
            span,
        })
    }

    /// `dict(k=v, ...)`: a display with str keys (`dict()` when empty).
    pub(super) fn dict_of_keywords(
        &mut self,
        kws: Vec<(String, Expr, Span)>,
        span: Span,
    ) -> Chk<Expr> {
        let Some(vt) = kws.first().map(|(_, v, _)| v.ty.clone()) else {
            return Ok(Expr {
                kind: ExprKind::Dict(Vec::new()),
                ty: Ty::empty_dict(),
                span,
            });
        };
        let mut items = Vec::new();
        for (k, v, at) in kws {
            let v = self.fit(v, &vt);
            if v.ty != vt {
                return Err(self.error_hint(
                    v.span,
                    format!("dict values must have one type: {vt} and {}", v.ty),
                    "pyaot dicts hold one value type; convert the values",
                ));
            }
            let key = Expr {
                kind: ExprKind::Str(k),
                ty: Ty::Str,
                span: at,
            };
            items.push((key, v));
        }
        Ok(Expr {
            kind: ExprKind::Dict(items),
            ty: Ty::dict(Ty::Str, vt),
            span,
        })
    }

    /// `dict(x)`'s positional argument: a copy of a dict, or the dict of
    /// an iterable of pairs.
    pub(super) fn dict_base(
        &mut self,
        cx: &mut FnCx,
        a: &ast::Expr,
        range: TextRange,
    ) -> Chk<Expr> {
        let span: Span = range.into();
        // `range`, `zip`, `enumerate`, `reversed` are only iterables
        // here; any other dict argument is copied, not iterated.
        let iterated = matches!(a, ast::Expr::Call(c) if ["range", "zip", "enumerate", "reversed"]
            .iter()
            .any(|n| self.is_builtin_name(cx, &c.func, n)));
        let src = if iterated {
            self.iterable(cx, a)?
        } else {
            let d = self.expr(cx, a)?;
            // A defaultdict or Counter copies into a plain dict.
            if let Ty::Dict(k, v, _) = &d.ty {
                let ty = Ty::dict((**k).clone(), (**v).clone());
                return Ok(Expr {
                    kind: ExprKind::RtCall {
                        func: "pyaot_dict_copy_plain",
                        args: vec![RtArg::Value(d)],
                        conv: RtConv::Infallible,
                    },
                    ty,
                    span,
                });
            }
            self.feed_expr(d)?
        };
        let elem = self.elem_of(&src)?;
        match &elem {
            Ty::Tuple(items) if items.len() == 2 => {}
            Ty::Tuple(items) => {
                return Err(self.error(
                    src.span,
                    format!(
                        "dictionary update sequence element #0 has length {}; 2 is required",
                        items.len()
                    ),
                ))
            }
            other => {
                return Err(self.error_hint(
                    src.span,
                    format!("unsupported: dict() of {} items", other),
                    "pass an iterable of (key, value) tuples, e.g. zip(keys, values)",
                ))
            }
        }
        let id = cx.declare_local(&format!("{SRC}{}", self.next_hidden()), src.ty.clone());
        let assign = Stmt {
            kind: StmtKind::Assign(Place::Local(id), src),
            span,
        };
        let r = a.range();
        let (k, v) = (name("$dict_k", r), name("$dict_v", r));
        let target = ast::Expr::Tuple(ast::ExprTuple {
            node_index: ast::AtomicNodeIndex::NONE,
            range: r,
            elts: vec![k.clone(), v.clone()],
            ctx: ast::ExprContext::Store,
            parenthesized: false,
        });
        let gen = ast::Comprehension {
            range: r,
            node_index: ast::AtomicNodeIndex::NONE,
            target,
            iter: name(SRC, r),
            ifs: Vec::new(),
            is_async: false,
        };
        cx.comp_scopes.push((SRC.to_string(), id));
        let comp = self.comprehension(cx, Comp::Dict(&k, &v), &[gen], span);
        cx.comp_scopes.pop();
        let comp = comp?;
        let ty = comp.ty.clone();
        let out = cx.declare_local(&format!("$dict{}", self.next_hidden()), ty.clone());
        Ok(Expr {
            kind: ExprKind::Block(
                vec![
                    assign,
                    Stmt {
                        kind: StmtKind::Assign(Place::Local(out), comp),
                        span,
                    },
                ],
                out,
            ),
            ty,
            span,
        })
    }

    /// A checked iterable value as a list, str or generator (what
    /// `iterable` makes of a sequence).
    pub(super) fn feed_expr(&mut self, e: Expr) -> Chk<Expr> {
        Ok(match e.ty.clone() {
            Ty::Dict(k, _, _) => super::methods::dict_keys(e, *k),
            Ty::Tuple(_) | Ty::VarTuple(_) => self.tuple_as_list(e)?,
            Ty::Set(_) => super::set::set_as_list(e),
            Ty::Bytes => super::bytes::to_list(e),
            Ty::Deque(_) => super::generator::iter_of_iterable(e),
            _ => e,
        })
    }
}
