//! `bytes`: its operators, the `bytes(...)` constructor, `bytes.fromhex`,
//! the methods, and `str.encode`, each as a call of a runtime function
//! (`runtime/src/bytes_obj.rs`, `bytes_ops.rs`).
//!
//! Where CPython takes "a bytes-like object or an int" (`count`, `find`,
//! `index`, `in`), an int operand becomes a one-byte object first
//! (`pyaot_bytes_from_byte`, which raises CPython's ValueError for values
//! outside 0..256). What pyaot does not implement about bytes (bytearray,
//! memoryview, `%` formatting, the other methods) is a compile error with a
//! hint.

use super::methods::{kw, pos, rt};
use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Expr, ExprKind, RtArg, RtConv};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

/// `list(b)`: the byte values as a `list[int]` (also how `for` iterates).
pub fn to_list(b: Expr) -> Expr {
    let span = b.span;
    rt(
        "pyaot_bytes_to_list",
        vec![RtArg::Value(b)],
        RtConv::Infallible,
        Ty::List(Box::new(Ty::Int)),
        span,
    )
}

/// The hint for a bytes feature pyaot leaves out.
const UNSUPPORTED_HINT: &str = "pyaot supports immutable bytes: literals, bytes(n), \
    bytes(list[int]), str.encode(), indexing, slicing, + and *, comparisons, `in`, \
    iteration and the methods listed in the README";

impl Checker<'_> {
    /// `l op r` where one operand is bytes.
    pub(super) fn bytes_binary(
        &mut self,
        op: ast::Operator,
        l: Expr,
        r: Expr,
        span: Span,
    ) -> Chk<Expr> {
        use ast::Operator as O;
        match (op, &l.ty, &r.ty) {
            (O::Add, Ty::Bytes, Ty::Bytes) => Ok(rt(
                "pyaot_bytes_concat",
                vec![RtArg::Value(l), RtArg::Value(r)],
                RtConv::Infallible,
                Ty::Bytes,
                span,
            )),
            (O::Add, Ty::Bytes, other) => Err(self.error(
                span,
                format!("can't concat {} to bytes", other.runtime_name()),
            )),
            (O::Mult, Ty::Bytes, Ty::Int | Ty::Bool) => {
                let n = self.coerce_to_int(r);
                Ok(self.bytes_repeat(l, n, span))
            }
            (O::Mult, Ty::Int | Ty::Bool, Ty::Bytes) => {
                let n = self.coerce_to_int(l);
                Ok(self.bytes_repeat(r, n, span))
            }
            (O::Mod, Ty::Bytes, _) => Err(self.error_hint(
                span,
                "unsupported syntax: printf-style '%' formatting of bytes",
                "build the text with an f-string and encode it: f\"...\".encode()",
            )),
            (_, l_ty, r_ty) => Err(self.error(
                span,
                format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op.as_str(),
                    l_ty.runtime_name(),
                    r_ty.runtime_name()
                ),
            )),
        }
    }

    fn bytes_repeat(&mut self, b: Expr, n: Expr, span: Span) -> Expr {
        rt(
            "pyaot_bytes_repeat",
            vec![RtArg::Value(b), RtArg::Value(n)],
            RtConv::Infallible,
            Ty::Bytes,
            span,
        )
    }

    /// `b[i]`: an int.
    pub(super) fn bytes_index(&mut self, b: Expr, index: Expr, span: Span) -> Chk<Expr> {
        let index = self.index_int(index)?;
        Ok(rt(
            "pyaot_bytes_getitem",
            vec![RtArg::Value(b), RtArg::Value(index)],
            RtConv::FlagOut,
            Ty::Int,
            span,
        ))
    }

    /// `b[lower:upper:step]` (bounds already int-typed, absent as None).
    pub(super) fn bytes_slice(
        &mut self,
        b: Expr,
        bounds: [Option<Box<Expr>>; 3],
        span: Span,
    ) -> Expr {
        let [lower, upper, step] = bounds;
        let bound = |x: Option<Box<Expr>>| match x {
            Some(x) => [RtArg::Value(*x), RtArg::Flag(true)],
            None => [RtArg::Int(0), RtArg::Flag(false)],
        };
        let [lo, has_lo] = bound(lower);
        let [hi, has_hi] = bound(upper);
        let st = match step {
            Some(x) => RtArg::Value(*x),
            None => RtArg::Int(1),
        };
        rt(
            "pyaot_bytes_slice",
            vec![RtArg::Value(b), lo, hi, st, has_lo, has_hi],
            RtConv::NullOnError,
            Ty::Bytes,
            span,
        )
    }

    /// A "bytes-like object or int" argument as bytes: an int becomes the
    /// one-byte object (ValueError outside 0..256 at run time).
    fn byte_or_bytes(&mut self, e: Expr) -> Chk<Expr> {
        match e.ty {
            Ty::Bytes => Ok(e),
            Ty::Int | Ty::Bool => {
                let e = self.coerce_to_int(e);
                let span = e.span;
                Ok(rt(
                    "pyaot_bytes_from_byte",
                    vec![RtArg::Value(e)],
                    RtConv::NullOnError,
                    Ty::Bytes,
                    span,
                ))
            }
            ref other => Err(self.error(
                e.span,
                format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    other.runtime_name()
                ),
            )),
        }
    }

    /// A bytes argument (`what` names it in the message, as CPython).
    fn want_bytes(&mut self, e: Expr, what: &str) -> Chk<Expr> {
        if e.ty == Ty::Bytes {
            return Ok(e);
        }
        Err(self.error_hint(
            e.span,
            format!(
                "{what}a bytes-like object is required, not '{}'",
                e.ty.runtime_name()
            ),
            "write a bytes literal (b\"...\") or encode the str: s.encode()",
        ))
    }

    /// An optional bytes argument where None means "absent" (NULL).
    fn opt_bytes(&mut self, e: Option<Expr>) -> Chk<RtArg> {
        match e {
            None => Ok(RtArg::Null),
            Some(e) if e.ty == Ty::None => Ok(RtArg::Null),
            Some(e) => Ok(RtArg::Value(self.want_bytes(e, "")?)),
        }
    }

    /// An `encoding` argument: None (UTF-8) or a str, checked by the
    /// runtime (LookupError for an unknown name); `errors=` is refused.
    fn encoding_arg(&mut self, cx: &mut FnCx, c: &ast::ExprCall, q: &str) -> Chk<RtArg> {
        let mut a = self.bind_method_args(cx, c, q, &[kw("encoding"), kw("errors")], 0)?;
        if let Some(e) = a.remove(1) {
            return Err(self.error_hint(
                e.span,
                format!("unsupported argument: {q}(errors=...)"),
                "pyaot's codecs are strict: catch UnicodeError instead of choosing an error handler",
            ));
        }
        match a.remove(0) {
            None => Ok(RtArg::Null),
            Some(e) => Ok(RtArg::Value(self.want(
                e,
                &Ty::Str,
                &format!("{q}() argument 'encoding'"),
            )?)),
        }
    }

    /// `s.encode(encoding)`.
    pub(super) fn str_encode(&mut self, cx: &mut FnCx, recv: Expr, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        let enc = self.encoding_arg(cx, c, "str.encode")?;
        Ok(rt(
            "pyaot_str_encode",
            vec![RtArg::Value(recv), enc],
            RtConv::NullOnError,
            Ty::Bytes,
            span,
        ))
    }

    /// `bytes()`, `bytes(n)`, `bytes(list[int])`, `bytes(b)`,
    /// `bytes(s, encoding)`.
    pub(super) fn bytes_call(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        let mut a = self.bind_method_args(
            cx,
            c,
            "bytes",
            &[kw("source"), kw("encoding"), kw("errors")],
            0,
        )?;
        let (source, encoding, errors) = (a.remove(0), a.remove(0), a.remove(0));
        if let Some(e) = errors {
            return Err(self.error_hint(
                e.span,
                "unsupported argument: bytes(errors=...)",
                "pyaot's codecs are strict: catch UnicodeError instead of choosing an error handler",
            ));
        }
        let Some(source) = source else {
            if let Some(e) = encoding {
                return Err(self.error(e.span, "encoding without a string argument"));
            }
            return Ok(Expr {
                kind: ExprKind::Bytes(Vec::new()),
                ty: Ty::Bytes,
                span,
            });
        };
        if let Some(enc) = encoding {
            if source.ty != Ty::Str {
                return Err(self.error(source.span, "encoding without a string argument"));
            }
            let enc = self.want(enc, &Ty::Str, "bytes() argument 'encoding'")?;
            return Ok(rt(
                "pyaot_str_encode",
                vec![RtArg::Value(source), RtArg::Value(enc)],
                RtConv::NullOnError,
                Ty::Bytes,
                span,
            ));
        }
        let source = match source.ty {
            Ty::Tuple(_) => self.tuple_as_list(source)?,
            _ => self.fit(source, &Ty::List(Box::new(Ty::Int))),
        };
        match &source.ty {
            Ty::Bytes => Ok(source),
            Ty::Int | Ty::Bool => {
                let n = self.coerce_to_int(source);
                Ok(rt(
                    "pyaot_bytes_zeroed",
                    vec![RtArg::Value(n)],
                    RtConv::NullOnError,
                    Ty::Bytes,
                    span,
                ))
            }
            Ty::List(e) if matches!(**e, Ty::Int | Ty::Bool) => Ok(rt(
                "pyaot_bytes_from_list",
                vec![RtArg::Value(source)],
                RtConv::NullOnError,
                Ty::Bytes,
                span,
            )),
            Ty::Str => Err(self.error_hint(
                source.span,
                "string argument without an encoding",
                "pass an encoding (bytes(s, \"utf-8\")) or write s.encode()",
            )),
            other => Err(self.error(
                source.span,
                format!("cannot convert '{}' object to bytes", other.runtime_name()),
            )),
        }
    }

    /// `bytes.name(...)`: `fromhex` and friends called on the type.
    pub(super) fn bytes_static_call(
        &mut self,
        cx: &mut FnCx,
        name: &str,
        c: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        if name != "fromhex" {
            return Err(self.error_hint(
                span,
                format!("unsupported method: bytes.{name}()"),
                UNSUPPORTED_HINT,
            ));
        }
        let mut a = self.bind_method_args(cx, c, "fromhex", &[pos("string")], 1)?;
        let s = self.want(a.remove(0).ok_or(Reported)?, &Ty::Str, "fromhex() argument")?;
        Ok(rt(
            "pyaot_bytes_fromhex",
            vec![RtArg::Value(s)],
            RtConv::NullOnError,
            Ty::Bytes,
            span,
        ))
    }

    /// `b.method(...)`.
    pub(super) fn bytes_method(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        method: &str,
        c: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = c.range().into();
        let q = format!("bytes.{method}");
        let unary = |f: &'static str, ty: Ty, recv: Expr| {
            rt(f, vec![RtArg::Value(recv)], RtConv::Infallible, ty, span)
        };
        match method {
            "upper" | "lower" | "isdigit" | "isalpha" | "hex" => {
                self.bind_method_args(cx, c, &q, &[], 0)?;
                Ok(match method {
                    "upper" => unary("pyaot_bytes_upper", Ty::Bytes, recv),
                    "lower" => unary("pyaot_bytes_lower", Ty::Bytes, recv),
                    "isdigit" => unary("pyaot_bytes_isdigit", Ty::Bool, recv),
                    "isalpha" => unary("pyaot_bytes_isalpha", Ty::Bool, recv),
                    _ => unary("pyaot_bytes_hex", Ty::Str, recv),
                })
            }
            "decode" => {
                let enc = self.encoding_arg(cx, c, &q)?;
                Ok(rt(
                    "pyaot_bytes_decode",
                    vec![RtArg::Value(recv), enc],
                    RtConv::NullOnError,
                    Ty::Str,
                    span,
                ))
            }
            "strip" | "lstrip" | "rstrip" => {
                let mut a = self.bind_method_args(cx, c, &q, &[pos("bytes")], 0)?;
                let chars = self.opt_bytes(a.remove(0))?;
                let f = match method {
                    "strip" => "pyaot_bytes_strip",
                    "lstrip" => "pyaot_bytes_lstrip",
                    _ => "pyaot_bytes_rstrip",
                };
                Ok(rt(
                    f,
                    vec![RtArg::Value(recv), chars],
                    RtConv::Infallible,
                    Ty::Bytes,
                    span,
                ))
            }
            "split" => {
                let mut a = self.bind_method_args(cx, c, &q, &[kw("sep"), kw("maxsplit")], 0)?;
                let sep = self.opt_bytes(a.remove(0))?;
                let max = match a.remove(0) {
                    Some(m) => RtArg::Value(self.want(m, &Ty::Int, "maxsplit")?),
                    None => RtArg::Int(-1),
                };
                Ok(rt(
                    "pyaot_bytes_split",
                    vec![RtArg::Value(recv), sep, max],
                    RtConv::NullOnError,
                    Ty::List(Box::new(Ty::Bytes)),
                    span,
                ))
            }
            "join" => {
                self.genexp_ok = true;
                let a = self.bind_method_args(cx, c, &q, &[pos("iterable_of_bytes")], 1);
                self.genexp_ok = false;
                let items = a?.remove(0).ok_or(Reported)?;
                let items = match items.ty {
                    Ty::Tuple(_) => self.tuple_as_list(items)?,
                    _ => items,
                };
                let want = Ty::List(Box::new(Ty::Bytes));
                let items = self.fit(items, &want);
                if items.ty != want {
                    return Err(self.error_hint(
                        items.span,
                        format!("bytes.join() needs a list[bytes], not {}", items.ty),
                        "encode str items first: s.encode()",
                    ));
                }
                Ok(rt(
                    "pyaot_bytes_join",
                    vec![RtArg::Value(recv), RtArg::Value(items)],
                    RtConv::Infallible,
                    Ty::Bytes,
                    span,
                ))
            }
            "replace" => {
                let mut a =
                    self.bind_method_args(cx, c, &q, &[pos("old"), pos("new"), pos("count")], 2)?;
                let old = self.want_bytes(a.remove(0).ok_or(Reported)?, "")?;
                let new = self.want_bytes(a.remove(0).ok_or(Reported)?, "")?;
                let count = match a.remove(0) {
                    Some(n) => RtArg::Value(self.want(n, &Ty::Int, "count")?),
                    None => RtArg::Int(-1),
                };
                Ok(rt(
                    "pyaot_bytes_replace",
                    vec![
                        RtArg::Value(recv),
                        RtArg::Value(old),
                        RtArg::Value(new),
                        count,
                    ],
                    RtConv::Infallible,
                    Ty::Bytes,
                    span,
                ))
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                let mut a =
                    self.bind_method_args(cx, c, &q, &[pos("sub"), pos("start"), pos("end")], 1)?;
                let sub = self.byte_or_bytes(a.remove(0).ok_or(Reported)?)?;
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
                    "find" => ("pyaot_bytes_find", RtConv::Infallible),
                    "rfind" => ("pyaot_bytes_rfind", RtConv::Infallible),
                    "count" => ("pyaot_bytes_count", RtConv::Infallible),
                    "index" => ("pyaot_bytes_index", RtConv::FlagOut),
                    _ => ("pyaot_bytes_rindex", RtConv::FlagOut),
                };
                Ok(rt(f, args, conv, Ty::Int, span))
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
                let any =
                    matches!(&p.ty, Ty::Tuple(items) if items.iter().all(|t| *t == Ty::Bytes));
                if p.ty != Ty::Bytes && !any {
                    return Err(self.error_hint(
                        p.span,
                        format!(
                            "{method} first arg must be bytes or a tuple of bytes, not {}",
                            p.ty.runtime_name()
                        ),
                        "pass a bytes value or a tuple of bytes",
                    ));
                }
                let [start, has_start] = self.opt_bound(a.remove(0), "slice index")?;
                let [end, has_end] = self.opt_bound(a.remove(0), "slice index")?;
                Ok(rt(
                    "pyaot_bytes_affix",
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
                ))
            }
            other => Err(self.error_hint(
                span,
                format!("unsupported method: bytes.{other}()"),
                UNSUPPORTED_HINT,
            )),
        }
    }

    /// `bytearray(...)`, `memoryview(...)`: not implemented.
    pub(super) fn mutable_bytes_call(&mut self, name: &str, span: Span) -> Reported {
        self.error_hint(
            span,
            format!("unsupported builtin: {name}()"),
            "pyaot has immutable bytes only: build a list[int] and convert it with bytes(...)",
        )
    }
}
