//! Statement checking.

use super::exc_args::{clause_classes, ExcClass};
use super::narrow;
use super::scope::{assigned_names, meet, unbound_names, Var};
use super::tuple::{has_placeholder, Binding};
use super::{Checker, Chk, FnCx, Reported};
use crate::diagnostic::Diagnostic;
use crate::hir::{self, Block, ExcKind, Expr, ExprKind, Place, Stmt, StmtKind};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

impl<'a> Checker<'a> {
    pub fn block(&mut self, cx: &mut FnCx, body: &[ast::Stmt]) -> Block {
        let mut out = Vec::new();
        for s in body {
            let span: Span = s.range().into();
            // `Ok(None)`: nothing to run; `Err`: already reported.
            match self.stmt(cx, s) {
                Ok(Some(kind)) => out.push(Stmt { kind, span }),
                Ok(None) => {}
                // What the statement would have assigned has no type now:
                // reading it later is a consequence of this error, not
                // another one.
                Err(_) => {
                    cx.failed_stmt = true;
                    let names = super::scope::assigned_names(std::slice::from_ref(s));
                    if cx.is_module {
                        let m = self.cur;
                        self.failed_globals
                            .extend(names.iter().map(|n| (m, n.clone())));
                    }
                    cx.failed_names.extend(names);
                }
            }
        }
        out
    }

    fn stmt(&mut self, cx: &mut FnCx, s: &ast::Stmt) -> Chk<Option<StmtKind>> {
        use ast::Stmt as S;
        Ok(Some(match s {
            S::Expr(e) => match &*e.value {
                ast::Expr::Yield(y) => self.yield_stmt(cx, y)?,
                ast::Expr::YieldFrom(y) => self.yield_from_stmt(cx, y)?,
                _ => return self.expr_stmt(cx, &e.value),
            },
            S::Pass(_) => return Ok(None),
            S::Assign(a) => return self.assign(cx, a),
            S::AnnAssign(a) => return self.ann_assign(cx, a),
            S::AugAssign(a) => self.aug_assign(cx, a)?,
            S::If(i) => self.if_stmt(cx, i)?,
            S::While(w) => self.while_stmt(cx, w)?,
            S::For(f) => self.for_stmt(cx, f)?,
            S::Break(b) => {
                if cx.loop_depth == 0 {
                    return Err(self.error(b.range, "'break' outside loop"));
                }
                cx.assigned = None;
                StmtKind::Break
            }
            S::Continue(c) => {
                if cx.loop_depth == 0 {
                    return Err(self.error(c.range, "'continue' not properly in loop"));
                }
                cx.assigned = None;
                StmtKind::Continue
            }
            S::Return(r) => self.return_stmt(cx, r)?,
            S::Raise(r) => self.raise_stmt(cx, r)?,
            S::Assert(a) => {
                let cond = self.condition(cx, &a.test)?;
                let msg = match &a.msg {
                    Some(m) => Some(self.exc_arg(cx, m)?),
                    None => None,
                };
                let tys = msg.iter().map(|m| m.ty.clone()).collect();
                let kind = ExcClass::Builtin(ExcKind::AssertionError);
                self.note_exc_site(kind, tys, a.range.into());
                StmtKind::Assert { cond, msg }
            }
            S::Import(i) if self.imports_user_modules(i.range.start().to_u32()) => {
                let range: Span = i.range.into();
                if let Some(a) = i.names.iter().find(|a| a.name.as_str() == "sys") {
                    return Err(self.error_hint(
                        a.range,
                        "unsupported: importing sys together with other modules",
                        "write `import sys` on a line of its own",
                    ));
                }
                self.user_import(cx, range)?
            }
            S::ImportFrom(i) if self.imports_user_modules(i.range.start().to_u32()) => {
                self.user_import(cx, i.range.into())?
            }
            S::Import(i) => {
                let mut sys = false;
                for alias in &i.names {
                    if super::native::module(alias.name.as_str()).is_some() {
                        if !cx.is_module {
                            return Err(self.unsupported(i.range, "imports inside functions"));
                        }
                        continue;
                    }
                    // `import typing`: only its names in annotations.
                    if alias.name.as_str() == "typing" {
                        if !cx.is_module {
                            return Err(self.unsupported(i.range, "imports inside functions"));
                        }
                        continue;
                    }
                    sys = true;
                    if alias.name.as_str() != "sys" || alias.asname.is_some() {
                        let msg = format!("unsupported import: module '{}'", alias.name);
                        return Err(self.error_hint(
                            alias.range,
                            msg,
                            format!(
                                "pyaot provides the standard modules {}, and your own modules",
                                crate::modules::PROVIDED.join(", ")
                            ),
                        ));
                    }
                }
                self.ns.sys_imported |= sys;
                return Ok(None);
            }
            S::ImportFrom(i) => {
                let m = i.module.as_ref().map_or("", |m| m.as_str());
                if i.level == 0 && super::native::module(m).is_some() {
                    if !cx.is_module {
                        return Err(self.unsupported(i.range, "imports inside functions"));
                    }
                    return Ok(None);
                }
                return match Self::allowed_from_import(i) {
                    Ok(()) if cx.is_module => Ok(None),
                    Ok(()) => Err(self.unsupported(i.range, "imports inside functions")),
                    Err(_) if !matches!(m, "typing" | "__future__" | "dataclasses" | "collections.abc") => Err(self.error_hint(
                        i.range,
                        format!("unsupported import: module '{m}'"),
                        format!(
                            "pyaot provides the standard modules {}, and your own modules",
                            crate::modules::PROVIDED.join(", ")
                        ),
                    )),
                    Err((name, span)) => Err(self.error_hint(
                        span,
                        format!("unsupported import: '{name}'"),
                        "pyaot provides Optional, List and Dict from typing, and dataclass and field from dataclasses",
                    )),
                };
            }
            S::Global(g) => {
                if cx.is_module {
                    return Ok(None);
                }
                for n in &g.names {
                    if !self.is_module_assigned(n.as_str()) {
                        return Err(self.error_hint(
                            n.range,
                            format!("global '{n}' is never assigned at module level"),
                            "assign it at the top level of the module first so pyaot knows its type",
                        ));
                    }
                }
                return Ok(None);
            }
            S::FunctionDef(f) => {
                if !cx.is_module {
                    return self.nested_def(cx, f).map(Some);
                }
                // Collected with the signatures; one inside a compound
                // statement binds its name here, to its function object.
                if let Some(&id) = self.ns.conditional.get(&f.range.start().to_u32()) {
                    let value = self.func_value(id, f.name.range.into())?;
                    let ty = value.ty.clone();
                    let place = self.store_name(cx, f.name.as_str(), &ty, f.name.range.into())?;
                    return Ok(Some(StmtKind::Assign(place, value)));
                }
                // A decorated one binds its name here, to what the
                // decorators make of it.
                let Some(&id) = self.ns.decorated.get(f.name.as_str()) else {
                    return Ok(None);
                };
                let raw = self.func_value(id, f.name.range.into())?;
                let value = self.apply_decorators(cx, &f.decorator_list, raw)?;
                let ty = value.ty.clone();
                let place = self.store_name(cx, f.name.as_str(), &ty, f.name.range.into())?;
                StmtKind::Assign(place, value)
            }
            S::ClassDef(c) => return self.class_statement(cx, c),
            S::Try(t) => self.try_stmt(cx, t)?,
            S::With(w) => self.with_stmt(cx, w)?,
            S::Match(m) => {
                return Err(self.unsupported(keyword_span(m.range, 5), "match statements"))
            }
            S::Delete(d) => return self.delete(cx, d),
            S::Nonlocal(n) => {
                // Resolved when the function's scope was set up.
                for name in &n.names {
                    if !cx.free.contains(name.as_str()) {
                        return Err(self.error(
                            name.range,
                            format!("no binding for nonlocal '{name}' found"),
                        ));
                    }
                }
                return Ok(None);
            }
            S::TypeAlias(t) => return Err(self.unsupported(t.range, "type aliases")),
            S::IpyEscapeCommand(i) => {
                return Err(self.unsupported(i.range, "IPython escape commands"))
            }
        }))
    }

    fn expr_stmt(&mut self, cx: &mut FnCx, e: &ast::Expr) -> Chk<Option<StmtKind>> {
        // `sys.exit(...)` is a statement-level construct: it never returns.
        if let ast::Expr::Call(call) = e {
            if self.is_sys_attr(cx, &call.func, "exit") {
                return self.sys_exit(cx, call).map(Some);
            }
        }
        // A docstring or other bare constant: no effect.
        if matches!(
            e,
            ast::Expr::StringLiteral(_)
                | ast::Expr::NumberLiteral(_)
                | ast::Expr::EllipsisLiteral(_)
        ) {
            return Ok(None);
        }
        Ok(Some(StmtKind::Expr(self.expr(cx, e)?)))
    }

    fn sys_exit(&mut self, cx: &mut FnCx, call: &ast::ExprCall) -> Chk<StmtKind> {
        if !call.arguments.keywords.is_empty() || call.arguments.args.len() > 1 {
            return Err(self.error(call.arguments.range, "exit expected at most 1 argument"));
        }
        let arg = match call.arguments.args.first() {
            None => None,
            Some(a) => {
                let v = self.expr(cx, a)?;
                self.note_exit_site(&v.ty, v.span);
                match v.ty {
                    Ty::Int | Ty::Str | Ty::None => Some(v),
                    Ty::Bool => Some(self.coerce_to_int(v)),
                    _ => {
                        return Err(self.error(
                            a.range(),
                            format!("sys.exit() takes an int, a str or None, not {}", v.ty),
                        ))
                    }
                }
            }
        };
        cx.assigned = None;
        Ok(StmtKind::Exit(arg))
    }

    fn assign(&mut self, cx: &mut FnCx, a: &ast::StmtAssign) -> Chk<Option<StmtKind>> {
        // `x = yield from sub()`: the loop, then x = sub's return value.
        if let ([target @ ast::Expr::Name(_)], ast::Expr::YieldFrom(y)) =
            (&a.targets[..], &*a.value)
        {
            let (mut stmts, value) = self.yield_from_value(cx, y)?;
            let place = self.store_target(cx, target, &value.ty, None)?;
            stmts.push(Stmt {
                kind: StmtKind::Assign(place, value),
                span: a.range.into(),
            });
            return Ok(Some(StmtKind::Seq(stmts)));
        }
        // (`a, *rest = x, y, z` unpacks the tuple the display makes.)
        if let ([ast::Expr::Tuple(targets)], ast::Expr::Tuple(values)) = (&a.targets[..], &*a.value)
        {
            if targets
                .elts
                .iter()
                .any(|t| matches!(t, ast::Expr::Starred(_)))
            {
                let span: Span = a.range.into();
                let value = self.expr(cx, &a.value)?;
                let mut stmts = Vec::new();
                let src = self.hidden_var(cx, value, span, &mut stmts)?;
                self.unpack_into(cx, &targets.elts, &src, Binding::Assign, &mut stmts)?;
                return Ok(Some(StmtKind::Seq(stmts)));
            }
            return self
                .parallel_assign(cx, &targets.elts, &values.elts, a.range.into())
                .map(Some);
        }
        if let [ast::Expr::Tuple(ast::ExprTuple { elts, .. })
        | ast::Expr::List(ast::ExprList { elts, .. })] = &a.targets[..]
        {
            // `a, b = value`: unpack a tuple or list.
            let span: Span = a.range.into();
            let value = self.expr(cx, &a.value)?;
            let mut stmts = Vec::new();
            let src = self.hidden_var(cx, value, span, &mut stmts)?;
            self.unpack_into(cx, elts, &src, Binding::Assign, &mut stmts)?;
            return Ok(Some(StmtKind::Seq(stmts)));
        }
        let value = self.expr(cx, &a.value)?;
        let value = self.apply_hint(cx, value);
        let (first_target, _) = a.targets.split_first().ok_or(Reported)?;
        // An empty display takes the type of the variable it is assigned to.
        let value = match self.known_type(cx, first_target) {
            Some(t) => self.fit(value, &t),
            None => value,
        };
        // An item or field assignment fits an empty display to the
        // container's element type or the field's type when it stores.
        // A plain name may hold a pending empty container, typed by its
        // first use (`empty.rs`).
        let typed_target = matches!(
            first_target,
            ast::Expr::Subscript(_) | ast::Expr::Attribute(_)
        ) || (matches!(first_target, ast::Expr::Name(_))
            && a.targets.len() == 1
            && super::empty::empty_display(&value).is_some());
        if value.ty == Ty::List(Box::new(Ty::None)) && !typed_target {
            return Err(self.error_hint(
                a.value.range(),
                "cannot infer the element type of an empty list",
                "annotate the variable, e.g. `xs: list[int] = []`",
            ));
        }
        // (An item assignment fits the value to the container's type below.)
        if value.ty == Ty::empty_set() && !typed_target {
            return Err(self.error_hint(
                a.value.range(),
                "cannot infer the element type of an empty set",
                "annotate the variable, e.g. `s: set[int] = set()`",
            ));
        }
        if value.ty == Ty::empty_dict() && !typed_target {
            return Err(self.error_hint(
                a.value.range(),
                "cannot infer the key and value types of an empty dict",
                "annotate the variable, e.g. `d: dict[str, int] = {}`",
            ));
        }
        if matches!(value.ty, Ty::Tuple(_)) && has_placeholder(&value.ty) {
            return Err(self.error_hint(
                a.value.range(),
                format!(
                    "cannot infer the type of an empty list or dict in a {}",
                    value.ty
                ),
                "annotate the variable, e.g. `t: tuple[int, list[int]] = (1, [])`",
            ));
        }
        let (first, rest) = a.targets.split_first().ok_or(Reported)?;
        if let (ast::Expr::Attribute(at), true) = (first, rest.is_empty()) {
            return self.assign_attr(cx, at, value, false).map(Some);
        }
        if let (ast::Expr::Subscript(s), true) = (first, rest.is_empty()) {
            let container = self.expr(cx, &s.value)?;
            if let Some(Err(r)) = self.constrain_by_item(cx, &container, &s.slice, &value) {
                return Err(r);
            }
            if let Ty::Class(_) = container.ty {
                let key = self.expr(cx, &s.slice)?;
                return self
                    .setitem(cx, container, key, value, s.range.into())
                    .map(Some);
            }
            if let Ty::Deque(_) = container.ty {
                let index = self.expr(cx, &s.slice)?;
                return self
                    .deque_store(container, index, value, s.range.into())
                    .map(Some);
            }
            let value = match &container.ty {
                Ty::List(e) | Ty::Dict(_, e, _) => {
                    let e = (**e).clone();
                    self.fit(value, &e)
                }
                _ => value,
            };
            let place = self.item_place(cx, container, s, &value.ty)?;
            return Ok(Some(StmtKind::Assign(place, value)));
        }
        if rest.is_empty() {
            let place = self.store_target(cx, first, &value.ty, None)?;
            narrow_if_wrapped(cx, &place, &value);
            self.note_pending_place(cx, &place, first, &value);
            return Ok(Some(StmtKind::Assign(place, value)));
        }
        Err(self.unsupported(a.range, "chained assignment (a = b = ...)"))
    }

    /// `del name`, `del xs[i]` (list items) and `del d[k]`; other targets
    /// are not supported yet.
    fn delete(&mut self, cx: &mut FnCx, d: &ast::StmtDelete) -> Chk<Option<StmtKind>> {
        let mut stmts = Vec::new();
        for t in &d.targets {
            if let ast::Expr::Name(n) = t {
                let kind = self.del_name(cx, n)?;
                stmts.push(Stmt {
                    kind,
                    span: n.range.into(),
                });
                continue;
            }
            let ast::Expr::Subscript(sub) = t else {
                return Err(self.unsupported(t.range(), "del of attributes and tuples"));
            };
            if matches!(&*sub.slice, ast::Expr::Slice(_)) {
                return Err(self.unsupported(sub.range, "del of a slice"));
            }
            let list = self.expr(cx, &sub.value)?;
            if let Ty::Dict(k, _, _) = &list.ty {
                let k = (**k).clone();
                let key = self.expr(cx, &sub.slice)?;
                let key = self.dict_key(key, &k)?;
                let span: Span = sub.range.into();
                self.note_key_error_site(&k, span);
                stmts.push(Stmt {
                    kind: StmtKind::Expr(Expr {
                        kind: ExprKind::RtCall {
                            func: "pyaot_dict_del",
                            args: vec![hir::RtArg::Value(list), hir::RtArg::Slot(key)],
                            conv: hir::RtConv::Flag,
                        },
                        ty: Ty::None,
                        span,
                    }),
                    span,
                });
                continue;
            }
            let Ty::List(_) = list.ty else {
                return Err(self.error(
                    sub.range,
                    format!(
                        "'{}' object doesn't support item deletion",
                        list.ty.runtime_name()
                    ),
                ));
            };
            let index = self.expr(cx, &sub.slice)?;
            let index = self.index_int(index)?;
            let span: Span = sub.range.into();
            let del = Expr {
                kind: ExprKind::RtCall {
                    func: "pyaot_list_del",
                    args: vec![hir::RtArg::Value(list), hir::RtArg::Value(index)],
                    conv: hir::RtConv::Flag,
                },
                ty: Ty::None,
                span,
            };
            stmts.push(Stmt {
                kind: StmtKind::Expr(del),
                span,
            });
        }
        Ok(Some(StmtKind::Seq(stmts)))
    }

    /// `del name` of a variable: it is unbound afterwards, so later reads
    /// are checked (UnboundLocalError / NameError, as CPython raises them).
    /// Deleting it when it may be unbound already is checked the same way.
    fn del_name(&mut self, cx: &mut FnCx, n: &ast::ExprName) -> Chk<StmtKind> {
        let name = n.id.as_str();
        let span: Span = n.range.into();
        if cx.is_module || cx.declared_global.contains(name) {
            // Only this module's variables: functions, classes and imported
            // names are bound statically.
            let Some(g) = self.ns.global_names.get(name).copied() else {
                return Err(self.error_hint(
                    span,
                    format!("unsupported: del of '{name}'"),
                    "pyaot deletes variables only, after their first assignment",
                ));
            };
            let checked = !cx.is_module || cx.needs_check(Var::Global(g));
            if let Some(set) = &mut cx.assigned {
                set.remove(&Var::Global(g));
            }
            return Ok(StmtKind::Del {
                place: Place::Global(g),
                checked,
            });
        }
        if cx.captured.contains(name) || cx.free.contains(name) {
            return Err(self.error_hint(
                span,
                format!("unsupported: del of '{name}', which a nested function uses"),
                "assign it a new value instead of deleting it",
            ));
        }
        let Some(l) = cx.local(name) else {
            return Err(self.error_hint(
                span,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
                "assign it before this point (pyaot learns a variable's type from its first assignment)",
            ));
        };
        if cx.is_self(l) {
            return Err(self.unsupported(span, "deleting a method's self parameter"));
        }
        let checked = cx.needs_check(Var::Local(l));
        if let Some(set) = &mut cx.assigned {
            set.remove(&Var::Local(l));
            set.remove(&Var::NotNone(l));
        }
        Ok(StmtKind::Del {
            place: Place::Local(l),
            checked,
        })
    }

    /// Drops the definite assignment of what `bodies` may unbind (`del`,
    /// `except ... as`): a loop or `try` may run that before any of its
    /// statements (again).
    fn forget_unbound(&self, cx: &mut FnCx, bodies: &[&[ast::Stmt]]) {
        for body in bodies {
            for name in unbound_names(body) {
                let var = match cx.local(&name) {
                    Some(l) if !cx.is_module && !cx.declared_global.contains(&name) => {
                        Var::Local(l)
                    }
                    _ => match self.ns.global_names.get(&name) {
                        Some(&g) => Var::Global(g),
                        None => continue,
                    },
                };
                if let Some(set) = &mut cx.assigned {
                    set.remove(&var);
                }
            }
        }
    }

    /// `a, b = x, y`: every value is computed (into hidden variables)
    /// before any target is assigned, so `a, b = b, a` swaps.
    fn parallel_assign(
        &mut self,
        cx: &mut FnCx,
        targets: &[ast::Expr],
        values: &[ast::Expr],
        span: Span,
    ) -> Chk<StmtKind> {
        if targets.len() != values.len() {
            let (t, v) = (targets.len(), values.len());
            let msg = if v > t {
                format!("too many values to unpack (expected {t})")
            } else {
                format!("not enough values to unpack (expected {t}, got {v})")
            };
            return Err(self.error(span, msg));
        }
        if let Some(star) = targets
            .iter()
            .chain(values)
            .find(|t| matches!(t, ast::Expr::Starred(_)))
        {
            return Err(self.unsupported(star.range(), "starred unpacking (*rest)"));
        }
        let mut stmts = Vec::new();
        let mut temps = Vec::new();
        for v in values {
            let value = self.expr(cx, v)?;
            temps.push(self.hidden_var(cx, value, span, &mut stmts)?.read());
        }
        for (t, read) in targets.iter().zip(temps) {
            let ty = read.ty.clone();
            let mut inner = Vec::new();
            let place = self.bind_target(cx, t, &ty, Binding::Assign, &mut inner)?;
            stmts.push(Stmt {
                kind: StmtKind::Assign(place, read),
                span,
            });
            stmts.extend(inner);
        }
        Ok(StmtKind::Seq(stmts))
    }

    fn ann_assign(&mut self, cx: &mut FnCx, a: &ast::StmtAnnAssign) -> Chk<Option<StmtKind>> {
        let ty = self.annotation(&a.annotation)?;
        if let ast::Expr::Attribute(at) = &*a.target {
            let Some(v) = &a.value else {
                return Err(self.unsupported(at.range, "an attribute annotation without a value"));
            };
            let value = self.expr_expecting(cx, v, &ty)?;
            if value.ty != ty {
                return Err(self.error_hint(
                    v.range(),
                    format!("value of type {} assigned to '{}: {ty}'", value.ty, at.attr),
                    self.type_hint(&ty, &value.ty),
                ));
            }
            return self.assign_attr(cx, at, value, true).map(Some);
        }
        let ast::Expr::Name(name) = &*a.target else {
            return Err(self.unsupported(a.target.range(), "annotated assignment to this target"));
        };
        let Some(v) = &a.value else {
            // A bare declaration fixes the type without binding a value.
            self.declare_var(cx, name.id.as_str(), ty, name.range.into())?;
            return Ok(None);
        };
        let value = self.expr_expecting(cx, v, &ty)?;
        if value.ty != ty {
            return Err(self.error_hint(
                v.range(),
                format!("value of type {} assigned to '{}: {ty}'", value.ty, name.id),
                self.type_hint(&ty, &value.ty),
            ));
        }
        let place = self.store_target(cx, &a.target, &ty, Some(&ty))?;
        narrow_if_wrapped(cx, &place, &value);
        Ok(Some(StmtKind::Assign(place, value)))
    }

    fn aug_assign(&mut self, cx: &mut FnCx, a: &ast::StmtAugAssign) -> Chk<StmtKind> {
        match &*a.target {
            ast::Expr::Name(_) => {}
            // `obj.x op= v` re-reads `obj`, which is a name (no effects).
            ast::Expr::Attribute(at) if matches!(&*at.value, ast::Expr::Name(_)) => {}
            ast::Expr::Attribute(at) => {
                return Err(self.error_hint(
                    at.range,
                    "unsupported target for augmented assignment",
                    "assign the object to a variable first, e.g. `p = ...; p.x += 1`",
                ))
            }
            ast::Expr::Subscript(s) if !matches!(&*s.slice, ast::Expr::Slice(_)) => {
                return self.aug_assign_item(cx, a, s);
            }
            other => {
                return Err(self.error_hint(
                    other.range(),
                    "unsupported target for augmented assignment",
                    "use a variable, or a list or dict item",
                ))
            }
        }
        let current = self.expr(cx, &a.target)?;
        let rhs = self.expr(cx, &a.value)?;
        if matches!(current.ty, Ty::List(_) | Ty::Set(_)) {
            self.constrain_to(cx, &current, &rhs.ty)?;
        }
        if let Ty::List(_) = current.ty {
            return self.list_aug_assign(a, current, rhs);
        }
        if let Ty::Set(_) = current.ty {
            return self.set_aug_assign(a.op, current, rhs, a.range.into());
        }
        let value = self.inplace_op(cx, a.op, current, rhs, a.range.into())?;
        if let ast::Expr::Attribute(at) = &*a.target {
            return self.assign_attr(cx, at, value, false);
        }
        let target_ty = self.expr(cx, &a.target)?.ty;
        if value.ty != target_ty {
            return Err(self.error_hint(
                a.range,
                format!(
                    "conflicting types for variable '{}': {} here, {} before",
                    target_text(self, &a.target),
                    value.ty,
                    target_ty
                ),
                "pyaot gives each variable one type; initialise it with a value of the final type (e.g. 0.0)",
            ));
        }
        // A narrowed Optional stays Optional: the result is wrapped again.
        let value = match self.known_type(cx, &a.target) {
            Some(declared) => self.fit(value, &declared),
            None => value,
        };
        let place = self.store_target(cx, &a.target, &value.ty, None)?;
        narrow_if_wrapped(cx, &place, &value);
        Ok(StmtKind::Assign(place, value))
    }

    /// `c[i] op= v`: the container and the index are evaluated once, into
    /// hidden variables, then `c[i] = c[i] op v` (CPython's order: c, i,
    /// the item, v).
    fn aug_assign_item(
        &mut self,
        cx: &mut FnCx,
        a: &ast::StmtAugAssign,
        s: &ast::ExprSubscript,
    ) -> Chk<StmtKind> {
        let span: Span = a.range.into();
        let container = self.expr(cx, &s.value)?;
        let index = self.expr(cx, &s.slice)?;
        if let Ty::Class(_) = container.ty {
            // c[i] op= v: c and i once, then __getitem__, the operator,
            // __setitem__.
            let mut stmts = Vec::new();
            let c = self.hidden_var(cx, container, span, &mut stmts)?;
            let i = self.hidden_var(cx, index, span, &mut stmts)?;
            let current = self
                .dunder_call(cx, c.read(), "__getitem__", vec![i.read()], false, span)?
                .ok_or_else(|| {
                    self.error(s.range, format!("'{}' object is not subscriptable", c.ty))
                })?;
            let rhs = self.expr(cx, &a.value)?;
            let value = self.inplace_op(cx, a.op, current, rhs, span)?;
            let set = self.setitem(cx, c.read(), i.read(), value, span)?;
            stmts.push(Stmt { kind: set, span });
            return Ok(StmtKind::Seq(stmts));
        }
        if let Ty::Deque(elem) = container.ty.clone() {
            // d[i] op= v: d and i once, then the read, the operator, the
            // store.
            let index = self.index_int(index)?;
            let mut stmts = Vec::new();
            let c = self.hidden_var(cx, container, span, &mut stmts)?;
            let i = self.hidden_var(cx, index, span, &mut stmts)?;
            let current = self.deque_index(c.read(), *elem, i.read(), span)?;
            let rhs = self.expr(cx, &a.value)?;
            let value = self.binary(cx, a.op, current, rhs, span)?;
            let set = self.deque_store(c.read(), i.read(), value, span)?;
            stmts.push(Stmt { kind: set, span });
            return Ok(StmtKind::Seq(stmts));
        }
        let (key_ty, item_ty) = match &container.ty {
            Ty::List(e) => (Ty::Int, (**e).clone()),
            Ty::Dict(k, v, _) => {
                self.note_key_error_site(k, span);
                ((**k).clone(), (**v).clone())
            }
            other => {
                return Err(self.error(
                    s.range,
                    format!(
                        "'{}' object does not support item assignment",
                        other.runtime_name()
                    ),
                ))
            }
        };
        let index = match key_ty {
            Ty::Int if matches!(container.ty, Ty::List(_)) => self.index_int(index)?,
            ref k => self.dict_key(index, k)?,
        };
        let mut stmts = Vec::new();
        let container_ty = container.ty.clone();
        let c = self.hidden_var(cx, container, span, &mut stmts)?;
        let i = self.hidden_var(cx, index, span, &mut stmts)?;
        let current = match &container_ty {
            Ty::List(_) => Expr {
                kind: ExprKind::ListIndex(Box::new(c.read()), Box::new(i.read())),
                ty: item_ty.clone(),
                span,
            },
            _ => Expr {
                kind: ExprKind::RtCall {
                    func: "pyaot_dict_get",
                    args: vec![hir::RtArg::Value(c.read()), hir::RtArg::Slot(i.read())],
                    conv: hir::RtConv::FlagOutSlot,
                },
                ty: item_ty.clone(),
                span,
            },
        };
        let rhs = self.expr(cx, &a.value)?;
        let value = self.binary(cx, a.op, current, rhs, span)?;
        if value.ty != item_ty {
            return Err(self.error_hint(
                span,
                format!(
                    "conflicting types for an item of a {container_ty}: {} here",
                    value.ty
                ),
                "the item keeps its type; convert the value",
            ));
        }
        let place = match &container_ty {
            Ty::List(_) => Place::ListItem {
                list: Box::new(c.read()),
                index: Box::new(i.read()),
            },
            _ => Place::DictItem {
                dict: Box::new(c.read()),
                key: Box::new(i.read()),
            },
        };
        stmts.push(Stmt {
            kind: StmtKind::Assign(place, value),
            span,
        });
        Ok(StmtKind::Seq(stmts))
    }

    /// Stores `value` in a new compiler-made variable (assignment appended
    /// to `stmts`) and returns it, for reading.
    pub fn hidden_var(
        &mut self,
        cx: &mut FnCx,
        value: Expr,
        span: Span,
        stmts: &mut Block,
    ) -> Chk<Hidden> {
        let hidden = self.new_hidden(cx, value.ty.clone(), span)?;
        stmts.push(Stmt {
            kind: StmtKind::Assign(hidden.place(), value),
            span,
        });
        Ok(hidden)
    }

    /// Declares a new compiler-made variable of type `ty` (a global in
    /// module code, as other module variables).
    pub fn new_hidden(&mut self, cx: &mut FnCx, ty: Ty, span: Span) -> Chk<Hidden> {
        let name = format!("$tmp{}", self.next_hidden());
        self.declare_var(cx, &name, ty.clone(), span)?;
        let var = if cx.is_module {
            Var::Global(self.global_id(&name).ok_or(Reported)?)
        } else {
            Var::Local(cx.local(&name).ok_or(Reported)?)
        };
        Ok(Hidden { var, ty, span })
    }

    /// `xs += ys` extends the list in place and `xs *= n` repeats it in
    /// place (every alias sees it), as CPython's `list.__iadd__`/`__imul__`.
    fn list_aug_assign(&mut self, a: &ast::StmtAugAssign, list: Expr, rhs: Expr) -> Chk<StmtKind> {
        let span: Span = a.range.into();
        if a.op == ast::Operator::Mult && matches!(rhs.ty, Ty::Int | Ty::Bool) {
            let n = self.coerce_to_int(rhs);
            return Ok(StmtKind::Expr(Expr {
                kind: ExprKind::RtCall {
                    func: "pyaot_list_inplace_repeat",
                    args: vec![hir::RtArg::Value(list), hir::RtArg::Value(n)],
                    conv: hir::RtConv::Infallible,
                },
                ty: Ty::None,
                span,
            }));
        }
        if a.op != ast::Operator::Add {
            return Err(self.error(
                span,
                format!(
                    "unsupported operand type(s) for {}=: 'list' and '{}'",
                    a.op.as_str(),
                    rhs.ty.runtime_name()
                ),
            ));
        }
        let rhs = self.fit(rhs, &list.ty);
        if rhs.ty != list.ty {
            return Err(self.error(
                rhs.span,
                format!("cannot extend a {} with {}", list.ty, rhs.ty),
            ));
        }
        Ok(StmtKind::Expr(Expr {
            kind: ExprKind::RtCall {
                func: "pyaot_list_extend",
                args: vec![hir::RtArg::Value(list), hir::RtArg::Value(rhs)],
                conv: hir::RtConv::Infallible,
            },
            ty: Ty::None,
            span,
        }))
    }

    /// The type a name already has, if it is a variable with one.
    fn known_type(&self, cx: &FnCx, target: &ast::Expr) -> Option<Ty> {
        let ast::Expr::Name(n) = target else {
            return None;
        };
        let name = n.id.as_str();
        if cx.is_module || cx.declared_global.contains(name) {
            self.global_id(name)
                .map(|g| self.globals[g.index()].ty.clone())
        } else {
            cx.local(name).map(|l| cx.local_ty(l).clone())
        }
    }

    /// Declares `name` with `ty` without assigning.
    fn declare_var(&mut self, cx: &mut FnCx, name: &str, ty: Ty, span: Span) -> Chk<()> {
        if (cx.is_module || cx.declared_global.contains(name)) && self.class_id(name).is_some() {
            return Err(self.unsupported(span, &format!("rebinding the class name '{name}'")));
        }
        if cx.is_module || cx.declared_global.contains(name) {
            match self.global_id(name) {
                Some(g) if self.globals[g.index()].ty != ty => {
                    let first = self.global_first_assigned.get(&g).copied();
                    let old = self.globals[g.index()].ty.clone();
                    return Err(self.conflict(name, &ty, &old, span, first));
                }
                Some(_) => {}
                None => {
                    let g = self.declare_global(name, ty);
                    self.global_first_assigned.insert(g, span);
                }
            }
        } else {
            match cx.local(name) {
                Some(l) if *cx.local_ty(l) != ty => {
                    let first = cx.first_assigned.get(name).copied();
                    return Err(self.conflict(name, &ty, &cx.local_ty(l).clone(), span, first));
                }
                Some(_) => {}
                None => {
                    cx.declare_local(name, ty);
                    cx.first_assigned.insert(name.to_string(), span);
                }
            }
        }
        Ok(())
    }

    /// A second assignment of `name` with another type; `first` is where
    /// it got its type `old`, if known.
    fn conflict(
        &mut self,
        name: &str,
        new: &Ty,
        old: &Ty,
        span: Span,
        first: Option<Span>,
    ) -> Reported {
        let hint = match (new, old) {
            (Ty::Class(c), Ty::None) => format!(
                "annotate the first assignment: `{name}: Optional[{}] = None`",
                c.name
            ),
            _ => format!(
                "pyaot gives each variable one type (a union such as `{old} | {new}` is not \
                 supported); use a new name for the other value, or convert both to a common type"
            ),
        };
        let mut d = Diagnostic::new(
            span,
            format!("conflicting types for variable '{name}': {new} here, {old} before"),
        )
        .with_hint(hint);
        if let Some(first) = first.filter(|f| *f != span) {
            d = d.with_note(first, format!("'{name}' was {old} here"));
        }
        self.diags.push(d);
        Reported
    }

    /// The body of `if test:`; when `test` is `isinstance(x, C)` for a
    /// variable `x` of a base class of `C` that the body does not assign,
    /// `x` is a `C` in the body (a variable of its own, like a
    /// comprehension variable).
    fn narrowed_block(
        &mut self,
        cx: &mut FnCx,
        test: &ast::Expr,
        body: &[ast::Stmt],
    ) -> Chk<Block> {
        let Some((name, var, init)) = self.isinstance_narrowing(cx, test)? else {
            return Ok(self.block(cx, body));
        };
        if super::scope::assigned_names(body).contains(&name) {
            return Ok(self.block(cx, body));
        }
        let depth = cx.comp_scopes.len();
        cx.comp_scopes.push((name, var));
        cx.mark_assigned(Var::Local(var));
        let mut out = vec![init];
        out.extend(self.block(cx, body));
        cx.comp_scopes.truncate(depth);
        Ok(out)
    }

    /// Resolves an assignment target, declaring the variable on first
    /// assignment, and marks it definitely assigned.
    pub fn store_target(
        &mut self,
        cx: &mut FnCx,
        target: &ast::Expr,
        ty: &Ty,
        _annotated: Option<&Ty>,
    ) -> Chk<Place> {
        match target {
            ast::Expr::Name(n) => self.store_name(cx, n.id.as_str(), ty, n.range.into()),
            ast::Expr::Subscript(s) => {
                let list = self.expr(cx, &s.value)?;
                self.item_place(cx, list, s, ty)
            }
            ast::Expr::Tuple(_) | ast::Expr::List(_) => {
                Err(self.unsupported(target.range(), "unpacking assignment"))
            }
            ast::Expr::Attribute(a) => self.store_attr(cx, a, ty, false),
            other => Err(self.error(other.range(), "cannot assign to expression")),
        }
    }

    /// Resolves an assignment to the variable `name`, declaring it on first
    /// assignment, and marks it definitely assigned.
    pub fn store_name(&mut self, cx: &mut FnCx, name: &str, ty: &Ty, span: Span) -> Chk<Place> {
        if cx.local(name).is_some_and(|l| cx.is_self(l)) {
            return Err(self.unsupported(span, "assigning to a method's self parameter"));
        }
        self.declare_var(cx, name, ty.clone(), span)?;
        if cx.is_module || cx.declared_global.contains(name) {
            let g = self.global_id(name).ok_or(Reported)?;
            cx.mark_assigned(Var::Global(g));
            Ok(Place::Global(g))
        } else {
            let l = cx.local(name).ok_or(Reported)?;
            cx.mark_assigned(Var::Local(l));
            cx.kill_narrowing(l);
            Ok(Place::Local(l))
        }
    }

    /// The place `list[index]` / `dict[key]` for storing a value of type
    /// `ty`; `list` is the checked container.
    fn item_place(
        &mut self,
        cx: &mut FnCx,
        list: Expr,
        s: &ast::ExprSubscript,
        ty: &Ty,
    ) -> Chk<Place> {
        {
            {
                if let Ty::Dict(k, v, _) = &list.ty {
                    let (k, v) = ((**k).clone(), (**v).clone());
                    if v != *ty {
                        return Err(
                            self.error(s.range, format!("cannot store {ty} in a {}", list.ty))
                        );
                    }
                    let key = self.expr(cx, &s.slice)?;
                    let key = self.dict_key(key, &k)?;
                    return Ok(Place::DictItem {
                        dict: Box::new(list),
                        key: Box::new(key),
                    });
                }
                let Ty::List(elem) = &list.ty else {
                    return Err(self.error(
                        s.range,
                        format!(
                            "'{}' object does not support item assignment",
                            list.ty.runtime_name()
                        ),
                    ));
                };
                if **elem != *ty {
                    return Err(self.error(s.range, format!("cannot store {ty} in a {}", list.ty)));
                }
                let index = self.expr(cx, &s.slice)?;
                let index = self.index_int(index)?;
                Ok(Place::ListItem {
                    list: Box::new(list),
                    index: Box::new(index),
                })
            }
        }
    }

    fn if_stmt(&mut self, cx: &mut FnCx, i: &ast::StmtIf) -> Chk<StmtKind> {
        // The branches are checked even when the test fails: their own
        // errors are worth reporting, and a branch may be what types an
        // empty container the test reads (`if w in counts: ... else:
        // counts[w] = 1`, see `empty.rs`).
        let cond = self.condition(cx, &i.test);
        let facts = narrow::facts(cx, &i.test);
        let before = cx.assigned.clone();
        narrow::assume(cx, &facts.when_true);
        let then = self.narrowed_block(cx, &i.test, &i.body);
        let after_then = std::mem::replace(&mut cx.assigned, before);
        narrow::assume(cx, &facts.when_false);
        let orelse = self.elif_chain(cx, &i.elif_else_clauses);
        cx.assigned = meet(after_then, cx.assigned.take());
        Ok(StmtKind::If(cond?, then?, orelse))
    }

    /// Lowers `elif`/`else` clauses into nested ifs; leaves `cx.assigned`
    /// as the state after whichever clause ran.
    fn elif_chain(&mut self, cx: &mut FnCx, clauses: &[ast::ElifElseClause]) -> Block {
        let Some((first, rest)) = clauses.split_first() else {
            return Vec::new();
        };
        match &first.test {
            None => self.block(cx, &first.body),
            Some(test) => {
                let span: Span = first.range.into();
                let Ok(cond) = self.condition(cx, test) else {
                    return Vec::new();
                };
                let facts = narrow::facts(cx, test);
                let before = cx.assigned.clone();
                narrow::assume(cx, &facts.when_true);
                let Ok(then) = self.narrowed_block(cx, test, &first.body) else {
                    return Vec::new();
                };
                let after_then = std::mem::replace(&mut cx.assigned, before);
                narrow::assume(cx, &facts.when_false);
                let orelse = self.elif_chain(cx, rest);
                cx.assigned = meet(after_then, cx.assigned.take());
                vec![Stmt {
                    kind: StmtKind::If(cond, then, orelse),
                    span,
                }]
            }
        }
    }

    fn while_stmt(&mut self, cx: &mut FnCx, w: &ast::StmtWhile) -> Chk<StmtKind> {
        cx.forget_narrowing(&assigned_names(&w.body));
        self.forget_unbound(cx, &[&w.body]);
        let before = cx.assigned.clone();
        let cond = self.condition(cx, &w.test)?;
        narrow::assume(cx, &narrow::facts(cx, &w.test).when_true);
        cx.loop_depth += 1;
        let body = self.block(cx, &w.body);
        cx.loop_depth -= 1;
        // The body may not run, and `else` runs only when the condition is
        // false, so only what was assigned before is certain afterwards.
        cx.assigned = before.clone();
        let orelse = self.block(cx, &w.orelse);
        cx.assigned = before;
        Ok(StmtKind::While { cond, body, orelse })
    }

    fn for_stmt(&mut self, cx: &mut FnCx, f: &ast::StmtFor) -> Chk<StmtKind> {
        if f.is_async {
            return Err(self.unsupported(f.range, "async for"));
        }
        cx.forget_narrowing(&assigned_names(&f.body));
        self.forget_unbound(cx, &[&f.body]);
        let before = cx.assigned.clone();
        // `for x in obj` over an instance: its __iter__ and __next__.
        let plain = match &*f.iter {
            ast::Expr::Name(_) | ast::Expr::Attribute(_) => true,
            ast::Expr::Call(c) => match &*c.func {
                ast::Expr::Name(n) => {
                    self.func_id(n.id.as_str()).is_some()
                        || self.template_id(n.id.as_str()).is_some()
                        || self.class_ref(cx, n.id.as_str()).is_some()
                }
                _ => false,
            },
            _ => false,
        };
        if plain {
            let it = self.expr(cx, &f.iter)?;
            if let Ty::Class(_) = it.ty {
                let stmt = self.for_instance(cx, f, it);
                cx.assigned = before;
                return stmt;
            }
        }
        let range_args = match &*f.iter {
            ast::Expr::Call(c) if self.is_builtin_name(cx, &c.func, "range") => Some(c),
            _ => None,
        };
        let stmt = if let Some(call) = range_args {
            let (start, stop, step) = self.range_args(cx, call)?;
            let mut prelude = Vec::new();
            let var = self.bind_target(cx, &f.target, &Ty::Int, Binding::Assign, &mut prelude)?;
            cx.loop_depth += 1;
            let mut body = prelude;
            body.extend(self.block(cx, &f.body));
            cx.loop_depth -= 1;
            cx.assigned = before.clone();
            let orelse = self.block(cx, &f.orelse);
            StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            }
        } else {
            let (vars, index, reverse, prelude) = self.for_each_targets(cx, f)?;
            cx.loop_depth += 1;
            let mut body = prelude;
            body.extend(self.block(cx, &f.body));
            cx.loop_depth -= 1;
            cx.assigned = before.clone();
            let orelse = self.block(cx, &f.orelse);
            StmtKind::ForEach {
                vars,
                index,
                reverse,
                body,
                orelse,
            }
        };
        cx.assigned = before;
        Ok(stmt)
    }

    /// `for target in obj` for an instance `obj` (checked): `it =
    /// obj.__iter__()`, then `it.__next__()` until it raises
    /// StopIteration (which runs the `else` block).
    fn for_instance(&mut self, cx: &mut FnCx, f: &ast::StmtFor, obj: Expr) -> Chk<StmtKind> {
        let span: Span = f.range.into();
        let iter_span: Span = f.iter.range().into();
        let Some(it) = self.dunder_call(cx, obj, "__iter__", Vec::new(), false, iter_span)? else {
            return Err(self.error(iter_span, "object is not iterable (it has no __iter__)"));
        };
        let mut stmts = Vec::new();
        let it = self.hidden_var(cx, it, iter_span, &mut stmts)?;
        let Some(next) =
            self.dunder_call(cx, it.read(), "__next__", Vec::new(), false, iter_span)?
        else {
            return Err(self.error(
                iter_span,
                format!("iter() returned non-iterator of type '{}'", it.ty),
            ));
        };
        let before = cx.assigned.clone();
        // `v = it.__next__()` is the body of the try; hidden_var's own
        // assignment is that statement.
        let mut next_stmt = Vec::new();
        let v = self.hidden_var(cx, next, iter_span, &mut next_stmt)?;
        let mut loop_body = Vec::new();
        cx.assigned = before.clone();
        let orelse = self.block(cx, &f.orelse);
        if contains_loop_exit(&orelse) {
            return Err(self.unsupported(
                span,
                "break or continue in the else block of a for loop over an instance",
            ));
        }
        let mut stop_body = orelse;
        stop_body.push(Stmt {
            kind: StmtKind::Break,
            span,
        });
        cx.assigned = before.clone();
        let target = self.store_target(cx, &f.target, &v.ty, None)?;
        cx.loop_depth += 1;
        let body = self.block(cx, &f.body);
        cx.loop_depth -= 1;
        loop_body.push(Stmt {
            kind: StmtKind::Try {
                body: next_stmt,
                handlers: vec![hir::Handler {
                    kinds: vec![ExcKind::StopIteration],
                    classes: Vec::new(),
                    bind: None,
                    body: stop_body,
                    span,
                }],
                orelse: Vec::new(),
                finally: Vec::new(),
            },
            span,
        });
        loop_body.push(Stmt {
            kind: StmtKind::Assign(target, v.read()),
            span,
        });
        loop_body.extend(body);
        stmts.push(Stmt {
            kind: StmtKind::While {
                cond: Expr {
                    kind: ExprKind::Bool(true),
                    ty: Ty::Bool,
                    span,
                },
                body: loop_body,
                orelse: Vec::new(),
            },
            span,
        });
        Ok(StmtKind::Seq(stmts))
    }

    /// The sequences and targets of a `for` over sequences, with
    /// `enumerate`, `zip`, `reversed` and `d.items()` recognised, and the
    /// statements that start the body (unpacking targets such as
    /// `i, (a, b)`, or packing the tuple `for pair in zip(a, b)` binds).
    #[allow(clippy::type_complexity)]
    fn for_each_targets(
        &mut self,
        cx: &mut FnCx,
        f: &ast::StmtFor,
    ) -> Chk<(Vec<(Place, Expr)>, Option<(Place, Expr)>, bool, Block)> {
        let call = match &*f.iter {
            ast::Expr::Call(c) => ["enumerate", "zip", "reversed"]
                .into_iter()
                .find(|n| self.is_builtin_name(cx, &c.func, n))
                .map(|n| (n, c)),
            _ => None,
        };
        // The targets when the loop unpacks into several (`for a, b in`).
        let targets: Option<Vec<&ast::Expr>> = match &*f.target {
            ast::Expr::Tuple(t) => Some(t.elts.iter().collect()),
            ast::Expr::List(l) => Some(l.elts.iter().collect()),
            _ => None,
        };
        let mut prelude = Vec::new();
        if let Some(targets) = targets.as_ref().filter(|t| t.len() == 2) {
            // `for k, v in d.items()`: live key and value iterators, in
            // step (each checks the dict's size, the keys first).
            if let Some(views) = self.dict_items(cx, &f.iter)? {
                let mut out = Vec::new();
                for (t, iter) in targets.iter().zip(views) {
                    let iter = live_view(iter);
                    let elem = self.elem_of(&iter)?;
                    let place = self.bind_target(cx, t, &elem, Binding::Assign, &mut prelude)?;
                    out.push((place, iter));
                }
                return Ok((out, None, false, prelude));
            }
        }
        let Some((name, c)) = call else {
            let iter = self.live_iterable(cx, &f.iter)?;
            let elem = self.elem_of(&iter)?;
            let var = self.bind_target(cx, &f.target, &elem, Binding::Assign, &mut prelude)?;
            return Ok((vec![(var, iter)], None, false, prelude));
        };
        let span: Span = c.range().into();
        match name {
            "reversed" => {
                let [arg] = &*c.arguments.args else {
                    return Err(self.error(span, "reversed expected 1 argument"));
                };
                let iter = self.iterable(cx, arg)?;
                let elem = self.elem_of(&iter)?;
                let var = self.bind_target(cx, &f.target, &elem, Binding::Assign, &mut prelude)?;
                Ok((vec![(var, iter)], None, true, prelude))
            }
            "enumerate" => {
                let (seq, start) = self.enumerate_args(cx, c)?;
                let iter = self.live_iterable(cx, seq)?;
                let elem = self.elem_of(&iter)?;
                let start = match start {
                    Some(s) => {
                        let v = self.expr(cx, s)?;
                        self.index_int(v)?
                    }
                    None => Expr {
                        kind: hir::ExprKind::Int(0),
                        ty: Ty::Int,
                        span,
                    },
                };
                let (ip, xp) = match targets.as_deref() {
                    Some([i, x]) => (
                        self.bind_target(cx, i, &Ty::Int, Binding::Assign, &mut prelude)?,
                        self.bind_target(cx, x, &elem, Binding::Assign, &mut prelude)?,
                    ),
                    // `for pair in enumerate(xs)`: bind the (i, x) tuple.
                    _ => {
                        let i = self.new_hidden(cx, Ty::Int, span)?;
                        let x = self.new_hidden(cx, elem, span)?;
                        self.bind_packed(cx, &f.target, vec![i.read(), x.read()], &mut prelude)?;
                        (i.place(), x.place())
                    }
                };
                Ok((vec![(xp, iter)], Some((ip, start)), false, prelude))
            }
            _ => {
                if !c.arguments.keywords.is_empty() {
                    return Err(self.unsupported(span, "zip() keyword arguments"));
                }
                if c.arguments.args.is_empty() {
                    return Err(self.unsupported(span, "zip() without arguments"));
                }
                let mut vars = Vec::new();
                for a in c.arguments.args.iter() {
                    let iter = self.live_iterable(cx, a)?;
                    let elem = self.elem_of(&iter)?;
                    vars.push((iter, elem));
                }
                let mut out = Vec::new();
                match targets.as_deref() {
                    Some(ts) if ts.len() == vars.len() => {
                        for ((iter, elem), t) in vars.into_iter().zip(ts) {
                            let place =
                                self.bind_target(cx, t, &elem, Binding::Assign, &mut prelude)?;
                            out.push((place, iter));
                        }
                    }
                    // `for pair in zip(a, b)`: bind the tuple of items.
                    _ => {
                        let mut parts = Vec::new();
                        for (iter, elem) in vars {
                            let h = self.new_hidden(cx, elem, span)?;
                            parts.push(h.read());
                            out.push((h.place(), iter));
                        }
                        self.bind_packed(cx, &f.target, parts, &mut prelude)?;
                    }
                }
                Ok((out, None, false, prelude))
            }
        }
    }

    /// An expression consumed as an iterable: a range becomes its list, a
    /// dict (or dict view) a snapshot of its keys (or values, or items), a
    /// tuple the list of its items.
    pub fn iterable(&mut self, cx: &mut FnCx, e: &ast::Expr) -> Chk<Expr> {
        self.views_ok = true;
        let it = self.expr(cx, e);
        self.views_ok = false;
        self.iterable_of(it?)
    }

    /// An iterable that a loop body (or a lazy consumer) may mutate while
    /// it is iterated: a dict, dict view or set is iterated live, raising
    /// CPython's RuntimeError when its size changes
    /// (`runtime/src/live_iter.rs`); anything else as [`Self::iterable`].
    pub fn live_iterable(&mut self, cx: &mut FnCx, e: &ast::Expr) -> Chk<Expr> {
        self.views_ok = true;
        let it = self.expr(cx, e);
        self.views_ok = false;
        let it = it?;
        let it = if is_view_call(e) { live_view(it) } else { it };
        let span = it.span;
        Ok(match it.ty.clone() {
            Ty::Dict(k, _, _) => live_dict_iter(it, 0, *k, None, span),
            Ty::Set(t) => Expr {
                kind: ExprKind::RtCall {
                    func: "pyaot_set_iter",
                    args: vec![hir::RtArg::Value(it)],
                    conv: hir::RtConv::Infallible,
                },
                ty: Ty::Iter(t),
                span,
            },
            _ => self.iterable_of(it)?,
        })
    }

    /// [`Self::iterable`] of a checked expression.
    fn iterable_of(&mut self, it: Expr) -> Chk<Expr> {
        Ok(match it.ty.clone() {
            Ty::Dict(k, _, _) => super::methods::dict_keys(it, *k),
            Ty::Tuple(_) | Ty::VarTuple(_) => self.tuple_as_list(it)?,
            Ty::Set(_) => super::set::set_as_list(it),
            Ty::Bytes => super::bytes::to_list(it),
            Ty::Iterable(_) | Ty::Deque(_) => super::generator::iter_of_iterable(it),
            _ => it,
        })
    }

    /// The element type of a str or list being iterated.
    pub fn elem_of(&mut self, iter: &Expr) -> Chk<Ty> {
        match &iter.ty {
            Ty::Str => Ok(Ty::Str),
            Ty::List(e) | Ty::Iter(e) => Ok((**e).clone()),
            other => Err(self.error(
                iter.span,
                format!("'{}' object is not iterable", other.runtime_name()),
            )),
        }
    }

    pub fn range_args(&mut self, cx: &mut FnCx, call: &ast::ExprCall) -> Chk<(Expr, Expr, Expr)> {
        if !call.arguments.keywords.is_empty() {
            return Err(self.error(call.arguments.range, "range() takes no keyword arguments"));
        }
        let mut args = Vec::new();
        for a in call.arguments.args.iter() {
            let v = self.expr(cx, a)?;
            args.push(self.index_int(v)?);
        }
        let int = |v: i64, span: Span| Expr {
            kind: ExprKind::Int(v),
            ty: Ty::Int,
            span,
        };
        let span: Span = call.range().into();
        let n = args.len();
        let mut it = args.into_iter();
        match n {
            1 => Ok((int(0, span), it.next().ok_or(Reported)?, int(1, span))),
            2 => {
                let a = it.next().ok_or(Reported)?;
                let b = it.next().ok_or(Reported)?;
                Ok((a, b, int(1, span)))
            }
            3 => {
                let a = it.next().ok_or(Reported)?;
                let b = it.next().ok_or(Reported)?;
                let c = it.next().ok_or(Reported)?;
                if matches!(c.kind, ExprKind::Int(0)) {
                    return Err(self.error(c.span, "range() arg 3 must not be zero"));
                }
                Ok((a, b, c))
            }
            0 => Err(self.error(span, "range expected at least 1 argument, got 0")),
            _ => Err(self.error(span, format!("range expected at most 3 arguments, got {n}"))),
        }
    }

    fn return_stmt(&mut self, cx: &mut FnCx, r: &ast::StmtReturn) -> Chk<StmtKind> {
        if cx.is_module {
            return Err(self.error(r.range, "'return' outside function"));
        }
        if cx.is_gen {
            return self.generator_return(cx, r);
        }
        let value = match &r.value {
            Some(v) => Some(match &cx.ret_annotation {
                Some(t) => {
                    let t = t.clone();
                    self.expr_expecting(cx, v, &t)?
                }
                None => self.expr(cx, v)?,
            }),
            None => None,
        };
        let ty = value.as_ref().map_or(Ty::None, |v| v.ty.clone());
        let expected = cx
            .ret_annotation
            .clone()
            .or_else(|| cx.inferred_ret.clone());
        if let (Some(v), Some(t)) = (&value, &expected) {
            self.constrain_to(cx, v, t)?;
        }
        match expected {
            Some(t) if t != ty => {
                let span = r.value.as_ref().map_or(r.range, |v| v.range());
                let name = cx.name.clone();
                cx.assigned = None;
                let mut d = if cx.ret_annotation.is_some() {
                    Diagnostic::new(
                        span,
                        format!("function '{name}' returns {ty} but is annotated -> {t}"),
                    )
                    .with_hint(self.type_hint(&t, &ty))
                } else {
                    Diagnostic::new(
                        span,
                        format!("function '{name}' returns {ty} here but {t} elsewhere"),
                    )
                    .with_hint(format!(
                        "{}; or annotate the return type (a union such as `{t} | {ty}` is not supported)",
                        mismatch_hint(&t, &ty)
                    ))
                };
                if let (None, Some(first)) = (&cx.ret_annotation, cx.inferred_ret_span) {
                    d = d.with_note(first, format!("'{name}' returns {t} here"));
                }
                self.diags.push(d);
                return Err(Reported);
            }
            Some(_) => {}
            None => {
                cx.inferred_ret = Some(ty);
                cx.inferred_ret_span = Some(r.value.as_ref().map_or(r.range, |v| v.range()).into());
            }
        }
        cx.note_init_end();
        cx.assigned = None;
        Ok(StmtKind::Return(value))
    }

    fn raise_stmt(&mut self, cx: &mut FnCx, r: &ast::StmtRaise) -> Chk<StmtKind> {
        if let Some(c) = &r.cause {
            return Err(self.unsupported(c.range(), "raise ... from"));
        }
        let Some(exc) = &r.exc else {
            if cx.handler_depth == 0 {
                return Err(self.error_hint(
                    r.range,
                    "no active exception to re-raise",
                    "a bare `raise` re-raises the exception handled by the enclosing `except` block",
                ));
            }
            cx.assigned = None;
            return Ok(StmtKind::Reraise);
        };
        if let Some(v) = self.raise_user_class(cx, exc)? {
            cx.assigned = None;
            return Ok(StmtKind::RaiseObj(v));
        }
        // `raise e` for a caught exception.
        if let ast::Expr::Name(n) = &**exc {
            if ExcKind::from_name(n.id.as_str()).is_none() {
                let v = self.expr(cx, exc)?;
                let is_exc = match &v.ty {
                    Ty::Exc => true,
                    Ty::Class(c) => self.is_exception_class(c.id),
                    _ => false,
                };
                if !is_exc {
                    return Err(self.error(v.span, "exceptions must derive from BaseException"));
                }
                cx.assigned = None;
                return Ok(StmtKind::RaiseObj(v));
            }
        }
        let (name_expr, args): (&ast::Expr, &[ast::Expr]) = match &**exc {
            ast::Expr::Call(c) => {
                if !c.arguments.keywords.is_empty() {
                    return Err(
                        self.error(c.arguments.range, "exceptions take no keyword arguments")
                    );
                }
                (&c.func, &c.arguments.args)
            }
            other => (other, &[]),
        };
        let kind = match name_expr {
            ast::Expr::Name(n) => ExcKind::from_name(n.id.as_str()),
            _ => None,
        };
        let Some(kind) = kind else {
            return Err(self.error_hint(
                name_expr.range(),
                "unsupported raise: only built-in exception classes can be raised",
                "raise one of ValueError, TypeError, RuntimeError, KeyError, IndexError, ...",
            ));
        };
        if kind == ExcKind::SystemExit {
            // raise SystemExit(x) is sys.exit(x).
            let arg = match args {
                [] => None,
                [one] => {
                    let v = self.expr(cx, one)?;
                    self.note_exit_site(&v.ty, v.span);
                    match v.ty {
                        Ty::Int | Ty::Str | Ty::None => Some(v),
                        Ty::Bool => Some(self.coerce_to_int(v)),
                        _ => {
                            return Err(
                                self.unsupported(v.span, "SystemExit with this argument type")
                            )
                        }
                    }
                }
                _ => {
                    return Err(
                        self.unsupported(exc.range(), "exceptions with more than one argument")
                    )
                }
            };
            cx.assigned = None;
            return Ok(StmtKind::Exit(arg));
        }
        let mut vals = Vec::new();
        for a in args {
            if let ast::Expr::Starred(st) = a {
                return Err(self.unsupported(st.range, "starred exception arguments"));
            }
            vals.push(self.exc_arg(cx, a)?);
        }
        let tys = vals.iter().map(|v| v.ty.clone()).collect();
        self.note_exc_site(ExcClass::Builtin(kind), tys, exc.range().into());
        cx.assigned = None;
        Ok(StmtKind::Raise { kind, args: vals })
    }

    /// Records the args of a `SystemExit(x)`: `(x,)` for an int or str
    /// (what the runtime keeps); None and bool, which it keeps as no
    /// argument and an int, are marked so that no `e.args` can read them.
    fn note_exit_site(&mut self, ty: &Ty, span: Span) {
        let ty = match ty {
            Ty::Int | Ty::Str => ty.clone(),
            other => Ty::Optional(Box::new(other.clone())),
        };
        self.note_exc_site(ExcClass::Builtin(ExcKind::SystemExit), vec![ty], span);
    }

    /// `Kind(args)` of a built-in exception class as a value.
    pub(super) fn new_exc(&mut self, cx: &mut FnCx, kind: ExcKind, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        if kind == ExcKind::SystemExit {
            return Err(self.unsupported(span, "SystemExit objects outside of raise"));
        }
        if !c.arguments.keywords.is_empty() {
            return Err(self.error(c.arguments.range, "exceptions take no keyword arguments"));
        }
        let mut args = Vec::new();
        for a in c.arguments.args.iter() {
            if let ast::Expr::Starred(st) = a {
                return Err(self.unsupported(st.range, "starred exception arguments"));
            }
            args.push(self.exc_arg(cx, a)?);
        }
        let tys = args.iter().map(|v| v.ty.clone()).collect();
        self.note_exc_site(ExcClass::Builtin(kind), tys, span);
        Ok(Expr {
            kind: ExprKind::NewExc { kind, args },
            ty: Ty::Exc,
            span,
        })
    }

    /// The argument of an exception: any value but an exception object.
    fn exc_arg(&mut self, cx: &mut FnCx, e: &ast::Expr) -> Chk<Expr> {
        let v = self.expr(cx, e)?;
        if v.ty.is_exc_object() {
            return Err(self.unsupported(v.span, "an exception as another exception's argument"));
        }
        Ok(v)
    }
}

impl<'a> Checker<'a> {
    fn try_stmt(&mut self, cx: &mut FnCx, t: &ast::StmtTry) -> Chk<StmtKind> {
        if t.is_star {
            return Err(self.unsupported(keyword_span(t.range, 3), "except* (exception groups)"));
        }
        // A handler or `finally` can start after any assignment of the
        // body, so narrowings of what the statement assigns do not hold
        // there.
        let mut touched = assigned_names(&t.body);
        touched.extend(assigned_names(&t.orelse));
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            touched.extend(assigned_names(&h.body));
        }
        cx.forget_narrowing(&touched);
        let mut bodies: Vec<&[ast::Stmt]> = vec![&t.body, &t.orelse];
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            bodies.push(&h.body);
        }
        self.forget_unbound(cx, &bodies);
        // `finally` may run after a handler unbound its `as` name.
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(n) = &h.name {
                let var = match cx.local(n.as_str()) {
                    Some(l) if !cx.is_module => Some(Var::Local(l)),
                    _ => self.global_id(n.as_str()).map(Var::Global),
                };
                if let (Some(var), Some(set)) = (var, &mut cx.assigned) {
                    set.remove(&var);
                }
            }
        }
        let before = cx.assigned.clone();
        let body = self.block(cx, &t.body);
        let orelse = self.block(cx, &t.orelse);
        let mut after = cx.assigned.take();
        let mut handlers = Vec::new();
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            // A handler can start after any statement of the body.
            cx.assigned = before.clone();
            let (kinds, classes) = match &h.type_ {
                None => (vec![ExcKind::BaseException], Vec::new()),
                Some(ty) => self.except_kinds(cx, ty)?,
            };
            // `except E as e` with one user class E: e is an E.
            let bind_ty = match (&kinds[..], &classes[..]) {
                ([], [c]) => self.class_info(*c).ty.clone(),
                _ => Ty::Exc,
            };
            // `as e` is unbound again when the handler ends, so when `e`
            // already has another type (another handler's class), this
            // handler's `e` is a variable of its own, scoped like a
            // comprehension variable (unless the handler assigns it).
            let scoped = h.name.as_ref().filter(|n| {
                let target = ast::Expr::Name(ast::ExprName {
                    range: n.range,
                    node_index: Default::default(),
                    id: n.id.clone(),
                    ctx: ast::ExprContext::Load,
                });
                self.known_type(cx, &target).is_some_and(|t| t != bind_ty)
                    && !super::scope::assigned_names(&h.body).contains(n.as_str())
            });
            let depth = cx.comp_scopes.len();
            let bind = match (&h.name, scoped) {
                (Some(n), Some(_)) => {
                    let hidden = format!("$except{}.{}", self.next_hidden(), n.id);
                    let var = cx.declare_local(&hidden, bind_ty.clone());
                    cx.comp_scopes.push((n.id.to_string(), var));
                    cx.mark_assigned(Var::Local(var));
                    Some(crate::hir::Place::Local(var))
                }
                (Some(n), None) => {
                    let target = ast::Expr::Name(ast::ExprName {
                        range: n.range,
                        node_index: Default::default(),
                        id: n.id.clone(),
                        ctx: ast::ExprContext::Store,
                    });
                    Some(self.store_target(cx, &target, &bind_ty, None)?)
                }
                (None, _) => None,
            };
            // `e.args` inside the handler knows the clause's classes.
            let caught = h.name.as_ref().map(|n| {
                // A handler that rebinds `e` may hold any exception there.
                let classes = if assigned_names(&h.body).contains(n.as_str()) {
                    vec![ExcClass::Builtin(ExcKind::BaseException)]
                } else {
                    clause_classes(&kinds, &classes)
                };
                let old = cx.exc_catch.insert(n.id.to_string(), classes);
                (n.id.to_string(), old)
            });
            cx.handler_depth += 1;
            let hbody = self.block(cx, &h.body);
            cx.handler_depth -= 1;
            if let Some((n, old)) = caught {
                match old {
                    Some(o) => cx.exc_catch.insert(n, o),
                    None => cx.exc_catch.remove(&n),
                };
            }
            cx.comp_scopes.truncate(depth);
            if let Some(n) = scoped {
                // An outer handler's `e` is gone too (CPython deletes it).
                cx.comp_scopes.retain(|(v, _)| v != n.as_str());
            }
            // `as e` is unbound when the handler ends, as in CPython.
            if let Some(n) = &h.name {
                let var = match cx.local(n.as_str()) {
                    Some(l) if !cx.is_module => Some(Var::Local(l)),
                    _ => self.global_id(n.as_str()).map(Var::Global),
                };
                if let (Some(var), Some(set)) = (var, &mut cx.assigned) {
                    set.remove(&var);
                }
            }
            after = meet(after, cx.assigned.take());
            handlers.push(hir::Handler {
                kinds,
                classes,
                bind,
                body: hbody,
                span: h.range.into(),
            });
        }
        // `finally` runs on every path, so only what was certain before it
        // (plus what it assigns itself) is certain afterwards.
        cx.assigned = before;
        cx.finally_depth += 1;
        let finally = self.block(cx, &t.finalbody);
        cx.finally_depth -= 1;
        let finally_assigned = cx.assigned.take();
        cx.assigned = match (after, finally_assigned) {
            (None, _) | (_, None) => None,
            (Some(a), Some(f)) => Some(a.union(&f).copied().collect()),
        };
        // The union above may keep a narrowing from the body of a variable
        // that `finally` reassigns: drop those (conservatively, all of
        // them).
        cx.forget_narrowing(&assigned_names(&t.finalbody));
        Ok(StmtKind::Try {
            body,
            handlers,
            orelse,
            finally,
        })
    }

    /// The classes named by an `except` clause: built-in ones and user
    /// exception classes.
    fn except_kinds(
        &mut self,
        cx: &FnCx,
        ty: &ast::Expr,
    ) -> Chk<(Vec<ExcKind>, Vec<crate::hir::ClassId>)> {
        let names: Vec<&ast::Expr> = match ty {
            ast::Expr::Tuple(t) => t.elts.iter().collect(),
            other => vec![other],
        };
        let (mut kinds, mut classes) = (Vec::new(), Vec::new());
        for e in names {
            match e {
                ast::Expr::Name(n) => {
                    if let Some(c) = self.exception_class_ref(cx, n)? {
                        classes.push(c);
                        continue;
                    }
                    match ExcKind::from_name(n.id.as_str()) {
                        Some(k) => kinds.push(k),
                        None => {
                            return Err(self.error_hint(
                                n.range,
                                format!(
                                    "unsupported except clause: '{}' is not an exception class",
                                    n.id
                                ),
                                "catch built-in exceptions such as ValueError, KeyError or Exception, or classes deriving from them",
                            ))
                        }
                    }
                }
                other => {
                    return Err(self.error_hint(
                        other.range(),
                        "unsupported except clause",
                        "name an exception class, or a tuple of them",
                    ))
                }
            }
        }
        Ok((kinds, classes))
    }
}

/// A compiler-made variable, assigned once before it is read.
pub struct Hidden {
    var: Var,
    pub ty: Ty,
    pub span: Span,
}

impl Hidden {
    pub fn local(id: hir::LocalId, ty: Ty, span: Span) -> Hidden {
        Hidden {
            var: Var::Local(id),
            ty,
            span,
        }
    }

    pub fn place(&self) -> Place {
        match self.var {
            Var::Global(g) => Place::Global(g),
            Var::Local(l) | Var::NotNone(l) => Place::Local(l),
            Var::Field(_) => unreachable!("hidden variables are locals or globals"),
        }
    }

    pub fn read(&self) -> Expr {
        let kind = match self.var {
            Var::Local(id) | Var::NotNone(id) => ExprKind::Local { id, checked: false },
            Var::Global(id) => ExprKind::Global { id, checked: false },
            // Hidden variables are locals or globals only.
            Var::Field(_) => ExprKind::None,
        };
        Expr {
            kind,
            ty: self.ty.clone(),
            span: self.span,
        }
    }
}

/// A span covering the statement's leading keyword.
fn keyword_span(r: ruff_text_size::TextRange, len: u32) -> Span {
    let start = r.start().to_u32();
    Span::new(start, start + len)
}

fn target_text(ck: &Checker, e: &ast::Expr) -> String {
    let r = e.range();
    ck.file.text[r.start().to_usize()..r.end().to_usize()].to_string()
}

/// Advice for a value of type `got` where `want` was required.
pub fn mismatch_hint(want: &Ty, got: &Ty) -> String {
    match (want, got) {
        (Ty::Float, Ty::Int) => "pyaot keeps int and float apart (print(2) and print(2.0) differ): write a float literal such as 2.0, or float(x)".to_string(),
        (Ty::Int, Ty::Bool) => "write int(x) to turn a bool into an int".to_string(),
        (Ty::Str, _) => "convert with str(x)".to_string(),
        (Ty::Iter(_), got) if iterable_elem(got).is_some() => {
            "an Iterator parameter takes an iterator: pass iter(xs), or annotate the parameter Iterable[T] to accept any iterable".to_string()
        }
        (Ty::Iterable(w), got) => match iterable_elem(got) {
            Some(g) => format!("iterating it gives {g}, not {w}: the item types must be the same"),
            None => format!("an Iterable[{w}] is a list, tuple, set, dict, str, bytes or iterator of {w}"),
        },
        // The first differing item of two tuples of one length says why.
        (Ty::Tuple(w), Ty::Tuple(g)) if w.len() == g.len() => {
            match w.iter().zip(g).find(|(a, b)| a != b) {
                Some((a, b)) => format!("item of type {b} where {a} is expected: {}", mismatch_hint(a, b)),
                None => format!("change the annotation or convert the value to {want}"),
            }
        }
        _ => format!("change the annotation or convert the value to {want}"),
    }
}

/// The type of what iterating a value of type `ty` gives, for the types
/// an `Iterable[T]` accepts as they are: list, tuple (of one item type),
/// set, dict (its keys), str, bytes, iterators and Iterables. (A `range`
/// is no object in pyaot; a caller passes `list(range(...))`.)
pub fn iterable_elem(ty: &Ty) -> Option<Ty> {
    match ty {
        Ty::List(t)
        | Ty::Set(t)
        | Ty::Iter(t)
        | Ty::Iterable(t)
        | Ty::Deque(t)
        | Ty::Dict(t, _, _) => Some((**t).clone()),
        Ty::Tuple(_) | Ty::VarTuple(_) => ty.tuple_elem().cloned(),
        Ty::Str => Some(Ty::Str),
        Ty::Bytes => Some(Ty::Int),
        _ => None,
    }
}

/// Whether `e` is a call of a dict view method (`d.keys()`, `d.values()`,
/// `d.items()`), which the checker makes a snapshot list.
fn is_view_call(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Call(c)
        if c.arguments.args.is_empty()
            && matches!(&*c.func, ast::Expr::Attribute(a)
                if matches!(a.attr.as_str(), "keys" | "values" | "items")))
}

/// A live iterator over dict `d`: its keys (mode 0), values (1) or items
/// (2, made with the tuple type codes of `item`), each of type `item`.
fn live_dict_iter(d: Expr, mode: i64, item: Ty, codes: Option<hir::RtArg>, span: Span) -> Expr {
    Expr {
        kind: ExprKind::RtCall {
            func: "pyaot_dict_iter",
            args: vec![
                hir::RtArg::Value(d),
                hir::RtArg::Int(mode),
                codes.unwrap_or(hir::RtArg::Null),
            ],
            conv: hir::RtConv::Infallible,
        },
        ty: Ty::Iter(Box::new(item)),
        span,
    }
}

/// A dict view's snapshot (`pyaot_dict_keys`, `_values`, `_items` of a
/// dict) turned into the live iterator over the dict; other expressions
/// unchanged.
pub fn live_view(e: Expr) -> Expr {
    let Expr { kind, ty, span } = e;
    match (kind, ty) {
        (
            ExprKind::RtCall {
                func: func @ ("pyaot_dict_keys" | "pyaot_dict_values" | "pyaot_dict_items"),
                mut args,
                ..
            },
            Ty::List(item),
        ) if !args.is_empty() => {
            let d = match args.remove(0) {
                hir::RtArg::Value(d) => d,
                other => {
                    args.insert(0, other);
                    return Expr {
                        kind: ExprKind::RtCall {
                            func,
                            args,
                            conv: hir::RtConv::Infallible,
                        },
                        ty: Ty::List(item),
                        span,
                    };
                }
            };
            let (mode, codes) = match func {
                "pyaot_dict_keys" => (0, None),
                "pyaot_dict_values" => (1, None),
                _ => (2, args.pop()),
            };
            live_dict_iter(d, mode, *item, codes, span)
        }
        (kind, ty) => Expr { kind, ty, span },
    }
}

/// Whether control can reach the end of `block` (conservatively: only
/// a final return/raise/exit or an if whose branches all end so stops it).
pub fn may_fall_through(block: &Block) -> bool {
    match block.last().map(|s| &s.kind) {
        Some(
            StmtKind::Return(_)
            | StmtKind::Raise { .. }
            | StmtKind::Exit(_)
            | StmtKind::Reraise
            | StmtKind::RaiseObj(_),
        ) => false,
        Some(StmtKind::Try {
            body,
            handlers,
            orelse,
            finally,
        }) => {
            // The else block runs only when the body completes normally.
            let normal = may_fall_through(body) && (orelse.is_empty() || may_fall_through(orelse));
            let handled = handlers.iter().any(|h| may_fall_through(&h.body));
            (normal || handled) && (finally.is_empty() || may_fall_through(finally))
        }
        Some(StmtKind::If(_, a, b)) => may_fall_through(a) || may_fall_through(b),
        Some(StmtKind::Seq(b)) => may_fall_through(b),
        Some(StmtKind::While { cond, body, .. }) => {
            // `while True:` without break only leaves by return/raise.
            !matches!(cond.kind, ExprKind::Bool(true)) || contains_break(body)
        }
        _ => true,
    }
}

/// Whether `block` has a `break` or `continue` of its own loop level.
fn contains_loop_exit(block: &Block) -> bool {
    block.iter().any(|s| match &s.kind {
        StmtKind::Break | StmtKind::Continue => true,
        StmtKind::If(_, a, b) => contains_loop_exit(a) || contains_loop_exit(b),
        StmtKind::Seq(b) => contains_loop_exit(b),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finally,
        } => {
            contains_loop_exit(body)
                || handlers.iter().any(|h| contains_loop_exit(&h.body))
                || contains_loop_exit(orelse)
                || contains_loop_exit(finally)
        }
        _ => false,
    })
}

fn contains_break(block: &Block) -> bool {
    block.iter().any(|s| match &s.kind {
        StmtKind::Break => true,
        StmtKind::If(_, a, b) => contains_break(a) || contains_break(b),
        _ => false,
    })
}

impl hir::Place {
    pub fn is_local(&self) -> bool {
        matches!(self, Place::Local(_))
    }
}

/// After `x = <value that is not None>` into an Optional local, `x` is
/// narrowed.
fn narrow_if_wrapped(cx: &mut FnCx, place: &Place, value: &Expr) {
    if let (Place::Local(l), ExprKind::Conv(hir::Conv::Wrap, _)) = (place, &value.kind) {
        cx.narrow(*l);
    }
}
