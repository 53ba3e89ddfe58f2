//! Substring search: `str.find`, `rfind`, `index`, `rindex`, `count`,
//! `startswith`, `endswith` and `replace`.
//!
//! All borrow their strings. Positions are code-point indices; the optional
//! `start`/`end` bounds (each with a `has_` flag, 0 meaning omitted) are
//! resolved like CPython's `ADJUST_INDICES`: negative counts from the end,
//! both clamp to the string, and a window whose start lies past its end
//! finds nothing, not even "" (`'abc'.find('', 4)` is -1). Searching works
//! on the UTF-8 bytes, where a match of valid UTF-8 in valid UTF-8 always
//! starts on a character boundary.

use crate::exc::{self, ExcKind};
use crate::heap;
use crate::str_obj::{self, Str};
use crate::str_ops::{char_offset, same};
use crate::tuple_obj::{self, Tuple};

/// The part of a string that `[start:end]` selects.
struct Window<'a> {
    /// The selected text.
    text: &'a str,
    /// Code-point index of its first character in the whole string.
    first: usize,
    /// Whether the text is ASCII (byte offsets are code-point offsets).
    ascii: bool,
}

impl Window<'_> {
    /// The code-point index in the whole string of byte offset `at`.
    fn index_of(&self, at: usize) -> i64 {
        let within = if self.ascii {
            at
        } else {
            str_obj::count_chars(self.text.as_bytes().get(..at).unwrap_or(&[]))
        };
        (self.first + within) as i64
    }
}

/// Resolves `s[start:end]` for the search functions; None when the window
/// is empty with its start past its end.
///
/// # Safety
/// `s` is a live string that outlives `'a`.
unsafe fn window<'a>(
    s: *const Str,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
) -> Option<Window<'a>> {
    // SAFETY: live string (caller).
    let (text, nchars) = unsafe { (str_obj::as_str(s), str_obj::nchars(s)) };
    let len = nchars as i64;
    let end = match (has_end != 0).then_some(end) {
        None => len,
        Some(e) if e > len => len,
        Some(e) if e < 0 => (e + len).max(0),
        Some(e) => e,
    };
    let start = match (has_start != 0).then_some(start) {
        None => 0,
        Some(b) if b < 0 => (b + len).max(0),
        Some(b) => b,
    };
    if start > end {
        return None;
    }
    // Now 0 <= start <= end <= len.
    let (start, end) = (start as usize, end as usize);
    let ascii = nchars == text.len();
    let (from, to) = if ascii {
        (start, end)
    } else if (start, end) == (0, nchars) {
        (0, text.len())
    } else {
        let from = char_offset(text, start);
        let to = from + char_offset(text.get(from..).unwrap_or(""), end - start);
        (from, to)
    };
    Some(Window {
        text: text.get(from..to)?,
        first: start,
        ascii,
    })
}

/// `int64_t pyaot_str_find(const Str *s, const Str *sub, int64_t start,
/// int64_t end, uint8_t has_start, uint8_t has_end)`:
/// `s.find(sub[, start[, end]])`, the lowest index of `sub` within
/// `s[start:end]`, or -1.
///
/// # Safety
/// `s` and `sub` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_find(
    s: *const Str,
    sub: *const Str,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
) -> i64 {
    // SAFETY: live strings (caller).
    unsafe {
        let Some(w) = window(s, start, end, has_start, has_end) else {
            return -1;
        };
        w.text
            .find(str_obj::as_str(sub))
            .map_or(-1, |at| w.index_of(at))
    }
}

/// `int64_t pyaot_str_rfind(const Str *s, const Str *sub, int64_t start,
/// int64_t end, uint8_t has_start, uint8_t has_end)`:
/// `s.rfind(sub[, start[, end]])`, the highest index of `sub` within
/// `s[start:end]`, or -1.
///
/// # Safety
/// `s` and `sub` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_rfind(
    s: *const Str,
    sub: *const Str,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
) -> i64 {
    // SAFETY: live strings (caller).
    unsafe {
        let Some(w) = window(s, start, end, has_start, has_end) else {
            return -1;
        };
        w.text
            .rfind(str_obj::as_str(sub))
            .map_or(-1, |at| w.index_of(at))
    }
}

/// Writes a found index, or raises ValueError "substring not found".
///
/// # Safety
/// `out` is writable.
unsafe fn found_or_raise(index: i64, out: *mut i64) -> u8 {
    if index < 0 {
        return exc::fail_flag(ExcKind::ValueError, b"substring not found");
    }
    // SAFETY: caller.
    unsafe { out.write(index) };
    0
}

/// `uint8_t pyaot_str_index(const Str *s, const Str *sub, int64_t start,
/// int64_t end, uint8_t has_start, uint8_t has_end, int64_t *out)`:
/// `s.index(sub[, start[, end]])`: as `pyaot_str_find`, but writes the
/// index to `out` and returns 0, or raises ValueError "substring not found"
/// and returns 1.
///
/// # Safety
/// `s` and `sub` are live strings; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_index(
    s: *const Str,
    sub: *const Str,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
    out: *mut i64,
) -> u8 {
    // SAFETY: forwarded.
    unsafe {
        let index = pyaot_str_find(s, sub, start, end, has_start, has_end);
        found_or_raise(index, out)
    }
}

/// `uint8_t pyaot_str_rindex(const Str *s, const Str *sub, int64_t start,
/// int64_t end, uint8_t has_start, uint8_t has_end, int64_t *out)`:
/// `s.rindex(sub[, start[, end]])`: as `pyaot_str_rfind`, but writes the
/// index to `out` and returns 0, or raises ValueError "substring not found"
/// and returns 1.
///
/// # Safety
/// `s` and `sub` are live strings; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_rindex(
    s: *const Str,
    sub: *const Str,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
    out: *mut i64,
) -> u8 {
    // SAFETY: forwarded.
    unsafe {
        let index = pyaot_str_rfind(s, sub, start, end, has_start, has_end);
        found_or_raise(index, out)
    }
}

/// `int64_t pyaot_str_count(const Str *s, const Str *sub, int64_t start,
/// int64_t end, uint8_t has_start, uint8_t has_end)`:
/// `s.count(sub[, start[, end]])`, the number of non-overlapping
/// occurrences of `sub` in `s[start:end]` (for "", one more than the
/// window's length).
///
/// # Safety
/// `s` and `sub` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_count(
    s: *const Str,
    sub: *const Str,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
) -> i64 {
    // SAFETY: live strings (caller).
    unsafe {
        let Some(w) = window(s, start, end, has_start, has_end) else {
            return 0;
        };
        let sub = str_obj::as_str(sub);
        if sub.is_empty() {
            return w.index_of(w.text.len()) - w.first as i64 + 1;
        }
        w.text.matches(sub).count() as i64
    }
}

/// `uint8_t pyaot_str_startswith(const Str *s, const Str *prefix)`:
/// `s.startswith(prefix)`.
///
/// # Safety
/// `s` and `prefix` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_startswith(s: *const Str, prefix: *const Str) -> u8 {
    // SAFETY: live strings (caller).
    unsafe { str_obj::bytes(s).starts_with(str_obj::bytes(prefix)) as u8 }
}

/// `uint8_t pyaot_str_endswith(const Str *s, const Str *suffix)`:
/// `s.endswith(suffix)`.
///
/// # Safety
/// `s` and `suffix` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_endswith(s: *const Str, suffix: *const Str) -> u8 {
    // SAFETY: live strings (caller).
    unsafe { str_obj::bytes(s).ends_with(str_obj::bytes(suffix)) as u8 }
}

/// Whether `test` holds for `s` and any string of the tuple `t` (whose
/// slots are all strings).
///
/// # Safety
/// `s` is a live string; `t` a live tuple of strings.
unsafe fn any_of(s: *const Str, t: *const Tuple, test: fn(&[u8], &[u8]) -> bool) -> u8 {
    // SAFETY: live objects (caller); str slots hold live strings.
    unsafe {
        let text = str_obj::bytes(s);
        tuple_obj::slots(t)
            .iter()
            .any(|&slot| test(text, str_obj::bytes(slot as *const Str))) as u8
    }
}

/// `uint8_t pyaot_str_startswith_any(const Str *s, const Tuple *t)`:
/// `s.startswith(t)` for a tuple of strings: whether any is a prefix.
///
/// # Safety
/// `s` is a live string; `t` a live tuple of strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_startswith_any(s: *const Str, t: *const Tuple) -> u8 {
    // SAFETY: forwarded.
    unsafe { any_of(s, t, |text, p| text.starts_with(p)) }
}

/// `uint8_t pyaot_str_endswith_any(const Str *s, const Tuple *t)`:
/// `s.endswith(t)` for a tuple of strings: whether any is a suffix.
///
/// # Safety
/// `s` is a live string; `t` a live tuple of strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_endswith_any(s: *const Str, t: *const Tuple) -> u8 {
    // SAFETY: forwarded.
    unsafe { any_of(s, t, |text, p| text.ends_with(p)) }
}

/// `Str *pyaot_str_replace(const Str *s, const Str *old, const Str *new,
/// int64_t count)`: `s.replace(old, new, count)`, replacing the first
/// `count` non-overlapping occurrences (all when `count` is negative). An
/// empty `old` matches before every character and at the end, so
/// `'ab'.replace('', '-')` is "-a-b-". Borrows the strings; returns a new
/// reference.
///
/// # Safety
/// `s`, `old` and `new` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_replace(
    s: *const Str,
    old: *const Str,
    new: *const Str,
    count: i64,
) -> *mut Str {
    // SAFETY: live strings (caller).
    let (text, nchars, old_text, old_chars, new_text, new_chars) = unsafe {
        (
            str_obj::as_str(s),
            str_obj::nchars(s),
            str_obj::as_str(old),
            str_obj::nchars(old),
            str_obj::bytes(new),
            str_obj::nchars(new),
        )
    };
    let max = usize::try_from(count).unwrap_or(usize::MAX);
    let matches = if old_text.is_empty() {
        (nchars + 1).min(max)
    } else {
        text.matches(old_text).take(max).count()
    };
    if matches == 0 {
        // SAFETY: live string (caller).
        return unsafe { same(s) };
    }
    // The result is at most the (addressable) input plus the insertions.
    let Some(len) = new_text
        .len()
        .checked_mul(matches)
        .and_then(|added| (text.len() - old_text.len() * matches).checked_add(added))
    else {
        heap::out_of_memory();
    };
    let out_chars = nchars - old_chars * matches + new_chars * matches;
    str_obj::build(len, out_chars, |out| {
        let mut rest = text;
        if old_text.is_empty() {
            for _ in 0..matches {
                out.put(new_text);
                let Some(c) = rest.chars().next() else {
                    break;
                };
                let (head, tail) = rest.split_at(c.len_utf8());
                out.put(head.as_bytes());
                rest = tail;
            }
        } else {
            for _ in 0..matches {
                let Some(at) = rest.find(old_text) else {
                    break;
                };
                out.put(rest.get(..at).unwrap_or("").as_bytes());
                out.put(new_text);
                rest = rest.get(at + old_text.len()..).unwrap_or("");
            }
        }
        out.put(rest.as_bytes());
    })
}

/// `uint8_t pyaot_str_affix(const Str *s, const void *p, int64_t start,
/// int64_t end, uint8_t has_start, uint8_t has_end, uint8_t ends, uint8_t tuple)`:
/// `s.startswith(p, start, end)` or, with `ends`, `s.endswith(...)`; `p`
/// a str or, with `tuple`, a tuple of str. As CPython's
/// `tailmatch`, the bounds are resolved as a slice's and a window whose
/// start is past its end matches nothing (not even "").
///
/// # Safety
/// `s` is a live string; `p` a live str or tuple of str as `tuple` says.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_affix(
    s: *const Str,
    p: *const u8,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
    ends: u8,
    tuple: u8,
) -> u8 {
    // SAFETY: live string (caller); the window borrows it.
    let Some(w) = (unsafe { window(s, start, end, has_start, has_end) }) else {
        return 0;
    };
    let text = w.text.as_bytes();
    let test = |affix: &[u8]| {
        if ends == 0 {
            text.starts_with(affix)
        } else {
            text.ends_with(affix)
        }
    };
    // SAFETY: `p` is a str or a tuple of str (caller).
    unsafe {
        if tuple == 0 {
            test(str_obj::bytes(p.cast())) as u8
        } else {
            tuple_obj::slots(p.cast())
                .iter()
                .any(|&slot| test(str_obj::bytes(slot as *const Str))) as u8
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_raised, s, text};

    /// `t.find(sub, start, end)` with omitted bounds as None; `rev` for rfind.
    fn find(t: &str, sub: &str, start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
        let f = if rev { pyaot_str_rfind } else { pyaot_str_find };
        // SAFETY: live strings.
        unsafe {
            f(
                s(t),
                s(sub),
                start.unwrap_or(0),
                end.unwrap_or(0),
                start.is_some() as u8,
                end.is_some() as u8,
            )
        }
    }

    fn count(t: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
        // SAFETY: live strings.
        unsafe {
            pyaot_str_count(
                s(t),
                s(sub),
                start.unwrap_or(0),
                end.unwrap_or(0),
                start.is_some() as u8,
                end.is_some() as u8,
            )
        }
    }

    #[test]
    fn find_and_rfind() {
        // python3 -c "print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind('', 1), 'abc'.rfind('', 5), 'abc'.rfind('', -1), 'abc'.find('', -10, -5))"
        // -> 3 -1 3 -1 3 0
        assert_eq!(find("abc", "", Some(3), None, false), 3);
        assert_eq!(find("abc", "", Some(4), None, false), -1);
        assert_eq!(find("abc", "", Some(1), None, true), 3);
        assert_eq!(find("abc", "", Some(5), None, true), -1);
        assert_eq!(find("abc", "", Some(-1), None, true), 3);
        assert_eq!(find("abc", "", Some(-10), Some(-5), false), 0);
        // python3 -c "print('abcabc'.rfind('b', 0, 4), 'abcabc'.find('c', -1), 'abcabc'.find('bc', 2), 'abcabc'.find('x'))"
        // -> 1 5 4 -1
        assert_eq!(find("abcabc", "b", Some(0), Some(4), true), 1);
        assert_eq!(find("abcabc", "c", Some(-1), None, false), 5);
        assert_eq!(find("abcabc", "bc", Some(2), None, false), 4);
        assert_eq!(find("abcabc", "x", None, None, false), -1);
        // python3 -c "print('héllo wörld'.find('ö'), 'héllo wörld'.rfind('l', 0, -2), 'héllo'.find('l', 10), 'héllo wörld'.find('l', -3, -1), 'ééé'.rfind('é', None, 2))"
        // -> 7 3 -1 9 1
        assert_eq!(find("héllo wörld", "ö", None, None, false), 7);
        assert_eq!(find("héllo wörld", "l", Some(0), Some(-2), true), 3);
        assert_eq!(find("héllo", "l", Some(10), None, false), -1);
        assert_eq!(find("héllo wörld", "l", Some(-3), Some(-1), false), 9);
        assert_eq!(find("ééé", "é", None, Some(2), true), 1);
    }

    #[test]
    fn index_raises() {
        let mut out = 0;
        // SAFETY: live strings; `out` is writable.
        unsafe {
            assert_eq!(pyaot_str_index(s("héllo"), s("l"), 0, 0, 0, 0, &mut out), 0);
            assert_eq!(out, 2);
            assert_eq!(
                pyaot_str_rindex(s("héllo"), s("l"), 0, 0, 0, 0, &mut out),
                0
            );
            assert_eq!(out, 3);
            // python3 -c "'a'.index('b')"  -> ValueError: substring not found
            assert_eq!(pyaot_str_index(s("a"), s("b"), 0, 0, 0, 0, &mut out), 1);
            assert_raised(ExcKind::ValueError, "substring not found");
            // python3 -c "'abc'.rindex('c', 0, 2)"  -> ValueError: substring not found
            assert_eq!(pyaot_str_rindex(s("abc"), s("c"), 0, 2, 1, 1, &mut out), 1);
            assert_raised(ExcKind::ValueError, "substring not found");
        }
    }

    #[test]
    fn counting() {
        // python3 -c "print('abc'.count(''), 'abc'.count('', 1), 'abc'.count('', 5), 'abc'.count('', -1), 'aaaa'.count('aa'), 'héllo wörld'.count('l', 3), 'ééé'.count(''), 'ab'.count('abc'))"
        // -> 4 3 0 2 2 2 4 0
        assert_eq!(count("abc", "", None, None), 4);
        assert_eq!(count("abc", "", Some(1), None), 3);
        assert_eq!(count("abc", "", Some(5), None), 0);
        assert_eq!(count("abc", "", Some(-1), None), 2);
        assert_eq!(count("aaaa", "aa", None, None), 2);
        assert_eq!(count("héllo wörld", "l", Some(3), None), 2);
        assert_eq!(count("ééé", "", None, None), 4);
        assert_eq!(count("ab", "abc", None, None), 0);
    }

    #[test]
    fn prefixes() {
        // SAFETY: live strings.
        unsafe {
            // python3 -c "print('abc'.startswith(''), ''.endswith(''), 'héllo'.startswith('hé'), 'héllo'.endswith('lo'), 'ab'.startswith('abc'))"
            // -> True True True True False
            assert_eq!(pyaot_str_startswith(s("abc"), s("")), 1);
            assert_eq!(pyaot_str_endswith(s(""), s("")), 1);
            assert_eq!(pyaot_str_startswith(s("héllo"), s("hé")), 1);
            assert_eq!(pyaot_str_endswith(s("héllo"), s("lo")), 1);
            assert_eq!(pyaot_str_startswith(s("ab"), s("abc")), 0);
        }
    }

    #[test]
    fn replacing() {
        let replace = |t: &str, old: &str, new: &str, n: i64| {
            // SAFETY: live strings.
            text(unsafe { pyaot_str_replace(s(t), s(old), s(new), n) })
        };
        // python3 -c "print(repr(''.replace('', 'x', 1)), 'abc'.replace('', '-', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 0), 'aaa'.replace('a', 'bb', 2), 'aaaa'.replace('aa', 'x'), 'héllo'.replace('l', 'L'), repr('x'.replace('x', '')), 'ééé'.replace('', 'ö', 3), 'aé'.replace('é', 'ab'))"
        // -> 'x' -a-bc -a-b-c- abc bbbba xx héLLo '' öéöéöé aab
        assert_eq!(replace("", "", "x", 1), "x");
        assert_eq!(replace("abc", "", "-", 2), "-a-bc");
        assert_eq!(replace("abc", "", "-", -1), "-a-b-c-");
        assert_eq!(replace("abc", "", "-", 0), "abc");
        assert_eq!(replace("aaa", "a", "bb", 2), "bbbba");
        assert_eq!(replace("aaaa", "aa", "x", -1), "xx");
        assert_eq!(replace("héllo", "l", "L", -1), "héLLo");
        assert_eq!(replace("x", "x", "", -1), "");
        assert_eq!(replace("ééé", "", "ö", 3), "öéöéöé");
        assert_eq!(replace("aé", "é", "ab", -7), "aab");
        // The nchars of a result (checked by build in debug builds too).
        // SAFETY: live strings; the result is released.
        unsafe {
            let r = pyaot_str_replace(s("aéb"), s("é"), s("xy"), -1);
            assert_eq!((*r).nchars, 4);
            crate::object::decref(r.cast());
        }
    }
}
