//! The remaining `str` methods and builtins: padding (`zfill`, `center`,
//! `ljust`, `rjust`), `removeprefix`/`removesuffix`, `ord`, `chr` and
//! `hash`.
//!
//! All borrow their arguments; string results are new references. Widths
//! count code points, as in CPython; a width whose result could not be
//! allocated is fatal (pyaot's policy for exhausted memory, where CPython
//! raises MemoryError).

use crate::exc::{self, ExcKind};
use crate::heap;
use crate::int_text;
use crate::sink::ByteSink;
use crate::str_obj::{self, Str};
use crate::str_ops::{char_str, same};
use alloc::vec::Vec;

/// `s` with `left` and `right` copies of `fill` around it (CPython's
/// `pad`); `s` itself when there is nothing to add.
///
/// # Safety
/// `s` is a live string.
unsafe fn pad(s: *const Str, left: usize, right: usize, fill: char) -> *mut Str {
    if left == 0 && right == 0 {
        // SAFETY: live string (caller).
        return unsafe { same(s) };
    }
    // SAFETY: live string (caller).
    let (text, nchars) = unsafe { (str_obj::bytes(s), str_obj::nchars(s)) };
    let mut utf8 = [0u8; 4];
    let fill = fill.encode_utf8(&mut utf8).as_bytes();
    let Some(len) = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len()))
        .and_then(|n| n.checked_add(text.len()))
    else {
        heap::out_of_memory();
    };
    str_obj::build(len, nchars + left + right, |out| {
        out.put_repeated(fill, left);
        out.put(text);
        out.put_repeated(fill, right);
    })
}

/// How many code points `s` lacks to reach `width` (0 if none).
///
/// # Safety
/// `s` is a live string.
unsafe fn missing(s: *const Str, width: i64) -> usize {
    // SAFETY: live string (caller).
    let nchars = unsafe { str_obj::nchars(s) };
    usize::try_from(width).map_or(0, |w| w.saturating_sub(nchars))
}

/// The fill character argument: a space for NULL, the one character of
/// `fill`, or a raised TypeError.
///
/// # Safety
/// `fill` is NULL or a live string.
unsafe fn fill_char(fill: *const Str) -> Option<char> {
    if fill.is_null() {
        return Some(' ');
    }
    // SAFETY: live string (caller).
    let mut chars = unsafe { str_obj::as_str(fill) }.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => {
            exc::raise(
                ExcKind::TypeError,
                b"The fill character must be exactly one character long",
            );
            None
        }
    }
}

/// `Str *pyaot_str_zfill(const Str *s, int64_t width)`: `s.zfill(width)`:
/// zeros on the left up to `width` code points, after a leading '+' or '-'.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_zfill(s: *const Str, width: i64) -> *mut Str {
    // SAFETY: live string (caller).
    let (fill, text) = unsafe { (missing(s, width), str_obj::bytes(s)) };
    // SAFETY: live string (caller).
    let padded = unsafe { pad(s, fill, 0, '0') };
    if let (1.., Some(&sign @ (b'+' | b'-'))) = (fill, text.first()) {
        // `padded` is fresh (fill > 0), so nothing else sees the move of
        // the sign to the front: "000-42" becomes "-00042".
        // SAFETY: a fresh string of at least `fill + 1` ASCII-prefixed bytes.
        unsafe {
            let data = padded.cast::<u8>().add(str_obj::DATA_OFFSET);
            data.write(sign);
            data.add(fill).write(b'0');
        }
    }
    padded
}

/// `Str *pyaot_str_center(const Str *s, int64_t width, const Str *fill)`:
/// `s.center(width, fill)`; `fill` NULL means a space. Like CPython, an odd
/// margin puts the extra fill character on the left only when `width` is
/// odd. Raises TypeError "The fill character must be exactly one character
/// long" (returning NULL) for a `fill` of any other length, whatever the
/// width.
///
/// # Safety
/// `s` is a live string; `fill` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_center(s: *const Str, width: i64, fill: *const Str) -> *mut Str {
    // SAFETY: live strings (caller).
    unsafe {
        let Some(fill) = fill_char(fill) else {
            return core::ptr::null_mut();
        };
        let margin = missing(s, width);
        let left = margin / 2 + (margin & width as usize & 1);
        pad(s, left, margin - left, fill)
    }
}

/// `Str *pyaot_str_ljust(const Str *s, int64_t width, const Str *fill)`:
/// `s.ljust(width, fill)`, padding on the right; errors as
/// `pyaot_str_center`.
///
/// # Safety
/// `s` is a live string; `fill` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_ljust(s: *const Str, width: i64, fill: *const Str) -> *mut Str {
    // SAFETY: live strings (caller).
    unsafe {
        let Some(fill) = fill_char(fill) else {
            return core::ptr::null_mut();
        };
        pad(s, 0, missing(s, width), fill)
    }
}

/// `Str *pyaot_str_rjust(const Str *s, int64_t width, const Str *fill)`:
/// `s.rjust(width, fill)`, padding on the left; errors as
/// `pyaot_str_center`.
///
/// # Safety
/// `s` is a live string; `fill` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_rjust(s: *const Str, width: i64, fill: *const Str) -> *mut Str {
    // SAFETY: live strings (caller).
    unsafe {
        let Some(fill) = fill_char(fill) else {
            return core::ptr::null_mut();
        };
        pad(s, missing(s, width), 0, fill)
    }
}

/// A new string for `text[from..to]`, a part of live string `s` cut at
/// character boundaries.
///
/// # Safety
/// `s` is a live string.
unsafe fn cut(s: *const Str, from: usize, to: usize) -> *mut Str {
    // SAFETY: live string (caller).
    let text = unsafe { str_obj::bytes(s) };
    str_obj::new(text.get(from..to).unwrap_or(&[]))
}

/// `Str *pyaot_str_removeprefix(const Str *s, const Str *prefix)`:
/// `s.removeprefix(prefix)`.
///
/// # Safety
/// `s` and `prefix` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_removeprefix(s: *const Str, prefix: *const Str) -> *mut Str {
    // SAFETY: live strings (caller).
    unsafe {
        let (text, prefix) = (str_obj::bytes(s), str_obj::bytes(prefix));
        if prefix.is_empty() || !text.starts_with(prefix) {
            return same(s);
        }
        cut(s, prefix.len(), text.len())
    }
}

/// `Str *pyaot_str_removesuffix(const Str *s, const Str *suffix)`:
/// `s.removesuffix(suffix)`.
///
/// # Safety
/// `s` and `suffix` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_removesuffix(s: *const Str, suffix: *const Str) -> *mut Str {
    // SAFETY: live strings (caller).
    unsafe {
        let (text, suffix) = (str_obj::bytes(s), str_obj::bytes(suffix));
        if suffix.is_empty() || !text.ends_with(suffix) {
            return same(s);
        }
        cut(s, 0, text.len() - suffix.len())
    }
}

/// `uint8_t pyaot_str_ord(const Str *s, int64_t *out)`: `ord(s)`. Writes the
/// code point and returns 0, or raises TypeError "ord() expected a
/// character, but string of length N found" and returns 1.
///
/// # Safety
/// `s` is a live string; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_ord(s: *const Str, out: *mut i64) -> u8 {
    // SAFETY: live string (caller).
    let (text, nchars) = unsafe { (str_obj::as_str(s), str_obj::nchars(s)) };
    match text.chars().next() {
        Some(c) if nchars == 1 => {
            // SAFETY: writable (caller).
            unsafe { out.write(c as i64) };
            0
        }
        _ => {
            let mut msg = Vec::new();
            msg.put(b"ord() expected a character, but string of length ");
            int_text::write_i64(&mut msg, nchars as i64);
            msg.put(b" found");
            exc::fail_flag(ExcKind::TypeError, &msg)
        }
    }
}

/// `Str *pyaot_str_chr(int64_t cp)`: `chr(cp)`, a new reference. Raises
/// (returning NULL) ValueError "chr() arg not in range(0x110000)", or, as
/// CPython does for values that do not fit a C int, OverflowError "Python
/// int too large to convert to C int". Surrogates (U+D800..U+DFFF), which
/// CPython accepts, cannot be held by pyaot's UTF-8 strings: ValueError
/// "pyaot: strings cannot hold surrogate code points".
#[no_mangle]
pub extern "C" fn pyaot_str_chr(cp: i64) -> *mut Str {
    if i32::try_from(cp).is_err() {
        return exc::fail_null(
            ExcKind::OverflowError,
            b"Python int too large to convert to C int",
        );
    }
    if !(0..0x110000).contains(&cp) {
        return exc::fail_null(ExcKind::ValueError, b"chr() arg not in range(0x110000)");
    }
    match char::from_u32(cp as u32) {
        Some(c) => char_str(c),
        None => exc::fail_null(
            ExcKind::ValueError,
            b"pyaot: strings cannot hold surrogate code points",
        ),
    }
}

/// The hash of a text: FxHash-style word mixing finished with MurmurHash3's
/// 64-bit finalizer. Never -1.
pub(crate) fn hash_bytes(text: &[u8]) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = text.len() as u64;
    let mut words = text.chunks_exact(8);
    for word in &mut words {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(word);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(bytes)).wrapping_mul(K);
    }
    let mut tail = [0u8; 8];
    let rest = words.remainder();
    if let Some(dst) = tail.get_mut(..rest.len()) {
        dst.copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(tail)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    match h as i64 {
        -1 => -2,
        h => h,
    }
}

/// `int64_t pyaot_str_hash(const Str *s)`: `hash(s)`, never -1, cached in
/// the string's hash field (except on immortal strings, which are never
/// written). Equal strings hash equal, but the value is pyaot's own fixed
/// 64-bit hash of the UTF-8 bytes, not CPython's per-process randomized
/// SipHash, so it differs from CPython's `hash()` and between the two no
/// program can rely on it.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_hash(s: *const Str) -> i64 {
    // SAFETY: live string (caller).
    unsafe {
        if (*s).hash != -1 {
            return (*s).hash;
        }
        let h = hash_bytes(str_obj::bytes(s));
        if (*s).header.rc >= 0 {
            // Mortal strings are malloc'd and writable; the cache does not
            // change the string's value, so "never mutated" still holds.
            (*s.cast_mut()).hash = h;
        }
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_raised, s, text};
    use core::ptr;

    #[test]
    fn zfill() {
        // python3 -c "print(['42'.zfill(5), '-42'.zfill(5), '+x'.zfill(4), 'abc'.zfill(2), ''.zfill(3), 'é'.zfill(3), '-'.zfill(3), 'a-'.zfill(4), 'abc'.zfill(-5)])"
        let cases = [
            ("42", 5, "00042"),
            ("-42", 5, "-0042"),
            ("+x", 4, "+00x"),
            ("abc", 2, "abc"),
            ("", 3, "000"),
            ("é", 3, "00é"),
            ("-", 3, "-00"),
            ("a-", 4, "00a-"),
            ("abc", -5, "abc"),
        ];
        for (t, width, want) in cases {
            // SAFETY: live string.
            assert_eq!(text(unsafe { pyaot_str_zfill(s(t), width) }), want);
        }
    }

    #[test]
    fn center_ljust_rjust() {
        let fill = |f: Option<&str>| f.map_or(ptr::null(), s);
        // SAFETY: live strings (or NULL fills).
        let center = |t, w, f| text(unsafe { pyaot_str_center(s(t), w, fill(f)) });
        // python3 -c "print(['abc'.center(6), 'ab'.center(5), 'abc'.center(7, 'é'), 'ab'.center(6, '*'), 'a'.center(4, '-'), 'a'.center(5, '-'), 'ab'.center(4, '-'), 'ab'.center(3, '-'), 'abc'.center(2)])"
        assert_eq!(center("abc", 6, None), " abc  ");
        assert_eq!(center("ab", 5, None), "  ab ");
        assert_eq!(center("abc", 7, Some("é")), "ééabcéé");
        assert_eq!(center("ab", 6, Some("*")), "**ab**");
        assert_eq!(center("a", 4, Some("-")), "-a--");
        assert_eq!(center("a", 5, Some("-")), "--a--");
        assert_eq!(center("ab", 4, Some("-")), "-ab-");
        assert_eq!(center("ab", 3, Some("-")), "-ab");
        assert_eq!(center("abc", 2, None), "abc");
        // SAFETY: live strings (or NULL fills).
        unsafe {
            // python3 -c "print(['é'.ljust(4, '·'), 'é'.rjust(4, '·'), 'abc'.ljust(2), 'abc'.rjust(-1), 'ab'.rjust(4)])"
            assert_eq!(text(pyaot_str_ljust(s("é"), 4, s("·"))), "é···");
            assert_eq!(text(pyaot_str_rjust(s("é"), 4, s("·"))), "···é");
            assert_eq!(text(pyaot_str_ljust(s("abc"), 2, ptr::null())), "abc");
            assert_eq!(text(pyaot_str_rjust(s("abc"), -1, ptr::null())), "abc");
            assert_eq!(text(pyaot_str_rjust(s("ab"), 4, ptr::null())), "  ab");
            // python3 -c "'abc'.center(1, 'xy')"
            //   -> TypeError: The fill character must be exactly one character long
            assert!(pyaot_str_center(s("abc"), 1, s("xy")).is_null());
            assert_raised(
                ExcKind::TypeError,
                "The fill character must be exactly one character long",
            );
            // python3 -c "'abc'.ljust(10, '')"  -> (the same)
            assert!(pyaot_str_ljust(s("abc"), 10, s("")).is_null());
            assert_raised(
                ExcKind::TypeError,
                "The fill character must be exactly one character long",
            );
            // python3 -c "'abc'.rjust(1, 'e\u0301')"  -> (the same: two code points)
            assert!(pyaot_str_rjust(s("abc"), 1, s("e\u{301}")).is_null());
            assert_raised(
                ExcKind::TypeError,
                "The fill character must be exactly one character long",
            );
        }
    }

    #[test]
    fn remove_prefix_suffix() {
        // SAFETY: live strings.
        unsafe {
            // python3 -c "print(['prefix-body'.removeprefix('prefix-'), 'body'.removeprefix('x'), 'abc'.removeprefix(''), 'file.py'.removesuffix('.py'), 'py'.removesuffix('.py'), 'é'.removesuffix('é'), 'éa'.removeprefix('é')])"
            assert_eq!(
                text(pyaot_str_removeprefix(s("prefix-body"), s("prefix-"))),
                "body"
            );
            assert_eq!(text(pyaot_str_removeprefix(s("body"), s("x"))), "body");
            assert_eq!(text(pyaot_str_removeprefix(s("abc"), s(""))), "abc");
            assert_eq!(text(pyaot_str_removesuffix(s("file.py"), s(".py"))), "file");
            assert_eq!(text(pyaot_str_removesuffix(s("py"), s(".py"))), "py");
            assert_eq!(text(pyaot_str_removesuffix(s("é"), s("é"))), "");
            let cut = pyaot_str_removeprefix(s("éa"), s("é"));
            assert_eq!((*cut).nchars, 1);
            assert_eq!(text(cut), "a");
        }
    }

    #[test]
    fn ord_and_chr() {
        let mut out = 0;
        // SAFETY: live strings; `out` is writable.
        unsafe {
            // python3 -c "print(ord('a'), ord('é'), ord('\U0010ffff'))"  -> 97 233 1114111
            assert_eq!(pyaot_str_ord(s("a"), &mut out), 0);
            assert_eq!(out, 97);
            assert_eq!(pyaot_str_ord(s("é"), &mut out), 0);
            assert_eq!(out, 233);
            assert_eq!(pyaot_str_ord(s("\u{10ffff}"), &mut out), 0);
            assert_eq!(out, 0x10ffff);
            // python3 -c "ord('ab')"
            //   -> TypeError: ord() expected a character, but string of length 2 found
            assert_eq!(pyaot_str_ord(s("ab"), &mut out), 1);
            assert_raised(
                ExcKind::TypeError,
                "ord() expected a character, but string of length 2 found",
            );
            assert_eq!(pyaot_str_ord(s(""), &mut out), 1);
            assert_raised(
                ExcKind::TypeError,
                "ord() expected a character, but string of length 0 found",
            );
        }
        // python3 -c "print(ascii([chr(97), chr(0xe9), chr(0x10ffff), chr(0)]))"
        assert_eq!(text(pyaot_str_chr(97)), "a");
        assert_eq!(text(pyaot_str_chr(0xe9)), "é");
        assert_eq!(text(pyaot_str_chr(0x10ffff)), "\u{10ffff}");
        assert_eq!(text(pyaot_str_chr(0)), "\0");
        // python3 -c "chr(0x110000)"  -> ValueError: chr() arg not in range(0x110000)
        for cp in [0x110000, -1, i32::MAX as i64, i32::MIN as i64] {
            assert!(pyaot_str_chr(cp).is_null());
            assert_raised(ExcKind::ValueError, "chr() arg not in range(0x110000)");
        }
        // python3 -c "chr(2**31)"  -> OverflowError: Python int too large to convert to C int
        for cp in [1 << 31, -(1 << 31) - 1, i64::MIN] {
            assert!(pyaot_str_chr(cp).is_null());
            assert_raised(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            );
        }
        // CPython returns '\ud800'; pyaot strings are UTF-8.
        assert!(pyaot_str_chr(0xd800).is_null());
        assert_raised(
            ExcKind::ValueError,
            "pyaot: strings cannot hold surrogate code points",
        );
    }

    #[test]
    fn hashing() {
        // SAFETY: live strings.
        unsafe {
            let a = s("hello");
            let b = s("hello");
            let h = pyaot_str_hash(a);
            assert_ne!(h, -1);
            assert_eq!((*a).hash, h);
            assert_eq!(pyaot_str_hash(b), h);
            assert_ne!(pyaot_str_hash(s("hellp")), h);
            assert_ne!(pyaot_str_hash(s("")), pyaot_str_hash(s("\0")));
            // Immortal strings hash the same and are never written.
            let literal = crate::str_obj::static_str!("hello");
            assert_eq!(pyaot_str_hash(literal), h);
            assert_eq!((*literal).hash, -1);
        }
        assert_ne!(hash_bytes(b"12345678"), hash_bytes(b"12345678\0"));
    }
}
