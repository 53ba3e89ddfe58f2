//! Calls that unpack arguments, `f(*xs)` and `f(**d)`, and calls whose
//! `**kwargs` receives keywords in an order the static binder can't keep.
//!
//! `bind_params` (expr.rs) binds every call whose arguments it can place
//! at compile time. When a `*xs` or `**d` makes the placement depend on
//! run-time lengths and keys, it hands the call here, and the binding
//! becomes code, mirroring CPython's `initialize_locals`:
//!
//! 1. every argument is evaluated once, in the order written, into a
//!    compiler-made variable: positional arguments before the first `*xs`
//!    that fall on positional parameters bind directly; the rest, starred
//!    or not, are collected into one `list[T]` (`$pos`); keyword names go
//!    into a `list[str]` in call order, and the values of `**d` (and of
//!    keywords that only `**kwargs` can take) into one `dict[str, V]`
//!    (`$kw`), merged as CPython's `DICT_MERGE` does (a repeated key is
//!    its TypeError);
//! 2. `pyaot_bind_check` (runtime `call_args.rs`) raises the first
//!    TypeError CPython would (unexpected or repeated keyword, too many
//!    positional, missing positional, missing keyword-only);
//! 3. each parameter then reads its value: from `$pos` when the call gave
//!    that many positional arguments, else its keyword, else `$kw`, else
//!    its default. `*args` is the rest of `$pos` as a `tuple[T, ...]`,
//!    `**kwargs` what is left of `$kw` (`pyaot_kw_rest`).
//!
//! Static types stay exact: the positional parameters `$pos` may fill must
//! share its item type T, and the parameters `$kw` may fill must have its
//! value type V; anything else is a compile error, never a guess. The
//! statements run inside the first argument's expression (a
//! statement-expression), so a method's receiver is still evaluated before
//! the arguments.

use super::expr::ArgList;
use super::{Checker, Chk, FnCx, Param, Reported};
use crate::hir::{
    Block, CmpOp, Expr, ExprKind, LocalId, ParamKind, Place, RtArg, RtConv, Stmt, StmtKind,
};
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

fn str_lit(s: &str, span: Span) -> Expr {
    mk(ExprKind::Str(s.to_string()), Ty::Str, span)
}

/// A compiler-made variable of the binding code.
#[derive(Clone)]
struct Tmp {
    id: LocalId,
    ty: Ty,
}

impl Tmp {
    fn read(&self, span: Span) -> Expr {
        mk(
            ExprKind::Local {
                id: self.id,
                checked: false,
            },
            self.ty.clone(),
            span,
        )
    }
}

/// The spec string `pyaot_bind_check` reads: the named parameters, `=`
/// after one with a default, `*` before the keyword-only ones.
fn spec_of(params: &[Param]) -> String {
    let mut parts = Vec::new();
    let mut kwonly = false;
    for p in params {
        match p.kind {
            ParamKind::VarArgs | ParamKind::VarKw => continue,
            ParamKind::KwOnly if !kwonly => {
                kwonly = true;
                parts.push("*".to_string());
            }
            _ => {}
        }
        let mark = if p.default.is_some() { "=" } else { "" };
        parts.push(format!("{}{mark}", p.name));
    }
    parts.join(",")
}

/// What the binding code has collected, for reading parameter values.
struct Collected {
    /// Positional parameters `0..direct` were bound from arguments
    /// before the first `*xs`.
    direct: usize,
    /// `$pos` and its length, when some positional argument is dynamic.
    pos: Option<(Tmp, Tmp)>,
    /// `$kw` (`dict[str, V]`), when a `**d` or a keyword for `**kwargs`
    /// was passed.
    kw: Option<Tmp>,
    /// The values of keywords that name parameters, by parameter.
    by_name: Vec<Option<Tmp>>,
}

impl<'a> Checker<'a> {
    /// A new compiler-made variable holding `value` (assigned in `pre`).
    fn bind_tmp(&mut self, cx: &mut FnCx, value: Expr, pre: &mut Block) -> Tmp {
        let name = format!("$arg{}", self.next_hidden());
        let ty = value.ty.clone();
        let id = cx.declare_local(&name, ty.clone());
        let span = value.span;
        pre.push(Stmt {
            kind: StmtKind::Assign(Place::Local(id), value),
            span,
        });
        Tmp { id, ty }
    }

    /// Binds a call with `*xs`/`**d` to `params` (those after a bound
    /// `self`, `skip` of them) of `sig_name` (`qualname` in merge errors):
    /// the arguments in parameter order, evaluated in that order.
    pub(super) fn bind_dynamic(
        &mut self,
        cx: &mut FnCx,
        sig_name: &str,
        qualname: &str,
        params: &[Param],
        call: ArgList<'_>,
        skip: usize,
    ) -> Chk<(Vec<Expr>, Vec<usize>)> {
        let span = call.span;
        if params.is_empty() {
            return Err(self.error_hint(
                span,
                format!("unsupported: unpacking arguments into {sig_name}(), which takes none"),
                "call it without arguments",
            ));
        }
        let mut pre = Block::new();
        let col = self.collect_args(cx, sig_name, qualname, params, call, &mut pre)?;
        let names = col.names.clone();
        let given = match &col.inner.pos {
            Some((_, len)) => mk(
                ExprKind::Arith(
                    crate::hir::ArithOp::Add,
                    Box::new(len.read(span)),
                    Box::new(mk(ExprKind::Int(col.inner.direct as i64), Ty::Int, span)),
                ),
                Ty::Int,
                span,
            ),
            None => mk(ExprKind::Int(col.inner.direct as i64), Ty::Int, span),
        };
        let varargs = params.iter().any(|p| p.kind == ParamKind::VarArgs);
        let varkw = params.iter().any(|p| p.kind == ParamKind::VarKw);
        let flags = i64::from(varargs) | (i64::from(varkw) << 1) | ((skip as i64) << 8);
        let spec = spec_of(params);
        pre.push(Stmt {
            kind: StmtKind::Expr(rt(
                "pyaot_bind_check",
                vec![
                    RtArg::Value(str_lit(sig_name, span)),
                    RtArg::Value(str_lit(&spec, span)),
                    RtArg::Value(given),
                    RtArg::Value(names.read(span)),
                    RtArg::Int(flags),
                ],
                RtConv::Flag,
                Ty::None,
                span,
            )),
            span,
        });
        self.missing_statically(sig_name, params, &col.inner, span)?;
        let mut args = Vec::new();
        for (j, p) in params.iter().enumerate() {
            args.push(self.param_value(j, p, params, &col.inner, &spec, span)?);
        }
        // The binding code runs as part of the first argument.
        let first = args.remove(0);
        let out = cx.declare_local(&format!("$arg{}", self.next_hidden()), first.ty.clone());
        let ty = first.ty.clone();
        pre.push(Stmt {
            kind: StmtKind::Assign(Place::Local(out), first),
            span,
        });
        args.insert(0, mk(ExprKind::Block(pre, out), ty, span));
        let order = (0..args.len()).collect();
        Ok((args, order))
    }

    /// CPython's "missing" TypeError, at compile time, for required
    /// parameters nothing in the call can fill.
    fn missing_statically(
        &mut self,
        sig_name: &str,
        params: &[Param],
        col: &Collected,
        span: Span,
    ) -> Chk<()> {
        for kind in [ParamKind::Positional, ParamKind::KwOnly] {
            let missing: Vec<&str> = params
                .iter()
                .enumerate()
                .filter(|(j, p)| {
                    p.kind == kind
                        && p.default.is_none()
                        && col.by_name[*j].is_none()
                        && col.kw.is_none()
                        && (kind == ParamKind::KwOnly || (*j >= col.direct && col.pos.is_none()))
                })
                .map(|(_, p)| p.name.as_str())
                .collect();
            if !missing.is_empty() {
                return Err(self.error(
                    span,
                    super::expr::missing_args_message(sig_name, kind, &missing),
                ));
            }
        }
        Ok(())
    }

    /// Step 1: evaluates every argument into `pre`'s variables.
    fn collect_args(
        &mut self,
        cx: &mut FnCx,
        sig_name: &str,
        qualname: &str,
        params: &[Param],
        call: ArgList<'_>,
        pre: &mut Block,
    ) -> Chk<CollectedAll> {
        let span = call.span;
        let npos = params
            .iter()
            .take_while(|p| p.kind == ParamKind::Positional)
            .count();
        let first_star = call
            .pos_args
            .iter()
            .position(|a| matches!(a, ast::Expr::Starred(_)))
            .unwrap_or(call.pos_args.len());
        let direct = first_star.min(npos);
        let mut by_name: Vec<Option<Tmp>> = vec![None; params.len()];
        for (i, a) in call.pos_args[..direct].iter().enumerate() {
            let v = self.expr_for(cx, a, &params[i].ty)?;
            let v = self.fit_param(v, &params[i].ty, &params[i].name, sig_name)?;
            by_name[i] = Some(self.bind_tmp(cx, v, pre));
        }
        let pos = match &call.pos_args[direct..] {
            [] => None,
            rest => Some(self.collect_positional(cx, sig_name, params, direct, npos, rest, pre)?),
        };
        // Keyword names in call order, and the values only a dict can hold.
        let names = self.bind_tmp(
            cx,
            mk(
                ExprKind::List(Vec::new()),
                Ty::List(Box::new(Ty::Str)),
                span,
            ),
            pre,
        );
        let varkw = params.iter().find(|p| p.kind == ParamKind::VarKw);
        let mut kw_val: Option<Ty> = varkw.and_then(|p| match &p.ty {
            Ty::Dict(_, v, _) => Some((**v).clone()),
            _ => None,
        });
        let mut kw: Option<Tmp> = None;
        for k in call.keywords {
            let Some(kname) = &k.arg else {
                let d = self.expr(cx, &k.value)?;
                let v = match &d.ty {
                    Ty::Dict(key, v, _) if **key == Ty::Str => (**v).clone(),
                    other => {
                        return Err(self.error_hint(
                            d.span,
                            format!(
                            "{sig_name}() argument after ** must be a dict[str, ...], not {other}"
                        ),
                            "pass a dict with str keys",
                        ))
                    }
                };
                match &kw_val {
                    Some(want) if *want != v => {
                        return Err(self.error_hint(
                            d.span,
                            format!(
                                "unsupported: **{} of type {} where the call collects keywords of type {want}",
                                ast_text(&k.value),
                                d.ty
                            ),
                            "unpack dicts of one value type, matching the function's **kwargs",
                        ))
                    }
                    _ => kw_val = Some(v.clone()),
                }
                let src = self.bind_tmp(cx, d, pre);
                let kwd = self.kw_dict(cx, &mut kw, &v, span, pre);
                pre.push(Stmt {
                    kind: StmtKind::Expr(rt(
                        "pyaot_kw_merge",
                        vec![
                            RtArg::Value(kwd.read(span)),
                            RtArg::Value(names.read(span)),
                            RtArg::Value(src.read(span)),
                            RtArg::Value(str_lit(qualname, span)),
                        ],
                        RtConv::Flag,
                        Ty::None,
                        span,
                    )),
                    span,
                });
                continue;
            };
            let kname = kname.as_str();
            let append = rt(
                "pyaot_list_append",
                vec![
                    RtArg::Value(names.read(span)),
                    RtArg::Slot(str_lit(kname, span)),
                ],
                RtConv::Infallible,
                Ty::None,
                span,
            );
            match params.iter().position(|p| {
                p.name == kname && matches!(p.kind, ParamKind::Positional | ParamKind::KwOnly)
            }) {
                Some(i) => {
                    let ty = params[i].ty.clone();
                    let v = self.expr_for(cx, &k.value, &ty)?;
                    let v = self.fit_param(v, &ty, &params[i].name, sig_name)?;
                    by_name[i] = Some(self.bind_tmp(cx, v, pre));
                    pre.push(Stmt {
                        kind: StmtKind::Expr(append),
                        span,
                    });
                }
                None => {
                    let Some(p) = varkw else {
                        return Err(self.error(
                            k.range,
                            format!("{sig_name}() got an unexpected keyword argument '{kname}'"),
                        ));
                    };
                    let Ty::Dict(_, vt, _) = &p.ty else {
                        return Err(Reported);
                    };
                    let vt = (**vt).clone();
                    let v = self.expr_for(cx, &k.value, &vt)?;
                    let v = self.fit_param(v, &vt, &p.name, sig_name)?;
                    let v = self.bind_tmp(cx, v, pre);
                    let kwd = self.kw_dict(cx, &mut kw, &vt, span, pre);
                    pre.push(Stmt {
                        kind: StmtKind::Expr(append),
                        span,
                    });
                    pre.push(Stmt {
                        kind: StmtKind::Expr(rt(
                            "pyaot_dict_set",
                            vec![
                                RtArg::Value(kwd.read(span)),
                                RtArg::Slot(str_lit(kname, span)),
                                RtArg::Slot(v.read(span)),
                            ],
                            RtConv::Infallible,
                            Ty::None,
                            span,
                        )),
                        span,
                    });
                }
            }
        }
        Ok(CollectedAll {
            names,
            inner: Collected {
                direct,
                pos,
                kw,
                by_name,
            },
        })
    }

    /// `$kw`, made on first need.
    fn kw_dict(
        &mut self,
        cx: &mut FnCx,
        kw: &mut Option<Tmp>,
        value: &Ty,
        span: Span,
        pre: &mut Block,
    ) -> Tmp {
        if let Some(t) = kw {
            return t.clone();
        }
        let ty = Ty::dict(Ty::Str, value.clone());
        let t = self.bind_tmp(cx, mk(ExprKind::Dict(Vec::new()), ty, span), pre);
        *kw = Some(t.clone());
        t
    }

    /// The positional arguments from `direct` on (some starred), collected
    /// into `$pos`; returns it and its length.
    #[allow(clippy::too_many_arguments)]
    fn collect_positional(
        &mut self,
        cx: &mut FnCx,
        sig_name: &str,
        params: &[Param],
        direct: usize,
        npos: usize,
        rest: &[ast::Expr],
        pre: &mut Block,
    ) -> Chk<(Tmp, Tmp)> {
        let span: Span = rest[0].range().into();
        let vararg = params.iter().find_map(|p| match &p.ty {
            Ty::VarTuple(e) if p.kind == ParamKind::VarArgs => Some((**e).clone()),
            _ => None,
        });
        // The one type every parameter the items may land in has.
        let mut elem: Option<Ty> = None;
        let targets = params[direct..npos]
            .iter()
            .map(|p| (p.name.as_str(), &p.ty))
            .chain(vararg.as_ref().map(|t| ("*args", t)));
        for (name, ty) in targets {
            match &elem {
                None => elem = Some(ty.clone()),
                Some(e) if e != ty => {
                    return Err(self.error_hint(
                        span,
                        format!(
                            "unsupported: unpacking arguments into parameters of different types ({e} and {ty}, '{name}') of {sig_name}()"
                        ),
                        "pass those arguments one by one",
                    ))
                }
                Some(_) => {}
            }
        }
        let mut items: Vec<Expr> = Vec::new();
        for a in rest {
            match a {
                ast::Expr::Starred(s) => {
                    let v = match &elem {
                        // `*[]` takes its item type from the parameters.
                        Some(want) => {
                            let want = Ty::List(Box::new(want.clone()));
                            self.expr_for(cx, &s.value, &want)?
                        }
                        None => self.expr(cx, &s.value)?,
                    };
                    let v = match v.ty {
                        Ty::List(_) => v,
                        Ty::Tuple(_) | Ty::VarTuple(_) => self.tuple_as_list(v)?,
                        ref other => {
                            return Err(self.error_hint(
                                v.span,
                                format!(
                                    "unsupported: unpacking a {other} into the arguments of {sig_name}()"
                                ),
                                "unpack a list or a tuple (*xs)",
                            ))
                        }
                    };
                    let Ty::List(e) = &v.ty else {
                        return Err(Reported);
                    };
                    let e = (**e).clone();
                    match &elem {
                        None => elem = Some(e),
                        Some(want) if *want != e => {
                            return Err(self.error_hint(
                                v.span,
                                format!(
                                    "argument *{} of {sig_name}() has items of type {e}, its parameters take {want}",
                                    ast_text(&s.value)
                                ),
                                "unpack a sequence whose items have the parameters' type",
                            ))
                        }
                        Some(_) => {}
                    }
                    items.push(v);
                }
                other => {
                    let v = match &elem {
                        Some(want) => {
                            let want = want.clone();
                            let v = self.expr_for(cx, other, &want)?;
                            self.fit_param(v, &want, "*", sig_name)?
                        }
                        None => {
                            let v = self.expr(cx, other)?;
                            elem = Some(v.ty.clone());
                            v
                        }
                    };
                    items.push(mk(
                        ExprKind::List(vec![v]),
                        Ty::List(Box::new(elem.clone().ok_or(Reported)?)),
                        span,
                    ));
                }
            }
        }
        let elem = elem.ok_or(Reported)?;
        let list_ty = Ty::List(Box::new(elem));
        let pos = self.bind_tmp(cx, mk(ExprKind::List(Vec::new()), list_ty, span), pre);
        for part in items {
            pre.push(Stmt {
                kind: StmtKind::Expr(rt(
                    "pyaot_list_extend",
                    vec![RtArg::Value(pos.read(span)), RtArg::Value(part)],
                    RtConv::Infallible,
                    Ty::None,
                    span,
                )),
                span,
            });
        }
        let len = self.bind_tmp(
            cx,
            mk(ExprKind::Len(Box::new(pos.read(span))), Ty::Int, span),
            pre,
        );
        Ok((pos, len))
    }

    /// Step 3: the value of parameter `j` once the check has passed.
    fn param_value(
        &mut self,
        j: usize,
        p: &Param,
        params: &[Param],
        col: &Collected,
        spec: &str,
        span: Span,
    ) -> Chk<Expr> {
        let int = |v: i64| mk(ExprKind::Int(v), Ty::Int, span);
        match p.kind {
            ParamKind::VarArgs => {
                let npos = params
                    .iter()
                    .take_while(|q| q.kind == ParamKind::Positional)
                    .count();
                let Some((pos, _)) = &col.pos else {
                    return Ok(mk(ExprKind::Tuple(Vec::new()), p.ty.clone(), span));
                };
                let skip = (npos - col.direct) as i64;
                let rest = rt(
                    "pyaot_list_slice",
                    vec![
                        RtArg::Value(pos.read(span)),
                        RtArg::Int(skip),
                        RtArg::Int(0),
                        RtArg::Int(1),
                        RtArg::Flag(true),
                        RtArg::Flag(false),
                    ],
                    RtConv::NullOnError,
                    pos.ty.clone(),
                    span,
                );
                Ok(rt(
                    "pyaot_tuple_from_list",
                    vec![RtArg::Value(rest), RtArg::TupleCodes(p.ty.clone())],
                    RtConv::Infallible,
                    p.ty.clone(),
                    span,
                ))
            }
            ParamKind::VarKw => Ok(match &col.kw {
                Some(kw) => rt(
                    "pyaot_kw_rest",
                    vec![
                        RtArg::Value(kw.read(span)),
                        RtArg::Value(str_lit(spec, span)),
                    ],
                    RtConv::Infallible,
                    p.ty.clone(),
                    span,
                ),
                None => mk(ExprKind::Dict(Vec::new()), p.ty.clone(), span),
            }),
            ParamKind::Positional if j < col.direct => {
                Ok(col.by_name[j].as_ref().ok_or(Reported)?.read(span))
            }
            ParamKind::Positional | ParamKind::KwOnly => {
                // The fallbacks, last first: default, `$kw`, the keyword.
                let mut value: Option<Expr> = p
                    .default
                    .as_ref()
                    .map(|d| self.fit(super::expr::const_expr(d, span), &p.ty));
                if let Some(kw) = &col.kw {
                    let Ty::Dict(_, v, _) = &kw.ty else {
                        return Err(Reported);
                    };
                    if **v == p.ty {
                        let get = rt(
                            "pyaot_dict_get",
                            vec![
                                RtArg::Value(kw.read(span)),
                                RtArg::Slot(str_lit(&p.name, span)),
                            ],
                            RtConv::FlagOutSlot,
                            p.ty.clone(),
                            span,
                        );
                        value = Some(match value {
                            None => get,
                            Some(dflt) => {
                                let has = rt(
                                    "pyaot_dict_contains",
                                    vec![
                                        RtArg::Value(kw.read(span)),
                                        RtArg::Slot(str_lit(&p.name, span)),
                                    ],
                                    RtConv::Infallible,
                                    Ty::Bool,
                                    span,
                                );
                                mk(
                                    ExprKind::IfExp(Box::new(has), Box::new(get), Box::new(dflt)),
                                    p.ty.clone(),
                                    span,
                                )
                            }
                        });
                    } else if col.by_name[j].is_none() {
                        return Err(self.error_hint(
                            span,
                            format!(
                                "unsupported: a **dict of {} values may bind parameter '{}', of type {}",
                                v, p.name, p.ty
                            ),
                            format!("pass '{}' explicitly", p.name),
                        ));
                    }
                }
                if let Some(t) = &col.by_name[j] {
                    value = Some(t.read(span));
                }
                let from_pos = match (&col.pos, p.kind) {
                    (Some((pos, len)), ParamKind::Positional) => {
                        let k = (j - col.direct) as i64;
                        let item = mk(
                            ExprKind::ListIndex(Box::new(pos.read(span)), Box::new(int(k))),
                            p.ty.clone(),
                            span,
                        );
                        Some((len, item, k))
                    }
                    _ => None,
                };
                match (from_pos, value) {
                    (Some((_, item, _)), None) => Ok(item),
                    (Some((len, item, k)), Some(other)) => {
                        let cond = mk(
                            ExprKind::Compare {
                                first: Box::new(len.read(span)),
                                rest: vec![(CmpOp::Gt, int(k))],
                            },
                            Ty::Bool,
                            span,
                        );
                        Ok(mk(
                            ExprKind::IfExp(Box::new(cond), Box::new(item), Box::new(other)),
                            p.ty.clone(),
                            span,
                        ))
                    }
                    (None, Some(v)) => Ok(v),
                    // `missing_statically` reported it.
                    (None, None) => Err(Reported),
                }
            }
        }
    }
}

/// The result of [`Checker::collect_args`].
struct CollectedAll {
    /// `$names`, every keyword name in call order.
    names: Tmp,
    inner: Collected,
}

/// The source text of a simple expression, for messages (`xs`, `self.d`).
fn ast_text(e: &ast::Expr) -> String {
    match e {
        ast::Expr::Name(n) => n.id.to_string(),
        ast::Expr::Attribute(a) => format!("{}.{}", ast_text(&a.value), a.attr),
        _ => "...".to_string(),
    }
}

impl<'a> Checker<'a> {
    /// `print(a, *xs, b, sep=s, end=e)`: the str of each argument, starred
    /// ones item by item, collected into a `list[str]` in order, then
    /// printed joined by the separator (evaluated after the arguments, as
    /// CPython does).
    pub(super) fn print_starred(
        &mut self,
        cx: &mut FnCx,
        args: &[ast::Expr],
        sep: Option<Expr>,
        end: Option<Box<Expr>>,
        end_first: bool,
        span: Span,
    ) -> Chk<Expr> {
        let mut pre = Block::new();
        let str_list = Ty::List(Box::new(Ty::Str));
        let parts = self.bind_tmp(
            cx,
            mk(ExprKind::List(Vec::new()), str_list.clone(), span),
            &mut pre,
        );
        let append = |v: Expr| Stmt {
            kind: StmtKind::Expr(rt(
                "pyaot_list_append",
                vec![RtArg::Value(parts.read(span)), RtArg::Slot(v)],
                RtConv::Infallible,
                Ty::None,
                span,
            )),
            span,
        };
        for a in args {
            let ast::Expr::Starred(s) = a else {
                let v = self.to_str(cx, a)?;
                pre.push(append(v));
                continue;
            };
            let seq = self.expr(cx, &s.value)?;
            let seq = match seq.ty {
                Ty::List(_) => seq,
                Ty::Tuple(_) | Ty::VarTuple(_) => self.tuple_as_list(seq)?,
                ref other => {
                    return Err(self.error_hint(
                        seq.span,
                        format!("unsupported: print() of *{other}"),
                        "unpack a list or a tuple",
                    ))
                }
            };
            let Ty::List(elem) = &seq.ty else {
                return Err(Reported);
            };
            let item = Tmp {
                id: cx.declare_local(&format!("$item{}", self.next_hidden()), (**elem).clone()),
                ty: (**elem).clone(),
            };
            let text = super::expr::str_of_value(item.read(span));
            pre.push(Stmt {
                kind: StmtKind::ForEach {
                    vars: vec![(Place::Local(item.id), seq)],
                    index: None,
                    reverse: false,
                    body: vec![append(text)],
                    orelse: Vec::new(),
                },
                span,
            });
        }
        // `end=` written before `sep=` is evaluated first.
        let end = match end {
            Some(e) if end_first && sep.is_some() => {
                Some(Box::new(self.bind_tmp(cx, *e, &mut pre).read(span)))
            }
            e => e,
        };
        let sep = sep.unwrap_or_else(|| str_lit(" ", span));
        let joined = rt(
            "pyaot_str_join_list",
            vec![RtArg::Value(sep), RtArg::Value(parts.read(span))],
            RtConv::Infallible,
            Ty::Str,
            span,
        );
        let out = cx.declare_local(&format!("$line{}", self.next_hidden()), Ty::Str);
        pre.push(Stmt {
            kind: StmtKind::Assign(Place::Local(out), joined),
            span,
        });
        let line = mk(ExprKind::Block(pre, out), Ty::Str, span);
        Ok(mk(
            ExprKind::Print {
                args: vec![line],
                sep: None,
                end,
                end_first: false,
            },
            Ty::None,
            span,
        ))
    }
}
