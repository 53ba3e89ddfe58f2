//! The pyaot runtime: the C ABI that compiled programs link against.
//!
//! Cranelift-emitted code calls the `pyaot_*` functions exported here to
//! allocate and release objects, build and format strings, raise exceptions
//! and talk to the outside world. The crate is `no_std` over libc so that a
//! stripped hello world stays far below 64 KB and starts in well under a
//! millisecond: nothing here runs before `main`, and nothing that hello world
//! reaches pulls in `core::fmt`.
//!
//! **ABI invariants** (the compiler codes against these; see `object`,
//! `str_obj`, `list_obj`, `dict_obj` and `tuple_obj` for the layouts):
//! - Every object starts with [`object::Header`]; a negative refcount marks an
//!   immortal object that incref/decref never touch.
//! - Arguments are borrowed unless a function's doc says otherwise; returned
//!   object pointers are new references.
//! - A function that can raise reports it through its return value: NULL for
//!   pointer results, `1` (with the value written through an out-pointer) for
//!   scalar results. The exception itself waits in [`exc`] until compiled code
//!   or [`entry`] takes it.
//! - Running out of memory is fatal (a fixed message on stderr, then abort),
//!   so constructors that cannot otherwise fail never return NULL.
//!
//! Module map: `libc` (the C functions we call), `heap` (allocator, panic
//! handler, fatal errors), `global` (single-threaded global state), `object`
//! (header and refcounting), `str_obj`/`str_ops`/`str_repr` (strings),
//! `str_case`/`str_predicates`/`str_search`/`str_split`/`str_methods` (the
//! str methods), `list_obj` (lists), `list_methods`/`list_compare` (the list
//! methods, comparison and sorting), `dict_obj` (dicts: the hash table,
//! methods, repr and `==`), `tuple_obj` (tuples, `divmod`, the length
//! check of list unpacking), `set_obj` (sets: CPython's table, so that
//! they iterate in its order) and `py_hash` (CPython's `hash()` of
//! numbers and tuples), `seq_builtins` (`sum`, `min`, `max`,
//! `any`, `all`, `sorted`, `list(str)`, `list(range)`), `slice` (index and
//! slice arithmetic),
//! `exc`/`traceback` (exceptions, try/except support), `instance`
//! (instances of user classes and class descriptors), `func_obj`
//! (function objects and the cells of captured variables), `io` (buffered
//! stdout, stdin), `entry` (process entry, argv), `stack_guard` (stack
//! overflow as RecursionError), `parse` (int()/float() of
//! str), `num` (arithmetic with Python semantics), `sink` (byte output
//! targets), `int_text`/`float_text` (numbers to text), `format` (the
//! format-spec mini-language), `unicode`/`unicode_tables` (character classes
//! and case mappings of CPython 3.11's Unicode 14.0), `ffi` (library mode:
//! the boundary lock, C wrapper helpers and the N-API adapter).
//!
//! Every message and format is checked against CPython 3.11; where pyaot
//! deliberately differs (64-bit ints, no complex numbers, no surrogates in
//! strings), the message starts with "pyaot" or says so.

#![cfg_attr(not(test), no_std)]

extern crate alloc;

mod global;

pub mod boxed;
pub mod bytes_obj;
pub mod bytes_ops;
pub mod call_args;
pub mod collections;
pub mod deque_obj;
pub mod dict_obj;
pub mod entry;
pub mod exc;
pub mod ffi;
pub mod float_text;
pub mod format;
pub mod func_obj;
pub mod gen_obj;
mod heap;
pub mod instance;
pub mod int_text;
pub mod io;
pub mod iter_any;
mod libc;
pub mod list_compare;
pub mod list_methods;
pub mod list_obj;
pub mod live_iter;
pub mod math;
pub mod math_int;
pub mod num;
pub mod object;
pub mod parse;
mod py_hash;
pub mod random;
pub mod range_obj;
pub mod seq_builtins;
pub mod set_obj;
mod sink;
mod slice;
pub mod stack_guard;
pub mod str_case;
pub mod str_methods;
pub mod str_obj;
pub mod str_ops;
pub mod str_predicates;
pub mod str_repr;
pub mod str_search;
pub mod str_split;
pub mod time;
pub mod traceback;
pub mod tuple_obj;
mod unicode;
#[rustfmt::skip]
mod unicode_tables;

#[cfg(test)]
mod test_util;
