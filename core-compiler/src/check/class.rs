//! User classes: declaration, fields, methods and dispatch.
//!
//! **Collection.** Before any body is checked, every top-level `class` is
//! registered (name, base), then its members: methods become functions
//! whose first parameter is `self` (typed as the class), class-level
//! `name: T` annotations declare instance fields and `name = value`
//! assignments class attributes (module globals named `Class.name`).
//! A base is a class defined earlier or a built-in exception class (which
//! makes an *exception class*); with several bases, the first is the
//! primary one and `mro.rs` holds the rest of the story.
//!
//! **Fields** are the class's annotations and the `self.name = value`
//! assignments of its `__init__`, typed by the value (or the annotation),
//! inherited fields first, so a subclass's layout extends its base's. A
//! class's fields are known once its `__init__` has been checked, which
//! the first use of one of its fields triggers.
//!
//! **Unassigned fields.** Reading a field that was never assigned raises
//! AttributeError, as in CPython, unless the checker proves it is always
//! assigned: while checking an `__init__` it tracks, like definite
//! assignment of variables, which fields are assigned at each point where
//! `self` *escapes* (is passed to a method, stored, compared...) and at
//! each way out. A field assigned at all of them (in the `__init__` of
//! every class that can be the runtime class of a value) is read without a
//! check; other reads are checked (NULL for ref fields, a bit in the
//! instance's assigned mask for scalars).
//!
//! **Methods** get a slot in the class's method table, shared by
//! overrides (which must keep the signature). A call whose static class
//! has a subclass overriding the method dispatches through the table;
//! otherwise it is a direct call. `super().m(...)` is always direct.
//!
//! **None.** A class-typed value may be None (NULL), so `Optional[C]` is
//! just `C`; attribute access and method calls on None raise CPython's
//! AttributeError, except on `self`, which is never None.

mod mro;

use super::exc_args::ExcClass;
use super::scope::{InitTrack, MethodCx, Var};
use super::stmt::mismatch_hint;
use super::{Checker, Chk, FnCx, Reported};
use crate::hir::{self, ClassId, ExcKind, Expr, ExprKind, FuncId, GlobalId, Place};
use crate::source::Span;
use crate::types::{ClassTy, Ty};
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// What kind of function a method is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    Instance,
    Init,
    /// `@staticmethod`: no `self`.
    Static,
    /// `@classmethod`: checked once per class it is called on, with
    /// `cls` naming that class (no runtime parameter).
    Class,
    /// `@property`: the getter, called by reading the attribute.
    Property,
    /// `@name.setter`, called by assigning the attribute; kept under the
    /// name `name.setter`.
    Setter,
}

/// A method's class and kind.
#[derive(Debug, Clone, Copy)]
pub struct MethodOf {
    pub class: ClassId,
    pub kind: MethodKind,
    /// Written by `@dataclass` (see `dataclass.rs`).
    pub generated: bool,
    /// For a copy of `class`'s method compiled for the instances of a
    /// class that inherits it through multiple inheritance: that class
    /// (`self` has its type, `super()` follows its MRO). See `mro_version`.
    pub copy_for: Option<ClassId>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum FieldsState {
    NotStarted,
    InProgress,
    Done,
}

#[derive(Clone, Debug)]
pub struct FieldInfo {
    pub name: String,
    pub ty: Ty,
    /// The class whose annotation or `__init__` declared it.
    pub declared_in: ClassId,
    /// For an attribute that is also a class attribute (assigned through
    /// instances somewhere): that class attribute, which an instance
    /// without its own value shows, as in CPython.
    pub class_default: Option<GlobalId>,
}

/// A class attribute: a module global named `Class.name`.
struct ClassAttr<'a> {
    name: String,
    global: GlobalId,
    value: &'a ast::Expr,
    span: Span,
    /// Assigned through an instance somewhere (`obj.name = ...`): then
    /// instances have a field of this name, defaulting to the attribute.
    instance_assigned: bool,
}

pub struct ClassInfo<'a> {
    /// Decorated with `@dataclass`.
    dataclass: bool,
    /// A hidden global, bound once the `class` statement has run: before
    /// that, naming the class raises NameError as in CPython.
    defined: GlobalId,
    pub name: String,
    pub ty: Ty,
    def: &'a ast::StmtClassDef,
    /// The primary (first) base: the layout and method table extend it.
    pub parent: Option<ClassId>,
    /// The other bases, in order (multiple inheritance).
    secondary: Vec<ClassId>,
    /// The method resolution order (CPython's C3 linearisation), this
    /// class first, `object` left out.
    mro: Vec<ClassId>,
    /// Methods inherited through multiple inheritance compiled again for
    /// the instances of this class, by the original (see `mro_version`).
    mro_copies: HashMap<FuncId, FuncId>,
    /// For exception classes: the nearest built-in base.
    pub exc_base: Option<ExcKind>,
    children: Vec<ClassId>,
    /// Methods defined in this class body, by name.
    methods: HashMap<String, FuncId>,
    /// Copies of inherited class methods in which `cls` is this class.
    cls_copies: HashMap<FuncId, FuncId>,
    /// The method table and the slot of each instance method name.
    vtable: Vec<hir::VEntry>,
    vslots: HashMap<String, u32>,
    /// Class attributes defined in this class body.
    attrs: Vec<ClassAttr<'a>>,
    /// `name: T` annotations in the class body (instance fields).
    field_anns: Vec<&'a ast::StmtAnnAssign>,
    /// All fields, inherited first; complete once `state` is Done.
    fields: Vec<FieldInfo>,
    state: FieldsState,
    /// Fields assigned at the end of and at every escape from the
    /// `__init__` instances of exactly this class run (inherited or own).
    end: HashSet<u32>,
    escapes: Vec<HashSet<u32>>,
}

impl<'a> ClassInfo<'a> {
    /// Field slots never seen unassigned in an instance of exactly this
    /// class (valid once its fields are Done).
    fn safe(&self) -> HashSet<u32> {
        self.escapes.iter().fold(self.end.clone(), |acc, e| {
            acc.intersection(e).copied().collect()
        })
    }
}

/// How an attribute name resolves on a class.
enum Member {
    Field(u32, Ty),
    Method(MethodKind),
    Attr(GlobalId),
}

impl<'a> Checker<'a> {
    // ---- collection -----------------------------------------------------

    /// Records the names `from typing import ...` and `from __future__
    /// import annotations` provide (checked again, in order, by the
    /// statement checker).
    pub(super) fn collect_imports(&mut self, suite: &'a [ast::Stmt]) {
        for stmt in suite {
            match stmt {
                ast::Stmt::ImportFrom(i) if Self::allowed_from_import(i).is_ok() => {
                    for alias in &i.names {
                        // `from typing import List as L`: `L` means `List`.
                        let local = alias.asname.as_ref().unwrap_or(&alias.name);
                        self.ns
                            .typing_names
                            .insert(local.to_string(), alias.name.to_string());
                    }
                }
                // `import typing [as t]`: `typing.List[int]` in annotations.
                ast::Stmt::Import(i) => {
                    for alias in &i.names {
                        if alias.name.as_str() == "typing" {
                            let local = alias.asname.as_ref().unwrap_or(&alias.name);
                            self.ns.typing_modules.insert(local.to_string());
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Whether `from m import names` is one pyaot provides: typing names
    /// used in annotations, and `from __future__ import annotations`
    /// (annotations are never evaluated here anyway). Err: the first name
    /// that is not, with the module.
    pub(super) fn allowed_from_import(i: &ast::StmtImportFrom) -> Result<(), (String, Span)> {
        let m = i.module.as_ref().map_or("", |m| m.as_str());
        let allowed: &[&str] = match m {
            "typing" => &[
                "Optional",
                "List",
                "Dict",
                "Set",
                "Callable",
                "Iterator",
                "Iterable",
                "Generator",
                "Deque",
            ],
            "collections.abc" => &["Callable", "Iterator", "Iterable", "Generator"],
            "__future__" => &["annotations"],
            "dataclasses" => &["dataclass", "field"],
            _ => &[],
        };
        // Typing names may be renamed (`List as L`); dataclass's may not
        // (the decorator is recognised by its name).
        let renamable = matches!(m, "typing" | "collections.abc");
        for alias in &i.names {
            if !allowed.contains(&alias.name.as_str()) || (alias.asname.is_some() && !renamable) {
                return Err((format!("{m}.{}", alias.name), alias.range.into()));
            }
        }
        if i.level != 0 {
            return Err((m.to_string(), i.range.into()));
        }
        Ok(())
    }

    /// Registers every top-level class with its base.
    pub(super) fn collect_classes(&mut self, suite: &'a [ast::Stmt]) {
        for stmt in suite {
            let ast::Stmt::ClassDef(def) = stmt else {
                continue;
            };
            let _ = self.collect_class(def);
        }
    }

    fn collect_class(&mut self, def: &'a ast::StmtClassDef) -> Chk<()> {
        let name = def.name.to_string();
        let mut dataclass = false;
        for d in &def.decorator_list {
            let is_dataclass = match &d.expression {
                ast::Expr::Name(n) => n.id.as_str() == "dataclass",
                ast::Expr::Call(c) => {
                    matches!(&*c.func, ast::Expr::Name(n) if n.id.as_str() == "dataclass")
                }
                _ => false,
            };
            if !is_dataclass || !self.ns.typing_names.contains_key("dataclass") || dataclass {
                return Err(self.unsupported(d.range, "this class decorator"));
            }
            dataclass = true;
        }
        if let Some(tp) = &def.type_params {
            return Err(self.unsupported(tp.range, "type parameters"));
        }
        if self.ns.class_names.contains_key(&name) {
            return Err(self.error_hint(
                def.name.range,
                format!("class '{name}' is defined twice"),
                "pyaot binds each class name once; rename one of them",
            ));
        }
        let (mut parent, mut exc_base) = (None, None);
        if let Some(args) = &def.arguments {
            if let Some(k) = args.keywords.first() {
                return Err(self.unsupported(k.range, "class keywords (metaclass=...)"));
            }
            if let Some(base) = args.args.first() {
                let ast::Expr::Name(b) = base else {
                    return Err(self.unsupported(base.range(), "this base class"));
                };
                let bname = b.id.as_str();
                if let Some(p) = self.class_id(bname) {
                    parent = Some(p);
                    exc_base = self.classes[p.index()].exc_base;
                } else if let Some(k) = ExcKind::from_name(bname) {
                    if matches!(
                        k,
                        ExcKind::SystemExit | ExcKind::KeyboardInterrupt | ExcKind::BaseException
                    ) {
                        return Err(self.unsupported(
                            b.range,
                            &format!("subclasses of {bname} (derive from Exception)"),
                        ));
                    }
                    exc_base = Some(k);
                } else if bname != "object" {
                    return Err(self.error_hint(
                        b.range,
                        format!("unsupported base class '{bname}'"),
                        "a base must be a class defined above this one, or a built-in exception class",
                    ));
                }
            }
        }
        let secondary = self.secondary_bases(def, exc_base.is_some())?;
        let id = ClassId(self.classes.len() as u32);
        let mro = self.linearise(id, def, parent, &secondary)?;
        let ty = Ty::Class(ClassTy {
            id,
            name: Arc::from(name.as_str()),
        });
        if let Some(p) = parent {
            self.classes[p.index()].children.push(id);
        }
        // Not in `global_names`: only this class's uses read it.
        let defined = GlobalId(self.globals.len() as u32);
        self.globals.push(hir::Global {
            name: name.clone(),
            ty: Ty::Bool,
        });
        self.classes.push(ClassInfo {
            defined,
            dataclass,
            name: name.clone(),
            ty,
            def,
            parent,
            secondary,
            mro,
            mro_copies: HashMap::new(),
            exc_base,
            children: Vec::new(),
            methods: HashMap::new(),
            cls_copies: HashMap::new(),
            vtable: Vec::new(),
            vslots: HashMap::new(),
            attrs: Vec::new(),
            field_anns: Vec::new(),
            fields: Vec::new(),
            state: FieldsState::NotStarted,
            end: HashSet::new(),
            escapes: Vec::new(),
        });
        self.ns.class_names.insert(name, id);
        self.class_module.insert(id, self.cur);
        Ok(())
    }

    /// Methods, fields annotations and class attributes of every class,
    /// then the method tables. Runs after function signatures.
    /// Marks the class attributes that some `obj.name = ...` (or `+=`)
    /// in the program may assign through an instance.
    /// Marks the class attributes that some `obj.x = ...` of this module
    /// may assign through an instance (classes `from` on are this
    /// module's).
    pub(super) fn note_instance_assigned_attrs(&mut self, suite: &[ast::Stmt], from: usize) {
        let mut names = HashSet::new();
        let classes: HashSet<String> = self.ns.class_names.keys().cloned().collect();
        collect_attr_stores(suite, &classes, &mut names);
        for f in self.defs.iter().flatten() {
            collect_attr_stores(&f.body, &classes, &mut names);
        }
        for info in &mut self.classes[from..] {
            for a in &mut info.attrs {
                a.instance_assigned = names.contains(&a.name);
            }
        }
    }

    /// Members and method tables of the classes `from` on (the current
    /// module's; earlier modules' are complete).
    pub(super) fn collect_members(&mut self, from: usize) {
        for i in from..self.classes.len() {
            let id = ClassId(i as u32);
            let def = self.classes[i].def;
            if self.func_id(&self.classes[i].name).is_some() {
                self.error_hint(
                    def.name.range,
                    format!("'{}' is both a class and a function", def.name),
                    "rename one of them",
                );
            }
            for stmt in &def.body {
                let _ = self.collect_member(id, stmt);
            }
            if let Some(generated) = self.ns.synthesized.get(def.name.as_str()).copied() {
                self.generating = true;
                for stmt in generated {
                    let _ = self.collect_member(id, stmt);
                }
                self.generating = false;
            }
        }
        for i in from..self.classes.len() {
            let id = ClassId(i as u32);
            let (mut vtable, mut vslots) = match self.classes[i].parent {
                Some(p) => (
                    self.classes[p.index()].vtable.clone(),
                    self.classes[p.index()].vslots.clone(),
                ),
                None => (Vec::new(), HashMap::new()),
            };
            // Multiple inheritance: what the MRO adds to the primary table.
            let inherited = if self.mro_differs(id) {
                self.mro_entries(id)
            } else {
                Vec::new()
            };
            for (name, entry) in inherited {
                match vslots.get(&name) {
                    Some(&slot) => {
                        if let (hir::VEntry::Attr(new), hir::VEntry::Attr(old)) =
                            (entry, vtable[slot as usize])
                        {
                            let (a, b) = (
                                self.globals[new.index()].ty.clone(),
                                self.globals[old.index()].ty.clone(),
                            );
                            if a != b {
                                let attr = name.trim_start_matches("$attr.");
                                let span = self.classes[i].def.name.range;
                                self.error_hint(
                                    span,
                                    format!("class attribute '{attr}' is {a} in one base class but {b} in another"),
                                    "a redefined class attribute keeps its type",
                                );
                            }
                        }
                        vtable[slot as usize] = entry;
                    }
                    None => {
                        vslots.insert(name, vtable.len() as u32);
                        vtable.push(entry);
                    }
                }
            }
            let mut own: Vec<(String, FuncId)> = self.classes[i]
                .methods
                .iter()
                .filter(|(_, f)| {
                    matches!(
                        self.sigs[f.index()].method,
                        Some(m) if matches!(m.kind, MethodKind::Instance | MethodKind::Property | MethodKind::Setter)
                    )
                })
                .map(|(n, f)| (n.clone(), *f))
                .collect();
            own.sort_by_key(|(_, f)| *f);
            let attrs: Vec<(String, hir::VEntry)> = self.classes[i]
                .attrs
                .iter()
                .map(|a| (attr_slot_name(&a.name), hir::VEntry::Attr(a.global)))
                .collect();
            let own = own
                .into_iter()
                .map(|(n, f)| (n, hir::VEntry::Method(f)))
                .chain(attrs);
            for (name, f) in own {
                match vslots.get(&name) {
                    Some(&slot) => vtable[slot as usize] = f,
                    None => {
                        vslots.insert(name, vtable.len() as u32);
                        vtable.push(f);
                    }
                }
            }
            let c = &mut self.classes[id.index()];
            c.vtable = vtable;
            c.vslots = vslots;
        }
    }

    fn collect_member(&mut self, id: ClassId, stmt: &'a ast::Stmt) -> Chk<()> {
        let cname = self.classes[id.index()].name.clone();
        match stmt {
            ast::Stmt::FunctionDef(f) => {
                let (kind, key) = self.method_decorators(id, f)?;
                let mname = f.name.to_string();
                if self.classes[id.index()].methods.contains_key(&key) {
                    return Err(self.error_hint(
                        f.name.range,
                        format!("method '{cname}.{mname}' is defined twice"),
                        "pyaot binds each method name once; rename one of them",
                    ));
                }
                let self_ty = self.classes[id.index()].ty.clone();
                let implicit = match kind {
                    MethodKind::Static => None,
                    // `cls` is bound when the method is specialised for a
                    // class (see `classmethod_for`); it is no parameter.
                    MethodKind::Class => Some(Ty::None),
                    _ => Some(self_ty),
                };
                let overrides = match (kind, self.classes[id.index()].parent) {
                    (MethodKind::Instance, Some(p)) => self
                        .find_method(p, &mname)
                        .map(|(_, b)| b)
                        .filter(|b| self.sigs[b.index()].method.is_some_and(|m| m.kind == kind)),
                    _ => None,
                };
                let qualname = format!("{cname}.{mname}");
                let (mut sig, inferred) =
                    self.method_signature(id, f, kind, qualname, implicit, overrides)?;
                if kind == MethodKind::Class {
                    sig.params.remove(0);
                }
                sig.method = Some(MethodOf {
                    class: id,
                    kind,
                    generated: self.generating,
                    copy_for: None,
                });
                match kind {
                    MethodKind::Init => match &sig.ret {
                        super::RetTy::Annotated(Ty::None) | super::RetTy::Unknown => {
                            sig.ret = super::RetTy::Annotated(Ty::None)
                        }
                        _ => {
                            return Err(self.error(
                                f.returns.as_ref().map_or(f.name.range, |r| r.range()),
                                "__init__() should return None",
                            ))
                        }
                    },
                    MethodKind::Property if sig.params.len() != 1 => {
                        return Err(
                            self.error(f.name.range, format!("property '{mname}' takes only self"))
                        )
                    }
                    MethodKind::Setter if sig.params.len() != 2 => {
                        return Err(self.error(
                            f.name.range,
                            format!("the setter of '{mname}' takes self and a value"),
                        ))
                    }
                    _ => {}
                }
                if kind == MethodKind::Instance {
                    self.check_dunder_signature(&sig, f)?;
                }
                let fid = FuncId(self.sigs.len() as u32);
                self.sigs.push(sig);
                self.defs.push(Some(f));
                self.bodies.push(None);
                self.note_inferred(fid, inferred);
                self.classes[id.index()].methods.insert(key, fid);
                Ok(())
            }
            ast::Stmt::AnnAssign(a) => {
                let ast::Expr::Name(n) = &*a.target else {
                    return Err(self.unsupported(a.target.range(), "this class-level annotation"));
                };
                match &a.value {
                    // A dataclass field's default goes to __init__.
                    _ if self.classes[id.index()].dataclass => {
                        self.classes[id.index()].field_anns.push(a);
                        Ok(())
                    }
                    None => {
                        self.classes[id.index()].field_anns.push(a);
                        Ok(())
                    }
                    Some(v) => {
                        let ty = self.annotation(&a.annotation)?;
                        self.class_attr(id, n.id.as_str(), ty, v, a.range.into())
                    }
                }
            }
            ast::Stmt::Assign(a) => {
                let [ast::Expr::Name(n)] = &a.targets[..] else {
                    return Err(self.unsupported(a.range, "this class-level assignment"));
                };
                let Some(ty) = literal_type(&a.value) else {
                    return Err(self.error_hint(
                        a.value.range(),
                        format!("cannot infer the type of class attribute '{}'", n.id),
                        format!("annotate it, e.g. `{}: int = ...`", n.id),
                    ));
                };
                self.class_attr(id, n.id.as_str(), ty, &a.value, a.range.into())
            }
            ast::Stmt::Pass(_) => Ok(()),
            ast::Stmt::Expr(e)
                if matches!(
                    &*e.value,
                    ast::Expr::StringLiteral(_) | ast::Expr::EllipsisLiteral(_)
                ) =>
            {
                Ok(())
            }
            other => Err(self.unsupported(other.range(), "this statement in a class body")),
        }
    }

    /// The kind of a method from its decorators, and the name it is kept
    /// under (`x.setter` for the setter of property `x`).
    fn method_decorators(
        &mut self,
        id: ClassId,
        f: &ast::StmtFunctionDef,
    ) -> Chk<(MethodKind, String)> {
        let name = f.name.to_string();
        let plain = if name == "__init__" {
            MethodKind::Init
        } else {
            MethodKind::Instance
        };
        let [d] = &f.decorator_list[..] else {
            return match f.decorator_list.first() {
                None => Ok((plain, name)),
                Some(d) => Err(self.unsupported(d.range, "several decorators on one method")),
            };
        };
        let kind = match &d.expression {
            ast::Expr::Name(n) => match n.id.as_str() {
                "staticmethod" => MethodKind::Static,
                "classmethod" => MethodKind::Class,
                "property" => MethodKind::Property,
                _ => return Err(self.unsupported(d.range, "this method decorator")),
            },
            ast::Expr::Attribute(a) if a.attr.as_str() == "setter" => {
                let prop = match &*a.value {
                    ast::Expr::Name(n) => n.id.as_str(),
                    _ => "",
                };
                let is_prop = self.classes[id.index()]
                    .methods
                    .get(prop)
                    .is_some_and(|g| matches!(self.sigs[g.index()].method, Some(m) if m.kind == MethodKind::Property));
                if prop != name || !is_prop {
                    return Err(self.error_hint(
                        d.range,
                        "unsupported setter",
                        "define `@property def x(self)` first, then `@x.setter def x(self, value)` with the same name",
                    ));
                }
                return Ok((MethodKind::Setter, format!("{name}.setter")));
            }
            _ => return Err(self.unsupported(d.range, "this method decorator")),
        };
        if name.starts_with("__") && name.ends_with("__") {
            return Err(self.unsupported(d.range, "decorators on dunder methods"));
        }
        Ok((kind, name))
    }

    /// Declares class attribute `name` of class `id` (a global).
    fn class_attr(
        &mut self,
        id: ClassId,
        name: &str,
        ty: Ty,
        value: &'a ast::Expr,
        span: Span,
    ) -> Chk<()> {
        let c = &self.classes[id.index()];
        if c.attrs.iter().any(|a| a.name == name) || c.methods.contains_key(name) {
            return Err(self.error_hint(
                span,
                format!("'{}.{name}' is defined twice", c.name),
                "pyaot binds each class attribute once",
            ));
        }
        if let Some(g) = c.parent.and_then(|p| self.find_attr(p, name)) {
            let base = self.globals[g.index()].ty.clone();
            if base != ty {
                return Err(self.error_hint(
                    span,
                    format!("class attribute '{name}' is {ty} here but {base} in a base class"),
                    "a redefined class attribute keeps its type",
                ));
            }
        }
        let gname = format!("{}.{name}", c.name);
        let global = self.declare_global(&gname, ty);
        self.classes[id.index()].attrs.push(ClassAttr {
            name: name.to_string(),
            global,
            value,
            span,
            instance_assigned: false,
        });
        Ok(())
    }

    /// The runtime calls `__repr__`, `__str__`, `__eq__`, `__lt__`,
    /// `__bool__` and `__len__` itself, so their signatures are fixed.
    fn check_dunder_signature(
        &mut self,
        sig: &super::Signature,
        f: &ast::StmtFunctionDef,
    ) -> Chk<()> {
        let want: (usize, Ty) = match f.name.as_str() {
            "__repr__" | "__str__" => (1, Ty::Str),
            "__eq__" | "__lt__" => (2, Ty::Bool),
            "__bool__" => (1, Ty::Bool),
            "__len__" => (1, Ty::Int),
            _ => return Ok(()),
        };
        let ret_ok = match &sig.ret {
            super::RetTy::Annotated(t) => *t == want.1,
            // Checked when the body's type is inferred (finish_classes).
            _ => true,
        };
        let params_ok = sig.params.len() == want.0
            && sig.params[1..].iter().all(|p| matches!(p.ty, Ty::Class(_)));
        if !ret_ok || !params_ok {
            let shape = if want.0 == 2 {
                format!("(self, other: C) -> {}", want.1)
            } else {
                format!("(self) -> {}", want.1)
            };
            return Err(self.error_hint(
                f.name.range,
                format!("unsupported signature for {}", f.name),
                format!("pyaot supports `def {}{shape}` where C is a class", f.name),
            ));
        }
        Ok(())
    }

    // ---- queries --------------------------------------------------------

    pub fn class_id(&self, name: &str) -> Option<ClassId> {
        let (ns, name) = self.resolve(name)?;
        ns.class_names.get(name).copied()
    }

    /// The type of instances of the class named `name`, if there is one.
    pub fn class_ty(&self, name: &str) -> Option<Ty> {
        self.class_id(name)
            .map(|c| self.classes[c.index()].ty.clone())
    }

    pub fn class_name(&self, c: ClassId) -> &str {
        &self.classes[c.index()].name
    }

    pub fn class_info(&self, c: ClassId) -> &ClassInfo<'a> {
        &self.classes[c.index()]
    }

    /// Whether `sub` is `base` or derives from it.
    pub fn derives(&self, sub: ClassId, base: ClassId) -> bool {
        let mut c = Some(sub);
        while let Some(k) = c {
            if k == base {
                return true;
            }
            c = self.classes[k.index()].parent;
        }
        false
    }

    /// `c` and all its subclasses.
    fn subtree(&self, c: ClassId) -> Vec<ClassId> {
        let mut out = vec![c];
        let mut i = 0;
        while i < out.len() {
            out.extend(self.classes[out[i].index()].children.iter().copied());
            i += 1;
        }
        out
    }

    /// The method `name` as class `c` resolves it (own or inherited).
    /// (The original definition: `method_for` gives the function that
    /// runs on instances of `c`.)
    pub(super) fn find_method(&self, c: ClassId, name: &str) -> Option<(ClassId, FuncId)> {
        self.classes[c.index()]
            .mro
            .iter()
            .find_map(|&cl| self.classes[cl.index()].methods.get(name).map(|&f| (cl, f)))
    }

    /// The function that runs for method `name` on instances of `c`.
    fn method_for(&mut self, c: ClassId, name: &str) -> Option<FuncId> {
        let (k, f) = self.find_method(c, name)?;
        Some(self.mro_version(c, k, f))
    }

    /// The class attribute `name` as class `c` resolves it.
    fn find_attr(&self, c: ClassId, name: &str) -> Option<GlobalId> {
        self.classes[c.index()].mro.iter().find_map(|&cl| {
            self.classes[cl.index()]
                .attrs
                .iter()
                .find(|a| a.name == name)
                .map(|a| a.global)
        })
    }

    /// The nearest common base class of the classes among `tys`, when
    /// they are all classes or None (at least one a class); None when
    /// they are not, or have no common base.
    pub fn join_classes<'t>(&self, tys: impl Iterator<Item = &'t Ty>) -> Option<Ty> {
        let mut join: Option<ClassId> = None;
        for t in tys {
            match t {
                Ty::None => {}
                Ty::Class(c) => {
                    join = Some(match join {
                        None => c.id,
                        Some(j) => {
                            let mut k = Some(j);
                            loop {
                                let cur = k?;
                                if self.derives(c.id, cur) {
                                    break cur;
                                }
                                k = self.classes[cur.index()].parent;
                            }
                        }
                    });
                }
                _ => return None,
            }
        }
        join.map(|j| self.classes[j.index()].ty.clone())
    }

    /// Whether class `c` has (or inherits) method `name`.
    pub fn has_method(&self, c: ClassId, name: &str) -> bool {
        self.find_method(c, name).is_some()
    }

    /// Whether class `c` (or a subclass) is an exception class.
    pub fn is_exception_class(&self, c: ClassId) -> bool {
        self.classes[c.index()].exc_base.is_some()
    }

    /// Every attribute name of class `c`, for "did you mean".
    fn member_names(&self, c: ClassId) -> Vec<String> {
        let mut names = Vec::new();
        for &cl in &self.classes[c.index()].mro {
            let info = &self.classes[cl.index()];
            names.extend(info.methods.keys().cloned());
            names.extend(info.attrs.iter().map(|a| a.name.clone()));
            names.extend(info.field_anns.iter().filter_map(|a| match &*a.target {
                ast::Expr::Name(n) => Some(n.id.to_string()),
                _ => None,
            }));
        }
        names.extend(
            self.classes[c.index()]
                .fields
                .iter()
                .map(|f| f.name.clone()),
        );
        names.sort();
        names.dedup();
        names
    }

    /// The AttributeError CPython raises, as a compile error with a
    /// suggestion when a name is close.
    fn no_attribute(&mut self, c: ClassId, attr: &str, span: Span) -> Reported {
        if self.init_pending(c) {
            // Its __init__ is never called: reported there (`infer.rs`).
            return Reported;
        }
        let names = self.member_names(c);
        let msg = format!("'{}' object has no attribute '{attr}'", self.class_name(c));
        match closest(attr, &names) {
            Some(s) => self.error_hint(span, msg, format!("did you mean '{s}'?")),
            None if self.is_mixin(c) => {
                let hint = self.mixin_hint(c, &format!("declare '{attr}' in it (a method can be `def {attr}(self) -> ...: raise NotImplementedError`)"));
                self.error_hint(span, msg, hint)
            }
            None => self.error_hint(
                span,
                msg,
                "pyaot learns instance attributes from class-level annotations and from assignments to self in __init__",
            ),
        }
    }

    // ---- fields ---------------------------------------------------------

    /// Makes sure the fields of `c` are known: its base's first, then its
    /// annotations, then its `__init__` (checked now if it was not).
    pub(super) fn ensure_fields(&mut self, c: ClassId) {
        if self.classes[c.index()].state != FieldsState::NotStarted {
            return;
        }
        self.classes[c.index()].state = FieldsState::InProgress;
        let back = self.cur;
        self.switch_module(self.class_module[&c]);
        self.ensure_fields_of(c);
        self.switch_module(back);
    }

    /// `ensure_fields` in the class's own module.
    fn ensure_fields_of(&mut self, c: ClassId) {
        let parent = self.classes[c.index()].parent;
        if let Some(p) = parent {
            self.ensure_fields(p);
            let pinfo = &self.classes[p.index()];
            let (fields, end, escapes) = (
                pinfo.fields.clone(),
                pinfo.end.clone(),
                pinfo.escapes.clone(),
            );
            let info = &mut self.classes[c.index()];
            info.fields = fields;
            // Without an __init__ of its own, the inherited one runs.
            info.end = end;
            info.escapes = escapes;
        }
        self.check_secondary_fields(c);
        // Class attributes that instances assign: fields defaulting to them.
        let shadowed: Vec<(String, GlobalId)> = self.classes[c.index()]
            .attrs
            .iter()
            .filter(|a| a.instance_assigned)
            .map(|a| (a.name.clone(), a.global))
            .collect();
        for (name, g) in shadowed {
            let redefined = self
                .subtree(c)
                .into_iter()
                .any(|d| self.find_attr(d, &name) != Some(g));
            if redefined {
                let span: Span = self.classes[c.index()].def.name.range.into();
                self.unsupported(
                    span,
                    &format!("class attribute '{name}' both redefined in a subclass and assigned through instances"),
                );
                continue;
            }
            let ty = self.globals[g.index()].ty.clone();
            let info = &mut self.classes[c.index()];
            info.fields.push(FieldInfo {
                name,
                ty,
                declared_in: c,
                class_default: Some(g),
            });
        }
        for a in self.classes[c.index()].field_anns.clone() {
            let ast::Expr::Name(n) = &*a.target else {
                continue;
            };
            let Ok(ty) = self.annotation(&a.annotation) else {
                continue;
            };
            let _ = self.declare_field(c, n.id.as_str(), ty, a.range.into());
        }
        if let Some(&init) = self.classes[c.index()].methods.get("__init__") {
            self.ensure_body(init);
        } else if self.mro_differs(c) {
            // The inherited __init__ that runs may be a copy whose super()
            // chain differs from the primary base's: nothing is known.
            let here = self.method_for(c, "__init__");
            let above = parent.and_then(|p| self.method_for(p, "__init__"));
            if here != above {
                let info = &mut self.classes[c.index()];
                info.end.clear();
                info.escapes.clear();
            }
        }
        self.classes[c.index()].state = FieldsState::Done;
    }

    /// Adds a field to class `c`; returns its slot.
    fn declare_field(&mut self, c: ClassId, name: &str, ty: Ty, span: Span) -> Chk<u32> {
        if let Some(i) = self.classes[c.index()]
            .fields
            .iter()
            .position(|f| f.name == name)
        {
            let old = self.classes[c.index()].fields[i].ty.clone();
            if old != ty {
                return Err(self.error_hint(
                    span,
                    format!("conflicting types for attribute '{name}': {ty} here, {old} before"),
                    "pyaot gives each attribute one type",
                ));
            }
            return Ok(i as u32);
        }
        if self.find_attr(c, name).is_some() {
            return Err(self.unsupported(
                span,
                &format!("an instance attribute '{name}' shadowing a class attribute"),
            ));
        }
        if self.find_method(c, name).is_some() {
            return Err(self.error_hint(
                span,
                format!(
                    "'{name}' is both a method and an attribute of '{}'",
                    self.class_name(c)
                ),
                "rename one of them",
            ));
        }
        if matches!(ty, Ty::Exc) {
            return Err(self.unsupported(span, "attributes holding caught exceptions"));
        }
        let info = &mut self.classes[c.index()];
        info.fields.push(FieldInfo {
            name: name.to_string(),
            ty,
            declared_in: c,
            class_default: None,
        });
        Ok(info.fields.len() as u32 - 1)
    }

    /// The slot and type of field `name` of class `c`, if it has one
    /// (so far, while its `__init__` is being checked).
    fn field_of(&mut self, c: ClassId, name: &str) -> Option<(u32, Ty)> {
        self.ensure_fields(c);
        self.classes[c.index()]
            .fields
            .iter()
            .position(|f| f.name == name)
            .map(|i| (i as u32, self.classes[c.index()].fields[i].ty.clone()))
    }

    /// Whether a read of field `slot` through a value of static class `c`
    /// may find it unassigned.
    fn field_may_be_unset(&mut self, c: ClassId, slot: u32) -> bool {
        for d in self.subtree(c) {
            self.ensure_fields(d);
            let info = &self.classes[d.index()];
            if info.state != FieldsState::Done || !info.safe().contains(&slot) {
                return true;
            }
        }
        false
    }

    fn member(&mut self, c: ClassId, name: &str) -> Option<Member> {
        if let Some((slot, ty)) = self.field_of(c, name) {
            return Some(Member::Field(slot, ty));
        }
        if let Some((_, f)) = self.find_method(c, name) {
            let kind = self.sigs[f.index()]
                .method
                .map_or(MethodKind::Instance, |m| m.kind);
            return Some(Member::Method(kind));
        }
        self.find_attr(c, name).map(Member::Attr)
    }

    // ---- method context -------------------------------------------------

    /// Prepares the checking of a method body.
    pub(super) fn method_cx(&self, cx: &mut FnCx, id: FuncId) {
        let Some(m) = self.sigs[id.index()].method else {
            return;
        };
        let has_self = !matches!(m.kind, MethodKind::Static | MethodKind::Class);
        let cls = (m.kind == MethodKind::Class)
            .then(|| {
                let p = &self.def(id).parameters;
                p.posonlyargs.iter().chain(p.args.iter()).next()
            })
            .flatten()
            .map(|p| (p.parameter.name.to_string(), m.class));
        cx.method = Some(MethodCx {
            class: m.class,
            mro_class: m.copy_for.unwrap_or(m.class),
            self_local: has_self.then_some(hir::LocalId(0)),
            generated: m.generated,
            cls,
            // A copy's findings are not its class's (`mro_version`).
            init: (m.kind == MethodKind::Init && m.copy_for.is_none()).then(InitTrack::default),
        });
    }

    /// Records what checking an `__init__` body found out.
    pub(super) fn finish_method_cx(&mut self, cx: &mut FnCx) {
        // Falling off the end is a way out too.
        cx.note_init_end();
        let Some(MethodCx {
            class,
            init: Some(track),
            ..
        }) = cx.method.take()
        else {
            return;
        };
        let end = track
            .ends
            .iter()
            .skip(1)
            .fold(track.ends.first().cloned().unwrap_or_default(), |acc, e| {
                acc.intersection(e).copied().collect()
            });
        let info = &mut self.classes[class.index()];
        info.end = end;
        info.escapes = track.escapes;
    }

    /// Whether checking `id` must wait for its class's fields (an
    /// `__init__` is checked as part of them).
    pub(super) fn init_waits_for_fields(&mut self, id: FuncId) -> bool {
        match self.sigs[id.index()].method {
            Some(MethodOf {
                class,
                kind: MethodKind::Init,
                copy_for: None,
                ..
            }) if self.classes[class.index()].state == FieldsState::NotStarted => {
                self.ensure_fields(class);
                true
            }
            _ => false,
        }
    }

    // ---- expressions ----------------------------------------------------

    /// Checks the object of an attribute access. Returns it and whether
    /// it is the method's `self` (which is never None and, read this way
    /// in an `__init__`, does not escape).
    fn receiver(&mut self, cx: &mut FnCx, e: &ast::Expr) -> Chk<(Expr, bool)> {
        if let ast::Expr::Name(n) = e {
            if let Some(id) = cx.local(n.id.as_str()) {
                if cx.is_self(id) && cx.comp_scopes.iter().all(|(v, _)| v != n.id.as_str()) {
                    let ty = cx.local_ty(id).clone();
                    return Ok((
                        Expr {
                            kind: ExprKind::Local { id, checked: false },
                            ty,
                            span: n.range.into(),
                        },
                        true,
                    ));
                }
            }
        }
        Ok((self.expr(cx, e)?, false))
    }

    /// `recv` for its effects, raising AttributeError for `name` if it is
    /// None (an attribute looked up on the instance but found on its
    /// class); nothing to check for `self`.
    fn checked_receiver(recv: Expr, is_self: bool, name: &str) -> Expr {
        if !Self::maybe_none(&recv, is_self) {
            return recv;
        }
        let span = recv.span;
        Expr {
            kind: ExprKind::RtCall {
                func: "pyaot_obj_check_attr",
                args: vec![
                    hir::RtArg::Value(recv),
                    hir::RtArg::Value(Expr {
                        kind: ExprKind::Str(name.to_string()),
                        ty: Ty::Str,
                        span,
                    }),
                ],
                conv: hir::RtConv::Flag,
            },
            ty: Ty::None,
            span,
        }
    }

    /// Whether `e` can be None at run time (conservatively).
    fn maybe_none(e: &Expr, is_self: bool) -> bool {
        match &e.kind {
            _ if is_self => false,
            ExprKind::New(_) => false,
            ExprKind::Then(_, inner) => Self::maybe_none(inner, false),
            _ => true,
        }
    }

    /// Whether `.args` of a value of type `ty` is BaseException's: a
    /// caught exception, or an instance of a user exception class that
    /// has no member of that name.
    fn has_exc_args(&mut self, ty: &Ty) -> bool {
        match ty {
            Ty::Exc => true,
            Ty::Class(c) => self.is_exception_class(c.id) && self.member(c.id, "args").is_none(),
            _ => false,
        }
    }

    /// `obj.attr` where `obj` is an instance (or a class name).
    pub(super) fn attribute(&mut self, cx: &mut FnCx, a: &ast::ExprAttribute) -> Chk<Expr> {
        let span: Span = a.range.into();
        if let ast::Expr::Name(n) = &*a.value {
            if let Some(c) = self.class_ref(cx, n.id.as_str()) {
                return self.class_level_attr(cx, c, a.attr.as_str(), span);
            }
        }
        let (obj, is_self) = self.receiver(cx, &a.value)?;
        if matches!(obj.ty, Ty::ExcType | Ty::Traceback) {
            return self.exc_type_attr(obj, a.attr.as_str(), span);
        }
        if a.attr.as_str() == "args" && self.has_exc_args(&obj.ty) {
            let maybe_none = obj.ty.class().is_some() && Self::maybe_none(&obj, is_self);
            return self.exc_args_attr(cx, &a.value, obj, maybe_none, span);
        }
        if let (Ty::Deque(_), "maxlen") = (&obj.ty, a.attr.as_str()) {
            return Ok(self.deque_maxlen(obj, span));
        }
        let Some(c) = obj.ty.class() else {
            return Err(match obj.ty {
                Ty::Str | Ty::List(_) | Ty::Dict(..) | Ty::Deque(_) => {
                    self.unsupported(span, "methods as values (call the method)")
                }
                _ => self.error(
                    span,
                    format!(
                        "'{}' object has no attribute '{}'",
                        obj.ty.runtime_name(),
                        a.attr
                    ),
                ),
            });
        };
        let name = a.attr.as_str();
        match self.member(c, name) {
            Some(Member::Field(slot, ty)) => {
                let checked = self.read_checked(cx, c, slot, is_self);
                let maybe_none = Self::maybe_none(&obj, is_self);
                if checked {
                    self.flag_field(c, slot);
                }
                let class_default = self.classes[c.index()].fields[slot as usize].class_default;
                Ok(Expr {
                    kind: ExprKind::Field {
                        obj: Box::new(obj),
                        class: c,
                        slot,
                        checked,
                        maybe_none,
                        class_default,
                    },
                    ty,
                    span,
                })
            }
            Some(Member::Attr(g)) => {
                if is_self {
                    cx.note_self_escape();
                }
                let ty = self.globals[g.index()].ty.clone();
                let read = Expr {
                    kind: ExprKind::Global {
                        id: g,
                        checked: true,
                    },
                    ty: ty.clone(),
                    span,
                };
                // The object is still evaluated (for its effects).
                let key = attr_slot_name(name);
                let slot = self.classes[c.index()].vslots.get(&key).copied();
                let redefined = slot.is_some_and(|s| {
                    let here = self.classes[c.index()].vtable[s as usize];
                    self.subtree(c)
                        .into_iter()
                        .any(|d| self.classes[d.index()].vtable[s as usize] != here)
                });
                if let (true, Some(vslot)) = (redefined, slot) {
                    let maybe_none = Self::maybe_none(&obj, is_self);
                    return Ok(Expr {
                        kind: ExprKind::VirtualAttr {
                            obj: Box::new(obj),
                            vslot,
                            name: name.to_string(),
                            maybe_none,
                        },
                        ty,
                        span,
                    });
                }
                let obj = Self::checked_receiver(obj, is_self, name);
                Ok(Expr {
                    kind: ExprKind::Then(Box::new(obj), Box::new(read)),
                    ty,
                    span,
                })
            }
            Some(Member::Method(MethodKind::Property)) => self
                .dunder_call(cx, obj, name, Vec::new(), false, span)?
                .ok_or(Reported),
            Some(Member::Method(..)) => {
                Err(self.unsupported(span, "methods as values (call the method)"))
            }
            None => Err(self.no_attribute(c, name, a.attr.range.into())),
        }
    }

    /// Whether a read of `slot` (through static class `c`) needs the
    /// assigned check.
    fn read_checked(&mut self, cx: &FnCx, c: ClassId, slot: u32, is_self: bool) -> bool {
        if is_self && cx.in_init() == Some(c) {
            return cx.needs_check(Var::Field(slot));
        }
        self.field_may_be_unset(c, slot)
    }

    /// Notes that reads of `slot` (declared in some base of `c`) are
    /// checked, so scalar assignments must set the assigned bit.
    fn flag_field(&mut self, c: ClassId, slot: u32) {
        let decl = self.classes[c.index()].fields[slot as usize].declared_in;
        self.flagged_fields.insert((decl, slot));
    }

    /// The class a name refers to (`Point` in `Point.count` or
    /// `Point(...)`, a class method's `cls`), unless a variable shadows it.
    pub(super) fn class_ref(&self, cx: &FnCx, name: &str) -> Option<ClassId> {
        if cx.comp_scopes.iter().any(|(v, _)| v == name)
            || (!cx.is_module && cx.local_scope.contains(name))
        {
            return None;
        }
        if let Some(Some((n, c))) = cx.method.as_ref().map(|m| &m.cls) {
            if n == name {
                return Some(*c);
            }
        }
        if self.global_id(name).is_some() {
            return None;
        }
        self.class_id(name)
    }

    /// The copy of class method `f` in which `cls` is class `c`.
    fn classmethod_for(&mut self, f: FuncId, c: ClassId) -> FuncId {
        let Some(m) = self.sigs[f.index()].method else {
            return f;
        };
        if m.class == c {
            return f;
        }
        if let Some(&copy) = self.classes[c.index()].cls_copies.get(&f) {
            return copy;
        }
        let base = &self.sigs[f.index()];
        let sig = super::Signature {
            name: format!("{}.{}", self.classes[c.index()].name, self.def(f).name),
            params: base.params.clone(),
            ret: match &base.ret {
                super::RetTy::Annotated(t) => super::RetTy::Annotated(t.clone()),
                _ => super::RetTy::Unknown,
            },
            gen_ret: base.gen_ret.clone(),
            method: Some(MethodOf {
                class: c,
                kind: MethodKind::Class,
                generated: false,
                copy_for: None,
            }),
        };
        let copy = FuncId(self.sigs.len() as u32);
        let module = self.module_of(f);
        self.func_module.insert(copy, module);
        self.sigs.push(sig);
        self.defs.push(self.defs[f.index()]);
        self.bodies.push(None);
        self.classes[c.index()].cls_copies.insert(f, copy);
        copy
    }

    /// Calls static or class method `f` of class `c` (`C.m(...)`).
    fn static_call(
        &mut self,
        cx: &mut FnCx,
        c: ClassId,
        f: FuncId,
        call: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = call.range().into();
        let f = match self.sigs[f.index()].method {
            Some(m) if m.kind == MethodKind::Class => self.classmethod_for(f, c),
            _ => f,
        };
        let (args, eval_order) = self.bind_args(cx, f, call, false)?;
        let ret = self.return_type(f, span)?;
        let call = Expr {
            kind: ExprKind::Call {
                func: f,
                args,
                eval_order,
            },
            ty: ret,
            span,
        };
        Ok(self.after_class_defined(cx, c, call))
    }

    /// Whether a subclass of `c` redefines method `name`.
    fn overridden_below(&self, c: ClassId, name: &str) -> bool {
        let here = self.find_method(c, name).map(|(_, f)| f);
        self.subtree(c)
            .into_iter()
            .any(|d| self.find_method(d, name).map(|(_, f)| f) != here)
    }

    /// `inner`, which names class `c`, after checking that the `class`
    /// statement of `c` has run (NameError otherwise); no check where
    /// that is certain (after it at module level, or in a method of `c`
    /// or of a subclass, whose instance exists).
    fn after_class_defined(&self, cx: &FnCx, c: ClassId, inner: Expr) -> Expr {
        let defined = self.classes[c.index()].defined;
        let certain = if cx.is_module {
            !cx.needs_check(Var::Global(defined))
        } else {
            cx.method
                .as_ref()
                .is_some_and(|m| m.self_local.is_some() && self.derives(m.class, c))
        };
        if certain {
            return inner;
        }
        let span = inner.span;
        let ty = inner.ty.clone();
        Expr {
            kind: ExprKind::Then(
                Box::new(Expr {
                    kind: ExprKind::Global {
                        id: defined,
                        checked: true,
                    },
                    ty: Ty::Bool,
                    span,
                }),
                Box::new(inner),
            ),
            ty,
            span,
        }
    }

    /// `C.attr` for a class `C`.
    fn class_level_attr(&mut self, cx: &mut FnCx, c: ClassId, attr: &str, span: Span) -> Chk<Expr> {
        match self.find_attr(c, attr) {
            Some(g) => {
                let ty = self.globals[g.index()].ty.clone();
                let read = Expr {
                    kind: ExprKind::Global {
                        id: g,
                        checked: false,
                    },
                    ty,
                    span,
                };
                Ok(self.after_class_defined(cx, c, read))
            }
            None if self.find_method(c, attr).is_some() => {
                Err(self.unsupported(span, "methods as values (call the method)"))
            }
            None => Err(self.error(
                span,
                format!(
                    "type object '{}' has no attribute '{attr}'",
                    self.class_name(c)
                ),
            )),
        }
    }

    /// The target of `obj.attr = value` (value of type `ty`, already
    /// checked: CPython evaluates it first).
    pub(super) fn store_attr(
        &mut self,
        cx: &mut FnCx,
        a: &ast::ExprAttribute,
        ty: &Ty,
        annotated: bool,
    ) -> Chk<Place> {
        let span: Span = a.range.into();
        let name = a.attr.as_str();
        if let ast::Expr::Name(n) = &*a.value {
            if let Some(c) = self.class_ref(cx, n.id.as_str()) {
                let Some(g) = self.classes[c.index()]
                    .attrs
                    .iter()
                    .find(|x| x.name == name)
                    .map(|x| x.global)
                else {
                    return Err(self.unsupported(
                        span,
                        &format!(
                            "assigning '{name}' on class '{}' where it does not define it",
                            self.class_name(c)
                        ),
                    ));
                };
                let gty = self.globals[g.index()].ty.clone();
                if gty != *ty {
                    return Err(self.error(
                        span,
                        format!(
                            "cannot assign {ty} to class attribute '{}.{name}' of type {gty}",
                            self.class_name(c)
                        ),
                    ));
                }
                cx.mark_assigned(Var::Global(g));
                return Ok(Place::Global(g));
            }
        }
        let (obj, is_self) = self.receiver(cx, &a.value)?;
        self.store_attr_on(cx, obj, is_self, a, ty, annotated)
    }

    /// `obj.attr = value` as a statement: a store, or a property's setter
    /// call (the value is evaluated first, as CPython does).
    pub(super) fn assign_attr(
        &mut self,
        cx: &mut FnCx,
        a: &ast::ExprAttribute,
        value: Expr,
        annotated: bool,
    ) -> Chk<hir::StmtKind> {
        let span: Span = a.range.into();
        let name = a.attr.as_str();
        let is_class =
            matches!(&*a.value, ast::Expr::Name(n) if self.class_ref(cx, n.id.as_str()).is_some());
        if !is_class {
            let (obj, is_self) = self.receiver(cx, &a.value)?;
            if let Some(c) = obj.ty.class() {
                if let Some((_, getter)) = self.find_method(c, name) {
                    if self.sigs[getter.index()]
                        .method
                        .is_some_and(|m| m.kind == MethodKind::Property)
                    {
                        let key = format!("{name}.setter");
                        if self.find_method(c, &key).is_none() {
                            return Err(self.error(
                                span,
                                format!(
                                    "property '{name}' of '{}' object has no setter",
                                    self.class_name(c)
                                ),
                            ));
                        }
                        let call = self
                            .dunder_call(cx, obj, &key, vec![value], true, span)?
                            .ok_or(Reported)?;
                        return Ok(hir::StmtKind::Expr(call));
                    }
                }
            }
            let value = match obj.ty.class().and_then(|c| self.field_of(c, name)) {
                Some((_, fty)) => self.fit(value, &fty),
                None => value,
            };
            let ty = value.ty.clone();
            let place = self.store_attr_on(cx, obj, is_self, a, &ty, annotated)?;
            self.note_pending_place(cx, &place, &ast::Expr::Attribute(a.clone()), &value);
            return Ok(hir::StmtKind::Assign(place, value));
        }
        let ty = value.ty.clone();
        let place = self.store_attr(cx, a, &ty, annotated)?;
        self.note_pending_place(cx, &place, &ast::Expr::Attribute(a.clone()), &value);
        Ok(hir::StmtKind::Assign(place, value))
    }

    /// `obj.attr = <value of type ty>` for an evaluated receiver.
    fn store_attr_on(
        &mut self,
        cx: &mut FnCx,
        obj: Expr,
        is_self: bool,
        a: &ast::ExprAttribute,
        ty: &Ty,
        annotated: bool,
    ) -> Chk<Place> {
        let span: Span = a.range.into();
        let name = a.attr.as_str();
        let Some(c) = obj.ty.class() else {
            return Err(self.error(
                span,
                format!(
                    "'{}' object has no attribute '{name}'",
                    obj.ty.runtime_name()
                ),
            ));
        };
        let in_own_init = is_self && cx.in_init() == Some(c);
        let slot = match self.field_of(c, name) {
            Some((slot, fty)) => {
                if fty != *ty {
                    return Err(self.error_hint(
                        span,
                        format!("cannot assign {ty} to attribute '{name}' of type {fty}"),
                        self.type_hint(&fty, ty),
                    ));
                }
                slot
            }
            // An empty container is pending: typed by its first use in
            // any method (`empty.rs`).
            None if in_own_init => {
                if *ty == Ty::None {
                    return Err(self.error_hint(
                        span,
                        format!("cannot infer the type of attribute '{name}' from None"),
                        format!("annotate it: `self.{name}: Optional[C] = None` for a class C"),
                    ));
                }
                let _ = annotated;
                self.declare_field(c, name, ty.clone(), span)?
            }
            None => {
                if self.find_attr(c, name).is_some() {
                    return Err(self.unsupported(
                        span,
                        &format!("assigning the class attribute '{name}' through an instance"),
                    ));
                }
                let names = self.member_names(c);
                let hint = match closest(name, &names) {
                    Some(s) => format!("did you mean '{s}'?"),
                    None => "pyaot learns instance attributes from class-level annotations and from assignments to self in __init__; assign it there first".to_string(),
                };
                return Err(self.error_hint(
                    span,
                    format!("'{}' object has no attribute '{name}'", self.class_name(c)),
                    hint,
                ));
            }
        };
        if in_own_init {
            cx.mark_assigned(Var::Field(slot));
        }
        let maybe_none = Self::maybe_none(&obj, is_self);
        Ok(Place::Field {
            obj: Box::new(obj),
            class: c,
            slot,
            maybe_none,
        })
    }

    /// `C(args)`: a new instance.
    pub(super) fn construct(
        &mut self,
        cx: &mut FnCx,
        c: ClassId,
        call: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = call.range().into();
        self.construct_with(cx, c, &call.arguments.args, &call.arguments.keywords, span)
    }

    /// `C(args, keywords)`.
    fn construct_with(
        &mut self,
        cx: &mut FnCx,
        c: ClassId,
        pos_args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
    ) -> Chk<Expr> {
        let ty = self.classes[c.index()].ty.clone();
        let exc = self.classes[c.index()].exc_base.is_some();
        let Some(init) = self.method_for(c, "__init__") else {
            if let Some(k) = keywords.first() {
                return Err(self.error(
                    k.range,
                    format!("{}() takes no keyword arguments", self.class_name(c)),
                ));
            }
            let mut args = Vec::new();
            for a in pos_args.iter() {
                if let ast::Expr::Starred(s) = a {
                    return Err(self.unsupported(s.range, "starred arguments"));
                }
                let v = self.expr(cx, a)?;
                if v.ty == Ty::Exc || matches!(v.ty, Ty::Class(_)) && exc {
                    return Err(
                        self.unsupported(v.span, "an exception as another exception's argument")
                    );
                }
                args.push(v);
            }
            if !exc && !args.is_empty() {
                return Err(
                    self.error(span, format!("{}() takes no arguments", self.class_name(c)))
                );
            }
            if exc {
                let tys = args.iter().map(|a| a.ty.clone()).collect();
                self.note_exc_site(ExcClass::User(c), tys, span);
            }
            let eval_order = (0..args.len()).collect();
            let args_len = args.len();
            let new = Expr {
                kind: ExprKind::New(Box::new(hir::New {
                    class: c,
                    init: None,
                    args,
                    eval_order,
                    exc_args: exc.then_some(args_len),
                })),
                ty,
                span,
            };
            return Ok(self.after_class_defined(cx, c, new));
        };
        // A call that teaches __init__'s parameters their types still
        // makes an instance, so that uses of it teach further (`infer.rs`).
        let (args, eval_order, _) =
            self.bind_arg_list_learning(cx, init, pos_args, keywords, span, true)?;
        // BaseException.__new__ makes the positional arguments (exactly
        // those passed: no defaults, no keywords) the exception's args;
        // an __init__ that starts with super().__init__(...) replaces them.
        let exc_args = if exc && !starts_with_super_init(self.def(init)) {
            let n = self.exc_positional_args(init, pos_args, span)?;
            let tys = args[..n].iter().map(|a| a.ty.clone()).collect();
            self.note_exc_site(ExcClass::User(c), tys, span);
            Some(n)
        } else {
            None
        };
        let new = Expr {
            kind: ExprKind::New(Box::new(hir::New {
                class: c,
                init: Some(init),
                args,
                eval_order,
                exc_args,
            })),
            ty,
            span,
        };
        Ok(self.after_class_defined(cx, c, new))
    }

    /// How many of the bound arguments of a call of exception `__init__`
    /// `init` are the positional ones `BaseException.__new__` keeps as
    /// `args`: the first `pos_args.len()` slots, when each fills a plain
    /// parameter. Unpacked (`*xs`) arguments and ones reaching `*args`
    /// would need the args built at run time: a compile error.
    fn exc_positional_args(
        &mut self,
        init: FuncId,
        pos_args: &[ast::Expr],
        span: Span,
    ) -> Chk<usize> {
        let n = pos_args.len();
        let plain = !pos_args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            && self.sig(init).params[1..]
                .iter()
                .take(n)
                .all(|p| p.kind == hir::ParamKind::Positional);
        if plain {
            return Ok(n);
        }
        Err(self.error_hint(
            span,
            "unsupported: arguments unpacked or gathered by *args in an exception class whose __init__ does not start with super().__init__(...)".to_string(),
            "pass the arguments one by one to plain parameters, or call super().__init__(...) first",
        ))
    }

    /// `obj.name(args)` when `obj` is a class name, `super()` or an
    /// instance; None when `obj` is a value of a built-in type (handled
    /// by the caller, which gets the checked receiver back).
    pub(super) fn attr_call(
        &mut self,
        cx: &mut FnCx,
        a: &ast::ExprAttribute,
        call: &ast::ExprCall,
    ) -> Chk<Result<Expr, Expr>> {
        let span: Span = call.range().into();
        if let ast::Expr::Name(n) = &*a.value {
            if let Some(c) = self.class_ref(cx, n.id.as_str()) {
                return match self.find_method(c, a.attr.as_str()) {
                    Some((_, f))
                        if matches!(
                            self.sigs[f.index()].method,
                            Some(m) if matches!(m.kind, MethodKind::Static | MethodKind::Class)
                        ) =>
                    {
                        self.static_call(cx, c, f, call).map(Ok)
                    }
                    Some(_) => Err(self.unsupported(
                        span,
                        "calling a method through its class (call it on an instance)",
                    )),
                    None => Err(self.error(
                        span,
                        format!(
                            "type object '{}' has no attribute '{}'",
                            self.class_name(c),
                            a.attr
                        ),
                    )),
                };
            }
        }
        if let ast::Expr::Call(sc) = &*a.value {
            if self.is_builtin_name(cx, &sc.func, "super") {
                return self.super_call(cx, sc, a.attr.as_str(), call).map(Ok);
            }
        }
        let (recv, is_self) = self.receiver(cx, &a.value)?;
        let Some(c) = recv.ty.class() else {
            return Ok(Err(recv));
        };
        let name = a.attr.as_str();
        match self.member(c, name) {
            Some(Member::Method(MethodKind::Instance)) => {
                if is_self {
                    cx.note_self_escape();
                }
                self.call_method(cx, recv, is_self, c, name, call).map(Ok)
            }
            Some(Member::Method(MethodKind::Init)) => Err(self.unsupported(
                span,
                "calling __init__ directly (except as super().__init__(...))",
            )),
            Some(Member::Method(MethodKind::Static | MethodKind::Class)) => {
                if self.overridden_below(c, name) {
                    return Err(self.unsupported(
                        span,
                        "calling through an instance a static or class method that a subclass redefines (call it on the class)",
                    ));
                }
                if self.sigs[self.find_method(c, name).ok_or(Reported)?.1.index()]
                    .method
                    .is_some_and(|m| m.kind == MethodKind::Class)
                    && !self.classes[c.index()].children.is_empty()
                {
                    return Err(self.unsupported(
                        span,
                        "calling a class method through an instance of a class with subclasses (call it on the class)",
                    ));
                }
                if is_self {
                    cx.note_self_escape();
                }
                let (_, f) = self.find_method(c, name).ok_or(Reported)?;
                let recv = Self::checked_receiver(recv, is_self, name);
                let inner = self.static_call(cx, c, f, call)?;
                // The instance is still evaluated, first.
                let ty = inner.ty.clone();
                Ok(Ok(Expr {
                    kind: ExprKind::Then(Box::new(recv), Box::new(inner)),
                    ty,
                    span,
                }))
            }
            Some(Member::Field(..)) if matches!(&*a.value, ast::Expr::Name(_)) => {
                // A field holding a function object: read it (the receiver
                // is a plain name, so reading it again has no effects).
                let callee = self.attribute(cx, a)?;
                if callee.ty.func().is_none() {
                    return Err(self.unsupported(span, "calling an attribute's value"));
                }
                Ok(Ok(self.call_value(cx, callee, call)?))
            }
            Some(Member::Method(MethodKind::Property | MethodKind::Setter))
            | Some(Member::Field(..) | Member::Attr(_)) => {
                Err(self.unsupported(span, "calling an attribute's value"))
            }
            None => Err(self.no_attribute(c, name, a.attr.range.into())),
        }
    }

    /// Calls instance method `name` of static class `c` on `recv`:
    /// directly, or through the method table when a subclass of `c`
    /// overrides it.
    fn call_method(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        is_self: bool,
        c: ClassId,
        name: &str,
        call: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = call.range().into();
        let slot = *self.classes[c.index()].vslots.get(name).ok_or(Reported)?;
        let entry = self.classes[c.index()].vtable[slot as usize];
        let hir::VEntry::Method(target) = entry else {
            return Err(Reported);
        };
        let overridden = self
            .subtree(c)
            .into_iter()
            .any(|d| self.classes[d.index()].vtable[slot as usize] != entry);
        let (args, order) = self.bind_args(cx, target, call, true)?;
        let ret = self.return_type(target, span)?;
        let self_ty = self.sigs[target.index()].params[0].ty.clone();
        let maybe_none = Self::maybe_none(&recv, is_self);
        let recv = self.fit(recv, &self_ty);
        Ok(self.method_call_expr(
            target,
            recv,
            args,
            order,
            overridden.then_some(slot),
            maybe_none.then(|| name.to_string()),
            ret,
            span,
        ))
    }

    /// Calls the method `name` of `recv`'s class with checked arguments
    /// (operator dunders). `recv_last` evaluates the receiver after the
    /// arguments (a reflected operator: `b.__gt__(a)` for `a < b`).
    /// None when the class has no such method.
    pub(super) fn dunder_call(
        &mut self,
        cx: &mut FnCx,
        recv: Expr,
        name: &str,
        args: Vec<Expr>,
        recv_last: bool,
        span: Span,
    ) -> Chk<Option<Expr>> {
        let Some(c) = recv.ty.class() else {
            return Ok(None);
        };
        let Some(&slot) = self.classes[c.index()].vslots.get(name) else {
            return Ok(None);
        };
        let entry = self.classes[c.index()].vtable[slot as usize];
        let hir::VEntry::Method(target) = entry else {
            return Ok(None);
        };
        let overridden = self
            .subtree(c)
            .into_iter()
            .any(|d| self.classes[d.index()].vtable[slot as usize] != entry);
        let params = self.sigs[target.index()].params.clone();
        let qual = self.sigs[target.index()].name.clone();
        if params.len() != args.len() + 1 {
            return Err(self.error(
                span,
                format!(
                    "{qual}() takes {} positional arguments but {} were given",
                    params.len(),
                    args.len() + 1
                ),
            ));
        }
        let mut fitted = Vec::new();
        for (p, a) in params[1..].iter().zip(args) {
            let a = self.fit(a, &p.ty);
            if a.ty != p.ty {
                return Err(self.error_hint(
                    a.span,
                    format!(
                        "argument '{}' of {qual}() must be {}, not {}",
                        p.name, p.ty, a.ty
                    ),
                    self.type_hint(&p.ty, &a.ty),
                ));
            }
            fitted.push(a);
        }
        let ret = self.return_type(target, span)?;
        let is_self = matches!(recv.kind, ExprKind::Local { id, .. } if cx.is_self(id));
        if is_self {
            cx.note_self_escape();
        }
        let maybe_none = Self::maybe_none(&recv, is_self);
        let recv = self.fit(recv, &params[0].ty);
        let n = fitted.len();
        let order: Vec<usize> = (0..n).collect();
        let mut e = self.method_call_expr(
            target,
            recv,
            fitted,
            order,
            overridden.then_some(slot),
            maybe_none.then(|| name.to_string()),
            ret,
            span,
        );
        if recv_last {
            if let ExprKind::MethodCall(m) = &mut e.kind {
                m.eval_order = (1..=n).chain([0]).collect();
            }
        }
        Ok(Some(e))
    }

    /// `a < b` (and `<=`, `>`, `>=`) where an operand is an instance:
    /// `a.__lt__(b)`, else the reflected `b.__gt__(a)`, as CPython.
    pub(super) fn ordering_dunder(
        &mut self,
        cx: &mut FnCx,
        op: hir::CmpOp,
        l: Expr,
        r: Expr,
        span: Span,
    ) -> Chk<Expr> {
        use hir::CmpOp as C;
        let (name, reflected, sym) = match op {
            C::Lt => ("__lt__", "__gt__", "<"),
            C::LtE => ("__le__", "__ge__", "<="),
            C::Gt => ("__gt__", "__lt__", ">"),
            _ => ("__ge__", "__le__", ">="),
        };
        let has = |ck: &Self, e: &Expr, n: &str| {
            e.ty.class()
                .is_some_and(|c| ck.classes[c.index()].vslots.contains_key(n))
        };
        if has(self, &l, name) {
            return self
                .dunder_call(cx, l, name, vec![r], false, span)?
                .ok_or(Reported);
        }
        if has(self, &r, reflected) {
            return self
                .dunder_call(cx, r, reflected, vec![l], true, span)?
                .ok_or(Reported);
        }
        Err(self.error(
            span,
            format!(
                "'{sym}' not supported between instances of '{}' and '{}'",
                l.ty.runtime_name(),
                r.ty.runtime_name()
            ),
        ))
    }

    /// `isinstance(v, C)` (or a tuple of classes) when `v` is an instance
    /// or a class is named; None (and `v` dropped, to be checked again)
    /// otherwise.
    pub(super) fn isinstance_class(
        &mut self,
        cx: &mut FnCx,
        v: Expr,
        names: &[&ast::Expr],
        span: Span,
    ) -> Chk<Option<Expr>> {
        let classes: Vec<Option<ClassId>> = names
            .iter()
            .map(|n| match n {
                ast::Expr::Name(n) => self.class_ref(cx, n.id.as_str()),
                _ => None,
            })
            .collect();
        let Some(vc) = v.ty.class() else {
            if classes.iter().any(Option::is_some) && names.len() == 1 && v.ty != Ty::Exc {
                // A built-in value is never an instance of a user class
                // (an exception may be: see `exc_isinstance`).
                return Ok(Some(Expr {
                    kind: ExprKind::Then(
                        Box::new(v),
                        Box::new(Expr {
                            kind: ExprKind::Bool(false),
                            ty: Ty::Bool,
                            span,
                        }),
                    ),
                    ty: Ty::Bool,
                    span,
                }));
            }
            return Ok(None);
        };
        let mut tests = Vec::new();
        for (n, c) in names.iter().zip(&classes) {
            match c {
                Some(c) => tests.push(*c),
                None => {
                    if let ast::Expr::Name(n) = n {
                        if matches!(
                            n.id.as_str(),
                            "int" | "float" | "bool" | "str" | "list" | "dict" | "tuple" | "set"
                        ) {
                            continue;
                        }
                        if n.id.as_str() == "object" {
                            return Err(self.unsupported(n.range, "isinstance(x, object)"));
                        }
                    }
                    if let ast::Expr::Name(n) = n {
                        if let Some(k) = ExcKind::from_name(n.id.as_str()) {
                            if self.classes[vc.index()].exc_base.is_some_and(|b| {
                                let mut kind = Some(b);
                                while let Some(x) = kind {
                                    if x == k {
                                        return true;
                                    }
                                    kind = exc_parent(x);
                                }
                                false
                            }) {
                                tests.push(vc);
                            }
                            continue;
                        }
                    }
                    return Err(self.unsupported(n.range(), "isinstance() with this class"));
                }
            }
        }
        // One runtime test per class that can match; None never does. The
        // runtime test follows primary bases, so a class that is no primary
        // base of `vc` is tested through the classes of `vc`'s subtree that
        // have it in their MRO.
        let mut flat: Vec<ClassId> = Vec::new();
        for t in tests {
            let via = if self.derives(vc, t) {
                vec![t]
            } else {
                self.isinstance_via_mro(vc, t)
            };
            for k in via {
                if !flat.contains(&k) {
                    flat.push(k);
                }
            }
        }
        let tests = flat;
        let v_ty = v.ty.clone();
        let mut it = tests.into_iter();
        let Some(first) = it.next() else {
            return Ok(Some(Expr {
                kind: ExprKind::Then(
                    Box::new(v),
                    Box::new(Expr {
                        kind: ExprKind::Bool(false),
                        ty: Ty::Bool,
                        span,
                    }),
                ),
                ty: Ty::Bool,
                span,
            }));
        };
        let rest: Vec<ClassId> = it.collect();
        if rest.is_empty() {
            return Ok(Some(Expr {
                kind: ExprKind::IsInstance(Box::new(v), first),
                ty: Ty::Bool,
                span,
            }));
        }
        // Several classes: test a hidden copy of the value against each.
        let name = format!("$isinstance{}", self.next_hidden());
        let tmp = cx.declare_local(&name, v_ty.clone());
        let read = |span| Expr {
            kind: ExprKind::Local {
                id: tmp,
                checked: false,
            },
            ty: v_ty.clone(),
            span,
        };
        let mut values = vec![Expr {
            kind: ExprKind::IsInstance(Box::new(read(span)), first),
            ty: Ty::Bool,
            span,
        }];
        for c in rest {
            values.push(Expr {
                kind: ExprKind::IsInstance(Box::new(read(span)), c),
                ty: Ty::Bool,
                span,
            });
        }
        let result = format!("$isinstance{}", self.next_hidden());
        let out = cx.declare_local(&result, Ty::Bool);
        let stmts = vec![
            hir::Stmt {
                kind: hir::StmtKind::Assign(Place::Local(tmp), v),
                span,
            },
            hir::Stmt {
                kind: hir::StmtKind::Assign(
                    Place::Local(out),
                    Expr {
                        kind: ExprKind::BoolOp {
                            is_and: false,
                            values,
                        },
                        ty: Ty::Bool,
                        span,
                    },
                ),
                span,
            },
        ];
        Ok(Some(Expr {
            kind: ExprKind::Block(stmts, out),
            ty: Ty::Bool,
            span,
        }))
    }

    /// `isinstance(e, K)` (or a tuple of classes) for a value `v` of any
    /// exception class: each built-in exception class or user exception
    /// class is a run-time test of `e`'s class (`pyaot_exc_isinstance`,
    /// subclasses included); the other built-in and user classes never
    /// match. None when some name is none of those.
    pub(super) fn exc_isinstance(
        &mut self,
        cx: &mut FnCx,
        v: Expr,
        names: &[&ast::Expr],
        span: Span,
    ) -> Chk<Option<Expr>> {
        let mut tests: Vec<(Option<ExcKind>, Option<ClassId>)> = Vec::new();
        for n in names {
            let ast::Expr::Name(n) = n else {
                return Ok(None);
            };
            let name = n.id.as_str();
            if let Some(c) = self.class_ref(cx, name) {
                if self.is_exception_class(c) {
                    tests.push((None, Some(c)));
                }
            } else if let Some(k) = ExcKind::from_name(name) {
                tests.push((Some(k), None));
            } else if !matches!(
                name,
                "int" | "float" | "bool" | "str" | "bytes" | "list" | "dict" | "tuple" | "set"
            ) {
                return Ok(None);
            }
        }
        let name = format!("$isinstance{}", self.next_hidden());
        let tmp = cx.declare_local(&name, Ty::Exc);
        let mk = |kind, span| Expr {
            kind,
            ty: Ty::Bool,
            span,
        };
        let values: Vec<Expr> = tests
            .into_iter()
            .map(|(kind, class)| {
                let read = Expr {
                    kind: ExprKind::Local {
                        id: tmp,
                        checked: false,
                    },
                    ty: Ty::Exc,
                    span,
                };
                let call = ExprKind::RtCall {
                    func: "pyaot_exc_isinstance",
                    args: vec![
                        hir::RtArg::Value(read),
                        hir::RtArg::Int(kind.map_or(0, |k| k as i64)),
                        hir::RtArg::ClassDesc(class),
                    ],
                    conv: hir::RtConv::Infallible,
                };
                mk(call, span)
            })
            .collect();
        let test = match values.len() {
            0 => mk(ExprKind::Bool(false), span),
            1 => values.into_iter().next().ok_or(Reported)?,
            _ => mk(
                ExprKind::BoolOp {
                    is_and: false,
                    values,
                },
                span,
            ),
        };
        let result = format!("$isinstance{}", self.next_hidden());
        let out = cx.declare_local(&result, Ty::Bool);
        let stmts = vec![
            hir::Stmt {
                kind: hir::StmtKind::Assign(Place::Local(tmp), v),
                span,
            },
            hir::Stmt {
                kind: hir::StmtKind::Assign(Place::Local(out), test),
                span,
            },
        ];
        Ok(Some(mk(ExprKind::Block(stmts, out), span)))
    }

    /// The user exception class `n` names, if it names a user class (an
    /// error if that is not an exception class).
    pub(super) fn exception_class_ref(
        &mut self,
        cx: &FnCx,
        n: &ast::ExprName,
    ) -> Chk<Option<ClassId>> {
        let Some(c) = self.class_ref(cx, n.id.as_str()) else {
            return Ok(None);
        };
        if !self.is_exception_class(c) {
            return Err(self.error_hint(
                n.range,
                format!("class '{}' is not an exception class", n.id),
                "exception classes derive from Exception or another built-in exception",
            ));
        }
        Ok(Some(c))
    }

    /// `raise C(args)` or `raise C` for a user class `C`: the instance to
    /// raise. None when `exc` does not name a user class.
    pub(super) fn raise_user_class(&mut self, cx: &mut FnCx, exc: &ast::Expr) -> Chk<Option<Expr>> {
        let (name, call) = match exc {
            ast::Expr::Call(c) => match &*c.func {
                ast::Expr::Name(n) => (n, Some(c)),
                _ => return Ok(None),
            },
            ast::Expr::Name(n) => (n, None),
            _ => return Ok(None),
        };
        let Some(c) = self.class_ref(cx, name.id.as_str()) else {
            return Ok(None);
        };
        if !self.is_exception_class(c) {
            return Err(self.error(exc.range(), "exceptions must derive from BaseException"));
        }
        match call {
            Some(call) => self.construct(cx, c, call).map(Some),
            // `raise C` raises `C()`.
            None => self
                .construct_with(cx, c, &[], &[], name.range.into())
                .map(Some),
        }
    }

    /// `l op r` where an operand is an instance: `l.__op__(r)`, else the
    /// reflected `r.__rop__(l)`, as CPython (without NotImplemented: the
    /// first method found decides).
    pub(super) fn binary_dunder(
        &mut self,
        cx: &mut FnCx,
        op: ast::Operator,
        l: Expr,
        r: Expr,
        span: Span,
    ) -> Chk<Expr> {
        use ast::Operator as O;
        let base = match op {
            O::Add => "add",
            O::Sub => "sub",
            O::Mult => "mul",
            O::Div => "truediv",
            O::FloorDiv => "floordiv",
            O::Mod => "mod",
            O::Pow => "pow",
            O::MatMult => "matmul",
            O::LShift => "lshift",
            O::RShift => "rshift",
            O::BitOr => "or",
            O::BitXor => "xor",
            O::BitAnd => "and",
        };
        let (name, reflected) = (format!("__{base}__"), format!("__r{base}__"));
        let has = |ck: &Self, e: &Expr, n: &str| {
            e.ty.class()
                .is_some_and(|c| ck.classes[c.index()].vslots.contains_key(n))
        };
        if has(self, &l, &name) {
            return self
                .dunder_call(cx, l, &name, vec![r], false, span)?
                .ok_or(Reported);
        }
        if has(self, &r, &reflected) {
            return self
                .dunder_call(cx, r, &reflected, vec![l], true, span)?
                .ok_or(Reported);
        }
        Err(self.error(
            span,
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.as_str(),
                l.ty.runtime_name(),
                r.ty.runtime_name()
            ),
        ))
    }

    /// `obj(args)` for an instance whose class has `__call__`.
    pub(super) fn call_instance(
        &mut self,
        cx: &mut FnCx,
        callee: Expr,
        call: &ast::ExprCall,
    ) -> Chk<Expr> {
        let c = callee.ty.class().ok_or(Reported)?;
        let is_self = matches!(callee.kind, ExprKind::Local { id, .. } if cx.is_self(id));
        self.call_method(cx, callee, is_self, c, "__call__", call)
    }

    /// `target op= rhs`'s new value: `__iop__` when the target's class
    /// has it, else as `target op rhs`.
    pub(super) fn inplace_op(
        &mut self,
        cx: &mut FnCx,
        op: ast::Operator,
        current: Expr,
        rhs: Expr,
        span: Span,
    ) -> Chk<Expr> {
        if let Ty::Class(c) = &current.ty {
            let base = match op {
                ast::Operator::Add => "add",
                ast::Operator::Sub => "sub",
                ast::Operator::Mult => "mul",
                ast::Operator::Div => "truediv",
                ast::Operator::FloorDiv => "floordiv",
                ast::Operator::Mod => "mod",
                _ => "",
            };
            let name = format!("__i{base}__");
            if !base.is_empty() && self.has_method(c.id, &name) {
                return self
                    .dunder_call(cx, current, &name, vec![rhs], false, span)?
                    .ok_or(Reported);
            }
        }
        self.binary(cx, op, current, rhs, span)
    }

    /// `obj[key] = value` for an instance with `__setitem__` (the value
    /// is evaluated first, then the object and the key, as CPython).
    pub(super) fn setitem(
        &mut self,
        cx: &mut FnCx,
        obj: Expr,
        key: Expr,
        value: Expr,
        span: Span,
    ) -> Chk<hir::StmtKind> {
        let c = obj.ty.class().ok_or(Reported)?;
        if !self.has_method(c, "__setitem__") {
            return Err(self.error(
                span,
                format!(
                    "'{}' object does not support item assignment",
                    self.class_name(c)
                ),
            ));
        }
        let mut call = self
            .dunder_call(cx, obj, "__setitem__", vec![key, value], false, span)?
            .ok_or(Reported)?;
        if let ExprKind::MethodCall(m) = &mut call.kind {
            m.eval_order = vec![2, 0, 1];
        }
        Ok(hir::StmtKind::Expr(call))
    }

    /// For `isinstance(x, C)` where `x` is a variable of a base class of
    /// `C`: the name, a new local of type `C`, and its assignment (`x`
    /// downcast).
    pub(super) fn isinstance_narrowing(
        &mut self,
        cx: &mut FnCx,
        test: &ast::Expr,
    ) -> Chk<Option<(String, hir::LocalId, hir::Stmt)>> {
        let ast::Expr::Call(c) = test else {
            return Ok(None);
        };
        if !self.is_builtin_name(cx, &c.func, "isinstance") || !c.arguments.keywords.is_empty() {
            return Ok(None);
        }
        let [ast::Expr::Name(x), ast::Expr::Name(k)] = &c.arguments.args[..] else {
            return Ok(None);
        };
        let Some(target) = self.class_ref(cx, k.id.as_str()) else {
            return Ok(None);
        };
        let value = self.expr(cx, &c.arguments.args[0])?;
        // The narrowed name is a copy: a callee rebinding the variable (a
        // global declared `global` somewhere) would not be seen.
        if matches!(value.kind, ExprKind::Global { .. })
            && self
                .defs
                .iter()
                .flatten()
                .any(|d| super::scope::declared_globals(&d.body).contains(x.id.as_str()))
        {
            return Ok(None);
        }
        let Some(from) = value.ty.class() else {
            return Ok(None);
        };
        if from == target || !self.derives(target, from) {
            return Ok(None);
        }
        // A class that inherits `target` as a secondary base is no `target`
        // value (its layout and method table extend its first base).
        if !self
            .isinstance_via_mro(from, target)
            .iter()
            .all(|&k| k == target)
        {
            return Ok(None);
        }
        let span: Span = test.range().into();
        let ty = self.classes[target.index()].ty.clone();
        let hidden = format!("$narrow{}.{}", self.next_hidden(), x.id);
        let var = cx.declare_local(&hidden, ty.clone());
        let init = hir::Stmt {
            kind: hir::StmtKind::Assign(
                Place::Local(var),
                Expr {
                    kind: ExprKind::Conv(hir::Conv::Downcast, Box::new(value)),
                    ty,
                    span,
                },
            ),
            span,
        };
        Ok(Some((x.id.to_string(), var, init)))
    }

    /// Whether `a == b` between values of classes `a` and `b` is allowed:
    /// one derives from the other, and every `__eq__` the runtime may call
    /// accepts the other operand's class (its parameter's class is an
    /// ancestor of both). The same holds for the `__eq__`/`__lt__` calls
    /// of list operations on a `list[a]` (`b` = `a`).
    pub(super) fn check_runtime_dunder(
        &mut self,
        a: ClassId,
        b: ClassId,
        name: &str,
        span: Span,
    ) -> Chk<()> {
        let top = if self.derives(a, b) {
            b
        } else if self.derives(b, a) {
            a
        } else {
            return Err(self.error_hint(
                span,
                format!(
                    "unsupported comparison between unrelated classes '{}' and '{}'",
                    self.class_name(a),
                    self.class_name(b)
                ),
                "compare instances of one class (or of a class and its subclasses)",
            ));
        };
        for d in self.subtree(top) {
            let Some((owner, f)) = self.find_method(d, name) else {
                continue;
            };
            let f = self.mro_version(d, owner, f);
            // A dataclass's __eq__ compares classes before fields.
            if self.sigs[f.index()].method.is_some_and(|m| m.generated) {
                continue;
            }
            let Some(Ty::Class(p)) = self.sigs[f.index()].params.get(1).map(|p| p.ty.clone())
            else {
                continue;
            };
            if !self.derives(top, p.id) {
                return Err(self.error_hint(
                    span,
                    format!(
                        "{}.{name}() takes a '{}', but values of class '{}' reach it here",
                        self.class_name(owner),
                        p.name,
                        self.class_name(top)
                    ),
                    format!(
                        "annotate its parameter with '{}' or one of its bases",
                        self.class_name(top)
                    ),
                ));
            }
        }
        Ok(())
    }

    /// A method call node: the receiver first, then the arguments.
    #[allow(clippy::too_many_arguments)]
    fn method_call_expr(
        &self,
        func: FuncId,
        recv: Expr,
        args: Vec<Expr>,
        order: Vec<usize>,
        vslot: Option<u32>,
        none_check: Option<String>,
        ty: Ty,
        span: Span,
    ) -> Expr {
        let mut all = vec![recv];
        all.extend(args);
        let mut eval_order = vec![0];
        eval_order.extend(order.into_iter().map(|i| i + 1));
        Expr {
            kind: ExprKind::MethodCall(Box::new(hir::MethodCall {
                func,
                args: all,
                eval_order,
                vslot,
                none_check,
            })),
            ty,
            span,
        }
    }

    /// `super().name(args)` inside a method.
    fn super_call(
        &mut self,
        cx: &mut FnCx,
        sc: &ast::ExprCall,
        name: &str,
        call: &ast::ExprCall,
    ) -> Chk<Expr> {
        let span: Span = call.range().into();
        if !sc.arguments.args.is_empty() || !sc.arguments.keywords.is_empty() {
            return Err(self.unsupported(sc.range(), "super() with arguments"));
        }
        let Some((class, mro_class, self_id)) = cx
            .method
            .as_ref()
            .and_then(|m| Some((m.class, m.mro_class, m.self_local?)))
        else {
            return Err(self.error(sc.range(), "super(): no arguments"));
        };
        let self_ty = cx.local_ty(self_id).clone();
        let recv = Expr {
            kind: ExprKind::Local {
                id: self_id,
                checked: false,
            },
            ty: self_ty,
            span: sc.range().into(),
        };
        // The next class after this method's in the MRO of the instance's
        // class (`mro_class`: this copy's) that defines `name`.
        let found = self
            .mro_after(mro_class, class)
            .iter()
            .find_map(|&k| self.classes[k.index()].methods.get(name).map(|&f| (k, f)));
        let Some((owner, original)) = found else {
            if name == "__init__" {
                if self.classes[class.index()].exc_base.is_some() {
                    // BaseException.__init__(self, *args).
                    let mut args = Vec::new();
                    for a in call.arguments.args.iter() {
                        let v = self.expr(cx, a)?;
                        if v.ty == Ty::Exc || matches!(v.ty, Ty::Class(_)) {
                            return Err(self.unsupported(
                                v.span,
                                "this exception argument (pyaot keeps str(arg) and repr(arg))",
                            ));
                        }
                        args.push(v);
                    }
                    if let Some(k) = call.arguments.keywords.first() {
                        return Err(self.error(
                            k.range,
                            format!("{}() takes no keyword arguments", self.class_name(class)),
                        ));
                    }
                    let tys = args.iter().map(|a| a.ty.clone()).collect();
                    self.note_exc_init_site(class, tys, span);
                    return Ok(Expr {
                        kind: ExprKind::ExcInit {
                            obj: Box::new(recv),
                            args,
                        },
                        ty: Ty::None,
                        span,
                    });
                }
                // object.__init__(self): nothing to do.
                if !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty() {
                    return Err(self.error(
                        span,
                        "object.__init__() takes exactly one argument (the instance to initialize)",
                    ));
                }
                return Ok(Expr {
                    kind: ExprKind::None,
                    ty: Ty::None,
                    span,
                });
            }
            let msg = format!("'super' object has no attribute '{name}'");
            if self.is_mixin(class) {
                let hint = self.mixin_hint(class, &format!("give it a base that defines '{name}'"));
                return Err(self.error_hint(span, msg, hint));
            }
            return Err(self.error(span, msg));
        };
        let target = self.mro_version(mro_class, owner, original);
        let kind = self.sigs[target.index()].method.map(|m| m.kind);
        if kind == Some(MethodKind::Init) {
            // The base's __init__ runs on self: what it assigns (and where
            // it lets self escape) counts as this __init__'s own. (Not
            // known for a copy, whose super() chain is not the base's.)
            if cx.in_init() == Some(class) && target == original {
                self.ensure_fields(owner);
                let info = &self.classes[owner.index()];
                let (end, escapes) = (info.end.clone(), info.escapes.clone());
                if let Some(now) = cx.assigned_fields() {
                    if let Some(MethodCx {
                        init: Some(track), ..
                    }) = &mut cx.method
                    {
                        for e in escapes {
                            track.escapes.push(now.union(&e).copied().collect());
                        }
                    }
                }
                for slot in end {
                    cx.mark_assigned(Var::Field(slot));
                }
            } else {
                cx.note_self_escape();
            }
        } else {
            cx.note_self_escape();
        }
        let (args, order) = self.bind_args(cx, target, call, true)?;
        let ret = self.return_type(target, span)?;
        let want = self.sigs[target.index()].params[0].ty.clone();
        let recv = self.fit(recv, &want);
        Ok(self.method_call_expr(target, recv, args, order, None, None, ret, span))
    }

    // ---- the module body and the end of checking -------------------------

    /// The `class` statement in the module body: assigns its class
    /// attributes, in order.
    pub(super) fn class_statement(
        &mut self,
        cx: &mut FnCx,
        def: &ast::StmtClassDef,
    ) -> Chk<Option<hir::StmtKind>> {
        if !cx.is_module {
            return Err(self.unsupported(def.name.range, "classes defined inside functions"));
        }
        let Some(c) = self.class_id(def.name.as_str()) else {
            return Err(Reported);
        };
        let attrs: Vec<(GlobalId, &'a ast::Expr, Span)> = self.classes[c.index()]
            .attrs
            .iter()
            .map(|a| (a.global, a.value, a.span))
            .collect();
        let mut stmts = Vec::new();
        for (g, value, span) in attrs {
            let ty = self.globals[g.index()].ty.clone();
            let v = self.expr(cx, value)?;
            let v = self.fit(v, &ty);
            if v.ty != ty {
                return Err(self.error_hint(
                    v.span,
                    format!("value of type {} for a class attribute of type {ty}", v.ty),
                    mismatch_hint(&ty, &v.ty),
                ));
            }
            cx.mark_assigned(Var::Global(g));
            stmts.push(hir::Stmt {
                kind: hir::StmtKind::Assign(Place::Global(g), v),
                span,
            });
        }
        // The class name is bound after its body ran.
        let defined = self.classes[c.index()].defined;
        let span: Span = def.name.range.into();
        stmts.push(hir::Stmt {
            kind: hir::StmtKind::Assign(
                Place::Global(defined),
                Expr {
                    kind: ExprKind::Bool(true),
                    ty: Ty::Bool,
                    span,
                },
            ),
            span,
        });
        cx.mark_assigned(Var::Global(defined));
        Ok(Some(hir::StmtKind::Seq(stmts)))
    }

    /// Checks what can only be checked once every body is: overrides keep
    /// their base's signature, dunders the runtime calls return the right
    /// type.
    pub(super) fn finish_classes(&mut self) {
        for i in 0..self.classes.len() {
            self.ensure_fields(ClassId(i as u32));
        }
        // That may have made copies of inherited `__init__`s (`mro_version`).
        let mut f = 0;
        while f < self.sigs.len() {
            self.ensure_body(FuncId(f as u32));
            f += 1;
        }
        self.check_mro_slots();
        // The assigned-fields mask has 64 bits.
        let over: Vec<(ClassId, u32)> = self
            .flagged_fields
            .iter()
            .copied()
            .filter(|&(c, slot)| {
                let ty = &self.classes[c.index()].fields[slot as usize].ty;
                slot >= 64 && (!ty.is_ref() || ty.null_is_none())
            })
            .collect();
        for (c, slot) in over {
            let span: Span = self.classes[c.index()].def.name.range.into();
            let name = self.classes[c.index()].fields[slot as usize].name.clone();
            self.unsupported(
                span,
                &format!(
                    "more than 64 attributes when attribute '{name}' may be unassigned (assign it in __init__)"
                ),
            );
        }
        for i in 0..self.classes.len() {
            let Some(p) = self.classes[i].parent else {
                continue;
            };
            let own: Vec<(String, FuncId)> = self.classes[i]
                .methods
                .iter()
                .map(|(n, f)| (n.clone(), *f))
                .collect();
            for (name, f) in own {
                if name == "__init__" {
                    continue;
                }
                let Some((_, base)) = self.find_method(p, &name) else {
                    continue;
                };
                // Dataclass __eq__s test the class before anything else.
                let generated =
                    |f: FuncId| self.sigs[f.index()].method.is_some_and(|m| m.generated);
                if generated(f) && generated(base) && name == "__eq__" {
                    continue;
                }
                let span: Span = self.def(f).name.range.into();
                let (an, bn) = (
                    self.sigs[f.index()].name.clone(),
                    self.sigs[base.index()].name.clone(),
                );
                if !self.same_signature(f, base, span) {
                    self.error_hint(
                        span,
                        format!("method '{an}' overrides '{bn}' with a different signature"),
                        "pyaot calls overrides through the base's signature: keep the parameter names, types, defaults and return type",
                    );
                }
            }
        }
        for f in 0..self.sigs.len() {
            let Some(m) = self.sigs[f].method else {
                continue;
            };
            let def = self.def(FuncId(f as u32));
            let want = match def.name.as_str() {
                "__repr__" | "__str__" => Ty::Str,
                "__eq__" | "__lt__" | "__bool__" => Ty::Bool,
                "__len__" => Ty::Int,
                _ => continue,
            };
            let _ = m;
            let span: Span = def.name.range.into();
            if let Ok(t) = self.return_type(FuncId(f as u32), span) {
                if t != want {
                    self.error(
                        span,
                        format!("{}() should return {want}, not {t}", def.name),
                    );
                }
            }
        }
    }

    /// Whether method `f` keeps the signature of `base`, which it overrides
    /// (parameter names, types and defaults after `self`, return type).
    fn same_signature(&mut self, f: FuncId, base: FuncId, span: Span) -> bool {
        let (a, b) = (&self.sigs[f.index()], &self.sigs[base.index()]);
        let same_params = a.params.len() == b.params.len()
            && a.params[1..].iter().zip(&b.params[1..]).all(|(x, y)| {
                x.name == y.name
                    && x.ty == y.ty
                    && format!("{:?}", x.default) == format!("{:?}", y.default)
            });
        let (ra, rb) = (self.return_type(f, span), self.return_type(base, span));
        same_params && !matches!((&ra, &rb), (Ok(x), Ok(y)) if x != y)
    }

    /// The classes as codegen lays them out.
    pub(super) fn hir_classes(&self) -> Vec<hir::Class> {
        self.classes
            .iter()
            .enumerate()
            .map(|(i, info)| {
                let id = ClassId(i as u32);
                let fields = info
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(slot, f)| hir::Field {
                        name: f.name.clone(),
                        ty: f.ty.clone(),
                        // A NULL ref field is unassigned, unless NULL is
                        // None for its type: those use the mask like scalars.
                        flagged: (!f.ty.is_ref() || f.ty.null_is_none())
                            && self.flagged_fields.contains(&(f.declared_in, slot as u32)),
                    })
                    .collect();
                // The method table holds the version that runs on `id`
                // (a copy, for a method inherited through multiple
                // inheritance); `__bool__`/`__len__` are in it too.
                let dunder = |name: &str| match info.vslots.get(name) {
                    Some(&s) => match info.vtable[s as usize] {
                        hir::VEntry::Method(f) => Some(f),
                        hir::VEntry::Attr(_) => None,
                    },
                    None => self.find_method(id, name).map(|(_, f)| f),
                };
                let truth = dunder("__bool__")
                    .map(|f| (f, hir::TruthVia::Bool))
                    .or_else(|| dunder("__len__").map(|f| (f, hir::TruthVia::Len)));
                let mut members: Vec<hir::Member> = info
                    .methods
                    .iter()
                    .filter_map(|(key, &func)| {
                        let m = self.sigs[func.index()].method?;
                        let kind = match m.kind {
                            MethodKind::Init => hir::MemberKind::Init,
                            MethodKind::Instance => hir::MemberKind::Instance,
                            MethodKind::Static => hir::MemberKind::Static,
                            MethodKind::Class => hir::MemberKind::ClassMethod,
                            MethodKind::Property => hir::MemberKind::Getter,
                            MethodKind::Setter => hir::MemberKind::Setter,
                        };
                        let name = key.strip_suffix(".setter").unwrap_or(key).to_string();
                        Some(hir::Member {
                            name,
                            func,
                            kind,
                            vslot: info.vslots.get(key).copied(),
                        })
                    })
                    .collect();
                members.sort_by_key(|m| m.func);
                hir::Class {
                    doc: super::docstring(&info.def.body),
                    members,
                    name: info.name.clone(),
                    module: self.class_module[&id] as u32,
                    parent: info.parent,
                    exc_base: info.exc_base,
                    fields,
                    vtable: info.vtable.clone(),
                    repr: dunder("__repr__"),
                    str: dunder("__str__"),
                    eq: dunder("__eq__"),
                    lt: dunder("__lt__"),
                    truth,
                }
            })
            .collect()
    }
}

/// CPython's built-in exception hierarchy (as the runtime's).
fn exc_parent(k: ExcKind) -> Option<ExcKind> {
    use ExcKind::*;
    Some(match k {
        BaseException => return None,
        SystemExit | KeyboardInterrupt | GeneratorExit | Exception => BaseException,
        ArithmeticError | LookupError | ValueError | RuntimeError | NameError | TypeError
        | AssertionError | AttributeError | StopIteration | EOFError => Exception,
        ZeroDivisionError | OverflowError => ArithmeticError,
        IndexError | KeyError => LookupError,
        UnicodeError => ValueError,
        UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
        RecursionError | NotImplementedError => RuntimeError,
        UnboundLocalError => NameError,
    })
}

/// The attribute names of `obj.name = ...`, `obj.name op= ...` and
/// `obj.name: T = ...` targets in `body` (nested blocks included) whose
/// `obj` is not one of `classes` (`C.name = v` assigns the class's own
/// attribute).
fn collect_attr_stores(body: &[ast::Stmt], classes: &HashSet<String>, out: &mut HashSet<String>) {
    let target = |t: &ast::Expr, out: &mut HashSet<String>| {
        fn walk(t: &ast::Expr, classes: &HashSet<String>, out: &mut HashSet<String>) {
            match t {
                ast::Expr::Attribute(a) => {
                    let on_class =
                        matches!(&*a.value, ast::Expr::Name(n) if classes.contains(n.id.as_str()));
                    if !on_class {
                        out.insert(a.attr.to_string());
                    }
                }
                ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| walk(e, classes, out)),
                ast::Expr::List(l) => l.elts.iter().for_each(|e| walk(e, classes, out)),
                _ => {}
            }
        }
        walk(t, classes, out)
    };
    for s in body {
        match s {
            ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| target(t, out)),
            ast::Stmt::AugAssign(a) => target(&a.target, out),
            ast::Stmt::AnnAssign(a) => target(&a.target, out),
            ast::Stmt::For(f) => {
                target(&f.target, out);
                collect_attr_stores(&f.body, classes, out);
                collect_attr_stores(&f.orelse, classes, out);
            }
            ast::Stmt::While(w) => {
                collect_attr_stores(&w.body, classes, out);
                collect_attr_stores(&w.orelse, classes, out);
            }
            ast::Stmt::If(i) => {
                collect_attr_stores(&i.body, classes, out);
                for c in &i.elif_else_clauses {
                    collect_attr_stores(&c.body, classes, out);
                }
            }
            ast::Stmt::Try(t) => {
                collect_attr_stores(&t.body, classes, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_attr_stores(&h.body, classes, out);
                }
                collect_attr_stores(&t.orelse, classes, out);
                collect_attr_stores(&t.finalbody, classes, out);
            }
            ast::Stmt::With(w) => {
                for item in &w.items {
                    if let Some(t) = &item.optional_vars {
                        target(t, out);
                    }
                }
                collect_attr_stores(&w.body, classes, out);
            }
            _ => {}
        }
    }
}

/// The method-table key of class attribute `name` (no method name can
/// collide with it).
fn attr_slot_name(name: &str) -> String {
    format!("$attr.{name}")
}

/// A type for a class attribute's literal value.
fn literal_type(e: &ast::Expr) -> Option<Ty> {
    match e {
        ast::Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(_) => Some(Ty::Int),
            ast::Number::Float(_) => Some(Ty::Float),
            ast::Number::Complex { .. } => None,
        },
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => literal_type(&u.operand),
        ast::Expr::BooleanLiteral(_) => Some(Ty::Bool),
        ast::Expr::StringLiteral(_) => Some(Ty::Str),
        _ => None,
    }
}

/// Whether an `__init__` body starts with `super().__init__(...)`.
fn starts_with_super_init(def: &ast::StmtFunctionDef) -> bool {
    let first = def.body.iter().find(
        |s| !matches!(s, ast::Stmt::Expr(e) if matches!(&*e.value, ast::Expr::StringLiteral(_))),
    );
    let Some(ast::Stmt::Expr(e)) = first else {
        return false;
    };
    let ast::Expr::Call(c) = &*e.value else {
        return false;
    };
    let ast::Expr::Attribute(a) = &*c.func else {
        return false;
    };
    a.attr.as_str() == "__init__"
        && matches!(&*a.value, ast::Expr::Call(s) if matches!(&*s.func, ast::Expr::Name(n) if n.id.as_str() == "super"))
}

/// The name in `names` closest to `name` (edit distance at most a third
/// of its length, as CPython's suggestions roughly do).
pub fn closest<'n>(name: &str, names: &'n [String]) -> Option<&'n str> {
    let limit = (name.chars().count() / 3).max(1);
    names
        .iter()
        .map(|n| (edit_distance(name, n), n))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n.as_str())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
