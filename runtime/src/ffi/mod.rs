//! Library mode: the runtime side of the boundary between a host (node, C,
//! .NET, Go...) and a Python module compiled as a library.
//!
//! The contract is ARCHITECTURE.md's "Library mode: the boundary ABI": the
//! compiler emits one *thunk* per exported function (`uint8_t
//! thunk(const uint64_t *args, uint64_t *ret)`, borrowed argument slots,
//! owned result, 1 = Python exception pending), an export table of
//! [`napi::PyaotExport`] entries with type codes, and host entry points.
//! This module provides what those entry points call:
//! - [`lock`]: `pyaot_ffi_enter` / `pyaot_ffi_leave`, the one process-wide
//!   lock every crossing holds (the runtime's refcounts and pending
//!   exception are not thread-safe), which also runs the module's top level
//!   once;
//! - [`c_abi`]: `PyaotStatus` and the string and handle helpers the
//!   generated C wrappers use;
//! - [`c_containers`]: the C API that builds and reads the lists, dicts
//!   and tuples crossing as handles;
//! - [`napi`]: the generic N-API adapter, `pyaot_napi_register`, which
//!   turns the export table into JS functions (conversions by type code);
//!   [`napi_sys`] declares the slice of N-API it uses;
//! - [`types`]: type codes parsed once per function, and argument error
//!   messages, shared by the adapters.
//!
//! **Invariant:** objects a host adapter creates from host values before
//! entering (argument conversion) are private to the call, so creating them
//! and, on failure, releasing them needs no lock; everything else that
//! touches runtime objects happens between `pyaot_ffi_enter` and
//! `pyaot_ffi_leave`, and no host code runs in between.

pub mod c_abi;
pub mod c_containers;
pub mod lock;
pub mod napi;
pub mod napi_sys;
pub mod types;
