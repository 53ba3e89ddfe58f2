//! Parsing the format-spec mini-language, as CPython 3.11's
//! `parse_internal_render_format_spec` (Python/formatter_unicode.c):
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//!
//! Parsing checks only what does not depend on the value's type (plus the
//! separator/type combinations); each type's formatter checks the rest.

use crate::exc::ExcKind;
use crate::int_text;
use crate::sink::ByteSink;
use crate::unicode;
use alloc::vec::Vec;

/// Where padding goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: between the sign (and prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// A parsed format spec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Spec {
    pub fill: char,
    pub align: Align,
    /// `+`, `-` or ` ` when given (strings reject even `-`).
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive (floats only).
    pub no_neg_0: bool,
    /// `#`
    pub alternate: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type; the formatter's default when not given
    /// (None only for floats, whose default type has no letter).
    pub ty: Option<char>,
}

/// A formatting failure: the exception to raise.
#[derive(Debug, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ExcKind,
    pub message: Vec<u8>,
}

impl FormatError {
    pub fn value(message: &[u8]) -> FormatError {
        FormatError {
            kind: ExcKind::ValueError,
            message: message.to_vec(),
        }
    }
}

/// Parses `spec` for a value of Python type `type_name`, whose formatter
/// defaults to `default_type` and `default_align`.
pub fn parse(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: Align,
) -> Result<Spec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut pos = 0;
    let at = |i: usize| chars.get(i).copied();
    let mut out = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        ty: default_type,
    };
    let mut fill_given = false;
    let mut align_given = false;
    if let Some(align) = at(1).and_then(Align::from_char) {
        out.align = align;
        out.fill = at(0).unwrap_or(' ');
        (fill_given, align_given) = (true, true);
        pos = 2;
    } else if let Some(align) = at(0).and_then(Align::from_char) {
        out.align = align;
        align_given = true;
        pos = 1;
    }
    if let Some(sign @ ('+' | '-' | ' ')) = at(pos) {
        out.sign = Some(sign);
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    // '0' before the width means zero padding (unless a fill was given).
    if !fill_given && at(pos) == Some('0') {
        out.fill = '0';
        if !align_given && default_align == Align::Right {
            out.align = Align::AfterSign;
        }
        pos += 1;
    }
    out.width = parse_integer(&chars, &mut pos)?;
    if at(pos) == Some(',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(FormatError::value(b"Cannot specify both ',' and '_'."));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if at(pos) == Some(',') && out.grouping == Some('_') {
        return Err(FormatError::value(b"Cannot specify both ',' and '_'."));
    }
    if at(pos) == Some('.') {
        pos += 1;
        out.precision = parse_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(FormatError::value(b"Format specifier missing precision"));
        }
    }
    match chars.len().saturating_sub(pos) {
        0 => {}
        1 => out.ty = at(pos),
        _ => {
            let mut msg = b"Invalid format specifier '".to_vec();
            msg.put(spec.as_bytes());
            msg.put(b"' for object of type '");
            msg.put(type_name.as_bytes());
            msg.put(b"'");
            return Err(FormatError::value(&msg));
        }
    }
    if let Some(sep) = out.grouping {
        match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            // Underscores group bin/oct/hex by four (PEP 515).
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(ty) => {
                let mut msg = b"Cannot specify '".to_vec();
                put_char(&mut msg, sep);
                msg.put(b"' with ");
                put_code(&mut msg, ty);
                msg.put(b".");
                return Err(FormatError::value(&msg));
            }
        }
    }
    Ok(out)
}

/// Reads a run of decimal digits (any script's, as CPython accepts) at
/// `pos`; None if there are none.
fn parse_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut value: Option<usize> = None;
    while let Some(digit) = chars.get(*pos).and_then(|&c| unicode::decimal_value(c)) {
        // CPython's bound is PY_SSIZE_T_MAX.
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize);
        let Some(next) = next else {
            return Err(FormatError::value(
                b"Too many decimal digits in format string",
            ));
        };
        value = Some(next);
        *pos += 1;
    }
    Ok(value)
}

pub fn put_char(out: &mut Vec<u8>, c: char) {
    let mut utf8 = [0u8; 4];
    out.put(c.encode_utf8(&mut utf8).as_bytes());
}

/// A presentation type in messages: `'x'` if printable ASCII, else
/// `'\x<hex>'` (CPython's `%c` / `\\x%x` split).
pub fn put_code(out: &mut Vec<u8>, ty: char) {
    out.put_byte(b'\'');
    if (33..128).contains(&(ty as u32)) {
        put_char(out, ty);
    } else {
        let mut digits = [0u8; int_text::MAX_DIGITS];
        out.put(b"\\x");
        out.put(int_text::u64_digits(ty as u64, 16, false, &mut digits));
    }
    out.put_byte(b'\'');
}

/// "Unknown format code 'c' for object of type 'float'".
pub fn unknown_type(ty: char, type_name: &str) -> FormatError {
    let mut msg = b"Unknown format code ".to_vec();
    put_code(&mut msg, ty);
    msg.put(b" for object of type '");
    msg.put(type_name.as_bytes());
    msg.put(b"'");
    FormatError {
        kind: ExcKind::ValueError,
        message: msg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        let spec = parse("*^+z#012_.3f", "float", None, Align::Right).unwrap();
        assert_eq!(
            spec,
            Spec {
                fill: '*',
                align: Align::Center,
                sign: Some('+'),
                no_neg_0: true,
                alternate: true,
                width: Some(12),
                grouping: Some('_'),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        // '0' turns into '=' alignment with a zero fill for numbers only.
        let spec = parse("08", "int", Some('d'), Align::Right).unwrap();
        assert_eq!(
            (spec.fill, spec.align, spec.width),
            ('0', Align::AfterSign, Some(8))
        );
        let spec = parse("08", "str", Some('s'), Align::Left).unwrap();
        assert_eq!((spec.fill, spec.align), ('0', Align::Left));
        // A fill that is itself an align character, and a non-ASCII fill.
        assert_eq!(
            parse("<<", "str", Some('s'), Align::Left).unwrap().fill,
            '<'
        );
        assert_eq!(
            parse("€>5", "str", Some('s'), Align::Left).unwrap().fill,
            '€'
        );
        assert_eq!(
            parse("\u{663}", "int", Some('d'), Align::Right)
                .unwrap()
                .width,
            Some(3)
        );
    }
}
