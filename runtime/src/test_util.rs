//! Helpers shared by the unit tests: build strings, read results back.

use crate::exc::{self, ExcKind};
use crate::object;
use crate::str_obj::{self, Str};
use std::string::String;

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
