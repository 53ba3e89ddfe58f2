//! Adapter over `ruff_python_parser`: text in, AST or diagnostics out.
//!
//! The grammar is Python 3.11's (the version pyaot matches): syntax that
//! only later versions accept, such as 3.12's nested f-string quotes, is
//! reported as a syntax error, as CPython 3.11 would.

use crate::diagnostic::Diagnostic;
use crate::source::{SourceFile, Span};
use ruff_python_ast::{self as ast, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions};

/// Parses a module. Syntax errors come back as diagnostics (all of them).
pub fn parse(file: &SourceFile) -> Result<ast::ModModule, Vec<Diagnostic>> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = match ruff_python_parser::parse(&file.text, options) {
        Ok(parsed) => parsed,
        Err(err) => {
            return Err(vec![Diagnostic::new(
                Span::from(err.location),
                format!("syntax error: {}", err.error),
            )
            .with_hint("this is not valid Python 3 syntax")])
        }
    };
    let too_new: Vec<Diagnostic> = parsed
        .unsupported_syntax_errors()
        .iter()
        .map(|e| {
            Diagnostic::new(Span::from(e.range), format!("syntax error: {e}"))
                .with_hint("pyaot follows Python 3.11, which does not accept this syntax")
        })
        .collect();
    if !too_new.is_empty() {
        return Err(too_new);
    }
    match parsed.try_into_module() {
        Some(m) => Ok(m.into_syntax()),
        None => Err(vec![Diagnostic::new(
            Span::default(),
            "syntax error: not a module",
        )]),
    }
}

/// Parses the text of a string annotation (`"Point"`, `"list[Node]"`) as
/// an expression; None if it is not one. Ranges in the result are
/// relative to the text.
pub fn parse_annotation(text: &str) -> Option<ast::Expr> {
    let parsed = ruff_python_parser::parse_expression(text).ok()?;
    Some(*parsed.into_syntax().body)
}
