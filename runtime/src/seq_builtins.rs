//! The builtins that consume or produce a whole sequence: `sum`, `min`,
//! `max`, `any`, `all` and `sorted` over a list, `list(s)` of a string and
//! `list(range(...))`.
//!
//! Lists cross the ABI as in `list_obj` (8-byte slots of one element
//! kind). Arguments are borrowed; returned lists and items written through
//! an out-pointer are new references. Ordering and truthiness are
//! `list_compare`'s (`slot_order`, `slot_is_true`), so `max` of lists is
//! lexicographic exactly like `<` on lists, and sorting is `list.sort`'s.
//!
//! **Differences from CPython:** int sums are 64-bit and checked at every
//! step (like `a + b + c` in compiled code), so a running total that leaves
//! the i64 range raises OverflowError even if later items would bring it
//! back. A `list(range(...))` too large to allocate is fatal (CPython
//! raises MemoryError, or OverflowError "Python int too large to convert
//! to C ssize_t" past 2**63 - 1 items).

use crate::exc::{self, ExcKind};
use crate::list_compare::{self, slot_is_true, slot_order};
use crate::list_methods;
use crate::list_obj::{self, Elem, List};
use crate::str_obj::{self, Str};
use crate::str_ops;
use core::cmp::Ordering;

/// `uint8_t pyaot_list_sum_int(const List *l, int64_t start, int64_t
/// *out)`: `sum(l, start)` for a list[int] or list[bool], adding left to
/// right. Writes the total and returns 0, or raises OverflowError "integer
/// overflow in '+' (pyaot ints are 64-bit)" and returns 1.
///
/// # Safety
/// `l` is a live list[int] or list[bool]; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_sum_int(l: *const List, start: i64, out: *mut i64) -> u8 {
    // SAFETY: live list (caller); int and bool slots are the values.
    let slots = unsafe { list_obj::slots(l) };
    let total = slots
        .iter()
        .try_fold(start, |acc, &slot| acc.checked_add(slot as i64));
    let Some(total) = total else {
        return exc::fail_flag(
            ExcKind::OverflowError,
            b"integer overflow in '+' (pyaot ints are 64-bit)",
        );
    };
    // SAFETY: writable (caller).
    unsafe { out.write(total) };
    0
}

/// `double pyaot_list_sum_float(const List *l, double start)`:
/// `sum(l, start)` for a list[float]: plain left-to-right addition, as in
/// CPython 3.11 (3.12 switched to compensated summation).
///
/// # Safety
/// `l` is a live list[float].
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_sum_float(l: *const List, start: f64) -> f64 {
    // SAFETY: live list (caller); float slots are the f64 bits.
    let slots = unsafe { list_obj::slots(l) };
    slots
        .iter()
        .fold(start, |acc, &slot| acc + f64::from_bits(slot))
}

/// `uint8_t pyaot_list_minmax(const List *l, uint8_t is_max, uint64_t
/// *out)`: `max(l)` (`is_max` 1) or `min(l)`. Like CPython, an item
/// replaces the best so far only when it is strictly greater (less), so
/// the first of equal extremes wins and an unordered item (NaN) never
/// replaces: `max([nan, 1.0])` is nan, `max([1.0, nan])` is 1.0. Writes the
/// item (a new reference for str/list elements) and returns 0; or raises
/// ValueError "max() arg is an empty sequence" (or "min() ..."), or, for a
/// list[None] of two or more items, TypeError "'>' not supported between
/// instances of 'NoneType' and 'NoneType'" (`'<'` for min), and returns 1.
///
/// # Safety
/// `l` is a live list; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_minmax(l: *const List, is_max: u8, out: *mut u64) -> u8 {
    let is_max = is_max != 0;
    // SAFETY: live list (caller).
    let (elem, slots) = unsafe { (list_obj::elem_of(l), list_obj::slots(l)) };
    let Some((&first, rest)) = slots.split_first() else {
        return exc::fail_flag(
            ExcKind::ValueError,
            if is_max {
                b"max() arg is an empty sequence"
            } else {
                b"min() arg is an empty sequence"
            },
        );
    };
    if elem == Elem::None && !rest.is_empty() {
        return exc::fail_flag(
            ExcKind::TypeError,
            if is_max {
                b"'>' not supported between instances of 'NoneType' and 'NoneType'"
            } else {
                b"'<' not supported between instances of 'NoneType' and 'NoneType'"
            },
        );
    }
    let wanted = if is_max {
        Ordering::Greater
    } else {
        Ordering::Less
    };
    let mut best = first;
    if elem == Elem::Obj {
        // CPython asks `item < best` (min) or `item > best` (max), which
        // for a class with only `__lt__` is `best < item` reflected.
        for &item in rest {
            let (a, b) = if is_max { (best, item) } else { (item, best) };
            // SAFETY: the slots hold NULL or live instances.
            match unsafe {
                crate::instance::obj_lt(
                    a as usize as *mut crate::object::Header,
                    b as usize as *mut crate::object::Header,
                )
            } {
                Ok(true) => best = item,
                Ok(false) => {}
                Err(_) => return 1,
            }
        }
        // SAFETY: `best` is a live slot value; `out` is writable (caller).
        unsafe {
            list_obj::incref_item(elem, best);
            out.write(best);
        }
        return 0;
    }
    for &item in rest {
        // SAFETY: the slots hold valid values of kind `elem`.
        if unsafe { slot_order(elem, item, best) } == Some(wanted) {
            best = item;
        }
    }
    // SAFETY: `best` is a live slot value; `out` is writable (caller).
    unsafe {
        list_obj::incref_item(elem, best);
        out.write(best);
    }
    0
}

/// `uint8_t pyaot_list_minmax_by_keys(const List *l, const List *keys,
/// uint8_t is_max, uint64_t *out)`: `max(l, key=f)` (or `min`) given
/// `keys`, the list of `f(x)` for each item of `l` (computed by the
/// caller, in order). The first item whose key is strictly greater (less)
/// than the best so far wins, as in CPython; instance keys compare by
/// `__lt__`. Writes the item (a new reference for object elements) and
/// returns 0; or raises ValueError for an empty list (or leaves what a
/// `__lt__` raised pending) and returns 1.
///
/// # Safety
/// `l` and `keys` are live lists of the same length; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_minmax_by_keys(
    l: *const List,
    keys: *const List,
    is_max: u8,
    out: *mut u64,
) -> u8 {
    let is_max = is_max != 0;
    // SAFETY: live lists (caller).
    let (elem, slots) = unsafe { (list_obj::elem_of(l), list_obj::slots(l)) };
    let (kelem, kslots) = unsafe { (list_obj::elem_of(keys), list_obj::slots(keys)) };
    if slots.is_empty() || kslots.len() != slots.len() {
        return exc::fail_flag(
            ExcKind::ValueError,
            if is_max {
                b"max() arg is an empty sequence"
            } else {
                b"min() arg is an empty sequence"
            },
        );
    }
    let mut best = 0;
    for i in 1..kslots.len() {
        let better = if kelem == Elem::Obj {
            let (a, b) = if is_max { (best, i) } else { (i, best) };
            // SAFETY: the keys are NULL or live instances.
            match unsafe {
                crate::instance::obj_lt(
                    kslots[a] as usize as *mut crate::object::Header,
                    kslots[b] as usize as *mut crate::object::Header,
                )
            } {
                Ok(v) => v,
                Err(_) => return 1,
            }
        } else {
            let wanted = if is_max {
                Ordering::Greater
            } else {
                Ordering::Less
            };
            // SAFETY: the keys are valid values of kind `kelem`.
            let order = unsafe { slot_order(kelem, kslots[i], kslots[best]) };
            order == Some(wanted)
        };
        if better {
            best = i;
        }
    }
    // SAFETY: a live slot value; `out` is writable (caller).
    unsafe {
        list_obj::incref_item(elem, slots[best]);
        out.write(slots[best]);
    }
    0
}

/// `uint8_t pyaot_list_any(const List *l)`: `any(l)`, 1 or 0 (never
/// raises). See `list_compare::slot_is_true` for what counts as true.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_any(l: *const List) -> u8 {
    // SAFETY: live list (caller); its slots are valid values.
    unsafe {
        let elem = list_obj::elem_of(l);
        list_obj::slots(l)
            .iter()
            .any(|&slot| slot_is_true(elem, slot)) as u8
    }
}

/// `uint8_t pyaot_list_all(const List *l)`: `all(l)`, 1 or 0 (never
/// raises; 1 for an empty list).
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_all(l: *const List) -> u8 {
    // SAFETY: live list (caller); its slots are valid values.
    unsafe {
        let elem = list_obj::elem_of(l);
        list_obj::slots(l)
            .iter()
            .all(|&slot| slot_is_true(elem, slot)) as u8
    }
}

/// `List *pyaot_list_sorted(const List *l, uint8_t reverse)`:
/// `sorted(l, reverse=...)`, a new list in `pyaot_list_sort`'s order
/// (stable; see there for NaN and list[None]). Never NULL.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_sorted(l: *const List, reverse: u8) -> *mut List {
    // SAFETY: live list (caller); the copy is new and unshared.
    unsafe {
        let out = list_methods::pyaot_list_copy(l);
        list_compare::pyaot_list_sort(out, reverse);
        out
    }
}

/// `List *pyaot_list_sorted_by_keys(const List *l, const List *keys,
/// uint8_t reverse)`: `sorted(l, key=f, reverse=...)` given the keys (see
/// `pyaot_list_sort_by_keys`), a new list. Never NULL.
///
/// # Safety
/// `l` and `keys` are live lists of the same length.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_sorted_by_keys(
    l: *const List,
    keys: *const List,
    reverse: u8,
) -> *mut List {
    // SAFETY: live lists (caller); the copy is new and unshared.
    unsafe {
        let out = list_methods::pyaot_list_copy(l);
        list_compare::pyaot_list_sort_by_keys(out, keys, reverse);
        out
    }
}

/// `List *pyaot_str_chars(const Str *s)`: `list(s)`, a new list[str] of
/// the code points of `s` (ASCII ones are the immortal one-character
/// strings). Never NULL.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_chars(s: *const Str) -> *mut List {
    // SAFETY: live string (caller).
    let (text, nchars) = unsafe { (str_obj::as_str(s), str_obj::nchars(s)) };
    let out = list_obj::new(Elem::Str, nchars);
    for c in text.chars() {
        // SAFETY: `out` is a live list[str]; `char_str` returns a new
        // reference, which the slot takes over.
        unsafe { list_obj::push_owned(out, str_ops::char_str(c) as u64) };
    }
    out
}

/// The number of items of `range(start, stop, step)`, `step != 0`
/// (CPython's `get_len_of_range`); i128 so no difference overflows.
pub(crate) fn range_len(start: i64, stop: i64, step: i64) -> u128 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let (lo, hi, step) = if step > 0 {
        (start, stop, step)
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / step + 1) as u128
    }
}

/// `List *pyaot_list_range(int64_t start, int64_t stop, int64_t step)`:
/// `list(range(start, stop, step))`, a new list[int]. Raises ValueError
/// "range() arg 3 must not be zero" (returning NULL) for `step == 0`. A
/// list too large to allocate is fatal (CPython raises MemoryError).
#[no_mangle]
pub extern "C" fn pyaot_list_range(start: i64, stop: i64, step: i64) -> *mut List {
    if step == 0 {
        return exc::fail_null(ExcKind::ValueError, b"range() arg 3 must not be zero");
    }
    // A length past usize cannot be allocated; `new` dies on it too.
    let len = usize::try_from(range_len(start, stop, step)).unwrap_or(usize::MAX);
    let out = list_obj::new(Elem::Int, len);
    let mut value = start;
    for k in 0..len {
        // SAFETY: `out` is a live list[int] with room for `len` items.
        unsafe { list_obj::push_owned(out, value as u64) };
        // Every item lies between start and stop, so only the step past
        // the last one can overflow, and it is never taken.
        if k + 1 < len {
            value = value.wrapping_add(step);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object;
    use crate::test_util::{assert_raised, floats, ints, list, lists, repr, s, strings, strs};
    use std::string::String;

    fn sum_int(l: *const List, start: i64) -> Option<i64> {
        let mut out = 0;
        // SAFETY: a live list; `out` is writable.
        (unsafe { pyaot_list_sum_int(l, start, &mut out) } == 0).then_some(out)
    }

    #[test]
    fn sum_of_ints_and_bools() {
        // python3 -c "print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 7), sum([True, True, False]), sum([-5, 5]))"
        // -> 6 16 7 2 0
        assert_eq!(sum_int(ints(&[1, 2, 3]), 0), Some(6));
        assert_eq!(sum_int(ints(&[1, 2, 3]), 10), Some(16));
        assert_eq!(sum_int(ints(&[]), 7), Some(7));
        assert_eq!(sum_int(list(Elem::Bool, &[1, 1, 0]), 0), Some(2));
        assert_eq!(sum_int(ints(&[-5, 5]), 0), Some(0));
        assert_eq!(sum_int(ints(&[i64::MAX]), 0), Some(i64::MAX));
        assert_eq!(sum_int(ints(&[i64::MIN, 0]), 0), Some(i64::MIN));
        // sum([2**63 - 1, 1]) is 2**63 in CPython; pyaot ints are 64-bit.
        assert_eq!(sum_int(ints(&[i64::MAX, 1]), 0), None);
        assert_raised(
            ExcKind::OverflowError,
            "integer overflow in '+' (pyaot ints are 64-bit)",
        );
        assert_eq!(sum_int(ints(&[-1]), i64::MIN), None);
        assert_raised(
            ExcKind::OverflowError,
            "integer overflow in '+' (pyaot ints are 64-bit)",
        );
        // Checked step by step, as `a + b + c` is.
        assert_eq!(sum_int(ints(&[i64::MAX, 1, -1]), 0), None);
        assert_raised(
            ExcKind::OverflowError,
            "integer overflow in '+' (pyaot ints are 64-bit)",
        );
    }

    #[test]
    fn sum_of_floats_is_plain_addition() {
        let sum = |values: &[f64], start: f64| {
            // SAFETY: a live list[float].
            unsafe { pyaot_list_sum_float(floats(values), start) }
        };
        // python3.11 -c "print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([], 5.5), sum([0.1, 0.2, 0.3]))"
        // -> 0.9999999999999999 0.0 5.5 0.6000000000000001
        assert_eq!(sum(&[0.1; 10], 0.0), 0.9999999999999999);
        assert_eq!(sum(&[1e100, 1.0, -1e100], 0.0), 0.0);
        assert_eq!(sum(&[], 5.5), 5.5);
        assert_eq!(sum(&[0.1, 0.2, 0.3], 0.0), 0.6000000000000001);
        // python3 -c "print(sum([-0.0]), sum([-0.0], -0.0), sum([float('inf'), -float('inf')]))"
        // -> 0.0 -0.0 nan
        assert!(sum(&[-0.0], 0.0).is_sign_positive());
        assert!(sum(&[-0.0], -0.0).is_sign_negative());
        assert!(sum(&[f64::INFINITY, f64::NEG_INFINITY], 0.0).is_nan());
    }

    fn minmax(l: *const List, is_max: bool) -> Option<u64> {
        let mut out = 0;
        // SAFETY: a live list; `out` is writable.
        (unsafe { pyaot_list_minmax(l, is_max as u8, &mut out) } == 0).then_some(out)
    }

    fn minmax_float(values: &[f64], is_max: bool) -> f64 {
        f64::from_bits(minmax(floats(values), is_max).unwrap())
    }

    /// `repr` of a returned list item, releasing it.
    fn list_item_repr(item: Option<u64>) -> String {
        let l = item.unwrap() as usize as *mut List;
        let out = repr(l);
        // SAFETY: the reference `minmax` returned.
        unsafe { object::decref(l.cast()) };
        out
    }

    #[test]
    fn min_and_max_of_numbers() {
        // python3 -c "print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]), max([-2]), max([True, False, True]), min([True, False]))"
        // -> 5 1 -2 True False
        assert_eq!(minmax(ints(&[3, 1, 4, 1, 5]), true), Some(5));
        assert_eq!(minmax(ints(&[3, 1, 4, 1, 5]), false), Some(1));
        assert_eq!(minmax(ints(&[-2]), true), Some(-2i64 as u64));
        assert_eq!(minmax(list(Elem::Bool, &[1, 0, 1]), true), Some(1));
        assert_eq!(minmax(list(Elem::Bool, &[1, 0]), false), Some(0));
        // python3 -c "n = float('nan'); print(max([n, 1.0]), max([1.0, n]), min([n, 1.0]), min([1.0, n]), max([1.0, n, 2.0]), min([3.0, n, 2.0]))"
        // -> nan 1.0 nan 1.0 2.0 2.0
        let nan = f64::NAN;
        assert!(minmax_float(&[nan, 1.0], true).is_nan());
        assert_eq!(minmax_float(&[1.0, nan], true), 1.0);
        assert!(minmax_float(&[nan, 1.0], false).is_nan());
        assert_eq!(minmax_float(&[1.0, nan], false), 1.0);
        assert_eq!(minmax_float(&[1.0, nan, 2.0], true), 2.0);
        assert_eq!(minmax_float(&[3.0, nan, 2.0], false), 2.0);
        // python3 -c "print(max([0.0, -0.0]), max([-0.0, 0.0]), min([0.0, -0.0]), min([-0.0, 0.0]))"
        // -> 0.0 -0.0 0.0 -0.0  (the first of equal extremes)
        assert!(minmax_float(&[0.0, -0.0], true).is_sign_positive());
        assert!(minmax_float(&[-0.0, 0.0], true).is_sign_negative());
        assert!(minmax_float(&[0.0, -0.0], false).is_sign_positive());
        assert!(minmax_float(&[-0.0, 0.0], false).is_sign_negative());
        assert_eq!(
            minmax_float(&[1.5, f64::INFINITY, -1e300], true),
            f64::INFINITY
        );
    }

    #[test]
    fn min_and_max_of_objects() {
        // python3 -c "print(min(['b', 'a', 'é']), max(['b', 'a', 'é']), max([[1, 2], [1, 3], [0]]), min([[1], [1, 0], []]))"
        // -> a é [1, 3] []
        let item = minmax(strs(&["b", "a", "é"]), false).unwrap() as usize as *mut Str;
        assert_eq!(crate::test_util::text(item), "a");
        let item = minmax(strs(&["b", "a", "é"]), true).unwrap() as usize as *mut Str;
        assert_eq!(crate::test_util::text(item), "é");
        let l = lists(&[ints(&[1, 2]), ints(&[1, 3]), ints(&[0])]);
        assert_eq!(list_item_repr(minmax(l, true)), "[1, 3]");
        let l = lists(&[ints(&[1]), ints(&[1, 0]), ints(&[])]);
        assert_eq!(list_item_repr(minmax(l, false)), "[]");
        // python3 -c "n = float('nan'); print(max([[1.0, n], [1.0, 2.0]]), max([[1.0, 2.0], [1.0, n]]))"
        // -> [1.0, nan] [1.0, 2.0]
        let l = lists(&[floats(&[1.0, f64::NAN]), floats(&[1.0, 2.0])]);
        assert_eq!(list_item_repr(minmax(l, true)), "[1.0, nan]");
        let l = lists(&[floats(&[1.0, 2.0]), floats(&[1.0, f64::NAN])]);
        assert_eq!(list_item_repr(minmax(l, true)), "[1.0, 2.0]");
        // The first of equal extremes, and a new reference to it:
        // python3 -c "a = 'x' * 3; b = 'x' * 3; print(max([a, b]) is a)"  -> True
        let (a, b) = (str_obj::from_str("xxx"), str_obj::from_str("xxx"));
        let l = list(Elem::Str, &[a as u64, b as u64]);
        // SAFETY: live strings; the returned reference is released.
        unsafe {
            assert_eq!((*a).header.rc, 2);
            assert_eq!(minmax(l, true), Some(a as u64));
            assert_eq!((*a).header.rc, 3);
            assert_eq!(minmax(l, false), Some(a as u64));
            assert_eq!((*a).header.rc, 4);
            object::decref(a.cast());
            object::decref(a.cast());
        }
        // python3 -c "print(max([None]))"  -> None
        assert_eq!(minmax(list(Elem::None, &[0]), true), Some(0));
    }

    #[test]
    fn min_and_max_errors() {
        // python3 -c "max([])"  -> ValueError: max() arg is an empty sequence
        assert_eq!(minmax(ints(&[]), true), None);
        assert_raised(ExcKind::ValueError, "max() arg is an empty sequence");
        // python3 -c "min([])"  -> ValueError: min() arg is an empty sequence
        assert_eq!(minmax(strs(&[]), false), None);
        assert_raised(ExcKind::ValueError, "min() arg is an empty sequence");
        // python3 -c "max([None, None])"
        // -> TypeError: '>' not supported between instances of 'NoneType' and 'NoneType'
        assert_eq!(minmax(list(Elem::None, &[0, 0]), true), None);
        assert_raised(
            ExcKind::TypeError,
            "'>' not supported between instances of 'NoneType' and 'NoneType'",
        );
        // python3 -c "min([None, None])"
        // -> TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'
        assert_eq!(minmax(list(Elem::None, &[0, 0]), false), None);
        assert_raised(
            ExcKind::TypeError,
            "'<' not supported between instances of 'NoneType' and 'NoneType'",
        );
    }

    #[test]
    fn any_and_all() {
        let both = |l: *mut List| {
            // SAFETY: a live list.
            unsafe { (pyaot_list_any(l), pyaot_list_all(l)) }
        };
        // python3 -c "print(any([]), all([]))"  -> False True
        assert_eq!(both(ints(&[])), (0, 1));
        // python3 -c "print(any([0, 0]), all([0, 0]), any([0, 3]), all([0, 3]), all([1, -1]))"
        // -> False False True False True
        assert_eq!(both(ints(&[0, 0])), (0, 0));
        assert_eq!(both(ints(&[0, 3])), (1, 0));
        assert_eq!(both(ints(&[1, -1])), (1, 1));
        // python3 -c "print(any([0.0, -0.0]), any([float('nan')]), all([float('nan'), 0.5]), all([1.0, -0.0]))"
        // -> False True True False
        assert_eq!(both(floats(&[0.0, -0.0])), (0, 0));
        assert_eq!(both(floats(&[f64::NAN])), (1, 1));
        assert_eq!(both(floats(&[f64::NAN, 0.5])), (1, 1));
        assert_eq!(both(floats(&[1.0, -0.0])), (1, 0));
        // python3 -c "print(any([False, False]), all([True, False]), all([True]))"  -> False False True
        assert_eq!(both(list(Elem::Bool, &[0, 0])), (0, 0));
        assert_eq!(both(list(Elem::Bool, &[1, 0])), (1, 0));
        assert_eq!(both(list(Elem::Bool, &[1])), (1, 1));
        // python3 -c "print(any(['', '']), all(['a', '']), all(['a', ' ']))"  -> False False True
        assert_eq!(both(strs(&["", ""])), (0, 0));
        assert_eq!(both(strs(&["a", ""])), (1, 0));
        assert_eq!(both(strs(&["a", " "])), (1, 1));
        // python3 -c "print(any([[], []]), any([[], [0]]), all([[0], []]), all([[0], [[]]]))"  -> False True False True
        assert_eq!(both(lists(&[ints(&[]), ints(&[])])), (0, 0));
        assert_eq!(both(lists(&[ints(&[]), ints(&[0])])), (1, 0));
        assert_eq!(both(lists(&[ints(&[0]), lists(&[ints(&[])])])), (1, 1));
        // python3 -c "print(any([None]), all([None]))"  -> False False
        assert_eq!(both(list(Elem::None, &[0])), (0, 0));
    }

    #[test]
    fn sorted_is_a_new_sorted_list() {
        // python3 -c "l = [3, 1, 2]; print(sorted(l), sorted(l, reverse=True), l)"  -> [1, 2, 3] [3, 2, 1] [3, 1, 2]
        let l = ints(&[3, 1, 2]);
        let text_of = |out: *mut List| {
            let t = repr(out);
            // SAFETY: the new reference `sorted` returned.
            unsafe { object::decref(out.cast()) };
            t
        };
        // SAFETY: live lists.
        unsafe {
            assert_eq!(text_of(pyaot_list_sorted(l, 0)), "[1, 2, 3]");
            assert_eq!(text_of(pyaot_list_sorted(l, 1)), "[3, 2, 1]");
            assert_eq!(repr(l), "[3, 1, 2]");
            // python3 -c "print(sorted([2.5, -0.0, 0.0, -1.0], reverse=True), sorted(['b', 'a', 'é', 'B']), sorted([]))"
            // -> [2.5, -0.0, 0.0, -1.0] ['B', 'a', 'b', 'é'] []
            let l = floats(&[2.5, -0.0, 0.0, -1.0]);
            assert_eq!(text_of(pyaot_list_sorted(l, 1)), "[2.5, -0.0, 0.0, -1.0]");
            let l = strs(&["b", "a", "é", "B"]);
            assert_eq!(text_of(pyaot_list_sorted(l, 0)), "['B', 'a', 'b', 'é']");
            assert_eq!(text_of(pyaot_list_sorted(ints(&[]), 0)), "[]");
            // python3 -c "print(sorted([[2], [1, 5], [1]]))"  -> [[1], [1, 5], [2]]
            let l = lists(&[ints(&[2]), ints(&[1, 5]), ints(&[1])]);
            assert_eq!(text_of(pyaot_list_sorted(l, 0)), "[[1], [1, 5], [2]]");
            // The new list holds its own references.
            let item = str_obj::from_str("item");
            let l = list(Elem::Str, &[item as u64]);
            let out = pyaot_list_sorted(l, 0);
            assert_eq!((*item).header.rc, 3);
            object::decref(out.cast());
            assert_eq!((*item).header.rc, 2);
        }
    }

    #[test]
    fn str_to_list_of_chars() {
        // python3 -c "print(list('héllo'), list(''), list('a€😀'))"
        // -> ['h', 'é', 'l', 'l', 'o'] [] ['a', '€', '😀']
        let chars = |t: &str| {
            // SAFETY: a live string.
            strings(unsafe { pyaot_str_chars(s(t)) })
        };
        assert_eq!(chars("héllo"), ["h", "é", "l", "l", "o"]);
        assert!(chars("").is_empty());
        assert_eq!(chars("a€😀"), ["a", "€", "😀"]);
        // SAFETY: a live string; the result is a live list[str].
        unsafe {
            let l = pyaot_str_chars(s("é"));
            let c = list_obj::slots(l)[0] as usize as *const Str;
            assert_eq!(((*c).len, str_obj::nchars(c)), (2, 1));
            object::decref(l.cast());
        }
    }

    #[test]
    fn range_to_list() {
        let range = |start, stop, step| repr(pyaot_list_range(start, stop, step));
        // python3 -c "print(list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 0, 1)), list(range(0, 5, -1)), list(range(-2, 3, 1)), list(range(3, 3, 1)))"
        // -> [0, 3, 6, 9] [10, 7, 4, 1] [] [] [-2, -1, 0, 1, 2] []
        assert_eq!(range(0, 10, 3), "[0, 3, 6, 9]");
        assert_eq!(range(10, 0, -3), "[10, 7, 4, 1]");
        assert_eq!(range(5, 0, 1), "[]");
        assert_eq!(range(0, 5, -1), "[]");
        assert_eq!(range(-2, 3, 1), "[-2, -1, 0, 1, 2]");
        assert_eq!(range(3, 3, 1), "[]");
        // python3 -c "print(list(range(2**63 - 3, 2**63 - 1)), list(range(-2**63, 2**63 - 1, 2**63 - 1)), list(range(2**63 - 1, -2**63, -2**63)), list(range(0, 2**63 - 1, 2**63 - 1)))"
        // -> [9223372036854775805, 9223372036854775806] [-9223372036854775808, -1, 9223372036854775806] [9223372036854775807, -1] [0]
        assert_eq!(
            range(i64::MAX - 2, i64::MAX, 1),
            "[9223372036854775805, 9223372036854775806]"
        );
        assert_eq!(
            range(i64::MIN, i64::MAX, i64::MAX),
            "[-9223372036854775808, -1, 9223372036854775806]"
        );
        assert_eq!(
            range(i64::MAX, i64::MIN, i64::MIN),
            "[9223372036854775807, -1]"
        );
        assert_eq!(range(0, i64::MAX, i64::MAX), "[0]");
        // range(-2**63, 2**63 - 1) has 2**64 - 1 items (CPython's len() of
        // it raises OverflowError; list() of it is fatal here, see the doc).
        assert_eq!(range_len(i64::MIN, i64::MAX, 1), u64::MAX as u128);
        // python3 -c "range(1, 2, 0)"  -> ValueError: range() arg 3 must not be zero
        assert!(pyaot_list_range(1, 2, 0).is_null());
        assert_raised(ExcKind::ValueError, "range() arg 3 must not be zero");
    }
}
