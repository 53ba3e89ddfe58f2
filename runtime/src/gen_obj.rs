//! Generator objects: what calling a generator function returns.
//!
//! The compiler turns a generator function into a *resume function*, a
//! state machine over the function's body (see ARCHITECTURE.md
//! "Generators"): `uint8_t resume(Gen *g, uint64_t *out, uint64_t mode)`.
//! It restores the frame saved in the generator, runs the body from the
//! point recorded in `state` to the next `yield`, saves the frame again and
//! returns [`YIELDED`] with the value in `*out` (an owned reference for ref
//! types, list-slot encoding otherwise). It returns [`RAISED`] with the
//! exception pending, or [`DONE`] when the body finished. Either way the
//! generator is finished from then on (`state` is [`STATE_DONE`]) and its
//! frame holds nothing.
//!
//! Layout ([`Gen`], kind [`KIND_GEN`]): the header, the resume function
//! (offset 16), the state (24: [`STATE_DONE`], [`STATE_RUNNING`], or the
//! number of the `yield` it is suspended at, 0 before the first run), the
//! function's name (32, an immortal str), the frame size (40) and the
//! frame slots (48 on). While suspended the frame owns the references it
//! holds; while running, the resume function's variables own them.
//!
//! Dropping a suspended generator *closes* it, as CPython does: the
//! resume function runs in close mode, which raises `GeneratorExit` at the
//! suspended `yield`, so `finally` blocks run and the variables are
//! released on the way out. The exception that was pending when the drop
//! happened (a drop on an error path) is set aside meanwhile.

use crate::exc;
use crate::heap;
use crate::int_text;
use crate::list_obj::{self, Elem, List};
use crate::object::{self, Header};
use crate::sink::ByteSink;
use crate::str_obj::{self, Str};
use crate::traceback;
use alloc::vec::Vec;

/// Object kind of a generator.
pub const KIND_GEN: u32 = 12;

/// `resume` result: a value was yielded.
pub const YIELDED: u8 = 0;
/// `resume` result: the body raised; the exception is pending.
pub const RAISED: u8 = 1;
/// `resume` result: the body finished (StopIteration for `next`).
pub const DONE: u8 = 2;

/// `state` of a finished generator.
pub const STATE_DONE: i64 = -1;
/// `state` of a generator whose body is running (a `next` on it from
/// inside raises `ValueError: generator already executing`).
pub const STATE_RUNNING: i64 = -2;

/// `mode` argument of `resume`: run on.
pub const MODE_NEXT: u64 = 0;
/// `mode` argument of `resume`: raise GeneratorExit at the suspended
/// `yield` (close). A `yield` reached while closing drops its value and
/// returns [`YIELDED`] with nothing in `*out`.
const MODE_CLOSE: u64 = 1;
/// `mode` argument of `resume`: release the frame without running any
/// more code (no handler, no `finally`), as CPython clears the frame of a
/// generator that ignored GeneratorExit; returns [`DONE`].
const MODE_DISCARD: u64 = 2;

type Resume = unsafe extern "C" fn(*mut Gen, *mut u64, u64) -> u8;

#[repr(C)]
pub struct Gen {
    pub header: Header,
    pub resume: Resume,
    pub state: i64,
    pub name: *mut Str,
    pub nslots: u64,
    /// The return value (slot bits, owned), if `ret_elem` says there is one.
    pub ret: u64,
    /// The element kind of `ret`, or [`NO_RETURN`].
    pub ret_elem: u64,
    // `nslots` frame slots follow.
}

/// `ret_elem` of a generator holding no return value.
pub const NO_RETURN: u64 = u64::MAX;

/// `Gen *pyaot_gen_new(resume, Str *name, uint64_t nslots)`: a generator
/// that has not started, with `nslots` zeroed frame slots, which the
/// caller fills with the arguments. Borrows `name` (an immortal literal).
#[no_mangle]
pub extern "C" fn pyaot_gen_new(resume: Resume, name: *mut Str, nslots: u64) -> *mut Gen {
    let size = core::mem::size_of::<Gen>() + 8 * nslots as usize;
    let g = heap::alloc_or_die(size).cast::<Gen>();
    // SAFETY: a fresh block of `size` bytes, aligned by malloc.
    unsafe {
        g.write(Gen {
            header: Header::new(KIND_GEN),
            resume,
            state: 0,
            name,
            nslots,
            ret: 0,
            ret_elem: NO_RETURN,
        });
        core::ptr::write_bytes(g.add(1).cast::<u64>(), 0, nslots as usize);
    }
    g
}

/// `void pyaot_gen_set_return(Gen *g, uint64_t value, uint32_t elem)`:
/// `return value` in the body of `g`; borrows `value`, `g` keeps its own
/// reference.
///
/// # Safety
/// `g` is a live generator; `value` is a valid slot value of kind `elem`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_gen_set_return(g: *mut Gen, value: u64, elem: u32) {
    let Some(kind) = Elem::from_raw(elem) else {
        heap::fatal(b"fatal error: pyaot_gen_set_return: bad element kind\n");
    };
    // SAFETY: live generator, valid value (caller).
    unsafe {
        list_obj::incref_item(kind, value);
        pyaot_gen_clear_return(g);
        (*g).ret = value;
        (*g).ret_elem = u64::from(elem);
    }
}

/// `void pyaot_gen_clear_return(Gen *g)`: drops the return value of `g`,
/// if it holds one.
///
/// # Safety
/// `g` is a live generator.
#[no_mangle]
pub unsafe extern "C" fn pyaot_gen_clear_return(g: *mut Gen) {
    // SAFETY: live generator (caller); `ret` is owned when `ret_elem` is set.
    unsafe {
        if let Some(elem) = ret_kind(g) {
            list_obj::decref_item(elem, (*g).ret);
        }
        (*g).ret = 0;
        (*g).ret_elem = NO_RETURN;
    }
}

/// The element kind of the return value `g` holds, if any.
///
/// # Safety
/// `g` is a live generator.
unsafe fn ret_kind(g: *const Gen) -> Option<Elem> {
    // SAFETY: live generator (caller).
    let raw = unsafe { (*g).ret_elem };
    u32::try_from(raw).ok().and_then(Elem::from_raw)
}

/// `uint8_t pyaot_gen_take_return(Gen *g, uint64_t *out)`: the value of
/// `yield from g` once `g` finished: its return value (slot bits, the
/// reference moves to the caller), 0 (None) without one. Never raises
/// (returns 0, the `FlagOut` convention).
///
/// # Safety
/// `g` is a live generator; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_gen_take_return(g: *mut Gen, out: *mut u64) -> u8 {
    // SAFETY: live generator, writable `out` (caller).
    unsafe {
        *out = if ret_kind(g).is_some() { (*g).ret } else { 0 };
        (*g).ret = 0;
        (*g).ret_elem = NO_RETURN;
    }
    0
}

/// `void pyaot_gen_stop(Gen *g)`: raises the StopIteration of `next(g)`
/// on a finished `g`: `StopIteration(value)` with the return value the
/// body just gave (CPython's message is `str(value)`), else a bare one.
/// A None return value gives a bare StopIteration, as in CPython.
///
/// # Safety
/// `g` is a live generator.
#[no_mangle]
pub unsafe extern "C" fn pyaot_gen_stop(g: *mut Gen) {
    // SAFETY: live generator (caller).
    let (elem, value) = match unsafe { ret_kind(g) } {
        Some(Elem::None) | None => {
            exc::raise(exc::ExcKind::StopIteration, b"");
            return;
        }
        Some(elem) => (elem, unsafe { (*g).ret }),
    };
    let mut text = Vec::new();
    // SAFETY: `ret` is a valid slot value of kind `elem`.
    unsafe { list_obj::write_item_repr(elem, value, &mut Vec::new(), &mut text) };
    let repr = str_obj::new(&text);
    if elem == Elem::Str {
        // SAFETY: a str slot holds a live str, which the exception takes.
        unsafe {
            object::decref(repr.cast());
            object::incref(value as usize as *const Header);
        }
        let s = value as usize as *mut Str;
        exc::raise_owned(
            exc::ExcKind::StopIteration,
            s,
            exc::ExitArg::None,
            exc::ExcArg::Str,
        );
    } else {
        // str(value) is its repr for the kinds a return value has here.
        // SAFETY: `repr` is a fresh str; the exception keeps one reference.
        unsafe { object::incref(repr.cast()) };
        let arg = exc::ExcArg::Repr(
            core::ptr::NonNull::new(repr)
                .unwrap_or_else(|| heap::fatal(b"fatal error: pyaot_gen_stop: no repr\n")),
        );
        exc::raise_owned(exc::ExcKind::StopIteration, repr, exc::ExitArg::None, arg);
    }
    // SAFETY: live generator (caller).
    unsafe { pyaot_gen_clear_return(g) };
}

/// Runs `g` to its next `yield` (see the module doc for the results).
///
/// # Safety
/// `g` is a live generator.
pub unsafe fn next(g: *mut Gen, out: &mut u64) -> u8 {
    *out = 0;
    // SAFETY: a live generator's resume function, called as compiled code
    // calls it.
    unsafe { ((*g).resume)(g, out, MODE_NEXT) }
}

/// `List *pyaot_gen_to_list(Gen *g, uint32_t elem)`: `list(g)`, running
/// `g` to its end; NULL if it raised. Borrows `g`.
///
/// # Safety
/// `g` is a live generator whose values are of element kind `elem`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_gen_to_list(g: *mut Gen, elem: u32) -> *mut List {
    let Some(kind) = Elem::from_raw(elem) else {
        heap::fatal(b"fatal error: pyaot_gen_to_list: bad element kind\n");
    };
    let list = list_obj::new(kind, 0);
    let mut item = 0u64;
    loop {
        // SAFETY: live generator (caller); the list is ours.
        match unsafe { next(g, &mut item) } {
            // The yielded value's reference moves into the list.
            YIELDED => unsafe { list_obj::push_owned(list, item) },
            DONE => return list,
            _ => {
                // SAFETY: we own the only reference.
                unsafe { object::decref(list.cast()) };
                return core::ptr::null_mut();
            }
        }
    }
}

/// `List *pyaot_gen_take(Gen *g, int64_t n, uint32_t elem)`: the values
/// of `a, b = g` with `n` targets. Like CPython's `unpack_iterable`, it
/// pulls at most `n + 1` values, and raises ValueError `not enough values
/// to unpack (expected n, got k)` or `too many values to unpack (expected
/// n)`; NULL then (or if `g` raised). Borrows `g`.
///
/// # Safety
/// `g` is a live generator whose values are of element kind `elem`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_gen_take(g: *mut Gen, n: i64, elem: u32) -> *mut List {
    let Some(kind) = Elem::from_raw(elem) else {
        heap::fatal(b"fatal error: pyaot_gen_take: bad element kind\n");
    };
    let list = list_obj::new(kind, 0);
    let mut item = 0u64;
    let mut got = 0i64;
    while got <= n {
        // SAFETY: live generator (caller); the list is ours.
        match unsafe { next(g, &mut item) } {
            YIELDED => unsafe { list_obj::push_owned(list, item) },
            DONE => break,
            _ => {
                // SAFETY: we own the only reference.
                unsafe { object::decref(list.cast()) };
                return core::ptr::null_mut();
            }
        }
        got += 1;
    }
    if got == n {
        return list;
    }
    // SAFETY: we own the only reference.
    unsafe { object::decref(list.cast()) };
    let mut msg = Vec::new();
    if got > n {
        msg.put(b"too many values to unpack (expected ");
        int_text::write_i64(&mut msg, n);
    } else {
        msg.put(b"not enough values to unpack (expected ");
        int_text::write_i64(&mut msg, n);
        msg.put(b", got ");
        int_text::write_i64(&mut msg, got);
    }
    msg.put_byte(b')');
    exc::fail_null(exc::ExcKind::ValueError, &msg)
}

/// Frees a generator at refcount zero, closing it first if it is
/// suspended (its `finally` blocks run, its frame is released).
///
/// # Safety
/// `g` is a generator with no references left.
pub unsafe fn dealloc(g: *mut Gen) {
    // SAFETY: `g` is still a valid generator; it is freed last.
    unsafe {
        if (*g).state >= 0 {
            close(g);
        }
        pyaot_gen_clear_return(g);
        heap::free(g.cast());
    }
}

/// Runs the resume function of suspended `g` in close mode, keeping any
/// pending exception (and its traceback) as it was.
///
/// # Safety
/// `g` is a live, suspended generator.
unsafe fn close(g: *mut Gen) {
    let saved = exc::take();
    let frames = traceback::take_frames();
    let mut out = 0u64;
    // SAFETY: as in `next`.
    let status = unsafe { ((*g).resume)(g, &mut out, MODE_CLOSE) };
    // An exception other than GeneratorExit, or a `yield` after catching
    // it (CPython's RuntimeError "generator ignored GeneratorExit"), is
    // unraisable, as in CPython's `_PyErr_WriteUnraisableMsg`: reported on
    // stderr, never propagated. A generator that yields again is
    // discarded: its frame is released without running more of its code.
    if status == YIELDED {
        traceback::clear();
        exc::raise(
            exc::ExcKind::RuntimeError,
            b"generator ignored GeneratorExit",
        );
        // SAFETY: live generator, suspended again at a `yield`.
        unsafe {
            report_unraisable(g);
            ((*g).resume)(g, &mut out, MODE_DISCARD);
        }
    } else if status == RAISED && exc::pending_kind() != Some(exc::ExcKind::GeneratorExit) {
        // SAFETY: live generator.
        unsafe { report_unraisable(g) };
    }
    exc::clear();
    traceback::clear();
    exc::put_back(saved);
    traceback::restore_frames(frames);
}

/// Writes CPython's report of an unraisable exception (the pending one)
/// raised while closing `g` to stderr: `Exception ignored in: <generator
/// object ...>`, the traceback (the generator's frames; CPython also shows
/// the frame that dropped it, which pyaot does not record) and the
/// exception line.
///
/// # Safety
/// `g` is a live generator.
unsafe fn report_unraisable(g: *mut Gen) {
    let Some(e) = exc::take() else {
        return;
    };
    crate::io::stdout_flush();
    let mut report = Vec::new();
    report.put(b"Exception ignored in: ");
    // SAFETY: live generator; the repr is a new str we release.
    unsafe {
        let r = pyaot_gen_repr(g);
        report.put(str_obj::bytes(r));
        object::decref(r.cast());
        report.put_byte(b'\n');
        traceback::render(e.as_ref(), &mut report);
        object::decref(e.as_ptr().cast());
    }
    crate::io::write_stderr(&report);
}

/// `Str *pyaot_gen_repr(Gen *g)`: `<generator object name at 0x...>`,
/// CPython's repr of a generator; a new str.
///
/// # Safety
/// `g` is a live generator.
#[no_mangle]
pub unsafe extern "C" fn pyaot_gen_repr(g: *const Gen) -> *mut Str {
    let mut out = Vec::new();
    out.put(b"<generator object ");
    // SAFETY: the name is an immortal str (constructor contract).
    out.put(unsafe { str_obj::bytes((*g).name) });
    out.put(b" at 0x");
    let mut buf = [0u8; int_text::MAX_DIGITS];
    out.put(int_text::u64_digits(g as usize as u64, 16, false, &mut buf));
    out.put_byte(b'>');
    str_obj::new(&out)
}
