//! Modules in the checker (see `modules.rs` for how they are found).
//!
//! Each module has its own [`Namespace`]; the checker works in one at a
//! time and switches when it checks a function of another module (bodies
//! are checked lazily, on first call). A dotted name (`m.f`, which
//! `modules.rs` made of the attribute chain `m.f`) is looked up in module
//! `m`'s namespace.
//!
//! A module other than the script has a top-level function (its
//! `<module>` body) and a hidden "initialised" flag. An import statement
//! runs, for each module it needs in CPython's order (packages first):
//! `if not flag: flag = True; <module>()`, so a module's top level runs
//! once, at its first import. `from m import x` binds functions and
//! classes as aliases (they cannot be rebound), and copies any other
//! value into a global of the importing module, as CPython does.

use super::{Checker, Chk, FnCx, Namespace, Reported, RetTy, Signature};
use crate::hir::{self, Expr, ExprKind, FuncId, GlobalId, Place, Stmt, StmtKind};
use crate::source::Span;
use crate::types::Ty;

fn mk(kind: ExprKind, ty: Ty, span: Span) -> Expr {
    Expr { kind, ty, span }
}

impl<'a> Checker<'a> {
    /// Makes module `k`'s namespace the current one.
    pub(super) fn switch_module(&mut self, k: usize) {
        if k == self.cur {
            return;
        }
        // Diagnostics so far point into the module being left.
        let file = self.program.modules[self.cur].file.clone();
        for d in self.diags.iter_mut().filter(|d| d.file.is_none()) {
            d.file = Some(file.clone());
        }
        self.spaces[self.cur] = std::mem::take(&mut self.ns);
        self.ns = std::mem::take(&mut self.spaces[k]);
        self.cur = k;
        self.file = &self.program.modules[k].file;
    }

    fn space(&self, k: usize) -> &Namespace<'a> {
        if k == self.cur {
            &self.ns
        } else {
            &self.spaces[k]
        }
    }

    /// The namespace a name is looked up in, and the name there: the
    /// current module's for a plain name; for `m.x`, module `m`'s.
    pub(super) fn resolve<'s>(&'s self, name: &'s str) -> Option<(&'s Namespace<'a>, &'s str)> {
        match name.rsplit_once('.') {
            None => Some((&self.ns, name)),
            Some((path, member)) => Some((self.space(self.module_path(path)?), member)),
        }
    }

    /// The module a dotted path of modules (`pkg.sub`) names here.
    pub(super) fn module_path(&self, path: &str) -> Option<usize> {
        let mut parts = path.split('.');
        let mut k = self.ns.aliases.get(parts.next()?)?.0;
        for p in parts {
            let sub = format!("{}.{p}", self.program.modules[k].name);
            k = *self.program.by_name.get(&sub)?;
        }
        Some(k)
    }

    /// The module function `id` is defined in.
    pub(super) fn module_of(&self, id: FuncId) -> usize {
        if let Some(&k) = self.func_module.get(&id) {
            return k;
        }
        match &self.sigs[id.index()].method {
            Some(m) => self.class_module[&m.class],
            None => self.cur,
        }
    }

    /// Binds the names `from m import x` imports into module `k`: functions
    /// and classes as aliases, modules as module names; other values are
    /// globals, assigned where the import runs.
    pub(super) fn bind_imported_names(&mut self, k: usize) {
        for (local, m, member, span) in &self.program.modules[k].imported_names {
            let from = &self.spaces[*m];
            if let Some(&f) = from.func_names.get(member) {
                self.ns.func_names.insert(local.clone(), f);
            } else if let Some(&t) = from.generic_names.get(member) {
                self.ns.generic_names.insert(local.clone(), t);
            } else if let Some(&c) = from.class_names.get(member) {
                self.ns.class_names.insert(local.clone(), c);
            } else if let Some(&alias) = from.aliases.get(member) {
                self.ns.aliases.insert(local.clone(), alias);
            } else {
                self.ns.module_assigned.insert(local.clone());
                continue;
            }
            self.ns.imported.insert(local.clone(), *span);
        }
    }

    /// Declares module `k`'s top-level function and initialised flag.
    pub(super) fn declare_init(&mut self, k: usize) {
        let f = FuncId(self.sigs.len() as u32);
        self.sigs.push(Signature {
            name: "<module>".into(),
            params: Vec::new(),
            ret: RetTy::Annotated(Ty::None),
            gen_ret: Ty::None,
            method: None,
        });
        self.defs.push(None);
        self.bodies.push(None);
        self.func_module.insert(f, k);
        let flag = GlobalId(self.globals.len() as u32);
        self.globals.push(hir::Global {
            name: format!("$initialised:{}", self.program.modules[k].name),
            ty: Ty::Bool,
        });
        self.inits[k] = Some((f, flag));
    }

    /// Whether the import statement starting at `start` imports user
    /// modules (which `modules.rs` resolved).
    pub(super) fn imports_user_modules(&self, start: u32) -> bool {
        self.program.modules[self.cur].inits.contains_key(&start)
    }

    /// An import of user modules: run each module it needs (once), then
    /// copy the values `from m import x` binds.
    pub(super) fn user_import(&mut self, cx: &mut FnCx, range: Span) -> Chk<StmtKind> {
        if !cx.is_module {
            return Err(self.unsupported(range, "imports inside functions"));
        }
        let Some(needed) = self.program.modules[self.cur].inits.get(&range.start) else {
            return Err(self.error_hint(
                range,
                "unsupported: importing a module inside a compound statement",
                "put imports of your modules at the top level of the module",
            ));
        };
        let mut out = Vec::new();
        for &m in needed {
            if let Some((f, flag)) = self.inits[m] {
                out.push(init_once(f, flag, range));
            }
        }
        let copies: Vec<(String, usize, String, Span)> = self.program.modules[self.cur]
            .imported_names
            .iter()
            .filter(|(local, _, _, s)| {
                s.start >= range.start
                    && s.end <= range.end
                    && !self.ns.imported.contains_key(local)
            })
            .cloned()
            .collect();
        for (local, m, member, span) in copies {
            let Some(&g) = self.spaces[m].global_names.get(&member) else {
                let name = &self.program.modules[m].name;
                let path = &self.program.modules[m].file.path;
                return Err(self.error_hint(
                    span,
                    format!("cannot import name '{member}' from '{name}' ({path})"),
                    format!("'{name}' binds '{member}' only in some way pyaot cannot import"),
                ));
            };
            let ty = self.globals[g.index()].ty.clone();
            let value = mk(
                ExprKind::Global {
                    id: g,
                    checked: true,
                },
                ty.clone(),
                span,
            );
            let place = self.store_name(cx, &local, &ty, span)?;
            out.push(Stmt {
                kind: StmtKind::Assign(place, value),
                span,
            });
        }
        Ok(StmtKind::Seq(out))
    }

    /// The error for a name that is a module (or a dotted name that is
    /// no attribute of its module); None if it is neither.
    pub(super) fn module_name_error(&mut self, name: &str, span: Span) -> Option<Reported> {
        if self.module_path(name).is_some() {
            return Some(self.error_hint(
                span,
                format!("unsupported: the module '{name}' used as a value"),
                format!(
                    "use the module's attributes (`{name}.f(...)`, `{name}.X`) or import \
                     the names you need (`from {name} import f`)"
                ),
            ));
        }
        let (path, member) = name.rsplit_once('.')?;
        let k = self.module_path(path)?;
        let module = self.program.modules[k].name.clone();
        Some(self.error(
            span,
            format!("module '{module}' has no attribute '{member}'"),
        ))
    }
}

/// `if not flag: flag = True; init()`.
fn init_once(f: FuncId, flag: GlobalId, span: Span) -> Stmt {
    let read = mk(
        ExprKind::Global {
            id: flag,
            checked: false,
        },
        Ty::Bool,
        span,
    );
    let not = mk(ExprKind::Not(Box::new(read)), Ty::Bool, span);
    let set = Stmt {
        kind: StmtKind::Assign(
            Place::Global(flag),
            mk(ExprKind::Bool(true), Ty::Bool, span),
        ),
        span,
    };
    let call = mk(
        ExprKind::Call {
            func: f,
            args: Vec::new(),
            eval_order: Vec::new(),
        },
        Ty::None,
        span,
    );
    let run = Stmt {
        kind: StmtKind::Expr(call),
        span,
    };
    Stmt {
        kind: StmtKind::If(not, vec![set, run], Vec::new()),
        span,
    }
}

impl Checker<'_> {
    /// `__name__` of module `k`.
    pub(super) fn module_name_of(&self, k: usize) -> &str {
        if k == self.cur {
            self.ns.module_name
        } else {
            self.spaces[k].module_name
        }
    }
}
