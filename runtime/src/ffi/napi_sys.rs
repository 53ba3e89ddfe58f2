//! The slice of Node-API (`js_native_api.h`, N-API version 8) the adapter
//! uses, declared by hand: opaque handle types, status and enum values,
//! and a table of function pointers.
//!
//! **Why a table found with `dlsym` instead of `extern "C"` declarations.**
//! The runtime archive is one object file (`codegen-units=1`), and every
//! pyaot build links it: executables, the shared libraries `pyaot` loads
//! for its default run mode, C libraries and `.node` addons. Plain extern
//! declarations would leave `napi_*` as undefined symbols in every shared
//! library built from it (the linker keeps all exported functions of a
//! `-shared` link, `pyaot_napi_register` among them), which only works
//! while they are bound lazily and breaks under `-z now` or
//! `LD_BIND_NOW`. Looking the functions up in the host process when an
//! addon registers keeps every other build free of them, and costs the
//! same per call as a PLT call (one load, one indirect call).
//!
//! Values are checked against the headers of node 20 (N-API 9), whose
//! layout and numbering are stable across versions.

use crate::libc;
use core::ffi::{c_char, c_void};

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

/// The symbol of a table field: `napi_<field>` unless given.
macro_rules! napi_symbol {
    ($name:ident) => {
        concat!("napi_", stringify!($name), "\0")
    };
    ($name:ident $symbol:literal) => {
        concat!($symbol, "\0")
    };
}

macro_rules! napi_api {
    ($($name:ident $([$symbol:literal])? ($($arg:ty),*);)*) => {
        /// The N-API functions, found in the host process. Field `f` is
        /// `napi_f` unless a symbol is given; each returns a `napi_status`.
        pub struct Api {
            $(pub $name: unsafe extern "C" fn($($arg),*) -> Status,)*
        }

        impl Api {
            /// Looks every function up; Err names the first one missing
            /// (the process is not node, or a node without N-API 8).
            pub fn load() -> Result<Api, &'static str> {
                Ok(Api {
                    $($name: {
                        const SYMBOL: &str = napi_symbol!($name $($symbol)?);
                        // SAFETY: SYMBOL is NUL-terminated; dlsym has no
                        // other preconditions.
                        let p = unsafe {
                            libc::dlsym(libc::RTLD_DEFAULT, SYMBOL.as_ptr().cast())
                        };
                        if p.is_null() {
                            return Err(SYMBOL);
                        }
                        // SAFETY: the host's napi_* function has exactly
                        // the C signature declared above (js_native_api.h).
                        unsafe {
                            core::mem::transmute::<
                                *mut c_void,
                                unsafe extern "C" fn($($arg),*) -> Status,
                            >(p)
                        }
                    },)*
                })
            }
        }
    };
}

napi_api! {
    get_cb_info(Env, CbInfo, *mut usize, *mut Value, *mut Value, *mut *mut c_void);
    get_undefined(Env, *mut Value);
    get_null(Env, *mut Value);
    get_global(Env, *mut Value);
    get_boolean(Env, bool, *mut Value);
    type_of ["napi_typeof"] (Env, Value, *mut ValueType);
    get_value_double(Env, Value, *mut f64);
    get_value_bigint_int64(Env, Value, *mut i64, *mut bool);
    get_value_bool(Env, Value, *mut bool);
    get_value_string_utf8(Env, Value, *mut c_char, usize, *mut usize);
    create_int64(Env, i64, *mut Value);
    create_double(Env, f64, *mut Value);
    create_string_utf8(Env, *const c_char, usize, *mut Value);
    create_object(Env, *mut Value);
    create_function(Env, *const c_char, usize, Callback, *mut c_void, *mut Value);
    create_array_with_length(Env, usize, *mut Value);
    is_array(Env, Value, *mut bool);
    get_array_length(Env, Value, *mut u32);
    get_element(Env, Value, u32, *mut Value);
    set_element(Env, Value, u32, Value);
    get_property(Env, Value, Value, *mut Value);
    get_named_property(Env, Value, *const c_char, *mut Value);
    set_named_property(Env, Value, *const c_char, Value);
    get_all_property_names(Env, Value, i32, i32, i32, *mut Value);
    define_properties(Env, Value, usize, *const PropertyDescriptor);
    instanceof(Env, Value, Value, *mut bool);
    call_function(Env, Value, Value, usize, *const Value, *mut Value);
    new_instance(Env, Value, usize, *const Value, *mut Value);
    create_reference(Env, Value, u32, *mut Ref);
    delete_reference(Env, Ref);
    get_reference_value(Env, Ref, *mut Value);
    create_error(Env, Value, Value, *mut Value);
    create_type_error(Env, Value, Value, *mut Value);
    create_range_error(Env, Value, Value, *mut Value);
    throw(Env, Value);
    is_exception_pending(Env, *mut bool);
    set_instance_data(Env, *mut c_void, Finalize, *mut c_void);
}
