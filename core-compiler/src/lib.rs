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

/// Compiles a program's main module to an object file with the given entry.
pub fn compile_to_object(file: &SourceFile, entry: Entry) -> Result<Vec<u8>, CompileError> {
    let hir = check(file, "__main__")?;
    compile_hir(&hir, file, &entry)
}

/// Parses and checks one module; `module_name` is its `__name__`.
pub fn check(file: &SourceFile, module_name: &str) -> Result<hir::Module, CompileError> {
    let module = syntax::parse(file).map_err(CompileError::Diagnostics)?;
    check::check_module(file, &module.body, module_name).map_err(CompileError::Diagnostics)
}

/// Generates the object file of a checked module.
pub fn compile_hir(
    hir: &hir::Module,
    file: &SourceFile,
    entry: &Entry,
) -> Result<Vec<u8>, CompileError> {
    codegen::compile(hir, file, entry).map_err(|e| CompileError::Internal(e.to_string()))
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
