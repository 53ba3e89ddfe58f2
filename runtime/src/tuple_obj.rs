//! The `tuple` object: a fixed number of 8-byte slots, each with its own
//! kind, never changed after construction. Also the other things that make
//! or take tuples apart: `divmod`, and the length check of unpacking a list.
//!
//! Layout (fixed by the ABI; compiled code reads `len` and the slots, and
//! fills the slots of a fresh tuple): the [`Header`] (kind 5), offset 16
//! `len: u64`, offset 24 `kinds: *const u8`, offset 32 the `len` slots.
//! `kinds` points to a static NUL-terminated string of `len` type codes,
//! one per slot, which the compiler emits as read-only data (it is never
//! freed): `i` int, `f` float, `b` bool, `s` str, `n` None, `l` list, `d`
//! dict, `t` tuple (the library-mode type codes; a nested list, dict or
//! tuple describes its own contents). A tuple whose length only the
//! running program knows (a `tuple[T, ...]` made from a list, a slice, a
//! repetition) has the two codes `*` and T's code: every slot is a T. Slots are encoded as list slots
//! ([`Elem`]); str, list, dict and tuple slots own a reference.
//!
//! **Invariants:** a tuple is born with every slot 0 ([`pyaot_tuple_new`]),
//! which is a valid value of every kind (0, 0.0, False, None, or a NULL
//! reference that decref ignores), so a tuple released half-built (an
//! exception while its items are computed) frees correctly. Its creator
//! fills the slots before anyone else sees it; afterwards it never changes.
//!
//! Equality and ordering are `list_compare`'s (lexicographic, like
//! CPython's `tuple_richcompare`); a tuple of hashable items is a dict key,
//! hashed here consistently with `==` across int, float and bool.

use crate::exc::{self, ExcKind};
use crate::list_compare;
use crate::list_obj::{self, Elem, List};
use crate::num;
use crate::object::{Header, KIND_TUPLE};
use crate::sink::ByteSink;
use crate::str_obj::{self, Str};
use crate::{heap, int_text, slice};
use alloc::vec::Vec;
use core::mem::offset_of;

/// A tuple object; the slots follow in the same allocation (a C flexible
/// array member).
#[repr(C)]
pub struct Tuple {
    pub header: Header,
    /// Number of slots.
    pub len: u64,
    /// `len` type codes and a NUL, static.
    pub kinds: *const u8,
    slots: [u64; 0],
}

const _: () = assert!(offset_of!(Tuple, len) == 16);
const _: () = assert!(offset_of!(Tuple, kinds) == 24);
const _: () = assert!(offset_of!(Tuple, slots) == 32);

/// The element kind of a type code (an unknown code reads as None, which
/// owns nothing).
pub(crate) fn elem_of_code(code: u8) -> Elem {
    match code {
        b'i' => Elem::Int,
        b'f' => Elem::Float,
        b'b' => Elem::Bool,
        b's' => Elem::Str,
        b'l' => Elem::List,
        b'd' => Elem::Dict,
        b't' => Elem::Tuple,
        b'e' => Elem::Set,
        b'c' => Elem::Obj,
        b'y' => Elem::Bytes,
        b'q' => Elem::Deque,
        _ => Elem::None,
    }
}

/// The one-item type code string of an element kind: the inverse of
/// [`elem_of_code`], kept beside it so the two tables agree.
pub(crate) fn code_of_elem(elem: Elem) -> &'static core::ffi::CStr {
    match elem {
        Elem::Int => c"i",
        Elem::Float => c"f",
        Elem::Bool => c"b",
        Elem::Str => c"s",
        Elem::List => c"l",
        Elem::None => c"n",
        Elem::Dict => c"d",
        Elem::Tuple => c"t",
        Elem::Obj => c"c",
        Elem::Set => c"e",
        Elem::Bytes => c"y",
        Elem::Deque => c"q",
    }
}

/// A new tuple of `len` zero slots whose type codes are `kinds`.
pub fn new(len: usize, kinds: *const u8) -> *mut Tuple {
    let Some(bytes) = len
        .checked_mul(8)
        .and_then(|n| n.checked_add(offset_of!(Tuple, slots)))
        .filter(|&b| b <= isize::MAX as usize)
    else {
        heap::out_of_memory();
    };
    let t = heap::alloc_or_die(bytes).cast::<Tuple>();
    // SAFETY: a fresh block of `bytes` bytes, 16-aligned by malloc: the
    // fixed fields, then room for `len` slots.
    unsafe {
        t.write(Tuple {
            header: Header::new(KIND_TUPLE),
            len: len as u64,
            kinds,
            slots: [],
        });
        core::ptr::write_bytes(slots_ptr(t), 0, len);
    }
    t
}

/// The first slot of `t`.
///
/// # Safety
/// `t` points to a tuple allocation.
pub(crate) unsafe fn slots_ptr(t: *mut Tuple) -> *mut u64 {
    // SAFETY: the slots follow the fixed fields (caller).
    unsafe { t.cast::<u8>().add(offset_of!(Tuple, slots)).cast() }
}

/// A new tuple holding `slots`, taking over the references they own.
///
/// # Safety
/// `kinds` is a static string of `slots.len()` type codes that describe
/// the slots.
pub(crate) unsafe fn from_slots(kinds: *const u8, slots: &[u64]) -> *mut Tuple {
    let t = new(slots.len(), kinds);
    // SAFETY: a fresh tuple with room for `slots.len()` slots.
    unsafe { core::ptr::copy_nonoverlapping(slots.as_ptr(), slots_ptr(t), slots.len()) };
    t
}

/// The slots of `t`.
///
/// # Safety
/// `t` is a live tuple.
pub(crate) unsafe fn slots<'a>(t: *const Tuple) -> &'a [u64] {
    // SAFETY: live tuple (caller): `len` initialized slots follow.
    unsafe { core::slice::from_raw_parts(slots_ptr(t.cast_mut()), (*t).len as usize) }
}

/// The kind of slot `i` of `t`.
///
/// # Safety
/// `t` is a live tuple and `i < len`.
pub(crate) unsafe fn kind_at(t: *const Tuple, i: usize) -> Elem {
    // SAFETY: `kinds` holds `len` codes, or `*` and one code (invariant,
    // caller).
    unsafe {
        let kinds = (*t).kinds;
        if *kinds == b'*' {
            return elem_of_code(*kinds.add(1));
        }
        elem_of_code(*kinds.add(i))
    }
}

/// The slots of `t` with their kinds.
///
/// # Safety
/// `t` is a live tuple.
pub(crate) unsafe fn items<'a>(t: *const Tuple) -> impl Iterator<Item = (Elem, u64)> + 'a {
    // SAFETY: live tuple (caller).
    let slots = unsafe { slots(t) };
    slots
        .iter()
        .enumerate()
        // SAFETY: `i < len`.
        .map(move |(i, &slot)| (unsafe { kind_at(t, i) }, slot))
}

/// Frees a tuple whose refcount reached zero, dropping its items.
///
/// # Safety
/// `t` is a live, mortal, unreferenced tuple.
pub unsafe fn dealloc(t: *mut Tuple) {
    // SAFETY: the tuple owns its reference slots (NULL ones are ignored).
    unsafe {
        for (elem, slot) in items(t) {
            list_obj::decref_item(elem, slot);
        }
        heap::free(t.cast());
    }
}

/// `hash(t)`, exactly CPython 3.11's `tuplehash` (xxHash's 64-bit round
/// over the items' hashes, `py_hash`), so that sets of tuples iterate in
/// CPython's order; consistent with `==` (items that compare equal across
/// int, float and bool hash alike). Never -1 (nor `u64::MAX`, which dicts
/// reserve).
///
/// # Safety
/// `t` is a live tuple of hashable items (no lists or dicts: the compiler
/// rejects them as keys).
pub(crate) unsafe fn hash(t: *const Tuple) -> u64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    // SAFETY: live tuple (caller); its items are live.
    unsafe {
        for (elem, slot) in items(t) {
            let lane = crate::py_hash::slot(elem, slot) as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31).wrapping_mul(P1);
        }
        // The length, mangled to keep the historical `hash(())`.
        acc = acc.wrapping_add((*t).len ^ (P5 ^ 3_527_539));
    }
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc
    }
}

/// Writes `repr(t)`: `()`, `(1,)`, `(1, 'a')`. `active` as for
/// `list_obj::write_item_repr` (a tuple reached again through a list it
/// contains prints as `(...)`, like CPython).
///
/// # Safety
/// `t` is a live tuple.
pub(crate) unsafe fn write_repr(
    t: *const Tuple,
    active: &mut Vec<*const Header>,
    out: &mut Vec<u8>,
) {
    if active.contains(&t.cast()) {
        out.put(b"(...)");
        return;
    }
    active.push(t.cast());
    out.put_byte(b'(');
    // SAFETY: live tuple (caller); its slots are valid values of their kinds.
    unsafe {
        for (n, (elem, slot)) in items(t).enumerate() {
            if n > 0 {
                out.put(b", ");
            }
            list_obj::write_item_repr(elem, slot, active, out);
        }
        if (*t).len == 1 {
            out.put_byte(b',');
        }
    }
    out.put_byte(b')');
    active.pop();
}

/// `Tuple *pyaot_tuple_new(int64_t len, const char *kinds)`: a new tuple
/// (a new reference) of `len` zero slots whose type codes are `kinds`; the
/// caller fills the slots (offset 32 + 8 * i), handing each its reference,
/// before the tuple is used.
///
/// # Safety
/// `kinds` is a static NUL-terminated string of `len` type codes.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_new(len: i64, kinds: *const u8) -> *mut Tuple {
    new(usize::try_from(len).unwrap_or(0), kinds)
}

/// `uint8_t pyaot_tuple_get(const Tuple *t, int64_t i, uint64_t *out)`:
/// `t[i]` of a tuple whose slots have one kind, negative `i` counting from
/// the end. Writes the slot (a new reference for object kinds) and returns
/// 0, or raises IndexError "tuple index out of range" and returns 1.
///
/// # Safety
/// `t` is a live tuple; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_get(t: *const Tuple, i: i64, out: *mut u64) -> u8 {
    // SAFETY: live tuple (caller).
    let slots = unsafe { slots(t) };
    let Some(i) = slice::index(i, slots.len()) else {
        return exc::fail_flag(ExcKind::IndexError, b"tuple index out of range");
    };
    // SAFETY: `i < len`; `out` is writable (caller).
    unsafe {
        list_obj::incref_item(kind_at(t, i), slots[i]);
        out.write(slots[i]);
    }
    0
}

/// `Str *pyaot_tuple_repr(const Tuple *t)`: `repr(t)` (also `str(t)`), a
/// new reference.
///
/// # Safety
/// `t` is a live tuple.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_repr(t: *const Tuple) -> *mut Str {
    let mut out = Vec::new();
    // SAFETY: live tuple (caller).
    unsafe { write_repr(t, &mut Vec::new(), &mut out) };
    str_obj::new(&out)
}

/// `uint8_t pyaot_tuple_richcmp(const Tuple *a, const Tuple *b, uint32_t
/// op)`: `a <op> b` with CPython's operator codes (0 `<`, 1 `<=`, 2 `==`,
/// 3 `!=`, 4 `>`, 5 `>=`): lexicographic, the first unequal pair of items
/// deciding, else the lengths. An unordered deciding pair (a NaN) makes
/// every ordering False, as in CPython.
///
/// # Safety
/// `a` and `b` are live tuples.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_richcmp(a: *const Tuple, b: *const Tuple, op: u32) -> u8 {
    // SAFETY: live tuples (caller).
    let result = unsafe {
        match op {
            2 => list_compare::tuples_eq(a, b),
            3 => !list_compare::tuples_eq(a, b),
            _ => match (op, list_compare::tuples_order(a, b)) {
                (0, Some(order)) => order.is_lt(),
                (1, Some(order)) => order.is_le(),
                (4, Some(order)) => order.is_gt(),
                (5, Some(order)) => order.is_ge(),
                _ => false,
            },
        }
    };
    result as u8
}

/// `uint8_t pyaot_tuple_contains(const Tuple *t, uint64_t item, uint32_t
/// elem)`: `item in t`, where `item` is a slot value of element kind
/// `elem` (an `Elem` code), compared with `==` against each item.
///
/// # Safety
/// `t` is a live tuple; `item` is a valid slot value of kind `elem`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_contains(t: *const Tuple, item: u64, elem: u32) -> u8 {
    let elem = Elem::from_raw(elem).unwrap_or(Elem::None);
    // SAFETY: live tuple and a valid item (caller).
    unsafe { items(t).any(|(k, slot)| list_compare::mixed_slot_eq(k, slot, elem, item)) as u8 }
}

/// `int64_t pyaot_tuple_count(const Tuple *t, uint64_t item, uint32_t
/// elem)`: `t.count(item)`, where `item` is a slot value of element kind
/// `elem`.
///
/// # Safety
/// `t` is a live tuple; `item` is a valid slot value of kind `elem`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_count(t: *const Tuple, item: u64, elem: u32) -> i64 {
    let elem = Elem::from_raw(elem).unwrap_or(Elem::None);
    // SAFETY: live tuple and a valid item (caller).
    unsafe {
        items(t)
            .filter(|&(k, slot)| list_compare::mixed_slot_eq(k, slot, elem, item))
            .count() as i64
    }
}

/// `uint8_t pyaot_tuple_index(const Tuple *t, uint64_t item, uint32_t
/// elem, int64_t *out)`: `t.index(item)`. Writes the first position of an
/// equal item and returns 0, or raises ValueError "tuple.index(x): x not
/// in tuple" and returns 1.
///
/// # Safety
/// `t` is a live tuple; `item` is a valid slot value of kind `elem`; `out`
/// is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_index(
    t: *const Tuple,
    item: u64,
    elem: u32,
    out: *mut i64,
) -> u8 {
    let elem = Elem::from_raw(elem).unwrap_or(Elem::None);
    // SAFETY: live tuple and a valid item (caller).
    let found =
        unsafe { items(t).position(|(k, slot)| list_compare::mixed_slot_eq(k, slot, elem, item)) };
    match found {
        // SAFETY: writable (caller).
        Some(i) => unsafe {
            out.write(i as i64);
            0
        },
        None => exc::fail_flag(ExcKind::ValueError, b"tuple.index(x): x not in tuple"),
    }
}

/// `List *pyaot_tuple_to_list(const Tuple *t, uint32_t elem)`: `list(t)`
/// of a tuple whose items all have element kind `elem`, a new list.
///
/// # Safety
/// `t` is a live tuple whose slots are all of kind `elem`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_to_list(t: *const Tuple, elem: u32) -> *mut List {
    let elem = Elem::from_raw(elem).unwrap_or(Elem::None);
    // SAFETY: live tuple (caller); the list takes its own references.
    unsafe {
        let slots = slots(t);
        let out = list_obj::new(elem, slots.len());
        for &slot in slots {
            list_obj::incref_item(elem, slot);
            list_obj::push_owned(out, slot);
        }
        out
    }
}

/// `Tuple *pyaot_tuple_from_list(const List *l, const char *kinds)`: a
/// new tuple of the items of `l` (`tuple(xs)`), whose type codes are
/// `kinds`: `*` and the code of the list's items.
///
/// # Safety
/// `l` is a live list; `kinds` is a static `*T` code string for its items.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_from_list(l: *const List, kinds: *const u8) -> *mut Tuple {
    // SAFETY: live list (caller); the tuple takes its own references.
    unsafe {
        let elem = list_obj::elem_of(l);
        let slots = list_obj::slots(l);
        for &slot in slots {
            list_obj::incref_item(elem, slot);
        }
        from_slots(kinds, slots)
    }
}

/// `Tuple *pyaot_tuple_concat(const Tuple *a, const Tuple *b, const char
/// *kinds)`: `a + b`, a new tuple whose type codes are `kinds` (`a`'s codes
/// followed by `b`'s).
///
/// # Safety
/// `a` and `b` are live tuples; `kinds` is a static string of their codes.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_concat(
    a: *const Tuple,
    b: *const Tuple,
    kinds: *const u8,
) -> *mut Tuple {
    // SAFETY: live tuples (caller); the new tuple takes its own references.
    unsafe {
        let all: Vec<u64> = items(a)
            .chain(items(b))
            .map(|(elem, slot)| {
                list_obj::incref_item(elem, slot);
                slot
            })
            .collect();
        from_slots(kinds, &all)
    }
}

/// `Tuple *pyaot_divmod_int(int64_t a, int64_t b)`: `divmod(a, b)`, the
/// tuple `(a // b, a % b)` (rounding toward negative infinity). Raises
/// ZeroDivisionError "integer division or modulo by zero", or pyaot's
/// OverflowError for `divmod(-2**63, -1)`, and returns NULL.
#[no_mangle]
pub extern "C" fn pyaot_divmod_int(a: i64, b: i64) -> *mut Tuple {
    if b == 0 {
        return exc::fail_null(
            ExcKind::ZeroDivisionError,
            b"integer division or modulo by zero",
        );
    }
    let Some(mut q) = a.checked_div(b) else {
        return exc::fail_null(
            ExcKind::OverflowError,
            b"integer overflow in 'divmod' (pyaot ints are 64-bit)",
        );
    };
    let mut r = a - q * b;
    if r != 0 && (r < 0) != (b < 0) {
        q -= 1;
        r += b;
    }
    // SAFETY: "ii" describes two int slots.
    unsafe { from_slots(c"ii".as_ptr().cast(), &[q as u64, r as u64]) }
}

/// `Tuple *pyaot_divmod_float(double a, double b)`: `divmod(a, b)` as
/// CPython's `float_divmod`. Raises ZeroDivisionError "float divmod()" and
/// returns NULL when `b` is zero.
#[no_mangle]
pub extern "C" fn pyaot_divmod_float(a: f64, b: f64) -> *mut Tuple {
    if b == 0.0 {
        return exc::fail_null(ExcKind::ZeroDivisionError, b"float divmod()");
    }
    let (q, r) = num::float_div_mod(a, b);
    // SAFETY: "ff" describes two float slots.
    unsafe { from_slots(c"ff".as_ptr().cast(), &[q.to_bits(), r.to_bits()]) }
}

/// `uint8_t pyaot_list_unpack_check(const List *l, int64_t n)`: the length
/// check of `a, b, ... = l` with `n` targets. Returns 0 when `len(l) ==
/// n`; otherwise raises ValueError "too many values to unpack (expected
/// n)" or "not enough values to unpack (expected n, got len)" and returns 1.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_unpack_check(l: *const List, n: i64) -> u8 {
    // SAFETY: live list (caller).
    let len = unsafe { (*l).len } as i64;
    if len == n {
        return 0;
    }
    let mut msg = Vec::new();
    if len > n {
        msg.put(b"too many values to unpack (expected ");
        int_text::write_i64(&mut msg, n);
    } else {
        msg.put(b"not enough values to unpack (expected ");
        int_text::write_i64(&mut msg, n);
        msg.put(b", got ");
        int_text::write_i64(&mut msg, len);
    }
    msg.put_byte(b')');
    exc::fail_flag(ExcKind::ValueError, &msg)
}

/// `uint8_t pyaot_list_unpack_check_star(const List *l, int64_t n)`: the
/// length check of `a, *rest, b = l` with `n` targets besides the starred
/// one. Returns 0 when `len(l) >= n`; otherwise raises ValueError "not
/// enough values to unpack (expected at least n, got len)" and returns 1.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_unpack_check_star(l: *const List, n: i64) -> u8 {
    // SAFETY: live list (caller).
    let len = unsafe { (*l).len } as i64;
    if len >= n {
        return 0;
    }
    let mut msg = Vec::new();
    msg.put(b"not enough values to unpack (expected at least ");
    int_text::write_i64(&mut msg, n);
    msg.put(b", got ");
    int_text::write_i64(&mut msg, len);
    msg.put_byte(b')');
    exc::fail_flag(ExcKind::ValueError, &msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict_obj;
    use crate::object;
    use crate::test_util::{assert_raised, ints, s, text};

    #[test]
    fn hashes_match_cpython() {
        // python3 -c "print(hash((1, 2)), hash(()), hash((1.5, True)), hash(((1, 2), 3)), hash((-1,)))"
        let cases: [(&core::ffi::CStr, &[u64], i64); 4] = [
            (c"ii", &[1, 2], -3_550_055_125_485_641_917),
            (c"", &[], 5_740_354_900_026_072_187),
            (c"fb", &[1.5f64.to_bits(), 1], 1_767_087_712_303_363_268),
            (c"i", &[-1i64 as u64], 8_078_679_518_589_016_365),
        ];
        for (codes, slots, want) in cases {
            // SAFETY: a fresh tuple.
            assert_eq!(unsafe { hash(tuple(codes, slots)) } as i64, want);
        }
        let inner = tuple(c"ii", &[1, 2]);
        // SAFETY: fresh tuples.
        let outer = unsafe { hash(tuple(c"ti", &[inner as u64, 3])) };
        assert_eq!(outer as i64, -333_907_151_259_015_829);
    }

    /// A new tuple of type codes `kinds` holding `slots`
    /// (borrowed: the tuple takes its own references).
    fn tuple(kinds: &'static core::ffi::CStr, slots: &[u64]) -> *mut Tuple {
        let codes = kinds.to_bytes();
        assert_eq!(codes.len(), slots.len());
        // SAFETY: the codes describe the slots (caller).
        unsafe {
            for (&code, &slot) in codes.iter().zip(slots) {
                list_obj::incref_item(elem_of_code(code), slot);
            }
            from_slots(kinds.as_ptr().cast(), slots)
        }
    }

    fn repr(t: *const Tuple) -> std::string::String {
        // SAFETY: a live tuple.
        text(unsafe { pyaot_tuple_repr(t) })
    }

    #[test]
    fn abi_layout_and_zero_slots() {
        // SAFETY: a fresh tuple, read through the ABI's offsets.
        unsafe {
            let t = pyaot_tuple_new(3, c"isl".as_ptr().cast());
            assert_eq!((*t).header.kind, 5);
            assert_eq!(*t.cast::<u64>().add(2), 3);
            assert_eq!(slots(t), &[0, 0, 0]);
            // A half-built tuple (NULL references) frees cleanly.
            *t.cast::<u64>().add(4) = 7;
            object::decref(t.cast());
        }
    }

    #[test]
    fn repr_matches_cpython() {
        // python3 -c "print((), (1,), (1, 'a'), ((2.5, None), [3], True), {'k': (1,)})"
        //   -> () (1,) (1, 'a') ((2.5, None), [3], True) {'k': (1,)}
        let empty = tuple(c"", &[]);
        assert_eq!(repr(empty), "()");
        assert_eq!(repr(tuple(c"i", &[1])), "(1,)");
        assert_eq!(repr(tuple(c"is", &[1, s("a") as u64])), "(1, 'a')");
        let inner = tuple(c"fn", &[2.5f64.to_bits(), 0]);
        let outer = tuple(c"tlb", &[inner as u64, ints(&[3]) as u64, 1]);
        assert_eq!(repr(outer), "((2.5, None), [3], True)");
        let d = dict_obj::pyaot_dict_new(Elem::Str as u32, Elem::Tuple as u32, 0);
        // SAFETY: a live dict; a str key and a tuple value.
        unsafe {
            dict_obj::pyaot_dict_set(d, s("k") as u64, tuple(c"i", &[1]) as u64);
            assert_eq!(text(dict_obj::pyaot_dict_repr(d)), "{'k': (1,)}");
        }
        // python3 -c "l = []; t = (l,); l.append(t); print(t)"  -> ([(...)],)
        let l = list_obj::pyaot_list_new(Elem::Tuple as u32, 0);
        let t = tuple(c"l", &[l as u64]);
        // SAFETY: live list and tuple.
        unsafe { list_obj::pyaot_list_append(l, t as u64) };
        assert_eq!(repr(t), "([(...)],)");
    }

    #[test]
    fn comparisons_match_cpython() {
        let nan = f64::NAN.to_bits();
        let rc = |a: *mut Tuple, b: *mut Tuple| -> std::string::String {
            (0..6)
                // SAFETY: live tuples.
                .map(|op| match unsafe { pyaot_tuple_richcmp(a, b, op) } {
                    0 => '0',
                    _ => '1',
                })
                .collect()
        };
        // rc((1, 'a'), (1, 'b')), rc((1, 2), (1,)), rc((), ()), rc((1,), (1.0,)),
        // rc((float('nan'),), (1.0,)), rc((1, float('nan')), (2, float('nan')))
        //   -> 110100 000111 011001 011001 000100 110100
        let (a, b) = (s("a") as u64, s("b") as u64);
        assert_eq!(rc(tuple(c"is", &[1, a]), tuple(c"is", &[1, b])), "110100");
        assert_eq!(rc(tuple(c"ii", &[1, 2]), tuple(c"i", &[1])), "000111");
        assert_eq!(rc(tuple(c"", &[]), tuple(c"", &[])), "011001");
        let one = 1.0f64.to_bits();
        assert_eq!(rc(tuple(c"i", &[1]), tuple(c"f", &[one])), "011001");
        assert_eq!(rc(tuple(c"f", &[nan]), tuple(c"f", &[one])), "000100");
        assert_eq!(
            rc(tuple(c"if", &[1, nan]), tuple(c"if", &[2, nan])),
            "110100"
        );
        // Lists of tuples sort lexicographically.
        // python3 -c "l = [(2, 'a'), (1, 'b'), (1, 'a'), (1,)]; l.sort(); print(l)"
        let mut slots = Vec::new();
        for (n, t) in [(2, "a"), (1, "b"), (1, "a")] {
            slots.push(tuple(c"is", &[n, s(t) as u64]) as u64);
        }
        slots.push(tuple(c"i", &[1]) as u64);
        let l = crate::test_util::list(Elem::Tuple, &slots);
        // SAFETY: a live list of tuples.
        unsafe { list_compare::pyaot_list_sort(l, 0) };
        assert_eq!(
            crate::test_util::repr(l),
            "[(1,), (1, 'a'), (1, 'b'), (2, 'a')]"
        );
    }

    #[test]
    fn tuple_keys_hash_by_value() {
        // python3 -c "d = {(1, 'a'): 1}; d[(1, 'a')] = 2; d[(2, 'a')] = 3; print(d, (1, 'a') in d, (1, 'b') in d)"
        //   -> {(1, 'a'): 2, (2, 'a'): 3} True False
        let d = dict_obj::pyaot_dict_new(Elem::Tuple as u32, Elem::Int as u32, 0);
        let key = |n: u64, t: &str| tuple(c"is", &[n, s(t) as u64]) as u64;
        // SAFETY: a live dict with tuple keys.
        unsafe {
            dict_obj::pyaot_dict_set(d, key(1, "a"), 1);
            dict_obj::pyaot_dict_set(d, key(1, "a"), 2);
            dict_obj::pyaot_dict_set(d, key(2, "a"), 3);
            assert_eq!(
                text(dict_obj::pyaot_dict_repr(d)),
                "{(1, 'a'): 2, (2, 'a'): 3}"
            );
            assert_eq!(dict_obj::pyaot_dict_contains(d, key(1, "a")), 1);
            assert_eq!(dict_obj::pyaot_dict_contains(d, key(1, "b")), 0);
            // python3 -c "{(1, 'a'): 1}[(5, 'x')]"  -> KeyError: (5, 'x')
            let mut out = 0;
            assert_eq!(dict_obj::pyaot_dict_get(d, key(5, "x"), &mut out), 1);
            assert_raised(ExcKind::KeyError, "(5, 'x')");
        }
        // Equal tuples of different numeric kinds hash alike.
        let ints = tuple(c"ib", &[3, 1]);
        let floats = tuple(c"ff", &[3.0f64.to_bits(), 1.0f64.to_bits()]);
        // SAFETY: live tuples.
        unsafe { assert_eq!(hash(ints), hash(floats)) };
    }

    #[test]
    fn get_contains_and_unpack_messages() {
        let t = tuple(c"iii", &[4, 5, 6]);
        let mut out = 0;
        // SAFETY: a live tuple and list.
        unsafe {
            assert_eq!(pyaot_tuple_get(t, -1, &mut out), 0);
            assert_eq!(out, 6);
            // python3 -c "(4, 5, 6)[3]"  -> IndexError: tuple index out of range
            assert_eq!(pyaot_tuple_get(t, 3, &mut out), 1);
            assert_raised(ExcKind::IndexError, "tuple index out of range");
            assert_eq!(pyaot_tuple_contains(t, 5, Elem::Int as u32), 1);
            assert_eq!(
                pyaot_tuple_contains(t, 5.0f64.to_bits(), Elem::Float as u32),
                1
            );
            assert_eq!(pyaot_tuple_contains(t, 7, Elem::Int as u32), 0);
            // python3 -c "t = (4, 5, 6); print(t.count(5.0), t.index(6)); t.index(7)"
            //   -> 1 2 / ValueError: tuple.index(x): x not in tuple
            assert_eq!(
                pyaot_tuple_count(t, 5.0f64.to_bits(), Elem::Float as u32),
                1
            );
            let mut pos = 0;
            assert_eq!(pyaot_tuple_index(t, 6, Elem::Int as u32, &mut pos), 0);
            assert_eq!(pos, 2);
            assert_eq!(pyaot_tuple_index(t, 7, Elem::Int as u32, &mut pos), 1);
            assert_raised(ExcKind::ValueError, "tuple.index(x): x not in tuple");
            let l = ints(&[1, 2]);
            assert_eq!(pyaot_list_unpack_check(l, 2), 0);
            // python3 -c "a, = [1, 2]"  -> ValueError: too many values to unpack (expected 1)
            assert_eq!(pyaot_list_unpack_check(l, 1), 1);
            assert_raised(
                ExcKind::ValueError,
                "too many values to unpack (expected 1)",
            );
            // python3 -c "a, b, c = [1, 2]"
            assert_eq!(pyaot_list_unpack_check(l, 3), 1);
            assert_raised(
                ExcKind::ValueError,
                "not enough values to unpack (expected 3, got 2)",
            );
        }
    }

    #[test]
    fn divmod_matches_cpython() {
        // python3 -c "print(divmod(-7, 2), divmod(7, -2), divmod(6, 3), divmod(-7.5, 2.0), divmod(7.0, -2.0), divmod(-0.0, 1.0))"
        //   -> (-4, 1) (-4, -1) (2, 0) (-4.0, 0.5) (-4.0, -1.0) (-0.0, 0.0)
        assert_eq!(repr(pyaot_divmod_int(-7, 2)), "(-4, 1)");
        assert_eq!(repr(pyaot_divmod_int(7, -2)), "(-4, -1)");
        assert_eq!(repr(pyaot_divmod_int(6, 3)), "(2, 0)");
        assert_eq!(repr(pyaot_divmod_float(-7.5, 2.0)), "(-4.0, 0.5)");
        assert_eq!(repr(pyaot_divmod_float(7.0, -2.0)), "(-4.0, -1.0)");
        assert_eq!(repr(pyaot_divmod_float(-0.0, 1.0)), "(-0.0, 0.0)");
        assert!(pyaot_divmod_int(1, 0).is_null());
        assert_raised(
            ExcKind::ZeroDivisionError,
            "integer division or modulo by zero",
        );
        assert!(pyaot_divmod_float(1.0, 0.0).is_null());
        assert_raised(ExcKind::ZeroDivisionError, "float divmod()");
        assert!(pyaot_divmod_int(i64::MIN, -1).is_null());
        exc::clear();
    }
}
