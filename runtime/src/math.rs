//! The float functions of the `math` module, as CPython's
//! `Modules/mathmodule.c` computes them.
//!
//! CPython calls the platform libm for most functions and decides the
//! exception from the result: a NaN from a non-NaN argument is a domain
//! error (`ValueError: math domain error`), an infinity from a finite
//! argument is an overflow (`OverflowError: math range error`) for the
//! functions that can overflow and a singularity (ValueError) for the
//! others (`math_1`). pyaot calls the same libm (`-lm`) through the same
//! checks, so results agree bit for bit. Functions CPython writes itself
//! (`fsum`, `hypot`/`dist`'s `vector_norm`, `remainder`, `pow`'s special
//! cases, `isclose`) are ported here.
//!
//! Every fallible function returns a flag (1 = raised) and writes its
//! result through a trailing out pointer.

use crate::exc::{self, ExcKind};
use crate::list_obj::{self, Elem, List};
use crate::tuple_obj::{self, Tuple};
use alloc::vec::Vec;

pub(crate) mod libm {
    extern "C" {
        pub fn sqrt(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn ceil(x: f64) -> f64;
        pub fn trunc(x: f64) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn frexp(x: f64, e: *mut i32) -> f64;
        pub fn modf(x: f64, int_part: *mut f64) -> f64;
    }
}

/// Why a math function failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathError {
    /// `ValueError: math domain error`.
    Domain,
    /// `OverflowError: math range error`.
    Range,
}

type MathResult = Result<f64, MathError>;

fn raise(e: MathError) -> u8 {
    match e {
        MathError::Domain => exc::fail_flag(ExcKind::ValueError, b"math domain error"),
        MathError::Range => exc::fail_flag(ExcKind::OverflowError, b"math range error"),
    }
}

/// Writes `r` through `out` (0) or raises its error (1).
///
/// # Safety
/// `out` is writable.
unsafe fn finish(r: MathResult, out: *mut f64) -> u8 {
    match r {
        Ok(v) => {
            // SAFETY: writable (caller).
            unsafe { out.write(v) };
            0
        }
        Err(e) => raise(e),
    }
}

/// CPython's `math_1`: the error a one-argument libm result means.
fn math_1(x: f64, r: f64, can_overflow: bool) -> MathResult {
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            MathError::Range
        } else {
            MathError::Domain
        });
    }
    Ok(r)
}

/// CPython's `math_2`: the error a two-argument result means.
fn math_2(x: f64, y: f64, r: f64) -> MathResult {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// CPython's `m_log` family: libm for positive finite arguments, and the
/// special values (a domain error for zero and negatives) otherwise.
fn log_like(x: f64, f: unsafe extern "C" fn(f64) -> f64) -> MathResult {
    let r = if x.is_finite() {
        if x > 0.0 {
            // SAFETY: a libm function of one double.
            unsafe { f(x) }
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    };
    math_1(x, r, false)
}

macro_rules! unary {
    ($(#[$doc:meta] $name:ident => $f:ident, $overflow:expr;)*) => {$(
        #[$doc]
        ///
        /// # Safety
        /// `out` is writable.
        #[no_mangle]
        pub unsafe extern "C" fn $name(x: f64, out: *mut f64) -> u8 {
            // SAFETY: a libm function of one double.
            let r = unsafe { libm::$f(x) };
            // SAFETY: writable (caller).
            unsafe { finish(math_1(x, r, $overflow), out) }
        }
    )*};
}

unary! {
    /// `math.sqrt(x)`.
    pyaot_math_sqrt => sqrt, false;
    /// `math.exp(x)`.
    pyaot_math_exp => exp, true;
    /// `math.exp2(x)`.
    pyaot_math_exp2 => exp2, true;
    /// `math.expm1(x)`.
    pyaot_math_expm1 => expm1, true;
    /// `math.sin(x)`.
    pyaot_math_sin => sin, false;
    /// `math.cos(x)`.
    pyaot_math_cos => cos, false;
    /// `math.tan(x)`.
    pyaot_math_tan => tan, false;
    /// `math.asin(x)`.
    pyaot_math_asin => asin, false;
    /// `math.acos(x)`.
    pyaot_math_acos => acos, false;
    /// `math.atan(x)`.
    pyaot_math_atan => atan, false;
    /// `math.sinh(x)`.
    pyaot_math_sinh => sinh, true;
    /// `math.cosh(x)`.
    pyaot_math_cosh => cosh, true;
    /// `math.tanh(x)`.
    pyaot_math_tanh => tanh, false;
    /// `math.asinh(x)`.
    pyaot_math_asinh => asinh, false;
    /// `math.acosh(x)`.
    pyaot_math_acosh => acosh, false;
    /// `math.atanh(x)`.
    pyaot_math_atanh => atanh, false;
}

/// `math.log1p(x)`: CPython's `m_log1p` keeps the sign of a zero.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_log1p(x: f64, out: *mut f64) -> u8 {
    // SAFETY: libm.
    let r = if x == 0.0 {
        x
    } else {
        unsafe { libm::log1p(x) }
    };
    // SAFETY: writable (caller).
    unsafe { finish(math_1(x, r, false), out) }
}

/// `math.log(x)` (natural).
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_log(x: f64, out: *mut f64) -> u8 {
    // SAFETY: writable (caller).
    unsafe { finish(log_like(x, libm::log), out) }
}

/// `math.log2(x)`.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_log2(x: f64, out: *mut f64) -> u8 {
    // SAFETY: writable (caller).
    unsafe { finish(log_like(x, libm::log2), out) }
}

/// `math.log10(x)`.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_log10(x: f64, out: *mut f64) -> u8 {
    // SAFETY: writable (caller).
    unsafe { finish(log_like(x, libm::log10), out) }
}

/// `math.log(x, base)`: `log(x) / log(base)`, each checked first, then
/// the float division (ZeroDivisionError "float division by zero" for
/// base 1).
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_log_base(x: f64, base: f64, out: *mut f64) -> u8 {
    let num = match log_like(x, libm::log) {
        Ok(v) => v,
        Err(e) => return raise(e),
    };
    let den = match log_like(base, libm::log) {
        Ok(v) => v,
        Err(e) => return raise(e),
    };
    if den == 0.0 {
        return exc::fail_flag(ExcKind::ZeroDivisionError, b"float division by zero");
    }
    // SAFETY: writable (caller).
    unsafe { out.write(num / den) };
    0
}

/// `math.atan2(y, x)`.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_atan2(y: f64, x: f64, out: *mut f64) -> u8 {
    // SAFETY: libm; writable (caller).
    unsafe { finish(math_2(y, x, libm::atan2(y, x)), out) }
}

/// `math.fmod(x, y)`: C's fmod, except that `fmod(x, ±inf)` is x.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_fmod(x: f64, y: f64, out: *mut f64) -> u8 {
    if y.is_infinite() && x.is_finite() {
        // SAFETY: writable (caller).
        unsafe { out.write(x) };
        return 0;
    }
    // SAFETY: libm.
    let r = unsafe { crate::libc::fmod(x, y) };
    let r = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Err(MathError::Domain)
    } else {
        Ok(r)
    };
    // SAFETY: writable (caller).
    unsafe { finish(r, out) }
}

/// CPython's `m_remainder`: IEEE 754 remainder, exact.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        // SAFETY: libm.
        let m = unsafe { crate::libc::fmod(absx, absy) };
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: round the quotient to even.
            // SAFETY: libm.
            m - 2.0 * unsafe { crate::libc::fmod(0.5 * (absx - m), absy) }
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.remainder(x, y)`.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_remainder(x: f64, y: f64, out: *mut f64) -> u8 {
    // SAFETY: writable (caller).
    unsafe { finish(math_2(x, y, remainder(x, y)), out) }
}

/// `math.copysign(x, y)`.
#[no_mangle]
pub extern "C" fn pyaot_math_copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// CPython's `math_pow`: IEEE special values handled directly, libm for
/// finite operands.
fn pow(x: f64, y: f64) -> MathResult {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            // SAFETY: libm.
            let odd_y = y.is_finite() && unsafe { crate::libc::fmod(y.abs(), 2.0) } == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    // SAFETY: libm.
    let r = unsafe { crate::libc::pow(x, y) };
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// `math.pow(x, y)`.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_pow(x: f64, y: f64, out: *mut f64) -> u8 {
    // SAFETY: writable (caller).
    unsafe { finish(pow(x, y), out) }
}

/// `math.floor(x)` of a float, as a float (compiled code converts it to
/// int like `int()`, with CPython's errors for inf and NaN).
#[no_mangle]
pub extern "C" fn pyaot_math_floor(x: f64) -> f64 {
    // SAFETY: libm.
    unsafe { crate::libc::floor(x) }
}

/// `math.ceil(x)` of a float, as a float (see [`pyaot_math_floor`]).
#[no_mangle]
pub extern "C" fn pyaot_math_ceil(x: f64) -> f64 {
    // SAFETY: libm.
    unsafe { libm::ceil(x) }
}

/// `math.trunc(x)` of a float, as a float (see [`pyaot_math_floor`]).
#[no_mangle]
pub extern "C" fn pyaot_math_trunc(x: f64) -> f64 {
    // SAFETY: libm.
    unsafe { libm::trunc(x) }
}

/// `math.isnan(x)`.
#[no_mangle]
pub extern "C" fn pyaot_math_isnan(x: f64) -> u8 {
    u8::from(x.is_nan())
}

/// `math.isinf(x)`.
#[no_mangle]
pub extern "C" fn pyaot_math_isinf(x: f64) -> u8 {
    u8::from(x.is_infinite())
}

/// `math.isfinite(x)`.
#[no_mangle]
pub extern "C" fn pyaot_math_isfinite(x: f64) -> u8 {
    u8::from(x.is_finite())
}

/// `math.isclose(a, b, rel_tol=, abs_tol=)`, as CPython's
/// `math_isclose_impl`. Raises ValueError "tolerances must be
/// non-negative".
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_isclose(
    a: f64,
    b: f64,
    rel: f64,
    abs: f64,
    out: *mut u8,
) -> u8 {
    if rel < 0.0 || abs < 0.0 {
        return exc::fail_flag(ExcKind::ValueError, b"tolerances must be non-negative");
    }
    let close = if a == b {
        true
    } else if a.is_infinite() || b.is_infinite() {
        false
    } else {
        let diff = (b - a).abs();
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs
    };
    // SAFETY: writable (caller).
    unsafe { out.write(u8::from(close)) };
    0
}

/// `math.degrees(x)`.
#[no_mangle]
pub extern "C" fn pyaot_math_degrees(x: f64) -> f64 {
    x * (180.0 / core::f64::consts::PI)
}

/// `math.radians(x)`.
#[no_mangle]
pub extern "C" fn pyaot_math_radians(x: f64) -> f64 {
    x * (core::f64::consts::PI / 180.0)
}

/// `math.fabs(x)`.
#[no_mangle]
pub extern "C" fn pyaot_math_fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.ldexp(x, i)`: `x * 2**i`; OverflowError "math range error" when
/// that is infinite for a finite nonzero x.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_ldexp(x: f64, i: i64, out: *mut f64) -> u8 {
    let r = if x == 0.0 || !x.is_finite() {
        Ok(x)
    } else if i > i64::from(i32::MAX) {
        Err(MathError::Range)
    } else if i < i64::from(i32::MIN) {
        Ok(0.0f64.copysign(x))
    } else {
        // SAFETY: libm; `i` fits in an int.
        let r = unsafe { libm::ldexp(x, i as i32) };
        if r.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        }
    };
    // SAFETY: writable (caller).
    unsafe { finish(r, out) }
}

/// `math.frexp(x)`: the tuple `(m, e)` with `x == m * 2**e`; `(x, 0)`
/// for zeros, infinities and NaN.
#[no_mangle]
pub extern "C" fn pyaot_math_frexp(x: f64) -> *mut Tuple {
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0i64)
    } else {
        let mut e = 0i32;
        // SAFETY: libm; `e` is writable.
        let m = unsafe { libm::frexp(x, &mut e) };
        (m, i64::from(e))
    };
    // SAFETY: "fi" describes a float slot and an int slot.
    unsafe { tuple_obj::from_slots(c"fi".as_ptr().cast(), &[m.to_bits(), e as u64]) }
}

/// `math.modf(x)`: the tuple `(fractional part, integer part)`, both
/// with x's sign.
#[no_mangle]
pub extern "C" fn pyaot_math_modf(x: f64) -> *mut Tuple {
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let mut i = 0.0;
        // SAFETY: libm; `i` is writable.
        let f = unsafe { libm::modf(x, &mut i) };
        (f, i)
    };
    // SAFETY: "ff" describes two float slots.
    unsafe { tuple_obj::from_slots(c"ff".as_ptr().cast(), &[f.to_bits(), i.to_bits()]) }
}

/// The items of a list[int], list[bool] or list[float] as floats.
///
/// # Safety
/// `l` is a live list of one of those kinds.
unsafe fn floats_of(l: *const List) -> Vec<f64> {
    // SAFETY: live list (caller).
    let (elem, slots) = unsafe { (list_obj::elem_of(l), list_obj::slots(l)) };
    slots
        .iter()
        .map(|&s| match elem {
            Elem::Float => f64::from_bits(s),
            _ => s as i64 as f64,
        })
        .collect()
}

/// CPython's `math_fsum`: Shewchuk's exact partials, then a correctly
/// rounded total.
pub fn fsum(items: &[f64]) -> Result<f64, (ExcKind, &'static [u8])> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for &item in items {
        let mut x = item;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Intermediate overflow, or an inf or nan summand.
                if item.is_finite() {
                    return Err((ExcKind::OverflowError, b"intermediate overflow in fsum"));
                }
                if item.is_infinite() {
                    inf_sum += item;
                }
                special_sum += item;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err((ExcKind::ValueError, b"-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        // Add from the top, stopping when the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across several partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// `math.fsum(l)` of a list of numbers.
///
/// # Safety
/// `l` is a live list[int], list[bool] or list[float]; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_fsum(l: *const List, out: *mut f64) -> u8 {
    // SAFETY: live list (caller).
    match fsum(&unsafe { floats_of(l) }) {
        Ok(v) => {
            // SAFETY: writable (caller).
            unsafe { out.write(v) };
            0
        }
        Err((kind, msg)) => exc::fail_flag(kind, msg),
    }
}

/// CPython 3.11's `vector_norm`: the Euclidean norm of `vec` (absolute
/// values, `max` the largest), scaled by a power of two, squared with
/// Veltkamp-Dekker splitting, summed with Neumaier compensation and
/// corrected after the square root.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134_217_729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let mut max_e = 0i32;
    // SAFETY: libm; `max_e` is writable.
    unsafe { libm::frexp(max, &mut max_e) };
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    // Adds `x` to csum, keeping what rounding lost in `frac`.
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    let split = |x: f64| {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    if max_e >= -1023 {
        // SAFETY: libm.
        let scale = unsafe { libm::ldexp(1.0, -max_e) };
        for &v in vec {
            let (hi, lo) = split(v * scale);
            add(&mut csum, &mut frac1, hi * hi);
            add(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        // SAFETY: libm.
        let h = unsafe { libm::sqrt(csum - 1.0 + (frac1 + frac2 + frac3)) };
        let (hi, lo) = split(h);
        add(&mut csum, &mut frac1, -hi * hi);
        add(&mut csum, &mut frac2, -2.0 * hi * lo);
        add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // ldexp(1.0, -max_e) would overflow: divide by max instead.
    for &v in vec {
        let x = v / max;
        add(&mut csum, &mut frac1, x * x);
    }
    // SAFETY: libm.
    max * unsafe { libm::sqrt(csum - 1.0 + frac1) }
}

/// The norm of the absolute values `vec`.
fn norm_of(vec: &[f64]) -> f64 {
    let max = vec.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    vector_norm(vec, max, vec.iter().any(|x| x.is_nan()))
}

/// `math.hypot(*coordinates)` of the coordinates in `l`.
///
/// # Safety
/// `l` is a live list[int], list[bool] or list[float].
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_hypot(l: *const List) -> f64 {
    // SAFETY: live list (caller).
    let v: Vec<f64> = unsafe { floats_of(l) }.iter().map(|x| x.abs()).collect();
    norm_of(&v)
}

/// `math.dist(p, q)`. Raises ValueError "both points must have the same
/// number of dimensions".
///
/// # Safety
/// `p` and `q` are live lists of numbers; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_dist(p: *const List, q: *const List, out: *mut f64) -> u8 {
    // SAFETY: live lists (caller).
    let (p, q) = unsafe { (floats_of(p), floats_of(q)) };
    if p.len() != q.len() {
        return exc::fail_flag(
            ExcKind::ValueError,
            b"both points must have the same number of dimensions",
        );
    }
    let diffs: Vec<f64> = p.iter().zip(&q).map(|(a, b)| (a - b).abs()).collect();
    // SAFETY: writable (caller).
    unsafe { out.write(norm_of(&diffs)) };
    0
}

/// `math.prod(l, start=start)` of a list of numbers with a float result:
/// left-to-right multiplication.
///
/// # Safety
/// `l` is a live list[int], list[bool] or list[float].
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_prod_float(l: *const List, start: f64) -> f64 {
    // SAFETY: live list (caller).
    unsafe { floats_of(l) }.iter().fold(start, |acc, x| acc * x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_raised, floats};

    fn call1(f: unsafe extern "C" fn(f64, *mut f64) -> u8, x: f64) -> Option<f64> {
        let mut out = 0.0;
        // SAFETY: `out` is writable.
        (unsafe { f(x, &mut out) } == 0).then_some(out)
    }

    #[test]
    fn one_argument_errors_follow_math_1() {
        assert_eq!(call1(pyaot_math_sqrt, 4.0), Some(2.0));
        assert_eq!(call1(pyaot_math_sqrt, -1.0), None);
        assert_raised(ExcKind::ValueError, "math domain error");
        assert_eq!(call1(pyaot_math_exp, 1000.0), None);
        assert_raised(ExcKind::OverflowError, "math range error");
        assert_eq!(call1(pyaot_math_exp, f64::NEG_INFINITY), Some(0.0));
        assert_eq!(call1(pyaot_math_log, 0.0), None);
        assert_raised(ExcKind::ValueError, "math domain error");
        assert_eq!(call1(pyaot_math_log, f64::INFINITY), Some(f64::INFINITY));
        assert_eq!(call1(pyaot_math_atanh, 1.0), None);
        assert_raised(ExcKind::ValueError, "math domain error");
    }

    #[test]
    fn pow_special_cases() {
        assert_eq!(pow(0.0, -1.0), Err(MathError::Domain));
        assert_eq!(pow(10.0, 400.0), Err(MathError::Range));
        assert_eq!(pow(-8.0, 1.0 / 3.0), Err(MathError::Domain));
        assert_eq!(pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(pow(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
        assert_eq!(pow(0.5, f64::NEG_INFINITY), Ok(f64::INFINITY));
    }

    #[test]
    fn fsum_is_exact() {
        // python3 -c 'import math; print(math.fsum([...]))'
        assert_eq!(fsum(&[0.1; 10]), Ok(1.0));
        assert_eq!(
            fsum(&[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
            Ok(1e-100)
        );
        assert_eq!(fsum(&[1e-16, 1.0, 1e16]), Ok(10000000000000002.0));
        assert_eq!(fsum(&[]), Ok(0.0));
        assert!(fsum(&[f64::INFINITY, f64::NEG_INFINITY]).is_err());
        assert!(fsum(&[1.7e308, 1.7e308]).is_err());
    }

    #[test]
    fn hypot_and_remainder() {
        // SAFETY: live lists.
        unsafe {
            assert_eq!(pyaot_math_hypot(floats(&[3.0, 4.0])), 5.0);
            assert_eq!(
                pyaot_math_hypot(floats(&[1.0, 2.0, 3.0])),
                3.7416573867739413
            );
            assert_eq!(
                pyaot_math_hypot(floats(&[0.1, 0.2, 0.3])),
                0.3741657386773941
            );
        }
        assert_eq!(remainder(10.0, 3.0), 1.0);
        assert_eq!(remainder(11.0, 2.0), -1.0);
        assert_eq!(remainder(5.0, 2.0), 1.0);
    }
}
