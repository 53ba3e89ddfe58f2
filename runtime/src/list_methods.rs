//! The list methods and operators beyond construction and indexing:
//! `pop`, `insert`, `remove`, `index`, `count`, `in`, `reverse`, `clear`,
//! `copy`, `extend`, `+`, `*` and slicing.
//!
//! Items cross the ABI as 8-byte slot values of the list's element kind
//! (see `list_obj`). Items passed in are borrowed (the list takes its own
//! reference); items and lists returned are new references. Item equality
//! is `list_compare`'s: by value, so a NaN is never found (CPython finds
//! the very same NaN object through its identity shortcut).

use crate::exc::{self, ExcKind};
use crate::heap;
use crate::list_compare::slot_eq;
use crate::list_obj::{self, List};
use crate::slice;
use alloc::vec::Vec;
use core::ptr;

/// `uint8_t pyaot_list_pop(List *l, int64_t index, uint8_t has_index,
/// uint64_t *out)`: `l.pop()` (`has_index` 0) or `l.pop(index)`. Writes the
/// removed item to `out`, handing the list's reference to the caller, and
/// returns 0; or raises IndexError "pop from empty list" / "pop index out
/// of range" and returns 1.
///
/// # Safety
/// `l` is a live list; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_pop(
    l: *mut List,
    index: i64,
    has_index: u8,
    out: *mut u64,
) -> u8 {
    // SAFETY: live list (caller).
    let len = unsafe { (*l).len as usize };
    if len == 0 {
        return exc::fail_flag(ExcKind::IndexError, b"pop from empty list");
    }
    let index = if has_index != 0 { index } else { -1 };
    let Some(i) = slice::index(index, len) else {
        return exc::fail_flag(ExcKind::IndexError, b"pop index out of range");
    };
    // SAFETY: `i < len`; the slots after it move down one, and the removed
    // slot's reference goes to `out` (writable, caller).
    unsafe {
        let items = (*l).items;
        let item = items.add(i).read();
        ptr::copy(items.add(i + 1), items.add(i), len - i - 1);
        (*l).len -= 1;
        out.write(item);
    }
    0
}

/// `uint8_t pyaot_list_del(List *l, int64_t index)`: `del l[index]`.
/// Releases the removed item and returns 0; or raises IndexError "list
/// assignment index out of range" (CPython's wording for `del`, unlike
/// `pop`'s) and returns 1.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_del(l: *mut List, index: i64) -> u8 {
    // SAFETY: live list (caller).
    let len = unsafe { (*l).len as usize };
    let Some(i) = slice::index(index, len) else {
        return exc::fail_flag(ExcKind::IndexError, b"list assignment index out of range");
    };
    let mut item = 0u64;
    // SAFETY: `i < len`; pop with an in-range index cannot fail, and the
    // removed reference is ours to release.
    unsafe {
        pyaot_list_pop(l, i as i64, 1, &mut item);
        list_obj::decref_item(list_obj::elem_of(l), item);
    }
    0
}

/// `void pyaot_list_insert(List *l, int64_t index, uint64_t item)`:
/// `l.insert(index, item)`, `index` clamped to the list as Python does
/// (negative counts from the end; out of range means an end). Borrows
/// `item`.
///
/// # Safety
/// `l` is a live list; `item` is a valid slot value for its element kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_insert(l: *mut List, index: i64, item: u64) {
    // SAFETY: live list (caller).
    let len = unsafe { (*l).len as usize };
    let at = if index < 0 {
        usize::try_from(index.saturating_add(len as i64)).unwrap_or(0)
    } else {
        usize::try_from(index).map_or(len, |i| i.min(len))
    };
    // SAFETY: after `reserve` slot `len` is allocated; slots from `at` move
    // up one and the freed slot takes a new reference to `item`.
    unsafe {
        list_obj::reserve(l, 1);
        let items = (*l).items;
        ptr::copy(items.add(at), items.add(at + 1), len - at);
        list_obj::incref_item(list_obj::elem_of(l), item);
        items.add(at).write(item);
        (*l).len += 1;
    }
}

/// The index of the first item of `l` equal to `item`.
///
/// # Safety
/// `l` is a live list; `item` is a valid slot value for its element kind.
unsafe fn position(l: *const List, item: u64) -> Option<usize> {
    // SAFETY: live list (caller); slots and `item` are valid values.
    unsafe {
        let elem = list_obj::elem_of(l);
        list_obj::slots(l)
            .iter()
            .position(|&slot| slot_eq(elem, slot, item))
    }
}

/// `uint8_t pyaot_list_remove(List *l, uint64_t item)`: `l.remove(item)`,
/// dropping the first equal item. Borrows `item`. Raises ValueError
/// "list.remove(x): x not in list" and returns 1 when there is none.
///
/// # Safety
/// `l` is a live list; `item` is a valid slot value for its element kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_remove(l: *mut List, item: u64) -> u8 {
    // SAFETY: forwarded.
    let Some(i) = (unsafe { position(l, item) }) else {
        if exc::is_pending() {
            // An element's `__eq__` raised.
            return 1;
        }
        return exc::fail_flag(ExcKind::ValueError, b"list.remove(x): x not in list");
    };
    let mut removed = 0;
    // SAFETY: `i` is in range, so the pop cannot fail; the list is
    // consistent again before the removed item's reference is dropped.
    unsafe {
        pyaot_list_pop(l, i as i64, 1, &mut removed);
        list_obj::decref_item(list_obj::elem_of(l), removed);
    }
    0
}

/// `uint8_t pyaot_list_index(const List *l, uint64_t item, int64_t *out)`:
/// `l.index(item)`. Writes the index of the first equal item and returns
/// 0, or raises ValueError "<repr(item)> is not in list" (e.g. "'b' is not
/// in list") and returns 1.
///
/// # Safety
/// `l` is a live list; `item` is a valid slot value for its element kind;
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_index(l: *const List, item: u64, out: *mut i64) -> u8 {
    // SAFETY: forwarded.
    if let Some(i) = unsafe { position(l, item) } {
        // SAFETY: writable (caller).
        unsafe { out.write(i as i64) };
        return 0;
    }
    if exc::is_pending() {
        // An element's `__eq__` raised.
        return 1;
    }
    let mut msg = Vec::new();
    // SAFETY: `item` is a valid value of the list's kind (caller).
    unsafe { list_obj::write_item_repr(list_obj::elem_of(l), item, &mut Vec::new(), &mut msg) };
    msg.extend_from_slice(b" is not in list");
    exc::fail_flag(ExcKind::ValueError, &msg)
}

/// `int64_t pyaot_list_count(const List *l, uint64_t item)`:
/// `l.count(item)`.
///
/// # Safety
/// `l` is a live list; `item` is a valid slot value for its element kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_count(l: *const List, item: u64) -> i64 {
    // SAFETY: live list (caller); slots and `item` are valid values.
    unsafe {
        let elem = list_obj::elem_of(l);
        list_obj::slots(l)
            .iter()
            .filter(|&&slot| slot_eq(elem, slot, item))
            .count() as i64
    }
}

/// `uint8_t pyaot_list_contains(const List *l, uint64_t item)`:
/// `item in l`.
///
/// # Safety
/// `l` is a live list; `item` is a valid slot value for its element kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_contains(l: *const List, item: u64) -> u8 {
    // SAFETY: forwarded.
    unsafe { position(l, item).is_some() as u8 }
}

/// `void pyaot_list_reverse(List *l)`: `l.reverse()`, in place.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_reverse(l: *mut List) {
    // SAFETY: live list (caller).
    unsafe { list_obj::slots_mut(l).reverse() }
}

/// `void pyaot_list_clear(List *l)`: `l.clear()`, dropping the items'
/// references and the slot array.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_clear(l: *mut List) {
    // SAFETY: live list (caller). The list is emptied before any item is
    // released, so it is consistent whatever those releases free.
    unsafe {
        let elem = list_obj::elem_of(l);
        let (items, len) = ((*l).items, (*l).len as usize);
        (*l).items = ptr::null_mut();
        (*l).len = 0;
        (*l).cap = 0;
        if !items.is_null() {
            for &item in core::slice::from_raw_parts(items, len) {
                list_obj::decref_item(elem, item);
            }
        }
        heap::free(items.cast());
    }
}

/// A new list of `l`'s element kind, with room for `capacity` items,
/// holding new references to `slots`.
///
/// # Safety
/// `l` is a live list; `slots` are valid values of its element kind.
unsafe fn new_from(l: *const List, capacity: usize, slots: impl Iterator<Item = u64>) -> *mut List {
    // SAFETY: live list (caller).
    let elem = unsafe { list_obj::elem_of(l) };
    let out = list_obj::new(elem, capacity);
    for item in slots {
        // SAFETY: a valid value (caller); `out` is a fresh list of its kind.
        unsafe {
            list_obj::incref_item(elem, item);
            list_obj::push_owned(out, item);
        }
    }
    out
}

/// `List *pyaot_list_copy(const List *l)`: `l.copy()` (also `l[:]`), a new
/// list holding the same items.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_copy(l: *const List) -> *mut List {
    // SAFETY: live list (caller).
    unsafe {
        let slots = list_obj::slots(l);
        new_from(l, slots.len(), slots.iter().copied())
    }
}

/// `void pyaot_list_extend(List *l, const List *other)`: `l.extend(other)`
/// (also `l += other`); `other` may be `l` itself, which doubles it.
///
/// # Safety
/// `l` and `other` are live lists of the same element kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_extend(l: *mut List, other: *const List) {
    // SAFETY: live lists (caller). `n` is read before growing, and the
    // source slots are re-read through `other` after `reserve` (which may
    // move `l`'s array, and `other` may be `l`); only slots below `len`
    // are read and only slots from `len` written.
    unsafe {
        let n = (*other).len as usize;
        list_obj::reserve(l, n);
        let elem = list_obj::elem_of(l);
        let len = (*l).len as usize;
        for i in 0..n {
            let item = (*other).items.add(i).read();
            list_obj::incref_item(elem, item);
            (*l).items.add(len + i).write(item);
        }
        (*l).len += n as u64;
    }
}

/// `List *pyaot_list_concat(const List *a, const List *b)`: `a + b`, a new
/// list of `a`'s element kind.
///
/// # Safety
/// `a` and `b` are live lists of the same element kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_concat(a: *const List, b: *const List) -> *mut List {
    // SAFETY: live lists (caller).
    unsafe {
        let out = pyaot_list_copy(a);
        pyaot_list_extend(out, b);
        out
    }
}

/// `List *pyaot_list_repeat(const List *a, int64_t n)`: `a * n`, a new
/// list; empty when `n <= 0`. A result too large to allocate is fatal
/// (CPython raises MemoryError).
///
/// # Safety
/// `a` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_repeat(a: *const List, n: i64) -> *mut List {
    // SAFETY: live list (caller).
    let slots = unsafe { list_obj::slots(a) };
    // An empty list stays empty however often it repeats.
    let times = if slots.is_empty() {
        0
    } else {
        usize::try_from(n).unwrap_or(0)
    };
    let Some(total) = slots.len().checked_mul(times) else {
        heap::out_of_memory();
    };
    let repeated = (0..times).flat_map(|_| slots.iter().copied());
    // SAFETY: live list (caller); its slots are valid values.
    unsafe { new_from(a, total, repeated) }
}

/// `void pyaot_list_inplace_repeat(List *l, int64_t n)`: `l *= n`, which
/// changes `l` itself (every alias sees it); `n <= 0` empties it.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_inplace_repeat(l: *mut List, n: i64) {
    // SAFETY: live list (caller); the repeated copy holds its own
    // references while `l` is cleared and refilled from it.
    unsafe {
        let repeated = pyaot_list_repeat(l, n);
        pyaot_list_clear(l);
        pyaot_list_extend(l, repeated);
        crate::object::decref(repeated.cast());
    }
}

/// `List *pyaot_list_slice(const List *l, int64_t start, int64_t stop,
/// int64_t step, uint8_t has_start, uint8_t has_stop)`:
/// `l[start:stop:step]`, a new list, with Python's clamping; a bound whose
/// `has_` flag is 0 is omitted. Raises ValueError "slice step cannot be
/// zero" (returning NULL).
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_slice(
    l: *const List,
    start: i64,
    stop: i64,
    step: i64,
    has_start: u8,
    has_stop: u8,
) -> *mut List {
    // SAFETY: live list (caller).
    let slots = unsafe { list_obj::slots(l) };
    let start = (has_start != 0).then_some(start);
    let stop = (has_stop != 0).then_some(stop);
    let Some(r) = slice::resolve(slots.len(), start, stop, step) else {
        return exc::fail_null(ExcKind::ValueError, b"slice step cannot be zero");
    };
    let picked =
        (0..r.len as i64).filter_map(|k| slots.get((r.start + k * r.step) as usize).copied());
    // SAFETY: live list (caller); the picked slots are its valid values.
    unsafe { new_from(l, r.len, picked) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::list_obj::Elem;
    use crate::test_util::{assert_raised, floats, ints, list, lists, repr, s, strs};
    use crate::{object, str_obj};

    fn pop(l: *mut List, index: Option<i64>) -> Option<u64> {
        let mut out = 0;
        // SAFETY: a live list; `out` is writable.
        let failed =
            unsafe { pyaot_list_pop(l, index.unwrap_or(0), index.is_some() as u8, &mut out) };
        (failed == 0).then_some(out)
    }

    #[test]
    fn inplace_repeat() {
        // python3 -c "a = ['x', 'y']; b = a; a *= 2; print(b); a *= 0; print(b)"
        // -> ['x', 'y', 'x', 'y'] then []
        let l = strs(&["x", "y"]);
        // SAFETY: a live list.
        unsafe { pyaot_list_inplace_repeat(l, 2) };
        assert_eq!(repr(l), "['x', 'y', 'x', 'y']");
        // SAFETY: a live list.
        unsafe { pyaot_list_inplace_repeat(l, 0) };
        assert_eq!(repr(l), "[]");
    }

    #[test]
    fn del_item() {
        // python3 -c "l = ['a', 'b', 'c']; del l[1]; del l[-1]; print(l)"  -> ['a']
        let l = strs(&["a", "b", "c"]);
        // SAFETY: a live list.
        unsafe {
            assert_eq!(pyaot_list_del(l, 1), 0);
            assert_eq!(pyaot_list_del(l, -1), 0);
        }
        assert_eq!(repr(l), "['a']");
        // python3 -c "l = [1]; del l[3]"  -> IndexError: list assignment index out of range
        // SAFETY: a live list.
        assert_eq!(unsafe { pyaot_list_del(l, 3) }, 1);
        assert_raised(ExcKind::IndexError, "list assignment index out of range");
    }

    #[test]
    fn pop_and_insert() {
        // python3 -c "l = [1, 2, 3, 4]; print(l.pop(), l.pop(0), l.pop(-2), l)"  -> 4 1 2 [3]
        let l = ints(&[1, 2, 3, 4]);
        assert_eq!(pop(l, None), Some(4));
        assert_eq!(pop(l, Some(0)), Some(1));
        assert_eq!(pop(l, Some(-2)), Some(2));
        assert_eq!(repr(l), "[3]");
        // python3 -c "[1].pop(1)"  -> IndexError: pop index out of range
        assert_eq!(pop(l, Some(1)), None);
        assert_raised(ExcKind::IndexError, "pop index out of range");
        assert_eq!(pop(l, Some(-2)), None);
        assert_raised(ExcKind::IndexError, "pop index out of range");
        assert_eq!(pop(l, Some(-1)), Some(3));
        // python3 -c "[].pop(0)"  -> IndexError: pop from empty list
        assert_eq!(pop(l, Some(0)), None);
        assert_raised(ExcKind::IndexError, "pop from empty list");
        assert_eq!(pop(l, None), None);
        assert_raised(ExcKind::IndexError, "pop from empty list");
        // python3 -c "l = [1, 2, 3]; l.insert(0, 9); l.insert(-1, 8); l.insert(100, 7); l.insert(-100, 6); l.insert(2, 5); print(l)"
        // -> [6, 9, 5, 1, 2, 8, 3, 7]
        let l = ints(&[1, 2, 3]);
        // SAFETY: a live list.
        unsafe {
            for (at, v) in [(0, 9), (-1, 8), (100, 7), (-100, 6), (2, 5), (i64::MIN, 0)] {
                pyaot_list_insert(l, at, v);
            }
            pyaot_list_insert(l, i64::MAX, 10);
        }
        assert_eq!(repr(l), "[0, 6, 9, 5, 1, 2, 8, 3, 7, 10]");
    }

    #[test]
    fn popped_items_are_owned() {
        let item = str_obj::from_str("item");
        let l = list(Elem::Str, &[item as u64]);
        // SAFETY: live objects; the popped reference is released here.
        unsafe {
            assert_eq!((*item).header.rc, 2);
            let out = pop(l, None).map(|p| p as usize as *mut str_obj::Str);
            assert_eq!(out, Some(item));
            // The list gave its reference to the caller.
            assert_eq!((*item).header.rc, 2);
            object::decref(l.cast());
            assert_eq!((*item).header.rc, 2);
            object::decref(item.cast());
            assert_eq!((*item).header.rc, 1);
            object::decref(item.cast());
        }
    }

    #[test]
    fn remove_index_count_contains() {
        // SAFETY: live lists and strings.
        unsafe {
            // python3 -c "l = ['a', 'b', 'a']; l.remove('a'); print(l)"  -> ['b', 'a']
            let l = strs(&["a", "b", "a"]);
            assert_eq!(pyaot_list_remove(l, s("a") as u64), 0);
            assert_eq!(repr(l), "['b', 'a']");
            // python3 -c "['a'].remove('z')"  -> ValueError: list.remove(x): x not in list
            assert_eq!(pyaot_list_remove(l, s("z") as u64), 1);
            assert_raised(ExcKind::ValueError, "list.remove(x): x not in list");
            // python3 -c "l = [1, 2, 3, 2]; print(l.index(2), l.count(2), 2 in l, 5 in l)"  -> 1 2 True False
            let l = ints(&[1, 2, 3, 2]);
            let mut at = 0;
            assert_eq!(pyaot_list_index(l, 2, &mut at), 0);
            assert_eq!(at, 1);
            assert_eq!(pyaot_list_count(l, 2), 2);
            assert_eq!(pyaot_list_contains(l, 2), 1);
            assert_eq!(pyaot_list_contains(l, 5), 0);
            // python3 -c "l = [None, None]; print(l.index(None), l.count(None), None in l)"  -> 0 2 True
            let l = list(Elem::None, &[0, 0]);
            assert_eq!(pyaot_list_index(l, 0, &mut at), 0);
            assert_eq!(at, 0);
            assert_eq!(pyaot_list_count(l, 0), 2);
            assert_eq!(pyaot_list_contains(l, 0), 1);
            // python3 -c "l = [[1, [2]], [3]]; print([1, [2]] in l, l.count([3]), l.index([3]), [1, [3]] in l)"
            // -> True 1 1 False
            let l = lists(&[lists(&[ints(&[1]), ints(&[2])]), ints(&[3])]);
            let one_two = lists(&[ints(&[1]), ints(&[2])]);
            // (Nested lists of mixed depth are not typeable; [1, [2]] is
            // modelled as [[1], [2]] against [[1], [2]].)
            assert_eq!(pyaot_list_contains(l, one_two as u64), 1);
            assert_eq!(pyaot_list_count(l, ints(&[3]) as u64), 1);
            assert_eq!(pyaot_list_index(l, ints(&[3]) as u64, &mut at), 0);
            assert_eq!(at, 1);
            assert_eq!(
                pyaot_list_contains(l, lists(&[ints(&[1]), ints(&[3])]) as u64),
                0
            );
            // python3 -c "l = [0.0, -0.0, 1.0]; print(l.count(0.0), -0.0 in l, l.index(-0.0))"  -> 2 True 0
            let l = floats(&[0.0, -0.0, 1.0]);
            assert_eq!(pyaot_list_count(l, 0f64.to_bits()), 2);
            assert_eq!(pyaot_list_contains(l, (-0f64).to_bits()), 1);
            assert_eq!(pyaot_list_index(l, (-0f64).to_bits(), &mut at), 0);
            assert_eq!(at, 0);
            // python3 -c "print(float('nan') in [float('nan')], [float('nan')].count(float('nan')))"  -> False 0
            // (CPython finds the *same* NaN object by identity; pyaot's
            // floats are values, so a NaN is never found.)
            let l = floats(&[f64::NAN]);
            assert_eq!(pyaot_list_contains(l, f64::NAN.to_bits()), 0);
            assert_eq!(pyaot_list_count(l, f64::NAN.to_bits()), 0);
        }
    }

    #[test]
    fn index_error_quotes_the_repr() {
        let mut at = 0;
        let cases: [(*mut List, u64, &str); 6] = [
            // python3 -c "[1].index(2)"  -> ValueError: 2 is not in list
            (ints(&[1]), 2, "2 is not in list"),
            // python3 -c "['a'].index('b')"  -> ValueError: 'b' is not in list
            (strs(&["a"]), s("b") as u64, "'b' is not in list"),
            // python3 -c "[1.5].index(2.5)"  -> ValueError: 2.5 is not in list
            (floats(&[1.5]), 2.5f64.to_bits(), "2.5 is not in list"),
            // python3 -c "[[1]].index([2])"  -> ValueError: [2] is not in list
            (
                lists(&[ints(&[1])]),
                ints(&[2]) as u64,
                "[2] is not in list",
            ),
            // python3 -c "[True].index(False)"  -> ValueError: False is not in list
            (list(Elem::Bool, &[1]), 0, "False is not in list"),
            // python3 -c "['it\'s'].index('x\'y\"')"  -> ValueError: 'x\'y"' is not in list
            (
                strs(&["it's"]),
                s("x'y\"") as u64,
                "'x\\'y\"' is not in list",
            ),
        ];
        for (l, item, msg) in cases {
            // SAFETY: live lists; items of their kinds.
            assert_eq!(unsafe { pyaot_list_index(l, item, &mut at) }, 1);
            assert_raised(ExcKind::ValueError, msg);
        }
    }

    #[test]
    fn reverse_clear_copy_extend() {
        // SAFETY: live lists.
        unsafe {
            // python3 -c "l = [1, 2, 3]; l.reverse(); print(l)"  -> [3, 2, 1]
            let l = ints(&[1, 2, 3]);
            pyaot_list_reverse(l);
            assert_eq!(repr(l), "[3, 2, 1]");
            // python3 -c "l = [1, 2, 3]; l.clear(); l.append(5); print(l)"  -> [5]
            pyaot_list_clear(l);
            assert_eq!(repr(l), "[]");
            list_obj::pyaot_list_append(l, 5);
            assert_eq!(repr(l), "[5]");
            // python3 -c "l = [1, 2]; m = l.copy(); m.append(3); print(l, m)"  -> [1, 2] [1, 2, 3]
            let l = ints(&[1, 2]);
            let m = pyaot_list_copy(l);
            list_obj::pyaot_list_append(m, 3);
            assert_eq!((repr(l), repr(m)), ("[1, 2]".into(), "[1, 2, 3]".into()));
            // python3 -c "l = [1, 2]; l.extend(l); print(l)"  -> [1, 2, 1, 2]
            pyaot_list_extend(l, l);
            assert_eq!(repr(l), "[1, 2, 1, 2]");
            // python3 -c "l = ['a']; l.extend(['b', 'c']); print(l)"  -> ['a', 'b', 'c']
            let l = strs(&["a"]);
            pyaot_list_extend(l, strs(&["b", "c"]));
            assert_eq!(repr(l), "['a', 'b', 'c']");
            // Clearing drops the items' references.
            let item = str_obj::from_str("x");
            let l = list(Elem::Str, &[item as u64, item as u64]);
            assert_eq!((*item).header.rc, 3);
            pyaot_list_clear(l);
            assert_eq!((*item).header.rc, 1);
            object::decref(item.cast());
        }
    }

    #[test]
    fn concat_repeat_slice() {
        // SAFETY: live lists.
        unsafe {
            // python3 -c "a = [1, 2]; b = [3]; print(a + b, a * 3, a * 0, a * -1, [] * 5, b + [])"
            // -> [1, 2, 3] [1, 2, 1, 2, 1, 2] [] [] [] [3]
            let (a, b) = (ints(&[1, 2]), ints(&[3]));
            let text_of = |l: *mut List| {
                let t = repr(l);
                object::decref(l.cast());
                t
            };
            assert_eq!(text_of(pyaot_list_concat(a, b)), "[1, 2, 3]");
            assert_eq!(text_of(pyaot_list_repeat(a, 3)), "[1, 2, 1, 2, 1, 2]");
            assert_eq!(text_of(pyaot_list_repeat(a, 0)), "[]");
            assert_eq!(text_of(pyaot_list_repeat(a, -1)), "[]");
            assert_eq!(text_of(pyaot_list_repeat(ints(&[]), i64::MAX)), "[]");
            assert_eq!(text_of(pyaot_list_concat(b, ints(&[]))), "[3]");
            let words = strs(&["x"]);
            let thrice = pyaot_list_repeat(words, 3);
            assert_eq!(repr(thrice), "['x', 'x', 'x']");
            object::decref(thrice.cast());
            // python3 -c "l = list(range(10)); print(l[2:5], l[::-1], l[::3], l[-3:], l[8:2:-2], l[100:], l[:-100])"
            // -> [2, 3, 4] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [0, 3, 6, 9] [7, 8, 9] [8, 6, 4] [] []
            let l = ints(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
            let slice = |start: Option<i64>, stop: Option<i64>, step| {
                text_of(pyaot_list_slice(
                    l,
                    start.unwrap_or(0),
                    stop.unwrap_or(0),
                    step,
                    start.is_some() as u8,
                    stop.is_some() as u8,
                ))
            };
            assert_eq!(slice(Some(2), Some(5), 1), "[2, 3, 4]");
            assert_eq!(slice(None, None, -1), "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
            assert_eq!(slice(None, None, 3), "[0, 3, 6, 9]");
            assert_eq!(slice(Some(-3), None, 1), "[7, 8, 9]");
            assert_eq!(slice(Some(8), Some(2), -2), "[8, 6, 4]");
            assert_eq!(slice(Some(100), None, 1), "[]");
            assert_eq!(slice(None, Some(-100), 1), "[]");
            // python3 -c "[1][::0]"  -> ValueError: slice step cannot be zero
            assert!(pyaot_list_slice(l, 0, 0, 0, 0, 0).is_null());
            assert_raised(ExcKind::ValueError, "slice step cannot be zero");
        }
    }
}
