//! Methods of built-in types (and `ord`/`chr`), as calls of runtime
//! functions.
//!
//! Each method binds its arguments like CPython (positional, plus keywords
//! where CPython accepts them), checks their types, and becomes an
//! [`ExprKind::RtCall`] with the runtime function's error convention.

use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Expr, ExprKind, Place, RtArg, RtConv, Stmt, StmtKind};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

/// One parameter of a built-in method.
pub(super) struct P {
    name: &'static str,
    /// Whether it may be passed by keyword (most str methods are
    /// positional-only in CPython).
    keyword: bool,
}

pub(super) const fn pos(name: &'static str) -> P {
    P {
        name,
        keyword: false,
    }
}

pub(super) const fn kw(name: &'static str) -> P {
    P {
        name,
        keyword: true,
    }
}

pub(super) fn rt(func: &'static str, args: Vec<RtArg>, conv: RtConv, ty: Ty, span: Span) -> Expr {
    Expr {
        kind: ExprKind::RtCall { func, args, conv },
        ty,
        span,
    }
}

/// The list of the keys (of type `key`) of the dict `d`: a snapshot, as
/// iterating the dict sees them.
pub fn dict_keys(d: Expr, key: Ty) -> Expr {
    let span = d.span;
    rt(
        "pyaot_dict_keys",
        vec![RtArg::Value(d)],
        RtConv::Infallible,
        Ty::List(Box::new(key)),
        span,
    )
}

impl<'a> Checker<'a> {
    /// Binds a call's arguments to `params`; the first `required` are
    /// mandatory. Returns one slot per parameter.
    pub(super) fn bind_method_args(
        &mut self,
        cx: &mut FnCx,
        c: &ast::ExprCall,
        qualname: &str,
        params: &[P],
        required: usize,
    ) -> Chk<Vec<Option<Expr>>> {
        let span: Span = c.range().into();
        let mut slots: Vec<Option<Expr>> = params.iter().map(|_| None).collect();
        let n = c.arguments.args.len();
        if n > params.len() {
            let msg = if required == params.len() {
                format!(
                    "{qualname}() takes exactly {} argument{} ({n} given)",
                    params.len(),
                    if params.len() == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{qualname} expected at most {} arguments, got {n}",
                    params.len()
                )
            };
            return Err(self.error(span, msg));
        }
        for (i, a) in c.arguments.args.iter().enumerate() {
            if let ast::Expr::Starred(s) = a {
                return Err(self.unsupported(s.range, "starred arguments"));
            }
            slots[i] = Some(self.expr(cx, a)?);
        }
        for k in c.arguments.keywords.iter() {
            let Some(name) = &k.arg else {
                return Err(self.unsupported(k.range, "**kwargs arguments"));
            };
            let Some(i) = params
                .iter()
                .position(|p| p.keyword && p.name == name.as_str())
            else {
                return Err(self.error(
                    k.range,
                    format!("{qualname}() got an unexpected keyword argument '{name}'"),
                ));
            };
            if slots[i].is_some() {
                return Err(self.error(
                    k.range,
                    format!(
                        "argument for {qualname}() given by name ('{name}') and position ({})",
                        i + 1
                    ),
                ));
            }
            slots[i] = Some(self.expr(cx, &k.value)?);
        }
        if let Some(missing) = slots[..required].iter().position(Option::is_none) {
            let msg = if required == params.len() && required == 1 {
                format!("{qualname}() takes exactly one argument (0 given)")
            } else {
                format!(
                    "{qualname}() missing required argument '{}' (pos {})",
                    params[missing].name,
                    missing + 1
                )
            };
            return Err(self.error(span, msg));
        }
        Ok(slots)
    }

    /// For a runtime list operation over elements of type `elem` that
    /// compares them with `dunder` (`__eq__`, `__lt__`; None: only their
    /// truthiness): checks instances can be compared so, and returns the
    /// convention `infallible` becomes (user code may raise).
    pub(super) fn elem_conv(
        &mut self,
        elem: &Ty,
        dunder: Option<&str>,
        infallible: RtConv,
        span: Span,
    ) -> Chk<RtConv> {
        let Ty::Class(c) = elem else {
            return Ok(infallible);
        };
        if let Some(d) = dunder {
            if d == "__lt__" && !self.has_method(c.id, d) {
                return Err(self.error(
                    span,
                    format!(
                        "'<' not supported between instances of '{}' and '{}'",
                        c.name, c.name
                    ),
                ));
            }
            self.check_runtime_dunder(c.id, c.id, d, span)?;
        }
        Ok(match infallible {
            RtConv::Infallible => RtConv::Pending,
            other => other,
        })
    }

    pub(super) fn want(&mut self, e: Expr, ty: &Ty, what: &str) -> Chk<Expr> {
        let e = self.fit(e, ty);
        let e = match (&e.ty, ty) {
            (Ty::Bool, Ty::Int) => self.coerce_to_int(e),
            _ => e,
        };
        if e.ty != *ty {
            return Err(self.error(
                e.span,
                format!(
                    "{what} must be {}, not {}",
                    ty.runtime_name(),
                    e.ty.runtime_name()
                ),
            ));
        }
        Ok(e)
    }

    /// An optional `str` argument where `None` means "absent".
    fn opt_str(&mut self, e: Option<Expr>, what: &str) -> Chk<RtArg> {
        match e {
            None => Ok(RtArg::Null),
            Some(e) if e.ty == Ty::None => Ok(RtArg::Null),
            Some(e) => Ok(RtArg::Value(self.want(e, &Ty::Str, what)?)),
        }
    }

    /// An optional slice bound: `(value, present)` arguments.
    pub(super) fn opt_bound(&mut self, e: Option<Expr>, what: &str) -> Chk<[RtArg; 2]> {
        match e {
            Some(e) if e.ty != Ty::None => {
                let v = self.want(e, &Ty::Int, what)?;
                Ok([RtArg::Value(v), RtArg::Flag(true)])
            }
            _ => Ok([RtArg::Int(0), RtArg::Flag(false)]),
        }
    }

    pub fn str_method(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        method: &str,
        c: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let q = format!("str.{method}");
        let func: &'static str = match method {
            "upper" | "lower" | "title" | "capitalize" | "swapcase" | "casefold" => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                let f = match method {
                    "upper" => "pyaot_str_upper",
                    "lower" => "pyaot_str_lower",
                    "title" => "pyaot_str_title",
                    "capitalize" => "pyaot_str_capitalize",
                    "swapcase" => "pyaot_str_swapcase",
                    _ => "pyaot_str_casefold",
                };
                return Ok(rt(
                    f,
                    vec![RtArg::Value(recv)],
                    RtConv::Infallible,
                    Ty::Str,
                    span,
                ));
            }
            "isdigit" => "pyaot_str_isdigit",
            "isalpha" => "pyaot_str_isalpha",
            "isalnum" => "pyaot_str_isalnum",
            "isspace" => "pyaot_str_isspace",
            "isupper" => "pyaot_str_isupper",
            "islower" => "pyaot_str_islower",
            "isdecimal" => "pyaot_str_isdecimal",
            "isnumeric" => "pyaot_str_isnumeric",
            "istitle" => "pyaot_str_istitle",
            "isidentifier" => "pyaot_str_isidentifier",
            "isascii" => "pyaot_str_isascii",
            "isprintable" => "pyaot_str_isprintable",
            "strip" | "lstrip" | "rstrip" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("chars")], 0)?;
                let chars = self.opt_str(a.remove(0), "chars")?;
                let f = match method {
                    "strip" => "pyaot_str_strip",
                    "lstrip" => "pyaot_str_lstrip",
                    _ => "pyaot_str_rstrip",
                };
                return Ok(rt(
                    f,
                    vec![RtArg::Value(recv), chars],
                    RtConv::Infallible,
                    Ty::Str,
                    span,
                ));
            }
            "split" | "rsplit" => {
                let mut a = self.bind_method_args(cx, c, &q, &[kw("sep"), kw("maxsplit")], 0)?;
                let sep = self.opt_str(a.remove(0), "sep")?;
                let max = match a.remove(0) {
                    Some(m) => RtArg::Value(self.want(m, &Ty::Int, "maxsplit")?),
                    None => RtArg::Int(-1),
                };
                let f = if method == "split" {
                    "pyaot_str_split"
                } else {
                    "pyaot_str_rsplit"
                };
                return Ok(rt(
                    f,
                    vec![RtArg::Value(recv), sep, max],
                    RtConv::NullOnError,
                    Ty::List(Box::new(Ty::Str)),
                    span,
                ));
            }
            "splitlines" => {
                let mut a = self.bind_method_args(cx, c, &q, &[kw("keepends")], 0)?;
                let keep = match a.remove(0) {
                    Some(k) => {
                        let k = self.truthy(k);
                        RtArg::Value(k)
                    }
                    None => RtArg::Flag(false),
                };
                return Ok(rt(
                    "pyaot_str_splitlines",
                    vec![RtArg::Value(recv), keep],
                    RtConv::Infallible,
                    Ty::List(Box::new(Ty::Str)),
                    span,
                ));
            }
            "join" => {
                self.genexp_ok = true;
                let a = self.bind_method_args(cx, c, &q, &[pos("iterable")], 1);
                self.genexp_ok = false;
                let mut a = a?;
                let items = a.remove(0).ok_or(Reported)?;
                let items = match items.ty {
                    Ty::Tuple(_) | Ty::VarTuple(_) => self.tuple_as_list(items)?,
                    Ty::Iter(_) | Ty::Iterable(_) | Ty::Deque(_) => {
                        super::generator::gen_to_list(items)
                    }
                    // Joining a str joins its characters.
                    Ty::Str => rt(
                        "pyaot_str_chars",
                        vec![RtArg::Value(items)],
                        RtConv::Infallible,
                        Ty::List(Box::new(Ty::Str)),
                        span,
                    ),
                    _ => items,
                };
                let items = self.fit(items, &Ty::List(Box::new(Ty::Str)));
                if items.ty != Ty::List(Box::new(Ty::Str)) {
                    return Err(self.error_hint(
                        items.span,
                        format!("str.join() needs a list[str], not {}", items.ty),
                        "convert the items with str(...) first",
                    ));
                }
                return Ok(rt(
                    "pyaot_str_join_list",
                    vec![RtArg::Value(recv), RtArg::Value(items)],
                    RtConv::Infallible,
                    Ty::Str,
                    span,
                ));
            }
            "replace" => {
                let mut a =
                    self.bind_method_args(cx, c, &q, &[pos("old"), pos("new"), pos("count")], 2)?;
                let old = self.want(
                    a.remove(0).ok_or(Reported)?,
                    &Ty::Str,
                    "replace() argument 1",
                )?;
                let new = self.want(
                    a.remove(0).ok_or(Reported)?,
                    &Ty::Str,
                    "replace() argument 2",
                )?;
                let count = match a.remove(0) {
                    Some(n) => RtArg::Value(self.want(n, &Ty::Int, "count")?),
                    None => RtArg::Int(-1),
                };
                return Ok(rt(
                    "pyaot_str_replace",
                    vec![
                        RtArg::Value(recv),
                        RtArg::Value(old),
                        RtArg::Value(new),
                        count,
                    ],
                    RtConv::Infallible,
                    Ty::Str,
                    span,
                ));
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                let mut a =
                    self.bind_method_args(cx, c, &q, &[pos("sub"), pos("start"), pos("end")], 1)?;
                let sub = self.want(a.remove(0).ok_or(Reported)?, &Ty::Str, "substring")?;
                let [start, has_start] = self.opt_bound(a.remove(0), "slice index")?;
                let [end, has_end] = self.opt_bound(a.remove(0), "slice index")?;
                let args = vec![
                    RtArg::Value(recv),
                    RtArg::Value(sub),
                    start,
                    end,
                    has_start,
                    has_end,
                ];
                let (f, conv) = match method {
                    "find" => ("pyaot_str_find", RtConv::Infallible),
                    "rfind" => ("pyaot_str_rfind", RtConv::Infallible),
                    "count" => ("pyaot_str_count", RtConv::Infallible),
                    "index" => ("pyaot_str_index", RtConv::FlagOut),
                    _ => ("pyaot_str_rindex", RtConv::FlagOut),
                };
                return Ok(rt(f, args, conv, Ty::Int, span));
            }
            "startswith" | "endswith" => {
                let mut a = self.bind_method_args(
                    cx,
                    c,
                    &q,
                    &[pos("prefix"), pos("start"), pos("end")],
                    1,
                )?;
                let p = a.remove(0).ok_or(Reported)?;
                let any = matches!(&p.ty, Ty::Tuple(items) if items.iter().all(|t| *t == Ty::Str));
                if p.ty != Ty::Str && !any {
                    return Err(self.error_hint(
                        p.span,
                        format!(
                            "{method} first arg must be str or a tuple of str, not {}",
                            p.ty.runtime_name()
                        ),
                        "pass a str or a tuple of str",
                    ));
                }
                let [start, has_start] = self.opt_bound(a.remove(0), "slice index")?;
                let [end, has_end] = self.opt_bound(a.remove(0), "slice index")?;
                return Ok(rt(
                    "pyaot_str_affix",
                    vec![
                        RtArg::Value(recv),
                        RtArg::Value(p),
                        start,
                        end,
                        has_start,
                        has_end,
                        RtArg::Flag(method == "endswith"),
                        RtArg::Flag(any),
                    ],
                    RtConv::Infallible,
                    Ty::Bool,
                    span,
                ));
            }
            "zfill" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("width")], 1)?;
                let w = self.want(a.remove(0).ok_or(Reported)?, &Ty::Int, "width")?;
                return Ok(rt(
                    "pyaot_str_zfill",
                    vec![RtArg::Value(recv), RtArg::Value(w)],
                    RtConv::Infallible,
                    Ty::Str,
                    span,
                ));
            }
            "center" | "ljust" | "rjust" => {
                let mut a =
                    self.bind_method_args(cx, c, &q, &[pos("width"), pos("fillchar")], 1)?;
                let w = self.want(a.remove(0).ok_or(Reported)?, &Ty::Int, "width")?;
                let fill = self.opt_str(a.remove(0), "The fill character")?;
                let f = match method {
                    "center" => "pyaot_str_center",
                    "ljust" => "pyaot_str_ljust",
                    _ => "pyaot_str_rjust",
                };
                return Ok(rt(
                    f,
                    vec![RtArg::Value(recv), RtArg::Value(w), fill],
                    RtConv::NullOnError,
                    Ty::Str,
                    span,
                ));
            }
            "removeprefix" | "removesuffix" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("affix")], 1)?;
                let x = self.want(
                    a.remove(0).ok_or(Reported)?,
                    &Ty::Str,
                    &format!("{method}() argument"),
                )?;
                let f = if method == "removeprefix" {
                    "pyaot_str_removeprefix"
                } else {
                    "pyaot_str_removesuffix"
                };
                return Ok(rt(
                    f,
                    vec![RtArg::Value(recv), RtArg::Value(x)],
                    RtConv::Infallible,
                    Ty::Str,
                    span,
                ));
            }
            other => {
                return Err(self.error_hint(
                    span,
                    format!("unsupported method: str.{other}()"),
                    match other {
                        "format" => "use an f-string",
                        "partition" | "rpartition" => "not supported yet; use find() and slicing",
                        _ => "see the README for the supported str methods",
                    },
                ))
            }
        };
        // The is*() predicates.
        self.bind_method_args(cx, c, &q, &[], 0)?;
        Ok(rt(
            func,
            vec![RtArg::Value(recv)],
            RtConv::Infallible,
            Ty::Bool,
            span,
        ))
    }

    pub fn list_method(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        elem: Ty,
        method: &str,
        c: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let q = format!("list.{method}");
        let list_ty = recv.ty.clone();
        let item = |ck: &mut Self, e: Option<Expr>| -> Chk<Expr> {
            let e = ck.fit(e.ok_or(Reported)?, &elem);
            if e.ty != elem {
                return Err(ck.error_hint(
                    e.span,
                    format!(
                        "expected {elem} for an element of a {}, not {}",
                        list_ty, e.ty
                    ),
                    super::stmt::mismatch_hint(&elem, &e.ty),
                ));
            }
            Ok(e)
        };
        let r = RtArg::Value(recv);
        Ok(match method {
            "append" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("object")], 1)?;
                let x = item(self, a.remove(0))?;
                rt(
                    "pyaot_list_append",
                    vec![r, RtArg::Slot(x)],
                    RtConv::Infallible,
                    Ty::None,
                    span,
                )
            }
            "pop" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("index")], 0)?;
                let [i, has_i] = self.opt_bound(a.remove(0), "list indices")?;
                rt(
                    "pyaot_list_pop",
                    vec![r, i, has_i],
                    RtConv::FlagOutSlot,
                    elem,
                    span,
                )
            }
            "insert" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("index"), pos("object")], 2)?;
                let i = self.want(a.remove(0).ok_or(Reported)?, &Ty::Int, "list index")?;
                let x = item(self, a.remove(0))?;
                rt(
                    "pyaot_list_insert",
                    vec![r, RtArg::Value(i), RtArg::Slot(x)],
                    RtConv::Infallible,
                    Ty::None,
                    span,
                )
            }
            "remove" | "index" | "count" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("value")], 1)?;
                let x = item(self, a.remove(0))?;
                let count_conv = self.elem_conv(&elem, Some("__eq__"), RtConv::Infallible, span)?;
                match method {
                    "remove" => rt(
                        "pyaot_list_remove",
                        vec![r, RtArg::Slot(x)],
                        RtConv::Flag,
                        Ty::None,
                        span,
                    ),
                    "index" => rt(
                        "pyaot_list_index",
                        vec![r, RtArg::Slot(x)],
                        RtConv::FlagOut,
                        Ty::Int,
                        span,
                    ),
                    _ => rt(
                        "pyaot_list_count",
                        vec![r, RtArg::Slot(x)],
                        count_conv,
                        Ty::Int,
                        span,
                    ),
                }
            }
            "reverse" | "clear" => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                let f = if method == "reverse" {
                    "pyaot_list_reverse"
                } else {
                    "pyaot_list_clear"
                };
                rt(f, vec![r], RtConv::Infallible, Ty::None, span)
            }
            "copy" => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                rt(
                    "pyaot_list_copy",
                    vec![r],
                    RtConv::Infallible,
                    list_ty,
                    span,
                )
            }
            "extend" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("iterable")], 1)?;
                let other = self.fit(a.remove(0).ok_or(Reported)?, &list_ty);
                if other.ty != list_ty {
                    return Err(self.error(
                        other.span,
                        format!("cannot extend a {list_ty} with {}", other.ty),
                    ));
                }
                rt(
                    "pyaot_list_extend",
                    vec![r, RtArg::Value(other)],
                    RtConv::Infallible,
                    Ty::None,
                    span,
                )
            }
            "sort" => {
                if !c.arguments.args.is_empty() {
                    return Err(self.error(span, "sort() takes no positional arguments"));
                }
                let key = c
                    .arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|n| n.as_str() == "key"));
                if let Some(key) = key {
                    let ast::Expr::Attribute(_) = &*c.func else {
                        return Err(Reported);
                    };
                    let RtArg::Value(recv) = r else {
                        return Err(Reported);
                    };
                    let (recv, keys) = self.sort_keys(cx, recv, &key.value, span)?;
                    let r = RtArg::Value(recv);
                    let rev = self.sort_reverse(cx, c)?;
                    let conv = match &keys.ty {
                        Ty::List(e) => {
                            self.elem_conv(&e.clone(), Some("__lt__"), RtConv::Infallible, span)?
                        }
                        _ => RtConv::Infallible,
                    };
                    return Ok(rt(
                        "pyaot_list_sort_by_keys",
                        vec![r, RtArg::Value(keys), rev],
                        conv,
                        Ty::None,
                        span,
                    ));
                }
                let mut a = self.bind_method_args(cx, c, &q, &[kw("reverse")], 0)?;
                if matches!(elem, Ty::None | Ty::Exc | Ty::ExcType | Ty::Traceback) {
                    return Err(self.error(
                        span,
                        "'<' not supported between instances of 'NoneType' and 'NoneType'",
                    ));
                }
                self.check_orderable(&elem, span)?;
                let rev = match a.remove(0) {
                    Some(x) => RtArg::Value(self.truthy(x)),
                    None => RtArg::Flag(false),
                };
                let conv = self.elem_conv(&elem, Some("__lt__"), RtConv::Infallible, span)?;
                rt("pyaot_list_sort", vec![r, rev], conv, Ty::None, span)
            }
            other => {
                return Err(self.error_hint(
                    span,
                    format!("unsupported method: list.{other}()"),
                    "see the README for the supported list methods",
                ))
            }
        })
    }

    /// `sum`, `any`, `all`, `sorted`, `list`, and `min`/`max` of one list.
    /// Returns None when `name` is not one of them.
    pub fn seq_builtin(
        &mut self,
        cx: &mut FnCx,
        name: &str,
        c: &ast::ExprCall,
    ) -> Chk<Option<Expr>> {
        let span: Span = c.range().into();
        // The first argument is consumed as an iterable: dict views may be
        // used there (see `dict_method`).
        self.views_ok = matches!(
            name,
            "sum" | "any" | "all" | "sorted" | "list" | "min" | "max"
        );
        // any()/all() stop early on a generator, so it cannot be a list.
        self.genexp_ok = matches!(name, "sum" | "sorted" | "list" | "min" | "max");
        let e = self.seq_builtin_inner(cx, name, c, span);
        // Never leave the flags set for an unrelated expression.
        self.views_ok = false;
        self.genexp_ok = false;
        e
    }

    fn seq_builtin_inner(
        &mut self,
        cx: &mut FnCx,
        name: &str,
        c: &ast::ExprCall,
        span: Span,
    ) -> Chk<Option<Expr>> {
        let e = match name {
            "sum" => {
                let mut a =
                    self.bind_method_args(cx, c, "sum", &[pos("iterable"), kw("start")], 1)?;
                let xs = a.remove(0).ok_or(Reported)?;
                let xs = match xs.ty {
                    Ty::Tuple(_) | Ty::VarTuple(_) => self.tuple_as_list(xs)?,
                    Ty::Set(_) => super::set::set_as_list(xs),
                    Ty::Iter(_) | Ty::Iterable(_) | Ty::Deque(_) => {
                        super::generator::gen_to_list(xs)
                    }
                    _ => xs,
                };
                let start = a.remove(0);
                match xs.ty.clone() {
                    Ty::List(e) if matches!(*e, Ty::Int | Ty::Bool) => {
                        let start = match start {
                            Some(s) => RtArg::Value(self.want(s, &Ty::Int, "sum() start")?),
                            None => RtArg::Int(0),
                        };
                        rt(
                            "pyaot_list_sum_int",
                            vec![RtArg::Value(xs), start],
                            RtConv::FlagOut,
                            Ty::Int,
                            span,
                        )
                    }
                    Ty::List(e) if *e == Ty::Float => {
                        let start = match start {
                            Some(s) if s.ty == Ty::Float => s,
                            Some(s) if matches!(s.ty, Ty::Int | Ty::Bool) => {
                                let span = s.span;
                                let i = self.coerce_to_int(s);
                                Expr {
                                    kind: ExprKind::Conv(crate::hir::Conv::IntToFloat, Box::new(i)),
                                    ty: Ty::Float,
                                    span,
                                }
                            }
                            Some(s) => {
                                return Err(self.error(
                                    s.span,
                                    format!("unsupported sum() start of type {}", s.ty),
                                ))
                            }
                            None => Expr {
                                kind: ExprKind::Float(0.0),
                                ty: Ty::Float,
                                span,
                            },
                        };
                        rt(
                            "pyaot_list_sum_float",
                            vec![RtArg::Value(xs), RtArg::Value(start)],
                            RtConv::Infallible,
                            Ty::Float,
                            span,
                        )
                    }
                    other => {
                        return Err(self.error_hint(
                            xs.span,
                            format!("unsupported sum() of {other}"),
                            "pyaot sums list[int], list[bool] and list[float]",
                        ))
                    }
                }
            }
            "any" | "all" => {
                let mut a = self.bind_method_args(cx, c, name, &[pos("iterable")], 1)?;
                let xs = a.remove(0).ok_or(Reported)?;
                if let Ty::Iter(_) | Ty::Iterable(_) | Ty::Deque(_) = xs.ty {
                    let g = super::generator::iter_of_iterable(xs);
                    return self.any_all_gen(cx, g, name == "any").map(Some);
                }
                let xs = match xs.ty {
                    Ty::Tuple(_) | Ty::VarTuple(_) => self.tuple_as_list(xs)?,
                    Ty::Set(_) => super::set::set_as_list(xs),
                    _ => xs,
                };
                if !matches!(xs.ty, Ty::List(_)) {
                    return Err(self.error(xs.span, format!("unsupported {name}() of {}", xs.ty)));
                }
                let f = if name == "any" {
                    "pyaot_list_any"
                } else {
                    "pyaot_list_all"
                };
                let elem = match &xs.ty {
                    Ty::List(e) => (**e).clone(),
                    _ => Ty::None,
                };
                let conv = self.elem_conv(&elem, None, RtConv::Infallible, span)?;
                rt(f, vec![RtArg::Value(xs)], conv, Ty::Bool, span)
            }
            "sorted" => {
                let key = c
                    .arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|n| n.as_str() == "key"));
                if let Some(key) = key {
                    let [xs_ast] = &c.arguments.args[..] else {
                        return Err(self.error(span, "sorted expected 1 argument"));
                    };
                    let xs = self.expr(cx, xs_ast)?;
                    let xs = match xs.ty {
                        Ty::Set(_) => super::set::set_as_list(xs),
                        Ty::Iter(_) | Ty::Iterable(_) | Ty::Deque(_) => {
                            super::generator::gen_to_list(xs)
                        }
                        _ => xs,
                    };
                    if !matches!(xs.ty, Ty::List(_)) {
                        return Err(
                            self.unsupported(span, &format!("sorted(key=...) of {}", xs.ty))
                        );
                    }
                    let (xs, keys) = self.sort_keys(cx, xs, &key.value, span)?;
                    let rev = self.sort_reverse(cx, c)?;
                    let conv = match &keys.ty {
                        Ty::List(e) => {
                            self.elem_conv(&e.clone(), Some("__lt__"), RtConv::Infallible, span)?
                        }
                        _ => RtConv::Infallible,
                    };
                    let ty = xs.ty.clone();
                    return Ok(Some(rt(
                        "pyaot_list_sorted_by_keys",
                        vec![RtArg::Value(xs), RtArg::Value(keys), rev],
                        conv,
                        ty,
                        span,
                    )));
                }
                let mut a =
                    self.bind_method_args(cx, c, "sorted", &[pos("iterable"), kw("reverse")], 1)?;
                let xs = self.as_list(a.remove(0).ok_or(Reported)?, "sorted")?;
                if matches!(&xs.ty, Ty::List(e) if matches!(**e, Ty::None | Ty::Exc | Ty::ExcType | Ty::Traceback))
                {
                    return Err(self.error(
                        span,
                        "'<' not supported between instances of 'NoneType' and 'NoneType'",
                    ));
                }
                if let Ty::List(e) = &xs.ty {
                    self.check_orderable(e, span)?;
                }
                let rev = match a.remove(0) {
                    Some(x) => RtArg::Value(self.truthy(x)),
                    None => RtArg::Flag(false),
                };
                let ty = xs.ty.clone();
                let elem = match &ty {
                    Ty::List(e) => (**e).clone(),
                    _ => Ty::None,
                };
                let conv = self.elem_conv(&elem, Some("__lt__"), RtConv::Infallible, span)?;
                rt(
                    "pyaot_list_sorted",
                    vec![RtArg::Value(xs), rev],
                    conv,
                    ty,
                    span,
                )
            }
            "list" => {
                if let Some(ast::Expr::Call(r)) = c.arguments.args.first() {
                    if self.is_builtin_name(cx, &r.func, "range") && c.arguments.args.len() == 1 {
                        let (start, stop, step) = self.range_args(cx, r)?;
                        return Ok(Some(rt(
                            "pyaot_list_range",
                            vec![RtArg::Value(start), RtArg::Value(stop), RtArg::Value(step)],
                            RtConv::NullOnError,
                            Ty::List(Box::new(Ty::Int)),
                            span,
                        )));
                    }
                }
                let mut a = self.bind_method_args(cx, c, "list", &[pos("iterable")], 0)?;
                match a.remove(0) {
                    // list(): an empty list whose type comes from context.
                    None => Expr {
                        kind: ExprKind::List(Vec::new()),
                        ty: Ty::List(Box::new(Ty::None)),
                        span,
                    },
                    Some(x) => {
                        let xs = self.as_list(x, "list")?;
                        match &xs.kind {
                            ExprKind::RtCall {
                                func: "pyaot_str_chars" | "pyaot_set_to_list" | "pyaot_gen_to_list",
                                ..
                            } => xs,
                            _ => {
                                let ty = xs.ty.clone();
                                rt(
                                    "pyaot_list_copy",
                                    vec![RtArg::Value(xs)],
                                    RtConv::Infallible,
                                    ty,
                                    span,
                                )
                            }
                        }
                    }
                }
            }
            "min" | "max" if c.arguments.args.len() == 1 => {
                let key = c
                    .arguments
                    .keywords
                    .iter()
                    .find(|k| k.arg.as_ref().is_some_and(|n| n.as_str() == "key"));
                if let (Some(key), 1) = (key, c.arguments.keywords.len()) {
                    let xs_ast = &c.arguments.args[0];
                    let xs = self.expr(cx, xs_ast)?;
                    let xs = match xs.ty {
                        Ty::Set(_) => super::set::set_as_list(xs),
                        Ty::Iter(_) | Ty::Iterable(_) | Ty::Deque(_) => {
                            super::generator::gen_to_list(xs)
                        }
                        _ => xs,
                    };
                    let Ty::List(elem) = xs.ty.clone() else {
                        return Err(
                            self.unsupported(span, &format!("{name}(key=...) of {}", xs.ty))
                        );
                    };
                    let (xs, keys) = self.sort_keys(cx, xs, &key.value, span)?;
                    if let Ty::List(ke) = &keys.ty {
                        self.elem_conv(&ke.clone(), Some("__lt__"), RtConv::FlagOutSlot, span)?;
                    }
                    return Ok(Some(rt(
                        "pyaot_list_minmax_by_keys",
                        vec![
                            RtArg::Value(xs),
                            RtArg::Value(keys),
                            RtArg::Flag(name == "max"),
                        ],
                        RtConv::FlagOutSlot,
                        *elem,
                        span,
                    )));
                }
                let default = match &c.arguments.keywords[..] {
                    [] => None,
                    [k] if k.arg.as_ref().is_some_and(|n| n.as_str() == "default") => {
                        Some(&k.value)
                    }
                    [k, ..] => {
                        return Err(
                            self.unsupported(k.range, &format!("{name}() keyword arguments"))
                        )
                    }
                };
                let xs = self.expr(cx, &c.arguments.args[0])?;
                // `default=`: the iterable is evaluated first, then the
                // default, then the iterable is consumed.
                let (pre, xs, default) = match default {
                    Some(d) => {
                        let ty = xs.ty.clone();
                        let (place, _) = self.hidden_local(cx, ty.clone(), span);
                        let Place::Local(id) = place else {
                            return Err(Reported);
                        };
                        let read = mk_local(id, ty, span);
                        let d = self.expr(cx, d)?;
                        (Some((place, xs)), read, Some(d))
                    }
                    None => (None, xs, None),
                };
                let xs = self.as_list(xs, name)?;
                let Ty::List(elem) = xs.ty.clone() else {
                    return Err(Reported);
                };
                if matches!(*elem, Ty::None | Ty::Exc | Ty::ExcType | Ty::Traceback) {
                    return Err(self.error(span, format!("unsupported {name}() of {}", xs.ty)));
                }
                self.check_orderable(&elem, span)?;
                self.elem_conv(&elem, Some("__lt__"), RtConv::FlagOutSlot, span)?;
                let is_max = RtArg::Flag(name == "max");
                let (Some((src, value)), Some(d)) = (pre, default) else {
                    return Ok(Some(rt(
                        "pyaot_list_minmax",
                        vec![RtArg::Value(xs), is_max],
                        RtConv::FlagOutSlot,
                        *elem,
                        span,
                    )));
                };
                return self
                    .minmax_default(cx, (src, value), xs, d, *elem, is_max, span)
                    .map(Some);
            }
            _ => return Ok(None),
        };
        Ok(Some(e))
    }

    /// The `reverse=` of a sort with a key (other keywords are errors).
    fn sort_reverse(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<RtArg> {
        let mut rev = RtArg::Flag(false);
        for k in c.arguments.keywords.iter() {
            match k.arg.as_ref().map(|n| n.as_str()) {
                Some("key") => {}
                Some("reverse") => {
                    let v = self.expr(cx, &k.value)?;
                    rev = RtArg::Value(self.truthy(v));
                }
                _ => {
                    return Err(self.error(k.range, "unexpected keyword argument for a sort"));
                }
            }
        }
        Ok(rev)
    }

    /// The keys of `sort(key=f)` / `sorted(xs, key=f)` / `max(xs,
    /// key=f)`: the list `[f(x) for x in xs]`, with a lambda's body
    /// inlined. `xs` (checked) is evaluated once: the result is the
    /// sequence to pass on (evaluated first) and the keys, which read it
    /// from a hidden variable.
    fn sort_keys(
        &mut self,
        cx: &mut FnCx,
        xs: Expr,
        key: &ast::Expr,
        span: Span,
    ) -> Chk<(Expr, Expr)> {
        let xs_ty = xs.ty.clone();
        let n = self.next_hidden();
        let src_name = format!("$keysrc{n}");
        let src = cx.declare_local(&format!("$keysrc{n}.held"), xs_ty.clone());
        let out = cx.declare_local(&format!("$keysrc{n}.out"), xs_ty.clone());
        let read = |id| Expr {
            kind: ExprKind::Local { id, checked: false },
            ty: xs_ty.clone(),
            span,
        };
        // `src = xs; out = src`, then `out` moves on; `src` stays for the
        // keys.
        let seq = Expr {
            kind: ExprKind::Block(
                vec![
                    crate::hir::Stmt {
                        kind: crate::hir::StmtKind::Assign(crate::hir::Place::Local(src), xs),
                        span,
                    },
                    crate::hir::Stmt {
                        kind: crate::hir::StmtKind::Assign(
                            crate::hir::Place::Local(out),
                            read(src),
                        ),
                        span,
                    },
                ],
                out,
            ),
            ty: xs_ty.clone(),
            span,
        };
        let depth = cx.comp_scopes.len();
        cx.comp_scopes.push((src_name.clone(), src));
        let keys = self.key_list(cx, &src_name, key, span);
        cx.comp_scopes.truncate(depth);
        Ok((seq, keys?))
    }

    /// `[f(x) for x in <name>]` for a sort key `f` (a name or a lambda).
    fn key_list(&mut self, cx: &mut FnCx, src: &str, key: &ast::Expr, span: Span) -> Chk<Expr> {
        let range = key.range();
        let name = |id: &str| {
            ast::Expr::Name(ast::ExprName {
                range,
                node_index: Default::default(),
                id: id.into(),
                ctx: ast::ExprContext::Load,
            })
        };
        let (target, elt) = match key {
            ast::Expr::Lambda(l) => {
                let p = l.parameters.as_deref();
                let one = p.and_then(|p| match (&p.posonlyargs[..], &p.args[..]) {
                    ([], [a]) | ([a], []) if a.default.is_none() => Some(a),
                    _ => None,
                });
                let ok = p.is_some_and(|p| {
                    p.vararg.is_none() && p.kwarg.is_none() && p.kwonlyargs.is_empty()
                });
                let (Some(a), true) = (one, ok) else {
                    return Err(
                        self.unsupported(range, "a key lambda without exactly one parameter")
                    );
                };
                (name(a.parameter.name.as_str()), (*l.body).clone())
            }
            ast::Expr::Name(f) => (
                name("$key"),
                ast::Expr::Call(ast::ExprCall {
                    range_start: range.start(),
                    node_index: Default::default(),
                    func: Box::new(ast::Expr::Name(f.clone())),
                    arguments: ast::Arguments {
                        range,
                        node_index: Default::default(),
                        args: Box::new([name("$key")]),
                        keywords: Default::default(),
                    },
                }),
            ),
            other => {
                return Err(self.unsupported(
                    other.range(),
                    "this sort key (use a function name or a lambda)",
                ))
            }
        };
        let gens = vec![ast::Comprehension {
            range,
            node_index: Default::default(),
            target,
            iter: name(src),
            ifs: Vec::new(),
            is_async: false,
        }];
        let keys = self.comprehension(cx, super::comprehension::Comp::List(&elt), &gens, span)?;
        if let Ty::List(e) = &keys.ty {
            // Tuples of orderable items order lexicographically, as the
            // runtime's list comparison does for sorting lists of tuples.
            let orderable = match &**e {
                Ty::Int
                | Ty::Float
                | Ty::Bool
                | Ty::Str
                | Ty::Bytes
                | Ty::List(_)
                | Ty::Class(_) => true,
                t @ Ty::Tuple(_) => super::tuple::order_blocker(t, t).is_none(),
                _ => false,
            };
            if !orderable {
                return Err(self.error(
                    range,
                    format!(
                        "'<' not supported between instances of '{}' and '{}'",
                        e.runtime_name(),
                        e.runtime_name()
                    ),
                ));
            }
        }
        Ok(keys)
    }

    /// A list argument; a str becomes the list of its characters, a dict
    /// the list of its keys and a tuple the list of its items.
    /// `min(xs, default=d)` / `max(...)`: `src = xs; dv = d; list = list(src);
    /// result = minmax(list) if list else dv`.
    #[allow(clippy::too_many_arguments)]
    fn minmax_default(
        &mut self,
        cx: &mut FnCx,
        (src, value): (Place, Expr),
        list: Expr,
        d: Expr,
        elem: Ty,
        is_max: RtArg,
        span: Span,
    ) -> Chk<Expr> {
        let d = self.fit(d, &elem);
        if d.ty != elem {
            return Err(self.error_hint(
                d.span,
                format!("this default is {}, the items are {elem}", d.ty),
                "pyaot needs one result type: give a default of the items' type",
            ));
        }
        let (dplace, _) = self.hidden_local(cx, elem.clone(), span);
        let (lplace, _) = self.hidden_local(cx, list.ty.clone(), span);
        let (rplace, _) = self.hidden_local(cx, elem.clone(), span);
        let (&Place::Local(did), &Place::Local(lid), &Place::Local(rid)) =
            (&dplace, &lplace, &rplace)
        else {
            return Err(Reported);
        };
        let lty = list.ty.clone();
        let stmt = |kind| Stmt { kind, span };
        let minmax = rt(
            "pyaot_list_minmax",
            vec![RtArg::Value(mk_local(lid, lty.clone(), span)), is_max],
            RtConv::FlagOutSlot,
            elem.clone(),
            span,
        );
        let nonempty = self.truthy(mk_local(lid, lty, span));
        let stmts = vec![
            stmt(StmtKind::Assign(src, value)),
            stmt(StmtKind::Assign(dplace, d)),
            stmt(StmtKind::Assign(lplace, list)),
            stmt(StmtKind::If(
                nonempty,
                vec![stmt(StmtKind::Assign(Place::Local(rid), minmax))],
                vec![stmt(StmtKind::Assign(
                    rplace,
                    mk_local(did, elem.clone(), span),
                ))],
            )),
        ];
        Ok(Expr {
            kind: ExprKind::Block(stmts, rid),
            ty: elem,
            span,
        })
    }

    /// A compiler-made local (also in module code).
    fn hidden_local(&mut self, cx: &mut FnCx, ty: Ty, span: Span) -> (Place, Expr) {
        let name = format!("$minmax{}", self.next_hidden());
        let id = cx.declare_local(&name, ty.clone());
        (Place::Local(id), mk_local(id, ty, span))
    }

    pub(super) fn as_list(&mut self, x: Expr, name: &str) -> Chk<Expr> {
        match x.ty {
            Ty::List(_) => Ok(x),
            Ty::Tuple(_) | Ty::VarTuple(_) => self.tuple_as_list(x),
            Ty::Set(_) => Ok(super::set::set_as_list(x)),
            Ty::Iter(_) | Ty::Iterable(_) | Ty::Deque(_) => Ok(super::generator::gen_to_list(x)),
            Ty::Dict(ref k, _, _) => {
                let k = (**k).clone();
                Ok(dict_keys(x, k))
            }
            Ty::Bytes => Ok(super::bytes::to_list(x)),
            Ty::Str => {
                let span = x.span;
                Ok(rt(
                    "pyaot_str_chars",
                    vec![RtArg::Value(x)],
                    RtConv::Infallible,
                    Ty::List(Box::new(Ty::Str)),
                    span,
                ))
            }
            ref other => Err(self.error(
                x.span,
                format!("unsupported {name}() of {other}: pyaot iterates lists and strings"),
            )),
        }
    }

    pub fn dict_method(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        method: &str,
        c: &ast::ExprCall,
        views_ok: bool,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let Ty::Dict(k, v, _) = recv.ty.clone() else {
            return Err(Reported);
        };
        let (k, v) = (*k, *v);
        let q = format!("dict.{method}");
        let dict_ty = recv.ty.clone();
        let d = RtArg::Value(recv);
        Ok(match method {
            "get" | "setdefault" | "pop" => {
                let required = if method == "pop" { 1 } else { 2 };
                let mut a = self.bind_method_args(cx, c, &q, &[pos("key"), pos("default")], 1)?;
                let key = self.dict_key(a.remove(0).ok_or(Reported)?, &k)?;
                let mut default = a.remove(0);
                // A class-typed value may be None: that is the default.
                if default.is_none() && required == 2 && matches!(v, Ty::Class(_)) {
                    default = Some(Expr {
                        kind: ExprKind::None,
                        ty: Ty::None,
                        span,
                    });
                }
                if default.is_none() && required == 2 {
                    return Err(self.error_hint(
                        span,
                        format!("unsupported {q}() without a default"),
                        format!("without a default, {q}() can return None or a {v}; pass a default of type {v}"),
                    ));
                }
                if default.is_none() {
                    self.note_key_error_site(&k, span);
                }
                match default {
                    None => rt("pyaot_dict_pop", vec![d, RtArg::Slot(key)], RtConv::FlagOutSlot, v, span),
                    Some(dflt) => {
                        let dflt = self.fit(dflt, &v);
                        if dflt.ty != v {
                            return Err(self.error_hint(
                                dflt.span,
                                format!("default of type {} for a {dict_ty}", dflt.ty),
                                super::stmt::mismatch_hint(&v, &dflt.ty),
                            ));
                        }
                        let f = match method {
                            "get" => "pyaot_dict_get_default",
                            "pop" => "pyaot_dict_pop_default",
                            _ => "pyaot_dict_setdefault",
                        };
                        rt(f, vec![d, RtArg::Slot(key), RtArg::Slot(dflt)], RtConv::Infallible, v, span)
                    }
                }
            }
            "update" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("other")], 1)?;
                // Any dict of the same types (a defaultdict or Counter too).
                let dict_ty = Ty::dict(k.clone(), v.clone());
                let other = self.fit(a.remove(0).ok_or(Reported)?, &dict_ty);
                if other.ty != dict_ty {
                    return Err(self.error(other.span, format!("cannot update a {dict_ty} with {}", other.ty)));
                }
                rt("pyaot_dict_update", vec![d, RtArg::Value(other)], RtConv::Infallible, Ty::None, span)
            }
            "copy" => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                rt("pyaot_dict_copy", vec![d], RtConv::Infallible, dict_ty, span)
            }
            "clear" => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                rt("pyaot_dict_clear", vec![d], RtConv::Infallible, Ty::None, span)
            }
            // Views become list snapshots only where they are consumed as
            // iterables (a for loop, list(), sorted(), sum(), ...): there a
            // snapshot behaves like the view.
            "keys" | "values" if views_ok => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                let (f, elem) = if method == "keys" { ("pyaot_dict_keys", k) } else { ("pyaot_dict_values", v) };
                rt(f, vec![d], RtConv::Infallible, Ty::List(Box::new(elem)), span)
            }
            "items" if views_ok => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                let item = Ty::Tuple(vec![k, v]);
                rt(
                    "pyaot_dict_items",
                    vec![d, RtArg::TupleCodes(item.clone())],
                    RtConv::Infallible,
                    Ty::List(Box::new(item)),
                    span,
                )
            }
            "keys" | "values" | "items" => {
                return Err(self.error_hint(
                    span,
                    format!("unsupported use of {q}(): dict views are supported where they are iterated"),
                    "use it in a for loop, or in list(), sorted(), sum(), min(), max(), any(), all() or len()",
                ))
            }
            // Counter's own methods, on a plain dict: CPython's
            // AttributeError, at compile time.
            other @ ("most_common" | "elements" | "total" | "subtract") => {
                let owner = match dict_ty.dict_kind() {
                    Some(crate::types::DictKind::Default) => "collections.defaultdict",
                    _ => "dict",
                };
                return Err(self.error(
                    span,
                    format!("'{owner}' object has no attribute '{other}'"),
                ))
            }
            other => {
                return Err(self.error_hint(
                    span,
                    format!("unsupported method: dict.{other}()"),
                    "see the README for the supported dict methods",
                ))
            }
        })
    }

    /// `for k, v in d.items()`: the key and value snapshots of `d` (a name,
    /// so that evaluating it twice is harmless). None for other iterables
    /// (`f().items()` is iterated as the list of its item tuples).
    pub fn dict_items(&mut self, cx: &mut FnCx, iter: &ast::Expr) -> Chk<Option<Vec<Expr>>> {
        let ast::Expr::Call(c) = iter else {
            return Ok(None);
        };
        let ast::Expr::Attribute(a) = &*c.func else {
            return Ok(None);
        };
        if a.attr.as_str() != "items" || !c.arguments.args.is_empty() {
            return Ok(None);
        }
        if !matches!(&*a.value, ast::Expr::Name(_)) {
            // Evaluated once, as the list of its items.
            return Ok(None);
        }
        let d = self.expr(cx, &a.value)?;
        let Ty::Dict(k, v, _) = d.ty.clone() else {
            return Ok(None);
        };
        let span: Span = c.range().into();
        let d2 = self.expr(cx, &a.value)?;
        Ok(Some(vec![
            rt(
                "pyaot_dict_keys",
                vec![RtArg::Value(d)],
                RtConv::Infallible,
                Ty::List(k),
                span,
            ),
            rt(
                "pyaot_dict_values",
                vec![RtArg::Value(d2)],
                RtConv::Infallible,
                Ty::List(v),
                span,
            ),
        ]))
    }

    /// `ord(s)` and `chr(i)`.
    pub fn ord_chr(&mut self, cx: &mut FnCx, name: &str, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        let mut a = self.bind_method_args(cx, c, name, &[pos("x")], 1)?;
        let x = a.remove(0).ok_or(Reported)?;
        if name == "ord" {
            if x.ty != Ty::Str {
                return Err(self.error(
                    x.span,
                    format!(
                        "ord() expected string of length 1, but {} found",
                        x.ty.runtime_name()
                    ),
                ));
            }
            Ok(rt(
                "pyaot_str_ord",
                vec![RtArg::Value(x)],
                RtConv::FlagOut,
                Ty::Int,
                span,
            ))
        } else {
            let x = self.want(x, &Ty::Int, "chr() argument")?;
            Ok(rt(
                "pyaot_str_chr",
                vec![RtArg::Value(x)],
                RtConv::NullOnError,
                Ty::Str,
                span,
            ))
        }
    }
}

fn mk_local(id: crate::hir::LocalId, ty: Ty, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Local { id, checked: false },
        ty,
        span,
    }
}
