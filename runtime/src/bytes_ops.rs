//! Operators and methods of `bytes`, with CPython 3.11's semantics and
//! messages: indexing yields ints, searching and splitting work on raw
//! bytes, and the case and class methods only know ASCII.
//!
//! Every function borrows its object arguments and returns a new
//! reference (or a scalar); those that can raise return NULL or a 1 flag.

use crate::bytes_obj::{self, Bytes};
use crate::exc::{self, ExcKind};
use crate::list_obj::{self, Elem, List};
use crate::{heap, slice};
use alloc::vec::Vec;
use core::cmp::Ordering;

/// `Bytes *pyaot_bytes_concat(const Bytes *a, const Bytes *b)`: `a + b`.
///
/// # Safety
/// `a` and `b` are live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_concat(a: *const Bytes, b: *const Bytes) -> *mut Bytes {
    // SAFETY: live bytes (caller).
    let (x, y) = unsafe { (bytes_obj::data(a), bytes_obj::data(b)) };
    let (out, p) = match x.len().checked_add(y.len()) {
        Some(0) => return bytes_obj::empty(),
        Some(n) => bytes_obj::alloc(n),
        None => heap::out_of_memory(),
    };
    // SAFETY: `alloc` returned `x.len() + y.len()` writable bytes at `p`.
    unsafe {
        core::ptr::copy_nonoverlapping(x.as_ptr(), p, x.len());
        core::ptr::copy_nonoverlapping(y.as_ptr(), p.add(x.len()), y.len());
    }
    out
}

/// `Bytes *pyaot_bytes_repeat(const Bytes *b, int64_t n)`: `b * n` (empty
/// for `n <= 0`).
///
/// # Safety
/// `b` is a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_repeat(b: *const Bytes, n: i64) -> *mut Bytes {
    // SAFETY: live bytes (caller).
    let data = unsafe { bytes_obj::data(b) };
    let n = usize::try_from(n).unwrap_or(0);
    if n == 0 || data.is_empty() {
        return bytes_obj::empty();
    }
    let Some(total) = data.len().checked_mul(n) else {
        heap::out_of_memory();
    };
    let (out, p) = bytes_obj::alloc(total);
    for k in 0..n {
        // SAFETY: `alloc` returned `total = len * n` writable bytes.
        unsafe { core::ptr::copy_nonoverlapping(data.as_ptr(), p.add(k * data.len()), data.len()) };
    }
    out
}

/// `uint8_t pyaot_bytes_getitem(const Bytes *b, int64_t i, int64_t *out)`:
/// `b[i]` (an int), negative `i` counting from the end. Raises IndexError
/// "index out of range" and returns 1 when `i` is out of range.
///
/// # Safety
/// `b` is a live bytes object; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_getitem(b: *const Bytes, i: i64, out: *mut i64) -> u8 {
    // SAFETY: live bytes (caller).
    let data = unsafe { bytes_obj::data(b) };
    match slice::index(i, data.len()).and_then(|i| data.get(i)) {
        Some(&byte) => {
            // SAFETY: writable (caller).
            unsafe { out.write(byte as i64) };
            0
        }
        None => exc::fail_flag(ExcKind::IndexError, b"index out of range"),
    }
}

/// `Bytes *pyaot_bytes_slice(const Bytes *b, int64_t start, int64_t stop,
/// int64_t step, uint8_t has_start, uint8_t has_stop)`: `b[start:stop:step]`.
/// Raises ValueError "slice step cannot be zero" (returning NULL).
///
/// # Safety
/// `b` is a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_slice(
    b: *const Bytes,
    start: i64,
    stop: i64,
    step: i64,
    has_start: u8,
    has_stop: u8,
) -> *mut Bytes {
    // SAFETY: live bytes (caller).
    let data = unsafe { bytes_obj::data(b) };
    let start = (has_start != 0).then_some(start);
    let stop = (has_stop != 0).then_some(stop);
    let Some(r) = slice::resolve(data.len(), start, stop, step) else {
        return exc::fail_null(ExcKind::ValueError, b"slice step cannot be zero");
    };
    if r.step == 1 {
        let from = r.start as usize;
        return bytes_obj::new(data.get(from..from + r.len).unwrap_or(&[]));
    }
    let picked: Vec<u8> = (0..r.len as i64)
        .filter_map(|k| data.get((r.start + k * r.step) as usize).copied())
        .collect();
    bytes_obj::new(&picked)
}

/// `uint8_t pyaot_bytes_eq(const Bytes *a, const Bytes *b)`: `a == b`.
///
/// # Safety
/// `a` and `b` are live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_eq(a: *const Bytes, b: *const Bytes) -> u8 {
    // SAFETY: live bytes (caller).
    unsafe { (core::ptr::eq(a, b) || bytes_obj::data(a) == bytes_obj::data(b)) as u8 }
}

/// `int32_t pyaot_bytes_cmp(const Bytes *a, const Bytes *b)`: -1, 0 or 1
/// as `a` sorts before, equal to or after `b` (unsigned bytes,
/// lexicographically).
///
/// # Safety
/// `a` and `b` are live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_cmp(a: *const Bytes, b: *const Bytes) -> i32 {
    // SAFETY: live bytes (caller).
    match unsafe { bytes_obj::data(a).cmp(bytes_obj::data(b)) } {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

/// The first index of `needle` in `hay` (0 for an empty needle).
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The last index of `needle` in `hay` (`hay.len()` for an empty needle).
fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// `uint8_t pyaot_bytes_contains(const Bytes *hay, const Bytes *needle)`:
/// `needle in hay`.
///
/// # Safety
/// Both are live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_contains(hay: *const Bytes, needle: *const Bytes) -> u8 {
    // SAFETY: live bytes (caller).
    unsafe { find(bytes_obj::data(hay), bytes_obj::data(needle)).is_some() as u8 }
}

/// `uint8_t pyaot_bytes_contains_int(const Bytes *hay, int64_t i, uint8_t
/// *out)`: `i in hay`. Raises ValueError "byte must be in range(0, 256)"
/// and returns 1 for `i` outside it.
///
/// # Safety
/// `hay` is a live bytes object; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_contains_int(hay: *const Bytes, i: i64, out: *mut u8) -> u8 {
    let Ok(byte) = u8::try_from(i) else {
        return exc::fail_flag(ExcKind::ValueError, b"byte must be in range(0, 256)");
    };
    // SAFETY: live bytes, writable `out` (caller).
    unsafe { out.write(bytes_obj::data(hay).contains(&byte) as u8) };
    0
}

/// The `[start:end]` window of `data` the search methods look in, and its
/// offset; None when it is empty and starts past the end (where even an
/// empty needle is not found, as in CPython).
fn window(data: &[u8], start: i64, end: i64, has_start: u8, has_end: u8) -> Option<(&[u8], usize)> {
    let len = data.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let from = if has_start != 0 { clamp(start) } else { 0 };
    let to = if has_end != 0 { clamp(end) } else { len };
    if has_start != 0 && start > len {
        return None;
    }
    let (from, to) = (from as usize, (to as usize).max(from as usize));
    Some((data.get(from..to)?, from))
}

/// `int64_t pyaot_bytes_find(const Bytes *b, const Bytes *sub, int64_t
/// start, int64_t end, uint8_t has_start, uint8_t has_end)`:
/// `b.find(sub[, start[, end]])`, or -1.
///
/// # Safety
/// `b` and `sub` are live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_find(
    b: *const Bytes,
    sub: *const Bytes,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
) -> i64 {
    // SAFETY: live bytes (caller).
    let (data, sub) = unsafe { (bytes_obj::data(b), bytes_obj::data(sub)) };
    window(data, start, end, has_start, has_end)
        .and_then(|(w, at)| find(w, sub).map(|i| (i + at) as i64))
        .unwrap_or(-1)
}

/// `int64_t pyaot_bytes_rfind(...)`: as [`pyaot_bytes_find`], the highest
/// index.
///
/// # Safety
/// `b` and `sub` are live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_rfind(
    b: *const Bytes,
    sub: *const Bytes,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
) -> i64 {
    // SAFETY: live bytes (caller).
    let (data, sub) = unsafe { (bytes_obj::data(b), bytes_obj::data(sub)) };
    window(data, start, end, has_start, has_end)
        .and_then(|(w, at)| rfind(w, sub).map(|i| (i + at) as i64))
        .unwrap_or(-1)
}

/// Writes a found index, or raises ValueError "subsection not found".
///
/// # Safety
/// `out` is writable.
unsafe fn found_or_raise(index: i64, out: *mut i64) -> u8 {
    if index < 0 {
        return exc::fail_flag(ExcKind::ValueError, b"subsection not found");
    }
    // SAFETY: caller.
    unsafe { out.write(index) };
    0
}

/// `uint8_t pyaot_bytes_index(..., int64_t *out)`: `b.index(sub[, start[,
/// end]])`; raises ValueError "subsection not found" and returns 1.
///
/// # Safety
/// `b` and `sub` are live bytes objects; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_index(
    b: *const Bytes,
    sub: *const Bytes,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
    out: *mut i64,
) -> u8 {
    // SAFETY: forwarded.
    unsafe {
        found_or_raise(
            pyaot_bytes_find(b, sub, start, end, has_start, has_end),
            out,
        )
    }
}

/// `uint8_t pyaot_bytes_rindex(..., int64_t *out)`: `b.rindex(sub[,
/// start[, end]])`; raises ValueError "subsection not found" and returns 1.
///
/// # Safety
/// `b` and `sub` are live bytes objects; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_rindex(
    b: *const Bytes,
    sub: *const Bytes,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
    out: *mut i64,
) -> u8 {
    // SAFETY: forwarded.
    unsafe {
        found_or_raise(
            pyaot_bytes_rfind(b, sub, start, end, has_start, has_end),
            out,
        )
    }
}

/// `int64_t pyaot_bytes_count(...)`: `b.count(sub[, start[, end]])`,
/// non-overlapping occurrences (for an empty `sub`, the window's length
/// plus one).
///
/// # Safety
/// `b` and `sub` are live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_count(
    b: *const Bytes,
    sub: *const Bytes,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
) -> i64 {
    // SAFETY: live bytes (caller).
    let (data, sub) = unsafe { (bytes_obj::data(b), bytes_obj::data(sub)) };
    let Some((mut w, _)) = window(data, start, end, has_start, has_end) else {
        return 0;
    };
    if sub.is_empty() {
        return w.len() as i64 + 1;
    }
    let mut n = 0;
    while let Some(i) = find(w, sub) {
        n += 1;
        w = &w[i + sub.len()..];
    }
    n
}

/// `uint8_t pyaot_bytes_startswith(const Bytes *b, const Bytes *prefix)`.
///
/// # Safety
/// Both are live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_startswith(b: *const Bytes, prefix: *const Bytes) -> u8 {
    // SAFETY: live bytes (caller).
    unsafe { bytes_obj::data(b).starts_with(bytes_obj::data(prefix)) as u8 }
}

/// `uint8_t pyaot_bytes_endswith(const Bytes *b, const Bytes *suffix)`.
///
/// # Safety
/// Both are live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_endswith(b: *const Bytes, suffix: *const Bytes) -> u8 {
    // SAFETY: live bytes (caller).
    unsafe { bytes_obj::data(b).ends_with(bytes_obj::data(suffix)) as u8 }
}

/// CPython's `Py_ISSPACE` for bytes: space, `\t \n \r \v \f`.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A new `list[bytes]` of `parts`.
fn list_of(parts: impl Iterator<Item = *mut Bytes>) -> *mut List {
    let out = list_obj::new(Elem::Bytes, 0);
    for p in parts {
        // SAFETY: a fresh list of bytes; `p` is an owned reference.
        unsafe { list_obj::push_owned(out, p as u64) };
    }
    out
}

/// `List *pyaot_bytes_split(const Bytes *b, const Bytes *sep, int64_t
/// maxsplit)`: `b.split(sep, maxsplit)`, a new `list[bytes]`. `sep` NULL
/// splits at runs of ASCII whitespace; a negative `maxsplit` splits
/// everywhere. Raises ValueError "empty separator" (returning NULL).
///
/// # Safety
/// `b` is a live bytes object; `sep` is NULL or a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_split(
    b: *const Bytes,
    sep: *const Bytes,
    maxsplit: i64,
) -> *mut List {
    // SAFETY: live bytes (caller).
    let data = unsafe { bytes_obj::data(b) };
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    if sep.is_null() {
        return list_of(
            split_whitespace(data, limit)
                .into_iter()
                .map(bytes_obj::new),
        );
    }
    // SAFETY: live bytes (caller).
    let sep = unsafe { bytes_obj::data(sep) };
    if sep.is_empty() {
        return exc::fail_null(ExcKind::ValueError, b"empty separator");
    }
    let mut parts = Vec::new();
    let mut rest = data;
    while parts.len() < limit {
        let Some(i) = find(rest, sep) else { break };
        parts.push(&rest[..i]);
        rest = &rest[i + sep.len()..];
    }
    parts.push(rest);
    list_of(parts.into_iter().map(bytes_obj::new))
}

/// The parts of `data` between runs of whitespace, at most `limit` splits
/// (the last part then keeps the rest as is, trailing whitespace
/// included), as CPython's `split()`.
fn split_whitespace(data: &[u8], limit: usize) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let mut i = 0;
    let n = data.len();
    while i < n {
        while i < n && is_space(data[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if parts.len() == limit {
            parts.push(&data[i..]);
            break;
        }
        let start = i;
        while i < n && !is_space(data[i]) {
            i += 1;
        }
        parts.push(&data[start..i]);
    }
    parts
}

/// `Bytes *pyaot_bytes_join(const Bytes *sep, const List *items)`:
/// `sep.join(items)` of a `list[bytes]`.
///
/// # Safety
/// `sep` is a live bytes object; `items` a live list of bytes.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_join(sep: *const Bytes, items: *const List) -> *mut Bytes {
    // SAFETY: live objects (caller); the slots hold live bytes objects.
    unsafe {
        let sep = bytes_obj::data(sep);
        let mut out = Vec::new();
        for (k, &slot) in list_obj::slots(items).iter().enumerate() {
            if k > 0 {
                out.extend_from_slice(sep);
            }
            out.extend_from_slice(bytes_obj::data(slot as usize as *const Bytes));
        }
        bytes_obj::new(&out)
    }
}

/// `b.strip(chars)` and friends: `chars` NULL strips ASCII whitespace.
///
/// # Safety
/// `b` is a live bytes object; `chars` NULL or a live bytes object.
unsafe fn strip(b: *const Bytes, chars: *const Bytes, left: bool, right: bool) -> *mut Bytes {
    // SAFETY: live bytes (caller).
    let data = unsafe { bytes_obj::data(b) };
    let set = (!chars.is_null()).then(|| {
        // SAFETY: live bytes (caller).
        unsafe { bytes_obj::data(chars) }
    });
    let strips = |c: &u8| set.map_or_else(|| is_space(*c), |set| set.contains(c));
    let mut from = 0;
    let mut to = data.len();
    if left {
        from = data.iter().position(|c| !strips(c)).unwrap_or(to);
    }
    if right {
        to = data
            .iter()
            .rposition(|c| !strips(c))
            .map_or(from, |i| i + 1)
            .max(from);
    }
    bytes_obj::new(data.get(from..to).unwrap_or(&[]))
}

/// `Bytes *pyaot_bytes_strip(const Bytes *b, const Bytes *chars)`.
///
/// # Safety
/// `b` is a live bytes object; `chars` NULL or a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_strip(b: *const Bytes, chars: *const Bytes) -> *mut Bytes {
    // SAFETY: forwarded.
    unsafe { strip(b, chars, true, true) }
}

/// `Bytes *pyaot_bytes_lstrip(const Bytes *b, const Bytes *chars)`.
///
/// # Safety
/// `b` is a live bytes object; `chars` NULL or a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_lstrip(b: *const Bytes, chars: *const Bytes) -> *mut Bytes {
    // SAFETY: forwarded.
    unsafe { strip(b, chars, true, false) }
}

/// `Bytes *pyaot_bytes_rstrip(const Bytes *b, const Bytes *chars)`.
///
/// # Safety
/// `b` is a live bytes object; `chars` NULL or a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_rstrip(b: *const Bytes, chars: *const Bytes) -> *mut Bytes {
    // SAFETY: forwarded.
    unsafe { strip(b, chars, false, true) }
}

/// `Bytes *pyaot_bytes_replace(const Bytes *b, const Bytes *old, const
/// Bytes *new, int64_t count)`: `b.replace(old, new, count)`; a negative
/// `count` replaces all. An empty `old` inserts `new` between bytes and at
/// both ends, as CPython.
///
/// # Safety
/// All three are live bytes objects.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_replace(
    b: *const Bytes,
    old: *const Bytes,
    new: *const Bytes,
    count: i64,
) -> *mut Bytes {
    // SAFETY: live bytes (caller).
    let (data, old, new) = unsafe {
        (
            bytes_obj::data(b),
            bytes_obj::data(old),
            bytes_obj::data(new),
        )
    };
    let mut left = usize::try_from(count).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for &c in data {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(c);
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return bytes_obj::new(&out);
    }
    let mut rest = data;
    while left > 0 {
        let Some(i) = find(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        left -= 1;
    }
    out.extend_from_slice(rest);
    bytes_obj::new(&out)
}

/// `Bytes *pyaot_bytes_upper(const Bytes *b)`: ASCII letters upper-cased.
///
/// # Safety
/// `b` is a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_upper(b: *const Bytes) -> *mut Bytes {
    // SAFETY: live bytes (caller).
    bytes_obj::new(&unsafe { bytes_obj::data(b) }.to_ascii_uppercase())
}

/// `Bytes *pyaot_bytes_lower(const Bytes *b)`: ASCII letters lower-cased.
///
/// # Safety
/// `b` is a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_lower(b: *const Bytes) -> *mut Bytes {
    // SAFETY: live bytes (caller).
    bytes_obj::new(&unsafe { bytes_obj::data(b) }.to_ascii_lowercase())
}

/// `uint8_t pyaot_bytes_isdigit(const Bytes *b)`: non-empty, all ASCII
/// digits.
///
/// # Safety
/// `b` is a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_isdigit(b: *const Bytes) -> u8 {
    // SAFETY: live bytes (caller).
    let data = unsafe { bytes_obj::data(b) };
    (!data.is_empty() && data.iter().all(u8::is_ascii_digit)) as u8
}

/// `uint8_t pyaot_bytes_isalpha(const Bytes *b)`: non-empty, all ASCII
/// letters.
///
/// # Safety
/// `b` is a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_isalpha(b: *const Bytes) -> u8 {
    // SAFETY: live bytes (caller).
    let data = unsafe { bytes_obj::data(b) };
    (!data.is_empty() && data.iter().all(u8::is_ascii_alphabetic)) as u8
}

/// `uint8_t pyaot_bytes_affix(const Bytes *b, const void *p, int64_t
/// start, int64_t end, uint8_t has_start, uint8_t has_end, uint8_t ends, uint8_t tuple)`:
/// `b.startswith(p, start, end)` / `b.endswith(...)`, as
/// `pyaot_str_affix` (`tuple`: `p` is a tuple of bytes).
///
/// # Safety
/// `b` is a live bytes object; `p` a live bytes or tuple of bytes.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_affix(
    b: *const Bytes,
    p: *const u8,
    start: i64,
    end: i64,
    has_start: u8,
    has_end: u8,
    ends: u8,
    tuple: u8,
) -> u8 {
    // SAFETY: live bytes (caller).
    let data = unsafe { bytes_obj::data(b) };
    let len = data.len() as i64;
    let end = match (has_end != 0).then_some(end) {
        None => len,
        Some(e) if e > len => len,
        Some(e) if e < 0 => (e + len).max(0),
        Some(e) => e,
    };
    let start = match (has_start != 0).then_some(start) {
        None => 0,
        Some(s) if s < 0 => (s + len).max(0),
        Some(s) => s,
    };
    if start > end {
        return 0;
    }
    let text = data.get(start as usize..end as usize).unwrap_or(&[]);
    let test = |affix: &[u8]| {
        if ends == 0 {
            text.starts_with(affix)
        } else {
            text.ends_with(affix)
        }
    };
    // SAFETY: `p` is bytes or a tuple of bytes (caller).
    unsafe {
        if tuple == 0 {
            test(bytes_obj::data(p.cast())) as u8
        } else {
            crate::tuple_obj::slots(p.cast())
                .iter()
                .any(|&slot| test(bytes_obj::data(slot as *const Bytes))) as u8
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object;

    fn b(data: &[u8]) -> *mut Bytes {
        bytes_obj::new(data)
    }

    fn take(p: *mut Bytes) -> std::vec::Vec<u8> {
        assert!(!p.is_null());
        // SAFETY: an owned, live result.
        unsafe {
            let out = bytes_obj::data(p).to_vec();
            object::decref(p.cast());
            out
        }
    }

    fn parts(l: *mut List) -> std::vec::Vec<std::vec::Vec<u8>> {
        assert!(!l.is_null());
        // SAFETY: an owned list of live bytes.
        unsafe {
            let out = list_obj::slots(l)
                .iter()
                .map(|&s| bytes_obj::data(s as usize as *const Bytes).to_vec())
                .collect();
            object::decref(l.cast());
            out
        }
    }

    #[test]
    fn split_like_cpython() {
        // python3 -c "print(b' a  b c '.split(), b' a  b c '.split(None, 1), b'a,,b'.split(b','), b'a,b,c'.split(b',', 1))"
        // SAFETY: live objects throughout.
        unsafe {
            let s = b(b" a  b c ");
            assert_eq!(
                parts(pyaot_bytes_split(s, core::ptr::null(), -1)),
                [&b"a"[..], b"b", b"c"]
            );
            assert_eq!(
                parts(pyaot_bytes_split(s, core::ptr::null(), 1)),
                [&b"a"[..], b"b c "]
            );
            let c = b(b",");
            let t = b(b"a,,b");
            assert_eq!(parts(pyaot_bytes_split(t, c, -1)), [&b"a"[..], b"", b"b"]);
            let u = b(b"a,b,c");
            assert_eq!(parts(pyaot_bytes_split(u, c, 1)), [&b"a"[..], b"b,c"]);
            for o in [s, c, t, u] {
                object::decref(o.cast());
            }
        }
    }

    #[test]
    fn search_and_replace() {
        // python3 -c "print(b'abcabc'.find(b'c', 3), b'abc'.find(b'', 4), b'abcabc'.count(b''), b'aaa'.count(b'aa'), b'ab'.replace(b'', b'-'), b'aaa'.replace(b'a', b'xy', 2))"
        // SAFETY: live objects throughout.
        unsafe {
            let s = b(b"abcabc");
            let c = b(b"c");
            let e = bytes_obj::empty();
            assert_eq!(pyaot_bytes_find(s, c, 3, 0, 1, 0), 5);
            let abc = b(b"abc");
            assert_eq!(pyaot_bytes_find(abc, e, 4, 0, 1, 0), -1);
            assert_eq!(pyaot_bytes_count(s, e, 0, 0, 0, 0), 7);
            let aaa = b(b"aaa");
            let aa = b(b"aa");
            assert_eq!(pyaot_bytes_count(aaa, aa, 0, 0, 0, 0), 1);
            let ab = b(b"ab");
            let dash = b(b"-");
            assert_eq!(take(pyaot_bytes_replace(ab, e, dash, -1)), b"-a-b-");
            let a = b(b"a");
            let xy = b(b"xy");
            assert_eq!(take(pyaot_bytes_replace(aaa, a, xy, 2)), b"xyxya");
            for o in [s, c, abc, aaa, aa, ab, dash, a, xy] {
                object::decref(o.cast());
            }
        }
    }
}
