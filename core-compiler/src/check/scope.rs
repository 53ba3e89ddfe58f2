//! Per-function checking state: which names are local, their types, and
//! which variables are definitely assigned at the current point.
//!
//! Python decides scope statically: a name assigned anywhere in a function
//! (and not declared `global`) is local for the whole function. Whether it
//! has a value yet is dynamic; we track *definite assignment* along the
//! statement walk, and reads that are not definitely preceded by an
//! assignment are marked `checked` so the generated code raises
//! UnboundLocalError/NameError instead of reading garbage.

use super::Param;
use crate::hir::{CellOf, ClassId, GlobalId, Local, LocalId};
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_python_ast::visitor::{walk_except_handler, walk_stmt, Visitor};
use std::collections::{HashMap, HashSet};

/// A fact tracked along the statement walk: a variable is definitely
/// assigned, or an `Optional` local is definitely not None here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Var {
    Local(LocalId),
    Global(GlobalId),
    /// Narrowing: after `if x is not None:` (or `if x is None: return`),
    /// reads of the Optional local `x` have the inner type. Like
    /// assignment facts these meet by intersection where paths join, so an
    /// early exit narrows the rest of the block for free; unlike them an
    /// assignment can remove one, so loops and `try` drop the facts of
    /// variables they assign (see [`FnCx::forget_narrowing`]).
    NotNone(LocalId),
    /// Field slot of `self`, inside an `__init__` (see `class.rs`).
    Field(u32),
}

/// The facts that hold at a point; `None` means "this point is unreachable".
pub type Assigned = Option<HashSet<Var>>;

pub struct FnCx {
    /// The function's Python name (`<module>` for the module body).
    pub name: String,
    /// True for the module body: its assignments create globals.
    pub is_module: bool,
    locals: Vec<Local>,
    local_names: HashMap<String, LocalId>,
    /// Names that are local by Python's scoping rule (assigned in the body).
    pub local_scope: HashSet<String>,
    /// Names declared `global` in this function.
    pub declared_global: HashSet<String>,
    pub assigned: Assigned,
    pub loop_depth: u32,
    /// How many `except` blocks enclose this point (for bare `raise`).
    pub handler_depth: u32,
    /// Nesting depth of `finally` blocks (no `yield` inside them).
    pub finally_depth: u32,
    /// Whether the function is a generator function (its body has
    /// `yield`, outside nested functions).
    pub is_gen: bool,
    /// The `R` of a generator function's `Generator[Y, None, R]`
    /// annotation (what `return value` gives); None otherwise.
    pub gen_ret: Ty,
    /// Comprehension variables in scope, innermost last (Python 3 gives
    /// comprehensions their own scope).
    pub comp_scopes: Vec<(String, LocalId)>,
    /// The annotated return type, if any.
    pub ret_annotation: Option<Ty>,
    /// The return type seen at the first `return` (for unannotated functions).
    pub inferred_ret: Option<Ty>,
    /// Where that first `return` is, for the note of a conflicting one.
    pub inferred_ret_span: Option<crate::source::Span>,
    /// Where each variable was first assigned (and so got its type), for
    /// the note of a conflicting assignment.
    pub first_assigned: HashMap<String, crate::source::Span>,
    /// Set in methods (see `class.rs`).
    pub method: Option<MethodCx>,
    /// What `repr` shows for a function: `f`, `f.<locals>.g`.
    pub qualname: String,
    /// Names that nested functions capture: their variables live in cells.
    pub captured: HashSet<String>,
    /// Names this nested function captures from enclosing functions (its
    /// `CellOf::Free` locals).
    pub free: HashSet<String>,
    /// In a nested function that refers to itself by name: the name, and
    /// whether its return type is known (annotated).
    pub self_ref: Option<(String, bool)>,
    /// Names assigned by statements other than `def` (see `binds_once`).
    pub rebound_names: HashSet<String>,
    /// How many `def`s bind each name.
    def_counts: HashMap<String, usize>,
    /// Identifies this check of the function for the hints of its empty
    /// displays (see `empty.rs`).
    pub ctx: String,
    /// Names assigned by statements that failed to check: reading one is
    /// a consequence of that error and reported no further.
    pub failed_names: HashSet<String>,
    /// Whether a statement of this scope failed to check.
    pub failed_stmt: bool,
    /// Locals holding a pending empty container.
    pub pending: HashMap<LocalId, super::empty::Pending>,
    /// Locals holding an empty display typed by its hint, and where.
    pub resolved: HashMap<LocalId, crate::source::Span>,
    /// Inside `except ... as e`: the clause's classes, for `e.args`.
    pub exc_catch: HashMap<String, Vec<super::exc_args::ExcClass>>,
}

/// What checking a method needs to know about it.
pub struct MethodCx {
    pub class: ClassId,
    /// The class whose MRO `super()` follows: `class`, or for a copy of
    /// the method compiled for a class inheriting it through multiple
    /// inheritance, that class.
    pub mro_class: ClassId,
    /// The `self` parameter (never None: methods are called on instances).
    pub self_local: Option<LocalId>,
    /// In a class method: the name of its `cls` parameter and the class
    /// it stands for in this copy of the method.
    pub cls: Option<(String, ClassId)>,
    /// Written by `@dataclass`: may call its helpers.
    pub generated: bool,
    /// In an `__init__`: the field slots assigned at each point where
    /// `self` escapes (a method call, being stored or passed), and at
    /// each way out. A field assigned at all of them is never seen
    /// unassigned once `__init__` has run.
    pub init: Option<InitTrack>,
}

#[derive(Default)]
pub struct InitTrack {
    pub escapes: Vec<HashSet<u32>>,
    pub ends: Vec<HashSet<u32>>,
}

impl FnCx {
    /// The field slots definitely assigned here; None when this point is
    /// unreachable.
    pub fn assigned_fields(&self) -> Option<HashSet<u32>> {
        self.assigned.as_ref().map(|set| {
            set.iter()
                .filter_map(|v| match v {
                    Var::Field(s) => Some(*s),
                    _ => None,
                })
                .collect()
        })
    }

    /// Records that `self` escapes here (inside an `__init__`).
    pub fn note_self_escape(&mut self) {
        let fields = self.assigned_fields();
        if let (Some(MethodCx { init: Some(t), .. }), Some(f)) = (&mut self.method, fields) {
            t.escapes.push(f);
        }
    }

    /// Records a way out of an `__init__` here.
    pub fn note_init_end(&mut self) {
        let fields = self.assigned_fields();
        if let (Some(MethodCx { init: Some(t), .. }), Some(f)) = (&mut self.method, fields) {
            t.ends.push(f);
        }
    }

    /// Whether `id` is the `self` of the method being checked.
    pub fn is_self(&self, id: LocalId) -> bool {
        matches!(&self.method, Some(m) if m.self_local == Some(id))
    }

    /// Whether this is the `__init__` of a class.
    pub fn in_init(&self) -> Option<ClassId> {
        match &self.method {
            Some(m) if m.init.is_some() => Some(m.class),
            _ => None,
        }
    }
}

impl FnCx {
    pub fn for_module() -> Self {
        FnCx {
            name: "<module>".to_string(),
            is_module: true,
            locals: Vec::new(),
            local_names: HashMap::new(),
            local_scope: HashSet::new(),
            declared_global: HashSet::new(),
            assigned: Some(HashSet::new()),
            loop_depth: 0,
            handler_depth: 0,
            finally_depth: 0,
            is_gen: false,
            gen_ret: Ty::None,
            comp_scopes: Vec::new(),
            ret_annotation: None,
            inferred_ret: None,
            inferred_ret_span: None,
            first_assigned: HashMap::new(),
            method: None,
            qualname: String::new(),
            captured: HashSet::new(),
            free: HashSet::new(),
            self_ref: None,
            rebound_names: HashSet::new(),
            def_counts: HashMap::new(),
            ctx: String::new(),
            failed_names: HashSet::new(),
            failed_stmt: false,
            pending: HashMap::new(),
            resolved: HashMap::new(),
            exc_catch: HashMap::new(),
        }
    }

    pub fn for_function(def: &ast::StmtFunctionDef, params: &[Param], ret: Option<Ty>) -> Self {
        let uses = super::closure::Uses::of_body(&def.body);
        let mut cx = Self::for_body(&def.name, &def.body, &uses, ret);
        for p in params {
            cx.local_scope.insert(p.name.clone());
            let id = cx.declare_local(&p.name, p.ty.clone());
            cx.mark_assigned(Var::Local(id));
        }
        cx
    }

    /// A nested function or lambda: its first parameter (`env`, of type
    /// `env_ty`) is its own function object, then `params`, then one
    /// `CellOf::Free` local per captured variable (name, type, whether
    /// it is certainly bound).
    #[allow(clippy::too_many_arguments)]
    pub fn for_nested(
        name: &str,
        qualname: &str,
        env_ty: Ty,
        params: &[Param],
        ret: Option<Ty>,
        uses: &super::closure::Uses,
        captures: &[(String, Ty, bool)],
        body: &[ast::Stmt],
    ) -> Self {
        let mut cx = Self::for_body(name, body, uses, ret);
        cx.qualname = qualname.to_string();
        let env = cx.declare_local("$fn", env_ty);
        cx.mark_assigned(Var::Local(env));
        for p in params {
            cx.local_scope.insert(p.name.clone());
            let id = cx.declare_local(&p.name, p.ty.clone());
            cx.mark_assigned(Var::Local(id));
        }
        for (i, (n, ty, bound)) in captures.iter().enumerate() {
            let id = cx.declare_local(n, ty.clone());
            cx.locals[id.index()].cell = Some(CellOf::Free(i as u32));
            cx.free.insert(n.clone());
            if *bound {
                cx.mark_assigned(Var::Local(id));
            }
        }
        cx
    }

    fn for_body(
        name: &str,
        body: &[ast::Stmt],
        uses: &super::closure::Uses,
        ret: Option<Ty>,
    ) -> Self {
        let declared_global = declared_globals(body);
        let def_counts = def_counts(body);
        let rebound_names = assigned_names(body);
        let local_scope: HashSet<String> = rebound_names
            .iter()
            .chain(def_counts.keys())
            .filter(|n| !declared_global.contains(*n) && !uses.nonlocals.contains(*n))
            .cloned()
            .collect();
        FnCx {
            name: name.to_string(),
            is_module: false,
            locals: Vec::new(),
            local_names: HashMap::new(),
            local_scope,
            declared_global,
            assigned: Some(HashSet::new()),
            loop_depth: 0,
            handler_depth: 0,
            finally_depth: 0,
            is_gen: super::generator::contains_yield(body),
            gen_ret: Ty::None,
            comp_scopes: Vec::new(),
            ret_annotation: ret,
            inferred_ret: None,
            inferred_ret_span: None,
            first_assigned: HashMap::new(),
            method: None,
            qualname: name.to_string(),
            captured: uses.captured.clone(),
            free: HashSet::new(),
            self_ref: None,
            rebound_names,
            def_counts,
            ctx: String::new(),
            failed_names: HashSet::new(),
            failed_stmt: false,
            pending: HashMap::new(),
            resolved: HashMap::new(),
            exc_catch: HashMap::new(),
        }
    }

    /// How many `def`s in this function bind `name`.
    pub fn def_count(&self, name: &str) -> usize {
        self.def_counts.get(name).copied().unwrap_or(0)
    }

    /// Makes a (comprehension) variable live in a cell.
    pub fn make_cell(&mut self, id: LocalId) {
        self.locals[id.index()].cell = Some(CellOf::Own);
    }

    pub fn locals_ref(&self) -> &[Local] {
        &self.locals
    }

    /// Fixes a local's type once it is known (a nested function's own
    /// object, whose return type is inferred from its body).
    pub fn set_local_ty(&mut self, id: LocalId, ty: Ty) {
        self.locals[id.index()].ty = ty;
    }

    pub fn declare_local(&mut self, name: &str, ty: Ty) -> LocalId {
        let id = LocalId(self.locals.len() as u32);
        // A variable that nested functions capture lives in a cell.
        let cell = self.captured.contains(name).then_some(CellOf::Own);
        self.locals.push(Local {
            name: name.to_string(),
            ty,
            cell,
        });
        self.local_names.insert(name.to_string(), id);
        id
    }

    pub fn local(&self, name: &str) -> Option<LocalId> {
        self.local_names.get(name).copied()
    }

    pub fn local_ty(&self, id: LocalId) -> &Ty {
        &self.locals[id.index()].ty
    }

    pub fn mark_assigned(&mut self, v: Var) {
        if let Some(set) = &mut self.assigned {
            set.insert(v);
        }
    }

    /// Whether the Optional local `id` is known not to be None here.
    pub fn is_narrowed(&self, id: LocalId) -> bool {
        self.assigned
            .as_ref()
            .is_some_and(|set| set.contains(&Var::NotNone(id)))
    }

    /// Records that the Optional local `id` is not None here.
    pub fn narrow(&mut self, id: LocalId) {
        // A cell variable may be rebound by any call (`nonlocal`).
        if matches!(self.local_ty(id), Ty::Optional(_)) && self.locals[id.index()].cell.is_none() {
            self.mark_assigned(Var::NotNone(id));
        }
    }

    /// Drops what is known about `id` being None (it was assigned).
    pub fn kill_narrowing(&mut self, id: LocalId) {
        if let Some(set) = &mut self.assigned {
            set.remove(&Var::NotNone(id));
        }
    }

    /// Drops the narrowing of every local named in `names`: a loop body or
    /// a `try` that assigns a variable may run that assignment before any
    /// of its statements, so no narrowing of it survives into them.
    pub fn forget_narrowing(&mut self, names: &HashSet<String>) {
        let ids: Vec<LocalId> = names.iter().filter_map(|n| self.local(n)).collect();
        for id in ids {
            self.kill_narrowing(id);
        }
    }

    /// Whether a read of `v` here needs a run-time "is it bound" check.
    pub fn needs_check(&self, v: Var) -> bool {
        match &self.assigned {
            Some(set) => !set.contains(&v),
            None => false,
        }
    }

    /// Whether reaching the end of the body without `return` is fine.
    pub fn falls_off_end_ok(&self, ret: &Ty) -> bool {
        *ret == Ty::None || (self.is_gen && self.gen_ret == Ty::None)
    }

    pub fn into_locals(self) -> Vec<Local> {
        self.locals
    }
}

/// Meet of two control-flow paths: assigned on both.
pub fn meet(a: Assigned, b: Assigned) -> Assigned {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(a), Some(b)) => Some(a.intersection(&b).copied().collect()),
    }
}

/// Names bound by assignment statements anywhere in `body` (not descending
/// into nested function or class definitions, which have their own scope).
pub fn assigned_names(body: &[ast::Stmt]) -> HashSet<String> {
    let mut names = HashSet::new();
    collect_assigned(body, &mut names);
    names
}

fn collect_assigned(body: &[ast::Stmt], out: &mut HashSet<String>) {
    for stmt in body {
        match stmt {
            ast::Stmt::Assign(a) => {
                for t in &a.targets {
                    target_names(t, out);
                }
            }
            ast::Stmt::AugAssign(a) => target_names(&a.target, out),
            ast::Stmt::AnnAssign(a) => target_names(&a.target, out),
            ast::Stmt::For(f) => {
                target_names(&f.target, out);
                collect_assigned(&f.body, out);
                collect_assigned(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                collect_assigned(&w.body, out);
                collect_assigned(&w.orelse, out);
            }
            ast::Stmt::If(i) => {
                collect_assigned(&i.body, out);
                for c in &i.elif_else_clauses {
                    collect_assigned(&c.body, out);
                }
            }
            ast::Stmt::Try(t) => {
                collect_assigned(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        out.insert(n.to_string());
                    }
                    collect_assigned(&h.body, out);
                }
                collect_assigned(&t.orelse, out);
                collect_assigned(&t.finalbody, out);
            }
            ast::Stmt::With(w) => {
                for item in &w.items {
                    if let Some(t) = &item.optional_vars {
                        target_names(t, out);
                    }
                }
                collect_assigned(&w.body, out);
            }
            // `del x` binds `x` in the scope too (CPython's scoping rule).
            ast::Stmt::Delete(d) => d.targets.iter().for_each(|t| target_names(t, out)),
            _ => {}
        }
    }
}

/// Names that `body` may leave unbound: `del name` targets and `except
/// ... as name` variables, anywhere in it (not descending into nested
/// function or class definitions). A loop or `try` drops their definite
/// assignment on entry, since the unbinding may happen before any of its
/// statements runs again.
pub fn unbound_names(body: &[ast::Stmt]) -> HashSet<String> {
    struct Finder(HashSet<String>);
    impl<'a> Visitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a ast::Stmt) {
            match s {
                ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => {}
                ast::Stmt::Delete(d) => d.targets.iter().for_each(|t| target_names(t, &mut self.0)),
                _ => walk_stmt(self, s),
            }
        }
        fn visit_except_handler(&mut self, h: &'a ast::ExceptHandler) {
            let ast::ExceptHandler::ExceptHandler(eh) = h;
            if let Some(n) = &eh.name {
                self.0.insert(n.to_string());
            }
            walk_except_handler(self, h);
        }
        // Expressions cannot delete a name.
        fn visit_expr(&mut self, _: &'a ast::Expr) {}
    }
    let mut f = Finder(HashSet::new());
    for s in body {
        f.visit_stmt(s);
    }
    f.0
}

fn target_names(t: &ast::Expr, out: &mut HashSet<String>) {
    match t {
        ast::Expr::Name(n) => {
            out.insert(n.id.to_string());
        }
        ast::Expr::Tuple(tu) => tu.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

/// How many `def` statements bind each name in `body` (not descending
/// into nested functions).
fn def_counts(body: &[ast::Stmt]) -> HashMap<String, usize> {
    fn walk(body: &[ast::Stmt], out: &mut HashMap<String, usize>) {
        for stmt in body {
            match stmt {
                ast::Stmt::FunctionDef(d) => *out.entry(d.name.to_string()).or_default() += 1,
                ast::Stmt::For(f) => {
                    walk(&f.body, out);
                    walk(&f.orelse, out);
                }
                ast::Stmt::While(w) => {
                    walk(&w.body, out);
                    walk(&w.orelse, out);
                }
                ast::Stmt::If(i) => {
                    walk(&i.body, out);
                    for c in &i.elif_else_clauses {
                        walk(&c.body, out);
                    }
                }
                ast::Stmt::Try(t) => {
                    walk(&t.body, out);
                    for h in &t.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        walk(&h.body, out);
                    }
                    walk(&t.orelse, out);
                    walk(&t.finalbody, out);
                }
                ast::Stmt::With(w) => walk(&w.body, out),
                _ => {}
            }
        }
    }
    let mut out = HashMap::new();
    walk(body, &mut out);
    out
}

pub fn declared_globals(body: &[ast::Stmt]) -> HashSet<String> {
    let mut out = HashSet::new();
    fn walk(body: &[ast::Stmt], out: &mut HashSet<String>) {
        for stmt in body {
            match stmt {
                ast::Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.to_string())),
                ast::Stmt::For(f) => {
                    walk(&f.body, out);
                    walk(&f.orelse, out);
                }
                ast::Stmt::While(w) => {
                    walk(&w.body, out);
                    walk(&w.orelse, out);
                }
                ast::Stmt::If(i) => {
                    walk(&i.body, out);
                    for c in &i.elif_else_clauses {
                        walk(&c.body, out);
                    }
                }
                ast::Stmt::Try(t) => {
                    walk(&t.body, out);
                    for h in &t.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        walk(&h.body, out);
                    }
                    walk(&t.orelse, out);
                    walk(&t.finalbody, out);
                }
                ast::Stmt::With(w) => walk(&w.body, out),
                _ => {}
            }
        }
    }
    walk(body, &mut out);
    out
}
