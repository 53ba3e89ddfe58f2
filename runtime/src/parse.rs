//! `int(str)`, `int(str, base)`, `float(str)` and `int(float)` with
//! CPython 3.11's rules and error messages.
//!
//! Like CPython, text is first normalized (`_PyUnicode_TransformDecimal...
//! AndSpaceToASCII`): any Unicode whitespace becomes a space, any decimal
//! digit (of any script) its ASCII digit, anything else non-ASCII makes the
//! literal invalid. Then the ASCII grammar is checked: surrounding
//! whitespace, an optional sign, for ints a base prefix (`0x`, `0o`,
//! `0b`) where the base allows one, and digits where single underscores
//! may sit between digits (PEP 515).
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

/// `int(text, base)` (`PyLong_FromUnicodeObject` over `PyLong_FromString`)
/// for `base` 0 or 2..=36, already checked by the caller.
///
/// The checks run in CPython's order, which decides the error when several
/// apply: a run of digits is scanned first, then the digit limit is
/// applied to it (so `int('9' * 5000 + 'x')` reports the limit), then base
/// 0's rule against leading zeros, then anything left over makes the
/// literal invalid, and only a valid literal can be too large.
fn parse_int(text: &str, base: u32) -> Result<i64, IntError> {
    let ascii = to_ascii(text).ok_or(IntError::Invalid)?;
    let body = trim_c_space(&ascii);
    let (negative, unsigned) = match body {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, body),
    };
    let (base, digits, zero_only) = split_prefix(unsigned, base);
    let (count, run) = scan_digit_run(digits, base);
    if count == 0 {
        return Err(IntError::Invalid);
    }
    // Power-of-two bases convert in linear time, so CPython exempts them.
    if !base.is_power_of_two() && count > MAX_STR_DIGITS {
        return Err(IntError::TooManyDigits(count));
    }
    if (zero_only && run.iter().any(|&b| b != b'0' && b != b'_')) || run.len() != digits.len() {
        return Err(IntError::Invalid);
    }
    let mut magnitude: u64 = 0;
    for &b in run.iter().filter(|&&b| b != b'_') {
        let d = digit_value(b, base).ok_or(IntError::Invalid)?;
        magnitude = magnitude
            .checked_mul(base as u64)
            .and_then(|m| m.checked_add(d as u64))
            .ok_or(IntError::TooLarge)?;
    }
    if negative {
        0i64.checked_sub_unsigned(magnitude)
            .ok_or(IntError::TooLarge)
    } else {
        i64::try_from(magnitude).map_err(|_| IntError::TooLarge)
    }
}

/// Resolves the base and strips a `0x`/`0o`/`0b` prefix that matches it
/// (with the one underscore allowed after it): returns the base, the
/// digits, and whether base 0 saw a leading zero without a prefix, in
/// which case only zeros are allowed (`int('010', 0)` is invalid, as the
/// literal `010` is).
fn split_prefix(text: &[u8], base: u32) -> (u32, &[u8], bool) {
    let prefixed = match text {
        [b'0', b'x' | b'X', ..] => Some(16),
        [b'0', b'o' | b'O', ..] => Some(8),
        [b'0', b'b' | b'B', ..] => Some(2),
        _ => None,
    };
    let base_or_inferred = match (base, prefixed) {
        (0, Some(p)) => p,
        (0, None) => 10,
        (b, _) => b,
    };
    if prefixed == Some(base_or_inferred) {
        let rest = text.get(2..).unwrap_or(&[]);
        let rest = rest.strip_prefix(b"_").unwrap_or(rest);
        return (base_or_inferred, rest, false);
    }
    let zero_only = base == 0 && text.first() == Some(&b'0');
    (base_or_inferred, text, zero_only)
}

/// The value of ASCII digit `b` in `base` (letters are 10..=35 either case).
fn digit_value(b: u8, base: u32) -> Option<u32> {
    (b as char).to_digit(base)
}

/// The longest prefix of `text` made of digits of `base` with single
/// underscores between them (a leading or trailing underscore is not part
/// of it); returns its digit count and the prefix.
fn scan_digit_run(text: &[u8], base: u32) -> (usize, &[u8]) {
    let mut count = 0;
    let mut end = 0;
    let mut prev = b'_'; // so a leading underscore is rejected
    for (i, &b) in text.iter().enumerate() {
        if digit_value(b, base).is_some() {
            count += 1;
            end = i + 1;
        } else if b != b'_' || prev == b'_' {
            break;
        }
        prev = b;
    }
    (count, text.get(..end).unwrap_or(&[]))
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
    // SAFETY: live string, writable out (caller).
    unsafe { int_from_str(s, 10, out) }
}

/// `uint8_t pyaot_int_from_str_base(const Str *s, int64_t base, int64_t
/// *out)`: `int(s, base)`. `base` is 0 (the base comes from a `0x`, `0o`
/// or `0b` prefix, else 10, where a nonzero value may not start with 0)
/// or 2..=36 (letters are digits 10..35; the prefix of that base is
/// allowed). Returns 0 and writes the value, or 1 having raised ValueError
/// ("int() base must be >= 2 and <= 36, or 0", "invalid literal for int()
/// with base 16: 'zz'", or the 4300-digit limit message, which CPython
/// applies to bases that are not powers of two) or OverflowError (beyond
/// i64, a pyaot limitation).
///
/// # Safety
/// `s` is a live string; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_int_from_str_base(s: *const Str, base: i64, out: *mut i64) -> u8 {
    match u32::try_from(base) {
        // SAFETY: live string, writable out (caller).
        Ok(base @ (0 | 2..=36)) => unsafe { int_from_str(s, base, out) },
        _ => exc::fail_flag(
            ExcKind::ValueError,
            b"int() base must be >= 2 and <= 36, or 0",
        ),
    }
}

/// `int(s, base)` for a valid `base`, with the ABI's flag convention.
///
/// # Safety
/// `s` is a live string; `out` is writable.
unsafe fn int_from_str(s: *const Str, base: u32, out: *mut i64) -> u8 {
    // SAFETY: live string (caller).
    let text = unsafe { str_obj::as_str(s) };
    let mut msg = Vec::new();
    match parse_int(text, base) {
        Ok(v) => {
            // SAFETY: writable (caller).
            unsafe { out.write(v) };
            return 0;
        }
        Err(IntError::Invalid) => {
            // The base as given (0 stays 0), as CPython reports it.
            msg.put(b"invalid literal for int() with base ");
            crate::int_text::write_i64(&mut msg, base as i64);
            msg.put(b": ");
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

    fn int_base(t: &str, base: i64) -> Option<i64> {
        let mut v = 0;
        // SAFETY: live string, writable out.
        (unsafe { pyaot_int_from_str_base(s(t), base, &mut v) } == 0).then_some(v)
    }

    #[test]
    fn ints_with_base() {
        // Each value: python3 -c 'print(int(<text>, <base>))'.
        let cases: &[(&str, i64, i64)] = &[
            ("1f", 16, 31),
            ("0X1F", 16, 31),
            ("0x_1f", 0, 31),
            (" -0x1f ", 0, -31),
            ("0b101", 2, 5),
            ("0b101", 16, 45313), // 'b' is a hex digit, not a prefix
            ("0o17", 8, 15),
            ("0o17", 0, 15),
            ("0b1", 0, 1),
            ("+0b1", 0, 1),
            ("0b_1", 0, 1),
            ("00", 0, 0),
            ("0_0", 0, 0),
            ("00000", 0, 0),
            (" 0 ", 0, 0),
            ("123", 0, 123),
            ("z", 36, 35),
            ("Z", 36, 35),
            ("\u{663}\u{664}", 16, 52), // int('٣٤', 16)
            ("\u{661}\u{662}", 8, 10),  // int('١٢', 8)
            ("\u{660}x1", 0, 1),        // int('٠x1', 0)
            ("7fffffffffffffff", 16, i64::MAX),
            ("-8000000000000000", 16, i64::MIN),
            ("1_000", 10, 1000),
            ("-1_0", 7, -7),
        ];
        for &(t, base, want) in cases {
            assert_eq!(int_base(t, base), Some(want), "int({t:?}, {base})");
        }
    }

    #[test]
    fn invalid_ints_with_base() {
        // python3 -c "int('zz', 16)" -> ValueError: invalid literal for int() with base 16: 'zz'
        let cases: &[(&str, i64)] = &[
            ("zz", 16),
            ("0x", 0),
            ("0x", 16),
            ("010", 0),
            ("0_1", 0),
            ("0_", 0),
            ("0x__1f", 0),
            ("0x1f", 10),
            ("_1", 16),
            ("1__0", 16),
            ("0b", 0),
            ("0b1_", 0),
            ("- 1", 16),
            ("0x-1", 16),
            ("0x 1", 0),
            ("1\0", 16),
            ("", 0),
            ("2", 2),
            ("0o8", 8),
            ("0b12", 0),
        ];
        for &(t, base) in cases {
            assert_eq!(int_base(t, base), None, "int({t:?}, {base})");
            let mut r = Vec::new();
            str_repr::write_repr(t, &mut r);
            let want = format!(
                "invalid literal for int() with base {base}: {}",
                std::str::from_utf8(&r).unwrap()
            );
            assert_raised(ExcKind::ValueError, &want);
        }
        // python3 -c "int('10', 1)", also 37 and -1.
        for base in [1, 37, -1, i64::MAX, i64::MIN] {
            assert_eq!(int_base("10", base), None);
            assert_raised(
                ExcKind::ValueError,
                "int() base must be >= 2 and <= 36, or 0",
            );
        }
    }

    #[test]
    fn int_base_limits() {
        // int('8000000000000000', 16) is 2**63: past pyaot's int.
        assert_eq!(int_base("8000000000000000", 16), None);
        assert_raised(
            ExcKind::OverflowError,
            "int too large for pyaot's 64-bit int",
        );
        // Power-of-two bases have no digit limit in CPython:
        // python3 -c "int('1' * 5000, 2)" succeeds (a big int).
        assert_eq!(int_base(&"1".repeat(5000), 2), None);
        assert_raised(
            ExcKind::OverflowError,
            "int too large for pyaot's 64-bit int",
        );
        let limit = |n: usize| {
            format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {n} \
                 digits; use sys.set_int_max_str_digits() to increase the limit"
            )
        };
        // python3 -c "int('1' * 4301, 3)"
        assert_eq!(int_base(&"1".repeat(4301), 3), None);
        assert_raised(ExcKind::ValueError, &limit(4301));
        // python3 -c "int('1' * 5000, 36)"
        assert_eq!(int_base(&"1".repeat(5000), 36), None);
        assert_raised(ExcKind::ValueError, &limit(5000));
        // The limit is checked before what follows the digits and before
        // base 0's leading-zero rule: python3 -c "int('9' * 5000 + 'x')"
        // and python3 -c "int('0' + '1' * 5000, 0)".
        assert_eq!(int(&format!("{}x", "9".repeat(5000))), None);
        assert_raised(ExcKind::ValueError, &limit(5000));
        assert_eq!(int_base(&format!("0{}", "1".repeat(5000)), 0), None);
        assert_raised(ExcKind::ValueError, &limit(5001));
        // python3 -c "int('_' + '1' * 5000, 3)": no digit run at all.
        assert_eq!(int_base(&format!("_{}", "1".repeat(5000)), 3), None);
        let err = crate::test_util::take_error().unwrap();
        assert!(err
            .1
            .starts_with("invalid literal for int() with base 3: '_111"));
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
