//! Finding a program's modules: CPython's import system, resolved at
//! compile time.
//!
//! Starting from the main script, every top-level `import` and
//! `from ... import` is resolved against the script's directory (CPython's
//! `sys.path[0]`): `a.b` is `a/b.py` or the package `a/b/__init__.py`, its
//! parents must be packages, and relative imports count from the importing
//! module's package. Each module is loaded and parsed once. The result is a
//! [`Program`]: the modules, an order in which each can be checked after
//! what it imports, and per import statement the modules its execution
//! initialises (in CPython's order: parents first).
//!
//! Import cycles are rejected with a diagnostic showing the cycle: a
//! statically typed module cannot use names of a module that has not
//! finished initialising. The one exception is CPython's usual package
//! pattern, a submodule importing a sibling through its (still
//! initialising) package: the package is then only a path, none of its own
//! names are read.
//!
//! Finally each module's attribute chains through modules (`m.f`,
//! `pkg.sub.C`) are rewritten to one dotted name (`Name("m.f")`), which the
//! checker resolves in the module's namespace (`check::Namespace`); no
//! Python identifier contains a dot, so these never collide with variables.
//! The core does no IO: files are read through the caller's `read`.

use crate::diagnostic::Diagnostic;
use crate::source::{SourceFile, Span};
use ruff_python_ast::{self as ast, visitor::transformer, Expr};
use ruff_text_size::Ranged;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Standard modules pyaot provides, as the import hint lists them.
pub const PROVIDED: &[&str] = &[
    "sys",
    "typing",
    "dataclasses",
    "__future__",
    "collections.abc",
    "math",
    "time",
    "random",
];

/// Reads a file: None if there is no such (regular, readable) file.
pub type Reader<'r> = &'r dyn Fn(&Path) -> Option<Vec<u8>>;

/// One loaded module.
#[derive(Debug)]
pub struct Module {
    /// `__name__`: `__main__` for the script, the dotted name otherwise.
    pub name: String,
    pub file: Arc<SourceFile>,
    /// The body, with module attribute chains rewritten (see module doc).
    pub body: Vec<ast::Stmt>,
    /// The package relative imports count from (`""` for top-level
    /// modules and the script).
    pub package: String,
    /// Per import statement (by the offset it starts at): the modules
    /// executing it initialises, in order.
    pub inits: HashMap<u32, Vec<usize>>,
    /// Names bound to modules (`import a.b` binds `a`; `import a.b as x`,
    /// `from a import b` for a submodule `b`), with where the import is.
    pub aliases: HashMap<String, (usize, Span)>,
    /// `from m import x as y` of a name that is not a module: (y, m, x,
    /// the span of the alias).
    pub imported_names: Vec<(String, usize, String, Span)>,
    /// Names bound to native standard modules (`import math [as m]`):
    /// the module's name, and where the import is.
    pub natives: HashMap<String, (&'static str, Span)>,
    /// Names `from math import sqrt [as s]` binds: the member's dotted
    /// name (`math.sqrt`).
    pub native_names: HashMap<String, String>,
    /// Every dotted module name this module's imports initialise: which
    /// submodule attributes (`a.b`) it may use.
    imported: HashSet<String>,
    /// The names the module's top level binds.
    bound: HashSet<String>,
    /// Those of them bound by imports.
    bound_by_imports: HashSet<String>,
}

/// Every module of a program.
#[derive(Debug)]
pub struct Program {
    pub modules: Vec<Module>,
    /// Module indices in checking order: each after every module it reads
    /// names from; the script last.
    pub order: Vec<usize>,
    /// Module indices by dotted name.
    pub by_name: HashMap<String, usize>,
}

impl Program {
    pub fn main(&self) -> &Module {
        &self.modules[0]
    }
}

/// Loads the script `main` and every module it imports, transitively.
pub fn load(main: SourceFile, read: Reader<'_>) -> Result<Program, Vec<Diagnostic>> {
    let root = Path::new(&main.path)
        .parent()
        .map_or_else(PathBuf::new, Path::to_path_buf);
    let mut ld = Loader {
        root,
        read,
        modules: Vec::new(),
        by_name: HashMap::new(),
        done: Vec::new(),
        stack: Vec::new(),
        order: Vec::new(),
        diags: Vec::new(),
    };
    let file = Arc::new(main);
    match crate::syntax::parse(&file) {
        Ok(m) => {
            ld.add(
                "__main__".into(),
                String::new(),
                file,
                m.body.into_iter().collect(),
            );
            ld.process(0);
        }
        Err(d) => return Err(d.into_iter().map(|d| d.in_file(&file)).collect()),
    }
    if ld.diags.is_empty() {
        rewrite_all(&mut ld);
    }
    if !ld.diags.is_empty() {
        return Err(ld.diags);
    }
    Ok(Program {
        modules: ld.modules,
        order: ld.order,
        by_name: ld.by_name,
    })
}

struct Loader<'r> {
    root: PathBuf,
    read: Reader<'r>,
    modules: Vec<Module>,
    by_name: HashMap<String, usize>,
    /// Whether each module has been processed completely.
    done: Vec<bool>,
    /// Modules being processed, with the module each is importing.
    stack: Vec<(usize, String)>,
    order: Vec<usize>,
    diags: Vec<Diagnostic>,
}

/// Where a dotted name's file was found.
enum Found {
    Module(PathBuf),
    Package(PathBuf),
}

impl Loader<'_> {
    fn add(&mut self, name: String, package: String, file: Arc<SourceFile>, body: Vec<ast::Stmt>) {
        let mut bound = crate::check::assigned_names(&body);
        let mut bound_by_imports = HashSet::new();
        for stmt in &body {
            match stmt {
                ast::Stmt::FunctionDef(f) => {
                    bound.insert(f.name.to_string());
                }
                ast::Stmt::ClassDef(c) => {
                    bound.insert(c.name.to_string());
                }
                ast::Stmt::Import(i) => {
                    bound_by_imports.extend(i.names.iter().map(bound_by_import));
                }
                ast::Stmt::ImportFrom(i) => bound_by_imports.extend(
                    i.names
                        .iter()
                        .map(|a| a.asname.as_ref().unwrap_or(&a.name).to_string()),
                ),
                _ => {}
            }
        }
        let bound_by_imports: HashSet<String> =
            bound_by_imports.difference(&bound).cloned().collect();
        bound.extend(bound_by_imports.iter().cloned());
        self.by_name.insert(name.clone(), self.modules.len());
        self.modules.push(Module {
            name,
            file,
            body,
            package,
            inits: HashMap::new(),
            aliases: HashMap::new(),
            natives: HashMap::new(),
            native_names: HashMap::new(),
            imported_names: Vec::new(),
            imported: HashSet::new(),
            bound,
            bound_by_imports,
        });
        self.done.push(false);
    }

    fn error(&mut self, m: usize, span: impl Into<Span>, msg: String, hint: String) {
        let file = self.modules[m].file.clone();
        self.diags
            .push(Diagnostic::new(span, msg).with_hint(hint).in_file(&file));
    }

    /// The file of a dotted module name, if it exists.
    fn find(&self, dotted: &str) -> Option<(Found, Vec<u8>)> {
        let rel: PathBuf = dotted.split('.').collect();
        let init = self.root.join(&rel).join("__init__.py");
        if let Some(text) = (self.read)(&init) {
            return Some((Found::Package(init), text));
        }
        let mut file = self.root.join(&rel);
        file.set_extension("py");
        (self.read)(&file).map(|text| (Found::Module(file), text))
    }

    /// The module `dotted`, loaded (and processed) on first use; None
    /// after reporting why not.
    fn require(&mut self, from: usize, dotted: &str, span: Span) -> Option<usize> {
        if let Some(&i) = self.by_name.get(dotted) {
            return Some(i);
        }
        let Some((found, bytes)) = self.find(dotted) else {
            self.not_found(from, dotted, span);
            return None;
        };
        let (path, package) = match found {
            Found::Package(p) => (p, dotted.to_string()),
            Found::Module(p) => (p, parent_of(dotted).to_string()),
        };
        let shown = path.to_string_lossy().into_owned();
        let file = match crate::decode_source(&shown, &bytes) {
            Ok(f) => Arc::new(f),
            Err(e) => {
                let (f, d) = *e;
                self.diags.push(d.in_file(&Arc::new(f)));
                return None;
            }
        };
        let body = match crate::syntax::parse(&file) {
            Ok(m) => m.body,
            Err(ds) => {
                self.diags.extend(ds.into_iter().map(|d| d.in_file(&file)));
                return None;
            }
        };
        let idx = self.modules.len();
        self.add(
            dotted.to_string(),
            package,
            file,
            body.into_iter().collect(),
        );
        self.process(idx);
        Some(idx)
    }

    fn not_found(&mut self, from: usize, dotted: &str, span: Span) {
        let top = dotted.split('.').next().unwrap_or(dotted);
        if crate::modules::STDLIB_MODULES.contains(&top) || PROVIDED.contains(&dotted) {
            self.error(
                from,
                span,
                format!("unsupported import: module '{dotted}'"),
                format!(
                    "'{top}' is a standard module pyaot does not provide; it provides {}",
                    PROVIDED.join(", ")
                ),
            );
            return;
        }
        let rel: PathBuf = dotted.split('.').collect();
        let file = self.root.join(&rel).with_extension("py");
        let package = self.root.join(&rel).join("__init__.py");
        self.error(
            from,
            span,
            format!("No module named '{dotted}'"),
            format!(
                "looked for {} and {} (the script's directory, then the standard modules pyaot provides: {})",
                file.display(),
                package.display(),
                PROVIDED.join(", ")
            ),
        );
    }

    /// Resolves every top-level import of module `m`, loading what they
    /// need, then appends `m` to the checking order.
    fn process(&mut self, m: usize) {
        let body = std::mem::take(&mut self.modules[m].body);
        for stmt in &body {
            match stmt {
                ast::Stmt::Import(i) => {
                    for alias in &i.names {
                        self.import(m, alias, i.range.start().to_u32());
                    }
                }
                ast::Stmt::ImportFrom(i) => self.import_from(m, i),
                _ => {}
            }
        }
        self.modules[m].body = body;
        self.done[m] = true;
        self.order.push(m);
    }

    /// Whether `dotted` is left to the checker (sys, typing, ...).
    fn provided(&self, dotted: &str) -> bool {
        let top = dotted.split('.').next().unwrap_or(dotted);
        // `sys` is built into CPython; the others are found after the
        // script's directory, so a local file of that name wins.
        (dotted == "sys" || PROVIDED.contains(&dotted) || top == "collections")
            && (top == "sys" || self.find(top).is_none())
    }

    /// Loads `dotted` and its parent packages for an import in `m`;
    /// returns the indices, parents first.
    fn chain(&mut self, m: usize, dotted: &str, span: Span) -> Option<Vec<usize>> {
        let mut out = Vec::new();
        let mut prefix = String::new();
        for part in dotted.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let idx = self.enter(m, &prefix, span)?;
            out.push(idx);
        }
        Some(out)
    }

    /// Loads one module imported by `m`, refusing a cycle through it.
    fn enter(&mut self, m: usize, dotted: &str, span: Span) -> Option<usize> {
        if let Some(&i) = self.by_name.get(dotted) {
            if !self.done[i] && !self.is_ancestor(i, m) {
                self.cycle(m, i, span);
                return None;
            }
            self.modules[m].imported.insert(dotted.to_string());
            return Some(i);
        }
        self.stack.push((m, dotted.to_string()));
        let r = self.require(m, dotted, span);
        self.stack.pop();
        if r.is_some() {
            self.modules[m].imported.insert(dotted.to_string());
        }
        r
    }

    /// Whether module `a` is `b` or a package containing it.
    fn is_ancestor(&self, a: usize, b: usize) -> bool {
        let (an, bn) = (&self.modules[a].name, &self.modules[b].name);
        a == b || bn.starts_with(&format!("{an}."))
    }

    fn cycle(&mut self, m: usize, target: usize, span: Span) {
        let mut links: Vec<String> = Vec::new();
        let start = self
            .stack
            .iter()
            .position(|(i, _)| *i == target)
            .unwrap_or(0);
        for (i, next) in &self.stack[start..] {
            links.push(format!("{} imports {next}", self.rel_path(*i)));
        }
        links.push(format!(
            "{} imports {}",
            self.rel_path(m),
            self.modules[target].name
        ));
        self.error(
            m,
            span,
            format!("circular import: {}", links.join(", ")),
            "pyaot needs each module to finish initialising before another uses it; \
             move what both modules need into a third module"
                .into(),
        );
    }

    fn rel_path(&self, m: usize) -> String {
        let p = Path::new(&self.modules[m].file.path);
        p.strip_prefix(&self.root)
            .unwrap_or(p)
            .to_string_lossy()
            .into_owned()
    }

    /// The native module `dotted` names here, if it is one: `time` is
    /// built into CPython; `math` is found after the script's directory,
    /// so a local `math.py` wins.
    fn native(&self, dotted: &str) -> Option<&'static str> {
        let name = crate::check::native::module(dotted)?;
        (name == "time" || self.find(dotted).is_none()).then_some(name)
    }

    /// `import a.b.c [as x]`.
    fn import(&mut self, m: usize, alias: &ast::Alias, stmt: u32) {
        let dotted = alias.name.as_str();
        if let Some(native) = self.native(dotted) {
            let local = alias.asname.as_ref().map_or(native, |a| a.as_str());
            self.modules[m]
                .natives
                .insert(local.to_string(), (native, alias.range.into()));
            return;
        }
        if self.provided(dotted) {
            return;
        }
        let span: Span = alias.range.into();
        let Some(chain) = self.chain(m, dotted, span) else {
            return;
        };
        let (name, target) = match &alias.asname {
            Some(a) => (
                a.to_string(),
                *chain.last().expect("a dotted name has parts"),
            ),
            None => (bound_by_import(alias), chain[0]),
        };
        let module = &mut self.modules[m];
        module.inits.entry(stmt).or_default().extend(chain);
        module.aliases.insert(name, (target, span));
    }

    /// The absolute module a `from` import names, or None after an error.
    fn absolute_target(&mut self, m: usize, i: &ast::StmtImportFrom) -> Option<String> {
        let module = i.module.as_ref().map(|n| n.as_str());
        if i.level == 0 {
            return module.map(str::to_string);
        }
        let span: Span = i.range.into();
        if m == 0 || self.modules[m].package.is_empty() {
            self.error(
                m,
                span,
                "attempted relative import with no known parent package".into(),
                "relative imports work inside packages; import the module by its name".into(),
            );
            return None;
        }
        let mut parts: Vec<&str> = self.modules[m].package.split('.').collect();
        for _ in 1..i.level {
            if parts.len() <= 1 {
                self.error(
                    m,
                    span,
                    "attempted relative import beyond top-level package".into(),
                    "a relative import cannot leave the outermost package".into(),
                );
                return None;
            }
            parts.pop();
        }
        let base = parts.join(".");
        Some(match module {
            Some(sub) => format!("{base}.{sub}"),
            None => base,
        })
    }

    /// The names `from target import *` binds: `__all__` if the module
    /// defines it (a list or tuple of string literals, assigned once),
    /// else its public top-level names (CPython's rule), sorted; None
    /// after an error. Names the module itself only imports are left
    /// out: pyaot re-exports a module's own definitions.
    fn star_names(
        &mut self,
        m: usize,
        tidx: usize,
        target: &str,
        span: Span,
    ) -> Option<Vec<String>> {
        if !self.done[tidx] {
            self.error(
                m,
                span,
                format!(
                    "cannot import * from partially initialized module '{target}' \
                     (most likely due to a circular import)"
                ),
                format!("'{target}' is still initialising when this runs"),
            );
            return None;
        }
        let module = &self.modules[tidx];
        match dunder_all(&module.body) {
            Some(Ok(names)) => Some(names),
            Some(Err(at)) => {
                self.error(
                    tidx,
                    at,
                    "unsupported: an __all__ that is not one list or tuple of string literals"
                        .into(),
                    "write `__all__ = [\"name\", ...]` once, at the module's top level".into(),
                );
                None
            }
            None => {
                let mut names: Vec<String> = module
                    .bound
                    .iter()
                    .filter(|n| !n.starts_with('_') && !module.bound_by_imports.contains(*n))
                    .cloned()
                    .collect();
                names.sort();
                Some(names)
            }
        }
    }

    /// `from target import x [as y], ...`.
    fn import_from(&mut self, m: usize, i: &ast::StmtImportFrom) {
        let Some(target) = self.absolute_target(m, i) else {
            return;
        };
        if let Some(native) = self.native(&target).filter(|_| i.level == 0) {
            if is_star(i) {
                for name in crate::check::native::members(native) {
                    self.modules[m]
                        .native_names
                        .insert(name.to_string(), format!("{native}.{name}"));
                }
                return;
            }
            for alias in &i.names {
                let name = alias.name.as_str();
                if !crate::check::native::has_member(native, name) {
                    self.error(
                        m,
                        Span::from(alias.range),
                        format!("cannot import name '{name}' from '{native}'"),
                        format!("see the README for what pyaot's '{native}' provides"),
                    );
                    continue;
                }
                let local = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                self.modules[m]
                    .native_names
                    .insert(local, format!("{native}.{name}"));
            }
            return;
        }
        if i.level == 0 && self.provided(&target) {
            return;
        }
        let span: Span = i.range.into();
        let Some(mut chain) = self.chain(m, &target, span) else {
            return;
        };
        let tidx = *chain.last().expect("a dotted name has parts");
        let names: Vec<(String, String, Span)> = if is_star(i) {
            match self.star_names(m, tidx, &target, span) {
                Some(names) => names.into_iter().map(|n| (n.clone(), n, span)).collect(),
                None => return,
            }
        } else {
            i.names
                .iter()
                .map(|a| {
                    let local = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    (a.name.to_string(), local, a.range.into())
                })
                .collect()
        };
        for (name, local, aspan) in names {
            let name = name.as_str();
            let sub = format!("{target}.{name}");
            // A submodule wins over a name the package only imports (the
            // usual `from . import sub` in an `__init__.py`).
            let target_module = &self.modules[tidx];
            let defines = target_module.bound.contains(name)
                && !(target_module.bound_by_imports.contains(name) && self.find(&sub).is_some());
            if !defines && (self.find(&sub).is_some() || self.by_name.contains_key(&sub)) {
                let Some(s) = self.enter(m, &sub, aspan) else {
                    continue;
                };
                chain.push(s);
                self.modules[m].aliases.insert(local, (s, aspan));
                continue;
            }
            if !defines {
                let path = self.modules[tidx].file.path.clone();
                self.error(
                    m,
                    aspan,
                    format!("cannot import name '{name}' from '{target}' ({path})"),
                    format!("'{target}' does not define '{name}' at its top level"),
                );
                continue;
            }
            if !self.done[tidx] {
                self.error(
                    m,
                    aspan,
                    format!(
                        "cannot import name '{name}' from partially initialized module '{target}' \
                         (most likely due to a circular import)"
                    ),
                    format!(
                        "'{target}' is still initialising when this runs; import the module \
                         that defines '{name}' directly"
                    ),
                );
                continue;
            }
            self.modules[m]
                .imported_names
                .push((local, tidx, name.to_string(), aspan));
        }
        self.modules[m]
            .inits
            .entry(span.start)
            .or_default()
            .extend(chain);
    }
}

/// Whether `i` is `from m import *`.
fn is_star(i: &ast::StmtImportFrom) -> bool {
    i.names.iter().any(|a| a.name.as_str() == "*")
}

/// The strings of a top-level `__all__ = [...]` (or a tuple) in `body`:
/// Some(Err(span)) when `__all__` is assigned anything else.
fn dunder_all(body: &[ast::Stmt]) -> Option<Result<Vec<String>, Span>> {
    let mut found = None;
    for stmt in body {
        let (targets, value): (&[Expr], &Expr) = match stmt {
            ast::Stmt::Assign(a) => (&a.targets, &a.value),
            ast::Stmt::AnnAssign(a) => match &a.value {
                Some(v) => (std::slice::from_ref(&*a.target), v),
                None => continue,
            },
            ast::Stmt::AugAssign(a) => (std::slice::from_ref(&*a.target), &a.value),
            _ => continue,
        };
        let names_all = targets
            .iter()
            .any(|t| matches!(t, Expr::Name(n) if n.id.as_str() == "__all__"));
        if !names_all {
            continue;
        }
        let items = match value {
            Expr::List(l) if matches!(stmt, ast::Stmt::Assign(_) | ast::Stmt::AnnAssign(_)) => {
                &l.elts
            }
            Expr::Tuple(t) if matches!(stmt, ast::Stmt::Assign(_) | ast::Stmt::AnnAssign(_)) => {
                &t.elts
            }
            other => return Some(Err(other.range().into())),
        };
        let mut names = Vec::new();
        for item in items {
            match item {
                Expr::StringLiteral(s) => names.push(s.value.to_str().to_string()),
                other => return Some(Err(other.range().into())),
            }
        }
        if found.is_some() {
            return Some(Err(value.range().into()));
        }
        found = Some(Ok(names));
    }
    found
}

/// The name `import a.b.c` binds: `a`.
fn bound_by_import(a: &ast::Alias) -> String {
    match &a.asname {
        Some(n) => n.to_string(),
        None => a.name.split('.').next().unwrap_or_default().to_string(),
    }
}

fn parent_of(dotted: &str) -> &str {
    dotted.rsplit_once('.').map_or("", |(p, _)| p)
}

// ---------------------------------------------------------------------------
// Rewriting module attribute chains
// ---------------------------------------------------------------------------

fn rewrite_all(ld: &mut Loader<'_>) {
    let position: HashMap<usize, usize> = ld
        .order
        .iter()
        .enumerate()
        .map(|(pos, &m)| (m, pos))
        .collect();
    for m in 0..ld.modules.len() {
        let mut body = std::mem::take(&mut ld.modules[m].body);
        let rw = Rewriter {
            modules: &ld.modules,
            by_name: &ld.by_name,
            me: m,
            position: &position,
            shadowed: RefCell::new(vec![HashSet::new()]),
            diags: RefCell::new(Vec::new()),
        };
        for stmt in &mut body {
            transformer::Transformer::visit_stmt(&rw, stmt);
        }
        let diags = rw.diags.into_inner();
        let file = ld.modules[m].file.clone();
        ld.diags.extend(diags.into_iter().map(|d| d.in_file(&file)));
        ld.modules[m].body = body;
    }
}

struct Rewriter<'l> {
    modules: &'l [Module],
    by_name: &'l HashMap<String, usize>,
    me: usize,
    position: &'l HashMap<usize, usize>,
    /// Per enclosing function, the names its own variables shadow.
    shadowed: RefCell<Vec<HashSet<String>>>,
    diags: RefCell<Vec<Diagnostic>>,
}

/// `a.b.c` as its parts, if it is a chain of attributes on a name.
fn chain_parts(e: &Expr) -> Option<(Vec<&str>, Vec<ruff_text_size::TextRange>)> {
    match e {
        Expr::Name(n) => Some((vec![n.id.as_str()], vec![n.range])),
        Expr::Attribute(a) => {
            let (mut parts, mut ranges) = chain_parts(&a.value)?;
            parts.push(a.attr.as_str());
            ranges.push(a.range);
            Some((parts, ranges))
        }
        _ => None,
    }
}

impl Rewriter<'_> {
    /// The module a name refers to in this module, unless shadowed.
    fn alias(&self, name: &str) -> Option<usize> {
        if self.shadowed.borrow().iter().any(|s| s.contains(name)) {
            return None;
        }
        self.modules[self.me].aliases.get(name).map(|(i, _)| *i)
    }

    fn error(&self, span: impl Into<Span>, msg: String, hint: &str) {
        self.diags
            .borrow_mut()
            .push(Diagnostic::new(span, msg).with_hint(hint));
    }

    /// Rewrites `e` if it is (or starts with) an attribute chain through
    /// modules; true if it did.
    fn rewrite_chain(&self, e: &mut Expr) -> bool {
        if !matches!(e, Expr::Attribute(_)) {
            return false;
        }
        let Some((parts, ranges)) = chain_parts(e) else {
            return false;
        };
        let Some(mut module) = self.alias(parts[0]) else {
            return false;
        };
        let me = &self.modules[self.me];
        // Walk through submodules this module imported.
        let mut k = 1;
        while k < parts.len() {
            let sub = format!("{}.{}", self.modules[module].name, parts[k]);
            match self.by_name.get(&sub) {
                Some(&s) if me.imported.contains(&sub) => {
                    module = s;
                    k += 1;
                }
                _ => break,
            }
        }
        // Attribute levels above the module member (or above the last
        // module, for a chain of modules only).
        let depth = parts.len().saturating_sub(k + 1);
        if k < parts.len() {
            let target = &self.modules[module];
            let member = parts[k];
            if !target.bound.contains(member) {
                let span = ranges[k];
                self.error(
                    span,
                    format!("module '{}' has no attribute '{member}'", target.name),
                    "a module's attributes are the names its top level binds",
                );
                return true;
            }
            let ready =
                self.position.get(&module) < self.position.get(&self.me) || module == self.me;
            if !ready {
                self.error(
                    ranges[k],
                    format!(
                        "cannot use '{member}' of partially initialized module '{}' \
                         (most likely due to a circular import)",
                        target.name
                    ),
                    "the package is still initialising when this module runs; import \
                     the module that defines it directly",
                );
                return true;
            }
        }
        let dotted = parts[..=k.min(parts.len() - 1)].join(".");
        let range = ranges[k.min(parts.len() - 1)];
        replace_prefix(e, depth, &dotted, range);
        true
    }
}

/// Replaces the sub-expression `depth` attribute levels inside `e` (the
/// module-member prefix) by the name `dotted`.
fn replace_prefix(e: &mut Expr, depth: usize, dotted: &str, range: ruff_text_size::TextRange) {
    let mut cur = e;
    for _ in 0..depth.saturating_sub(1) {
        let Expr::Attribute(a) = cur else { return };
        cur = &mut a.value;
    }
    if depth == 0 {
        *cur = dotted_name(dotted, range);
        return;
    }
    let Expr::Attribute(a) = cur else { return };
    *a.value = dotted_name(dotted, range);
}

fn dotted_name(dotted: &str, range: ruff_text_size::TextRange) -> Expr {
    Expr::Name(ast::ExprName {
        node_index: Default::default(),
        range,
        id: dotted.into(),
        ctx: ast::ExprContext::Load,
    })
}

impl Rewriter<'_> {
    fn is_shadowed(&self, name: &str) -> bool {
        self.shadowed.borrow().iter().any(|s| s.contains(name))
    }

    /// Rewrites a use of a native module (`math.sqrt`, or `sqrt` bound by
    /// `from math import sqrt`) to its dotted name; reports a module used
    /// as a value, an unknown member and rebinding an imported name.
    /// True if `e` was such a use.
    fn rewrite_native(&self, e: &mut Expr) -> bool {
        let me = &self.modules[self.me];
        match e {
            Expr::Attribute(a) => {
                let Expr::Name(n) = &*a.value else {
                    return false;
                };
                let Some(&(module, _)) = me.natives.get(n.id.as_str()) else {
                    return false;
                };
                if self.is_shadowed(n.id.as_str()) {
                    return false;
                }
                let member = a.attr.as_str();
                if !a.ctx.is_load() {
                    self.error(
                        a.range,
                        "unsupported: assigning to a module attribute".into(),
                        "pyaot's standard modules cannot be changed",
                    );
                } else if !crate::check::native::has_member(module, member) {
                    self.error(
                        a.attr.range,
                        format!("module '{module}' has no attribute '{member}'"),
                        "see the README for what pyaot's standard modules provide",
                    );
                } else {
                    *e = dotted_name(&format!("{module}.{member}"), a.range);
                }
                true
            }
            Expr::Name(n) => {
                let name = n.id.as_str();
                let native = me.natives.get(name).map(|(m, _)| m.to_string());
                let member = me.native_names.get(name);
                if (native.is_none() && member.is_none()) || self.is_shadowed(name) {
                    return false;
                }
                if !n.ctx.is_load() {
                    if self.shadowed.borrow().len() == 1 {
                        self.error(
                            n.range,
                            format!("unsupported: rebinding '{name}', which an import of a standard module binds"),
                            "use another name for the variable",
                        );
                    }
                    return true;
                }
                if let Some(module) = native {
                    self.error(
                        n.range,
                        format!("unsupported: the module '{module}' used as a value"),
                        &format!("use the module's attributes (`{name}.f(...)`) or import the names you need"),
                    );
                    return true;
                }
                if let Some(dotted) = member {
                    *e = dotted_name(dotted, n.range);
                }
                true
            }
            _ => false,
        }
    }
}

impl transformer::Transformer for Rewriter<'_> {
    fn visit_stmt(&self, stmt: &mut ast::Stmt) {
        let defined = match &*stmt {
            ast::Stmt::FunctionDef(f) => Some(&f.name),
            ast::Stmt::ClassDef(c) => Some(&c.name),
            _ => None,
        };
        if let Some(id) = defined {
            let me = &self.modules[self.me];
            let name = id.as_str();
            if self.shadowed.borrow().len() == 1
                && (me.natives.contains_key(name) || me.native_names.contains_key(name))
            {
                self.error(
                    id.range,
                    format!("unsupported: rebinding '{name}', which an import of a standard module binds"),
                    "use another name for the definition",
                );
            }
        }
        if let ast::Stmt::FunctionDef(f) = stmt {
            let mut own = crate::check::assigned_names(&f.body);
            let p = &f.parameters;
            for pw in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
                own.insert(pw.parameter.name.to_string());
            }
            // Decorators, defaults and annotations are evaluated outside.
            for d in &mut f.decorator_list {
                self.visit_decorator(d);
            }
            self.visit_parameters(&mut f.parameters);
            if let Some(r) = &mut f.returns {
                self.visit_annotation(r);
            }
            self.shadowed.borrow_mut().push(own);
            for s in &mut f.body {
                self.visit_stmt(s);
            }
            self.shadowed.borrow_mut().pop();
            return;
        }
        transformer::walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if self.rewrite_native(expr) {
            return;
        }
        if let Expr::Attribute(a) = expr {
            if a.ctx.is_store() || a.ctx.is_del() {
                if let Some((parts, _)) = chain_parts(&a.value) {
                    if parts.len() == 1 && self.alias(parts[0]).is_some() {
                        self.error(
                            a.range,
                            "unsupported: assigning to a module attribute".into(),
                            "call a function of the module that sets its global instead",
                        );
                        return;
                    }
                }
            }
        }
        if self.rewrite_chain(expr) {
            // The prefix is now a name; rewrite what surrounds it.
            if let Expr::Attribute(a) = expr {
                transformer::walk_expr(self, &mut a.value);
            }
            return;
        }
        transformer::walk_expr(self, expr);
    }
}

/// The top-level modules of CPython 3.11's standard library
/// (`sys.stdlib_module_names`, without private ones): importing one
/// that pyaot does not provide is reported as unsupported, not missing.
pub const STDLIB_MODULES: &[&str] = &[
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn load_files(files: &[(&str, &str)]) -> Result<Program, Vec<Diagnostic>> {
        let map: HashMap<PathBuf, Vec<u8>> = files
            .iter()
            .map(|(p, t)| (PathBuf::from(p), t.as_bytes().to_vec()))
            .collect();
        let main = SourceFile::new(files[0].0, files[0].1);
        load(main, &|p: &Path| map.get(p).cloned())
    }

    #[test]
    fn orders_dependencies_first() {
        let p = load_files(&[
            ("/r/main.py", "import a\nfrom pkg.sub import f\n"),
            ("/r/a.py", "x = 1\n"),
            ("/r/pkg/__init__.py", ""),
            ("/r/pkg/sub.py", "def f() -> int:\n    return 1\n"),
        ])
        .unwrap();
        let names: Vec<&str> = p.order.iter().map(|&i| &*p.modules[i].name).collect();
        assert_eq!(names, ["a", "pkg", "pkg.sub", "__main__"]);
    }

    #[test]
    fn rejects_cycles_with_the_chain() {
        let e = load_files(&[
            ("/r/main.py", "import a\n"),
            ("/r/a.py", "import b\n"),
            ("/r/b.py", "import a\n"),
        ])
        .unwrap_err();
        assert_eq!(
            e[0].message,
            "circular import: a.py imports b, b.py imports a"
        );
    }

    #[test]
    fn missing_module_and_name() {
        let e = load_files(&[("/r/main.py", "import nosuch\n")]).unwrap_err();
        assert_eq!(e[0].message, "No module named 'nosuch'");
        let e = load_files(&[("/r/main.py", "import os\n")]).unwrap_err();
        assert_eq!(e[0].message, "unsupported import: module 'os'");
        let e =
            load_files(&[("/r/main.py", "from a import y\n"), ("/r/a.py", "x = 1\n")]).unwrap_err();
        assert_eq!(e[0].message, "cannot import name 'y' from 'a' (/r/a.py)");
    }
}
