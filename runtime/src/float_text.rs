//! Floats to text, digit for digit as CPython 3.11.
//!
//! CPython renders every float through `PyOS_double_to_string`: David Gay's
//! `_Py_dg_dtoa` produces a digit string and a decimal-point position, and
//! `format_float_short` (Python/pystrtod.c) lays them out. We keep that
//! split: [`shortest_digits`] and [`exact_digits`] stand in for dtoa, and
//! [`layout`] is a line-by-line port of `format_float_short`.
//!
//! Digit sources: dtoa mode 0 (shortest round-trip, ties to even) is Ryu;
//! modes 2 and 3 (correctly rounded to N significant / N fractional digits,
//! exact ties to even) are core::fmt's exact mode (`{:.Ne}`, `{:.N}`),
//! which only programs that format floats with a precision link in.
//! Digit strings follow dtoa's conventions: no leading or trailing zeros,
//! value = 0.DIGITS x 10^decpt, and zero is `"0"` with decpt 1.

use crate::sink::ByteSink;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// Longest `repr(float)`: "-2.2250738585072014e-308" is 24 bytes.
pub const REPR_MAX: usize = 32;

/// The presentation, as `PyOS_double_to_string`'s format code.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Style {
    /// 'r': shortest round-trip digits, exponent outside 1e-4 <= |x| < 1e16.
    Repr,
    /// 'e': `precision` digits after the point, always an exponent.
    Exponent,
    /// 'f': `precision` digits after the point, never an exponent.
    Fixed,
    /// 'g': `precision` significant digits, exponent when out of range.
    General,
}

/// `PyOS_double_to_string` flags (the ones pyaot needs).
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Flags {
    /// `Py_DTSF_ADD_DOT_0`: integral results get ".0" (repr, empty type).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: keep trailing zeros and the point ('#').
    pub alternate: bool,
    /// `Py_DTSF_NO_NEG_0`: a result that rounds to zero loses its '-' ('z').
    pub no_neg_0: bool,
    /// 'E'/'F'/'G': "E", "INF", "NAN".
    pub upper: bool,
}

/// Writes `repr(x)`; at most [`REPR_MAX`] bytes.
pub fn repr(x: f64, out: &mut impl ByteSink) {
    if !x.is_finite() {
        return special(x, false, out);
    }
    let mut buf = [0u8; 24];
    let (digits, decpt) = shortest_digits(x.abs(), &mut buf);
    let flags = Flags {
        add_dot_0: true,
        ..Flags::default()
    };
    layout(
        x.is_sign_negative(),
        digits,
        decpt,
        Style::Repr,
        0,
        flags,
        out,
    );
}

/// `PyOS_double_to_string(x, style, precision, flags)` without the sign
/// flag (callers that want '+' add it themselves). `precision` is ignored
/// for [`Style::Repr`].
pub fn to_text(x: f64, style: Style, precision: usize, flags: Flags, out: &mut impl ByteSink) {
    if !x.is_finite() {
        return special(x, flags.upper, out);
    }
    if style == Style::Repr {
        let mut buf = [0u8; 24];
        let (digits, decpt) = shortest_digits(x.abs(), &mut buf);
        return layout(x.is_sign_negative(), digits, decpt, style, 0, flags, out);
    }
    // What dtoa is asked for: significant digits (modes 2) or digits after
    // the point (mode 3); 'e' counts the digit before the point too.
    let (ndigits, fixed) = match style {
        Style::Exponent => (precision.saturating_add(1), false),
        Style::General => (precision.max(1), false),
        _ => (precision, true),
    };
    let mut digits = Vec::new();
    let decpt = exact_digits(x.abs(), ndigits, fixed, &mut digits);
    layout(
        x.is_sign_negative(),
        &digits,
        decpt,
        style,
        ndigits,
        flags,
        out,
    );
}

/// inf and nan; like CPython, the sign of a NaN is not shown.
fn special(x: f64, upper: bool, out: &mut impl ByteSink) {
    let text: &[u8] = match (x.is_nan(), upper) {
        (true, false) => b"nan",
        (true, true) => b"NAN",
        (false, false) => b"inf",
        (false, true) => b"INF",
    };
    if x < 0.0 {
        out.put_byte(b'-');
    }
    out.put(text);
}

/// dtoa mode 0 for finite `x >= 0`: the shortest digits that read back as
/// `x`, the closest such on ties. Ryu's own text ("1.5e-7", "0.001",
/// "123.0") is re-read into (digits, decpt).
fn shortest_digits(x: f64, buf: &mut [u8; 24]) -> (&[u8], isize) {
    let mut ryu = ryu::Buffer::new();
    let text = ryu.format_finite(x).as_bytes();
    let (mantissa, exp) = match text.iter().position(|&b| b == b'e') {
        Some(i) => (
            text.get(..i).unwrap_or(&[]),
            parse_exponent(text.get(i + 1..).unwrap_or(&[])),
        ),
        None => (text, 0),
    };
    let mut len = 0;
    let mut int_digits = None;
    for &b in mantissa {
        if b == b'.' {
            int_digits = Some(len);
        } else if let Some(slot) = buf.get_mut(len) {
            *slot = b;
            len += 1;
        }
    }
    let int_digits = int_digits.unwrap_or(len) as isize;
    let (kept, decpt) = trim_zeros(buf.get(..len).unwrap_or(&[]), int_digits + exp);
    (buf.get(kept).unwrap_or(&[]), decpt)
}

/// dtoa modes 2 (`fixed == false`: `ndigits` significant digits) and 3
/// (`fixed`: `ndigits` after the point) for finite `x >= 0`, correctly
/// rounded with ties to even. Writes the digits to `out`, returns decpt.
fn exact_digits(x: f64, ndigits: usize, fixed: bool, out: &mut Vec<u8>) -> isize {
    if x == 0.0 {
        out.push(b'0');
        return 1;
    }
    let mut text = String::new();
    // Writing to a String cannot fail; the Result only exists for other
    // fmt::Write sinks.
    let _ = if fixed {
        write!(text, "{:.*}", ndigits, x)
    } else {
        write!(text, "{:.*e}", ndigits.saturating_sub(1), x)
    };
    let text = text.as_bytes();
    let (mantissa, exp) = match text.iter().position(|&b| b == b'e') {
        Some(i) => (
            text.get(..i).unwrap_or(&[]),
            parse_exponent(text.get(i + 1..).unwrap_or(&[])),
        ),
        None => (text, 0),
    };
    let int_digits = mantissa
        .iter()
        .position(|&b| b == b'.')
        .unwrap_or(mantissa.len()) as isize;
    out.extend(mantissa.iter().filter(|&&b| b != b'.'));
    let (kept, decpt) = trim_zeros(out, int_digits + exp);
    out.truncate(kept.end);
    out.drain(..kept.start);
    if out.is_empty() {
        // Rounded to zero: dtoa returns no digits with decpt = -ndigits.
        return -(ndigits.min(isize::MAX as usize) as isize);
    }
    decpt
}

/// For a digit string whose decimal point sits after `int_digits` digits:
/// the range left after stripping leading and trailing zeros, and the
/// point's position relative to that range.
fn trim_zeros(digits: &[u8], int_digits: isize) -> (core::ops::Range<usize>, isize) {
    let lead = digits.iter().take_while(|&&b| b == b'0').count();
    let trail = digits
        .iter()
        .skip(lead)
        .rev()
        .take_while(|&&b| b == b'0')
        .count();
    (lead..digits.len() - trail, int_digits - lead as isize)
}

/// Parses "-7" / "16" / "+05" (exponents printed by ryu and core::fmt).
fn parse_exponent(text: &[u8]) -> isize {
    let (negative, digits) = match text {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, text),
    };
    let magnitude = digits
        .iter()
        .fold(0isize, |acc, &d| acc * 10 + (d - b'0') as isize);
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// `format_float_short` from Python/pystrtod.c, after the call to dtoa.
///
/// Think of an infinite string: `digits` padded with zeros on both sides.
/// The output is its slice `[vdigits_start, vdigits_end)` with the decimal
/// point after position `decpt`, then the exponent if one is used.
fn layout(
    negative: bool,
    digits: &[u8],
    decpt: isize,
    style: Style,
    precision: usize,
    flags: Flags,
    out: &mut impl ByteSink,
) {
    let digits_len = digits.len() as isize;
    let precision = precision.min(isize::MAX as usize / 2) as isize;
    let mut decpt = decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match style {
        Style::Exponent => {
            use_exp = true;
            vdigits_end = precision;
        }
        Style::Fixed => vdigits_end = decpt + precision,
        Style::General => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alternate {
                vdigits_end = precision;
            }
        }
        // Exponent from 1e16 on: a 17th digit would only be padding.
        Style::Repr => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    // Ensure vdigits_start < decpt <= vdigits_end (strictly less when ".0"
    // must be added).
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let rounds_to_zero = digits.is_empty() || digits == b"0";
    if negative && !(flags.no_neg_0 && rounds_to_zero) {
        out.put_byte(b'-');
    }
    put_virtual_digits(digits, vdigits_start, decpt, out);
    // The point is dropped when nothing follows it, unless alternate form.
    if decpt < vdigits_end || flags.alternate {
        out.put_byte(b'.');
    }
    put_virtual_digits(digits, decpt, vdigits_end, out);
    if use_exp {
        out.put_byte(if flags.upper { b'E' } else { b'e' });
        // "%+.02d"
        out.put_byte(if exp < 0 { b'-' } else { b'+' });
        if exp.unsigned_abs() < 10 {
            out.put_byte(b'0');
        }
        crate::int_text::write_i64(out, exp.unsigned_abs() as i64);
    }
}

/// Writes positions `[from, to)` of `digits` padded with zeros both ways.
fn put_virtual_digits(digits: &[u8], from: isize, to: isize, out: &mut impl ByteSink) {
    if from >= to {
        return;
    }
    let len = digits.len() as isize;
    let lead_zeros = (0.min(to) - from).max(0);
    out.put_repeated(b'0', lead_zeros as usize);
    let (a, b) = (from.clamp(0, len), to.clamp(0, len));
    out.put(digits.get(a as usize..b as usize).unwrap_or(&[]));
    let trail_zeros = (to - from.max(len)).max(0);
    out.put_repeated(b'0', trail_zeros as usize);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::String;

    fn r(x: f64) -> String {
        let mut out = crate::sink::StackBuf::<REPR_MAX>::new();
        repr(x, &mut out);
        String::from_utf8(out.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn repr_matches_cpython() {
        // Each right-hand side is python3 -c 'print(repr(<left>))'.
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (123456789.0, "123456789.0"),
            (1e16, "1e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.2345678901234568e17, "1.2345678901234568e+17"),
            (1e-5, "1e-05"),
            (2.5e-5, "2.5e-05"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (1e22, "1e+22"),
            (1.5e300, "1.5e+300"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-2.2250738585072014e-308, "-2.2250738585072014e-308"),
            (2.0f64.powi(-25), "2.9802322387695312e-08"),
            (1629824278314106.2, "1629824278314106.2"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (100.0, "100.0"),
            (1.5, "1.5"),
            (-12.375, "-12.375"),
        ];
        for &(x, want) in cases {
            assert_eq!(r(x), want, "repr({x:e})");
        }
    }

    fn t(x: f64, style: Style, precision: usize, flags: Flags) -> String {
        let mut out = Vec::new();
        to_text(x, style, precision, flags, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn exact_modes_match_printf() {
        let f = Flags::default();
        // python3 -c 'print("%.2f" % 0.125, "%.0f" % 0.5, "%.0f" % 1.5, "%.3e" % 12345.678)'
        assert_eq!(t(0.125, Style::Fixed, 2, f), "0.12");
        assert_eq!(t(0.375, Style::Fixed, 2, f), "0.38");
        assert_eq!(t(0.5, Style::Fixed, 0, f), "0");
        assert_eq!(t(1.5, Style::Fixed, 0, f), "2");
        assert_eq!(t(12345.678, Style::Exponent, 3, f), "1.235e+04");
        assert_eq!(t(0.0, Style::Exponent, 2, f), "0.00e+00");
        assert_eq!(t(-0.001, Style::Fixed, 2, f), "-0.00");
        assert_eq!(
            t(
                -0.001,
                Style::Fixed,
                2,
                Flags {
                    no_neg_0: true,
                    ..f
                }
            ),
            "0.00"
        );
        assert_eq!(t(1e22, Style::Fixed, 2, f), "10000000000000000000000.00");
        // python3 -c 'print("%.60f" % 0.1)'
        assert_eq!(
            t(0.1, Style::Fixed, 60, f),
            "0.100000000000000005551115123125782702118158340454101562500000"
        );
        assert_eq!(t(1e-7, Style::General, 6, f), "1e-07");
        assert_eq!(t(123456.0, Style::General, 6, f), "123456");
        assert_eq!(t(1234567.0, Style::General, 6, f), "1.23457e+06");
        assert_eq!(
            t(1234567.0, Style::General, 6, Flags { upper: true, ..f }),
            "1.23457E+06"
        );
        assert_eq!(
            t(
                1.0,
                Style::General,
                6,
                Flags {
                    alternate: true,
                    ..f
                }
            ),
            "1.00000"
        );
        assert_eq!(
            t(
                1.0,
                Style::Fixed,
                0,
                Flags {
                    alternate: true,
                    ..f
                }
            ),
            "1."
        );
        assert_eq!(
            t(
                f64::NEG_INFINITY,
                Style::Fixed,
                2,
                Flags { upper: true, ..f }
            ),
            "-INF"
        );
    }
}
