//! `range(start, stop, step)` as a value: what a `range(...)` call passed
//! where an `Iterable[int]` is expected builds (see ARCHITECTURE.md
//! "Iterable parameters"). Loops over a literal `range(...)` never make
//! one: they are compiled inline.
//!
//! Layout ([`Range`], kind [`KIND_RANGE`]): the [`OwnDealloc`] prefix,
//! whose word (offset 16) is the length, so truthiness reads it like any
//! container's; then `start`, `stop`, `step`. The object is immutable and
//! owns nothing. Iterating it (`pyaot_iter_any`) gives a lazy iterator: a
//! generator object whose frame holds the next value, the step and the
//! number of items left, so no list is ever built.

use crate::exc::{self, ExcKind};
use crate::gen_obj::{self, Gen, DONE, STATE_DONE, YIELDED};
use crate::heap;
use crate::int_text;
use crate::object::{Header, OwnDealloc};
use crate::seq_builtins::range_len;
use crate::str_obj::{self, static_str, Str};
use alloc::vec::Vec;

/// Object kind of a range.
pub const KIND_RANGE: u32 = 14;

/// A range object; `prefix.word` is its length.
#[repr(C)]
pub struct Range {
    pub prefix: OwnDealloc,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

/// Frame slots of a range iterator: the next value, the step and the
/// number of items still to yield.
const ITER_SLOTS: u64 = 3;

/// `Range *pyaot_range_new(int64_t start, int64_t stop, int64_t step)`:
/// a new `range(start, stop, step)`. Raises CPython's `ValueError: range()
/// arg 3 must not be zero` (returning NULL) for `step == 0`.
#[no_mangle]
pub extern "C" fn pyaot_range_new(start: i64, stop: i64, step: i64) -> *mut Range {
    if step == 0 {
        return exc::fail_null(ExcKind::ValueError, b"range() arg 3 must not be zero");
    }
    // At most 2**64 - 1 items: i64 bounds and a step of at least 1.
    let len = range_len(start, stop, step) as u64;
    let r = heap::alloc_or_die(core::mem::size_of::<Range>()).cast::<Range>();
    // SAFETY: freshly allocated, properly sized and aligned.
    unsafe {
        r.write(Range {
            prefix: OwnDealloc {
                header: Header::new(KIND_RANGE),
                word: len,
                dealloc,
            },
            start,
            stop,
            step,
        });
    }
    r
}

/// Frees a range at refcount zero (it owns nothing else).
///
/// # Safety
/// `obj` is a range with no references left.
unsafe fn dealloc(obj: *mut Header) {
    // SAFETY: forwarded from the caller; ranges come from `heap`.
    unsafe { heap::free(obj.cast()) }
}

/// CPython's repr: `range(0, 5)`, with the step only when it is not 1
/// (`range(10, 0, -3)`).
fn repr_text(start: i64, stop: i64, step: i64) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(b"range(");
    int_text::write_i64(&mut out, start);
    out.extend_from_slice(b", ");
    int_text::write_i64(&mut out, stop);
    if step != 1 {
        out.extend_from_slice(b", ");
        int_text::write_i64(&mut out, step);
    }
    out.push(b')');
    out
}

/// `Str *pyaot_range_repr(Range *r)`: `repr(r)` (also its `str`), a new
/// reference.
///
/// # Safety
/// `r` is a live range.
#[no_mangle]
pub unsafe extern "C" fn pyaot_range_repr(r: *const Range) -> *mut Str {
    // SAFETY: live range (caller).
    let (start, stop, step) = unsafe { ((*r).start, (*r).stop, (*r).step) };
    str_obj::new(&repr_text(start, stop, step))
}

/// A new lazy iterator over `r` (a generator object, see `iter_any.rs`).
/// It copies what it needs, so it holds no reference to `r`.
///
/// # Safety
/// `r` is a live range.
pub(crate) unsafe fn iter(r: *const Range) -> *mut Gen {
    let g = gen_obj::pyaot_gen_new(iter_resume, static_str!("range_iterator"), ITER_SLOTS);
    // SAFETY: a fresh generator with three zeroed frame slots; `r` is live.
    unsafe {
        let slots = g.add(1).cast::<u64>();
        *slots = (*r).start as u64;
        *slots.add(1) = (*r).step as u64;
        *slots.add(2) = (*r).prefix.word;
    }
    g
}

/// The resume function of a range iterator (the contract of `gen_obj`'s
/// module doc): yields the next value while items are left.
unsafe extern "C" fn iter_resume(g: *mut Gen, out: *mut u64, mode: u64) -> u8 {
    // SAFETY: `g` is a live range iterator (only `iter` makes one), so its
    // frame holds the value, the step and the count; it owns nothing.
    unsafe {
        if (*g).state == STATE_DONE {
            return DONE;
        }
        let slots = g.add(1).cast::<u64>();
        let left = *slots.add(2);
        if mode == gen_obj::MODE_NEXT && left > 0 {
            let value = *slots;
            *out = value;
            // Only the step past the last item can overflow; it is never
            // read.
            *slots = (value as i64).wrapping_add(*slots.add(1) as i64) as u64;
            *slots.add(2) = left - 1;
            (*g).state = 1;
            return YIELDED;
        }
        (*g).state = STATE_DONE;
        DONE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object;

    /// Drains `r`'s iterator into a vector.
    fn items(r: *mut Range) -> Vec<i64> {
        // SAFETY: a live range; the iterator is consumed and dropped.
        unsafe {
            let g = iter(r);
            let mut v = Vec::new();
            let mut out = 0u64;
            while gen_obj::next(g, &mut out) == YIELDED {
                v.push(out as i64);
            }
            object::decref(g.cast());
            v
        }
    }

    fn repr(start: i64, stop: i64, step: i64) -> alloc::string::String {
        alloc::string::String::from_utf8(repr_text(start, stop, step)).unwrap()
    }

    /// `(start, stop, step)` of a test range.
    type Bounds = (i64, i64, i64);

    #[test]
    fn iterates_like_cpython() {
        // python3 -c "print(list(range(10, 0, -3)), list(range(5)), list(range(0)))"
        let cases: [(Bounds, &[i64]); 4] = [
            ((0, 5, 1), &[0, 1, 2, 3, 4]),
            ((10, 0, -3), &[10, 7, 4, 1]),
            ((0, 0, 1), &[]),
            ((i64::MAX - 2, i64::MAX, 1), &[i64::MAX - 2, i64::MAX - 1]),
        ];
        for ((a, b, c), want) in cases {
            let r = pyaot_range_new(a, b, c);
            assert_eq!(items(r), want);
            // A second iteration starts afresh.
            assert_eq!(items(r), want);
            // SAFETY: the only reference.
            unsafe {
                assert_eq!((*r).prefix.word, want.len() as u64);
                object::decref(r.cast());
            }
        }
    }

    #[test]
    fn repr_matches_cpython() {
        // python3 -c "print(range(5), range(10, 0, -3), range(0, 10, 2), range(1, 2, 1))"
        assert_eq!(repr(0, 5, 1), "range(0, 5)");
        assert_eq!(repr(10, 0, -3), "range(10, 0, -3)");
        assert_eq!(repr(0, 10, 2), "range(0, 10, 2)");
        assert_eq!(repr(1, 2, 1), "range(1, 2)");
    }

    #[test]
    fn zero_step_raises() {
        // python3 -c "range(1, 2, 0)"  -> ValueError: range() arg 3 must not be zero
        assert!(pyaot_range_new(1, 2, 0).is_null());
        crate::test_util::assert_raised(ExcKind::ValueError, "range() arg 3 must not be zero");
    }
}
