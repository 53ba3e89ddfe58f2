//! `int(str)`, `float(str)` and `int(float)` with CPython 3.11's rules and
//! error messages.
//!
//! Like CPython, text is first normalized (`_PyUnicode_TransformDecimal...
//! AndSpaceToASCII`): any Unicode whitespace becomes a space, any decimal
//! digit (of any script) its ASCII digit, anything else non-ASCII makes the
//! literal invalid. Then the ASCII grammar is checked: surrounding
//! whitespace, an optional sign, and digits where single underscores may
//! sit between digits (PEP 515).
//!
//! pyaot limitation: ints are 64-bit, so values outside i64 raise
//! OverflowError "int too large for pyaot's 64-bit int" where CPython
//! would return a big int.

use crate::exc::{self, ExcKind};
use crate::sink::ByteSink;
use crate::str_obj::{self, Str};
use crate::{str_repr, unicode};
use alloc::vec::Vec;

/// The message for ints that do not fit pyaot's 64-bit int.
pub const INT_TOO_LARGE: &[u8] = b"int too large for pyaot's 64-bit int";

/// CPython's default `sys.get_int_max_str_digits()`.
const MAX_STR_DIGITS: usize = 4300;

/// Why a string is not an int.
#[derive(Debug, PartialEq, Eq)]
enum IntError {
    /// Not an int literal at all.
    Invalid,
    /// More digits than CPython converts by default.
    TooManyDigits(usize),
    /// A valid literal outside i64.
    TooLarge,
}

/// Normalizes `text` to ASCII as CPython does before parsing numbers;
/// None if a non-ASCII character other than a space or digit occurs.
fn to_ascii(text: &str) -> Option<Vec<u8>> {
    text.chars()
        .map(|c| match c {
            c if c.is_ascii() => Some(c as u8),
            c if unicode::is_space(c) => Some(b' '),
            c => unicode::decimal_value(c).map(|d| b'0' + d as u8),
        })
        .collect()
}

/// C's `isspace` in the "C" locale, which CPython's parsers use.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn trim_c_space(text: &[u8]) -> &[u8] {
    let start = text
        .iter()
        .position(|&b| !is_c_space(b))
        .unwrap_or(text.len());
    let end = text
        .iter()
        .rposition(|&b| !is_c_space(b))
        .map_or(start, |i| i + 1);
    text.get(start..end).unwrap_or(&[])
}

/// `int(text)` in base 10 (`PyLong_FromString`).
fn parse_int(text: &str) -> Result<i64, IntError> {
    let ascii = to_ascii(text).ok_or(IntError::Invalid)?;
    let body = trim_c_space(&ascii);
    let (negative, digits) = match body {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, body),
    };
    let count = check_digit_run(digits).ok_or(IntError::Invalid)?;
    if count > MAX_STR_DIGITS {
        return Err(IntError::TooManyDigits(count));
    }
    let mut magnitude: u64 = 0;
    for &d in digits.iter().filter(|&&b| b != b'_') {
        magnitude = magnitude
            .checked_mul(10)
            .and_then(|m| m.checked_add((d - b'0') as u64))
            .ok_or(IntError::TooLarge)?;
    }
    if negative {
        0i64.checked_sub_unsigned(magnitude)
            .ok_or(IntError::TooLarge)
    } else {
        i64::try_from(magnitude).map_err(|_| IntError::TooLarge)
    }
}

/// Checks that `text` is digits with single underscores between them;
/// returns the number of digits.
fn check_digit_run(text: &[u8]) -> Option<usize> {
    let mut count = 0;
    let mut prev = b'_'; // so a leading underscore is rejected
    for &b in text {
        match b {
            b'0'..=b'9' => count += 1,
            b'_' if prev != b'_' => {}
            _ => return None,
        }
        prev = b;
    }
    (count > 0 && prev != b'_').then_some(count)
}

/// `float(text)` (`PyFloat_FromString`): None if `text` is not a float.
fn parse_float(text: &str) -> Option<f64> {
    let ascii = to_ascii(text)?;
    let body = trim_c_space(&ascii);
    let cleaned = strip_underscores(body)?;
    let (negative, unsigned) = match cleaned.as_slice() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    };
    let special =
        if unsigned.eq_ignore_ascii_case(b"inf") || unsigned.eq_ignore_ascii_case(b"infinity") {
            Some(f64::INFINITY)
        } else if unsigned.eq_ignore_ascii_case(b"nan") {
            Some(f64::NAN)
        } else {
            None
        };
    if let Some(value) = special {
        return Some(if negative { -value } else { value });
    }
    if !is_decimal_float(unsigned) {
        return None;
    }
    // The grammar is checked, so core's correctly rounded parser sees only
    // what CPython's strtod would accept.
    core::str::from_utf8(&cleaned).ok()?.parse::<f64>().ok()
}

/// Removes underscores, each of which must sit between two digits
/// (`_Py_string_to_number_with_underscores`); None if one does not.
fn strip_underscores(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut prev = 0u8;
    for &b in text {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    (prev != b'_').then_some(out)
}

/// `digits [. digits] [(e|E) [sign] digits]` with at least one mantissa
/// digit: the finite numbers `_Py_dg_strtod` accepts.
fn is_decimal_float(text: &[u8]) -> bool {
    let digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let int_len = digits(text);
    let mut rest = text.get(int_len..).unwrap_or(&[]);
    let mut frac_len = 0;
    if let [b'.', tail @ ..] = rest {
        frac_len = digits(tail);
        rest = tail.get(frac_len..).unwrap_or(&[]);
    }
    if int_len + frac_len == 0 {
        return false;
    }
    match rest {
        [] => true,
        [b'e' | b'E', exp @ ..] => {
            let exp = match exp {
                [b'+' | b'-', tail @ ..] => tail,
                _ => exp,
            };
            !exp.is_empty() && digits(exp) == exp.len()
        }
        _ => false,
    }
}

/// `uint8_t pyaot_int_from_str(const Str *s, int64_t *out)`: `int(s)`.
/// Returns 0 and writes the value, or 1 having raised ValueError
/// ("invalid literal for int() with base 10: '...'", or CPython's 4300-digit
/// limit message) or OverflowError (beyond i64, a pyaot limitation).
///
/// # Safety
/// `s` is a live string; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_int_from_str(s: *const Str, out: *mut i64) -> u8 {
    // SAFETY: live string (caller).
    let text = unsafe { str_obj::as_str(s) };
    let mut msg = Vec::new();
    match parse_int(text) {
        Ok(v) => {
            // SAFETY: writable (caller).
            unsafe { out.write(v) };
            return 0;
        }
        Err(IntError::Invalid) => {
            msg.put(b"invalid literal for int() with base 10: ");
            // CPython formats the repr with "%.200R".
            str_repr::write_repr_truncated(text, 200, &mut msg);
        }
        Err(IntError::TooManyDigits(n)) => {
            msg.put(b"Exceeds the limit (4300 digits) for integer string conversion: value has ");
            crate::int_text::write_i64(&mut msg, n as i64);
            msg.put(b" digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        Err(IntError::TooLarge) => return exc::fail_flag(ExcKind::OverflowError, INT_TOO_LARGE),
    }
    exc::fail_flag(ExcKind::ValueError, &msg)
}

/// `uint8_t pyaot_float_from_str(const Str *s, double *out)`: `float(s)`.
/// Returns 0 and writes the value, or 1 having raised ValueError
/// "could not convert string to float: '...'".
///
/// # Safety
/// `s` is a live string; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_float_from_str(s: *const Str, out: *mut f64) -> u8 {
    // SAFETY: live string (caller).
    let text = unsafe { str_obj::as_str(s) };
    match parse_float(text) {
        Some(v) => {
            // SAFETY: writable (caller).
            unsafe { out.write(v) };
            0
        }
        None => {
            let mut msg = b"could not convert string to float: ".to_vec();
            str_repr::write_repr(text, &mut msg);
            exc::fail_flag(ExcKind::ValueError, &msg)
        }
    }
}

/// `uint8_t pyaot_int_from_float(double x, int64_t *out)`: `int(x)`,
/// truncating toward zero. Raises ValueError "cannot convert float NaN to
/// integer", OverflowError "cannot convert float infinity to integer", or
/// OverflowError beyond i64 (a pyaot limitation); returns 1 then.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_int_from_float(x: f64, out: *mut i64) -> u8 {
    if x.is_nan() {
        return exc::fail_flag(ExcKind::ValueError, b"cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return exc::fail_flag(
            ExcKind::OverflowError,
            b"cannot convert float infinity to integer",
        );
    }
    // -2**63 is exactly representable; 2**63 is the first value past i64.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    if !(-LIMIT..LIMIT).contains(&x) {
        return exc::fail_flag(ExcKind::OverflowError, INT_TOO_LARGE);
    }
    // SAFETY: writable (caller). The cast truncates, and is exact in range.
    unsafe { out.write(x as i64) };
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::{assert_raised, s};

    fn int(t: &str) -> Option<i64> {
        let mut v = 0;
        // SAFETY: live string, writable out.
        (unsafe { pyaot_int_from_str(s(t), &mut v) } == 0).then_some(v)
    }

    fn float(t: &str) -> Option<f64> {
        let mut v = 0.0;
        // SAFETY: live string, writable out.
        (unsafe { pyaot_float_from_str(s(t), &mut v) } == 0).then_some(v)
    }

    #[test]
    fn ints() {
        // Each value: python3 -c 'print(int(<text>))'.
        assert_eq!(int("42"), Some(42));
        assert_eq!(int("  -17\n"), Some(-17));
        assert_eq!(int("+0"), Some(0));
        assert_eq!(int("007"), Some(7));
        assert_eq!(int("1_000_000"), Some(1_000_000));
        assert_eq!(int("0_0"), Some(0));
        assert_eq!(int("\u{663}\u{664}"), Some(34)); // int('٣٤')
        assert_eq!(int("\u{a0}1\u{3000}"), Some(1));
        assert_eq!(int("\u{661}_\u{662}"), Some(12));
        assert_eq!(int("-9223372036854775808"), Some(i64::MIN));
        assert_eq!(int("9223372036854775807"), Some(i64::MAX));
    }

    #[test]
    fn invalid_ints() {
        // python3 -c "int('_1')"  -> ValueError: invalid literal for int() with base 10: '_1'
        for t in [
            "", " ", "_1", "1_", "1__0", "+_1", "- 1", "1 2", "1.5", "0x10", "١x", "1\0", "++1",
            "²",
        ] {
            assert_eq!(int(t), None, "{t:?}");
            let mut want = std::string::String::from("invalid literal for int() with base 10: ");
            let mut r = Vec::new();
            str_repr::write_repr(t, &mut r);
            want.push_str(std::str::from_utf8(&r).unwrap());
            assert_raised(ExcKind::ValueError, &want);
        }
        // python3 -c "int('  abc ')"
        assert_eq!(int("  abc "), None);
        assert_raised(
            ExcKind::ValueError,
            "invalid literal for int() with base 10: '  abc '",
        );
        // python3 -c "int('1\x00')"
        assert_eq!(int("1\0"), None);
        assert_raised(
            ExcKind::ValueError,
            "invalid literal for int() with base 10: '1\\x00'",
        );
        // python3 -c "int('x'*300)": the repr is cut to 200 characters.
        assert_eq!(int(&"x".repeat(300)), None);
        assert_raised(
            ExcKind::ValueError,
            &format!(
                "invalid literal for int() with base 10: '{}",
                "x".repeat(199)
            ),
        );
    }

    #[test]
    fn int_limits() {
        assert_eq!(int("9223372036854775808"), None);
        assert_raised(
            ExcKind::OverflowError,
            "int too large for pyaot's 64-bit int",
        );
        assert_eq!(int("-9223372036854775809"), None);
        assert_raised(
            ExcKind::OverflowError,
            "int too large for pyaot's 64-bit int",
        );
        // python3 -c "int('9'*5000)"
        assert_eq!(int(&"9".repeat(5000)), None);
        assert_raised(
            ExcKind::ValueError,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; \
             use sys.set_int_max_str_digits() to increase the limit",
        );
    }

    #[test]
    fn floats() {
        // Each value: python3 -c 'print(float(<text>))'.
        assert_eq!(float("1.5"), Some(1.5));
        assert_eq!(float("  -2.5e-3 "), Some(-0.0025));
        assert_eq!(float("1."), Some(1.0));
        assert_eq!(float(".5"), Some(0.5));
        assert_eq!(float("1E5"), Some(100000.0));
        assert_eq!(float("1e+05"), Some(100000.0));
        assert_eq!(float("1_0.5_5e1_0"), Some(105500000000.0));
        assert_eq!(float("\u{663}.\u{665}e\u{661}"), Some(35.0)); // float('٣.٥e١')
        assert_eq!(float("0.1"), Some(0.1));
        assert_eq!(float("1e400"), Some(f64::INFINITY));
        assert_eq!(
            float("-1e-400").map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
        assert_eq!(float("inf"), Some(f64::INFINITY));
        assert_eq!(float("-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(float("+iNF"), Some(f64::INFINITY));
        assert!(float("nan").is_some_and(f64::is_nan));
        assert!(float("-NaN").is_some_and(|v| v.is_nan() && v.is_sign_negative()));
        assert_eq!(
            float("2.2250738585072011e-308"),
            Some(2.225073858507201e-308)
        );
    }

    #[test]
    fn invalid_floats() {
        // python3 -c "float('1_.5')"  -> could not convert string to float: '1_.5'
        for t in [
            "", " ", ".", "e5", "1e", "1e+", "1_.5", "1._5", "_1", "1_", "in_f", "infinit", "nana",
            "1.5.", "0x10", "--1", "1 e5",
        ] {
            assert_eq!(float(t), None, "{t:?}");
            let mut r = Vec::new();
            str_repr::write_repr(t, &mut r);
            let want = format!(
                "could not convert string to float: {}",
                std::str::from_utf8(&r).unwrap()
            );
            assert_raised(ExcKind::ValueError, &want);
        }
        // python3 -c "float('  x ')"
        assert_eq!(float("  x "), None);
        assert_raised(
            ExcKind::ValueError,
            "could not convert string to float: '  x '",
        );
    }

    #[test]
    fn float_to_int() {
        let conv = |x: f64| {
            let mut v = 0;
            // SAFETY: writable out.
            (unsafe { pyaot_int_from_float(x, &mut v) } == 0).then_some(v)
        };
        assert_eq!(conv(2.9), Some(2));
        assert_eq!(conv(-2.9), Some(-2));
        assert_eq!(conv(-9223372036854775808.0), Some(i64::MIN));
        assert_eq!(conv(9223372036854775808.0), None);
        assert_raised(
            ExcKind::OverflowError,
            "int too large for pyaot's 64-bit int",
        );
        // python3 -c "int(float('nan'))"
        assert_eq!(conv(f64::NAN), None);
        assert_raised(ExcKind::ValueError, "cannot convert float NaN to integer");
        // python3 -c "int(float('-inf'))"
        assert_eq!(conv(f64::NEG_INFINITY), None);
        assert_raised(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        );
    }
}
