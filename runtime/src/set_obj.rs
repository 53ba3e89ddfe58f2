//! The `set` object: CPython 3.11's open-addressing hash table
//! (`Objects/setobject.c`), reimplemented so that a set iterates, prints
//! and pops in exactly CPython's order wherever CPython's own order is
//! deterministic (ints, bools, floats and tuples of them; see `py_hash`).
//!
//! Layout (fixed by the ABI up to `len`): the [`Header`] (kind 9), offset
//! 16 `len: u64` (CPython's `used`: live elements; the compiler reads it
//! for `len(s)` and truthiness), offset 24 the deallocator
//! ([`OwnDealloc`]), the rest private. Elements are 8-byte slot values of
//! one kind ([`Elem`]: int, float, bool, str or tuple); pointer slots own
//! a reference.
//!
//! **The table** has `mask + 1` entries, a power of two of at least 8.
//! An entry is unused, active (a key with its hash) or a dummy (a deleted
//! key, hash -1). `fill` counts active plus dummy entries, `len` active
//! ones. As CPython:
//! - a key's probe sequence starts at `hash & mask`, checks that entry
//!   and the next [`LINEAR_PROBES`] (when they do not wrap), then jumps to
//!   `(i * 5 + 1 + perturb) & mask` with `perturb >>= 5` (it starts as the
//!   hash); a search ends at an unused entry;
//! - adding reuses the first dummy on the sequence, else takes the unused
//!   entry, and when `fill * 5 >= mask * 3` afterwards the table is
//!   rebuilt for `len * 4` (`len * 2` past 50,000) keys: the smallest
//!   power of two above that, keys re-inserted in table order;
//! - discarding leaves a dummy; `pop` takes the first active entry from a
//!   "finger" that remembers where the last pop stopped (`clear` keeps it);
//! - the set operations build their results in CPython's sequence (which
//!   operand is iterated, when a table is sized up front, when dummies are
//!   purged), since all of that shows in the result's order.
//!
//! Operations that take "another iterable" accept a set, a dict (its keys,
//! which CPython special-cases in `update`, `difference` and
//! `symmetric_difference_update`) or a list (any other iterable, which the
//! compiler turns into a list first), told apart by the object's kind.
//!
//! Equality of elements is `dict_obj`'s key equality; so NaNs never equal
//! anything, as documented there.

use crate::dict_obj::{self, Dict};
use crate::exc::{self, ExcArg, ExcKind, ExitArg};
use crate::heap;
use crate::list_obj::{self, Elem, List};
use crate::object::{self, Header, OwnDealloc, KIND_DICT, KIND_LIST};
use crate::py_hash;
use crate::str_obj::{self, Str};
use alloc::vec::Vec;
use core::mem::offset_of;

/// The object kind of a set.
pub const KIND_SET: u32 = 9;
/// The smallest table, as CPython's `PySet_MINSIZE`.
const MIN_SIZE: usize = 8;
/// Entries checked linearly after the first before jumping.
const LINEAR_PROBES: usize = 9;
/// CPython's probe perturbation shift.
const PERTURB_SHIFT: u32 = 5;

const UNUSED: u64 = 0;
const ACTIVE: u64 = 1;
const DUMMY: u64 = 2;

/// One table entry; all zero bytes is an unused entry.
#[repr(C)]
#[derive(Clone, Copy)]
struct Entry {
    hash: i64,
    key: u64,
    state: u64,
}

/// A set object.
#[repr(C)]
pub struct Set {
    pub header: Header,
    /// Live elements (CPython's `used`).
    pub len: u64,
    /// [`dealloc`], called by `object::decref` (see [`OwnDealloc`]).
    dealloc: unsafe fn(*mut Header),
    /// The element kind.
    elem: Elem,
    /// Active plus dummy entries.
    fill: usize,
    /// Table size minus one.
    mask: usize,
    /// Where the next `pop` starts looking.
    finger: usize,
    /// `mask + 1` entries.
    table: *mut Entry,
}

const _: () = assert!(offset_of!(Set, len) == 16);
const _: () = assert!(offset_of!(Set, dealloc) == offset_of!(OwnDealloc, dealloc));

/// A zeroed (all unused) table of `size` entries.
fn new_table(size: usize) -> *mut Entry {
    let Some(bytes) = size
        .checked_mul(core::mem::size_of::<Entry>())
        .filter(|&b| b <= isize::MAX as usize)
    else {
        heap::out_of_memory();
    };
    let t = heap::alloc_or_die(bytes).cast::<Entry>();
    // SAFETY: a fresh block of `bytes` bytes.
    unsafe { core::ptr::write_bytes(t.cast::<u8>(), 0, bytes) };
    t
}

/// A new empty set of element kind `elem`.
pub fn new(elem: Elem) -> *mut Set {
    let s = heap::alloc_or_die(core::mem::size_of::<Set>()).cast::<Set>();
    // SAFETY: a fresh block of the right size; malloc aligns to 16.
    unsafe {
        s.write(Set {
            header: Header::new(KIND_SET),
            len: 0,
            dealloc,
            elem,
            fill: 0,
            mask: MIN_SIZE - 1,
            finger: 0,
            table: new_table(MIN_SIZE),
        });
    }
    s
}

/// Frees a set at refcount zero.
///
/// # Safety
/// `obj` is a live, unreferenced set.
unsafe fn dealloc(obj: *mut Header) {
    let s = obj.cast::<Set>();
    // SAFETY: the set owns its active keys and its table.
    unsafe {
        drop_keys(s);
        heap::free((*s).table.cast());
        heap::free(s.cast());
    }
}

/// Drops the references of `s`'s active keys.
///
/// # Safety
/// `s` is a live set; its keys are not used afterwards.
unsafe fn drop_keys(s: *mut Set) {
    // SAFETY: forwarded; active keys own a reference.
    unsafe {
        let elem = (*s).elem;
        for e in table(s) {
            if e.state == ACTIVE {
                list_obj::decref_item(elem, e.key);
            }
        }
    }
}

/// The whole table of `s`.
///
/// # Safety
/// `s` is a live set not mutated while the slice is alive.
unsafe fn table<'a>(s: *const Set) -> &'a [Entry] {
    // SAFETY: the table holds `mask + 1` entries (module invariant).
    unsafe { core::slice::from_raw_parts((*s).table, (*s).mask + 1) }
}

/// The key of the first active entry at or after table position `i`, with
/// its position; None past the end of the table (CPython's `setiter`
/// walk).
///
/// # Safety
/// `s` is a live set.
pub(crate) unsafe fn next_active(s: *const Set, i: usize) -> Option<(usize, u64)> {
    // SAFETY: forwarded.
    let t = unsafe { table(s) };
    (i..t.len())
        .find(|&j| t[j].state == ACTIVE)
        .map(|j| (j, t[j].key))
}

/// The element kind of `s`.
///
/// # Safety
/// `s` is a live set.
pub(crate) unsafe fn elem_of(s: *const Set) -> Elem {
    // SAFETY: live set (caller).
    unsafe { (*s).elem }
}

/// The active entries of `s`, as (key, hash), in table order (CPython's
/// `set_next`): the iteration order. Collected, so that the caller may
/// mutate another set (or this one) while walking them.
///
/// # Safety
/// `s` is a live set.
unsafe fn active(s: *const Set) -> Vec<(u64, i64)> {
    // SAFETY: forwarded.
    unsafe { table(s) }
        .iter()
        .filter(|e| e.state == ACTIVE)
        .map(|e| (e.key, e.hash))
        .collect()
}

/// The hash of `key` as an element of `s`.
///
/// # Safety
/// `key` is a valid slot value of `s`'s kind.
unsafe fn hash_of(s: *const Set, key: u64) -> i64 {
    // SAFETY: forwarded.
    unsafe { py_hash::slot((*s).elem, key) }
}

/// The index of the active entry holding `key`, if any (CPython's
/// `set_lookkey`).
///
/// # Safety
/// `s` is a live set; `key` a valid slot value of its kind.
unsafe fn find(s: *const Set, key: u64, hash: i64) -> Option<usize> {
    // SAFETY: live set (caller); every index stays within the table.
    unsafe {
        let mask = (*s).mask;
        let t = (*s).table;
        let mut i = hash as usize & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let e = &*t.add(j);
                if e.state == UNUSED {
                    return None;
                }
                if e.state == ACTIVE && e.hash == hash && dict_obj::key_eq((*s).elem, e.key, key) {
                    return Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
        }
    }
}

/// Whether `s` holds `key`.
///
/// # Safety
/// As for [`find`].
unsafe fn contains(s: *const Set, key: u64, hash: i64) -> bool {
    // SAFETY: forwarded.
    unsafe { find(s, key, hash).is_some() }
}

/// Adds `key` (borrowed; the set takes its own reference) unless present
/// (CPython's `set_add_entry`), growing the table as CPython does.
///
/// # Safety
/// `s` is a live set; `key` a valid slot value of its kind; `hash` its hash.
unsafe fn add_entry(s: *mut Set, key: u64, hash: i64) {
    // SAFETY: live set (caller); every index stays within the table.
    unsafe {
        let mask = (*s).mask;
        let t = (*s).table;
        let mut i = hash as usize & mask;
        let mut perturb = hash as u64;
        let mut freeslot = None;
        let unused = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let e = &*t.add(j);
                match e.state {
                    UNUSED => break 'probe j,
                    ACTIVE => {
                        if e.hash == hash && dict_obj::key_eq((*s).elem, e.key, key) {
                            return;
                        }
                    }
                    _ => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
        };
        list_obj::incref_item((*s).elem, key);
        let entry = Entry {
            hash,
            key,
            state: ACTIVE,
        };
        (*s).len += 1;
        if let Some(f) = freeslot {
            *t.add(f) = entry;
            return;
        }
        *t.add(unused) = entry;
        (*s).fill += 1;
        if (*s).fill * 5 >= mask * 3 {
            let used = (*s).len as usize;
            resize(s, if used > 50_000 { used * 2 } else { used * 4 });
        }
    }
}

/// Puts a key known to be absent into a table without dummies (CPython's
/// `set_insert_clean`).
///
/// # Safety
/// `t` holds `mask + 1` entries, at least one unused.
unsafe fn insert_clean(t: *mut Entry, mask: usize, key: u64, hash: i64) {
    let mut i = hash as usize & mask;
    let mut perturb = hash as u64;
    // SAFETY: every index stays within the table (caller).
    unsafe {
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if (*t.add(j)).state == UNUSED {
                    *t.add(j) = Entry {
                        hash,
                        key,
                        state: ACTIVE,
                    };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
        }
    }
}

/// Rebuilds the table with room for `minused` keys: the smallest power of
/// two above it (at least 8), dummies dropped (CPython's
/// `set_table_resize`).
///
/// # Safety
/// `s` is a live set.
unsafe fn resize(s: *mut Set, minused: usize) {
    let mut size = MIN_SIZE;
    while size <= minused {
        let Some(bigger) = size.checked_mul(2) else {
            heap::out_of_memory();
        };
        size = bigger;
    }
    // SAFETY: live set (caller); the old table's active keys move over.
    unsafe {
        if size == MIN_SIZE && (*s).mask == MIN_SIZE - 1 && (*s).fill == (*s).len as usize {
            // CPython leaves a small table without dummies alone.
            return;
        }
        let old = (*s).table;
        let old_size = (*s).mask + 1;
        let t = new_table(size);
        for k in 0..old_size {
            let e = &*old.add(k);
            if e.state == ACTIVE {
                insert_clean(t, size - 1, e.key, e.hash);
            }
        }
        heap::free(old.cast());
        (*s).table = t;
        (*s).mask = size - 1;
        (*s).fill = (*s).len as usize;
    }
}

/// Removes `key` if present, leaving a dummy; whether it was.
///
/// # Safety
/// As for [`find`].
unsafe fn discard_entry(s: *mut Set, key: u64, hash: i64) -> bool {
    // SAFETY: live set (caller); the found entry owns its key.
    unsafe {
        let Some(j) = find(s, key, hash) else {
            return false;
        };
        let e = &mut *(*s).table.add(j);
        let old = e.key;
        *e = Entry {
            hash: -1,
            key: 0,
            state: DUMMY,
        };
        (*s).len -= 1;
        list_obj::decref_item((*s).elem, old);
        true
    }
}

/// Empties `s` into a fresh minimum-size table (`finger` is kept, as
/// CPython keeps it).
///
/// # Safety
/// `s` is a live set.
unsafe fn clear(s: *mut Set) {
    // SAFETY: live set (caller).
    unsafe {
        drop_keys(s);
        heap::free((*s).table.cast());
        (*s).table = new_table(MIN_SIZE);
        (*s).mask = MIN_SIZE - 1;
        (*s).fill = 0;
        (*s).len = 0;
    }
}

/// Another operand of a set operation: what CPython tells apart.
enum Other {
    Set(*mut Set),
    Dict(*const Dict),
    /// Any other iterable, as a list of its items.
    Seq(*const List),
}

/// Classifies an operand by its object kind.
///
/// # Safety
/// `o` is a live set, dict or list of the set's element kind.
unsafe fn other(o: *const Header) -> Other {
    // SAFETY: a live object (caller).
    match unsafe { (*o).kind } {
        KIND_SET => Other::Set(o.cast_mut().cast()),
        KIND_DICT => Other::Dict(o.cast()),
        KIND_LIST => Other::Seq(o.cast()),
        _ => heap::fatal(b"fatal error: set operand of an unexpected kind\n"),
    }
}

/// The items of a non-set operand, in its iteration order (borrowed).
///
/// # Safety
/// `o` is a live dict or list.
unsafe fn items_of(o: &Other) -> Vec<u64> {
    // SAFETY: live operands (caller).
    unsafe {
        match *o {
            Other::Set(s) => active(s).into_iter().map(|(k, _)| k).collect(),
            Other::Dict(d) => dict_obj::items(d).map(|(k, _)| k).collect(),
            Other::Seq(l) => list_obj::slots(l).to_vec(),
        }
    }
}

/// Adds every key of `other` to `so` (CPython's `set_merge`).
///
/// # Safety
/// Both are live sets of one kind.
unsafe fn merge(so: *mut Set, other: *mut Set) {
    // SAFETY: live sets (caller).
    unsafe {
        if so == other || (*other).len == 0 {
            return;
        }
        let ou = (*other).len as usize;
        if ((*so).fill + ou) * 5 >= (*so).mask * 3 {
            resize(so, ((*so).len as usize + ou) * 2);
        }
        let elem = (*so).elem;
        if (*so).fill == 0 && (*so).mask == (*other).mask && (*other).fill == ou {
            // Same size, no dummies: copy the table entry for entry.
            for (k, e) in table(other).iter().enumerate() {
                if e.state == ACTIVE {
                    list_obj::incref_item(elem, e.key);
                    *(*so).table.add(k) = *e;
                }
            }
            (*so).fill = ou;
            (*so).len = ou as u64;
            return;
        }
        if (*so).fill == 0 {
            for (key, hash) in active(other) {
                list_obj::incref_item(elem, key);
                insert_clean((*so).table, (*so).mask, key, hash);
            }
            (*so).fill = ou;
            (*so).len = ou as u64;
            return;
        }
        for (key, hash) in active(other) {
            add_entry(so, key, hash);
        }
    }
}

/// `so |= other` for any operand (CPython's `set_update_internal`).
///
/// # Safety
/// `so` is a live set; `o` a live operand of its kind.
unsafe fn update(so: *mut Set, o: &Other) {
    // SAFETY: live objects (caller).
    unsafe {
        match *o {
            Other::Set(other) => merge(so, other),
            Other::Dict(d) => {
                // One big resize first, expecting few duplicates.
                let n = (*d).len as usize;
                if ((*so).fill + n) * 5 >= (*so).mask * 3 {
                    resize(so, ((*so).len as usize + n) * 2);
                }
                for key in items_of(o) {
                    add_entry(so, key, hash_of(so, key));
                }
            }
            Other::Seq(l) => {
                for &key in list_obj::slots(l) {
                    add_entry(so, key, hash_of(so, key));
                }
            }
        }
    }
}

/// A new set holding `o`'s items (CPython's `make_new_set`).
///
/// # Safety
/// `o` is a live operand whose kind is `elem`.
unsafe fn from_other(elem: Elem, o: &Other) -> *mut Set {
    let s = new(elem);
    // SAFETY: forwarded.
    unsafe { update(s, o) };
    s
}

/// A copy of `so` (CPython's `set_copy`).
///
/// # Safety
/// `so` is a live set.
unsafe fn copy(so: *mut Set) -> *mut Set {
    // SAFETY: forwarded.
    unsafe {
        let r = new((*so).elem);
        merge(r, so);
        r
    }
}

/// `so & o`, a new set (CPython's `set_intersection`).
///
/// # Safety
/// `so` is a live set; `o` a live operand of its kind.
unsafe fn intersection(so: *mut Set, o: &Other) -> *mut Set {
    // SAFETY: live objects (caller).
    unsafe {
        if let Other::Set(other) = *o {
            if other == so {
                return copy(so);
            }
            let r = new((*so).elem);
            // Iterate the smaller set, probe the larger.
            let (big, small) = if (*other).len > (*so).len {
                (other, so)
            } else {
                (so, other)
            };
            for (key, hash) in active(small) {
                if contains(big, key, hash) {
                    add_entry(r, key, hash);
                }
            }
            return r;
        }
        let r = new((*so).elem);
        for key in items_of(o) {
            let hash = hash_of(so, key);
            if contains(so, key, hash) {
                add_entry(r, key, hash);
            }
        }
        r
    }
}

/// `so -= o` (CPython's `set_difference_update_internal`).
///
/// # Safety
/// As for [`intersection`].
unsafe fn difference_update(so: *mut Set, o: &Other) {
    // SAFETY: live objects (caller).
    unsafe {
        match *o {
            Other::Set(other) if other == so => {
                clear(so);
                return;
            }
            Other::Set(other) => {
                // Much larger: discard only the common keys.
                let common = ((*other).len >> 3 > (*so).len).then(|| intersection(so, o));
                for (key, hash) in active(common.unwrap_or(other)) {
                    discard_entry(so, key, hash);
                }
                if let Some(c) = common {
                    object::decref(c.cast());
                }
            }
            _ => {
                for key in items_of(o) {
                    discard_entry(so, key, hash_of(so, key));
                }
            }
        }
        // More than a quarter dummies: rebuild.
        if (*so).fill - (*so).len as usize > (*so).mask / 4 {
            let used = (*so).len as usize;
            resize(so, if used > 50_000 { used * 2 } else { used * 4 });
        }
    }
}

/// `so - o`, a new set (CPython's `set_difference`).
///
/// # Safety
/// As for [`intersection`].
unsafe fn difference(so: *mut Set, o: &Other) -> *mut Set {
    // SAFETY: live objects (caller).
    unsafe {
        let other_len = match *o {
            Other::Set(other) => (*other).len,
            Other::Dict(d) => (*d).len,
            Other::Seq(_) => u64::MAX,
        };
        if other_len == u64::MAX || (*so).len >> 2 > other_len {
            let r = copy(so);
            difference_update(r, o);
            return r;
        }
        let r = new((*so).elem);
        for (key, hash) in active(so) {
            let found = match *o {
                Other::Set(other) => contains(other, key, hash),
                Other::Dict(d) => dict_obj::pyaot_dict_contains(d, key) != 0,
                Other::Seq(_) => false,
            };
            if !found {
                add_entry(r, key, hash);
            }
        }
        r
    }
}

/// `so ^= o` (CPython's `set_symmetric_difference_update`).
///
/// # Safety
/// As for [`intersection`].
unsafe fn symmetric_difference_update(so: *mut Set, o: &Other) {
    // SAFETY: live objects (caller).
    unsafe {
        let toggle = |key: u64, hash: i64| {
            if !discard_entry(so, key, hash) {
                add_entry(so, key, hash);
            }
        };
        match *o {
            Other::Set(other) if other == so => clear(so),
            Other::Set(other) => {
                for (key, hash) in active(other) {
                    toggle(key, hash);
                }
            }
            Other::Dict(_) => {
                for key in items_of(o) {
                    toggle(key, hash_of(so, key));
                }
            }
            Other::Seq(_) => {
                // The items are made a set first, then walked in its order.
                let tmp = from_other((*so).elem, o);
                for (key, hash) in active(tmp) {
                    toggle(key, hash);
                }
                object::decref(tmp.cast());
            }
        }
    }
}

/// `so ^ o`, a new set (CPython's `set_symmetric_difference`: a set of
/// `o`'s items, updated with `so`).
///
/// # Safety
/// As for [`intersection`].
unsafe fn symmetric_difference(so: *mut Set, o: &Other) -> *mut Set {
    // SAFETY: forwarded.
    unsafe {
        let r = from_other((*so).elem, o);
        symmetric_difference_update(r, &Other::Set(so));
        r
    }
}

/// Whether every key of `a` is in `b`.
///
/// # Safety
/// Live sets of one kind.
unsafe fn is_subset(a: *const Set, b: *const Set) -> bool {
    // SAFETY: forwarded.
    unsafe {
        (*a).len <= (*b).len
            && table(a)
                .iter()
                .all(|e| e.state != ACTIVE || contains(b, e.key, e.hash))
    }
}

/// Python `==` of two sets (any order).
///
/// # Safety
/// Live sets of one kind.
pub(crate) unsafe fn sets_eq(a: *const Set, b: *const Set) -> bool {
    // SAFETY: forwarded.
    unsafe { (*a).len == (*b).len && is_subset(a, b) }
}

/// Writes `repr(s)`: `{1, 2}`, or `set()` when empty.
///
/// # Safety
/// `s` is a live set.
pub(crate) unsafe fn write_repr(s: *const Set, out: &mut Vec<u8>) {
    // SAFETY: live set (caller); its keys are live.
    unsafe {
        if (*s).len == 0 {
            out.extend_from_slice(b"set()");
            return;
        }
        out.push(b'{');
        for (i, (key, _)) in active(s).into_iter().enumerate() {
            if i > 0 {
                out.extend_from_slice(b", ");
            }
            list_obj::write_item_repr((*s).elem, key, &mut Vec::new(), out);
        }
        out.push(b'}');
    }
}

/// Raises `KeyError(key)` (its message is `repr(key)`).
///
/// # Safety
/// `key` is a valid slot value of kind `elem`.
unsafe fn key_error(elem: Elem, key: u64) {
    // SAFETY: forwarded.
    unsafe { exc::raise_key_error(elem, key) };
}

/// `Set *pyaot_set_new(uint32_t elem)`: a new empty set of element kind
/// `elem` (an `Elem` code).
#[no_mangle]
pub extern "C" fn pyaot_set_new(elem: u32) -> *mut Set {
    let Some(elem) = Elem::from_raw(elem) else {
        heap::fatal(b"fatal error: pyaot_set_new: invalid element kind\n");
    };
    new(elem)
}

/// `Set *pyaot_set_from(uint32_t elem, void *iterable)`: `set(iterable)`
/// for a set, dict (its keys) or list.
///
/// # Safety
/// `iterable` is a live set, dict or list of kind `elem`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_from(elem: u32, iterable: *const Header) -> *mut Set {
    let s = pyaot_set_new(elem);
    // SAFETY: forwarded.
    unsafe { update(s, &other(iterable)) };
    s
}

/// `void pyaot_set_add(Set *s, uint64_t key)`: `s.add(key)`; borrows `key`.
///
/// # Safety
/// `s` is a live set; `key` a valid slot value of its kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_add(s: *mut Set, key: u64) {
    // SAFETY: forwarded.
    unsafe { add_entry(s, key, hash_of(s, key)) }
}

/// `uint8_t pyaot_set_contains(const Set *s, uint64_t key)`: `key in s`.
///
/// # Safety
/// As for [`pyaot_set_add`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_contains(s: *const Set, key: u64) -> u8 {
    // SAFETY: forwarded.
    unsafe { contains(s, key, hash_of(s, key)) as u8 }
}

/// `void pyaot_set_discard(Set *s, uint64_t key)`: `s.discard(key)`.
///
/// # Safety
/// As for [`pyaot_set_add`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_discard(s: *mut Set, key: u64) {
    // SAFETY: forwarded.
    unsafe { discard_entry(s, key, hash_of(s, key)) };
}

/// `uint8_t pyaot_set_remove(Set *s, uint64_t key)`: `s.remove(key)`; 0,
/// or 1 with `KeyError(key)` raised.
///
/// # Safety
/// As for [`pyaot_set_add`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_remove(s: *mut Set, key: u64) -> u8 {
    // SAFETY: forwarded.
    unsafe {
        if discard_entry(s, key, hash_of(s, key)) {
            return 0;
        }
        key_error((*s).elem, key);
    }
    1
}

/// `uint8_t pyaot_set_pop(Set *s, uint64_t *out)`: `s.pop()`, the key
/// (owned) written to `out`; 1 with KeyError 'pop from an empty set'.
///
/// # Safety
/// `s` is a live set; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_pop(s: *mut Set, out: *mut u64) -> u8 {
    // SAFETY: live set (caller); a non-empty table has an active entry.
    unsafe {
        if (*s).len == 0 {
            exc::raise_owned(
                ExcKind::KeyError,
                str_obj::new(b"'pop from an empty set'"),
                ExitArg::None,
                ExcArg::Verbatim,
            );
            return 1;
        }
        let mask = (*s).mask;
        let mut i = (*s).finger & mask;
        while (*(*s).table.add(i)).state != ACTIVE {
            i = if i == mask { 0 } else { i + 1 };
        }
        let e = &mut *(*s).table.add(i);
        out.write(e.key);
        *e = Entry {
            hash: -1,
            key: 0,
            state: DUMMY,
        };
        (*s).len -= 1;
        (*s).finger = i + 1;
        0
    }
}

/// `void pyaot_set_clear(Set *s)`: `s.clear()`.
///
/// # Safety
/// `s` is a live set.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_clear(s: *mut Set) {
    // SAFETY: forwarded.
    unsafe { clear(s) }
}

/// `Set *pyaot_set_copy(Set *s)`: `s.copy()`.
///
/// # Safety
/// `s` is a live set.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_copy(s: *mut Set) -> *mut Set {
    // SAFETY: forwarded.
    unsafe { copy(s) }
}

/// `void pyaot_set_update(Set *s, void *other)`: `s.update(other)` and
/// `s |= other`, for a set, dict or list.
///
/// # Safety
/// `s` is a live set; `other` a live set, dict or list of its kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_update(s: *mut Set, o: *const Header) {
    // SAFETY: forwarded.
    unsafe { update(s, &other(o)) }
}

/// `Set *pyaot_set_union(Set *s, void *other)`: `s | other` and
/// `s.union(other)`: a copy of `s` updated with `other` unless it is `s`.
///
/// # Safety
/// As for [`pyaot_set_update`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_union(s: *mut Set, o: *const Header) -> *mut Set {
    // SAFETY: forwarded.
    unsafe {
        let r = copy(s);
        pyaot_set_union_update(r, s, o);
        r
    }
}

/// `void pyaot_set_union_update(Set *r, const Set *s, void *other)`: one
/// argument of `s.union(...)` added to the result `r` (a copy of `s`),
/// skipped when it is `s` itself, as CPython does.
///
/// # Safety
/// As for [`pyaot_set_update`]; `s` is a live set.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_union_update(r: *mut Set, s: *const Set, o: *const Header) {
    if core::ptr::eq(o, s.cast()) {
        return;
    }
    // SAFETY: forwarded.
    unsafe { update(r, &other(o)) }
}

/// `Set *pyaot_set_intersection(Set *s, void *other)`: `s & other`.
///
/// # Safety
/// As for [`pyaot_set_update`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_intersection(s: *mut Set, o: *const Header) -> *mut Set {
    // SAFETY: forwarded.
    unsafe { intersection(s, &other(o)) }
}

/// `void pyaot_set_assign(Set *s, Set *from)`: makes `s` hold `from`'s
/// table (swapping bodies, as `intersection_update` does in CPython);
/// borrows both.
///
/// # Safety
/// Live sets of one kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_assign(s: *mut Set, from: *mut Set) {
    if s == from {
        return;
    }
    // SAFETY: live sets (caller); swapping keeps each owning one table.
    unsafe {
        core::ptr::swap(&mut (*s).table, &mut (*from).table);
        core::ptr::swap(&mut (*s).mask, &mut (*from).mask);
        core::ptr::swap(&mut (*s).fill, &mut (*from).fill);
        core::ptr::swap(&mut (*s).len, &mut (*from).len);
    }
}

/// `void pyaot_set_intersection_update(Set *s, void *other)`: `s &= other`.
///
/// # Safety
/// As for [`pyaot_set_update`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_intersection_update(s: *mut Set, o: *const Header) {
    // SAFETY: forwarded.
    unsafe {
        let tmp = intersection(s, &other(o));
        pyaot_set_assign(s, tmp);
        object::decref(tmp.cast());
    }
}

/// `Set *pyaot_set_difference(Set *s, void *other)`: `s - other`.
///
/// # Safety
/// As for [`pyaot_set_update`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_difference(s: *mut Set, o: *const Header) -> *mut Set {
    // SAFETY: forwarded.
    unsafe { difference(s, &other(o)) }
}

/// `void pyaot_set_difference_update(Set *s, void *other)`: `s -= other`.
///
/// # Safety
/// As for [`pyaot_set_update`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_difference_update(s: *mut Set, o: *const Header) {
    // SAFETY: forwarded.
    unsafe { difference_update(s, &other(o)) }
}

/// `Set *pyaot_set_symmetric_difference(Set *s, void *other)`: `s ^ other`.
///
/// # Safety
/// As for [`pyaot_set_update`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_symmetric_difference(s: *mut Set, o: *const Header) -> *mut Set {
    // SAFETY: forwarded.
    unsafe { symmetric_difference(s, &other(o)) }
}

/// `void pyaot_set_symmetric_difference_update(Set *s, void *other)`:
/// `s ^= other`.
///
/// # Safety
/// As for [`pyaot_set_update`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_symmetric_difference_update(s: *mut Set, o: *const Header) {
    // SAFETY: forwarded.
    unsafe { symmetric_difference_update(s, &other(o)) }
}

/// `uint8_t pyaot_set_issubset(Set *s, void *other)`: `s.issubset(other)`.
///
/// # Safety
/// As for [`pyaot_set_update`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_issubset(s: *mut Set, o: *const Header) -> u8 {
    // SAFETY: forwarded.
    unsafe {
        match other(o) {
            Other::Set(b) => is_subset(s, b) as u8,
            o => {
                let tmp = from_other((*s).elem, &o);
                let r = is_subset(s, tmp);
                object::decref(tmp.cast());
                r as u8
            }
        }
    }
}

/// `uint8_t pyaot_set_issuperset(Set *s, void *other)`:
/// `s.issuperset(other)`.
///
/// # Safety
/// As for [`pyaot_set_update`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_issuperset(s: *mut Set, o: *const Header) -> u8 {
    // SAFETY: forwarded.
    unsafe {
        match other(o) {
            Other::Set(b) => is_subset(b, s) as u8,
            o => items_of(&o)
                .into_iter()
                .all(|key| contains(s, key, hash_of(s, key))) as u8,
        }
    }
}

/// `uint8_t pyaot_set_isdisjoint(Set *s, void *other)`:
/// `s.isdisjoint(other)`.
///
/// # Safety
/// As for [`pyaot_set_update`].
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_isdisjoint(s: *mut Set, o: *const Header) -> u8 {
    // SAFETY: forwarded.
    unsafe {
        let o = other(o);
        let keys = items_of(&o);
        !keys
            .into_iter()
            .any(|key| contains(s, key, hash_of(s, key))) as u8
    }
}

/// `uint8_t pyaot_set_compare(Set *a, Set *b, int32_t op)`: a rich
/// comparison with CPython's codes (0 `<`, 1 `<=`, 2 `==`, 3 `!=`, 4 `>`,
/// 5 `>=`): equality, or subset and superset tests.
///
/// # Safety
/// Live sets of one kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_compare(a: *const Set, b: *const Set, op: i32) -> u8 {
    // SAFETY: forwarded.
    unsafe {
        let r = match op {
            0 => (*a).len < (*b).len && is_subset(a, b),
            1 => is_subset(a, b),
            2 => sets_eq(a, b),
            3 => !sets_eq(a, b),
            4 => (*a).len > (*b).len && is_subset(b, a),
            _ => is_subset(b, a),
        };
        r as u8
    }
}

/// `List *pyaot_set_to_list(const Set *s)`: the elements in iteration
/// order (what `for x in s`, `list(s)` and `sorted(s)` walk).
///
/// # Safety
/// `s` is a live set.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_to_list(s: *const Set) -> *mut List {
    // SAFETY: live set (caller); the list takes its own references.
    unsafe {
        let elem = (*s).elem;
        let keys = active(s);
        let l = list_obj::new(elem, keys.len());
        for (key, _) in keys {
            list_obj::incref_item(elem, key);
            list_obj::push_owned(l, key);
        }
        l
    }
}

/// `Str *pyaot_set_repr(const Set *s)`: `repr(s)`.
///
/// # Safety
/// `s` is a live set.
#[no_mangle]
pub unsafe extern "C" fn pyaot_set_repr(s: *const Set) -> *mut Str {
    let mut out = Vec::new();
    // SAFETY: forwarded.
    unsafe { write_repr(s, &mut out) };
    str_obj::new(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_raised, ints, text};
    use std::string::String;

    fn set_of(values: &[i64]) -> *mut Set {
        let s = pyaot_set_new(Elem::Int as u32);
        for &v in values {
            // SAFETY: a live set of ints.
            unsafe { pyaot_set_add(s, v as u64) };
        }
        s
    }

    fn repr(s: *const Set) -> String {
        // SAFETY: a live set.
        text(unsafe { pyaot_set_repr(s) })
    }

    #[test]
    fn order_matches_cpython() {
        // python3 -c "print({5, 3, 100, 8, 1})"  -> {1, 3, 100, 5, 8}
        assert_eq!(repr(set_of(&[5, 3, 100, 8, 1])), "{1, 3, 100, 5, 8}");
        // python3 -c "s = {0, 8, 16, 24}; s.remove(0); s.remove(16); s.add(32); print(s)"
        //   -> {32, 8, 24}
        let s = set_of(&[0, 8, 16, 24]);
        // SAFETY: a live set of ints.
        unsafe {
            pyaot_set_remove(s, 0);
            pyaot_set_remove(s, 16);
            pyaot_set_add(s, 32);
        }
        assert_eq!(repr(s), "{32, 8, 24}");
        assert_eq!(repr(set_of(&[])), "set()");
    }

    #[test]
    fn pop_keeps_its_finger_across_clear() {
        // python3 -c "a = {1, 2, 3, 4}; print(a.pop()); a.clear();
        //   a.update([9, 10, 1, 2]); print(a.pop(), a)"  -> 1 / 10 {9, 2, 1}
        let a = set_of(&[1, 2, 3, 4]);
        let mut out = 0;
        // SAFETY: a live set; `out` is writable.
        unsafe {
            assert_eq!(pyaot_set_pop(a, &mut out), 0);
            assert_eq!(out, 1);
            pyaot_set_clear(a);
            pyaot_set_update(a, ints(&[9, 10, 1, 2]).cast());
            assert_eq!(pyaot_set_pop(a, &mut out), 0);
        }
        assert_eq!(out, 10);
        assert_eq!(repr(a), "{9, 2, 1}");
    }

    #[test]
    fn errors_are_key_errors() {
        let s = set_of(&[]);
        let mut out = 0;
        // SAFETY: a live set; `out` is writable.
        unsafe {
            // python3 -c "set().pop()"  -> KeyError: 'pop from an empty set'
            assert_eq!(pyaot_set_pop(s, &mut out), 1);
            assert_raised(ExcKind::KeyError, "'pop from an empty set'");
            // python3 -c "set().remove(7)"  -> KeyError: 7
            assert_eq!(pyaot_set_remove(s, 7), 1);
            assert_raised(ExcKind::KeyError, "7");
        }
    }
}
