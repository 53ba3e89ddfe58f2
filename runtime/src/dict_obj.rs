//! The `dict` object: an insertion-ordered hash map laid out like CPython's
//! compact dict, a dense array of entries in insertion order plus an index
//! table of positions in that array (open addressing with CPython's
//! perturbed probe sequence). Deleting leaves a tombstone in both; growing
//! compacts the entries.
//!
//! Layout (fixed by the ABI up to `len`): the [`Header`] (kind 4), then
//! offset 16 `len: u64` (live items; the compiler reads it for `len(d)` and
//! truthiness), offset 24 the deallocator (see [`OwnDealloc`]),
//! the rest private. Keys and values are 8-byte slot values encoded like
//! list elements ([`Elem`]): keys are int, float, bool, str or tuple (of
//! hashable items), values any kind (dicts included). Pointer slots own a
//! reference.
//!
//! **Invariants:** the index table has `mask + 1` slots, a power of two of
//! at least 8, or is absent (`indices` NULL, `mask` 0, no entries: a
//! dict made without capacity, or cleared, before its next item). Each index
//! slot is `EMPTY`, `DUMMY` (a deleted item was there) or the position
//! of an entry. The entry array has room for `usable(mask + 1)` entries
//! (two thirds of the table, as CPython), of which `0..nentries` are
//! initialized; deleted entries have the hash `DELETED`, which no key
//! hashes to, and own nothing. So at least a third of the index slots stay
//! EMPTY and every probe ends. `len` counts the live entries.
//!
//! **Hashing and equality** are per key kind: ints and bools by value
//! (mixed by a 64-bit finalizer, so strided keys spread), floats by value
//! with `-0.0` and `0.0` one key (the first one stored is kept, as
//! CPython), strings by content through the cached `pyaot_str_hash`, tuples
//! by their items (`tuple_obj::hash`, `list_compare`'s `==`).
//!
//! **Differences from CPython.** CPython hashes a NaN by the identity of
//! its float object and finds a key through an identity shortcut, so
//! `x = float('nan'); d[x] = 1; d[x]` finds the item, while a different
//! NaN object never does. pyaot's floats are values, not objects (as in
//! `list_compare`), so every NaN key behaves like a fresh NaN object: it is
//! never found (`in` is False, `d[nan]`, `del` and `pop` raise KeyError:
//! nan) and storing one always adds an item (`d[nan] = 1` twice gives
//! `{nan: 1, nan: 2}`, as CPython does with two `float('nan')` calls). The
//! same identity shortcut makes CPython's `{1: x} == {1: x}` True for one
//! NaN object `x`; here NaN values are unequal (see `list_compare`). Hash
//! values are pyaot's own, so no program can observe them, and memory is
//! sized as in CPython 3.11 (growth to `3 * len`), not byte for byte.

use crate::bytes_obj::{self, Bytes};
use crate::bytes_ops;
use crate::exc;
use crate::heap;
use crate::list_compare::{self, int_float_cmp};
use crate::list_obj::{self, Elem, List};
use crate::object::{Header, OwnDealloc, KIND_DICT};
use crate::sink::ByteSink;
use crate::str_methods::pyaot_str_hash;
use crate::str_obj::{self, Str};
use crate::tuple_obj::{self, Tuple};
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::mem::offset_of;

/// An index slot that never held an entry: probing stops here.
const EMPTY: i64 = -1;
/// An index slot whose entry was deleted: probing goes on past it.
const DUMMY: i64 = -2;
/// The hash of a deleted entry; no key hashes to it.
pub(crate) const DELETED: u64 = u64::MAX;
/// The smallest index table, as CPython's `PyDict_MINSIZE`.
const MIN_SIZE: usize = 8;
/// CPython's probe perturbation shift.
const PERTURB_SHIFT: u32 = 5;

/// One item: its key's hash (or [`DELETED`]), key and value slots.
#[repr(C)]
#[derive(Clone, Copy)]
pub(crate) struct Entry {
    pub(crate) hash: u64,
    pub(crate) key: u64,
    pub(crate) value: u64,
}

/// A dict object.
#[repr(C)]
pub struct Dict {
    pub header: Header,
    /// Number of live items.
    pub len: u64,
    /// [`dealloc`], called by `object::decref` (see [`OwnDealloc`]).
    dealloc: unsafe fn(*mut Header),
    /// The key kind: Int, Float, Bool or Str.
    key_kind: Elem,
    /// The value kind.
    value_kind: Elem,
    /// Room for `usable(mask + 1)` entries, NULL when `indices` is.
    entries: *mut Entry,
    /// Initialized entries, live or deleted.
    nentries: usize,
    /// `mask + 1` index slots, or NULL (no table yet).
    indices: *mut i64,
    /// Index table size minus one; 0 without a table.
    mask: usize,
    /// What a missing key's `d[key]` does for a `defaultdict` or a
    /// `Counter` (`collections.rs`); NULL for a plain dict, whose missing
    /// keys raise KeyError. Owned.
    pub(crate) missing: *mut crate::collections::Missing,
}

const _: () = assert!(offset_of!(Dict, len) == 16);
const _: () = assert!(offset_of!(Dict, dealloc) == offset_of!(OwnDealloc, dealloc));

/// How many entries an index table of `size` slots admits (CPython's
/// `USABLE_FRACTION`).
const fn usable(size: usize) -> usize {
    (size << 1) / 3
}

/// The smallest table size whose usable part holds `items` entries.
fn size_for(items: usize) -> usize {
    let mut size = MIN_SIZE;
    while usable(size) < items {
        let Some(bigger) = size.checked_mul(2) else {
            heap::out_of_memory();
        };
        size = bigger;
    }
    size
}

/// A malloc'd array of `count` `T`s (uninitialized), aborting when out of
/// memory.
fn alloc_array<T>(count: usize) -> *mut T {
    let Some(bytes) = count
        .checked_mul(core::mem::size_of::<T>())
        .filter(|&b| b <= isize::MAX as usize)
    else {
        heap::out_of_memory();
    };
    heap::alloc_or_die(bytes).cast()
}

/// A 64-bit finalizer (splitmix64's), never [`DELETED`].
pub(crate) fn mix(x: u64) -> u64 {
    let mut h = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    if h == DELETED {
        h - 1
    } else {
        h
    }
}

/// The hash of a key of kind `kind`, or None for a NaN (which equals no
/// key; see the module doc).
///
/// # Safety
/// `key` is a valid slot value of kind `kind`.
pub(crate) unsafe fn key_hash(kind: Elem, key: u64) -> Option<u64> {
    match kind {
        Elem::Float => {
            let f = f64::from_bits(key);
            if f.is_nan() {
                return None;
            }
            // -0.0 == 0.0, so they must hash alike.
            Some(mix(if f == 0.0 { 0 } else { key }))
        }
        // SAFETY: a live string (caller); its hash is never -1 == DELETED.
        Elem::Str => Some(unsafe { pyaot_str_hash(key as usize as *const Str) } as u64),
        // SAFETY: a live bytes object (caller); never -1 either.
        Elem::Bytes => {
            Some(unsafe { bytes_obj::pyaot_bytes_hash(key as usize as *const Bytes) } as u64)
        }
        // SAFETY: a live tuple of hashable items (caller).
        Elem::Tuple => Some(unsafe { tuple_obj::hash(key as usize as *const Tuple) }),
        _ => Some(mix(key)),
    }
}

/// Whether two keys of kind `kind` (with equal hashes) are equal.
///
/// # Safety
/// Both are valid slot values of kind `kind`.
pub(crate) unsafe fn key_eq(kind: Elem, a: u64, b: u64) -> bool {
    match kind {
        Elem::Float => f64::from_bits(a) == f64::from_bits(b),
        // SAFETY: live strings (caller).
        Elem::Str => {
            a == b
                || unsafe {
                    str_obj::bytes(a as usize as *const Str)
                        == str_obj::bytes(b as usize as *const Str)
                }
        }
        // SAFETY: live bytes objects (caller).
        Elem::Bytes => unsafe {
            bytes_ops::pyaot_bytes_eq(a as usize as *const Bytes, b as usize as *const Bytes) != 0
        },
        // SAFETY: live tuples (caller).
        Elem::Tuple => unsafe {
            list_compare::tuples_eq(a as usize as *const Tuple, b as usize as *const Tuple)
        },
        _ => a == b,
    }
}

/// The key and value kinds of a live dict (valid by construction).
///
/// # Safety
/// `d` is a live dict.
pub(crate) unsafe fn kinds(d: *const Dict) -> (Elem, Elem) {
    // SAFETY: live dict (caller).
    unsafe { ((*d).key_kind, (*d).value_kind) }
}

/// The initialized entries of `d`, deleted ones included.
///
/// # Safety
/// `d` is a live dict that is not mutated while the slice is alive.
pub(crate) unsafe fn entries<'a>(d: *const Dict) -> &'a [Entry] {
    // SAFETY: live dict (caller): `entries` holds `nentries` initialized
    // entries, or is NULL with `nentries == 0`.
    unsafe {
        if (*d).entries.is_null() {
            return &[];
        }
        core::slice::from_raw_parts((*d).entries, (*d).nentries)
    }
}

/// The live entries of `d`, in insertion order.
///
/// # Safety
/// As for [`entries`].
pub(crate) unsafe fn live<'a>(d: *const Dict) -> impl Iterator<Item = &'a Entry> {
    // SAFETY: forwarded.
    unsafe { entries(d) }.iter().filter(|e| e.hash != DELETED)
}

/// The live items of `d` as (key, value) slot values (borrowed), in
/// insertion order.
///
/// # Safety
/// As for [`entries`].
pub(crate) unsafe fn items<'a>(d: *const Dict) -> impl Iterator<Item = (u64, u64)> + 'a {
    // SAFETY: forwarded.
    unsafe { live(d) }.map(|e| (e.key, e.value))
}

/// Where a key is, or would go.
enum Probe {
    /// At entry `entry`, referenced from index slot `slot`.
    Found { slot: usize, entry: usize },
    /// Absent; `slot` is the first EMPTY or DUMMY index slot on its probe
    /// sequence.
    Vacant { slot: usize },
}

/// The index slot after `i` on a probe sequence (CPython's recurrence;
/// `perturb` starts as the hash, so every bit of it takes part, and once
/// it is 0 the sequence visits every slot).
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1)
        & mask
}

/// Walks the probe sequence of `hash` in `d`'s index table (which must
/// exist), looking for `key`.
///
/// # Safety
/// `d` is a live dict with an index table; `key` is a valid slot value of
/// its key kind.
unsafe fn probe(d: *const Dict, hash: u64, key: u64) -> Probe {
    // SAFETY: live dict with a table (caller); every index is `& mask`, and
    // non-negative index slots name initialized entries (invariant).
    unsafe {
        let (mask, kind) = ((*d).mask, (*d).key_kind);
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        let mut vacant = None;
        loop {
            match *(*d).indices.add(i) {
                EMPTY => {
                    return Probe::Vacant {
                        slot: vacant.unwrap_or(i),
                    }
                }
                DUMMY => {
                    vacant.get_or_insert(i);
                }
                ix => {
                    let e = &*(*d).entries.add(ix as usize);
                    if e.hash == hash && key_eq(kind, e.key, key) {
                        return Probe::Found {
                            slot: i,
                            entry: ix as usize,
                        };
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }
}

/// The index slot where an entry of hash `hash` may go: the first EMPTY or
/// DUMMY one on its probe sequence.
///
/// # Safety
/// `d` is a live dict with an index table.
unsafe fn free_slot(d: *const Dict, hash: u64) -> usize {
    // SAFETY: live dict with a table (caller); at least one slot is EMPTY.
    unsafe {
        let mask = (*d).mask;
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        while *(*d).indices.add(i) >= 0 {
            i = next_slot(i, &mut perturb, mask);
        }
        i
    }
}

/// Finds `key`: its index slot and entry position, or None (always None
/// for a NaN key).
///
/// # Safety
/// `d` is a live dict; `key` is a valid slot value of its key kind.
pub(crate) unsafe fn find(d: *const Dict, key: u64) -> Option<(usize, usize)> {
    // SAFETY: live dict (caller).
    unsafe {
        let hash = key_hash((*d).key_kind, key)?;
        if (*d).indices.is_null() {
            return None;
        }
        match probe(d, hash, key) {
            Probe::Found { slot, entry } => Some((slot, entry)),
            Probe::Vacant { .. } => None,
        }
    }
}

/// The entry at position `entry`.
///
/// # Safety
/// `entry < nentries` of the live dict `d`.
pub(crate) unsafe fn entry_mut<'a>(d: *const Dict, entry: usize) -> &'a mut Entry {
    // SAFETY: caller.
    unsafe { &mut *(*d).entries.add(entry) }
}

/// Replaces `d`'s tables by fresh ones of `size` slots, moving the live
/// entries over in order (dropping tombstones).
///
/// # Safety
/// `d` is a live dict; `size` is a power of two, at least [`MIN_SIZE`],
/// with `usable(size) >= len`.
unsafe fn resize(d: *mut Dict, size: usize) {
    let new_entries = alloc_array::<Entry>(usable(size));
    let new_indices = alloc_array::<i64>(size);
    // SAFETY: fresh arrays of `size` index slots and `usable(size)` entries,
    // which hold the `len` live entries; the old arrays are freed once
    // their entries are moved.
    unsafe {
        core::slice::from_raw_parts_mut(new_indices, size).fill(EMPTY);
        let (old_entries, old_indices) = ((*d).entries, (*d).indices);
        let mut n = 0;
        for e in live(d) {
            new_entries.add(n).write(*e);
            n += 1;
        }
        heap::free(old_entries.cast());
        heap::free(old_indices.cast());
        (*d).entries = new_entries;
        (*d).indices = new_indices;
        (*d).mask = size - 1;
        (*d).nentries = n;
        for pos in 0..n {
            let slot = free_slot(d, (*new_entries.add(pos)).hash);
            *new_indices.add(slot) = pos as i64;
        }
    }
}

/// Appends a new item, taking over the references `key` and `value` own.
/// `vacant` is the free index slot [`probe`] reported, if the tables have
/// not changed since.
///
/// # Safety
/// `d` is a live dict that does not hold `key` (or `key` is a NaN);
/// `key` and `value` are valid slot values of its kinds.
unsafe fn insert_new(d: *mut Dict, hash: u64, key: u64, value: u64, vacant: Option<usize>) {
    // SAFETY: live dict (caller); after growing, entry `nentries` is within
    // the entry array and the slot is free.
    unsafe {
        let capacity = if (*d).indices.is_null() {
            0
        } else {
            usable((*d).mask + 1)
        };
        let slot = match vacant {
            Some(slot) if (*d).nentries < capacity => slot,
            _ => {
                if (*d).nentries >= capacity {
                    grow(d);
                }
                free_slot(d, hash)
            }
        };
        let pos = (*d).nentries;
        (*d).entries.add(pos).write(Entry { hash, key, value });
        *(*d).indices.add(slot) = pos as i64;
        (*d).nentries = pos + 1;
        (*d).len += 1;
    }
}

/// Makes room for one more entry: a table sized for three times the live
/// items (CPython's `GROWTH_RATE`), which may also shrink a table full of
/// tombstones.
///
/// # Safety
/// `d` is a live dict.
unsafe fn grow(d: *mut Dict) {
    // SAFETY: live dict (caller).
    let len = unsafe { (*d).len as usize };
    let Some(size) = len
        .checked_mul(3)
        .and_then(|n| n.max(MIN_SIZE).checked_next_power_of_two())
    else {
        heap::out_of_memory();
    };
    // SAFETY: `usable(size) >= 2 * len > len` (and 5 for an empty dict).
    unsafe { resize(d, size) }
}

/// A hash for a NaN key: never looked up, so it only needs to spread
/// NaN items over the table.
///
/// # Safety
/// `d` is a live dict.
unsafe fn nan_hash(d: *const Dict) -> u64 {
    // SAFETY: live dict (caller).
    mix(unsafe { (*d).nentries } as u64 ^ 0x7ff8_0000_0000_0001)
}

/// Stores `value` under `key` (borrowed both), given the key's hash (None
/// for a NaN): an existing key keeps its position and its key object.
///
/// # Safety
/// `d` is a live dict; `key` and `value` are valid slot values of its kinds.
pub(crate) unsafe fn set_hashed(d: *mut Dict, hash: Option<u64>, key: u64, value: u64) {
    // SAFETY: live dict (caller); the new value is increfed before the old
    // one is dropped, so storing a value over itself is safe.
    unsafe {
        let (key_kind, value_kind) = kinds(d);
        list_obj::incref_item(value_kind, value);
        let (hash, vacant) = match hash {
            None => (nan_hash(d), None),
            Some(hash) if (*d).indices.is_null() => (hash, None),
            Some(hash) => match probe(d, hash, key) {
                Probe::Found { entry, .. } => {
                    let old = core::mem::replace(&mut entry_mut(d, entry).value, value);
                    list_obj::decref_item(value_kind, old);
                    return;
                }
                Probe::Vacant { slot } => (hash, Some(slot)),
            },
        };
        list_obj::incref_item(key_kind, key);
        insert_new(d, hash, key, value, vacant);
    }
}

/// Removes the item at index slot `slot` and entry `entry`, handing its
/// key's and value's references to the caller.
///
/// # Safety
/// `(slot, entry)` came from [`find`] on the live dict `d`, unchanged since.
unsafe fn remove(d: *mut Dict, slot: usize, entry: usize) -> (u64, u64) {
    // SAFETY: caller.
    unsafe {
        *(*d).indices.add(slot) = DUMMY;
        let e = entry_mut(d, entry);
        e.hash = DELETED;
        (*d).len -= 1;
        (e.key, e.value)
    }
}

/// Raises KeyError for `key`, whose message is `repr(key)` as for
/// `raise KeyError(key)`, and returns 1.
///
/// # Safety
/// `key` is a valid slot value of kind `kind`.
unsafe fn key_error(kind: Elem, key: u64) -> u8 {
    // SAFETY: forwarded.
    unsafe { exc::raise_key_error(kind, key) };
    1
}

/// A new empty dict with room for `items` items before it grows.
pub fn new(key_kind: Elem, value_kind: Elem, items: usize) -> *mut Dict {
    let d = heap::alloc_or_die(core::mem::size_of::<Dict>()).cast::<Dict>();
    // SAFETY: fresh block of the right size; malloc aligns to 16.
    unsafe {
        d.write(Dict {
            header: Header::new(KIND_DICT),
            len: 0,
            dealloc,
            key_kind,
            value_kind,
            entries: core::ptr::null_mut(),
            nentries: 0,
            indices: core::ptr::null_mut(),
            mask: 0,
            missing: core::ptr::null_mut(),
        });
        if items > 0 {
            resize(d, size_for(items));
        }
    }
    d
}

/// Frees a dict whose refcount reached zero, dropping its keys and values
/// (reached through [`OwnDealloc`], so only programs that make dicts link
/// it).
///
/// # Safety
/// `obj` is a live, mortal, unreferenced dict.
unsafe fn dealloc(obj: *mut Header) {
    let d = obj.cast::<Dict>();
    // SAFETY: the dict owns its live entries' references and its arrays.
    unsafe {
        drop_contents(d);
        crate::collections::drop_missing((*d).missing);
        heap::free(d.cast());
    }
}

/// Drops the references of `d`'s live entries and frees its arrays,
/// leaving the fields stale.
///
/// # Safety
/// `d` is a live dict (or a detached copy of one's fields) that nothing
/// reads afterwards, except `pyaot_dict_clear` resetting it.
unsafe fn drop_contents(d: *mut Dict) {
    // SAFETY: the dict owns its live entries' references and its arrays.
    unsafe {
        let (key_kind, value_kind) = kinds(d);
        for e in live(d) {
            list_obj::decref_item(key_kind, e.key);
            list_obj::decref_item(value_kind, e.value);
        }
        heap::free((*d).entries.cast());
        heap::free((*d).indices.cast());
    }
}

/// Writes `repr(d)`; `active` as for `list_obj::write_item_repr`, so a
/// dict inside itself prints as `{...}` like CPython.
///
/// # Safety
/// `d` is a live dict.
pub(crate) unsafe fn write_repr(
    d: *const Dict,
    active: &mut Vec<*const Header>,
    out: &mut Vec<u8>,
) {
    if active.contains(&d.cast()) {
        out.put(b"{...}");
        return;
    }
    // SAFETY: live dict (caller).
    if !unsafe { (*d).missing }.is_null() {
        // SAFETY: forwarded.
        return unsafe { crate::collections::write_repr(d, active, out) };
    }
    // SAFETY: forwarded.
    unsafe { write_plain_repr(d, active, out) }
}

/// Writes `repr(d)` as a plain dict's, `{k: v, ...}` (also the inside of a
/// defaultdict's or Counter's repr).
///
/// # Safety
/// `d` is a live dict not in `active`.
pub(crate) unsafe fn write_plain_repr(
    d: *const Dict,
    active: &mut Vec<*const Header>,
    out: &mut Vec<u8>,
) {
    active.push(d.cast());
    out.put_byte(b'{');
    // SAFETY: live dict (caller); its slots hold valid values.
    unsafe {
        let (key_kind, value_kind) = kinds(d);
        for (n, e) in live(d).enumerate() {
            if n > 0 {
                out.put(b", ");
            }
            list_obj::write_item_repr(key_kind, e.key, active, out);
            out.put(b": ");
            list_obj::write_item_repr(value_kind, e.value, active, out);
        }
    }
    out.put_byte(b'}');
    active.pop();
}

/// `key` of kind `from` as the key of kind `to` equal to it, if there is
/// one (`1 == 1.0 == True`, so those are one key in CPython).
fn convert_key(from: Elem, key: u64, to: Elem) -> Option<u64> {
    if from == to {
        return Some(key);
    }
    let int = match from {
        Elem::Int | Elem::Bool => key as i64,
        Elem::Float if to != Elem::Str => {
            let f = f64::from_bits(key);
            let i = f as i64;
            (int_float_cmp(i, f) == Some(Ordering::Equal)).then_some(i)?
        }
        _ => return None,
    };
    match to {
        Elem::Int => Some(int as u64),
        Elem::Bool => (int == 0 || int == 1).then_some(int as u64),
        Elem::Float => {
            let f = int as f64;
            (int_float_cmp(int, f) == Some(Ordering::Equal)).then_some(f.to_bits())
        }
        _ => None,
    }
}

/// Python `==` of two dicts: the same keys, each with equal values, in any
/// order. Keys and values of different numeric kinds compare as CPython
/// compares int, float and bool.
///
/// # Safety
/// `a` and `b` are live dicts.
pub(crate) unsafe fn dicts_eq(a: *const Dict, b: *const Dict) -> bool {
    // SAFETY: live dicts (caller); their slots hold valid values.
    unsafe {
        if crate::collections::is_counter(a) && crate::collections::is_counter(b) {
            return crate::collections::counters_eq(a, b);
        }
        if (*a).len != (*b).len {
            return false;
        }
        let ((ak, av), (bk, bv)) = (kinds(a), kinds(b));
        live(a).all(|e| {
            let found = if ak == bk {
                // Same kind: the stored hash is the one to look up (a NaN's
                // is not, but a NaN matches nothing anyway).
                if (*b).indices.is_null() {
                    None
                } else {
                    match probe(b, e.hash, e.key) {
                        Probe::Found { entry, .. } => Some(entry),
                        Probe::Vacant { .. } => None,
                    }
                }
            } else {
                convert_key(ak, e.key, bk).and_then(|k| find(b, k).map(|(_, entry)| entry))
            };
            found.is_some_and(|entry| {
                list_compare::mixed_slot_eq(av, e.value, bv, (*(*b).entries.add(entry)).value)
            })
        })
    }
}

/// `Dict *pyaot_dict_new(uint32_t key_kind, uint32_t value_kind, int64_t
/// capacity)`: a new empty dict (a new reference) whose keys are of kind
/// `key_kind` (an `Elem` code: int, float, bool, str or tuple) and values of kind
/// `value_kind` (any `Elem` code), with room for `capacity` items before
/// it grows (0 or negative: no table until the first item). An invalid
/// kind is a compiler bug and aborts the process.
#[no_mangle]
pub extern "C" fn pyaot_dict_new(key_kind: u32, value_kind: u32, capacity: i64) -> *mut Dict {
    let Some(key_kind) = Elem::from_raw(key_kind).filter(|k| {
        matches!(
            k,
            Elem::Int | Elem::Float | Elem::Bool | Elem::Str | Elem::Tuple | Elem::Bytes
        )
    }) else {
        heap::fatal(b"fatal error: pyaot_dict_new: invalid key kind\n");
    };
    let Some(value_kind) = Elem::from_raw(value_kind) else {
        heap::fatal(b"fatal error: pyaot_dict_new: invalid value kind\n");
    };
    new(key_kind, value_kind, usize::try_from(capacity).unwrap_or(0))
}

/// `void pyaot_dict_set(Dict *d, uint64_t key, uint64_t value)`:
/// `d[key] = value`. Borrows both (the dict takes its own references and
/// drops the value it replaces); an existing key keeps its position and
/// its stored key (`d[-0.0] = 1` on `{0.0: 0}` gives `{0.0: 1}`).
///
/// # Safety
/// `d` is a live dict; `key` and `value` are valid slot values of its kinds.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_set(d: *mut Dict, key: u64, value: u64) {
    // SAFETY: forwarded.
    unsafe { set_hashed(d, key_hash((*d).key_kind, key), key, value) }
}

/// `uint8_t pyaot_dict_get(const Dict *d, uint64_t key, uint64_t *out)`:
/// `d[key]`. Writes the value (a new reference for object kinds) and
/// returns 0, or raises KeyError with `repr(key)` as its message
/// (`KeyError: 'x'`) and returns 1. Borrows `key`.
///
/// # Safety
/// `d` is a live dict; `key` is a valid slot value of its key kind; `out`
/// is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_get(d: *const Dict, key: u64, out: *mut u64) -> u8 {
    // SAFETY: live dict (caller); a found entry is live; `out` is writable.
    unsafe {
        let (key_kind, value_kind) = kinds(d);
        let Some((_, entry)) = find(d, key) else {
            if !(*d).missing.is_null() {
                return crate::collections::missing(d.cast_mut(), key, out);
            }
            return key_error(key_kind, key);
        };
        let value = entry_mut(d, entry).value;
        list_obj::incref_item(value_kind, value);
        out.write(value);
    }
    0
}

/// `uint64_t pyaot_dict_get_default(const Dict *d, uint64_t key, uint64_t
/// dflt)`: `d.get(key, dflt)`, a new reference. Borrows `key` and `dflt`.
///
/// # Safety
/// `d` is a live dict; `key` and `dflt` are valid slot values of its key
/// and value kinds.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_get_default(d: *const Dict, key: u64, dflt: u64) -> u64 {
    // SAFETY: live dict (caller); a found entry is live.
    unsafe {
        let value = match find(d, key) {
            Some((_, entry)) => entry_mut(d, entry).value,
            None => dflt,
        };
        list_obj::incref_item((*d).value_kind, value);
        value
    }
}

/// `uint8_t pyaot_dict_contains(const Dict *d, uint64_t key)`: `key in d`,
/// 1 or 0 (never raises). Borrows `key`.
///
/// # Safety
/// `d` is a live dict; `key` is a valid slot value of its key kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_contains(d: *const Dict, key: u64) -> u8 {
    // SAFETY: forwarded.
    unsafe { find(d, key).is_some() as u8 }
}

/// `uint8_t pyaot_dict_del(Dict *d, uint64_t key)`: `del d[key]`. Returns
/// 0, or raises KeyError `repr(key)` and returns 1. Borrows `key`.
///
/// # Safety
/// `d` is a live dict; `key` is a valid slot value of its key kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_del(d: *mut Dict, key: u64) -> u8 {
    // SAFETY: live dict (caller); `remove` hands over the item's references.
    unsafe {
        let (key_kind, value_kind) = kinds(d);
        let Some((slot, entry)) = find(d, key) else {
            return key_error(key_kind, key);
        };
        let (k, v) = remove(d, slot, entry);
        list_obj::decref_item(key_kind, k);
        list_obj::decref_item(value_kind, v);
    }
    0
}

/// `uint8_t pyaot_dict_pop(Dict *d, uint64_t key, uint64_t *out)`:
/// `d.pop(key)`. Writes the removed value (handing the dict's reference to
/// the caller) and returns 0, or raises KeyError `repr(key)` and returns
/// 1. Borrows `key`.
///
/// # Safety
/// `d` is a live dict; `key` is a valid slot value of its key kind; `out`
/// is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_pop(d: *mut Dict, key: u64, out: *mut u64) -> u8 {
    // SAFETY: live dict (caller); `remove` hands over the item's references.
    unsafe {
        let key_kind = (*d).key_kind;
        let Some((slot, entry)) = find(d, key) else {
            return key_error(key_kind, key);
        };
        let (k, v) = remove(d, slot, entry);
        list_obj::decref_item(key_kind, k);
        out.write(v);
    }
    0
}

/// `uint64_t pyaot_dict_pop_default(Dict *d, uint64_t key, uint64_t dflt)`:
/// `d.pop(key, dflt)`, a new reference (the dict's own, for a removed
/// value). Borrows `key` and `dflt`.
///
/// # Safety
/// `d` is a live dict; `key` and `dflt` are valid slot values of its key
/// and value kinds.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_pop_default(d: *mut Dict, key: u64, dflt: u64) -> u64 {
    // SAFETY: live dict (caller); `remove` hands over the item's references.
    unsafe {
        let (key_kind, value_kind) = kinds(d);
        match find(d, key) {
            Some((slot, entry)) => {
                let (k, v) = remove(d, slot, entry);
                list_obj::decref_item(key_kind, k);
                v
            }
            None => {
                list_obj::incref_item(value_kind, dflt);
                dflt
            }
        }
    }
}

/// `uint64_t pyaot_dict_setdefault(Dict *d, uint64_t key, uint64_t dflt)`:
/// `d.setdefault(key, dflt)`: stores `dflt` under `key` unless the key is
/// present, and returns a new reference to the value now stored. Borrows
/// `key` and `dflt`.
///
/// # Safety
/// `d` is a live dict; `key` and `dflt` are valid slot values of its key
/// and value kinds.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_setdefault(d: *mut Dict, key: u64, dflt: u64) -> u64 {
    // SAFETY: live dict (caller); a found entry is live.
    unsafe {
        let (key_kind, value_kind) = kinds(d);
        let value = match find(d, key) {
            Some((_, entry)) => entry_mut(d, entry).value,
            None => {
                let hash = key_hash(key_kind, key).unwrap_or_else(|| nan_hash(d));
                list_obj::incref_item(key_kind, key);
                list_obj::incref_item(value_kind, dflt);
                insert_new(d, hash, key, dflt, None);
                dflt
            }
        };
        list_obj::incref_item(value_kind, value);
        value
    }
}

/// `uint8_t pyaot_dict_popitem(Dict *d, uint64_t *key_out, uint64_t
/// *value_out)`: `d.popitem()`, the last item inserted (LIFO). Writes its
/// key and value (handing the dict's references to the caller) and returns
/// 0, or raises KeyError "'popitem(): dictionary is empty'" and returns 1.
///
/// # Safety
/// `d` is a live dict; `key_out` and `value_out` are writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_popitem(
    d: *mut Dict,
    key_out: *mut u64,
    value_out: *mut u64,
) -> u8 {
    // SAFETY: live dict (caller). A non-empty dict has a live entry, whose
    // position some index slot on its hash's probe sequence holds.
    unsafe {
        if (*d).len == 0 {
            let msg = str_obj::new(b"popitem(): dictionary is empty");
            exc::raise_key_error(Elem::Str, msg as u64);
            crate::object::decref(msg.cast());
            return 1;
        }
        let Some(pos) = entries(d).iter().rposition(|e| e.hash != DELETED) else {
            heap::fatal(b"fatal error: pyaot_dict_popitem: no live entry\n");
        };
        let e = entry_mut(d, pos);
        let mask = (*d).mask;
        let mut perturb = e.hash;
        let mut slot = e.hash as usize & mask;
        while *(*d).indices.add(slot) != pos as i64 {
            slot = next_slot(slot, &mut perturb, mask);
        }
        let (k, v) = remove(d, slot, pos);
        // As CPython: the popped entry and the tombstones after it are
        // reused by the next insertion.
        (*d).nentries = pos;
        key_out.write(k);
        value_out.write(v);
    }
    0
}

/// `void pyaot_dict_update(Dict *d, const Dict *other)`: `d.update(other)`:
/// stores each item of `other` in its order, as `pyaot_dict_set` does.
/// Borrows `other`, which has `d`'s key and value kinds.
///
/// # Safety
/// `d` and `other` are live dicts of the same kinds.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_update(d: *mut Dict, other: *const Dict) {
    if core::ptr::eq(d, other) {
        // Every key is already there with that value.
        return;
    }
    // SAFETY: live dicts (caller); `other` is a different dict, so storing
    // into `d` leaves its entries alone, and `other` stays alive because
    // the caller holds a reference to it.
    unsafe {
        for e in live(other) {
            // A NaN's stored hash is not its key hash; NaN keys are added.
            let hash = key_hash((*other).key_kind, e.key).map(|_| e.hash);
            set_hashed(d, hash, e.key, e.value);
        }
    }
}

/// `Dict *pyaot_dict_copy(const Dict *d)`: `d.copy()`, a new dict (a new
/// reference) holding the same items (shared, as a shallow copy) in the
/// same order.
///
/// # Safety
/// `d` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_copy(d: *const Dict) -> *mut Dict {
    // SAFETY: live dict (caller); the copy is sized for all its items, whose
    // keys are distinct, so each goes straight into a free slot.
    unsafe {
        let (key_kind, value_kind) = kinds(d);
        let out = new(key_kind, value_kind, (*d).len as usize);
        for e in live(d) {
            list_obj::incref_item(key_kind, e.key);
            list_obj::incref_item(value_kind, e.value);
            let slot = free_slot(out, e.hash);
            insert_new(out, e.hash, e.key, e.value, Some(slot));
        }
        crate::collections::copy_missing(d, out);
        out
    }
}

/// `void pyaot_dict_clear(Dict *d)`: `d.clear()`, dropping every item and
/// the tables.
///
/// # Safety
/// `d` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_clear(d: *mut Dict) {
    // SAFETY: live dict (caller). The items move to a detached copy of the
    // fields first, so `d` is consistent (empty) while they are dropped.
    unsafe {
        let mut old = d.read();
        (*d).len = 0;
        (*d).entries = core::ptr::null_mut();
        (*d).nentries = 0;
        (*d).indices = core::ptr::null_mut();
        (*d).mask = 0;
        drop_contents(&mut old);
    }
}

/// A new list (a new reference) of element kind `elem` holding the slot
/// values `pick` takes from each live entry of `d`, in order.
///
/// # Safety
/// `d` is a live dict; `pick` yields valid slot values of kind `elem`.
unsafe fn snapshot(d: *const Dict, elem: Elem, pick: fn(&Entry) -> u64) -> *mut List {
    // SAFETY: live dict (caller); the list takes its own references.
    unsafe {
        let out = list_obj::new(elem, (*d).len as usize);
        for e in live(d) {
            let item = pick(e);
            list_obj::incref_item(elem, item);
            list_obj::push_owned(out, item);
        }
        out
    }
}

/// `List *pyaot_dict_keys(const Dict *d)`: `list(d)` (a snapshot of
/// `d.keys()`), a new list of the key kind in insertion order.
///
/// # Safety
/// `d` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_keys(d: *const Dict) -> *mut List {
    // SAFETY: live dict (caller); keys are of its key kind.
    unsafe { snapshot(d, (*d).key_kind, |e| e.key) }
}

/// `List *pyaot_dict_values(const Dict *d)`: `list(d.values())`, a new
/// list of the value kind in insertion order.
///
/// # Safety
/// `d` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_values(d: *const Dict) -> *mut List {
    // SAFETY: live dict (caller); values are of its value kind.
    unsafe { snapshot(d, (*d).value_kind, |e| e.value) }
}

/// `List *pyaot_dict_items(const Dict *d, const char *codes)`:
/// `list(d.items())`, a new list of new `(key, value)` tuples in insertion
/// order, whose type codes are `codes` (static, two codes: the key's and
/// the value's).
///
/// # Safety
/// `d` is a live dict; `codes` is a static NUL-terminated string of the
/// type codes of its key and value kinds.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_items(d: *const Dict, codes: *const u8) -> *mut List {
    // SAFETY: live dict (caller); each tuple takes its own references and
    // its slots match `codes` (caller).
    unsafe {
        let (key_kind, value_kind) = kinds(d);
        let out = list_obj::new(Elem::Tuple, (*d).len as usize);
        for e in live(d) {
            list_obj::incref_item(key_kind, e.key);
            list_obj::incref_item(value_kind, e.value);
            let t = tuple_obj::from_slots(codes, &[e.key, e.value]);
            list_obj::push_owned(out, t as u64);
        }
        out
    }
}

/// `Str *pyaot_dict_repr(const Dict *d)`: `repr(d)`, e.g.
/// `{'a': 1, 'b': [3], 'x': {'y': None}}` or `{}`. Returns a new reference,
/// or NULL when a value's `__repr__` raised.
///
/// # Safety
/// `d` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_repr(d: *const Dict) -> *mut Str {
    let mut out = Vec::new();
    // SAFETY: live dict (caller).
    unsafe { write_repr(d, &mut Vec::new(), &mut out) };
    if crate::exc::is_pending() {
        return core::ptr::null_mut();
    }
    str_obj::new(&out)
}

/// `uint8_t pyaot_dict_eq(const Dict *a, const Dict *b)`: `a == b`, 1 or 0:
/// the same keys with equal values, in any order (see the module doc for
/// NaN).
///
/// # Safety
/// `a` and `b` are live dicts.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_eq(a: *const Dict, b: *const Dict) -> u8 {
    // SAFETY: forwarded.
    unsafe { dicts_eq(a, b) as u8 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::ExcKind;
    use crate::object;
    use crate::test_util::{assert_raised, ints, s, strings, text};
    use std::string::String;
    use std::vec::Vec;

    fn dict(key_kind: Elem, value_kind: Elem) -> *mut Dict {
        pyaot_dict_new(key_kind as u32, value_kind as u32, 0)
    }

    /// `repr(d)` of a live dict (borrowed).
    fn repr(d: *const Dict) -> String {
        // SAFETY: a live dict (caller).
        text(unsafe { pyaot_dict_repr(d) })
    }

    /// `d[key]`, or None when it raised (the exception stays pending).
    fn get(d: *const Dict, key: u64) -> Option<u64> {
        let mut out = 0;
        // SAFETY: a live dict (caller); `out` is writable.
        (unsafe { pyaot_dict_get(d, key, &mut out) } == 0).then_some(out)
    }

    /// The int slots of a returned list[int], releasing the list.
    fn int_slots(l: *mut List) -> Vec<i64> {
        // SAFETY: a live list[int] that we own.
        unsafe {
            let out = list_obj::slots(l).iter().map(|&v| v as i64).collect();
            object::decref(l.cast());
            out
        }
    }

    fn rc(p: *const Str) -> i64 {
        // SAFETY: a live string.
        unsafe { (*p).header.rc }
    }

    #[test]
    fn abi_layout() {
        let d = dict(Elem::Str, Elem::Int);
        // SAFETY: a live dict, read through the ABI's offsets.
        unsafe {
            assert_eq!((*d).header.kind, 4);
            assert_eq!(*d.cast::<u64>().add(2), 0);
            pyaot_dict_set(d, s("a") as u64, 1);
            assert_eq!(*d.cast::<u64>().add(2), 1);
            object::decref(d.cast());
        }
    }

    #[test]
    fn set_get_contains() {
        // python3 -c "d = {}; d['a'] = 1; d['b'] = 2; d['a'] = 3; print(d, len(d), d['a'], 'b' in d, 'z' in d)"
        //   -> {'a': 3, 'b': 2} 2 3 True False
        let d = dict(Elem::Str, Elem::Int);
        // SAFETY: live dicts and strings throughout.
        unsafe {
            pyaot_dict_set(d, s("a") as u64, 1);
            pyaot_dict_set(d, s("b") as u64, 2);
            pyaot_dict_set(d, s("a") as u64, 3);
            assert_eq!(repr(d), "{'a': 3, 'b': 2}");
            assert_eq!((*d).len, 2);
            assert_eq!(get(d, s("a") as u64), Some(3));
            assert_eq!(pyaot_dict_contains(d, s("b") as u64), 1);
            assert_eq!(pyaot_dict_contains(d, s("z") as u64), 0);
            let empty = dict(Elem::Int, Elem::Int);
            assert_eq!(pyaot_dict_contains(empty, 5), 0);
            assert_eq!(pyaot_dict_get_default(empty, 5, 7), 7);
            // python3 -c "d = {True: 1, False: 0}; d[1 == 1] = 2; print(d)"
            let bools = dict(Elem::Bool, Elem::Int);
            pyaot_dict_set(bools, 1, 1);
            pyaot_dict_set(bools, 0, 0);
            pyaot_dict_set(bools, 1, 2);
            assert_eq!(repr(bools), "{True: 2, False: 0}");
        }
    }

    #[test]
    fn key_errors_quote_the_repr() {
        // SAFETY: live dicts and strings throughout.
        unsafe {
            let strs = dict(Elem::Str, Elem::Int);
            // python3 -c "{}['x']"  -> KeyError: 'x'
            assert_eq!(get(strs, s("x") as u64), None);
            let e = exc::take().map(|e| text(exc::pyaot_exc_repr(e.as_ptr())));
            // python3 -c "print(repr(KeyError('x')))"  -> KeyError('x')
            assert_eq!(e.as_deref(), Some("KeyError('x')"));
            exc::clear();
            // python3 -c "{}[\"it's\"]"  -> KeyError: "it's"
            assert_eq!(get(strs, s("it's") as u64), None);
            assert_raised(ExcKind::KeyError, "\"it's\"");
            // python3 -c "d = {}; del d['x']"  -> KeyError: 'x'
            assert_eq!(pyaot_dict_del(strs, s("x") as u64), 1);
            assert_raised(ExcKind::KeyError, "'x'");
            // python3 -c "{}.pop('x')"  -> KeyError: 'x'
            let mut out = 0;
            assert_eq!(pyaot_dict_pop(strs, s("x") as u64, &mut out), 1);
            assert_raised(ExcKind::KeyError, "'x'");
            // python3 -c "{}.popitem()"  -> KeyError: 'popitem(): dictionary is empty'
            let mut key = 0;
            assert_eq!(pyaot_dict_popitem(strs, &mut key, &mut out), 1);
            assert_raised(ExcKind::KeyError, "'popitem(): dictionary is empty'");
            // python3 -c "{1: 2}[5]"  -> KeyError: 5
            let ints = dict(Elem::Int, Elem::Int);
            pyaot_dict_set(ints, 1, 2);
            assert_eq!(get(ints, 5), None);
            assert_raised(ExcKind::KeyError, "5");
            // python3 -c "{1.5: 0}[2.5]"  -> KeyError: 2.5
            let floats = dict(Elem::Float, Elem::Int);
            pyaot_dict_set(floats, 1.5f64.to_bits(), 0);
            assert_eq!(get(floats, 2.5f64.to_bits()), None);
            assert_raised(ExcKind::KeyError, "2.5");
            // python3 -c "{True: 0}[False]"  -> KeyError: False
            let bools = dict(Elem::Bool, Elem::Int);
            pyaot_dict_set(bools, 1, 0);
            assert_eq!(get(bools, 0), None);
            assert_raised(ExcKind::KeyError, "False");
        }
    }

    #[test]
    fn methods_match_cpython() {
        // python3 -c "d = {'a': 1, 'b': 2, 'c': 3}; print(d.get('a', 0), d.get('z', 0), d.pop('b'), d.pop('z', -1), d.setdefault('a', 9), d.setdefault('d', 4), d)"
        //   -> 1 0 2 -1 1 4 {'a': 1, 'c': 3, 'd': 4}
        let d = dict(Elem::Str, Elem::Int);
        // SAFETY: live dicts and strings throughout.
        unsafe {
            for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
                pyaot_dict_set(d, s(k) as u64, v);
            }
            let mut out = 0;
            let got = [
                pyaot_dict_get_default(d, s("a") as u64, 0),
                pyaot_dict_get_default(d, s("z") as u64, 0),
                (pyaot_dict_pop(d, s("b") as u64, &mut out), out).1,
                pyaot_dict_pop_default(d, s("z") as u64, -1i64 as u64),
                pyaot_dict_setdefault(d, s("a") as u64, 9),
                pyaot_dict_setdefault(d, s("d") as u64, 4),
            ];
            assert_eq!(got.map(|v| v as i64), [1, 0, 2, -1, 1, 4]);
            assert_eq!(repr(d), "{'a': 1, 'c': 3, 'd': 4}");
            assert_eq!(pyaot_dict_pop_default(d, s("c") as u64, 0), 3);
            assert_eq!(repr(d), "{'a': 1, 'd': 4}");

            // python3 -c "d = {'a': 1, 'b': 2}; del d['b']; d['c'] = 3; print(d.popitem(), d.popitem(), d)"
            //   -> ('c', 3) ('a', 1) {}
            let d = dict(Elem::Str, Elem::Int);
            pyaot_dict_set(d, s("a") as u64, 1);
            pyaot_dict_set(d, s("b") as u64, 2);
            assert_eq!(pyaot_dict_del(d, s("b") as u64), 0);
            pyaot_dict_set(d, s("c") as u64, 3);
            let mut key = 0;
            for (k, v) in [("c", 3), ("a", 1)] {
                assert_eq!(pyaot_dict_popitem(d, &mut key, &mut out), 0);
                assert_eq!((text(key as usize as *mut Str).as_str(), out), (k, v));
            }
            assert_eq!(repr(d), "{}");

            // python3 -c "d = {'a': 1, 'b': 2}; d.popitem(); d['c'] = 3; d['b'] = 4; print(d)"
            //   -> {'a': 1, 'c': 3, 'b': 4}
            pyaot_dict_set(d, s("a") as u64, 1);
            pyaot_dict_set(d, s("b") as u64, 2);
            assert_eq!(pyaot_dict_popitem(d, &mut key, &mut out), 0);
            object::decref(key as usize as *const Header);
            pyaot_dict_set(d, s("c") as u64, 3);
            pyaot_dict_set(d, s("b") as u64, 4);
            assert_eq!(repr(d), "{'a': 1, 'c': 3, 'b': 4}");
        }
    }

    #[test]
    fn deletion_then_reinsertion_order() {
        // python3 -c "d = {'a': 1, 'b': 2, 'c': 3}; del d['a']; d['a'] = 4; d['b'] = 5; print(d, list(d), list(d.values()))"
        //   -> {'b': 5, 'c': 3, 'a': 4} ['b', 'c', 'a'] [5, 3, 4]
        let d = dict(Elem::Str, Elem::Int);
        // SAFETY: live dicts and strings throughout.
        unsafe {
            for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
                pyaot_dict_set(d, s(k) as u64, v);
            }
            assert_eq!(pyaot_dict_del(d, s("a") as u64), 0);
            pyaot_dict_set(d, s("a") as u64, 4);
            pyaot_dict_set(d, s("b") as u64, 5);
            assert_eq!(repr(d), "{'b': 5, 'c': 3, 'a': 4}");
            assert_eq!(strings(pyaot_dict_keys(d)), ["b", "c", "a"]);
            assert_eq!(int_slots(pyaot_dict_values(d)), [5, 3, 4]);
        }
    }

    #[test]
    fn resize_with_many_keys() {
        // python3 -c "d = {}
        // for i in range(10000): d[i * 7919] = i
        // for i in range(0, 10000, 2): del d[i * 7919]
        // for i in range(0, 100, 3): d[i * 7919] = -i
        // print(len(d), list(d)[:3], list(d)[-3:], sum(d.values()))"
        //   -> 5017 [7919, 23757, 39595] [665196, 712710, 760224] 24997450
        let d = dict(Elem::Int, Elem::Int);
        // SAFETY: a live dict throughout.
        unsafe {
            for i in 0..10000i64 {
                pyaot_dict_set(d, (i * 7919) as u64, i as u64);
            }
            assert_eq!((*d).len, 10000);
            for i in (0..10000i64).step_by(2) {
                assert_eq!(pyaot_dict_del(d, (i * 7919) as u64), 0);
            }
            for i in (0..100i64).step_by(3) {
                pyaot_dict_set(d, (i * 7919) as u64, (-i) as u64);
            }
            assert_eq!((*d).len, 5017);
            let keys = int_slots(pyaot_dict_keys(d));
            assert_eq!(keys[..3], [7919, 23757, 39595]);
            assert_eq!(keys[keys.len() - 3..], [665196, 712710, 760224]);
            let values = int_slots(pyaot_dict_values(d));
            assert_eq!(values.iter().sum::<i64>(), 24997450);
            for i in 0..10000i64 {
                let want = (i % 2 == 1 || (i < 100 && i % 3 == 0)) as u8;
                assert_eq!(pyaot_dict_contains(d, (i * 7919) as u64), want, "{i}");
            }
            // Keys that differ only in high bits still spread.
            let strided = pyaot_dict_new(Elem::Int as u32, Elem::Int as u32, 3);
            for i in 0..5000i64 {
                pyaot_dict_set(strided, (i << 40) as u64, i as u64);
            }
            assert_eq!(get(strided, 4999 << 40), Some(4999));
            // Many string keys, and a table emptied by deletions.
            let strs = dict(Elem::Str, Elem::Int);
            let names: Vec<_> = (0..3000).map(|i| std::format!("k{i}")).collect();
            for (i, name) in names.iter().enumerate() {
                pyaot_dict_set(strs, s(name) as u64, i as u64);
            }
            for (i, name) in names.iter().enumerate() {
                assert_eq!(get(strs, s(name) as u64), Some(i as u64));
            }
            for name in &names {
                assert_eq!(pyaot_dict_del(strs, s(name) as u64), 0);
            }
            assert_eq!(repr(strs), "{}");
            pyaot_dict_set(strs, s("k7") as u64, 7);
            assert_eq!(repr(strs), "{'k7': 7}");
        }
    }

    /// Random operations against a list of pairs with Python's semantics.
    #[test]
    fn agrees_with_a_model() {
        let d = dict(Elem::Int, Elem::Int);
        let mut model: Vec<(i64, i64)> = Vec::new();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        // SAFETY: a live dict throughout.
        unsafe {
            for step in 0..20000i64 {
                let key = next(300) as i64 - 150;
                let pos = model.iter().position(|&(k, _)| k == key);
                match next(6) {
                    0 | 1 => {
                        pyaot_dict_set(d, key as u64, step as u64);
                        match pos {
                            Some(p) => model[p].1 = step,
                            None => model.push((key, step)),
                        }
                    }
                    2 => {
                        assert_eq!(pyaot_dict_del(d, key as u64), pos.is_none() as u8);
                        exc::clear();
                        if let Some(p) = pos {
                            model.remove(p);
                        }
                    }
                    3 => {
                        let mut k = 0;
                        let mut v = 0;
                        let failed = pyaot_dict_popitem(d, &mut k, &mut v);
                        exc::clear();
                        match model.pop() {
                            Some(pair) => {
                                assert_eq!((failed, k as i64, v as i64), (0, pair.0, pair.1))
                            }
                            None => assert_eq!(failed, 1),
                        }
                    }
                    4 => {
                        let got = pyaot_dict_setdefault(d, key as u64, step as u64) as i64;
                        match pos {
                            Some(p) => assert_eq!(got, model[p].1),
                            None => {
                                assert_eq!(got, step);
                                model.push((key, step));
                            }
                        }
                    }
                    _ => {
                        let got = pyaot_dict_pop_default(d, key as u64, u64::MAX) as i64;
                        match pos {
                            Some(p) => assert_eq!(got, model.remove(p).1),
                            None => assert_eq!(got, -1),
                        }
                    }
                }
                assert_eq!((*d).len as usize, model.len());
            }
            let keys: Vec<i64> = model.iter().map(|p| p.0).collect();
            let values: Vec<i64> = model.iter().map(|p| p.1).collect();
            assert_eq!(int_slots(pyaot_dict_keys(d)), keys);
            assert_eq!(int_slots(pyaot_dict_values(d)), values);
        }
    }

    #[test]
    fn float_keys_zero_and_nan() {
        let nan = f64::NAN.to_bits();
        // SAFETY: live dicts throughout.
        unsafe {
            // python3 -c "d = {0.0: 1}; d[-0.0] = 2; print(d, -0.0 in d)"  -> {0.0: 2} True
            let d = dict(Elem::Float, Elem::Int);
            pyaot_dict_set(d, 0.0f64.to_bits(), 1);
            pyaot_dict_set(d, (-0.0f64).to_bits(), 2);
            assert_eq!(repr(d), "{0.0: 2}");
            assert_eq!(pyaot_dict_contains(d, (-0.0f64).to_bits()), 1);
            // python3 -c "d = {-0.0: 1}; d[0.0] = 2; print(d)"  -> {-0.0: 2}
            let d = dict(Elem::Float, Elem::Int);
            pyaot_dict_set(d, (-0.0f64).to_bits(), 1);
            pyaot_dict_set(d, 0.0f64.to_bits(), 2);
            assert_eq!(repr(d), "{-0.0: 2}");
            assert_eq!(get(d, 0.0f64.to_bits()), Some(2));
            // python3 -c "d = {}; d[float('nan')] = 1; d[float('nan')] = 2; print(d, len(d), float('nan') in d)"
            //   -> {nan: 1, nan: 2} 2 False
            let d = dict(Elem::Float, Elem::Int);
            pyaot_dict_set(d, nan, 1);
            pyaot_dict_set(d, nan, 2);
            assert_eq!(repr(d), "{nan: 1, nan: 2}");
            assert_eq!((*d).len, 2);
            assert_eq!(pyaot_dict_contains(d, nan), 0);
            // python3 -c "{float('nan'): 1}[float('nan')]"  -> KeyError: nan
            assert_eq!(get(d, nan), None);
            assert_raised(ExcKind::KeyError, "nan");
            assert_eq!(pyaot_dict_setdefault(d, nan, 3), 3);
            assert_eq!(pyaot_dict_pop_default(d, nan, 9), 9);
            assert_eq!((*d).len, 3);
            // Many NaNs spread over the table; a copy keeps them all.
            for i in 0..2000 {
                pyaot_dict_set(d, nan, i);
            }
            let copy = pyaot_dict_copy(d);
            assert_eq!((*copy).len, 2003);
            pyaot_dict_update(copy, d);
            assert_eq!((*copy).len, 4006);
            assert_eq!(pyaot_dict_eq(d, d), 0);
        }
    }

    #[test]
    fn update_copy_clear() {
        // python3 -c "d = {'a': 1, 'b': 2}; d.update({'b': 3, 'c': 4}); e = d.copy(); e['a'] = 0; d.update(d); print(d, e); d.clear(); print(d, len(d)); d['z'] = 1; print(d)"
        //   -> {'a': 1, 'b': 3, 'c': 4} {'a': 0, 'b': 3, 'c': 4} / {} 0 / {'z': 1}
        let d = dict(Elem::Str, Elem::Int);
        let other = dict(Elem::Str, Elem::Int);
        // SAFETY: live dicts and strings throughout.
        unsafe {
            pyaot_dict_set(d, s("a") as u64, 1);
            pyaot_dict_set(d, s("b") as u64, 2);
            pyaot_dict_set(other, s("b") as u64, 3);
            pyaot_dict_set(other, s("c") as u64, 4);
            pyaot_dict_update(d, other);
            let e = pyaot_dict_copy(d);
            pyaot_dict_set(e, s("a") as u64, 0);
            pyaot_dict_update(d, d);
            assert_eq!(repr(d), "{'a': 1, 'b': 3, 'c': 4}");
            assert_eq!(repr(e), "{'a': 0, 'b': 3, 'c': 4}");
            pyaot_dict_clear(d);
            assert_eq!((repr(d), (*d).len), ("{}".into(), 0));
            assert_eq!(pyaot_dict_contains(d, s("a") as u64), 0);
            pyaot_dict_set(d, s("z") as u64, 1);
            assert_eq!(repr(d), "{'z': 1}");
            let empty = pyaot_dict_copy(dict(Elem::Int, Elem::Int));
            pyaot_dict_set(empty, 1, 1);
            assert_eq!(repr(empty), "{1: 1}");
        }
    }

    #[test]
    fn repr_matches_cpython() {
        // SAFETY: live dicts, lists and strings throughout.
        unsafe {
            // python3 -c "print({'a': [1], 'b': [3]}, {2: [3]}, {'x': {'y': None}}, {1.5: True, -0.0: False}, {True: \"it's\", False: '\n'}, {}, [{'a': 1}, {}], {'l': [{'k': 2.5}]})"
            //   -> {'a': [1], 'b': [3]} {2: [3]} {'x': {'y': None}} {1.5: True, -0.0: False} {True: "it's", False: '\n'} {} [{'a': 1}, {}] {'l': [{'k': 2.5}]}
            let lists = dict(Elem::Str, Elem::List);
            pyaot_dict_set(lists, s("a") as u64, ints(&[1]) as u64);
            pyaot_dict_set(lists, s("b") as u64, ints(&[3]) as u64);
            assert_eq!(repr(lists), "{'a': [1], 'b': [3]}");
            let int_keys = dict(Elem::Int, Elem::List);
            pyaot_dict_set(int_keys, 2, ints(&[3]) as u64);
            assert_eq!(repr(int_keys), "{2: [3]}");
            let inner = dict(Elem::Str, Elem::None);
            pyaot_dict_set(inner, s("y") as u64, 0);
            let nested = dict(Elem::Str, Elem::Dict);
            pyaot_dict_set(nested, s("x") as u64, inner as u64);
            assert_eq!(repr(nested), "{'x': {'y': None}}");
            let floats = dict(Elem::Float, Elem::Bool);
            pyaot_dict_set(floats, 1.5f64.to_bits(), 1);
            pyaot_dict_set(floats, (-0.0f64).to_bits(), 0);
            assert_eq!(repr(floats), "{1.5: True, -0.0: False}");
            let bools = dict(Elem::Bool, Elem::Str);
            pyaot_dict_set(bools, 1, s("it's") as u64);
            pyaot_dict_set(bools, 0, s("\n") as u64);
            assert_eq!(repr(bools), "{True: \"it's\", False: '\\n'}");
            assert_eq!(repr(dict(Elem::Int, Elem::Int)), "{}");
            let a1 = dict(Elem::Str, Elem::Int);
            pyaot_dict_set(a1, s("a") as u64, 1);
            let of_dicts = list_obj::pyaot_list_new(Elem::Dict as u32, 0);
            list_obj::pyaot_list_append(of_dicts, a1 as u64);
            list_obj::pyaot_list_append(of_dicts, dict(Elem::Str, Elem::Int) as u64);
            assert_eq!(crate::test_util::repr(of_dicts), "[{'a': 1}, {}]");
            let k = dict(Elem::Str, Elem::Float);
            pyaot_dict_set(k, s("k") as u64, 2.5f64.to_bits());
            let l = list_obj::pyaot_list_new(Elem::Dict as u32, 0);
            list_obj::pyaot_list_append(l, k as u64);
            let outer = dict(Elem::Str, Elem::List);
            pyaot_dict_set(outer, s("l") as u64, l as u64);
            assert_eq!(repr(outer), "{'l': [{'k': 2.5}]}");

            // python3 -c "d = {}; d['x'] = d; print(d)"  -> {'x': {...}}
            let selfish = dict(Elem::Str, Elem::Dict);
            pyaot_dict_set(selfish, s("x") as u64, selfish as u64);
            assert_eq!(repr(selfish), "{'x': {...}}");
            // python3 -c "l = []; d = {'l': l}; l.append(d); print(l)"  -> [{'l': [...]}]
            let l = list_obj::pyaot_list_new(Elem::Dict as u32, 0);
            let d = dict(Elem::Str, Elem::List);
            pyaot_dict_set(d, s("l") as u64, l as u64);
            list_obj::pyaot_list_append(l, d as u64);
            assert_eq!(crate::test_util::repr(l), "[{'l': [...]}]");
        }
    }

    #[test]
    fn equality_matches_cpython() {
        let nan = f64::NAN.to_bits();
        let one = 1.0f64.to_bits();
        /// A new dict of the given kinds and items.
        fn of(k: Elem, v: Elem, items: &[(u64, u64)]) -> *mut Dict {
            let d = dict(k, v);
            for &(key, value) in items {
                // SAFETY: a live dict; valid slot values (caller).
                unsafe { pyaot_dict_set(d, key, value) };
            }
            d
        }
        let (a, b, x, y) = (s("a") as u64, s("b") as u64, s("x") as u64, s("y") as u64);
        use Elem::{Bool, Dict as D, Float, Int, List as L, Str as S};
        let nested = |n: i64| of(S, D, &[(x, of(S, L, &[(y, ints(&[n]) as u64)]) as u64)]);
        // python3 -c "print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} == {'a': 2}, {'a': 1} == {'a': 1, 'b': 2}, {} == {}, {1: 1} == {1.0: 1.0}, {True: 1} == {1: 1}, {2: 1} == {True: 1}, {0.5: 1} == {0: 1}, {1: float('nan')} == {1: float('nan')}, {'x': {'y': [1]}} == {'x': {'y': [1]}}, {'x': {'y': [1]}} == {'x': {'y': [2]}}, {'a': 1} == {1: 1}, {2**53+1: 1} == {float(2**53): 1}, {} == {1: 1})"
        //   -> True False False True True True False False False True False False False False
        let cases: [(*mut Dict, *mut Dict, u8); 14] = [
            (
                of(S, Int, &[(a, 1), (b, 2)]),
                of(S, Int, &[(b, 2), (a, 1)]),
                1,
            ),
            (of(S, Int, &[(a, 1)]), of(S, Int, &[(a, 2)]), 0),
            (of(S, Int, &[(a, 1)]), of(S, Int, &[(a, 1), (b, 2)]), 0),
            (of(S, Int, &[]), of(S, Int, &[]), 1),
            (of(Int, Int, &[(1, 1)]), of(Float, Float, &[(one, one)]), 1),
            (of(Bool, Int, &[(1, 1)]), of(Int, Int, &[(1, 1)]), 1),
            (of(Int, Int, &[(2, 1)]), of(Bool, Int, &[(1, 1)]), 0),
            (
                of(Float, Int, &[(0.5f64.to_bits(), 1)]),
                of(Int, Int, &[(0, 1)]),
                0,
            ),
            (of(Int, Float, &[(1, nan)]), of(Int, Float, &[(1, nan)]), 0),
            (nested(1), nested(1), 1),
            (nested(1), nested(2), 0),
            (of(S, Int, &[(a, 1)]), of(Int, Int, &[(1, 1)]), 0),
            (
                of(Int, Int, &[((1u64 << 53) + 1, 1)]),
                of(Float, Int, &[(((1u64 << 53) as f64).to_bits(), 1)]),
                0,
            ),
            (of(Int, Int, &[]), of(Int, Int, &[(1, 1)]), 0),
        ];
        for (n, (p, q, want)) in cases.into_iter().enumerate() {
            // SAFETY: live dicts.
            unsafe {
                assert_eq!(
                    pyaot_dict_eq(p, q),
                    want,
                    "case {n}: {} == {}",
                    repr(p),
                    repr(q)
                );
                assert_eq!(pyaot_dict_eq(q, p), want, "case {n} reversed");
            }
        }
        // python3 -c "print([{'a': 1}] == [{'a': 1}], [{'a': 1}] == [{'a': 2}], any([{}, {}]), any([{}, {'a': 1}]))"
        //   -> True False False True
        let list_of = |d: *mut Dict| crate::test_util::list(D, &[d as u64]);
        let (p, q, r) = (
            list_of(of(S, Int, &[(a, 1)])),
            list_of(of(S, Int, &[(a, 1)])),
            list_of(of(S, Int, &[(a, 2)])),
        );
        let empties = crate::test_util::list(D, &[dict(S, Int) as u64, dict(S, Int) as u64]);
        let one_full =
            crate::test_util::list(D, &[dict(S, Int) as u64, of(S, Int, &[(a, 1)]) as u64]);
        // SAFETY: live lists.
        unsafe {
            assert_eq!(list_compare::pyaot_list_eq(p, q), 1);
            assert_eq!(list_compare::pyaot_list_eq(p, r), 0);
            assert_eq!(crate::seq_builtins::pyaot_list_any(empties), 0);
            assert_eq!(crate::seq_builtins::pyaot_list_any(one_full), 1);
            // python3 -c "''.join([{}])"  -> TypeError: sequence item 0: expected str instance, dict found
            assert!(crate::str_split::pyaot_str_join_list(s(""), empties).is_null());
            assert_raised(
                ExcKind::TypeError,
                "sequence item 0: expected str instance, dict found",
            );
        }
    }

    #[test]
    fn references_are_owned_and_released() {
        // SAFETY: live objects throughout; every reference taken is dropped.
        unsafe {
            let key = str_obj::from_str("key");
            let same_key = str_obj::from_str("key");
            let v1 = str_obj::from_str("v1");
            let v2 = str_obj::from_str("v2");
            let d = dict(Elem::Str, Elem::Str);
            pyaot_dict_set(d, key as u64, v1 as u64);
            assert_eq!((rc(key), rc(v1)), (2, 2));
            // An existing key keeps its stored key object.
            pyaot_dict_set(d, same_key as u64, v2 as u64);
            assert_eq!((rc(key), rc(same_key), rc(v1), rc(v2)), (2, 1, 1, 2));
            let got = get(d, key as u64).unwrap_or(0);
            assert_eq!((got, rc(v2)), (v2 as u64, 3));
            object::decref(v2.cast());
            assert_eq!(
                pyaot_dict_get_default(d, same_key as u64, v1 as u64),
                v2 as u64
            );
            assert_eq!(pyaot_dict_get_default(d, v1 as u64, v1 as u64), v1 as u64);
            assert_eq!((rc(v1), rc(v2)), (2, 3));
            object::decref(v1.cast());
            object::decref(v2.cast());
            // keys() and values() snapshots hold their own references.
            let keys = pyaot_dict_keys(d);
            let values = pyaot_dict_values(d);
            assert_eq!((rc(key), rc(v2)), (3, 3));
            object::decref(keys.cast());
            object::decref(values.cast());
            // del drops both; pop hands the value over.
            assert_eq!(pyaot_dict_del(d, key as u64), 0);
            assert_eq!((rc(key), rc(v2)), (1, 1));
            pyaot_dict_set(d, key as u64, v1 as u64);
            let mut out = 0;
            assert_eq!(pyaot_dict_pop(d, key as u64, &mut out), 0);
            assert_eq!((out, rc(key), rc(v1)), (v1 as u64, 1, 2));
            object::decref(v1.cast());
            assert_eq!(pyaot_dict_setdefault(d, key as u64, v2 as u64), v2 as u64);
            assert_eq!((rc(key), rc(v2)), (2, 3));
            object::decref(v2.cast());
            assert_eq!(pyaot_dict_pop_default(d, key as u64, v1 as u64), v2 as u64);
            assert_eq!((rc(key), rc(v2)), (1, 2));
            object::decref(v2.cast());
            assert_eq!(pyaot_dict_pop_default(d, key as u64, v1 as u64), v1 as u64);
            assert_eq!(rc(v1), 2);
            object::decref(v1.cast());
            // popitem hands both over.
            pyaot_dict_set(d, key as u64, v1 as u64);
            let mut k = 0;
            assert_eq!(pyaot_dict_popitem(d, &mut k, &mut out), 0);
            assert_eq!((rc(key), rc(v1)), (2, 2));
            object::decref(key.cast());
            object::decref(v1.cast());
            // copy shares; clear and decref release.
            pyaot_dict_set(d, key as u64, v1 as u64);
            let copy = pyaot_dict_copy(d);
            assert_eq!((rc(key), rc(v1)), (3, 3));
            pyaot_dict_clear(copy);
            assert_eq!((rc(key), rc(v1)), (2, 2));
            object::pyaot_decref(copy.cast());
            // A dict inside a dict inside a list, all released by one decref.
            let inner = dict(Elem::Str, Elem::Str);
            pyaot_dict_set(inner, v2 as u64, v2 as u64);
            let outer = dict(Elem::Int, Elem::Dict);
            pyaot_dict_set(outer, 1, inner as u64);
            pyaot_dict_set(outer, 2, d as u64);
            object::decref(inner.cast());
            object::decref(d.cast());
            let l = crate::test_util::list(Elem::Dict, &[outer as u64]);
            object::decref(outer.cast());
            assert_eq!((rc(key), rc(v1), rc(v2)), (2, 2, 3));
            object::pyaot_decref(l.cast());
            assert_eq!((rc(key), rc(v1), rc(v2), rc(same_key)), (1, 1, 1, 1));
            for p in [key, same_key, v1, v2] {
                object::decref(p.cast());
            }
        }
    }
}
