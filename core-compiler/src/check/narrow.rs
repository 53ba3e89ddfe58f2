//! Narrowing `Optional` locals by the conditions that test them.
//!
//! `if x is not None:` proves `x` is not None in its body; `if x is None:
//! return` proves it after the statement (the branch that returned does
//! not reach the join, so the facts of the other path survive the meet).
//! Facts live in the same per-point set as definite assignment (see
//! `scope::Var::NotNone`).

use super::scope::FnCx;
use crate::hir::LocalId;
use crate::types::Ty;
use ruff_python_ast as ast;

/// The Optional locals a condition proves not None when it is true, and
/// those it proves not None when it is false.
#[derive(Default)]
pub struct Facts {
    pub when_true: Vec<LocalId>,
    pub when_false: Vec<LocalId>,
}

impl Facts {
    fn swap(self) -> Facts {
        Facts {
            when_true: self.when_false,
            when_false: self.when_true,
        }
    }
}

/// What `cond` proves, read from its syntax.
pub fn facts(cx: &FnCx, cond: &ast::Expr) -> Facts {
    match cond {
        ast::Expr::Name(_) => Facts {
            when_true: optional_local(cx, cond).into_iter().collect(),
            when_false: Vec::new(),
        },
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => facts(cx, &u.operand).swap(),
        ast::Expr::BoolOp(b) => {
            let parts: Vec<Facts> = b.values.iter().map(|v| facts(cx, v)).collect();
            match b.op {
                // `a and b` true: both were true.
                ast::BoolOp::And => Facts {
                    when_true: parts.into_iter().flat_map(|f| f.when_true).collect(),
                    when_false: Vec::new(),
                },
                // `a or b` false: both were false.
                ast::BoolOp::Or => Facts {
                    when_true: Vec::new(),
                    when_false: parts.into_iter().flat_map(|f| f.when_false).collect(),
                },
            }
        }
        ast::Expr::Compare(c) => none_comparison(cx, c).unwrap_or_default(),
        _ => Facts::default(),
    }
}

/// `x is None`, `x is not None`, `x == None`, `x != None` (either side).
fn none_comparison(cx: &FnCx, c: &ast::ExprCompare) -> Option<Facts> {
    let ([op], [rhs]) = (&c.ops[..], &c.comparators[..]) else {
        return None;
    };
    let operand = match (&*c.left, rhs) {
        (x, ast::Expr::NoneLiteral(_)) | (ast::Expr::NoneLiteral(_), x) => x,
        _ => return None,
    };
    let id = optional_local(cx, operand)?;
    Some(match op {
        ast::CmpOp::IsNot | ast::CmpOp::NotEq => Facts {
            when_true: vec![id],
            when_false: Vec::new(),
        },
        ast::CmpOp::Is | ast::CmpOp::Eq => Facts {
            when_true: Vec::new(),
            when_false: vec![id],
        },
        _ => return None,
    })
}

/// The local an expression names, if it is a function's Optional local
/// (module-level names are globals, which a call could change, and
/// comprehension variables are never Optional).
fn optional_local(cx: &FnCx, e: &ast::Expr) -> Option<LocalId> {
    let ast::Expr::Name(n) = e else {
        return None;
    };
    let name = n.id.as_str();
    if cx.is_module
        || !cx.local_scope.contains(name)
        || cx.comp_scopes.iter().any(|(v, _)| v == name)
    {
        return None;
    }
    let id = cx.local(name)?;
    matches!(cx.local_ty(id), Ty::Optional(_)).then_some(id)
}

/// Records `ids` as not None at the current point.
pub fn assume(cx: &mut FnCx, ids: &[LocalId]) {
    for &id in ids {
        cx.narrow(id);
    }
}
