//! The `list` object: a growable array of 8-byte slots of one element kind.
//!
//! Layout (fixed by the ABI): the [`Header`] (kind 2), then offset 16
//! `len: u64`, 24 `cap: u64`, 32 `items: *mut u64` (a malloc'd array of
//! `cap` slots, NULL when `cap` is 0), 40 `elem: u32` (an [`Elem`] code),
//! 44 reserved. Slot encoding per element kind: int = the i64, float = the
//! f64 bits, bool = 0/1, str/list/dict/tuple/bytes/instance = the pointer (each slot owns
//! a reference; a nested list's own `elem`, a dict's own key and value
//! kinds, or a tuple's own type codes, say what it holds), None = 0.
//!
//! **Invariants:** `len <= cap`; slots `0..len` are initialized; `elem`
//! is a valid [`Elem`] (checked once, in `pyaot_list_new`).

use crate::dict_obj::{self, Dict};
use crate::exc::{self, ExcKind};
use crate::object::{self, Header, KIND_LIST};
use crate::sink::ByteSink;
use crate::str_obj::{self, Str};
use crate::tuple_obj::{self, Tuple};
use crate::{float_text, heap, int_text, slice, str_repr};
use alloc::vec::Vec;

/// A list object.
#[repr(C)]
pub struct List {
    pub header: Header,
    /// Number of initialized slots.
    pub len: u64,
    /// Number of allocated slots.
    pub cap: u64,
    /// `cap` slots from malloc, or NULL when `cap == 0`.
    pub items: *mut u64,
    /// The element kind, an [`Elem`] code.
    pub elem: u32,
    pub reserved: u32,
}

/// What a list's slots hold.
#[repr(u32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Elem {
    Int = 0,
    Float = 1,
    Bool = 2,
    Str = 3,
    List = 4,
    None = 5,
    Dict = 6,
    Tuple = 7,
    /// An instance of a user class (or None, as NULL).
    Obj = 8,
    Set = 9,
    Bytes = 10,
    /// A `collections.deque` (`deque_obj`).
    Deque = 11,
}

impl Elem {
    pub fn from_raw(code: u32) -> Option<Elem> {
        [
            Elem::Int,
            Elem::Float,
            Elem::Bool,
            Elem::Str,
            Elem::List,
            Elem::None,
            Elem::Dict,
            Elem::Tuple,
            Elem::Obj,
            Elem::Set,
            Elem::Bytes,
            Elem::Deque,
        ]
        .get(code as usize)
        .copied()
    }

    /// Whether slots hold object pointers that own a reference.
    fn is_object(self) -> bool {
        matches!(
            self,
            Elem::Str
                | Elem::List
                | Elem::Dict
                | Elem::Tuple
                | Elem::Obj
                | Elem::Set
                | Elem::Bytes
                | Elem::Deque
        )
    }
}

/// The element kind of a list (valid by the module invariant).
///
/// # Safety
/// `l` is a live list.
pub(crate) unsafe fn elem_of(l: *const List) -> Elem {
    // SAFETY: live list (caller); `elem` was validated at construction.
    Elem::from_raw(unsafe { (*l).elem }).unwrap_or(Elem::Int)
}

/// The initialized slots of `l`.
///
/// # Safety
/// `l` is a live list that is not mutated while the slice is alive.
pub(crate) unsafe fn slots<'a>(l: *const List) -> &'a [u64] {
    // SAFETY: live list (caller): `items` holds `len` initialized slots.
    unsafe {
        if (*l).items.is_null() {
            return &[];
        }
        core::slice::from_raw_parts((*l).items, (*l).len as usize)
    }
}

/// The initialized slots of `l`, for in-place rearrangement.
///
/// # Safety
/// `l` is a live list that nothing else reads or mutates while the slice is
/// alive.
pub(crate) unsafe fn slots_mut<'a>(l: *mut List) -> &'a mut [u64] {
    // SAFETY: live list (caller): `items` holds `len` initialized slots.
    unsafe {
        if (*l).items.is_null() {
            return &mut [];
        }
        core::slice::from_raw_parts_mut((*l).items, (*l).len as usize)
    }
}

/// Makes room for at least `additional` more slots (growing at least
/// twofold, like appends do); slots past `len` stay uninitialized.
///
/// # Safety
/// `l` is a live list.
pub(crate) unsafe fn reserve(l: *mut List, additional: usize) {
    // SAFETY: live list (caller).
    unsafe {
        let (len, cap) = ((*l).len as usize, (*l).cap as usize);
        let Some(needed) = len.checked_add(additional) else {
            heap::out_of_memory();
        };
        if needed <= cap {
            return;
        }
        let cap = needed.max(cap.saturating_mul(2)).max(4);
        (*l).items = alloc_slots((*l).items, cap);
        (*l).cap = cap as u64;
    }
}

/// Adds a reference for a slot value of kind `elem`, if it holds one.
///
/// # Safety
/// For object kinds, `item` is a live object pointer.
pub(crate) unsafe fn incref_item(elem: Elem, item: u64) {
    if elem.is_object() {
        // SAFETY: caller.
        unsafe { object::incref(item as usize as *const Header) };
    }
}

/// Drops the reference a slot value owns, if any.
///
/// # Safety
/// For object kinds, `item` is an owned reference.
pub(crate) unsafe fn decref_item(elem: Elem, item: u64) {
    if elem.is_object() {
        // SAFETY: caller.
        unsafe { object::decref(item as usize as *const Header) };
    }
}

/// A new empty list with room for `capacity` slots.
pub fn new(elem: Elem, capacity: usize) -> *mut List {
    let l = heap::alloc_or_die(core::mem::size_of::<List>()).cast::<List>();
    let items = alloc_slots(core::ptr::null_mut(), capacity);
    // SAFETY: fresh block of the right size; malloc aligns to 16.
    unsafe {
        l.write(List {
            header: Header::new(KIND_LIST),
            len: 0,
            cap: capacity as u64,
            items,
            elem: elem as u32,
            reserved: 0,
        })
    };
    l
}

/// (Re)allocates a slot array for `cap` slots; NULL for 0 (and `old` must
/// then be NULL too).
fn alloc_slots(old: *mut u64, cap: usize) -> *mut u64 {
    if cap == 0 {
        return core::ptr::null_mut();
    }
    let Some(bytes) = cap.checked_mul(8).filter(|&b| b <= isize::MAX as usize) else {
        heap::out_of_memory();
    };
    // SAFETY: `old` is NULL or the list's current slot array.
    unsafe { heap::realloc_or_die(old.cast(), bytes).cast() }
}

/// Appends an owned slot value.
///
/// # Safety
/// `l` is a live list; `item` matches its element kind.
pub unsafe fn push_owned(l: *mut List, item: u64) {
    // SAFETY: live list (caller); after growing, slot `len` is in bounds.
    unsafe {
        let len = (*l).len as usize;
        if len == (*l).cap as usize {
            let cap = len.saturating_mul(2).max(4);
            (*l).items = alloc_slots((*l).items, cap);
            (*l).cap = cap as u64;
        }
        (*l).items.add(len).write(item);
        (*l).len += 1;
    }
}

/// Frees a list whose refcount reached zero, dropping its elements.
///
/// # Safety
/// `l` is a live, mortal, unreferenced list.
pub unsafe fn dealloc(l: *mut List) {
    // SAFETY: the list owns its slots' references and its slot array.
    unsafe {
        let elem = elem_of(l);
        for &item in slots(l) {
            decref_item(elem, item);
        }
        heap::free((*l).items.cast());
        heap::free(l.cast());
    }
}

/// `List *pyaot_list_new(uint32_t elem, int64_t capacity)`: a new empty
/// list of element kind `elem` with room for `capacity` items (negative
/// means 0). An invalid `elem` is a compiler bug and aborts the process.
#[no_mangle]
pub extern "C" fn pyaot_list_new(elem: u32, capacity: i64) -> *mut List {
    let Some(elem) = Elem::from_raw(elem) else {
        heap::fatal(b"fatal error: pyaot_list_new: invalid element kind\n");
    };
    new(elem, usize::try_from(capacity).unwrap_or(0))
}

/// `void pyaot_list_append(List *l, uint64_t item)`: `l.append(item)`.
/// Borrows `item`: for str/list elements the list takes its own reference.
///
/// # Safety
/// `l` is a live list; `item` is a valid slot value for its element kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_append(l: *mut List, item: u64) {
    // SAFETY: forwarded from the caller.
    unsafe {
        incref_item(elem_of(l), item);
        push_owned(l, item);
    }
}

/// `int64_t pyaot_list_len(const List *l)`: `len(l)`.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_len(l: *const List) -> i64 {
    // SAFETY: live list (caller).
    unsafe { (*l).len as i64 }
}

/// `uint8_t pyaot_list_get(const List *l, int64_t i, uint64_t *out)`:
/// `l[i]`, negative `i` counting from the end. Writes the slot value (a new
/// reference for str/list elements) and returns 0, or raises IndexError
/// "list index out of range" and returns 1.
///
/// # Safety
/// `l` is a live list; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_get(l: *const List, i: i64, out: *mut u64) -> u8 {
    // SAFETY: live list (caller).
    let items = unsafe { slots(l) };
    let Some(&item) = slice::index(i, items.len()).and_then(|i| items.get(i)) else {
        return exc::fail_flag(ExcKind::IndexError, b"list index out of range");
    };
    // SAFETY: the slot holds a valid value of the list's kind; `out` is
    // writable (caller).
    unsafe {
        incref_item(elem_of(l), item);
        out.write(item);
    }
    0
}

/// `uint8_t pyaot_list_set(List *l, int64_t i, uint64_t item)`:
/// `l[i] = item`. Borrows `item` (the list takes its own reference and
/// drops the replaced one). Raises IndexError "list assignment index out of
/// range" and returns 1 when `i` is out of range.
///
/// # Safety
/// `l` is a live list; `item` is a valid slot value for its element kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_set(l: *mut List, i: i64, item: u64) -> u8 {
    // SAFETY: live list (caller).
    let len = unsafe { (*l).len as usize };
    let Some(i) = slice::index(i, len) else {
        return exc::fail_flag(ExcKind::IndexError, b"list assignment index out of range");
    };
    // SAFETY: `i < len`, so the slot is initialized; the new value is
    // increfed before the old one is dropped, so `l[i] = l[i]` is safe.
    unsafe {
        let elem = elem_of(l);
        let slot = (*l).items.add(i);
        incref_item(elem, item);
        let old = slot.replace(item);
        decref_item(elem, old);
    }
    0
}

/// Writes `repr(l)`. `active` holds the lists and dicts being printed
/// further out, so a list that contains itself prints as `[...]` like
/// CPython.
///
/// # Safety
/// `l` is a live list.
unsafe fn write_repr(l: *const List, active: &mut Vec<*const Header>, out: &mut Vec<u8>) {
    if active.contains(&l.cast()) {
        out.put(b"[...]");
        return;
    }
    active.push(l.cast());
    out.put_byte(b'[');
    // SAFETY: live list (caller).
    let (elem, items) = unsafe { (elem_of(l), slots(l)) };
    for (n, &item) in items.iter().enumerate() {
        if n > 0 {
            out.put(b", ");
        }
        // SAFETY: the slot holds a valid value of the list's kind.
        unsafe { write_item_repr(elem, item, active, out) };
    }
    out.put_byte(b']');
    active.pop();
}

/// Writes `repr(item)` for a slot value of kind `elem`; `active` as for
/// [`write_repr`] (empty when the item is not inside a list or dict being
/// printed).
///
/// # Safety
/// `item` is a valid slot value of kind `elem`.
pub(crate) unsafe fn write_item_repr(
    elem: Elem,
    item: u64,
    active: &mut Vec<*const Header>,
    out: &mut Vec<u8>,
) {
    match elem {
        Elem::Int => int_text::write_i64(out, item as i64),
        Elem::Float => float_text::repr(f64::from_bits(item), out),
        Elem::Bool => out.put(if item != 0 { b"True" } else { b"False" }),
        Elem::None => out.put(b"None"),
        // SAFETY: str slots hold live strings (caller).
        Elem::Str => {
            str_repr::write_repr(unsafe { str_obj::as_str(item as usize as *const Str) }, out)
        }
        // SAFETY: list slots hold live lists (caller).
        Elem::List => unsafe { write_repr(item as usize as *const List, active, out) },
        // SAFETY: dict slots hold live dicts (caller).
        Elem::Dict => unsafe { dict_obj::write_repr(item as usize as *const Dict, active, out) },
        // SAFETY: tuple slots hold live tuples (caller).
        Elem::Tuple => unsafe { tuple_obj::write_repr(item as usize as *const Tuple, active, out) },
        // SAFETY: set slots hold live sets (caller).
        Elem::Set => unsafe {
            crate::set_obj::write_repr(item as usize as *const crate::set_obj::Set, out)
        },
        // SAFETY: deque slots hold live deques (caller).
        Elem::Deque => unsafe {
            crate::deque_obj::write_repr(
                item as usize as *const crate::deque_obj::Deque,
                active,
                out,
            )
        },
        // SAFETY: object slots hold NULL or live instances (caller).
        Elem::Obj => unsafe { crate::instance::write_repr(item as usize as *mut Header, out) },
        // SAFETY: bytes slots hold live bytes objects (caller).
        Elem::Bytes => crate::bytes_obj::write_repr(
            unsafe { crate::bytes_obj::data(item as usize as *const crate::bytes_obj::Bytes) },
            out,
        ),
    }
}

/// `Str *pyaot_list_repr(const List *l)`: `repr(l)`, e.g.
/// `[1, 'a', 2.5, True, None, [3], {'k': 4}]`. Returns a new reference,
/// or NULL when an element's `__repr__` raised.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_repr(l: *const List) -> *mut Str {
    let mut out = Vec::new();
    // SAFETY: live list (caller).
    unsafe { write_repr(l, &mut Vec::new(), &mut out) };
    if exc::is_pending() {
        return core::ptr::null_mut();
    }
    str_obj::new(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_raised, s, text};

    #[test]
    fn append_get_set() {
        // SAFETY: live lists and strings throughout.
        unsafe {
            let l = pyaot_list_new(Elem::Int as u32, 0);
            for v in 0..10i64 {
                pyaot_list_append(l, (v * v) as u64);
            }
            assert_eq!(pyaot_list_len(l), 10);
            let mut out = 0;
            assert_eq!(pyaot_list_get(l, -1, &mut out), 0);
            assert_eq!(out, 81);
            assert_eq!(pyaot_list_set(l, 0, -5i64 as u64), 0);
            assert_eq!(pyaot_list_get(l, 0, &mut out), 0);
            assert_eq!(out as i64, -5);
            // python3 -c '[1][5]'
            assert_eq!(pyaot_list_get(l, 10, &mut out), 1);
            assert_raised(ExcKind::IndexError, "list index out of range");
            // python3 -c 'l = [1]; l[5] = 0'
            assert_eq!(pyaot_list_set(l, -11, 0), 1);
            assert_raised(ExcKind::IndexError, "list assignment index out of range");
            object::decref(l.cast());
        }
    }

    #[test]
    fn element_references() {
        // SAFETY: live lists and strings throughout.
        unsafe {
            let item = str_obj::from_str("shared item");
            let l = pyaot_list_new(Elem::Str as u32, 1);
            pyaot_list_append(l, item as u64);
            pyaot_list_append(l, item as u64);
            assert_eq!((*item).header.rc, 3);
            let mut out = 0;
            pyaot_list_get(l, 0, &mut out);
            assert_eq!((*item).header.rc, 4);
            object::decref(out as usize as *const Header);
            pyaot_list_set(l, 1, s("other") as u64);
            assert_eq!((*item).header.rc, 2);
            object::decref(l.cast());
            assert_eq!((*item).header.rc, 1);
            object::decref(item.cast());
        }
    }

    #[test]
    fn repr_matches_cpython() {
        // SAFETY: live lists and strings throughout.
        unsafe {
            let ints = pyaot_list_new(Elem::Int as u32, 0);
            pyaot_list_append(ints, 3);
            let floats = pyaot_list_new(Elem::Float as u32, 0);
            for x in [2.5, 1e16, -0.0, f64::NAN] {
                pyaot_list_append(floats, x.to_bits());
            }
            let strs = pyaot_list_new(Elem::Str as u32, 0);
            for t in ["a", "it's", "\n"] {
                pyaot_list_append(strs, s(t) as u64);
            }
            let bools = pyaot_list_new(Elem::Bool as u32, 0);
            pyaot_list_append(bools, 1);
            pyaot_list_append(bools, 0);
            let nones = pyaot_list_new(Elem::None as u32, 0);
            pyaot_list_append(nones, 0);
            let nested = pyaot_list_new(Elem::List as u32, 0);
            for l in [
                ints,
                floats,
                strs,
                bools,
                nones,
                pyaot_list_new(Elem::Int as u32, 0),
            ] {
                pyaot_list_append(nested, l as u64);
            }
            // python3 -c "print([[3], [2.5, 1e16, -0.0, float('nan')], ['a', \"it's\", '\n'], [True, False], [None], []])"
            assert_eq!(
                text(pyaot_list_repr(nested)),
                "[[3], [2.5, 1e+16, -0.0, nan], ['a', \"it's\", '\\n'], [True, False], [None], []]"
            );
            // python3 -c "l = []; l.append(l); print(l)"  -> [[...]]
            let selfish = pyaot_list_new(Elem::List as u32, 0);
            pyaot_list_append(selfish, selfish as u64);
            assert_eq!(text(pyaot_list_repr(selfish)), "[[...]]");
        }
    }
}
