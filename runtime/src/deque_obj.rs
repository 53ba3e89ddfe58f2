//! `collections.deque`: a double-ended queue as a ring buffer of 8-byte
//! slots of one element kind.
//!
//! Layout (fixed by the ABI up to `dealloc`): the [`Header`] (kind
//! [`KIND_DEQUE`]), offset 16 `len: u64` (the compiler reads it for
//! `len(d)` and truthiness, as for every container), offset 24 the
//! deallocator ([`OwnDealloc`], so programs without a deque link none of
//! this code), the rest private. Item `i` lives in slot `(head + i) &
//! (cap - 1)` of `items`; `cap` is 0 or a power of two. Slots are encoded
//! as list slots ([`Elem`]); pointer slots own a reference.
//!
//! As CPython's `_collectionsmodule.c`:
//! - `maxlen` bounds the length: appending to a full deque drops an item
//!   from the other end (and `maxlen == 0` keeps nothing);
//! - `state` counts the mutations that move items (appends, pops, `clear`,
//!   `rotate` of two or more items, `remove`), not `reverse` or `d[i] =
//!   v`; an iterator remembers it and raises `RuntimeError: deque mutated
//!   during iteration` at its next step once it differs, even after the
//!   last item, exactly as `dequeiter_next` does.

use crate::exc::{self, ExcKind};
use crate::gen_obj::{self, Gen, DONE, RAISED, STATE_DONE, YIELDED};
use crate::heap;
use crate::list_compare;
use crate::list_obj::{self, Elem, List};
use crate::object::{self, Header, OwnDealloc};
use crate::sink::ByteSink;
use crate::str_obj::{self, static_str, Str};
use crate::{boxed, int_text};
use alloc::vec::Vec;
use core::mem::offset_of;

/// The object kind of a deque (the next free kind after generators).
pub const KIND_DEQUE: u32 = 13;

/// A deque object.
#[repr(C)]
pub struct Deque {
    pub header: Header,
    /// Number of items.
    pub len: u64,
    /// [`dealloc`], called by `object::decref` (see [`OwnDealloc`]).
    dealloc: unsafe fn(*mut Header),
    /// Allocated slots: 0 or a power of two.
    cap: usize,
    /// The slot of item 0 (`< cap`, or 0 when `cap` is 0).
    head: usize,
    /// `cap` slots from malloc, or NULL when `cap` is 0.
    items: *mut u64,
    elem: Elem,
    /// The bound on `len`, or -1 for none.
    maxlen: i64,
    /// Mutation counter (CPython's `deque->state`).
    state: u64,
}

// `len` and the deallocator sit where every kind with its own
// deallocator keeps them.
const _: () = assert!(offset_of!(Deque, len) == offset_of!(OwnDealloc, word));
const _: () = assert!(offset_of!(Deque, dealloc) == offset_of!(OwnDealloc, dealloc));

/// A new empty deque.
fn new(elem: Elem, maxlen: i64) -> *mut Deque {
    let d = heap::alloc_or_die(core::mem::size_of::<Deque>()).cast::<Deque>();
    // SAFETY: a fresh block of the right size; malloc aligns to 16.
    unsafe {
        d.write(Deque {
            header: Header::new(KIND_DEQUE),
            len: 0,
            dealloc,
            cap: 0,
            head: 0,
            items: core::ptr::null_mut(),
            elem,
            maxlen,
            state: 0,
        })
    };
    d
}

/// Frees a deque whose refcount reached zero, dropping its items.
///
/// # Safety
/// `obj` is a live, mortal, unreferenced deque.
unsafe fn dealloc(obj: *mut Header) {
    let d = obj.cast::<Deque>();
    // SAFETY: the deque owns its slots' references and its slot array.
    unsafe {
        for item in to_vec(d) {
            list_obj::decref_item((*d).elem, item);
        }
        heap::free((*d).items.cast());
        heap::free(d.cast());
    }
}

/// The slot holding item `i` (`i < len`).
///
/// # Safety
/// `d` is a live deque and `i < len`.
unsafe fn slot(d: *const Deque, i: usize) -> *mut u64 {
    // SAFETY: `cap` is a power of two above `len` (caller), so the index
    // is in bounds.
    unsafe { (*d).items.add(((*d).head + i) & ((*d).cap - 1)) }
}

/// The items in order, as slot values (no references taken).
///
/// # Safety
/// `d` is a live deque.
unsafe fn to_vec(d: *const Deque) -> Vec<u64> {
    // SAFETY: live deque (caller); items `0..len` are initialized.
    unsafe { (0..(*d).len as usize).map(|i| *slot(d, i)).collect() }
}

/// Makes room for one more item, doubling the ring (items move to the
/// front of the new array in order).
///
/// # Safety
/// `d` is a live deque.
unsafe fn reserve_one(d: *mut Deque) {
    // SAFETY: live deque (caller).
    unsafe {
        if ((*d).len as usize) < (*d).cap {
            return;
        }
        let items = to_vec(d);
        let cap = ((*d).cap * 2).max(8);
        let Some(bytes) = cap.checked_mul(8).filter(|&b| b <= isize::MAX as usize) else {
            heap::out_of_memory();
        };
        let new = heap::alloc_or_die(bytes).cast::<u64>();
        core::ptr::copy_nonoverlapping(items.as_ptr(), new, items.len());
        heap::free((*d).items.cast());
        (*d).items = new;
        (*d).cap = cap;
        (*d).head = 0;
    }
}

/// Appends an owned slot value on the right.
///
/// # Safety
/// `d` is a live deque; `item` matches its element kind.
unsafe fn push_back(d: *mut Deque, item: u64) {
    // SAFETY: live deque (caller); after reserving, slot `len` is free.
    unsafe {
        reserve_one(d);
        (*d).len += 1;
        slot(d, (*d).len as usize - 1).write(item);
        (*d).state += 1;
    }
}

/// Prepends an owned slot value on the left.
///
/// # Safety
/// `d` is a live deque; `item` matches its element kind.
unsafe fn push_front(d: *mut Deque, item: u64) {
    // SAFETY: live deque (caller); after reserving, the slot before the
    // head is free.
    unsafe {
        reserve_one(d);
        (*d).head = ((*d).head + (*d).cap - 1) & ((*d).cap - 1);
        (*d).len += 1;
        slot(d, 0).write(item);
        (*d).state += 1;
    }
}

/// Removes the rightmost item, giving its reference to the caller.
///
/// # Safety
/// `d` is a live, non-empty deque.
unsafe fn take_back(d: *mut Deque) -> u64 {
    // SAFETY: live non-empty deque (caller).
    unsafe {
        (*d).len -= 1;
        (*d).state += 1;
        *slot(d, (*d).len as usize)
    }
}

/// Removes the leftmost item, giving its reference to the caller.
///
/// # Safety
/// `d` is a live, non-empty deque.
unsafe fn take_front(d: *mut Deque) -> u64 {
    // SAFETY: live non-empty deque (caller).
    unsafe {
        let item = *slot(d, 0);
        (*d).head = ((*d).head + 1) & ((*d).cap - 1);
        (*d).len -= 1;
        (*d).state += 1;
        item
    }
}

/// Whether the deque is longer than its `maxlen`.
///
/// # Safety
/// `d` is a live deque.
unsafe fn over_max(d: *const Deque) -> bool {
    // SAFETY: live deque (caller).
    unsafe { (*d).maxlen >= 0 && (*d).len > (*d).maxlen as u64 }
}

/// `append` of an owned value: on the right, dropping the leftmost item
/// when that exceeds `maxlen`.
///
/// # Safety
/// `d` is a live deque; `item` matches its element kind.
unsafe fn append_owned(d: *mut Deque, item: u64) {
    // SAFETY: live deque (caller).
    unsafe {
        push_back(d, item);
        if over_max(d) {
            list_obj::decref_item((*d).elem, take_front(d));
        }
    }
}

/// `appendleft` of an owned value, dropping the rightmost item when that
/// exceeds `maxlen`.
///
/// # Safety
/// `d` is a live deque; `item` matches its element kind.
unsafe fn appendleft_owned(d: *mut Deque, item: u64) {
    // SAFETY: live deque (caller).
    unsafe {
        push_front(d, item);
        if over_max(d) {
            list_obj::decref_item((*d).elem, take_back(d));
        }
    }
}

/// The items of iterator `it` (of element kind `elem`), or None when it
/// raised.
///
/// # Safety
/// `it` is a live generator of `elem` values.
unsafe fn drain(it: *mut Gen, elem: Elem) -> Option<*mut List> {
    // SAFETY: forwarded.
    let l = unsafe { gen_obj::pyaot_gen_to_list(it, elem as u32) };
    (!l.is_null()).then_some(l)
}

/// Adds the items of iterator `it` at the right (`left`: at the left, one
/// by one, so they end up reversed), as `extend`/`extendleft`. Returns 1
/// when the iterator raised.
///
/// # Safety
/// `d` is a live deque; `it` a live generator of its element kind.
unsafe fn extend_from(d: *mut Deque, it: *mut Gen, left: bool) -> u8 {
    // SAFETY: live objects (caller). The items are all taken before any
    // is added, so `d.extend(d)` adds a copy.
    unsafe {
        let elem = (*d).elem;
        let Some(l) = drain(it, elem) else {
            return 1;
        };
        // CPython consumes the iterator without storing anything.
        if (*d).maxlen != 0 {
            for &item in list_obj::slots(l) {
                list_obj::incref_item(elem, item);
                if left {
                    appendleft_owned(d, item);
                } else {
                    append_owned(d, item);
                }
            }
        }
        object::decref(l.cast());
        0
    }
}

/// `Deque *pyaot_deque_new(uint32_t elem, Gen *it, int64_t maxlen, uint8_t
/// has_maxlen)`: `deque(it, maxlen)`; `it` is NULL for `deque()`. Raises
/// `ValueError: maxlen must be non-negative` (before `it` runs, as
/// CPython) or what `it` raised, returning NULL. Borrows `it`.
///
/// # Safety
/// `it` is NULL or a live generator of `elem` values.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_new(
    elem: u32,
    it: *mut Gen,
    maxlen: i64,
    has_maxlen: u8,
) -> *mut Deque {
    let Some(elem) = Elem::from_raw(elem) else {
        heap::fatal(b"fatal error: pyaot_deque_new: invalid element kind\n");
    };
    if has_maxlen != 0 && maxlen < 0 {
        return exc::fail_null(ExcKind::ValueError, b"maxlen must be non-negative");
    }
    let d = new(elem, if has_maxlen != 0 { maxlen } else { -1 });
    // SAFETY: a fresh deque; `it` is live (caller).
    if !it.is_null() && unsafe { extend_from(d, it, false) } != 0 {
        // SAFETY: we own the only reference.
        unsafe { object::decref(d.cast()) };
        return core::ptr::null_mut();
    }
    d
}

/// `uint8_t pyaot_deque_extend(Deque *d, Gen *it)`: `d.extend(it)`; 1 when
/// `it` raised. Borrows `it`.
///
/// # Safety
/// `d` is a live deque; `it` a live generator of its element kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_extend(d: *mut Deque, it: *mut Gen) -> u8 {
    // SAFETY: forwarded.
    unsafe { extend_from(d, it, false) }
}

/// `uint8_t pyaot_deque_extendleft(Deque *d, Gen *it)`:
/// `d.extendleft(it)`; 1 when `it` raised. Borrows `it`.
///
/// # Safety
/// `d` is a live deque; `it` a live generator of its element kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_extendleft(d: *mut Deque, it: *mut Gen) -> u8 {
    // SAFETY: forwarded.
    unsafe { extend_from(d, it, true) }
}

/// `void pyaot_deque_append(Deque *d, uint64_t item)`: `d.append(item)`;
/// borrows `item`.
///
/// # Safety
/// `d` is a live deque; `item` a valid slot value of its kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_append(d: *mut Deque, item: u64) {
    // SAFETY: forwarded.
    unsafe {
        list_obj::incref_item((*d).elem, item);
        append_owned(d, item);
    }
}

/// `void pyaot_deque_appendleft(Deque *d, uint64_t item)`:
/// `d.appendleft(item)`; borrows `item`.
///
/// # Safety
/// `d` is a live deque; `item` a valid slot value of its kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_appendleft(d: *mut Deque, item: u64) {
    // SAFETY: forwarded.
    unsafe {
        list_obj::incref_item((*d).elem, item);
        appendleft_owned(d, item);
    }
}

/// `uint8_t pyaot_deque_pop(Deque *d, uint64_t *out)`: `d.pop()`, the
/// item's reference written to `*out`; raises `IndexError: pop from an
/// empty deque`.
///
/// # Safety
/// `d` is a live deque; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_pop(d: *mut Deque, out: *mut u64) -> u8 {
    // SAFETY: live deque (caller).
    unsafe {
        if (*d).len == 0 {
            return exc::fail_flag(ExcKind::IndexError, b"pop from an empty deque");
        }
        out.write(take_back(d));
    }
    0
}

/// `uint8_t pyaot_deque_popleft(Deque *d, uint64_t *out)`: `d.popleft()`,
/// as [`pyaot_deque_pop`].
///
/// # Safety
/// `d` is a live deque; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_popleft(d: *mut Deque, out: *mut u64) -> u8 {
    // SAFETY: live deque (caller).
    unsafe {
        if (*d).len == 0 {
            return exc::fail_flag(ExcKind::IndexError, b"pop from an empty deque");
        }
        out.write(take_front(d));
    }
    0
}

/// `void pyaot_deque_rotate(Deque *d, int64_t n)`: `d.rotate(n)`, `n`
/// steps to the right (negative: to the left). Like CPython it counts as
/// a mutation whenever the deque has two or more items.
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_rotate(d: *mut Deque, n: i64) {
    // SAFETY: live deque (caller); every step moves one item between the
    // ends of a deque that keeps its length, so no slot is reallocated.
    unsafe {
        let len = (*d).len as i64;
        if len <= 1 {
            return;
        }
        (*d).state += 1;
        let right = n.rem_euclid(len);
        let state = (*d).state;
        if right <= len / 2 {
            for _ in 0..right {
                let item = take_back(d);
                push_front(d, item);
            }
        } else {
            for _ in 0..len - right {
                let item = take_front(d);
                push_back(d, item);
            }
        }
        (*d).state = state;
    }
}

/// `void pyaot_deque_clear(Deque *d)`: `d.clear()`.
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_clear(d: *mut Deque) {
    // SAFETY: live deque (caller). It is emptied before any item is
    // released, so it is consistent whatever those releases free.
    unsafe {
        let items = to_vec(d);
        (*d).len = 0;
        (*d).head = 0;
        (*d).state += 1;
        for item in items {
            list_obj::decref_item((*d).elem, item);
        }
    }
}

/// `void pyaot_deque_reverse(Deque *d)`: `d.reverse()`, in place (not a
/// mutation for iterators, as in CPython).
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_reverse(d: *mut Deque) {
    // SAFETY: live deque (caller); both indices are below `len`.
    unsafe {
        let len = (*d).len as usize;
        for i in 0..len / 2 {
            core::ptr::swap(slot(d, i), slot(d, len - 1 - i));
        }
    }
}

/// `Deque *pyaot_deque_copy(const Deque *d)`: `d.copy()` (same `maxlen`).
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_copy(d: *const Deque) -> *mut Deque {
    // SAFETY: live deque (caller); its items are live.
    unsafe {
        let c = new((*d).elem, (*d).maxlen);
        for item in to_vec(d) {
            list_obj::incref_item((*d).elem, item);
            push_back(c, item);
        }
        (*c).state = 0;
        c
    }
}

/// The index of the first item in `start..stop` equal to `item`.
///
/// # Safety
/// `d` is a live deque; `item` a valid slot value of its kind.
unsafe fn position(d: *const Deque, item: u64, start: usize, stop: usize) -> Option<usize> {
    // SAFETY: live deque (caller); a user `__eq__` may mutate it, so the
    // length is read afresh at each step.
    unsafe {
        let elem = (*d).elem;
        let mut i = start;
        while i < stop.min((*d).len as usize) {
            if list_compare::slot_eq(elem, *slot(d, i), item) {
                return Some(i);
            }
            if exc::is_pending() {
                return None;
            }
            i += 1;
        }
        None
    }
}

/// Raises `ValueError: <repr(item)> is not in deque`; returns 1.
///
/// # Safety
/// `item` is a valid slot value of kind `elem`.
unsafe fn not_in_deque(elem: Elem, item: u64) -> u8 {
    let mut msg = Vec::new();
    // SAFETY: forwarded.
    unsafe { list_obj::write_item_repr(elem, item, &mut Vec::new(), &mut msg) };
    msg.put(b" is not in deque");
    exc::fail_flag(ExcKind::ValueError, &msg)
}

/// `uint8_t pyaot_deque_index(const Deque *d, uint64_t item, int64_t
/// start, int64_t stop, int64_t *out)`: `d.index(item, start, stop)`
/// (the caller passes 0 and `i64::MAX` for absent bounds), with CPython's
/// clamping of the bounds; raises ValueError when absent.
///
/// # Safety
/// `d` is a live deque; `item` a valid slot value of its kind; `out` is
/// writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_index(
    d: *const Deque,
    item: u64,
    start: i64,
    stop: i64,
    out: *mut i64,
) -> u8 {
    // SAFETY: live deque (caller).
    let len = unsafe { (*d).len } as i64;
    let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let stop = clamp(stop);
    let start = clamp(start).min(stop);
    // SAFETY: forwarded.
    match unsafe { position(d, item, start as usize, stop as usize) } {
        Some(i) => {
            // SAFETY: writable (caller).
            unsafe { out.write(i as i64) };
            0
        }
        None if exc::is_pending() => 1,
        // SAFETY: forwarded.
        None => unsafe { not_in_deque((*d).elem, item) },
    }
}

/// `int64_t pyaot_deque_count(const Deque *d, uint64_t item)`:
/// `d.count(item)`.
///
/// # Safety
/// `d` is a live deque; `item` a valid slot value of its kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_count(d: *const Deque, item: u64) -> i64 {
    // SAFETY: live deque (caller); its items are live.
    unsafe {
        let elem = (*d).elem;
        to_vec(d)
            .into_iter()
            .filter(|&slot| list_compare::slot_eq(elem, slot, item))
            .count() as i64
    }
}

/// `uint8_t pyaot_deque_contains(const Deque *d, uint64_t item)`: `item in
/// d`.
///
/// # Safety
/// `d` is a live deque; `item` a valid slot value of its kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_contains(d: *const Deque, item: u64) -> u8 {
    // SAFETY: forwarded.
    unsafe { position(d, item, 0, usize::MAX).is_some() as u8 }
}

/// `uint8_t pyaot_deque_remove(Deque *d, uint64_t item)`: `d.remove(item)`
/// (the first equal item); raises ValueError when absent.
///
/// # Safety
/// `d` is a live deque; `item` a valid slot value of its kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_remove(d: *mut Deque, item: u64) -> u8 {
    // SAFETY: live deque (caller); `i < len`, and the items after it move
    // down one slot before the removed reference is released.
    unsafe {
        let Some(i) = position(d, item, 0, usize::MAX) else {
            if exc::is_pending() {
                return 1;
            }
            return not_in_deque((*d).elem, item);
        };
        let removed = *slot(d, i);
        let len = (*d).len as usize;
        for j in i..len - 1 {
            *slot(d, j) = *slot(d, j + 1);
        }
        (*d).len -= 1;
        (*d).state += 1;
        list_obj::decref_item((*d).elem, removed);
        0
    }
}

/// `uint8_t pyaot_deque_get(const Deque *d, int64_t i, uint64_t *out)`:
/// `d[i]` (a new reference); raises `IndexError: deque index out of
/// range`.
///
/// # Safety
/// `d` is a live deque; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_get(d: *const Deque, i: i64, out: *mut u64) -> u8 {
    // SAFETY: live deque (caller).
    let Some(i) = crate::slice::index(i, unsafe { (*d).len } as usize) else {
        return exc::fail_flag(ExcKind::IndexError, b"deque index out of range");
    };
    // SAFETY: `i < len`; `out` is writable (caller).
    unsafe {
        let item = *slot(d, i);
        list_obj::incref_item((*d).elem, item);
        out.write(item);
    }
    0
}

/// `uint8_t pyaot_deque_set(Deque *d, int64_t i, uint64_t item)`: `d[i] =
/// item`, borrowing `item`; raises `IndexError: deque index out of range`.
///
/// # Safety
/// `d` is a live deque; `item` a valid slot value of its kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_set(d: *mut Deque, i: i64, item: u64) -> u8 {
    // SAFETY: live deque (caller).
    let Some(i) = crate::slice::index(i, unsafe { (*d).len } as usize) else {
        return exc::fail_flag(ExcKind::IndexError, b"deque index out of range");
    };
    // SAFETY: `i < len`; the new value is increfed before the old one is
    // dropped.
    unsafe {
        let elem = (*d).elem;
        list_obj::incref_item(elem, item);
        let old = slot(d, i).replace(item);
        list_obj::decref_item(elem, old);
    }
    0
}

/// `Boxed *pyaot_deque_maxlen(const Deque *d)`: `d.maxlen`, an
/// `Optional[int]` (NULL for None).
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_maxlen(d: *const Deque) -> *mut boxed::Boxed {
    // SAFETY: live deque (caller).
    match unsafe { (*d).maxlen } {
        m if m < 0 => core::ptr::null_mut(),
        m => boxed::pyaot_box_new(m as u64),
    }
}

/// Python `==` of two deques: equal lengths and pairwise equal items
/// (`maxlen` does not count).
///
/// # Safety
/// `a` and `b` are live deques.
pub(crate) unsafe fn deques_eq(a: *const Deque, b: *const Deque) -> bool {
    // SAFETY: live deques (caller); their items are live.
    unsafe {
        if core::ptr::eq(a, b) {
            return true;
        }
        let (x, y) = (to_vec(a), to_vec(b));
        x.len() == y.len()
            && x.iter()
                .zip(&y)
                .all(|(&p, &q)| list_compare::mixed_slot_eq((*a).elem, p, (*b).elem, q))
    }
}

/// `uint8_t pyaot_deque_eq(const Deque *a, const Deque *b)`: `a == b`.
///
/// # Safety
/// `a` and `b` are live deques.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_eq(a: *const Deque, b: *const Deque) -> u8 {
    // SAFETY: forwarded.
    unsafe { deques_eq(a, b) as u8 }
}

/// Writes `repr(d)`: `deque([1, 2])`, `deque([1, 2], maxlen=3)`; `active`
/// as for lists (a deque inside itself prints `[...]`, as CPython).
///
/// # Safety
/// `d` is a live deque.
pub(crate) unsafe fn write_repr(
    d: *const Deque,
    active: &mut Vec<*const Header>,
    out: &mut Vec<u8>,
) {
    if active.contains(&d.cast()) {
        out.put(b"[...]");
        return;
    }
    active.push(d.cast());
    out.put(b"deque([");
    // SAFETY: live deque (caller).
    unsafe {
        for (n, item) in to_vec(d).into_iter().enumerate() {
            if n > 0 {
                out.put(b", ");
            }
            list_obj::write_item_repr((*d).elem, item, active, out);
        }
        out.put_byte(b']');
        if (*d).maxlen >= 0 {
            out.put(b", maxlen=");
            int_text::write_i64(out, (*d).maxlen);
        }
    }
    out.put_byte(b')');
    active.pop();
}

/// `Str *pyaot_deque_repr(const Deque *d)`: `repr(d)`; NULL when an
/// item's `__repr__` raised.
///
/// # Safety
/// `d` is a live deque.
#[no_mangle]
pub unsafe extern "C" fn pyaot_deque_repr(d: *const Deque) -> *mut Str {
    let mut out = Vec::new();
    // SAFETY: live deque (caller).
    unsafe { write_repr(d, &mut Vec::new(), &mut out) };
    if exc::is_pending() {
        return core::ptr::null_mut();
    }
    str_obj::new(&out)
}

/// Frame slots of a deque iterator: the deque (owned), the index of the
/// next item and the deque's `state` when the iterator was made.
const ITER_SLOTS: u64 = 3;

/// A new iterator over `d` (a generator object, see `iter_any.rs`).
///
/// # Safety
/// `d` is a live deque.
pub(crate) unsafe fn iter(d: *mut Deque) -> *mut Gen {
    let g = gen_obj::pyaot_gen_new(iter_resume, static_str!("_deque_iterator"), ITER_SLOTS);
    // SAFETY: a fresh generator with three zeroed frame slots; the frame
    // owns the reference taken here.
    unsafe {
        object::incref(d.cast());
        let slots = g.add(1).cast::<u64>();
        *slots = d as usize as u64;
        *slots.add(2) = (*d).state;
    }
    g
}

/// The resume function of a deque iterator (the contract of `gen_obj`'s
/// module doc): CPython's `dequeiter_next`, the mutation check first.
unsafe extern "C" fn iter_resume(g: *mut Gen, out: *mut u64, mode: u64) -> u8 {
    // SAFETY: `g` is a live deque iterator (only `iter` makes one), so its
    // frame holds the deque, the index and the state while not done.
    unsafe {
        if (*g).state == STATE_DONE {
            return DONE;
        }
        let slots = g.add(1).cast::<u64>();
        let d = *slots as usize as *mut Deque;
        let i = *slots.add(1);
        let mut result = DONE;
        if mode == gen_obj::MODE_NEXT {
            if (*d).state != *slots.add(2) {
                exc::raise(ExcKind::RuntimeError, b"deque mutated during iteration");
                result = RAISED;
            } else if i < (*d).len {
                let item = *slot(d, i as usize);
                list_obj::incref_item((*d).elem, item);
                *out = item;
                *slots.add(1) = i + 1;
                (*g).state = 1;
                return YIELDED;
            }
        }
        (*g).state = STATE_DONE;
        *slots = 0;
        object::decref(d.cast());
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_raised, text};

    unsafe fn ints(d: *const Deque) -> Vec<i64> {
        // SAFETY: live deque (caller).
        unsafe { to_vec(d).into_iter().map(|x| x as i64).collect() }
    }

    #[test]
    fn ring_operations_match_cpython() {
        // SAFETY: live deques throughout.
        unsafe {
            let d = pyaot_deque_new(Elem::Int as u32, core::ptr::null_mut(), 0, 0);
            for v in 0..20 {
                pyaot_deque_append(d, v);
                pyaot_deque_appendleft(d, 100 + v);
            }
            let mut out = 0;
            assert_eq!(pyaot_deque_popleft(d, &mut out), 0);
            assert_eq!(out, 119);
            assert_eq!(pyaot_deque_pop(d, &mut out), 0);
            assert_eq!(out, 19);
            // python3 -c "from collections import deque; d = deque([1, 2, 3, 4, 5]); d.rotate(2); print(d); d.rotate(-3); print(d)"
            pyaot_deque_clear(d);
            for v in 1..=5 {
                pyaot_deque_append(d, v);
            }
            pyaot_deque_rotate(d, 2);
            assert_eq!(ints(d), [4, 5, 1, 2, 3]);
            pyaot_deque_rotate(d, -3);
            assert_eq!(ints(d), [2, 3, 4, 5, 1]);
            pyaot_deque_reverse(d);
            assert_eq!(ints(d), [1, 5, 4, 3, 2]);
            assert_eq!(pyaot_deque_remove(d, 4), 0);
            assert_eq!(ints(d), [1, 5, 3, 2]);
            assert_eq!(pyaot_deque_remove(d, 9), 1);
            assert_raised(ExcKind::ValueError, "9 is not in deque");
            assert_eq!(text(pyaot_deque_repr(d)), "deque([1, 5, 3, 2])");
            object::decref(d.cast());
        }
    }

    #[test]
    fn maxlen_drops_from_the_other_end() {
        // SAFETY: live deques throughout.
        unsafe {
            // python3 -c "from collections import deque; d = deque(maxlen=3); d.extend(range(10)); d.appendleft(1); print(d)"
            let d = pyaot_deque_new(Elem::Int as u32, core::ptr::null_mut(), 3, 1);
            for v in 0..10 {
                pyaot_deque_append(d, v);
            }
            pyaot_deque_appendleft(d, 1);
            assert_eq!(text(pyaot_deque_repr(d)), "deque([1, 7, 8], maxlen=3)");
            object::decref(d.cast());
            assert!(pyaot_deque_new(Elem::Int as u32, core::ptr::null_mut(), -1, 1).is_null());
            assert_raised(ExcKind::ValueError, "maxlen must be non-negative");
        }
    }

    #[test]
    fn empty_pops_and_bad_indices_raise() {
        // SAFETY: live deques throughout.
        unsafe {
            let d = pyaot_deque_new(Elem::Int as u32, core::ptr::null_mut(), 0, 0);
            let mut out = 0;
            assert_eq!(pyaot_deque_pop(d, &mut out), 1);
            assert_raised(ExcKind::IndexError, "pop from an empty deque");
            assert_eq!(pyaot_deque_get(d, 0, &mut out), 1);
            assert_raised(ExcKind::IndexError, "deque index out of range");
            object::decref(d.cast());
        }
    }
}
