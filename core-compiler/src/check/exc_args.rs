//! `e.args`: the static type of an exception's argument tuple.
//!
//! At run time every exception object can give its args as a tuple with
//! per-item type codes (`runtime/src/exc.rs`, `pyaot_exc_args`), so
//! printing, `len` and `==` never need the compiler's help. Reading items
//! does: `e.args` is typed `tuple[T, ...]`, which is sound only when every
//! exception the value can be passes arguments of type `T`.
//!
//! So the checker records every *construction site* of exception args
//! (`raise K(...)`, `C(...)` of a user exception class,
//! `super().__init__(...)` in one, `assert c, msg`, `sys.exit(x)`, and
//! the key of each dict or set lookup that may raise KeyError), and every
//! `.args` *use* with the classes its value can be (the clauses of the
//! `except` that bound it, a user exception class, else every exception)
//! and the `T` it was given: the type the sites seen so far agree on, or
//! `str` when none was seen yet. Built-in exceptions the runtime raises
//! carry one str (or none), so every use that can catch a built-in class
//! counts a str site. Once the whole program is checked,
//! [`Checker::finish_exc_args`] reports each use some site contradicts, at
//! the use, pointing at the site.

use super::{Checker, Chk, FnCx};
use crate::diagnostic::Diagnostic;
use crate::hir::{ClassId, ExcKind, Expr, ExprKind, RtArg, RtConv};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use std::collections::HashMap;

/// Item types of `e.args` reads found by an earlier pass, by module and
/// span of the read.
pub type ArgsHints = HashMap<(usize, u32, u32), Ty>;

/// A class an exception can be an instance of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcClass {
    Builtin(ExcKind),
    User(ClassId),
}

/// Where some exception gets its args.
#[derive(Clone, Debug)]
pub struct ArgsSite {
    class: ExcClass,
    /// The arguments' types.
    tys: Vec<Ty>,
    /// `super().__init__(...)` in `class`'s `__init__`: instances of its
    /// subclasses get these args too.
    inherited: bool,
    span: Span,
    module: usize,
}

/// An `e.args` read, checked against every site once all are known.
#[derive(Clone, Debug)]
pub struct ArgsUse {
    catch: Vec<ExcClass>,
    elem: Ty,
    span: Span,
    module: usize,
}

/// Why a site does not fit `T`, if it does not.
enum Misfit<'s> {
    Site(&'s ArgsSite, &'s Ty),
    /// The runtime raises this built-in class with a str argument.
    Runtime(ExcKind),
}

impl<'a> Checker<'a> {
    /// Records the args of an exception constructed at `span`.
    pub(super) fn note_exc_site(&mut self, class: ExcClass, tys: Vec<Ty>, span: Span) {
        self.exc_sites.push(ArgsSite {
            class,
            tys,
            inherited: false,
            span,
            module: self.cur,
        });
    }

    /// Records `super().__init__(args)` in the `__init__` of `class`.
    pub(super) fn note_exc_init_site(&mut self, class: ClassId, tys: Vec<Ty>, span: Span) {
        self.exc_sites.push(ArgsSite {
            class: ExcClass::User(class),
            tys,
            inherited: true,
            span,
            module: self.cur,
        });
    }

    /// Records a dict or set lookup whose miss raises `KeyError(key)`.
    pub(super) fn note_key_error_site(&mut self, key: &Ty, span: Span) {
        self.note_exc_site(
            ExcClass::Builtin(ExcKind::KeyError),
            vec![key.clone()],
            span,
        );
    }

    /// Whether an exception of class `site` (or, `inherited`, of a
    /// subclass of it) is an instance of `catch`.
    fn caught_by(&self, site: ExcClass, inherited: bool, catch: ExcClass) -> bool {
        match (site, catch) {
            (ExcClass::Builtin(s), ExcClass::Builtin(c)) => s.is_subclass_of(c),
            (ExcClass::Builtin(_), ExcClass::User(_)) => false,
            (ExcClass::User(s), ExcClass::Builtin(c)) => self.classes[s.index()]
                .exc_base
                .is_some_and(|k| k.is_subclass_of(c)),
            (ExcClass::User(s), ExcClass::User(c)) => {
                self.derives(s, c) || inherited && self.derives(c, s)
            }
        }
    }

    /// The built-in class of `catch` the runtime may raise with a str,
    /// if any: every one but KeyError, whose runtime sites (dict and set
    /// lookups) are recorded with their key types.
    fn runtime_raised(catch: &[ExcClass]) -> Option<ExcKind> {
        catch.iter().find_map(|c| match c {
            ExcClass::Builtin(ExcKind::KeyError) | ExcClass::User(_) => None,
            ExcClass::Builtin(k) => Some(*k),
        })
    }

    /// The first site (or runtime raise) caught by `catch` whose args are
    /// not all of type `elem`.
    fn misfit<'s>(&'s self, catch: &[ExcClass], elem: &Ty) -> Option<Misfit<'s>> {
        if *elem != Ty::Str {
            if let Some(k) = Self::runtime_raised(catch) {
                return Some(Misfit::Runtime(k));
            }
        }
        self.exc_sites
            .iter()
            .filter(|s| {
                catch
                    .iter()
                    .any(|&c| self.caught_by(s.class, s.inherited, c))
            })
            .find_map(|s| {
                // An Optional argument has no tuple type code.
                s.tys
                    .iter()
                    .find(|t| *t != elem || matches!(t, Ty::Optional(_)))
                    .map(|t| Misfit::Site(s, t))
            })
    }

    /// The item type the sites seen so far agree on (str if none).
    fn args_elem(&self, catch: &[ExcClass]) -> Ty {
        if Self::runtime_raised(catch).is_some() {
            return Ty::Str;
        }
        self.exc_sites
            .iter()
            .filter(|s| {
                catch
                    .iter()
                    .any(|&c| self.caught_by(s.class, s.inherited, c))
            })
            .find_map(|s| s.tys.first().cloned())
            .unwrap_or(Ty::Str)
    }

    /// The classes a value of type `ty` can be an instance of, when the
    /// expression `e` reads it: an `except ... as e` binding knows its
    /// clauses.
    fn catch_of(&self, cx: &FnCx, e: &ast::Expr, ty: &Ty) -> Vec<ExcClass> {
        if let ast::Expr::Name(n) = e {
            if let Some(c) = cx.exc_catch.get(n.id.as_str()) {
                return c.clone();
            }
        }
        match ty.class() {
            Some(c) => vec![ExcClass::User(c)],
            None => vec![ExcClass::Builtin(ExcKind::BaseException)],
        }
    }

    /// `obj.args` for an exception `obj` (read from the expression
    /// `value`; AttributeError if it `maybe_none` and is): `pyaot_exc_args`,
    /// typed `tuple[T, ...]` (see the module doc).
    pub(super) fn exc_args_attr(
        &mut self,
        cx: &FnCx,
        value: &ast::Expr,
        obj: Expr,
        maybe_none: bool,
        span: Span,
    ) -> Chk<Expr> {
        let ty_of = |elem: Ty| Ty::VarTuple(Box::new(elem));
        let conv = if maybe_none {
            RtConv::NullOnError
        } else {
            RtConv::Infallible
        };
        let read = |obj: Expr, ty: Ty| Expr {
            kind: ExprKind::RtCall {
                func: "pyaot_exc_args",
                args: vec![RtArg::Value(obj)],
                conv,
            },
            ty,
            span,
        };
        if let Some(i) = self.opaque_args.iter().position(|s| *s == span) {
            // Printed whole: the tuple's own type codes decide, so any
            // item type is exact.
            self.opaque_args.swap_remove(i);
            return Ok(read(obj, ty_of(Ty::Str)));
        }
        let catch = self.catch_of(cx, value, &obj.ty);
        let elem = match self.args_hints.get(&(self.cur, span.start, span.end)) {
            Some(t) => t.clone(),
            None => self.args_elem(&catch),
        };
        if let Some(d) = self.misfit_diag(&catch, &elem, span, self.cur) {
            self.diags.push(d);
            return Err(super::Reported);
        }
        self.args_uses.push(ArgsUse {
            catch,
            elem: elem.clone(),
            span,
            module: self.cur,
        });
        Ok(read(obj, ty_of(elem)))
    }

    /// Marks the `.args` arguments of `print`/`str`/`repr` as consumed
    /// whole (see `opaque_args`).
    pub(super) fn note_opaque_args(&mut self, args: &[ast::Expr]) {
        for a in args {
            if let ast::Expr::Attribute(at) = a {
                if at.attr.as_str() == "args" {
                    self.opaque_args.push(at.range.into());
                }
            }
        }
    }

    /// The diagnostic for a use of `e.args` typed `tuple[elem, ...]` that
    /// some site contradicts.
    fn misfit_diag(
        &self,
        catch: &[ExcClass],
        elem: &Ty,
        span: Span,
        module: usize,
    ) -> Option<Diagnostic> {
        let hint = "pyaot types `e.args` as `tuple[T, ...]`: give every exception an `except` \
                    clause can catch arguments of one type (or keep the values in fields of \
                    your own exception class)";
        let d = match self.misfit(catch, elem)? {
            Misfit::Runtime(k) => Diagnostic::new(
                span,
                format!(
                    "cannot type `args`: it holds a str when the runtime raises {k:?}, \
                     and {elem} elsewhere"
                ),
            ),
            Misfit::Site(site, ty) => {
                let msg = match ty {
                    Ty::Optional(_) => format!(
                        "cannot type `args`: an exception argument of type {ty} (or a \
                         SystemExit of None or a bool) has no item type pyaot keeps"
                    ),
                    _ => format!("cannot type `args`: it holds {elem} here and {ty} elsewhere"),
                };
                let d = Diagnostic::new(span, msg);
                if site.module == module {
                    d.with_note(site.span, format!("an argument of type {ty} here"))
                } else {
                    d
                }
            }
        };
        Some(d.with_hint(hint))
    }

    /// Reports every `e.args` use that a site recorded after it
    /// contradicts (see the module doc). A use typed by a guess that the
    /// sites all contradict the same way gets their type as a hint for
    /// another pass instead, which the result asks for.
    pub(super) fn finish_exc_args(&mut self) -> ArgsHints {
        let uses = std::mem::take(&mut self.args_uses);
        let mut seen = std::collections::HashSet::new();
        let mut retry = ArgsHints::new();
        for u in &uses {
            // An expression checked twice (a loop's iterable) is one use.
            let key = (u.module, u.span.start, u.span.end);
            if !seen.insert(key) {
                continue;
            }
            let Some(d) = self.misfit_diag(&u.catch, &u.elem, u.span, u.module) else {
                continue;
            };
            let better = self.args_elem(&u.catch);
            if !self.args_hints.contains_key(&key) && self.misfit(&u.catch, &better).is_none() {
                retry.insert(key, better);
                continue;
            }
            let file = self.program.modules[u.module].file.clone();
            self.diags.push(d.in_file(&file));
        }
        retry
    }
}

/// The classes of an `except` clause's kinds and user classes.
pub(super) fn clause_classes(kinds: &[ExcKind], classes: &[ClassId]) -> Vec<ExcClass> {
    kinds
        .iter()
        .map(|&k| ExcClass::Builtin(k))
        .chain(classes.iter().map(|&c| ExcClass::User(c)))
        .collect()
}
