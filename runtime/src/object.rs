//! The object header shared by every heap object, and reference counting.
//!
//! Layout (fixed by the ABI; the compiler emits immortal string literals in
//! it): offset 0 `rc: i64`, offset 8 `kind: u32`, offset 12 `reserved: u32`.
//! Objects are 8-byte aligned, come from malloc and are freed when `rc`
//! drops to 0. A negative `rc` marks an immortal object (literals, runtime
//! singletons), which incref/decref never write to, so immortal objects may
//! live in read-only memory. Nothing else in the runtime writes to an
//! immortal object either (e.g. hash caching must skip them).
//!
//! Freeing dispatches on the kind. Kinds that a program may never use
//! (dicts) carry their deallocator in the object ([`OwnDealloc`]), so that
//! `decref`, which every program links, does not pull their code into
//! programs that never create one (hello world links no dict code).

use crate::{bytes_obj, exc, func_obj, instance, list_obj, str_obj, tuple_obj};

/// The common prefix of every object.
#[repr(C)]
pub struct Header {
    /// Reference count; negative means immortal.
    pub rc: i64,
    /// One of the `KIND_*` constants; selects the layout after the header.
    pub kind: u32,
    /// Always 0.
    pub reserved: u32,
}

pub const KIND_STR: u32 = 1;
pub const KIND_LIST: u32 = 2;
pub const KIND_EXCEPTION: u32 = 3;
pub const KIND_DICT: u32 = 4;
/// A boxed int, float or bool (an `Optional` scalar); see `boxed.rs`.
pub const KIND_BOX: u32 = 8;
pub const KIND_TUPLE: u32 = 5;
// Kind 6 is an instance of a user class (`instance::KIND_INSTANCE`), kind
// 9 a set (`set_obj::KIND_SET`, which carries its own deallocator too),
// kinds 10 and 11 function objects and cells (`func_obj`), 12 a
// generator (`gen_obj`), 13 a deque (`deque_obj`, its own deallocator),
// 14 a range (`range_obj`, its own deallocator).
/// An immutable `bytes` object; see `bytes_obj.rs`.
pub const KIND_BYTES: u32 = 7;

/// The prefix of an object that carries its own deallocator (kind
/// [`KIND_DICT`]): the header, one word the kind uses as it likes (a
/// dict's `len`), then the function that frees the object at zero.
#[repr(C)]
pub struct OwnDealloc {
    pub header: Header,
    pub word: u64,
    /// Frees the object (and drops what it owns); called once, at zero.
    pub dealloc: unsafe fn(*mut Header),
}

/// The refcount of runtime-owned immortal objects.
pub const IMMORTAL: i64 = -1;

impl Header {
    /// A header for a fresh object holding one reference.
    pub const fn new(kind: u32) -> Header {
        Header {
            rc: 1,
            kind,
            reserved: 0,
        }
    }

    /// A header for an object that is never freed.
    pub const fn immortal(kind: u32) -> Header {
        Header {
            rc: IMMORTAL,
            kind,
            reserved: 0,
        }
    }
}

/// Adds a reference; NULL and immortal objects are left alone.
///
/// # Safety
/// `obj` must be NULL or point to a live object.
pub unsafe fn incref(obj: *const Header) {
    if obj.is_null() {
        return;
    }
    let obj = obj.cast_mut();
    // SAFETY: live object (caller). Mortal objects are malloc'd, so writable.
    unsafe {
        if (*obj).rc >= 0 {
            (*obj).rc += 1;
        }
    }
}

/// Drops a reference, freeing the object (and what it owns) at zero.
///
/// # Safety
/// `obj` must be NULL or point to a live object whose reference the caller
/// owns; the caller must not use that reference afterwards.
pub unsafe fn decref(obj: *const Header) {
    if obj.is_null() {
        return;
    }
    let obj = obj.cast_mut();
    // SAFETY: live object (caller); mortal objects are writable.
    unsafe {
        if (*obj).rc <= 0 {
            // Immortal (negative); 0 cannot be seen on a live object.
            return;
        }
        (*obj).rc -= 1;
        if (*obj).rc == 0 {
            dealloc(obj);
        }
    }
}

/// Frees an object whose refcount reached zero.
///
/// # Safety
/// `obj` is live, mortal and unreferenced.
unsafe fn dealloc(obj: *mut Header) {
    // SAFETY: forwarded from the caller; each kind's dealloc matches its
    // layout, which the kind field selects.
    unsafe {
        match (*obj).kind {
            KIND_STR => str_obj::dealloc(obj.cast()),
            KIND_LIST => list_obj::dealloc(obj.cast()),
            KIND_EXCEPTION => exc::dealloc(obj.cast()),
            KIND_DICT
            | crate::set_obj::KIND_SET
            | crate::deque_obj::KIND_DEQUE
            | crate::range_obj::KIND_RANGE => ((*obj.cast::<OwnDealloc>()).dealloc)(obj),
            KIND_BOX => crate::boxed::dealloc(obj.cast()),
            KIND_TUPLE => tuple_obj::dealloc(obj.cast()),
            KIND_BYTES => bytes_obj::dealloc(obj.cast()),
            instance::KIND_INSTANCE => instance::dealloc(obj.cast()),
            func_obj::KIND_FUNC => func_obj::dealloc(obj.cast()),
            func_obj::KIND_CELL => func_obj::dealloc_cell(obj.cast()),
            crate::gen_obj::KIND_GEN => crate::gen_obj::dealloc(obj.cast()),
            _ => crate::heap::fatal(b"fatal error: decref of an object of unknown kind\n"),
        }
    }
}

/// `void pyaot_incref(void *obj)`: adds a reference. NULL is a no-op.
///
/// # Safety
/// `obj` is NULL or a live object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_incref(obj: *const Header) {
    // SAFETY: forwarded.
    unsafe { incref(obj) }
}

/// `void pyaot_decref(void *obj)`: consumes a reference, freeing the object
/// at zero (a list, dict or tuple also drops the references its slots own). NULL
/// is a no-op.
///
/// # Safety
/// `obj` is NULL or a live object whose reference the caller gives up.
#[no_mangle]
pub unsafe extern "C" fn pyaot_decref(obj: *const Header) {
    // SAFETY: forwarded.
    unsafe { decref(obj) }
}
