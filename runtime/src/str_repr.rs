//! `repr(str)` exactly as CPython 3.11's `unicode_repr`.
//!
//! Quotes: `'` unless the text contains `'` and no `"`. Escapes: the quote
//! in use, `\\`, `\t`, `\n`, `\r`; other unprintable characters as `\xhh`
//! (below U+0100), `\uhhhh` (BMP) or `\Uhhhhhhhh`, lowercase hex.
//! "Printable" is CPython's `str.isprintable()` from the Unicode 14 tables.

use crate::sink::ByteSink;
use crate::str_obj::{self, Str};
use crate::unicode;
use alloc::vec::Vec;

/// Writes `repr(text)`.
pub fn write_repr(text: &str, out: &mut impl ByteSink) {
    let has_single = text.contains('\'');
    let quote = if has_single && !text.contains('"') {
        b'"'
    } else {
        b'\''
    };
    out.put_byte(quote);
    let mut utf8 = [0u8; 4];
    for c in text.chars() {
        match c {
            '\\' => out.put(b"\\\\"),
            '\t' => out.put(b"\\t"),
            '\n' => out.put(b"\\n"),
            '\r' => out.put(b"\\r"),
            c if c as u32 == quote as u32 => {
                out.put_byte(b'\\');
                out.put_byte(quote);
            }
            c if unicode::is_printable(c) => out.put(c.encode_utf8(&mut utf8).as_bytes()),
            c => put_escape(c as u32, out),
        }
    }
    out.put_byte(quote);
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
fn put_escape(code: u32, out: &mut impl ByteSink) {
    let (marker, width) = match code {
        0..=0xFF => (b'x', 2),
        0x100..=0xFFFF => (b'u', 4),
        _ => (b'U', 8),
    };
    out.put_byte(b'\\');
    out.put_byte(marker);
    for shift in (0..width).rev() {
        let nibble = (code >> (shift * 4)) & 0xF;
        out.put_byte(b"0123456789abcdef"[nibble as usize]);
    }
}

/// `repr(text)` cut to at most `max_chars` code points, as CPython's
/// `%.200R` does in some error messages (no closing quote when cut).
pub fn write_repr_truncated(text: &str, max_chars: usize, out: &mut Vec<u8>) {
    let mut full = Vec::new();
    write_repr(text, &mut full);
    let end = full
        .iter()
        .enumerate()
        .filter(|&(_, &b)| !str_obj::is_continuation(b))
        .nth(max_chars)
        .map_or(full.len(), |(i, _)| i);
    out.put(full.get(..end).unwrap_or(&[]));
}

/// `Str *pyaot_str_repr(const Str *s)`: `repr(s)`. Borrows `s`, returns a
/// new reference.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_repr(s: *const Str) -> *mut Str {
    let mut out = Vec::new();
    // SAFETY: live string (caller).
    write_repr(unsafe { str_obj::as_str(s) }, &mut out);
    str_obj::new(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{s, text};

    fn repr(t: &str) -> std::string::String {
        // SAFETY: live string.
        text(unsafe { pyaot_str_repr(s(t)) })
    }

    #[test]
    fn quotes_and_escapes() {
        // Right-hand sides: python3 -c 'print(repr(<left>))'.
        assert_eq!(repr("abc"), "'abc'");
        assert_eq!(repr(""), "''");
        assert_eq!(repr("it's"), "\"it's\"");
        assert_eq!(repr("say \"hi\""), "'say \"hi\"'");
        assert_eq!(repr("it's \"x\""), "'it\\'s \"x\"'");
        assert_eq!(repr("a\\b\tc\nd\re"), "'a\\\\b\\tc\\nd\\re'");
        assert_eq!(repr("\0\x1b\x7f"), "'\\x00\\x1b\\x7f'");
        assert_eq!(
            repr("\u{80}\u{a0}\u{ad}é\u{ff}"),
            "'\\x80\\xa0\\xadé\u{ff}'"
        );
        assert_eq!(repr("\u{200b}\u{2028}日本"), "'\\u200b\\u2028日本'");
        assert_eq!(repr("\u{e000}\u{10ffff}😀"), "'\\ue000\\U0010ffff😀'");
    }

    #[test]
    fn truncated() {
        let mut out = Vec::new();
        write_repr_truncated("ééé", 3, &mut out);
        assert_eq!(out, "'éé".as_bytes());
        out.clear();
        write_repr_truncated("ab", 200, &mut out);
        assert_eq!(out, b"'ab'");
    }
}
