//! The integer functions of the `math` module: `gcd`, `lcm`,
//! `factorial`, `comb`, `perm`, `isqrt` and `prod` of ints.
//!
//! Arguments and results are 64-bit; a result CPython would grow into a
//! big int raises OverflowError with the project's wording ("integer
//! overflow in factorial() (pyaot ints are 64-bit)"), as `+` and `**` do.
//! The ValueError messages are CPython's.

use crate::exc::{self, ExcKind};
use crate::list_obj::{self, List};

/// Writes `r` through `out` (0) or raises (1).
///
/// # Safety
/// `out` is writable.
unsafe fn finish(r: Result<i64, (ExcKind, &'static [u8])>, out: *mut i64) -> u8 {
    match r {
        Ok(v) => {
            // SAFETY: writable (caller).
            unsafe { out.write(v) };
            0
        }
        Err((kind, msg)) => exc::fail_flag(kind, msg),
    }
}

fn overflow(what: &'static [u8]) -> (ExcKind, &'static [u8]) {
    (ExcKind::OverflowError, what)
}

fn gcd(a: i64, b: i64) -> Result<i64, (ExcKind, &'static [u8])> {
    let (mut x, mut y) = (a.unsigned_abs(), b.unsigned_abs());
    while y != 0 {
        (x, y) = (y, x % y);
    }
    i64::try_from(x).map_err(|_| overflow(b"integer overflow in gcd() (pyaot ints are 64-bit)"))
}

fn lcm(a: i64, b: i64) -> Result<i64, (ExcKind, &'static [u8])> {
    if a == 0 || b == 0 {
        return Ok(0);
    }
    let err = || overflow(b"integer overflow in lcm() (pyaot ints are 64-bit)");
    let g = gcd(a, b).map_err(|_| err())?;
    (a / g)
        .checked_mul(b)
        .and_then(i64::checked_abs)
        .ok_or_else(err)
}

fn factorial(n: i64) -> Result<i64, (ExcKind, &'static [u8])> {
    if n < 0 {
        return Err((
            ExcKind::ValueError,
            b"factorial() not defined for negative values",
        ));
    }
    (2..=n).try_fold(1i64, |acc, k| {
        acc.checked_mul(k)
            .ok_or_else(|| overflow(b"integer overflow in factorial() (pyaot ints are 64-bit)"))
    })
}

fn check_nk(n: i64, k: i64) -> Result<(), (ExcKind, &'static [u8])> {
    if n < 0 {
        return Err((ExcKind::ValueError, b"n must be a non-negative integer"));
    }
    if k < 0 {
        return Err((ExcKind::ValueError, b"k must be a non-negative integer"));
    }
    Ok(())
}

fn comb(n: i64, k: i64) -> Result<i64, (ExcKind, &'static [u8])> {
    check_nk(n, k)?;
    if k > n {
        return Ok(0);
    }
    let k = k.min(n - k) as u128;
    let n = n as u128;
    // C(n, i) = C(n, i-1) * (n-i+1) / i grows with i up to n/2, so the
    // product before the (exact) division stays below 2**63 * 2**63.
    let mut c: u128 = 1;
    for i in 1..=k {
        c = c * (n - i + 1) / i;
        if c > i64::MAX as u128 {
            return Err(overflow(
                b"integer overflow in comb() (pyaot ints are 64-bit)",
            ));
        }
    }
    Ok(c as i64)
}

fn perm(n: i64, k: i64) -> Result<i64, (ExcKind, &'static [u8])> {
    check_nk(n, k)?;
    if k > n {
        return Ok(0);
    }
    ((n - k + 1)..=n).try_fold(1i64, |acc, f| {
        acc.checked_mul(f)
            .ok_or_else(|| overflow(b"integer overflow in perm() (pyaot ints are 64-bit)"))
    })
}

fn isqrt(n: i64) -> Result<i64, (ExcKind, &'static [u8])> {
    if n < 0 {
        return Err((ExcKind::ValueError, b"isqrt() argument must be nonnegative"));
    }
    // Newton's iteration from above, in integers: exact for every i64.
    let n = n as u64;
    if n < 2 {
        return Ok(n as i64);
    }
    let mut x = 1u64 << (64 - n.leading_zeros()).div_ceil(2);
    loop {
        let y = (x + n / x) / 2;
        if y >= x {
            return Ok(x as i64);
        }
        x = y;
    }
}

macro_rules! int_fn {
    ($(#[$doc:meta] $name:ident($($arg:ident),*) => $f:ident;)*) => {$(
        #[$doc]
        ///
        /// # Safety
        /// `out` is writable.
        #[no_mangle]
        pub unsafe extern "C" fn $name($($arg: i64,)* out: *mut i64) -> u8 {
            // SAFETY: writable (caller).
            unsafe { finish($f($($arg),*), out) }
        }
    )*};
}

int_fn! {
    /// `math.gcd(a, b)` (more arguments fold left to right).
    pyaot_math_gcd(a, b) => gcd;
    /// `math.lcm(a, b)` (more arguments fold left to right).
    pyaot_math_lcm(a, b) => lcm;
    /// `math.factorial(n)`.
    pyaot_math_factorial(n) => factorial;
    /// `math.comb(n, k)`.
    pyaot_math_comb(n, k) => comb;
    /// `math.perm(n, k)` (`perm(n)` is `factorial(n)`).
    pyaot_math_perm(n, k) => perm;
    /// `math.isqrt(n)`.
    pyaot_math_isqrt(n) => isqrt;
}

/// `math.prod(l, start=start)` of a list[int] or list[bool]:
/// overflow-checked left-to-right multiplication.
///
/// # Safety
/// `l` is a live list[int] or list[bool]; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_math_prod_int(l: *const List, start: i64, out: *mut i64) -> u8 {
    // SAFETY: live list (caller); int and bool slots are the values.
    let slots = unsafe { list_obj::slots(l) };
    let r = slots.iter().try_fold(start, |acc, &s| {
        acc.checked_mul(s as i64)
            .ok_or_else(|| overflow(b"integer overflow in '*' (pyaot ints are 64-bit)"))
    });
    // SAFETY: writable (caller).
    unsafe { finish(r, out) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_functions() {
        // python3 -c 'import math; print(math.comb(67, 33), ...)'
        assert_eq!(gcd(-12, 18), Ok(6));
        assert_eq!(gcd(0, 0), Ok(0));
        assert!(gcd(i64::MIN, 0).is_err());
        assert_eq!(lcm(-4, 6), Ok(12));
        assert_eq!(factorial(20), Ok(2432902008176640000));
        assert!(factorial(21).is_err());
        assert_eq!(comb(66, 33), Ok(7219428434016265740));
        assert!(comb(67, 33).is_err());
        assert_eq!(comb(62, 31), Ok(465428353255261088));
        assert_eq!(comb(10, 11), Ok(0));
        assert!(comb(68, 34).is_err());
        assert_eq!(perm(10, 3), Ok(720));
        assert_eq!(isqrt(i64::MAX), Ok(3037000499));
        assert_eq!(isqrt(99), Ok(9));
        assert_eq!(isqrt(100), Ok(10));
    }
}
