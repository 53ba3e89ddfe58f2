//! Boxed scalars: how an `Optional[int]`, `Optional[float]` or
//! `Optional[bool]` holds its value (None is the NULL pointer; an Optional
//! of a ref type is the object pointer itself and needs no box).
//!
//! Layout (fixed by the ABI): the [`Header`] (kind [`KIND_BOX`]), then
//! offset 16 the payload: the i64, the f64 bits, or 0/1.

use crate::heap;
use crate::object::{Header, KIND_BOX};

#[repr(C)]
pub struct Boxed {
    pub header: Header,
    pub payload: u64,
}

/// `void *pyaot_box_new(uint64_t payload)`: a new box holding one reference.
#[no_mangle]
pub extern "C" fn pyaot_box_new(payload: u64) -> *mut Boxed {
    let b = heap::alloc_or_die(core::mem::size_of::<Boxed>()).cast::<Boxed>();
    // SAFETY: a fresh block of the right size; malloc aligns to 16.
    unsafe {
        b.write(Boxed {
            header: Header::new(KIND_BOX),
            payload,
        })
    };
    b
}

/// Frees a box whose refcount reached zero.
///
/// # Safety
/// `b` is a box from [`pyaot_box_new`] with no references left.
pub unsafe fn dealloc(b: *mut Boxed) {
    // SAFETY: boxes are single malloc blocks (caller).
    unsafe { heap::free(b.cast()) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object;

    #[test]
    fn boxes_keep_their_payload_and_free_at_zero() {
        let b = pyaot_box_new(42);
        // SAFETY: a live box.
        unsafe {
            assert_eq!((*b).payload, 42);
            assert_eq!(core::mem::offset_of!(Boxed, payload), 16);
            object::incref(b.cast());
            object::decref(b.cast());
            object::decref(b.cast());
        }
    }
}
