//! Iterators over a dict or set that read the live table, as CPython's
//! `dictiter` and `setiter` do, for loops whose body may mutate what they
//! iterate (`for k in d`, `for k, v in d.items()`, `for x in s`, and
//! comprehensions and generator expressions over them).
//!
//! Each is a generator object ([`Gen`], see `iter_any.rs`) whose frame
//! holds the container (owned), the next table position and the length the
//! container had when iteration began. Each step first compares the length
//! with that one and raises CPython's `RuntimeError: dictionary changed
//! size during iteration` (`Set changed size during iteration`); a dict
//! iterator also counts the items it may still yield, and raises
//! `dictionary keys changed during iteration` when it finds an item beyond
//! that count (a key deleted and another added: the same size, CPython
//! 3.11's `dictiter_iternextkey`). Nothing is allocated per step except
//! the `(key, value)` tuples of an items iterator.

use crate::dict_obj::{self, Dict, DELETED};
use crate::exc::{self, ExcKind};
use crate::gen_obj::{self, Gen, DONE, RAISED, STATE_DONE, YIELDED};
use crate::list_obj;
use crate::object::{self, Header};
use crate::set_obj::{self, Set};
use crate::str_obj::static_str;
use crate::tuple_obj;

/// What a dict iterator yields: keys, values, or `(key, value)` tuples.
const KEYS: u64 = 0;
const VALUES: u64 = 1;

/// Frame slots of a dict iterator: the dict, the next entry position, the
/// dict's length at the start, the items left to yield, the mode and the
/// items' tuple type codes.
const DICT_SLOTS: u64 = 6;
/// Frame slots of a set iterator: the set, the next table position, the
/// set's length at the start.
const SET_SLOTS: u64 = 3;

/// `Gen *pyaot_dict_iter(Dict *d, uint64_t mode, const char *codes)`: an
/// iterator over the live `d` yielding keys (mode 0), values (1) or new
/// `(key, value)` tuples whose type codes are `codes` (2). Borrows `d`.
///
/// # Safety
/// `d` is a live dict; for mode 2 `codes` is the static type-code string
/// of its key and value kinds.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_iter(d: *mut Dict, mode: u64, codes: *const u8) -> *mut Gen {
    let g = gen_obj::pyaot_gen_new(dict_resume, static_str!("dict_keyiterator"), DICT_SLOTS);
    // SAFETY: a fresh generator with zeroed frame slots; the frame owns
    // the reference taken here.
    unsafe {
        object::incref(d.cast::<Header>());
        let slots = g.add(1).cast::<u64>();
        *slots = d as usize as u64;
        *slots.add(2) = (*d).len;
        *slots.add(3) = (*d).len;
        *slots.add(4) = mode;
        *slots.add(5) = codes as usize as u64;
    }
    g
}

/// Ends an iterator: marks it finished and drops the container its frame
/// holds in slot 0; returns `result`.
///
/// # Safety
/// `g` is a live, unfinished dict or set iterator.
unsafe fn finish(g: *mut Gen, result: u8) -> u8 {
    // SAFETY: caller.
    unsafe {
        let slots = g.add(1).cast::<u64>();
        let obj = *slots as usize as *const Header;
        (*g).state = STATE_DONE;
        *slots = 0;
        object::decref(obj);
    }
    result
}

/// The resume function of a dict iterator (the contract of `gen_obj`'s
/// module doc).
unsafe extern "C" fn dict_resume(g: *mut Gen, out: *mut u64, mode: u64) -> u8 {
    // SAFETY: `g` is a live dict iterator (only `pyaot_dict_iter` makes
    // one), so its frame holds the dict and its state while not done.
    unsafe {
        if (*g).state == STATE_DONE {
            return DONE;
        }
        if mode != gen_obj::MODE_NEXT {
            return finish(g, DONE);
        }
        let slots = g.add(1).cast::<u64>();
        let d = *slots as usize as *const Dict;
        if (*d).len != *slots.add(2) {
            exc::raise(
                ExcKind::RuntimeError,
                b"dictionary changed size during iteration",
            );
            return finish(g, RAISED);
        }
        let entries = dict_obj::entries(d);
        let mut i = *slots.add(1) as usize;
        while i < entries.len() && entries[i].hash == DELETED {
            i += 1;
        }
        let Some(e) = entries.get(i) else {
            return finish(g, DONE);
        };
        if *slots.add(3) == 0 {
            exc::raise(
                ExcKind::RuntimeError,
                b"dictionary keys changed during iteration",
            );
            return finish(g, RAISED);
        }
        *slots.add(1) = i as u64 + 1;
        *slots.add(3) -= 1;
        let (key_kind, value_kind) = dict_obj::kinds(d);
        let item = match *slots.add(4) {
            KEYS => {
                list_obj::incref_item(key_kind, e.key);
                e.key
            }
            VALUES => {
                list_obj::incref_item(value_kind, e.value);
                e.value
            }
            _ => {
                list_obj::incref_item(key_kind, e.key);
                list_obj::incref_item(value_kind, e.value);
                let codes = *slots.add(5) as usize as *const u8;
                tuple_obj::from_slots(codes, &[e.key, e.value]) as u64
            }
        };
        *out = item;
        (*g).state = 1;
        YIELDED
    }
}

/// `Gen *pyaot_set_iter(Set *s)`: an iterator over the live `s`, in table
/// order. Borrows `s`.
///
/// # Safety
/// `s` is a live set.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_iter(s: *mut Set) -> *mut Gen {
    let g = gen_obj::pyaot_gen_new(set_resume, static_str!("set_iterator"), SET_SLOTS);
    // SAFETY: a fresh generator with zeroed frame slots; the frame owns
    // the reference taken here.
    unsafe {
        object::incref(s.cast::<Header>());
        let slots = g.add(1).cast::<u64>();
        *slots = s as usize as u64;
        *slots.add(2) = (*s).len;
    }
    g
}

/// The resume function of a set iterator: CPython's `setiter_iternext`.
unsafe extern "C" fn set_resume(g: *mut Gen, out: *mut u64, mode: u64) -> u8 {
    // SAFETY: `g` is a live set iterator (only `pyaot_set_iter` makes
    // one), so its frame holds the set and its state while not done.
    unsafe {
        if (*g).state == STATE_DONE {
            return DONE;
        }
        if mode != gen_obj::MODE_NEXT {
            return finish(g, DONE);
        }
        let slots = g.add(1).cast::<u64>();
        let s = *slots as usize as *const Set;
        if (*s).len != *slots.add(2) {
            exc::raise(ExcKind::RuntimeError, b"Set changed size during iteration");
            return finish(g, RAISED);
        }
        let Some((i, key)) = set_obj::next_active(s, *slots.add(1) as usize) else {
            return finish(g, DONE);
        };
        *slots.add(1) = i as u64 + 1;
        list_obj::incref_item(set_obj::elem_of(s), key);
        *out = key;
        (*g).state = 1;
        YIELDED
    }
}
