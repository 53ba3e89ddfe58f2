//! The runtime's C ABI as the code generator sees it.
//!
//! One table lists every runtime function compiled code may call, with its
//! Cranelift signature. It must agree with the `#[no_mangle]` functions in
//! `runtime/src`; `cargo test -p pyaot` links a program using each entry.
//! Conventions: pointer-returning functions return NULL when they raised;
//! scalar-returning fallible ones write through an out pointer and return
//! an `i8` that is 1 when they raised.

use cranelift_codegen::ir::types::{F64, I32, I64, I8};
use cranelift_codegen::ir::Type;

/// `(name, params, returns)`; pointers are `I64`.
pub type RtSig = (&'static str, &'static [Type], &'static [Type]);

pub const RUNTIME: &[RtSig] = &[
    ("pyaot_incref", &[I64], &[]),
    ("pyaot_box_new", &[I64], &[I64]),
    // function objects and cells (runtime/src/func_obj.rs)
    ("pyaot_func_new", &[I64, I64, I64, I64], &[I64]),
    ("pyaot_cell_new", &[I8], &[I64]),
    ("pyaot_func_repr", &[I64], &[I64]),
    ("pyaot_func_name", &[I64], &[I64]),
    // generators (runtime/src/gen_obj.rs)
    ("pyaot_gen_new", &[I64, I64, I64], &[I64]),
    ("pyaot_gen_to_list", &[I64, I32], &[I64]),
    ("pyaot_hash", &[I32, I64], &[I64]),
    ("pyaot_gen_take", &[I64, I64, I32], &[I64]),
    (
        "pyaot_str_affix",
        &[I64, I64, I64, I64, I8, I8, I8, I8],
        &[I8],
    ),
    (
        "pyaot_bytes_affix",
        &[I64, I64, I64, I64, I8, I8, I8, I8],
        &[I8],
    ),
    ("pyaot_gen_repr", &[I64], &[I64]),
    ("pyaot_decref", &[I64], &[]),
    ("pyaot_entry", &[I32, I64, I64], &[I32]),
    // library mode: the boundary (runtime/src/ffi)
    ("pyaot_ffi_enter", &[I64], &[I8]),
    ("pyaot_ffi_leave", &[], &[]),
    ("pyaot_ffi_fail", &[I64], &[]),
    ("pyaot_ffi_str_in", &[I64, I64, I64], &[I64]),
    ("pyaot_ffi_check_handle", &[I64, I64, I64, I64], &[I8]),
    ("pyaot_ffi_str_out", &[I64, I64], &[I64]),
    ("pyaot_ffi_bytes_in", &[I64, I64, I64], &[I64]),
    ("pyaot_ffi_bytes_out", &[I64, I64], &[I64]),
    ("pyaot_napi_register", &[I64, I64, I64, I64, I64], &[I64]),
    // the random module (runtime/src/random.rs)
    ("pyaot_random_seed", &[I64], &[]),
    ("pyaot_random_seed_none", &[], &[]),
    ("pyaot_random_seed_str", &[I64], &[]),
    ("pyaot_random_random", &[], &[F64]),
    ("pyaot_random_getrandbits", &[I64, I64], &[I8]),
    ("pyaot_random_randrange", &[I64, I64, I64, I8, I64], &[I8]),
    ("pyaot_random_randint", &[I64, I64, I64], &[I8]),
    ("pyaot_random_choice", &[I64, I64], &[I8]),
    ("pyaot_random_choice_str", &[I64], &[I64]),
    ("pyaot_random_shuffle", &[I64], &[]),
    ("pyaot_random_sample", &[I64, I64], &[I64]),
    ("pyaot_random_choices", &[I64, I64, I8, I64], &[I64]),
    ("pyaot_random_uniform", &[F64, F64], &[F64]),
    ("pyaot_random_gauss", &[F64, F64], &[F64]),
    ("pyaot_random_normalvariate", &[F64, F64], &[F64]),
    // the math module (runtime/src/math.rs, math_int.rs)
    ("pyaot_math_sqrt", &[F64, I64], &[I8]),
    ("pyaot_math_exp", &[F64, I64], &[I8]),
    ("pyaot_math_exp2", &[F64, I64], &[I8]),
    ("pyaot_math_expm1", &[F64, I64], &[I8]),
    ("pyaot_math_log1p", &[F64, I64], &[I8]),
    ("pyaot_math_log2", &[F64, I64], &[I8]),
    ("pyaot_math_log10", &[F64, I64], &[I8]),
    ("pyaot_math_sin", &[F64, I64], &[I8]),
    ("pyaot_math_cos", &[F64, I64], &[I8]),
    ("pyaot_math_tan", &[F64, I64], &[I8]),
    ("pyaot_math_asin", &[F64, I64], &[I8]),
    ("pyaot_math_acos", &[F64, I64], &[I8]),
    ("pyaot_math_atan", &[F64, I64], &[I8]),
    ("pyaot_math_sinh", &[F64, I64], &[I8]),
    ("pyaot_math_cosh", &[F64, I64], &[I8]),
    ("pyaot_math_tanh", &[F64, I64], &[I8]),
    ("pyaot_math_asinh", &[F64, I64], &[I8]),
    ("pyaot_math_acosh", &[F64, I64], &[I8]),
    ("pyaot_math_atanh", &[F64, I64], &[I8]),
    ("pyaot_math_log", &[F64, I64], &[I8]),
    ("pyaot_math_log_base", &[F64, F64, I64], &[I8]),
    ("pyaot_math_atan2", &[F64, F64, I64], &[I8]),
    ("pyaot_math_fmod", &[F64, F64, I64], &[I8]),
    ("pyaot_math_remainder", &[F64, F64, I64], &[I8]),
    ("pyaot_math_pow", &[F64, F64, I64], &[I8]),
    ("pyaot_math_copysign", &[F64, F64], &[F64]),
    ("pyaot_math_floor", &[F64], &[F64]),
    ("pyaot_math_ceil", &[F64], &[F64]),
    ("pyaot_math_trunc", &[F64], &[F64]),
    ("pyaot_math_fabs", &[F64], &[F64]),
    ("pyaot_math_degrees", &[F64], &[F64]),
    ("pyaot_math_radians", &[F64], &[F64]),
    ("pyaot_math_isnan", &[F64], &[I8]),
    ("pyaot_math_isinf", &[F64], &[I8]),
    ("pyaot_math_isfinite", &[F64], &[I8]),
    ("pyaot_math_isclose", &[F64, F64, F64, F64, I64], &[I8]),
    ("pyaot_math_ldexp", &[F64, I64, I64], &[I8]),
    ("pyaot_math_frexp", &[F64], &[I64]),
    ("pyaot_math_modf", &[F64], &[I64]),
    ("pyaot_math_fsum", &[I64, I64], &[I8]),
    ("pyaot_math_hypot", &[I64], &[F64]),
    ("pyaot_math_dist", &[I64, I64, I64], &[I8]),
    ("pyaot_math_prod_float", &[I64, F64], &[F64]),
    ("pyaot_math_prod_int", &[I64, I64, I64], &[I8]),
    ("pyaot_math_gcd", &[I64, I64, I64], &[I8]),
    ("pyaot_math_lcm", &[I64, I64, I64], &[I8]),
    ("pyaot_math_comb", &[I64, I64, I64], &[I8]),
    ("pyaot_math_perm", &[I64, I64, I64], &[I8]),
    ("pyaot_math_factorial", &[I64, I64], &[I8]),
    ("pyaot_math_isqrt", &[I64, I64], &[I8]),
    // the time module (runtime/src/time.rs)
    ("pyaot_time_time", &[], &[F64]),
    ("pyaot_time_monotonic", &[], &[F64]),
    ("pyaot_time_sleep", &[F64], &[I8]),
    ("pyaot_flush", &[], &[]),
    ("pyaot_print_str", &[I64], &[]),
    ("pyaot_print_int", &[I64], &[]),
    ("pyaot_print_float", &[F64], &[]),
    ("pyaot_print_bool", &[I8], &[]),
    ("pyaot_print_none", &[], &[]),
    ("pyaot_input", &[I64], &[I64]),
    ("pyaot_traceback_add", &[I64, I64, I64], &[]),
    ("pyaot_raise", &[I32, I64], &[]),
    ("pyaot_raise_system_exit", &[I64], &[]),
    ("pyaot_raise_system_exit_msg", &[I64], &[]),
    ("pyaot_str_from_int", &[I64], &[I64]),
    ("pyaot_str_from_float", &[F64], &[I64]),
    ("pyaot_str_repr", &[I64], &[I64]),
    ("pyaot_str_concat", &[I64, I64], &[I64]),
    ("pyaot_str_repeat", &[I64, I64], &[I64]),
    ("pyaot_str_getitem", &[I64, I64], &[I64]),
    ("pyaot_str_slice", &[I64, I64, I64, I64, I8, I8], &[I64]),
    ("pyaot_str_eq", &[I64, I64], &[I8]),
    ("pyaot_str_cmp", &[I64, I64], &[I32]),
    ("pyaot_str_contains", &[I64, I64], &[I8]),
    ("pyaot_str_join", &[I64, I64], &[I64]),
    ("pyaot_int_from_str", &[I64, I64], &[I8]),
    ("pyaot_float_from_str", &[I64, I64], &[I8]),
    ("pyaot_int_from_float", &[F64, I64], &[I8]),
    ("pyaot_int_from_str_base", &[I64, I64, I64], &[I8]),
    ("pyaot_float_round", &[F64, I64, I64], &[I8]),
    ("pyaot_int_pow", &[I64, I64, I64], &[I8]),
    ("pyaot_int_pow_mod", &[I64, I64, I64, I64], &[I8]),
    ("pyaot_int_round", &[I64, I64, I64], &[I8]),
    ("pyaot_int_lshift", &[I64, I64, I64], &[I8]),
    ("pyaot_int_rshift", &[I64, I64, I64], &[I8]),
    ("pyaot_float_pow", &[F64, F64, I64], &[I8]),
    ("pyaot_float_floordiv", &[F64, F64, I64], &[I8]),
    ("pyaot_float_mod", &[F64, F64, I64], &[I8]),
    ("pyaot_format_int", &[I64, I64], &[I64]),
    ("pyaot_format_float", &[F64, I64], &[I64]),
    ("pyaot_format_str", &[I64, I64], &[I64]),
    ("pyaot_format_bool", &[I8, I64], &[I64]),
    ("pyaot_list_new", &[I32, I64], &[I64]),
    ("pyaot_list_append", &[I64, I64], &[]),
    ("pyaot_list_get", &[I64, I64, I64], &[I8]),
    ("pyaot_list_set", &[I64, I64, I64], &[I8]),
    ("pyaot_list_repr", &[I64], &[I64]),
    ("pyaot_sys_argv", &[], &[I64]),
    ("pyaot_exc_matches", &[I32], &[I8]),
    ("pyaot_exc_fetch", &[], &[I64]),
    ("pyaot_exc_restore", &[I64], &[]),
    ("pyaot_raise_obj", &[I64], &[]),
    ("pyaot_exc_new", &[I32, I64], &[I64]),
    ("pyaot_exc_new_arg", &[I32, I64, I64], &[I64]),
    ("pyaot_exc_str", &[I64], &[I64]),
    ("pyaot_exc_type_repr", &[I64], &[I64]),
    ("pyaot_exc_type_name", &[I64], &[I64]),
    ("pyaot_exc_type_is", &[I64, I64, I64], &[I8]),
    ("pyaot_exc_repr", &[I64], &[I64]),
    // str methods
    ("pyaot_str_upper", &[I64], &[I64]),
    ("pyaot_str_lower", &[I64], &[I64]),
    ("pyaot_str_title", &[I64], &[I64]),
    ("pyaot_str_capitalize", &[I64], &[I64]),
    ("pyaot_str_swapcase", &[I64], &[I64]),
    ("pyaot_str_casefold", &[I64], &[I64]),
    ("pyaot_str_strip", &[I64, I64], &[I64]),
    ("pyaot_str_lstrip", &[I64, I64], &[I64]),
    ("pyaot_str_rstrip", &[I64, I64], &[I64]),
    ("pyaot_str_split", &[I64, I64, I64], &[I64]),
    ("pyaot_str_rsplit", &[I64, I64, I64], &[I64]),
    ("pyaot_str_splitlines", &[I64, I8], &[I64]),
    ("pyaot_str_join_list", &[I64, I64], &[I64]),
    ("pyaot_str_replace", &[I64, I64, I64, I64], &[I64]),
    ("pyaot_str_find", &[I64, I64, I64, I64, I8, I8], &[I64]),
    ("pyaot_str_rfind", &[I64, I64, I64, I64, I8, I8], &[I64]),
    ("pyaot_str_index", &[I64, I64, I64, I64, I8, I8, I64], &[I8]),
    (
        "pyaot_str_rindex",
        &[I64, I64, I64, I64, I8, I8, I64],
        &[I8],
    ),
    ("pyaot_str_count", &[I64, I64, I64, I64, I8, I8], &[I64]),
    ("pyaot_str_startswith", &[I64, I64], &[I8]),
    ("pyaot_str_startswith_any", &[I64, I64], &[I8]),
    ("pyaot_str_endswith_any", &[I64, I64], &[I8]),
    ("pyaot_str_endswith", &[I64, I64], &[I8]),
    ("pyaot_str_isdigit", &[I64], &[I8]),
    ("pyaot_str_isalpha", &[I64], &[I8]),
    ("pyaot_str_isalnum", &[I64], &[I8]),
    ("pyaot_str_isspace", &[I64], &[I8]),
    ("pyaot_str_isupper", &[I64], &[I8]),
    ("pyaot_str_islower", &[I64], &[I8]),
    ("pyaot_str_isdecimal", &[I64], &[I8]),
    ("pyaot_str_isnumeric", &[I64], &[I8]),
    ("pyaot_str_istitle", &[I64], &[I8]),
    ("pyaot_str_isidentifier", &[I64], &[I8]),
    ("pyaot_str_isascii", &[I64], &[I8]),
    ("pyaot_str_isprintable", &[I64], &[I8]),
    ("pyaot_str_zfill", &[I64, I64], &[I64]),
    ("pyaot_str_center", &[I64, I64, I64], &[I64]),
    ("pyaot_str_ljust", &[I64, I64, I64], &[I64]),
    ("pyaot_str_rjust", &[I64, I64, I64], &[I64]),
    ("pyaot_str_removeprefix", &[I64, I64], &[I64]),
    ("pyaot_str_removesuffix", &[I64, I64], &[I64]),
    ("pyaot_str_ord", &[I64, I64], &[I8]),
    ("pyaot_str_chr", &[I64], &[I64]),
    // bytes (runtime/src/bytes_obj.rs, bytes_ops.rs)
    ("pyaot_bytes_repr", &[I64], &[I64]),
    ("pyaot_bytes_zeroed", &[I64], &[I64]),
    ("pyaot_bytes_from_list", &[I64], &[I64]),
    ("pyaot_bytes_from_byte", &[I64], &[I64]),
    ("pyaot_bytes_to_list", &[I64], &[I64]),
    ("pyaot_bytes_hex", &[I64], &[I64]),
    ("pyaot_bytes_fromhex", &[I64], &[I64]),
    ("pyaot_str_encode", &[I64, I64], &[I64]),
    ("pyaot_bytes_decode", &[I64, I64], &[I64]),
    ("pyaot_bytes_concat", &[I64, I64], &[I64]),
    ("pyaot_bytes_repeat", &[I64, I64], &[I64]),
    ("pyaot_bytes_getitem", &[I64, I64, I64], &[I8]),
    ("pyaot_bytes_slice", &[I64, I64, I64, I64, I8, I8], &[I64]),
    ("pyaot_bytes_eq", &[I64, I64], &[I8]),
    ("pyaot_bytes_cmp", &[I64, I64], &[I32]),
    ("pyaot_bytes_contains", &[I64, I64], &[I8]),
    ("pyaot_bytes_contains_int", &[I64, I64, I64], &[I8]),
    ("pyaot_bytes_find", &[I64, I64, I64, I64, I8, I8], &[I64]),
    ("pyaot_bytes_rfind", &[I64, I64, I64, I64, I8, I8], &[I64]),
    (
        "pyaot_bytes_index",
        &[I64, I64, I64, I64, I8, I8, I64],
        &[I8],
    ),
    (
        "pyaot_bytes_rindex",
        &[I64, I64, I64, I64, I8, I8, I64],
        &[I8],
    ),
    ("pyaot_bytes_count", &[I64, I64, I64, I64, I8, I8], &[I64]),
    ("pyaot_bytes_startswith", &[I64, I64], &[I8]),
    ("pyaot_bytes_endswith", &[I64, I64], &[I8]),
    ("pyaot_bytes_split", &[I64, I64, I64], &[I64]),
    ("pyaot_bytes_join", &[I64, I64], &[I64]),
    ("pyaot_bytes_strip", &[I64, I64], &[I64]),
    ("pyaot_bytes_lstrip", &[I64, I64], &[I64]),
    ("pyaot_bytes_rstrip", &[I64, I64], &[I64]),
    ("pyaot_bytes_replace", &[I64, I64, I64, I64], &[I64]),
    ("pyaot_bytes_upper", &[I64], &[I64]),
    ("pyaot_bytes_lower", &[I64], &[I64]),
    ("pyaot_bytes_isdigit", &[I64], &[I8]),
    ("pyaot_bytes_isalpha", &[I64], &[I8]),
    // list methods
    ("pyaot_list_pop", &[I64, I64, I8, I64], &[I8]),
    ("pyaot_list_insert", &[I64, I64, I64], &[]),
    ("pyaot_list_remove", &[I64, I64], &[I8]),
    ("pyaot_list_del", &[I64, I64], &[I8]),
    ("pyaot_list_index", &[I64, I64, I64], &[I8]),
    ("pyaot_list_count", &[I64, I64], &[I64]),
    ("pyaot_list_contains", &[I64, I64], &[I8]),
    ("pyaot_list_reverse", &[I64], &[]),
    ("pyaot_list_clear", &[I64], &[]),
    ("pyaot_list_copy", &[I64], &[I64]),
    ("pyaot_list_extend", &[I64, I64], &[]),
    ("pyaot_list_concat", &[I64, I64], &[I64]),
    ("pyaot_list_repeat", &[I64, I64], &[I64]),
    ("pyaot_list_inplace_repeat", &[I64, I64], &[]),
    ("pyaot_list_slice", &[I64, I64, I64, I64, I8, I8], &[I64]),
    ("pyaot_list_richcmp", &[I64, I64, I32], &[I8]),
    ("pyaot_list_sort", &[I64, I8], &[]),
    ("pyaot_list_sort_by_keys", &[I64, I64, I8], &[]),
    ("pyaot_list_sorted_by_keys", &[I64, I64, I8], &[I64]),
    // builtins over sequences
    ("pyaot_list_sum_int", &[I64, I64, I64], &[I8]),
    ("pyaot_list_sum_float", &[I64, F64], &[F64]),
    ("pyaot_list_minmax", &[I64, I8, I64], &[I8]),
    ("pyaot_list_minmax_by_keys", &[I64, I64, I8, I64], &[I8]),
    ("pyaot_list_any", &[I64], &[I8]),
    ("pyaot_list_all", &[I64], &[I8]),
    ("pyaot_list_sorted", &[I64, I8], &[I64]),
    ("pyaot_str_chars", &[I64], &[I64]),
    ("pyaot_list_range", &[I64, I64, I64], &[I64]),
    // dict
    ("pyaot_dict_new", &[I32, I32, I64], &[I64]),
    ("pyaot_dict_set", &[I64, I64, I64], &[]),
    ("pyaot_dict_get", &[I64, I64, I64], &[I8]),
    ("pyaot_dict_get_default", &[I64, I64, I64], &[I64]),
    ("pyaot_dict_contains", &[I64, I64], &[I8]),
    ("pyaot_dict_del", &[I64, I64], &[I8]),
    ("pyaot_dict_pop", &[I64, I64, I64], &[I8]),
    ("pyaot_dict_pop_default", &[I64, I64, I64], &[I64]),
    ("pyaot_dict_setdefault", &[I64, I64, I64], &[I64]),
    ("pyaot_dict_update", &[I64, I64], &[]),
    ("pyaot_dict_copy", &[I64], &[I64]),
    ("pyaot_dict_clear", &[I64], &[]),
    ("pyaot_dict_keys", &[I64], &[I64]),
    ("pyaot_dict_values", &[I64], &[I64]),
    ("pyaot_dict_repr", &[I64], &[I64]),
    ("pyaot_dict_eq", &[I64, I64], &[I8]),
    ("pyaot_dict_items", &[I64, I64], &[I64]),
    // sets (runtime/src/set_obj.rs); "other" operands are sets, dicts or lists
    ("pyaot_set_new", &[I32], &[I64]),
    ("pyaot_set_from", &[I32, I64], &[I64]),
    ("pyaot_set_add", &[I64, I64], &[]),
    ("pyaot_set_contains", &[I64, I64], &[I8]),
    ("pyaot_set_discard", &[I64, I64], &[]),
    ("pyaot_set_remove", &[I64, I64], &[I8]),
    ("pyaot_set_pop", &[I64, I64], &[I8]),
    ("pyaot_set_clear", &[I64], &[]),
    ("pyaot_set_copy", &[I64], &[I64]),
    ("pyaot_set_update", &[I64, I64], &[]),
    ("pyaot_set_union", &[I64, I64], &[I64]),
    ("pyaot_set_union_update", &[I64, I64, I64], &[]),
    ("pyaot_set_intersection", &[I64, I64], &[I64]),
    ("pyaot_set_assign", &[I64, I64], &[]),
    ("pyaot_set_intersection_update", &[I64, I64], &[]),
    ("pyaot_set_difference", &[I64, I64], &[I64]),
    ("pyaot_set_difference_update", &[I64, I64], &[]),
    ("pyaot_set_symmetric_difference", &[I64, I64], &[I64]),
    ("pyaot_set_symmetric_difference_update", &[I64, I64], &[]),
    ("pyaot_set_issubset", &[I64, I64], &[I8]),
    ("pyaot_set_issuperset", &[I64, I64], &[I8]),
    ("pyaot_set_isdisjoint", &[I64, I64], &[I8]),
    ("pyaot_set_compare", &[I64, I64, I32], &[I8]),
    ("pyaot_set_to_list", &[I64], &[I64]),
    ("pyaot_set_repr", &[I64], &[I64]),
    // tuples
    ("pyaot_tuple_new", &[I64, I64], &[I64]),
    ("pyaot_tuple_get", &[I64, I64, I64], &[I8]),
    ("pyaot_tuple_repr", &[I64], &[I64]),
    ("pyaot_tuple_richcmp", &[I64, I64, I32], &[I8]),
    ("pyaot_tuple_contains", &[I64, I64, I32], &[I8]),
    ("pyaot_tuple_to_list", &[I64, I32], &[I64]),
    ("pyaot_tuple_count", &[I64, I64, I32], &[I64]),
    ("pyaot_tuple_index", &[I64, I64, I32, I64], &[I8]),
    ("pyaot_tuple_concat", &[I64, I64, I64], &[I64]),
    ("pyaot_tuple_from_list", &[I64, I64], &[I64]),
    // binding calls that unpack `*xs` / `**d` (runtime/src/call_args.rs)
    ("pyaot_bind_check", &[I64, I64, I64, I64, I64], &[I8]),
    ("pyaot_kw_merge", &[I64, I64, I64, I64], &[I8]),
    ("pyaot_kw_rest", &[I64, I64], &[I64]),
    ("pyaot_divmod_int", &[I64, I64], &[I64]),
    ("pyaot_divmod_float", &[F64, F64], &[I64]),
    ("pyaot_list_unpack_check", &[I64, I64], &[I8]),
    ("pyaot_list_unpack_check_star", &[I64, I64], &[I8]),
    // instances of user classes
    ("pyaot_instance_new", &[I64], &[I64]),
    ("pyaot_exc_instance_new", &[I64], &[I64]),
    ("pyaot_exc_set_args", &[I64, I64, I64, I64], &[]),
    ("pyaot_exc_store_args", &[I64, I64], &[]),
    ("pyaot_exc_args", &[I64], &[I64]),
    ("pyaot_exc_matches_class", &[I64], &[I8]),
    ("pyaot_obj_repr", &[I64], &[I64]),
    ("pyaot_obj_str", &[I64], &[I64]),
    ("pyaot_obj_eq", &[I64, I64, I64], &[I8]),
    ("pyaot_obj_truthy", &[I64, I64], &[I8]),
    ("pyaot_isinstance", &[I64, I64], &[I8]),
    ("pyaot_raise_attribute_error", &[I64, I64], &[]),
    ("pyaot_exc_pending", &[], &[I8]),
    ("pyaot_obj_class_name", &[I64], &[I64]),
    ("pyaot_same_class", &[I64, I64], &[I8]),
    ("pyaot_obj_check_attr", &[I64, I64], &[I8]),
];

pub fn lookup(name: &str) -> Option<&'static RtSig> {
    RUNTIME.iter().find(|(n, _, _)| *n == name)
}

/// Object layout constants shared with `runtime/src/object.rs`.
pub mod layout {
    /// Refcount of objects that are never freed (literals).
    pub const IMMORTAL_RC: i64 = -1;
    pub const KIND_STR: u32 = 1;
    /// `bytes` (`runtime/src/bytes_obj.rs`): str's layout, code-point
    /// count 0.
    pub const KIND_BYTES: u32 = 7;
    /// Offset of `len` in str and bytes (bytes), list, dict and tuple
    /// (items).
    pub const LEN_OFFSET: i32 = 16;
    /// Offset of the payload of a boxed int/float/bool (`Optional`).
    pub const BOX_PAYLOAD_OFFSET: i32 = 16;
    /// Offset of the first slot of a tuple (8 bytes each).
    pub const TUPLE_SLOTS_OFFSET: i32 = 32;
    /// Offset of `nchars` (code points) in str.
    pub const NCHARS_OFFSET: i32 = 24;
    /// Element kinds of lists.
    pub const ELEM_INT: u32 = 0;
    pub const ELEM_FLOAT: u32 = 1;
    pub const ELEM_BOOL: u32 = 2;
    pub const ELEM_STR: u32 = 3;
    pub const ELEM_LIST: u32 = 4;
    pub const ELEM_NONE: u32 = 5;
    pub const ELEM_DICT: u32 = 6;
    pub const ELEM_TUPLE: u32 = 7;
    pub const ELEM_OBJ: u32 = 8;
    pub const ELEM_SET: u32 = 9;
    pub const ELEM_BYTES: u32 = 10;
    /// Instances (`runtime/src/instance.rs`): the class descriptor
    /// pointer, the assigned-fields mask and the first field slot; for
    /// instances of exception classes (exception objects) the mask and
    /// slots come after the exception's own fields.
    pub const CLASS_OFFSET: i32 = 16;
    pub const INSTANCE_SET_OFFSET: i32 = 24;
    pub const INSTANCE_SLOTS_OFFSET: i32 = 32;
    pub const EXC_SET_OFFSET: i32 = 80;
    pub const EXC_SLOTS_OFFSET: i32 = 88;
    /// Class descriptors: the fixed part (name, parent, nslots, exc_kind,
    /// ref_slots, the repr, str, eq, lt and truth thunks, the module
    /// name), then the method table.
    pub const DESC_MODULE_OFFSET: i32 = 72;
    pub const DESC_VTABLE_OFFSET: i32 = 80;
}
