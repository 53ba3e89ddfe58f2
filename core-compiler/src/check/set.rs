//! Sets: `set[T]` annotations' element check, displays `{a, b}`, `set()`
//! and `set(iterable)`, the methods and the operators `| & - ^` (and their
//! in-place forms), all lowered to calls of the runtime's `set_obj`.
//!
//! The runtime reimplements CPython's table, so the order a set iterates
//! in depends on exactly which operand CPython walks and when it sizes a
//! table; each method is therefore lowered to the runtime function that
//! mirrors CPython's C function of the same name, with the same operands.
//! "Another iterable" operands are passed as what they are when CPython
//! treats them specially (a set, a dict) and as a list otherwise (a tuple,
//! a str, a `range`): CPython walks those in order, as the runtime walks a
//! list. A method with several arguments (`a.union(b, c)`) evaluates the
//! receiver and every argument first, into hidden locals, as CPython
//! does, then applies them one by one (`ExprKind::Block`).
//!
//! Element types are static: a set holds ints, floats, bools, strs or
//! tuples of those, and operands must have the same element type
//! (CPython would mix `1` and `1.0` in one set, which a `set[float]`
//! cannot describe). `frozenset` is not supported.

use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Block, Expr, ExprKind, LocalId, Place, RtArg, RtConv, Stmt, StmtKind};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

fn mk(kind: ExprKind, ty: Ty, span: Span) -> Expr {
    Expr { kind, ty, span }
}

fn rt(func: &'static str, args: Vec<RtArg>, conv: RtConv, ty: Ty, span: Span) -> Expr {
    mk(ExprKind::RtCall { func, args, conv }, ty, span)
}

fn read(id: LocalId, ty: &Ty, span: Span) -> Expr {
    mk(ExprKind::Local { id, checked: false }, ty.clone(), span)
}

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

/// A new empty set of element type `elem` (`set[None]`: not known yet).
pub fn new_set(elem: &Ty, span: Span) -> Expr {
    rt(
        "pyaot_set_new",
        vec![RtArg::ElemKind(elem.clone())],
        RtConv::Infallible,
        Ty::Set(Box::new(elem.clone())),
        span,
    )
}

/// The list of a set's elements in iteration order (what loops and the
/// iterating builtins walk).
pub fn set_as_list(s: Expr) -> Expr {
    let span = s.span;
    let elem = match &s.ty {
        Ty::Set(e) => (**e).clone(),
        _ => Ty::None,
    };
    rt(
        "pyaot_set_to_list",
        vec![RtArg::Value(s)],
        RtConv::Infallible,
        Ty::List(Box::new(elem)),
        span,
    )
}

/// Which set method, by the shape of its lowering.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Multi {
    Union,
    Intersection,
    Difference,
    Update,
    IntersectionUpdate,
    DifferenceUpdate,
}

impl<'a> Checker<'a> {
    /// Rejects element types a set cannot hold, with CPython's
    /// `unhashable type` wording where CPython raises it.
    pub fn check_set_elem(&mut self, elem: &Ty, span: Span) -> Chk<()> {
        if *elem == Ty::None || elem.is_hashable_key() {
            return Ok(());
        }
        match elem.unhashable_part() {
            Some(bad @ (Ty::List(_) | Ty::Dict(..) | Ty::Set(_))) => {
                let name = bad.runtime_name().to_string();
                Err(self.error_hint(
                    span,
                    format!("unhashable type: '{name}'"),
                    "set elements must be hashable: int, float, bool, str, or tuples of those \
                     (frozenset is not supported)",
                ))
            }
            _ => Err(self.error_hint(
                span,
                format!("unsupported set element type {elem}"),
                "pyaot sets hold int, float, bool, str, or tuples of those",
            )),
        }
    }

    /// `{a, b, ...}`: one element type; a new set with each item added in
    /// order.
    pub fn set_display(&mut self, cx: &mut FnCx, s: &ast::ExprSet) -> Chk<Expr> {
        let span: Span = s.range.into();
        let mut items = Vec::new();
        for el in &s.elts {
            if let ast::Expr::Starred(st) = el {
                return Err(self.unsupported(st.range, "starred items in set displays"));
            }
            items.push(self.expr(cx, el)?);
        }
        let elem = items
            .iter()
            .map(|i| i.ty.clone())
            .find(|t| !super::tuple::has_placeholder(t))
            .or_else(|| items.first().map(|i| i.ty.clone()))
            .unwrap_or(Ty::None);
        self.check_set_elem(&elem, items.first().map_or(span, |i| i.span))?;
        let ty = Ty::Set(Box::new(elem.clone()));
        let target = cx.declare_local(&format!("$set{}", self.next_hidden()), ty.clone());
        let mut stmts = vec![stmt(
            StmtKind::Assign(Place::Local(target), new_set(&elem, span)),
            span,
        )];
        for item in items {
            let item = self.fit(item, &elem);
            if item.ty != elem {
                return Err(self.error_hint(
                    item.span,
                    format!("set elements must have one type: {elem} and {}", item.ty),
                    "pyaot sets are homogeneous; convert the elements to one type",
                ));
            }
            let add = rt(
                "pyaot_set_add",
                vec![RtArg::Value(read(target, &ty, span)), RtArg::Slot(item)],
                RtConv::Infallible,
                Ty::None,
                span,
            );
            stmts.push(stmt(StmtKind::Expr(add), span));
        }
        let built = mk(ExprKind::Block(stmts, target), ty.clone(), span);
        if s.elts.len() < 3 || !s.elts.iter().all(is_constant) {
            return Ok(built);
        }
        // CPython compiles a display of three or more constants to a
        // frozenset constant (built by adding the items, then rebuilt from
        // its own iteration order when constants are merged) and a
        // `set.update` of an empty set from it; each step shows in the
        // order.
        let from = |e: Expr| {
            rt(
                "pyaot_set_from",
                vec![RtArg::ElemKind(elem.clone()), RtArg::Value(e)],
                RtConv::Infallible,
                ty.clone(),
                span,
            )
        };
        Ok(from(from(set_as_list(built))))
    }

    /// `set()` (its element type comes from context) and `set(iterable)`.
    pub fn set_call(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        if let Some(k) = c.arguments.keywords.first() {
            return Err(self.error(k.range, "set() takes no keyword arguments"));
        }
        match &c.arguments.args[..] {
            [] => Ok(new_set(&Ty::None, span)),
            [arg] => {
                let (it, elem) = self.set_operand(cx, arg, None)?;
                self.check_set_elem(&elem, it.span)?;
                Ok(rt(
                    "pyaot_set_from",
                    vec![RtArg::ElemKind(elem.clone()), RtArg::Value(it)],
                    RtConv::Infallible,
                    Ty::Set(Box::new(elem)),
                    span,
                ))
            }
            more => Err(self.error(
                span,
                format!("set expected at most 1 argument, got {}", more.len()),
            )),
        }
    }

    /// An iterable operand of a set operation, as a set, dict or list,
    /// with its element type; `want` is the set's element type, which an
    /// empty display takes and every other operand must have.
    fn set_operand(
        &mut self,
        cx: &mut FnCx,
        arg: &ast::Expr,
        want: Option<&Ty>,
    ) -> Chk<(Expr, Ty)> {
        if let ast::Expr::Starred(s) = arg {
            return Err(self.unsupported(s.range, "starred arguments"));
        }
        let e = match arg {
            ast::Expr::Call(r) if self.is_builtin_name(cx, &r.func, "range") => {
                let span: Span = r.range().into();
                let (start, stop, step) = self.range_args(cx, r)?;
                rt(
                    "pyaot_list_range",
                    vec![RtArg::Value(start), RtArg::Value(stop), RtArg::Value(step)],
                    RtConv::NullOnError,
                    Ty::List(Box::new(Ty::Int)),
                    span,
                )
            }
            _ => {
                self.views_ok = true;
                let e = self.expr(cx, arg);
                self.views_ok = false;
                e?
            }
        };
        let e = match want {
            Some(w) => {
                let e = self.fit(e, &Ty::Set(Box::new(w.clone())));
                self.fit(e, &Ty::List(Box::new(w.clone())))
            }
            None => e,
        };
        let span = e.span;
        let (e, elem) = match e.ty.clone() {
            Ty::Set(t) | Ty::List(t) => (e, *t),
            // A generator (set(g), s | set(g), s.update(g)) runs to its end
            // first, as CPython's set_update_internal does.
            Ty::Iter(t) | Ty::Iterable(t) | Ty::Deque(t) => (super::generator::gen_to_list(e), *t),
            Ty::Dict(k, _, _) => (e, *k),
            Ty::Str => (
                rt(
                    "pyaot_str_chars",
                    vec![RtArg::Value(e)],
                    RtConv::Infallible,
                    Ty::List(Box::new(Ty::Str)),
                    span,
                ),
                Ty::Str,
            ),
            Ty::Tuple(items) if items.is_empty() => {
                let elem = want.cloned().unwrap_or(Ty::None);
                let list = self.tuple_as_list(e)?;
                (retype_empty_list(list, &elem), elem)
            }
            t @ Ty::Tuple(_) => {
                let Some(elem) = t.tuple_elem().cloned() else {
                    return Err(self.error_hint(
                        span,
                        format!("unsupported set operand {t}: its items differ in type"),
                        "pyaot sets hold one element type",
                    ));
                };
                (self.tuple_as_list(e)?, elem)
            }
            other => {
                return Err(self.error(
                    span,
                    format!("'{}' object is not iterable", other.runtime_name()),
                ))
            }
        };
        if let Some(w) = want {
            if elem != *w && elem != Ty::None {
                return Err(self.error_hint(
                    span,
                    format!("expected an iterable of {w} for a set[{w}], not {}", e.ty),
                    "pyaot sets hold one element type; convert the items first",
                ));
            }
        }
        Ok((e, elem))
    }

    /// An element argument of `add`, `discard` or `remove`.
    fn set_item(&mut self, x: Expr, elem: &Ty, set_ty: &Ty) -> Chk<Expr> {
        let x = self.fit(x, elem);
        if x.ty != *elem {
            return Err(self.error_hint(
                x.span,
                format!("expected {elem} for an element of a {set_ty}, not {}", x.ty),
                super::stmt::mismatch_hint(elem, &x.ty),
            ));
        }
        Ok(x)
    }

    /// A method call on a set.
    pub fn set_method(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        elem: Ty,
        method: &str,
        c: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let set_ty = recv.ty.clone();
        if let Some(k) = c.arguments.keywords.first() {
            return Err(self.error(
                k.range,
                format!("set.{method}() takes no keyword arguments"),
            ));
        }
        let args = &c.arguments.args;
        let arity = |ck: &mut Self, n: usize| -> Chk<()> {
            if args.len() == n {
                return Ok(());
            }
            let msg = match n {
                0 => format!("set.{method}() takes no arguments ({} given)", args.len()),
                _ => format!(
                    "set.{method}() takes exactly one argument ({} given)",
                    args.len()
                ),
            };
            Err(ck.error(span, msg))
        };
        let r = RtArg::Value(recv);
        let element = |ck: &mut Self, cx: &mut FnCx| -> Chk<Expr> {
            let x = ck.expr(cx, &args[0])?;
            ck.set_item(x, &elem, &set_ty)
        };
        Ok(match method {
            "add" | "discard" | "remove" => {
                arity(self, 1)?;
                let x = element(self, cx)?;
                let (func, conv) = match method {
                    "add" => ("pyaot_set_add", RtConv::Infallible),
                    "discard" => ("pyaot_set_discard", RtConv::Infallible),
                    _ => ("pyaot_set_remove", RtConv::Flag),
                };
                if method == "remove" {
                    self.note_key_error_site(&elem, span);
                }
                rt(func, vec![r, RtArg::Slot(x)], conv, Ty::None, span)
            }
            "pop" => {
                arity(self, 0)?;
                rt("pyaot_set_pop", vec![r], RtConv::FlagOutSlot, elem, span)
            }
            "clear" => {
                arity(self, 0)?;
                rt(
                    "pyaot_set_clear",
                    vec![r],
                    RtConv::Infallible,
                    Ty::None,
                    span,
                )
            }
            "copy" => {
                arity(self, 0)?;
                rt("pyaot_set_copy", vec![r], RtConv::Infallible, set_ty, span)
            }
            "issubset"
            | "issuperset"
            | "isdisjoint"
            | "symmetric_difference"
            | "symmetric_difference_update" => {
                arity(self, 1)?;
                let (o, _) = self.set_operand(cx, &args[0], Some(&elem))?;
                let (func, ty) = match method {
                    "issubset" => ("pyaot_set_issubset", Ty::Bool),
                    "issuperset" => ("pyaot_set_issuperset", Ty::Bool),
                    "isdisjoint" => ("pyaot_set_isdisjoint", Ty::Bool),
                    "symmetric_difference" => ("pyaot_set_symmetric_difference", set_ty),
                    _ => ("pyaot_set_symmetric_difference_update", Ty::None),
                };
                rt(func, vec![r, RtArg::Value(o)], RtConv::Infallible, ty, span)
            }
            "union"
            | "intersection"
            | "difference"
            | "update"
            | "intersection_update"
            | "difference_update" => {
                let RtArg::Value(recv) = r else {
                    return Err(Reported);
                };
                let which = match method {
                    "union" => Multi::Union,
                    "intersection" => Multi::Intersection,
                    "difference" => Multi::Difference,
                    "update" => Multi::Update,
                    "intersection_update" => Multi::IntersectionUpdate,
                    _ => Multi::DifferenceUpdate,
                };
                let mut ops = Vec::new();
                for a in args.iter() {
                    ops.push(self.set_operand(cx, a, Some(&elem))?.0);
                }
                self.set_multi(cx, which, recv, ops, span)?
            }
            _ => return Err(self.error(span, format!("'set' object has no attribute '{method}'"))),
        })
    }

    /// A method taking any number of iterables. One argument is one
    /// runtime call; otherwise the receiver and the arguments go to hidden
    /// locals first (CPython evaluates them all before the call).
    fn set_multi(
        &mut self,
        cx: &mut FnCx,
        which: Multi,
        recv: Expr,
        ops: Vec<Expr>,
        span: Span,
    ) -> Chk<Expr> {
        let set_ty = recv.ty.clone();
        let returns_set = matches!(
            which,
            Multi::Union | Multi::Intersection | Multi::Difference
        );
        if let [_] = &ops[..] {
            let o = ops.into_iter().next().ok_or(Reported)?;
            let func = match which {
                Multi::Union => "pyaot_set_union",
                Multi::Intersection => "pyaot_set_intersection",
                Multi::Difference => "pyaot_set_difference",
                Multi::Update => "pyaot_set_update",
                Multi::IntersectionUpdate => "pyaot_set_intersection_update",
                Multi::DifferenceUpdate => "pyaot_set_difference_update",
            };
            let ty = if returns_set { set_ty } else { Ty::None };
            return Ok(rt(
                func,
                vec![RtArg::Value(recv), RtArg::Value(o)],
                RtConv::Infallible,
                ty,
                span,
            ));
        }
        let mut stmts: Block = Vec::new();
        let hidden = |ck: &mut Self, cx: &mut FnCx, e: Expr, stmts: &mut Block| {
            let ty = e.ty.clone();
            let id = cx.declare_local(&format!("$setop{}", ck.next_hidden()), ty.clone());
            stmts.push(stmt(StmtKind::Assign(Place::Local(id), e), span));
            (id, ty)
        };
        let (s, _) = hidden(self, cx, recv, &mut stmts);
        let mut others = Vec::new();
        for o in ops {
            others.push(hidden(self, cx, o, &mut stmts));
        }
        let s_read = || read(s, &set_ty, span);
        let other = |&(id, ref ty): &(LocalId, Ty)| RtArg::Value(read(id, ty, span));
        let call = |func: &'static str, args: Vec<RtArg>, ty: Ty| {
            rt(func, args, RtConv::Infallible, ty, span)
        };
        let result = cx.declare_local(&format!("$setop{}", self.next_hidden()), set_ty.clone());
        let r_read = || read(result, &set_ty, span);
        let assign = |e: Expr| stmt(StmtKind::Assign(Place::Local(result), e), span);
        let effect = |e: Expr| stmt(StmtKind::Expr(e), span);
        let copy = || {
            call(
                "pyaot_set_copy",
                vec![RtArg::Value(s_read())],
                set_ty.clone(),
            )
        };
        match which {
            Multi::Union => {
                stmts.push(assign(copy()));
                for o in &others {
                    stmts.push(effect(call(
                        "pyaot_set_union_update",
                        vec![RtArg::Value(r_read()), RtArg::Value(s_read()), other(o)],
                        Ty::None,
                    )));
                }
            }
            Multi::Intersection | Multi::IntersectionUpdate => {
                // CPython: the result is `s` intersected with each in turn
                // (a copy of `s` without arguments).
                match others.split_first() {
                    None => stmts.push(assign(copy())),
                    Some((first, rest)) => {
                        stmts.push(assign(call(
                            "pyaot_set_intersection",
                            vec![RtArg::Value(s_read()), other(first)],
                            set_ty.clone(),
                        )));
                        for o in rest {
                            stmts.push(assign(call(
                                "pyaot_set_intersection",
                                vec![RtArg::Value(r_read()), other(o)],
                                set_ty.clone(),
                            )));
                        }
                    }
                }
                if which == Multi::IntersectionUpdate {
                    stmts.push(effect(call(
                        "pyaot_set_assign",
                        vec![RtArg::Value(s_read()), RtArg::Value(r_read())],
                        Ty::None,
                    )));
                }
            }
            Multi::Difference => match others.split_first() {
                None => stmts.push(assign(copy())),
                Some((first, rest)) => {
                    stmts.push(assign(call(
                        "pyaot_set_difference",
                        vec![RtArg::Value(s_read()), other(first)],
                        set_ty.clone(),
                    )));
                    for o in rest {
                        stmts.push(effect(call(
                            "pyaot_set_difference_update",
                            vec![RtArg::Value(r_read()), other(o)],
                            Ty::None,
                        )));
                    }
                }
            },
            Multi::Update | Multi::DifferenceUpdate => {
                let func = if which == Multi::Update {
                    "pyaot_set_update"
                } else {
                    "pyaot_set_difference_update"
                };
                for o in &others {
                    stmts.push(effect(call(
                        func,
                        vec![RtArg::Value(s_read()), other(o)],
                        Ty::None,
                    )));
                }
                // The block's value is the receiver; the call's is None.
                stmts.push(assign(s_read()));
            }
        }
        let block = mk(ExprKind::Block(stmts, result), set_ty, span);
        if returns_set {
            return Ok(block);
        }
        Ok(mk(
            ExprKind::Then(
                Box::new(block),
                Box::new(mk(ExprKind::None, Ty::None, span)),
            ),
            Ty::None,
            span,
        ))
    }

    /// `l | r`, `l & r`, `l - r`, `l ^ r` on two sets (None when `l` is
    /// not a set).
    pub fn set_binary(
        &mut self,
        op: ast::Operator,
        l: Expr,
        r: Expr,
        span: Span,
    ) -> Chk<Result<Expr, (Expr, Expr)>> {
        let Ty::Set(_) = l.ty else {
            if let (Ty::Set(_), true) = (&r.ty, is_set_op(op)) {
                return Err(self.operand_error(op, "", &l.ty, &r.ty, span));
            }
            return Ok(Err((l, r)));
        };
        let r = self.fit(r, &l.ty);
        let l = self.fit(l, &r.ty);
        let func = match op {
            ast::Operator::BitOr => "pyaot_set_union",
            ast::Operator::BitAnd => "pyaot_set_intersection",
            ast::Operator::Sub => "pyaot_set_difference",
            ast::Operator::BitXor => "pyaot_set_symmetric_difference",
            _ => return Err(self.operand_error(op, "", &l.ty, &r.ty, span)),
        };
        self.same_sets(&l.ty, &r.ty, op, "", span)?;
        let ty = l.ty.clone();
        Ok(Ok(rt(
            func,
            vec![RtArg::Value(l), RtArg::Value(r)],
            RtConv::Infallible,
            ty,
            span,
        )))
    }

    /// `s |= r` and friends: the set is changed in place (it is not
    /// rebound, as CPython's `__ior__` returns the same set).
    pub fn set_aug_assign(
        &mut self,
        op: ast::Operator,
        s: Expr,
        r: Expr,
        span: Span,
    ) -> Chk<StmtKind> {
        let r = self.fit(r, &s.ty);
        let func = match op {
            ast::Operator::BitOr => "pyaot_set_update",
            ast::Operator::BitAnd => "pyaot_set_intersection_update",
            ast::Operator::Sub => "pyaot_set_difference_update",
            ast::Operator::BitXor => "pyaot_set_symmetric_difference_update",
            _ => return Err(self.operand_error(op, "=", &s.ty, &r.ty, span)),
        };
        self.same_sets(&s.ty, &r.ty, op, "=", span)?;
        Ok(StmtKind::Expr(rt(
            func,
            vec![RtArg::Value(s), RtArg::Value(r)],
            RtConv::Infallible,
            Ty::None,
            span,
        )))
    }

    /// Both operands of a set operator must be sets of one element type.
    fn same_sets(&mut self, l: &Ty, r: &Ty, op: ast::Operator, eq: &str, span: Span) -> Chk<()> {
        match (l, r) {
            (Ty::Set(_), Ty::Set(_)) if l == r => Ok(()),
            (Ty::Set(_), Ty::Set(_)) => Err(self.error_hint(
                span,
                format!(
                    "unsupported operand types for {}{eq}: {l} and {r}",
                    op.as_str()
                ),
                "pyaot sets hold one element type; convert one operand first",
            )),
            _ => Err(self.operand_error(op, eq, l, r, span)),
        }
    }

    /// CPython's TypeError for a set operator with a non-set operand.
    fn operand_error(
        &mut self,
        op: ast::Operator,
        eq: &str,
        l: &Ty,
        r: &Ty,
        span: Span,
    ) -> Reported {
        self.error(
            span,
            format!(
                "unsupported operand type(s) for {}{eq}: '{}' and '{}'",
                op.as_str(),
                l.runtime_name(),
                r.runtime_name()
            ),
        )
    }
}

/// Whether CPython's compiler folds `e` into a constant (literals, and
/// unary and binary operators and tuples over constants).
fn is_constant(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::NumberLiteral(_)
        | ast::Expr::StringLiteral(_)
        | ast::Expr::BooleanLiteral(_)
        | ast::Expr::NoneLiteral(_) => true,
        ast::Expr::UnaryOp(u) => u.op != ast::UnaryOp::Not && is_constant(&u.operand),
        ast::Expr::BinOp(b) => is_constant(&b.left) && is_constant(&b.right),
        ast::Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

/// Whether `op` is one of the set operators.
fn is_set_op(op: ast::Operator) -> bool {
    matches!(
        op,
        ast::Operator::BitOr | ast::Operator::BitAnd | ast::Operator::Sub | ast::Operator::BitXor
    )
}

/// The empty list of an empty tuple operand, typed with the set's element
/// type (it holds nothing, so any type describes it).
fn retype_empty_list(list: Expr, elem: &Ty) -> Expr {
    Expr {
        ty: Ty::List(Box::new(elem.clone())),
        ..list
    }
}
