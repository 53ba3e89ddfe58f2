//! The builtin `hash(x)`.
//!
//! Ints, bools, floats and tuples of them hash to CPython's values (the
//! runtime's `py_hash`, which also orders sets). Strings and bytes hash
//! deterministically but not to CPython's values: CPython randomises them
//! per process (`PYTHONHASHSEED`), so no program can print them
//! reproducibly; `hash(None)` and an instance's default hash are address
//! based in CPython 3.11 and differ run to run there too. An instance of
//! a class with `__hash__` calls it (a result of -1 becomes -2, as in
//! CPython); a class that defines `__eq__` without `__hash__` is
//! unhashable, as are lists, dicts and sets (CPython's TypeError, at
//! compile time).

use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Expr, ExprKind, RtArg, RtConv};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast::{self as ast};
use ruff_text_size::Ranged;

impl<'a> Checker<'a> {
    /// `hash(x)`.
    pub(super) fn hash_call(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        let x = self.one_arg(cx, c, "hash")?;
        if let Some(k) = x.ty.class() {
            if self.has_method(k, "__hash__") {
                let h = self
                    .dunder_call(cx, x, "__hash__", Vec::new(), false, span)?
                    .ok_or(Reported)?;
                if h.ty != Ty::Int {
                    return Err(self.error(span, "__hash__ method should return an integer"));
                }
                return Ok(self.hash_rt(h, span));
            }
            if self.has_method(k, "__eq__") {
                return Err(self.unhashable(&x.ty, span));
            }
        }
        if let Some(bad) = unhashable_part(&x.ty) {
            return Err(self.unhashable(&bad, span));
        }
        Ok(self.hash_rt(x, span))
    }

    /// `pyaot_hash` of a hashable value.
    fn hash_rt(&mut self, x: Expr, span: Span) -> Expr {
        let ty = x.ty.clone();
        Expr {
            kind: ExprKind::RtCall {
                func: "pyaot_hash",
                args: vec![RtArg::ElemKind(ty), RtArg::Slot(x)],
                conv: RtConv::Infallible,
            },
            ty: Ty::Int,
            span,
        }
    }

    fn unhashable(&mut self, ty: &Ty, span: Span) -> Reported {
        self.error_hint(
            span,
            format!("unhashable type: '{}'", ty.runtime_name()),
            "only immutable values hash: convert a list to a tuple (tuple(xs)) first",
        )
    }
}

/// The first part of `ty` that CPython cannot hash (or that pyaot hashes
/// differently: instances inside tuples).
fn unhashable_part(ty: &Ty) -> Option<Ty> {
    match ty {
        Ty::Int | Ty::Bool | Ty::Float | Ty::Str | Ty::Bytes | Ty::None | Ty::Class(_) => None,
        Ty::Tuple(items) => items.iter().find_map(|t| match t {
            Ty::Class(_) => Some(t.clone()),
            _ => unhashable_part(t),
        }),
        other => Some(other.clone()),
    }
}
