//! `with` statements and the values `__exit__` receives.
//!
//! `with m as x: body` is lowered to HIR the checker already has, following
//! CPython's own expansion (PEP 343):
//!
//! ```text
//! $m = m
//! x = $m.__enter__()
//! $ok = True
//! try:
//!     body
//! except BaseException as $e:
//!     $ok = False
//!     if not $m.__exit__(type($e), $e, $e.__traceback__):
//!         raise
//! finally:
//!     if $ok:
//!         $m.__exit__(None, None, None)
//! ```
//!
//! so `return`/`break`/`continue` out of the body run `__exit__` (the
//! `finally`), an exception raised by `__exit__` replaces the one it was
//! given, and a true result suppresses it. Several items nest, left
//! first. An `__exit__` annotated `-> None` never suppresses, so its
//! handler always re-raises and flow analysis sees through the statement.
//!
//! Classes are not values in pyaot, so `exc_type` (`Ty::ExcType`) and
//! `traceback` (`Ty::Traceback`) are the exception object itself (NULL for
//! None), retyped; the checker allows only what that answers exactly:
//! `exc_type is None`, `exc_type is ValueError` (the exact class),
//! `exc_type.__name__`, printing it (`<class 'ValueError'>`), and
//! `traceback is None`.

use super::scope::{assigned_names, meet};
use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{self, Block, Conv, ExcKind, Expr, ExprKind, RtArg, RtConv, Stmt, StmtKind};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

/// The accepted annotations of `__exit__`'s parameters after `self`
/// (whitespace removed), in order; unannotated parameters are accepted too.
const EXIT_PARAMS: [(&str, &[&str]); 3] = [
    (
        "exc_type",
        &[
            "Optional[type[BaseException]]",
            "type[BaseException]|None",
            "None|type[BaseException]",
        ],
    ),
    (
        "exc_value",
        &[
            "Optional[BaseException]",
            "BaseException|None",
            "None|BaseException",
        ],
    ),
    ("traceback", &["object"]),
];

const EXIT_HINT: &str = "write `def __exit__(self, exc_type: Optional[type[BaseException]], \
    exc_value: Optional[BaseException], traceback: object) -> bool` (or leave the three \
    parameters unannotated); return None or a bool";

fn mk(kind: ExprKind, ty: Ty, span: Span) -> Expr {
    Expr { kind, ty, span }
}

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

impl<'a> Checker<'a> {
    /// `__exit__` takes `self` and exactly three more positional parameters.
    pub(super) fn check_exit_arity(&mut self, def: &ast::StmtFunctionDef) -> Chk<()> {
        let p = &def.parameters;
        if p.posonlyargs.len() + p.args.len() != 4 {
            return Err(self.error_hint(
                def.name.range,
                "unsupported signature for __exit__",
                EXIT_HINT,
            ));
        }
        Ok(())
    }

    /// The type of `__exit__`'s parameter `index` (1 to 3).
    pub(super) fn exit_param(&mut self, index: usize, pw: &ast::ParameterWithDefault) -> Chk<Ty> {
        let ty = match index {
            1 => Ty::ExcType,
            2 => Ty::Optional(Box::new(Ty::Exc)),
            _ => Ty::Traceback,
        };
        if let Some(d) = &pw.default {
            return Err(self.error_hint(
                d.range(),
                "unsupported default value for a parameter of __exit__",
                EXIT_HINT,
            ));
        }
        let Some(ann) = &pw.parameter.annotation else {
            return Ok(ty);
        };
        let r = ann.range();
        let text: String = self.file.text[r.start().to_usize()..r.end().to_usize()]
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '"' && *c != '\'')
            .collect();
        let (what, accepted) = EXIT_PARAMS[index - 1];
        if !accepted.contains(&text.as_str()) {
            return Err(self.error_hint(
                r,
                format!("unsupported annotation for the {what} parameter of __exit__"),
                format!("annotate it `{}` or leave it unannotated", accepted[0]),
            ));
        }
        Ok(ty)
    }

    /// `with a as x, b as y: body`.
    pub(super) fn with_stmt(&mut self, cx: &mut FnCx, w: &ast::StmtWith) -> Chk<StmtKind> {
        if w.is_async {
            return Err(self.unsupported(w.range, "async with"));
        }
        self.with_items(cx, &w.items, &w.body)
    }

    fn with_items(
        &mut self,
        cx: &mut FnCx,
        items: &[ast::WithItem],
        body: &[ast::Stmt],
    ) -> Chk<StmtKind> {
        let Some((item, rest)) = items.split_first() else {
            return Ok(StmtKind::Seq(self.block(cx, body)));
        };
        let span: Span = item.range.into();
        let mgr = self.expr(cx, &item.context_expr)?;
        let supported = match &mgr.ty {
            Ty::Class(c) => self.has_method(c.id, "__enter__") && self.has_method(c.id, "__exit__"),
            _ => false,
        };
        if !supported {
            let what = mgr.ty.runtime_name().to_string();
            return Err(self.error_hint(
                item.context_expr.range(),
                format!("'{what}' object does not support the context manager protocol"),
                "a context manager is an instance of a class defining __enter__ and __exit__",
            ));
        }
        let mut out = Vec::new();
        let m = self.new_hidden(cx, mgr.ty.clone(), span)?;
        out.push(stmt(StmtKind::Assign(m.place(), mgr), span));
        let enter = self
            .dunder_call(cx, m.read(), "__enter__", Vec::new(), false, span)?
            .ok_or(Reported)?;
        match &item.optional_vars {
            Some(target) => {
                let ty = enter.ty.clone();
                let place = self.store_target(cx, target, &ty, None)?;
                out.push(stmt(StmtKind::Assign(place, enter), span));
            }
            None => out.push(stmt(StmtKind::Expr(enter), span)),
        }
        let ok = self.new_hidden(cx, Ty::Bool, span)?;
        out.push(stmt(
            StmtKind::Assign(ok.place(), mk(ExprKind::Bool(true), Ty::Bool, span)),
            span,
        ));

        // The body may stop anywhere; what it narrows or assigns is not
        // certain in the handler, nor after it when `__exit__` suppresses.
        let touched = assigned_names(body);
        cx.forget_narrowing(&touched);
        let before = cx.assigned.clone();
        let inner = if rest.is_empty() {
            self.block(cx, body)
        } else {
            let kind = self.with_items(cx, rest, body)?;
            vec![stmt(kind, span)]
        };
        let after_body = cx.assigned.take();
        cx.assigned = before.clone();

        let e = self.new_hidden(cx, Ty::Exc, span)?;
        let exc_args = vec![
            mk(
                ExprKind::Conv(Conv::Upcast, Box::new(e.read())),
                Ty::ExcType,
                span,
            ),
            mk(
                ExprKind::Conv(Conv::Wrap, Box::new(e.read())),
                Ty::Optional(Box::new(Ty::Exc)),
                span,
            ),
            mk(
                ExprKind::Conv(Conv::Upcast, Box::new(e.read())),
                Ty::Traceback,
                span,
            ),
        ];
        let exit = self
            .dunder_call(cx, m.read(), "__exit__", exc_args, false, span)?
            .ok_or(Reported)?;
        let mut handler = vec![stmt(
            StmtKind::Assign(ok.place(), mk(ExprKind::Bool(false), Ty::Bool, span)),
            span,
        )];
        let suppresses = match &exit.ty {
            Ty::None => false,
            Ty::Bool => true,
            Ty::Optional(t) if **t == Ty::Bool => true,
            other => {
                let other = other.clone();
                return Err(self.error_hint(
                    span,
                    format!("unsupported __exit__ result of type {other}"),
                    "return a bool (True suppresses the exception) or None",
                ));
            }
        };
        if suppresses {
            let keep = self.truthy(exit);
            let not = mk(ExprKind::Not(Box::new(keep)), Ty::Bool, span);
            handler.push(stmt(
                StmtKind::If(not, vec![stmt(StmtKind::Reraise, span)], Vec::new()),
                span,
            ));
        } else {
            handler.push(stmt(StmtKind::Expr(exit), span));
            handler.push(stmt(StmtKind::Reraise, span));
        }

        let none = |ty: Ty| {
            mk(
                ExprKind::Conv(
                    Conv::NoneToOptional,
                    Box::new(mk(ExprKind::None, Ty::None, span)),
                ),
                ty,
                span,
            )
        };
        let clean_args = vec![
            none(Ty::ExcType),
            none(Ty::Optional(Box::new(Ty::Exc))),
            none(Ty::Traceback),
        ];
        let clean_exit = self
            .dunder_call(cx, m.read(), "__exit__", clean_args, false, span)?
            .ok_or(Reported)?;
        let finally: Block = vec![stmt(
            StmtKind::If(
                ok.read(),
                vec![stmt(StmtKind::Expr(clean_exit), span)],
                Vec::new(),
            ),
            span,
        )];
        out.push(stmt(
            StmtKind::Try {
                body: inner,
                handlers: vec![hir::Handler {
                    kinds: vec![ExcKind::BaseException],
                    classes: Vec::new(),
                    bind: Some(e.place()),
                    body: handler,
                    span,
                }],
                orelse: Vec::new(),
                finally,
            },
            span,
        ));
        // Afterwards: the body ran to its end, or (when `__exit__` may
        // suppress) stopped anywhere and the statement completed anyway.
        cx.assigned = if suppresses {
            meet(after_body, before)
        } else {
            after_body
        };
        if suppresses {
            cx.forget_narrowing(&touched);
        }
        Ok(StmtKind::Seq(out))
    }

    /// `exc_type is C` / `exc_type is not C` for a built-in or user
    /// exception class `C`: the exact class, as CPython's `type(e) is C`.
    /// None when `c` is not such a comparison.
    pub(super) fn exc_type_is(&mut self, cx: &mut FnCx, c: &ast::ExprCompare) -> Chk<Option<Expr>> {
        let ([op], [ast::Expr::Name(n)]) = (&c.ops[..], &c.comparators[..]) else {
            return Ok(None);
        };
        let negated = match op {
            ast::CmpOp::Is | ast::CmpOp::Eq => false,
            ast::CmpOp::IsNot | ast::CmpOp::NotEq => true,
            _ => return Ok(None),
        };
        if self.shadowed_by_var(cx, n.id.as_str()) {
            return Ok(None);
        }
        let class = self.exception_class_ref(cx, n)?;
        let kind = match class {
            Some(_) => None,
            None => match ExcKind::from_name(n.id.as_str()) {
                Some(k) => Some(k),
                None => return Ok(None),
            },
        };
        let span: Span = c.range.into();
        let v = self.expr(cx, &c.left)?;
        if v.ty != Ty::ExcType {
            return Err(self.error_hint(
                span,
                format!("unsupported comparison of {} with the class {}", v.ty, n.id),
                "classes are not values in pyaot; compare the exc_type of __exit__ with a class, or use isinstance()",
            ));
        }
        let test = mk(
            ExprKind::RtCall {
                func: "pyaot_exc_type_is",
                args: vec![
                    RtArg::Value(v),
                    RtArg::Int(kind.map_or(0, |k| k as i64)),
                    RtArg::ClassDesc(class),
                ],
                conv: RtConv::Infallible,
            },
            Ty::Bool,
            span,
        );
        Ok(Some(if negated {
            mk(ExprKind::Not(Box::new(test)), Ty::Bool, span)
        } else {
            test
        }))
    }

    /// A read of `__exit__`'s traceback other than a test against None.
    pub(super) fn traceback_use(&mut self, span: Span) -> Reported {
        self.error_hint(
            span,
            "unsupported use of the traceback argument of __exit__",
            "pyaot has no traceback objects: compare it with None (`traceback is None`) or ignore it",
        )
    }

    /// `exc_type.__name__`; None for other attributes.
    pub(super) fn exc_type_attr(&mut self, obj: Expr, attr: &str, span: Span) -> Chk<Expr> {
        if obj.ty != Ty::ExcType || attr != "__name__" {
            let ty = obj.ty.clone();
            return Err(self.error_hint(
                span,
                format!("unsupported attribute '{attr}' of {ty}"),
                "pyaot supports `exc_type.__name__`, `exc_type is None`, `exc_type is SomeError` and comparing traceback with None",
            ));
        }
        Ok(mk(
            ExprKind::RtCall {
                func: "pyaot_exc_type_name",
                args: vec![RtArg::Value(obj)],
                conv: RtConv::NullOnError,
            },
            Ty::Str,
            span,
        ))
    }
}
