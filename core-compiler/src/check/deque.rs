//! `collections.deque[T]` in the checker: annotations, construction,
//! methods, indexing, `maxlen`, `==` and `in`.
//!
//! A deque is its own runtime object (`runtime/src/deque_obj.rs`), typed
//! `Ty::Deque(T)`. Every operation is an `RtCall` of the runtime function
//! that mirrors CPython's. Iterating one goes through `pyaot_iter_any`
//! (`generator::iter_of_iterable`), whose deque iterator raises CPython's
//! `RuntimeError: deque mutated during iteration`; so loops, comprehensions
//! and every consumer of iterators (`list sorted sum min max ...`) take a
//! deque as they take an `Iterable[T]`. Iterables passed to `deque(...)`,
//! `extend` and `extendleft` are passed as iterators too, so the runtime
//! checks `maxlen` before a generator argument runs, as CPython does.

use super::methods::{pos, rt};
use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Expr, ExprKind, RtArg, RtConv, StmtKind};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

impl<'a> Checker<'a> {
    /// `deque[T]` (or `typing.Deque[T]`) as an annotation.
    pub(super) fn deque_annotation(&mut self, s: &ast::ExprSubscript, at: Option<Span>) -> Chk<Ty> {
        let elem = self.annotation_at(&s.slice, at)?;
        if let Ty::Optional(_) = elem {
            let span = at.unwrap_or_else(|| s.range.into());
            return Err(self.optional_in_container(span, &elem));
        }
        if elem.is_exc_object() {
            let span = at.unwrap_or_else(|| s.range.into());
            return Err(self.unsupported(span, "deques of exception objects"));
        }
        Ok(Ty::Deque(Box::new(elem)))
    }

    /// `x` as an iterator (`Ty::Iter`): a generator, a new iterator over an
    /// Iterable or deque, or a live iterator over the list `x` is turned
    /// into (`Checker::iterable` has already made ranges, tuples, sets,
    /// dicts and bytes lists).
    fn as_iterator(&mut self, x: Expr, what: &str) -> Chk<Expr> {
        match x.ty {
            Ty::Iter(_) => Ok(x),
            Ty::Iterable(_) | Ty::Deque(_) => Ok(super::generator::iter_of_iterable(x)),
            _ => {
                let xs = self.as_list(x, what)?;
                let Ty::List(elem) = xs.ty.clone() else {
                    return Err(Reported);
                };
                let span = xs.span;
                Ok(rt(
                    "pyaot_iter_any",
                    vec![RtArg::Value(xs), RtArg::ElemKind((*elem).clone())],
                    RtConv::Infallible,
                    Ty::Iter(elem),
                    span,
                ))
            }
        }
    }

    /// An iterable argument of a deque of `elem` (None: the deque's type
    /// comes from it), as an iterator. An empty display takes `elem`.
    fn deque_items(
        &mut self,
        cx: &mut FnCx,
        e: &ast::Expr,
        elem: Option<&Ty>,
        what: &str,
    ) -> Chk<Expr> {
        let x = self.iterable(cx, e)?;
        let x = match (elem, &x.ty) {
            (Some(w), Ty::List(p)) if **p == Ty::None => {
                self.fit(x, &Ty::List(Box::new(w.clone())))
            }
            (Some(w), Ty::Set(p)) if **p == Ty::None => self.fit(x, &Ty::Set(Box::new(w.clone()))),
            _ => x,
        };
        let it = self.as_iterator(x, what)?;
        let Ty::Iter(got) = &it.ty else {
            return Err(Reported);
        };
        if **got == Ty::None && elem.is_none() {
            return Err(self.error_hint(
                e.range(),
                "cannot infer the element type of an empty deque",
                "annotate the variable, e.g. `q: deque[int] = deque()`",
            ));
        }
        if let Some(w) = elem.filter(|w| **w != **got) {
            return Err(self.error_hint(
                e.range(),
                format!("expected items of type {w} for a deque[{w}], not {got}"),
                super::stmt::mismatch_hint(w, got),
            ));
        }
        Ok(it)
    }

    /// `deque()`, `deque(iterable)`, `deque(iterable, maxlen)` (also by
    /// keyword); `want` is the type the context expects.
    pub(super) fn deque_call(
        &mut self,
        cx: &mut FnCx,
        c: &ast::ExprCall,
        want: Option<&Ty>,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let mut iterable: Option<&ast::Expr> = None;
        let mut maxlen: Option<&ast::Expr> = None;
        if c.arguments.args.len() > 2 {
            return Err(self.error(
                span,
                format!(
                    "deque expected at most 2 arguments, got {}",
                    c.arguments.args.len()
                ),
            ));
        }
        for (i, a) in c.arguments.args.iter().enumerate() {
            if let ast::Expr::Starred(s) = a {
                return Err(self.unsupported(s.range, "starred arguments"));
            }
            *(if i == 0 { &mut iterable } else { &mut maxlen }) = Some(a);
        }
        for k in &c.arguments.keywords {
            let slot = match k.arg.as_ref().map(|n| n.as_str()) {
                Some("iterable") => &mut iterable,
                Some("maxlen") => &mut maxlen,
                Some(other) => {
                    return Err(self.error(
                        k.range,
                        format!("deque() got an unexpected keyword argument '{other}'"),
                    ))
                }
                None => return Err(self.unsupported(k.range, "**kwargs arguments")),
            };
            if slot.is_some() {
                return Err(self.error(k.range, "deque() got multiple values for an argument"));
            }
            *slot = Some(&k.value);
        }
        let wanted = match want {
            Some(Ty::Deque(w)) => Some((**w).clone()),
            // (Where another type is expected, the caller reports the
            // mismatch, or upcasts to an Iterable.)
            _ => None,
        };
        let items = match iterable {
            Some(e) => Some(self.deque_items(cx, e, wanted.as_ref(), "deque")?),
            None => None,
        };
        let elem = match (&items, wanted) {
            (Some(it), _) => match &it.ty {
                Ty::Iter(e) => (**e).clone(),
                _ => return Err(Reported),
            },
            (None, Some(w)) => w,
            (None, None) => {
                return Err(self.error_hint(
                    span,
                    "cannot infer the element type of an empty deque",
                    "annotate the variable, e.g. `q: deque[int] = deque()`",
                ))
            }
        };
        if elem.is_exc_object() {
            return Err(self.unsupported(span, "deques of exception objects"));
        }
        if let Ty::Optional(_) = elem {
            return Err(self.optional_in_container(span, &elem));
        }
        let [n, has_n] = match maxlen {
            Some(ast::Expr::NoneLiteral(_)) | None => [RtArg::Int(0), RtArg::Flag(false)],
            Some(m) => {
                let m = self.expr(cx, m)?;
                [
                    RtArg::Value(self.want(m, &Ty::Int, "maxlen")?),
                    RtArg::Flag(true),
                ]
            }
        };
        let it = match items {
            Some(it) => RtArg::Value(it),
            None => RtArg::Null,
        };
        Ok(rt(
            "pyaot_deque_new",
            vec![RtArg::ElemKind(elem.clone()), it, n, has_n],
            RtConv::NullOnError,
            Ty::Deque(Box::new(elem)),
            span,
        ))
    }

    /// An item argument for a `deque[elem]` method.
    fn deque_item(&mut self, e: Option<Expr>, deque: &Ty, elem: &Ty) -> Chk<Expr> {
        let e = self.fit(e.ok_or(Reported)?, elem);
        if e.ty != *elem {
            return Err(self.error_hint(
                e.span,
                format!("expected {elem} for an element of a {deque}, not {}", e.ty),
                super::stmt::mismatch_hint(elem, &e.ty),
            ));
        }
        Ok(e)
    }

    /// `d.method(...)` of a `deque[elem]`.
    pub(super) fn deque_method(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        elem: Ty,
        method: &str,
        c: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let q = format!("deque.{method}");
        let dty = recv.ty.clone();
        let r = RtArg::Value(recv);
        Ok(match method {
            "append" | "appendleft" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("x")], 1)?;
                let x = self.deque_item(a.remove(0), &dty, &elem)?;
                let f = if method == "append" {
                    "pyaot_deque_append"
                } else {
                    "pyaot_deque_appendleft"
                };
                rt(
                    f,
                    vec![r, RtArg::Slot(x)],
                    RtConv::Infallible,
                    Ty::None,
                    span,
                )
            }
            "pop" | "popleft" => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                let f = if method == "pop" {
                    "pyaot_deque_pop"
                } else {
                    "pyaot_deque_popleft"
                };
                rt(f, vec![r], RtConv::FlagOutSlot, elem, span)
            }
            "extend" | "extendleft" => {
                let ([arg], []) = (&c.arguments.args[..], &c.arguments.keywords[..]) else {
                    return Err(self.error(
                        span,
                        format!(
                            "{q}() takes exactly one argument ({} given)",
                            c.arguments.args.len()
                        ),
                    ));
                };
                let it = self.deque_items(cx, arg, Some(&elem), &q)?;
                let f = if method == "extend" {
                    "pyaot_deque_extend"
                } else {
                    "pyaot_deque_extendleft"
                };
                rt(f, vec![r, RtArg::Value(it)], RtConv::Flag, Ty::None, span)
            }
            "rotate" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("n")], 0)?;
                let n = match a.remove(0) {
                    Some(n) => RtArg::Value(self.index_int(n)?),
                    None => RtArg::Int(1),
                };
                rt(
                    "pyaot_deque_rotate",
                    vec![r, n],
                    RtConv::Infallible,
                    Ty::None,
                    span,
                )
            }
            "clear" | "reverse" => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                let f = if method == "clear" {
                    "pyaot_deque_clear"
                } else {
                    "pyaot_deque_reverse"
                };
                rt(f, vec![r], RtConv::Infallible, Ty::None, span)
            }
            "copy" => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                rt("pyaot_deque_copy", vec![r], RtConv::Infallible, dty, span)
            }
            "count" | "remove" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("value")], 1)?;
                let x = self.deque_item(a.remove(0), &dty, &elem)?;
                let count_conv = self.elem_conv(&elem, Some("__eq__"), RtConv::Infallible, span)?;
                if method == "count" {
                    rt(
                        "pyaot_deque_count",
                        vec![r, RtArg::Slot(x)],
                        count_conv,
                        Ty::Int,
                        span,
                    )
                } else {
                    rt(
                        "pyaot_deque_remove",
                        vec![r, RtArg::Slot(x)],
                        RtConv::Flag,
                        Ty::None,
                        span,
                    )
                }
            }
            "index" => {
                let mut a = self.bind_method_args(
                    cx,
                    c,
                    &q,
                    &[pos("value"), pos("start"), pos("stop")],
                    1,
                )?;
                let x = self.deque_item(a.remove(0), &dty, &elem)?;
                self.elem_conv(&elem, Some("__eq__"), RtConv::Infallible, span)?;
                let bound = |ck: &mut Self, b: Option<Expr>, absent: i64| -> Chk<RtArg> {
                    Ok(match b {
                        Some(b) => RtArg::Value(ck.index_int(b)?),
                        None => RtArg::Int(absent),
                    })
                };
                let start = bound(self, a.remove(0), 0)?;
                let stop = bound(self, a.remove(0), i64::MAX)?;
                rt(
                    "pyaot_deque_index",
                    vec![r, RtArg::Slot(x), start, stop],
                    RtConv::FlagOut,
                    Ty::Int,
                    span,
                )
            }
            other => {
                return Err(self.error_hint(
                    span,
                    format!("'collections.deque' object has no attribute '{other}'"),
                    "see the README for the supported deque methods",
                ))
            }
        })
    }

    /// `d.maxlen`: an `Optional[int]`.
    pub(super) fn deque_maxlen(&mut self, d: Expr, span: Span) -> Expr {
        rt(
            "pyaot_deque_maxlen",
            vec![RtArg::Value(d)],
            RtConv::Infallible,
            Ty::Optional(Box::new(Ty::Int)),
            span,
        )
    }

    /// `d[i]`.
    pub(super) fn deque_index(&mut self, d: Expr, elem: Ty, i: Expr, span: Span) -> Chk<Expr> {
        let i = self.index_int(i)?;
        Ok(rt(
            "pyaot_deque_get",
            vec![RtArg::Value(d), RtArg::Value(i)],
            RtConv::FlagOutSlot,
            elem,
            span,
        ))
    }

    /// `d[i] = value` as a statement.
    pub(super) fn deque_store(
        &mut self,
        d: Expr,
        i: Expr,
        value: Expr,
        span: Span,
    ) -> Chk<StmtKind> {
        let Ty::Deque(elem) = d.ty.clone() else {
            return Err(Reported);
        };
        let i = self.index_int(i)?;
        let dty = d.ty.clone();
        let value = self.deque_item(Some(value), &dty, &elem)?;
        Ok(StmtKind::Expr(rt(
            "pyaot_deque_set",
            vec![RtArg::Value(d), RtArg::Value(i), RtArg::Slot(value)],
            RtConv::Flag,
            Ty::None,
            span,
        )))
    }

    /// `l == r`, `l != r`, `l in r`, `l not in r` where a deque is
    /// involved; other comparisons of deques are rejected.
    pub(super) fn deque_compare(
        &mut self,
        op: ast::CmpOp,
        l: Expr,
        r: Expr,
        span: Span,
    ) -> Chk<Expr> {
        let negate = matches!(op, ast::CmpOp::NotEq | ast::CmpOp::NotIn);
        let e = match (op, &l.ty, &r.ty) {
            (ast::CmpOp::Eq | ast::CmpOp::NotEq, Ty::Deque(a), Ty::Deque(b))
                if super::tuple::eq_comparable(a, b) =>
            {
                let conv = self.elem_conv(&a.clone(), Some("__eq__"), RtConv::Infallible, span)?;
                rt(
                    "pyaot_deque_eq",
                    vec![RtArg::Value(l), RtArg::Value(r)],
                    conv,
                    Ty::Bool,
                    span,
                )
            }
            (ast::CmpOp::In | ast::CmpOp::NotIn, _, Ty::Deque(e)) => {
                let e = (**e).clone();
                let dty = r.ty.clone();
                let x = self.deque_item(Some(l), &dty, &e)?;
                let conv = self.elem_conv(&e, Some("__eq__"), RtConv::Infallible, span)?;
                rt(
                    "pyaot_deque_contains",
                    vec![RtArg::Value(r), RtArg::Slot(x)],
                    conv,
                    Ty::Bool,
                    span,
                )
            }
            _ => {
                return Err(self.error_hint(
                    span,
                    format!(
                        "unsupported comparison '{}' between {} and {}",
                        op.as_str(),
                        l.ty,
                        r.ty
                    ),
                    "deques support == and != with another deque, and `in`",
                ))
            }
        };
        Ok(if negate {
            Expr {
                kind: ExprKind::Not(Box::new(e)),
                ty: Ty::Bool,
                span,
            }
        } else {
            e
        })
    }
}
