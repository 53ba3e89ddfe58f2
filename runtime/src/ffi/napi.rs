//! The generic N-API adapter: turns a library's export table into JS
//! functions on a node addon's `exports`, converting values by type code.
//!
//! Entry: the compiler's `napi_register_module_v1(env, exports)` calls
//! [`pyaot_napi_register`]. It runs the module's top level (a Python
//! exception makes `require` throw), parses every entry's type codes once
//! into a [`Function`] (the JS function's callback data), and defines one
//! JS function per entry plus `__pyaot_set_error_factory`.
//!
//! **A scalar call** ([`call_scalar`], chosen at registration when every
//! parameter is an int, float or bool and the result one of those or
//! None): `napi_get_cb_info`, one `napi_get_value_*` per argument, the
//! thunk under the lock, one `napi_create_*`; no per-call state. Anything
//! unusual (a wrong count, a BigInt, a bad value, an unsafe int result)
//! falls back to the general path below, which converts it or words the
//! error.
//!
//! **A call** ([`call_export`], one instance per arity up to 8):
//! `napi_get_cb_info` into a stack array of exactly the arity, the
//! argument count checked (CPython's wording), each argument converted to
//! its thunk slot *outside* the boundary lock (the new objects are private,
//! and reading a JS object may run getters, which may call back into this
//! library), then under the lock the thunk runs and its result is
//! converted to JS, the result and argument objects are released, and the
//! lock is left. Only then does any JS run: Maps are built (see
//! [`MapFixup`]) and errors are constructed and thrown.
//!
//! **Conversions** (type codes in `types`):
//! - `i` int: a JS number that is a safe integer (`Number.isSafeInteger`;
//!   a fraction is a TypeError, a larger integer a RangeError since it may
//!   already be rounded), or a BigInt within the 64-bit range (else
//!   RangeError). A returned int becomes a number; outside ±(2**53-1) the
//!   call throws a RangeError instead of returning a rounded value.
//! - `f` float: a number (not a BigInt). `b` bool: a boolean only.
//! - `s` str: a string. N-API encodes it as UTF-8 and turns lone
//!   surrogates (which UTF-8 cannot hold) into U+FFFD, so `"\uD800"`
//!   arrives as `"\uFFFD"`. Short strings are read with one N-API call
//!   through a stack buffer, long ones straight into the new object.
//! - `y` bytes: in, a one-byte TypedArray (`Uint8Array`, `Buffer`,
//!   `Int8Array`, `Uint8ClampedArray`; the bytes it views, copied) or an
//!   `ArrayBuffer`; anything else is a TypeError. Out, a new `Buffer`
//!   (`napi_create_buffer_copy`).
//! - `n` None: `undefined` when a function returns it, `null` inside
//!   containers; as an argument, `null` or `undefined`.
//! - `l`T list: an Array (each element converted), returned as a new Array.
//! - `d`KV dict: str keys from a plain object's own enumerable string keys
//!   (or from a Map), returned as a plain object (JS orders integer-like
//!   keys such as `"1"` first, whatever the insertion order; properties
//!   are defined, not assigned, so a `"__proto__"` key is an ordinary
//!   property); other keys from and to a `Map`.
//! - `o`T Optional (T a str, list or dict, whole parameter or result
//!   only): `null`/`undefined` is None, the 0 slot. A trailing Optional
//!   parameter may be omitted; an omitted or `undefined` argument of any
//!   other type is an error, as in Python.
//!
//! **Errors**: argument problems are JS TypeErrors / RangeErrors naming the
//! function and the parameter (`add(): argument 'a' must be a number
//! (int), got string`). A Python exception is taken under the lock (class
//! name and `str(e)`), then thrown as `factory(pythonType, message)` if
//! the JS side installed a factory with `__pyaot_set_error_factory`, else
//! as a plain `Error` whose `pythonType` property is the class name.
//!
//! **Performance**: a scalar call costs the N-API calls a hand-written
//! addon makes (`napi_get_cb_info`, one `napi_get_value_*` per argument,
//! one `napi_create_*`) plus the lock's compare-exchange and store, and
//! the thunk's indirect call: no
//! `napi_typeof` before a value read (a wrong type shows up as the read's
//! status), no allocation (failures are boxed, so the hot path's Results
//! stay in registers), type codes parsed once at registration, scalar
//! conversions inline and everything else out of line.
//! `tests/napi/bench.sh` compares `add(int, int)` with a hand-written C
//! addon.
//!
//! **Limits**: JS must not run while the lock is held, since the lock is
//! not re-entrant. Result conversion only creates values and defines
//! properties, except that filling a new Array with `napi_set_element`
//! would run a setter someone defined for an index on `Array.prototype`.
//! Every addon links its own copy of the runtime, so two pyaot addons in
//! one process share neither objects nor the lock. Worker threads (several
//! `napi_env`s) loading the same addon share its runtime through the lock,
//! each env with its own functions and error factory; the module's top
//! level runs once per process.

use super::c_abi::{take_pending, PythonError};
use super::lock::{pyaot_ffi_enter, pyaot_ffi_leave};
use super::napi_sys::{self as sys, CbInfo, Env, PropertyDescriptor, Ref, Status, Value};
use super::types::{
    self, argument_message, int_from_number, ArgProblem, IntFromNumber, PathSeg, Signature, Ty,
};
use crate::bytes_obj::{self, Bytes};
use crate::dict_obj::{self, Dict};
use crate::io;
use crate::list_obj::{self, List};
use crate::object::{self, Header};
use crate::str_obj::{self, Str};
use crate::tuple_obj;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::Cell;
use core::ffi::{c_char, c_void, CStr};
use core::mem::MaybeUninit;
use core::ptr::{self, null_mut};

/// A thunk (see ARCHITECTURE.md): borrowed argument slots in, an owned
/// result slot out, 1 if a Python exception is pending.
pub type Thunk = unsafe extern "C" fn(args: *const u64, ret: *mut u64) -> u8;

/// The module's top-level statements; 1 if they raised.
pub type ModuleInit = unsafe extern "C" fn() -> u8;

/// One exported function, as the compiler lays out the export table.
#[repr(C)]
pub struct PyaotExport {
    /// The Python name, NUL-terminated UTF-8.
    pub name: *const c_char,
    /// The parameter names joined by ',' ("" if none).
    pub params: *const c_char,
    /// Type codes: the return type, then each parameter's.
    pub types: *const c_char,
    pub arity: u32,
    pub thunk: Thunk,
    /// The name Python gives it in messages (`Point.__init__` for the
    /// export `Point__new`), NUL-terminated UTF-8; NULL means `name`.
    pub qualname: *const c_char,
}

/// Arguments and slots up to this count live on the stack.
const INLINE_ARGS: usize = 8;
/// Strings up to about this many UTF-8 bytes are read in one N-API call.
const STR_STACK: usize = 256;

/// What one `napi_env` (the main thread, or a worker) knows about the
/// library. Freed by node when the env goes away (instance data).
struct Instance {
    module_init: ModuleInit,
    /// `(pythonType, message) => Error`, or NULL.
    error_factory: Cell<Ref>,
    /// The global `Map`, captured at registration.
    map_ctor: Ref,
    /// `Array.from`, captured at registration (reads Maps).
    array_from: Ref,
    /// The callback data of the JS functions; never resized after they
    /// are created.
    functions: Vec<Function>,
}

/// One exported function, parsed once.
struct Function {
    instance: *const Instance,
    /// The Python-facing name messages use (`Point.area`, not the export
    /// name `Point_area`).
    name: String,
    /// `__init__`: Python counts the instance it is called with among the
    /// positional arguments, which the host never passes.
    implicit_self: bool,
    params: Vec<String>,
    sig: Signature,
    /// Whether any parameter slot owns an object (to release after the
    /// call); false for all-scalar functions.
    ref_params: bool,
    /// Whether any parameter may hold an instance handle (directly or in a
    /// container), whose references are added under the lock.
    class_params: bool,
    /// The signature again, if every parameter is an int, float or bool
    /// and the result one of those or None: such a function gets the
    /// [`call_scalar`] callback.
    scalar: Option<ScalarSig>,
    thunk: Thunk,
}

/// An int, float or bool, as the scalar fast path tells them apart.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Scalar {
    Int,
    Float,
    Bool,
}

impl Scalar {
    fn of(ty: &Ty) -> Option<Scalar> {
        match ty {
            Ty::Int => Some(Scalar::Int),
            Ty::Float => Some(Scalar::Float),
            Ty::Bool => Some(Scalar::Bool),
            _ => None,
        }
    }
}

/// The signature of a function [`call_scalar`] serves: at most
/// [`INLINE_ARGS`] scalar parameters, and a scalar result (None for a
/// function returning None).
#[derive(Debug, PartialEq)]
struct ScalarSig {
    params: [Scalar; INLINE_ARGS],
    ret: Option<Scalar>,
}

impl ScalarSig {
    fn of(sig: &Signature) -> Option<ScalarSig> {
        if sig.params.len() > INLINE_ARGS {
            return None;
        }
        let ret = match sig.ret {
            Ty::None => None,
            ref ty => Some(Scalar::of(ty)?),
        };
        let mut params = [Scalar::Int; INLINE_ARGS];
        for (slot, ty) in params.iter_mut().zip(&sig.params) {
            *slot = Scalar::of(ty)?;
        }
        Some(ScalarSig { params, ret })
    }
}

/// Why a call did not return a value.
enum FailKind {
    Type(String),
    Range(String),
    /// An N-API call failed for no reason the caller could fix.
    Error(String),
    Python(PythonError),
    /// A JS exception is already pending (a getter, a Proxy trap or the
    /// error factory threw): let it propagate.
    Pending,
    /// A bad argument, worded once the parameter is known
    /// ([`Fail::for_param`]); the path is innermost first.
    Arg {
        problem: ArgProblem,
        path: Vec<PathSeg>,
    },
}

/// A failure on its way to JS. Boxed, so that the Results of the hot path
/// stay two registers wide; allocated only when something fails.
struct Fail(Box<FailKind>);

impl Fail {
    #[cold]
    fn new(kind: FailKind) -> Fail {
        Fail(Box::new(kind))
    }

    fn arg(problem: ArgProblem) -> Fail {
        Fail::new(FailKind::Arg {
            problem,
            path: Vec::new(),
        })
    }

    /// Records that an argument failure happened inside `seg`.
    fn at(mut self, seg: PathSeg) -> Fail {
        if let FailKind::Arg { path, .. } = &mut *self.0 {
            path.push(seg);
        }
        self
    }

    /// Words an argument failure of parameter `param` of `f` as a
    /// TypeError or RangeError.
    #[cold]
    fn for_param(self, f: &Function, param: usize) -> Fail {
        let FailKind::Arg { problem, mut path } = *self.0 else {
            return self;
        };
        path.reverse();
        let name = f.params.get(param).map_or("?", String::as_str);
        let message = argument_message(&f.name, name, &path, &problem);
        Fail::new(if problem.is_range() {
            FailKind::Range(message)
        } else {
            FailKind::Type(message)
        })
    }
}

/// The outcome of an N-API call as a Result.
#[inline]
fn check(status: Status) -> Result<(), Fail> {
    if status == sys::OK {
        Ok(())
    } else {
        Err(status_failure(status))
    }
}

#[cold]
fn status_failure(status: Status) -> Fail {
    Fail::new(match status {
        sys::PENDING_EXCEPTION => FailKind::Pending,
        s => FailKind::Error(format!("pyaot: an N-API call failed (napi_status {s})")),
    })
}

/// Calls `napi_<f>(env, args...)` through the table, as a Result.
macro_rules! napi {
    ($cx:expr, $f:ident($($arg:expr),* $(,)?)) => {
        check(sys::$f($cx.env $(, $arg)*))
    };
}

/// Where a converted result goes, for [`MapFixup`].
#[derive(Clone, Copy)]
enum Place {
    /// The function's return value.
    Result,
    /// Element `i` of an array (a list, or a Map's `[key, value]` pair).
    Index(Value, u32),
    /// A property of an object (a str-keyed dict).
    Prop(Value, Value),
}

/// A dict with non-str keys, converted under the lock as an array of
/// `[key, value]` pairs. Constructing the `Map` runs JS (`Map.prototype.set`),
/// which must wait until the lock is released; fixups are recorded
/// children first, so applying them in order builds inner Maps before the
/// outer ones that contain them.
struct MapFixup {
    pairs: Value,
    place: Place,
}

/// Per-call state.
struct Cx<'a> {
    env: Env,
    func: &'a Function,
    instance: &'a Instance,
    /// Instances that argument slots refer to, each owed one reference:
    /// converting arguments runs outside the lock, where a refcount must
    /// not change, so the references are added once the lock is held
    /// ([`take_handle_refs`]).
    handle_refs: core::cell::RefCell<Vec<*mut Header>>,
}

/// Adds the references argument conversion owed to instances; with the
/// lock held.
///
/// # Safety
/// The lock is held; the pointers are live instances (their JS handles
/// are arguments of the current call).
unsafe fn take_handle_refs(cx: &Cx) {
    for p in cx.handle_refs.borrow_mut().drain(..) {
        // SAFETY: caller.
        unsafe { object::incref(p) };
    }
}

/// Throws `fail` (unless a JS exception is already pending) and returns
/// NULL, the callback's "exception" result.
///
/// # Safety
/// `env` is the current env.
#[cold]
unsafe fn throw(env: Env, instance: Option<&Instance>, fail: Fail) -> Value {
    // SAFETY: N-API calls on the current env.
    unsafe {
        match *fail.0 {
            FailKind::Pending => {}
            FailKind::Type(m) => throw_new(env, sys::create_type_error, &m),
            FailKind::Range(m) => throw_new(env, sys::create_range_error, &m),
            FailKind::Error(m) => throw_new(env, sys::create_error, &m),
            FailKind::Python(e) => throw_python(env, instance, &e),
            FailKind::Arg { problem, path } => {
                // Always worded by `for_param` first; keep a message anyway.
                let m = argument_message("?", "?", &path, &problem);
                throw_new(env, sys::create_type_error, &m)
            }
        }
    }
    null_mut()
}

type ErrorCtor = unsafe extern "C" fn(Env, Value, Value, *mut Value) -> Status;

/// A JS string from UTF-8 bytes.
///
/// # Safety
/// `env` is the current env.
unsafe fn js_string(env: Env, text: &[u8]) -> Result<Value, Fail> {
    let mut v = null_mut();
    // SAFETY: `text` is readable for its length.
    check(unsafe { sys::create_string_utf8(env, text.as_ptr().cast(), text.len(), &mut v) })?;
    Ok(v)
}

/// # Safety
/// `env` is the current env.
unsafe fn throw_new(env: Env, ctor: ErrorCtor, message: &str) {
    // SAFETY: N-API calls on the current env.
    unsafe {
        let Ok(msg) = js_string(env, message.as_bytes()) else {
            return;
        };
        let mut err = null_mut();
        if ctor(env, null_mut(), msg, &mut err) == sys::OK {
            sys::throw(env, err);
        }
    }
}

/// # Safety
/// `env` is the current env.
unsafe fn throw_python(env: Env, instance: Option<&Instance>, e: &PythonError) {
    // SAFETY: N-API calls on the current env.
    unsafe {
        let (Ok(ty), Ok(msg)) = (js_string(env, &e.type_name), js_string(env, &e.message)) else {
            return;
        };
        let factory = instance.map_or(null_mut(), |i| i.error_factory.get());
        let mut f = null_mut();
        if !factory.is_null()
            && sys::get_reference_value(env, factory, &mut f) == sys::OK
            && !f.is_null()
        {
            let mut undefined = null_mut();
            sys::get_undefined(env, &mut undefined);
            let mut err = null_mut();
            let args = [ty, msg];
            if sys::call_function(env, undefined, f, 2, args.as_ptr(), &mut err) == sys::OK {
                sys::throw(env, err);
            }
            // Otherwise the factory threw, and its exception propagates.
            return;
        }
        let mut err = null_mut();
        if sys::create_error(env, null_mut(), msg, &mut err) == sys::OK {
            sys::set_named_property(env, err, c"pythonType".as_ptr(), ty);
            sys::throw(env, err);
        }
    }
}

/// `typeof v` as N-API reports it.
///
/// # Safety
/// `cx.env` is the current env; `v` is a live value.
unsafe fn type_of(cx: &Cx, v: Value) -> Result<sys::ValueType, Fail> {
    let mut t = sys::UNDEFINED;
    // SAFETY: forwarded.
    unsafe { napi!(cx, type_of(v, &mut t)) }?;
    Ok(t)
}

/// The JS type of `v` for an error message: `typeof`, except `null` and
/// `array`.
///
/// # Safety
/// As for [`type_of`].
unsafe fn js_type_name(cx: &Cx, v: Value) -> String {
    // SAFETY: forwarded.
    let name = match unsafe { type_of(cx, v) } {
        Ok(sys::UNDEFINED) => "undefined",
        Ok(sys::NULL) => "null",
        Ok(sys::BOOLEAN) => "boolean",
        Ok(sys::NUMBER) => "number",
        Ok(sys::STRING) => "string",
        Ok(sys::SYMBOL) => "symbol",
        Ok(sys::FUNCTION) => "function",
        Ok(sys::EXTERNAL) => "external",
        Ok(sys::BIGINT) => "bigint",
        Ok(sys::OBJECT) => {
            let mut is_array = false;
            // SAFETY: forwarded.
            let _ = unsafe { napi!(cx, is_array(v, &mut is_array)) };
            if is_array {
                "array"
            } else {
                "object"
            }
        }
        _ => "an unknown value",
    };
    name.into()
}

/// "must be <ty>, got <typeof v>".
///
/// # Safety
/// As for [`type_of`].
#[cold]
unsafe fn bad_type(cx: &Cx, ty: &Ty, v: Value) -> Fail {
    Fail::arg(ArgProblem::Type {
        expected: ty.js_expected(),
        // SAFETY: forwarded.
        got: unsafe { js_type_name(cx, v) },
    })
}

/// A non-integer number as JS prints it (close enough for a message).
fn describe_number(x: f64) -> String {
    if x.is_nan() {
        "NaN".into()
    } else if x.is_infinite() {
        if x > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else {
        format!("{x}")
    }
}

/// A dict key slot as JS would write the key, for error paths.
///
/// # Safety
/// `key` is a valid slot of kind `ty`.
unsafe fn describe_key(ty: &Ty, key: u64) -> String {
    match ty {
        Ty::Int => format!("{}", key as i64),
        Ty::Float => describe_number(f64::from_bits(key)),
        Ty::Bool => if key != 0 { "true" } else { "false" }.into(),
        // SAFETY: a live string (caller).
        _ => format!("{:?}", unsafe {
            str_obj::as_str(key as usize as *const Str)
        }),
    }
}

/// The value of a reference.
///
/// # Safety
/// `cx.env` is the current env; `r` is a live reference.
unsafe fn deref(cx: &Cx, r: Ref) -> Result<Value, Fail> {
    let mut v = null_mut();
    // SAFETY: forwarded.
    unsafe { napi!(cx, get_reference_value(r, &mut v)) }?;
    if v.is_null() {
        return Err(Fail::new(FailKind::Error(
            "pyaot: a captured JS value was collected".into(),
        )));
    }
    Ok(v)
}

/// Element `i` of an array-like `v`.
///
/// # Safety
/// As for [`type_of`].
unsafe fn element(cx: &Cx, v: Value, i: u32) -> Result<Value, Fail> {
    let mut e = null_mut();
    // SAFETY: forwarded.
    unsafe { napi!(cx, get_element(v, i, &mut e)) }?;
    Ok(e)
}

/// The length of an array.
///
/// # Safety
/// As for [`type_of`].
unsafe fn array_length(cx: &Cx, v: Value) -> Result<u32, Fail> {
    let mut n = 0;
    // SAFETY: forwarded.
    unsafe { napi!(cx, get_array_length(v, &mut n)) }?;
    Ok(n)
}

/// Drops the reference a slot of type `ty` owns, if any.
///
/// # Safety
/// The slot is valid for `ty` and owned by the caller.
#[inline]
unsafe fn release(ty: &Ty, slot: u64) {
    if ty.is_ref() {
        // SAFETY: an owned object pointer, or 0 (None).
        unsafe { object::decref(slot as usize as *const Header) };
    }
}

// ---------------------------------------------------------------------
// JS -> thunk slots. Runs outside the lock: every object made here is
// private until the thunk runs.

/// Converts argument `v` to a slot of type `ty` (an owned reference for
/// ref types). Scalars that convert cleanly take one N-API call here;
/// everything else goes through [`to_slot_slow`].
///
/// # Safety
/// `cx.env` is the current env; `v` is a live value.
#[inline(always)]
unsafe fn to_slot(cx: &Cx, ty: &Ty, v: Value) -> Result<u64, Fail> {
    if let Some(kind) = Scalar::of(ty) {
        // SAFETY: forwarded (caller).
        if let Some(slot) = unsafe { scalar_slot(cx.env, kind, v) } {
            return Ok(slot);
        }
    }
    // SAFETY: forwarded (caller).
    unsafe { to_slot_slow(cx, ty, v) }
}

/// The slot of a scalar argument that converts cleanly: a number that is
/// a safe integer for an int, a number for a float, a boolean for a bool.
/// None for anything else (a BigInt, a wrong type, a fraction), which
/// [`to_slot_slow`] converts or words as an error. Reading a value this
/// way runs no JS, so a caller may retry on the general path.
///
/// # Safety
/// `env` is the current env; `v` is a live value.
#[inline(always)]
unsafe fn scalar_slot(env: Env, kind: Scalar, v: Value) -> Option<u64> {
    // SAFETY: N-API calls on the current env with a live value (caller).
    unsafe {
        match kind {
            Scalar::Int => {
                let mut x = 0.0;
                if sys::get_value_double(env, v, &mut x) == sys::OK
                    // `Number.isSafeInteger(x)`: in range (NaN is not) ...
                    && x.abs() <= types::MAX_SAFE_INTEGER as f64
                {
                    // SAFETY: finite and within i64 (checked just above).
                    let i: i64 = x.to_int_unchecked();
                    // ... and without a fraction.
                    if i as f64 == x {
                        return Some(i as u64);
                    }
                }
                None
            }
            Scalar::Float => {
                let mut x = 0.0;
                (sys::get_value_double(env, v, &mut x) == sys::OK).then_some(x.to_bits())
            }
            Scalar::Bool => {
                let mut b = false;
                (sys::get_value_bool(env, v, &mut b) == sys::OK).then_some(b as u64)
            }
        }
    }
}

/// [`to_slot`] for every type, with the error paths.
///
/// # Safety
/// As for [`to_slot`].
#[inline(never)]
unsafe fn to_slot_slow(cx: &Cx, ty: &Ty, v: Value) -> Result<u64, Fail> {
    // SAFETY: N-API calls on the current env with live values (caller).
    unsafe {
        match ty {
            Ty::Int => to_int(cx, v),
            Ty::Float => {
                let mut x = 0.0;
                match sys::get_value_double(cx.env, v, &mut x) {
                    sys::OK => Ok(x.to_bits()),
                    sys::NUMBER_EXPECTED => Err(bad_type(cx, ty, v)),
                    s => Err(status_failure(s)),
                }
            }
            Ty::Bool => {
                let mut b = false;
                match sys::get_value_bool(cx.env, v, &mut b) {
                    sys::OK => Ok(b as u64),
                    sys::BOOLEAN_EXPECTED => Err(bad_type(cx, ty, v)),
                    s => Err(status_failure(s)),
                }
            }
            Ty::None => match type_of(cx, v)? {
                sys::UNDEFINED | sys::NULL => Ok(0),
                _ => Err(bad_type(cx, ty, v)),
            },
            Ty::Str => to_str(cx, v).map(|s| s as u64),
            Ty::Bytes => to_bytes(cx, v).map(|b| b as u64),
            Ty::List(elem) => to_list(cx, ty, elem, v),
            Ty::Tuple(items, kinds) => to_tuple(cx, ty, items, kinds, v),
            Ty::Class(_) => from_handle(cx, ty, v),
            Ty::Dict(key, value) => to_dict(cx, ty, key, value, v),
            Ty::Optional(inner) => match type_of(cx, v)? {
                sys::UNDEFINED | sys::NULL => Ok(0),
                _ => {
                    let slot = to_slot(cx, inner, v).map_err(|mut f| {
                        // Say that null was allowed too.
                        if let FailKind::Arg {
                            problem: ArgProblem::Type { expected, .. },
                            path,
                        } = &mut *f.0
                        {
                            if path.is_empty() {
                                *expected = ty.js_expected();
                            }
                        }
                        f
                    })?;
                    // An Optional int, float or bool is a box
                    // (runtime/src/boxed.rs); a ref is its own pointer.
                    Ok(if inner.is_ref() {
                        slot
                    } else {
                        crate::boxed::pyaot_box_new(slot) as u64
                    })
                }
            },
        }
    }
}

/// An int argument that was not a safe integer number: a BigInt, or an
/// error.
///
/// # Safety
/// As for [`to_slot`].
#[cold]
unsafe fn to_int(cx: &Cx, v: Value) -> Result<u64, Fail> {
    let mut x = 0.0;
    // SAFETY: N-API calls on the current env with a live value (caller).
    unsafe {
        match sys::get_value_double(cx.env, v, &mut x) {
            sys::OK => match int_from_number(x) {
                IntFromNumber::Ok(i) => Ok(i as u64),
                IntFromNumber::NotInteger => Err(Fail::arg(ArgProblem::NotInteger {
                    got: describe_number(x),
                })),
                IntFromNumber::Unsafe => Err(Fail::arg(ArgProblem::UnsafeNumber)),
            },
            sys::NUMBER_EXPECTED => {
                let (mut i, mut lossless) = (0i64, false);
                match sys::get_value_bigint_int64(cx.env, v, &mut i, &mut lossless) {
                    sys::OK if lossless => Ok(i as u64),
                    sys::OK => Err(Fail::arg(ArgProblem::BigIntRange)),
                    _ => Err(bad_type(cx, &Ty::Int, v)),
                }
            }
            s => Err(status_failure(s)),
        }
    }
}

/// A new str object holding the JS string `v`.
///
/// # Safety
/// As for [`to_slot`].
unsafe fn to_str(cx: &Cx, v: Value) -> Result<*mut Str, Fail> {
    let mut buf = [MaybeUninit::<u8>::uninit(); STR_STACK];
    let mut len = 0usize;
    // SAFETY: N-API calls on the current env with a live value (caller);
    // N-API writes at most `bufsize - 1` bytes plus a NUL.
    unsafe {
        match sys::get_value_string_utf8(cx.env, v, buf.as_mut_ptr().cast(), STR_STACK, &mut len) {
            sys::OK => {}
            sys::STRING_EXPECTED => return Err(bad_type(cx, &Ty::Str, v)),
            s => return Err(status_failure(s)),
        }
        // N-API never splits a character, so a string that stopped fewer
        // than 4 bytes (the longest UTF-8 sequence) short of the buffer's
        // end may have been cut; one that stopped earlier is complete.
        if len + 4 < STR_STACK {
            let bytes = core::slice::from_raw_parts(buf.as_ptr().cast::<u8>(), len);
            return match core::str::from_utf8(bytes) {
                Ok(_) => Ok(str_obj::new(bytes)),
                Err(_) => Err(not_utf8()),
            };
        }
        // Long: ask for the length, then copy straight into the object.
        let mut total = 0usize;
        napi!(cx, get_value_string_utf8(v, null_mut(), 0, &mut total))?;
        let (s, data) = str_obj::alloc(total, 0);
        let mut copied = 0usize;
        let read = napi!(
            cx,
            get_value_string_utf8(v, data.cast(), total + 1, &mut copied)
        );
        let bytes = core::slice::from_raw_parts(data, copied.min(total));
        if let Err(e) = read {
            str_obj::dealloc(s);
            return Err(e);
        }
        if core::str::from_utf8(bytes).is_err() {
            str_obj::dealloc(s);
            return Err(not_utf8());
        }
        // The object is still private: fix its fields to what was copied.
        (*s).len = bytes.len() as u64;
        (*s).nchars = str_obj::count_chars(bytes) as u64;
        data.add(bytes.len()).write(0);
        Ok(s)
    }
}

/// A new bytes object holding a copy of the bytes `v` views: a one-byte
/// TypedArray (`Uint8Array`, `Buffer`, `Int8Array`, `Uint8ClampedArray`)
/// or an `ArrayBuffer`. Anything else (a string, a number, a wider
/// TypedArray, a DataView) is a TypeError naming the parameter.
///
/// # Safety
/// As for [`to_slot`].
unsafe fn to_bytes(cx: &Cx, v: Value) -> Result<*mut Bytes, Fail> {
    let (mut data, mut len) = (null_mut::<c_void>(), 0usize);
    let (mut is_typed, mut is_buffer) = (false, false);
    // SAFETY: N-API calls on the current env with a live value (caller);
    // the views' memory stays valid and unchanged while no JS runs.
    unsafe {
        napi!(cx, is_typedarray(v, &mut is_typed))?;
        if is_typed {
            let mut kind = 0;
            let (mut buffer, mut offset) = (null_mut(), 0usize);
            napi!(
                cx,
                get_typedarray_info(v, &mut kind, &mut len, &mut data, &mut buffer, &mut offset)
            )?;
            if !(sys::INT8_ARRAY..=sys::UINT8_CLAMPED_ARRAY).contains(&kind) {
                return Err(bad_type(cx, &Ty::Bytes, v));
            }
        } else {
            napi!(cx, is_arraybuffer(v, &mut is_buffer))?;
            if !is_buffer {
                return Err(bad_type(cx, &Ty::Bytes, v));
            }
            napi!(cx, get_arraybuffer_info(v, &mut data, &mut len))?;
        }
        // A detached or empty view may report a NULL data pointer.
        if data.is_null() || len == 0 {
            return Ok(bytes_obj::empty());
        }
        Ok(bytes_obj::new(core::slice::from_raw_parts(
            data.cast::<u8>(),
            len,
        )))
    }
}

#[cold]
fn not_utf8() -> Fail {
    Fail::new(FailKind::Error(
        "pyaot: N-API returned a string that is not UTF-8".into(),
    ))
}

/// A new list of `elem`s from the JS array `v`.
///
/// # Safety
/// As for [`to_slot`].
unsafe fn to_list(cx: &Cx, ty: &Ty, elem: &Ty, v: Value) -> Result<u64, Fail> {
    // SAFETY: N-API calls on the current env with live values (caller);
    // the list is private and owns what is pushed.
    unsafe {
        let mut is_array = false;
        napi!(cx, is_array(v, &mut is_array))?;
        if !is_array {
            return Err(bad_type(cx, ty, v));
        }
        let len = array_length(cx, v)?;
        let l = list_obj::new(elem.elem(), len as usize);
        for i in 0..len {
            let item = match element(cx, v, i) {
                Ok(e) => to_slot(cx, elem, e),
                Err(f) => Err(f),
            };
            match item {
                Ok(slot) => list_obj::push_owned(l, slot),
                Err(f) => {
                    object::decref(l.cast());
                    return Err(f.at(PathSeg::Index(i)));
                }
            }
        }
        Ok(l as u64)
    }
}

/// Marks the externals this adapter makes as instance handles, so no
/// other external is ever taken for one.
static HANDLE_TAG: sys::TypeTag = sys::TypeTag {
    lower: 0x7079_616f_745f_6f62, // "pyaot_ob"
    upper: 0x6a65_6374_5f68_6e64, // "ject_hnd"
};

/// The instance a handle argument refers to, borrowed (the external keeps
/// its reference); None for `null` or `undefined`. The JS glue checks the
/// class; here it is enough that the handle is one of ours.
///
/// # Safety
/// As for [`to_slot`].
unsafe fn from_handle(cx: &Cx, ty: &Ty, v: Value) -> Result<u64, Fail> {
    // SAFETY: N-API calls on the current env with live values (caller).
    unsafe {
        match type_of(cx, v)? {
            sys::UNDEFINED | sys::NULL => return Ok(0),
            sys::EXTERNAL => {}
            _ => return Err(bad_type(cx, ty, v)),
        }
        let mut ours = false;
        napi!(cx, check_object_type_tag(v, &HANDLE_TAG, &mut ours))?;
        if !ours {
            return Err(bad_type(cx, ty, v));
        }
        let mut p = null_mut();
        napi!(cx, get_value_external(v, &mut p))?;
        // The slot owns a reference, like every converted argument; it is
        // added under the lock (see `Cx::handle_refs`).
        cx.handle_refs.borrow_mut().push(p.cast::<Header>());
        Ok(p as u64)
    }
}

/// Releases the reference a handle owned, when JS collects it.
unsafe extern "C" fn release_handle(_env: Env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: `data` is the instance the external owned a reference to;
    // the release takes the boundary lock (finalizers run outside it).
    unsafe { crate::ffi::c_abi::pyaot_object_release(data) };
}

/// A new handle for instance `p` (NULL: None), owning a new reference.
///
/// # Safety
/// As for [`to_js`]; `p` is NULL or a live instance.
unsafe fn to_handle(cx: &Cx, p: u64) -> Result<Value, Fail> {
    let mut out = null_mut();
    // SAFETY: N-API calls on the current env (caller).
    unsafe {
        if p == 0 {
            napi!(cx, get_null(&mut out))?;
            return Ok(out);
        }
        let obj = p as usize as *mut c_void;
        object::incref(obj.cast::<Header>());
        napi!(
            cx,
            create_external(obj, release_handle, null_mut(), &mut out)
        )?;
        napi!(cx, type_tag_object(out, &HANDLE_TAG))?;
    }
    Ok(out)
}

/// A new tuple from a JS array of exactly its length.
///
/// # Safety
/// As for [`to_slot`].
unsafe fn to_tuple(
    cx: &Cx,
    ty: &Ty,
    items: &[Ty],
    kinds: &'static [u8],
    v: Value,
) -> Result<u64, Fail> {
    // SAFETY: N-API calls on the current env with live values (caller);
    // the tuple is private, its slots start zeroed (owning nothing) and
    // each is written once with an owned value.
    unsafe {
        let mut is_array = false;
        napi!(cx, is_array(v, &mut is_array))?;
        if !is_array || array_length(cx, v)? as usize != items.len() {
            return Err(bad_type(cx, ty, v));
        }
        let t = tuple_obj::new(items.len(), kinds.as_ptr());
        for (i, item_ty) in items.iter().enumerate() {
            let item = match element(cx, v, i as u32) {
                Ok(e) => to_slot(cx, item_ty, e),
                Err(f) => Err(f),
            };
            match item {
                Ok(slot) => tuple_obj::slots_ptr(t).add(i).write(slot),
                Err(f) => {
                    object::decref(t.cast());
                    return Err(f.at(PathSeg::Index(i as u32)));
                }
            }
        }
        Ok(t as u64)
    }
}

/// A new dict from a plain object (str keys) or a Map.
///
/// # Safety
/// As for [`to_slot`].
unsafe fn to_dict(cx: &Cx, ty: &Ty, key: &Ty, value: &Ty, v: Value) -> Result<u64, Fail> {
    // SAFETY: N-API calls on the current env with live values (caller);
    // the dict is private.
    unsafe {
        if type_of(cx, v)? != sys::OBJECT {
            return Err(bad_type(cx, ty, v));
        }
        let mut is_array = false;
        napi!(cx, is_array(v, &mut is_array))?;
        if is_array {
            return Err(bad_type(cx, ty, v));
        }
        let mut is_map = false;
        napi!(
            cx,
            instanceof(v, deref(cx, cx.instance.map_ctor)?, &mut is_map)
        )?;
        if !is_map && *key != Ty::Str {
            return Err(bad_type(cx, ty, v));
        }
        let d = dict_obj::new(key.elem(), value.elem(), 0);
        let filled = if is_map {
            fill_from_map(cx, d, key, value, v)
        } else {
            fill_from_object(cx, d, value, v)
        };
        match filled {
            Ok(()) => Ok(d as u64),
            Err(f) => {
                object::decref(d.cast());
                Err(f)
            }
        }
    }
}

/// Stores owned `key` and `value` slots in `d`, giving up our references.
///
/// # Safety
/// `d` is a live dict of these kinds; the slots are owned and valid.
unsafe fn dict_put(d: *mut Dict, key: &Ty, k: u64, value: &Ty, v: u64) {
    // SAFETY: caller; `pyaot_dict_set` takes its own references.
    unsafe {
        dict_obj::pyaot_dict_set(d, k, v);
        release(key, k);
        release(value, v);
    }
}

/// # Safety
/// As for [`to_dict`]; `d` is the private dict being filled.
unsafe fn fill_from_object(cx: &Cx, d: *mut Dict, value: &Ty, v: Value) -> Result<(), Fail> {
    // SAFETY: as for `to_dict`.
    unsafe {
        let mut names = null_mut();
        napi!(
            cx,
            get_all_property_names(
                v,
                sys::KEY_OWN_ONLY,
                sys::KEY_ENUMERABLE_STRINGS,
                sys::KEY_NUMBERS_TO_STRINGS,
                &mut names,
            )
        )?;
        for i in 0..array_length(cx, names)? {
            let name = element(cx, names, i)?;
            let k = to_str(cx, name)?;
            let mut item = null_mut();
            let converted = match napi!(cx, get_property(v, name, &mut item)) {
                Ok(()) => to_slot(cx, value, item),
                Err(f) => Err(f),
            };
            match converted {
                Ok(slot) => dict_put(d, &Ty::Str, k as u64, value, slot),
                Err(f) => {
                    let shown = String::from(str_obj::as_str(k));
                    object::decref(k.cast());
                    return Err(f.at(PathSeg::Key(shown)));
                }
            }
        }
        Ok(())
    }
}

/// # Safety
/// As for [`to_dict`]; `d` is the private dict being filled.
unsafe fn fill_from_map(cx: &Cx, d: *mut Dict, key: &Ty, value: &Ty, v: Value) -> Result<(), Fail> {
    // SAFETY: as for `to_dict`.
    unsafe {
        let from = deref(cx, cx.instance.array_from)?;
        let mut undefined = null_mut();
        napi!(cx, get_undefined(&mut undefined))?;
        let mut pairs = null_mut();
        napi!(cx, call_function(undefined, from, 1, &v, &mut pairs))?;
        for i in 0..array_length(cx, pairs)? {
            let pair = element(cx, pairs, i)?;
            let k = to_slot(cx, key, element(cx, pair, 0)?).map_err(|f| f.at(PathSeg::MapKey))?;
            let converted = match element(cx, pair, 1) {
                Ok(item) => to_slot(cx, value, item),
                Err(f) => Err(f),
            };
            match converted {
                Ok(slot) => dict_put(d, key, k, value, slot),
                Err(f) => {
                    let shown = describe_key(key, k);
                    release(key, k);
                    return Err(f.at(PathSeg::MapValue(shown)));
                }
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------
// Thunk result -> JS. Runs under the lock; creates values only.

/// Converts a thunk's result (borrowed) to JS: scalars inline, the rest
/// through [`to_js`].
///
/// # Safety
/// As for [`to_js`].
#[inline(always)]
unsafe fn result_to_js(
    cx: &Cx,
    ty: &Ty,
    slot: u64,
    fixups: &mut Vec<MapFixup>,
) -> Result<Value, Fail> {
    let mut out = null_mut();
    // SAFETY: N-API calls on the current env (caller).
    let status = unsafe {
        match ty {
            Ty::Int if types::is_safe_integer(slot as i64) => {
                sys::create_int64(cx.env, slot as i64, &mut out)
            }
            Ty::Float => sys::create_double(cx.env, f64::from_bits(slot), &mut out),
            Ty::Bool => sys::get_boolean(cx.env, slot != 0, &mut out),
            Ty::None => sys::get_undefined(cx.env, &mut out),
            _ => return to_js(cx, ty, slot, Place::Result, fixups),
        }
    };
    check(status)?;
    Ok(out)
}

/// Converts a slot of type `ty` (borrowed) to JS; `place` says where the
/// value will be stored, for [`MapFixup`]s.
///
/// # Safety
/// `cx.env` is the current env; `slot` is a valid slot of type `ty`; the
/// lock is held.
#[inline(never)]
unsafe fn to_js(
    cx: &Cx,
    ty: &Ty,
    slot: u64,
    place: Place,
    fixups: &mut Vec<MapFixup>,
) -> Result<Value, Fail> {
    let mut out = null_mut();
    // SAFETY: N-API calls on the current env; slots are valid (caller).
    unsafe {
        match ty {
            Ty::Int => {
                let i = slot as i64;
                if !types::is_safe_integer(i) {
                    return Err(Fail::new(FailKind::Range(types::unsafe_result_message(
                        &cx.func.name,
                        i,
                    ))));
                }
                napi!(cx, create_int64(i, &mut out))?;
            }
            Ty::Float => napi!(cx, create_double(f64::from_bits(slot), &mut out))?,
            Ty::Bool => napi!(cx, get_boolean(slot != 0, &mut out))?,
            Ty::None => match place {
                Place::Result => napi!(cx, get_undefined(&mut out))?,
                _ => napi!(cx, get_null(&mut out))?,
            },
            Ty::Str => {
                let text = str_obj::bytes(slot as usize as *const Str);
                napi!(
                    cx,
                    create_string_utf8(text.as_ptr().cast(), text.len(), &mut out)
                )?;
            }
            Ty::Bytes => {
                let data = bytes_obj::data(slot as usize as *const Bytes);
                napi!(
                    cx,
                    create_buffer_copy(data.len(), data.as_ptr().cast(), null_mut(), &mut out)
                )?;
            }
            Ty::Class(_) => return to_handle(cx, slot),
            Ty::Tuple(items, _) => {
                let slots = tuple_obj::slots(slot as usize as *const tuple_obj::Tuple);
                napi!(cx, create_array_with_length(slots.len(), &mut out))?;
                for (i, (item_ty, &item)) in items.iter().zip(slots).enumerate() {
                    let i = i as u32;
                    let v = to_js(cx, item_ty, item, Place::Index(out, i), fixups)?;
                    napi!(cx, set_element(out, i, v))?;
                }
            }
            Ty::List(elem) => {
                let items = list_obj::slots(slot as usize as *const List);
                napi!(cx, create_array_with_length(items.len(), &mut out))?;
                for (i, &item) in items.iter().enumerate() {
                    let i = i as u32;
                    let v = to_js(cx, elem, item, Place::Index(out, i), fixups)?;
                    napi!(cx, set_element(out, i, v))?;
                }
            }
            Ty::Dict(key, value) if **key == Ty::Str => {
                let d = slot as usize as *const Dict;
                napi!(cx, create_object(&mut out))?;
                let mut props = Vec::with_capacity((*d).len as usize);
                for (k, v) in dict_obj::items(d) {
                    let text = str_obj::bytes(k as usize as *const Str);
                    let name = js_string(cx.env, text)?;
                    let value = to_js(cx, value, v, Place::Prop(out, name), fixups)?;
                    props.push(property(name, value));
                }
                napi!(cx, define_properties(out, props.len(), props.as_ptr()))?;
            }
            Ty::Dict(key, value) => {
                let d = slot as usize as *const Dict;
                napi!(cx, create_array_with_length((*d).len as usize, &mut out))?;
                for (i, (k, v)) in dict_obj::items(d).enumerate() {
                    let i = i as u32;
                    let mut pair = null_mut();
                    napi!(cx, create_array_with_length(2, &mut pair))?;
                    let k = to_js(cx, key, k, Place::Index(pair, 0), fixups)?;
                    napi!(cx, set_element(pair, 0, k))?;
                    let v = to_js(cx, value, v, Place::Index(pair, 1), fixups)?;
                    napi!(cx, set_element(pair, 1, v))?;
                    napi!(cx, set_element(out, i, pair))?;
                }
                fixups.push(MapFixup { pairs: out, place });
            }
            Ty::Optional(inner) => {
                if slot == 0 {
                    napi!(cx, get_null(&mut out))?;
                } else if !inner.is_ref() {
                    // A non-NULL Optional scalar slot is a live box.
                    let payload = (*(slot as usize as *const crate::boxed::Boxed)).payload;
                    return to_js(cx, inner, payload, place, fixups);
                } else {
                    return to_js(cx, inner, slot, place, fixups);
                }
            }
        }
    }
    Ok(out)
}

/// A plain data property `name: value` (writable, enumerable,
/// configurable), defined rather than assigned.
fn property(name: Value, value: Value) -> PropertyDescriptor {
    PropertyDescriptor {
        utf8name: ptr::null(),
        name,
        method: None,
        getter: None,
        setter: None,
        value,
        attributes: sys::DEFAULT_JSPROPERTY,
        data: null_mut(),
    }
}

/// Builds the Maps recorded during result conversion (lock released).
///
/// # Safety
/// `cx.env` is the current env; the fixups' values are live.
#[cold]
unsafe fn apply_fixups(cx: &Cx, fixups: Vec<MapFixup>, result: &mut Value) -> Result<(), Fail> {
    // SAFETY: N-API calls on the current env with live values.
    unsafe {
        let ctor = deref(cx, cx.instance.map_ctor)?;
        for fix in fixups {
            let mut map = null_mut();
            napi!(cx, new_instance(ctor, 1, &fix.pairs, &mut map))?;
            match fix.place {
                Place::Result => *result = map,
                Place::Index(array, i) => napi!(cx, set_element(array, i, map))?,
                Place::Prop(obj, name) => {
                    let prop = property(name, map);
                    napi!(cx, define_properties(obj, 1, &prop))?;
                }
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------
// Callbacks.

/// The callback of an exported function of arity `N` (up to
/// [`INLINE_ARGS`]): the arguments land in a stack array of exactly the
/// arity, so N-API fills no spare slots.
unsafe extern "C" fn call_export<const N: usize>(env: Env, info: CbInfo) -> Value {
    // SAFETY: node calls this with its env and callback info, for a
    // function defined by `pyaot_napi_register` with arity N, whose data
    // is a Function that lives as long as the env.
    unsafe {
        let (argv, argc, data) = match cb_args::<N>(env, info) {
            Ok(args) => args,
            Err(fail) => return throw(env, None, fail),
        };
        let mut slots = [0u64; N];
        run(env, &*data.cast::<Function>(), &argv, argc, &mut slots)
    }
}

/// A callback's first `N` arguments (in a stack array of exactly `N`, so
/// N-API fills no spare slots), how many were passed, and the callback's
/// data pointer; fails if N-API does or the data is missing.
///
/// # Safety
/// `env` and `info` are node's, for the running callback.
#[inline(always)]
unsafe fn cb_args<const N: usize>(
    env: Env,
    info: CbInfo,
) -> Result<([Value; N], usize, *mut c_void), Fail> {
    let mut argv = [null_mut(); N];
    let mut argc = N;
    let mut data = null_mut();
    // SAFETY: node's env and info (caller); `argv` has room for `argc`.
    let status = unsafe {
        sys::get_cb_info(
            env,
            info,
            &mut argc,
            argv.as_mut_ptr(),
            null_mut(),
            &mut data,
        )
    };
    if status != sys::OK || data.is_null() {
        return Err(status_failure(status));
    }
    Ok((argv, argc, data))
}

/// The callback of an exported function of more than [`INLINE_ARGS`]
/// parameters: arguments and slots on the heap.
unsafe extern "C" fn call_export_many(env: Env, info: CbInfo) -> Value {
    // SAFETY: as for `call_export`.
    unsafe {
        let mut argc = 0;
        let mut data = null_mut();
        let status = sys::get_cb_info(env, info, &mut argc, null_mut(), null_mut(), &mut data);
        if status != sys::OK || data.is_null() {
            return throw(env, None, status_failure(status));
        }
        let func = &*data.cast::<Function>();
        let arity = func.sig.params.len();
        let mut argv = alloc::vec![null_mut(); arity];
        if argc <= arity {
            let mut n = arity;
            let status =
                sys::get_cb_info(env, info, &mut n, argv.as_mut_ptr(), null_mut(), null_mut());
            if status != sys::OK {
                return throw(env, Some(&*func.instance), status_failure(status));
            }
        }
        let mut slots = alloc::vec![0u64; arity];
        run(env, func, &argv, argc, &mut slots)
    }
}

/// The callback for a function, chosen at registration: [`call_scalar`]
/// for all-scalar signatures, else [`call_export`] for its arity (the
/// matches cover arities up to `INLINE_ARGS`).
const _: () = assert!(INLINE_ARGS == 8);
fn callback_for(f: &Function) -> sys::Callback {
    if f.scalar.is_some() {
        return match f.sig.params.len() {
            0 => call_scalar::<0>,
            1 => call_scalar::<1>,
            2 => call_scalar::<2>,
            3 => call_scalar::<3>,
            4 => call_scalar::<4>,
            5 => call_scalar::<5>,
            6 => call_scalar::<6>,
            7 => call_scalar::<7>,
            _ => call_scalar::<8>,
        };
    }
    match f.sig.params.len() {
        0 => call_export::<0>,
        1 => call_export::<1>,
        2 => call_export::<2>,
        3 => call_export::<3>,
        4 => call_export::<4>,
        5 => call_export::<5>,
        6 => call_export::<6>,
        7 => call_export::<7>,
        8 => call_export::<8>,
        _ => call_export_many,
    }
}

/// The callback of an all-scalar function of arity `N` (see
/// [`ScalarSig`]): the path of a hand-written addon. No per-call state,
/// no result dispatch on the general type, nothing to release: read the
/// arguments, run the thunk under the lock, make the result. Anything
/// off that path (a wrong argument count, a value that is not a plain
/// scalar, a BigInt, an int result beyond the safe range) goes to the
/// general path, which converts it or words the error; the reads here
/// run no JS, so redoing them there is safe.
unsafe extern "C" fn call_scalar<const N: usize>(env: Env, info: CbInfo) -> Value {
    // SAFETY: as for `call_export`; the function was registered with this
    // callback only if its `scalar` signature is set, with arity N.
    unsafe {
        let (argv, argc, data) = match cb_args::<N>(env, info) {
            Ok(args) => args,
            Err(fail) => return throw(env, None, fail),
        };
        let func = &*data.cast::<Function>();
        let Some(sig) = &func.scalar else {
            return off_scalar_path(env, func, &argv, argc);
        };
        let mut slots = [0u64; N];
        let mut clean = argc == N;
        for i in 0..N {
            match scalar_slot(env, sig.params[i], argv[i]) {
                Some(slot) => slots[i] = slot,
                None => clean = false,
            }
        }
        if !clean {
            return off_scalar_path(env, func, &argv, argc);
        }
        let instance = &*func.instance;
        let mut ret = 0u64;
        if pyaot_ffi_enter(instance.module_init) != 0 || (func.thunk)(slots.as_ptr(), &mut ret) != 0
        {
            return throw(env, Some(instance), python_failure(func, &slots));
        }
        pyaot_ffi_leave();
        let mut out = null_mut();
        let status = match sig.ret {
            Some(Scalar::Int) if types::is_safe_integer(ret as i64) => {
                sys::create_int64(env, ret as i64, &mut out)
            }
            Some(Scalar::Float) => sys::create_double(env, f64::from_bits(ret), &mut out),
            Some(Scalar::Bool) => sys::get_boolean(env, ret != 0, &mut out),
            None => sys::get_undefined(env, &mut out),
            Some(Scalar::Int) => return unsafe_int_result(env, func, ret),
        };
        if status != sys::OK {
            return throw(env, Some(instance), status_failure(status));
        }
        out
    }
}

/// A call [`call_scalar`] cannot take: the general path, out of line so
/// that the fast one keeps a small frame.
///
/// # Safety
/// As for [`run`].
#[cold]
#[inline(never)]
unsafe fn off_scalar_path<const N: usize>(
    env: Env,
    func: &Function,
    argv: &[Value; N],
    argc: usize,
) -> Value {
    // SAFETY: forwarded.
    unsafe { run(env, func, argv, argc, &mut [0u64; N]) }
}

/// Throws the RangeError for an int result beyond ±(2**53-1).
///
/// # Safety
/// `env` is the current env.
#[cold]
unsafe fn unsafe_int_result(env: Env, func: &Function, ret: u64) -> Value {
    let message = types::unsafe_result_message(&func.name, ret as i64);
    // SAFETY: forwarded; the instance outlives its functions.
    unsafe {
        throw(
            env,
            Some(&*func.instance),
            Fail::new(FailKind::Range(message)),
        )
    }
}

/// Calls `func` and returns its result or throws.
///
/// # Safety
/// As for [`call_export`]; `argv` and `slots` have the function's arity
/// (arguments past `argc` are `undefined`), `argc` is the count given.
/// Inlined into each `call_export::<N>`, where the arity is a constant.
#[inline(always)]
unsafe fn run(env: Env, func: &Function, argv: &[Value], argc: usize, slots: &mut [u64]) -> Value {
    // SAFETY: forwarded; the instance outlives its functions.
    unsafe {
        let cx = Cx {
            env,
            func,
            instance: &*func.instance,
            handle_refs: core::cell::RefCell::new(Vec::new()),
        };
        match call(&cx, argv, argc, slots) {
            Ok(v) => v,
            Err(fail) => throw(env, Some(cx.instance), fail),
        }
    }
}

/// Checks the argument count; arguments may only be left out for trailing
/// Optional parameters (they arrive as `undefined`, which is None).
#[cold]
fn check_count(f: &Function, argc: usize) -> Result<(), Fail> {
    let params = &f.sig.params;
    if argc > params.len() {
        let this = usize::from(f.implicit_self);
        return Err(Fail::new(FailKind::Type(types::too_many_arguments(
            &f.name,
            params.len() + this,
            argc + this,
        ))));
    }
    let missing: Vec<&str> = (argc..params.len())
        .filter(|&i| !matches!(params[i], Ty::Optional(_)))
        .map(|i| f.params[i].as_str())
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(Fail::new(FailKind::Type(types::missing_arguments(
        &f.name, &missing,
    ))))
}

/// The body of a call: convert, cross, convert back.
///
/// # Safety
/// As for [`run`].
#[inline(always)]
unsafe fn call(cx: &Cx, argv: &[Value], argc: usize, slots: &mut [u64]) -> Result<Value, Fail> {
    let f = cx.func;
    // SAFETY: `argv` has the arity, the length of `params` (the callback
    // was chosen for it); as a constant-length slice, the loops below
    // unroll in `call_export::<N>`.
    let params = unsafe { f.sig.params.get_unchecked(..argv.len()) };
    if argc != params.len() {
        check_count(f, argc)?;
    }
    for (i, (ty, &v)) in params.iter().zip(argv).enumerate() {
        // SAFETY: live argument values of the current call.
        match unsafe { to_slot(cx, ty, v) } {
            Ok(slot) => slots[i] = slot,
            Err(fail) => {
                // SAFETY: the slots converted so far; any instance among
                // them is shared, so the release happens under the lock.
                unsafe {
                    if cx.handle_refs.borrow().is_empty() {
                        release_args(params, &slots[..i]);
                    } else {
                        super::lock::lock();
                        take_handle_refs(cx);
                        release_args(params, &slots[..i]);
                        super::lock::unlock();
                    }
                }
                return Err(fail.for_param(f, i));
            }
        }
    }

    // Across the boundary: the thunk and everything that touches objects
    // Python code may share, then nothing that can run JS.
    let mut ret = 0u64;
    let mut fixups = Vec::new();
    // SAFETY: the slots match the thunk's parameter types; the lock is
    // held from enter to leave.
    let value = unsafe {
        let init_failed = pyaot_ffi_enter(cx.instance.module_init) != 0;
        if f.class_params {
            take_handle_refs(cx);
        }
        if init_failed || (f.thunk)(slots.as_ptr(), &mut ret) != 0 {
            return Err(python_failure(f, slots));
        }
        let value = result_to_js(cx, &f.sig.ret, ret, &mut fixups);
        release(&f.sig.ret, ret);
        if f.ref_params {
            release_args(params, slots);
        }
        pyaot_ffi_leave();
        value
    };

    let mut value = value?;
    if !fixups.is_empty() {
        // SAFETY: the lock is released; the values are live in this call.
        unsafe { apply_fixups(cx, fixups, &mut value) }?;
    }
    Ok(value)
}

/// Drops the references argument slots own.
///
/// # Safety
/// The slots are valid and owned, for the first `slots.len()` params.
unsafe fn release_args(params: &[Ty], slots: &[u64]) {
    for (ty, &slot) in params.iter().zip(slots) {
        // SAFETY: caller.
        unsafe { release(ty, slot) };
    }
}

/// After the thunk (or the module's top level) raised, with the lock
/// held: takes the exception, releases the arguments, leaves the lock.
///
/// # Safety
/// The lock is held; `slots` are the call's owned argument slots.
#[cold]
unsafe fn python_failure(f: &Function, slots: &[u64]) -> Fail {
    let e = take_pending();
    // SAFETY: caller.
    unsafe { release_args(&f.sig.params, slots) };
    pyaot_ffi_leave();
    Fail::new(FailKind::Python(e))
}

/// `__pyaot_set_error_factory(fn)`: installs `(pythonType, message) =>
/// Error` for this env (`null` removes it).
unsafe extern "C" fn set_error_factory(env: Env, info: CbInfo) -> Value {
    // SAFETY: node calls this with its env and info; the data is the
    // env's Instance.
    unsafe {
        let (argv, _, data) = match cb_args::<1>(env, info) {
            Ok(args) => args,
            Err(fail) => return throw(env, None, fail),
        };
        let instance = &*data.cast::<Instance>();
        let mut t = sys::UNDEFINED;
        sys::type_of(env, argv[0], &mut t);
        let new = match t {
            sys::FUNCTION => {
                let mut r = null_mut();
                if let Err(e) = check(sys::create_reference(env, argv[0], 1, &mut r)) {
                    return throw(env, None, e);
                }
                r
            }
            sys::UNDEFINED | sys::NULL => null_mut(),
            _ => {
                let err = FailKind::Type(
                    "__pyaot_set_error_factory(): the factory must be a function or null".into(),
                );
                return throw(env, None, Fail::new(err));
            }
        };
        let old = instance.error_factory.replace(new);
        if !old.is_null() {
            sys::delete_reference(env, old);
        }
        let mut undefined = null_mut();
        sys::get_undefined(env, &mut undefined);
        undefined
    }
}

/// Frees an env's [`Instance`] when node tears the env down.
unsafe extern "C" fn finalize_instance(_env: Env, data: *mut c_void, _hint: *mut c_void) {
    // SAFETY: `data` is the Box leaked by `register`, finalized once.
    drop(unsafe { Box::from_raw(data.cast::<Instance>()) });
}

/// `napi_value pyaot_napi_register(napi_env env, napi_value exports, const
/// PyaotExport *table, size_t count, uint8_t (*module_init)(void))`: runs
/// the module's top level (once per process, under the boundary lock),
/// then defines on `exports` one JS function per table entry and the
/// non-enumerable `__pyaot_set_error_factory`. Returns `exports`, or NULL
/// with a JS exception pending: the Python exception if the top level
/// raised (an `Error` with `pythonType`), a TypeError if an entry uses a
/// type the adapter does not convert yet.
///
/// # Safety
/// Called from `napi_register_module_v1` with node's `env` and `exports`;
/// `table` holds `count` valid entries whose strings and thunks live as
/// long as the process.
#[no_mangle]
pub unsafe extern "C" fn pyaot_napi_register(
    env: Env,
    exports: Value,
    table: *const PyaotExport,
    count: usize,
    module_init: ModuleInit,
) -> Value {
    if let Err(symbol) = sys::load() {
        // Not inside node: there is no JS to throw to.
        io::write_stderr(b"pyaot: cannot load the addon: N-API function ");
        io::write_stderr(symbol.trim_end_matches('\0').as_bytes());
        io::write_stderr(b" not found in this process\n");
        return null_mut();
    }
    // SAFETY: forwarded from the caller.
    match unsafe { register(env, exports, table, count, module_init) } {
        Ok(v) => v,
        // SAFETY: node's env.
        Err(t) => unsafe { throw(env, None, t) },
    }
}

/// The body of [`pyaot_napi_register`].
///
/// # Safety
/// As for [`pyaot_napi_register`].
unsafe fn register(
    env: Env,
    exports: Value,
    table: *const PyaotExport,
    count: usize,
    module_init: ModuleInit,
) -> Result<Value, Fail> {
    let entries = if table.is_null() || count == 0 {
        &[][..]
    } else {
        // SAFETY: `count` entries (caller).
        unsafe { core::slice::from_raw_parts(table, count) }
    };
    let mut functions = Vec::with_capacity(entries.len());
    for e in entries {
        // SAFETY: NUL-terminated strings (caller).
        functions.push(unsafe { parse_entry(e) }.map_err(|m| Fail::new(FailKind::Type(m)))?);
    }

    // The module's top level, before anything can call into it.
    // SAFETY: the library's own initializer; the lock is left below.
    if unsafe { pyaot_ffi_enter(module_init) } != 0 {
        let e = take_pending();
        pyaot_ffi_leave();
        return Err(Fail::new(FailKind::Python(e)));
    }
    pyaot_ffi_leave();

    let cx_env = EnvCalls { env };
    // SAFETY: N-API calls on node's env.
    let (map_ctor, array_from) = unsafe {
        let global = cx_env.named(ptr::null_mut(), None)?;
        let map = cx_env.named(global, Some(c"Map"))?;
        let array = cx_env.named(global, Some(c"Array"))?;
        let from = cx_env.named(array, Some(c"from"))?;
        (cx_env.reference(map)?, cx_env.reference(from)?)
    };

    let instance = Box::into_raw(Box::new(Instance {
        module_init,
        error_factory: Cell::new(null_mut()),
        map_ctor,
        array_from,
        functions,
    }));
    // SAFETY: `instance` is live until node finalizes it; the functions'
    // addresses are stable from here on (the Vec is never touched again).
    unsafe {
        let functions = &mut (*instance).functions;
        for f in functions.iter_mut() {
            f.instance = instance;
        }
        // Functions made by napi_create_function carry their name (for
        // stack traces and `f.name`); defining methods would not.
        let make = |name: *const c_char, cb: sys::Callback, data: *mut c_void| {
            let mut f = null_mut();
            check(sys::create_function(
                env,
                name,
                sys::AUTO_LENGTH,
                cb,
                data,
                &mut f,
            ))?;
            Ok::<_, Fail>(f)
        };
        let mut props = Vec::with_capacity(entries.len() + 1);
        for (e, f) in entries.iter().zip(functions.iter()) {
            let data = (f as *const Function).cast_mut().cast();
            let js = make(e.name, callback_for(f), data)?;
            props.push(PropertyDescriptor {
                utf8name: e.name,
                ..property(null_mut(), js)
            });
        }
        let hook = c"__pyaot_set_error_factory".as_ptr();
        props.push(PropertyDescriptor {
            utf8name: hook,
            attributes: sys::DEFAULT_METHOD,
            ..property(null_mut(), make(hook, set_error_factory, instance.cast())?)
        });
        // On failure the instance is leaked: functions may already exist.
        check(sys::define_properties(
            env,
            exports,
            props.len(),
            props.as_ptr(),
        ))?;
        check(sys::set_instance_data(
            env,
            instance.cast(),
            finalize_instance,
            null_mut(),
        ))?;
    }
    Ok(exports)
}

/// N-API calls used while registering (no Function yet).
struct EnvCalls {
    env: Env,
}

impl EnvCalls {
    /// `obj[name]`, or the global object for `name` None.
    ///
    /// # Safety
    /// `obj` is a live object (or anything, for the global).
    unsafe fn named(&self, obj: Value, name: Option<&CStr>) -> Result<Value, Fail> {
        let mut v = null_mut();
        // SAFETY: N-API calls on the current env.
        unsafe {
            match name {
                None => napi!(self, get_global(&mut v))?,
                Some(n) => napi!(self, get_named_property(obj, n.as_ptr(), &mut v))?,
            }
        }
        Ok(v)
    }

    /// A strong reference to `v` (for the life of the env).
    ///
    /// # Safety
    /// `v` is live.
    unsafe fn reference(&self, v: Value) -> Result<Ref, Fail> {
        let mut r = null_mut();
        // SAFETY: N-API call on the current env.
        unsafe { napi!(self, create_reference(v, 1, &mut r)) }?;
        Ok(r)
    }
}

/// Reads and checks one export-table entry.
///
/// # Safety
/// The entry's strings are NUL-terminated.
unsafe fn parse_entry(e: &PyaotExport) -> Result<Function, String> {
    // SAFETY: NUL-terminated (caller); NULL is refused first.
    let text = |p: *const c_char| -> Result<&str, String> {
        if p.is_null() {
            return Err("pyaot: malformed export table (NULL string)".into());
        }
        unsafe { CStr::from_ptr(p) }
            .to_str()
            .map_err(|_| String::from("pyaot: malformed export table (not UTF-8)"))
    };
    let name = if e.qualname.is_null() {
        text(e.name)?
    } else {
        text(e.qualname)?
    };
    let params_text = text(e.params)?;
    let types_text = text(e.types)?;
    let params: Vec<String> = if params_text.is_empty() {
        Vec::new()
    } else {
        params_text.split(',').map(String::from).collect()
    };
    let arity = e.arity as usize;
    let fail = |why: String| format!("pyaot: cannot export {name}() to JavaScript: {why}");
    if params.len() != arity {
        return Err(fail(format!(
            "{} parameter names for {arity} parameters",
            params.len()
        )));
    }
    let sig = types::parse_signature(types_text.as_bytes(), arity).map_err(fail)?;
    Ok(Function {
        instance: ptr::null(),
        implicit_self: name.ends_with(".__init__"),
        name: name.into(),
        params,
        ref_params: sig.params.iter().any(Ty::is_ref),
        class_params: sig.params.iter().any(Ty::mentions_class),
        scalar: ScalarSig::of(&sig),
        sig,
        thunk: e.thunk,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    unsafe extern "C" fn thunk(_args: *const u64, _ret: *mut u64) -> u8 {
        0
    }

    fn entry(name: &CStr, params: &CStr, types: &CStr, arity: u32) -> PyaotExport {
        PyaotExport {
            name: name.as_ptr(),
            params: params.as_ptr(),
            types: types.as_ptr(),
            arity,
            thunk,
            qualname: ptr::null(),
        }
    }

    #[test]
    fn scalar_signatures_take_the_fast_path() {
        let sig = |types: &[u8], arity| types::parse_signature(types, arity).unwrap();
        let fast = ScalarSig::of(&sig(b"ifb", 2)).unwrap();
        assert_eq!(fast.ret, Some(Scalar::Int));
        assert_eq!(fast.params[..2], [Scalar::Float, Scalar::Bool]);
        assert_eq!(ScalarSig::of(&sig(b"n", 0)).unwrap().ret, None);
        assert_eq!(
            ScalarSig::of(&sig(b"ffffffffff", 9)),
            None,
            "more than INLINE_ARGS"
        );
        assert_eq!(ScalarSig::of(&sig(b"si", 1)), None, "a str result");
        assert_eq!(ScalarSig::of(&sig(b"iis", 2)), None, "a str parameter");
        assert_eq!(
            ScalarSig::of(&sig(b"ioi", 1)),
            None,
            "an Optional parameter"
        );
    }

    #[test]
    fn entries_are_parsed_once() {
        // SAFETY: static C strings.
        unsafe {
            let f = parse_entry(&entry(c"add", c"a,b", c"iii", 2)).unwrap();
            assert_eq!(f.name, "add");
            assert_eq!(f.params, ["a", "b"]);
            assert_eq!(f.sig.params, [Ty::Int, Ty::Int]);
            let f = parse_entry(&entry(c"now", c"", c"f", 0)).unwrap();
            assert!(f.params.is_empty());
            let f = parse_entry(&entry(c"pt", c"p", c"nc12.", 1)).unwrap();
            assert_eq!(f.sig.params, [Ty::Class(12)]);
            assert!(f.class_params && f.ref_params);
            let f = parse_entry(&entry(c"b", c"p", c"yly", 1)).unwrap();
            assert_eq!(f.sig.params, [Ty::List(Box::new(Ty::Bytes))]);
            assert_eq!(f.sig.ret, Ty::Bytes);
            assert_eq!(
                parse_entry(&entry(c"b", c"p", c"ndyi", 1)).err().unwrap(),
                "pyaot: cannot export b() to JavaScript: dict keys of type bytes are not supported"
            );
            assert!(parse_entry(&entry(c"f", c"a", c"ii", 2))
                .err()
                .unwrap()
                .ends_with("1 parameter names for 2 parameters"));
        }
    }

    #[test]
    fn messages_use_the_qualified_name() {
        // SAFETY: static C strings.
        unsafe {
            let new = PyaotExport {
                qualname: c"Point.__init__".as_ptr(),
                ..entry(c"Point__new", c"x,y", c"nff", 2)
            };
            let f = parse_entry(&new).unwrap();
            // CPython counts `self` in `__init__`'s arity.
            assert_eq!(
                message(check_count(&f, 3).err().unwrap()),
                "Point.__init__() takes 3 positional arguments but 4 were given"
            );
            assert_eq!(
                message(check_count(&f, 1).err().unwrap()),
                "Point.__init__() missing 1 required positional argument: 'y'"
            );
            let area = PyaotExport {
                qualname: c"Point.area".as_ptr(),
                ..entry(c"Point_area", c"self", c"fc0.", 1)
            };
            let f = parse_entry(&area).unwrap();
            assert_eq!(
                message(check_count(&f, 2).err().unwrap()),
                "Point.area() takes 1 positional argument but 2 were given"
            );
        }
    }

    fn message(fail: Fail) -> String {
        match *fail.0 {
            FailKind::Type(m) => m,
            _ => panic!("not a TypeError"),
        }
    }

    #[test]
    fn descriptions() {
        assert_eq!(describe_number(1.5), "1.5");
        assert_eq!(describe_number(f64::NAN), "NaN");
        assert_eq!(describe_number(f64::NEG_INFINITY), "-Infinity");
        // SAFETY: valid slots.
        unsafe {
            assert_eq!(describe_key(&Ty::Int, -3i64 as u64), "-3");
            assert_eq!(describe_key(&Ty::Bool, 1), "true");
            let k = str_obj::from_str("k\"");
            assert_eq!(describe_key(&Ty::Str, k as u64), "\"k\\\"\"");
            object::decref(k.cast());
        }
    }

    #[test]
    fn argument_failures_name_the_parameter() {
        // SAFETY: static C strings.
        let f = unsafe { parse_entry(&entry(c"total", c"xs", c"flf", 1)) }.unwrap();
        let word = |fail: Fail| match *fail.for_param(&f, 0).0 {
            FailKind::Type(m) => ("TypeError", m),
            FailKind::Range(m) => ("RangeError", m),
            _ => ("other", String::new()),
        };
        let inner = Fail::arg(ArgProblem::Type {
            expected: Ty::Float.js_expected(),
            got: "string".into(),
        });
        assert_eq!(
            word(inner.at(PathSeg::Index(1))),
            (
                "TypeError",
                "total(): argument 'xs'[1] must be a number (float), got string".into()
            )
        );
        assert_eq!(word(Fail::arg(ArgProblem::UnsafeNumber)).0, "RangeError");
        // Not an argument failure: passed through unchanged.
        assert!(matches!(
            *status_failure(sys::PENDING_EXCEPTION).for_param(&f, 0).0,
            FailKind::Pending
        ));
        assert!(check_count(&f, 1).is_ok());
        assert!(check_count(&f, 0).is_err() && check_count(&f, 2).is_err());
    }

    #[test]
    fn export_table_layout() {
        // name, params, types, arity (+4 padding), thunk, qualname: 48
        // bytes on 64-bit targets, as the C struct in ARCHITECTURE.md.
        assert_eq!(core::mem::size_of::<PyaotExport>(), 48);
        assert_eq!(core::mem::offset_of!(PyaotExport, thunk), 32);
        assert_eq!(core::mem::offset_of!(PyaotExport, qualname), 40);
        assert_eq!(core::mem::size_of::<PropertyDescriptor>(), 64);
    }
}
