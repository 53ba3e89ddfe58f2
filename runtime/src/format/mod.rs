//! `format(value, spec)` for int, bool, float and str, exactly as CPython
//! 3.11's `__format__` methods (Python/formatter_unicode.c).
//!
//! Flow: [`spec::parse`] → the type's formatter (which rejects what the
//! type does not allow and renders the digits) → [`number::layout`] for
//! numbers, or padding for strings. Errors carry CPython's exception kind
//! and message and become a pending exception at the C boundary.

mod number;
pub mod spec;

use crate::exc;
use crate::float_text::{self, Flags, Style};
use crate::int_text;
use crate::object;
use crate::str_obj::{self, Str};
use alloc::vec::Vec;
use number::{Grouping, Parts};
use spec::{Align, FormatError, Spec};

type FormatResult = Result<(), FormatError>;

/// `format(v, spec)` for an int (or, with `type_name` "bool", a bool's
/// value 0/1) with a non-empty spec.
pub fn format_int(v: i64, spec_text: &str, type_name: &str, out: &mut Vec<u8>) -> FormatResult {
    let spec = spec::parse(spec_text, type_name, Some('d'), Align::Right)?;
    match spec.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => render_int(v, &spec, out),
        // int.__format__ converts to float for these (correctly rounded).
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => render_float(v as f64, &spec, out),
        ty => Err(spec::unknown_type(ty.unwrap_or('\0'), type_name)),
    }
}

/// `format(v, spec)` for a float with a non-empty spec.
pub fn format_float(v: f64, spec_text: &str, out: &mut Vec<u8>) -> FormatResult {
    let spec = spec::parse(spec_text, "float", None, Align::Right)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => render_float(v, &spec, out),
        Some(ty) => Err(spec::unknown_type(ty, "float")),
    }
}

/// `format(text, spec)` for a str with a non-empty spec (`nchars` is the
/// code-point count of `text`).
pub fn format_str(text: &str, nchars: usize, spec_text: &str, out: &mut Vec<u8>) -> FormatResult {
    let spec = spec::parse(spec_text, "str", Some('s'), Align::Left)?;
    match spec.ty {
        Some('s') => render_str(text, nchars, &spec, out),
        ty => Err(spec::unknown_type(ty.unwrap_or('\0'), "str")),
    }
}

/// CPython's `format_long_internal`.
fn render_int(v: i64, spec: &Spec, out: &mut Vec<u8>) -> FormatResult {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            b"Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            b"Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        return render_char(v, spec, out);
    }
    let (radix, prefix): (u64, &[u8]) = match ty {
        'b' => (2, b"0b"),
        'o' => (8, b"0o"),
        'x' => (16, b"0x"),
        'X' => (16, b"0X"),
        _ => (10, b""),
    };
    let mut buf = [0u8; int_text::MAX_DIGITS];
    let digits = int_text::u64_digits(v.unsigned_abs(), radix, ty == 'X', &mut buf);
    let parts = Parts {
        negative: v < 0,
        prefix: if spec.alternate { prefix } else { b"" },
        digits,
        has_decimal: false,
        remainder: b"",
        remainder_chars: 0,
    };
    let grouping = match (ty, spec.grouping) {
        // 'n' groups by the C locale, which does not group.
        ('n', _) | (_, None) => None,
        (_, Some(sep)) => Some((sep as u8, if radix == 10 { 3 } else { 4 })),
    };
    number::layout(spec, &parts, grouping, out);
    Ok(())
}

/// The 'c' presentation: the character with code point `v`.
fn render_char(v: i64, spec: &Spec, out: &mut Vec<u8>) -> FormatResult {
    if spec.sign.is_some() {
        return Err(FormatError::value(
            b"Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            b"Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    if !(0..=0x10FFFF).contains(&v) {
        return Err(FormatError {
            kind: exc::ExcKind::OverflowError,
            message: b"%c arg not in range(0x110000)".to_vec(),
        });
    }
    let Some(c) = char::from_u32(v as u32) else {
        // pyaot limitation: strings are UTF-8 and cannot hold a lone surrogate.
        return Err(FormatError::value(
            b"pyaot: strings cannot hold surrogate code points",
        ));
    };
    let mut utf8 = [0u8; 4];
    let parts = Parts {
        negative: false,
        prefix: b"",
        digits: b"",
        has_decimal: false,
        remainder: c.encode_utf8(&mut utf8).as_bytes(),
        remainder_chars: 1,
    };
    number::layout(spec, &parts, None, out);
    Ok(())
}

/// CPython's `format_float_internal`.
fn render_float(v: f64, spec: &Spec, out: &mut Vec<u8>) -> FormatResult {
    let precision = spec.precision;
    if precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value(b"precision too big"));
    }
    let mut flags = Flags {
        alternate: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..Flags::default()
    };
    let (mut style, default_precision) = match spec.ty {
        // No type: repr() when there is no precision, else like 'g' but
        // always with a point or exponent.
        None => {
            flags.add_dot_0 = true;
            (Style::Repr, 0)
        }
        Some('e' | 'E') => (Style::Exponent, 6),
        Some('f' | 'F' | '%') => (Style::Fixed, 6),
        _ => (Style::General, 6),
    };
    flags.upper = matches!(spec.ty, Some('E' | 'F' | 'G'));
    let percent = spec.ty == Some('%');
    let value = if percent { v * 100.0 } else { v };
    let precision = match precision {
        None => default_precision,
        Some(p) => {
            if style == Style::Repr {
                style = Style::General;
            }
            p
        }
    };
    let mut text = Vec::new();
    float_text::to_text(value, style, precision, flags, &mut text);
    if percent {
        text.push(b'%');
    }
    // Split "-1234.5e+06" into sign, integer digits, point and the rest.
    let (negative, unsigned) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text.as_slice()),
    };
    let int_len = unsigned.iter().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = unsigned.split_at(int_len);
    let (has_decimal, remainder) = match rest.split_first() {
        Some((b'.', tail)) => (true, tail),
        _ => (false, rest),
    };
    let grouping: Grouping = match (spec.ty, spec.grouping) {
        (Some('n'), _) | (_, None) => None,
        (_, Some(sep)) => Some((sep as u8, 3)),
    };
    let parts = Parts {
        negative,
        prefix: b"",
        digits,
        has_decimal,
        remainder,
        remainder_chars: remainder.len(),
    };
    number::layout(spec, &parts, grouping, out);
    Ok(())
}

/// CPython's `format_string_internal`.
fn render_str(text: &str, nchars: usize, spec: &Spec, out: &mut Vec<u8>) -> FormatResult {
    match spec.sign {
        Some(' ') => {
            return Err(FormatError::value(
                b"Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                b"Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            b"Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            b"Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Align::AfterSign {
        return Err(FormatError::value(
            b"'=' alignment not allowed in string format specifier",
        ));
    }
    let (shown, len) = match spec.precision {
        Some(p) if p < nchars => (
            text.char_indices()
                .nth(p)
                .map_or(text, |(i, _)| text.get(..i).unwrap_or(text)),
            p,
        ),
        _ => (text, nchars),
    };
    let padding = spec.width.map_or(0, |w| w.saturating_sub(len));
    let left = match spec.align {
        Align::Right => padding,
        Align::Center => padding / 2,
        _ => 0,
    };
    number::put_fill(out, spec.fill, left);
    out.extend_from_slice(shown.as_bytes());
    number::put_fill(out, spec.fill, padding - left);
    Ok(())
}

/// Converts a formatter's result into a new string or a pending exception.
fn finish(result: FormatResult, out: &[u8]) -> *mut Str {
    match result {
        Ok(()) => str_obj::new(out),
        Err(err) => exc::fail_null(err.kind, &err.message),
    }
}

/// `Str *pyaot_format_int(int64_t v, const Str *spec)`: `format(v, spec)`.
/// Returns a new reference, or NULL with ValueError/OverflowError pending.
///
/// # Safety
/// `spec` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_format_int(v: i64, spec: *const Str) -> *mut Str {
    // SAFETY: live string (caller).
    let spec = unsafe { str_obj::as_str(spec) };
    if spec.is_empty() {
        return crate::str_ops::pyaot_str_from_int(v);
    }
    let mut out = Vec::new();
    finish(format_int(v, spec, "int", &mut out), &out)
}

/// `Str *pyaot_format_bool(uint8_t v, const Str *spec)`: `format(v, spec)`
/// for a bool: "True"/"False" for an empty spec, else the int 0/1 (as
/// CPython, where `format(True, '>5')` is `'    1'`). Returns a new
/// reference, or NULL with ValueError pending.
///
/// # Safety
/// `spec` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_format_bool(v: u8, spec: *const Str) -> *mut Str {
    // SAFETY: live string (caller).
    let spec = unsafe { str_obj::as_str(spec) };
    if spec.is_empty() {
        return crate::str_ops::pyaot_str_from_bool(v);
    }
    let mut out = Vec::new();
    finish(format_int((v != 0) as i64, spec, "bool", &mut out), &out)
}

/// `Str *pyaot_format_float(double v, const Str *spec)`: `format(v, spec)`.
/// Returns a new reference, or NULL with ValueError pending.
///
/// # Safety
/// `spec` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_format_float(v: f64, spec: *const Str) -> *mut Str {
    // SAFETY: live string (caller).
    let spec = unsafe { str_obj::as_str(spec) };
    if spec.is_empty() {
        return crate::str_ops::pyaot_str_from_float(v);
    }
    let mut out = Vec::new();
    finish(format_float(v, spec, &mut out), &out)
}

/// `Str *pyaot_format_str(const Str *v, const Str *spec)`: `format(v,
/// spec)`. Borrows both; returns a new reference, or NULL with ValueError
/// pending.
///
/// # Safety
/// `v` and `spec` are live strings.
#[no_mangle]
pub unsafe extern "C" fn pyaot_format_str(v: *const Str, spec: *const Str) -> *mut Str {
    // SAFETY: live strings (caller).
    let (text, nchars, spec) = unsafe {
        (
            str_obj::as_str(v),
            str_obj::nchars(v),
            str_obj::as_str(spec),
        )
    };
    if spec.is_empty() {
        // SAFETY: live string; the new reference goes to the caller.
        unsafe { object::incref(v.cast()) };
        return v.cast_mut();
    }
    let mut out = Vec::new();
    finish(format_str(text, nchars, spec, &mut out), &out)
}

#[cfg(test)]
mod tests;
