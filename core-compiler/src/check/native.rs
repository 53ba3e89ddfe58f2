//! The native standard modules: `math`, `time` and `random` (whose
//! calls `random.rs` types).
//!
//! DESIGN.md makes stdlib modules native runtime modules: no Python
//! source, each function a runtime function (`runtime/src/math.rs`,
//! `math_int.rs`, `time.rs`) that computes what CPython's C module does.
//! `modules.rs` records `import math [as m]` and `from math import sqrt
//! [as s]` and rewrites every use to the member's dotted name
//! (`math.sqrt`); this module types calls of those names and the
//! constants. A module used as a value, or an attribute it lacks, was
//! already rejected by the rewriter.

use super::methods::{kw, pos, rt};
use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Conv, Expr, ExprKind, RtArg, RtConv};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

/// `math` functions of one float, each a fallible runtime function
/// `pyaot_math_<name>` with CPython's `math_1` error rules.
const FLOAT_FALLIBLE: &[&str] = &[
    "sqrt", "exp", "exp2", "expm1", "log1p", "log2", "log10", "sin", "cos", "tan", "asin", "acos",
    "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
];

/// `math` functions of one float that cannot fail.
const FLOAT_TOTAL: &[&str] = &["fabs", "degrees", "radians"];

/// `math` functions of two floats that may fail, and `copysign`.
const FLOAT2: &[&str] = &["atan2", "fmod", "remainder", "pow", "copysign"];

const MATH_OTHER: &[&str] = &[
    "pi",
    "e",
    "tau",
    "inf",
    "nan",
    "log",
    "floor",
    "ceil",
    "trunc",
    "isnan",
    "isinf",
    "isfinite",
    "isclose",
    "hypot",
    "dist",
    "gcd",
    "lcm",
    "factorial",
    "comb",
    "perm",
    "isqrt",
    "ldexp",
    "frexp",
    "modf",
    "fsum",
    "prod",
];

const TIME: &[&str] = &["time", "perf_counter", "monotonic", "sleep"];

/// The native module `dotted` names, if it is one.
pub fn module(dotted: &str) -> Option<&'static str> {
    match dotted {
        "math" => Some("math"),
        "time" => Some("time"),
        "random" => Some("random"),
        "collections" => Some("collections"),
        _ => None,
    }
}

/// Whether native module `module` has the attribute `member`.
pub fn has_member(module: &str, member: &str) -> bool {
    match module {
        "math" => [FLOAT_FALLIBLE, FLOAT_TOTAL, FLOAT2, MATH_OTHER]
            .iter()
            .any(|t| t.contains(&member)),
        "time" => TIME.contains(&member),
        "random" => super::random::MEMBERS.contains(&member),
        "collections" => super::collections::MEMBERS.contains(&member),
        _ => false,
    }
}

/// Every member of native module `module`, for `from module import *`.
pub fn members(module: &str) -> Vec<&'static str> {
    match module {
        "math" => [FLOAT_FALLIBLE, FLOAT_TOTAL, FLOAT2, MATH_OTHER].concat(),
        "time" => TIME.to_vec(),
        "random" => super::random::MEMBERS.to_vec(),
        "collections" => super::collections::MEMBERS.to_vec(),
        _ => Vec::new(),
    }
}

/// The runtime function `pyaot_math_<name>` (the names are the tables'
/// own, so every one is a static string).
fn math_fn(name: &str) -> &'static str {
    const ALL: &[(&str, &str)] = &[
        ("sqrt", "pyaot_math_sqrt"),
        ("exp", "pyaot_math_exp"),
        ("exp2", "pyaot_math_exp2"),
        ("expm1", "pyaot_math_expm1"),
        ("log1p", "pyaot_math_log1p"),
        ("log2", "pyaot_math_log2"),
        ("log10", "pyaot_math_log10"),
        ("sin", "pyaot_math_sin"),
        ("cos", "pyaot_math_cos"),
        ("tan", "pyaot_math_tan"),
        ("asin", "pyaot_math_asin"),
        ("acos", "pyaot_math_acos"),
        ("atan", "pyaot_math_atan"),
        ("sinh", "pyaot_math_sinh"),
        ("cosh", "pyaot_math_cosh"),
        ("tanh", "pyaot_math_tanh"),
        ("asinh", "pyaot_math_asinh"),
        ("acosh", "pyaot_math_acosh"),
        ("atanh", "pyaot_math_atanh"),
        ("fabs", "pyaot_math_fabs"),
        ("degrees", "pyaot_math_degrees"),
        ("radians", "pyaot_math_radians"),
        ("atan2", "pyaot_math_atan2"),
        ("fmod", "pyaot_math_fmod"),
        ("remainder", "pyaot_math_remainder"),
        ("pow", "pyaot_math_pow"),
        ("copysign", "pyaot_math_copysign"),
        ("floor", "pyaot_math_floor"),
        ("ceil", "pyaot_math_ceil"),
        ("trunc", "pyaot_math_trunc"),
        ("isnan", "pyaot_math_isnan"),
        ("isinf", "pyaot_math_isinf"),
        ("isfinite", "pyaot_math_isfinite"),
    ];
    ALL.iter()
        .find(|(n, _)| *n == name)
        .map_or("pyaot_math_sqrt", |(_, f)| f)
}

fn mk(kind: ExprKind, ty: Ty, span: Span) -> Expr {
    Expr { kind, ty, span }
}

fn float(v: f64, span: Span) -> Expr {
    mk(ExprKind::Float(v), Ty::Float, span)
}

fn int(v: i64, span: Span) -> Expr {
    mk(ExprKind::Int(v), Ty::Int, span)
}

impl<'a> Checker<'a> {
    /// The native module member a (rewritten) dotted name is, if any:
    /// `("math", "sqrt")`. A user module bound to the same name wins.
    pub(super) fn native_member<'n>(&self, name: &'n str) -> Option<(&'n str, &'n str)> {
        let (m, member) = name.split_once('.')?;
        (module(m).is_some() && has_member(m, member) && self.module_path(m).is_none())
            .then_some((m, member))
    }

    /// A native member used as a value: a constant, or an error for a
    /// function (which is not a first-class value here).
    pub(super) fn native_value(&mut self, module: &str, member: &str, span: Span) -> Chk<Expr> {
        use std::f64::consts;
        let v = match (module, member) {
            ("math", "pi") => consts::PI,
            ("math", "e") => consts::E,
            ("math", "tau") => consts::TAU,
            ("math", "inf") => f64::INFINITY,
            ("math", "nan") => f64::NAN,
            _ => {
                return Err(self.error_hint(
                    span,
                    format!("unsupported: the built-in function {module}.{member} used as a value"),
                    format!("call it, or wrap it: `lambda x: {module}.{member}(x)`"),
                ))
            }
        };
        Ok(float(v, span))
    }

    /// An argument CPython converts with `PyFloat_AsDouble`.
    fn real_arg(&mut self, e: Expr) -> Chk<Expr> {
        if e.ty.is_numeric() {
            return Ok(Self::to_float(e));
        }
        Err(self.error(
            e.span,
            format!("must be real number, not {}", e.ty.runtime_name()),
        ))
    }

    /// Positional arguments of `module.name`, between `min` and `max`.
    fn native_args(
        &mut self,
        cx: &mut FnCx,
        c: &ast::ExprCall,
        qualname: &str,
        min: usize,
        max: usize,
    ) -> Chk<Vec<Expr>> {
        self.positional_only(cx, c, qualname, min, max)
    }

    /// `module.member(...)`.
    pub(super) fn native_call(
        &mut self,
        cx: &mut FnCx,
        module: &str,
        member: &str,
        c: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let qual = format!("{module}.{member}");
        if module == "time" {
            return self.time_call(cx, member, c, &qual);
        }
        if module == "random" {
            return self.random_call(cx, member, c);
        }
        if module == "collections" {
            return self.collections_call(cx, member, c, None);
        }
        if FLOAT_FALLIBLE.contains(&member) || FLOAT_TOTAL.contains(&member) {
            let x = self.native_args(cx, c, &qual, 1, 1)?.remove(0);
            let x = self.real_arg(x)?;
            let conv = if FLOAT_TOTAL.contains(&member) {
                RtConv::Infallible
            } else {
                RtConv::FlagOut
            };
            return Ok(rt(
                math_fn(member),
                vec![RtArg::Value(x)],
                conv,
                Ty::Float,
                span,
            ));
        }
        if FLOAT2.contains(&member) {
            let mut args = self.native_args(cx, c, &qual, 2, 2)?.into_iter();
            let x = self.real_arg(args.next().ok_or(Reported)?)?;
            let y = self.real_arg(args.next().ok_or(Reported)?)?;
            let conv = if member == "copysign" {
                RtConv::Infallible
            } else {
                RtConv::FlagOut
            };
            return Ok(rt(
                math_fn(member),
                vec![RtArg::Value(x), RtArg::Value(y)],
                conv,
                Ty::Float,
                span,
            ));
        }
        match member {
            "log" => {
                let args = self.native_args(cx, c, &qual, 1, 2)?;
                let mut xs = Vec::new();
                for a in args {
                    xs.push(RtArg::Value(self.real_arg(a)?));
                }
                let f = if xs.len() == 2 {
                    "pyaot_math_log_base"
                } else {
                    "pyaot_math_log"
                };
                Ok(rt(f, xs, RtConv::FlagOut, Ty::Float, span))
            }
            "floor" | "ceil" | "trunc" => {
                let x = self.native_args(cx, c, &qual, 1, 1)?.remove(0);
                match x.ty {
                    Ty::Int | Ty::Bool => Ok(self.coerce_to_int(x)),
                    Ty::Float => {
                        let r = rt(
                            math_fn(member),
                            vec![RtArg::Value(x)],
                            RtConv::Infallible,
                            Ty::Float,
                            span,
                        );
                        Ok(Self::conv(r, Conv::FloatToInt, Ty::Int))
                    }
                    _ => Err(self.error(
                        x.span,
                        format!("must be real number, not {}", x.ty.runtime_name()),
                    )),
                }
            }
            "isnan" | "isinf" | "isfinite" => {
                let x = self.native_args(cx, c, &qual, 1, 1)?.remove(0);
                let x = self.real_arg(x)?;
                Ok(rt(
                    math_fn(member),
                    vec![RtArg::Value(x)],
                    RtConv::Infallible,
                    Ty::Bool,
                    span,
                ))
            }
            "isclose" => {
                if c.arguments.args.len() > 2 {
                    return Err(self.error(
                        span,
                        format!(
                            "{qual}() takes exactly 2 positional arguments ({} given)",
                            c.arguments.args.len()
                        ),
                    ));
                }
                let params = [kw("a"), kw("b"), kw("rel_tol"), kw("abs_tol")];
                let slots = self.bind_method_args(cx, c, &qual, &params, 2)?;
                let defaults = [0.0, 0.0, 1e-9, 0.0];
                let mut args = Vec::new();
                for (s, d) in slots.into_iter().zip(defaults) {
                    let v = match s {
                        Some(e) => self.real_arg(e)?,
                        None => float(d, span),
                    };
                    args.push(RtArg::Value(v));
                }
                Ok(rt(
                    "pyaot_math_isclose",
                    args,
                    RtConv::FlagOut,
                    Ty::Bool,
                    span,
                ))
            }
            "hypot" => {
                let mut xs = Vec::new();
                for a in self.native_args(cx, c, &qual, 0, usize::MAX)? {
                    xs.push(self.real_arg(a)?);
                }
                let list = mk(ExprKind::List(xs), Ty::List(Box::new(Ty::Float)), span);
                Ok(rt(
                    "pyaot_math_hypot",
                    vec![RtArg::Value(list)],
                    RtConv::Infallible,
                    Ty::Float,
                    span,
                ))
            }
            "dist" => {
                let mut args = self.native_args(cx, c, &qual, 2, 2)?.into_iter();
                let p = args.next().ok_or(Reported)?;
                let p = self.number_list(p, &qual)?;
                let q = args.next().ok_or(Reported)?;
                let q = self.number_list(q, &qual)?;
                Ok(rt(
                    "pyaot_math_dist",
                    vec![RtArg::Value(p), RtArg::Value(q)],
                    RtConv::FlagOut,
                    Ty::Float,
                    span,
                ))
            }
            "fsum" => {
                let xs = self.native_args(cx, c, &qual, 1, 1)?.remove(0);
                let xs = self.number_list(xs, &qual)?;
                Ok(rt(
                    "pyaot_math_fsum",
                    vec![RtArg::Value(xs)],
                    RtConv::FlagOut,
                    Ty::Float,
                    span,
                ))
            }
            "prod" => self.prod(cx, c, &qual),
            "gcd" | "lcm" => {
                let f = if member == "gcd" {
                    "pyaot_math_gcd"
                } else {
                    "pyaot_math_lcm"
                };
                let mut acc: Option<Expr> = None;
                for a in self.native_args(cx, c, &qual, 0, usize::MAX)? {
                    let a = self.index_int(a)?;
                    // One argument: gcd(x, 0) and lcm(x, 1) are abs(x).
                    let (l, r) = match acc.take() {
                        None => (a, int(i64::from(member == "lcm"), span)),
                        Some(prev) => (prev, a),
                    };
                    acc = Some(rt(
                        f,
                        vec![RtArg::Value(l), RtArg::Value(r)],
                        RtConv::FlagOut,
                        Ty::Int,
                        span,
                    ));
                }
                Ok(acc.unwrap_or_else(|| int(i64::from(member == "lcm"), span)))
            }
            "factorial" | "isqrt" => {
                let n = self.native_args(cx, c, &qual, 1, 1)?.remove(0);
                let n = self.index_int(n)?;
                let f = if member == "factorial" {
                    "pyaot_math_factorial"
                } else {
                    "pyaot_math_isqrt"
                };
                Ok(rt(f, vec![RtArg::Value(n)], RtConv::FlagOut, Ty::Int, span))
            }
            "comb" | "perm" => {
                let min = if member == "comb" { 2 } else { 1 };
                let args = self.native_args(cx, c, &qual, min, 2)?;
                let mut xs = Vec::new();
                for a in args {
                    xs.push(RtArg::Value(self.index_int(a)?));
                }
                if xs.len() == 1 {
                    return Ok(rt(
                        "pyaot_math_factorial",
                        xs,
                        RtConv::FlagOut,
                        Ty::Int,
                        span,
                    ));
                }
                let f = if member == "comb" {
                    "pyaot_math_comb"
                } else {
                    "pyaot_math_perm"
                };
                Ok(rt(f, xs, RtConv::FlagOut, Ty::Int, span))
            }
            "ldexp" => {
                let mut args = self.native_args(cx, c, &qual, 2, 2)?.into_iter();
                let x = self.real_arg(args.next().ok_or(Reported)?)?;
                let i = self.index_int(args.next().ok_or(Reported)?)?;
                Ok(rt(
                    "pyaot_math_ldexp",
                    vec![RtArg::Value(x), RtArg::Value(i)],
                    RtConv::FlagOut,
                    Ty::Float,
                    span,
                ))
            }
            "frexp" | "modf" => {
                let x = self.native_args(cx, c, &qual, 1, 1)?.remove(0);
                let x = self.real_arg(x)?;
                let (f, second) = if member == "frexp" {
                    ("pyaot_math_frexp", Ty::Int)
                } else {
                    ("pyaot_math_modf", Ty::Float)
                };
                Ok(rt(
                    f,
                    vec![RtArg::Value(x)],
                    RtConv::NullOnError,
                    Ty::Tuple(vec![Ty::Float, second]),
                    span,
                ))
            }
            _ => Err(self.error_hint(
                span,
                format!("unsupported: calling {qual}"),
                "it is a constant, not a function",
            )),
        }
    }

    /// An iterable of numbers (list, tuple, set or generator of int,
    /// bool or float) as a list.
    fn number_list(&mut self, xs: Expr, qual: &str) -> Chk<Expr> {
        let xs = match xs.ty {
            Ty::Tuple(_) => self.tuple_as_list(xs)?,
            Ty::Set(_) => super::set::set_as_list(xs),
            Ty::Iter(_) | Ty::Iterable(_) | Ty::Deque(_) => super::generator::gen_to_list(xs),
            _ => xs,
        };
        match &xs.ty {
            // `[]` is a list[None]: no items to convert.
            Ty::List(e) if e.is_numeric() || **e == Ty::None => Ok(xs),
            other => Err(self.error_hint(
                xs.span,
                format!("unsupported: {qual}() of {other}"),
                "pass a list, tuple or set of ints or floats",
            )),
        }
    }

    /// `math.prod(iterable, *, start=1)`.
    fn prod(&mut self, cx: &mut FnCx, c: &ast::ExprCall, qual: &str) -> Chk<Expr> {
        let span: Span = c.range().into();
        let mut slots = self.bind_method_args(cx, c, qual, &[pos("iterable"), kw("start")], 1)?;
        let xs = slots.remove(0).ok_or(Reported)?;
        let xs = self.number_list(xs, qual)?;
        let start = slots.remove(0);
        let int_items =
            matches!(&xs.ty, Ty::List(e) if matches!(**e, Ty::Int | Ty::Bool | Ty::None));
        match start {
            None if int_items => Ok(rt(
                "pyaot_math_prod_int",
                vec![RtArg::Value(xs), RtArg::Int(1)],
                RtConv::FlagOut,
                Ty::Int,
                span,
            )),
            Some(s) if int_items && matches!(s.ty, Ty::Int | Ty::Bool) => {
                let s = self.coerce_to_int(s);
                Ok(rt(
                    "pyaot_math_prod_int",
                    vec![RtArg::Value(xs), RtArg::Value(s)],
                    RtConv::FlagOut,
                    Ty::Int,
                    span,
                ))
            }
            Some(s) if s.ty == Ty::Float || (!int_items && s.ty.is_numeric()) => {
                if s.ty != Ty::Float {
                    return Err(self.error_hint(
                        s.span,
                        "unsupported: math.prod() of floats with an int start",
                        "CPython returns the int start for an empty iterable; write start=1.0",
                    ));
                }
                Ok(rt(
                    "pyaot_math_prod_float",
                    vec![RtArg::Value(xs), RtArg::Value(s)],
                    RtConv::Infallible,
                    Ty::Float,
                    span,
                ))
            }
            None => Err(self.error_hint(
                xs.span,
                "unsupported: math.prod() of floats without a float start",
                "CPython returns the int 1 for an empty iterable; write start=1.0",
            )),
            Some(s) => Err(self.error(
                s.span,
                format!("unsupported math.prod() start of type {}", s.ty),
            )),
        }
    }

    /// `time.time()`, `time.perf_counter()`, `time.monotonic()`,
    /// `time.sleep(secs)`.
    fn time_call(
        &mut self,
        cx: &mut FnCx,
        member: &str,
        c: &ast::ExprCall,
        qual: &str,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        if member == "sleep" {
            let s = self.native_args(cx, c, qual, 1, 1)?.remove(0);
            let s = self.real_arg(s)?;
            return Ok(rt(
                "pyaot_time_sleep",
                vec![RtArg::Value(s)],
                RtConv::Flag,
                Ty::None,
                span,
            ));
        }
        self.native_args(cx, c, qual, 0, 0)?;
        let f = if member == "time" {
            "pyaot_time_time"
        } else {
            "pyaot_time_monotonic"
        };
        Ok(rt(f, Vec::new(), RtConv::Infallible, Ty::Float, span))
    }
}
