//! pyaot's compiler core: Python source in, native object code out.
//!
//! Pipeline (each stage a module; data flows one way):
//! [`syntax`] (ruff parser adapter) -> [`check`] (names, types, typed HIR)
//! -> [`codegen`] (Cranelift, object file) -> [`link`] (system `cc`).
//! Apart from [`link`], the core does no IO: problems are [`Diagnostic`]
//! values, rendered by the caller.

pub mod check;
pub mod codegen;
pub mod diagnostic;
pub mod hir;
pub mod library;
pub mod link;
pub mod modules;
pub mod raises;
pub mod source;
pub mod syntax;
pub mod types;

pub use codegen::Entry;
pub use diagnostic::{render, Diagnostic};
pub use source::{SourceFile, Span};

/// Why a compile failed.
#[derive(Debug)]
pub enum CompileError {
    /// Problems in the user's program.
    Diagnostics(Vec<Diagnostic>),
    /// A bug or limit in pyaot itself.
    Internal(String),
}

/// Loads, checks and compiles a program (the script `file` and the
/// modules it imports, read through `read`) to an object file.
pub fn compile_to_object(
    file: &SourceFile,
    read: modules::Reader<'_>,
    entry: Entry,
) -> Result<Vec<u8>, CompileError> {
    let program = load(file, read)?;
    let hir = check(&program, "__main__")?;
    compile_hir(&hir, &program, &entry)
}

/// Finds and parses the script `file` and every module it imports.
pub fn load(
    file: &SourceFile,
    read: modules::Reader<'_>,
) -> Result<modules::Program, CompileError> {
    modules::load(file.clone(), read).map_err(CompileError::Diagnostics)
}

/// Checks a loaded program; `module_name` is the script's `__name__`.
pub fn check(program: &modules::Program, module_name: &str) -> Result<hir::Module, CompileError> {
    check::check_program(program, module_name, false).map_err(CompileError::Diagnostics)
}

/// Checks a loaded program for library mode: like [`check`], except that
/// the script's public functions, which are exported with their
/// signatures, must be fully annotated.
pub fn check_library(
    program: &modules::Program,
    module_name: &str,
) -> Result<hir::Module, CompileError> {
    check::check_program(program, module_name, true).map_err(CompileError::Diagnostics)
}

/// Generates the object file of a checked program.
pub fn compile_hir(
    hir: &hir::Module,
    program: &modules::Program,
    entry: &Entry,
) -> Result<Vec<u8>, CompileError> {
    let files: Vec<&SourceFile> = program.modules.iter().map(|m| &*m.file).collect();
    codegen::compile(hir, &files, entry).map_err(|e| CompileError::Internal(e.to_string()))
}

/// Decodes source bytes; invalid UTF-8 is a diagnostic at the first bad byte.
pub fn decode_source(
    path: &str,
    bytes: &[u8],
) -> Result<SourceFile, Box<(SourceFile, Diagnostic)>> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(path, text)),
        Err(e) => {
            let at = e.valid_up_to() as u32;
            let file = SourceFile::new(path, String::from_utf8_lossy(bytes).into_owned());
            let diag = Diagnostic::new(Span::new(at, at), "source is not valid UTF-8")
                .with_hint("Python source files must be UTF-8 encoded (PEP 3120)");
            Err(Box::new((file, diag)))
        }
    }
}
