//! Iterator builtins as lazy generator objects: `map`, `filter`, `iter`
//! of a sequence, and `zip`/`enumerate` consumed as values.
//!
//! Each is an *adapter*: a hidden nested generator function that the
//! checker writes in HIR (no Python source), called where the builtin
//! stands with the builtin's arguments. So the value is an ordinary
//! generator object (`Ty::Iter`), consumed by everything that consumes
//! generators, and it is lazy as CPython's iterators are: `map(f, xs)`
//! evaluates `f` and `xs` at once (`xs` becomes its iterable: a list, a
//! str, a generator, or a `range`'s three bounds) and calls `f` only when
//! the consumer asks for the next value, so side effects interleave as
//! in CPython. The adapter's frame is hidden in tracebacks (CPython's
//! `map` is C code with no frame of its own).
//!
//! The function `map` and `filter` call is one of:
//! - a lambda, typed by the element types of the iterables, its return
//!   type inferred;
//! - a name that a call would resolve statically (a top-level function,
//!   a class, a builtin such as `str` or `len`): the adapter's body calls
//!   it by name with the items, checked like any call (`map(int, words)`);
//! - any other callable value (`Callable[[A], R]`), called per item.

use super::closure::{Nested, NestedBody, Uses};
use super::{Checker, Chk, FnCx, Param, Reported};
use crate::hir::{self, Expr, ExprKind, LocalId, Place, Stmt, StmtKind};
use crate::source::Span;
use crate::types::{FnTy, Ty};
use ruff_python_ast::{self as ast};
use ruff_text_size::Ranged;

/// Builds an adapter's body in its own function context (see
/// [`NestedBody::Built`]); it sets the context's inferred return type.
pub(super) type BuildBody<'b> = Box<dyn FnOnce(&mut Checker<'_>, &mut FnCx) -> Chk<Vec<Stmt>> + 'b>;

/// What one step of an adapter's loop does with the items: the parameter
/// reads of the leading arguments, the items (the index first for
/// `enumerate`), and it returns the loop body.
type Step<'b> =
    Box<dyn FnOnce(&mut Checker<'_>, &mut FnCx, Vec<Expr>, Vec<Expr>) -> Chk<Vec<Stmt>> + 'b>;

/// Where an adapter takes its values from.
pub enum Feed {
    /// A list, a str or a generator.
    Seq(Expr),
    /// `range(start, stop, step)`, never built as a list.
    Range(Expr, Expr, Expr),
}

impl Feed {
    fn elem(&self) -> Ty {
        match self {
            Feed::Seq(e) => match &e.ty {
                Ty::List(t) | Ty::Iter(t) => (**t).clone(),
                _ => Ty::Str,
            },
            Feed::Range(..) => Ty::Int,
        }
    }
}

/// The function an adapter calls on each item.
enum Callee<'b> {
    /// A name called statically in the adapter's body.
    Name(&'b ast::Expr),
    /// A function object, passed to the adapter as its first argument.
    Value(Expr),
}

/// The names the adapter's items have in its body (`$a0`, ...), which a
/// statically called name's synthesized call reads.
fn item_name(i: usize) -> String {
    format!("$a{i}")
}

/// A read of the adapter's parameter `i` (local `i + 1`; local 0 is its
/// function object).
fn param_read(i: usize, ty: Ty, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Local {
            id: LocalId(i as u32 + 1),
            checked: false,
        },
        ty,
        span,
    }
}

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

impl<'a> Checker<'a> {
    /// The iterable `e` as an adapter's feed: a `range()` with a constant
    /// step stays three ints when `lazy_range` (a variable step must be
    /// checked when the builtin is called, which building the list does).
    pub(super) fn feed(&mut self, cx: &mut FnCx, e: &ast::Expr, lazy_range: bool) -> Chk<Feed> {
        if let ast::Expr::Call(c) = e {
            if lazy_range && self.is_builtin_name(cx, &c.func, "range") {
                let (start, stop, step) = self.range_args(cx, c)?;
                if matches!(step.kind, ExprKind::Int(n) if n != 0) {
                    return Ok(Feed::Range(start, stop, step));
                }
                let span: Span = c.range().into();
                return Ok(Feed::Seq(Expr {
                    kind: ExprKind::RtCall {
                        func: "pyaot_list_range",
                        args: vec![
                            hir::RtArg::Value(start),
                            hir::RtArg::Value(stop),
                            hir::RtArg::Value(step),
                        ],
                        conv: hir::RtConv::NullOnError,
                    },
                    ty: Ty::List(Box::new(Ty::Int)),
                    span,
                }));
            }
        }
        let it = self.iterable(cx, e)?;
        self.elem_of(&it)?;
        Ok(Feed::Seq(it))
    }

    /// A call of a hidden generator function `name` that loops over
    /// `feeds` (in step, as `zip` does; with an index from `start` for
    /// `enumerate`) and runs `step` on each item tuple, its values of type
    /// `elem`. `lead` are extra arguments passed before the feeds.
    #[allow(clippy::too_many_arguments)]
    fn adapter<'b>(
        &mut self,
        cx: &mut FnCx,
        name: &str,
        lead: Vec<Expr>,
        feeds: Vec<Feed>,
        start: Option<Expr>,
        elem: Ty,
        span: Span,
        step: Step<'b>,
    ) -> Chk<Expr> {
        let param = |i: usize, ty: Ty| Param {
            name: format!("$p{i}"),
            ty,
            default: None,
            span,
            kind: hir::ParamKind::Positional,
        };
        let mut args = lead;
        let lead_tys: Vec<Ty> = args.iter().map(|a| a.ty.clone()).collect();
        let has_start = start.is_some();
        args.extend(start);
        // Per feed: its first parameter and whether it is a range.
        let mut shapes = Vec::new();
        let elems: Vec<Ty> = feeds.iter().map(Feed::elem).collect();
        for f in feeds {
            match f {
                Feed::Seq(e) => {
                    shapes.push((args.len(), e.ty.clone(), false));
                    args.push(e);
                }
                Feed::Range(a, b, c) => {
                    shapes.push((args.len(), Ty::Int, true));
                    args.extend([a, b, c]);
                }
            }
        }
        let params: Vec<Param> = args
            .iter()
            .enumerate()
            .map(|(i, a)| param(i, a.ty.clone()))
            .collect();
        let ret = Ty::Iter(Box::new(elem));
        let ret2 = ret.clone();
        let nlead = lead_tys.len();
        let build: BuildBody<'b> = Box::new(move |ck: &mut Checker<'_>, icx: &mut FnCx| {
            let lead: Vec<Expr> = lead_tys
                .iter()
                .enumerate()
                .map(|(i, t)| param_read(i, t.clone(), span))
                .collect();
            let mut items = Vec::new();
            let mut places = Vec::new();
            if has_start {
                let id = icx.declare_local("$index", Ty::Int);
                places.push(Place::Local(id));
                items.push(Expr {
                    kind: ExprKind::Local { id, checked: false },
                    ty: Ty::Int,
                    span,
                });
            }
            for (i, e) in elems.iter().enumerate() {
                let n = item_name(i);
                let id = icx.declare_local(&n, e.clone());
                icx.comp_scopes.push((n, id));
                places.push(Place::Local(id));
                items.push(Expr {
                    kind: ExprKind::Local { id, checked: false },
                    ty: e.clone(),
                    span,
                });
            }
            let body = step(ck, icx, lead, items)?;
            icx.inferred_ret = Some(ret2);
            let mut places = places.into_iter();
            let index = if has_start {
                let p = places.next().ok_or(Reported)?;
                Some((p, param_read(nlead, Ty::Int, span)))
            } else {
                None
            };
            let kind = match &shapes[..] {
                [(p, _, true)] => StmtKind::ForRange {
                    var: places.next().ok_or(Reported)?,
                    start: param_read(*p, Ty::Int, span),
                    stop: param_read(p + 1, Ty::Int, span),
                    step: param_read(p + 2, Ty::Int, span),
                    body,
                    orelse: Vec::new(),
                },
                _ => StmtKind::ForEach {
                    vars: shapes
                        .iter()
                        .zip(places)
                        .map(|((p, ty, _), place)| (place, param_read(*p, ty.clone(), span)))
                        .collect(),
                    index,
                    reverse: false,
                    body,
                    orelse: Vec::new(),
                },
            };
            Ok(vec![stmt(kind, span)])
        });
        let make = self.nested_function(
            cx,
            Nested {
                name: name.to_string(),
                params,
                ret: None,
                body: NestedBody::Built(build),
                uses: Uses::default(),
                free: Vec::new(),
                span,
                name_span: span,
                self_ref: false,
                packed: None,
            },
        )?;
        if let ExprKind::MakeFunc(m) = &make.kind {
            if let Some(Some(f)) = self.bodies.get_mut(m.func.index()) {
                f.hidden_frame = true;
            }
        }
        Ok(Expr {
            kind: ExprKind::CallValue {
                callee: Box::new(make),
                args,
            },
            ty: ret,
            span,
        })
    }

    /// How `map`/`filter` call `f` on items of types `params`.
    fn callee<'b>(&mut self, cx: &mut FnCx, f: &'b ast::Expr, params: &[Ty]) -> Chk<Callee<'b>> {
        if let ast::Expr::Lambda(l) = f {
            let want = FnTy {
                params: params.to_vec(),
                ret: Ty::None,
            };
            return Ok(Callee::Value(self.lambda_infer_ret(cx, l, &want)?));
        }
        if let ast::Expr::Name(n) = f {
            let name = n.id.as_str();
            let by_var = self.shadowed_by_var(cx, name)
                || cx.comp_scopes.iter().any(|(v, _)| v == name)
                || self.global_id(name).is_some();
            if !by_var {
                return Ok(Callee::Name(f));
            }
        }
        let v = self.expr(cx, f)?;
        let Some(fty) = v.ty.func().cloned() else {
            return Err(self.error_hint(
                v.span,
                format!("'{}' object is not callable", v.ty.runtime_name()),
                "pass a function, a lambda or a Callable value",
            ));
        };
        if fty.params != params {
            let tys: Vec<String> = params.iter().map(|t| t.to_string()).collect();
            return Err(self.error_hint(
                v.span,
                format!(
                    "this {} is called with ({}) by this iterator",
                    v.ty,
                    tys.join(", ")
                ),
                "pass a function whose parameters match the items' types",
            ));
        }
        Ok(Callee::Value(v))
    }

    /// `map(f, xs, ...)` and `filter(f, xs)` / `filter(None, xs)`.
    pub(super) fn map_filter(&mut self, cx: &mut FnCx, name: &str, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        if let Some(k) = c.arguments.keywords.first() {
            return Err(self.error(k.range, format!("{name}() takes no keyword arguments")));
        }
        let args = &c.arguments.args;
        if let Some(ast::Expr::Starred(s)) = args.iter().find(|a| a.is_starred_expr()) {
            return Err(self.unsupported(s.range, "starred arguments"));
        }
        let is_map = name == "map";
        match (is_map, args.len()) {
            (true, 0 | 1) => {
                return Err(self.error(span, "map() must have at least two arguments."))
            }
            (false, n) if n != 2 => {
                return Err(self.error(span, format!("filter expected 2 arguments, got {n}")))
            }
            _ => {}
        }
        let lazy = args.len() == 2;
        let mut feeds = Vec::new();
        for a in &args[1..] {
            feeds.push(self.feed(cx, a, lazy)?);
        }
        let elems: Vec<Ty> = feeds.iter().map(Feed::elem).collect();
        let f = &args[0];
        if !is_map && matches!(f, ast::Expr::NoneLiteral(_)) {
            let elem = elems[0].clone();
            let step: Step = Box::new(move |ck, _icx, _lead, items| {
                let item = items.into_iter().next().ok_or(Reported)?;
                Ok(filter_body(ck, item.clone_read(), item, span))
            });
            return self.adapter(cx, "filter", Vec::new(), feeds, None, elem, span, step);
        }
        let callee = self.callee(cx, f, &elems)?;
        // The result type: the callee's return type, found by checking
        // the call (a lambda's and a value's are known already).
        let (lead, f_ast, call_ret) = match callee {
            Callee::Value(v) => {
                let ret = v.ty.func().map(|f| f.ret.clone()).ok_or(Reported)?;
                (vec![v], None, ret)
            }
            Callee::Name(fa) => {
                let ret = self.probe_call_type(cx, c, fa, &elems)?;
                (Vec::new(), Some(fa), ret)
            }
        };
        if !is_map {
            let elem = elems[0].clone();
            let c2 = c.clone();
            let step: Step = Box::new(move |ck, icx, lead, items| {
                let item = items[0].clone_read();
                let v = item_call(ck, icx, &c2, f_ast, lead, items)?;
                Ok(filter_body(ck, v, item, span))
            });
            return self.adapter(cx, "filter", lead, feeds, None, elem, span, step);
        }
        let c2 = c.clone();
        let step: Step = Box::new(move |ck, icx, lead, items| {
            let v = item_call(ck, icx, &c2, f_ast, lead, items)?;
            let span = v.span;
            Ok(vec![stmt(StmtKind::Yield(v), span)])
        });
        self.adapter(cx, "map", lead, feeds, None, call_ret, span, step)
    }

    /// The type of `f(items...)` for a statically named `f`, checked in a
    /// scratch context holding locals of the items' types (the real call
    /// is checked again in the adapter's body).
    fn probe_call_type(
        &mut self,
        cx: &mut FnCx,
        c: &ast::ExprCall,
        f: &ast::Expr,
        elems: &[Ty],
    ) -> Chk<Ty> {
        let mut probe = FnCx::for_nested(
            "<probe>",
            &cx.qualname,
            Ty::None,
            &[],
            None,
            &Uses::default(),
            &[],
            &[],
        );
        for (i, e) in elems.iter().enumerate() {
            let n = item_name(i);
            let id = probe.declare_local(&n, e.clone());
            probe.comp_scopes.push((n, id));
        }
        let call = synth_call(c, f, elems.len());
        let v = self.expr(&mut probe, &call)?;
        Ok(v.ty)
    }

    /// `iter(x)`: a generator is its own iterator; a sequence becomes an
    /// adapter over it.
    pub(super) fn iter_call(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        if let Some(k) = c.arguments.keywords.first() {
            return Err(self.error(k.range, "iter() takes no keyword arguments"));
        }
        let [a] = &c.arguments.args[..] else {
            return Err(self.error_hint(
                span,
                format!(
                    "unsupported: iter() with {} arguments",
                    c.arguments.args.len()
                ),
                "pass one iterable",
            ));
        };
        let feed = self.feed(cx, a, true)?;
        if let Feed::Seq(e) = feed {
            if matches!(e.ty, Ty::Iter(_)) {
                return Ok(e);
            }
            return self.iter_of_feed(cx, Feed::Seq(e), span);
        }
        self.iter_of_feed(cx, feed, span)
    }

    /// An iterator over `feed`'s values.
    pub(super) fn iter_of_feed(&mut self, cx: &mut FnCx, feed: Feed, span: Span) -> Chk<Expr> {
        let elem = feed.elem();
        let step: Step = Box::new(move |_ck, _icx, _lead, items| {
            let item = items.into_iter().next().ok_or(Reported)?;
            Ok(vec![stmt(StmtKind::Yield(item), span)])
        });
        self.adapter(
            cx,
            "iterator",
            Vec::new(),
            vec![feed],
            None,
            elem,
            span,
            step,
        )
    }

    /// `zip(a, b, ...)` and `enumerate(xs, start)` as lazy iterators of
    /// tuples (outside a `for` statement, with some argument a generator).
    pub(super) fn zip_enumerate_iter(
        &mut self,
        cx: &mut FnCx,
        name: &str,
        feeds: Vec<Feed>,
        start: Option<Expr>,
        span: Span,
    ) -> Chk<Expr> {
        let mut tys: Vec<Ty> = feeds.iter().map(Feed::elem).collect();
        if start.is_some() {
            tys.insert(0, Ty::Int);
        }
        let elem = Ty::Tuple(tys.clone());
        let elem2 = elem.clone();
        let step: Step = Box::new(move |_ck, _icx, _lead, items| {
            let t = Expr {
                kind: ExprKind::Tuple(items),
                ty: elem2,
                span,
            };
            Ok(vec![stmt(StmtKind::Yield(t), span)])
        });
        self.adapter(cx, name, Vec::new(), feeds, start, elem, span, step)
    }
}

/// `if cond: yield item`.
fn filter_body(ck: &mut Checker<'_>, cond: Expr, item: Expr, span: Span) -> Vec<Stmt> {
    let cond = ck.truthy(cond);
    vec![stmt(
        StmtKind::If(cond, vec![stmt(StmtKind::Yield(item), span)], Vec::new()),
        span,
    )]
}

/// The call of `map`'s or `filter`'s function on the items, in the
/// adapter's body: through the function object passed in (`lead`), or
/// by name (`f_ast`).
fn item_call(
    ck: &mut Checker<'_>,
    icx: &mut FnCx,
    c: &ast::ExprCall,
    f_ast: Option<&ast::Expr>,
    lead: Vec<Expr>,
    items: Vec<Expr>,
) -> Chk<Expr> {
    match (f_ast, lead.into_iter().next()) {
        (Some(f), _) => {
            let call = synth_call(c, f, items.len());
            ck.expr(icx, &call)
        }
        (None, Some(callee)) => {
            let ret = callee.ty.func().map(|f| f.ret.clone()).ok_or(Reported)?;
            let span = callee.span;
            Ok(Expr {
                kind: ExprKind::CallValue {
                    callee: Box::new(callee),
                    args: items,
                },
                ty: ret,
                span,
            })
        }
        (None, None) => Err(Reported),
    }
}

/// The call `f($a0, $a1, ...)`, spanning `f` (messages about the call
/// point at the function `map` was given).
fn synth_call(c: &ast::ExprCall, f: &ast::Expr, n: usize) -> ast::Expr {
    let range = f.range();
    let mut call = c.clone();
    call.func = Box::new(f.clone());
    call.arguments.args = (0..n)
        .map(|i| {
            ast::Expr::Name(ast::ExprName {
                node_index: ast::AtomicNodeIndex::NONE,
                range,
                id: ast::name::Name::new(item_name(i)),
                ctx: ast::ExprContext::Load,
            })
        })
        .collect();
    ast::Expr::Call(call)
}

trait CloneRead {
    /// Another read of the same local.
    fn clone_read(&self) -> Expr;
}

impl CloneRead for Expr {
    fn clone_read(&self) -> Expr {
        Expr {
            kind: match &self.kind {
                ExprKind::Local { id, checked } => ExprKind::Local {
                    id: *id,
                    checked: *checked,
                },
                _ => ExprKind::None,
            },
            ty: self.ty.clone(),
            span: self.span,
        }
    }
}
