//! Adapter over `ruff_python_parser`: text in, AST or diagnostics out.

use crate::diagnostic::Diagnostic;
use crate::source::{SourceFile, Span};
use ruff_python_ast as ast;

/// Parses a module. Syntax errors come back as diagnostics (all of them).
pub fn parse(file: &SourceFile) -> Result<ast::ModModule, Vec<Diagnostic>> {
    match ruff_python_parser::parse_module(&file.text) {
        Ok(parsed) => Ok(parsed.into_syntax()),
        Err(err) => Err(vec![Diagnostic::new(
            Span::from(err.location),
            format!("syntax error: {}", err.error),
        )
        .with_hint("this is not valid Python 3 syntax")]),
    }
}
