//! The slice of Node-API (`js_native_api.h`, N-API version 8) the adapter
//! uses, declared by hand: opaque handle types, status and enum values,
//! and a table of function pointers.
//!
//! **Why functions found with `dlsym` instead of `extern "C"`
//! declarations.** The runtime archive is one object file
//! (`codegen-units=1`), and every pyaot build links it: executables, the
//! shared libraries `pyaot` loads for its default run mode, C libraries and
//! `.node` addons. Plain extern declarations would leave `napi_*` as
//! undefined symbols in every shared library built from it (the linker
//! keeps all exported functions of a `-shared` link, `pyaot_napi_register`
//! among them), which only works while they are bound lazily and breaks
//! under `-z now` or `LD_BIND_NOW`. So [`load`] looks the functions up in
//! the host process when an addon registers, and every other build stays
//! free of them.
//!
//! **Why trampolines.** Each N-API function here is a tiny Rust function
//! that jumps to the address `load` stored: callers make a direct call to
//! it and it makes one indirect jump, the same shape as a call through the
//! PLT. Calling through a table of function pointers instead (an indirect
//! `call`) measured about 1.5 ns slower per N-API call on the AMD EPYC
//! this was tuned on, which is most of the adapter's budget for `add(int,
//! int)`.
//!
use crate::libc;
use core::ffi::{c_char, c_void};
use core::sync::atomic::Ordering;

/// `napi_env`.
pub type Env = *mut c_void;
/// `napi_value`.
pub type Value = *mut c_void;
/// `napi_callback_info`.
pub type CbInfo = *mut c_void;
/// `napi_ref`.
pub type Ref = *mut c_void;

/// `napi_status` (a C enum, `int` sized).
pub type Status = i32;
pub const OK: Status = 0;
pub const STRING_EXPECTED: Status = 3;
pub const NUMBER_EXPECTED: Status = 6;
pub const BOOLEAN_EXPECTED: Status = 7;
pub const PENDING_EXCEPTION: Status = 10;

/// `NAPI_AUTO_LENGTH`: the string is NUL-terminated.
pub const AUTO_LENGTH: usize = usize::MAX;

/// `napi_typedarray_type`: the element type of a TypedArray; the one-byte
/// ones (`Int8Array`, `Uint8Array` and its subclass `Buffer`,
/// `Uint8ClampedArray`) are byte views.
pub type TypedArrayType = i32;
pub const INT8_ARRAY: TypedArrayType = 0;
pub const UINT8_CLAMPED_ARRAY: TypedArrayType = 2;

/// `napi_valuetype`.
pub type ValueType = i32;
pub const UNDEFINED: ValueType = 0;
pub const NULL: ValueType = 1;
pub const BOOLEAN: ValueType = 2;
pub const NUMBER: ValueType = 3;
pub const STRING: ValueType = 4;
pub const SYMBOL: ValueType = 5;
pub const OBJECT: ValueType = 6;
pub const FUNCTION: ValueType = 7;
pub const EXTERNAL: ValueType = 8;
pub const BIGINT: ValueType = 9;

/// `napi_property_attributes`: `napi_default_jsproperty` (writable,
/// enumerable, configurable: what an assignment in JS creates).
pub const DEFAULT_JSPROPERTY: i32 = 1 | 2 | 4;
/// `napi_default_method`: writable and configurable, not enumerable.
pub const DEFAULT_METHOD: i32 = 1 | 4;

/// `napi_key_collection_mode::napi_key_own_only`.
pub const KEY_OWN_ONLY: i32 = 1;
/// `napi_key_enumerable | napi_key_skip_symbols`.
pub const KEY_ENUMERABLE_STRINGS: i32 = 2 | 16;
/// `napi_key_conversion::napi_key_numbers_to_strings`.
pub const KEY_NUMBERS_TO_STRINGS: i32 = 1;

/// `napi_callback`.
pub type Callback = unsafe extern "C" fn(Env, CbInfo) -> Value;
/// `napi_finalize`.
pub type Finalize = unsafe extern "C" fn(Env, *mut c_void, *mut c_void);

/// `napi_type_tag`: 128 bits that mark an object as made by this adapter.
#[repr(C)]
pub struct TypeTag {
    pub lower: u64,
    pub upper: u64,
}

/// `napi_property_descriptor`.
#[repr(C)]
pub struct PropertyDescriptor {
    pub utf8name: *const c_char,
    pub name: Value,
    pub method: Option<Callback>,
    pub getter: Option<Callback>,
    pub setter: Option<Callback>,
    pub value: Value,
    pub attributes: i32,
    pub data: *mut c_void,
}

/// The symbol of a function: `napi_<name>` unless given.
macro_rules! napi_symbol {
    ($name:ident) => {
        concat!("napi_", stringify!($name), "\0")
    };
    ($name:ident $symbol:literal) => {
        concat!($symbol, "\0")
    };
}

macro_rules! napi_api {
    ($($name:ident $([$symbol:literal])? ($($arg:ident: $ty:ty),*);)*) => {
        /// Where [`load`] put each N-API function (NULL before).
        #[allow(non_upper_case_globals)]
        mod slots {
            use core::ffi::c_void;
            use core::sync::atomic::AtomicPtr;
            $(pub static $name: AtomicPtr<c_void> = AtomicPtr::new(core::ptr::null_mut());)*
        }

        $(
            /// Calls the host's N-API function of this name (see the
            /// module doc); only after [`load`] succeeded.
            ///
            /// # Safety
            /// As the N-API function; [`load`] has returned Ok.
            #[inline(never)]
            pub unsafe extern "C" fn $name($($arg: $ty),*) -> Status {
                let f = slots::$name.load(Ordering::Relaxed);
                // SAFETY: `load` stored the host's function, whose C
                // signature is the one declared here (js_native_api.h),
                // before any adapter code could get here (caller).
                unsafe {
                    let f = core::mem::transmute::<
                        *mut c_void,
                        unsafe extern "C" fn($($ty),*) -> Status,
                    >(f);
                    f($($arg),*)
                }
            }
        )*

        /// Looks every function up in the host process. Err names the
        /// first one missing (the process is not node, or a node without
        /// N-API 8). Idempotent: concurrent loads store the same values.
        pub fn load() -> Result<(), &'static str> {
            $({
                const SYMBOL: &str = napi_symbol!($name $($symbol)?);
                // SAFETY: SYMBOL is NUL-terminated; dlsym has no other
                // preconditions.
                let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, SYMBOL.as_ptr().cast()) };
                if p.is_null() {
                    return Err(SYMBOL);
                }
                slots::$name.store(p, Ordering::Relaxed);
            })*
            Ok(())
        }
    };
}

napi_api! {
    get_cb_info(env: Env, info: CbInfo, argc: *mut usize, argv: *mut Value, this: *mut Value, data: *mut *mut c_void);
    get_undefined(env: Env, out: *mut Value);
    get_null(env: Env, out: *mut Value);
    get_global(env: Env, out: *mut Value);
    get_boolean(env: Env, value: bool, out: *mut Value);
    type_of ["napi_typeof"] (env: Env, value: Value, out: *mut ValueType);
    get_value_double(env: Env, value: Value, out: *mut f64);
    get_value_bigint_int64(env: Env, value: Value, out: *mut i64, lossless: *mut bool);
    get_value_bool(env: Env, value: Value, out: *mut bool);
    get_value_string_utf8(env: Env, value: Value, buf: *mut c_char, size: usize, len: *mut usize);
    create_int64(env: Env, value: i64, out: *mut Value);
    create_double(env: Env, value: f64, out: *mut Value);
    create_string_utf8(env: Env, text: *const c_char, len: usize, out: *mut Value);
    create_object(env: Env, out: *mut Value);
    create_function(env: Env, name: *const c_char, len: usize, cb: Callback, data: *mut c_void, out: *mut Value);
    create_array_with_length(env: Env, len: usize, out: *mut Value);
    is_array(env: Env, value: Value, out: *mut bool);
    get_array_length(env: Env, value: Value, out: *mut u32);
    get_element(env: Env, array: Value, index: u32, out: *mut Value);
    set_element(env: Env, array: Value, index: u32, value: Value);
    get_property(env: Env, object: Value, key: Value, out: *mut Value);
    get_named_property(env: Env, object: Value, name: *const c_char, out: *mut Value);
    set_named_property(env: Env, object: Value, name: *const c_char, value: Value);
    get_all_property_names(env: Env, object: Value, mode: i32, filter: i32, conversion: i32, out: *mut Value);
    define_properties(env: Env, object: Value, count: usize, props: *const PropertyDescriptor);
    instanceof(env: Env, object: Value, constructor: Value, out: *mut bool);
    call_function(env: Env, recv: Value, func: Value, argc: usize, argv: *const Value, out: *mut Value);
    new_instance(env: Env, constructor: Value, argc: usize, argv: *const Value, out: *mut Value);
    create_reference(env: Env, value: Value, count: u32, out: *mut Ref);
    delete_reference(env: Env, r: Ref);
    get_reference_value(env: Env, r: Ref, out: *mut Value);
    create_error(env: Env, code: Value, msg: Value, out: *mut Value);
    create_type_error(env: Env, code: Value, msg: Value, out: *mut Value);
    create_range_error(env: Env, code: Value, msg: Value, out: *mut Value);
    throw(env: Env, error: Value);
    set_instance_data(env: Env, data: *mut c_void, finalize: Finalize, hint: *mut c_void);
    create_external(env: Env, data: *mut c_void, finalize: Finalize, hint: *mut c_void, out: *mut Value);
    get_value_external(env: Env, value: Value, out: *mut *mut c_void);
    type_tag_object(env: Env, value: Value, tag: *const TypeTag);
    check_object_type_tag(env: Env, value: Value, tag: *const TypeTag, out: *mut bool);
    is_typedarray(env: Env, value: Value, out: *mut bool);
    get_typedarray_info(env: Env, array: Value, kind: *mut TypedArrayType, len: *mut usize, data: *mut *mut c_void, buffer: *mut Value, offset: *mut usize);
    is_arraybuffer(env: Env, value: Value, out: *mut bool);
    get_arraybuffer_info(env: Env, buffer: Value, data: *mut *mut c_void, len: *mut usize);
    create_buffer_copy(env: Env, len: usize, data: *const c_void, copy: *mut *mut c_void, out: *mut Value);
}
