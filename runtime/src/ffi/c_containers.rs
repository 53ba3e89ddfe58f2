//! The C API for the containers that cross the C ABI as handles: lists,
//! dicts and tuples built and read from C, so that a C caller (and every
//! host binding built on the C ABI) can pass `list[float]` to a function
//! and read the `dict[str, int]` it returns.
//!
//! A value inside a container crosses as a [`PyaotValue`]: a type tag and
//! the field that type uses. Building copies scalars, strings and bytes
//! into the container and takes a new reference to handles; reading gives
//! *borrowed* views (string data and handles stay valid while the
//! container holds them), which [`pyaot_object_retain`] turns into owned
//! handles when the caller needs one to outlive the container.
//!
//! Every function takes the boundary lock (`lock.rs`): containers may be
//! shared with Python code that another thread is running.

use super::c_abi::{fill_status, take_pending, utf8_error, PyaotStatus};
use super::lock;
use crate::bytes_obj::{self, Bytes};
use crate::dict_obj::{self, Dict};
use crate::instance::KIND_INSTANCE;
use crate::list_obj::{self, Elem, List};
use crate::object::{
    self, Header, KIND_BOX, KIND_BYTES, KIND_DICT, KIND_LIST, KIND_STR, KIND_TUPLE,
};
use crate::str_obj::{self, Str};
use crate::tuple_obj::{self, Tuple};
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::ffi::c_void;
use core::ptr;

// The doc comments of the `#[no_mangle]` items and types below become the
// C comments of every generated `<lib>.h` (cbindgen): they are written for
// C readers.

/// The type of a value inside a list, dict or tuple. The numbers are the
/// runtime's element kinds.
#[repr(C)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[allow(non_camel_case_types)]
pub enum PyaotType {
    /// `int`: `PyaotValue.i`.
    PYAOT_INT = 0,
    /// `float`: `PyaotValue.f`.
    PYAOT_FLOAT = 1,
    /// `bool`: `PyaotValue.i`, 0 or 1.
    PYAOT_BOOL = 2,
    /// `str`: `ptr` and `len`, UTF-8 (not NUL-terminated when read).
    PYAOT_STR = 3,
    /// `list[...]`: a handle in `ptr`.
    PYAOT_LIST = 4,
    /// `None`: no field.
    PYAOT_NONE = 5,
    /// `dict[...]`: a handle in `ptr`.
    PYAOT_DICT = 6,
    /// `tuple[...]`: a handle in `ptr`.
    PYAOT_TUPLE = 7,
    /// An instance of an exported class: a handle in `ptr` (NULL is None).
    PYAOT_OBJECT = 8,
    /// `bytes`: `ptr` and `len`.
    PYAOT_BYTES = 10,
}

/// One value inside a container: `kind` says which field holds it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct PyaotValue {
    /// Which field holds the value.
    pub kind: PyaotType,
    /// An int, or a bool as 0 or 1.
    pub i: i64,
    /// A float.
    pub f: f64,
    /// String or bytes data, or a handle.
    pub ptr: *const c_void,
    /// The length in bytes of string or bytes data.
    pub len: usize,
}

impl PyaotType {
    fn elem(self) -> Elem {
        // The discriminants are the element kinds.
        Elem::from_raw(self as u32).expect("PyaotType values are element kinds")
    }

    fn of(elem: Elem) -> Option<PyaotType> {
        Some(match elem {
            Elem::Int => PyaotType::PYAOT_INT,
            Elem::Float => PyaotType::PYAOT_FLOAT,
            Elem::Bool => PyaotType::PYAOT_BOOL,
            Elem::Str => PyaotType::PYAOT_STR,
            Elem::List => PyaotType::PYAOT_LIST,
            Elem::None => PyaotType::PYAOT_NONE,
            Elem::Dict => PyaotType::PYAOT_DICT,
            Elem::Tuple => PyaotType::PYAOT_TUPLE,
            Elem::Obj => PyaotType::PYAOT_OBJECT,
            Elem::Bytes => PyaotType::PYAOT_BYTES,
            Elem::Set | Elem::Deque => return None,
        })
    }

    /// The type code a tuple records for an item of this type.
    fn code(self) -> u8 {
        match self {
            PyaotType::PYAOT_INT => b'i',
            PyaotType::PYAOT_FLOAT => b'f',
            PyaotType::PYAOT_BOOL => b'b',
            PyaotType::PYAOT_STR => b's',
            PyaotType::PYAOT_LIST => b'l',
            PyaotType::PYAOT_NONE => b'n',
            PyaotType::PYAOT_DICT => b'd',
            PyaotType::PYAOT_TUPLE => b't',
            PyaotType::PYAOT_OBJECT => b'c',
            PyaotType::PYAOT_BYTES => b'y',
        }
    }

    /// The object kind a handle of this type must have, if it is a handle.
    fn object_kind(self) -> Option<u32> {
        match self {
            PyaotType::PYAOT_LIST => Some(KIND_LIST),
            PyaotType::PYAOT_DICT => Some(KIND_DICT),
            PyaotType::PYAOT_TUPLE => Some(KIND_TUPLE),
            PyaotType::PYAOT_OBJECT => Some(KIND_INSTANCE),
            _ => None,
        }
    }

    fn name(self) -> &'static [u8] {
        match self {
            PyaotType::PYAOT_INT => b"int",
            PyaotType::PYAOT_FLOAT => b"float",
            PyaotType::PYAOT_BOOL => b"bool",
            PyaotType::PYAOT_STR => b"str",
            PyaotType::PYAOT_LIST => b"list",
            PyaotType::PYAOT_NONE => b"None",
            PyaotType::PYAOT_DICT => b"dict",
            PyaotType::PYAOT_TUPLE => b"tuple",
            PyaotType::PYAOT_OBJECT => b"object",
            PyaotType::PYAOT_BYTES => b"bytes",
        }
    }
}

/// Why a call failed, before it is written to the caller's status.
struct Failure {
    type_name: &'static [u8],
    message: Vec<u8>,
}

fn failure(type_name: &'static [u8], parts: &[&[u8]]) -> Failure {
    Failure {
        type_name,
        message: parts.concat(),
    }
}

/// Runs `body` under the boundary lock; a failure (or a Python exception
/// left pending) fills `status` and gives false.
///
/// # Safety
/// `status` is NULL or writable; `body` follows the lock's rules.
unsafe fn locked(status: *mut PyaotStatus, body: impl FnOnce() -> Result<(), Failure>) -> bool {
    lock::lock();
    let result = body();
    let outcome = match result {
        Ok(()) => true,
        Err(f) if f.type_name.is_empty() => {
            let e = take_pending();
            // SAFETY: forwarded.
            unsafe { fill_status(status, &e.type_name, &e.message) };
            false
        }
        Err(f) => {
            // SAFETY: forwarded.
            unsafe { fill_status(status, f.type_name, &f.message) };
            false
        }
    };
    lock::unlock();
    outcome
}

/// The Python exception now pending, as a [`Failure`].
fn pending() -> Failure {
    Failure {
        type_name: b"",
        message: Vec::new(),
    }
}

/// Converts `v` to a slot of element kind `want` (an owned reference for
/// strings and bytes, a borrowed one for handles), checking its type.
///
/// # Safety
/// `v`'s pointer fields are valid for its type; the lock is held.
unsafe fn to_slot(v: &PyaotValue, want: PyaotType) -> Result<Slot, Failure> {
    if v.kind != want {
        return Err(failure(
            b"TypeError",
            &[b"expected a ", want.name(), b" value, got ", v.kind.name()],
        ));
    }
    let data = || -> Result<&[u8], Failure> {
        match (v.ptr.is_null(), v.len) {
            (true, 0) => Ok(&[]),
            (true, _) => Err(failure(
                b"ValueError",
                &[b"NULL data with a nonzero length"],
            )),
            // SAFETY: `len` readable bytes (caller).
            (false, len) => Ok(unsafe { core::slice::from_raw_parts(v.ptr.cast::<u8>(), len) }),
        }
    };
    Ok(match want {
        PyaotType::PYAOT_INT => Slot::Plain(v.i as u64),
        PyaotType::PYAOT_FLOAT => Slot::Plain(v.f.to_bits()),
        PyaotType::PYAOT_BOOL => Slot::Plain((v.i != 0) as u64),
        PyaotType::PYAOT_NONE => Slot::Plain(0),
        PyaotType::PYAOT_STR => {
            let bytes = data()?;
            if let Some(why) = utf8_error(bytes) {
                return Err(Failure {
                    type_name: b"ValueError",
                    message: why,
                });
            }
            Slot::Owned(str_obj::new(bytes).cast())
        }
        PyaotType::PYAOT_BYTES => Slot::Owned(bytes_obj::new(data()?).cast()),
        handle => {
            let h = v.ptr.cast_mut().cast::<Header>();
            if h.is_null() {
                if handle != PyaotType::PYAOT_OBJECT {
                    return Err(failure(
                        b"TypeError",
                        &[b"a NULL ", handle.name(), b" handle"],
                    ));
                }
            // SAFETY: a live handle (caller).
            } else if Some(unsafe { (*h).kind }) != handle.object_kind() {
                return Err(failure(
                    b"TypeError",
                    &[b"the handle is not a ", handle.name()],
                ));
            }
            Slot::Borrowed(h)
        }
    })
}

/// A converted value and whether the converter owns a reference to it.
enum Slot {
    Plain(u64),
    Owned(*mut Header),
    Borrowed(*mut Header),
}

impl Slot {
    fn bits(&self) -> u64 {
        match *self {
            Slot::Plain(b) => b,
            Slot::Owned(p) | Slot::Borrowed(p) => p as u64,
        }
    }

    /// Drops the converter's own reference (the container took its own).
    ///
    /// # Safety
    /// The lock is held.
    unsafe fn release(self) {
        if let Slot::Owned(p) = self {
            // SAFETY: the reference `to_slot` made.
            unsafe { object::decref(p) };
        }
    }
}

/// A borrowed view of the slot `bits` of element kind `elem`.
///
/// # Safety
/// `bits` is a live slot of kind `elem`.
unsafe fn view(elem: Elem, bits: u64) -> PyaotValue {
    let mut v = PyaotValue {
        kind: PyaotType::of(elem).unwrap_or(PyaotType::PYAOT_NONE),
        i: 0,
        f: 0.0,
        ptr: ptr::null(),
        len: 0,
    };
    match elem {
        Elem::Int => v.i = bits as i64,
        Elem::Bool => v.i = (bits != 0) as i64,
        Elem::Float => v.f = f64::from_bits(bits),
        Elem::None => {}
        Elem::Str => {
            // SAFETY: a live str (caller).
            let text = unsafe { str_obj::bytes(bits as usize as *const Str) };
            (v.ptr, v.len) = (text.as_ptr().cast(), text.len());
        }
        Elem::Bytes => {
            // SAFETY: a live bytes object (caller).
            let data = unsafe { bytes_obj::data(bits as usize as *const Bytes) };
            (v.ptr, v.len) = (data.as_ptr().cast(), data.len());
        }
        Elem::List | Elem::Dict | Elem::Tuple | Elem::Obj | Elem::Set | Elem::Deque => {
            v.ptr = bits as usize as *const c_void
        }
    }
    v
}

/// Writes `v` to `out` unless it is NULL.
///
/// # Safety
/// `out` is NULL or writable.
unsafe fn put(out: *mut PyaotValue, v: PyaotValue) {
    if !out.is_null() {
        // SAFETY: writable (caller).
        unsafe { out.write(v) };
    }
}

/// Reads the item count of a live list or dict under the lock: both keep
/// it in a `u64` at offset 16, after the header.
///
/// # Safety
/// `container` is a live list or dict handle.
unsafe fn locked_len(container: *const c_void) -> usize {
    const _: () = assert!(core::mem::offset_of!(List, len) == 16);
    const _: () = assert!(core::mem::offset_of!(Dict, len) == 16);
    lock::lock();
    // SAFETY: caller; the two layouts share the field (asserted above).
    let n = unsafe { (*container.cast::<List>()).len as usize };
    lock::unlock();
    n
}

fn index_error(what: &[u8]) -> Failure {
    failure(b"IndexError", &[what, b" index out of range"])
}

/// A new, empty `list` whose items have type `item_type`: an owned handle
/// (release it with `pyaot_object_release`).
#[no_mangle]
pub extern "C" fn pyaot_list_create(item_type: PyaotType) -> *mut c_void {
    list_obj::new(item_type.elem(), 0).cast()
}

/// Appends a copy of `*item` (a str is copied, a handle gains a reference)
/// to `list`. Returns false and fills `status` with a TypeError when the
/// item's type is not the list's item type, or a ValueError for a str
/// that is not UTF-8.
///
/// # Safety
/// `list` is a live list handle; `item` points to a value whose fields are
/// valid for its type; `status` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_push(
    list: *mut c_void,
    item: *const PyaotValue,
    status: *mut PyaotStatus,
) -> bool {
    let l = list.cast::<List>();
    // SAFETY: the caller's pointers; the lock is held inside.
    unsafe {
        locked(status, || {
            let elem = list_obj::elem_of(l);
            let want = PyaotType::of(elem).unwrap_or(PyaotType::PYAOT_NONE);
            let slot = to_slot(&*item, want)?;
            list_obj::pyaot_list_append(l, slot.bits());
            slot.release();
            Ok(())
        })
    }
}

/// The number of items in `list`.
///
/// # Safety
/// `list` is a live list handle.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_size(list: *const c_void) -> usize {
    // SAFETY: a live list (caller).
    unsafe { locked_len(list) }
}

/// Reads item `index` of `list` into `*out` as a borrowed view: string
/// data and handles stay valid while the list holds them (until the list
/// changes or is released). Returns false with an IndexError in `status`
/// when `index` is out of range.
///
/// # Safety
/// `list` is a live list handle; `out` is NULL or writable; `status` is
/// NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_list_at(
    list: *const c_void,
    index: usize,
    out: *mut PyaotValue,
    status: *mut PyaotStatus,
) -> bool {
    let l = list.cast::<List>();
    // SAFETY: the caller's pointers; the lock is held inside.
    unsafe {
        locked(status, || {
            let &bits = list_obj::slots(l)
                .get(index)
                .ok_or_else(|| index_error(b"list"))?;
            put(out, view(list_obj::elem_of(l), bits));
            Ok(())
        })
    }
}

/// A new, empty `dict` with keys of type `key_type` (int, float, bool,
/// str, bytes or tuple) and values of type `value_type`: an owned handle,
/// or NULL if `key_type` cannot be a key.
#[no_mangle]
pub extern "C" fn pyaot_dict_create(key_type: PyaotType, value_type: PyaotType) -> *mut c_void {
    let hashable = matches!(
        key_type,
        PyaotType::PYAOT_INT
            | PyaotType::PYAOT_FLOAT
            | PyaotType::PYAOT_BOOL
            | PyaotType::PYAOT_STR
            | PyaotType::PYAOT_BYTES
            | PyaotType::PYAOT_TUPLE
    );
    if !hashable {
        return ptr::null_mut();
    }
    dict_obj::new(key_type.elem(), value_type.elem(), 0).cast()
}

/// `dict[key] = value`, copying both as `pyaot_list_push` does; an
/// existing key keeps its position. Returns false with a TypeError or
/// ValueError in `status` for a value of the wrong type.
///
/// # Safety
/// `dict` is a live dict handle; `key` and `value` point to values whose
/// fields are valid for their types; `status` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_put(
    dict: *mut c_void,
    key: *const PyaotValue,
    value: *const PyaotValue,
    status: *mut PyaotStatus,
) -> bool {
    let d = dict.cast::<Dict>();
    // SAFETY: the caller's pointers; the lock is held inside.
    unsafe {
        locked(status, || {
            let (key_kind, value_kind) = dict_obj::kinds(d);
            let k = to_slot(
                &*key,
                PyaotType::of(key_kind).unwrap_or(PyaotType::PYAOT_NONE),
            )?;
            let v = match to_slot(
                &*value,
                PyaotType::of(value_kind).unwrap_or(PyaotType::PYAOT_NONE),
            ) {
                Ok(v) => v,
                Err(f) => {
                    k.release();
                    return Err(f);
                }
            };
            dict_obj::pyaot_dict_set(d, k.bits(), v.bits());
            k.release();
            v.release();
            Ok(())
        })
    }
}

/// The number of entries in `dict`.
///
/// # Safety
/// `dict` is a live dict handle.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_size(dict: *const c_void) -> usize {
    // SAFETY: a live dict (caller).
    unsafe { locked_len(dict) }
}

/// Reads entry `index` of `dict` in insertion order (the order Python
/// iterates it) into `*key` and `*value`, borrowed as `pyaot_list_at`'s
/// items are. Returns false with an IndexError in `status` when `index` is
/// out of range.
///
/// # Safety
/// `dict` is a live dict handle; `key` and `value` are NULL or writable;
/// `status` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_entry(
    dict: *const c_void,
    index: usize,
    key: *mut PyaotValue,
    value: *mut PyaotValue,
    status: *mut PyaotStatus,
) -> bool {
    let d = dict.cast::<Dict>();
    // SAFETY: the caller's pointers; the lock is held inside.
    unsafe {
        locked(status, || {
            let (key_kind, value_kind) = dict_obj::kinds(d);
            let (k, v) = dict_obj::items(d)
                .nth(index)
                .ok_or_else(|| index_error(b"dict entry"))?;
            put(key, view(key_kind, k));
            put(value, view(value_kind, v));
            Ok(())
        })
    }
}

/// Looks `*key` up in `dict` and writes the value to `*value` (borrowed,
/// as `pyaot_list_at`'s items are). Returns false with Python's KeyError
/// (`'missing'`) in `status` when the key is absent, or a TypeError for a
/// key of the wrong type.
///
/// # Safety
/// `dict` is a live dict handle; `key` points to a valid value; `value`
/// and `status` are NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_lookup(
    dict: *const c_void,
    key: *const PyaotValue,
    value: *mut PyaotValue,
    status: *mut PyaotStatus,
) -> bool {
    let d = dict.cast::<Dict>();
    // SAFETY: the caller's pointers; the lock is held inside.
    unsafe {
        locked(status, || {
            let (key_kind, value_kind) = dict_obj::kinds(d);
            let k = to_slot(
                &*key,
                PyaotType::of(key_kind).unwrap_or(PyaotType::PYAOT_NONE),
            )?;
            let mut found = 0u64;
            let missing = dict_obj::pyaot_dict_get(d, k.bits(), &mut found) != 0;
            k.release();
            if missing {
                return Err(pending());
            }
            // The lookup took a reference; the view borrows the dict's.
            list_obj::decref_item(value_kind, found);
            put(value, view(value_kind, found));
            Ok(())
        })
    }
}

/// The type codes of tuples built from C, interned: a tuple points to its
/// codes for its whole life, so each distinct string is kept once, for the
/// life of the process.
static mut TUPLE_CODES: Vec<Box<[u8]>> = Vec::new();

/// The interned, NUL-terminated copy of `codes`.
///
/// # Safety
/// The lock is held (it guards the table).
unsafe fn interned(codes: &[u8]) -> *const u8 {
    // SAFETY: the lock serializes every access to the table.
    let table = unsafe { &mut *ptr::addr_of_mut!(TUPLE_CODES) };
    if let Some(c) = table.iter().find(|c| c[..c.len() - 1] == *codes) {
        return c.as_ptr();
    }
    let mut owned = codes.to_vec();
    owned.push(0);
    table.push(owned.into_boxed_slice());
    table.last().map_or(ptr::null(), |c| c.as_ptr())
}

/// A new tuple of the `len` values at `items` (copied as `pyaot_list_push`
/// copies): an owned handle, or NULL with a ValueError in `status` for a
/// str that is not UTF-8.
///
/// # Safety
/// `items` points to `len` values whose fields are valid for their types
/// (or is NULL with `len` 0); `status` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_create(
    items: *const PyaotValue,
    len: usize,
    status: *mut PyaotStatus,
) -> *mut c_void {
    let items = if len == 0 {
        &[][..]
    } else {
        // SAFETY: `len` values (caller).
        unsafe { core::slice::from_raw_parts(items, len) }
    };
    let mut made = ptr::null_mut();
    // SAFETY: the caller's pointers; the lock is held inside.
    unsafe {
        locked(status, || {
            let mut slots: Vec<Slot> = Vec::with_capacity(items.len());
            for item in items {
                match to_slot(item, item.kind) {
                    Ok(s) => slots.push(s),
                    Err(f) => {
                        slots.into_iter().for_each(|s| s.release());
                        return Err(f);
                    }
                }
            }
            let codes: Vec<u8> = items.iter().map(|v| v.kind.code()).collect();
            // The tuple owns its items: take a reference to borrowed ones.
            let bits: Vec<u64> = slots
                .into_iter()
                .map(|s| {
                    if let Slot::Borrowed(p) = s {
                        if !p.is_null() {
                            object::incref(p);
                        }
                    }
                    s.bits()
                })
                .collect();
            made = tuple_obj::from_slots(interned(&codes), &bits).cast();
            Ok(())
        })
    };
    made
}

/// The number of items in `tuple`.
///
/// # Safety
/// `tuple` is a live tuple handle.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_size(tuple: *const c_void) -> usize {
    // SAFETY: a live tuple (caller); tuples never change.
    unsafe { (*tuple.cast::<Tuple>()).len as usize }
}

/// Reads item `index` of `tuple` into `*out`, borrowed as `pyaot_list_at`'s
/// items are (valid while the tuple lives). Returns false with an
/// IndexError in `status` when `index` is out of range.
///
/// # Safety
/// `tuple` is a live tuple handle; `out` and `status` are NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_at(
    tuple: *const c_void,
    index: usize,
    out: *mut PyaotValue,
    status: *mut PyaotStatus,
) -> bool {
    let t = tuple.cast::<Tuple>();
    // SAFETY: the caller's pointers; the lock is held inside.
    unsafe {
        locked(status, || {
            let &bits = tuple_obj::slots(t)
                .get(index)
                .ok_or_else(|| index_error(b"tuple"))?;
            put(out, view(tuple_obj::kind_at(t, index), bits));
            Ok(())
        })
    }
}

/// Takes a new reference to `handle` and returns it: an owned handle to
/// release with `pyaot_object_release`, e.g. to keep an item read from a
/// container after the container is released. NULL gives NULL.
///
/// # Safety
/// `handle` is NULL or a live handle.
#[no_mangle]
pub unsafe extern "C" fn pyaot_object_retain(handle: *mut c_void) -> *mut c_void {
    if !handle.is_null() {
        lock::lock();
        // SAFETY: a live object (caller); the lock serializes refcounts.
        unsafe { object::incref(handle.cast()) };
        lock::unlock();
    }
    handle
}

/// A new handle for an `Optional[...]` argument holding `*value`: a box
/// for an int, float or bool, a str or bytes object for a string (copied;
/// NULL with a ValueError in `status` if it is not UTF-8), or a new
/// reference to a handle. Release it with `pyaot_object_release`. Pass
/// NULL itself for None.
///
/// # Safety
/// `value` points to a value whose fields are valid for its type; `status`
/// is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_optional_create(
    value: *const PyaotValue,
    status: *mut PyaotStatus,
) -> *mut c_void {
    let mut made = ptr::null_mut();
    // SAFETY: the caller's pointers; the lock is held inside.
    unsafe {
        let v = &*value;
        locked(status, || {
            made = match v.kind {
                PyaotType::PYAOT_NONE => ptr::null_mut(),
                PyaotType::PYAOT_INT | PyaotType::PYAOT_FLOAT | PyaotType::PYAOT_BOOL => {
                    let bits = to_slot(v, v.kind)?.bits();
                    crate::boxed::pyaot_box_new(bits).cast()
                }
                kind => match to_slot(v, kind)? {
                    Slot::Owned(p) => p.cast(),
                    Slot::Borrowed(p) => {
                        if !p.is_null() {
                            object::incref(p);
                        }
                        p.cast()
                    }
                    Slot::Plain(_) => ptr::null_mut(),
                },
            };
            Ok(())
        });
    }
    made
}

/// Reads the `Optional[...]` handle `handle` (a result or an argument)
/// holding a value of type `kind` into `*out`, borrowed as
/// `pyaot_list_at`'s items are (valid while the handle lives). Returns
/// false for NULL (None), leaving `*out` alone, and for a handle that is
/// not of `kind`. A box does not record whether it holds an int, a float
/// or a bool: read it as the type the signature says.
///
/// # Safety
/// `handle` is NULL or a live handle; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_optional_get(
    handle: *const c_void,
    kind: PyaotType,
    out: *mut PyaotValue,
) -> bool {
    let h = handle.cast::<Header>();
    if h.is_null() {
        return false;
    }
    lock::lock();
    // SAFETY: a live handle (caller); the kind is checked before each cast.
    let fits = unsafe {
        let object_kind = (*h).kind;
        let bits = match kind {
            PyaotType::PYAOT_INT | PyaotType::PYAOT_FLOAT | PyaotType::PYAOT_BOOL
                if object_kind == KIND_BOX =>
            {
                Some((*h.cast::<crate::boxed::Boxed>()).payload)
            }
            PyaotType::PYAOT_STR if object_kind == KIND_STR => Some(h as u64),
            PyaotType::PYAOT_BYTES if object_kind == KIND_BYTES => Some(h as u64),
            other if other.object_kind() == Some(object_kind) => Some(h as u64),
            _ => None,
        };
        if let Some(bits) = bits {
            put(out, view(kind.elem(), bits));
        }
        bits.is_some()
    };
    lock::unlock();
    fits
}

/// The length of the one type code (ARCHITECTURE.md) that `code` starts
/// with; 0 if it is malformed.
fn code_len(code: &[u8]) -> usize {
    match code.first() {
        Some(b'i' | b'f' | b'b' | b's' | b'n' | b'y') => 1,
        Some(b'l' | b'o') => match code_len(&code[1..]) {
            0 => 0,
            n => 1 + n,
        },
        Some(b'd') => {
            let k = code_len(&code[1..]);
            let v = if k == 0 { 0 } else { code_len(&code[1 + k..]) };
            if v == 0 {
                0
            } else {
                1 + k + v
            }
        }
        Some(b't') => {
            let Some(n) = code.get(1).filter(|c| c.is_ascii_digit()) else {
                return 0;
            };
            let mut at = 2;
            for _ in 0..(n - b'0') {
                match code_len(&code[at..]) {
                    0 => return 0,
                    len => at += len,
                }
            }
            at
        }
        Some(b'c') => code
            .iter()
            .position(|&c| c == b'.')
            .map_or(0, |dot| dot + 1),
        _ => 0,
    }
}

/// The element kind a container slot of type `code` has.
fn elem_of(code: &[u8]) -> Elem {
    match code.first() {
        Some(b'o') => elem_of(&code[1..]),
        Some(&c) => tuple_obj::elem_of_code(c),
        None => Elem::None,
    }
}

/// Whether `h` is a handle of the type `code` describes: its object kind
/// and, for containers, the kinds of their items (one level deep: the
/// items of nested containers are not visited).
///
/// # Safety
/// `h` is NULL or a live handle.
unsafe fn handle_fits(h: *const Header, code: &[u8]) -> bool {
    let Some(&first) = code.first() else {
        return false;
    };
    if h.is_null() {
        // None, where the type allows it; a NULL `self` is AttributeError
        // further on, as in Python.
        return matches!(first, b'o' | b'c');
    }
    // SAFETY: a live handle (caller).
    let kind = unsafe { (*h).kind };
    // SAFETY: each cast matches the object kind checked first.
    unsafe {
        match first {
            // An Optional scalar is a box; an Optional str or bytes is the
            // object itself (`pyaot_optional_create`).
            b'o' => match code.get(1) {
                Some(b'i' | b'f' | b'b') => kind == KIND_BOX,
                Some(b's') => kind == KIND_STR,
                Some(b'y') => kind == KIND_BYTES,
                _ => handle_fits(h, &code[1..]),
            },
            b'c' => kind == KIND_INSTANCE,
            b'l' => kind == KIND_LIST && list_obj::elem_of(h.cast()) == elem_of(&code[1..]),
            b'd' => {
                let k = code_len(&code[1..]);
                kind == KIND_DICT
                    && dict_obj::kinds(h.cast()) == (elem_of(&code[1..]), elem_of(&code[1 + k..]))
            }
            b't' => {
                if kind != KIND_TUPLE {
                    return false;
                }
                let t = h.cast::<Tuple>();
                let n = usize::from(code.get(1).map_or(0, |c| c.wrapping_sub(b'0')));
                if (*t).len as usize != n {
                    return false;
                }
                let mut at = 2;
                (0..n).all(|i| {
                    let item = &code[at..];
                    at += code_len(item);
                    tuple_obj::kind_at(t, i) == elem_of(item)
                })
            }
            _ => false,
        }
    }
}

/// `uint8_t pyaot_ffi_check_handle(const void *h, const char *code, const
/// char *message, PyaotStatus *status)`: 0 when `h` is a handle of the
/// NUL-terminated type `code`, else fills `status` with a TypeError
/// carrying `message` and returns 1. The generated C wrappers call it for
/// every handle argument, with the lock held, so that a handle of the
/// wrong type is an error instead of memory misread.
///
/// # Safety
/// `h` is NULL or a live handle; `code` and `message` are NUL-terminated;
/// `status` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_ffi_check_handle(
    h: *const c_void,
    code: *const core::ffi::c_char,
    message: *const core::ffi::c_char,
    status: *mut PyaotStatus,
) -> u8 {
    // SAFETY: NUL-terminated strings and a live handle (caller).
    unsafe {
        let code = core::ffi::CStr::from_ptr(code).to_bytes();
        if handle_fits(h.cast(), code) {
            return 0;
        }
        let message = core::ffi::CStr::from_ptr(message).to_bytes();
        fill_status(status, b"TypeError", message);
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_codes_are_measured_whole() {
        assert_eq!(code_len(b"i"), 1);
        assert_eq!(code_len(b"lf"), 2);
        assert_eq!(code_len(b"dsli"), 4);
        assert_eq!(code_len(b"t2sc12.x"), 7);
        assert_eq!(code_len(b"ol"), 0, "an unfinished code");
        assert_eq!(code_len(b"t3ii"), 0);
    }

    #[test]
    fn handles_are_checked_against_their_codes() {
        let ints = pyaot_list_create(PyaotType::PYAOT_INT);
        let floats = pyaot_list_create(PyaotType::PYAOT_FLOAT);
        let scores = pyaot_dict_create(PyaotType::PYAOT_STR, PyaotType::PYAOT_FLOAT);
        // SAFETY: live handles made just above, released below.
        unsafe {
            assert!(handle_fits(ints.cast(), b"li"));
            assert!(!handle_fits(ints.cast(), b"lf"));
            assert!(handle_fits(floats.cast(), b"olf"));
            assert!(!handle_fits(floats.cast(), b"dsf"));
            assert!(handle_fits(scores.cast(), b"dsf"));
            assert!(!handle_fits(scores.cast(), b"dsi"));
            assert!(handle_fits(ptr::null(), b"oli"), "None for an Optional");
            let seven = PyaotValue {
                kind: PyaotType::PYAOT_INT,
                i: 7,
                f: 0.0,
                ptr: ptr::null(),
                len: 0,
            };
            let boxed = pyaot_optional_create(&seven, ptr::null_mut());
            assert!(handle_fits(boxed.cast(), b"oi"));
            assert!(!handle_fits(boxed.cast(), b"os"));
            let mut out = seven;
            out.i = 0;
            assert!(pyaot_optional_get(boxed, PyaotType::PYAOT_INT, &mut out));
            assert_eq!(out.i, 7);
            assert!(!pyaot_optional_get(
                ptr::null(),
                PyaotType::PYAOT_INT,
                &mut out
            ));
            super::super::c_abi::pyaot_object_release(boxed);
            assert!(!handle_fits(ptr::null(), b"li"));
            for h in [ints, floats, scores] {
                super::super::c_abi::pyaot_object_release(h);
            }
        }
    }
}
