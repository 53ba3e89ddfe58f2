//! `iter(obj)` of any iterable object: what iterating an `Iterable[T]`
//! value calls (see ARCHITECTURE.md "Iterable parameters").
//!
//! An `Iterable[T]` value is the object the caller passed (a list, tuple,
//! set, dict, str, bytes or generator), so each loop over it must ask it
//! for a new iterator, as CPython's `for` calls `iter()`: a list is then
//! iterated again from the start by a second loop, while a generator is
//! its own iterator and stays exhausted. The iterator is a generator
//! object ([`Gen`]) whose resume function is [`seq_resume`], so compiled
//! code consumes it like any generator.
//!
//! A list is iterated *live*, as CPython's `listiterator`: each step reads
//! the list's current length and item, so items appended during the loop
//! are seen. Tuples, str and bytes are immutable, so their items are
//! copied into a list first; a set or dict gets the live iterator of
//! `live_iter.rs`, as every other pyaot loop over them does, a deque
//! its own (`deque_obj.rs`) and a range a lazy counter (`range_obj.rs`).

use crate::bytes_obj;
use crate::gen_obj::{self, Gen, DONE, STATE_DONE, YIELDED};
use crate::heap;
use crate::list_obj::{self, Elem, List};
use crate::object::{self, Header, KIND_BYTES, KIND_DICT, KIND_LIST, KIND_STR, KIND_TUPLE};
use crate::seq_builtins;
use crate::set_obj;
use crate::str_obj::static_str;
use crate::tuple_obj;

/// Frame slots of a sequence iterator: the list (owned) and the index of
/// the next item.
const SEQ_SLOTS: u64 = 2;

/// `Gen *pyaot_iter_any(void *obj, uint32_t elem)`: a new reference to an
/// iterator over `obj`, whose items are of element kind `elem`: `obj`
/// itself (increfed) when it is a generator, else a sequence iterator.
/// Borrows `obj`.
///
/// # Safety
/// `obj` is a live list, tuple, set, dict, str, bytes or generator whose
/// items (keys) are of kind `elem`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_iter_any(obj: *mut Header, elem: u32) -> *mut Gen {
    // SAFETY: a live object (caller).
    let kind = unsafe { (*obj).kind };
    let list: *mut List = match kind {
        gen_obj::KIND_GEN => {
            // SAFETY: live object.
            unsafe { object::incref(obj) };
            return obj.cast();
        }
        // A deque has its own iterator, which checks for mutation.
        crate::deque_obj::KIND_DEQUE => unsafe { return crate::deque_obj::iter(obj.cast()) },
        // A range counts lazily, building no list.
        crate::range_obj::KIND_RANGE => unsafe { return crate::range_obj::iter(obj.cast()) },
        KIND_LIST => {
            // SAFETY: live object; the iterator owns this reference.
            unsafe { object::incref(obj) };
            obj.cast()
        }
        // SAFETY (all arms): `obj` is live and of the matching kind.
        KIND_TUPLE => unsafe { tuple_obj::pyaot_tuple_to_list(obj.cast(), elem) },
        // Dicts and sets are iterated live, raising if their size changes.
        KIND_DICT => unsafe {
            return crate::live_iter::pyaot_dict_iter(obj.cast(), 0, core::ptr::null());
        },
        KIND_STR => unsafe { seq_builtins::pyaot_str_chars(obj.cast()) },
        KIND_BYTES => unsafe { bytes_obj::pyaot_bytes_to_list(obj.cast()) },
        set_obj::KIND_SET => unsafe { return crate::live_iter::pyaot_set_iter(obj.cast()) },
        _ => heap::fatal(b"fatal error: pyaot_iter_any: not an iterable object\n"),
    };
    let g = gen_obj::pyaot_gen_new(seq_resume, static_str!("list_iterator"), SEQ_SLOTS);
    // SAFETY: a fresh generator with two zeroed frame slots.
    unsafe {
        let slots = g.add(1).cast::<u64>();
        *slots = list as usize as u64;
    }
    g
}

/// The resume function of a sequence iterator (the contract of
/// `gen_obj`'s module doc): yields `list[i]` while `i < len(list)`, read
/// afresh at each step; at the end (or on close) it drops the list.
unsafe extern "C" fn seq_resume(g: *mut Gen, out: *mut u64, mode: u64) -> u8 {
    // SAFETY: `g` is a live sequence iterator (only `pyaot_iter_any` makes
    // one), so its frame holds the list and the index while not done.
    unsafe {
        if (*g).state == STATE_DONE {
            return DONE;
        }
        let slots = g.add(1).cast::<u64>();
        let list = *slots as usize as *mut List;
        let i = *slots.add(1);
        if mode == gen_obj::MODE_NEXT && i < (*list).len {
            let item = *(*list).items.add(i as usize);
            let kind = Elem::from_raw((*list).elem).unwrap_or(Elem::Int);
            list_obj::incref_item(kind, item);
            *out = item;
            *slots.add(1) = i + 1;
            (*g).state = 1;
            return YIELDED;
        }
        (*g).state = STATE_DONE;
        *slots = 0;
        object::decref(list.cast());
        DONE
    }
}
