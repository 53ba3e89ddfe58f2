//! Helpers for the C wrappers that library mode generates
//! (`<ret> pyaot_<m>_<f>(<params>, PyaotStatus *status)`), and the error
//! conversion every host adapter shares.
//!
//! A wrapper's shape: convert `const char *` arguments with
//! [`pyaot_ffi_str_in`] (no lock needed: the new objects are private),
//! `pyaot_ffi_enter`, call the thunk, on failure [`pyaot_ffi_fail`],
//! otherwise convert the result ([`pyaot_ffi_str_out`]), release the
//! argument objects, `pyaot_ffi_leave`. Everything that touches an object
//! other threads may also reach (a thunk's result, an argument the Python
//! code may have stored) happens between enter and leave.
//!
//! Memory: strings handed to the host (`PyaotStatus` fields,
//! `pyaot_ffi_str_out` results) are `malloc`'d, NUL-terminated UTF-8; the
//! host frees them with [`pyaot_free`] / [`pyaot_status_clear`].

use super::lock;
use crate::bytes_obj::{self, Bytes};
use crate::exc;
use crate::heap;
use crate::int_text;
use crate::object::{self, Header};
use crate::sink::ByteSink;
use crate::str_obj::{self, Str};
use alloc::vec::Vec;
use core::ffi::{c_char, c_void};
use core::ptr;

// The doc comments of the `#[no_mangle]` items below and of
// `PyaotStatus` become the C comments of every generated `<lib>.h`
// (cbindgen, `runtime/cbindgen.toml`): they are written for C readers.

/// The outcome of a call. Every function of the library takes a
/// `PyaotStatus *status` last; it must not be NULL. Zero-initialise it
/// (`PyaotStatus status = {0};`). After a call, `code` is 0 on success, or
/// 1 (`PYAOT_STATUS_EXCEPTION`) when Python raised an exception: then
/// `exc_type` holds the exception's type name ("ValueError") and `message`
/// its `str()`, both malloc'd NUL-terminated UTF-8 owned by the caller,
/// and the function returned 0, 0.0, false or NULL. Call
/// `pyaot_status_clear(&status)` to free both strings and reset the status
/// before reusing it.
#[repr(C)]
pub struct PyaotStatus {
    /// 0: success; 1: a Python exception was raised.
    pub code: i32,
    /// Code 1: the exception's type name (owned, UTF-8); else NULL.
    pub exc_type: *mut c_char,
    /// Code 1: `str()` of the exception (owned, UTF-8); else NULL.
    pub message: *mut c_char,
}

/// `PyaotStatus.code` when Python raised an exception.
pub const STATUS_EXCEPTION: i32 = 1;

/// A Python exception taken out of the runtime, as host-neutral text.
#[derive(Debug, PartialEq, Eq)]
pub struct PythonError {
    /// The class name, e.g. `ValueError`.
    pub type_name: Vec<u8>,
    /// `str(e)` (empty for `ValueError()`).
    pub message: Vec<u8>,
}

/// Takes the pending exception as text and clears it with its traceback.
/// Call with the boundary lock held, after a thunk (or `module_init`)
/// reported an exception; if none is pending (a pyaot bug), says so.
pub fn take_pending() -> PythonError {
    let Some(e) = exc::take() else {
        exc::clear();
        return PythonError {
            type_name: b"RuntimeError".to_vec(),
            message: b"pyaot: the call failed but no exception is pending (a bug in pyaot)"
                .to_vec(),
        };
    };
    // SAFETY: `take` handed over the pending exception's reference; its
    // message is a live string and class names are immortal. A user
    // class's `__str__` runs here (under the lock, as all Python code); if
    // it raises, the plain message stands in and that exception is dropped.
    let out = unsafe {
        let e_ref = e.as_ref();
        let text = exc::pyaot_exc_str(e.as_ptr());
        let message = if text.is_null() {
            exc::clear();
            str_obj::bytes(e_ref.message).to_vec()
        } else {
            let m = str_obj::bytes(text).to_vec();
            object::decref(text.cast());
            m
        };
        let out = PythonError {
            type_name: str_obj::bytes(exc::class_name(e.as_ptr())).to_vec(),
            message,
        };
        object::decref(e.as_ptr().cast());
        out
    };
    exc::clear();
    out
}

/// A malloc'd NUL-terminated copy of `bytes`.
pub fn c_string(bytes: &[u8]) -> *mut c_char {
    let p = heap::alloc_or_die(bytes.len() + 1);
    // SAFETY: `p` has room for the bytes and the NUL.
    unsafe {
        ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
        p.add(bytes.len()).write(0);
    }
    p.cast()
}

/// Fills `status` (if not NULL) with an exception description. Any strings
/// it held are overwritten, not freed: statuses start zeroed or cleared.
///
/// # Safety
/// `status` is NULL or writable.
pub unsafe fn fill_status(status: *mut PyaotStatus, type_name: &[u8], message: &[u8]) {
    if status.is_null() {
        return;
    }
    // SAFETY: writable (caller).
    unsafe {
        status.write(PyaotStatus {
            code: STATUS_EXCEPTION,
            exc_type: c_string(type_name),
            message: c_string(message),
        })
    };
}

/// `void pyaot_ffi_fail(PyaotStatus *status)`: after a thunk returned 1,
/// takes the pending exception into `status` (code 1, the class name and
/// `str(e)`), releasing it and clearing its traceback. A NULL `status`
/// just discards the exception. Call with the boundary lock held.
///
/// # Safety
/// `status` is NULL or writable (zeroed or cleared: old strings are not
/// freed).
#[no_mangle]
pub unsafe extern "C" fn pyaot_ffi_fail(status: *mut PyaotStatus) {
    if status.is_null() {
        exc::clear();
        return;
    }
    let e = take_pending();
    // SAFETY: writable (caller).
    unsafe { fill_status(status, &e.type_name, &e.message) };
}

/// Frees `status->exc_type` and `status->message` and zeroes the status,
/// ready for reuse. NULL is ignored.
///
/// # Safety
/// `status` is NULL or a status that is zeroed or was filled by the
/// library.
#[no_mangle]
pub unsafe extern "C" fn pyaot_status_clear(status: *mut PyaotStatus) {
    if status.is_null() {
        return;
    }
    // SAFETY: the strings are NULL or malloc'd by `c_string` (caller).
    unsafe {
        heap::free((*status).exc_type.cast());
        heap::free((*status).message.cast());
        status.write(PyaotStatus {
            code: 0,
            exc_type: ptr::null_mut(),
            message: ptr::null_mut(),
        });
    }
}

/// Why `bytes` is not UTF-8, worded like CPython's codec errors
/// (`invalid start byte`, `invalid continuation byte`, `unexpected end of
/// data`) and positioned at the first byte of the bad sequence. None when
/// the bytes are valid.
pub fn utf8_error(bytes: &[u8]) -> Option<Vec<u8>> {
    let err = core::str::from_utf8(bytes).err()?;
    let at = err.valid_up_to();
    let reason: &[u8] = match (err.error_len(), bytes.get(at)) {
        (None, _) => b"unexpected end of data",
        (Some(_), Some(&(0x80..=0xC1 | 0xF5..=0xFF))) => b"invalid start byte",
        (Some(_), _) => b"invalid continuation byte",
    };
    let mut out = Vec::new();
    out.put(b"argument is not valid UTF-8: ");
    out.put(reason);
    out.put(b" at position ");
    int_text::write_i64(&mut out, at as i64);
    Some(out)
}

/// `Str *pyaot_ffi_str_in(const uint8_t *ptr, size_t len, PyaotStatus
/// *status)`: a new str object (an owned reference) holding a copy of the
/// `len` bytes at `ptr`. NULL with `len` 0 is the empty string. NULL with
/// `len` > 0, or bytes that are not UTF-8, fill `status` with a
/// `ValueError` (e.g. `argument is not valid UTF-8: invalid start byte at
/// position 3`) and return NULL. Needs no lock: the new object is private
/// until passed to a thunk.
///
/// # Safety
/// `ptr` is NULL or points to `len` readable bytes; `status` is NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_ffi_str_in(
    ptr: *const u8,
    len: usize,
    status: *mut PyaotStatus,
) -> *mut Str {
    if ptr.is_null() {
        if len == 0 {
            return str_obj::empty();
        }
        let mut message = Vec::new();
        message.put(b"argument is a NULL pointer with length ");
        int_text::write_i64(&mut message, len as i64);
        // SAFETY: forwarded.
        unsafe { fill_status(status, b"ValueError", &message) };
        return ptr::null_mut();
    }
    // SAFETY: `len` readable bytes at `ptr` (caller).
    let bytes = unsafe { core::slice::from_raw_parts(ptr, len) };
    if let Some(message) = utf8_error(bytes) {
        // SAFETY: forwarded.
        unsafe { fill_status(status, b"ValueError", &message) };
        return ptr::null_mut();
    }
    str_obj::new(bytes)
}

/// `char *pyaot_ffi_str_out(Str *s, size_t *out_len)`: a malloc'd,
/// NUL-terminated copy of `s` (free it with [`pyaot_free`]), its length in
/// bytes (without the NUL) written to `out_len` unless that is NULL.
/// Consumes the reference `s` (a thunk's owned result), so call it with the
/// boundary lock held. NULL `s` gives NULL.
///
/// # Safety
/// `s` is NULL or a live string whose reference the caller gives up;
/// `out_len` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_ffi_str_out(s: *mut Str, out_len: *mut usize) -> *mut c_char {
    if s.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: live string (caller), released after the copy.
    unsafe {
        let bytes = str_obj::bytes(s);
        let out = c_string(bytes);
        if !out_len.is_null() {
            out_len.write(bytes.len());
        }
        object::decref(s.cast());
        out
    }
}

/// `Bytes *pyaot_ffi_bytes_in(const uint8_t *ptr, size_t len, PyaotStatus
/// *status)`: a new bytes object (an owned reference) holding a copy of the
/// `len` bytes at `ptr`, which may hold anything (NULs included). NULL
/// with `len` 0 is the empty object; NULL with `len` > 0 fills `status`
/// with a `ValueError` and returns NULL. Needs no lock: the new object is
/// private until passed to a thunk.
///
/// # Safety
/// `ptr` is NULL or points to `len` readable bytes; `status` is NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_ffi_bytes_in(
    ptr: *const u8,
    len: usize,
    status: *mut PyaotStatus,
) -> *mut Bytes {
    if ptr.is_null() {
        if len == 0 {
            return bytes_obj::empty();
        }
        let mut message = Vec::new();
        message.put(b"argument is a NULL pointer with length ");
        int_text::write_i64(&mut message, len as i64);
        // SAFETY: forwarded.
        unsafe { fill_status(status, b"ValueError", &message) };
        return ptr::null_mut();
    }
    // SAFETY: `len` readable bytes at `ptr` (caller).
    bytes_obj::new(unsafe { core::slice::from_raw_parts(ptr, len) })
}

/// `uint8_t *pyaot_ffi_bytes_out(Bytes *b, size_t *out_len)`: a malloc'd
/// copy of `b`'s data (free it with [`pyaot_free`]; a NUL follows the data
/// but the data may hold NULs too), its length written to `out_len` unless
/// that is NULL. Consumes the reference `b`, as [`pyaot_ffi_str_out`]
/// does, so call it with the boundary lock held. NULL `b` gives NULL.
///
/// # Safety
/// `b` is NULL or a live bytes object whose reference the caller gives
/// up; `out_len` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_ffi_bytes_out(b: *mut Bytes, out_len: *mut usize) -> *mut u8 {
    if b.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: live bytes (caller), released after the copy.
    unsafe {
        let data = bytes_obj::data(b);
        let out = c_string(data);
        if !out_len.is_null() {
            out_len.write(data.len());
        }
        object::decref(b.cast());
        out.cast()
    }
}

/// Frees a string or buffer returned by this library (a `str` or `bytes`
/// result: the caller owns it and frees it exactly once). NULL is ignored.
///
/// # Safety
/// `p` is NULL or was returned by the library and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn pyaot_free(p: *mut c_void) {
    // SAFETY: caller.
    unsafe { heap::free(p.cast()) }
}

/// Releases a handle returned by this library (a list, dict, tuple,
/// Optional or class instance result: the caller owns it and releases it
/// exactly once; handles passed as arguments stay the caller's). The
/// Python object is freed when nothing else refers to it. Safe from any
/// thread. NULL is ignored.
///
/// # Safety
/// `obj` is NULL or a live handle whose reference the caller gives up.
#[no_mangle]
pub unsafe extern "C" fn pyaot_object_release(obj: *mut c_void) {
    if obj.is_null() {
        return;
    }
    // Takes the boundary lock itself (host finalizers call this from any
    // thread), so runtime code holding the lock must not call it.
    lock::lock();
    // SAFETY: caller; the lock serializes refcount updates.
    unsafe { object::decref(obj.cast::<Header>()) };
    lock::unlock();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::ExcKind;
    use crate::test_util::text;
    use core::ffi::CStr;
    use std::string::String;

    fn status() -> PyaotStatus {
        PyaotStatus {
            code: 0,
            exc_type: ptr::null_mut(),
            message: ptr::null_mut(),
        }
    }

    /// The status's strings, clearing it.
    fn read(st: &mut PyaotStatus) -> (i32, String, String) {
        // SAFETY: strings filled by `fill_status` are NUL-terminated.
        let out = unsafe {
            (
                st.code,
                String::from(CStr::from_ptr(st.exc_type).to_str().unwrap()),
                String::from(CStr::from_ptr(st.message).to_str().unwrap()),
            )
        };
        // SAFETY: filled by pyaot.
        unsafe { pyaot_status_clear(st) };
        assert!(st.exc_type.is_null() && st.message.is_null() && st.code == 0);
        out
    }

    #[test]
    fn fail_takes_the_exception() {
        let mut st = status();
        exc::raise(ExcKind::ValueError, "bad \u{1F600}".as_bytes());
        // SAFETY: live strings.
        unsafe {
            crate::traceback::pyaot_traceback_add(
                crate::test_util::s("m.py"),
                crate::test_util::s("f"),
                3,
            )
        };
        // SAFETY: a zeroed status.
        unsafe { pyaot_ffi_fail(&mut st) };
        assert!(!exc::is_pending());
        assert_eq!(
            read(&mut st),
            (1, "ValueError".into(), "bad \u{1F600}".into())
        );
        // str(KeyError('k')) is "'k'", as in CPython.
        // SAFETY: a live message string.
        unsafe { exc::pyaot_raise(ExcKind::KeyError as u32, str_obj::from_str("'k'")) };
        // SAFETY: a zeroed status.
        unsafe { pyaot_ffi_fail(&mut st) };
        assert_eq!(read(&mut st), (1, "KeyError".into(), "'k'".into()));
        // No exception pending: reported as a pyaot bug, not a crash.
        // SAFETY: a zeroed status.
        unsafe { pyaot_ffi_fail(&mut st) };
        assert_eq!(read(&mut st).1, "RuntimeError");
        // NULL status: just cleared.
        exc::raise(ExcKind::TypeError, b"x");
        // SAFETY: NULL is allowed.
        unsafe { pyaot_ffi_fail(ptr::null_mut()) };
        assert!(!exc::is_pending());
    }

    #[test]
    fn str_in_validates_utf8() {
        let mut st = status();
        // SAFETY: valid pointers and lengths throughout.
        unsafe {
            let ok = "h\u{e9}llo \u{1F600}".as_bytes();
            assert_eq!(
                text(pyaot_ffi_str_in(ok.as_ptr(), ok.len(), &mut st)),
                "h\u{e9}llo \u{1F600}"
            );
            assert_eq!(st.code, 0);
            let e = pyaot_ffi_str_in(ptr::null(), 0, &mut st);
            assert_eq!(e, str_obj::empty());
            // NUL bytes are ordinary characters in Python strings.
            let s = pyaot_ffi_str_in(b"a\0b".as_ptr(), 3, &mut st);
            assert_eq!((*s).nchars, 3);
            object::decref(s.cast());

            // b'abc\xff'.decode() -> invalid start byte in position 3
            let bad = pyaot_ffi_str_in(b"abc\xffz".as_ptr(), 5, &mut st);
            assert!(bad.is_null());
            assert_eq!(
                read(&mut st),
                (
                    1,
                    "ValueError".into(),
                    "argument is not valid UTF-8: invalid start byte at position 3".into()
                )
            );
            assert!(pyaot_ffi_str_in(ptr::null(), 2, &mut st).is_null());
            assert_eq!(read(&mut st).2, "argument is a NULL pointer with length 2");
            // NULL status: still NULL, nothing written.
            assert!(pyaot_ffi_str_in(b"\x80".as_ptr(), 1, ptr::null_mut()).is_null());
        }
        let msg = |b: &[u8]| String::from_utf8(utf8_error(b).unwrap()).unwrap();
        // b'a\xc3'.decode(): unexpected end of data (position 1)
        assert!(msg(b"a\xc3").ends_with("unexpected end of data at position 1"));
        // b'\xe2\x28\xa1'.decode(): invalid continuation byte (position 0)
        assert!(msg(b"\xe2\x28\xa1").ends_with("invalid continuation byte at position 0"));
        // b'\xed\xa0\x80'.decode() (a surrogate): invalid continuation byte
        assert!(msg(b"\xed\xa0\x80").ends_with("invalid continuation byte at position 0"));
        // b'x\xc0\x80'.decode() (overlong): invalid start byte (position 1)
        assert!(msg(b"x\xc0\x80").ends_with("invalid start byte at position 1"));
        assert_eq!(utf8_error("ok \u{10FFFF}".as_bytes()), None);
    }

    #[test]
    fn str_out_copies_and_releases() {
        let s = str_obj::from_str("\u{1F600} out");
        // SAFETY: an owned string; the result is freed below.
        unsafe {
            object::incref(s.cast());
            let mut len = 0;
            let p = pyaot_ffi_str_out(s, &mut len);
            assert_eq!(len, 8);
            assert_eq!(CStr::from_ptr(p).to_str().unwrap(), "\u{1F600} out");
            assert_eq!((*s).header.rc, 1);
            pyaot_free(p.cast());
            let p = pyaot_ffi_str_out(str_obj::empty(), ptr::null_mut());
            assert_eq!(*p, 0);
            pyaot_free(p.cast());
            assert!(pyaot_ffi_str_out(ptr::null_mut(), &mut len).is_null());
            pyaot_free(ptr::null_mut());
            // The last reference: freed (leak-checked under valgrind/asan).
            pyaot_object_release(s.cast());
            pyaot_object_release(ptr::null_mut());
        }
    }
}
