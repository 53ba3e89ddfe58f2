//! `collections.defaultdict` and `collections.Counter`: dicts with a
//! `__missing__`.
//!
//! Both are ordinary dict objects (`dict_obj.rs`, kind 4) whose `missing`
//! field points to a [`Missing`]: what `d[key]` does for an absent key.
//! So a defaultdict or Counter *is* a dict everywhere (`len`, iteration,
//! methods, `==`, passing one where a `dict` is expected), exactly as in
//! CPython where both subclass `dict`, and only the three places CPython
//! overrides differ: `__missing__` (`pyaot_dict_get`'s miss path calls
//! [`missing`]), `__repr__` ([`write_repr`]) and `copy()` (which keeps the
//! factory). `get`, `in`, `setdefault` and `pop` never call `__missing__`,
//! as in CPython.
//!
//! A defaultdict's factory is either a constant kind (`int`, `float`,
//! `str`, `bool`, `list`, `set`, `dict`: the runtime makes the empty value
//! itself, given the element kinds) or a function object (a lambda or a
//! function), called through a thunk the compiler emits per result type,
//! `uint8_t thunk(Func *f, uint64_t *out)`: it calls `f` with the closure
//! convention and writes its result as slot bits (1 = raised, with the
//! exception pending).
//!
//! Counter's counts are 64-bit ints; arithmetic on them raises
//! OverflowError where CPython would grow the int.

use crate::dict_obj::{self, Dict};
use crate::exc::{self, ExcKind};
use crate::func_obj::{self, Func};
use crate::heap;
use crate::list_obj::{self, Elem, List};
use crate::object::{self, Header};
use crate::sink::ByteSink;
use crate::str_obj;
use crate::tuple_obj;
use alloc::vec::Vec;

/// The compiler's thunk calling a factory function object.
pub type FactoryThunk = unsafe extern "C" fn(*mut Header, *mut u64) -> u8;

/// What `d[key]` does for an absent key.
pub enum Missing {
    /// `Counter.__missing__`: 0, not inserted.
    Counter,
    /// `defaultdict(int|float|str|bool|list|set|dict)`: a new empty value
    /// of the kind, inserted. `a` and `b` are the element kinds of a list
    /// or set (`a`) or a dict (`a`, `b`).
    Const {
        what: ConstFactory,
        a: Elem,
        b: Elem,
    },
    /// `defaultdict(f)`: `f()`, inserted. Owns a reference to `f`.
    Func { f: *mut Header, thunk: FactoryThunk },
}

/// The built-in types a defaultdict may take as its factory (the codes
/// the compiler passes to [`pyaot_defaultdict_new`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ConstFactory {
    Int = 0,
    Float = 1,
    Str = 2,
    Bool = 3,
    List = 4,
    Set = 5,
    Dict = 6,
}

impl ConstFactory {
    fn from_raw(code: u32) -> Option<ConstFactory> {
        use ConstFactory::*;
        [Int, Float, Str, Bool, List, Set, Dict]
            .get(code as usize)
            .copied()
    }

    /// The type's name, as `<class 'list'>` shows it.
    fn name(self) -> &'static [u8] {
        match self {
            ConstFactory::Int => b"int",
            ConstFactory::Float => b"float",
            ConstFactory::Str => b"str",
            ConstFactory::Bool => b"bool",
            ConstFactory::List => b"list",
            ConstFactory::Set => b"set",
            ConstFactory::Dict => b"dict",
        }
    }

    /// A new value of the type (an owned reference for objects), as slot
    /// bits.
    fn make(self, a: Elem, b: Elem) -> u64 {
        match self {
            // 0, 0.0 and False are all-zero slots.
            ConstFactory::Int | ConstFactory::Float | ConstFactory::Bool => 0,
            // Immortal, so the slot's reference costs nothing.
            ConstFactory::Str => str_obj::empty() as u64,
            ConstFactory::List => list_obj::new(a, 0) as u64,
            ConstFactory::Set => crate::set_obj::new(a) as u64,
            ConstFactory::Dict => dict_obj::new(a, b, 0) as u64,
        }
    }
}

/// Attaches `m` to the fresh plain dict `d`.
fn attach(d: *mut Dict, m: Missing) -> *mut Dict {
    let boxed = heap::alloc_or_die(core::mem::size_of::<Missing>()).cast::<Missing>();
    // SAFETY: a fresh block of the right size and alignment (malloc); `d`
    // is a fresh dict the caller owns.
    unsafe {
        boxed.write(m);
        (*d).missing = boxed;
    }
    d
}

/// Frees a dict's `missing` (NULL is a no-op), dropping its factory.
///
/// # Safety
/// `m` is NULL or a `missing` no dict uses any more.
pub(crate) unsafe fn drop_missing(m: *mut Missing) {
    if m.is_null() {
        return;
    }
    // SAFETY: a live Missing (caller), freed once.
    unsafe {
        if let Missing::Func { f, .. } = *m {
            object::decref(f);
        }
        heap::free(m.cast());
    }
}

/// A copy of `m` for a dict's copy (NULL for NULL).
///
/// # Safety
/// `m` is NULL or live.
pub(crate) unsafe fn clone_missing(m: *const Missing) -> Option<Missing> {
    if m.is_null() {
        return None;
    }
    // SAFETY: live (caller); the copy takes its own reference to `f`.
    unsafe {
        Some(match *m {
            Missing::Counter => Missing::Counter,
            Missing::Const { what, a, b } => Missing::Const { what, a, b },
            Missing::Func { f, thunk } => {
                object::incref(f);
                Missing::Func { f, thunk }
            }
        })
    }
}

/// Gives the copy `out` of a dict the `missing` of `d` (`d.copy()` of a
/// defaultdict or Counter is one too).
///
/// # Safety
/// `d` and `out` are live dicts; `out` has no `missing`.
pub(crate) unsafe fn copy_missing(d: *const Dict, out: *mut Dict) {
    // SAFETY: live dicts (caller).
    unsafe {
        if let Some(m) = clone_missing((*d).missing) {
            attach(out, m);
        }
    }
}

/// `d[key]` for an absent `key` of a dict with a `missing`: writes the
/// default (a new reference) to `out` and returns 0, or returns 1 with the
/// factory's exception pending.
///
/// # Safety
/// `d` is a live dict whose `missing` is set; `key` is a valid slot value
/// of its key kind, absent from it; `out` is writable.
pub(crate) unsafe fn missing(d: *mut Dict, key: u64, out: *mut u64) -> u8 {
    // SAFETY: live dict with a live `missing` (caller).
    unsafe {
        let value = match *(*d).missing {
            Missing::Counter => {
                out.write(0);
                return 0;
            }
            Missing::Const { what, a, b } => what.make(a, b),
            Missing::Func { f, thunk } => {
                // The factory may drop the dict's last other reference to
                // itself (e.g. by clearing a global); keep it alive.
                object::incref(f);
                let mut v = 0u64;
                let raised = thunk(f, &mut v);
                object::decref(f);
                if raised != 0 {
                    return 1;
                }
                v
            }
        };
        // The factory may have inserted the key itself; CPython's
        // `__missing__` then overwrites it, as storing does here.
        dict_obj::pyaot_dict_set(d, key, value);
        // Our reference to `value` goes to the caller.
        out.write(value);
    }
    0
}

/// The items of a Counter ordered by count, largest first, ties in
/// insertion order (`most_common()`: a stable sort).
///
/// # Safety
/// `c` is a live dict of int values.
unsafe fn by_count(c: *const Dict) -> Vec<(u64, u64)> {
    // SAFETY: live dict (caller).
    let mut items: Vec<(u64, u64)> = unsafe { dict_obj::items(c) }.collect();
    items.sort_by_key(|item| core::cmp::Reverse(item.1 as i64));
    items
}

/// Writes the repr of a dict with a `missing`: `Counter({'a': 2})`,
/// `Counter()`, `defaultdict(<class 'list'>, {'a': [1]})`.
///
/// # Safety
/// `d` is a live dict whose `missing` is set, not in `active`.
pub(crate) unsafe fn write_repr(
    d: *const Dict,
    active: &mut Vec<*const Header>,
    out: &mut Vec<u8>,
) {
    // SAFETY: live dict and `missing` (caller).
    unsafe {
        match *(*d).missing {
            Missing::Counter => write_counter_repr(d, out),
            Missing::Const { what, .. } => {
                out.put(b"defaultdict(<class '");
                out.put(what.name());
                out.put(b"'>, ");
                dict_obj::write_plain_repr(d, active, out);
                out.put_byte(b')');
            }
            Missing::Func { f, .. } => {
                out.put(b"defaultdict(");
                func_obj::write_repr(f.cast::<Func>(), out);
                out.put(b", ");
                dict_obj::write_plain_repr(d, active, out);
                out.put_byte(b')');
            }
        }
    }
}

/// CPython's `Counter.__repr__`: `Counter()` when empty, else the dict of
/// `most_common()`.
///
/// # Safety
/// `c` is a live Counter.
unsafe fn write_counter_repr(c: *const Dict, out: &mut Vec<u8>) {
    // SAFETY: live dict (caller); its slots hold valid values.
    unsafe {
        if (*c).len == 0 {
            out.put(b"Counter()");
            return;
        }
        let (key_kind, _) = dict_obj::kinds(c);
        out.put(b"Counter({");
        for (n, (k, v)) in by_count(c).into_iter().enumerate() {
            if n > 0 {
                out.put(b", ");
            }
            list_obj::write_item_repr(key_kind, k, &mut Vec::new(), out);
            out.put(b": ");
            list_obj::write_item_repr(Elem::Int, v, &mut Vec::new(), out);
        }
        out.put(b"})");
    }
}

/// `Dict *pyaot_defaultdict_new(uint32_t key_kind, uint32_t value_kind,
/// int64_t factory, uint32_t a, uint32_t b)`: an empty defaultdict (a new
/// reference) whose factory is the built-in type `factory` (a
/// [`ConstFactory`] code); `a` and `b` are the element kinds of the list,
/// set or dict it makes (else ignored).
#[no_mangle]
pub extern "C" fn pyaot_defaultdict_new(
    key_kind: u32,
    value_kind: u32,
    factory: i64,
    a: u32,
    b: u32,
) -> *mut Dict {
    let (Some(what), Some(a), Some(b)) = (
        u32::try_from(factory).ok().and_then(ConstFactory::from_raw),
        Elem::from_raw(a),
        Elem::from_raw(b),
    ) else {
        heap::fatal(b"fatal error: pyaot_defaultdict_new: invalid factory\n");
    };
    let d = dict_obj::pyaot_dict_new(key_kind, value_kind, 0);
    attach(d, Missing::Const { what, a, b })
}

/// `Dict *pyaot_defaultdict_new_func(uint32_t key_kind, uint32_t
/// value_kind, Func *f, thunk)`: an empty defaultdict (a new reference)
/// whose factory is the function object `f` (borrowed), called through
/// `thunk`.
///
/// # Safety
/// `f` is a live function object taking no arguments whose result has the
/// value kind; `thunk` calls it.
#[no_mangle]
pub unsafe extern "C" fn pyaot_defaultdict_new_func(
    key_kind: u32,
    value_kind: u32,
    f: *mut Header,
    thunk: FactoryThunk,
) -> *mut Dict {
    // SAFETY: live function object (caller); the dict owns a reference.
    unsafe { object::incref(f) };
    let d = dict_obj::pyaot_dict_new(key_kind, value_kind, 0);
    attach(d, Missing::Func { f, thunk })
}

/// `Dict *pyaot_defaultdict_fill(Dict *d, const Dict *items)`:
/// `defaultdict(f, items)`: stores `items` in the fresh defaultdict `d` in
/// their order and returns `d` as a new reference (both arguments are
/// borrowed).
///
/// # Safety
/// `d` and `items` are live dicts of the same kinds.
#[no_mangle]
pub unsafe extern "C" fn pyaot_defaultdict_fill(d: *mut Dict, items: *const Dict) -> *mut Dict {
    // SAFETY: live dicts (caller).
    unsafe {
        dict_obj::pyaot_dict_update(d, items);
        object::incref(d.cast());
    }
    d
}

/// `Dict *pyaot_counter_new(uint32_t key_kind)`: an empty Counter (a new
/// reference): a dict of int values whose missing keys read as 0.
#[no_mangle]
pub extern "C" fn pyaot_counter_new(key_kind: u32) -> *mut Dict {
    let d = dict_obj::pyaot_dict_new(key_kind, Elem::Int as u32, 0);
    attach(d, Missing::Counter)
}

/// `Dict *pyaot_dict_copy_plain(const Dict *d)`: `dict(d)`, a plain dict
/// (a new reference) with `d`'s items, also for a defaultdict or Counter.
///
/// # Safety
/// `d` is a live dict.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_copy_plain(d: *const Dict) -> *mut Dict {
    // SAFETY: live dict (caller).
    unsafe {
        let (key_kind, value_kind) = dict_obj::kinds(d);
        let out = dict_obj::new(key_kind, value_kind, (*d).len as usize);
        dict_obj::pyaot_dict_update(out, d);
        out
    }
}

/// Adds `delta` to the count of `key` (borrowed), inserting it when
/// absent; false (OverflowError pending) when the count leaves i64.
///
/// # Safety
/// `c` is a live dict of int values; `key` a valid slot of its key kind.
unsafe fn add_count(c: *mut Dict, key: u64, delta: i64) -> bool {
    // SAFETY: live dict (caller).
    unsafe {
        let current = match dict_obj::find(c, key) {
            Some((_, entry)) => dict_obj::entry_mut(c, entry).value as i64,
            None => 0,
        };
        let Some(new) = current.checked_add(delta) else {
            exc::raise(
                ExcKind::OverflowError,
                b"integer overflow in a Counter count (pyaot ints are 64-bit)",
            );
            return false;
        };
        dict_obj::pyaot_dict_set(c, key, new as u64);
        true
    }
}

/// `uint8_t pyaot_counter_add_list(Dict *c, const List *xs, int64_t
/// sign)`: `c.update(xs)` (sign 1) or `c.subtract(xs)` (sign -1): each
/// element's count moves by one. Returns 1 on overflow.
///
/// # Safety
/// `c` is a live Counter; `xs` a live list of its key kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_counter_add_list(c: *mut Dict, xs: *const List, sign: i64) -> u8 {
    // SAFETY: live objects (caller); the list's slots are keys of `c`'s
    // kind, and `c` is not `xs`, so storing leaves the list alone.
    unsafe {
        for &x in list_obj::slots(xs) {
            if !add_count(c, x, sign) {
                return 1;
            }
        }
    }
    0
}

/// `uint8_t pyaot_counter_add_dict(Dict *c, const Dict *m, int64_t
/// sign)`: `c.update(m)` (sign 1) or `c.subtract(m)` (sign -1) for a
/// mapping of counts: each key's count moves by its value. Returns 1 on
/// overflow.
///
/// # Safety
/// `c` is a live Counter; `m` a live dict of the same key kind and int
/// values.
#[no_mangle]
pub unsafe extern "C" fn pyaot_counter_add_dict(c: *mut Dict, m: *const Dict, sign: i64) -> u8 {
    // SAFETY: live dicts (caller). A snapshot, since `m` may be `c`.
    unsafe {
        let items: Vec<(u64, u64)> = dict_obj::items(m).collect();
        for (k, v) in items {
            let Some(delta) = (v as i64).checked_mul(sign) else {
                exc::raise(
                    ExcKind::OverflowError,
                    b"integer overflow in a Counter count (pyaot ints are 64-bit)",
                );
                return 1;
            };
            if !add_count(c, k, delta) {
                return 1;
            }
        }
    }
    0
}

/// `List *pyaot_counter_most_common(const Dict *c, int64_t n, const char
/// *codes)`: `c.most_common(n)` (all items for `n == INT64_MAX`), a new
/// list of new `(key, count)` tuples of type codes `codes`, largest count
/// first and ties in insertion order (CPython's `sorted` and
/// `heapq.nlargest` are both stable); negative `n` gives `[]`.
///
/// # Safety
/// `c` is a live Counter; `codes` the static codes of `tuple[K, int]`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_counter_most_common(
    c: *const Dict,
    n: i64,
    codes: *const u8,
) -> *mut List {
    // SAFETY: live dict (caller); the tuples take their own references.
    unsafe {
        let (key_kind, _) = dict_obj::kinds(c);
        let mut items = by_count(c);
        items.truncate(usize::try_from(n).unwrap_or(0));
        let out = list_obj::new(Elem::Tuple, items.len());
        for (k, v) in items {
            list_obj::incref_item(key_kind, k);
            let t = tuple_obj::from_slots(codes, &[k, v]);
            list_obj::push_owned(out, t as u64);
        }
        out
    }
}

/// `uint8_t pyaot_counter_total(const Dict *c, int64_t *out)`:
/// `c.total()`, the sum of the counts; 1 on overflow.
///
/// # Safety
/// `c` is a live Counter; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_counter_total(c: *const Dict, out: *mut i64) -> u8 {
    let mut total: i64 = 0;
    // SAFETY: live dict (caller).
    for (_, v) in unsafe { dict_obj::items(c) } {
        let Some(t) = total.checked_add(v as i64) else {
            exc::raise(
                ExcKind::OverflowError,
                b"integer overflow in Counter.total() (pyaot ints are 64-bit)",
            );
            return 1;
        };
        total = t;
    }
    // SAFETY: writable (caller).
    unsafe { out.write(total) };
    0
}

/// `List *pyaot_counter_elements(const Dict *c)`: `list(c.elements())`,
/// each key repeated by its count (keys of counts below one left out), in
/// insertion order.
///
/// # Safety
/// `c` is a live Counter.
#[no_mangle]
pub unsafe extern "C" fn pyaot_counter_elements(c: *const Dict) -> *mut List {
    // SAFETY: live dict (caller); the list takes its own references.
    unsafe {
        let (key_kind, _) = dict_obj::kinds(c);
        let out = list_obj::new(key_kind, 0);
        for (k, v) in dict_obj::items(c) {
            for _ in 0..(v as i64).max(0) {
                list_obj::incref_item(key_kind, k);
                list_obj::push_owned(out, k);
            }
        }
        out
    }
}

/// `Dict *pyaot_counter_combine(const Dict *a, const Dict *b, int64_t
/// sign)`: `a + b` (sign 1), `a - b` (sign -1), `a | b` (2, the larger
/// count) or `a & b` (3, the smaller), CPython's `Counter.__add__`,
/// `__sub__`, `__or__`, `__and__`: a new Counter of the positive results,
/// `a`'s keys first, then `b`'s others (a missing count is 0). NULL
/// (OverflowError) on overflow.
///
/// # Safety
/// `a` and `b` are live Counters of one key kind.
#[no_mangle]
pub unsafe extern "C" fn pyaot_counter_combine(
    a: *const Dict,
    b: *const Dict,
    sign: i64,
) -> *mut Dict {
    // SAFETY: live dicts (caller).
    unsafe {
        let (key_kind, _) = dict_obj::kinds(a);
        let out = pyaot_counter_new(key_kind as u32);
        let lookup = |d: *const Dict, k: u64| -> Option<i64> {
            dict_obj::find(d, k).map(|(_, e)| dict_obj::entry_mut(d, e).value as i64)
        };
        for (k, v) in dict_obj::items(a) {
            let other = lookup(b, k).unwrap_or(0);
            let r = match sign {
                1 => (v as i64).checked_add(other),
                -1 => (v as i64).checked_sub(other),
                2 => Some((v as i64).max(other)),
                _ => Some((v as i64).min(other)),
            };
            let Some(r) = r else {
                object::decref(out.cast());
                return exc::fail_null(
                    ExcKind::OverflowError,
                    b"integer overflow in a Counter count (pyaot ints are 64-bit)",
                );
            };
            if r > 0 {
                dict_obj::pyaot_dict_set(out, k, r as u64);
            }
        }
        for (k, v) in dict_obj::items(b) {
            let v = v as i64;
            if lookup(a, k).is_some() {
                continue;
            }
            // `0 - v` of a negative count cannot overflow; `min(0, v)` is
            // never positive.
            let r = match sign {
                -1 => v.wrapping_neg(),
                3 => 0,
                _ => v,
            };
            if r > 0 {
                dict_obj::pyaot_dict_set(out, k, r as u64);
            }
        }
        out
    }
}

/// Whether two Counters are equal in CPython 3.10+'s sense: every key's
/// count equal, a missing key counting as zero.
///
/// # Safety
/// `a` and `b` are live Counters of one key kind.
pub(crate) unsafe fn counters_eq(a: *const Dict, b: *const Dict) -> bool {
    // SAFETY: live dicts (caller).
    unsafe {
        let covers = |x: *const Dict, y: *const Dict| {
            dict_obj::items(x).all(|(k, v)| {
                let other =
                    dict_obj::find(y, k).map_or(0, |(_, e)| dict_obj::entry_mut(y, e).value as i64);
                v as i64 == other
            })
        };
        covers(a, b) && covers(b, a)
    }
}

/// Whether `d` is a Counter.
///
/// # Safety
/// `d` is a live dict.
pub(crate) unsafe fn is_counter(d: *const Dict) -> bool {
    // SAFETY: live dict (caller).
    unsafe { !(*d).missing.is_null() && matches!(*(*d).missing, Missing::Counter) }
}

/// `Dict *pyaot_counter_from_list(uint32_t key_kind, const List *xs)`:
/// `Counter(xs)`, a new Counter; NULL (OverflowError) never happens in
/// practice but keeps the convention of the counting functions.
///
/// # Safety
/// `xs` is a live list of kind `key_kind`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_counter_from_list(key_kind: u32, xs: *const List) -> *mut Dict {
    let c = pyaot_counter_new(key_kind);
    // SAFETY: forwarded; `c` is fresh.
    if unsafe { pyaot_counter_add_list(c, xs, 1) } != 0 {
        // SAFETY: our reference.
        unsafe { object::decref(c.cast()) };
        return core::ptr::null_mut();
    }
    c
}

/// `Dict *pyaot_counter_from_dict(uint32_t key_kind, const Dict *m)`:
/// `Counter(m)` of a mapping of counts, a new Counter with `m`'s items
/// (NULL on overflow, as for [`pyaot_counter_from_list`]).
///
/// # Safety
/// `m` is a live dict of key kind `key_kind` and int values.
#[no_mangle]
pub unsafe extern "C" fn pyaot_counter_from_dict(key_kind: u32, m: *const Dict) -> *mut Dict {
    let c = pyaot_counter_new(key_kind);
    // SAFETY: forwarded; `c` is fresh.
    if unsafe { pyaot_counter_add_dict(c, m, 1) } != 0 {
        // SAFETY: our reference.
        unsafe { object::decref(c.cast()) };
        return core::ptr::null_mut();
    }
    c
}
