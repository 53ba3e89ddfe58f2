//! The native `random` module: calls of its functions, each an `RtCall`
//! of `runtime/src/random.rs` (CPython's Mersenne Twister and
//! `Lib/random.py`'s algorithms, so seeded programs draw CPython's
//! numbers).
//!
//! Populations (`choice`, `sample`, `choices`) are lists; a str, a tuple
//! whose items share a type or a `range(...)` argument becomes the list of
//! its items first (CPython indexes the sequence itself, which picks the
//! same items). Sets and dicts, which CPython rejects or indexes by key,
//! are compile errors.

use super::methods::{kw, rt};
use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Expr, ExprKind, RtArg, RtConv};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

/// The functions pyaot's `random` provides.
pub const MEMBERS: &[&str] = &[
    "seed",
    "random",
    "getrandbits",
    "randrange",
    "randint",
    "choice",
    "shuffle",
    "sample",
    "choices",
    "uniform",
    "gauss",
    "normalvariate",
];

fn float(v: f64, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Float(v),
        ty: Ty::Float,
        span,
    }
}

impl<'a> Checker<'a> {
    /// `random.member(...)`.
    pub(super) fn random_call(
        &mut self,
        cx: &mut FnCx,
        member: &str,
        c: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let qual = format!("random.{member}");
        let c = &self.range_population(cx, c);
        match member {
            "seed" => self.random_seed(cx, c, &qual),
            "random" => {
                self.positional_only(cx, c, &qual, 0, 0)?;
                Ok(rt(
                    "pyaot_random_random",
                    Vec::new(),
                    RtConv::Infallible,
                    Ty::Float,
                    span,
                ))
            }
            "getrandbits" => {
                let k = self.positional_only(cx, c, &qual, 1, 1)?.remove(0);
                let k = self.index_int(k)?;
                Ok(rt(
                    "pyaot_random_getrandbits",
                    vec![RtArg::Value(k)],
                    RtConv::FlagOut,
                    Ty::Int,
                    span,
                ))
            }
            "randrange" => {
                let params = [kw("start"), kw("stop"), kw("step")];
                let slots = self.bind_method_args(cx, c, &qual, &params, 1)?;
                let mut ints = Vec::new();
                for s in slots {
                    ints.push(match s {
                        Some(e) => Some(self.random_int(e, &qual)?),
                        None => None,
                    });
                }
                let [start, stop, step] =
                    <[Option<Expr>; 3]>::try_from(ints).map_err(|_| Reported)?;
                let start = start.ok_or(Reported)?;
                if stop.is_none() && step.is_some() {
                    return Err(self.error(span, "Missing a non-None stop argument"));
                }
                let has_stop = stop.is_some();
                let arg = |e: Option<Expr>, d: i64| e.map_or(RtArg::Int(d), RtArg::Value);
                Ok(rt(
                    "pyaot_random_randrange",
                    vec![
                        RtArg::Value(start),
                        arg(stop, 0),
                        arg(step, 1),
                        RtArg::Flag(has_stop),
                    ],
                    RtConv::FlagOut,
                    Ty::Int,
                    span,
                ))
            }
            "randint" => {
                let slots = self.bind_method_args(cx, c, &qual, &[kw("a"), kw("b")], 2)?;
                let mut args = Vec::new();
                for s in slots {
                    args.push(RtArg::Value(self.random_int(s.ok_or(Reported)?, &qual)?));
                }
                Ok(rt(
                    "pyaot_random_randint",
                    args,
                    RtConv::FlagOut,
                    Ty::Int,
                    span,
                ))
            }
            "choice" => {
                let seq = self.bind_method_args(cx, c, &qual, &[kw("seq")], 1)?;
                let seq = seq.into_iter().next().flatten().ok_or(Reported)?;
                if seq.ty == Ty::Str {
                    return Ok(rt(
                        "pyaot_random_choice_str",
                        vec![RtArg::Value(seq)],
                        RtConv::NullOnError,
                        Ty::Str,
                        span,
                    ));
                }
                let xs = self.population(seq, &qual)?;
                let elem = list_elem(&xs.ty);
                Ok(rt(
                    "pyaot_random_choice",
                    vec![RtArg::Value(xs)],
                    RtConv::FlagOutSlot,
                    elem,
                    span,
                ))
            }
            "shuffle" => {
                let x = self.bind_method_args(cx, c, &qual, &[kw("x")], 1)?;
                let x = x.into_iter().next().flatten().ok_or(Reported)?;
                if !matches!(x.ty, Ty::List(_)) {
                    return Err(self.error_hint(
                        x.span,
                        format!(
                            "'{}' object does not support item assignment",
                            x.ty.runtime_name()
                        ),
                        "random.shuffle() shuffles a list in place",
                    ));
                }
                Ok(rt(
                    "pyaot_random_shuffle",
                    vec![RtArg::Value(x)],
                    RtConv::Infallible,
                    Ty::None,
                    span,
                ))
            }
            "sample" => {
                if let Some(k) = c
                    .arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "counts"))
                {
                    return Err(self.error_hint(
                        k.range,
                        "unsupported: random.sample() with counts=",
                        "repeat the items in the population instead",
                    ));
                }
                let params = [kw("population"), kw("k")];
                let mut slots = self.bind_method_args(cx, c, &qual, &params, 2)?.into_iter();
                let pop = slots.next().flatten().ok_or(Reported)?;
                let k = slots.next().flatten().ok_or(Reported)?;
                let xs = self.population(pop, &qual)?;
                let k = self.index_int(k)?;
                let ty = xs.ty.clone();
                Ok(rt(
                    "pyaot_random_sample",
                    vec![RtArg::Value(xs), RtArg::Value(k)],
                    RtConv::NullOnError,
                    ty,
                    span,
                ))
            }
            "choices" => self.random_choices(cx, c, &qual),
            "uniform" => {
                let slots = self.bind_method_args(cx, c, &qual, &[kw("a"), kw("b")], 2)?;
                let mut args = Vec::new();
                for s in slots {
                    args.push(RtArg::Value(self.random_float(s.ok_or(Reported)?, &qual)?));
                }
                Ok(rt(
                    "pyaot_random_uniform",
                    args,
                    RtConv::Infallible,
                    Ty::Float,
                    span,
                ))
            }
            "gauss" | "normalvariate" => {
                let slots = self.bind_method_args(cx, c, &qual, &[kw("mu"), kw("sigma")], 0)?;
                let mut args = Vec::new();
                for (s, d) in slots.into_iter().zip([0.0, 1.0]) {
                    let v = match s {
                        Some(e) => self.random_float(e, &qual)?,
                        None => float(d, span),
                    };
                    args.push(RtArg::Value(v));
                }
                let f = if member == "gauss" {
                    "pyaot_random_gauss"
                } else {
                    "pyaot_random_normalvariate"
                };
                Ok(rt(f, args, RtConv::Infallible, Ty::Float, span))
            }
            _ => Err(self.error(span, format!("unsupported: calling {qual}"))),
        }
    }

    /// `random.seed(a=None)`: an int or bool, a str (version 2's sha512
    /// rule) or None.
    fn random_seed(&mut self, cx: &mut FnCx, c: &ast::ExprCall, qual: &str) -> Chk<Expr> {
        let span: Span = c.range().into();
        if let Some(k) = c
            .arguments
            .keywords
            .iter()
            .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "version"))
        {
            return Err(self.error_hint(
                k.range,
                "unsupported: random.seed() with version=",
                "pyaot seeds as CPython's default version 2 does",
            ));
        }
        let a = self.bind_method_args(cx, c, qual, &[kw("a")], 0)?;
        let none = || (Vec::new(), "pyaot_random_seed_none");
        let (args, f) = match a.into_iter().next().flatten() {
            None => none(),
            Some(e) if e.ty == Ty::None => none(),
            Some(e) if matches!(e.ty, Ty::Int | Ty::Bool) => (
                vec![RtArg::Value(self.coerce_to_int(e))],
                "pyaot_random_seed",
            ),
            Some(e) if e.ty == Ty::Str => (vec![RtArg::Value(e)], "pyaot_random_seed_str"),
            Some(e) => {
                return Err(self.error_hint(
                    e.span,
                    format!("unsupported: random.seed() of a {}", e.ty),
                    "seed with an int or a str",
                ))
            }
        };
        Ok(rt(f, args, RtConv::Infallible, Ty::None, span))
    }

    /// `random.choices(population, weights=None, *, cum_weights=None, k=1)`.
    fn random_choices(&mut self, cx: &mut FnCx, c: &ast::ExprCall, qual: &str) -> Chk<Expr> {
        let span: Span = c.range().into();
        if c.arguments.args.len() > 2 {
            return Err(self.error_hint(
                span,
                format!(
                    "{qual}() takes from 2 to 3 positional arguments but {} were given",
                    c.arguments.args.len() + 1
                ),
                "pass k= by keyword",
            ));
        }
        let params = [kw("population"), kw("weights"), kw("cum_weights"), kw("k")];
        let mut slots = self.bind_method_args(cx, c, qual, &params, 1)?.into_iter();
        let pop = slots.next().flatten().ok_or(Reported)?;
        let xs = self.population(pop, qual)?;
        let (weights, cum) = (slots.next().flatten(), slots.next().flatten());
        let k = match slots.next().flatten() {
            Some(k) => self.index_int(k)?,
            None => Expr {
                kind: ExprKind::Int(1),
                ty: Ty::Int,
                span,
            },
        };
        let (w, cumulative) = match (weights, cum) {
            (Some(_), Some(c)) => {
                return Err(self.error(c.span, "Cannot specify both weights and cumulative weights"))
            }
            (Some(w), None) => (Some(w), false),
            (None, Some(c)) => (Some(c), true),
            (None, None) => (None, false),
        };
        let w = match w {
            None => RtArg::Null,
            Some(w) => {
                let w = match w.ty {
                    Ty::Tuple(_) | Ty::VarTuple(_) => self.tuple_as_list(w)?,
                    _ => w,
                };
                match &w.ty {
                    Ty::List(e) if matches!(**e, Ty::Int | Ty::Bool | Ty::Float | Ty::None) => {
                        RtArg::Value(w)
                    }
                    other => {
                        return Err(self.error_hint(
                            w.span,
                            format!("unsupported: random.choices() weights of type {other}"),
                            "pass a list of ints or floats",
                        ))
                    }
                }
            }
        };
        let ty = xs.ty.clone();
        Ok(rt(
            "pyaot_random_choices",
            vec![
                RtArg::Value(xs),
                w,
                RtArg::Flag(cumulative),
                RtArg::Value(k),
            ],
            RtConv::NullOnError,
            ty,
            span,
        ))
    }

    /// `c` with a first argument `range(...)` read as `list(range(...))`,
    /// so populations may be ranges.
    fn range_population(&self, cx: &FnCx, c: &ast::ExprCall) -> ast::ExprCall {
        let mut c = c.clone();
        if let Some(first) = c.arguments.args.first_mut() {
            if let ast::Expr::Call(r) = &*first {
                if self.is_builtin_name(cx, &r.func, "range") {
                    let range = first.range();
                    let list = ast::Expr::Name(ast::ExprName {
                        node_index: Default::default(),
                        range,
                        id: "list".into(),
                        ctx: ast::ExprContext::Load,
                    });
                    *first = ast::Expr::Call(ast::ExprCall {
                        range_start: range.start(),
                        node_index: Default::default(),
                        func: Box::new(list),
                        arguments: ast::Arguments {
                            range,
                            node_index: Default::default(),
                            args: Box::new([first.clone()]),
                            keywords: Default::default(),
                        },
                    });
                }
            }
        }
        c
    }

    /// A population as a list: a list, a str's characters or a tuple's
    /// items.
    fn population(&mut self, seq: Expr, qual: &str) -> Chk<Expr> {
        match seq.ty {
            Ty::List(_) => Ok(seq),
            Ty::Str => self.as_list(seq, qual),
            Ty::Tuple(_) | Ty::VarTuple(_) => self.tuple_as_list(seq),
            Ty::Set(_) | Ty::Dict(..) => Err(self.error_hint(
                seq.span,
                "Population must be a sequence.  For dicts or sets, use sorted(d).",
                "pass a list, str, tuple or range",
            )),
            ref other => Err(self.error_hint(
                seq.span,
                format!("unsupported: {qual}() of {other}"),
                "pass a list, str, tuple or range",
            )),
        }
    }

    /// An int argument (a bool counts); floats are rejected, since
    /// CPython accepts only integral ones, with a DeprecationWarning.
    fn random_int(&mut self, e: Expr, qual: &str) -> Chk<Expr> {
        if matches!(e.ty, Ty::Int | Ty::Bool) {
            return Ok(self.coerce_to_int(e));
        }
        Err(self.error_hint(
            e.span,
            format!("unsupported: {qual}() of a {}", e.ty),
            "pass an int",
        ))
    }

    /// A number argument, as a float.
    fn random_float(&mut self, e: Expr, qual: &str) -> Chk<Expr> {
        if e.ty.is_numeric() {
            return Ok(Self::to_float(e));
        }
        Err(self.error_hint(
            e.span,
            format!("unsupported: {qual}() of a {}", e.ty),
            "pass an int or a float",
        ))
    }
}

/// The element type of a list type.
fn list_elem(ty: &Ty) -> Ty {
    match ty {
        Ty::List(e) => (**e).clone(),
        _ => Ty::None,
    }
}
