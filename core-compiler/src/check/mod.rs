//! The checker: ruff AST -> typed HIR.
//!
//! Takes a parsed module and produces a [`hir::Module`] in which every name
//! is resolved, every expression typed and every implicit Python coercion
//! made explicit. Anything outside the supported subset, and every static
//! type error, becomes a [`Diagnostic`]; checking goes on after an error so
//! one run reports as many problems as it can.
//!
//! Order of work (so that types are known before they are needed):
//! 1. class names and bases, then signatures of all top-level functions and
//!    methods (a top-level function with unannotated parameters is a
//!    template, specialised per call, see `generic.rs`; a method's get one
//!    type from all its calls, see `infer.rs`) and every class's method
//!    table (see `class.rs`);
//! 2. the module body, in order, which fixes the type of every global;
//! 3. function bodies. A function without a return annotation has its body
//!    checked on first call instead, to infer its return type. A class's
//!    fields are known once its `__init__` has been checked, which the
//!    first use of a field triggers.

mod bytes;
mod callargs;
mod class;
mod closure;
mod collections;
mod comprehension;
mod dataclass;
mod deque;
mod dict_call;
mod empty;
mod exc_args;
mod expr;
mod generator;
mod generic;
mod genexp;
mod hash;
mod import;
mod infer;
mod iterators;
mod methods;
mod narrow;
pub mod native;
mod random;
mod scope;
mod set;
mod stmt;
mod tuple;
mod with;
mod wrapper;

use crate::diagnostic::Diagnostic;
use crate::hir::{self, FuncId, GlobalId};
use crate::modules::Program;
use crate::source::{SourceFile, Span};
use crate::types::Ty;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::collections::HashMap;

pub use scope::{assigned_names, FnCx};

/// Marker for "a diagnostic has been recorded"; the caller skips the node.
#[derive(Debug, Clone, Copy)]
pub struct Reported;
pub type Chk<T> = Result<T, Reported>;

pub use crate::hir::Const;

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: Ty,
    pub default: Option<Const>,
    pub span: Span,
    /// How calls pass it. Parameters are in the order positional,
    /// `*args`, keyword-only, `**kwargs`.
    pub kind: hir::ParamKind,
}

#[derive(Debug, Clone)]
pub(super) enum RetTy {
    Annotated(Ty),
    /// Not annotated; inferred from the body on first use.
    Unknown,
    Inferring,
    Inferred(Ty),
    /// Could not be inferred; a diagnostic says why.
    Failed,
}

#[derive(Debug, Clone)]
pub struct Signature {
    /// The name messages use: `f`, or `Point.norm` for a method.
    pub name: String,
    pub params: Vec<Param>,
    pub(super) ret: RetTy,
    /// The `R` of a generator function annotated `-> Generator[Y, None,
    /// R]` (its `return` value); None for every other function.
    pub(super) gen_ret: Ty,
    /// For a method, its class and kind.
    pub method: Option<class::MethodOf>,
}

/// One module's names: the checker works in one module at a time
/// (`Checker::ns`) and keeps the others in `Checker::spaces`.
#[derive(Default)]
pub struct Namespace<'a> {
    func_names: HashMap<String, FuncId>,
    global_names: HashMap<String, GlobalId>,
    /// Names the module body assigns: globals whose type may not be known yet.
    module_assigned: std::collections::HashSet<String>,
    /// `__name__`.
    module_name: &'a str,
    /// Whether `import sys` has been seen.
    pub sys_imported: bool,
    class_names: HashMap<String, hir::ClassId>,
    /// Whether `from typing import ...` / `from dataclasses import ...`
    /// made these names available.
    /// made these names available, and the typing name each stands for
    /// (`from typing import List as L`: `L` -> `List`).
    typing_names: HashMap<String, String>,
    /// Names `import typing [as t]` binds to the typing module.
    typing_modules: std::collections::HashSet<String>,
    /// The methods `@dataclass` generates, by class name.
    synthesized: HashMap<String, &'a [ast::Stmt]>,
    /// Decorated top-level functions: their name is bound to what the
    /// decorators return, a global assigned where the `def` stands.
    decorated: HashMap<String, FuncId>,
    /// Functions defined inside module-level compound statements (`if`,
    /// `try`, ...), by the offset of their `def`: like decorated ones, the
    /// name is a global bound where the `def` runs.
    conditional: HashMap<u32, FuncId>,
    /// The names those functions bind.
    conditional_names: std::collections::HashSet<String>,
    /// Top-level functions with unannotated parameters, specialised per
    /// call (see `generic.rs`): indices into `Checker::templates`.
    generic_names: HashMap<String, usize>,
    /// Names bound to modules, with the import that binds them.
    aliases: HashMap<String, (usize, Span)>,
    /// Names `from m import x` binds to functions and classes of `m`
    /// (aliases of them), with the import's span.
    imported: HashMap<String, Span>,
}

pub struct Checker<'a> {
    pub file: &'a SourceFile,
    pub diags: Vec<Diagnostic>,
    sigs: Vec<Signature>,
    /// The `def` of each function; None for nested functions and lambdas
    /// (checked where they stand, see `closure.rs`).
    defs: Vec<Option<&'a ast::StmtFunctionDef>>,
    bodies: Vec<Option<hir::Function>>,
    pub globals: Vec<hir::Global>,
    /// The names of the module being checked.
    pub ns: Namespace<'a>,
    /// Every module's names, by module index (the current one's entry is
    /// empty while it is in `ns`).
    spaces: Vec<Namespace<'a>>,
    /// The module being checked.
    cur: usize,
    program: &'a Program,
    /// The module of each top-level function (methods: their class's).
    func_module: HashMap<FuncId, usize>,
    class_module: HashMap<hir::ClassId, usize>,
    /// Per imported module: its top-level function and its "initialised"
    /// flag (a hidden global), which import statements test and set.
    inits: Vec<Option<(FuncId, GlobalId)>>,
    /// Counter for compiler-made variable names (which contain `$`, so no
    /// Python name can collide with them).
    hidden_names: u32,
    /// Set just before checking an expression that is consumed as an
    /// iterable; taken (reset) by the next expression checked.
    views_ok: bool,
    /// Likewise for a generator expression consumed whole (sum(), ...).
    genexp_ok: bool,
    /// User classes, by `ClassId` (see `class.rs`).
    classes: Vec<class::ClassInfo<'a>>,
    /// Fields (declaring class, slot) that some read may find unassigned.
    flagged_fields: std::collections::HashSet<(hir::ClassId, u32)>,
    /// Set while collecting the signatures `@dataclass` generates.
    generating: bool,
    /// Set while checking the operand of a None test, the one place the
    /// `traceback` argument of `__exit__` may be read (see `with.rs`).
    traceback_ok: bool,
    /// The adapter through which each top-level function used as a value
    /// is called (see `closure.rs`).
    adapters: HashMap<FuncId, FuncId>,
    /// The `**kwargs` names of the wrappers being checked, innermost last:
    /// always empty, forwarded by dropping them (see `wrapper.rs`).
    wrapper_kwargs: Vec<String>,
    /// The Callable a decorator factory's specialisation decorates: the
    /// type of its inner decorator's unannotated parameter (`generic.rs`).
    deco_targets: HashMap<FuncId, Ty>,
    /// The target of the specialisation being checked, until a nested
    /// decorator takes it.
    deco_target: Option<Ty>,
    /// Where each global was first assigned, for conflict notes.
    global_first_assigned: HashMap<GlobalId, Span>,
    /// Unannotated top-level functions and their specialisations.
    templates: Vec<generic::Template<'a>>,
    /// Functions that are specialisations of a template (not exported).
    specialisations: std::collections::HashSet<FuncId>,
    /// Functions whose return type was needed while it was being inferred
    /// (recursion); the expression needing it failed without a diagnostic,
    /// and `ensure_body` checks the function again (see there).
    rec_hits: std::collections::HashSet<FuncId>,
    /// Library mode: the script's public functions are exported, so they
    /// must be fully annotated.
    library: bool,
    /// The types of empty displays learned so far, from earlier passes
    /// and this one (see `empty.rs`).
    hints: empty::Hints,
    /// Whether this pass learned a new hint (so it is checked again).
    learned: bool,
    /// The strict pass: reading a pending empty container is an error.
    strict: bool,
    /// Whether a pending empty container was read or left unresolved
    /// (a pass that learns nothing is then followed by a strict one).
    pending_read: bool,
    /// Globals and fields holding pending empty containers (locals: in
    /// their `FnCx`).
    pending: HashMap<empty::PendingVar, empty::Pending>,
    /// Module-level names whose assigning statement failed to check (see
    /// `FnCx::failed_names`).
    failed_globals: std::collections::HashSet<(usize, String)>,
    /// Displays the strict pass has reported.
    pending_reported: std::collections::HashSet<empty::HintKey>,
    /// Globals and fields holding a display typed by its hint, and where.
    resolved: HashMap<empty::PendingVar, Span>,
    /// Where exceptions get their args, and the `e.args` reads to check
    /// against them (see `exc_args.rs`).
    exc_sites: Vec<exc_args::ArgsSite>,
    args_uses: Vec<exc_args::ArgsUse>,
    /// `.args` expressions that `print`/`str`/`repr` consume whole, which
    /// the runtime prints by the tuple's own type codes.
    opaque_args: Vec<Span>,
    /// `e.args` item types a previous pass found (see `check_program`).
    args_hints: exc_args::ArgsHints,
    /// Methods with unannotated parameters, typed by their calls (see
    /// `infer.rs`).
    inferred: HashMap<FuncId, infer::Inferred>,
    /// The call each such parameter's type was learned at, carried from
    /// pass to pass with `hints`.
    param_origins: HashMap<empty::HintKey, infer::Origin>,
}

/// What one pass of the checker gives.
struct Pass {
    result: Result<hir::Module, Vec<Diagnostic>>,
    hints: empty::Hints,
    param_origins: HashMap<empty::HintKey, infer::Origin>,
    learned: bool,
    pending_read: bool,
    /// `e.args` item types to check again with (see `exc_args.rs`).
    args_retry: exc_args::ArgsHints,
}

/// Checks a loaded program: every module, each after the modules it
/// imports, the script last. `main_name` is the script's `__name__`.
/// Returns the HIR only when there were no errors.
///
/// The program is checked to a fixed point over the types of unannotated
/// empty containers (`empty.rs`): a pass that learned one is discarded and
/// the program checked again with it; a pass that learned nothing but left
/// some unresolved is followed by a strict pass that reports them.
///
/// An `e.args` read checked before the sites that decide its item type
/// (a function checked later) is typed by a guess; when the guess was
/// wrong and the sites agree, the program is checked again with their
/// type (`exc_args.rs`). Each pass fixes at least one read.
pub fn check_program(
    program: &Program,
    main_name: &str,
    library: bool,
) -> Result<hir::Module, Vec<Diagnostic>> {
    let mut hints = empty::Hints::new();
    let mut args_hints = exc_args::ArgsHints::new();
    let mut origins = HashMap::new();
    let mut strict = false;
    let mut empty_passes = 0;
    loop {
        let pass = check_pass(
            program,
            main_name,
            library,
            (hints, origins),
            strict,
            &args_hints,
        );
        hints = pass.hints;
        origins = pass.param_origins;
        if !pass.args_retry.is_empty() {
            // Each such pass fixes at least one `e.args` read.
            args_hints.extend(pass.args_retry);
            continue;
        }
        if pass.learned || (pass.pending_read && !strict) {
            strict = strict || !pass.learned;
            empty_passes += 1;
            if empty_passes < empty::MAX_PASSES {
                continue;
            }
            break;
        }
        return pass.result;
    }
    let d = Diagnostic::new(
        Span::default(),
        "internal limit: the types of empty containers did not settle",
    )
    .with_hint("annotate the empty lists, dicts and sets of this program (`xs: list[int] = []`)");
    Err(vec![d.in_file(&program.main().file)])
}

/// One pass of [`check_program`], with the hints learned so far.
fn check_pass(
    program: &Program,
    main_name: &str,
    library: bool,
    (hints, param_origins): (empty::Hints, HashMap<empty::HintKey, infer::Origin>),
    strict: bool,
    args_hints: &exc_args::ArgsHints,
) -> Pass {
    let synth: Vec<_> = program
        .modules
        .iter()
        .map(|m| dataclass::synthesize(&m.file, &m.body))
        .collect();
    let main_file: &SourceFile = &program.main().file;
    let mut ck = Checker {
        file: main_file,
        diags: Vec::new(),
        sigs: Vec::new(),
        defs: Vec::new(),
        bodies: Vec::new(),
        globals: Vec::new(),
        ns: Namespace::default(),
        spaces: (0..program.modules.len())
            .map(|_| Namespace::default())
            .collect(),
        cur: 0,
        program,
        func_module: HashMap::new(),
        class_module: HashMap::new(),
        inits: vec![None; program.modules.len()],
        hidden_names: 0,
        views_ok: false,
        genexp_ok: false,
        classes: Vec::new(),
        flagged_fields: std::collections::HashSet::new(),
        generating: false,
        traceback_ok: false,
        adapters: HashMap::new(),
        wrapper_kwargs: Vec::new(),
        deco_targets: HashMap::new(),
        deco_target: None,
        global_first_assigned: HashMap::new(),
        templates: Vec::new(),
        specialisations: std::collections::HashSet::new(),
        rec_hits: std::collections::HashSet::new(),
        library,
        hints,
        learned: false,
        strict,
        pending_read: false,
        pending: HashMap::new(),
        pending_reported: std::collections::HashSet::new(),
        failed_globals: std::collections::HashSet::new(),
        resolved: HashMap::new(),
        exc_sites: Vec::new(),
        args_uses: Vec::new(),
        opaque_args: Vec::new(),
        args_hints: args_hints.clone(),
        inferred: HashMap::new(),
        param_origins,
    };
    let mut main = None;
    for &k in &program.order {
        let module = &program.modules[k];
        ck.switch_module(k);
        let (synth, synth_diags) = &synth[k];
        ck.ns = Namespace {
            module_name: if k == 0 { main_name } else { &module.name },
            module_assigned: scope::assigned_names(&module.body),
            synthesized: synth
                .iter()
                .map(|s| (s.class.clone(), &s.module.body[..]))
                .collect(),
            aliases: module.aliases.clone(),
            ..Namespace::default()
        };
        ck.diags.extend(synth_diags.iter().cloned());
        let suite = &module.body[..];
        let first_class = ck.classes.len();
        ck.collect_imports(suite);
        ck.bind_imported_names(k);
        ck.collect_classes(suite);
        ck.collect_signatures(suite);
        ck.collect_members(first_class);
        ck.note_instance_assigned_attrs(suite, first_class);
        if k != 0 {
            ck.declare_init(k);
        }
        let body = ck.check_module_body(suite);
        match ck.inits[k] {
            Some((f, _)) => ck.bodies[f.index()] = Some(body),
            None => main = Some(body),
        }
    }
    let mut i = 0;
    // Checking may add functions (per-class copies, specialisations), so
    // re-read the length; templates never called get their verdict last.
    loop {
        while i < ck.sigs.len() {
            ck.ensure_body(FuncId(i as u32));
            i += 1;
        }
        if !ck.finish_templates() {
            break;
        }
    }
    ck.finish_inferred();
    ck.finish_classes();
    let left: Vec<_> = ck.pending.values().cloned().collect();
    for p in left {
        ck.switch_module(p.key.0);
        let after_error = !ck.diags.is_empty();
        ck.unresolved(vec![p], after_error);
    }
    let args_retry = ck.finish_exc_args();
    if !args_retry.is_empty() {
        return Pass {
            result: Err(Vec::new()),
            hints: std::mem::take(&mut ck.hints),
            param_origins: std::mem::take(&mut ck.param_origins),
            learned: false,
            pending_read: false,
            args_retry,
        };
    }
    ck.switch_module(0);
    let (learned, pending_read) = (ck.learned, ck.pending_read);
    let hints = std::mem::take(&mut ck.hints);
    let param_origins = std::mem::take(&mut ck.param_origins);
    let pass = |result| Pass {
        result,
        hints,
        param_origins,
        learned,
        pending_read,
        args_retry: exc_args::ArgsHints::new(),
    };
    if !ck.diags.is_empty() {
        let main_file = program.main().file.clone();
        let mut diags: Vec<Diagnostic> = ck
            .diags
            .into_iter()
            .map(|d| d.in_file(&main_file))
            .collect();
        diags.sort_by(|a, b| {
            let path = |d: &Diagnostic| d.file.as_ref().map(|f| f.path.clone());
            (path(a), a.span.start).cmp(&(path(b), b.span.start))
        });
        // A method compiled again for a class inheriting it through
        // multiple inheritance reports its body's errors again.
        diags.dedup_by(|a, b| {
            a.span == b.span
                && a.message == b.message
                && a.file.as_ref().map(|f| &f.path) == b.file.as_ref().map(|f| &f.path)
        });
        return pass(Err(diags));
    }
    let classes = ck.hir_classes();
    let mut funcs: Vec<hir::Function> = ck.bodies.into_iter().flatten().collect();
    let main_id = FuncId(funcs.len() as u32);
    funcs.push(main.expect("the script is checked last"));
    pass(Ok(hir::Module {
        file: main_file.path.clone(),
        files: program
            .modules
            .iter()
            .map(|m| m.file.path.clone())
            .collect(),
        module_names: std::iter::once(main_name.to_string())
            .chain(program.modules[1..].iter().map(|m| m.name.clone()))
            .collect(),
        name: main_name.to_string(),
        funcs,
        globals: ck.globals,
        main: main_id,
        classes,
        exports: Vec::new(),
    }))
}

impl<'a> Checker<'a> {
    pub fn error(&mut self, span: impl Into<Span>, msg: impl Into<String>) -> Reported {
        self.diags.push(Diagnostic::new(span, msg));
        Reported
    }

    pub fn error_hint(
        &mut self,
        span: impl Into<Span>,
        msg: impl Into<String>,
        hint: impl Into<String>,
    ) -> Reported {
        self.diags.push(Diagnostic::new(span, msg).with_hint(hint));
        Reported
    }

    pub fn unsupported(&mut self, span: impl Into<Span>, what: &str) -> Reported {
        self.error_hint(
            span,
            format!("unsupported syntax: {what}"),
            "pyaot compiles the Python subset listed under 'Supported Python' in its README",
        )
    }

    fn collect_signatures(&mut self, suite: &'a [ast::Stmt]) {
        let mut defs = Vec::new();
        conditional_defs(suite, false, &mut defs);
        for (stmt, conditional) in defs {
            let def = match stmt {
                ast::Stmt::FunctionDef(def) => def,
                ast::Stmt::ClassDef(c) if conditional => {
                    self.error_hint(
                        c.name.range,
                        format!("class '{}' is defined inside a compound statement", c.name),
                        "pyaot collects classes before running the module; define it at the \
                         top level of the module",
                    );
                    continue;
                }
                _ => continue,
            };
            if conditional && (self.is_template(def) || !def.decorator_list.is_empty()) {
                self.failed_globals.insert((self.cur, def.name.to_string()));
                self.error_hint(
                    def.name.range,
                    format!(
                        "function '{}' is defined inside a compound statement (`if`, `try`, ...), \
                         so it is bound when that runs and called as a value",
                        def.name
                    ),
                    "annotate its parameters and leave it undecorated (every definition of the \
                     name with the same signature), or define it at the top level",
                );
                continue;
            }
            if conditional && self.ns.conditional_names.contains(def.name.as_str()) {
                // Another branch's definition: bound to the same global,
                // which must have the same type (checked where it is bound).
            } else if self.ns.func_names.contains_key(def.name.as_str())
                || self.ns.generic_names.contains_key(def.name.as_str())
            {
                self.error_hint(
                    def.name.range,
                    format!("function '{}' is defined twice", def.name),
                    "pyaot binds each top-level function name once; rename one of them",
                );
                continue;
            }
            if self.is_template(def) {
                self.collect_template(def);
                continue;
            }
            let Ok(sig) = self.signature(def) else {
                // Reported; calls of it would only repeat that.
                self.failed_globals.insert((self.cur, def.name.to_string()));
                continue;
            };
            let id = FuncId(self.sigs.len() as u32);
            if def.decorator_list.is_empty() && conditional {
                self.ns.conditional.insert(def.range.start().to_u32(), id);
                self.ns.conditional_names.insert(def.name.to_string());
                self.ns.module_assigned.insert(def.name.to_string());
            } else if def.decorator_list.is_empty() {
                self.ns.func_names.insert(def.name.to_string(), id);
            } else {
                // Calls go through the global the decorators' result is
                // bound to, not straight to the function.
                self.ns.decorated.insert(def.name.to_string(), id);
                self.ns.module_assigned.insert(def.name.to_string());
            }
            self.func_module.insert(id, self.cur);
            self.sigs.push(sig);
            self.defs.push(Some(def));
            self.bodies.push(None);
        }
    }

    fn signature(&mut self, def: &ast::StmtFunctionDef) -> Chk<Signature> {
        self.signature_with(def, def.name.to_string(), None)
    }

    /// The signature of `def`, named `qualname` in messages. `implicit`
    /// is the type of an unannotated first parameter (a method's `self`).
    fn signature_with(
        &mut self,
        def: &ast::StmtFunctionDef,
        qualname: String,
        implicit: Option<Ty>,
    ) -> Chk<Signature> {
        self.signature_inner(def, qualname, implicit, false)
            .map(|(sig, _)| sig)
    }

    /// [`Self::signature_with`]; with `untyped_ok`, an unannotated
    /// parameter is not an error: its type comes from each call (see
    /// `generic.rs`), and the returned mask marks it. Its `ty` is then the
    /// type of its default, or None.
    fn signature_inner(
        &mut self,
        def: &ast::StmtFunctionDef,
        qualname: String,
        implicit: Option<Ty>,
        untyped_ok: bool,
    ) -> Chk<(Signature, Vec<bool>)> {
        let mut untyped = Vec::new();
        let fname = qualname.as_str();
        if def.is_async {
            return Err(self.unsupported(def.name.range, "async functions"));
        }
        if let Some(tp) = &def.type_params {
            return Err(self.unsupported(tp.range, "type parameters"));
        }
        let p = &def.parameters;
        let mut params = Vec::new();
        let mut failed = false;
        let is_exit = implicit.is_some() && def.name.as_str() == "__exit__";
        if is_exit {
            self.check_exit_arity(def)?;
        }
        let mut implicit = implicit;
        for pw in p.posonlyargs.iter().chain(p.args.iter()) {
            let name = pw.parameter.name.to_string();
            if is_exit && implicit.is_none() {
                let ty = self.exit_param(params.len(), pw)?;
                params.push(Param {
                    name,
                    ty,
                    default: None,
                    span: pw.range.into(),
                    kind: hir::ParamKind::Positional,
                });
                untyped.push(false);
                continue;
            }
            if let Some(ty) = implicit.take() {
                let ty = match &pw.parameter.annotation {
                    None => ty,
                    Some(ann) => match self.annotation(ann) {
                        Ok(t) if t == ty => t,
                        Ok(t) => {
                            self.error_hint(
                                ann.range(),
                                format!("'{name}' is annotated {t} but is a {ty}"),
                                "leave the first parameter of a method unannotated",
                            );
                            failed = true;
                            continue;
                        }
                        Err(_) => {
                            failed = true;
                            continue;
                        }
                    },
                };
                if pw.default.is_some() {
                    return Err(
                        self.unsupported(pw.range, "a default for the first parameter of a method")
                    );
                }
                params.push(Param {
                    name,
                    ty,
                    default: None,
                    span: pw.range.into(),
                    kind: hir::ParamKind::Positional,
                });
                untyped.push(false);
                continue;
            }
            if untyped_ok && pw.parameter.annotation.is_none() {
                match self.untyped_param(pw, hir::ParamKind::Positional) {
                    Ok(p) => {
                        params.push(p);
                        untyped.push(true);
                    }
                    Err(_) => failed = true,
                }
                continue;
            }
            match self.annotated_param(pw, fname, hir::ParamKind::Positional) {
                Ok(p) => {
                    params.push(p);
                    untyped.push(false);
                }
                Err(_) => failed = true,
            }
        }
        if let Some(v) = &p.vararg {
            match self.star_param(v, fname) {
                Ok(p) => {
                    params.push(p);
                    untyped.push(false);
                }
                Err(_) => failed = true,
            }
        }
        for pw in &p.kwonlyargs {
            if untyped_ok && pw.parameter.annotation.is_none() {
                match self.untyped_param(pw, hir::ParamKind::KwOnly) {
                    Ok(p) => {
                        params.push(p);
                        untyped.push(true);
                    }
                    Err(_) => failed = true,
                }
                continue;
            }
            match self.annotated_param(pw, fname, hir::ParamKind::KwOnly) {
                Ok(p) => {
                    params.push(p);
                    untyped.push(false);
                }
                Err(_) => failed = true,
            }
        }
        if let Some(k) = &p.kwarg {
            let free = untyped_ok && k.annotation.is_none();
            match self.double_star_param(k, fname, free) {
                Ok(p) => {
                    params.push(p);
                    untyped.push(free);
                }
                Err(_) => failed = true,
            }
        }
        let ret = match &def.returns {
            // A generator function annotated `-> Iterable[T]` returns a
            // generator, which is also an `Iterator[T]`.
            Some(r) => RetTy::Annotated(match self.annotation(r)? {
                Ty::Iterable(t) if generator::contains_yield(&def.body) => Ty::Iter(t),
                t => t,
            }),
            None => RetTy::Unknown,
        };
        let gen_ret = match (&def.returns, &ret) {
            (Some(r), RetTy::Annotated(Ty::Iter(_))) if generator::contains_yield(&def.body) => {
                self.generator_return_annotation(r)?
            }
            _ => Ty::None,
        };
        if implicit.is_some() {
            return Err(self.error_hint(
                def.name.range,
                format!("method '{fname}' has no 'self' parameter"),
                "the first parameter of a method receives the instance; mark methods without one @staticmethod",
            ));
        }
        if failed {
            return Err(Reported);
        }
        Ok((
            Signature {
                name: fname.to_string(),
                params,
                ret,
                gen_ret,
                method: None,
            },
            untyped,
        ))
    }

    /// An unannotated parameter whose type each call gives: typed by its
    /// constant default for now (None without one).
    fn untyped_param(
        &mut self,
        pw: &ast::ParameterWithDefault,
        kind: hir::ParamKind,
    ) -> Chk<Param> {
        let default = match &pw.default {
            Some(d) => Some(self.const_value(d)?),
            None => None,
        };
        Ok(Param {
            name: pw.parameter.name.to_string(),
            ty: default.as_ref().map_or(Ty::None, const_ty),
            default,
            span: pw.range.into(),
            kind,
        })
    }

    /// An annotated parameter of `fname` and its constant default.
    fn annotated_param(
        &mut self,
        pw: &ast::ParameterWithDefault,
        fname: &str,
        kind: hir::ParamKind,
    ) -> Chk<Param> {
        let name = pw.parameter.name.to_string();
        let Some(ann) = &pw.parameter.annotation else {
            return Err(self.error_hint(
                pw.parameter.range,
                format!("parameter '{name}' of function '{fname}' needs a type annotation"),
                format!("write e.g. `{name}: int`; pyaot needs the types of function parameters"),
            ));
        };
        let ty = self.annotation(ann)?;
        let default = match &pw.default {
            Some(d) => Some(self.const_default(d, &ty)?),
            None => None,
        };
        Ok(Param {
            name,
            ty,
            default,
            span: pw.range.into(),
            kind,
        })
    }

    /// `*args: T`: inside the function a `tuple[T, ...]`.
    fn star_param(&mut self, v: &ast::Parameter, fname: &str) -> Chk<Param> {
        let name = v.name.to_string();
        let Some(ann) = &v.annotation else {
            return Err(self.error_hint(
                v.range,
                format!("parameter '*{name}' of function '{fname}' needs a type annotation"),
                format!("write e.g. `*{name}: int`: the type of each extra positional argument"),
            ));
        };
        let elem = self.annotation(ann)?;
        Ok(Param {
            name,
            ty: Ty::VarTuple(Box::new(elem)),
            default: None,
            span: v.range.into(),
            kind: hir::ParamKind::VarArgs,
        })
    }

    /// `**kwargs: T`: inside the function a `dict[str, T]`. Unannotated
    /// (`free`, in a template) its type comes from each call's extra
    /// keyword values (`generic.rs`); the placeholder is an empty dict's.
    fn double_star_param(&mut self, k: &ast::Parameter, fname: &str, free: bool) -> Chk<Param> {
        let name = k.name.to_string();
        let ty = match &k.annotation {
            Some(ann) => Ty::dict(Ty::Str, self.annotation(ann)?),
            None if free => Ty::empty_dict(),
            None => {
                return Err(self.error_hint(
                    k.range,
                    format!("parameter '**{name}' of function '{fname}' needs a type annotation"),
                    format!("write e.g. `**{name}: int`: the type of each extra keyword argument"),
                ))
            }
        };
        Ok(Param {
            name,
            ty,
            default: None,
            span: k.range.into(),
            kind: hir::ParamKind::VarKw,
        })
    }

    /// A default value must be a constant of the parameter's type.
    fn const_default(&mut self, e: &ast::Expr, ty: &Ty) -> Chk<Const> {
        let c = self.const_value(e)?;
        let cty = match &c {
            Const::EmptyList | Const::EmptyDict => {
                return match (&c, ty) {
                    (Const::EmptyList, Ty::List(_)) | (Const::EmptyDict, Ty::Dict(..)) => Ok(c),
                    _ => {
                        Err(self.error(e.range(), format!("default_factory does not make a {ty}")))
                    }
                };
            }
            c => const_ty(c),
        };
        let fits = &cty == ty
            || (cty == Ty::None && matches!(ty, Ty::Class(_)))
            || matches!(ty, Ty::Optional(inner) if cty == Ty::None || **inner == cty);
        if !fits {
            return Err(self.error(
                e.range(),
                format!("default value of type {cty} for a parameter of type {ty}"),
            ));
        }
        Ok(c)
    }

    /// A default value: a constant.
    fn const_value(&mut self, e: &ast::Expr) -> Chk<Const> {
        let c = match e {
            ast::Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => i.as_i64().map(Const::Int),
                ast::Number::Float(f) => Some(Const::Float(*f)),
                ast::Number::Complex { .. } => None,
            },
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
                ast::Expr::NumberLiteral(n) => match &n.value {
                    ast::Number::Int(i) => i.as_i64().map(|v| Const::Int(-v)),
                    ast::Number::Float(f) => Some(Const::Float(-f)),
                    ast::Number::Complex { .. } => None,
                },
                _ => None,
            },
            ast::Expr::BooleanLiteral(b) => Some(Const::Bool(b.value)),
            ast::Expr::StringLiteral(s) => Some(Const::Str(s.value.to_str().to_string())),
            ast::Expr::BytesLiteral(b) => Some(Const::Bytes(b.value.bytes().collect())),
            ast::Expr::NoneLiteral(_) => Some(Const::None),
            ast::Expr::List(l) if self.generating && l.elts.is_empty() => Some(Const::EmptyList),
            ast::Expr::Dict(d) if self.generating && d.items.is_empty() => Some(Const::EmptyDict),
            _ => None,
        };
        let Some(c) = c else {
            return Err(self.error_hint(
                e.range(),
                "unsupported default value: defaults must be constants",
                "use a literal such as 0, 1.5, \"text\", True or None",
            ));
        };
        Ok(c)
    }

    /// The typing name an annotation expression refers to, if it is one
    /// imported with `from typing import ...` (`Optional`, `List`, `Dict`).
    fn typing_name(&self, e: &ast::Expr) -> Option<String> {
        match e {
            ast::Expr::Name(n) => self.ns.typing_names.get(n.id.as_str()).cloned(),
            // `typing.List` after `import typing`.
            ast::Expr::Attribute(a) => match &*a.value {
                ast::Expr::Name(m) if self.ns.typing_modules.contains(m.id.as_str()) => {
                    const TYPING: &[&str] = &[
                        "Optional",
                        "List",
                        "Dict",
                        "Set",
                        "Callable",
                        "Iterator",
                        "Iterable",
                        "Generator",
                        "Deque",
                    ];
                    TYPING
                        .contains(&a.attr.as_str())
                        .then(|| a.attr.to_string())
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Resolves a type annotation.
    pub fn annotation(&mut self, e: &ast::Expr) -> Chk<Ty> {
        self.annotation_at(e, None)
    }

    /// Resolves a type annotation; `at` replaces the spans of its parts in
    /// errors (for the text of a string annotation, whose parts have
    /// spans relative to the string).
    fn annotation_at(&mut self, e: &ast::Expr, at: Option<Span>) -> Chk<Ty> {
        let ty = self.annotation_inner(e, at)?;
        // Containers hold one kind of slot; a slot that may be None needs
        // an element kind of its own first (class types are nullable
        // pointers, which containers do describe).
        let nested_optional = match &ty {
            Ty::List(t) => matches!(**t, Ty::Optional(_)),
            Ty::Dict(_, v, _) => matches!(**v, Ty::Optional(_)),
            Ty::Tuple(items) => items.iter().any(|t| matches!(t, Ty::Optional(_))),
            _ => false,
        };
        if nested_optional {
            return Err(self.error_hint(
                at.unwrap_or_else(|| e.range().into()),
                format!("unsupported type {ty}: Optional values inside containers"),
                "Optional works for variables, parameters and return values; inside a \
                 container, use a sentinel value for now",
            ));
        }
        Ok(ty)
    }

    /// `Optional[inner]`: a class type is nullable already; `Optional[None]`
    /// is just None and `Optional[Optional[T]]` is `Optional[T]`, as in
    /// Python's typing.
    fn optional_of(&mut self, inner: Ty, span: Span) -> Chk<Ty> {
        match inner {
            Ty::None | Ty::Optional(_) | Ty::Class(_) => Ok(inner),
            Ty::Exc => Err(self.error(span, "unsupported type annotation")),
            t => Ok(Ty::Optional(Box::new(t))),
        }
    }

    fn annotation_inner(&mut self, e: &ast::Expr, at: Option<Span>) -> Chk<Ty> {
        const HINT: &str = "supported types are int, float, bool, str, bytes, None, list[T], \
            dict[K, V], set[T], tuple[T1, T2, ...], Optional[T] (or T | None) and classes";
        let span = |r: ruff_text_size::TextRange| at.unwrap_or_else(|| r.into());
        match e {
            ast::Expr::Name(n) => match n.id.as_str() {
                "int" => Ok(Ty::Int),
                "float" => Ok(Ty::Float),
                "bool" => Ok(Ty::Bool),
                "str" => Ok(Ty::Str),
                "bytes" => Ok(Ty::Bytes),
                "None" => Ok(Ty::None),
                "frozenset" => Err(frozenset(self, span(n.range))),
                other => match self.class_ty(other) {
                    Some(t) => Ok(t),
                    None => Err(self.error_hint(
                        span(n.range),
                        format!("unsupported type annotation '{other}'"),
                        HINT,
                    )),
                },
            },
            ast::Expr::NoneLiteral(_) => Ok(Ty::None),
            // A forward reference: "Point", "list[Node]".
            ast::Expr::StringLiteral(s) => {
                let text = s.value.to_str();
                match crate::syntax::parse_annotation(text) {
                    Some(inner) => self.annotation_at(&inner, Some(span(s.range))),
                    None => {
                        Err(self.error_hint(span(s.range), "unsupported type annotation", HINT))
                    }
                }
            }
            // `T | None` and `None | T`.
            ast::Expr::BinOp(b) if b.op == ast::Operator::BitOr => {
                let l = self.annotation_at(&b.left, at)?;
                let r = self.annotation_at(&b.right, at)?;
                match (l, r) {
                    (t, Ty::None) | (Ty::None, t) => self.optional_of(t, span(b.range)),
                    _ => Err(self.error_hint(
                        span(b.range),
                        "unsupported type annotation: a union of two types",
                        "pyaot supports `T | None` (Optional[T]); give the value one type",
                    )),
                }
            }
            ast::Expr::Subscript(s) => {
                let typing = self.typing_name(&s.value);
                match (&*s.value, typing.as_deref()) {
                    (_, Some("Optional")) => {
                        let t = self.annotation_at(&s.slice, at)?;
                        self.optional_of(t, span(s.range))
                    }
                    (_, Some("List")) => Ok(Ty::List(Box::new(self.annotation_at(&s.slice, at)?))),
                    (_, Some("Dict")) => self.dict_annotation(s, at),
                    (_, Some("Set")) => self.set_annotation(s, at),
                    (ast::Expr::Name(n), _) if n.id.as_str() == "set" => self.set_annotation(s, at),
                    (ast::Expr::Name(n), _) if n.id.as_str() == "frozenset" => {
                        Err(frozenset(self, span(s.range)))
                    }
                    (_, Some("Callable")) => self.callable_annotation(s, at),
                    (_, Some("Iterable")) => {
                        Ok(Ty::Iterable(Box::new(self.annotation_at(&s.slice, at)?)))
                    }
                    (_, Some("Iterator" | "Generator")) => self.iterator_annotation(s, at),
                    (_, Some("Deque")) => self.deque_annotation(s, at),
                    (ast::Expr::Name(n), _) if n.id.as_str() == "list" => {
                        Ok(Ty::List(Box::new(self.annotation_at(&s.slice, at)?)))
                    }
                    (ast::Expr::Name(n), _) if n.id.as_str() == "tuple" => self.tuple_annotation(s),
                    (ast::Expr::Name(n), _) if n.id.as_str() == "dict" => {
                        self.dict_annotation(s, at)
                    }
                    (ast::Expr::Name(n), _)
                        if self.native_member(n.id.as_str()).map(|(m, _)| m)
                            == Some("collections") =>
                    {
                        let member = n.id.as_str().trim_start_matches("collections.");
                        self.collections_annotation(member, s, at)
                    }
                    _ => Err(self.error_hint(span(s.range), "unsupported type annotation", HINT)),
                }
            }
            other => Err(self.error_hint(span(other.range()), "unsupported type annotation", HINT)),
        }
    }

    /// `set[T]` (or `typing.Set[T]`) of a hashable `T`.
    fn set_annotation(&mut self, s: &ast::ExprSubscript, at: Option<Span>) -> Chk<Ty> {
        let span = at.unwrap_or_else(|| s.range.into());
        let elem = self.annotation_at(&s.slice, at)?;
        if elem == Ty::None {
            return Err(self.error(span, "unsupported set element type None"));
        }
        self.check_set_elem(&elem, span)?;
        Ok(Ty::Set(Box::new(elem)))
    }

    /// `dict[K, V]` (or `typing.Dict[K, V]`).
    fn dict_annotation(&mut self, s: &ast::ExprSubscript, at: Option<Span>) -> Chk<Ty> {
        let span = at.unwrap_or_else(|| s.range.into());
        let ast::Expr::Tuple(kv) = &*s.slice else {
            return Err(self.error(span, "dict[...] needs a key and a value type"));
        };
        let [k, v] = &kv.elts[..] else {
            return Err(self.error(span, "dict[...] needs a key and a value type"));
        };
        let (k, v) = (self.annotation_at(k, at)?, self.annotation_at(v, at)?);
        if !k.is_hashable_key() {
            return Err(self.error_hint(
                span,
                format!("unsupported dict key type {k}"),
                "dict keys can be int, float, bool, str, or tuples of those (and None)",
            ));
        }
        Ok(Ty::dict(k, v))
    }

    pub fn next_hidden(&mut self) -> u32 {
        self.hidden_names += 1;
        self.hidden_names
    }

    pub fn func_id(&self, name: &str) -> Option<FuncId> {
        let (ns, name) = self.resolve(name)?;
        ns.func_names.get(name).copied()
    }

    /// The `def` of a top-level function or method.
    fn def(&self, id: FuncId) -> &'a ast::StmtFunctionDef {
        self.defs[id.index()].expect("top-level functions and methods have a def")
    }

    pub fn sig(&self, id: FuncId) -> &Signature {
        &self.sigs[id.index()]
    }

    pub fn global_id(&self, name: &str) -> Option<GlobalId> {
        let (ns, name) = self.resolve(name)?;
        ns.global_names.get(name).copied()
    }

    pub fn is_module_assigned(&self, name: &str) -> bool {
        self.resolve(name)
            .is_some_and(|(ns, name)| ns.module_assigned.contains(name))
    }

    /// Declares a global with its type, on its first assignment.
    pub fn declare_global(&mut self, name: &str, ty: Ty) -> GlobalId {
        let id = GlobalId(self.globals.len() as u32);
        self.globals.push(hir::Global {
            name: name.to_string(),
            ty,
        });
        self.ns.global_names.insert(name.to_string(), id);
        id
    }

    /// The return type of a function, inferring it from the body if needed.
    pub fn return_type(&mut self, id: FuncId, _call_span: Span) -> Chk<Ty> {
        match self.sigs[id.index()].ret.clone() {
            RetTy::Annotated(t) | RetTy::Inferred(t) => Ok(t),
            // Recursion: the body is being checked. The caller fails
            // quietly and `ensure_body` checks the function again once its
            // other returns gave the type.
            RetTy::Inferring => {
                self.rec_hits.insert(id);
                Err(Reported)
            }
            RetTy::Failed => Err(Reported),
            RetTy::Unknown => {
                self.ensure_body(id);
                match &self.sigs[id.index()].ret {
                    RetTy::Inferred(t) => Ok(t.clone()),
                    _ => Err(Reported),
                }
            }
        }
    }

    /// Checks a function's body once.
    ///
    /// A function whose return type is inferred may need that type in its
    /// own body (recursion, directly or through other functions). Such a
    /// call fails quietly and is recorded in `rec_hits`; the body's other
    /// returns then give the type, and the body is checked again with it
    /// (the first attempt's diagnostics, which may come from the missing
    /// value, are dropped). A function that needed the return type of an
    /// *enclosing* inference is reset, to be checked again later.
    fn ensure_body(&mut self, id: FuncId) {
        if self.bodies[id.index()].is_some()
            || matches!(self.sigs[id.index()].ret, RetTy::Inferring | RetTy::Failed)
        {
            return;
        }
        // An `__init__` is checked as part of its class's fields, which
        // come back here. A method whose parameter types its calls have
        // not taught yet is checked in a later pass (`infer.rs`).
        if self.params_pending(id) || self.init_waits_for_fields(id) {
            return;
        }
        let annotated = match &self.sigs[id.index()].ret {
            RetTy::Annotated(t) => Some(t.clone()),
            RetTy::Inferred(_) => return,
            _ => None,
        };
        if annotated.is_none() {
            self.sigs[id.index()].ret = RetTy::Inferring;
        }
        let Some(def) = self.defs[id.index()] else {
            return;
        };
        let back = self.cur;
        self.switch_module(self.module_of(id));
        let outer = std::mem::take(&mut self.rec_hits);
        let first = self.check_body(id, def, annotated.clone());
        let mut hits = std::mem::replace(&mut self.rec_hits, outer);
        if !hits.is_empty() {
            self.drop_diags_within(def.range.into());
            self.bodies[id.index()] = None;
            let own = hits.remove(&id);
            if !hits.is_empty() {
                if annotated.is_none() {
                    self.sigs[id.index()].ret = RetTy::Unknown;
                }
                self.rec_hits.extend(hits);
            } else if own {
                self.recheck_recursive(id, def, first);
            }
        }
        self.switch_module(back);
    }

    /// Checks recursive function `id` again, its recursive calls typed by
    /// `first`, the type of its first return that did not need them.
    fn recheck_recursive(&mut self, id: FuncId, def: &'a ast::StmtFunctionDef, first: Option<Ty>) {
        let name = self.sigs[id.index()].name.clone();
        let first = first.or_else(|| (!generic::returns_value(&def.body)).then_some(Ty::None));
        let Some(t) = first else {
            self.sigs[id.index()].ret = RetTy::Failed;
            self.error_hint(
                def.name.range,
                format!("cannot infer the return type of recursive function '{name}'"),
                format!(
                    "every return of '{name}' depends on its own result; annotate it, \
                     e.g. `def {name}(...) -> int:`"
                ),
            );
            return;
        };
        self.sigs[id.index()].ret = RetTy::Inferred(t.clone());
        let errors_before = self.diags.len();
        let outer = std::mem::take(&mut self.rec_hits);
        self.check_body(id, def, None);
        let hits = std::mem::replace(&mut self.rec_hits, outer);
        debug_assert!(hits.is_empty(), "the return type is known now");
        let got = match &self.sigs[id.index()].ret {
            RetTy::Inferred(got) => got.clone(),
            _ => return,
        };
        if got != t && self.diags.len() == errors_before {
            self.error_hint(
                def.name.range,
                format!("function '{name}' returns {got}, but its recursive calls were typed {t}"),
                format!("annotate its return type, e.g. `def {name}(...) -> {got}:`"),
            );
        }
    }

    /// Drops the diagnostics of the current module inside `span` (a body
    /// about to be checked again, which reports them again).
    fn drop_diags_within(&mut self, span: Span) {
        let file = &self.program.modules[self.cur].file;
        self.diags.retain(|d| {
            let here = d
                .file
                .as_ref()
                .is_none_or(|f| std::sync::Arc::ptr_eq(f, file) || f.path == file.path);
            !(here && d.span.start >= span.start && d.span.end <= span.end)
        });
    }

    /// Checks the body of function `id` (in its module).
    /// Returns the type of the first `return` (of an unannotated function).
    fn check_body(
        &mut self,
        id: FuncId,
        def: &'a ast::StmtFunctionDef,
        annotated: Option<Ty>,
    ) -> Option<Ty> {
        let annotated_ret = annotated.is_some();
        let params = self.sigs[id.index()].params.clone();
        let mut cx = FnCx::for_function(def, &params, annotated.clone());
        cx.gen_ret = self.sigs[id.index()].gen_ret.clone();
        cx.ctx = context_key(&self.sigs[id.index()]);
        if let Some(t) = self.deco_targets.get(&id) {
            // A decorator factory's specialisation: the hints of its empty
            // displays are its own.
            cx.ctx = format!("{}@{t}", cx.ctx);
        }
        let outer_target =
            std::mem::replace(&mut self.deco_target, self.deco_targets.get(&id).cloned());
        self.method_cx(&mut cx, id);
        let errors_before = self.diags.len();
        let body = self.block(&mut cx, &def.body);
        self.deco_target = outer_target;
        let left = std::mem::take(&mut cx.pending).into_values().collect();
        self.unresolved(left, cx.failed_stmt);
        self.finish_method_cx(&mut cx);
        let generator = cx.is_gen;
        let first_return = cx.inferred_ret.clone();
        let ret = match annotated {
            Some(t) => t,
            None => cx.inferred_ret.clone().unwrap_or(Ty::None),
        };
        // After an error the body is incomplete, so this check would mislead.
        let clean = self.diags.len() == errors_before;
        if !matches!(self.sigs[id.index()].ret, RetTy::Annotated(_)) {
            // A body with errors may have lost the returns that give its
            // type: its callers fail quietly rather than report
            // consequences of a wrong guess.
            self.sigs[id.index()].ret = if clean {
                RetTy::Inferred(ret.clone())
            } else {
                RetTy::Failed
            };
        }
        if clean && !cx.falls_off_end_ok(&ret) && stmt::may_fall_through(&body) {
            self.error_hint(
                def.name.range,
                format!(
                    "function '{}' is annotated -> {ret} but can reach its end without returning",
                    def.name
                ),
                "add a return statement at the end",
            );
        }
        self.bodies[id.index()] = Some(hir::Function {
            name: def.name.to_string(),
            params: (0..params.len() as u32).map(hir::LocalId).collect(),
            defaults: params.iter().map(|p| p.default.clone()).collect(),
            param_kinds: params.iter().map(|p| p.kind).collect(),
            locals: cx.into_locals(),
            ret,
            ret_annotated: annotated_ret,
            doc: docstring(&def.body),
            body,
            span: def.range.into(),
            name_span: def.name.range.into(),
            top_level: self.sigs[id.index()].method.is_none()
                && !self.specialisations.contains(&id)
                && !self.ns.decorated.values().any(|&d| d == id)
                && !self.ns.conditional.values().any(|&d| d == id),
            hidden_frame: false,
            module: self.cur as u32,
            generator,
        });
        first_return
    }

    fn check_module_body(&mut self, suite: &[ast::Stmt]) -> hir::Function {
        let mut cx = FnCx::for_module();
        // Module variables are globals; only comprehension variables that
        // lambdas capture live in cells.
        cx.captured = closure::Uses::of_body(suite).captured;
        cx.ctx = "<module>".to_string();
        let body = self.block(&mut cx, suite);
        let left = std::mem::take(&mut cx.pending).into_values().collect();
        self.unresolved(left, cx.failed_stmt);
        hir::Function {
            name: "<module>".to_string(),
            params: Vec::new(),
            defaults: Vec::new(),
            param_kinds: Vec::new(),
            locals: cx.into_locals(),
            ret: Ty::None,
            ret_annotated: true,
            doc: docstring(suite),
            name_span: Span::default(),
            top_level: false,
            hidden_frame: false,
            module: self.cur as u32,
            generator: false,
            body,
            span: Span::default(),
        }
    }
}

/// The `def`s and `class`es of a module body, each with whether it stands
/// inside a compound statement (`if`/`else`, `try`/`except`/`else`/
/// `finally`, `with`, loops), where it binds its name only when it runs.
fn conditional_defs<'a>(
    suite: &'a [ast::Stmt],
    inside: bool,
    out: &mut Vec<(&'a ast::Stmt, bool)>,
) {
    for stmt in suite {
        match stmt {
            ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => out.push((stmt, inside)),
            ast::Stmt::If(i) => {
                conditional_defs(&i.body, true, out);
                for c in &i.elif_else_clauses {
                    conditional_defs(&c.body, true, out);
                }
            }
            ast::Stmt::Try(t) => {
                conditional_defs(&t.body, true, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    conditional_defs(&h.body, true, out);
                }
                conditional_defs(&t.orelse, true, out);
                conditional_defs(&t.finalbody, true, out);
            }
            ast::Stmt::With(w) => conditional_defs(&w.body, true, out),
            ast::Stmt::For(f) => {
                conditional_defs(&f.body, true, out);
                conditional_defs(&f.orelse, true, out);
            }
            ast::Stmt::While(w) => {
                conditional_defs(&w.body, true, out);
                conditional_defs(&w.orelse, true, out);
            }
            _ => {}
        }
    }
}

/// What distinguishes one check of a function from another for the hints
/// of its empty displays: its name and parameter types (a template's
/// specialisations, a class method's per-class copies differ).
fn context_key(sig: &Signature) -> String {
    let params: Vec<String> = sig.params.iter().map(|p| p.ty.to_string()).collect();
    format!("{}({})", sig.name, params.join(", "))
}

/// The type of a constant (an empty list or dict: of None items, a
/// placeholder its context replaces).
fn const_ty(c: &Const) -> Ty {
    match c {
        Const::Int(_) => Ty::Int,
        Const::Float(_) => Ty::Float,
        Const::Bool(_) => Ty::Bool,
        Const::Str(_) => Ty::Str,
        Const::Bytes(_) => Ty::Bytes,
        Const::None => Ty::None,
        Const::EmptyList => Ty::List(Box::new(Ty::None)),
        Const::EmptyDict => Ty::empty_dict(),
    }
}

/// The docstring of a body: its first statement, if a string literal.
pub(super) fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match body.first()? {
        ast::Stmt::Expr(e) => match &*e.value {
            ast::Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// The diagnostic for `frozenset`, which pyaot does not implement.
fn frozenset(ck: &mut Checker<'_>, span: Span) -> Reported {
    ck.error_hint(
        span,
        "unsupported: frozenset",
        "use set[T] (pyaot sets cannot be set elements or dict keys, as frozensets could)",
    )
}
