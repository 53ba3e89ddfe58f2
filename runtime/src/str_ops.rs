//! The exported string operations: construction from other values,
//! concatenation, repetition, indexing, slicing, comparison, search, join.
//!
//! All take borrowed strings and return new references. Indices count code
//! points; because ASCII strings have `nchars == len`, they index bytes
//! directly, while other strings are walked.

use crate::exc::{self, ExcKind};
use crate::object;
use crate::sink::StackBuf;
use crate::slice::{self, Resolved};
use crate::str_obj::{self, static_str, Str};
use crate::{float_text, int_text};
use alloc::vec::Vec;
use core::cmp::Ordering;

/// `Str *pyaot_str_from_utf8(const uint8_t *p, int64_t len)`: a new string
/// holding a copy of `len` bytes at `p`, which the caller guarantees to be
/// valid UTF-8. `p` may be NULL when `len <= 0` (the empty string).
///
/// # Safety
/// `p` points to `len` readable bytes of valid UTF-8.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_from_utf8(p: *const u8, len: i64) -> *mut Str {
    if len <= 0 || p.is_null() {
        return str_obj::empty();
    }
    // SAFETY: `len` readable bytes at `p` (caller).
    str_obj::new(unsafe { core::slice::from_raw_parts(p, len as usize) })
}

/// `Str *pyaot_str_from_int(int64_t v)`: `str(v)`, a new reference.
#[no_mangle]
pub extern "C" fn pyaot_str_from_int(v: i64) -> *mut Str {
    let mut buf = StackBuf::<24>::new();
    int_text::write_i64(&mut buf, v);
    str_obj::new_with_nchars(buf.as_bytes(), buf.as_bytes().len())
}

/// `Str *pyaot_str_from_float(double v)`: `str(v)` (= `repr(v)`), a new
/// reference.
#[no_mangle]
pub extern "C" fn pyaot_str_from_float(v: f64) -> *mut Str {
    let mut buf = StackBuf::<{ float_text::REPR_MAX }>::new();
    float_text::repr(v, &mut buf);
    str_obj::new_with_nchars(buf.as_bytes(), buf.as_bytes().len())
}

/// `Str *pyaot_str_from_bool(uint8_t v)`: "True" or "False" (immortal).
#[no_mangle]
pub extern "C" fn pyaot_str_from_bool(v: u8) -> *mut Str {
    if v != 0 {
        static_str!("True")
    } else {
        static_str!("False")
    }
}

/// `Str *pyaot_str_none(void)`: "None" (immortal).
#[no_mangle]
pub extern "C" fn pyaot_str_none() -> *mut Str {
    static_str!("None")
}

/// Returns `s` itself as a new reference.
///
/// # Safety
/// `s` is a live string.
pub(crate) unsafe fn same(s: *const Str) -> *mut Str {
    // SAFETY: live string (caller); the new reference goes to our caller.
    unsafe { object::incref(s.cast()) };
    s.cast_mut()
}

/// `Str *pyaot_str_concat(const Str *a, const Str *b)`: `a + b`.
///
/// # Safety
/// `a` and `b` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_concat(a: *const Str, b: *const Str) -> *mut Str {
    // SAFETY: live strings (caller).
    unsafe { pyaot_str_join([a, b].as_ptr(), 2) }
}

/// `Str *pyaot_str_join(const Str *const *parts, int64_t n)`: the
/// concatenation of `n` strings in one allocation (f-strings use this).
/// Borrows the strings; `parts` may be NULL when `n <= 0`.
///
/// # Safety
/// `parts` points to `n` live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_join(parts: *const *const Str, n: i64) -> *mut Str {
    if n <= 0 || parts.is_null() {
        return str_obj::empty();
    }
    // SAFETY: `n` readable pointers at `parts` (caller).
    let parts = unsafe { core::slice::from_raw_parts(parts, n as usize) };
    let (mut len, mut nchars, mut nonempty) = (0usize, 0usize, 0usize);
    for &p in parts {
        // SAFETY: live strings (caller).
        let (plen, pchars) = unsafe { ((*p).len as usize, str_obj::nchars(p)) };
        len = len.saturating_add(plen);
        nchars += pchars;
        nonempty += (plen > 0) as usize;
    }
    if nonempty <= 1 {
        // Zero or one non-empty part: the result is that part (or "").
        let only = parts.iter().copied().find(|&p| {
            // SAFETY: live strings (caller).
            unsafe { (*p).len > 0 }
        });
        // SAFETY: live string (caller).
        return only.map_or_else(str_obj::empty, |p| unsafe { same(p) });
    }
    let (out, mut dst) = str_obj::alloc(len, nchars);
    for &p in parts {
        // SAFETY: the parts' lengths add up to the `len` bytes allocated.
        unsafe {
            let text = str_obj::bytes(p);
            core::ptr::copy_nonoverlapping(text.as_ptr(), dst, text.len());
            dst = dst.add(text.len());
        }
    }
    out
}

/// `Str *pyaot_str_repeat(const Str *s, int64_t n)`: `s * n`; "" when
/// `n <= 0`. Raises OverflowError "repeated string is too long" (returning
/// NULL) when the result could not be addressed.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_repeat(s: *const Str, n: i64) -> *mut Str {
    // SAFETY: live string (caller).
    let (text, nchars) = unsafe { (str_obj::bytes(s), str_obj::nchars(s)) };
    if n <= 0 || text.is_empty() {
        return str_obj::empty();
    }
    if n == 1 {
        // SAFETY: live string (caller).
        return unsafe { same(s) };
    }
    let count = n as usize;
    let Some(len) = text
        .len()
        .checked_mul(count)
        .filter(|&l| l <= str_obj::MAX_LEN)
    else {
        return exc::fail_null(ExcKind::OverflowError, b"repeated string is too long");
    };
    // `len` fits, so `nchars * count <= len` does too.
    let (out, dst) = str_obj::alloc(len, nchars * count);
    // SAFETY: `dst` has `len` writable bytes. Each round doubles the filled
    // prefix by copying it after itself (the ranges do not overlap).
    unsafe {
        core::ptr::copy_nonoverlapping(text.as_ptr(), dst, text.len());
        let mut filled = text.len();
        while filled < len {
            let chunk = filled.min(len - filled);
            core::ptr::copy_nonoverlapping(dst, dst.add(filled), chunk);
            filled += chunk;
        }
    }
    out
}

/// `int64_t pyaot_str_len(const Str *s)`: `len(s)` in code points.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_len(s: *const Str) -> i64 {
    // SAFETY: live string (caller).
    unsafe { (*s).nchars as i64 }
}

/// `Str *pyaot_str_getitem(const Str *s, int64_t i)`: `s[i]`, negative `i`
/// counting from the end. Raises IndexError "string index out of range"
/// (returning NULL) when `i` is out of range.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_getitem(s: *const Str, i: i64) -> *mut Str {
    // SAFETY: live string (caller).
    let (text, nchars) = unsafe { (str_obj::as_str(s), str_obj::nchars(s)) };
    let Some(i) = slice::index(i, nchars) else {
        return exc::fail_null(ExcKind::IndexError, b"string index out of range");
    };
    let c = if nchars == text.len() {
        text.as_bytes().get(i).map(|&b| b as char)
    } else {
        text.chars().nth(i)
    };
    match c {
        Some(c) => char_str(c),
        None => exc::fail_null(ExcKind::IndexError, b"string index out of range"),
    }
}

/// A one-character string: an immortal singleton for ASCII.
pub(crate) fn char_str(c: char) -> *mut Str {
    if let Some(s) = u8::try_from(c).ok().and_then(str_obj::ascii_char) {
        return s;
    }
    let mut utf8 = [0u8; 4];
    str_obj::new_with_nchars(c.encode_utf8(&mut utf8).as_bytes(), 1)
}

/// `Str *pyaot_str_slice(const Str *s, int64_t start, int64_t stop,
/// int64_t step, uint8_t has_start, uint8_t has_stop)`: `s[start:stop:step]`
/// with Python's clamping; a bound whose `has_` flag is 0 is omitted.
/// Raises ValueError "slice step cannot be zero" (returning NULL).
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_slice(
    s: *const Str,
    start: i64,
    stop: i64,
    step: i64,
    has_start: u8,
    has_stop: u8,
) -> *mut Str {
    // SAFETY: live string (caller).
    let (text, nchars) = unsafe { (str_obj::as_str(s), str_obj::nchars(s)) };
    let start = (has_start != 0).then_some(start);
    let stop = (has_stop != 0).then_some(stop);
    let Some(r) = slice::resolve(nchars, start, stop, step) else {
        return exc::fail_null(ExcKind::ValueError, b"slice step cannot be zero");
    };
    if r.step == 1 && r.len == nchars {
        // SAFETY: live string (caller).
        return unsafe { same(s) };
    }
    let bytes = text.as_bytes();
    if nchars == bytes.len() {
        return slice_ascii(bytes, r);
    }
    if r.step == 1 {
        let from = char_offset(text, r.start as usize);
        let to = char_offset(text, r.start as usize + r.len);
        return str_obj::new_with_nchars(bytes.get(from..to).unwrap_or(&[]), r.len);
    }
    let starts: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([bytes.len()])
        .collect();
    let mut out = Vec::new();
    for k in 0..r.len as i64 {
        let i = (r.start + k * r.step) as usize;
        if let (Some(&a), Some(&b)) = (starts.get(i), starts.get(i + 1)) {
            out.extend_from_slice(bytes.get(a..b).unwrap_or(&[]));
        }
    }
    str_obj::new_with_nchars(&out, r.len)
}

/// The selected bytes of an ASCII string.
fn slice_ascii(bytes: &[u8], r: Resolved) -> *mut Str {
    if let (1, Some(&c)) = (r.len, bytes.get(r.start as usize)) {
        return char_str(c as char);
    }
    if r.step == 1 {
        let from = r.start as usize;
        return str_obj::new_with_nchars(bytes.get(from..from + r.len).unwrap_or(&[]), r.len);
    }
    let picked: Vec<u8> = (0..r.len as i64)
        .filter_map(|k| bytes.get((r.start + k * r.step) as usize).copied())
        .collect();
    str_obj::new_with_nchars(&picked, picked.len())
}

/// Byte offset of code point `index` (the length when past the end).
pub(crate) fn char_offset(text: &str, index: usize) -> usize {
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(i, _)| i)
}

/// `uint8_t pyaot_str_eq(const Str *a, const Str *b)`: `a == b`.
///
/// # Safety
/// `a` and `b` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_eq(a: *const Str, b: *const Str) -> u8 {
    // SAFETY: live strings (caller).
    (core::ptr::eq(a, b) || unsafe { str_obj::bytes(a) == str_obj::bytes(b) }) as u8
}

/// `int32_t pyaot_str_cmp(const Str *a, const Str *b)`: -1, 0 or 1 as `a`
/// sorts before, equal to or after `b` (by code point, which for UTF-8 is
/// by byte).
///
/// # Safety
/// `a` and `b` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_cmp(a: *const Str, b: *const Str) -> i32 {
    // SAFETY: live strings (caller).
    match unsafe { str_obj::bytes(a).cmp(str_obj::bytes(b)) } {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// `uint8_t pyaot_str_contains(const Str *hay, const Str *needle)`:
/// `needle in hay`.
///
/// # Safety
/// `hay` and `needle` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_contains(hay: *const Str, needle: *const Str) -> u8 {
    // SAFETY: live strings (caller).
    unsafe { str_obj::as_str(hay).contains(str_obj::as_str(needle)) as u8 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_raised, s, text};

    fn slice(t: &str, start: Option<i64>, stop: Option<i64>, step: i64) -> *mut Str {
        // SAFETY: live string.
        unsafe {
            pyaot_str_slice(
                s(t),
                start.unwrap_or(0),
                stop.unwrap_or(0),
                step,
                start.is_some() as u8,
                stop.is_some() as u8,
            )
        }
    }

    #[test]
    fn constructors() {
        assert_eq!(text(pyaot_str_from_int(-42)), "-42");
        assert_eq!(text(pyaot_str_from_float(0.1)), "0.1");
        assert_eq!(text(pyaot_str_from_float(1e16)), "1e+16");
        assert_eq!(text(pyaot_str_from_bool(1)), "True");
        assert_eq!(text(pyaot_str_from_bool(0)), "False");
        assert_eq!(text(pyaot_str_none()), "None");
        // SAFETY: 5 readable bytes; NULL with length 0.
        unsafe {
            let p = pyaot_str_from_utf8("héllo".as_ptr(), 6);
            assert_eq!((*p).nchars, 5);
            assert_eq!(text(p), "héllo");
            assert_eq!(text(pyaot_str_from_utf8(core::ptr::null(), 0)), "");
        }
    }

    #[test]
    fn concat_join_repeat() {
        // SAFETY: live strings.
        unsafe {
            assert_eq!(text(pyaot_str_concat(s("ab"), s("çd"))), "abçd");
            assert_eq!(text(pyaot_str_concat(s(""), s("x"))), "x");
            let parts = [s("a"), s(""), s("é"), s("=1")];
            let joined = pyaot_str_join(parts.as_ptr(), 4);
            assert_eq!((*joined).nchars, 4);
            assert_eq!(text(joined), "aé=1");
            assert_eq!(text(pyaot_str_join(core::ptr::null(), 0)), "");
            assert_eq!(text(pyaot_str_repeat(s("ab"), 3)), "ababab");
            assert_eq!(text(pyaot_str_repeat(s("é"), 5)), "ééééé");
            assert_eq!(text(pyaot_str_repeat(s("ab"), 0)), "");
            assert_eq!(text(pyaot_str_repeat(s("ab"), -3)), "");
            // python3 -c "'ab' * 2**62"  -> OverflowError: repeated string is too long
            assert!(pyaot_str_repeat(s("ab"), 1 << 62).is_null());
            assert_raised(ExcKind::OverflowError, "repeated string is too long");
        }
    }

    #[test]
    fn indexing() {
        // SAFETY: live strings.
        unsafe {
            assert_eq!(pyaot_str_len(s("héllo")), 5);
            assert_eq!(text(pyaot_str_getitem(s("abc"), 0)), "a");
            assert_eq!(text(pyaot_str_getitem(s("abc"), -1)), "c");
            assert_eq!(text(pyaot_str_getitem(s("héllo"), 1)), "é");
            assert_eq!(text(pyaot_str_getitem(s("héllo"), -4)), "é");
            // python3 -c "'abc'[5]"  -> IndexError: string index out of range
            assert!(pyaot_str_getitem(s("abc"), 3).is_null());
            assert_raised(ExcKind::IndexError, "string index out of range");
            assert!(pyaot_str_getitem(s("é"), -2).is_null());
            assert_raised(ExcKind::IndexError, "string index out of range");
        }
    }

    #[test]
    fn slicing() {
        // python3 -c "s='hello'; print(s[1:3], s[::-1], s[::2], s[-3:], s[4:1:-2])"
        assert_eq!(text(slice("hello", Some(1), Some(3), 1)), "el");
        assert_eq!(text(slice("hello", None, None, -1)), "olleh");
        assert_eq!(text(slice("hello", None, None, 2)), "hlo");
        assert_eq!(text(slice("hello", Some(-3), None, 1)), "llo");
        assert_eq!(text(slice("hello", Some(4), Some(1), -2)), "ol");
        assert_eq!(text(slice("hello", Some(9), None, 1)), "");
        // python3 -c "s='héllo wörld'; print(s[1:4], s[::-1], s[1::3], s[-5:-1])"
        assert_eq!(text(slice("héllo wörld", Some(1), Some(4), 1)), "éll");
        assert_eq!(text(slice("héllo wörld", None, None, -1)), "dlröw olléh");
        assert_eq!(text(slice("héllo wörld", Some(1), None, 3)), "éoöd");
        assert_eq!(text(slice("héllo wörld", Some(-5), Some(-1), 1)), "wörl");
        // python3 -c "'abc'[::0]"  -> ValueError: slice step cannot be zero
        assert!(slice("abc", None, None, 0).is_null());
        assert_raised(ExcKind::ValueError, "slice step cannot be zero");
    }

    #[test]
    fn comparisons() {
        // SAFETY: live strings.
        unsafe {
            assert_eq!(pyaot_str_eq(s("abc"), s("abc")), 1);
            assert_eq!(pyaot_str_eq(s("abc"), s("abd")), 0);
            assert_eq!(pyaot_str_cmp(s("abc"), s("abd")), -1);
            assert_eq!(pyaot_str_cmp(s("b"), s("abc")), 1);
            assert_eq!(pyaot_str_cmp(s("ab"), s("ab")), 0);
            assert_eq!(pyaot_str_cmp(s("ab"), s("abc")), -1);
            // python3 -c "print('\uffff' < '\U00010000', 'z' < 'é')"  -> True True
            assert_eq!(pyaot_str_cmp(s("\u{ffff}"), s("\u{10000}")), -1);
            assert_eq!(pyaot_str_cmp(s("z"), s("é")), -1);
            assert_eq!(pyaot_str_contains(s("hello"), s("ell")), 1);
            assert_eq!(pyaot_str_contains(s("hello"), s("")), 1);
            assert_eq!(pyaot_str_contains(s("hello"), s("lol")), 0);
        }
    }
}
