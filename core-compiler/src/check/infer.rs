//! Unannotated method parameters, typed by the method's calls.
//!
//! `def __init__(self, owner, balance=0)` and `def deposit(self, amount)`
//! compile: each unannotated parameter (other than `self`) of an
//! `__init__`, a plain instance method or a static method gets **one**
//! type, learned from the calls of the method in the whole program. Unlike
//! top-level templates (`generic.rs`), methods are not specialised per
//! call: an `__init__`'s parameters type the class's fields, and the class
//! has one layout; an instance method may be called through the method
//! table, so it and its overrides need one signature.
//!
//! The type is learned with the fixed point of `empty.rs`: a parameter
//! without a learned type is *pending* (its placeholder type is None, and
//! the method's body is not checked). A call binds its arguments with
//! their own types (`bind_params`' untyped mask); the first call that
//! passes an argument, or leaves the parameter to its default, records the
//! argument's (the default's) type as a hint keyed by the parameter's
//! position in the source, and the program is checked again with the
//! parameter typed by the hint. Later calls must agree: an argument of the
//! same type, or one that fits it (a subclass instance, None where a class
//! or `Optional` is expected). An argument that widens it (a sibling
//! class: their common base; None and an `int`: `Optional[int]`) updates
//! the hint and checks again; anything else is a two-place diagnostic,
//! this call and the one that gave the type. Since hints only widen along
//! a short chain, the passes end.
//!
//! An override shares the hint of the method it overrides, parameter by
//! parameter (a parameter the base annotates takes the annotation), so the
//! signature stays the base's. A method nothing calls gets its defaults'
//! types when every pending parameter has one (so its body is checked),
//! else a diagnostic asks for annotations. Dunders the runtime calls,
//! class methods, properties, `**kwargs`, and the classes a library
//! exports keep requiring annotations.

use super::class::MethodKind;
use super::empty::HintKey;
use super::{Checker, Chk, FnCx, Reported, Signature};
use crate::diagnostic::Diagnostic;
use crate::hir::{ClassId, Expr, FuncId};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;

/// The tag that tells a parameter's hint key from an empty display's.
const PARAM_TAG: &str = "<param>";

/// A method with inferred parameters.
pub struct Inferred {
    /// Per parameter (`self` included): the key of its learned type, for
    /// the inferred ones.
    keys: Vec<Option<HintKey>>,
    /// Whether some call reached the binding of its arguments.
    seen: bool,
    /// Whether a parameter had no learned type when the signature was
    /// made, this pass: its body is not checked until the next one (a type
    /// learned meanwhile does not change the signature).
    pending: bool,
}

/// Where a parameter's type was learned: the module and span of the call,
/// and whether that call left the parameter to its default.
pub type Origin = (usize, Span, bool);

/// Whether `a` can be passed, unchanged in meaning, where `want` is
/// expected (`fit` makes the conversion).
fn fits(ck: &Checker, a: &Ty, want: &Ty) -> bool {
    match (a, want) {
        _ if a == want => true,
        (Ty::Class(sub), Ty::Class(base)) => ck.derives(sub.id, base.id),
        (Ty::None, Ty::Class(_) | Ty::Optional(_)) => true,
        (t, Ty::Optional(inner)) => t == &**inner,
        _ => false,
    }
}

/// Whether `Optional[t]` is a type values of `t` can widen to.
fn optional_ok(t: &Ty) -> bool {
    matches!(
        t,
        Ty::Int
            | Ty::Float
            | Ty::Bool
            | Ty::Str
            | Ty::Bytes
            | Ty::List(_)
            | Ty::Dict(..)
            | Ty::Set(_)
            | Ty::Tuple(_)
    )
}

impl<'a> Checker<'a> {
    /// Whether method `f` of class `class`, of kind `kind`, may leave
    /// parameters unannotated.
    fn may_infer(&self, class: ClassId, f: &ast::StmtFunctionDef, kind: MethodKind) -> bool {
        let name = f.name.as_str();
        let dunder = name.starts_with("__") && name.ends_with("__");
        let kind_ok = match kind {
            MethodKind::Init => true,
            MethodKind::Instance => !dunder,
            MethodKind::Static => true,
            _ => false,
        };
        let exported =
            self.library && self.cur == 0 && crate::library::is_public(self.class_name(class));
        let kwargs_untyped = f
            .parameters
            .kwarg
            .as_ref()
            .is_some_and(|k| k.annotation.is_none());
        kind_ok && !exported && !kwargs_untyped && !self.generating
    }

    /// The signature of method `f` of `class`, its unannotated parameters
    /// typed by their hints (pending ones: None), and their keys.
    /// `base` is the method it overrides, if any.
    pub(super) fn method_signature(
        &mut self,
        class: ClassId,
        f: &ast::StmtFunctionDef,
        kind: MethodKind,
        qualname: String,
        implicit: Option<Ty>,
        base: Option<FuncId>,
    ) -> Chk<(Signature, Vec<Option<HintKey>>)> {
        let infer = self.may_infer(class, f, kind);
        let (mut sig, untyped) = self.signature_inner(f, qualname, implicit, infer)?;
        let base = base.map(|b| {
            let keys = self.inferred.get(&b).map(|i| i.keys.clone());
            (self.sigs[b.index()].params.clone(), keys)
        });
        let mut keys = vec![None; sig.params.len()];
        for (i, p) in sig.params.iter_mut().enumerate() {
            if !untyped[i] {
                continue;
            }
            let shared = base.as_ref().and_then(|(params, keys)| {
                let bp = params.get(i)?;
                match keys.as_ref().and_then(|k| k.get(i).cloned().flatten()) {
                    Some(k) => Some(Ok(k)),
                    None => Some(Err(bp.ty.clone())),
                }
            });
            let key = match shared {
                // The base annotates it: the override keeps that type.
                Some(Err(ty)) => {
                    p.ty = ty;
                    continue;
                }
                Some(Ok(k)) => k,
                None => (self.cur, p.span.start, PARAM_TAG.to_string()),
            };
            p.ty = self.hints.get(&key).cloned().unwrap_or(Ty::None);
            keys[i] = Some(key);
        }
        Ok((sig, keys))
    }

    /// Records the inferred parameters of method `id`.
    pub(super) fn note_inferred(&mut self, id: FuncId, keys: Vec<Option<HintKey>>) {
        if keys.iter().any(Option::is_some) {
            let pending = keys.iter().flatten().any(|k| !self.hints.contains_key(k));
            let inf = Inferred {
                keys,
                seen: false,
                pending,
            };
            self.inferred.insert(id, inf);
        }
    }

    /// Whether function `id` has a parameter whose type was not learned
    /// when this pass began (its body is not checked then).
    pub(super) fn params_pending(&self, id: FuncId) -> bool {
        self.inferred.get(&id).is_some_and(|inf| inf.pending)
    }

    /// The untyped mask `bind_params` binds a call of `id` with.
    pub(super) fn inferred_mask(&self, id: FuncId, n: usize) -> Vec<bool> {
        match self.inferred.get(&id) {
            Some(inf) => inf.keys.iter().map(Option::is_some).collect(),
            None => vec![false; n],
        }
    }

    /// After binding a call of `id` with [`Self::inferred_mask`]: each
    /// inferred parameter's argument (`args`, without `self` when
    /// `bound_self`) is checked against, or teaches, its type. Returns
    /// the arguments and whether a type was learned (the call is then
    /// not typed right, and the pass will be discarded).
    pub(super) fn settle_inferred(
        &mut self,
        cx: &FnCx,
        id: FuncId,
        args: Vec<Expr>,
        bound_self: bool,
        call: Span,
    ) -> Chk<(Vec<Expr>, bool)> {
        let Some(keys) = self.inferred.get(&id).map(|inf| inf.keys.clone()) else {
            return Ok((args, false));
        };
        let skip = usize::from(bound_self);
        let params = self.sigs[id.index()].params.clone();
        let sig_name = self.sigs[id.index()].name.clone();
        let mut out = Vec::new();
        let mut learned = false;
        for (i, arg) in args.into_iter().enumerate() {
            let (Some(key), p) = (&keys[i + skip], &params[i + skip]) else {
                out.push(arg);
                continue;
            };
            let omitted = arg.span == call && p.default.is_some();
            let Some(have) = self.hints.get(key).cloned() else {
                if super::tuple::has_placeholder(&arg.ty) {
                    return Err(self.error_hint(
                        arg.span,
                        format!(
                            "cannot infer the type of parameter '{}' of '{sig_name}' from an \
                             empty {}",
                            p.name,
                            arg.ty.runtime_name()
                        ),
                        format!(
                            "annotate the parameter (e.g. `{}: list[int]`) or pass a \
                             non-empty value",
                            p.name
                        ),
                    ));
                }
                self.learn_param(key, arg.ty.clone(), (self.cur, call, omitted));
                learned = true;
                out.push(arg);
                continue;
            };
            if super::tuple::has_placeholder(&arg.ty) {
                self.constrain_to(cx, &arg, &have)?;
                out.push(self.fit_param(arg, &have, &p.name, &sig_name)?);
                continue;
            }
            if fits(self, &arg.ty, &have) {
                out.push(self.fit(arg, &have));
                continue;
            }
            match self.widen(&have, &arg.ty) {
                Some(wide) => {
                    self.hints.insert(key.clone(), wide);
                    self.learned = true;
                    learned = true;
                    out.push(arg);
                }
                None => {
                    let origin = self.param_origins.get(key).copied();
                    let span = if omitted { call } else { arg.span };
                    return Err(self.param_conflict(&sig_name, p, &have, &arg.ty, span, origin));
                }
            }
        }
        Ok((out, learned))
    }

    /// Notes that a call of `id` is being bound (so a method whose calls
    /// all fail is not reported as never called).
    pub(super) fn note_call(&mut self, id: FuncId) {
        if let Some(inf) = self.inferred.get_mut(&id) {
            inf.seen = true;
        }
    }

    /// Records `ty` as the type of the parameter keyed `key`, learned at
    /// `origin`.
    fn learn_param(&mut self, key: &HintKey, ty: Ty, origin: Origin) {
        self.hints.insert(key.clone(), ty);
        self.param_origins.entry(key.clone()).or_insert(origin);
        self.learned = true;
    }

    /// The type a parameter of type `have` widens to so that `got` fits
    /// too, if there is one.
    fn widen(&self, have: &Ty, got: &Ty) -> Option<Ty> {
        if fits(self, have, got) {
            return Some(got.clone());
        }
        if let Some(j) = self.join_classes([have, got].into_iter()) {
            return Some(j);
        }
        match (have, got) {
            (Ty::None, t) | (t, Ty::None) if optional_ok(t) => {
                Some(Ty::Optional(Box::new(t.clone())))
            }
            _ => None,
        }
    }

    /// "parameter 'x' of 'C.m' is int from another call, but this call
    /// passes str", with the call that gave the type as a note.
    fn param_conflict(
        &mut self,
        sig_name: &str,
        p: &super::Param,
        have: &Ty,
        got: &Ty,
        span: Span,
        origin: Option<Origin>,
    ) -> Reported {
        let mut d = Diagnostic::new(
            span,
            format!(
                "parameter '{}' of '{sig_name}' is {have} from another call, but this call \
                 passes {got}",
                p.name
            ),
        )
        .with_hint(format!(
            "pyaot gives an unannotated method parameter one type, from every call of the \
             method; pass the same type everywhere, or annotate the parameter (e.g. `{}: {have}`)",
            p.name
        ));
        if let Some((module, at, omitted)) = origin {
            if module == self.cur {
                let label = if omitted {
                    format!("'{}' is left to its default here, of type {have}", p.name)
                } else {
                    format!("'{}' gets its type {have} from this call", p.name)
                };
                d = d.with_note(at, label);
            }
        }
        self.diags.push(d);
        Reported
    }

    /// Whether class `c`'s instances are built by an `__init__` whose
    /// parameter types are not known (its fields are then unknown too).
    pub(super) fn init_pending(&self, c: ClassId) -> bool {
        self.find_method(c, "__init__")
            .is_some_and(|(_, f)| self.params_pending(f))
    }

    /// At the end of a pass that learned nothing: a method no call
    /// reached gets its defaults' types (checked in one more pass) when
    /// every pending parameter has a default, else a diagnostic.
    pub(super) fn finish_inferred(&mut self) {
        if self.learned {
            return;
        }
        let mut ids: Vec<FuncId> = self.inferred.keys().copied().collect();
        ids.sort_by_key(|f| f.0);
        let mut reported = std::collections::HashSet::new();
        for id in ids {
            let inf = &self.inferred[&id];
            let seen = inf.seen;
            let pending: Vec<(usize, HintKey)> = inf
                .keys
                .iter()
                .enumerate()
                .filter_map(|(i, k)| k.clone().map(|k| (i, k)))
                .filter(|(_, k)| !self.hints.contains_key(k))
                .collect();
            if pending.is_empty() || pending.iter().any(|(_, k)| reported.contains(k)) {
                continue;
            }
            let params = self.sigs[id.index()].params.clone();
            if !seen && pending.iter().all(|(i, _)| params[*i].default.is_some()) {
                for (i, k) in &pending {
                    let ty = params[*i]
                        .default
                        .as_ref()
                        .map_or(Ty::None, super::const_ty);
                    self.hints.insert(k.clone(), ty);
                }
                self.learned = true;
                continue;
            }
            reported.extend(pending.iter().map(|(_, k)| k.clone()));
            if !self.diags.is_empty() {
                // A call may have failed before its arguments gave the
                // types (its receiver did not check): a consequence of
                // that error, not another one.
                continue;
            }
            let name = self.sigs[id.index()].name.clone();
            let param = params[pending[0].0].name.clone();
            let Some(def) = self.defs[id.index()] else {
                continue;
            };
            let back = self.cur;
            self.switch_module(self.module_of(id));
            self.error_hint(
                def.name.range,
                format!(
                    "method '{name}' is never called, so the type of its parameter '{param}' \
                     is unknown"
                ),
                format!(
                    "pyaot types an unannotated method parameter from the method's calls; \
                     annotate it (e.g. `{param}: int`) or remove the method"
                ),
            );
            self.switch_module(back);
        }
    }
}
