//! Case conversion: `str.upper`, `lower`, `casefold`, `swapcase`,
//! `capitalize` and `title`, exactly as CPython 3.11's `do_upper` and
//! friends in Objects/unicodeobject.c.
//!
//! Every function borrows its string and returns a new reference. Mappings
//! are the full ones (`'ß'.upper()` is "SS", so a result may be longer than
//! its input) from [`unicode::to_case`], which follows CPython's Unicode
//! 14.0 data rather than Rust's. Like CPython, lowering a capital sigma
//! looks at its neighbours: 'Σ' becomes final 'ς' after a cased letter
//! (skipping case-ignorable characters) unless another cased letter
//! follows. ASCII strings take a byte-wise path.

use crate::str_obj::{self, Str};
use crate::unicode::{self, Case, Mapped};
use alloc::vec::Vec;

/// The conversion of `s` as a new reference: `ascii` converts ASCII text in
/// place; otherwise `map` gives each character's mapping from the text, the
/// character's byte offset and the character. (Generic, so that each export
/// links only the tables its mapping uses.)
///
/// # Safety
/// `s` is a live string.
unsafe fn convert(
    s: *const Str,
    ascii: fn(&mut [u8]),
    mut map: impl FnMut(&str, usize, char) -> Mapped,
) -> *mut Str {
    // SAFETY: live string (caller).
    let (text, nchars) = unsafe { (str_obj::as_str(s), str_obj::nchars(s)) };
    if text.is_empty() {
        return str_obj::empty();
    }
    if nchars == text.len() {
        let (out, data) = str_obj::alloc(text.len(), nchars);
        // SAFETY: `alloc` returned `text.len()` writable bytes, which nothing
        // else sees until `out` is returned.
        let bytes = unsafe { core::slice::from_raw_parts_mut(data, text.len()) };
        bytes.copy_from_slice(text.as_bytes());
        ascii(bytes);
        return out;
    }
    let mut out = Vec::with_capacity(text.len());
    let mut out_chars = 0;
    for (at, c) in text.char_indices() {
        for &m in map(text, at, c).as_slice() {
            out.extend_from_slice(m.encode_utf8(&mut [0; 4]).as_bytes());
            out_chars += 1;
        }
    }
    str_obj::new_with_nchars(&out, out_chars)
}

/// ASCII `swapcase`.
fn swapcase_ascii(text: &mut [u8]) {
    for b in text {
        if b.is_ascii_lowercase() {
            b.make_ascii_uppercase();
        } else {
            b.make_ascii_lowercase();
        }
    }
}

/// ASCII `capitalize`.
fn capitalize_ascii(text: &mut [u8]) {
    text.make_ascii_lowercase();
    if let Some(first) = text.first_mut() {
        first.make_ascii_uppercase();
    }
}

/// ASCII `title`: letters after letters lowered, other letters uppered.
fn title_ascii(text: &mut [u8]) {
    let mut previous_is_cased = false;
    for b in text {
        if previous_is_cased {
            b.make_ascii_lowercase();
        } else {
            b.make_ascii_uppercase();
        }
        previous_is_cased = b.is_ascii_alphabetic();
    }
}

/// The lowercase of `c`, found at byte offset `at` of `text`, with the
/// final-sigma rule (CPython's `lower_ucs4`).
fn lower_at(text: &str, at: usize, c: char) -> Mapped {
    const CAPITAL_SIGMA: char = '\u{3a3}';
    if c != CAPITAL_SIGMA {
        return unicode::to_case(c, Case::Lower);
    }
    let before = text.get(..at).unwrap_or("");
    let after = text.get(at + c.len_utf8()..).unwrap_or("");
    let not_ignorable = |c: &char| !unicode::is_case_ignorable(*c);
    // CPython's `handle_capital_sigma`: \p{cased}\p{case-ignorable}* Σ
    // not followed by \p{case-ignorable}*\p{cased}.
    let final_sigma = before
        .chars()
        .rev()
        .find(not_ignorable)
        .is_some_and(unicode::is_cased)
        && !after
            .chars()
            .find(not_ignorable)
            .is_some_and(unicode::is_cased);
    Mapped::one(if final_sigma { '\u{3c2}' } else { '\u{3c3}' })
}

/// `Str *pyaot_str_upper(const Str *s)`: `s.upper()`. Borrows `s`;
/// returns a new reference.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_upper(s: *const Str) -> *mut Str {
    // SAFETY: forwarded.
    unsafe {
        convert(s, <[u8]>::make_ascii_uppercase, |_, _, c| {
            unicode::to_case(c, Case::Upper)
        })
    }
}

/// `Str *pyaot_str_lower(const Str *s)`: `s.lower()`. Borrows `s`;
/// returns a new reference.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_lower(s: *const Str) -> *mut Str {
    // SAFETY: forwarded.
    unsafe { convert(s, <[u8]>::make_ascii_lowercase, lower_at) }
}

/// `Str *pyaot_str_casefold(const Str *s)`: `s.casefold()`. Borrows `s`;
/// returns a new reference.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_casefold(s: *const Str) -> *mut Str {
    // SAFETY: forwarded.
    unsafe {
        convert(s, <[u8]>::make_ascii_lowercase, |_, _, c| {
            unicode::to_case(c, Case::Fold)
        })
    }
}

/// `Str *pyaot_str_swapcase(const Str *s)`: `s.swapcase()`: uppercase
/// characters lowered, lowercase ones uppered, the rest kept. Borrows `s`;
/// returns a new reference.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_swapcase(s: *const Str) -> *mut Str {
    let map = |text: &str, at, c| {
        if unicode::is_upper(c) {
            lower_at(text, at, c)
        } else if unicode::is_lower(c) {
            unicode::to_case(c, Case::Upper)
        } else {
            Mapped::one(c)
        }
    };
    // SAFETY: forwarded.
    unsafe { convert(s, swapcase_ascii, map) }
}

/// `Str *pyaot_str_capitalize(const Str *s)`: `s.capitalize()`: the first
/// character titlecased (as CPython 3.8+ does, so 'ǆ' becomes 'ǅ'), the
/// rest lowered. Borrows `s`; returns a new reference.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_capitalize(s: *const Str) -> *mut Str {
    let map = |text: &str, at, c| match at {
        0 => unicode::to_case(c, Case::Title),
        _ => lower_at(text, at, c),
    };
    // SAFETY: forwarded.
    unsafe { convert(s, capitalize_ascii, map) }
}

/// `Str *pyaot_str_title(const Str *s)`: `s.title()`: a character that
/// follows a cased one is lowered, any other is titlecased (so "they're"
/// becomes "They'Re", as in CPython). Borrows `s`; returns a new reference.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_title(s: *const Str) -> *mut Str {
    let mut previous_is_cased = false;
    let map = |text: &str, at, c| {
        let mapped = if previous_is_cased {
            lower_at(text, at, c)
        } else {
            unicode::to_case(c, Case::Title)
        };
        previous_is_cased = unicode::is_cased(c);
        mapped
    };
    // SAFETY: forwarded.
    unsafe { convert(s, title_ascii, map) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{s, text};

    fn all(t: &str) -> [std::string::String; 6] {
        // SAFETY: live strings.
        unsafe {
            [
                text(pyaot_str_upper(s(t))),
                text(pyaot_str_lower(s(t))),
                text(pyaot_str_casefold(s(t))),
                text(pyaot_str_swapcase(s(t))),
                text(pyaot_str_capitalize(s(t))),
                text(pyaot_str_title(s(t))),
            ]
        }
    }

    // Each expectation is CPython 3.11's
    //   python3 -c "t = ...; print([t.upper(), t.lower(), t.casefold(), t.swapcase(), t.capitalize(), t.title()])"
    #[test]
    fn ascii() {
        let t = "hello WORLD, they're 42x_y";
        assert_eq!(
            all(t),
            [
                "HELLO WORLD, THEY'RE 42X_Y",
                "hello world, they're 42x_y",
                "hello world, they're 42x_y",
                "HELLO world, THEY'RE 42X_Y",
                "Hello world, they're 42x_y",
                "Hello World, They'Re 42X_Y",
            ]
        );
        assert_eq!(all(""), ["", "", "", "", "", ""]);
        assert_eq!(all("a"), ["A", "a", "a", "A", "A", "A"]);
    }

    #[test]
    fn special_casing() {
        // t = 'straße ǆemal ﬁx İi ŉ'
        assert_eq!(
            all("straße ǆemal ﬁx İi ŉ"),
            [
                "STRASSE ǄEMAL FIX İI ʼN",
                "straße ǆemal ﬁx i̇i ŉ",
                "strasse ǆemal fix i̇i ʼn",
                "STRASSE ǄEMAL FIX i̇I ʼN",
                "Straße ǆemal ﬁx i̇i ŉ",
                "Straße ǅemal Fix İi ʼN",
            ]
        );
        // t = 'ǆ'; t = 'ß'
        assert_eq!(all("ǆ"), ["Ǆ", "ǆ", "ǆ", "Ǆ", "ǅ", "ǅ"]);
        assert_eq!(all("ß"), ["SS", "ß", "ss", "SS", "Ss", "Ss"]);
    }

    #[test]
    fn final_sigma() {
        // t = 'ΣΑΣ ΟΔΟΣ. Σ ΑΣ\u0301Β ΑΣ\u0301 A.Σ'
        assert_eq!(
            all("ΣΑΣ ΟΔΟΣ. Σ ΑΣ\u{301}Β ΑΣ\u{301} A.Σ"),
            [
                "ΣΑΣ ΟΔΟΣ. Σ ΑΣ\u{301}Β ΑΣ\u{301} A.Σ",
                "σας οδος. σ ασ\u{301}β ας\u{301} a.ς",
                "σασ οδοσ. σ ασ\u{301}β ασ\u{301} a.σ",
                "σας οδος. σ ασ\u{301}β ας\u{301} a.ς",
                "Σας οδος. σ ασ\u{301}β ας\u{301} a.ς",
                "Σας Οδος. Σ Ασ\u{301}Β Ας\u{301} A.Σ",
            ]
        );
    }

    #[test]
    fn newer_unicode_is_left_alone() {
        // Unicode 16 added uppercase U+A7DC for 'ƛ'; CPython 3.11 has none.
        // t = 'ƛ\U0001e030'
        assert_eq!(
            all("ƛ\u{1e030}"),
            [
                "ƛ\u{1e030}",
                "ƛ\u{1e030}",
                "ƛ\u{1e030}",
                "ƛ\u{1e030}",
                "ƛ\u{1e030}",
                "ƛ\u{1e030}"
            ]
        );
    }
}
