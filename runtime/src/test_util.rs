//! Helpers shared by the unit tests: build strings, read results back.

use crate::exc::{self, ExcKind};
use crate::list_obj::{self, Elem, List};
use crate::object;
use crate::str_obj::{self, Str};
use std::string::String;
use std::vec::Vec;

/// A new string (leaked: tests are short-lived).
pub fn s(text: &str) -> *const Str {
    str_obj::from_str(text)
}

/// The text of a returned string, releasing the reference. Panics on NULL
/// (with the pending exception, to make failures readable).
pub fn text(p: *mut Str) -> String {
    if p.is_null() {
        panic!("NULL result; pending exception: {:?}", take_error());
    }
    // SAFETY: a non-NULL result is a live string whose reference we own.
    unsafe {
        let out = String::from(str_obj::as_str(p));
        object::decref(p.cast());
        out
    }
}

/// The texts of a returned list[str], releasing the list. Panics on NULL.
pub fn strings(l: *mut List) -> Vec<String> {
    if l.is_null() {
        panic!("NULL result; pending exception: {:?}", take_error());
    }
    // SAFETY: a non-NULL result is a live list of strings that we own.
    unsafe {
        let out = list_obj::slots(l)
            .iter()
            .map(|&p| String::from(str_obj::as_str(p as usize as *const Str)))
            .collect();
        object::decref(l.cast());
        out
    }
}

/// A new list of kind `elem` holding `slots` (borrowed: the list takes
/// its own references; leaked, like [`s`]).
pub fn list(elem: Elem, slots: &[u64]) -> *mut List {
    let l = list_obj::pyaot_list_new(elem as u32, 0);
    for &slot in slots {
        // SAFETY: a live list; the caller passes valid slot values.
        unsafe { list_obj::pyaot_list_append(l, slot) };
    }
    l
}

/// A new list[int].
pub fn ints(values: &[i64]) -> *mut List {
    list(
        Elem::Int,
        &values.iter().map(|&v| v as u64).collect::<Vec<_>>(),
    )
}

/// A new list[float].
pub fn floats(values: &[f64]) -> *mut List {
    list(
        Elem::Float,
        &values.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
    )
}

/// A new list[str].
pub fn strs(values: &[&str]) -> *mut List {
    list(
        Elem::Str,
        &values.iter().map(|&t| s(t) as u64).collect::<Vec<_>>(),
    )
}

/// A new list[list[...]] of the given lists.
pub fn lists(values: &[*mut List]) -> *mut List {
    list(
        Elem::List,
        &values.iter().map(|&l| l as u64).collect::<Vec<_>>(),
    )
}

/// `repr(l)` of a live list (borrowed).
pub fn repr(l: *const List) -> String {
    // SAFETY: a live list (caller).
    text(unsafe { list_obj::pyaot_list_repr(l) })
}

/// Takes the pending exception as (kind, message), clearing it.
pub fn take_error() -> Option<(ExcKind, String)> {
    let e = exc::take()?;
    // SAFETY: `take` handed over a live exception, released here.
    let out = unsafe {
        let e_ref = e.as_ref();
        let out = (e_ref.kind, String::from(str_obj::as_str(e_ref.message)));
        object::decref(e.as_ptr().cast());
        out
    };
    exc::clear();
    Some(out)
}

/// Asserts that the last call raised `kind` with `message`.
#[track_caller]
pub fn assert_raised(kind: ExcKind, message: &str) {
    assert_eq!(take_error(), Some((kind, String::from(message))));
}
