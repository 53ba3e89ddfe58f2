//! Empty containers without annotations: `out = []`, `seen = {}`,
//! `s = set()`, `self.items = []`, typed by their first constraining use.
//!
//! An empty display assigned to an unannotated variable or (in
//! `__init__`) field has a *pending* type: the placeholder `list[None]`,
//! `dict[None, None]` or `set[None]`, and an entry in the checker's
//! pending table saying which display it came from. The first use that
//! fixes the element type *resolves* it:
//!
//! - `xs.append(v)`, `xs.insert(i, v)`, `xs.extend(ys)`, `s.add(v)`,
//!   `d.setdefault(k, v)`, `d.get(k, v)`;
//! - `d[k] = v`, `xs += ys`, `s |= t`;
//! - being returned where the return type is known, or passed to a
//!   parameter of known type.
//!
//! Resolving records a *hint*: the display's position (module, offset,
//! and the function being checked, so each specialisation of a template
//! has its own) and the type. The use itself then fails quietly, and the
//! whole program is checked again (`check_program`'s fixed point): on the
//! next pass the display takes its hint's type where it stands, exactly as
//! if it had been annotated, so every expression typed before the
//! constraint (`print(out)` first) is typed right. A pass that learns no
//! new hint is the last. If some pending container was never resolved,
//! one more *strict* pass runs, in which reading it is the diagnostic
//! "cannot infer the element type of this empty list" at the display
//! (the read failing quietly, so nothing follows from it), and any that
//! is never read gets the same diagnostic at the end.
//!
//! A second use that wants another type is then an ordinary type error
//! (`expected int for an element of a list[int], not str`) with a note at
//! the display. Each pass learns at least one hint and a display has at
//! most one per function, so the passes end; `MAX_PASSES` bounds them
//! anyway.

use super::{Checker, Chk, FnCx, Reported};
use crate::diagnostic::Diagnostic;
use crate::hir::{ClassId, Expr, ExprKind, GlobalId, LocalId, Place};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use std::collections::HashMap;

/// More passes than this means something keeps learning: a bug, reported
/// as a diagnostic rather than looping.
pub const MAX_PASSES: usize = 32;

/// Where an empty display stands: module, offset, and the function (its
/// name and parameter types) whose check met it.
pub type HintKey = (usize, u32, String);

/// The types learned for empty displays, carried from pass to pass.
pub type Hints = HashMap<HintKey, Ty>;

/// Which kind of empty container.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmptyKind {
    List,
    Dict,
    Set,
}

/// A variable or field holding a pending empty container.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PendingVar {
    Local(LocalId),
    Global(GlobalId),
    Field(ClassId, u32),
}

/// A pending empty container: where its display is, and how to name it.
#[derive(Clone, Debug)]
pub struct Pending {
    pub key: HintKey,
    pub display: Span,
    pub kind: EmptyKind,
    /// The variable as written (`out`, `self.items`), for the hint.
    pub name: String,
}

/// The kind of an empty display that is still untyped (a placeholder).
pub fn empty_display(e: &Expr) -> Option<EmptyKind> {
    match (&e.kind, &e.ty) {
        (ExprKind::List(items), Ty::List(t)) if items.is_empty() && **t == Ty::None => {
            Some(EmptyKind::List)
        }
        (ExprKind::Dict(items), t) if items.is_empty() && *t == Ty::empty_dict() => {
            Some(EmptyKind::Dict)
        }
        (
            ExprKind::RtCall {
                func: "pyaot_set_new",
                ..
            },
            t,
        ) if *t == Ty::empty_set() => Some(EmptyKind::Set),
        _ => None,
    }
}

/// Whether `t` is a complete container type of `kind` (no placeholder).
fn resolves(kind: EmptyKind, t: &Ty) -> bool {
    let ok = match (kind, t) {
        (EmptyKind::List, Ty::List(_)) | (EmptyKind::Set, Ty::Set(_)) => true,
        (EmptyKind::Dict, Ty::Dict(k, _, _)) => **k != Ty::None,
        _ => false,
    };
    ok && !untyped_inside(t)
}

/// Whether an empty display's placeholder is anywhere inside `t`
/// (`list[list[None]]` is not a type to learn: the inner list is pending).
fn untyped_inside(t: &Ty) -> bool {
    match t {
        Ty::List(e) | Ty::Set(e) => **e == Ty::None || untyped_inside(e),
        Ty::Dict(k, v, _) => **k == Ty::None || untyped_inside(k) || untyped_inside(v),
        Ty::Tuple(items) => items.iter().any(untyped_inside),
        _ => false,
    }
}

impl EmptyKind {
    fn noun(self) -> &'static str {
        match self {
            EmptyKind::List => "list",
            EmptyKind::Dict => "dict",
            EmptyKind::Set => "set",
        }
    }

    /// The annotated assignment the hint suggests.
    fn example(self, name: &str) -> String {
        match self {
            EmptyKind::List => format!("`{name}: list[int] = []`"),
            EmptyKind::Dict => format!("`{name}: dict[str, int] = {{}}`"),
            EmptyKind::Set => format!("`{name}: set[int] = set()`"),
        }
    }
}

impl<'a> Checker<'a> {
    /// The key of an empty display at `span` met while checking `cx`.
    fn hint_key(&self, cx: &FnCx, span: Span) -> HintKey {
        (self.cur, span.start, cx.ctx.clone())
    }

    /// An empty display typed by the hint an earlier pass learned for it.
    pub(super) fn apply_hint(&self, cx: &FnCx, value: Expr) -> Expr {
        if empty_display(&value).is_none() {
            return value;
        }
        match self.hints.get(&self.hint_key(cx, value.span)) {
            Some(t) => {
                let t = t.clone();
                self.fit(value, &t)
            }
            None => value,
        }
    }

    /// Records that `var` holds the still-untyped empty display `value`
    /// (the first such display of `var` wins).
    pub(super) fn note_pending(
        &mut self,
        cx: &mut FnCx,
        var: PendingVar,
        value: &Expr,
        name: String,
    ) {
        let Some(kind) = empty_display(value) else {
            return;
        };
        let p = Pending {
            key: self.hint_key(cx, value.span),
            display: value.span,
            kind,
            name,
        };
        match var {
            PendingVar::Local(id) => {
                cx.pending.entry(id).or_insert(p);
            }
            _ => {
                self.pending.entry(var).or_insert(p);
            }
        }
    }

    /// After `target = value` stored to `place`: a still-untyped empty
    /// display makes the variable or field pending; one typed by its hint
    /// is remembered for the two-place diagnostic.
    pub(super) fn note_pending_place(
        &mut self,
        cx: &mut FnCx,
        place: &Place,
        target: &ast::Expr,
        value: &Expr,
    ) {
        let var = match place {
            Place::Local(id) => PendingVar::Local(*id),
            Place::Global(id) => PendingVar::Global(*id),
            Place::Field { class, slot, .. } => PendingVar::Field(*class, *slot),
            _ => return,
        };
        if empty_display(value).is_some() {
            let name = match target {
                ast::Expr::Name(n) => n.id.to_string(),
                ast::Expr::Attribute(a) => match &*a.value {
                    ast::Expr::Name(n) => format!("{}.{}", n.id, a.attr),
                    _ => a.attr.to_string(),
                },
                _ => "x".to_string(),
            };
            self.note_pending(cx, var, value, name);
        } else {
            self.note_resolved(cx, var, value);
        }
    }

    /// The pending container `e` reads, if it is one.
    fn pending_of(&self, cx: &FnCx, e: &Expr) -> Option<Pending> {
        let var = match &e.kind {
            ExprKind::Local { id, .. } => return cx.pending.get(id).cloned(),
            ExprKind::Global { id, .. } => PendingVar::Global(*id),
            ExprKind::Field { class, slot, .. } => PendingVar::Field(*class, *slot),
            _ => return None,
        };
        self.pending.get(&var).cloned()
    }

    /// Resolves pending `p` to `ty`: records the hint for the next pass
    /// and fails quietly (this pass's result is discarded). Returns None
    /// when `ty` does not resolve it (still a placeholder, another kind),
    /// so the use goes on as an ordinary one.
    fn learn(&mut self, p: &Pending, ty: &Ty) -> Option<Reported> {
        if !resolves(p.kind, ty) || self.hints.contains_key(&p.key) {
            return None;
        }
        self.hints.insert(p.key.clone(), ty.clone());
        self.learned = true;
        Some(Reported)
    }

    /// `recv.method(args)` on a pending container: the methods whose
    /// arguments give its type. None: not such a use.
    pub(super) fn constrain_by_method(
        &mut self,
        cx: &mut FnCx,
        recv: &Expr,
        method: &str,
        c: &ast::ExprCall,
    ) -> Option<Chk<Expr>> {
        let p = self.pending_of(cx, recv)?;
        let args = &c.arguments.args;
        if !c.arguments.keywords.is_empty() {
            return None;
        }
        let arg = |ck: &mut Self, cx: &mut FnCx, i: usize| -> Option<Chk<Ty>> {
            args.get(i).map(|a| ck.expr(cx, a).map(|e| e.ty))
        };
        let ty = match (p.kind, method, args.len()) {
            (EmptyKind::List, "append", 1) => arg(self, cx, 0)?.map(|t| Ty::List(Box::new(t))),
            (EmptyKind::List, "insert", 2) => arg(self, cx, 1)?.map(|t| Ty::List(Box::new(t))),
            (EmptyKind::List, "extend", 1) => arg(self, cx, 0)?,
            (EmptyKind::Set, "add", 1) => arg(self, cx, 0)?.map(|t| Ty::Set(Box::new(t))),
            (EmptyKind::Set, "update", 1) => arg(self, cx, 0)?,
            (EmptyKind::Dict, "setdefault" | "get", 2) => {
                let k = arg(self, cx, 0)?;
                let v = arg(self, cx, 1)?;
                k.and_then(|k| v.map(|v| Ty::dict(k, v)))
            }
            _ => return None,
        };
        match ty {
            Err(r) => Some(Err(r)),
            Ok(t) => self.learn(&p, &t).map(Err),
        }
    }

    /// `d[k] = v` on a pending dict.
    pub(super) fn constrain_by_item(
        &mut self,
        cx: &mut FnCx,
        container: &Expr,
        key: &ast::Expr,
        value: &Expr,
    ) -> Option<Chk<()>> {
        let p = self.pending_of(cx, container)?;
        if p.kind != EmptyKind::Dict {
            return None;
        }
        let k = match self.expr(cx, key) {
            Ok(k) => k.ty,
            Err(r) => return Some(Err(r)),
        };
        let t = Ty::dict(k, value.ty.clone());
        self.learn(&p, &t).map(Err)
    }

    /// A pending container used where `want` is expected (`xs += ys`, a
    /// return, an argument).
    pub(super) fn constrain_to(&mut self, cx: &FnCx, e: &Expr, want: &Ty) -> Chk<()> {
        match self.pending_of(cx, e) {
            Some(p) => match self.learn(&p, want) {
                Some(r) => Err(r),
                None => Ok(()),
            },
            None => Ok(()),
        }
    }

    /// A read of a variable or field: in the strict pass, reading a
    /// pending container is the diagnostic (once per display; the read
    /// fails quietly after that); otherwise it is noted, so that a pass
    /// that learns nothing is followed by a strict one.
    pub(super) fn read_pending(&mut self, cx: &FnCx, e: Expr) -> Chk<Expr> {
        let Some(p) = self.pending_of(cx, &e) else {
            return Ok(e);
        };
        if !self.strict {
            self.pending_read = true;
            return Ok(e);
        }
        // After a failed statement the use that would have typed it may
        // be the one lost: a consequence, not another error.
        let quiet = cx.failed_stmt && !self.diags.is_empty();
        if !quiet && self.pending_reported.insert(p.key.clone()) {
            let d = uninferred(&p).with_note(e.span, "used here before anything gives it a type");
            self.diags.push(d);
        }
        Err(Reported)
    }

    /// At the end of a body (or of the pass, for globals and fields): the
    /// pending containers never resolved. In a lenient pass they ask for
    /// a strict one; in the strict pass each is a diagnostic.
    /// `after_error`: a statement of the scope failed, so the use that
    /// would have typed them may be lost; then (and if something was
    /// reported) they are not reported again.
    pub(super) fn unresolved(&mut self, pending: Vec<Pending>, after_error: bool) {
        let quiet = after_error && !self.diags.is_empty();
        for p in pending {
            if !self.strict {
                self.pending_read = true;
                continue;
            }
            if !quiet && self.pending_reported.insert(p.key.clone()) {
                let d = uninferred(&p);
                self.diags.push(d);
            }
        }
    }

    /// The display a variable or field read got its learned type from.
    pub(super) fn resolved_at(&self, cx: &FnCx, e: &Expr) -> Option<Span> {
        match &e.kind {
            ExprKind::Local { id, .. } => cx.resolved.get(id).copied(),
            ExprKind::Global { id, .. } => self.resolved.get(&PendingVar::Global(*id)).copied(),
            ExprKind::Field { class, slot, .. } => self
                .resolved
                .get(&PendingVar::Field(*class, *slot))
                .copied(),
            _ => None,
        }
    }

    /// Records that `var` holds a display typed by its hint (`display`), so
    /// that a use wanting another type can say where the type came from.
    pub(super) fn note_resolved(&mut self, cx: &mut FnCx, var: PendingVar, value: &Expr) {
        let hinted = self.hints.contains_key(&self.hint_key(cx, value.span));
        if !hinted {
            return;
        }
        match var {
            PendingVar::Local(id) => {
                cx.resolved.entry(id).or_insert(value.span);
            }
            _ => {
                self.resolved.entry(var).or_insert(value.span);
            }
        }
    }

    /// Adds the note "got its type here" to the first diagnostic recorded
    /// since `from`, when a use of a container typed by its first use
    /// failed (the two places: the first use's type, this use).
    pub(super) fn note_origin(&mut self, from: usize, origin: Option<Span>, ty: &Ty) {
        let Some(origin) = origin else {
            return;
        };
        if let Some(d) = self.diags.get_mut(from) {
            if d.notes.is_empty() {
                *d = d.clone().with_note(
                    origin,
                    format!(
                        "this empty {} is a {ty}, from its first use",
                        ty.runtime_name()
                    ),
                );
            }
        }
    }
}

/// "cannot infer the element type of this empty list", at the display.
fn uninferred(p: &Pending) -> Diagnostic {
    let what = match p.kind {
        EmptyKind::Dict => "key and value types",
        _ => "element type",
    };
    Diagnostic::new(
        p.display,
        format!("cannot infer the {what} of this empty {}", p.kind.noun()),
    )
    .with_hint(format!(
        "pyaot types an empty container by its first use (`append`, `add`, `d[k] = v`, \
         being returned or passed as a typed argument) and nothing gives this one a type; \
         annotate it: {}",
        p.kind.example(&p.name)
    ))
}
