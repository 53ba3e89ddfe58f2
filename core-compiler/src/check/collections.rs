//! The native `collections` module: `defaultdict` and `Counter` (and
//! `deque`, which is not a dict: `deque.rs`).
//!
//! Both are dicts with a `__missing__` (`runtime/src/collections.rs`):
//! the type `Ty::Dict(K, V, DictKind::Default)` (`defaultdict[K, V]`) or
//! `Ty::Dict(K, int, DictKind::Counter)` (`Counter[K]`), which is upcast
//! to `dict[K, V]` wherever a dict is expected, as CPython's subclasses
//! are. `d[k]` is the dict's `pyaot_dict_get`, whose miss path runs the
//! `__missing__`, so it behaves the same through a `dict[K, V]` view.
//!
//! Construction needs the element types: `defaultdict(f)` and `Counter()`
//! take them from the context (an annotated variable, parameter or
//! return); `Counter(iterable)` from its argument. A defaultdict's factory
//! is a built-in type (`int float str bool list set dict`, made by the
//! runtime) or a `Callable[[], V]` value (a lambda, a function), called
//! through a factory thunk (`codegen/factory.rs`).

use super::methods::{pos, rt};
use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Expr, RtArg, RtConv};
use crate::source::Span;
use crate::types::{DictKind, FnTy, Ty};
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

/// The members pyaot's `collections` provides.
pub const MEMBERS: &[&str] = &["defaultdict", "Counter", "deque"];

/// A defaultdict factory the runtime makes itself: its code
/// (`ConstFactory`) and whether `ty` is the type it makes.
fn const_factory(name: &str, v: &Ty) -> Option<(i64, bool)> {
    Some(match name {
        "int" => (0, *v == Ty::Int),
        "float" => (1, *v == Ty::Float),
        "str" => (2, *v == Ty::Str),
        "bool" => (3, *v == Ty::Bool),
        "list" => (4, matches!(v, Ty::List(_))),
        "set" => (5, matches!(v, Ty::Set(_))),
        "dict" => (6, matches!(v, Ty::Dict(_, _, DictKind::Plain))),
        _ => return None,
    })
}

/// The element kinds a constant factory's empty value needs.
fn factory_kinds(v: &Ty) -> (Ty, Ty) {
    match v {
        Ty::List(e) | Ty::Set(e) => ((**e).clone(), Ty::Int),
        Ty::Dict(k, v, _) => ((**k).clone(), (**v).clone()),
        _ => (Ty::Int, Ty::Int),
    }
}

fn counter_ty(k: Ty) -> Ty {
    Ty::Dict(Box::new(k), Box::new(Ty::Int), DictKind::Counter)
}

impl<'a> Checker<'a> {
    /// `defaultdict[K, V]` or `Counter[K]` as an annotation.
    pub(super) fn collections_annotation(
        &mut self,
        member: &str,
        s: &ast::ExprSubscript,
        at: Option<Span>,
    ) -> Chk<Ty> {
        let span = at.unwrap_or_else(|| s.range.into());
        match member {
            "defaultdict" => {
                let Ty::Dict(k, v, _) = self.dict_annotation(s, at)? else {
                    return Err(Reported);
                };
                Ok(Ty::Dict(k, v, DictKind::Default))
            }
            "deque" => self.deque_annotation(s, at),
            "Counter" => {
                let k = self.annotation_at(&s.slice, at)?;
                if !k.is_hashable_key() {
                    return Err(self.error_hint(
                        span,
                        format!("unsupported Counter key type {k}"),
                        "Counter keys can be int, float, bool, str, or tuples of those",
                    ));
                }
                Ok(counter_ty(k))
            }
            _ => Err(self.error(
                span,
                format!("unsupported type annotation collections.{member}"),
            )),
        }
    }

    /// `collections.member(...)`; `want` is the type the context expects.
    pub(super) fn collections_call(
        &mut self,
        cx: &mut FnCx,
        member: &str,
        c: &ast::ExprCall,
        want: Option<&Ty>,
    ) -> Chk<Expr> {
        let e = match member {
            "defaultdict" => self.defaultdict_call(cx, c, want)?,
            "deque" => self.deque_call(cx, c, want)?,
            _ => self.counter_call(cx, c, want)?,
        };
        Ok(match want {
            Some(w) => self.fit(e, w),
            None => e,
        })
    }

    /// The key and value types a `defaultdict(...)` or `Counter()` gets
    /// from its context, or the error asking for an annotation.
    fn wanted_dict(&mut self, want: Option<&Ty>, what: &str, span: Span) -> Chk<(Ty, Ty)> {
        match want {
            Some(Ty::Dict(k, v, kind))
                if *kind == DictKind::Plain
                    || (*kind == DictKind::Default) == (what == "defaultdict") =>
            {
                Ok(((**k).clone(), (**v).clone()))
            }
            Some(other) => Err(self.error(span, format!("expected a {other}, not a {what}"))),
            None => Err(self.error_hint(
                span,
                format!("cannot infer the key and value types of a {what}"),
                match what {
                    "defaultdict" => "annotate the variable, e.g. `d: defaultdict[str, list[int]] = defaultdict(list)`",
                    _ => "annotate the variable, e.g. `c: Counter[str] = Counter()`",
                },
            )),
        }
    }

    fn defaultdict_call(
        &mut self,
        cx: &mut FnCx,
        c: &ast::ExprCall,
        want: Option<&Ty>,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let (k, v) = self.wanted_dict(want, "defaultdict", span)?;
        let ty = Ty::Dict(Box::new(k.clone()), Box::new(v.clone()), DictKind::Default);
        let (factory, items) = match (&c.arguments.args[..], &c.arguments.keywords[..]) {
            ([factory], []) => (factory, None),
            ([factory, items @ ast::Expr::Dict(_)], []) => {
                // A display takes its item types from the annotation: `{}`.
                let want = Ty::dict(k.clone(), v.clone());
                (factory, Some(self.expr_for(cx, items, &want)?))
            }
            ([factory, items], []) => (factory, Some(self.dict_base(cx, items, items.range())?)),
            ([factory], kws) => {
                let mut items = Vec::new();
                for k in kws.iter() {
                    let Some(arg) = &k.arg else {
                        return Err(self.unsupported(k.range, "defaultdict(f, **d)"));
                    };
                    let v = self.expr_for(cx, &k.value, &v)?;
                    items.push((arg.to_string(), v, Span::from(k.range)));
                }
                (factory, Some(self.dict_of_keywords(items, span)?))
            }
            _ => {
                return Err(self.error_hint(
                    span,
                    "unsupported defaultdict() arguments",
                    "pass the factory and at most one mapping or iterable of pairs, e.g. `defaultdict(list, {'a': [1]})`, or keyword items alone",
                ))
            }
        };
        let new = self.defaultdict_empty(cx, factory, &k, &v, span)?;
        let Some(items) = items else {
            return Ok(new);
        };
        let want = Ty::dict(k.clone(), v.clone());
        let items = self.fit(items, &want);
        if items.ty != want {
            return Err(self.error(
                items.span,
                format!("expected the items of a {ty}, not a {}", items.ty),
            ));
        }
        Ok(rt(
            "pyaot_defaultdict_fill",
            vec![RtArg::Value(new), RtArg::Value(items)],
            RtConv::Infallible,
            ty,
            span,
        ))
    }

    /// `defaultdict(factory)` of keys `k` and values `v`: an empty one.
    fn defaultdict_empty(
        &mut self,
        cx: &mut FnCx,
        factory: &ast::Expr,
        k: &Ty,
        v: &Ty,
        span: Span,
    ) -> Chk<Expr> {
        let (k, v) = (k.clone(), v.clone());
        let ty = Ty::Dict(Box::new(k.clone()), Box::new(v.clone()), DictKind::Default);
        if let ast::Expr::Name(n) = factory {
            let name = n.id.as_str();
            if let Some((code, fits)) =
                const_factory(name, &v).filter(|_| self.is_builtin_name(cx, factory, name))
            {
                if !fits {
                    return Err(self.error(
                        factory.range(),
                        format!("defaultdict({name}) makes {name} values, not {v}"),
                    ));
                }
                let (a, b) = factory_kinds(&v);
                return Ok(rt(
                    "pyaot_defaultdict_new",
                    vec![
                        RtArg::ElemKind(k),
                        RtArg::ElemKind(v),
                        RtArg::Int(code),
                        RtArg::ElemKind(a),
                        RtArg::ElemKind(b),
                    ],
                    RtConv::Infallible,
                    ty,
                    span,
                ));
            }
        }
        let fn_ty = Ty::Func(Box::new(FnTy {
            params: Vec::new(),
            ret: v.clone(),
        }));
        let f = self.expr_for(cx, factory, &fn_ty)?;
        if f.ty != fn_ty {
            return Err(self.error(
                f.span,
                format!(
                    "the factory of a {ty} must be a {fn_ty} (a function of no arguments), not {}",
                    f.ty
                ),
            ));
        }
        Ok(rt(
            "pyaot_defaultdict_new_func",
            vec![
                RtArg::ElemKind(k),
                RtArg::ElemKind(v.clone()),
                RtArg::Value(f),
                RtArg::FactoryThunk(v),
            ],
            RtConv::Infallible,
            ty,
            span,
        ))
    }

    /// `Counter()`, `Counter(iterable)` or `Counter(mapping)`.
    fn counter_call(&mut self, cx: &mut FnCx, c: &ast::ExprCall, want: Option<&Ty>) -> Chk<Expr> {
        let span: Span = c.range().into();
        if !c.arguments.keywords.is_empty() {
            return self.counter_of_keywords(cx, c, want);
        }
        let mut args = match self.range_arg(cx, c)? {
            Some(xs) => vec![Some(xs)],
            None => self.bind_method_args(cx, c, "Counter", &[pos("iterable")], 0)?,
        };
        let Some(arg) = args.remove(0) else {
            let (k, v) = self.wanted_dict(want, "Counter", span)?;
            if v != Ty::Int {
                return Err(self.error(span, format!("a Counter counts with int, not {v}")));
            }
            return Ok(rt(
                "pyaot_counter_new",
                vec![RtArg::ElemKind(k.clone())],
                RtConv::Infallible,
                counter_ty(k),
                span,
            ));
        };
        let (k, from) = self.counted(arg)?;
        if let Some(Ty::Dict(wk, _, _)) = want {
            if **wk != k {
                return Err(self.error(
                    span,
                    format!("expected a Counter[{wk}], not a Counter[{k}]"),
                ));
            }
        }
        let func = match from {
            Counted::List(_) => "pyaot_counter_from_list",
            Counted::Dict(_) => "pyaot_counter_from_dict",
        };
        Ok(rt(
            func,
            vec![RtArg::ElemKind(k.clone()), RtArg::Value(from.expr())],
            RtConv::NullOnError,
            counter_ty(k),
            span,
        ))
    }

    /// `Counter(a=1, b=2)`: the counts of str keys, as `Counter({'a': 1,
    /// 'b': 2})`.
    fn counter_of_keywords(
        &mut self,
        cx: &mut FnCx,
        c: &ast::ExprCall,
        want: Option<&Ty>,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        if !c.arguments.args.is_empty() {
            return Err(self.error_hint(
                span,
                "unsupported: Counter() with both an iterable and keyword counts",
                "make the Counter of the iterable, then c.update(other_counter)",
            ));
        }
        let mut kws = Vec::new();
        for k in c.arguments.keywords.iter() {
            let Some(arg) = &k.arg else {
                return Err(self.unsupported(k.range, "Counter(**d)"));
            };
            let v = self.expr_for(cx, &k.value, &Ty::Int)?;
            if v.ty != Ty::Int {
                return Err(self.error(v.span, format!("a Counter counts with int, not {}", v.ty)));
            }
            kws.push((arg.to_string(), v, Span::from(k.range)));
        }
        if let Some(Ty::Dict(wk, _, _)) = want {
            if **wk != Ty::Str {
                return Err(self.error(
                    span,
                    format!("expected a Counter[{wk}], not a Counter[str]"),
                ));
            }
        }
        let counts = self.dict_of_keywords(kws, span)?;
        Ok(rt(
            "pyaot_counter_from_dict",
            vec![RtArg::ElemKind(Ty::Str), RtArg::Value(counts)],
            RtConv::NullOnError,
            counter_ty(Ty::Str),
            span,
        ))
    }

    /// The one argument of `Counter(range(...))` (or `update`,
    /// `subtract`) as the list of its ints; None for other arguments.
    fn range_arg(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Option<Expr>> {
        match (&c.arguments.args[..], &c.arguments.keywords[..]) {
            ([ast::Expr::Call(r)], []) if self.is_builtin_name(cx, &r.func, "range") => {
                Ok(Some(self.iterable(cx, &c.arguments.args[0])?))
            }
            _ => Ok(None),
        }
    }

    /// What `Counter(x)`, `c.update(x)` or `c.subtract(x)` counts: a
    /// mapping of counts (`dict[K, int]`, a Counter) or the elements of an
    /// iterable, with the key type.
    fn counted(&mut self, x: Expr) -> Chk<(Ty, Counted)> {
        if let Ty::Dict(k, v, _) = &x.ty {
            if **v == Ty::Int {
                return Ok(((**k).clone(), Counted::Dict(x)));
            }
            return Err(self.error(
                x.span,
                format!(
                    "unsupported: counting a {}: the mapping's values are counts (int)",
                    x.ty
                ),
            ));
        }
        let xs = self.as_list(x, "Counter")?;
        let Ty::List(k) = &xs.ty else {
            return Err(Reported);
        };
        let k = (**k).clone();
        if !k.is_hashable_key() {
            return Err(self.error(xs.span, format!("unhashable type: '{}'", k.runtime_name())));
        }
        Ok((k, Counted::List(xs)))
    }

    /// A method only a Counter has (or overrides: `update`); None for the
    /// dict methods it inherits.
    pub(super) fn counter_method(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        method: &str,
        c: &ast::ExprCall,
        views_ok: bool,
    ) -> Chk<Result<Expr, Expr>> {
        let span: Span = c.range().into();
        let Ty::Dict(k, _, DictKind::Counter) = recv.ty.clone() else {
            return Ok(Err(recv));
        };
        let k = *k;
        let q = format!("Counter.{method}");
        Ok(Ok(match method {
            "most_common" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("n")], 0)?;
                let n = match a.remove(0) {
                    Some(n) => RtArg::Value(self.index_int(n)?),
                    None => RtArg::Int(i64::MAX),
                };
                let item = Ty::Tuple(vec![k, Ty::Int]);
                rt(
                    "pyaot_counter_most_common",
                    vec![RtArg::Value(recv), n, RtArg::TupleCodes(item.clone())],
                    RtConv::Infallible,
                    Ty::List(Box::new(item)),
                    span,
                )
            }
            "update" | "subtract" => {
                let mut a = match self.range_arg(cx, c)? {
                    Some(xs) => vec![Some(xs)],
                    None => self.bind_method_args(cx, c, &q, &[pos("iterable")], 0)?,
                };
                let Some(x) = a.remove(0) else {
                    // Nothing to count.
                    return Ok(Ok(Expr {
                        kind: crate::hir::ExprKind::None,
                        ty: Ty::None,
                        span,
                    }));
                };
                let (xk, from) = self.counted(x)?;
                if xk != k {
                    return Err(self.error(
                        span,
                        format!("cannot {method} a Counter[{k}] with {xk} keys"),
                    ));
                }
                let func = match from {
                    Counted::List(_) => "pyaot_counter_add_list",
                    Counted::Dict(_) => "pyaot_counter_add_dict",
                };
                let sign = if method == "update" { 1 } else { -1 };
                rt(
                    func,
                    vec![
                        RtArg::Value(recv),
                        RtArg::Value(from.expr()),
                        RtArg::Int(sign),
                    ],
                    RtConv::Flag,
                    Ty::None,
                    span,
                )
            }
            "total" => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                rt(
                    "pyaot_counter_total",
                    vec![RtArg::Value(recv)],
                    RtConv::FlagOut,
                    Ty::Int,
                    span,
                )
            }
            "elements" => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                if !views_ok {
                    return Err(self.error_hint(
                        span,
                        "unsupported: Counter.elements() as a value",
                        "iterate it or pass it to list(), sorted(), ...: `list(c.elements())`",
                    ));
                }
                rt(
                    "pyaot_counter_elements",
                    vec![RtArg::Value(recv)],
                    RtConv::Infallible,
                    Ty::List(Box::new(k)),
                    span,
                )
            }
            _ => return Ok(Err(recv)),
        }))
    }

    /// Whether `l op r` is Counter arithmetic ([`Self::counter_binary`]).
    pub(super) fn is_counter_binary(op: ast::Operator, l: &Ty, r: &Ty) -> bool {
        matches!(
            op,
            ast::Operator::Add | ast::Operator::Sub | ast::Operator::BitOr | ast::Operator::BitAnd
        ) && l.dict_kind() == Some(DictKind::Counter)
            && r.dict_kind() == Some(DictKind::Counter)
    }

    /// `a + b`, `a - b`, `a | b` (larger counts) and `a & b` (smaller) of
    /// two Counters: CPython keeps the positive counts.
    pub(super) fn counter_binary(
        &mut self,
        op: ast::Operator,
        l: Expr,
        r: Expr,
        span: Span,
    ) -> Chk<Expr> {
        if l.ty != r.ty {
            let msg = format!(
                "unsupported operand type(s) for {}: {} and {}",
                op.as_str(),
                l.ty,
                r.ty
            );
            return Err(self.error(span, msg));
        }
        let sign = match op {
            ast::Operator::Add => 1,
            ast::Operator::Sub => -1,
            ast::Operator::BitOr => 2,
            _ => 3,
        };
        let ty = l.ty.clone();
        Ok(rt(
            "pyaot_counter_combine",
            vec![RtArg::Value(l), RtArg::Value(r), RtArg::Int(sign)],
            RtConv::NullOnError,
            ty,
            span,
        ))
    }
}

/// The argument of a count: a list of elements or a mapping of counts.
enum Counted {
    List(Expr),
    Dict(Expr),
}

impl Counted {
    fn expr(self) -> Expr {
        match self {
            Counted::List(e) | Counted::Dict(e) => e,
        }
    }
}
