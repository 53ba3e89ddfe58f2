//! The traceback of the pending exception, and its CPython-style report.
//!
//! As an exception propagates out of a frame, compiled code calls
//! `pyaot_traceback_add` (innermost frame first). [`render`] prints the
//! frames outermost first, exactly as CPython 3.11's C traceback printer
//! does, including its cap of 1000 frames (`sys.tracebacklimit`'s default)
//! and its folding of more than 3 identical consecutive entries into
//! `[Previous line repeated N more times]`.
//!
//! Source lines are read only when rendering. Known difference from
//! CPython 3.11: it also underlines the failing expression (`~~^~~`), which
//! needs column ranges that the ABI does not carry yet.

use crate::exc::ExcObj;
use crate::global::runtime_global;
use crate::object;
use crate::sink::ByteSink;
use crate::str_obj::{self, Str};
use crate::{int_text, io};
use alloc::vec::Vec;

/// One traceback entry; the strings are owned references.
pub struct Frame {
    file: *mut Str,
    func: *mut Str,
    line: i64,
}

runtime_global! {
    /// Frames of the pending exception, innermost first.
    static FRAMES: Vec<Frame> = Vec::new();
}

/// CPython's default `sys.tracebacklimit`: only the innermost 1000 frames.
const TRACEBACK_LIMIT: usize = 1000;
/// CPython's `TB_RECURSIVE_CUTOFF`: identical entries shown before folding.
const RECURSIVE_CUTOFF: usize = 3;

/// Drops all collected frames.
pub fn clear() {
    let frames = FRAMES.with(core::mem::take);
    for frame in frames {
        // SAFETY: each frame owns one reference to each string.
        unsafe {
            object::decref(frame.file.cast());
            object::decref(frame.func.cast());
        }
    }
}

/// Takes the collected frames, leaving none (to set them aside while
/// other code raises and catches; see [`restore_frames`]).
pub fn take_frames() -> Vec<Frame> {
    FRAMES.with(core::mem::take)
}

/// Puts frames taken by [`take_frames`] back, dropping any collected since.
pub fn restore_frames(saved: Vec<Frame>) {
    clear();
    FRAMES.with(|frames| *frames = saved);
}

/// `void pyaot_traceback_add(const Str *file, const Str *func, int64_t line)`:
/// records that the pending exception is leaving `func` (in `file`, at
/// `line`). Call once per frame, innermost first. Borrows both strings.
///
/// # Safety
/// `file` and `func` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_traceback_add(file: *const Str, func: *const Str, line: i64) {
    // SAFETY: live strings (caller); the frame keeps its own references.
    unsafe {
        object::incref(file.cast());
        object::incref(func.cast());
    }
    FRAMES.with(|frames| {
        frames.push(Frame {
            file: file.cast_mut(),
            func: func.cast_mut(),
            line,
        })
    });
}

/// Writes the report for exception `e` with the collected frames: the
/// traceback (if any frame was recorded) and the `Name: message` line.
pub fn render(e: &ExcObj, out: &mut impl ByteSink) {
    FRAMES.with(|frames| render_frames(frames, out));
    // SAFETY: exception and class names are immortal strings.
    out.put(unsafe { str_obj::bytes(crate::exc::class_name(e)) });
    // A user class's `__str__` runs now, as CPython calls it to print.
    // SAFETY: a live exception; the thunk belongs to its class.
    let custom = unsafe { crate::instance::str_method(e.class) }
        .map(|f| unsafe { f((e as *const ExcObj).cast_mut().cast()) });
    let message = match custom {
        None => e.message,
        Some(s) if s.is_null() => {
            crate::exc::clear();
            crate::str_obj::static_str!("<exception str() failed>")
        }
        Some(s) => s,
    };
    // SAFETY: a live string.
    let text = unsafe { str_obj::bytes(message) };
    if !text.is_empty() {
        out.put(b": ");
        out.put(text);
    }
    out.put_byte(b'\n');
    if let Some(s) = custom {
        // SAFETY: the thunk's result is ours (NULL is a no-op).
        unsafe { crate::object::decref(s.cast()) };
    }
}

/// Mirrors `tb_print_internal` in CPython's Python/traceback.c.
fn render_frames(frames: &[Frame], out: &mut impl ByteSink) {
    if frames.is_empty() {
        return;
    }
    out.put(b"Traceback (most recent call last):\n");
    let mut sources = SourceCache::default();
    let mut last: Option<(&[u8], &[u8], i64)> = None;
    let mut count = 0;
    let skip = frames.len().saturating_sub(TRACEBACK_LIMIT);
    for frame in frames.iter().rev().skip(skip) {
        // SAFETY: frames own live strings.
        let key = unsafe {
            (
                str_obj::bytes(frame.file),
                str_obj::bytes(frame.func),
                frame.line,
            )
        };
        if last != Some(key) {
            render_repeats(count, out);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            render_frame(key, &mut sources, out);
        }
    }
    render_repeats(count, out);
}

fn render_frame(
    (file, func, line): (&[u8], &[u8], i64),
    sources: &mut SourceCache,
    out: &mut impl ByteSink,
) {
    out.put(b"  File \"");
    out.put(file);
    out.put(b"\", line ");
    int_text::write_i64(out, line);
    out.put(b", in ");
    out.put(func);
    out.put_byte(b'\n');
    if let Some(text) = sources.line(file, line) {
        out.put(b"    ");
        out.put(text);
        out.put_byte(b'\n');
    }
}

/// CPython's `tb_print_line_repeated`, for `count` identical entries.
fn render_repeats(count: usize, out: &mut impl ByteSink) {
    if count <= RECURSIVE_CUTOFF {
        return;
    }
    let more = count - RECURSIVE_CUTOFF;
    out.put(b"  [Previous line repeated ");
    int_text::write_i64(out, more as i64);
    out.put(if more > 1 {
        b" more times]\n".as_slice()
    } else {
        b" more time]\n"
    });
}

/// The most recently read source file, so deep recursion reads it once.
#[derive(Default)]
struct SourceCache {
    path: Vec<u8>,
    text: Option<Vec<u8>>,
}

impl SourceCache {
    /// Line `line` (1-based) of `path` as CPython displays it, or None if
    /// the file or line cannot be read.
    fn line(&mut self, path: &[u8], line: i64) -> Option<&[u8]> {
        if self.text.is_none() || self.path != path {
            self.path = path.to_vec();
            self.text = io::read_file(path);
        }
        source_line(self.text.as_deref()?, line)
    }
}

/// Line `line` (1-based) of `text` with its indentation and newline removed.
///
/// Like CPython, lines end at `\n`, `\r\n` or `\r` (universal newlines), a
/// UTF-8 BOM is skipped, only the indentation (spaces, tabs, form feeds) is
/// stripped (trailing blanks stay) and undecodable lines are not shown.
pub fn source_line(text: &[u8], line: i64) -> Option<&[u8]> {
    let index = usize::try_from(line).ok()?.checked_sub(1)?;
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
    let raw = universal_lines(text).nth(index)?;
    let start = raw
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .unwrap_or(raw.len());
    let stripped = raw.get(start..)?;
    core::str::from_utf8(stripped).ok()?;
    Some(stripped)
}

/// Splits at `\n`, `\r\n` and `\r`, without the terminators.
fn universal_lines(mut text: &[u8]) -> impl Iterator<Item = &[u8]> {
    core::iter::from_fn(move || {
        if text.is_empty() {
            return None;
        }
        let end = text
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(text.len());
        let (line, rest) = text.split_at(end);
        text = match rest {
            [b'\r', b'\n', tail @ ..] | [_, tail @ ..] => tail,
            [] => rest,
        };
        Some(line)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::{self, ExcKind};
    use crate::test_util::s;
    use std::string::String;

    fn report() -> String {
        let mut out = Vec::new();
        if let Some(e) = exc::take() {
            // SAFETY: `take` handed us a live exception, released below.
            unsafe {
                render(e.as_ref(), &mut out);
                object::decref(e.as_ptr().cast());
            }
        }
        exc::clear();
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn no_frames_just_the_exception_line() {
        exc::raise(ExcKind::ValueError, b"");
        assert_eq!(report(), "ValueError\n");
        exc::raise(ExcKind::ValueError, b"x");
        assert_eq!(report(), "ValueError: x\n");
    }

    #[test]
    fn frames_outermost_first_with_source() {
        let dir = std::env::temp_dir().join(format!("pyaot-tb-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.py");
        std::fs::write(&path, "def f():\r\n    return 1 // 0   \r\nf()\n").unwrap();
        let file = s(path.to_str().unwrap());
        exc::raise(
            ExcKind::ZeroDivisionError,
            b"integer division or modulo by zero",
        );
        // SAFETY: live strings.
        unsafe {
            pyaot_traceback_add(file, s("f"), 2);
            pyaot_traceback_add(file, s("<module>"), 3);
        }
        let p = path.display();
        // As CPython 3.11 prints it (minus the ~~^^~~ line), trailing blanks kept.
        assert_eq!(
            report(),
            format!(
                "Traceback (most recent call last):\n  File \"{p}\", line 3, in <module>\n    f()\n  \
                 File \"{p}\", line 2, in f\n    return 1 // 0   \n\
                 ZeroDivisionError: integer division or modulo by zero\n"
            )
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn repeated_frames_are_folded() {
        // python3 -c 'def f(n): return 1 // 0 if n == 0 else f(n - 1)' ... f(10):
        // 3 entries shown, then "[Previous line repeated 8 more times]".
        exc::raise(ExcKind::RecursionError, b"maximum recursion depth exceeded");
        let file = s("/nonexistent/x.py");
        // SAFETY: live strings.
        unsafe {
            pyaot_traceback_add(file, s("g"), 5);
            for _ in 0..11 {
                pyaot_traceback_add(file, s("f"), 4);
            }
            pyaot_traceback_add(file, s("<module>"), 9);
        }
        let entry = "  File \"/nonexistent/x.py\", line 4, in f\n";
        assert_eq!(
            report(),
            format!(
                "Traceback (most recent call last):\n  File \"/nonexistent/x.py\", line 9, in <module>\n\
                 {entry}{entry}{entry}  [Previous line repeated 8 more times]\n\
                 \x20 File \"/nonexistent/x.py\", line 5, in g\nRecursionError: maximum recursion depth exceeded\n"
            )
        );
        exc::raise(ExcKind::RecursionError, b"");
        // SAFETY: live strings.
        unsafe {
            for _ in 0..4 {
                pyaot_traceback_add(file, s("f"), 4);
            }
        }
        assert!(report().ends_with("  [Previous line repeated 1 more time]\nRecursionError\n"));
    }

    #[test]
    fn only_the_innermost_thousand_frames() {
        exc::raise(ExcKind::ValueError, b"");
        let file = s("x.py");
        // SAFETY: live strings.
        unsafe {
            for line in (1..=1005).rev() {
                pyaot_traceback_add(file, s("f"), line);
            }
        }
        let out = report();
        assert!(
            out.starts_with("Traceback (most recent call last):\n  File \"x.py\", line 6, in f\n")
        );
        assert_eq!(out.matches("File").count(), 1000);
    }

    #[test]
    fn source_lines() {
        let text = b"\xEF\xBB\xBFa = 1\n\t\x0c  b = 2  \rc\r\nd";
        assert_eq!(source_line(text, 1), Some(b"a = 1".as_slice()));
        assert_eq!(source_line(text, 2), Some(b"b = 2  ".as_slice()));
        assert_eq!(source_line(text, 3), Some(b"c".as_slice()));
        assert_eq!(source_line(text, 4), Some(b"d".as_slice()));
        assert_eq!(source_line(text, 5), None);
        assert_eq!(source_line(text, 0), None);
        assert_eq!(source_line(text, -1), None);
        assert_eq!(source_line(b"\xff\n", 1), None);
    }
}
