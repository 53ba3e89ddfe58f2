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
    // `nslots` frame slots follow.
}

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
        });
        core::ptr::write_bytes(g.add(1).cast::<u64>(), 0, nslots as usize);
    }
    g
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
