//! Lazy generator expressions.
//!
//! `(f(x) for x in xs if p(x))` is, as in CPython, a hidden nested
//! generator function `<genexpr>` called at once: its first iterable is
//! evaluated where the expression stands and passed in as the argument
//! (a `range`'s bounds as three ints, so `range(10**12)` is never built),
//! everything else it reads is captured like a closure's variables (see
//! `closure.rs`), and its body is the comprehension's loops with `yield
//! f(x)` innermost (`Comp::Yield`). The value is a generator object,
//! `Iterator[T]`, that may be stored, passed, returned and consumed
//! lazily (`next`, `for`, `any`/`all` stopping early).
//!
//! The one exception is a generator expression that is the first argument
//! of a builtin that reads it whole before anything else can observe the
//! order (`sum`, `min`, `max`, `sorted`, `list`,
//! `str.join`): it stays the eager list comprehension it always was,
//! which is faster and prints the same. [`eager_consumer`] decides that
//! from the syntax, so the capture analysis (`closure::Uses`) and the
//! checker agree on which generator expressions capture variables.

use super::closure::{Nested, NestedBody, Uses};
use super::comprehension::Source;
use super::{Checker, Chk, FnCx, Param};
use crate::hir::{Expr, ExprKind};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast::visitor::Visitor;
use ruff_python_ast::{self as ast};
use ruff_text_size::Ranged;

/// Whether `c` is a call whose first argument, if it is a generator
/// expression, is consumed whole as a list (the checker's `genexp_ok`).
pub fn eager_consumer(c: &ast::ExprCall) -> bool {
    let Some(ast::Expr::Generator(_)) = c.arguments.args.first() else {
        return false;
    };
    match &*c.func {
        ast::Expr::Name(n) => matches!(n.id.as_str(), "sum" | "sorted" | "list" | "min" | "max"),
        ast::Expr::Attribute(a) => a.attr.as_str() == "join",
        _ => false,
    }
}

/// What the generator function of `g` reads and binds: everything but its
/// first iterable, which is evaluated outside it.
pub fn genexp_uses(g: &ast::ExprGenerator) -> Uses {
    let mut u = Uses::default();
    for (i, clause) in g.generators.iter().enumerate() {
        u.visit_expr(&clause.target);
        if i > 0 {
            u.visit_expr(&clause.iter);
        }
        for cond in &clause.ifs {
            u.visit_expr(cond);
        }
    }
    u.visit_expr(&g.elt);
    u
}

impl<'a> Checker<'a> {
    /// A generator expression as a value: a call of its hidden generator
    /// function with the first iterable.
    pub(super) fn genexp(
        &mut self,
        cx: &mut FnCx,
        g: &ast::ExprGenerator,
        span: Span,
    ) -> Chk<Expr> {
        let first = g.generators.first().ok_or(super::Reported)?;
        if first.is_async {
            return Err(self.unsupported(first.range, "async comprehensions"));
        }
        let range_call = match &first.iter {
            ast::Expr::Call(c) if self.is_builtin_name(cx, &c.func, "range") => Some(c),
            _ => None,
        };
        let iter_span: Span = first.iter.range().into();
        let param = |name: &str, ty: Ty| Param {
            name: name.to_string(),
            ty,
            default: None,
            span: iter_span,
            kind: crate::hir::ParamKind::Positional,
        };
        let (args, params, source) = match range_call {
            Some(c) => {
                let (start, stop, step) = self.range_args(cx, c)?;
                // range() checks its step when it is called, before the
                // generator runs; only a constant step is known nonzero.
                if !matches!(step.kind, ExprKind::Int(n) if n != 0) {
                    return Err(self.error_hint(
                        step.span,
                        "unsupported: a variable range() step in a generator expression",
                        "use a constant step, or iterate over a list comprehension",
                    ));
                }
                let params = vec![
                    param("$start", Ty::Int),
                    param("$stop", Ty::Int),
                    param("$step", Ty::Int),
                ];
                let read = |i: u32| local(i, Ty::Int, iter_span);
                let source = Source::Range(read(1), read(2), read(3));
                (vec![start, stop, step], params, source)
            }
            None => {
                let it = self.live_iterable(cx, &first.iter)?;
                self.elem_of(&it)?;
                let ty = it.ty.clone();
                let source = Source::Iter(local(1, ty.clone(), iter_span));
                (vec![it], vec![param("$iter", ty)], source)
            }
        };
        let uses = genexp_uses(g);
        let free = uses.free_names(&[]);
        let make = self.nested_function(
            cx,
            Nested {
                name: "<genexpr>".to_string(),
                params,
                ret: None,
                body: NestedBody::GenExp(g, Box::new(source)),
                uses,
                free,
                span,
                name_span: span,
                self_ref: false,
                packed: None,
            },
        )?;
        let ret = match &make.ty {
            Ty::Func(f) => f.ret.clone(),
            _ => return Err(super::Reported),
        };
        Ok(Expr {
            kind: ExprKind::CallValue {
                callee: Box::new(make),
                args,
            },
            ty: ret,
            span,
        })
    }
}

/// A read of the generator function's parameter `i` (0 is its own
/// function object).
fn local(i: u32, ty: Ty, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Local {
            id: crate::hir::LocalId(i),
            checked: false,
        },
        ty,
        span,
    }
}
