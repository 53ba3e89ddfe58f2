//! Expression checking: typing, operator specialisation, builtins, calls.

use super::comprehension::Comp;
use super::scope::Var;
use super::stmt::mismatch_hint;
use super::{Checker, Chk, Const, FnCx, Reported};
use crate::hir::{ArithOp, BitOp, CmpOp, Conv, Expr, ExprKind, FPart, ParamKind, RtArg, RtConv};
use crate::source::Span;
use crate::types::{DictKind, Ty};
use ruff_python_ast as ast;
use ruff_text_size::Ranged;

fn mk(kind: ExprKind, ty: Ty, span: Span) -> Expr {
    Expr { kind, ty, span }
}

/// An infallible runtime call.
fn rt_call(func: &'static str, args: Vec<RtArg>, ty: Ty, span: Span) -> Expr {
    mk(
        ExprKind::RtCall {
            func,
            args,
            conv: RtConv::Infallible,
        },
        ty,
        span,
    )
}

impl<'a> Checker<'a> {
    /// Checks `e` where a value of type `want` is expected; only used to
    /// give empty list literals their element type.
    pub fn expr_expecting(&mut self, cx: &mut FnCx, e: &ast::Expr, want: &Ty) -> Chk<Expr> {
        self.expr_for(cx, e, want)
    }

    /// Gives list and dict displays the type their context expects when
    /// they lack one of their own: an empty `[]` or `{}` (typed with `None`
    /// elements until then), also nested (`{"a": []}` as `dict[str,
    /// list[int]]`). An instance of a class where its base class is
    /// expected is upcast, and None where a class is expected becomes a
    /// class-typed None. Anything else is returned unchanged.
    pub fn fit(&self, e: Expr, want: &Ty) -> Expr {
        if e.ty == *want {
            return e;
        }
        if let Ty::Optional(inner) = want {
            return self.fit_optional(e, inner, want);
        }
        match (&e.ty, want) {
            (Ty::Class(sub), Ty::Class(base)) if self.derives(sub.id, base.id) => {
                return Self::conv(e, Conv::Upcast, want.clone())
            }
            (Ty::Class(c), Ty::Exc) if self.is_exception_class(c.id) => {
                return Self::conv(e, Conv::Upcast, Ty::Exc)
            }
            (Ty::None, Ty::Class(_)) => return Self::conv(e, Conv::NoneToObj, want.clone()),
            // A defaultdict or Counter is a dict (the same object).
            (Ty::Dict(k, v, kind), Ty::Dict(wk, wv, DictKind::Plain))
                if *kind != DictKind::Plain && k == wk && v == wv =>
            {
                return Self::conv(e, Conv::Upcast, want.clone())
            }
            // The object itself is the Iterable: each loop over it asks it
            // for a new iterator (`pyaot_iter_any`).
            (got, Ty::Iterable(w))
                if super::stmt::iterable_elem(got).as_ref() == Some(&**w)
                    || *got == Ty::Tuple(Vec::new()) =>
            {
                return Self::conv(e, Conv::Upcast, want.clone())
            }
            // An empty `[]`, `{}` or `set()` takes the item type first.
            (Ty::List(p) | Ty::Set(p), Ty::Iterable(w)) if **p == Ty::None && **w != Ty::None => {
                let container = match &e.ty {
                    Ty::List(_) => Ty::List(w.clone()),
                    _ => Ty::Set(w.clone()),
                };
                let e = self.fit(e, &container);
                if e.ty == container {
                    return Self::conv(e, Conv::Upcast, want.clone());
                }
                return e;
            }
            _ => {}
        }
        let Expr { kind, ty, span } = e;
        match (kind, want) {
            (ExprKind::List(items), Ty::List(w)) => {
                let items: Vec<Expr> = items.into_iter().map(|i| self.fit(i, w)).collect();
                let ty = if items.iter().all(|i| i.ty == **w) {
                    want.clone()
                } else {
                    ty
                };
                Expr {
                    kind: ExprKind::List(items),
                    ty,
                    span,
                }
            }
            (ExprKind::Dict(items), Ty::Dict(wk, wv, _)) => {
                let items: Vec<(Expr, Expr)> = items
                    .into_iter()
                    .map(|(k, v)| (self.fit(k, wk), self.fit(v, wv)))
                    .collect();
                let fits = items.iter().all(|(k, v)| k.ty == **wk && v.ty == **wv);
                let ty = if fits { want.clone() } else { ty };
                Expr {
                    kind: ExprKind::Dict(items),
                    ty,
                    span,
                }
            }
            (
                ExprKind::RtCall {
                    func: "pyaot_set_new",
                    ..
                },
                Ty::Set(w),
            ) if ty == Ty::empty_set() => super::set::new_set(w, span),
            (ExprKind::Tuple(items), Ty::VarTuple(w)) => {
                let items: Vec<Expr> = items.into_iter().map(|i| self.fit(i, w)).collect();
                let ty = if items.iter().all(|i| i.ty == **w) {
                    want.clone()
                } else {
                    Ty::Tuple(items.iter().map(|i| i.ty.clone()).collect())
                };
                Expr {
                    kind: ExprKind::Tuple(items),
                    ty,
                    span,
                }
            }
            (kind, Ty::VarTuple(w)) if matches!(&ty, Ty::Tuple(items) if !items.is_empty() && items.iter().all(|i| *i == **w)) => {
                Self::conv(Expr { kind, ty, span }, Conv::Upcast, want.clone())
            }
            (ExprKind::Tuple(items), Ty::Tuple(ws)) if items.len() == ws.len() => {
                let items: Vec<Expr> = items
                    .into_iter()
                    .zip(ws)
                    .map(|(i, w)| self.fit(i, w))
                    .collect();
                let ty = Ty::Tuple(items.iter().map(|i| i.ty.clone()).collect());
                Expr {
                    kind: ExprKind::Tuple(items),
                    ty,
                    span,
                }
            }
            (kind, _) => Expr { kind, ty, span },
        }
    }

    /// A value where `Optional[inner]` is expected: None becomes the NULL
    /// pointer, an `inner` value is wrapped (a narrowed read is simply
    /// un-narrowed, not unboxed and boxed again).
    fn fit_optional(&self, e: Expr, inner: &Ty, want: &Ty) -> Expr {
        if e.ty == Ty::None {
            return Self::conv(e, Conv::NoneToOptional, want.clone());
        }
        if let ExprKind::Conv(Conv::Unwrap, x) = e.kind {
            if x.ty == *want {
                return *x;
            }
            return Expr {
                kind: ExprKind::Conv(Conv::Unwrap, x),
                ..e
            };
        }
        let e = self.fit(e, inner);
        if e.ty == *inner {
            return Self::conv(e, Conv::Wrap, want.clone());
        }
        e
    }

    pub fn expr(&mut self, cx: &mut FnCx, e: &ast::Expr) -> Chk<Expr> {
        use ast::Expr as E;
        let span: Span = e.range().into();
        let views_ok = std::mem::take(&mut self.views_ok);
        let genexp_ok = std::mem::take(&mut self.genexp_ok);
        match e {
            E::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => Ok(mk(ExprKind::Int(v), Ty::Int, span)),
                    None => Err(self.error_hint(
                        span,
                        "integer literal too large for pyaot's 64-bit int",
                        "pyaot ints are 64-bit until arbitrary precision lands",
                    )),
                },
                ast::Number::Float(f) => Ok(mk(ExprKind::Float(*f), Ty::Float, span)),
                ast::Number::Complex { .. } => Err(self.unsupported(span, "complex numbers")),
            },
            E::BooleanLiteral(b) => Ok(mk(ExprKind::Bool(b.value), Ty::Bool, span)),
            E::NoneLiteral(_) => Ok(mk(ExprKind::None, Ty::None, span)),
            E::StringLiteral(s) => Ok(mk(
                ExprKind::Str(s.value.to_str().to_string()),
                Ty::Str,
                span,
            )),
            E::FString(f) => self.fstring(cx, f),
            E::Name(n) => {
                let v = self.name(cx, n)?;
                if v.ty == Ty::Traceback && !self.traceback_ok {
                    return Err(self.traceback_use(span));
                }
                self.read_pending(cx, v)
            }
            E::BinOp(b) => {
                let l = self.expr(cx, &b.left)?;
                let r = self.expr(cx, &b.right)?;
                self.binary(cx, b.op, l, r, span)
            }
            E::UnaryOp(u) => self.unary(cx, u),
            E::BoolOp(b) => self.bool_op(cx, b),
            E::Compare(c) => self.compare(cx, c),
            E::If(i) => {
                let cond = self.condition(cx, &i.test)?;
                let facts = super::narrow::facts(cx, &i.test);
                let before = cx.assigned.clone();
                super::narrow::assume(cx, &facts.when_true);
                let a = self.expr(cx, &i.body);
                cx.assigned = before.clone();
                super::narrow::assume(cx, &facts.when_false);
                let b = self.expr(cx, &i.orelse);
                cx.assigned = before;
                let (a, b) = (a?, b?);
                let (a, b) = self.unify_branches(a, b, "conditional expression")?;
                let ty = a.ty.clone();
                Ok(mk(
                    ExprKind::IfExp(Box::new(cond), Box::new(a), Box::new(b)),
                    ty,
                    span,
                ))
            }
            E::Call(c) => self.call(cx, c, views_ok),
            E::Subscript(s) => self.subscript(cx, s),
            E::Attribute(a) if a.attr.as_str() == "__name__" => {
                let v = self.expr(cx, &a.value)?;
                if matches!(v.ty, Ty::ExcType | Ty::Traceback) {
                    return self.exc_type_attr(v, "__name__", span);
                }
                if v.ty.func().is_none() {
                    return Err(self.error(
                        span,
                        format!(
                            "'{}' object has no attribute '__name__'",
                            v.ty.runtime_name()
                        ),
                    ));
                }
                Ok(self.func_name_attr(v, span))
            }
            E::Attribute(a) => {
                if self.is_sys_attr(cx, e, "argv") {
                    return Ok(mk(ExprKind::SysArgv, Ty::List(Box::new(Ty::Str)), span));
                }
                let v = self.attribute(cx, a)?;
                self.read_pending(cx, v)
            }
            E::List(l) => {
                let mut items: Vec<Expr> = Vec::new();
                for el in &l.elts {
                    items.push(self.expr(cx, el)?);
                }
                // Empty list literals among the items take the others' type;
                // an empty literal's own type comes from its context.
                let elem = self
                    .join_classes(items.iter().map(|i| &i.ty))
                    .or_else(|| {
                        items
                            .iter()
                            .map(|i| i.ty.clone())
                            .find(|t| !is_placeholder(t))
                    })
                    .or_else(|| items.first().map(|i| i.ty.clone()))
                    .unwrap_or(Ty::None);
                let items: Vec<Expr> = items.into_iter().map(|i| self.fit(i, &elem)).collect();
                if elem.is_exc_object() {
                    return Err(self.unsupported(span, "lists of exception objects"));
                }
                if let Ty::Optional(_) = elem {
                    return Err(self.optional_in_container(span, &elem));
                }
                if let Some(bad) = items.iter().find(|i| i.ty != elem) {
                    let mut d = crate::diagnostic::Diagnostic::new(
                        bad.span,
                        format!("list elements must have one type: {} and {}", elem, bad.ty),
                    )
                    .with_hint(format!(
                        "pyaot lists are homogeneous: convert the elements to one type and \
                         annotate it (`list[{elem}]`), or use a tuple for a fixed mix \
                         (`tuple[{elem}, {}]`)",
                        bad.ty
                    ));
                    if let Some(first) = items.iter().find(|i| i.ty == elem) {
                        d = d.with_note(first.span, format!("this element is {elem}"));
                    }
                    self.diags.push(d);
                    return Err(Reported);
                }
                Ok(mk(ExprKind::List(items), Ty::List(Box::new(elem)), span))
            }
            E::Lambda(l) => self.lambda(cx, l, None),
            E::Tuple(t) => self.tuple_display(cx, t),
            E::Dict(d) => self.dict_display(cx, d),
            E::Set(s) => self.set_display(cx, s),
            E::ListComp(l) => self.comprehension(cx, Comp::List(&l.elt), &l.generators, span),
            E::DictComp(d) => {
                let Some(key) = &d.key else {
                    return Err(self.unsupported(span, "** in dict comprehensions"));
                };
                self.comprehension(cx, Comp::Dict(key, &d.value), &d.generators, span)
            }
            E::SetComp(s) => self.comprehension(cx, Comp::Set(&s.elt), &s.generators, span),
            // A generator expression that is consumed whole is a list
            // (`genexp::eager_consumer`); elsewhere it is lazy.
            E::Generator(g) if genexp_ok => {
                self.comprehension(cx, Comp::List(&g.elt), &g.generators, span)
            }
            E::Generator(g) => self.genexp(cx, g, span),
            E::Named(_) => Err(self.unsupported(span, "assignment expressions (:=)")),
            E::Await(_) => Err(self.unsupported(span, "await")),
            E::Yield(_) | E::YieldFrom(_) => Err(self.error_hint(
                span,
                "unsupported: yield inside an expression",
                "pyaot supports `yield value` and `yield from iterable` as statements \
                 (generator.send() is not supported, so a yield has no value)",
            )),
            E::BytesLiteral(b) => Ok(mk(
                ExprKind::Bytes(b.value.bytes().collect()),
                Ty::Bytes,
                span,
            )),
            E::Starred(_) => Err(self.unsupported(span, "starred expressions")),
            E::Slice(_) => Err(self.error(span, "slice outside of a subscript")),
            E::EllipsisLiteral(_) => Err(self.unsupported(span, "Ellipsis")),
            E::TString(_) => Err(self.unsupported(span, "template strings")),
            E::IpyEscapeCommand(_) => Err(self.unsupported(span, "IPython escape commands")),
        }
    }

    /// The diagnostic for a container that would hold `Optional` values,
    /// which the runtime's containers cannot describe yet.
    pub fn optional_in_container(&mut self, span: Span, elem: &Ty) -> Reported {
        self.error_hint(
            span,
            format!("unsupported: a container of {elem} values (Optional inside containers)"),
            "Optional works for variables, parameters and return values; inside a \
             container, test for None first or use a sentinel value",
        )
    }

    /// `{k: v, ...}`: one key type and one value type; `{}` takes its
    /// type from context.
    fn dict_display(&mut self, cx: &mut FnCx, d: &ast::ExprDict) -> Chk<Expr> {
        let span: Span = d.range.into();
        let mut items = Vec::new();
        for item in &d.items {
            let Some(k) = &item.key else {
                return Err(self.unsupported(item.value.range(), "** unpacking in dict displays"));
            };
            let k = self.expr(cx, k)?;
            let v = self.expr(cx, &item.value)?;
            items.push((k, v));
        }
        let Some((k0, v0)) = items.first() else {
            return Ok(mk(ExprKind::Dict(items), Ty::empty_dict(), span));
        };
        let kt = k0.ty.clone();
        // Empty displays among the values take the others' type.
        let vt = self
            .join_classes(items.iter().map(|(_, v)| &v.ty))
            .or_else(|| {
                items
                    .iter()
                    .map(|(_, v)| v.ty.clone())
                    .find(|t| !is_placeholder(t))
            })
            .unwrap_or_else(|| v0.ty.clone());
        if let Some(bad) = kt.unhashable_part() {
            return Err(self.error(
                k0.span,
                format!("unhashable type: '{}'", bad.runtime_name()),
            ));
        }
        if let Ty::Optional(_) = vt {
            return Err(self.optional_in_container(span, &vt));
        }
        if vt.is_exc_object() {
            return Err(self.unsupported(v0.span, "dicts of exception objects"));
        }
        let mut fitted = Vec::new();
        for (k, v) in items {
            let v = self.fit(v, &vt);
            if k.ty != kt || v.ty != vt {
                let bad = if k.ty != kt { &k } else { &v };
                return Err(self.error_hint(
                    bad.span,
                    format!("dict items must have one key type and one value type: dict[{kt}, {vt}] and {}", bad.ty),
                    "pyaot dicts are homogeneous; convert the keys or values to one type",
                ));
            }
            fitted.push((k, v));
        }
        Ok(mk(ExprKind::Dict(fitted), Ty::dict(kt, vt), span))
    }

    fn name(&mut self, cx: &mut FnCx, n: &ast::ExprName) -> Chk<Expr> {
        let name = n.id.as_str();
        let span: Span = n.range.into();
        if let Some((module, member)) = self.native_member(name) {
            return self.native_value(module, member, span);
        }
        if let Some(&(_, id)) = cx.comp_scopes.iter().rev().find(|(v, _)| v == name) {
            let ty = cx.local_ty(id).clone();
            return Ok(mk(ExprKind::Local { id, checked: false }, ty, span));
        }
        let is_local_scope = !cx.is_module && cx.local_scope.contains(name);
        if is_local_scope {
            let Some(id) = cx.local(name) else {
                if cx.failed_names.contains(name) {
                    return Err(Reported);
                }
                return Err(self.error_hint(
                    span,
                    format!("cannot access local variable '{name}' where it is not associated with a value"),
                    "assign it before this point (pyaot learns a variable's type from its first assignment)",
                ));
            };
            let checked = cx.needs_check(Var::Local(id));
            let ty = cx.local_ty(id).clone();
            if cx.is_self(id) {
                cx.note_self_escape();
            }
            let read = mk(ExprKind::Local { id, checked }, ty, span);
            if let (Ty::Optional(inner), true) = (&read.ty, cx.is_narrowed(id)) {
                let inner = (**inner).clone();
                return Ok(Self::conv(read, Conv::Unwrap, inner));
            }
            return Ok(read);
        }
        if cx.free.contains(name) {
            let id = cx.local(name).ok_or(Reported)?;
            let checked = cx.needs_check(Var::Local(id));
            let ty = cx.local_ty(id).clone();
            return Ok(mk(ExprKind::Local { id, checked }, ty, span));
        }
        if cx.self_ref.as_ref().is_some_and(|(n, _)| n == name) {
            return self.self_ref_read(cx, span);
        }
        if let Some(id) = self.global_id(name) {
            // Inside functions globals are always checked: module code may
            // not have assigned them yet when the function runs.
            let checked = !cx.is_module || cx.needs_check(Var::Global(id));
            let ty = self.globals[id.index()].ty.clone();
            return Ok(mk(ExprKind::Global { id, checked }, ty, span));
        }
        if name == "__name__" {
            return Ok(mk(
                ExprKind::Str(self.ns.module_name.to_string()),
                Ty::Str,
                span,
            ));
        }
        if self.failed_globals.contains(&(self.cur, name.to_string()))
            || cx.failed_names.contains(name)
        {
            return Err(Reported);
        }
        if self.is_module_assigned(name) {
            return Err(self.error_hint(
                span,
                format!("name '{name}' is used before the module assigns it"),
                "move the assignment above its first use",
            ));
        }
        if let Some(id) = self.func_id(name) {
            return self.func_value(id, span);
        }
        if let Some(t) = self.template_id(name) {
            return Err(self.template_as_value(t, span));
        }
        if self.class_ref(cx, name).is_some() {
            return Err(self.unsupported(span, "classes as values"));
        }
        if let Some(r) = self.module_name_error(name, span) {
            return Err(r);
        }
        Err(self.error(span, format!("name '{name}' is not defined")))
    }

    /// A test (`if`, `elif`, `while`, `assert`, a conditional
    /// expression, a comprehension filter) as a bool. Only its truth is
    /// used, so `and`/`or` operands may differ in type here (`while xs
    /// and xs[-1] < x`): each operand is tested in turn with the same
    /// short-circuit order and narrowing, which is what CPython's value
    /// of the whole expression would give when tested.
    pub fn condition(&mut self, cx: &mut FnCx, e: &ast::Expr) -> Chk<Expr> {
        match e {
            ast::Expr::BoolOp(b) => {
                let values = self.bool_operands(cx, b, Self::condition)?;
                let is_and = b.op == ast::BoolOp::And;
                Ok(mk(
                    ExprKind::BoolOp { is_and, values },
                    Ty::Bool,
                    b.range.into(),
                ))
            }
            ast::Expr::UnaryOp(u)
                if u.op == ast::UnaryOp::Not && matches!(*u.operand, ast::Expr::BoolOp(_)) =>
            {
                let c = self.condition(cx, &u.operand)?;
                Ok(mk(ExprKind::Not(Box::new(c)), Ty::Bool, u.range.into()))
            }
            _ => {
                let v = self.expr(cx, e)?;
                Ok(self.truthy(v))
            }
        }
    }

    /// Python truthiness as an explicit bool.
    pub fn truthy(&mut self, e: Expr) -> Expr {
        if e.ty == Ty::Bool {
            return e;
        }
        let span = e.span;
        mk(ExprKind::Conv(Conv::Truthy, Box::new(e)), Ty::Bool, span)
    }

    pub(super) fn conv(e: Expr, c: Conv, ty: Ty) -> Expr {
        let span = e.span;
        mk(ExprKind::Conv(c, Box::new(e)), ty, span)
    }

    pub fn coerce_to_int(&mut self, e: Expr) -> Expr {
        match e.ty {
            Ty::Bool => Self::conv(e, Conv::BoolToInt, Ty::Int),
            _ => e,
        }
    }

    pub fn to_float(e: Expr) -> Expr {
        match e.ty {
            Ty::Int => Self::conv(e, Conv::IntToFloat, Ty::Float),
            Ty::Bool => Self::conv(e, Conv::BoolToFloat, Ty::Float),
            _ => e,
        }
    }

    /// `str(e)` of an AST expression.
    pub fn to_str(&mut self, cx: &mut FnCx, e: &ast::Expr) -> Chk<Expr> {
        let v = self.expr(cx, e)?;
        Ok(Self::str_of(v))
    }

    /// `repr(e)` of an AST expression.
    pub fn to_repr(&mut self, cx: &mut FnCx, e: &ast::Expr) -> Chk<Expr> {
        let v = self.expr(cx, e)?;
        Ok(Self::conv(v, Conv::Repr, Ty::Str))
    }

    fn str_of(v: Expr) -> Expr {
        str_of_value(v)
    }

    /// A key for a `dict[k, ...]`.
    pub fn dict_key(&mut self, key: Expr, k: &Ty) -> Chk<Expr> {
        let key = match (&key.ty, k) {
            (Ty::Bool, Ty::Int) => self.coerce_to_int(key),
            _ => key,
        };
        if key.ty != *k {
            return Err(self.error_hint(
                key.span,
                format!("dict key must be {k}, not {}", key.ty),
                mismatch_hint(k, &key.ty),
            ));
        }
        Ok(key)
    }

    /// An index or count operand: int, or bool promoted to int.
    pub fn index_int(&mut self, e: Expr) -> Chk<Expr> {
        match e.ty {
            Ty::Int => Ok(e),
            Ty::Bool => Ok(self.coerce_to_int(e)),
            _ => Err(self.error(
                e.span,
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    e.ty.runtime_name()
                ),
            )),
        }
    }

    pub fn binary(
        &mut self,
        cx: &mut FnCx,
        op: ast::Operator,
        l: Expr,
        r: Expr,
        span: Span,
    ) -> Chk<Expr> {
        use ast::Operator as O;
        let sym = op.as_str();
        if let Some(opt) = [&l, &r]
            .into_iter()
            .find(|e| matches!(e.ty, Ty::Optional(_)))
        {
            return Err(self.error_hint(
                opt.span,
                format!(
                    "unsupported operand type(s) for {sym}: this operand is {} and may be None",
                    opt.ty
                ),
                "test `x is not None` first (or return early when it is None); pyaot then \
                 treats `x` as its inner type",
            ));
        }
        if Self::is_counter_binary(op, &l.ty, &r.ty) {
            return self.counter_binary(op, l, r, span);
        }
        if matches!(l.ty, Ty::Class(_)) || matches!(r.ty, Ty::Class(_)) {
            return self.binary_dunder(cx, op, l, r, span);
        }
        let (l, r) = match self.set_binary(op, l, r, span)? {
            Ok(e) => return Ok(e),
            Err(operands) => operands,
        };
        // An empty list literal takes the other operand's list type.
        let l = self.fit(l, &r.ty);
        let r = self.fit(r, &l.ty);
        let arith = match op {
            O::Add => Some(ArithOp::Add),
            O::Sub => Some(ArithOp::Sub),
            O::Mult => Some(ArithOp::Mul),
            O::Div => Some(ArithOp::Div),
            O::FloorDiv => Some(ArithOp::FloorDiv),
            O::Mod => Some(ArithOp::Mod),
            O::Pow => Some(ArithOp::Pow),
            _ => None,
        };
        if l.ty == Ty::Bytes || r.ty == Ty::Bytes {
            return self.bytes_binary(op, l, r, span);
        }
        // String operators.
        match (op, &l.ty, &r.ty) {
            (O::Add, Ty::Str, Ty::Str) => {
                return Ok(mk(
                    ExprKind::StrConcat(Box::new(l), Box::new(r)),
                    Ty::Str,
                    span,
                ))
            }
            (O::Add, Ty::Str, other) => {
                return Err(self.error_hint(
                    span,
                    format!(
                        "can only concatenate str (not \"{}\") to str",
                        other.runtime_name()
                    ),
                    "convert the right operand with str(...) or use an f-string",
                ))
            }
            (O::Mult, Ty::Str, Ty::Int | Ty::Bool) => {
                let n = self.coerce_to_int(r);
                return Ok(mk(
                    ExprKind::StrRepeat(Box::new(l), Box::new(n)),
                    Ty::Str,
                    span,
                ));
            }
            (O::Mult, Ty::Int | Ty::Bool, Ty::Str) => {
                let n = self.coerce_to_int(l);
                return Ok(mk(
                    ExprKind::StrRepeat(Box::new(r), Box::new(n)),
                    Ty::Str,
                    span,
                ));
            }
            (O::Add, Ty::List(a), Ty::List(b)) if a == b => {
                let ty = l.ty.clone();
                return Ok(rt_call(
                    "pyaot_list_concat",
                    vec![RtArg::Value(l), RtArg::Value(r)],
                    ty,
                    span,
                ));
            }
            (O::Add, Ty::List(_), other) => {
                return Err(self.error(
                    span,
                    format!(
                        "can only concatenate list (not \"{}\") to list",
                        other.runtime_name()
                    ),
                ))
            }
            (O::Mult, Ty::List(_), Ty::Int | Ty::Bool) => {
                let ty = l.ty.clone();
                let n = self.coerce_to_int(r);
                return Ok(rt_call(
                    "pyaot_list_repeat",
                    vec![RtArg::Value(l), RtArg::Value(n)],
                    ty,
                    span,
                ));
            }
            (O::Mult, Ty::Int | Ty::Bool, Ty::List(_)) => {
                let ty = r.ty.clone();
                let n = self.coerce_to_int(l);
                return Ok(rt_call(
                    "pyaot_list_repeat",
                    vec![RtArg::Value(r), RtArg::Value(n)],
                    ty,
                    span,
                ));
            }
            (O::Mult, Ty::Tuple(_) | Ty::VarTuple(_), Ty::Int | Ty::Bool) => {
                return match self.as_var_tuple(l) {
                    Ok(t) => self.var_tuple_repeat(t, r, span),
                    Err(l) => Err(self.tuple_repeat_error(&l.ty, span)),
                };
            }
            (O::Mult, Ty::Int | Ty::Bool, Ty::Tuple(_) | Ty::VarTuple(_)) => {
                return match self.as_var_tuple(r) {
                    Ok(t) => self.var_tuple_repeat(t, l, span),
                    Err(r) => Err(self.tuple_repeat_error(&r.ty, span)),
                };
            }
            (O::Add, Ty::VarTuple(_), Ty::Tuple(_) | Ty::VarTuple(_))
            | (O::Add, Ty::Tuple(_), Ty::VarTuple(_)) => {
                let (lt, rt_) = (l.ty.clone(), r.ty.clone());
                let (l, r) = match (self.as_var_tuple(l), self.as_var_tuple(r)) {
                    (Ok(l), Ok(r)) if l.ty == r.ty => (l, r),
                    _ => {
                        return Err(self.error(
                            span,
                            format!("unsupported: {lt} + {rt_} (the items' types differ)"),
                        ))
                    }
                };
                let ty = l.ty.clone();
                return Ok(rt_call(
                    "pyaot_tuple_concat",
                    vec![
                        RtArg::Value(l),
                        RtArg::Value(r),
                        RtArg::TupleCodes(ty.clone()),
                    ],
                    ty,
                    span,
                ));
            }
            (O::Add, Ty::Tuple(a), Ty::Tuple(b)) => {
                let ty = Ty::Tuple(a.iter().chain(b).cloned().collect());
                return Ok(rt_call(
                    "pyaot_tuple_concat",
                    vec![
                        RtArg::Value(l),
                        RtArg::Value(r),
                        RtArg::TupleCodes(ty.clone()),
                    ],
                    ty,
                    span,
                ));
            }
            (O::Add, Ty::Tuple(_), other) => {
                return Err(self.error(
                    span,
                    format!(
                        "can only concatenate tuple (not \"{}\") to tuple",
                        other.runtime_name()
                    ),
                ))
            }
            (O::Mod, Ty::Str, _) => {
                return Err(self.error_hint(
                    span,
                    "unsupported syntax: printf-style '%' formatting",
                    "use an f-string, e.g. f\"{x:.2f}\"",
                ))
            }
            _ => {}
        }
        let type_error = |ck: &mut Self, l: &Ty, r: &Ty| {
            ck.error(
                span,
                format!(
                    "unsupported operand type(s) for {sym}: '{}' and '{}'",
                    l.runtime_name(),
                    r.runtime_name()
                ),
            )
        };
        if !l.ty.is_numeric() || !r.ty.is_numeric() {
            return Err(type_error(self, &l.ty, &r.ty));
        }
        let Some(aop) = arith else {
            return self.bitwise(op, l, r, span);
        };
        let float = l.ty == Ty::Float || r.ty == Ty::Float;
        if aop == ArithOp::Div && !float {
            // int / int stays int-typed operands: CPython's message for a
            // zero divisor differs from float division's.
            let l = self.coerce_to_int(l);
            let r = self.coerce_to_int(r);
            return Ok(mk(
                ExprKind::Arith(aop, Box::new(l), Box::new(r)),
                Ty::Float,
                span,
            ));
        }
        if aop == ArithOp::Pow && !float {
            // int ** negative-constant is a float in Python.
            if let ExprKind::Int(k) = &r.kind {
                if *k < 0 {
                    let (l, r) = (Self::to_float(l), Self::to_float(r));
                    return Ok(mk(
                        ExprKind::Arith(aop, Box::new(l), Box::new(r)),
                        Ty::Float,
                        span,
                    ));
                }
            }
        }
        if float {
            let (l, r) = (Self::to_float(l), Self::to_float(r));
            Ok(mk(
                ExprKind::Arith(aop, Box::new(l), Box::new(r)),
                Ty::Float,
                span,
            ))
        } else {
            let l = self.coerce_to_int(l);
            let r = self.coerce_to_int(r);
            Ok(mk(
                ExprKind::Arith(aop, Box::new(l), Box::new(r)),
                Ty::Int,
                span,
            ))
        }
    }

    fn bitwise(&mut self, op: ast::Operator, l: Expr, r: Expr, span: Span) -> Chk<Expr> {
        use ast::Operator as O;
        let bop = match op {
            O::BitAnd => BitOp::And,
            O::BitOr => BitOp::Or,
            O::BitXor => BitOp::Xor,
            O::LShift => BitOp::LShift,
            O::RShift => BitOp::RShift,
            _ => return Err(self.unsupported(span, &format!("the '{}' operator", op.as_str()))),
        };
        let logical = matches!(bop, BitOp::And | BitOp::Or | BitOp::Xor);
        if logical && l.ty == Ty::Bool && r.ty == Ty::Bool {
            return Ok(mk(
                ExprKind::Bit(bop, Box::new(l), Box::new(r)),
                Ty::Bool,
                span,
            ));
        }
        if matches!(l.ty, Ty::Int | Ty::Bool) && matches!(r.ty, Ty::Int | Ty::Bool) {
            let l = self.coerce_to_int(l);
            let r = self.coerce_to_int(r);
            return Ok(mk(
                ExprKind::Bit(bop, Box::new(l), Box::new(r)),
                Ty::Int,
                span,
            ));
        }
        Err(self.error_hint(
            span,
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.as_str(),
                l.ty.runtime_name(),
                r.ty.runtime_name()
            ),
            "bitwise operators are supported on int operands",
        ))
    }

    fn unary(&mut self, cx: &mut FnCx, u: &ast::ExprUnaryOp) -> Chk<Expr> {
        let span: Span = u.range.into();
        let v = self.expr(cx, &u.operand)?;
        if let (Ty::Class(c), ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert) =
            (&v.ty, u.op)
        {
            let name = match u.op {
                ast::UnaryOp::USub => "__neg__",
                ast::UnaryOp::UAdd => "__pos__",
                _ => "__invert__",
            };
            if !self.has_method(c.id, name) {
                let sym = match u.op {
                    ast::UnaryOp::USub => "-",
                    ast::UnaryOp::UAdd => "+",
                    _ => "~",
                };
                return Err(self.error(
                    span,
                    format!("bad operand type for unary {sym}: '{}'", c.name),
                ));
            }
            return self
                .dunder_call(cx, v, name, Vec::new(), false, span)?
                .ok_or(Reported);
        }
        match u.op {
            ast::UnaryOp::Not => {
                let b = self.truthy(v);
                Ok(mk(ExprKind::Not(Box::new(b)), Ty::Bool, span))
            }
            ast::UnaryOp::USub => match v.ty {
                // Fold `-<literal>` so that -9223372036854775808 is representable.
                Ty::Int => {
                    if let ExprKind::Int(k) = v.kind {
                        return Ok(mk(ExprKind::Int(-k), Ty::Int, span));
                    }
                    Ok(mk(ExprKind::Neg(Box::new(v)), Ty::Int, span))
                }
                Ty::Float => {
                    if let ExprKind::Float(k) = v.kind {
                        return Ok(mk(ExprKind::Float(-k), Ty::Float, span));
                    }
                    Ok(mk(ExprKind::Neg(Box::new(v)), Ty::Float, span))
                }
                Ty::Bool => {
                    let i = self.coerce_to_int(v);
                    Ok(mk(ExprKind::Neg(Box::new(i)), Ty::Int, span))
                }
                _ => Err(self.error(
                    span,
                    format!("bad operand type for unary -: '{}'", v.ty.runtime_name()),
                )),
            },
            ast::UnaryOp::UAdd => match v.ty {
                Ty::Int | Ty::Float => Ok(v),
                Ty::Bool => Ok(self.coerce_to_int(v)),
                _ => Err(self.error(
                    span,
                    format!("bad operand type for unary +: '{}'", v.ty.runtime_name()),
                )),
            },
            ast::UnaryOp::Invert => match v.ty {
                Ty::Int | Ty::Bool => {
                    let i = self.coerce_to_int(v);
                    Ok(mk(ExprKind::Invert(Box::new(i)), Ty::Int, span))
                }
                _ => Err(self.error(
                    span,
                    format!("bad operand type for unary ~: '{}'", v.ty.runtime_name()),
                )),
            },
        }
    }

    /// The operands of `and`/`or`, each checked by `check`. Each operand
    /// runs only if the ones before it were true (`and`) or false (`or`),
    /// which may narrow Optional locals for it.
    fn bool_operands(
        &mut self,
        cx: &mut FnCx,
        b: &ast::ExprBoolOp,
        check: fn(&mut Self, &mut FnCx, &ast::Expr) -> Chk<Expr>,
    ) -> Chk<Vec<Expr>> {
        let mut values = Vec::new();
        let before = cx.assigned.clone();
        for v in &b.values {
            let checked = check(self, cx, v);
            let facts = super::narrow::facts(cx, v);
            let proven = if b.op == ast::BoolOp::And {
                facts.when_true
            } else {
                facts.when_false
            };
            super::narrow::assume(cx, &proven);
            match checked {
                Ok(e) => values.push(e),
                Err(r) => {
                    cx.assigned = before;
                    return Err(r);
                }
            }
        }
        cx.assigned = before;
        Ok(values)
    }

    fn bool_op(&mut self, cx: &mut FnCx, b: &ast::ExprBoolOp) -> Chk<Expr> {
        let span: Span = b.range.into();
        let values = self.bool_operands(cx, b, Self::expr)?;
        let ty = values[0].ty.clone();
        if let Some(bad) = values.iter().find(|v| v.ty != ty) {
            let word = if b.op == ast::BoolOp::And {
                "and"
            } else {
                "or"
            };
            return Err(self.error_hint(
                bad.span,
                format!("operands of '{word}' have different types: {ty} and {}", bad.ty),
                "'and'/'or' return one of their operands, so pyaot needs them to share a type; compare explicitly (e.g. `x != 0`) to get bools",
            ));
        }
        Ok(mk(
            ExprKind::BoolOp {
                is_and: b.op == ast::BoolOp::And,
                values,
            },
            ty,
            span,
        ))
    }

    fn compare(&mut self, cx: &mut FnCx, c: &ast::ExprCompare) -> Chk<Expr> {
        let span: Span = c.range.into();
        if let Some(e) = self.none_test(cx, c)? {
            return Ok(e);
        }
        if let Some(e) = self.exc_type_is(cx, c)? {
            return Ok(e);
        }
        let first = self.expr(cx, &c.left)?;
        let mut prev_ty = first.ty.clone();
        let mut rest = Vec::new();
        let mut first = first;
        for (op, rhs) in c.ops.iter().zip(c.comparators.iter()) {
            let r = self.expr(cx, rhs)?;
            let r = match prev_ty {
                Ty::Iterable(_) => r,
                _ => self.fit(r, &prev_ty),
            };
            // (Fitting to an Iterable would turn the left operand into one.)
            if rest.is_empty() && !matches!(r.ty, Ty::Iterable(_)) {
                first = self.fit(first, &r.ty);
                if let (ast::CmpOp::In | ast::CmpOp::NotIn, Ty::List(e) | Ty::Set(e)) = (op, &r.ty)
                {
                    first = self.fit(first, e);
                }
                prev_ty = first.ty.clone();
            }
            if matches!(prev_ty, Ty::Deque(_)) || matches!(r.ty, Ty::Deque(_)) {
                if c.ops.len() > 1 {
                    return Err(self.unsupported(span, "chained comparisons with a deque"));
                }
                return self.deque_compare(*op, first, r, span);
            }
            let ordering = matches!(
                op,
                ast::CmpOp::Lt | ast::CmpOp::LtE | ast::CmpOp::Gt | ast::CmpOp::GtE
            );
            if ordering && (matches!(prev_ty, Ty::Class(_)) || matches!(r.ty, Ty::Class(_))) {
                if c.ops.len() > 1 {
                    return Err(self.unsupported(span, "chained comparisons of instances"));
                }
                let op = match op {
                    ast::CmpOp::Lt => CmpOp::Lt,
                    ast::CmpOp::LtE => CmpOp::LtE,
                    ast::CmpOp::Gt => CmpOp::Gt,
                    _ => CmpOp::GtE,
                };
                return self.ordering_dunder(cx, op, first, r, span);
            }
            let contains = matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn)
                && matches!(&r.ty, Ty::Class(c) if self.has_method(c.id, "__contains__"));
            let ne = *op == ast::CmpOp::NotEq
                && matches!(&prev_ty, Ty::Class(c) if self.has_method(c.id, "__ne__"));
            if contains || ne {
                if c.ops.len() > 1 {
                    return Err(self.unsupported(span, "chained comparisons of instances"));
                }
                if ne {
                    return self
                        .dunder_call(cx, first, "__ne__", vec![r], false, span)?
                        .ok_or(Reported);
                }
                let call = self
                    .dunder_call(cx, r, "__contains__", vec![first], true, span)?
                    .ok_or(Reported)?;
                let call = self.truthy(call);
                return Ok(if *op == ast::CmpOp::NotIn {
                    mk(ExprKind::Not(Box::new(call)), Ty::Bool, span)
                } else {
                    call
                });
            }
            if let (ast::CmpOp::In | ast::CmpOp::NotIn, Ty::Iter(_) | Ty::Iterable(_)) = (op, &r.ty)
            {
                if c.ops.len() > 1 {
                    return Err(self.unsupported(span, "chained comparisons with a generator"));
                }
                let r = super::generator::iter_of_iterable(r);
                return self.gen_contains(cx, first, r, *op == ast::CmpOp::NotIn, span);
            }
            if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                if let Ty::List(e) = &r.ty {
                    if let (Ty::Class(a), Ty::Class(b)) = (&prev_ty, &**e) {
                        self.check_runtime_dunder(a.id, b.id, "__eq__", span)?;
                    }
                }
            }
            let op = self.cmp_op(*op, &prev_ty, &r.ty, span)?;
            prev_ty = r.ty.clone();
            rest.push((op, r));
        }
        Ok(mk(
            ExprKind::Compare {
                first: Box::new(first),
                rest,
            },
            Ty::Bool,
            span,
        ))
    }

    /// `x is None`, `x is not None`, `x == None`, `x != None` (either
    /// side), for one comparison: an explicit test whatever `x`'s type.
    fn none_test(&mut self, cx: &mut FnCx, c: &ast::ExprCompare) -> Chk<Option<Expr>> {
        use ast::CmpOp as C;
        let ([op], [rhs]) = (&c.ops[..], &c.comparators[..]) else {
            return Ok(None);
        };
        let negated = match op {
            C::Is | C::Eq => false,
            C::IsNot | C::NotEq => true,
            _ => return Ok(None),
        };
        let operand = match (&*c.left, rhs) {
            (x, ast::Expr::NoneLiteral(_)) | (ast::Expr::NoneLiteral(_), x) => x,
            _ => return Ok(None),
        };
        let span: Span = c.range.into();
        let is_identity = matches!(op, C::Is | C::IsNot);
        self.traceback_ok = true;
        let v = self.expr(cx, operand);
        self.traceback_ok = false;
        let v = v?;
        let test = match &v.ty {
            Ty::Optional(_) | Ty::ExcType | Ty::Traceback => {
                mk(ExprKind::IsNone(Box::new(v)), Ty::Bool, span)
            }
            // An instance may be None (NULL); `==` may run its `__eq__`,
            // which `compare` handles (checking the operand again).
            Ty::Class(_) if is_identity => mk(ExprKind::IsNone(Box::new(v)), Ty::Bool, span),
            Ty::Class(_) => return Ok(None),
            // Known statically; the operand still runs for its effects.
            ty => {
                let is_none = *ty == Ty::None;
                mk(
                    ExprKind::Then(
                        Box::new(v),
                        Box::new(mk(ExprKind::Bool(is_none), Ty::Bool, span)),
                    ),
                    Ty::Bool,
                    span,
                )
            }
        };
        Ok(Some(if negated {
            mk(ExprKind::Not(Box::new(test)), Ty::Bool, span)
        } else {
            test
        }))
    }

    pub(super) fn cmp_op(&mut self, op: ast::CmpOp, l: &Ty, r: &Ty, span: Span) -> Chk<CmpOp> {
        if let Ty::Optional(_) = l {
            return Err(self.error_hint(
                span,
                format!("unsupported comparison: the left operand is {l} and may be None"),
                "test `x is not None` first; pyaot then treats `x` as its inner type",
            ));
        }
        if let Ty::Optional(_) = r {
            return Err(self.error_hint(
                span,
                format!("unsupported comparison: the right operand is {r} and may be None"),
                "test `x is not None` first; pyaot then treats `x` as its inner type",
            ));
        }
        use ast::CmpOp as C;
        let op = match op {
            C::Eq => CmpOp::Eq,
            C::NotEq => CmpOp::NotEq,
            C::Lt => CmpOp::Lt,
            C::LtE => CmpOp::LtE,
            C::Gt => CmpOp::Gt,
            C::GtE => CmpOp::GtE,
            C::Is => CmpOp::Is,
            C::IsNot => CmpOp::IsNot,
            C::In => CmpOp::In,
            C::NotIn => CmpOp::NotIn,
        };
        if let (Ty::Class(a), Ty::Class(b)) = (l, r) {
            match op {
                CmpOp::Eq | CmpOp::NotEq => {
                    self.check_runtime_dunder(a.id, b.id, "__eq__", span)?;
                    return Ok(op);
                }
                CmpOp::Is | CmpOp::IsNot => return Ok(op),
                _ => {}
            }
        }
        if let (Ty::List(a), Ty::List(b)) = (l, r) {
            if let (Ty::Class(a), Ty::Class(b)) = (&**a, &**b) {
                if a == b {
                    self.check_runtime_dunder(a.id, b.id, "__eq__", span)?;
                    if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                        self.check_runtime_dunder(a.id, b.id, "__lt__", span)?;
                    }
                }
            }
        }
        let ok = match op {
            CmpOp::Eq | CmpOp::NotEq => super::tuple::eq_comparable(l, r),
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => {
                // Sets order by inclusion; lists of sets are not ordered
                // (their items' `<` would be a subset test).
                let orderable = matches!(l, Ty::Str | Ty::Bytes | Ty::List(_) | Ty::Set(_))
                    && l == r
                    && !matches!(l, Ty::List(e) if matches!(**e, Ty::Set(_)));
                let orderable = orderable
                    && !matches!(l, Ty::List(e) if matches!(**e, Ty::Class(ref c) if !self.has_method(c.id, "__lt__")));
                if let (Ty::Tuple(_), Ty::Tuple(_)) = (l, r) {
                    if let Some((a, b)) = super::tuple::order_blocker(l, r) {
                        return Err(self.error_hint(
                            span,
                            format!(
                                "'{}' not supported between instances of '{}' and '{}'",
                                op_symbol(op),
                                a.runtime_name(),
                                b.runtime_name()
                            ),
                            format!("comparing {l} with {r} could compare these items"),
                        ));
                    }
                    true
                } else if (l.is_numeric() && r.is_numeric()) || orderable {
                    true
                } else {
                    return Err(self.error(
                        span,
                        format!(
                            "'{}' not supported between instances of '{}' and '{}'",
                            op_symbol(op),
                            l.runtime_name(),
                            r.runtime_name()
                        ),
                    ));
                }
            }
            CmpOp::Is | CmpOp::IsNot => *l == Ty::None || *r == Ty::None,
            CmpOp::In | CmpOp::NotIn => {
                if *r == Ty::Bytes && !matches!(l, Ty::Bytes | Ty::Int | Ty::Bool) {
                    return Err(self.error(
                        span,
                        format!(
                            "a bytes-like object is required, not '{}'",
                            l.runtime_name()
                        ),
                    ));
                }
                if *r == Ty::Str && *l != Ty::Str {
                    return Err(self.error(
                        span,
                        format!(
                            "'in <string>' requires string as left operand, not {}",
                            l.runtime_name()
                        ),
                    ));
                }
                *l == Ty::Str && *r == Ty::Str
                    || *r == Ty::Bytes
                    || matches!(r, Ty::List(e) if **e == *l)
                    || matches!(r, Ty::Dict(k, _, _) if **k == *l)
                    || matches!(r, Ty::Set(e) if **e == *l)
                    || matches!(r, Ty::VarTuple(e) if **e == *l)
                    || matches!(r, Ty::Tuple(items)
                        if items.iter().all(|t| super::tuple::eq_comparable(l, t)))
            }
        };
        if !ok {
            return Err(self.error_hint(
                span,
                format!(
                    "unsupported comparison '{}' between {l} and {r}",
                    op_symbol(op)
                ),
                "compare values of the same type ('is' is supported against None only)",
            ));
        }
        Ok(op)
    }

    fn unify_branches(&mut self, a: Expr, b: Expr, what: &str) -> Chk<(Expr, Expr)> {
        if a.ty == b.ty {
            return Ok((a, b));
        }
        if let Some(t) = self.join_classes([&a.ty, &b.ty].into_iter()) {
            let (a, b) = (self.fit(a, &t), self.fit(b, &t));
            if a.ty == t && b.ty == t {
                return Ok((a, b));
            }
            return Err(self.error(b.span, "branches of different classes"));
        }
        // `x if c else None` is an Optional.
        let optional = match (&a.ty, &b.ty) {
            (Ty::None, Ty::Optional(_)) | (Ty::Optional(_), Ty::None) => None,
            (Ty::None, t) | (t, Ty::None) if *t != Ty::Exc => {
                Some(Ty::Optional(Box::new(t.clone())))
            }
            _ => None,
        };
        let optional = optional.or_else(|| match (&a.ty, &b.ty) {
            (Ty::Optional(_), _) => Some(a.ty.clone()),
            (_, Ty::Optional(_)) => Some(b.ty.clone()),
            _ => None,
        });
        if let Some(want) = optional {
            let (a, b) = (self.fit(a, &want), self.fit(b, &want));
            if a.ty == want && b.ty == want {
                return Ok((a, b));
            }
            return self.unify_branches_failed(a, b, what);
        }
        self.unify_branches_failed(a, b, what)
    }

    fn unify_branches_failed(&mut self, a: Expr, b: Expr, what: &str) -> Chk<(Expr, Expr)> {
        Err(self.error_hint(
            b.span,
            format!(
                "branches of {what} have different types: {} and {}",
                a.ty, b.ty
            ),
            "pyaot needs both branches to produce the same type",
        ))
    }

    fn subscript(&mut self, cx: &mut FnCx, s: &ast::ExprSubscript) -> Chk<Expr> {
        let span: Span = s.range.into();
        let value = self.expr(cx, &s.value)?;
        if let Ty::Class(c) = &value.ty {
            if matches!(&*s.slice, ast::Expr::Slice(_)) {
                return Err(self.unsupported(span, "slicing an instance"));
            }
            if !self.has_method(c.id, "__getitem__") {
                return Err(self.error(span, format!("'{}' object is not subscriptable", c.name)));
            }
            let index = self.expr(cx, &s.slice)?;
            return self
                .dunder_call(cx, value, "__getitem__", vec![index], false, span)?
                .ok_or(Reported);
        }
        if let ast::Expr::Slice(sl) = &*s.slice {
            let value = match value.ty {
                Ty::Tuple(_) | Ty::VarTuple(_) => match self.as_var_tuple(value) {
                    Ok(t) => t,
                    Err(_) => return Err(self.error_hint(
                        span,
                        "unsupported syntax: slicing a tuple whose elements have different types",
                        "index the elements (t[0]) or unpack the tuple (a, b = t)",
                    )),
                },
                _ => value,
            };
            if !matches!(
                value.ty,
                Ty::Str | Ty::Bytes | Ty::List(_) | Ty::VarTuple(_)
            ) {
                return Err(self.error(
                    span,
                    format!("'{}' object is not subscriptable", value.ty.runtime_name()),
                ));
            }
            let mut part = |e: &Option<Box<ast::Expr>>, ck: &mut Self| -> Chk<Option<Box<Expr>>> {
                match e {
                    None => Ok(None),
                    Some(x) => {
                        let v = ck.expr(cx, x)?;
                        if v.ty == Ty::None {
                            return Ok(None);
                        }
                        Ok(Some(Box::new(ck.index_int(v)?)))
                    }
                }
            };
            let lower = part(&sl.lower, self)?;
            let upper = part(&sl.upper, self)?;
            let step = part(&sl.step, self)?;
            if value.ty == Ty::Bytes {
                return Ok(self.bytes_slice(value, [lower, upper, step], span));
            }
            if let Ty::VarTuple(_) = value.ty {
                return self.var_tuple_slice(value, [lower, upper, step], span);
            }
            if let Ty::List(_) = value.ty {
                let ty = value.ty.clone();
                let bound = |b: Option<Box<Expr>>| match b {
                    Some(x) => [RtArg::Value(*x), RtArg::Flag(true)],
                    None => [RtArg::Int(0), RtArg::Flag(false)],
                };
                let [lo, has_lo] = bound(lower);
                let [hi, has_hi] = bound(upper);
                let st = match step {
                    Some(x) => RtArg::Value(*x),
                    None => RtArg::Int(1),
                };
                let args = vec![RtArg::Value(value), lo, hi, st, has_lo, has_hi];
                return Ok(Expr {
                    kind: ExprKind::RtCall {
                        func: "pyaot_list_slice",
                        args,
                        conv: RtConv::NullOnError,
                    },
                    ty,
                    span,
                });
            }
            return Ok(mk(
                ExprKind::StrSlice {
                    value: Box::new(value),
                    lower,
                    upper,
                    step,
                },
                Ty::Str,
                span,
            ));
        }
        let index = self.expr(cx, &s.slice)?;
        match &value.ty {
            Ty::Bytes => self.bytes_index(value, index, span),
            Ty::Str => {
                let index = self.index_int(index)?;
                Ok(mk(
                    ExprKind::StrIndex(Box::new(value), Box::new(index)),
                    Ty::Str,
                    span,
                ))
            }
            Ty::List(elem) => {
                let elem = (**elem).clone();
                let index = self.index_int(index)?;
                Ok(mk(
                    ExprKind::ListIndex(Box::new(value), Box::new(index)),
                    elem,
                    span,
                ))
            }
            Ty::Tuple(_) | Ty::VarTuple(_) => self.tuple_index(value, index, span),
            Ty::Deque(elem) => {
                let elem = (**elem).clone();
                self.deque_index(value, elem, index, span)
            }
            Ty::Dict(k, v, _) => {
                let (k, v) = ((**k).clone(), (**v).clone());
                self.note_key_error_site(&k, span);
                let key = self.dict_key(index, &k)?;
                Ok(mk(
                    ExprKind::RtCall {
                        func: "pyaot_dict_get",
                        args: vec![RtArg::Value(value), RtArg::Slot(key)],
                        conv: RtConv::FlagOutSlot,
                    },
                    v,
                    span,
                ))
            }
            other => Err(self.error(
                span,
                format!("'{}' object is not subscriptable", other.runtime_name()),
            )),
        }
    }

    fn fstring(&mut self, cx: &mut FnCx, f: &ast::ExprFString) -> Chk<Expr> {
        let span: Span = f.range.into();
        let mut parts = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => parts.push(FPart::Lit(l.value.to_string())),
                ast::FStringPart::FString(fs) => {
                    self.fstring_elements(cx, &fs.elements, &mut parts)?
                }
            }
        }
        Ok(mk(ExprKind::FString(parts), Ty::Str, span))
    }

    fn fstring_elements(
        &mut self,
        cx: &mut FnCx,
        elements: &ast::InterpolatedStringElements,
        parts: &mut Vec<FPart>,
    ) -> Chk<()> {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    parts.push(FPart::Lit(l.value.to_string()))
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let value = self.expr(cx, &i.expression)?;
                    if let Some(d) = &i.debug_text {
                        parts.push(FPart::Lit(format!(
                            "{}{}{}",
                            d.leading(),
                            d.expression(),
                            d.trailing()
                        )));
                    }
                    // `{x=}` defaults to repr unless a format spec is given.
                    let conv = match i.conversion {
                        ast::ConversionFlag::Repr => Some(Conv::Repr),
                        ast::ConversionFlag::Str => Some(Conv::ToStr),
                        ast::ConversionFlag::Ascii => {
                            return Err(self.unsupported(i.range, "the !a conversion"))
                        }
                        ast::ConversionFlag::None
                            if i.debug_text.is_some() && i.format_spec.is_none() =>
                        {
                            Some(Conv::Repr)
                        }
                        ast::ConversionFlag::None => None,
                    };
                    let value = match conv {
                        Some(Conv::ToStr) => Self::str_of(value),
                        Some(c) => Self::conv(value, c, Ty::Str),
                        None => value,
                    };
                    let spec = match &i.format_spec {
                        None => None,
                        Some(fs) => {
                            let mut sp = Vec::new();
                            self.fstring_elements(cx, &fs.elements, &mut sp)?;
                            let sspan: Span = fs.range.into();
                            Some(match sp.as_slice() {
                                [] => mk(ExprKind::Str(String::new()), Ty::Str, sspan),
                                [FPart::Lit(s)] => mk(ExprKind::Str(s.clone()), Ty::Str, sspan),
                                _ => mk(ExprKind::FString(sp), Ty::Str, sspan),
                            })
                        }
                    };
                    if matches!(
                        value.ty,
                        Ty::List(_)
                            | Ty::Bytes
                            | Ty::Dict(..)
                            | Ty::Tuple(_)
                            | Ty::None
                            | Ty::Exc
                            | Ty::Class(_)
                    ) && spec.is_some()
                    {
                        return Err(self.error(
                            i.range,
                            format!(
                                "unsupported format string passed to {}.__format__",
                                value.ty.runtime_name()
                            ),
                        ));
                    }
                    parts.push(FPart::Value { value, spec });
                }
            }
        }
        Ok(())
    }

    pub fn is_builtin_name(&self, cx: &FnCx, e: &ast::Expr, name: &str) -> bool {
        matches!(e, ast::Expr::Name(n) if n.id.as_str() == name && !self.shadowed(cx, name))
    }

    fn shadowed(&self, cx: &FnCx, name: &str) -> bool {
        (!cx.is_module && cx.local_scope.contains(name))
            || self.global_id(name).is_some()
            || self.is_module_assigned(name)
            || self.func_id(name).is_some()
            || self.template_id(name).is_some()
            || self.class_id(name).is_some()
    }

    /// Whether `e` is `sys.<attr>` with `sys` imported.
    pub fn is_sys_attr(&self, cx: &FnCx, e: &ast::Expr, attr: &str) -> bool {
        match e {
            ast::Expr::Attribute(a) => {
                a.attr.as_str() == attr
                    && self.ns.sys_imported
                    && matches!(&*a.value, ast::Expr::Name(n) if n.id.as_str() == "sys" && !self.shadowed(cx, "sys"))
            }
            _ => false,
        }
    }

    fn call(&mut self, cx: &mut FnCx, c: &ast::ExprCall, views_ok: bool) -> Chk<Expr> {
        let span: Span = c.range().into();
        if let ast::Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            if let Some((module, member)) = self.native_member(name) {
                return self.native_call(cx, module, member, c);
            }
            if let Some(id) = self
                .func_id(name)
                .filter(|_| !self.shadowed_by_var(cx, name))
            {
                return self.user_call(cx, id, c);
            }
            if let Some(t) = self
                .template_id(name)
                .filter(|_| !self.shadowed_by_var(cx, name))
            {
                return self.generic_call(cx, t, c);
            }
            // A variable holding a function or an instance with __call__.
            if self.shadowed_by_var(cx, name) || cx.comp_scopes.iter().any(|(v, _)| v == name) {
                let callee = self.expr(cx, &c.func)?;
                if callee.ty.func().is_some() {
                    return self.call_value(cx, callee, c);
                }
                if let Ty::Class(k) = &callee.ty {
                    if self.has_method(k.id, "__call__") {
                        return self.call_instance(cx, callee, c);
                    }
                }
                return Err(self.error(
                    callee.span,
                    format!("'{}' object is not callable", callee.ty.runtime_name()),
                ));
            }
            if let Some(k) = self.class_ref(cx, name) {
                return self.construct(cx, k, c);
            }
            if !self.shadowed(cx, name) {
                if let Some(e) = self.builtin_call(cx, name, c, views_ok)? {
                    return Ok(e);
                }
            }
        }
        if let ast::Expr::Attribute(a) = &*c.func {
            if self.is_builtin_name(cx, &a.value, "bytes") {
                return self.bytes_static_call(cx, a.attr.as_str(), c);
            }
            if self.is_sys_attr(cx, &c.func, "exit") {
                return Err(self.error_hint(
                    span,
                    "sys.exit() is supported as a statement only",
                    "write `sys.exit(...)` on its own line",
                ));
            }
            return match self.attr_call(cx, a, c)? {
                Ok(e) => Ok(e),
                Err(recv) => self.method_call(cx, recv, a.attr.as_str(), c, views_ok),
            };
        }
        let callee = self.expr(cx, &c.func)?;
        if callee.ty.func().is_some() {
            return self.call_value(cx, callee, c);
        }
        if let Ty::Class(k) = &callee.ty {
            if self.has_method(k.id, "__call__") {
                return self.call_instance(cx, callee, c);
            }
        }
        Err(self.error(
            callee.span,
            format!("'{}' object is not callable", callee.ty.runtime_name()),
        ))
    }

    pub(super) fn shadowed_by_var(&self, cx: &FnCx, name: &str) -> bool {
        (!cx.is_module && cx.local_scope.contains(name))
            || cx.free.contains(name)
            || cx.self_ref.as_ref().is_some_and(|(n, _)| n == name)
            || self.global_id(name).is_some()
            || self.ns.decorated.contains_key(name)
    }

    fn method_call(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        method: &str,
        c: &ast::ExprCall,
        views_ok: bool,
    ) -> Chk<Expr> {
        if let Some(r) = self.constrain_by_method(cx, &recv, method, c) {
            return r;
        }
        let (from, origin, ty) = (
            self.diags.len(),
            self.resolved_at(cx, &recv),
            recv.ty.clone(),
        );
        let r = self.method_call_on(cx, recv, method, c, views_ok);
        if r.is_err() {
            self.note_origin(from, origin, &ty);
        }
        r
    }

    /// [`Self::method_call`] on a receiver of a known type.
    fn method_call_on(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        method: &str,
        c: &ast::ExprCall,
        views_ok: bool,
    ) -> Chk<Expr> {
        match recv.ty.clone() {
            Ty::Str if method == "encode" => self.str_encode(cx, recv, c),
            Ty::Str => self.str_method(cx, recv, method, c),
            Ty::Bytes => self.bytes_method(cx, recv, method, c),
            Ty::List(elem) => self.list_method(cx, recv, *elem, method, c),
            Ty::Dict(..) => match self.counter_method(cx, recv, method, c, views_ok)? {
                Ok(e) => Ok(e),
                Err(recv) => self.dict_method(cx, recv, method, c, views_ok),
            },
            Ty::Set(elem) => self.set_method(cx, recv, *elem, method, c),
            Ty::Deque(elem) => self.deque_method(cx, recv, *elem, method, c),
            Ty::Tuple(_) => self.tuple_method(cx, recv, method, c),
            ty => Err(self.error(
                c.range(),
                format!("'{}' object has no attribute '{method}'", ty.runtime_name()),
            )),
        }
    }

    /// Checks positional-only arguments of a builtin.
    /// `pow(base, exp, mod)`: ints only, as CPython (which raises
    /// TypeError for any float operand).
    fn pow_mod(&mut self, b: Expr, e: Expr, m: Expr, span: Span) -> Chk<Expr> {
        let mut args = Vec::new();
        for x in [b, e, m] {
            let x = if x.ty == Ty::Bool {
                self.coerce_to_int(x)
            } else {
                x
            };
            if x.ty != Ty::Int {
                return Err(self.error_hint(
                    x.span,
                    "pow() 3rd argument not allowed unless all arguments are integers",
                    "pass ints to three-argument pow()",
                ));
            }
            args.push(RtArg::Value(x));
        }
        Ok(mk(
            ExprKind::RtCall {
                func: "pyaot_int_pow_mod",
                args,
                conv: RtConv::FlagOut,
            },
            Ty::Int,
            span,
        ))
    }

    pub fn positional_only(
        &mut self,
        cx: &mut FnCx,
        c: &ast::ExprCall,
        name: &str,
        min: usize,
        max: usize,
    ) -> Chk<Vec<Expr>> {
        let span: Span = c.range().into();
        if let Some(k) = c.arguments.keywords.first() {
            return Err(self.error(k.range, format!("{name}() takes no keyword arguments")));
        }
        let n = c.arguments.args.len();
        if n < min || n > max {
            let msg = if min == max {
                format!(
                    "{name}() takes exactly {} argument{} ({n} given)",
                    min,
                    if min == 1 { "" } else { "s" }
                )
            } else if n < min {
                format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    if min == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    if max == 1 { "" } else { "s" }
                )
            };
            return Err(self.error(span, msg));
        }
        let mut out = Vec::new();
        for a in c.arguments.args.iter() {
            if let ast::Expr::Starred(s) = a {
                return Err(self.unsupported(s.range, "starred arguments"));
            }
            out.push(self.expr(cx, a)?);
        }
        Ok(out)
    }

    /// `range(...)` where an `Iterable[int]` is expected: a range object
    /// (`runtime/src/range_obj.rs`), which each loop over the parameter
    /// iterates afresh and lazily; CPython's ValueError for a zero step.
    pub fn range_object(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Expr> {
        let (start, stop, step) = self.range_args(cx, c)?;
        Ok(mk(
            ExprKind::RtCall {
                func: "pyaot_range_new",
                args: vec![RtArg::Value(start), RtArg::Value(stop), RtArg::Value(step)],
                conv: RtConv::NullOnError,
            },
            Ty::Iterable(Box::new(Ty::Int)),
            c.range().into(),
        ))
    }

    fn builtin_call(
        &mut self,
        cx: &mut FnCx,
        name: &str,
        c: &ast::ExprCall,
        iterated: bool,
    ) -> Chk<Option<Expr>> {
        let span: Span = c.range().into();
        if let Some(e) = self.seq_builtin(cx, name, c)? {
            return Ok(Some(e));
        }
        let generated = cx.method.as_ref().is_some_and(|m| m.generated);
        let e = match name {
            // Helpers of the methods @dataclass generates.
            "__pyaot_class_name" if generated => {
                let a = self.one_arg(cx, c, name)?;
                rt_call("pyaot_obj_class_name", vec![RtArg::Value(a)], Ty::Str, span)
            }
            "__pyaot_same_class" if generated => {
                let args = self.positional_only(cx, c, name, 2, 2)?;
                rt_call(
                    "pyaot_same_class",
                    args.into_iter().map(RtArg::Value).collect(),
                    Ty::Bool,
                    span,
                )
            }
            "print" => self.print_call(cx, c)?,
            "next" => self.next_call(cx, c)?,
            "iter" => self.iter_call(cx, c)?,
            "map" | "filter" => self.map_filter(cx, name, c)?,
            "hash" => self.hash_call(cx, c)?,
            "dict" => self.dict_call(cx, c)?,
            "len" => {
                self.views_ok = true;
                let a = self.one_arg(cx, c, "len");
                self.views_ok = false;
                let a = a?;
                match a.ty {
                    Ty::Str
                    | Ty::Bytes
                    | Ty::List(_)
                    | Ty::Dict(..)
                    | Ty::Set(_)
                    | Ty::Tuple(_)
                    | Ty::VarTuple(_)
                    | Ty::Deque(_) => mk(ExprKind::Len(Box::new(a)), Ty::Int, span),
                    Ty::Class(ref k) if self.has_method(k.id, "__len__") => {
                        return self.dunder_call(cx, a, "__len__", Vec::new(), false, span);
                    }
                    _ => {
                        return Err(self.error(
                            span,
                            format!("object of type '{}' has no len()", a.ty.runtime_name()),
                        ))
                    }
                }
            }
            "str" | "repr" => {
                self.note_opaque_args(&c.arguments.args);
                let args =
                    self.positional_only(cx, c, name, if name == "str" { 0 } else { 1 }, 1)?;
                match args.into_iter().next() {
                    None => mk(ExprKind::Str(String::new()), Ty::Str, span),
                    Some(a) if name == "str" => Self::str_of(a),
                    Some(a) => Self::conv(a, Conv::Repr, Ty::Str),
                }
            }
            "int" => {
                let args = self.positional_only(cx, c, "int", 0, 2)?;
                if args.len() == 2 {
                    let mut it = args.into_iter();
                    let (s, base) = (it.next().ok_or(Reported)?, it.next().ok_or(Reported)?);
                    if s.ty != Ty::Str {
                        return Err(
                            self.error(s.span, "int() can't convert non-string with explicit base")
                        );
                    }
                    let base = self.index_int(base)?;
                    return Ok(Some(mk(
                        ExprKind::RtCall {
                            func: "pyaot_int_from_str_base",
                            args: vec![RtArg::Value(s), RtArg::Value(base)],
                            conv: RtConv::FlagOut,
                        },
                        Ty::Int,
                        span,
                    )));
                }
                match args.into_iter().next() {
                    None => mk(ExprKind::Int(0), Ty::Int, span),
                    Some(a) => match a.ty {
                        Ty::Int => a,
                        Ty::Bool => self.coerce_to_int(a),
                        Ty::Float => Self::conv(a, Conv::FloatToInt, Ty::Int),
                        Ty::Str => Self::conv(a, Conv::StrToInt, Ty::Int),
                        _ => {
                            return Err(self.error(
                                span,
                                format!(
                                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                                    a.ty.runtime_name()
                                ),
                            ))
                        }
                    },
                }
            }
            "float" => {
                let args = self.positional_only(cx, c, "float", 0, 1)?;
                match args.into_iter().next() {
                    None => mk(ExprKind::Float(0.0), Ty::Float, span),
                    Some(a) => match a.ty {
                        Ty::Float => a,
                        Ty::Int | Ty::Bool => Self::to_float(a),
                        Ty::Str => Self::conv(a, Conv::StrToFloat, Ty::Float),
                        _ => {
                            return Err(self.error(
                                span,
                                format!(
                                    "float() argument must be a string or a real number, not '{}'",
                                    a.ty.runtime_name()
                                ),
                            ))
                        }
                    },
                }
            }
            "bool" => {
                let args = self.positional_only(cx, c, "bool", 0, 1)?;
                match args.into_iter().next() {
                    None => mk(ExprKind::Bool(false), Ty::Bool, span),
                    Some(a) => self.truthy(a),
                }
            }
            "abs" => {
                let a = self.one_arg(cx, c, "abs")?;
                match a.ty {
                    Ty::Int | Ty::Float => {
                        let ty = a.ty.clone();
                        mk(ExprKind::Abs(Box::new(a)), ty, span)
                    }
                    Ty::Bool => {
                        let i = self.coerce_to_int(a);
                        mk(ExprKind::Abs(Box::new(i)), Ty::Int, span)
                    }
                    _ => {
                        return Err(self.error(
                            span,
                            format!("bad operand type for abs(): '{}'", a.ty.runtime_name()),
                        ))
                    }
                }
            }
            "min" | "max" => {
                let args = self.positional_only(cx, c, name, 2, usize::MAX)?;
                let ty = args[0].ty.clone();
                if matches!(ty, Ty::Tuple(_)) && args.iter().all(|a| a.ty == ty) {
                    return self.minmax_of_tuples(name == "max", args, span).map(Some);
                }
                if !matches!(ty, Ty::Int | Ty::Float | Ty::Bool) || args.iter().any(|a| a.ty != ty)
                {
                    return Err(self.error_hint(
                        span,
                        format!("unsupported {name}() arguments: pyaot supports {name}() of two or more ints, floats or bools of one type"),
                        "convert the arguments to one numeric type, e.g. float(x)",
                    ));
                }
                mk(
                    ExprKind::MinMax {
                        is_max: name == "max",
                        args,
                    },
                    ty,
                    span,
                )
            }
            "input" => {
                let args = self.positional_only(cx, c, "input", 0, 1)?;
                let prompt = args.into_iter().next().map(|a| Box::new(Self::str_of(a)));
                mk(ExprKind::Input(prompt), Ty::Str, span)
            }
            // Consumed whole as an iterable (sum(range(n)), ...), a range
            // is its list; elsewhere it would print as range(0, n).
            "range" if iterated => {
                let (start, stop, step) = self.range_args(cx, c)?;
                mk(
                    ExprKind::RtCall {
                        func: "pyaot_list_range",
                        args: vec![RtArg::Value(start), RtArg::Value(stop), RtArg::Value(step)],
                        conv: RtConv::NullOnError,
                    },
                    Ty::List(Box::new(Ty::Int)),
                    span,
                )
            }
            "range" => {
                return Err(self.unsupported(
                    span,
                    "range() outside of a for loop or an iterating builtin",
                ));
            }
            // Iterated, reversed(seq) is a reversed copy of the sequence.
            "reversed" if iterated => {
                let [arg] = &*c.arguments.args else {
                    return Err(self.error(span, "reversed expected 1 argument"));
                };
                let seq = self.iterable(cx, arg)?;
                self.elem_of(&seq)?;
                let seq = match seq.ty {
                    Ty::Str => mk(
                        ExprKind::RtCall {
                            func: "pyaot_str_chars",
                            args: vec![RtArg::Value(seq)],
                            conv: RtConv::Infallible,
                        },
                        Ty::List(Box::new(Ty::Str)),
                        span,
                    ),
                    _ => seq,
                };
                let ty = seq.ty.clone();
                let name = format!("$reversed{}", self.next_hidden());
                let tmp = cx.declare_local(&name, ty.clone());
                let read = mk(
                    ExprKind::Local {
                        id: tmp,
                        checked: false,
                    },
                    ty.clone(),
                    span,
                );
                let copy = mk(
                    ExprKind::RtCall {
                        func: "pyaot_list_copy",
                        args: vec![RtArg::Value(seq)],
                        conv: RtConv::Infallible,
                    },
                    ty.clone(),
                    span,
                );
                let reverse = mk(
                    ExprKind::RtCall {
                        func: "pyaot_list_reverse",
                        args: vec![RtArg::Value(read)],
                        conv: RtConv::Infallible,
                    },
                    Ty::None,
                    span,
                );
                let stmts = vec![
                    crate::hir::Stmt {
                        kind: crate::hir::StmtKind::Assign(crate::hir::Place::Local(tmp), copy),
                        span,
                    },
                    crate::hir::Stmt {
                        kind: crate::hir::StmtKind::Expr(reverse),
                        span,
                    },
                ];
                mk(ExprKind::Block(stmts, tmp), ty, span)
            }
            "ord" | "chr" => self.ord_chr(cx, name, c)?,
            "divmod" => self.divmod(cx, c)?,
            "tuple" => self.tuple_call(cx, c)?,
            "set" => self.set_call(cx, c)?,
            "frozenset" => {
                return Err(self.error_hint(
                    span,
                    "unsupported: frozenset",
                    "use set(...) (pyaot sets cannot be set elements or dict keys, as frozensets could)",
                ))
            }
            "bytes" => self.bytes_call(cx, c)?,
            "bytearray" | "memoryview" => return Err(self.mutable_bytes_call(name, span)),
            "zip" | "enumerate" => self.zip_enumerate_list(cx, name, c, !iterated)?,
            "isinstance" => self.isinstance(cx, c)?,
            "pow" => {
                let args = self.positional_only(cx, c, "pow", 2, 3)?;
                let mut it = args.into_iter();
                let (a, b) = (it.next().ok_or(Reported)?, it.next().ok_or(Reported)?);
                match it.next() {
                    Some(m) => self.pow_mod(a, b, m, span)?,
                    None => self.binary(cx, ast::Operator::Pow, a, b, span)?,
                }
            }
            "round" => {
                let args = self.positional_only(cx, c, "round", 1, 2)?;
                let mut it = args.into_iter();
                let x = it.next().ok_or(Reported)?;
                if let Some(n) = it.next() {
                    let n = self.index_int(n)?;
                    let x = if x.ty == Ty::Bool { self.coerce_to_int(x) } else { x };
                    if x.ty == Ty::Int {
                        return Ok(Some(mk(
                            ExprKind::RtCall {
                                func: "pyaot_int_round",
                                args: vec![RtArg::Value(x), RtArg::Value(n)],
                                conv: RtConv::FlagOut,
                            },
                            Ty::Int,
                            span,
                        )));
                    }
                    if x.ty != Ty::Float {
                        return Err(self.error(
                            span,
                            format!(
                                "type {} doesn't define __round__ method",
                                x.ty.runtime_name()
                            ),
                        ));
                    }
                    return Ok(Some(mk(
                        ExprKind::RtCall {
                            func: "pyaot_float_round",
                            args: vec![RtArg::Value(x), RtArg::Value(n)],
                            conv: RtConv::FlagOut,
                        },
                        Ty::Float,
                        span,
                    )));
                }
                match x.ty {
                    Ty::Int => x,
                    Ty::Bool => self.coerce_to_int(x),
                    // Round half to even, then convert exactly like int().
                    Ty::Float => Self::conv(
                        Self::conv(x, Conv::RoundEven, Ty::Float),
                        Conv::FloatToInt,
                        Ty::Int,
                    ),
                    _ => {
                        return Err(self.error(
                            span,
                            format!(
                                "type {} doesn't define __round__ method",
                                x.ty.runtime_name()
                            ),
                        ))
                    }
                }
            }
            _ => {
                if let Some(kind) = super::super::hir::ExcKind::from_name(name) {
                    return self.new_exc(cx, kind, c).map(Some);
                }
                return Ok(None);
            }
        };
        Ok(Some(e))
    }

    /// `isinstance(x, T)`: static types decide it (x is still evaluated).
    fn isinstance(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        let [value, class] = &*c.arguments.args else {
            return Err(self.error(span, "isinstance expected 2 arguments"));
        };
        let v = self.expr(cx, value)?;
        let names: Vec<&ast::Expr> = match class {
            ast::Expr::Tuple(t) => t.elts.iter().collect(),
            one => vec![one],
        };
        if let Some(e) = self.isinstance_class(cx, v, &names, span)? {
            return Ok(e);
        }
        let v = self.expr(cx, value)?;
        if v.ty == Ty::Exc {
            let v = self.exc_isinstance(cx, v, &names, span)?;
            if let Some(e) = v {
                return Ok(e);
            }
            return Err(self.unsupported(
                class.range(),
                "isinstance() of an exception with this class",
            ));
        }
        let mut result = false;
        for n in names {
            let ast::Expr::Name(n) = n else {
                return Err(self.unsupported(n.range(), "isinstance() with this class"));
            };
            let matches = match (n.id.as_str(), &v.ty) {
                ("int", Ty::Int | Ty::Bool)
                | ("float", Ty::Float)
                | ("bool", Ty::Bool)
                | ("str", Ty::Str)
                | ("bytes", Ty::Bytes)
                | ("list", Ty::List(_))
                | ("dict", Ty::Dict(..))
                | ("set", Ty::Set(_))
                | ("tuple", Ty::Tuple(_)) => true,
                (
                    "int" | "float" | "bool" | "str" | "bytes" | "list" | "dict" | "tuple" | "set",
                    _,
                ) => false,
                (other, _) => {
                    return Err(
                        self.unsupported(n.range, &format!("isinstance() with class '{other}'"))
                    )
                }
            };
            result |= matches;
        }
        // The argument is still evaluated, for its effects.
        Ok(mk(
            ExprKind::Then(
                Box::new(v),
                Box::new(mk(ExprKind::Bool(result), Ty::Bool, span)),
            ),
            Ty::Bool,
            span,
        ))
    }

    pub(super) fn one_arg(&mut self, cx: &mut FnCx, c: &ast::ExprCall, name: &str) -> Chk<Expr> {
        let args = self.positional_only(cx, c, name, 1, 1)?;
        args.into_iter().next().ok_or(Reported)
    }

    fn print_call(&mut self, cx: &mut FnCx, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        let starred = c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, ast::Expr::Starred(_)));
        let mut args = Vec::new();
        if !starred {
            self.note_opaque_args(&c.arguments.args);
            for a in c.arguments.args.iter() {
                args.push(self.expr(cx, a)?);
            }
        }
        let (mut sep, mut end) = (None, None);
        let mut end_first = false;
        for k in c.arguments.keywords.iter() {
            let Some(name) = &k.arg else {
                return Err(self.unsupported(k.range, "print(**d)"));
            };
            let v = self.expr(cx, &k.value)?;
            match (name.as_str(), &v.ty) {
                ("sep" | "end", Ty::None) => {}
                ("sep", Ty::Str) => sep = Some(Box::new(v)),
                ("end", Ty::Str) => {
                    end_first = sep.is_none();
                    end = Some(Box::new(v))
                }
                ("sep" | "end", other) => {
                    return Err(self.error(
                        v.span,
                        format!(
                            "{name} must be None or a string, not {}",
                            other.runtime_name()
                        ),
                    ))
                }
                ("flush", _) => {}
                ("file", _) => return Err(self.unsupported(k.range, "print(file=...)")),
                (other, _) => {
                    return Err(self.error(
                        k.range,
                        format!("'{other}' is an invalid keyword argument for print()"),
                    ))
                }
            }
        }
        if starred {
            let sep = sep.map(|s| *s);
            return self.print_starred(cx, &c.arguments.args, sep, end, end_first, span);
        }
        Ok(mk(
            ExprKind::Print {
                args,
                sep,
                end,
                end_first,
            },
            Ty::None,
            span,
        ))
    }

    /// A call of a user function: match arguments to parameters like
    /// CPython does, with its error messages.
    fn user_call(&mut self, cx: &mut FnCx, id: crate::hir::FuncId, c: &ast::ExprCall) -> Chk<Expr> {
        let span: Span = c.range().into();
        let (args, eval_order) = self.bind_args(cx, id, c, false)?;
        let ret = self.return_type(id, span)?;
        Ok(mk(
            ExprKind::Call {
                func: id,
                args,
                eval_order,
            },
            ret,
            span,
        ))
    }

    /// Matches a call's arguments to the parameters of function `id` like
    /// CPython does, with its error messages; defaults fill the rest.
    /// With `bound_self`, the first parameter is already bound (a method's
    /// `self`): it counts in the messages but not in the result. Returns
    /// the arguments in parameter order and their evaluation order.
    pub fn bind_args(
        &mut self,
        cx: &mut FnCx,
        id: crate::hir::FuncId,
        c: &ast::ExprCall,
        bound_self: bool,
    ) -> Chk<(Vec<Expr>, Vec<usize>)> {
        let span: Span = c.range().into();
        self.bind_arg_list(
            cx,
            id,
            &c.arguments.args,
            &c.arguments.keywords,
            span,
            bound_self,
        )
    }

    /// [`Self::bind_args`] for explicit positional and keyword arguments.
    /// A call that teaches an unannotated method parameter its type fails
    /// quietly (`infer.rs`).
    pub fn bind_arg_list(
        &mut self,
        cx: &mut FnCx,
        id: crate::hir::FuncId,
        pos_args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        bound_self: bool,
    ) -> Chk<(Vec<Expr>, Vec<usize>)> {
        match self.bind_arg_list_learning(cx, id, pos_args, keywords, span, bound_self)? {
            (_, _, true) => Err(super::Reported),
            (args, order, false) => Ok((args, order)),
        }
    }

    /// [`Self::bind_arg_list`], also returning whether the call taught an
    /// unannotated method parameter its type (then the arguments may not
    /// have their parameters' types, and the pass is discarded).
    pub fn bind_arg_list_learning(
        &mut self,
        cx: &mut FnCx,
        id: crate::hir::FuncId,
        pos_args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        bound_self: bool,
    ) -> Chk<(Vec<Expr>, Vec<usize>, bool)> {
        let sig_name = self.sig(id).name.clone();
        let all_params = self.sig(id).params.clone();
        let untyped = self.inferred_mask(id, all_params.len());
        self.note_call(id);
        let call = ArgList {
            pos_args,
            keywords,
            span,
            module: self.func_module.get(&id).copied().unwrap_or(self.cur),
        };
        let (args, order) =
            self.bind_params(cx, &sig_name, &all_params, &untyped, call, bound_self)?;
        let (args, learned) = self.settle_inferred(cx, id, args, bound_self, span)?;
        Ok((args, order, learned))
    }

    /// Matches `call`'s arguments to `all_params` (of function `sig_name`);
    /// see [`Self::bind_args`]. A parameter marked in `untyped` takes the
    /// argument's own type (or its default's): a template's, see
    /// `generic.rs`.
    pub fn bind_params(
        &mut self,
        cx: &mut FnCx,
        sig_name: &str,
        all_params: &[super::Param],
        untyped: &[bool],
        call: ArgList<'_>,
        bound_self: bool,
    ) -> Chk<(Vec<Expr>, Vec<usize>)> {
        let ArgList {
            pos_args,
            keywords,
            span,
            module,
        } = call;
        let skip = usize::from(bound_self);
        let params = &all_params[skip..];
        let untyped = &untyped[skip..];
        if needs_dynamic_binding(params, pos_args, keywords) {
            if let Some(i) = untyped.iter().position(|&u| u) {
                return Err(self.error_hint(
                    span,
                    format!(
                        "unsupported: unpacking arguments (*xs, **d) into {sig_name}(), whose parameter '{}' is unannotated",
                        params[i].name
                    ),
                    "annotate the function's parameters",
                ));
            }
            let qualname = format!("{}.{sig_name}", self.module_name_of(module));
            return self.bind_dynamic(cx, sig_name, &qualname, params, call, skip);
        }
        let mut slots: Vec<Option<Expr>> = (0..params.len()).map(|_| None).collect();
        let npos = pos_args.len();
        let positional = params
            .iter()
            .take_while(|p| p.kind == ParamKind::Positional)
            .count();
        // CPython reports unknown and repeated keywords before too many
        // positional arguments.
        let mut kwonly_given = 0;
        let varkw = params.iter().position(|p| p.kind == ParamKind::VarKw);
        for k in keywords.iter() {
            let Some(kname) = &k.arg else {
                return Err(Reported);
            };
            match params.iter().position(|p| {
                p.name == kname.as_str()
                    && matches!(p.kind, ParamKind::Positional | ParamKind::KwOnly)
            }) {
                None if varkw.is_some() => {}
                None => {
                    return Err(self.error(
                        k.range,
                        format!("{sig_name}() got an unexpected keyword argument '{kname}'"),
                    ))
                }
                Some(i) if i < npos.min(positional) => {
                    return Err(self.error(
                        k.range,
                        format!("{sig_name}() got multiple values for argument '{kname}'"),
                    ))
                }
                Some(i) => kwonly_given += usize::from(params[i].kind == ParamKind::KwOnly),
            }
        }
        let vararg = params.iter().position(|p| p.kind == ParamKind::VarArgs);
        let mut eval_order: Vec<usize> = (0..npos.min(positional)).collect();
        if npos > positional && vararg.is_none() {
            let required = params[..positional]
                .iter()
                .filter(|p| p.default.is_none())
                .count()
                + skip;
            let total = positional + skip;
            let takes = if required == total {
                format!(
                    "{} positional argument{}",
                    total,
                    if total == 1 { "" } else { "s" }
                )
            } else {
                format!("from {required} to {total} positional arguments")
            };
            let given = npos + skip;
            let kwonly = match kwonly_given {
                0 => String::new(),
                n => format!(
                    " positional argument{} (and {n} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    if n == 1 { "" } else { "s" }
                ),
            };
            return Err(self.error(
                span,
                format!(
                    "{sig_name}() takes {takes} but {given}{kwonly} {} given",
                    if given == 1 && kwonly_given == 0 {
                        "was"
                    } else {
                        "were"
                    }
                ),
            ));
        }
        let mut extra = Vec::new();
        for (i, a) in pos_args.iter().enumerate() {
            if let ast::Expr::Starred(s) = a {
                return Err(self.unsupported(s.range, "starred arguments"));
            }
            match vararg {
                Some(v) if i >= positional => {
                    let Ty::VarTuple(elem) = &params[v].ty else {
                        return Err(Reported);
                    };
                    let item = self.expr_for(cx, a, elem)?;
                    extra.push(self.fit_param(item, elem, &params[v].name, sig_name)?);
                }
                _ if untyped[i] => slots[i] = Some(self.expr(cx, a)?),
                _ => slots[i] = Some(self.expr_for(cx, a, &params[i].ty)?),
            }
        }
        if let Some(v) = vararg {
            // The extra positionals, evaluated after the named ones.
            let ty = params[v].ty.clone();
            slots[v] = Some(mk(ExprKind::Tuple(extra), ty, span));
            eval_order.push(v);
        }
        // Keywords no parameter names go to `**kwargs`, a dict display in
        // call order (`needs_dynamic_binding` sent calls where they are
        // interleaved with named keywords to the dynamic binder).
        let mut extra_kw = Vec::new();
        for k in keywords.iter() {
            let kname = k.arg.as_ref().map(|a| a.as_str()).unwrap_or_default();
            let Some(i) = params.iter().position(|p| {
                p.name == kname && matches!(p.kind, ParamKind::Positional | ParamKind::KwOnly)
            }) else {
                let v = varkw.ok_or(Reported)?;
                if extra_kw.is_empty() {
                    eval_order.push(v);
                }
                let value = match &params[v].ty {
                    _ if untyped[v] => self.expr(cx, &k.value)?,
                    Ty::Dict(_, vt, _) => {
                        let vt = (**vt).clone();
                        let e = self.expr_for(cx, &k.value, &vt)?;
                        self.fit_param(e, &vt, &params[v].name, sig_name)?
                    }
                    _ => return Err(Reported),
                };
                extra_kw.push((
                    mk(ExprKind::Str(kname.to_string()), Ty::Str, k.range.into()),
                    value,
                ));
                continue;
            };
            slots[i] = Some(if untyped[i] {
                self.expr(cx, &k.value)?
            } else {
                self.expr_for(cx, &k.value, &params[i].ty)?
            });
            eval_order.push(i);
        }
        if let Some(v) = varkw {
            slots[v] = Some(self.kwargs_display(extra_kw, &params[v], untyped[v], sig_name, span)?);
            if !eval_order.contains(&v) {
                eval_order.push(v);
            }
        }
        for kind in [ParamKind::Positional, ParamKind::KwOnly] {
            let missing: Vec<&str> = params
                .iter()
                .zip(&slots)
                .filter(|(p, s)| p.kind == kind && s.is_none() && p.default.is_none())
                .map(|(p, _)| p.name.as_str())
                .collect();
            if !missing.is_empty() {
                return Err(self.error(span, missing_args_message(sig_name, kind, &missing)));
            }
        }
        let mut args = Vec::new();
        for (i, (p, slot)) in params.iter().zip(slots).enumerate() {
            let arg = match slot {
                Some(a) => a,
                None if untyped[i] => {
                    eval_order.push(i);
                    const_expr(p.default.as_ref().ok_or(Reported)?, span)
                }
                None => {
                    eval_order.push(i);
                    self.fit(const_expr(p.default.as_ref().ok_or(Reported)?, span), &p.ty)
                }
            };
            if untyped[i] {
                args.push(arg);
                continue;
            }
            self.constrain_to(cx, &arg, &p.ty)?;
            args.push(self.fit_param(arg, &p.ty, &p.name, sig_name)?);
        }
        Ok((args, eval_order))
    }

    /// `t * n` of a tuple whose items have different types.
    fn tuple_repeat_error(&mut self, ty: &Ty, span: Span) -> Reported {
        self.error_hint(
            span,
            format!("unsupported: repeating a {ty}, whose items have different types"),
            "repeat tuples whose items share one type (tuple[T, ...])",
        )
    }

    /// The dict a `**kwargs` parameter receives from the extra keywords
    /// of a statically bound call. Unannotated (a template's), its value
    /// type is the keywords' common type.
    fn kwargs_display(
        &mut self,
        items: Vec<(Expr, Expr)>,
        p: &super::Param,
        untyped: bool,
        sig_name: &str,
        span: Span,
    ) -> Chk<Expr> {
        if !untyped {
            return Ok(mk(ExprKind::Dict(items), p.ty.clone(), span));
        }
        let mut ty: Option<Ty> = None;
        for (k, v) in &items {
            match &ty {
                None => ty = Some(v.ty.clone()),
                Some(t) if *t != v.ty => {
                    let ExprKind::Str(name) = &k.kind else {
                        return Err(Reported);
                    };
                    return Err(self.error_hint(
                        v.span,
                        format!(
                            "keyword argument '{name}' of {sig_name}() is a {}, but earlier ones for '**{}' are {t}",
                            v.ty, p.name
                        ),
                        format!(
                            "annotate the parameter (e.g. `**{}: int`) with one type all its values have",
                            p.name
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
        let ty = match ty {
            Some(t) => Ty::dict(Ty::Str, t),
            None => Ty::empty_dict(),
        };
        Ok(mk(ExprKind::Dict(items), ty, span))
    }

    /// `arg` converted to `ty`, the type of parameter `name` of `sig_name`
    /// (for `*args`, of each of its items), or the mismatch diagnostic.
    pub(super) fn fit_param(
        &mut self,
        arg: Expr,
        ty: &Ty,
        name: &str,
        sig_name: &str,
    ) -> Chk<Expr> {
        let arg = self.fit(arg, ty);
        if arg.ty != *ty {
            return Err(self.error_hint(
                arg.span,
                format!(
                    "argument '{name}' of {sig_name}() must be {ty}, not {}",
                    arg.ty
                ),
                self.type_hint(ty, &arg.ty),
            ));
        }
        Ok(arg)
    }
}

/// `str(v)` of a checked value.
pub(super) fn str_of_value(v: Expr) -> Expr {
    if v.ty == Ty::Str {
        v
    } else {
        let span = v.span;
        mk(ExprKind::Conv(Conv::ToStr, Box::new(v)), Ty::Str, span)
    }
}

/// A call's arguments, as written.
#[derive(Clone, Copy)]
pub struct ArgList<'e> {
    pub pos_args: &'e [ast::Expr],
    pub keywords: &'e [ast::Keyword],
    /// The whole call.
    pub span: Span,
    /// The module of the function called (its qualified name is in some
    /// of CPython's messages).
    pub module: usize,
}

/// Whether a call must be bound by code (`callargs.rs`): it unpacks
/// `*xs` or `**d`, or keywords for `**kwargs` are interleaved with
/// keywords for named parameters (a dict display could not keep the
/// written evaluation order).
fn needs_dynamic_binding(
    params: &[super::Param],
    pos: &[ast::Expr],
    keywords: &[ast::Keyword],
) -> bool {
    if pos.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
        || keywords.iter().any(|k| k.arg.is_none())
    {
        return true;
    }
    let named = |k: &ast::Keyword| {
        params.iter().any(|p| {
            Some(p.name.as_str()) == k.arg.as_ref().map(|a| a.as_str())
                && matches!(p.kind, ParamKind::Positional | ParamKind::KwOnly)
        })
    };
    let extras: Vec<usize> = keywords
        .iter()
        .enumerate()
        .filter(|(_, k)| !named(k))
        .map(|(i, _)| i)
        .collect();
    match (extras.first(), extras.last()) {
        (Some(&a), Some(&b)) => keywords[a..b].iter().any(named),
        _ => false,
    }
}

/// The type of an empty display before its context gives it one (or of a
/// tuple holding one).
fn is_placeholder(t: &Ty) -> bool {
    super::tuple::has_placeholder(t)
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists names.
/// CPython's TypeError for required parameters of one kind that a call
/// leaves unfilled (`f() missing 2 required positional arguments: 'a' and
/// 'b'`), checked at compile time or by the call-site unpacking binder.
pub(super) fn missing_args_message(sig_name: &str, kind: ParamKind, missing: &[&str]) -> String {
    let kind = if kind == ParamKind::KwOnly {
        "keyword-only"
    } else {
        "positional"
    };
    let plural = if missing.len() == 1 { "" } else { "s" };
    format!(
        "{sig_name}() missing {} required {kind} argument{plural}: {}",
        missing.len(),
        quote_list(missing)
    )
}

pub(super) fn quote_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

pub(super) fn const_expr(c: &Const, span: Span) -> Expr {
    match c {
        Const::Int(v) => mk(ExprKind::Int(*v), Ty::Int, span),
        Const::Float(v) => mk(ExprKind::Float(*v), Ty::Float, span),
        Const::Bool(v) => mk(ExprKind::Bool(*v), Ty::Bool, span),
        Const::Str(s) => mk(ExprKind::Str(s.clone()), Ty::Str, span),
        Const::Bytes(b) => mk(ExprKind::Bytes(b.clone()), Ty::Bytes, span),
        Const::None => mk(ExprKind::None, Ty::None, span),
        Const::EmptyList => mk(
            ExprKind::List(Vec::new()),
            Ty::List(Box::new(Ty::None)),
            span,
        ),
        Const::EmptyDict => mk(ExprKind::Dict(Vec::new()), Ty::empty_dict(), span),
    }
}

fn op_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}
