//! List, dict and set comprehensions (and generator expressions consumed
//! whole).
//!
//! `[e for x in xs if c]` becomes a statement-expression: a hidden list is
//! created, the loops of the `for` clauses fill it (with the same HIR loops
//! as `for` statements), and the expression's value is the list, moved out
//! of its hidden variable. As in Python 3, the comprehension's variables
//! have their own scope: they are hidden locals that shadow outer names
//! only inside the comprehension. The first `for` clause's iterable is
//! checked outside that scope, the rest inside, as CPython evaluates them.
//! A clause's target may unpack (`for k, v in pairs`): the item goes to a
//! hidden local that the start of the loop body unpacks (see `tuple`).

use super::tuple::Binding;
use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{Block, Expr, ExprKind, LocalId, Place, RtArg, RtConv, Stmt, StmtKind};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;

/// What a comprehension builds.
#[derive(Clone, Copy)]
pub enum Comp<'e> {
    List(&'e ast::Expr),
    Dict(&'e ast::Expr, &'e ast::Expr),
    Set(&'e ast::Expr),
    /// A lazy generator expression's body: `yield elt` (see `genexp`).
    Yield(&'e ast::Expr),
}

/// The first `for` clause's iterable when the caller checked it already
/// (a generator expression evaluates it where it stands, outside the
/// generator): a sequence or generator, or a `range`'s bounds.
pub enum Source {
    Iter(Expr),
    Range(Expr, Expr, Expr),
}

impl<'a> Checker<'a> {
    pub fn comprehension(
        &mut self,
        cx: &mut FnCx,
        what: Comp<'_>,
        gens: &[ast::Comprehension],
        span: Span,
    ) -> Chk<Expr> {
        let depth = cx.comp_scopes.len();
        let first_local = cx.locals_ref().len();
        let mut result: Option<LocalId> = None;
        let loops = self.comp_loops(cx, what, gens, None, span, &mut result);
        cx.comp_scopes.truncate(depth);
        let loops = loops?;
        let target = result.ok_or(Reported)?;
        let ty = cx.local_ty(target).clone();
        let empty = match &ty {
            Ty::List(_) => Expr {
                kind: ExprKind::List(Vec::new()),
                ty: ty.clone(),
                span,
            },
            Ty::Set(e) => super::set::new_set(e, span),
            _ => Expr {
                kind: ExprKind::Dict(Vec::new()),
                ty: ty.clone(),
                span,
            },
        };
        let mut stmts: Block = vec![Stmt {
            kind: StmtKind::Assign(Place::Local(target), empty),
            span,
        }];
        // Each run of the comprehension has its own variables, so closures
        // over them (`[lambda: i for i in ...]`) get fresh cells per run.
        for id in first_local..cx.locals_ref().len() {
            let id = LocalId(id as u32);
            if cx.local_cell(id).is_some() {
                stmts.insert(
                    0,
                    Stmt {
                        kind: StmtKind::NewCell(id),
                        span,
                    },
                );
            }
        }
        stmts.extend(loops);
        Ok(Expr {
            kind: ExprKind::Block(stmts, target),
            ty,
            span,
        })
    }

    pub(super) fn comp_loops(
        &mut self,
        cx: &mut FnCx,
        what: Comp<'_>,
        gens: &[ast::Comprehension],
        given: Option<Source>,
        span: Span,
        result: &mut Option<LocalId>,
    ) -> Chk<Block> {
        let Some((g, rest)) = gens.split_first() else {
            return self.comp_body(cx, what, span, result);
        };
        if g.is_async {
            return Err(self.unsupported(g.range, "async comprehensions"));
        }
        let range_call = match &g.iter {
            ast::Expr::Call(c) if self.is_builtin_name(cx, &c.func, "range") => Some(c),
            _ => None,
        };
        let (iter, elem) = match (given, range_call) {
            (Some(Source::Iter(it)), _) => (Some(it), None),
            (Some(Source::Range(a, b, c)), _) => (None, Some((a, b, c))),
            (None, Some(c)) => (None, Some(self.range_args(cx, c)?)),
            (None, None) => (Some(self.live_iterable(cx, &g.iter)?), None),
        };
        let elem_ty = match &iter {
            Some(it) => self.elem_of(it)?,
            None => Ty::Int,
        };
        let mut prelude = Vec::new();
        let var = self.bind_target(
            cx,
            &g.target,
            &elem_ty,
            Binding::Comprehension,
            &mut prelude,
        )?;
        let mut body = self.comp_loops(cx, what, rest, None, span, result)?;
        // `if` clauses nest, each guarding what follows.
        for cond in g.ifs.iter().rev() {
            let c = self.condition(cx, cond)?;
            body = vec![Stmt {
                kind: StmtKind::If(c, body, Vec::new()),
                span,
            }];
        }
        // Unpacking (`for k, v in ...`) comes first.
        prelude.extend(body);
        let body = prelude;
        let kind = match (iter, elem) {
            (Some(it), _) => StmtKind::ForEach {
                vars: vec![(var, it)],
                index: None,
                reverse: false,
                body,
                orelse: Vec::new(),
            },
            (None, Some((start, stop, step))) => StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse: Vec::new(),
            },
            (None, None) => return Err(Reported),
        };
        Ok(vec![Stmt { kind, span }])
    }

    /// The innermost statement: append to the list, or set the dict item.
    fn comp_body(
        &mut self,
        cx: &mut FnCx,
        what: Comp<'_>,
        span: Span,
        result: &mut Option<LocalId>,
    ) -> Chk<Block> {
        let (func, ty, args) = match what {
            Comp::Yield(elt) => {
                let e = self.expr(cx, elt)?;
                cx.inferred_ret = Some(Ty::Iter(Box::new(e.ty.clone())));
                return Ok(vec![Stmt {
                    kind: StmtKind::Yield(e),
                    span,
                }]);
            }
            Comp::List(elt) => {
                let e = self.expr(cx, elt)?;
                if e.ty.is_exc_object() {
                    return Err(self.unsupported(e.span, "lists of exception objects"));
                }
                if let Ty::Optional(_) = e.ty {
                    return Err(self.optional_in_container(e.span, &e.ty));
                }
                let ty = Ty::List(Box::new(e.ty.clone()));
                ("pyaot_list_append", ty, vec![RtArg::Slot(e)])
            }
            Comp::Set(elt) => {
                let e = self.expr(cx, elt)?;
                self.check_set_elem(&e.ty, e.span)?;
                let ty = Ty::Set(Box::new(e.ty.clone()));
                ("pyaot_set_add", ty, vec![RtArg::Slot(e)])
            }
            Comp::Dict(k, v) => {
                let k = self.expr(cx, k)?;
                let v = self.expr(cx, v)?;
                if !k.ty.is_hashable_key() {
                    return Err(self.error(
                        k.span,
                        format!("unhashable type: '{}'", k.ty.runtime_name()),
                    ));
                }
                if let Ty::Optional(_) = v.ty {
                    return Err(self.optional_in_container(v.span, &v.ty));
                }
                let ty = Ty::dict(k.ty.clone(), v.ty.clone());
                ("pyaot_dict_set", ty, vec![RtArg::Slot(k), RtArg::Slot(v)])
            }
        };
        let target = match *result {
            Some(t) => t,
            None => {
                let name = format!("$comp{}", self.next_hidden());
                let t = cx.declare_local(&name, ty.clone());
                *result = Some(t);
                t
            }
        };
        let read = Expr {
            kind: ExprKind::Local {
                id: target,
                checked: false,
            },
            ty: ty.clone(),
            span,
        };
        let mut all = vec![RtArg::Value(read)];
        all.extend(args);
        Ok(vec![Stmt {
            kind: StmtKind::Expr(Expr {
                kind: ExprKind::RtCall {
                    func,
                    args: all,
                    conv: RtConv::Infallible,
                },
                ty: Ty::None,
                span,
            }),
            span,
        }])
    }
}
