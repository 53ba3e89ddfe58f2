//! The `str.is*()` predicates, with CPython 3.11's semantics over its
//! Unicode 14.0 character classes (see `unicode`).
//!
//! Each borrows its string and returns 1 or 0. Like CPython, an empty
//! string is false for every predicate except `isascii` and `isprintable`.

use crate::str_obj::{self, Str};
use crate::unicode;

/// Whether `s` is non-empty and every character satisfies `pred`.
///
/// # Safety
/// `s` is a live string.
unsafe fn all_chars(s: *const Str, pred: fn(char) -> bool) -> u8 {
    // SAFETY: live string (caller).
    let text = unsafe { str_obj::as_str(s) };
    (!text.is_empty() && text.chars().all(pred)) as u8
}

/// `uint8_t pyaot_str_isdigit(const Str *s)`: `s.isdigit()`.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_isdigit(s: *const Str) -> u8 {
    // SAFETY: forwarded.
    unsafe { all_chars(s, unicode::is_digit) }
}

/// `uint8_t pyaot_str_isdecimal(const Str *s)`: `s.isdecimal()`.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_isdecimal(s: *const Str) -> u8 {
    // SAFETY: forwarded.
    unsafe { all_chars(s, unicode::is_decimal) }
}

/// `uint8_t pyaot_str_isnumeric(const Str *s)`: `s.isnumeric()`.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_isnumeric(s: *const Str) -> u8 {
    // SAFETY: forwarded.
    unsafe { all_chars(s, unicode::is_numeric) }
}

/// `uint8_t pyaot_str_isalpha(const Str *s)`: `s.isalpha()`.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_isalpha(s: *const Str) -> u8 {
    // SAFETY: forwarded.
    unsafe { all_chars(s, unicode::is_alpha) }
}

/// `uint8_t pyaot_str_isalnum(const Str *s)`: `s.isalnum()`.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_isalnum(s: *const Str) -> u8 {
    // SAFETY: forwarded.
    unsafe { all_chars(s, unicode::is_alnum) }
}

/// `uint8_t pyaot_str_isspace(const Str *s)`: `s.isspace()`.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_isspace(s: *const Str) -> u8 {
    // SAFETY: forwarded.
    unsafe { all_chars(s, unicode::is_space) }
}

/// Whether `s` has a cased character and no character of the two
/// `forbidden` classes (CPython's `unicode_isupper_impl` and
/// `unicode_islower_impl`).
///
/// # Safety
/// `s` is a live string.
unsafe fn only_case(s: *const Str, wanted: fn(char) -> bool, forbidden: fn(char) -> bool) -> u8 {
    // SAFETY: live string (caller).
    let text = unsafe { str_obj::as_str(s) };
    let mut cased = false;
    for c in text.chars() {
        if forbidden(c) || unicode::is_title(c) {
            return 0;
        }
        cased |= wanted(c);
    }
    cased as u8
}

/// `uint8_t pyaot_str_isupper(const Str *s)`: `s.isupper()`: at least one
/// uppercase character and no lowercase or titlecase one.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_isupper(s: *const Str) -> u8 {
    // SAFETY: forwarded.
    unsafe { only_case(s, unicode::is_upper, unicode::is_lower) }
}

/// `uint8_t pyaot_str_islower(const Str *s)`: `s.islower()`: at least one
/// lowercase character and no uppercase or titlecase one.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_islower(s: *const Str) -> u8 {
    // SAFETY: forwarded.
    unsafe { only_case(s, unicode::is_lower, unicode::is_upper) }
}

/// `uint8_t pyaot_str_istitle(const Str *s)`: `s.istitle()`: at least one
/// cased character; uppercase and titlecase characters only at the start
/// of a word (after an uncased character), lowercase ones only inside.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_istitle(s: *const Str) -> u8 {
    // SAFETY: live string (caller).
    let text = unsafe { str_obj::as_str(s) };
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in text.chars() {
        if unicode::is_upper(c) || unicode::is_title(c) {
            if previous_is_cased {
                return 0;
            }
            (previous_is_cased, cased) = (true, true);
        } else if unicode::is_lower(c) {
            if !previous_is_cased {
                return 0;
            }
            (previous_is_cased, cased) = (true, true);
        } else {
            previous_is_cased = false;
        }
    }
    cased as u8
}

/// `uint8_t pyaot_str_isidentifier(const Str *s)`: `s.isidentifier()`:
/// XID_Start or '_' first, XID_Continue after (no NFKC normalization, like
/// `str.isidentifier`; keywords count as identifiers).
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_isidentifier(s: *const Str) -> u8 {
    // SAFETY: live string (caller).
    let mut chars = unsafe { str_obj::as_str(s) }.chars();
    let Some(first) = chars.next() else {
        return 0;
    };
    (unicode::is_ident_start(first) && chars.all(unicode::is_ident_continue)) as u8
}

/// `uint8_t pyaot_str_isascii(const Str *s)`: `s.isascii()` (true for "").
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_isascii(s: *const Str) -> u8 {
    // SAFETY: live string (caller); ASCII exactly when bytes == chars.
    unsafe { ((*s).len == (*s).nchars) as u8 }
}

/// `uint8_t pyaot_str_isprintable(const Str *s)`: `s.isprintable()` (true
/// for "").
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_isprintable(s: *const Str) -> u8 {
    // SAFETY: live string (caller).
    unsafe { str_obj::as_str(s) }
        .chars()
        .all(unicode::is_printable) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::s;

    type Predicate = unsafe extern "C" fn(*const Str) -> u8;

    const PREDICATES: [Predicate; 12] = [
        pyaot_str_isdigit,
        pyaot_str_isalpha,
        pyaot_str_isalnum,
        pyaot_str_isspace,
        pyaot_str_isupper,
        pyaot_str_islower,
        pyaot_str_isdecimal,
        pyaot_str_isnumeric,
        pyaot_str_istitle,
        pyaot_str_isidentifier,
        pyaot_str_isascii,
        pyaot_str_isprintable,
    ];

    /// The twelve predicates of `t` as a string of 0s and 1s, in the order
    /// of [`PREDICATES`].
    fn bits(t: &str) -> std::string::String {
        let t = s(t);
        PREDICATES
            .iter()
            // SAFETY: live string.
            .map(|p| if unsafe { p(t) } != 0 { '1' } else { '0' })
            .collect()
    }

    // Expectations from CPython 3.11:
    //   python3 -c "ms = 'isdigit isalpha isalnum isspace isupper islower isdecimal isnumeric istitle isidentifier isascii isprintable'.split()
    //   for t in [...]: print(repr(t), ''.join(str(int(getattr(t, m)())) for m in ms))"
    #[test]
    fn predicates_match_cpython() {
        let cases = [
            ("", "000000000011"),
            ("123", "101000110011"),
            ("abc", "011001000111"),
            ("ABC", "011010000111"),
            ("Abc Def", "000000001011"),
            ("Abc DEF", "000000000011"),
            (" \t\n", "000100000010"),
            ("\u{3000}\u{85}", "000100000000"),
            ("a1_b", "000001000111"),
            ("_", "000000000111"),
            ("1a", "001001000011"),
            ("²³", "101000010001"),
            ("½Ⅻ", "001010011001"),
            ("٣٤", "101000110001"),
            ("ǅungla", "011000001101"),
            ("ǅ", "011000001101"),
            ("Σίσυφος", "011000001101"),
            ("ΣΊΣΥΦΟΣ", "011010000101"),
            ("straße", "011001000101"),
            ("ⅷ", "001001010101"),
            ("ⓐ", "000001000001"),
            ("a\u{ad}b", "000001000000"),
            ("x\u{378}", "000001000000"),
            ("\u{1F600}", "000000000001"),
            ("They'Re", "000000001011"),
            ("A1B", "001010001111"),
            ("a\u{300}", "000001000101"),
        ];
        for (t, want) in cases {
            assert_eq!(bits(t), want, "{t:?}");
        }
    }
}
