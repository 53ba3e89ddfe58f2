//! Source files and positions.
//!
//! A [`SourceFile`] owns the text of one module and answers "which line and
//! column is this byte offset". Columns are 1-based and count characters,
//! as CPython and editors do.

/// A half-open byte range `[start, end)` into one [`SourceFile`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: u32, end: u32) -> Self {
        Span { start, end }
    }
}

impl From<ruff_text_size::TextRange> for Span {
    fn from(r: ruff_text_size::TextRange) -> Self {
        Span::new(r.start().to_u32(), r.end().to_u32())
    }
}

/// One Python module's text and the path it is shown under.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFile {
    /// The path as shown to users (in diagnostics and tracebacks).
    pub path: String,
    pub text: String,
    /// Byte offset at which each line starts; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based (line, column) of a byte offset; the column counts characters.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_of(offset);
        let start = self.line_starts[line as usize - 1] as usize;
        let end = (offset as usize).min(self.text.len());
        let col = self.text.get(start..end).map_or(0, |s| s.chars().count());
        (line, col as u32 + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let f = SourceFile::new("a.py", "x = 1\né = 'é'\n");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(4), (1, 5));
        assert_eq!(f.line_col(6), (2, 1));
        // The quote after "é = " is the 5th character even though é is 2 bytes.
        assert_eq!(f.line_col(11), (2, 5));
    }
}
