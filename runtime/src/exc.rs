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
//!
//! `try`/`except` in compiled code: on an error inside `try`, the handler
//! asks [`pyaot_exc_matches`] whether the pending exception is an instance
//! of an `except` clause's class (following CPython's built-in hierarchy,
//! [`ExcKind::parent`]), takes it as an object with [`pyaot_exc_fetch`]
//! (for `as e`), and re-raises with [`pyaot_exc_restore`] or
//! [`pyaot_raise_obj`]. Exception objects also come from
//! [`pyaot_exc_new`] (`e = ValueError("x")`) and print through
//! [`pyaot_exc_str`] and [`pyaot_exc_repr`].

use crate::global::runtime_global;
use crate::instance::{self, ClassDesc};
use crate::list_obj::{self, Elem};
use crate::object::{self, Header, KIND_EXCEPTION};
use crate::str_obj::{self, static_str, Str};
use crate::tuple_obj::{self, Tuple};
use crate::{heap, int_text, str_repr, traceback};
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
    UnicodeDecodeError = 23,
    UnicodeEncodeError = 24,
    /// Raised inside a suspended generator when it is dropped (`close()`).
    GeneratorExit = 25,
}

impl ExcKind {
    /// The kind for an ABI code, if it is one.
    pub fn from_raw(code: u32) -> Option<ExcKind> {
        use ExcKind::*;
        const ALL: [ExcKind; 25] = [
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
            UnicodeDecodeError,
            UnicodeEncodeError,
            GeneratorExit,
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
            UnicodeDecodeError => static_str!("UnicodeDecodeError"),
            UnicodeEncodeError => static_str!("UnicodeEncodeError"),
            GeneratorExit => static_str!("GeneratorExit"),
        }
    }

    /// The direct base class in CPython's built-in hierarchy; None for
    /// `BaseException`.
    pub fn parent(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            SystemExit | KeyboardInterrupt | GeneratorExit | Exception => BaseException,
            ArithmeticError | LookupError | ValueError | RuntimeError | NameError | TypeError
            | AssertionError | AttributeError | StopIteration | EOFError => Exception,
            ZeroDivisionError | OverflowError => ArithmeticError,
            IndexError | KeyError => LookupError,
            UnicodeError => ValueError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
            RecursionError | NotImplementedError => RuntimeError,
            UnboundLocalError => NameError,
        })
    }

    /// Whether `self` is `base` or derives from it (`issubclass`).
    pub fn is_subclass_of(self, base: ExcKind) -> bool {
        let mut kind = Some(self);
        while let Some(k) = kind {
            if k == base {
                return true;
            }
            kind = k.parent();
        }
        false
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

/// The exception's argument as `repr(e)` shows it between the parentheses.
/// (`str(e)` is always the object's `message`.)
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExcArg {
    /// No argument: `ValueError()`, whose message is empty.
    None,
    /// One str argument, the message itself: `ValueError('bad')`.
    Str,
    /// One argument whose repr is the message itself: a KeyError's message
    /// is already the repr of its key (`KeyError('k')`, str "'k'"), and
    /// `SystemExit(3)`'s is the code.
    Verbatim,
    /// One argument of another type, whose repr is kept here (owned):
    /// `ValueError(5)`, `ValueError([1, 'a'])`.
    Repr(NonNull<Str>),
}

/// An exception object (object kind 3).
///
/// An instance of a user exception class is an exception object too: its
/// `class` points to the class descriptor, its `kind` is the nearest
/// built-in base, and the class's field slots follow the struct (offset
/// `size_of::<ExcObj>()`, which codegen knows as `EXC_SLOTS_OFFSET`).
/// `class` sits at offset 16, as in every instance, so method dispatch
/// finds the descriptor the same way.
#[repr(C)]
pub struct ExcObj {
    pub header: Header,
    /// The user exception class, or NULL for a built-in exception.
    pub class: *const ClassDesc,
    pub kind: ExcKind,
    /// `str(e)`; owned, never NULL (empty when there is no message).
    pub message: *mut Str,
    /// Meaningful for `SystemExit` only.
    pub exit: ExitArg,
    /// What `repr(e)` shows.
    pub arg: ExcArg,
    /// `e.args` when it is not derived from `arg` (owned; NULL: `()` for
    /// no argument, `(message,)` for a str argument, `(code,)` for
    /// `SystemExit(code)`). Set for every other argument list
    /// ([`pyaot_exc_store_args`], [`raise_key_error`]).
    pub args: *mut Tuple,
    /// For user exception classes: the assigned-fields mask (see
    /// `instance`); the field slots follow.
    pub set: u64,
}

runtime_global! {
    /// The pending exception (owned), if any.
    static PENDING: Option<NonNull<ExcObj>> = None;
}

/// A new exception object holding one reference. Takes ownership of
/// `message` and of the string in `arg`, if any.
fn new_obj(kind: ExcKind, message: *mut Str, exit: ExitArg, arg: ExcArg) -> NonNull<ExcObj> {
    let Some(obj) =
        NonNull::new(heap::alloc_or_die(core::mem::size_of::<ExcObj>()).cast::<ExcObj>())
    else {
        heap::out_of_memory();
    };
    // SAFETY: fresh block of the right size; malloc aligns to 16.
    unsafe {
        obj.write(ExcObj {
            header: Header::new(KIND_EXCEPTION),
            class: ptr::null(),
            kind,
            message,
            exit,
            arg,
            args: ptr::null_mut(),
            set: 0,
        })
    };
    obj
}

/// Makes `obj` the pending exception, taking over its reference and
/// replacing (and dropping) any pending one; the traceback starts empty.
fn set_pending(obj: NonNull<ExcObj>) {
    let old = PENDING.with(|p| p.replace(obj));
    traceback::clear();
    if let Some(old) = old {
        // SAFETY: PENDING owned that reference.
        unsafe { object::decref(old.as_ptr().cast()) };
    }
}

/// Makes a new exception pending, replacing (and dropping) any pending one
/// and its traceback. Takes ownership of `message` and of `arg`'s string.
pub fn raise_owned(kind: ExcKind, message: *mut Str, exit: ExitArg, arg: ExcArg) {
    set_pending(new_obj(kind, message, exit, arg));
}

/// Raises `kind` with a message given as UTF-8 text (its one str
/// argument; an empty message means no argument).
pub fn raise(kind: ExcKind, message: &[u8]) {
    let arg = if message.is_empty() {
        ExcArg::None
    } else {
        ExcArg::Str
    };
    raise_owned(kind, str_obj::new(message), ExitArg::None, arg);
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

/// Makes `e` (a reference taken by [`take`]) the pending exception again,
/// keeping the traceback as it is; drops whatever was pending.
pub fn put_back(e: Option<NonNull<ExcObj>>) {
    if let Some(old) = PENDING.with(|p| core::mem::replace(p, e)) {
        // SAFETY: PENDING owned that reference.
        unsafe { object::decref(old.as_ptr().cast()) };
    }
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
    // SAFETY: the exception owns its message and its argument's repr; the
    // object is one malloc block.
    unsafe {
        object::decref((*e).message.cast());
        if let ExcArg::Repr(repr) = (*e).arg {
            object::decref(repr.as_ptr().cast());
        }
        if !(*e).args.is_null() {
            object::decref((*e).args.cast());
        }
        if !(*e).class.is_null() {
            instance::release_slots((*e).class, e.add(1).cast());
        }
        heap::free(e.cast());
    }
}

/// A new instance of the user exception class `desc` (a new reference):
/// an exception of its built-in base kind without arguments, with its
/// field slots unassigned.
///
/// # Safety
/// `desc` is a class descriptor of an exception class.
pub unsafe fn new_for_class(desc: *const ClassDesc) -> *mut ExcObj {
    // SAFETY: a valid descriptor (caller).
    let (nslots, code) = unsafe { ((*desc).nslots as usize, (*desc).exc_kind) };
    let Some(kind) = ExcKind::from_raw(code) else {
        heap::fatal(b"fatal error: exception class without a built-in base\n");
    };
    let size = core::mem::size_of::<ExcObj>() + 8 * nslots;
    let obj = heap::alloc_or_die(size).cast::<ExcObj>();
    // SAFETY: a fresh block of `size` bytes: the struct, then the slots.
    unsafe {
        obj.write(ExcObj {
            header: Header::new(KIND_EXCEPTION),
            class: desc,
            kind,
            message: str_obj::empty(),
            exit: ExitArg::None,
            arg: ExcArg::None,
            args: ptr::null_mut(),
            set: 0,
        });
        core::ptr::write_bytes(obj.add(1).cast::<u64>(), 0, nslots);
    }
    obj
}

/// `void *pyaot_exc_instance_new(const ClassDesc *desc)`: a new instance
/// of a user exception class, with no arguments yet (see
/// `pyaot_exc_set_args`).
///
/// # Safety
/// `desc` is the descriptor of an exception class.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_instance_new(desc: *const ClassDesc) -> *mut ExcObj {
    // SAFETY: forwarded.
    unsafe { new_for_class(desc) }
}

/// `void pyaot_exc_set_args(void *exc, int64_t n, const Str *text, const
/// Str *repr)`: sets the exception's `args` to `n` arguments, as
/// `BaseException.__init__` does: `n` 0 (no argument); `n` 1 with `repr`
/// NULL: the one argument is the str `text`; `n` 1 otherwise: one
/// argument whose str is `text` and repr `repr`; `n` 2 or more: `text` is
/// the str of the args tuple (`(1, 'a')`) and `repr` the reprs joined
/// (`1, 'a'`). For KeyError and its subclasses `str(e)` of one argument is
/// its repr, as in CPython. Borrows the strings.
///
/// # Safety
/// `exc` is a live exception; the strings are live or NULL as described.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_set_args(
    exc: *mut ExcObj,
    n: i64,
    text: *const Str,
    repr: *const Str,
) {
    // SAFETY: live exception and strings (caller).
    unsafe {
        let key_error = (*exc).kind.is_subclass_of(ExcKind::KeyError);
        let (message, arg) = match (n, repr.is_null()) {
            (0, _) => (str_obj::empty(), ExcArg::None),
            (1, true) if key_error => {
                let mut out = Vec::new();
                str_repr::write_repr(str_obj::as_str(text), &mut out);
                (str_obj::new(&out), ExcArg::Verbatim)
            }
            (1, true) => (own_or_empty(text), ExcArg::Str),
            (_, _) => {
                let Some(r) = NonNull::new(own_or_empty(repr)) else {
                    heap::fatal(b"fatal error: pyaot_exc_set_args: NULL repr\n");
                };
                let message = if key_error && n == 1 { repr } else { text };
                (own_or_empty(message), ExcArg::Repr(r))
            }
        };
        let old_message = core::mem::replace(&mut (*exc).message, message);
        let old_arg = core::mem::replace(&mut (*exc).arg, arg);
        replace_args(exc, ptr::null_mut());
        object::decref(old_message.cast());
        if let ExcArg::Repr(old) = old_arg {
            object::decref(old.as_ptr().cast());
        }
    }
}

/// Makes `args` (owned, or NULL) the stored `e.args` of `exc`, releasing
/// the old one.
///
/// # Safety
/// `exc` is a live exception; `args` is NULL or a live tuple.
unsafe fn replace_args(exc: *mut ExcObj, args: *mut Tuple) {
    // SAFETY: live exception (caller), which owned its old tuple.
    unsafe {
        let old = core::mem::replace(&mut (*exc).args, args);
        if !old.is_null() {
            object::decref(old.cast());
        }
    }
}

/// `void pyaot_exc_store_args(void *exc, const Tuple *args)`: makes
/// `args` the exception's `e.args` (after `pyaot_exc_set_args` or
/// `pyaot_exc_new_arg` set its str and repr). Borrows `args`.
///
/// # Safety
/// `exc` is a live exception and `args` a live tuple.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_store_args(exc: *mut ExcObj, args: *mut Tuple) {
    // SAFETY: live objects (caller); the exception takes its own reference.
    unsafe {
        object::incref(args.cast());
        replace_args(exc, args);
    }
}

/// `Tuple *pyaot_exc_args(const void *exc)`: `e.args`, a new reference:
/// the stored tuple, or the one the argument implies (`()`, `(message,)`
/// of a str argument, `(code,)` of `sys.exit(code)`). NULL (None, for an
/// exception-class-typed value) raises CPython's AttributeError and
/// returns NULL.
///
/// # Safety
/// `exc` is NULL or a live exception.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_args(exc: *const ExcObj) -> *mut Tuple {
    if exc.is_null() {
        return fail_null(
            ExcKind::AttributeError,
            b"'NoneType' object has no attribute 'args'",
        );
    }
    // SAFETY: live exception (caller), whose strings are live.
    unsafe {
        let stored = (*exc).args;
        if !stored.is_null() {
            object::incref(stored.cast());
            return stored;
        }
        match ((*exc).arg, (*exc).exit) {
            (ExcArg::None, _) => tuple_obj::new(0, c"".as_ptr().cast()),
            (ExcArg::Verbatim, ExitArg::Code(code)) => {
                tuple_obj::from_slots(c"i".as_ptr().cast(), &[code as u64])
            }
            _ => {
                let msg = (*exc).message;
                object::incref(msg.cast());
                tuple_obj::from_slots(c"s".as_ptr().cast(), &[msg as u64])
            }
        }
    }
}

/// Raises `KeyError(key)` for a key of element kind `elem` (the dict and
/// set lookups): its message is `repr(key)` and its args `(key,)`.
///
/// # Safety
/// `key` is a valid slot value of kind `elem` (borrowed).
pub unsafe fn raise_key_error(elem: Elem, key: u64) {
    let mut msg = Vec::new();
    // SAFETY: a valid slot (caller); the tuple takes its own reference.
    unsafe {
        list_obj::write_item_repr(elem, key, &mut Vec::new(), &mut msg);
        let obj = new_obj(
            ExcKind::KeyError,
            str_obj::new(&msg),
            ExitArg::None,
            ExcArg::Verbatim,
        );
        list_obj::incref_item(elem, key);
        let args = tuple_obj::from_slots(tuple_obj::code_of_elem(elem).as_ptr().cast(), &[key]);
        (*obj.as_ptr()).args = args;
        set_pending(obj);
    }
}

/// `uint8_t pyaot_exc_matches_class(const ClassDesc *desc)`: 1 if an
/// exception is pending and it is an instance of the user exception class
/// `desc` (or of a subclass), 0 otherwise.
///
/// # Safety
/// `desc` is a class descriptor.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_matches_class(desc: *const ClassDesc) -> u8 {
    // SAFETY: PENDING holds a live exception while it is Some.
    PENDING.with(|p| match p {
        Some(e) => unsafe { instance::derives_from(e.as_ref().class, desc) as u8 },
        None => 0,
    })
}

/// The name of an exception's class (a user class's own name), immortal.
///
/// # Safety
/// `e` is a live exception.
pub unsafe fn class_name(e: *const ExcObj) -> *const Str {
    // SAFETY: live exception (caller); descriptors outlive the program.
    unsafe {
        if (*e).class.is_null() {
            (*e).kind.name()
        } else {
            (*(*e).class).name
        }
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

/// A new exception of ABI code `kind` with message `msg` (NULL: no
/// argument), as `pyaot_raise` and `pyaot_exc_new` describe.
///
/// # Safety
/// `msg` is NULL or a live string.
unsafe fn new_with_message(kind: u32, msg: *const Str) -> NonNull<ExcObj> {
    let Some(kind) = ExcKind::from_raw(kind) else {
        heap::fatal(b"fatal error: unknown exception kind\n");
    };
    let (exit, arg) = match (kind, msg.is_null()) {
        (_, true) => (ExitArg::None, ExcArg::None),
        (ExcKind::SystemExit, false) => (ExitArg::Message, ExcArg::Str),
        (ExcKind::KeyError, false) => (ExitArg::None, ExcArg::Verbatim),
        (_, false) => (ExitArg::None, ExcArg::Str),
    };
    // SAFETY: forwarded.
    new_obj(kind, unsafe { own_or_empty(msg) }, exit, arg)
}

/// `void pyaot_raise(uint32_t kind, const Str *msg)`: makes an exception
/// pending with `str(e) == msg` (NULL: no argument). Borrows `msg`. The
/// message is the argument itself, so `repr(e)` quotes it (`ValueError('x')`),
/// except for KeyError, whose message the compiler passes as `repr(key)`
/// already (`str(KeyError('k'))` is "'k'"). `SystemExit` raised this way
/// exits with status 0 when `msg` is NULL and prints `msg` and exits with
/// status 1 otherwise, as `raise SystemExit(msg)`. An unknown kind is a
/// compiler bug and aborts the process.
///
/// # Safety
/// `msg` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_raise(kind: u32, msg: *const Str) {
    // SAFETY: forwarded.
    set_pending(unsafe { new_with_message(kind, msg) });
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
        ExcArg::Verbatim,
    );
}

/// `void pyaot_raise_system_exit_msg(const Str *msg)`: `sys.exit(msg)`;
/// NULL means `sys.exit(None)`. Borrows `msg`.
///
/// # Safety
/// `msg` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_raise_system_exit_msg(msg: *const Str) {
    let (exit, arg) = if msg.is_null() {
        (ExitArg::None, ExcArg::None)
    } else {
        (ExitArg::Message, ExcArg::Str)
    };
    // SAFETY: forwarded.
    raise_owned(ExcKind::SystemExit, unsafe { own_or_empty(msg) }, exit, arg);
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

/// `uint8_t pyaot_exc_matches(uint32_t kind)`: 1 if an exception is
/// pending and its class is `kind` or a subclass of it (`except kind:`),
/// following CPython's built-in hierarchy; 0 otherwise, and for a code
/// that is not a kind.
#[no_mangle]
pub extern "C" fn pyaot_exc_matches(kind: u32) -> u8 {
    match (pending_kind(), ExcKind::from_raw(kind)) {
        (Some(pending), Some(base)) => pending.is_subclass_of(base) as u8,
        _ => 0,
    }
}

/// `void *pyaot_exc_fetch(void)`: takes the pending exception as an object
/// (a new reference, object kind 3; release it with `pyaot_decref`),
/// leaving none pending and discarding the traceback collected for it.
/// NULL if none is pending.
#[no_mangle]
pub extern "C" fn pyaot_exc_fetch() -> *mut ExcObj {
    let e = take();
    traceback::clear();
    e.map_or(ptr::null_mut(), NonNull::as_ptr)
}

/// `void pyaot_exc_restore(void *exc)`: makes `exc` pending again (a bare
/// `raise` in a handler), replacing any pending exception. Borrows `exc`
/// (the pending slot takes its own reference). The traceback starts empty;
/// the compiled code adds the frames the exception leaves from here on.
///
/// # Safety
/// `exc` is a live exception object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_restore(exc: *const ExcObj) {
    let Some(exc) = NonNull::new(exc.cast_mut()) else {
        heap::fatal(b"fatal error: pyaot_exc_restore: NULL exception\n");
    };
    // SAFETY: live object (caller); the new reference goes to PENDING.
    unsafe { object::incref(exc.as_ptr().cast()) };
    set_pending(exc);
}

/// `void pyaot_raise_obj(void *exc)`: `raise e` for an exception object;
/// as `pyaot_exc_restore`. Borrows `exc`.
///
/// # Safety
/// `exc` is a live exception object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_raise_obj(exc: *const ExcObj) {
    // SAFETY: forwarded.
    unsafe { pyaot_exc_restore(exc) }
}

/// `void *pyaot_exc_new(uint32_t kind, const Str *msg)`: a new exception
/// object, `kind(msg)` (`kind()` for NULL), without raising it. Borrows
/// `msg`, whose meaning is as for `pyaot_raise` (for KeyError it is the
/// repr of the key). An unknown kind aborts the process.
///
/// # Safety
/// `msg` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_new(kind: u32, msg: *const Str) -> *mut ExcObj {
    // SAFETY: forwarded.
    unsafe { new_with_message(kind, msg) }.as_ptr()
}

/// `void *pyaot_exc_new_arg(uint32_t kind, const Str *str_arg, const Str
/// *repr_arg)`: a new exception object `kind(x)` for an argument `x` that
/// is not a str, given as `str(x)` and `repr(x)`, so that `str(e)` and
/// `repr(e)` both match CPython (`ValueError(5)`, `ValueError(None)`). For
/// KeyError, `str(e)` is `repr(x)`, as in CPython. A `SystemExit` made this
/// way exits with status 1 after printing `str(x)` (right for any argument
/// but an int or None, which `pyaot_raise_system_exit` and `pyaot_exc_new`
/// cover). Borrows both strings. An unknown kind aborts the process.
///
/// # Safety
/// `str_arg` and `repr_arg` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_new_arg(
    kind: u32,
    str_arg: *const Str,
    repr_arg: *const Str,
) -> *mut ExcObj {
    let Some(kind) = ExcKind::from_raw(kind) else {
        heap::fatal(b"fatal error: unknown exception kind\n");
    };
    let exit = if kind == ExcKind::SystemExit {
        ExitArg::Message
    } else {
        ExitArg::None
    };
    let message = if kind == ExcKind::KeyError {
        repr_arg
    } else {
        str_arg
    };
    // SAFETY: live strings (caller); the object takes its own references.
    unsafe {
        let Some(repr) = NonNull::new(own_or_empty(repr_arg)) else {
            heap::fatal(b"fatal error: pyaot_exc_new_arg: NULL repr\n");
        };
        new_obj(kind, own_or_empty(message), exit, ExcArg::Repr(repr)).as_ptr()
    }
}

/// `uint32_t pyaot_exc_obj_kind(const void *exc)`: the kind code of an
/// exception object.
///
/// # Safety
/// `exc` is a live exception object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_obj_kind(exc: *const ExcObj) -> u32 {
    // SAFETY: live object (caller).
    unsafe { (*exc).kind as u32 }
}

/// `Str *pyaot_exc_str(const void *exc)`: `str(e)`: its message ("" when
/// it has no argument; a KeyError's is the repr of the key), or what the
/// user class's `__str__` returns (NULL if that raised). Returns a new
/// reference.
///
/// # Safety
/// `exc` is a live exception object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_str(exc: *const ExcObj) -> *mut Str {
    // SAFETY: live object (caller), whose message is a live string; the new
    // reference goes to the caller.
    unsafe {
        if let Some(f) = instance::str_method((*exc).class) {
            return f(exc.cast_mut().cast());
        }
        let msg = (*exc).message;
        object::incref(msg.cast());
        msg
    }
}

/// `Str *pyaot_exc_repr(const void *exc)`: `repr(e)`, as CPython's
/// `BaseException.__repr__`: `ValueError('bad')`, `ValueError()`,
/// `KeyError('k')`, `SystemExit(3)`, or what the user class's `__repr__`
/// returns (NULL if that raised). Returns a new reference.
///
/// # Safety
/// `exc` is a live exception object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_repr(exc: *const ExcObj) -> *mut Str {
    let mut out = Vec::new();
    // SAFETY: live object (caller); its strings are live.
    unsafe {
        if let Some(f) = instance::repr_method((*exc).class) {
            return f(exc.cast_mut().cast());
        }
        out.extend_from_slice(instance::short_name(str_obj::bytes(class_name(exc))));
        out.push(b'(');
        match (*exc).arg {
            ExcArg::None => {}
            ExcArg::Str => str_repr::write_repr(str_obj::as_str((*exc).message), &mut out),
            ExcArg::Verbatim => out.extend_from_slice(str_obj::bytes((*exc).message)),
            ExcArg::Repr(repr) => out.extend_from_slice(str_obj::bytes(repr.as_ptr())),
        }
    }
    out.push(b')');
    str_obj::new(&out)
}

/// `Str *pyaot_exc_type_repr(const void *exc)`: `repr(type(e))` for the
/// `exc_type` argument of `__exit__`, which compiled code represents by the
/// exception object itself: `<class 'ValueError'>`, `<class
/// '__main__.MyError'>` for a user class, and `None` for NULL. Returns a
/// new reference.
///
/// # Safety
/// `exc` is NULL or a live exception object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_type_repr(exc: *const ExcObj) -> *mut Str {
    if exc.is_null() {
        return str_obj::new(b"None");
    }
    let mut out = Vec::new();
    out.extend_from_slice(b"<class '");
    // SAFETY: live object (caller).
    unsafe {
        if !(*exc).class.is_null() {
            out.extend_from_slice(b"__main__.");
        }
        out.extend_from_slice(str_obj::bytes(class_name(exc)));
    }
    out.extend_from_slice(b"'>");
    str_obj::new(&out)
}

/// `Str *pyaot_exc_type_name(const void *exc)`: `type(e).__name__` for the
/// `exc_type` argument of `__exit__` (the exception object, NULL for None:
/// CPython's AttributeError for `None.__name__`). Returns a new reference,
/// NULL when it raised.
///
/// # Safety
/// `exc` is NULL or a live exception object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_type_name(exc: *const ExcObj) -> *mut Str {
    if exc.is_null() {
        return fail_null(
            ExcKind::AttributeError,
            b"'NoneType' object has no attribute '__name__'",
        );
    }
    // SAFETY: live object (caller); the name is a live string.
    unsafe {
        let name = class_name(exc);
        object::incref(name.cast());
        name.cast_mut()
    }
}

/// `uint8_t pyaot_exc_type_is(const void *exc, uint64_t kind, const
/// ClassDesc *desc)`: `type(e) is C` for the `exc_type` argument of
/// `__exit__`: the exception's class is exactly the user class `desc`, or
/// (`desc` NULL) exactly the built-in class `kind`. NULL (None) is never.
///
/// # Safety
/// `exc` is NULL or a live exception object; `desc` is NULL or a class
/// descriptor.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_type_is(
    exc: *const ExcObj,
    kind: u64,
    desc: *const ClassDesc,
) -> u8 {
    if exc.is_null() {
        return 0;
    }
    // SAFETY: live object (caller).
    let (class, own_kind) = unsafe { ((*exc).class, (*exc).kind) };
    if desc.is_null() {
        (class.is_null() && own_kind as u64 == kind) as u8
    } else {
        core::ptr::eq(class, desc) as u8
    }
}

/// `uint8_t pyaot_exc_isinstance(const void *exc, uint64_t kind, const
/// ClassDesc *desc)`: `isinstance(e, C)`: the exception's class is the
/// user class `desc` or derives from it, or (`desc` NULL) is the built-in
/// class `kind` or a subclass of it (a user class through its built-in
/// base).
///
/// # Safety
/// `exc` is a live exception object; `desc` is NULL or a class
/// descriptor.
#[no_mangle]
pub unsafe extern "C" fn pyaot_exc_isinstance(
    exc: *const ExcObj,
    kind: u64,
    desc: *const ClassDesc,
) -> u8 {
    // SAFETY: live object (caller).
    let (class, own_kind) = unsafe { ((*exc).class, (*exc).kind) };
    if desc.is_null() {
        let base = u32::try_from(kind).ok().and_then(ExcKind::from_raw);
        base.is_some_and(|b| own_kind.is_subclass_of(b)) as u8
    } else {
        // SAFETY: descriptors outlive the program.
        unsafe { instance::derives_from(class, desc) as u8 }
    }
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
        for code in 1..=25 {
            assert_eq!(ExcKind::from_raw(code).map(|k| k as u32), Some(code));
        }
        assert_eq!(ExcKind::from_raw(0), None);
    }

    // Row k (kind code k + 1), column b: issubclass(kind, b), from
    //   python3 -c "names = 'Exception ValueError ... UnicodeEncodeError'.split()
    //   cls = [getattr(builtins, n) for n in names]
    //   for c in cls: print(''.join(str(int(issubclass(c, b))) for b in cls))"
    const SUBCLASS: [&str; 24] = [
        "100000000000000000010000", // 1 Exception
        "110000000000000000010000", // 2 ValueError
        "101000000000000000010000", // 3 TypeError
        "100100000000001000010000", // 4 ZeroDivisionError
        "100010000000001000010000", // 5 OverflowError
        "100001000000000100010000", // 6 IndexError
        "100000100000000100010000", // 7 KeyError
        "100000010000000000010000", // 8 RuntimeError
        "100000001000000000010000", // 9 AssertionError
        "100000010100000000010000", // 10 NotImplementedError
        "100000000010000000010000", // 11 AttributeError
        "000000000001000000010000", // 12 SystemExit
        "100000010000100000010000", // 13 RecursionError
        "100000000000010000010000", // 14 StopIteration
        "100000000000001000010000", // 15 ArithmeticError
        "100000000000000100010000", // 16 LookupError
        "100000000000000010010000", // 17 NameError
        "110000000000000001010000", // 18 UnicodeError
        "000000000000000000110000", // 19 KeyboardInterrupt
        "000000000000000000010000", // 20 BaseException
        "100000000000000000011000", // 21 EOFError
        "100000000000000010010100", // 22 UnboundLocalError
        "110000000000000001010010", // 23 UnicodeDecodeError
        "110000000000000001010001", // 24 UnicodeEncodeError
    ];

    #[test]
    fn matches_follows_the_cpython_hierarchy() {
        for (row, expected) in (1..=24).zip(SUBCLASS) {
            // SAFETY: NULL message.
            unsafe { pyaot_raise(row, ptr::null()) };
            let got: std::string::String = (1..=24)
                .map(|base| {
                    if pyaot_exc_matches(base) != 0 {
                        '1'
                    } else {
                        '0'
                    }
                })
                .collect();
            assert_eq!(got, expected, "kind {row}");
            assert_eq!(pyaot_exc_matches(0), 0);
            assert_eq!(pyaot_exc_matches(26), 0);
            clear();
        }
        assert_eq!(pyaot_exc_matches(20), 0, "nothing pending");
    }

    #[test]
    fn fetch_and_restore() {
        assert!(pyaot_exc_fetch().is_null());
        // SAFETY: live strings and exception objects throughout.
        unsafe {
            pyaot_raise(ExcKind::ValueError as u32, s("bad"));
            traceback::pyaot_traceback_add(s("t.py"), s("f"), 3);
            let e = pyaot_exc_fetch();
            assert!(!e.is_null());
            assert_eq!(pyaot_exc_pending(), 0);
            assert_eq!((*e).header.rc, 1);
            assert_eq!(pyaot_exc_obj_kind(e), ExcKind::ValueError as u32);
            assert_eq!(text(pyaot_exc_str(e)), "bad");
            // The traceback went with the fetch: a restored exception
            // reports no frames until compiled code adds new ones.
            pyaot_exc_restore(e);
            assert_eq!((*e).header.rc, 2);
            assert_eq!(pyaot_exc_kind(), ExcKind::ValueError as u32);
            assert_eq!(text(pyaot_exc_message()), "bad");
            let pending = take().map(NonNull::as_ptr);
            assert_eq!(pending, Some(e));
            let mut report = Vec::new();
            traceback::render(&*e, &mut report);
            assert_eq!(report, b"ValueError: bad\n");
            object::decref(e.cast());
            // `raise e` replaces whatever is pending.
            pyaot_raise(ExcKind::KeyError as u32, s("'k'"));
            pyaot_raise_obj(e);
            assert_eq!(pyaot_exc_kind(), ExcKind::ValueError as u32);
            assert_eq!((*e).header.rc, 2);
            object::decref(e.cast());
            clear();
        }
    }

    #[test]
    fn str_and_repr_match_cpython() {
        let new = |kind: ExcKind, msg: Option<&str>| {
            // SAFETY: a live string or NULL.
            unsafe { pyaot_exc_new(kind as u32, msg.map_or(ptr::null(), s)) }
        };
        let new_arg = |kind: ExcKind, str_arg: &str, repr_arg: &str| {
            // SAFETY: live strings.
            unsafe { pyaot_exc_new_arg(kind as u32, s(str_arg), s(repr_arg)) }
        };
        use ExcKind::*;
        // python3 -c "for e in [ValueError('bad'), ...]: print(repr(e), str(e))"
        let cases = [
            (new(ValueError, Some("bad")), "ValueError('bad')", "bad"),
            (new(ValueError, None), "ValueError()", ""),
            (new(ValueError, Some("")), "ValueError('')", ""),
            (
                new(ValueError, Some("it's")),
                "ValueError(\"it's\")",
                "it's",
            ),
            // The compiler passes a KeyError's message as repr(key).
            (new(KeyError, Some("'k'")), "KeyError('k')", "'k'"),
            (new(KeyError, None), "KeyError()", ""),
            (new(KeyError, Some("''")), "KeyError('')", "''"),
            (new(SystemExit, Some("bye")), "SystemExit('bye')", "bye"),
            (new(SystemExit, None), "SystemExit()", ""),
            (new(Exception, Some("a\nb")), "Exception('a\\nb')", "a\nb"),
            (new(StopIteration, None), "StopIteration()", ""),
            (
                new(UnboundLocalError, Some("x")),
                "UnboundLocalError('x')",
                "x",
            ),
            // KeyError(5), ValueError(5), ValueError([1, 'a']), ValueError(None)
            (new_arg(KeyError, "5", "5"), "KeyError(5)", "5"),
            (new_arg(KeyError, "x", "'x'"), "KeyError('x')", "'x'"),
            (new_arg(ValueError, "5", "5"), "ValueError(5)", "5"),
            (
                new_arg(ValueError, "[1, 'a']", "[1, 'a']"),
                "ValueError([1, 'a'])",
                "[1, 'a']",
            ),
            (
                new_arg(ValueError, "None", "None"),
                "ValueError(None)",
                "None",
            ),
        ];
        for (e, repr, str) in cases {
            // SAFETY: fresh exception objects, released here.
            unsafe {
                assert_eq!(text(pyaot_exc_repr(e)), repr);
                assert_eq!(text(pyaot_exc_str(e)), str);
                object::pyaot_decref(e.cast());
            }
        }
        // SystemExit(3), as sys.exit(3) raises it.
        pyaot_raise_system_exit(3);
        let e = pyaot_exc_fetch();
        // SAFETY: the fetched exception, released here.
        unsafe {
            assert_eq!(text(pyaot_exc_repr(e)), "SystemExit(3)");
            assert_eq!(text(pyaot_exc_str(e)), "3");
            object::pyaot_decref(e.cast());
        }
    }

    #[test]
    fn args_are_stored_or_implied() {
        let args_repr = |e: *mut ExcObj| {
            // SAFETY: a live exception; the tuple is released here.
            unsafe {
                let t = pyaot_exc_args(e);
                let r = text(crate::tuple_obj::pyaot_tuple_repr(t));
                object::pyaot_decref(t.cast());
                r
            }
        };
        // SAFETY: live strings and exception objects, released here.
        unsafe {
            // python3 -c "print(ValueError('x').args, ValueError().args)"
            let e = pyaot_exc_new(ExcKind::ValueError as u32, s("x"));
            assert_eq!(args_repr(e), "('x',)");
            object::pyaot_decref(e.cast());
            let e = pyaot_exc_new(ExcKind::ValueError as u32, ptr::null());
            assert_eq!(args_repr(e), "()");
            // A stored tuple wins, and set_args drops it again.
            let t = tuple_obj::from_slots(c"ii".as_ptr().cast(), &[1, 2]);
            pyaot_exc_store_args(e, t);
            object::pyaot_decref(t.cast());
            assert_eq!(args_repr(e), "(1, 2)");
            pyaot_exc_set_args(e, 0, ptr::null(), ptr::null());
            assert_eq!(args_repr(e), "()");
            object::pyaot_decref(e.cast());
            // {}[5]: KeyError(5), whose args hold the int key.
            raise_key_error(Elem::Int, 5);
            let e = pyaot_exc_fetch();
            assert_eq!(args_repr(e), "(5,)");
            assert_eq!(text(pyaot_exc_repr(e)), "KeyError(5)");
            object::pyaot_decref(e.cast());
            // sys.exit(3).args == (3,)
            pyaot_raise_system_exit(3);
            let e = pyaot_exc_fetch();
            assert_eq!(args_repr(e), "(3,)");
            object::pyaot_decref(e.cast());
            assert!(pyaot_exc_args(ptr::null()).is_null());
            assert_eq!(pyaot_exc_kind(), ExcKind::AttributeError as u32);
            clear();
        }
    }

    #[test]
    fn raised_objects_keep_their_argument() {
        // SAFETY: live strings and exception objects.
        unsafe {
            let e = pyaot_exc_new_arg(ExcKind::ValueError as u32, s("5"), s("5"));
            pyaot_raise_obj(e);
            object::pyaot_decref(e.cast());
            assert_eq!(pyaot_exc_matches(ExcKind::Exception as u32), 1);
            let caught = pyaot_exc_fetch();
            assert_eq!(caught, e);
            assert_eq!(text(pyaot_exc_repr(caught)), "ValueError(5)");
            object::pyaot_decref(caught.cast());
        }
    }
}
