//! Tuples: displays, `tuple[...]` annotations, indexing, comparisons,
//! unpacking targets, and the builtins that make tuples (`divmod`, `zip`
//! and `enumerate` consumed as values, `dict.items()`).
//!
//! A tuple's type lists every element's type (`tuple[int, str]`), so a
//! constant index selects a type statically and unpacking checks its arity
//! at compile time. A variable index, iteration and `in` need one element
//! type (a *homogeneous* tuple). Iterating a tuple iterates a list copy of
//! it (`pyaot_tuple_to_list`), so every loop form that takes a list takes a
//! tuple too.
//!
//! Unpacking (`a, (b, c) = t`, `for i, (k, v) in ...`) is lowered to plain
//! assignments from a hidden variable holding the value: `$h = t; a =
//! $h[0]; $h2 = $h[1]; b = $h2[0]; ...`, so targets are assigned left to
//! right as in CPython. A list value is unpacked the same way after a
//! run-time length check (`ValueError`, CPython's messages).

use super::generator::{gen_to_list, iter_of_iterable};
use super::stmt::Hidden;
use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Block, Expr, ExprKind, Place, RtArg, RtConv, Stmt, StmtKind};
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

/// How the names inside an unpacking target are bound.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// Ordinary assignment: names are variables of the enclosing scope.
    Assign,
    /// A comprehension's `for` clause: names are new hidden locals visible
    /// only inside the comprehension.
    Comprehension,
}

/// Whether `==` between values of types `l` and `r` is accepted: numbers
/// with numbers, equal types, and tuples whose items are pairwise
/// comparable (tuples of different lengths are simply unequal).
pub fn eq_comparable(l: &Ty, r: &Ty) -> bool {
    match (l, r) {
        _ if l.is_numeric() && r.is_numeric() => true,
        (Ty::Tuple(a), Ty::Tuple(b)) => a.iter().zip(b).all(|(x, y)| eq_comparable(x, y)),
        _ => l == r && !l.is_exc_object(),
    }
}

/// The first pair of items that could decide an ordering of tuples of
/// types `l` and `r` but cannot be ordered (CPython raises TypeError if it
/// gets there); None when every pair is ordered. Two Nones are always
/// equal, so they never decide and are fine.
pub fn order_blocker<'t>(l: &'t Ty, r: &'t Ty) -> Option<(&'t Ty, &'t Ty)> {
    let (Ty::Tuple(a), Ty::Tuple(b)) = (l, r) else {
        return None;
    };
    a.iter().zip(b).find_map(|(x, y)| match (x, y) {
        _ if x.is_numeric() && y.is_numeric() => None,
        (Ty::Str, Ty::Str) | (Ty::Bytes, Ty::Bytes) | (Ty::None, Ty::None) => None,
        (Ty::List(_), Ty::List(_)) if x == y => None,
        (Ty::Tuple(_), Ty::Tuple(_)) => order_blocker(x, y),
        _ => Some((x, y)),
    })
}

/// Whether `t` still has the placeholder type of an empty display
/// somewhere a context could fill in (`list[None]`, the empty dict, or a
/// tuple holding one).
pub fn has_placeholder(t: &Ty) -> bool {
    match t {
        Ty::List(e) | Ty::Set(e) => **e == Ty::None,
        Ty::Tuple(items) => items.iter().any(has_placeholder),
        t => *t == Ty::empty_dict(),
    }
}

/// `tuple(xs)` of a `list[T]`: a `tuple[T, ...]` (type codes `*T`).
pub fn list_to_var_tuple(xs: Expr) -> Expr {
    let span = xs.span;
    let Ty::List(elem) = &xs.ty else {
        unreachable!("list_to_var_tuple of a list")
    };
    let ty = Ty::VarTuple(elem.clone());
    rt(
        "pyaot_tuple_from_list",
        vec![RtArg::Value(xs), RtArg::TupleCodes(ty.clone())],
        RtConv::Infallible,
        ty,
        span,
    )
}

impl<'a> Checker<'a> {
    /// A tuple whose items share one type as a `tuple[T, ...]` (the same
    /// object: a fixed tuple's per-slot codes describe it too), or None.
    pub fn as_var_tuple(&self, t: Expr) -> Result<Expr, Expr> {
        match &t.ty {
            Ty::VarTuple(_) => Ok(t),
            Ty::Tuple(items) if !items.is_empty() && items.iter().all(|i| *i == items[0]) => {
                let ty = Ty::VarTuple(Box::new(items[0].clone()));
                Ok(Self::conv(t, crate::hir::Conv::Upcast, ty))
            }
            _ => Err(t),
        }
    }

    /// `t[a:b:c]` of a tuple whose items share one type: a `tuple[T, ...]`.
    pub fn var_tuple_slice(
        &mut self,
        t: Expr,
        bounds: [Option<Box<Expr>>; 3],
        span: Span,
    ) -> Chk<Expr> {
        let list = self.tuple_as_list(t)?;
        let ty = list.ty.clone();
        let [lower, upper, step] = bounds;
        let bound = |b: Option<Box<Expr>>| match b {
            Some(x) => [RtArg::Value(*x), RtArg::Flag(true)],
            None => [RtArg::Int(0), RtArg::Flag(false)],
        };
        let [lo, has_lo] = bound(lower);
        let [hi, has_hi] = bound(upper);
        let st = match step {
            Some(x) => RtArg::Value(*x),
            None => RtArg::Int(1),
        };
        let sliced = rt(
            "pyaot_list_slice",
            vec![RtArg::Value(list), lo, hi, st, has_lo, has_hi],
            RtConv::NullOnError,
            ty,
            span,
        );
        Ok(list_to_var_tuple(sliced))
    }

    /// `t * n` of a tuple whose items share one type.
    pub fn var_tuple_repeat(&mut self, t: Expr, n: Expr, span: Span) -> Chk<Expr> {
        let list = self.tuple_as_list(t)?;
        let ty = list.ty.clone();
        let n = self.coerce_to_int(n);
        Ok(list_to_var_tuple(rt(
            "pyaot_list_repeat",
            vec![RtArg::Value(list), RtArg::Value(n)],
            RtConv::Infallible,
            ty,
            span,
        )))
    }

    /// `tuple[T1, ..., Tn]`, `tuple[T, ...]` and `tuple[()]`.
    pub fn tuple_annotation(&mut self, s: &ast::ExprSubscript) -> Chk<Ty> {
        let elts: Vec<&ast::Expr> = match &*s.slice {
            ast::Expr::Tuple(t) => t.elts.iter().collect(),
            one => vec![one],
        };
        if let [elem, ast::Expr::EllipsisLiteral(_)] = elts[..] {
            return Ok(Ty::VarTuple(Box::new(self.annotation(elem)?)));
        }
        if elts
            .iter()
            .any(|e| matches!(e, ast::Expr::EllipsisLiteral(_)))
        {
            return Err(self.error_hint(
                s.range,
                "unsupported type annotation: '...' in a tuple type other than tuple[T, ...]",
                "write tuple[T, ...] for a tuple of any length, or give each element's type (tuple[int, int])",
            ));
        }
        let mut items = Vec::new();
        for e in elts {
            items.push(self.annotation(e)?);
        }
        Ok(Ty::Tuple(items))
    }

    /// A tuple display `(a, b)` (also `a, b` where Python allows it).
    pub fn tuple_display(&mut self, cx: &mut FnCx, t: &ast::ExprTuple) -> Chk<Expr> {
        let span: Span = t.range.into();
        let mut items = Vec::new();
        for e in &t.elts {
            if let ast::Expr::Starred(s) = e {
                return Err(self.unsupported(s.range, "starred items in tuple displays"));
            }
            let v = self.expr(cx, e)?;
            if v.ty.is_exc_object() {
                return Err(self.unsupported(v.span, "tuples of exception objects"));
            }
            if let Ty::Optional(_) = v.ty {
                return Err(self.optional_in_container(v.span, &v.ty));
            }
            items.push(v);
        }
        let ty = Ty::Tuple(items.iter().map(|i| i.ty.clone()).collect());
        Ok(mk(ExprKind::Tuple(items), ty, span))
    }

    /// `t[i]`: a constant index (negative ones count from the end) selects
    /// an element and its type; a variable one needs a homogeneous tuple
    /// and is checked at run time.
    pub fn tuple_index(&mut self, value: Expr, index: Expr, span: Span) -> Chk<Expr> {
        let index = self.index_int(index)?;
        if let (Ty::Tuple(items), ExprKind::Int(k)) = (value.ty.clone(), &index.kind) {
            let k = *k;
            let len = items.len() as i64;
            let i = if k < 0 { k + len } else { k };
            if !(0..len).contains(&i) {
                return Err(self.error_hint(
                    index.span,
                    "tuple index out of range",
                    format!("the tuple has type {}", value.ty),
                ));
            }
            let ty = items[i as usize].clone();
            return Ok(mk(
                ExprKind::TupleGet(Box::new(value), i as usize),
                ty,
                span,
            ));
        }
        let Some(elem) = value.ty.tuple_elem().cloned() else {
            return Err(self.error_hint(
                index.span,
                format!(
                    "a {} can only be indexed by a constant: its elements have different types",
                    value.ty
                ),
                "index with a literal such as t[0], or unpack it: a, b = t",
            ));
        };
        Ok(rt(
            "pyaot_tuple_get",
            vec![RtArg::Value(value), RtArg::Value(index)],
            RtConv::FlagOutSlot,
            elem,
            span,
        ))
    }

    /// A tuple consumed as an iterable: the list of its items, which must
    /// share one type.
    pub fn tuple_as_list(&mut self, t: Expr) -> Chk<Expr> {
        let elem = match &t.ty {
            Ty::Tuple(items) if items.is_empty() => Ty::None,
            ty => match ty.tuple_elem() {
                Some(e) => e.clone(),
                None => {
                    return Err(self.error_hint(
                        t.span,
                        format!(
                            "cannot iterate over a {}: its elements have different types",
                            t.ty
                        ),
                        "pyaot iterates tuples whose elements share one type; unpack it instead (a, b = t)",
                    ))
                }
            },
        };
        let span = t.span;
        Ok(rt(
            "pyaot_tuple_to_list",
            vec![RtArg::Value(t), RtArg::ElemKind(elem.clone())],
            RtConv::Infallible,
            Ty::List(Box::new(elem)),
            span,
        ))
    }

    /// Rejects ordering (sorting, `min`, `max`) values of type `elem` when
    /// a pair of their items could not be ordered.
    pub fn check_orderable(&mut self, elem: &Ty, span: Span) -> Chk<()> {
        if let Ty::Set(_) = elem {
            return Err(self.error_hint(
                span,
                "unsupported: ordering sets by '<' (a subset test, not a total order)",
                "sort something derived from each set, e.g. sorted(xs, key=len) or sorted(map(sorted, xs))",
            ));
        }
        match order_blocker(elem, elem) {
            None => Ok(()),
            Some((a, b)) => Err(self.error_hint(
                span,
                format!(
                    "'<' not supported between instances of '{}' and '{}'",
                    a.runtime_name(),
                    b.runtime_name()
                ),
                format!("items of {elem} cannot all be ordered"),
            )),
        }
    }

    /// `t.count(x)` and `t.index(x)`: `x` must be comparable with every
    /// item, as for `x in t`.
    pub fn tuple_method(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        method: &str,
        c: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let q = format!("tuple.{method}");
        let (func, conv) = match method {
            "count" => ("pyaot_tuple_count", RtConv::Infallible),
            "index" => ("pyaot_tuple_index", RtConv::FlagOut),
            other => {
                return Err(self.error_hint(
                    span,
                    format!("unsupported method: tuple.{other}()"),
                    "tuples have count() and index(); unpack or index them otherwise",
                ))
            }
        };
        let mut a = self.bind_method_args(cx, c, &q, &[super::methods::pos("value")], 1)?;
        let x = a.remove(0).ok_or(Reported)?;
        let Ty::Tuple(items) = &recv.ty else {
            return Err(Reported);
        };
        if let Some(bad) = items.iter().find(|t| !eq_comparable(&x.ty, t)) {
            return Err(self.error_hint(
                x.span,
                format!("unsupported {q}() of a {} in a {}", x.ty, recv.ty),
                format!(
                    "pyaot compares {} with items of the same type only ({bad} here)",
                    x.ty
                ),
            ));
        }
        let elem = x.ty.clone();
        Ok(rt(
            func,
            vec![RtArg::Value(recv), RtArg::Slot(x), RtArg::ElemKind(elem)],
            conv,
            Ty::Int,
            span,
        ))
    }

    /// `tuple()` is `()` and `tuple(t)` of a tuple is `t`; a tuple made
    /// from a sequence would have a length known only at run time.
    pub fn tuple_call(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        let args = self.positional_only(cx, c, "tuple", 0, 1)?;
        match args.into_iter().next() {
            None => Ok(mk(ExprKind::Tuple(Vec::new()), Ty::Tuple(Vec::new()), span)),
            Some(t) if matches!(t.ty, Ty::Tuple(_) | Ty::VarTuple(_)) => Ok(t),
            // A list's length is not known: a `tuple[T, ...]`.
            Some(xs) if matches!(xs.ty, Ty::List(_)) => Ok(list_to_var_tuple(xs)),
            // A generator or Iterable is run to its end first, as CPython's
            // tuple() does.
            Some(g) if matches!(g.ty, Ty::Iter(_) | Ty::Iterable(_)) => {
                Ok(list_to_var_tuple(gen_to_list(g)))
            }
            Some(other) => Err(self.error_hint(
                span,
                format!("unsupported syntax: tuple() of a {}", other.ty),
                "tuple() takes a list, a tuple, a generator or an Iterable in pyaot; \
                 convert other values with list(...) first",
            )),
        }
    }

    /// `max(a, b, ...)` (or `min`) of tuples of one type: the first
    /// greatest (least), as `max([a, b, ...])` finds it.
    pub fn minmax_of_tuples(&mut self, is_max: bool, args: Vec<Expr>, span: Span) -> Chk<Expr> {
        let ty = args.first().ok_or(Reported)?.ty.clone();
        self.check_orderable(&ty, span)?;
        let list = mk(ExprKind::List(args), Ty::List(Box::new(ty.clone())), span);
        Ok(rt(
            "pyaot_list_minmax",
            vec![RtArg::Value(list), RtArg::Flag(is_max)],
            RtConv::FlagOutSlot,
            ty,
            span,
        ))
    }

    /// `divmod(a, b)` of two numbers: `(a // b, a % b)`.
    pub fn divmod(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        let args = self.positional_only(cx, c, "divmod", 2, 2)?;
        let mut it = args.into_iter();
        let (a, b) = (it.next().ok_or(Reported)?, it.next().ok_or(Reported)?);
        if !a.ty.is_numeric() || !b.ty.is_numeric() {
            return Err(self.error(
                span,
                format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    a.ty.runtime_name(),
                    b.ty.runtime_name()
                ),
            ));
        }
        if a.ty == Ty::Float || b.ty == Ty::Float {
            let (a, b) = (Self::to_float(a), Self::to_float(b));
            return Ok(rt(
                "pyaot_divmod_float",
                vec![RtArg::Value(a), RtArg::Value(b)],
                RtConv::NullOnError,
                Ty::Tuple(vec![Ty::Float, Ty::Float]),
                span,
            ));
        }
        let (a, b) = (self.coerce_to_int(a), self.coerce_to_int(b));
        Ok(rt(
            "pyaot_divmod_int",
            vec![RtArg::Value(a), RtArg::Value(b)],
            RtConv::NullOnError,
            Ty::Tuple(vec![Ty::Int, Ty::Int]),
            span,
        ))
    }

    /// `zip(a, b, ...)` or `enumerate(xs[, start])` consumed whole as an
    /// iterable (`list(zip(a, b))`, `sorted(enumerate(xs))`, a
    /// comprehension's `for` clause): the list of their tuples, built by a
    /// loop like a comprehension's. As a value (`lazy`) or of a generator,
    /// a lazy iterator of the tuples (`iterators.rs`).
    pub fn zip_enumerate_list(
        &mut self,
        cx: &mut FnCx,
        name: &str,
        c: &ast::ExprCall,
        lazy: bool,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let mut vars = Vec::new();
        let mut reads = Vec::new();
        let mut index = None;
        if name == "enumerate" {
            let (seq, start) = self.enumerate_args(cx, c)?;
            let iter = self.iterable(cx, seq)?;
            let elem = self.elem_of(&iter)?;
            let start = match start {
                Some(s) => {
                    let v = self.expr(cx, s)?;
                    self.index_int(v)?
                }
                None => mk(ExprKind::Int(0), Ty::Int, span),
            };
            let i = self.comp_local(cx, "enumerate.i", Ty::Int, span);
            let x = self.comp_local(cx, "enumerate.x", elem, span);
            index = Some((i.0, start));
            reads.push(i.1);
            vars.push((x.0, iter));
            reads.push(x.1);
        } else {
            if !c.arguments.keywords.is_empty() {
                return Err(self.unsupported(span, "zip() keyword arguments"));
            }
            if c.arguments.args.is_empty() {
                return Err(self.unsupported(span, "zip() without arguments"));
            }
            for a in c.arguments.args.iter() {
                let iter = self.iterable(cx, a)?;
                let elem = self.elem_of(&iter)?;
                let x = self.comp_local(cx, "zip", elem, span);
                vars.push((x.0, iter));
                reads.push(x.1);
            }
        }
        // With a generator (or outside an iterating consumer) the result
        // is a lazy iterator: a list would be built before its consumer
        // sees an item, an order CPython's lazy zip would show.
        if lazy || vars.iter().any(|(_, it)| matches!(it.ty, Ty::Iter(_))) {
            let feeds = vars
                .into_iter()
                .map(|(_, it)| super::iterators::Feed::Seq(it))
                .collect();
            let start = index.map(|(_, s)| s);
            return self.zip_enumerate_iter(cx, name, feeds, start, span);
        }
        let item_ty = Ty::Tuple(reads.iter().map(|r| r.ty.clone()).collect());
        let list_ty = Ty::List(Box::new(item_ty.clone()));
        let (result, result_read) = self.comp_local(cx, name, list_ty.clone(), span);
        let Place::Local(result_id) = result else {
            return Err(Reported);
        };
        let append = rt(
            "pyaot_list_append",
            vec![
                RtArg::Value(result_read),
                RtArg::Slot(mk(ExprKind::Tuple(reads), item_ty, span)),
            ],
            RtConv::Infallible,
            Ty::None,
            span,
        );
        let stmt = |kind| Stmt { kind, span };
        let stmts = vec![
            stmt(StmtKind::Assign(
                result,
                mk(ExprKind::List(Vec::new()), list_ty.clone(), span),
            )),
            stmt(StmtKind::ForEach {
                vars,
                index,
                reverse: false,
                body: vec![stmt(StmtKind::Expr(append))],
                orelse: Vec::new(),
            }),
        ];
        Ok(mk(ExprKind::Block(stmts, result_id), list_ty, span))
    }

    /// The sequence and optional start of `enumerate(seq[, start])`.
    pub fn enumerate_args<'c>(
        &mut self,
        _cx: &mut FnCx,
        c: &'c ast::ExprCall,
    ) -> Chk<(&'c ast::Expr, Option<&'c ast::Expr>)> {
        match (&*c.arguments.args, &*c.arguments.keywords) {
            ([seq], []) => Ok((seq, None)),
            ([seq, start], []) => Ok((seq, Some(start))),
            ([seq], [k]) if k.arg.as_ref().is_some_and(|a| a.as_str() == "start") => {
                Ok((seq, Some(&k.value)))
            }
            _ => Err(self.error(
                c.range(),
                "enumerate() takes a sequence and an optional start",
            )),
        }
    }

    /// A new hidden local (a place and a read of it).
    fn comp_local(&mut self, cx: &mut FnCx, what: &str, ty: Ty, span: Span) -> (Place, Expr) {
        let name = format!("${what}{}", self.next_hidden());
        let id = cx.declare_local(&name, ty.clone());
        (
            Place::Local(id),
            mk(ExprKind::Local { id, checked: false }, ty, span),
        )
    }

    /// Binds an assignment target to a value of type `ty`: a name or item
    /// is its own place; a tuple or list target (`a, b`) gets a hidden
    /// variable, and the statements unpacking it into the inner targets are
    /// appended to `after` (to run once the hidden variable is assigned).
    pub fn bind_target(
        &mut self,
        cx: &mut FnCx,
        target: &ast::Expr,
        ty: &Ty,
        binding: Binding,
        after: &mut Block,
    ) -> Chk<Place> {
        let elts = match target {
            ast::Expr::Tuple(t) => &t.elts,
            ast::Expr::List(l) => &l.elts,
            ast::Expr::Name(n) if binding == Binding::Comprehension => {
                let name = format!("$comp{}.{}", self.next_hidden(), n.id);
                let id = cx.declare_local(&name, ty.clone());
                if cx.captured.contains(n.id.as_str()) {
                    cx.make_cell(id);
                }
                cx.comp_scopes.push((n.id.to_string(), id));
                return Ok(Place::Local(id));
            }
            _ if binding == Binding::Comprehension => {
                return Err(
                    self.unsupported(target.range(), "this target in a comprehension (use names)")
                )
            }
            _ => return self.store_target(cx, target, ty, None),
        };
        let span: Span = target.range().into();
        let hidden = match binding {
            Binding::Assign => self.new_hidden(cx, ty.clone(), span)?,
            Binding::Comprehension => {
                let name = format!("$unpack{}", self.next_hidden());
                let id = cx.declare_local(&name, ty.clone());
                Hidden::local(id, ty.clone(), span)
            }
        };
        self.unpack_into(cx, elts, &hidden, binding, after)?;
        Ok(hidden.place())
    }

    /// `targets = value` for the value held in `src`, unpacked item by
    /// item (statements appended to `out`). A tuple's arity is checked
    /// here, with CPython's run-time wording; a list's at run time.
    pub fn unpack_into(
        &mut self,
        cx: &mut FnCx,
        targets: &[ast::Expr],
        src: &Hidden,
        binding: Binding,
        out: &mut Block,
    ) -> Chk<()> {
        let span = src.span;
        let stars: Vec<usize> = (0..targets.len())
            .filter(|&i| matches!(targets[i], ast::Expr::Starred(_)))
            .collect();
        match stars[..] {
            [] => {}
            [s] => return self.unpack_starred(cx, targets, s, src, binding, out),
            [_, second, ..] => {
                return Err(self.error(
                    targets[second].range(),
                    "multiple starred expressions in assignment",
                ))
            }
        }
        let n = targets.len();
        let items: Vec<(Expr, Ty)> = match &src.ty {
            Ty::Tuple(elems) => {
                if elems.len() != n {
                    let msg = if elems.len() > n {
                        format!("too many values to unpack (expected {n})")
                    } else {
                        format!(
                            "not enough values to unpack (expected {n}, got {})",
                            elems.len()
                        )
                    };
                    return Err(self.error_hint(
                        span,
                        msg,
                        format!("the value has type {}", src.ty),
                    ));
                }
                elems
                    .iter()
                    .enumerate()
                    .map(|(i, t)| {
                        let get = ExprKind::TupleGet(Box::new(src.read()), i);
                        (mk(get, t.clone(), span), t.clone())
                    })
                    .collect()
            }
            // A generator gives exactly n values or raises (pulling at
            // most n + 1, as CPython), into a list read item by item.
            Ty::Iter(elem) | Ty::Iterable(elem) => {
                let list_ty = Ty::List(elem.clone());
                let (place, _) = self.comp_local(cx, "unpack", list_ty.clone(), span);
                let Place::Local(id) = place else {
                    return Err(Reported);
                };
                let read = || {
                    mk(
                        ExprKind::Local { id, checked: false },
                        list_ty.clone(),
                        span,
                    )
                };
                let take = rt(
                    "pyaot_gen_take",
                    vec![
                        RtArg::Value(iter_of_iterable(src.read())),
                        RtArg::Int(n as i64),
                        RtArg::ElemKind((**elem).clone()),
                    ],
                    RtConv::NullOnError,
                    list_ty.clone(),
                    span,
                );
                out.push(Stmt {
                    kind: StmtKind::Assign(place, take),
                    span,
                });
                (0..n)
                    .map(|i| {
                        let index = mk(ExprKind::Int(i as i64), Ty::Int, span);
                        let get = ExprKind::ListIndex(Box::new(read()), Box::new(index));
                        (mk(get, (**elem).clone(), span), (**elem).clone())
                    })
                    .collect()
            }
            Ty::List(elem) => {
                out.push(Stmt {
                    kind: StmtKind::Expr(rt(
                        "pyaot_list_unpack_check",
                        vec![RtArg::Value(src.read()), RtArg::Int(n as i64)],
                        RtConv::Flag,
                        Ty::None,
                        span,
                    )),
                    span,
                });
                (0..n)
                    .map(|i| {
                        let index = mk(ExprKind::Int(i as i64), Ty::Int, span);
                        let get = ExprKind::ListIndex(Box::new(src.read()), Box::new(index));
                        (mk(get, (**elem).clone(), span), (**elem).clone())
                    })
                    .collect()
            }
            Ty::Str => {
                return Err(self.unsupported(span, "unpacking a str (use s[0], s[1], ...)"));
            }
            Ty::Deque(_) => {
                return Err(self.unsupported(span, "unpacking a deque (write a, b = list(xs))"));
            }
            other => {
                return Err(self.error(
                    span,
                    format!("cannot unpack non-iterable {} object", other.runtime_name()),
                ))
            }
        };
        for (target, (value, ty)) in targets.iter().zip(items) {
            let mut inner = Vec::new();
            let place = self.bind_target(cx, target, &ty, binding, &mut inner)?;
            out.push(Stmt {
                kind: StmtKind::Assign(place, value),
                span,
            });
            out.extend(inner);
        }
        Ok(())
    }

    /// `a, *rest, z = src`: the starred target gets a list of the items
    /// between the others. A tuple's length is checked here; a list's
    /// (or a `tuple[T, ...]`'s) at run time, with CPython's ValueError.
    fn unpack_starred(
        &mut self,
        cx: &mut FnCx,
        targets: &[ast::Expr],
        star: usize,
        src: &Hidden,
        binding: Binding,
        out: &mut Block,
    ) -> Chk<()> {
        let span = src.span;
        let fixed = targets.len() - 1;
        let after = fixed - star;
        let int = |v: i64| mk(ExprKind::Int(v), Ty::Int, span);
        let mut values: Vec<(Expr, Ty)> = Vec::new();
        match &src.ty {
            Ty::Tuple(elems) => {
                if elems.len() < fixed {
                    return Err(self.error_hint(
                        span,
                        format!(
                            "not enough values to unpack (expected at least {fixed}, got {})",
                            elems.len()
                        ),
                        format!("the value has type {}", src.ty),
                    ));
                }
                let get = |i: usize| {
                    (
                        mk(
                            ExprKind::TupleGet(Box::new(src.read()), i),
                            elems[i].clone(),
                            span,
                        ),
                        elems[i].clone(),
                    )
                };
                values.extend((0..star).map(get));
                let middle: Vec<(Expr, Ty)> = (star..elems.len() - after).map(get).collect();
                let elem = match middle.first() {
                    Some((_, t)) => t.clone(),
                    None => Ty::None,
                };
                if middle.iter().any(|(_, t)| *t != elem) {
                    return Err(self.error_hint(
                        targets[star].range(),
                        format!("unsupported: a starred target collecting items of different types from a {}", src.ty),
                        "unpack the items one by one",
                    ));
                }
                let list_ty = Ty::List(Box::new(elem));
                values.push((
                    mk(
                        ExprKind::List(middle.into_iter().map(|(e, _)| e).collect()),
                        list_ty.clone(),
                        span,
                    ),
                    list_ty,
                ));
                values.extend((elems.len() - after..elems.len()).map(get));
            }
            Ty::List(_) | Ty::VarTuple(_) | Ty::Iter(_) | Ty::Iterable(_) => {
                let list = match src.ty {
                    Ty::VarTuple(_) => self.tuple_as_list(src.read())?,
                    // CPython's starred unpacking of an iterator takes all
                    // its values before checking the count, so the list
                    // of them gives the same side effects and ValueError.
                    Ty::Iter(_) | Ty::Iterable(_) => gen_to_list(src.read()),
                    _ => src.read(),
                };
                let list = self.hidden_var(cx, list, span, out)?;
                let Ty::List(elem) = &list.ty else {
                    return Err(Reported);
                };
                let elem = (**elem).clone();
                out.push(Stmt {
                    kind: StmtKind::Expr(rt(
                        "pyaot_list_unpack_check_star",
                        vec![RtArg::Value(list.read()), RtArg::Int(fixed as i64)],
                        RtConv::Flag,
                        Ty::None,
                        span,
                    )),
                    span,
                });
                let get = |i: i64| {
                    let e = ExprKind::ListIndex(Box::new(list.read()), Box::new(int(i)));
                    (mk(e, elem.clone(), span), elem.clone())
                };
                values.extend((0..star as i64).map(get));
                let (hi, has_hi) = match after {
                    0 => (RtArg::Int(0), RtArg::Flag(false)),
                    n => (RtArg::Int(-(n as i64)), RtArg::Flag(true)),
                };
                values.push((
                    rt(
                        "pyaot_list_slice",
                        vec![
                            RtArg::Value(list.read()),
                            RtArg::Int(star as i64),
                            hi,
                            RtArg::Int(1),
                            RtArg::Flag(true),
                            has_hi,
                        ],
                        RtConv::NullOnError,
                        list.ty.clone(),
                        span,
                    ),
                    list.ty.clone(),
                ));
                values.extend((0..after as i64).map(|j| get(j - after as i64)));
            }
            other => {
                return Err(self.error(
                    span,
                    format!("cannot unpack non-iterable {} object", other.runtime_name()),
                ))
            }
        }
        for (target, (value, ty)) in targets.iter().zip(values) {
            let target = match target {
                ast::Expr::Starred(s) => &*s.value,
                t => t,
            };
            let mut inner = Vec::new();
            let place = self.bind_target(cx, target, &ty, binding, &mut inner)?;
            out.push(Stmt {
                kind: StmtKind::Assign(place, value),
                span,
            });
            out.extend(inner);
        }
        Ok(())
    }

    /// Binds a `for` target that receives the tuple of `parts` (the hidden
    /// variables a `zip`/`enumerate` loop fills): the tuple is built and
    /// assigned at the top of the body (statements appended to `prelude`).
    pub fn bind_packed(
        &mut self,
        cx: &mut FnCx,
        target: &ast::Expr,
        parts: Vec<Expr>,
        prelude: &mut Block,
    ) -> Chk<()> {
        let span: Span = target.range().into();
        let ty = Ty::Tuple(parts.iter().map(|p| p.ty.clone()).collect());
        let mut inner = Vec::new();
        let place = self.bind_target(cx, target, &ty, Binding::Assign, &mut inner)?;
        prelude.push(Stmt {
            kind: StmtKind::Assign(place, mk(ExprKind::Tuple(parts), ty, span)),
            span,
        });
        prelude.extend(inner);
        Ok(())
    }
}
