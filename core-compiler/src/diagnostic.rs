//! User-facing compile errors.
//!
//! Every stage reports problems as [`Diagnostic`] values; nothing prints.
//! The edge (the CLI) renders them once with [`render`], which shows
//! `file:line:col`, the source line, a caret under the span and a hint.

use crate::source::{SourceFile, Span};
use annotate_snippets::{Level, Renderer, Snippet};
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub span: Span,
    /// What is wrong, in CPython's words where CPython has words for it.
    pub message: String,
    /// What the user can do about it.
    pub hint: Option<String>,
    /// The file `span` points into, when it is not the one the caller
    /// renders against (an imported module).
    pub file: Option<Arc<SourceFile>>,
    /// Other places that explain the error (where a variable got its
    /// first type), each with its label; in the same file as `span`.
    pub notes: Vec<(Span, String)>,
}

impl Diagnostic {
    pub fn new(span: impl Into<Span>, message: impl Into<String>) -> Self {
        Diagnostic {
            span: span.into(),
            message: message.into(),
            hint: None,
            file: None,
            notes: Vec::new(),
        }
    }

    /// Says which file the span points into, unless already said.
    pub fn in_file(mut self, file: &Arc<SourceFile>) -> Self {
        if self.file.is_none() {
            self.file = Some(file.clone());
        }
        self
    }

    /// Adds a secondary location, shown under its own caret with `label`.
    pub fn with_note(mut self, span: impl Into<Span>, label: impl Into<String>) -> Self {
        self.notes.push((span.into(), label.into()));
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// Renders one diagnostic against the file it points into.
pub fn render(diag: &Diagnostic, file: &SourceFile, color: bool) -> String {
    let file = diag.file.as_deref().unwrap_or(file);
    let len = file.text.len();
    let start = (diag.span.start as usize).min(len);
    // A zero-width span still gets a one-character caret, unless at EOF.
    let end = (diag.span.end as usize).clamp(start, len);
    let end = if end == start && start < len {
        next_char_boundary(&file.text, start)
    } else {
        end
    };
    let mut snippet = Snippet::source(&file.text)
        .line_start(1)
        .origin(&file.path)
        .fold(true)
        .annotation(Level::Error.span(start..end));
    for (span, label) in &diag.notes {
        let (s, e) = caret_range(&file.text, *span);
        snippet = snippet.annotation(Level::Note.span(s..e).label(label));
    }
    let mut message = Level::Error.title(&diag.message).snippet(snippet);
    if let Some(hint) = &diag.hint {
        message = message.footer(Level::Help.title(hint));
    }
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let rendered = renderer.render(message).to_string();
    rendered
}

/// The byte range a caret covers for `span`: clamped to the text, and one
/// character wide when empty.
fn caret_range(text: &str, span: Span) -> (usize, usize) {
    let start = (span.start as usize).min(text.len());
    let end = (span.end as usize).clamp(start, text.len());
    if end == start && start < text.len() {
        (start, next_char_boundary(text, start))
    } else {
        (start, end)
    }
}

fn next_char_boundary(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(at, |c| at + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_caret_and_hint() {
        let file = SourceFile::new("t.py", "x = 1\nprint(x + \"a\")\n");
        let d = Diagnostic::new(
            Span::new(12, 19),
            "unsupported operand type(s) for +: 'int' and 'str'",
        )
        .with_hint("convert one side");
        let out = render(&d, &file, false);
        assert!(
            out.contains("error: unsupported operand type(s) for +: 'int' and 'str'"),
            "{out}"
        );
        assert!(out.contains("--> t.py:2:7"), "{out}");
        assert!(out.contains("print(x + \"a\")"), "{out}");
        assert!(out.contains("^^^^^^^"), "{out}");
        assert!(out.contains("help: convert one side"), "{out}");
    }
}
