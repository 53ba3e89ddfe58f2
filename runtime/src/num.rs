//! Arithmetic whose Python semantics differ from the machine's: integer
//! power, float power, float floor division and modulo, `round(x, n)`.
//!
//! The float functions are ports of CPython 3.11's `float_pow`,
//! `float_floor_div` (`_float_div_mod`), `float_rem` and
//! `float___round___impl` (`double_round`) from Objects/floatobject.c,
//! special cases and all.

use crate::exc::{self, ExcKind};
use crate::libc;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// `x` is an odd integer (CPython's `DOUBLE_IS_ODD_INTEGER`).
fn is_odd_integer(x: f64) -> bool {
    // SAFETY: fmod is a pure libm function.
    unsafe { libc::fmod(x.abs(), 2.0) == 1.0 }
}

fn floor(x: f64) -> f64 {
    // SAFETY: pure libm function.
    unsafe { libc::floor(x) }
}

fn fmod(x: f64, y: f64) -> f64 {
    // SAFETY: pure libm function.
    unsafe { libc::fmod(x, y) }
}

/// `base ** exp` for `exp >= 0` by squaring; None on i64 overflow.
fn checked_int_pow(base: i64, exp: u64) -> Option<i64> {
    let mut result: i64 = 1;
    let mut square = base;
    let mut exp = exp;
    loop {
        if exp & 1 == 1 {
            result = result.checked_mul(square)?;
        }
        exp >>= 1;
        if exp == 0 {
            return Some(result);
        }
        // Only squared when a higher bit still needs it, so an overflow
        // here means the final result overflows too (for |base| >= 2).
        square = square.checked_mul(square)?;
    }
}

/// `uint8_t pyaot_int_pow(int64_t base, int64_t exp, int64_t *out)`:
/// `base ** exp`. Raises ValueError for `exp < 0` (Python's result would
/// be a float) and OverflowError beyond i64 (pyaot ints are 64-bit).
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_int_pow(base: i64, exp: i64, out: *mut i64) -> u8 {
    let Ok(exp) = u64::try_from(exp) else {
        return exc::fail_flag(
            ExcKind::ValueError,
            b"pyaot: int ** negative int gives a float; write float(base) ** exp",
        );
    };
    match checked_int_pow(base, exp) {
        Some(v) => {
            // SAFETY: writable (caller).
            unsafe { out.write(v) };
            0
        }
        None => exc::fail_flag(
            ExcKind::OverflowError,
            b"integer overflow in '**' (pyaot ints are 64-bit)",
        ),
    }
}

/// `uint8_t pyaot_int_lshift(int64_t x, int64_t n, int64_t *out)`: `x << n`.
/// Raises ValueError for `n < 0` and OverflowError when the result does
/// not fit in i64 (where CPython would grow the int).
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_int_lshift(x: i64, n: i64, out: *mut i64) -> u8 {
    match int_lshift(x, n) {
        Ok(v) => {
            // SAFETY: writable (caller).
            unsafe { out.write(v) };
            0
        }
        Err(kind) => shift_error(kind),
    }
}

/// `uint8_t pyaot_int_rshift(int64_t x, int64_t n, int64_t *out)`: `x >> n`
/// (arithmetic, so `-1 >> 100 == -1`). Raises ValueError for `n < 0`.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_int_rshift(x: i64, n: i64, out: *mut i64) -> u8 {
    if n < 0 {
        return shift_error(ExcKind::ValueError);
    }
    // SAFETY: writable (caller).
    unsafe { out.write(x >> n.min(63)) };
    0
}

fn int_lshift(x: i64, n: i64) -> Result<i64, ExcKind> {
    if n < 0 {
        return Err(ExcKind::ValueError);
    }
    if x == 0 {
        return Ok(0);
    }
    if n >= 64 {
        return Err(ExcKind::OverflowError);
    }
    let v = x << n;
    // Shifting back must give x again, or bits (or the sign) were lost.
    if v >> n == x {
        Ok(v)
    } else {
        Err(ExcKind::OverflowError)
    }
}

fn shift_error(kind: ExcKind) -> u8 {
    match kind {
        ExcKind::ValueError => exc::fail_flag(ExcKind::ValueError, b"negative shift count"),
        _ => exc::fail_flag(
            ExcKind::OverflowError,
            b"integer overflow in '<<' (pyaot ints are 64-bit)",
        ),
    }
}

/// Why `float_pow` fails.
#[derive(Debug, PartialEq, Eq)]
enum PowError {
    ZeroToNegative,
    Complex,
    Overflow,
}

/// CPython's `float_pow`.
fn float_pow(v: f64, w: f64) -> Result<f64, PowError> {
    if w == 0.0 {
        return Ok(1.0); // v**0 is 1, even 0**0 and nan**0
    }
    if v.is_nan() {
        return Ok(v);
    }
    if w.is_nan() {
        return Ok(if v == 1.0 { 1.0 } else { w });
    }
    if w.is_infinite() {
        // |v| < 1: 0 for +inf, inf for -inf; |v| > 1: the reverse.
        let v = v.abs();
        return Ok(if v == 1.0 {
            1.0
        } else if (w > 0.0) == (v > 1.0) {
            w.abs()
        } else {
            0.0
        });
    }
    if v.is_infinite() {
        // inf for w > 0, 0 for w < 0, keeping the sign when w is odd.
        let odd = is_odd_integer(w);
        return Ok(match (w > 0.0, odd) {
            (true, true) => v,
            (true, false) => v.abs(),
            (false, true) => 0.0f64.copysign(v),
            (false, false) => 0.0,
        });
    }
    if v == 0.0 {
        if w < 0.0 {
            return Err(PowError::ZeroToNegative);
        }
        return Ok(if is_odd_integer(w) { v } else { 0.0 });
    }
    let mut v = v;
    let mut negate = false;
    if v < 0.0 {
        if w != floor(w) {
            return Err(PowError::Complex);
        }
        v = -v;
        negate = is_odd_integer(w);
    }
    if v == 1.0 {
        // (-1) ** huge_even, which some libms get wrong.
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    // SAFETY: pure libm function.
    let x = unsafe { libc::pow(v, w) };
    // _Py_ADJUST_ERANGE1: an infinite result from finite operands is
    // ERANGE; underflow to zero is not an error.
    if x.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(if negate { -x } else { x })
}

/// `uint8_t pyaot_float_pow(double a, double b, double *out)`: `a ** b`
/// with CPython's special cases. Raises ZeroDivisionError ("0.0 cannot be
/// raised to a negative power"), OverflowError ("(34, 'Numerical result out
/// of range')"), or ValueError where CPython returns a complex number.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_float_pow(a: f64, b: f64, out: *mut f64) -> u8 {
    match float_pow(a, b) {
        Ok(x) => {
            // SAFETY: writable (caller).
            unsafe { out.write(x) };
            0
        }
        Err(PowError::ZeroToNegative) => exc::fail_flag(
            ExcKind::ZeroDivisionError,
            b"0.0 cannot be raised to a negative power",
        ),
        Err(PowError::Complex) => exc::fail_flag(
            ExcKind::ValueError,
            b"pyaot: negative number raised to a fractional power gives a complex number, \
              which pyaot does not support",
        ),
        Err(PowError::Overflow) => exc::fail_flag(
            ExcKind::OverflowError,
            b"(34, 'Numerical result out of range')",
        ),
    }
}

/// CPython's `_float_div_mod` for `w != 0`: (floor quotient, remainder).
pub(crate) fn float_div_mod(v: f64, w: f64) -> (f64, f64) {
    let mut m = fmod(v, w);
    // fmod is exact, so v - m is a multiple of w up to rounding.
    let mut div = (v - m) / w;
    if m != 0.0 {
        // The remainder takes the sign of the divisor.
        if (w < 0.0) != (m < 0.0) {
            m += w;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(w);
    }
    let floordiv = if div != 0.0 {
        // Snap to the nearest integer.
        let f = floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        // Zero with the sign of the true quotient.
        0.0f64.copysign(v / w)
    };
    (floordiv, m)
}

/// CPython's `float_rem` for `w != 0`.
fn float_rem(v: f64, w: f64) -> f64 {
    let m = fmod(v, w);
    if m != 0.0 {
        if (w < 0.0) != (m < 0.0) {
            m + w
        } else {
            m
        }
    } else {
        0.0f64.copysign(w)
    }
}

/// `uint8_t pyaot_float_floordiv(double a, double b, double *out)`:
/// `a // b`. Raises ZeroDivisionError "float floor division by zero".
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_float_floordiv(a: f64, b: f64, out: *mut f64) -> u8 {
    if b == 0.0 {
        return exc::fail_flag(ExcKind::ZeroDivisionError, b"float floor division by zero");
    }
    // SAFETY: writable (caller).
    unsafe { out.write(float_div_mod(a, b).0) };
    0
}

/// `uint8_t pyaot_float_mod(double a, double b, double *out)`: `a % b`.
/// Raises ZeroDivisionError "float modulo".
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_float_mod(a: f64, b: f64, out: *mut f64) -> u8 {
    if b == 0.0 {
        return exc::fail_flag(ExcKind::ZeroDivisionError, b"float modulo");
    }
    // SAFETY: writable (caller).
    unsafe { out.write(float_rem(a, b)) };
    0
}

/// Beyond this many digits after the point every double rounds to itself
/// (CPython's `NDIGITS_MAX`, `(DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103`).
const ROUND_NDIGITS_MAX: i64 = 323;
/// Below this (a multiple of 10**309 and more) every double rounds to zero
/// (`NDIGITS_MIN`, `-(DBL_MAX_EXP + 1) * 0.30103`).
const ROUND_NDIGITS_MIN: i64 = -308;

/// `uint8_t pyaot_float_round(double x, int64_t ndigits, double *out)`:
/// `round(x, ndigits)` for a float. The exact binary value of `x` is
/// rounded to a multiple of 10**-ndigits, exact ties to even, and the
/// result is the double nearest that decimal (CPython's `double_round`:
/// dtoa mode 3, then strtod), so `round(2.675, 2)` is 2.67 and
/// `round(1250.0, -2)` is 1200.0. nan and inf are returned unchanged;
/// ndigits > 323 returns `x`, ndigits < -308 returns zero with `x`'s sign.
/// Returns 0 and writes the result, or 1 having raised OverflowError
/// "rounded value too large to represent" (`round(1.7976931348623157e308,
/// -308)`).
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_float_round(x: f64, ndigits: i64, out: *mut f64) -> u8 {
    let rounded = if !x.is_finite() || ndigits > ROUND_NDIGITS_MAX {
        x
    } else if ndigits < ROUND_NDIGITS_MIN {
        0.0 * x
    } else {
        round_decimal(x, ndigits)
    };
    if rounded.is_infinite() && x.is_finite() {
        return exc::fail_flag(
            ExcKind::OverflowError,
            b"rounded value too large to represent",
        );
    }
    // SAFETY: writable (caller).
    unsafe { out.write(rounded) };
    0
}

/// `double_round` for finite `x` and `ndigits` in
/// `ROUND_NDIGITS_MIN..=ROUND_NDIGITS_MAX`: the decimal text of the
/// rounded value, read back with core's correctly rounded parser (which
/// gives inf where strtod reports ERANGE).
fn round_decimal(x: f64, ndigits: i64) -> f64 {
    let mut text = String::new();
    if x.is_sign_negative() {
        text.push('-');
    }
    match usize::try_from(ndigits) {
        // core::fmt's exact mode is dtoa mode 3 for ndigits >= 0: correctly
        // rounded to that many places, exact ties to even.
        Ok(places) => {
            // Writing to a String cannot fail.
            let _ = write!(text, "{:.*}", places, x.abs());
        }
        Err(_) => {
            let scale = ndigits.unsigned_abs() as usize;
            let kept = round_integer_digits(x.abs(), scale);
            text.push_str(core::str::from_utf8(&kept).unwrap_or("0"));
            let _ = write!(text, "e{scale}");
        }
    }
    text.parse::<f64>().unwrap_or(x)
}

/// For finite `ax >= 0`: the decimal digits of `ax / 10**scale` rounded to
/// an integer, exact ties to even (dtoa mode 3 with ndigits = -scale).
/// The integer part of a double prints exactly with `{:.0}`; the fraction only
/// matters as a sticky "more than zero" when the dropped digits are a tie.
fn round_integer_digits(ax: f64, scale: usize) -> Vec<u8> {
    let int_part = floor(ax);
    let has_fraction = ax != int_part;
    let mut digits = String::new();
    let _ = write!(digits, "{:.0}", int_part);
    let digits = digits.into_bytes();
    let split = digits.len().saturating_sub(scale);
    let (kept, dropped) = digits.split_at(split);
    let mut kept = kept.to_vec();
    // `dropped` is shorter than `scale` when the integer part has fewer
    // digits: its implicit leading zeros make it less than a half.
    let round_up = dropped.len() == scale
        && match dropped.split_first() {
            Some((&first, rest)) => {
                first > b'5'
                    || (first == b'5'
                        && (has_fraction
                            || rest.iter().any(|&d| d != b'0')
                            || kept.last().is_some_and(|&d| (d - b'0') % 2 == 1)))
            }
            None => false,
        };
    if round_up {
        increment_decimal(&mut kept);
    }
    if kept.is_empty() {
        kept.push(b'0');
    }
    kept
}

/// Adds one to a decimal digit string (empty is zero).
fn increment_decimal(digits: &mut Vec<u8>) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(0, b'1');
}

/// `round(x, ndigits)` for an int `x`, as CPython's `long_round`: `x`
/// itself for `ndigits >= 0`, else the nearest multiple of
/// `10**-ndigits`, ties to the even multiple. None when the result
/// leaves i64.
fn int_round(x: i64, ndigits: i64) -> Option<i64> {
    if ndigits >= 0 {
        return Some(x);
    }
    // |x| < 10**19, so beyond 38 digits (past i128) the result is 0.
    let Some(pow) = u32::try_from(-ndigits)
        .ok()
        .and_then(|n| 10i128.checked_pow(n))
    else {
        return Some(0);
    };
    let x = i128::from(x);
    let (mut q, r) = (x.div_euclid(pow), x.rem_euclid(pow));
    if 2 * r > pow || (2 * r == pow && q % 2 != 0) {
        q += 1;
    }
    i64::try_from(q * pow).ok()
}

/// `uint8_t pyaot_int_round(int64_t x, int64_t ndigits, int64_t *out)`:
/// `round(x, ndigits)` for an int (see [`int_round`]); OverflowError when
/// the result does not fit in i64 (where CPython would grow the int).
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_int_round(x: i64, ndigits: i64, out: *mut i64) -> u8 {
    match int_round(x, ndigits) {
        Some(v) => {
            // SAFETY: writable (caller).
            unsafe { out.write(v) };
            0
        }
        None => exc::fail_flag(
            ExcKind::OverflowError,
            b"integer overflow in round() (pyaot ints are 64-bit)",
        ),
    }
}

/// The inverse of `a` modulo `m` (`0 <= a < m`, `m > 1`), if any.
fn mod_inverse(a: i128, m: i128) -> Option<i128> {
    let (mut r0, mut r1) = (m, a);
    let (mut t0, mut t1) = (0i128, 1i128);
    while r1 != 0 {
        let q = r0 / r1;
        (r0, r1) = (r1, r0 - q * r1);
        (t0, t1) = (t1, t0 - q * t1);
    }
    (r0 == 1).then(|| t0.rem_euclid(m))
}

/// `pow(base, exp, m)` for ints, as CPython's `long_pow` with a modulus:
/// the result has the sign of `m`; a negative exponent uses the inverse of
/// `base` (Python 3.8+). Errors are CPython's ValueError messages.
fn int_pow_mod(base: i64, exp: i64, m: i64) -> Result<i64, &'static [u8]> {
    if m == 0 {
        return Err(b"pow() 3rd argument cannot be 0");
    }
    let modulus = i128::from(m).abs();
    let mut b = i128::from(base).rem_euclid(modulus);
    if exp < 0 && modulus != 1 {
        b = mod_inverse(b, modulus).ok_or(&b"base is not invertible for the given modulus"[..])?;
    }
    let mut e = exp.unsigned_abs();
    let mut acc: i128 = 1 % modulus;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc * b % modulus;
        }
        b = b * b % modulus;
        e >>= 1;
    }
    if m < 0 && acc != 0 {
        acc -= modulus;
    }
    // |acc| < |m| <= 2**63.
    Ok(acc as i64)
}

/// `uint8_t pyaot_int_pow_mod(int64_t base, int64_t exp, int64_t m,
/// int64_t *out)`: `pow(base, exp, m)` (see [`int_pow_mod`]).
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_int_pow_mod(base: i64, exp: i64, m: i64, out: *mut i64) -> u8 {
    match int_pow_mod(base, exp, m) {
        Ok(v) => {
            // SAFETY: writable (caller).
            unsafe { out.write(v) };
            0
        }
        Err(msg) => exc::fail_flag(ExcKind::ValueError, msg),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_shift_is_exact_or_overflows() {
        assert_eq!(int_lshift(1, 62), Ok(1 << 62));
        assert_eq!(int_lshift(-1, 63), Ok(i64::MIN));
        assert_eq!(int_lshift(1, 63), Err(ExcKind::OverflowError));
        assert_eq!(int_lshift(3, 62), Err(ExcKind::OverflowError));
        assert_eq!(int_lshift(0, 1000), Ok(0));
        assert_eq!(int_lshift(5, 64), Err(ExcKind::OverflowError));
        assert_eq!(int_lshift(5, -1), Err(ExcKind::ValueError));
        assert_eq!(int_lshift(-3, 2), Ok(-12));
    }
    use crate::test_util::assert_raised;

    fn ipow(b: i64, e: i64) -> Option<i64> {
        let mut v = 0;
        // SAFETY: writable out.
        (unsafe { pyaot_int_pow(b, e, &mut v) } == 0).then_some(v)
    }

    fn call(f: unsafe extern "C" fn(f64, f64, *mut f64) -> u8, a: f64, b: f64) -> Option<f64> {
        let mut v = 0.0;
        // SAFETY: writable out.
        (unsafe { f(a, b, &mut v) } == 0).then_some(v)
    }

    /// Compares floats by bits (so -0.0 != 0.0 and nan == nan).
    fn same(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()))
    }

    #[test]
    fn int_power() {
        assert_eq!(ipow(2, 10), Some(1024));
        assert_eq!(ipow(-3, 3), Some(-27));
        assert_eq!(ipow(0, 0), Some(1));
        assert_eq!(ipow(-1, i64::MAX), Some(-1));
        assert_eq!(ipow(-2, 63), Some(i64::MIN));
        assert_eq!(ipow(3, 39), Some(4052555153018976267));
        assert_eq!(ipow(2, 63), None);
        assert_raised(
            ExcKind::OverflowError,
            "integer overflow in '**' (pyaot ints are 64-bit)",
        );
        assert_eq!(ipow(3, 40), None);
        assert_raised(
            ExcKind::OverflowError,
            "integer overflow in '**' (pyaot ints are 64-bit)",
        );
        assert_eq!(ipow(2, -1), None);
        assert_raised(
            ExcKind::ValueError,
            "pyaot: int ** negative int gives a float; write float(base) ** exp",
        );
    }

    #[test]
    fn float_power() {
        let p = |a, b| call(pyaot_float_pow, a, b);
        // Right-hand sides: python3 -c 'print(repr(<a> ** <b>))'.
        assert!(same(p(2.0, 0.5), std::f64::consts::SQRT_2));
        assert!(same(p(f64::NAN, 0.0), 1.0));
        assert!(same(p(1.0, f64::NAN), 1.0));
        assert!(same(p(2.0, f64::NAN), f64::NAN));
        assert!(same(p(0.5, f64::INFINITY), 0.0));
        assert!(same(p(-0.5, f64::NEG_INFINITY), f64::INFINITY));
        assert!(same(p(-1.0, f64::INFINITY), 1.0));
        assert!(same(p(f64::NEG_INFINITY, 3.0), f64::NEG_INFINITY));
        assert!(same(p(f64::NEG_INFINITY, -3.0), -0.0));
        assert!(same(p(f64::NEG_INFINITY, 2.0), f64::INFINITY));
        assert!(same(p(-0.0, 3.0), -0.0));
        assert!(same(p(-0.0, 2.0), 0.0));
        assert!(same(p(-2.0, 3.0), -8.0));
        assert!(same(p(-1.0, 1e300), 1.0));
        assert!(same(p(2.0, -1075.0), 0.0));
        // python3 -c '0.0 ** -1'
        assert_eq!(p(0.0, -1.0), None);
        assert_raised(
            ExcKind::ZeroDivisionError,
            "0.0 cannot be raised to a negative power",
        );
        // python3 -c '10.0 ** 400' and '(-2.0) ** 1e300'
        assert_eq!(p(10.0, 400.0), None);
        assert_raised(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        );
        assert_eq!(p(-2.0, 1e300), None);
        assert_raised(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        );
        assert_eq!(p(-8.0, 1.0 / 3.0), None);
        assert_raised(
            ExcKind::ValueError,
            "pyaot: negative number raised to a fractional power gives a complex number, which pyaot does not support",
        );
    }

    #[test]
    fn floor_division_and_modulo() {
        let fd = |a, b| call(pyaot_float_floordiv, a, b);
        let md = |a, b| call(pyaot_float_mod, a, b);
        // python3 -c 'print(-7.0//2.0, 7.0%-2.0, -0.0%5.0, 0.0//-5.0, 1e300//1e-300)'
        assert!(same(fd(-7.0, 2.0), -4.0));
        assert!(same(md(7.0, -2.0), -1.0));
        assert!(same(md(-0.0, 5.0), 0.0));
        assert!(same(fd(0.0, -5.0), -0.0));
        assert!(same(fd(1e300, 1e-300), f64::INFINITY));
        // python3 -c 'print(inf//1.0, inf%1.0, 1.0%inf, -1.0%inf)'
        assert!(same(fd(f64::INFINITY, 1.0), f64::NAN));
        assert!(same(md(f64::INFINITY, 1.0), f64::NAN));
        assert!(same(md(1.0, f64::INFINITY), 1.0));
        assert!(same(md(-1.0, f64::INFINITY), f64::INFINITY));
        assert!(same(fd(7.5, 2.0), 3.0));
        assert!(same(md(7.5, 2.0), 1.5));
        assert!(same(md(-7.5, 2.0), 0.5));
        // python3 -c '1.0 // 0.0' / '1.0 % 0.0'
        assert_eq!(fd(1.0, 0.0), None);
        assert_raised(ExcKind::ZeroDivisionError, "float floor division by zero");
        assert_eq!(md(1.0, -0.0), None);
        assert_raised(ExcKind::ZeroDivisionError, "float modulo");
    }

    fn round(x: f64, n: i64) -> Option<f64> {
        let mut v = 0.0;
        // SAFETY: writable out.
        (unsafe { pyaot_float_round(x, n, &mut v) } == 0).then_some(v)
    }

    #[test]
    fn round_matches_cpython() {
        // Each row: python3 -c 'print(repr(round(<x>, <n>)))'.
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (-0.5, 0, -0.0),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (2.5, 0, 2.0),
            (1.005, 2, 1.0),
            (0.045, 2, 0.04),
            (123.456, -1, 120.0),
            (1250.0, -2, 1200.0),
            (1350.0, -2, 1400.0),
            (99.5, -2, 100.0),
            (949.0, -2, 900.0),
            (950.0, -2, 1000.0),
            (1050.0, -2, 1000.0),
            (5e22, -22, 5e22),
            (1.5e22, -22, 2e22),
            (2.5e22, -22, 2e22),
            (1e300, -300, 1e300),
            (8.98846567431158e307, -308, 1e308),
            (4.5e307, -308, 0.0),
            (5e307, -308, 1e308),
            (1e308, -309, 0.0),
            (123.456, 400, 123.456),
            (123.456, -400, 0.0),
            (-123.456, -400, -0.0),
            (0.1, 323, 0.1),
            (5e-324, 323, 0.0),
            (5e-324, 324, 5e-324),
            (1e-320, 322, 1e-320),
            (-0.0, 2, -0.0),
            (-0.004, 2, -0.0),
            (0.5, -1, 0.0),
            (5.0, -1, 0.0),
            (15.0, -1, 20.0),
            (25.0, -1, 20.0),
            (-25.0, -1, -20.0),
            (55.5, -1, 60.0),
            (4.9999999, -1, 0.0),
            (1.0000000000000002e16, -1, 1e16),
            (9007199254740992.0, -1, 9007199254740990.0),
            (123456789.12345679, 5, 123456789.12346),
            (-1e-10, 5, -0.0),
            (1000000000000000.5, 0, 1000000000000000.0),
            (2.5e-8, 8, 2e-8),
            (1.23456789e-5, 7, 1.23e-5),
            (f64::INFINITY, 2, f64::INFINITY),
            (f64::NEG_INFINITY, -2, f64::NEG_INFINITY),
        ];
        for &(x, n, want) in cases {
            let got = round(x, n);
            assert_eq!(
                got.map(f64::to_bits),
                Some(want.to_bits()),
                "round({x:e}, {n}) = {got:?}"
            );
        }
        assert!(round(f64::NAN, 3).is_some_and(f64::is_nan));
    }

    #[test]
    fn round_overflow() {
        // python3 -c "round(1.7976931348623157e308, -308)", also -307, -306.
        for n in [-308, -307, -306] {
            assert_eq!(round(1.7976931348623157e308, n), None);
            assert_raised(
                ExcKind::OverflowError,
                "rounded value too large to represent",
            );
        }
    }

    #[test]
    fn int_round_matches_cpython() {
        // python3 -c "print([round(x, n) for x, n in ...])"
        let cases: &[(i64, i64, i64)] = &[
            (1234, -2, 1200),
            (1250, -2, 1200),
            (1350, -2, 1400),
            (15, -1, 20),
            (25, -1, 20),
            (-25, -1, -20),
            (-35, -1, -40),
            (5, 2, 5),
            (7, -5, 0),
            (50000, -5, 0),
            (150000, -5, 200000),
            (i64::MAX, -40, 0),
            (-9, -1, -10),
        ];
        for &(x, n, want) in cases {
            assert_eq!(int_round(x, n), Some(want), "round({x}, {n})");
        }
        assert_eq!(int_round(i64::MAX, -1), None);
    }

    #[test]
    fn int_pow_mod_matches_cpython() {
        // python3 -c "print(pow(3, 4, 5), pow(3, -1, 7), ...)"
        let cases: &[(i64, i64, i64, i64)] = &[
            (3, 4, 5, 1),
            (3, -1, 7, 5),
            (-3, 3, 7, 1),
            (3, 3, -7, -1),
            (2, 10, 1, 0),
            (5, 0, 3, 1),
            (5, 0, 1, 0),
            (38, -2, 97, 44),
            (i64::MAX, i64::MAX, 1_000_000_007, 856_225_998),
            (4, 0, -3, -2),
        ];
        for &(b, e, m, want) in cases {
            assert_eq!(int_pow_mod(b, e, m), Ok(want), "pow({b}, {e}, {m})");
        }
        assert!(int_pow_mod(2, -1, 4).is_err());
        assert!(int_pow_mod(2, 3, 0).is_err());
    }
}
