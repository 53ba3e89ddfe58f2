//! List comparison and sorting: `==`, `<` and friends, and `list.sort`;
//! also the per-item ordering and truthiness that `min`, `max`, `any` and
//! `all` (in `seq_builtins`) use.
//!
//! Elements are compared by value according to the list's element kind:
//! ints and bools as integers, floats as `f64` (so NaN is unequal to
//! everything, itself included), strings by code point, bytes by unsigned byte value, lists recursively,
//! dicts as `dict_obj`'s `==` (order-insensitive; dicts are never ordered),
//! tuples like lists (each slot decoded by its own type code), and None
//! equal to None. Mixed numeric kinds (a list[int] against a
//! list[float]) compare exactly, as CPython compares int with float.
//!
//! **Known differences from CPython.** CPython compares list elements with
//! an identity shortcut (`x is y` implies equal), so a list holding the same
//! NaN *object* twice compares equal to itself: `x = float('nan');
//! [x] == [x]` is True there. pyaot's floats are values, not objects, so
//! that is False here. (Strings and lists are objects in both, and the
//! shortcut is kept for them, which also makes a list containing itself
//! equal to itself instead of recursing forever.) Comparing two distinct
//! cyclic lists, where CPython raises RecursionError, recurses without
//! bound. Orderings between element kinds that CPython refuses to order
//! (str against int, None against None) report "unordered"; the compiler
//! rejects such comparisons statically.

use crate::bytes_obj::{self, Bytes};
use crate::deque_obj::{self, Deque};
use crate::dict_obj::{self, Dict};
use crate::instance;
use crate::list_obj::{self, Elem, List};
use crate::object::Header;
use crate::set_obj::{self, Set};
use crate::str_obj::{self, Str};
use crate::tuple_obj::{self, Tuple};
use core::cmp::Ordering;

/// One list element, decoded from its slot.
#[derive(Clone, Copy, Debug)]
enum Item {
    /// An int, or a bool as 0/1.
    Int(i64),
    Float(f64),
    Str(*const Str),
    Bytes(*const Bytes),
    List(*const List),
    Dict(*const Dict),
    Tuple(*const Tuple),
    Set(*const Set),
    Deque(*const Deque),
    None,
    /// An instance of a user class, or None (NULL).
    Obj(*mut Header),
}

impl Item {
    /// Decodes a slot value of kind `elem`.
    fn new(elem: Elem, slot: u64) -> Item {
        match elem {
            Elem::Int | Elem::Bool => Item::Int(slot as i64),
            Elem::Float => Item::Float(f64::from_bits(slot)),
            Elem::Str => Item::Str(slot as usize as *const Str),
            Elem::Bytes => Item::Bytes(slot as usize as *const Bytes),
            Elem::List => Item::List(slot as usize as *const List),
            Elem::Dict => Item::Dict(slot as usize as *const Dict),
            Elem::Tuple => Item::Tuple(slot as usize as *const Tuple),
            Elem::Set => Item::Set(slot as usize as *const Set),
            Elem::Deque => Item::Deque(slot as usize as *const Deque),
            Elem::None => Item::None,
            Elem::Obj => Item::Obj(slot as usize as *mut Header),
        }
    }
}

/// The items of a live list, decoded.
///
/// # Safety
/// `l` is a live list that is not mutated while the iterator is alive.
unsafe fn items<'a>(l: *const List) -> impl Iterator<Item = Item> + 'a {
    // SAFETY: live list (caller).
    let (elem, slots) = unsafe { (list_obj::elem_of(l), list_obj::slots(l)) };
    slots.iter().map(move |&slot| Item::new(elem, slot))
}

/// The items of a live tuple, each decoded by its own type code.
///
/// # Safety
/// `t` is a live tuple.
unsafe fn tuple_items<'a>(t: *const Tuple) -> impl Iterator<Item = Item> + 'a {
    // SAFETY: live tuple (caller); tuples never change.
    unsafe { tuple_obj::items(t) }.map(|(elem, slot)| Item::new(elem, slot))
}

/// Exact comparison of an int with a float, as CPython's `float_richcompare`
/// does it (no rounding of the int); None when `f` is NaN.
pub(crate) fn int_float_cmp(i: i64, f: f64) -> Option<Ordering> {
    // Rounding to f64 is monotonic and `f` is exact, so a difference after
    // rounding is the true order; equal after rounding means `f` is an
    // integer of magnitude at most 2**63, which i128 holds exactly.
    match (i as f64).partial_cmp(&f)? {
        Ordering::Equal => Some((i as i128).cmp(&(f as i128))),
        order => Some(order),
    }
}

/// Python `==` of two items.
///
/// # Safety
/// Str and List items point to live objects.
unsafe fn item_eq(a: Item, b: Item) -> bool {
    match (a, b) {
        (Item::Int(x), Item::Int(y)) => x == y,
        (Item::Float(x), Item::Float(y)) => x == y,
        (Item::Int(i), Item::Float(f)) | (Item::Float(f), Item::Int(i)) => {
            int_float_cmp(i, f) == Some(Ordering::Equal)
        }
        // SAFETY: live strings (caller).
        (Item::Str(x), Item::Str(y)) => {
            core::ptr::eq(x, y) || unsafe { str_obj::bytes(x) == str_obj::bytes(y) }
        }
        // SAFETY: live bytes objects (caller).
        (Item::Bytes(x), Item::Bytes(y)) => {
            core::ptr::eq(x, y) || unsafe { bytes_obj::data(x) == bytes_obj::data(y) }
        }
        // SAFETY: live lists (caller).
        (Item::List(x), Item::List(y)) => core::ptr::eq(x, y) || unsafe { lists_eq(x, y) },
        // SAFETY: live dicts (caller).
        (Item::Dict(x), Item::Dict(y)) => {
            core::ptr::eq(x, y) || unsafe { dict_obj::dicts_eq(x, y) }
        }
        // SAFETY: live tuples (caller).
        (Item::Tuple(x), Item::Tuple(y)) => core::ptr::eq(x, y) || unsafe { tuples_eq(x, y) },
        // SAFETY: live sets (caller).
        (Item::Set(x), Item::Set(y)) => core::ptr::eq(x, y) || unsafe { set_obj::sets_eq(x, y) },
        // SAFETY: live deques (caller).
        (Item::Deque(x), Item::Deque(y)) => unsafe { deque_obj::deques_eq(x, y) },
        (Item::None, Item::None) => true,
        // SAFETY: live instances (caller). An `__eq__` that raised leaves
        // the exception pending for the caller's caller.
        (Item::Obj(x), Item::Obj(y)) => unsafe { instance::obj_eq(x, y) }.unwrap_or(false),
        _ => false,
    }
}

/// Python `==` of two sequences of items of lengths `alen` and `blen`.
///
/// # Safety
/// The items' objects are live.
unsafe fn seqs_eq(
    alen: u64,
    a: impl Iterator<Item = Item>,
    blen: u64,
    b: impl Iterator<Item = Item>,
) -> bool {
    // SAFETY: live items (caller).
    alen == blen && a.zip(b).all(|(x, y)| unsafe { item_eq(x, y) })
}

/// The lexicographic order of two sequences (see [`lists_order`]).
///
/// # Safety
/// The items' objects are live.
unsafe fn seqs_order(
    alen: u64,
    a: impl Iterator<Item = Item>,
    blen: u64,
    b: impl Iterator<Item = Item>,
) -> Option<Ordering> {
    // SAFETY: live items (caller).
    unsafe {
        let mut pairs = a.zip(b);
        match pairs.find(|&(x, y)| !item_eq(x, y)) {
            Some((x, y)) => item_order(x, y),
            None => Some(alen.cmp(&blen)),
        }
    }
}

/// Python `==` of two tuples: equal lengths and pairwise equal items.
///
/// # Safety
/// `a` and `b` are live tuples.
pub(crate) unsafe fn tuples_eq(a: *const Tuple, b: *const Tuple) -> bool {
    // SAFETY: live tuples (caller); their items are live.
    unsafe { seqs_eq((*a).len, tuple_items(a), (*b).len, tuple_items(b)) }
}

/// CPython's `tuple_richcompare` for the ordering operators, as for lists
/// ([`lists_order`]).
///
/// # Safety
/// `a` and `b` are live tuples.
pub(crate) unsafe fn tuples_order(a: *const Tuple, b: *const Tuple) -> Option<Ordering> {
    // SAFETY: live tuples (caller); their items are live.
    unsafe { seqs_order((*a).len, tuple_items(a), (*b).len, tuple_items(b)) }
}

/// Python `==` of two lists: equal lengths and pairwise equal items.
///
/// # Safety
/// `a` and `b` are live lists.
pub(crate) unsafe fn lists_eq(a: *const List, b: *const List) -> bool {
    // SAFETY: live lists (caller); their items are live.
    unsafe { seqs_eq((*a).len, items(a), (*b).len, items(b)) }
}

/// Python's ordering of two items: Less or Greater, Equal when both `<=`
/// and `>=` hold, or None when neither `<` nor `>` holds (a NaN, or kinds
/// without an order, such as None against None).
///
/// # Safety
/// Str and List items point to live objects.
unsafe fn item_order(a: Item, b: Item) -> Option<Ordering> {
    match (a, b) {
        (Item::Int(x), Item::Int(y)) => Some(x.cmp(&y)),
        (Item::Float(x), Item::Float(y)) => x.partial_cmp(&y),
        (Item::Int(i), Item::Float(f)) => int_float_cmp(i, f),
        (Item::Float(f), Item::Int(i)) => int_float_cmp(i, f).map(Ordering::reverse),
        // SAFETY: live strings (caller); UTF-8 byte order is code point order.
        (Item::Str(x), Item::Str(y)) => Some(unsafe { str_obj::bytes(x).cmp(str_obj::bytes(y)) }),
        // SAFETY: live bytes objects (caller).
        (Item::Bytes(x), Item::Bytes(y)) => {
            Some(unsafe { bytes_obj::data(x).cmp(bytes_obj::data(y)) })
        }
        // SAFETY: live lists (caller).
        (Item::List(x), Item::List(y)) => unsafe { lists_order(x, y) },
        // SAFETY: live tuples (caller).
        (Item::Tuple(x), Item::Tuple(y)) => unsafe { tuples_order(x, y) },
        // SAFETY: live instances (caller); errors stay pending.
        (Item::Obj(x), Item::Obj(y)) => unsafe {
            if instance::obj_lt(x, y).ok()? {
                Some(Ordering::Less)
            } else if instance::obj_lt(y, x).ok()? {
                Some(Ordering::Greater)
            } else {
                Some(Ordering::Equal)
            }
        },
        _ => None,
    }
}

/// CPython's `list_richcompare` for the ordering operators, as an
/// ordering: the order of the first pair of unequal items, or of the
/// lengths when one list is a prefix of the other; None when that first
/// pair is unordered (so `<`, `<=`, `>` and `>=` are all False).
///
/// # Safety
/// `a` and `b` are live lists.
pub(crate) unsafe fn lists_order(a: *const List, b: *const List) -> Option<Ordering> {
    // SAFETY: live lists (caller); their items are live.
    unsafe { seqs_order((*a).len, items(a), (*b).len, items(b)) }
}

/// `uint8_t pyaot_list_eq(const List *a, const List *b)`: `a == b` (see the
/// module doc for NaN).
///
/// # Safety
/// `a` and `b` are live lists.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_eq(a: *const List, b: *const List) -> u8 {
    // SAFETY: forwarded.
    unsafe { lists_eq(a, b) as u8 }
}

/// `int32_t pyaot_list_cmp(const List *a, const List *b)`: -1, 0 or 1 as
/// `a` sorts before, equal to or after `b`, lexicographically. When the
/// first unequal pair of items is unordered (a NaN), CPython makes `<`,
/// `<=`, `>` and `>=` all False, which no single -1/0/1 can express; this
/// returns 0 then, which gets `<` and `>` right (False) but `<=` and `>=`
/// wrong (True). `pyaot_list_richcmp` is exact in every case.
///
/// # Safety
/// `a` and `b` are live lists.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_cmp(a: *const List, b: *const List) -> i32 {
    // SAFETY: forwarded.
    match unsafe { lists_order(a, b) } {
        Some(Ordering::Less) => -1,
        Some(Ordering::Greater) => 1,
        Some(Ordering::Equal) | None => 0,
    }
}

/// `uint8_t pyaot_list_richcmp(const List *a, const List *b, uint32_t op)`:
/// `a <op> b` exactly as CPython, with CPython's operator codes: 0 `<`,
/// 1 `<=`, 2 `==`, 3 `!=`, 4 `>`, 5 `>=` (any other code gives 0).
///
/// # Safety
/// `a` and `b` are live lists.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_richcmp(a: *const List, b: *const List, op: u32) -> u8 {
    // SAFETY: live lists (caller).
    let result = unsafe {
        match op {
            2 => lists_eq(a, b),
            3 => !lists_eq(a, b),
            _ => match (op, lists_order(a, b)) {
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

/// A total order on floats for sorting: numeric, with -0.0 equal to 0.0
/// (so stability keeps their order) and every NaN after every number.
fn float_sort_order(x: f64, y: f64) -> Ordering {
    x.partial_cmp(&y)
        .unwrap_or_else(|| x.is_nan().cmp(&y.is_nan()))
}

/// The rank of an item kind, to order mismatched kinds deterministically.
fn kind_rank(item: Item) -> u8 {
    match item {
        Item::Int(_) | Item::Float(_) => 0,
        Item::Str(_) => 1,
        Item::List(_) => 2,
        Item::None => 3,
        Item::Dict(_) => 4,
        Item::Tuple(_) => 5,
        Item::Obj(_) => 6,
        Item::Set(_) => 7,
        Item::Bytes(_) => 8,
        Item::Deque(_) => 9,
    }
}

/// The total order `list.sort` uses: Python's `<` where that is a total
/// order (no NaN), extended with [`float_sort_order`] for NaN; equal items
/// compare Equal so that the sort keeps them in their original order.
///
/// # Safety
/// Str and List items point to live objects.
unsafe fn sort_order(a: Item, b: Item) -> Ordering {
    match (a, b) {
        (Item::Int(x), Item::Int(y)) => x.cmp(&y),
        (Item::Float(x), Item::Float(y)) => float_sort_order(x, y),
        (Item::Int(i), Item::Float(f)) => int_float_cmp(i, f).unwrap_or(Ordering::Less),
        (Item::Float(f), Item::Int(i)) => {
            int_float_cmp(i, f).map_or(Ordering::Greater, Ordering::reverse)
        }
        // SAFETY: live strings (caller).
        (Item::Str(x), Item::Str(y)) => unsafe { str_obj::bytes(x).cmp(str_obj::bytes(y)) },
        // SAFETY: live bytes objects (caller).
        (Item::Bytes(x), Item::Bytes(y)) => unsafe { bytes_obj::data(x).cmp(bytes_obj::data(y)) },
        (Item::List(x), Item::List(y)) if core::ptr::eq(x, y) => Ordering::Equal,
        // SAFETY: live lists (caller); their items are live.
        (Item::List(x), Item::List(y)) => unsafe {
            let mut pairs = items(x).zip(items(y));
            pairs
                .find_map(|(p, q)| Some(sort_order(p, q)).filter(|o| o.is_ne()))
                .unwrap_or_else(|| (*x).len.cmp(&(*y).len))
        },
        (Item::Tuple(x), Item::Tuple(y)) if core::ptr::eq(x, y) => Ordering::Equal,
        // SAFETY: live tuples (caller); their items are live.
        (Item::Tuple(x), Item::Tuple(y)) => unsafe {
            let mut pairs = tuple_items(x).zip(tuple_items(y));
            pairs
                .find_map(|(p, q)| Some(sort_order(p, q)).filter(|o| o.is_ne()))
                .unwrap_or_else(|| (*x).len.cmp(&(*y).len))
        },
        (Item::None, Item::None) => Ordering::Equal,
        _ => kind_rank(a).cmp(&kind_rank(b)),
    }
}

/// `void pyaot_list_sort(List *l, uint8_t reverse)`: `l.sort(reverse=...)`,
/// a stable sort by Python's `<`: numbers numerically, strings by code
/// point, lists lexicographically. With `reverse`, equal items keep their
/// original order, as CPython's reverse-sort-reverse does.
///
/// Where CPython's result depends on its merge order it is not matched:
/// NaNs sort after every number here (before, with `reverse`). A list of
/// two or more Nones, for which CPython raises TypeError "'<' not supported
/// between instances of 'NoneType' and 'NoneType'", is left as it is (the
/// compiler rejects sorting list[None]).
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_sort(l: *mut List, reverse: u8) {
    // SAFETY: live list (caller); sorting only permutes its slots, and no
    // comparison can reach `l`'s slot array through another path.
    let (elem, slots) = unsafe { (list_obj::elem_of(l), list_obj::slots_mut(l)) };
    let reverse = reverse != 0;
    match elem {
        // Equal ints (and bools) are indistinguishable: stability is moot.
        Elem::Int | Elem::Bool if reverse => {
            slots.sort_unstable_by_key(|&v| core::cmp::Reverse(v as i64))
        }
        Elem::Int | Elem::Bool => slots.sort_unstable_by_key(|&v| v as i64),
        Elem::None => {}
        // SAFETY: the slots hold NULL or live instances.
        Elem::Obj => unsafe { instance::sort_slots(slots, reverse) },
        _ => {
            // SAFETY: the slots hold valid values of kind `elem`.
            let order =
                |a: &u64, b: &u64| unsafe { sort_order(Item::new(elem, *a), Item::new(elem, *b)) };
            if reverse {
                slots.sort_by(|a, b| order(b, a));
            } else {
                slots.sort_by(order);
            }
        }
    }
}

/// `void pyaot_list_sort_by_keys(List *l, const List *keys, uint8_t
/// reverse)`: `l.sort(key=f, reverse=...)` given `keys`, the list of
/// `f(x)` for each item `x` of `l` (same length, computed by the caller in
/// order, as CPython does before sorting). A stable sort of the items by
/// their keys, by the same order as `pyaot_list_sort` (instances by their
/// `__lt__`; an exception from it is left pending). With `reverse`, items
/// of equal keys keep their original order.
///
/// # Safety
/// `l` and `keys` are live lists of the same length.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_sort_by_keys(l: *mut List, keys: *const List, reverse: u8) {
    // SAFETY: live lists (caller); only `l`'s slots are permuted, and the
    // comparisons read `keys` only.
    unsafe {
        let (kelem, kslots) = (list_obj::elem_of(keys), list_obj::slots(keys));
        let slots = list_obj::slots_mut(l);
        if kslots.len() != slots.len() {
            return;
        }
        let mut order: alloc::vec::Vec<u64> = (0..slots.len() as u64).collect();
        if kelem == Elem::Obj {
            // Sort the indices by the keys' __lt__.
            let key = |i: u64| kslots[i as usize];
            let mut keyed: alloc::vec::Vec<u64> = order.iter().map(|&i| key(i)).collect();
            instance::sort_slots_with_indices(&mut keyed, &mut order, reverse != 0);
        } else {
            let cmp = |a: &u64, b: &u64| {
                sort_order(
                    Item::new(kelem, kslots[*a as usize]),
                    Item::new(kelem, kslots[*b as usize]),
                )
            };
            if reverse != 0 {
                order.sort_by(|a, b| cmp(b, a));
            } else {
                order.sort_by(cmp);
            }
        }
        let old: alloc::vec::Vec<u64> = slots.to_vec();
        for (dst, &i) in slots.iter_mut().zip(&order) {
            *dst = old[i as usize];
        }
    }
}

/// Whether a slot value of kind `elem` equals `item`, another of the same
/// kind (for `in`, `index`, `count` and `remove`).
///
/// # Safety
/// Both are valid slot values of kind `elem`.
pub(crate) unsafe fn slot_eq(elem: Elem, a: u64, b: u64) -> bool {
    // SAFETY: forwarded.
    unsafe { item_eq(Item::new(elem, a), Item::new(elem, b)) }
}

/// Whether slot value `a` of kind `ea` equals `b` of kind `eb` (a dict's
/// values against another's of a different kind: `{1: 1} == {1: 1.0}`).
///
/// # Safety
/// `a` and `b` are valid slot values of kinds `ea` and `eb`.
pub(crate) unsafe fn mixed_slot_eq(ea: Elem, a: u64, eb: Elem, b: u64) -> bool {
    // SAFETY: forwarded.
    unsafe { item_eq(Item::new(ea, a), Item::new(eb, b)) }
}

/// Python's ordering of two slot values of kind `elem` (for `min` and
/// `max`): `a > b` holds exactly when this is `Some(Greater)`, `a < b`
/// when it is `Some(Less)`; None when the pair is unordered (see
/// [`item_order`]).
///
/// # Safety
/// Both are valid slot values of kind `elem`.
pub(crate) unsafe fn slot_order(elem: Elem, a: u64, b: u64) -> Option<Ordering> {
    // SAFETY: forwarded.
    unsafe { item_order(Item::new(elem, a), Item::new(elem, b)) }
}

/// Python's `bool(item)` of a slot value of kind `elem` (for `any` and
/// `all`): zero numbers (0.0 and -0.0 included, NaN not), False, empty
/// strings and lists, and None are false.
///
/// # Safety
/// `slot` is a valid slot value of kind `elem`.
pub(crate) unsafe fn slot_is_true(elem: Elem, slot: u64) -> bool {
    match Item::new(elem, slot) {
        Item::Int(i) => i != 0,
        Item::Float(f) => f != 0.0,
        // SAFETY: live objects (caller).
        Item::Str(s) => unsafe { (*s).len != 0 },
        // SAFETY: live objects (caller).
        Item::Bytes(b) => unsafe { (*b).len != 0 },
        // SAFETY: live objects (caller).
        Item::List(l) => unsafe { (*l).len != 0 },
        // SAFETY: live objects (caller).
        Item::Dict(d) => unsafe { (*d).len != 0 },
        // SAFETY: live objects (caller).
        Item::Tuple(t) => unsafe { (*t).len != 0 },
        // SAFETY: live objects (caller).
        Item::Set(s) => unsafe { (*s).len != 0 },
        // SAFETY: live objects (caller).
        Item::Deque(d) => unsafe { (*d).len != 0 },
        Item::None => false,
        // An exception from `__bool__` stays pending (false meanwhile).
        Item::Obj(o) => {
            let mut out = 0;
            // SAFETY: NULL or a live instance (caller).
            !crate::exc::is_pending()
                && unsafe { instance::pyaot_obj_truthy(o, &mut out) } == 0
                && out != 0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{floats, ints, list, lists, repr, strs};

    /// The six rich comparisons of `a` and `b` as 0/1 digits in the order
    /// `<`, `<=`, `==`, `!=`, `>`, `>=`, plus `pyaot_list_cmp`.
    fn compare(a: *mut List, b: *mut List) -> (std::string::String, i32) {
        // SAFETY: live lists.
        unsafe {
            let bits = (0..6)
                .map(|op| {
                    if pyaot_list_richcmp(a, b, op) != 0 {
                        '1'
                    } else {
                        '0'
                    }
                })
                .collect();
            assert_eq!(pyaot_list_eq(a, b), pyaot_list_richcmp(a, b, 2));
            (bits, pyaot_list_cmp(a, b))
        }
    }

    // Expectations from CPython 3.11:
    //   import operator as o
    //   rc = lambda a, b: ''.join(str(int(f(a, b))) for f in (o.lt, o.le, o.eq, o.ne, o.gt, o.ge))
    #[test]
    fn comparisons_match_cpython() {
        let nan = f64::NAN;
        let cases: [(*mut List, *mut List, &str, i32); 21] = [
            (ints(&[1, 2]), ints(&[1, 2]), "011001", 0),
            (ints(&[1, 2]), ints(&[1, 3]), "110100", -1),
            (ints(&[1, 2]), ints(&[1]), "000111", 1),
            (ints(&[]), ints(&[]), "011001", 0),
            (ints(&[]), ints(&[0]), "110100", -1),
            (ints(&[2]), ints(&[1, 5]), "000111", 1),
            // rc([float('nan')], [1.0]), rc([1.0], [float('nan')])
            (floats(&[nan]), floats(&[1.0]), "000100", 0),
            (floats(&[1.0]), floats(&[nan]), "000100", 0),
            // rc([1.0, float('nan')], [1.0, float('nan')]): distinct NaN
            // objects. (With one NaN object in both, CPython's identity
            // shortcut says 011001; pyaot compares floats by value.)
            (floats(&[1.0, nan]), floats(&[1.0, nan]), "000100", 0),
            (floats(&[0.0]), floats(&[-0.0]), "011001", 0),
            (strs(&["a", "b"]), strs(&["a", "c"]), "110100", -1),
            (strs(&["b"]), strs(&["abc"]), "000111", 1),
            (strs(&["é"]), strs(&["z"]), "000111", 1),
            // rc([[1, 2], [3]], [[1, 2], [3]]), rc([[1, 2]], [[1, 3]]), rc([[1]], [[1], [0]])
            (
                lists(&[ints(&[1, 2]), ints(&[3])]),
                lists(&[ints(&[1, 2]), ints(&[3])]),
                "011001",
                0,
            ),
            (
                lists(&[ints(&[1, 2])]),
                lists(&[ints(&[1, 3])]),
                "110100",
                -1,
            ),
            (
                lists(&[ints(&[1])]),
                lists(&[ints(&[1]), ints(&[0])]),
                "110100",
                -1,
            ),
            // rc([[1.0, float('nan')]], [[1.0, 2.0]])
            (
                lists(&[floats(&[1.0, nan])]),
                lists(&[floats(&[1.0, 2.0])]),
                "000100",
                0,
            ),
            // rc([True], [False]), rc([None], [None]), rc([None], [None, None])
            (list(Elem::Bool, &[1]), list(Elem::Bool, &[0]), "000111", 1),
            (list(Elem::None, &[0]), list(Elem::None, &[0]), "011001", 0),
            (
                list(Elem::None, &[0]),
                list(Elem::None, &[0, 0]),
                "110100",
                -1,
            ),
            // rc([3], [float('nan')])
            (ints(&[3]), floats(&[nan]), "000100", 0),
        ];
        for (a, b, bits, cmp) in cases {
            assert_eq!(
                compare(a, b),
                (bits.into(), cmp),
                "{} vs {}",
                repr(a),
                repr(b)
            );
        }
    }

    #[test]
    fn mixed_numbers_compare_exactly() {
        const TWO_63: f64 = 9_223_372_036_854_775_808.0;
        // rc([1], [1.0]), rc([2**53 + 1], [float(2**53)]), rc([1], [1.5]), rc([True], [1])
        // -> 011001 000111 110100 011001
        assert_eq!(compare(ints(&[1]), floats(&[1.0])), ("011001".into(), 0));
        let big = (1i64 << 53) + 1;
        assert_eq!(
            compare(ints(&[big]), floats(&[(1u64 << 53) as f64])),
            ("000111".into(), 1)
        );
        assert_eq!(compare(ints(&[1]), floats(&[1.5])), ("110100".into(), -1));
        assert_eq!(
            compare(list(Elem::Bool, &[1]), ints(&[1])),
            ("011001".into(), 0)
        );
        assert_eq!(int_float_cmp(i64::MAX, TWO_63), Some(Ordering::Less));
        assert_eq!(int_float_cmp(i64::MIN, -TWO_63), Some(Ordering::Equal));
        assert_eq!(int_float_cmp(0, f64::NEG_INFINITY), Some(Ordering::Greater));
    }

    #[test]
    fn identity_shortcut_for_objects() {
        // python3 -c "l = []; l.append(l); print(l == l, [l] == [l])"  -> True True
        let selfish = list_obj::pyaot_list_new(Elem::List as u32, 0);
        // SAFETY: live lists.
        unsafe {
            list_obj::pyaot_list_append(selfish, selfish as u64);
            assert_eq!(pyaot_list_eq(selfish, selfish), 1);
            let outer = lists(&[selfish]);
            assert_eq!(pyaot_list_eq(outer, outer), 1);
        }
    }

    fn sorted(l: *mut List, reverse: bool) -> std::string::String {
        // SAFETY: a live list.
        unsafe { pyaot_list_sort(l, reverse as u8) };
        repr(l)
    }

    // python3 -c "m = [...]; m.sort(reverse=...); print(m)"
    #[test]
    fn sorting_matches_cpython() {
        assert_eq!(sorted(ints(&[3, 1, 2, 1, -5]), false), "[-5, 1, 1, 2, 3]");
        assert_eq!(sorted(ints(&[3, 1, 2, 1, -5]), true), "[3, 2, 1, 1, -5]");
        assert_eq!(
            sorted(
                floats(&[2.5, -0.0, 0.0, -1.0, 1e300, f64::NEG_INFINITY]),
                false
            ),
            "[-inf, -1.0, -0.0, 0.0, 2.5, 1e+300]"
        );
        // Stable in reverse too: -0.0 stays before 0.0.
        assert_eq!(
            sorted(floats(&[2.5, -0.0, 0.0, -1.0]), true),
            "[2.5, -0.0, 0.0, -1.0]"
        );
        assert_eq!(
            sorted(floats(&[0.0, -1.0, -0.0]), false),
            "[-1.0, 0.0, -0.0]"
        );
        assert_eq!(
            sorted(strs(&["b", "a", "é", "B", ""]), false),
            "['', 'B', 'a', 'b', 'é']"
        );
        assert_eq!(
            sorted(strs(&["b", "a", "é", "B", ""]), true),
            "['é', 'b', 'a', 'B', '']"
        );
        let nested = || {
            lists(&[
                ints(&[2]),
                ints(&[1, 5]),
                ints(&[1]),
                ints(&[]),
                ints(&[1, 5, 0]),
            ])
        };
        assert_eq!(sorted(nested(), false), "[[], [1], [1, 5], [1, 5, 0], [2]]");
        assert_eq!(sorted(nested(), true), "[[2], [1, 5, 0], [1, 5], [1], []]");
        assert_eq!(
            sorted(list(Elem::Bool, &[1, 0, 1]), false),
            "[False, True, True]"
        );
        assert_eq!(
            sorted(lists(&[floats(&[1.0, 2.0]), floats(&[1.0])]), false),
            "[[1.0], [1.0, 2.0]]"
        );
        assert_eq!(sorted(list(Elem::None, &[0]), false), "[None]");
        assert_eq!(sorted(ints(&[]), true), "[]");
    }

    #[test]
    fn sorting_nan_is_deterministic() {
        // CPython's order here depends on its merge steps; pyaot puts NaN last.
        let l = floats(&[3.0, f64::NAN, 1.0, f64::NAN, -2.0]);
        assert_eq!(sorted(l, false), "[-2.0, 1.0, 3.0, nan, nan]");
        assert_eq!(sorted(l, true), "[nan, nan, 3.0, 1.0, -2.0]");
    }
}
