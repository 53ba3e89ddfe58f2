//! Multiple inheritance: the method resolution order and what it takes
//! to compile it onto single-chain layouts and method tables.
//!
//! **MRO.** Every class has CPython's C3 linearisation of its bases
//! (`ClassInfo::mro`); an inconsistent hierarchy is CPython's TypeError,
//! reported at compile time. Method and class attribute lookup follow it.
//!
//! **Layout.** The first base is the *primary* base: the instance layout,
//! the method table and `derives` (where a value of one class is accepted
//! as another) extend it alone. The other (*secondary*) bases may only
//! bring fields that the primary chain already lays out (mixins without
//! fields, diamonds whose shared root declares them), so an instance of
//! the class is a valid instance of every secondary base's field layout.
//!
//! **Methods.** A method runs on an instance of class `X` as `X`'s MRO
//! decides, and its `super()` continues along that same MRO, which depends
//! on `X`, not on the class that defines the method. So a method `f` of
//! class `K` that an `X` instance reaches is compiled again for `X` (a
//! *copy*: `self` typed `X`, `super()` resolved along `X`'s MRO after `K`)
//! unless the original already behaves so: `K` is on `X`'s primary chain
//! and, if `f` mentions `super`, `K`'s own MRO continues after `K` as
//! `X`'s does. A copy made for `X` also serves the primary subclasses of
//! `X` whose MRO agrees (`mro_version` climbs to the highest such class).
//! Copies go into `X`'s method table, so calls on receivers typed by a
//! primary base dispatch to them as to any override.
//!
//! **Secondary bases as types.** A value of class `X` cannot be passed as
//! one of its secondary bases (its method table is not laid out like
//! theirs); such uses are compile errors with a hint. `isinstance(x, M)`
//! is true for every class with `M` in its MRO.

use super::{Checker, Chk, MethodKind, MethodOf};
use crate::hir::{self, ClassId, FuncId};
use crate::source::Span;
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::collections::HashSet;

/// `object` in C3 merges (it ends every linearisation; `mro` leaves it out).
const OBJECT: u32 = u32::MAX;

impl<'a> Checker<'a> {
    // ---- collection -----------------------------------------------------

    /// The bases after the first (`class C(A, M1, M2)`): user classes
    /// that are not exception classes. `exc` says whether the primary
    /// base makes `C` an exception class.
    pub(super) fn secondary_bases(
        &mut self,
        def: &ast::StmtClassDef,
        exc: bool,
    ) -> Chk<Vec<ClassId>> {
        let Some(args) = &def.arguments else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for (i, base) in args.args.iter().enumerate() {
            let ast::Expr::Name(b) = base else {
                return Err(self.unsupported(base.range(), "this base class"));
            };
            let name = b.id.as_str();
            if seen.contains(&name) {
                return Err(self.error(b.range, format!("duplicate base class {name}")));
            }
            seen.push(name);
            if i == 0 || name == "object" {
                continue;
            }
            let user = self.class_id(name);
            if exc || user.is_some_and(|c| self.is_exception_class(c)) {
                return Err(
                    self.unsupported(b.range, "multiple inheritance with exception classes")
                );
            }
            let Some(c) = user else {
                return Err(self.error_hint(
                    b.range,
                    format!("unsupported base class '{name}'"),
                    "a base after the first must be a class defined above this one",
                ));
            };
            out.push(c);
        }
        Ok(out)
    }

    /// The C3 linearisation of a class with these bases (CPython's
    /// `mro_internal`), or its TypeError as a compile error.
    pub(super) fn linearise(
        &mut self,
        id: ClassId,
        def: &ast::StmtClassDef,
        parent: Option<ClassId>,
        secondary: &[ClassId],
    ) -> Chk<Vec<ClassId>> {
        // The bases as written, `object` included (it can make C3 fail).
        let bases: Vec<u32> = match &def.arguments {
            Some(args) => args
                .args
                .iter()
                .filter_map(|b| match b {
                    ast::Expr::Name(n) if n.id.as_str() == "object" => Some(OBJECT),
                    ast::Expr::Name(n) => self.class_id(n.id.as_str()).map(|c| c.0),
                    _ => None,
                })
                .collect(),
            None => Vec::new(),
        };
        if secondary.is_empty() {
            let mut mro = vec![id];
            if let Some(p) = parent {
                mro.extend(self.classes[p.index()].mro.iter().copied());
            }
            return Ok(mro);
        }
        let full = |ck: &Self, b: u32| -> Vec<u32> {
            if b == OBJECT {
                return vec![OBJECT];
            }
            let mut l: Vec<u32> = ck.classes[b as usize].mro.iter().map(|c| c.0).collect();
            l.push(OBJECT);
            l
        };
        let mut lists: Vec<Vec<u32>> = bases.iter().map(|&b| full(self, b)).collect();
        lists.push(bases.clone());
        match c3_merge(lists) {
            Ok(merged) => Ok(std::iter::once(id)
                .chain(merged.into_iter().filter(|&c| c != OBJECT).map(ClassId))
                .collect()),
            Err(heads) => {
                let names: Vec<String> = heads
                    .iter()
                    .map(|&c| match c {
                        OBJECT => "object".to_string(),
                        c => self.classes[c as usize].name.clone(),
                    })
                    .collect();
                let span = def.arguments.as_ref().map_or(def.name.range, |a| a.range);
                Err(self.error_hint(
                    span,
                    format!(
                        "Cannot create a consistent method resolution order (MRO) for bases {}",
                        names.join(", ")
                    ),
                    "CPython raises this TypeError when the class is created: reorder the bases so that every class comes before its own bases",
                ))
            }
        }
    }

    /// Whether class `c` has bases beyond its primary chain (its MRO after
    /// itself is not its primary base's MRO).
    pub(super) fn mro_differs(&self, c: ClassId) -> bool {
        let info = &self.classes[c.index()];
        let above: &[ClassId] = match info.parent {
            Some(p) => &self.classes[p.index()].mro,
            None => &[],
        };
        info.mro[1..] != *above
    }

    /// What `c`'s MRO lists after class `k`.
    pub(super) fn mro_after(&self, c: ClassId, k: ClassId) -> &[ClassId] {
        let mro = &self.classes[c.index()].mro;
        let i = mro
            .iter()
            .position(|&x| x == k)
            .map_or(mro.len(), |i| i + 1);
        &mro[i..]
    }

    /// Method `f` of class `k` as it must run on instances of class `x`
    /// (which has `k` in its MRO): the original, or a copy compiled for `x`
    /// or for a primary base of `x` with the same MRO after `k` (see the
    /// module doc).
    pub(super) fn mro_version(&mut self, x: ClassId, k: ClassId, f: FuncId) -> FuncId {
        let has_self = self.sigs[f.index()]
            .method
            .is_some_and(|m| !matches!(m.kind, MethodKind::Static | MethodKind::Class));
        if k == x || !has_self {
            return f;
        }
        let uses_super = self.mentions_super(f);
        let mut y = x;
        while let Some(p) = self.classes[y.index()].parent {
            if !self.classes[p.index()].mro.contains(&k)
                || (uses_super && self.mro_after(p, k) != self.mro_after(x, k))
            {
                break;
            }
            y = p;
        }
        if y == k {
            return f;
        }
        if let Some(&copy) = self.classes[y.index()].mro_copies.get(&f) {
            return copy;
        }
        let mut sig = self.sigs[f.index()].clone();
        let y_ty = self.classes[y.index()].ty.clone();
        sig.params[0].ty = y_ty.clone();
        // A parameter typed by a class `y` inherits as a secondary base
        // (`def __eq__(self, other: "Comparable")` in a mixin) can hold no
        // `y`; in the copy it takes `y`'s instances, as `Self` would.
        for p in &mut sig.params[1..] {
            if let Ty::Class(pc) = &p.ty {
                if self.classes[y.index()].mro.contains(&pc.id) && !self.derives(y, pc.id) {
                    p.ty = y_ty.clone();
                }
            }
        }
        if !matches!(sig.ret, super::super::RetTy::Annotated(_)) {
            sig.ret = super::super::RetTy::Unknown;
        }
        sig.method = sig.method.map(|m| MethodOf {
            copy_for: Some(y),
            ..m
        });
        let copy = FuncId(self.sigs.len() as u32);
        let module = self.module_of(f);
        self.func_module.insert(copy, module);
        self.sigs.push(sig);
        self.defs.push(self.defs[f.index()]);
        self.bodies.push(None);
        self.classes[y.index()].mro_copies.insert(f, copy);
        copy
    }

    /// Whether the source of method `f` mentions `super` (conservative:
    /// a copy made needlessly is only code size).
    fn mentions_super(&self, f: FuncId) -> bool {
        let def = self.def(f);
        let text = &self.program.modules[self.module_of(f)].file.text;
        text.get(def.range.start().to_usize()..def.range.end().to_usize())
            .is_none_or(|t| t.contains("super"))
    }

    /// The method-table entries class `x` gets from its MRO beyond what
    /// its primary base's table holds: every instance method, property and
    /// class attribute `x` does not define itself, as the MRO resolves it,
    /// in the version that must run on `x` (see `mro_version`).
    pub(super) fn mro_entries(&mut self, x: ClassId) -> Vec<(String, hir::VEntry)> {
        let own = &self.classes[x.index()];
        let mut seen: HashSet<String> = own.methods.keys().cloned().collect();
        seen.extend(own.attrs.iter().map(|a| super::attr_slot_name(&a.name)));
        let mut out = Vec::new();
        let mro = own.mro.clone();
        for &k in &mro[1..] {
            let mut methods: Vec<(String, FuncId)> = self.classes[k.index()]
                .methods
                .iter()
                .filter(|(_, f)| {
                    self.sigs[f.index()].method.is_some_and(|m| {
                        matches!(
                            m.kind,
                            MethodKind::Instance | MethodKind::Property | MethodKind::Setter
                        )
                    })
                })
                .map(|(n, f)| (n.clone(), *f))
                .collect();
            methods.sort_by_key(|(_, f)| *f);
            for (name, f) in methods {
                if seen.insert(name.clone()) {
                    let v = self.mro_version(x, k, f);
                    out.push((name, hir::VEntry::Method(v)));
                }
            }
            for a in &self.classes[k.index()].attrs {
                let key = super::attr_slot_name(&a.name);
                if seen.insert(key.clone()) {
                    out.push((key, hir::VEntry::Attr(a.global)));
                }
            }
        }
        out
    }

    /// Checks that the secondary bases of `c` bring no fields its primary
    /// chain does not lay out (called once `c`'s inherited fields are in).
    pub(super) fn check_secondary_fields(&mut self, c: ClassId) {
        let secondary = self.classes[c.index()].secondary.clone();
        for s in secondary {
            self.ensure_fields(s);
            let stray = self.classes[s.index()]
                .fields
                .iter()
                .find(|f| !self.derives(c, f.declared_in))
                .map(|f| (f.name.clone(), f.declared_in));
            let Some((field, owner)) = stray else {
                continue;
            };
            let carrier = self.classes[c.index()]
                .parent
                .filter(|&p| !self.classes[p.index()].fields.is_empty());
            let span = self.base_span(c, s);
            let (cname, oname) = (
                self.class_name(c).to_string(),
                self.class_name(owner).to_string(),
            );
            let msg = match carrier {
                Some(p) => format!(
                    "class '{cname}' inherits instance attributes from both '{}' and '{oname}' ('{field}')",
                    self.class_name(p)
                ),
                None => format!(
                    "class '{cname}' inherits instance attribute '{field}' from '{oname}', which is not its first base"
                ),
            };
            self.error_hint(
                span,
                msg,
                format!(
                    "pyaot lays out instances by their first base; the other bases may only add methods (mixins) or share the attributes of a base they have in common with it: declare '{field}' in the first base (or a common base)"
                ),
            );
            return;
        }
    }

    /// The span of base `b` in the `class` statement of `c`.
    fn base_span(&self, c: ClassId, b: ClassId) -> Span {
        let def = self.classes[c.index()].def;
        let name = self.class_name(b);
        def.arguments
            .as_ref()
            .and_then(|a| {
                a.args.iter().find(|e| {
                    matches!(e, ast::Expr::Name(n) if self.class_id(n.id.as_str()) == Some(b) || n.id.as_str() == name)
                })
            })
            .map_or(def.name.range.into(), |e| e.range().into())
    }

    // ---- typing -----------------------------------------------------------

    /// For `isinstance(v, t)` with `v` of static class `vc` where `t` is
    /// no primary base or subclass of `vc`: the classes whose (primary)
    /// isinstance test is exactly "has `t` in its MRO" for values of `vc`:
    /// the highest classes of `vc`'s subtree (or `vc` itself) with `t` in
    /// their MRO.
    pub(super) fn isinstance_via_mro(&self, vc: ClassId, t: ClassId) -> Vec<ClassId> {
        self.subtree(vc)
            .into_iter()
            .filter(|&k| {
                let has = |c: ClassId| self.classes[c.index()].mro.contains(&t);
                has(k) && (k == vc || self.classes[k.index()].parent.is_none_or(|p| !has(p)))
            })
            .collect()
    }

    /// A hint for a value of type `got` where `want` is expected, when a
    /// class in `got` has the class in `want` as a secondary base.
    pub(crate) fn secondary_base_hint(&self, want: &Ty, got: &Ty) -> Option<String> {
        let (w, g) = first_class_pair(want, got)?;
        let info = &self.classes[g.index()];
        if !info.mro.contains(&w) || self.derives(g, w) {
            return None;
        }
        let mut chain = Vec::new();
        let mut k = Some(g);
        while let Some(c) = k {
            chain.push(self.class_name(c).to_string());
            k = self.classes[c.index()].parent;
        }
        let wname = self.class_name(w);
        let gname = &chain[0];
        let bases = chain[1..].join(", ");
        let also = if bases.is_empty() {
            String::new()
        } else {
            format!(" or as one of its primary bases {bases}")
        };
        Some(format!(
            "{gname} inherits {wname} as a secondary base; pyaot can pass it only as {gname}{also} (instances are laid out by their first base)"
        ))
    }

    /// Whether some class gets copies of `c`'s methods: it inherits `c`
    /// through a secondary base, or its MRO continues differently after `c`.
    pub(super) fn is_mixin(&self, c: ClassId) -> bool {
        (0..self.classes.len()).any(|x| {
            let x = ClassId(x as u32);
            self.classes[x.index()].mro.contains(&c)
                && (!self.derives(x, c) || self.mro_after(x, c) != self.mro_after(c, c))
        })
    }

    /// The hint for an error in a method of mixin `c`, with what to do.
    pub(super) fn mixin_hint(&self, c: ClassId, todo: &str) -> String {
        format!(
            "'{}' is a base of classes that inherit it through multiple inheritance, where its methods are compiled again for each of them; pyaot also compiles them for '{0}' itself: {todo}",
            self.class_name(c)
        )
    }

    /// The hint for a value of type `got` where `want` is expected.
    pub(crate) fn type_hint(&self, want: &Ty, got: &Ty) -> String {
        self.secondary_base_hint(want, got)
            .unwrap_or_else(|| super::mismatch_hint(want, got))
    }

    /// Signatures of the methods that multiple inheritance puts into a
    /// slot of the primary base's method table: like an override, each
    /// must keep that slot's signature.
    pub(super) fn check_mro_slots(&mut self) {
        for i in 0..self.classes.len() {
            let c = ClassId(i as u32);
            let Some(p) = self.classes[i].parent else {
                continue;
            };
            if !self.mro_differs(c) {
                continue;
            }
            let n = self.classes[p.index()].vtable.len();
            for s in 0..n {
                let (hir::VEntry::Method(f), hir::VEntry::Method(base)) =
                    (self.classes[i].vtable[s], self.classes[p.index()].vtable[s])
                else {
                    continue;
                };
                let own = self.classes[i].methods.values().any(|&m| m == f);
                if f == base || own {
                    continue;
                }
                let span: Span = self.classes[i].def.name.range.into();
                if !self.same_signature(f, base, span) {
                    let back = self.cur;
                    self.switch_module(self.class_module[&c]);
                    let (a, b) = (
                        self.sigs[f.index()].name.clone(),
                        self.sigs[base.index()].name.clone(),
                    );
                    self.error_hint(
                        span,
                        format!("'{}' gets method '{a}' through multiple inheritance, but its first base has '{b}' with a different signature", self.class_name(c)),
                        "pyaot calls it through the first base's signature: keep the parameter names, types, defaults and return type",
                    );
                    self.switch_module(back);
                }
            }
        }
    }
}

/// CPython's C3 merge: the merged order, or the heads left when no head
/// is free (in first-seen order, as CPython's error lists them).
fn c3_merge(mut lists: Vec<Vec<u32>>) -> Result<Vec<u32>, Vec<u32>> {
    let mut out = Vec::new();
    loop {
        lists.retain(|l| !l.is_empty());
        if lists.is_empty() {
            return Ok(out);
        }
        let free = lists
            .iter()
            .map(|l| l[0])
            .find(|&h| lists.iter().all(|l| !l[1..].contains(&h)));
        let Some(h) = free else {
            let mut heads = Vec::new();
            for l in &lists {
                if !heads.contains(&l[0]) {
                    heads.push(l[0]);
                }
            }
            return Err(heads);
        };
        out.push(h);
        for l in &mut lists {
            if l[0] == h {
                l.remove(0);
            }
        }
    }
}

/// The first pair of classes at the same place in `want` and `got`
/// (`C` and `D`, `list[C]` and `list[D]`, ...).
fn first_class_pair(want: &Ty, got: &Ty) -> Option<(ClassId, ClassId)> {
    match (want, got) {
        (Ty::Class(w), Ty::Class(g)) => Some((w.id, g.id)),
        (Ty::Optional(w), g) => first_class_pair(w, g),
        (Ty::List(w), Ty::List(g)) | (Ty::Set(w), Ty::Set(g)) => first_class_pair(w, g),
        (Ty::Dict(wk, wv, _), Ty::Dict(gk, gv, _)) => {
            first_class_pair(wk, gk).or_else(|| first_class_pair(wv, gv))
        }
        (Ty::Tuple(w), Ty::Tuple(g)) => w.iter().zip(g).find_map(|(a, b)| first_class_pair(a, b)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::c3_merge;

    #[test]
    fn c3_diamond() {
        // D(B, C), B(A), C(A): D B C A object.
        let (a, b, c, o) = (0, 1, 2, super::OBJECT);
        let merged = c3_merge(vec![vec![b, a, o], vec![c, a, o], vec![b, c]]);
        assert_eq!(merged, Ok(vec![b, c, a, o]));
    }

    #[test]
    fn c3_inconsistent_lists_the_heads() {
        // C(A, B) with B(A): A must come both before and after B.
        let (a, b, o) = (0, 1, super::OBJECT);
        let merged = c3_merge(vec![vec![a, o], vec![b, a, o], vec![a, b]]);
        assert_eq!(merged, Err(vec![a, b]));
    }
}
