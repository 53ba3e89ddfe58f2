//! Generators in the checker: generator functions, `yield`, `yield from`,
//! `Iterator[T]` annotations and the builtins that consume generators.
//!
//! A function whose body (outside nested functions) contains `yield` is a
//! generator function; its return annotation must be `Iterator[T]`,
//! `Iterable[T]` or `Generator[T, None, R]`, all the type `Ty::Iter(T)`
//! there (elsewhere `Iterable[T]` is `Ty::Iterable`, any iterable object;
//! `iter_of_iterable` turns it into an iterator where it is iterated).
//! `yield` is a statement here: without `send()` its value is always None,
//! so an expression position would only ever see None (rejected with a
//! hint). It may not stand in an `except` or `finally` block, whose
//! in-flight exception codegen keeps in registers (see ARCHITECTURE.md
//! "Generators"). `yield from xs` is the loop `for $v in xs: yield $v`,
//! which is all it does without `send()`/`throw()`.
//!
//! Consumers that read a generator to its end (`sum`, `sorted`, `list`,
//! `min`, `max`, `set`, ...) get its list (`pyaot_gen_to_list`): the order
//! of every side effect is the same as CPython's, since they take all the
//! values before doing anything else. Loops (`for`, comprehensions) and
//! `any`/`all`, which may stop early, pull values one at a time.

use super::stmt::Hidden;
use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Expr, ExprKind, Place, RtArg, RtConv, Stmt, StmtKind};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast};
use ruff_text_size::Ranged;

/// Whether `body` contains `yield` or `yield from` outside nested
/// functions, lambdas and classes (which makes it a generator function).
pub fn contains_yield(body: &[ast::Stmt]) -> bool {
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a ast::Stmt) {
            match s {
                ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'a ast::Expr) {
            match e {
                ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => self.0 = true,
                ast::Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let mut f = Finder(false);
    for s in body {
        f.visit_stmt(s);
    }
    f.0
}

/// `iter(xs)` of an `Iterable[T]` value: a new iterator over the object
/// it holds (`pyaot_iter_any`: a live list iterator, a snapshot of a set
/// or dict's keys, the generator itself), or of a deque (its iterator,
/// which raises if the deque is mutated); any other value unchanged.
pub fn iter_of_iterable(xs: Expr) -> Expr {
    let (Ty::Iterable(elem) | Ty::Deque(elem)) = &xs.ty else {
        return xs;
    };
    let elem = (**elem).clone();
    let span = xs.span;
    Expr {
        kind: ExprKind::RtCall {
            func: "pyaot_iter_any",
            args: vec![RtArg::Value(xs), RtArg::ElemKind(elem.clone())],
            conv: RtConv::Infallible,
        },
        ty: Ty::Iter(Box::new(elem)),
        span,
    }
}

/// `list(g)`: runs generator `g` (or an iterator of Iterable `g`) to its
/// end, collecting its values.
pub fn gen_to_list(g: Expr) -> Expr {
    let g = iter_of_iterable(g);
    let elem = match &g.ty {
        Ty::Iter(e) => (**e).clone(),
        _ => Ty::None,
    };
    let span = g.span;
    Expr {
        kind: ExprKind::RtCall {
            func: "pyaot_gen_to_list",
            args: vec![RtArg::Value(g), RtArg::ElemKind(elem.clone())],
            conv: RtConv::NullOnError,
        },
        ty: Ty::List(Box::new(elem)),
        span,
    }
}

impl<'a> Checker<'a> {
    /// `Iterator[T]` or `Generator[T, None, R]` (no values sent in; the
    /// return type `R` matters only to a generator function's own
    /// signature, `generator_return_annotation`).
    pub(super) fn iterator_annotation(
        &mut self,
        s: &ast::ExprSubscript,
        at: Option<Span>,
    ) -> Chk<Ty> {
        let span = at.unwrap_or_else(|| s.range.into());
        let elem = match &*s.slice {
            ast::Expr::Tuple(t) => {
                let [y, send, ret] = &t.elts[..] else {
                    return Err(self.error_hint(
                        span,
                        "unsupported generator annotation",
                        "write Iterator[T] or Generator[T, None, R]",
                    ));
                };
                self.annotation_at(ret, at)?;
                if self.annotation_at(send, at)? != Ty::None {
                    return Err(self.error_hint(
                        span,
                        "unsupported generator annotation: a send type",
                        "pyaot generators do not receive sent values: \
                         write Generator[T, None, R] or Iterator[T]",
                    ));
                }
                self.annotation_at(y, at)?
            }
            one => self.annotation_at(one, at)?,
        };
        Ok(Ty::Iter(Box::new(elem)))
    }

    /// The `R` of a generator function's `-> Generator[Y, None, R]`
    /// annotation `ann` (None for `Iterator[T]`, `Iterable[T]`). A class
    /// instance is rejected (`StopIteration`'s message would need its
    /// `__str__`, which the runtime does not call), and so is an Optional
    /// (a boxed value the runtime could not print).
    pub(super) fn generator_return_annotation(&mut self, ann: &ast::Expr) -> Chk<Ty> {
        let ast::Expr::Subscript(s) = ann else {
            return Ok(Ty::None);
        };
        let ast::Expr::Tuple(t) = &*s.slice else {
            return Ok(Ty::None);
        };
        let [_, _, ret] = &t.elts[..] else {
            return Ok(Ty::None);
        };
        let r = self.annotation(ret)?;
        if matches!(r, Ty::Class(_) | Ty::Optional(_)) {
            return Err(self.error_hint(
                ret.range(),
                format!("unsupported: a generator returning {r}"),
                "return a str, number, bool or container of them",
            ));
        }
        Ok(r)
    }

    /// The type a `yield` at `span` must produce: the `T` of the
    /// function's `Iterator[T]` annotation.
    fn yield_type(&mut self, cx: &FnCx, span: Span) -> Chk<Ty> {
        if cx.is_module {
            return Err(self.error(span, "'yield' outside function"));
        }
        if cx.handler_depth > 0 || cx.finally_depth > 0 {
            return Err(self.error_hint(
                span,
                "unsupported: yield inside an except or finally block",
                "yield in the try body, or after the try statement",
            ));
        }
        match &cx.ret_annotation {
            Some(Ty::Iter(t)) => Ok((**t).clone()),
            other => {
                let what = match other {
                    Some(t) => format!("is annotated -> {t}"),
                    None => "has no return annotation".to_string(),
                };
                Err(self.error_hint(
                    span,
                    format!("generator function '{}' {what}", cx.name),
                    "annotate it -> Iterator[T] (from typing or collections.abc), or \
                     Generator[T, None, None], with T the type of the values it yields",
                ))
            }
        }
    }

    /// `yield value` / bare `yield` as a statement.
    pub(super) fn yield_stmt(&mut self, cx: &mut FnCx, y: &ast::ExprYield) -> Chk<StmtKind> {
        let span: Span = y.range.into();
        let elem = self.yield_type(cx, span)?;
        let value = match &y.value {
            Some(v) => {
                let v = self.expr_expecting(cx, v, &elem)?;
                self.want(v, &elem, "yield")?
            }
            None => {
                let none = Expr {
                    kind: ExprKind::None,
                    ty: Ty::None,
                    span,
                };
                self.want(none, &elem, "yield")?
            }
        };
        Ok(StmtKind::Yield(value))
    }

    /// `yield from iterable`: `for $v in iterable: yield $v`.
    pub(super) fn yield_from_stmt(
        &mut self,
        cx: &mut FnCx,
        y: &ast::ExprYieldFrom,
    ) -> Chk<StmtKind> {
        let span: Span = y.range.into();
        let elem = self.yield_type(cx, span)?;
        let range_call = match &*y.value {
            ast::Expr::Call(c) if self.is_builtin_name(cx, &c.func, "range") => Some(c),
            _ => None,
        };
        if let Some(c) = range_call {
            let (start, stop, step) = self.range_args(cx, c)?;
            let v = self.new_hidden(cx, Ty::Int, span)?;
            let var = v.place();
            let body = self.yield_of(v, &elem, span)?;
            return Ok(StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse: Vec::new(),
            });
        }
        let iter = self.live_iterable(cx, &y.value)?;
        let item = self.elem_of(&iter)?;
        let v = self.new_hidden(cx, item, span)?;
        let place = v.place();
        let body = self.yield_of(v, &elem, span)?;
        Ok(StmtKind::ForEach {
            vars: vec![(place, iter)],
            index: None,
            reverse: false,
            body,
            orelse: Vec::new(),
        })
    }

    /// The body `yield v` of a `yield from` loop.
    fn yield_of(&mut self, v: Hidden, elem: &Ty, span: Span) -> Chk<Vec<Stmt>> {
        let value = self.want(v.read(), elem, "yield from")?;
        Ok(vec![Stmt {
            kind: StmtKind::Yield(value),
            span,
        }])
    }

    /// `return` in a generator function ends it; `return value` (in a
    /// `Generator[Y, None, R]`) stores the value on the generator object
    /// (`pyaot_gen_set_return`) for the StopIteration that ends it (what
    /// `yield from` gives, what `next()` reports), then returns.
    pub(super) fn generator_return(&mut self, cx: &mut FnCx, r: &ast::StmtReturn) -> Chk<StmtKind> {
        let span: Span = r.range.into();
        let want = cx.gen_ret.clone();
        let value = match &r.value {
            None if want == Ty::None => return Ok(StmtKind::Return(None)),
            None => Expr {
                kind: ExprKind::None,
                ty: Ty::None,
                span,
            },
            Some(v) if want == Ty::None => {
                let v = self.expr(cx, v)?;
                if v.ty != Ty::None {
                    return Err(self.error_hint(
                        v.span,
                        "unsupported: return with a value in a generator",
                        "annotate the generator function -> Generator[T, None, R] \
                         with R the type of the value (a nested generator function \
                         may only use a bare `return`)",
                    ));
                }
                return Ok(StmtKind::Return(None));
            }
            Some(v) => self.expr_expecting(cx, v, &want)?,
        };
        let value = self.want(value, &want, "return")?;
        let store = Expr {
            kind: ExprKind::RtCall {
                func: "pyaot_gen_set_return",
                args: vec![RtArg::CurrentGen, RtArg::Slot(value), RtArg::ElemKind(want)],
                conv: RtConv::Infallible,
            },
            ty: Ty::None,
            span,
        };
        cx.assigned = None;
        Ok(StmtKind::Seq(vec![
            Stmt {
                kind: StmtKind::Expr(store),
                span,
            },
            Stmt {
                kind: StmtKind::Return(None),
                span,
            },
        ]))
    }

    /// `target = yield from sub(...)`, where `sub` is a generator function
    /// (a function or method) annotated `-> Generator[Y, None, R]`: the
    /// loop over the generator `sub(...)` makes, kept in a hidden
    /// variable, then its return value (`pyaot_gen_take_return`, of type
    /// `R`). Returns the statements and the value.
    pub(super) fn yield_from_value(
        &mut self,
        cx: &mut FnCx,
        y: &ast::ExprYieldFrom,
    ) -> Chk<(Vec<Stmt>, Expr)> {
        let span: Span = y.range.into();
        let elem = self.yield_type(cx, span)?;
        let call = self.expr(cx, &y.value)?;
        let callee = match &call.kind {
            ExprKind::Call { func, .. } => Some(*func),
            ExprKind::MethodCall(m) => Some(m.func),
            _ => None,
        };
        let ret = callee
            .filter(|f| {
                matches!(
                    self.sigs[f.index()].ret,
                    super::RetTy::Annotated(Ty::Iter(_))
                )
            })
            .map(|f| self.sigs[f.index()].gen_ret.clone());
        let (Some(ret), Ty::Iter(item)) = (ret, call.ty.clone()) else {
            return Err(self.error_hint(
                y.value.range(),
                "unsupported: the value of `yield from` other than a generator function's call",
                "call a generator function annotated -> Generator[T, None, R] here, \
                 or use `yield from` as a statement",
            ));
        };
        let mut stmts = Vec::new();
        let g = self.hidden_var(cx, call, span, &mut stmts)?;
        let v = self.new_hidden(cx, *item, span)?;
        let place = v.place();
        let body = self.yield_of(v, &elem, span)?;
        stmts.push(Stmt {
            kind: StmtKind::ForEach {
                vars: vec![(place, g.read())],
                index: None,
                reverse: false,
                body,
                orelse: Vec::new(),
            },
            span,
        });
        let value = Expr {
            kind: ExprKind::RtCall {
                func: "pyaot_gen_take_return",
                args: vec![RtArg::Value(g.read())],
                conv: RtConv::FlagOutSlot,
            },
            ty: ret,
            span,
        };
        Ok((stmts, value))
    }

    /// `next(g)` and `next(g, default)` for a generator `g`.
    pub(super) fn next_call(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        let args = self.positional_only(cx, c, "next", 1, 2)?;
        let mut args = args.into_iter();
        let g = args.next().ok_or(Reported)?;
        let Ty::Iter(elem) = g.ty.clone() else {
            return Err(self.error_hint(
                g.span,
                format!("'{}' object is not an iterator", g.ty.runtime_name()),
                "next() takes a generator; iterate other values with a for loop",
            ));
        };
        let default = match args.next() {
            Some(d) => Some(Box::new(self.want(d, &elem, "next() default")?)),
            None => None,
        };
        Ok(Expr {
            kind: ExprKind::GenNext {
                gen: Box::new(g),
                default,
            },
            ty: *elem,
            span,
        })
    }

    /// `x in g` (`not in` when `negate`): pulls values from generator `g`
    /// until one equals `x`, as CPython's `_PySequence_IterSearch`; the
    /// rest of `g` stays unconsumed.
    pub(super) fn gen_contains(
        &mut self,
        cx: &mut FnCx,
        x: Expr,
        g: Expr,
        negate: bool,
        span: Span,
    ) -> Chk<Expr> {
        let Ty::Iter(elem) = g.ty.clone() else {
            return Err(Reported);
        };
        let x = self.fit(x, &elem);
        if let (Ty::Class(a), Ty::Class(b)) = (&x.ty, &*elem) {
            self.check_runtime_dunder(a.id, b.id, "__eq__", span)?;
        }
        let op = self.cmp_op(ast::CmpOp::Eq, &elem, &x.ty, span)?;
        let needle = self.block_local(cx, x.ty.clone(), span);
        let found = self.block_local(cx, Ty::Bool, span);
        let item = self.block_local(cx, (*elem).clone(), span);
        let set = |b: bool| Stmt {
            kind: StmtKind::Assign(
                found.place(),
                Expr {
                    kind: ExprKind::Bool(b),
                    ty: Ty::Bool,
                    span,
                },
            ),
            span,
        };
        let test = Expr {
            kind: ExprKind::Compare {
                first: Box::new(item.read()),
                rest: vec![(op, needle.read())],
            },
            ty: Ty::Bool,
            span,
        };
        let hit = vec![
            set(!negate),
            Stmt {
                kind: StmtKind::Break,
                span,
            },
        ];
        let stmts = vec![
            Stmt {
                kind: StmtKind::Assign(needle.place(), x),
                span,
            },
            set(negate),
            Stmt {
                kind: StmtKind::ForEach {
                    vars: vec![(item.place(), g)],
                    index: None,
                    reverse: false,
                    body: vec![Stmt {
                        kind: StmtKind::If(test, hit, Vec::new()),
                        span,
                    }],
                    orelse: Vec::new(),
                },
                span,
            },
        ];
        let Place::Local(id) = found.place() else {
            return Err(Reported);
        };
        Ok(Expr {
            kind: ExprKind::Block(stmts, id),
            ty: Ty::Bool,
            span,
        })
    }

    /// A compiler-made local, also in module code.
    fn block_local(&mut self, cx: &mut FnCx, ty: Ty, span: Span) -> Hidden {
        let name = format!("$tmp{}", self.next_hidden());
        let id = cx.declare_local(&name, ty.clone());
        Hidden::local(id, ty, span)
    }

    /// `any(g)` / `all(g)` of a generator: a loop that stops at the first
    /// true (false) value, as CPython's does.
    pub(super) fn any_all_gen(&mut self, cx: &mut FnCx, g: Expr, is_any: bool) -> Chk<Expr> {
        let span = g.span;
        let Ty::Iter(elem) = g.ty.clone() else {
            return Err(Reported);
        };
        // Locals even at module level: a statement-expression's value is a
        // local (as a comprehension's).
        let result = self.block_local(cx, Ty::Bool, span);
        let item = self.block_local(cx, *elem, span);
        let set = |b: bool| Stmt {
            kind: StmtKind::Assign(
                result.place(),
                Expr {
                    kind: ExprKind::Bool(b),
                    ty: Ty::Bool,
                    span,
                },
            ),
            span,
        };
        let stop = vec![
            set(is_any),
            Stmt {
                kind: StmtKind::Break,
                span,
            },
        ];
        let cond = self.truthy(item.read());
        let (then, orelse) = if is_any {
            (stop, Vec::new())
        } else {
            (Vec::new(), stop)
        };
        let body = vec![Stmt {
            kind: StmtKind::If(cond, then, orelse),
            span,
        }];
        let stmts = vec![
            set(!is_any),
            Stmt {
                kind: StmtKind::ForEach {
                    vars: vec![(item.place(), g)],
                    index: None,
                    reverse: false,
                    body,
                    orelse: Vec::new(),
                },
                span,
            },
        ];
        let Place::Local(id) = result.place() else {
            return Err(Reported);
        };
        Ok(Expr {
            kind: ExprKind::Block(stmts, id),
            ty: Ty::Bool,
            span,
        })
    }
}
