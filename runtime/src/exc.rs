//! Exceptions: kinds, the exception object, and the one pending exception.
//!
//! Compiled code never touches exception state directly. A runtime function
//! that raises stores the exception here and returns NULL (pointer results)
//! or 1 (flag results); compiled code then propagates by returning early,
//! calling `pyaot_traceback_add` as it leaves each frame, and eventually
//! `pyaot_entry` takes the exception and reports it.
//!
//! There is one pending exception per thread. Programs are single-threaded
//! for now, so it is a [`runtime_global!`], which is a plain global today
//! and a thread-local once threads exist (and already under test); only the
//! small API below touches it.
//!
//! The exception object (kind 3) is internal: the ABI only exposes its kind
//! and message through functions, so its layout may change freely.

use crate::global::runtime_global;
use crate::object::{self, Header, KIND_EXCEPTION};
use crate::str_obj::{self, static_str, Str};
use crate::{heap, int_text, traceback};
use alloc::vec::Vec;
use core::ptr::{self, NonNull};

/// Python exception classes pyaot knows; the discriminant is the ABI code.
#[repr(u32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExcKind {
    Exception = 1,
    ValueError = 2,
    TypeError = 3,
    ZeroDivisionError = 4,
    OverflowError = 5,
    IndexError = 6,
    KeyError = 7,
    RuntimeError = 8,
    AssertionError = 9,
    NotImplementedError = 10,
    AttributeError = 11,
    SystemExit = 12,
    RecursionError = 13,
    StopIteration = 14,
    ArithmeticError = 15,
    LookupError = 16,
    NameError = 17,
    UnicodeError = 18,
    KeyboardInterrupt = 19,
    BaseException = 20,
    EOFError = 21,
    UnboundLocalError = 22,
}

impl ExcKind {
    /// The kind for an ABI code, if it is one.
    pub fn from_raw(code: u32) -> Option<ExcKind> {
        use ExcKind::*;
        const ALL: [ExcKind; 22] = [
            Exception,
            ValueError,
            TypeError,
            ZeroDivisionError,
            OverflowError,
            IndexError,
            KeyError,
            RuntimeError,
            AssertionError,
            NotImplementedError,
            AttributeError,
            SystemExit,
            RecursionError,
            StopIteration,
            ArithmeticError,
            LookupError,
            NameError,
            UnicodeError,
            KeyboardInterrupt,
            BaseException,
            EOFError,
            UnboundLocalError,
        ];
        ALL.get((code as usize).wrapping_sub(1)).copied()
    }

    /// The class name, as an immortal string.
    pub fn name(self) -> *mut Str {
        use ExcKind::*;
        match self {
            Exception => static_str!("Exception"),
            ValueError => static_str!("ValueError"),
            TypeError => static_str!("TypeError"),
            ZeroDivisionError => static_str!("ZeroDivisionError"),
            OverflowError => static_str!("OverflowError"),
            IndexError => static_str!("IndexError"),
            KeyError => static_str!("KeyError"),
            RuntimeError => static_str!("RuntimeError"),
            AssertionError => static_str!("AssertionError"),
            NotImplementedError => static_str!("NotImplementedError"),
            AttributeError => static_str!("AttributeError"),
            SystemExit => static_str!("SystemExit"),
            RecursionError => static_str!("RecursionError"),
            StopIteration => static_str!("StopIteration"),
            ArithmeticError => static_str!("ArithmeticError"),
            LookupError => static_str!("LookupError"),
            NameError => static_str!("NameError"),
            UnicodeError => static_str!("UnicodeError"),
            KeyboardInterrupt => static_str!("KeyboardInterrupt"),
            BaseException => static_str!("BaseException"),
            EOFError => static_str!("EOFError"),
            UnboundLocalError => static_str!("UnboundLocalError"),
        }
    }
}

/// The argument of a `SystemExit`, which decides the process exit status.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExitArg {
    /// `sys.exit()` / `raise SystemExit`: status 0.
    None,
    /// `sys.exit(n)`: status `n`.
    Code(i64),
    /// `sys.exit("text")`: the message goes to stderr, status 1.
    Message,
}

/// An exception object (object kind 3).
#[repr(C)]
pub struct ExcObj {
    pub header: Header,
    pub kind: ExcKind,
    /// `str(e)`; owned, never NULL (empty when there is no message).
    pub message: *mut Str,
    /// Meaningful for `SystemExit` only.
    pub exit: ExitArg,
}

runtime_global! {
    /// The pending exception (owned), if any.
    static PENDING: Option<NonNull<ExcObj>> = None;
}

/// Makes a new exception pending, replacing (and dropping) any pending one
/// and its traceback. Takes ownership of `message`.
pub fn raise_owned(kind: ExcKind, message: *mut Str, exit: ExitArg) {
    let Some(obj) =
        NonNull::new(heap::alloc_or_die(core::mem::size_of::<ExcObj>()).cast::<ExcObj>())
    else {
        heap::out_of_memory();
    };
    // SAFETY: fresh block of the right size; malloc aligns to 16.
    unsafe {
        obj.write(ExcObj {
            header: Header::new(KIND_EXCEPTION),
            kind,
            message,
            exit,
        })
    };
    let old = PENDING.with(|p| p.replace(obj));
    traceback::clear();
    if let Some(old) = old {
        // SAFETY: PENDING owned that reference.
        unsafe { object::decref(old.as_ptr().cast()) };
    }
}

/// Raises `kind` with a message given as UTF-8 text.
pub fn raise(kind: ExcKind, message: &[u8]) {
    raise_owned(kind, str_obj::new(message), ExitArg::None);
}

/// Raises and returns NULL: the tail of a pointer-returning function.
pub fn fail_null<T>(kind: ExcKind, message: &[u8]) -> *mut T {
    raise(kind, message);
    ptr::null_mut()
}

/// Raises and returns 1: the tail of a flag-returning function.
pub fn fail_flag(kind: ExcKind, message: &[u8]) -> u8 {
    raise(kind, message);
    1
}

/// Whether an exception is pending.
pub fn is_pending() -> bool {
    PENDING.with(|p| p.is_some())
}

/// Takes ownership of the pending exception, leaving none pending. The
/// traceback stays until [`clear`] (the reporter still needs it).
pub fn take() -> Option<NonNull<ExcObj>> {
    PENDING.with(|p| p.take())
}

/// The kind of the pending exception, if any.
pub fn pending_kind() -> Option<ExcKind> {
    // SAFETY: PENDING holds a live exception while it is Some.
    PENDING.with(|p| p.map(|e| unsafe { e.as_ref().kind }))
}

/// Drops the pending exception, if any, and the traceback.
pub fn clear() {
    if let Some(e) = take() {
        // SAFETY: `take` handed us PENDING's reference.
        unsafe { object::decref(e.as_ptr().cast()) };
    }
    traceback::clear();
}

/// Frees an exception whose refcount reached zero.
///
/// # Safety
/// `e` is a live, mortal, unreferenced exception.
pub unsafe fn dealloc(e: *mut ExcObj) {
    // SAFETY: the exception owns its message; the object is one malloc block.
    unsafe {
        object::decref((*e).message.cast());
        heap::free(e.cast());
    }
}

/// A borrowed string argument that may be NULL, as a new owned reference
/// (the empty string for NULL).
///
/// # Safety
/// `s` is NULL or a live string.
unsafe fn own_or_empty(s: *const Str) -> *mut Str {
    if s.is_null() {
        return str_obj::empty();
    }
    // SAFETY: live string (caller); the incref makes the reference ours.
    unsafe { object::incref(s.cast()) };
    s.cast_mut()
}

/// `void pyaot_raise(uint32_t kind, const Str *msg)`: makes an exception
/// pending with `str(e) == msg` (NULL: no message). Borrows `msg`.
/// `SystemExit` raised this way exits with status 0 when `msg` is NULL and
/// prints `msg` and exits with status 1 otherwise, as `raise SystemExit(msg)`.
/// An unknown kind is a compiler bug and aborts the process.
///
/// # Safety
/// `msg` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_raise(kind: u32, msg: *const Str) {
    let Some(kind) = ExcKind::from_raw(kind) else {
        heap::fatal(b"fatal error: pyaot_raise: unknown exception kind\n");
    };
    let exit = match (kind, msg.is_null()) {
        (ExcKind::SystemExit, false) => ExitArg::Message,
        _ => ExitArg::None,
    };
    // SAFETY: forwarded.
    raise_owned(kind, unsafe { own_or_empty(msg) }, exit);
}

/// `void pyaot_raise_system_exit(int64_t code)`: `sys.exit(code)`.
#[no_mangle]
pub extern "C" fn pyaot_raise_system_exit(code: i64) {
    let mut text = Vec::new();
    int_text::write_i64(&mut text, code);
    raise_owned(
        ExcKind::SystemExit,
        str_obj::new(&text),
        ExitArg::Code(code),
    );
}

/// `void pyaot_raise_system_exit_msg(const Str *msg)`: `sys.exit(msg)`;
/// NULL means `sys.exit(None)`. Borrows `msg`.
///
/// # Safety
/// `msg` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_raise_system_exit_msg(msg: *const Str) {
    let exit = if msg.is_null() {
        ExitArg::None
    } else {
        ExitArg::Message
    };
    // SAFETY: forwarded.
    raise_owned(ExcKind::SystemExit, unsafe { own_or_empty(msg) }, exit);
}

/// `uint8_t pyaot_exc_pending(void)`: 1 if an exception is pending.
#[no_mangle]
pub extern "C" fn pyaot_exc_pending() -> u8 {
    is_pending() as u8
}

/// `uint32_t pyaot_exc_kind(void)`: the pending exception's kind, 0 if none.
#[no_mangle]
pub extern "C" fn pyaot_exc_kind() -> u32 {
    pending_kind().map_or(0, |k| k as u32)
}

/// `void pyaot_exc_clear(void)`: discards the pending exception (if any)
/// and the traceback collected for it.
#[no_mangle]
pub extern "C" fn pyaot_exc_clear() {
    clear();
}

/// `Str *pyaot_exc_message(void)`: `str(e)` of the pending exception, or
/// the empty string if none is pending. Returns a new reference.
#[no_mangle]
pub extern "C" fn pyaot_exc_message() -> *mut Str {
    PENDING.with(|p| match p {
        Some(e) => {
            // SAFETY: PENDING holds a live exception; its message is live.
            let msg = unsafe { e.as_ref().message };
            // SAFETY: live string; the new reference goes to the caller.
            unsafe { object::incref(msg.cast()) };
            msg
        }
        None => str_obj::empty(),
    })
}

/// `const Str *pyaot_exc_kind_name(uint32_t kind)`: the class name for an
/// exception kind (e.g. "ValueError"), immortal; "Exception" for a code
/// that is not a kind.
#[no_mangle]
pub extern "C" fn pyaot_exc_kind_name(kind: u32) -> *const Str {
    ExcKind::from_raw(kind).unwrap_or(ExcKind::Exception).name()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{s, text};

    #[test]
    fn raise_take_clear() {
        assert_eq!(pyaot_exc_pending(), 0);
        assert_eq!(pyaot_exc_kind(), 0);
        assert_eq!(text(pyaot_exc_message()), "");
        // SAFETY: NULL message is allowed.
        unsafe { pyaot_raise(2, s("bad value")) };
        assert_eq!(pyaot_exc_pending(), 1);
        assert_eq!(pyaot_exc_kind(), 2);
        assert_eq!(text(pyaot_exc_message()), "bad value");
        pyaot_exc_clear();
        assert_eq!(pyaot_exc_pending(), 0);
    }

    #[test]
    fn system_exit_arguments() {
        pyaot_raise_system_exit(3);
        assert_eq!(text(pyaot_exc_message()), "3");
        assert_eq!(take_exit(), Some(ExitArg::Code(3)));
        // SAFETY: NULL and live strings are both allowed.
        unsafe {
            pyaot_raise_system_exit_msg(ptr::null());
            assert_eq!(take_exit(), Some(ExitArg::None));
            pyaot_raise(12, s("bye"));
            assert_eq!(take_exit(), Some(ExitArg::Message));
            pyaot_raise(12, ptr::null());
            assert_eq!(take_exit(), Some(ExitArg::None));
        }
    }

    fn take_exit() -> Option<ExitArg> {
        let e = take()?;
        // SAFETY: `take` handed over a live exception, released here.
        unsafe {
            let exit = e.as_ref().exit;
            object::decref(e.as_ptr().cast());
            Some(exit)
        }
    }

    #[test]
    fn kind_names() {
        assert_eq!(text(pyaot_exc_kind_name(4).cast_mut()), "ZeroDivisionError");
        assert_eq!(text(pyaot_exc_kind_name(21).cast_mut()), "EOFError");
        assert_eq!(text(pyaot_exc_kind_name(99).cast_mut()), "Exception");
        for code in 1..=22 {
            assert_eq!(ExcKind::from_raw(code).map(|k| k as u32), Some(code));
        }
        assert_eq!(ExcKind::from_raw(0), None);
    }
}
