//! Splitting, joining and stripping: `str.split`, `rsplit`, `splitlines`,
//! `sep.join(list)`, `strip`, `lstrip` and `rstrip`, as CPython 3.11's
//! stringlib (Objects/stringlib/split.h) does them.
//!
//! All borrow their arguments and return new references; lists hold str
//! elements. "Whitespace" is `str.isspace()` (Unicode 14, as CPython),
//! which is wider than ASCII: U+3000 and U+0085 split, U+200B does not.

use crate::exc::{self, ExcKind};
use crate::heap;
use crate::list_obj::{self, Elem, List};
use crate::str_obj::{self, Str};
use crate::str_ops::same;
use crate::unicode;
use alloc::vec::Vec;

/// A new string for a part of `whole`'s text (`whole` itself when the part
/// is all of it).
///
/// # Safety
/// `whole` is a live string and `part` a subslice of its text.
unsafe fn part_of(whole: *const Str, part: &str) -> *mut Str {
    // SAFETY: live string (caller).
    let (len, ascii) = unsafe { ((*whole).len as usize, (*whole).len == (*whole).nchars) };
    if part.len() == len {
        // SAFETY: live string (caller).
        return unsafe { same(whole) };
    }
    if ascii {
        str_obj::new_with_nchars(part.as_bytes(), part.len())
    } else {
        str_obj::new(part.as_bytes())
    }
}

/// A list of new strings for `parts` of `whole`'s text, in order.
///
/// # Safety
/// As for [`part_of`], for every part.
unsafe fn list_of_parts<'a>(whole: *const Str, parts: impl Iterator<Item = &'a str>) -> *mut List {
    let list = list_obj::new(Elem::Str, 0);
    for part in parts {
        // SAFETY: a fresh str list; the part is a new reference it takes.
        unsafe { list_obj::push_owned(list, part_of(whole, part) as u64) };
    }
    list
}

/// The maximum number of splits: all of them for a negative `maxsplit`.
fn split_limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `s.split(None, maxsplit)`: runs of whitespace separate, and leading and
/// trailing whitespace yields no empty parts; after `limit` splits the rest
/// (with its leading whitespace dropped) is the last part.
fn split_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text.trim_start_matches(unicode::is_space);
    while !rest.is_empty() {
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        let end = rest.find(unicode::is_space).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(end);
        parts.push(word);
        rest = tail.trim_start_matches(unicode::is_space);
    }
    parts
}

/// `s.rsplit(None, maxsplit)`: [`split_whitespace`] from the right; parts
/// come out last first.
fn rsplit_whitespace(text: &str, limit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text.trim_end_matches(unicode::is_space);
    while !rest.is_empty() {
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        let start = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| unicode::is_space(c))
            .map_or(0, |(at, c)| at + c.len_utf8());
        let (head, word) = rest.split_at(start);
        parts.push(word);
        rest = head.trim_end_matches(unicode::is_space);
    }
    parts
}

/// The separator argument of split/rsplit: None for whitespace, or the
/// text, or a raised ValueError "empty separator".
///
/// # Safety
/// `sep` is NULL or a live string.
unsafe fn separator<'a>(sep: *const Str) -> Result<Option<&'a str>, ()> {
    if sep.is_null() {
        return Ok(None);
    }
    // SAFETY: live string (caller).
    let sep = unsafe { str_obj::as_str(sep) };
    if sep.is_empty() {
        exc::raise(ExcKind::ValueError, b"empty separator");
        return Err(());
    }
    Ok(Some(sep))
}

/// `List *pyaot_str_split(const Str *s, const Str *sep, int64_t maxsplit)`:
/// `s.split(sep, maxsplit)`, a new list[str]. `sep` NULL splits at runs of
/// whitespace; a negative `maxsplit` splits everywhere. Raises ValueError
/// "empty separator" (returning NULL) for `sep == ""`.
///
/// # Safety
/// `s` is a live string; `sep` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_split(
    s: *const Str,
    sep: *const Str,
    maxsplit: i64,
) -> *mut List {
    // SAFETY: live strings (caller).
    let (text, sep) = unsafe {
        match separator(sep) {
            Ok(sep) => (str_obj::as_str(s), sep),
            Err(()) => return core::ptr::null_mut(),
        }
    };
    let limit = split_limit(maxsplit);
    // SAFETY: every part is a subslice of `s`'s text.
    unsafe {
        match sep {
            None => list_of_parts(s, split_whitespace(text, limit).into_iter()),
            Some(sep) => list_of_parts(s, text.splitn(limit.saturating_add(1), sep)),
        }
    }
}

/// `List *pyaot_str_rsplit(const Str *s, const Str *sep, int64_t maxsplit)`:
/// `s.rsplit(sep, maxsplit)`, as `pyaot_str_split` but splitting from the
/// right, so only the leftmost part holds unsplit text.
///
/// # Safety
/// `s` is a live string; `sep` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_rsplit(
    s: *const Str,
    sep: *const Str,
    maxsplit: i64,
) -> *mut List {
    // SAFETY: live strings (caller).
    let (text, sep) = unsafe {
        match separator(sep) {
            Ok(sep) => (str_obj::as_str(s), sep),
            Err(()) => return core::ptr::null_mut(),
        }
    };
    let limit = split_limit(maxsplit);
    let mut parts: Vec<&str> = match sep {
        None => rsplit_whitespace(text, limit),
        Some(sep) => text.rsplitn(limit.saturating_add(1), sep).collect(),
    };
    parts.reverse();
    // SAFETY: every part is a subslice of `s`'s text.
    unsafe { list_of_parts(s, parts.into_iter()) }
}

/// Whether `c` ends a line for `str.splitlines()`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `List *pyaot_str_splitlines(const Str *s, uint8_t keepends)`:
/// `s.splitlines(keepends)`, a new list[str]. Lines end at `\n`, `\r`,
/// `\r\n`, `\x0b`, `\x0c`, `\x1c`, `\x1d`, `\x1e`, `\x85`, U+2028 and
/// U+2029; a final line break adds no empty line.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_splitlines(s: *const Str, keepends: u8) -> *mut List {
    // SAFETY: live string (caller).
    let mut rest = unsafe { str_obj::as_str(s) };
    let lines = core::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let eol = rest.find(is_line_break).unwrap_or(rest.len());
        let after = match rest.get(eol..) {
            Some(tail) if tail.starts_with("\r\n") => eol + 2,
            Some(tail) => eol + tail.chars().next().map_or(0, char::len_utf8),
            None => eol,
        };
        let line = rest.get(..if keepends != 0 { after } else { eol });
        rest = rest.get(after..).unwrap_or("");
        line
    });
    // SAFETY: every line is a subslice of `s`'s text.
    unsafe { list_of_parts(s, lines) }
}

/// CPython's name for the type of an element kind, for join's TypeError.
fn type_name(elem: Elem) -> &'static [u8] {
    match elem {
        Elem::Int => b"int",
        Elem::Float => b"float",
        Elem::Bool => b"bool",
        Elem::Str => b"str",
        Elem::List => b"list",
        Elem::None => b"NoneType",
        Elem::Dict => b"dict",
        Elem::Tuple => b"tuple",
        Elem::Set => b"set",
        Elem::Bytes => b"bytes",
        Elem::Deque => b"collections.deque",
        // The compiler rejects joining instances.
        Elem::Obj => b"object",
    }
}

/// `Str *pyaot_str_join_list(const Str *sep, const List *items)`:
/// `sep.join(items)` for a list of strings, a new reference. A non-empty
/// list of another element kind raises TypeError "sequence item 0:
/// expected str instance, int found" (returning NULL), as CPython.
///
/// # Safety
/// `sep` is a live string; `items` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_join_list(sep: *const Str, items: *const List) -> *mut Str {
    // SAFETY: live list (caller).
    let (elem, slots) = unsafe { (list_obj::elem_of(items), list_obj::slots(items)) };
    if slots.is_empty() {
        return str_obj::empty();
    }
    if elem != Elem::Str {
        let mut msg = Vec::new();
        msg.extend_from_slice(b"sequence item 0: expected str instance, ");
        msg.extend_from_slice(type_name(elem));
        msg.extend_from_slice(b" found");
        return exc::fail_null(ExcKind::TypeError, &msg);
    }
    let parts = || slots.iter().map(|&p| p as usize as *const Str);
    // SAFETY: live strings: the separator (caller) and the list's slots.
    unsafe {
        if let [only] = slots {
            return same(*only as usize as *const Str);
        }
        let sep_text = str_obj::bytes(sep);
        let gaps = slots.len() - 1;
        let mut len = sep_text.len().checked_mul(gaps);
        let mut nchars = str_obj::nchars(sep) * gaps;
        for p in parts() {
            len = len.and_then(|l| l.checked_add((*p).len as usize));
            nchars += str_obj::nchars(p);
        }
        let Some(len) = len else {
            heap::out_of_memory();
        };
        str_obj::build(len, nchars, |out| {
            for (i, p) in parts().enumerate() {
                if i > 0 {
                    out.put(sep_text);
                }
                out.put(str_obj::bytes(p));
            }
        })
    }
}

/// Which ends `strip` works on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ends {
    Both,
    Left,
    Right,
}

/// `s.strip(chars)` / `lstrip` / `rstrip`: `chars` NULL strips whitespace.
///
/// # Safety
/// `s` is a live string; `chars` is NULL or a live string.
unsafe fn strip(s: *const Str, chars: *const Str, ends: Ends) -> *mut Str {
    // SAFETY: live strings (caller).
    let text = unsafe { str_obj::as_str(s) };
    let set = if chars.is_null() {
        None
    } else {
        // SAFETY: live string (caller).
        Some(unsafe { str_obj::as_str(chars) })
    };
    let strips = |c: char| set.map_or_else(|| unicode::is_space(c), |set| set.contains(c));
    let mut kept = text;
    if ends != Ends::Right {
        kept = kept.trim_start_matches(strips);
    }
    if ends != Ends::Left {
        kept = kept.trim_end_matches(strips);
    }
    // SAFETY: `kept` is a subslice of `s`'s text.
    unsafe { part_of(s, kept) }
}

/// `Str *pyaot_str_strip(const Str *s, const Str *chars)`: `s.strip(chars)`;
/// `chars` NULL strips whitespace, otherwise any character in `chars`.
/// Borrows both; returns a new reference.
///
/// # Safety
/// `s` is a live string; `chars` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_strip(s: *const Str, chars: *const Str) -> *mut Str {
    // SAFETY: forwarded.
    unsafe { strip(s, chars, Ends::Both) }
}

/// `Str *pyaot_str_lstrip(const Str *s, const Str *chars)`: `s.lstrip(chars)`,
/// as `pyaot_str_strip` at the start only.
///
/// # Safety
/// `s` is a live string; `chars` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_lstrip(s: *const Str, chars: *const Str) -> *mut Str {
    // SAFETY: forwarded.
    unsafe { strip(s, chars, Ends::Left) }
}

/// `Str *pyaot_str_rstrip(const Str *s, const Str *chars)`: `s.rstrip(chars)`,
/// as `pyaot_str_strip` at the end only.
///
/// # Safety
/// `s` is a live string; `chars` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_rstrip(s: *const Str, chars: *const Str) -> *mut Str {
    // SAFETY: forwarded.
    unsafe { strip(s, chars, Ends::Right) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_raised, s, strings, text};
    use core::ptr;

    #[test]
    fn split_and_rsplit() {
        let check = |t: &str, sep: Option<&str>, maxsplit: i64, split: &[&str], rsplit: &[&str]| {
            let sep = sep.map_or(ptr::null(), s);
            // SAFETY: live strings (or NULL for the separator).
            unsafe {
                assert_eq!(
                    strings(pyaot_str_split(s(t), sep, maxsplit)),
                    split,
                    "{t:?}"
                );
                assert_eq!(
                    strings(pyaot_str_rsplit(s(t), sep, maxsplit)),
                    rsplit,
                    "{t:?}"
                );
            }
        };
        // python3: t.split(sep, maxsplit) and t.rsplit(sep, maxsplit)
        check("  a b  c  ", None, 1, &["a", "b  c  "], &["  a b", "c"]);
        check("  a b  c  ", None, -1, &["a", "b", "c"], &["a", "b", "c"]);
        check("  a b  ", None, 0, &["a b  "], &["  a b"]);
        check("   ", None, -1, &[], &[]);
        check("   ", None, 0, &[], &[]);
        check("", None, -1, &[], &[]);
        check("", Some(","), -1, &[""], &[""]);
        check(
            "a,b,,c,",
            Some(","),
            -1,
            &["a", "b", "", "c", ""],
            &["a", "b", "", "c", ""],
        );
        check(
            "a,b,,c,",
            Some(","),
            2,
            &["a", "b", ",c,"],
            &["a,b,", "c", ""],
        );
        check("a,b", Some(","), 0, &["a,b"], &["a,b"]);
        check("aaa", Some("aa"), -1, &["", "a"], &["a", ""]);
        check(
            " a\u{3000}b\u{85}c\u{200b}d ",
            None,
            -1,
            &["a", "b", "c\u{200b}d"],
            &["a", "b", "c\u{200b}d"],
        );
        check(
            "é, ü ,ö",
            Some(","),
            -1,
            &["é", " ü ", "ö"],
            &["é", " ü ", "ö"],
        );
        check("x", None, 5, &["x"], &["x"]);
        check("a b c", None, -5, &["a", "b", "c"], &["a", "b", "c"]);
    }

    #[test]
    fn empty_separator() {
        // SAFETY: live strings.
        unsafe {
            // python3 -c "'a,b'.split('')"  -> ValueError: empty separator
            assert!(pyaot_str_split(s("a,b"), s(""), -1).is_null());
            assert_raised(ExcKind::ValueError, "empty separator");
            // python3 -c "'a'.rsplit('')"  -> ValueError: empty separator
            assert!(pyaot_str_rsplit(s("a"), s(""), 1).is_null());
            assert_raised(ExcKind::ValueError, "empty separator");
        }
    }

    #[test]
    fn splitlines() {
        // python3: t.splitlines() and t.splitlines(True)
        let check = |t: &str, lines: &[&str], with_ends: &[&str]| {
            // SAFETY: live string.
            unsafe {
                assert_eq!(strings(pyaot_str_splitlines(s(t), 0)), lines, "{t:?}");
                assert_eq!(strings(pyaot_str_splitlines(s(t), 1)), with_ends, "{t:?}");
            }
        };
        check("a\u{d}\u{a}b\u{d}c\u{a}\u{a}d\u{b}e\u{1c}f\u{85}g\u{2028}h\u{2029}i\u{1d}j\u{1e}k\u{c}l", &["a", "b", "c", "", "d", "e", "f", "g", "h", "i", "j", "k", "l"], &["a\u{d}\u{a}", "b\u{d}", "c\u{a}", "\u{a}", "d\u{b}", "e\u{1c}", "f\u{85}", "g\u{2028}", "h\u{2029}", "i\u{1d}", "j\u{1e}", "k\u{c}", "l"]);
        check("a\u{d}\u{a}b\u{d}c\u{a}\u{a}d\u{b}e\u{1c}f\u{85}g\u{2028}h\u{2029}i\u{1d}j\u{1e}k\u{c}l\u{a}", &["a", "b", "c", "", "d", "e", "f", "g", "h", "i", "j", "k", "l"], &["a\u{d}\u{a}", "b\u{d}", "c\u{a}", "\u{a}", "d\u{b}", "e\u{1c}", "f\u{85}", "g\u{2028}", "h\u{2029}", "i\u{1d}", "j\u{1e}", "k\u{c}", "l\u{a}"]);
        check("", &[], &[]);
        check("\u{a}", &[""], &["\u{a}"]);
        check("a\u{a}", &["a"], &["a\u{a}"]);
        check("x\u{d}", &["x"], &["x\u{d}"]);
        check("one", &["one"], &["one"]);
    }

    #[test]
    fn strip_lstrip_rstrip() {
        // python3: [t.strip(chars), t.lstrip(chars), t.rstrip(chars)]
        let check = |t: &str, chars: Option<&str>, want: [&str; 3]| {
            let chars = chars.map_or(ptr::null(), s);
            // SAFETY: live strings (or NULL for the characters).
            let got = unsafe {
                [
                    text(pyaot_str_strip(s(t), chars)),
                    text(pyaot_str_lstrip(s(t), chars)),
                    text(pyaot_str_rstrip(s(t), chars)),
                ]
            };
            assert_eq!(got, want, "{t:?}");
        };
        check("  \u{9} hi \u{a}", None, ["hi", "hi \u{a}", "  \u{9} hi"]);
        check("xxhixyx", Some("xy"), ["hi", "hixyx", "xxhi"]);
        check("abc", Some(""), ["abc", "abc", "abc"]);
        check("\u{3000}é\u{85}", None, ["é", "é\u{85}", "\u{3000}é"]);
        check("ééaéé", Some("é"), ["a", "aéé", "ééa"]);
        check(
            "\u{200b}x\u{200b}",
            None,
            [
                "\u{200b}x\u{200b}",
                "\u{200b}x\u{200b}",
                "\u{200b}x\u{200b}",
            ],
        );
        check("", None, ["", "", ""]);
        check("   ", None, ["", "", ""]);
        check("\u{1f}a\u{1c}", None, ["a", "a\u{1c}", "\u{1f}a"]);
    }

    #[test]
    fn join() {
        let list = |items: &[&str]| {
            let l = list_obj::pyaot_list_new(Elem::Str as u32, 0);
            for t in items {
                // SAFETY: a live str list and string.
                unsafe { list_obj::pyaot_list_append(l, s(t) as u64) };
            }
            l
        };
        // SAFETY: live strings and lists.
        unsafe {
            // python3 -c "print('-'.join(['a', 'é', 'c']), repr('-'.join([])), '-'.join(['solo']), ''.join(['a', 'b']), ', '.join(['', '']))"
            // -> a-é-c '' solo ab ,
            let joined = pyaot_str_join_list(s("-"), list(&["a", "é", "c"]));
            assert_eq!((*joined).nchars, 5);
            assert_eq!(text(joined), "a-é-c");
            assert_eq!(text(pyaot_str_join_list(s("-"), list(&[]))), "");
            assert_eq!(text(pyaot_str_join_list(s("-"), list(&["solo"]))), "solo");
            assert_eq!(text(pyaot_str_join_list(s(""), list(&["a", "b"]))), "ab");
            assert_eq!(text(pyaot_str_join_list(s(", "), list(&["", ""]))), ", ");
            // python3 -c "','.join([1])"  -> TypeError: sequence item 0: expected str instance, int found
            let ints = list_obj::pyaot_list_new(Elem::Int as u32, 0);
            list_obj::pyaot_list_append(ints, 1);
            assert!(pyaot_str_join_list(s(","), ints).is_null());
            assert_raised(
                ExcKind::TypeError,
                "sequence item 0: expected str instance, int found",
            );
            // python3 -c "','.join([None])"  -> ... expected str instance, NoneType found
            let nones = list_obj::pyaot_list_new(Elem::None as u32, 0);
            list_obj::pyaot_list_append(nones, 0);
            assert!(pyaot_str_join_list(s(","), nones).is_null());
            assert_raised(
                ExcKind::TypeError,
                "sequence item 0: expected str instance, NoneType found",
            );
            // An empty list of another kind joins to "" (CPython: ','.join([])).
            let empty_ints = list_obj::pyaot_list_new(Elem::Int as u32, 0);
            assert_eq!(text(pyaot_str_join_list(s(","), empty_ints)), "");
        }
    }
}
