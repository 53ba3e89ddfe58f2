//! Laying out a formatted number: sign, prefix, padding and digit grouping,
//! as CPython 3.11's `calc_number_widths` + `fill_number` and
//! `_PyUnicode_InsertThousandsGrouping`.
//!
//! The number arrives split into parts; the output is
//! `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`, where
//! at most one of the three paddings is non-empty. With `=` alignment and
//! a '0' fill the padding is made of digits instead, and gets grouped too
//! (`format(1234, '010,')` is `00,001,234`).

use super::spec::{put_char, Align, Spec};
use crate::sink::ByteSink;
use alloc::vec::Vec;

/// A number split for layout. Everything is ASCII except `remainder` for
/// the 'c' type, hence the separate character count.
pub struct Parts<'a> {
    pub negative: bool,
    /// "0x" and friends (with '#').
    pub prefix: &'a [u8],
    /// The integer digits, grouped and zero-padded.
    pub digits: &'a [u8],
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Fraction digits, exponent, '%', or the character of 'c'.
    pub remainder: &'a [u8],
    pub remainder_chars: usize,
}

/// How digits are grouped: the separator and the group size.
pub type Grouping = Option<(u8, usize)>;

/// Appends the laid-out number to `out`.
pub fn layout(spec: &Spec, parts: &Parts<'_>, grouping: Grouping, out: &mut Vec<u8>) {
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some(b'-'),
        (Some('+'), false) => Some(b'+'),
        (Some(' '), false) => Some(b' '),
        _ => None,
    };
    let n_non_digit = sign.is_some() as isize
        + parts.prefix.len() as isize
        + parts.has_decimal as isize
        + parts.remainder_chars as isize;
    let width = spec.width.map_or(-1, |w| w as isize);
    let min_width = if spec.fill == '0' && spec.align == Align::AfterSign {
        width - n_non_digit
    } else {
        0
    };
    let mut grouped = Vec::new();
    if !parts.digits.is_empty() {
        // Only 'c' has no digits; it must not get a "0".
        group_digits(parts.digits, min_width, grouping, &mut grouped);
    }
    let padding = (width - (n_non_digit + grouped.len() as isize)).max(0) as usize;
    let (lpad, spad, rpad) = match spec.align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    put_fill(out, spec.fill, lpad);
    if let Some(sign) = sign {
        out.put_byte(sign);
    }
    out.put(parts.prefix);
    put_fill(out, spec.fill, spad);
    out.put(&grouped);
    if parts.has_decimal {
        out.put_byte(b'.');
    }
    out.put(parts.remainder);
    put_fill(out, spec.fill, rpad);
}

pub fn put_fill(out: &mut Vec<u8>, fill: char, count: usize) {
    if fill.is_ascii() {
        out.put_repeated(fill as u8, count);
    } else {
        for _ in 0..count {
            put_char(out, fill);
        }
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: `digits` with separators, padded
/// with leading zeros (grouped as well) to at least `min_width` bytes.
/// Built right to left, as CPython does, then reversed.
fn group_digits(digits: &[u8], min_width: isize, grouping: Grouping, out: &mut Vec<u8>) {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as isize;
    let mut rest = digits;
    let mut reversed = Vec::with_capacity(digits.len() + digits.len() / 3 + min_width as usize);
    let mut use_separator = false;
    let mut emit = |l: isize, remaining: isize, rest: &mut &[u8], use_separator: bool| {
        let zeros = (l - remaining).max(0) as usize;
        let take = remaining.min(l).max(0) as usize;
        if let Some((sep, _)) = grouping.filter(|_| use_separator) {
            reversed.push(sep);
        }
        let (head, tail) = rest.split_at(rest.len() - take);
        reversed.extend(tail.iter().rev());
        *rest = head;
        reversed.resize(reversed.len() + zeros, b'0');
        take as isize
    };
    match grouping {
        Some((_, size)) => loop {
            let l = (size as isize).min(remaining.max(min_width).max(1));
            remaining -= emit(l, remaining, &mut rest, use_separator);
            use_separator = true;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1; // the separator's width
        },
        None => {
            let l = remaining.max(min_width).max(1);
            emit(l, remaining, &mut rest, false);
        }
    }
    out.extend(reversed.iter().rev());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grouped(digits: &str, min_width: isize, grouping: Grouping) -> std::string::String {
        let mut out = Vec::new();
        group_digits(digits.as_bytes(), min_width, grouping, &mut out);
        std::string::String::from_utf8(out).unwrap()
    }

    #[test]
    fn grouping() {
        let comma = Some((b',', 3));
        assert_eq!(grouped("1234567", 0, comma), "1,234,567");
        assert_eq!(grouped("123", 0, comma), "123");
        assert_eq!(grouped("1234", 0, comma), "1,234");
        // format(1234, '010,') == '00,001,234'; format(1234, '09,') == '0,001,234'
        assert_eq!(grouped("1234", 10, comma), "00,001,234");
        assert_eq!(grouped("1234", 9, comma), "0,001,234");
        assert_eq!(grouped("1234", 8, comma), "0,001,234");
        assert_eq!(grouped("1234", 4, None), "1234");
        assert_eq!(grouped("1234", 7, None), "0001234");
        assert_eq!(grouped("11111111", 0, Some((b'_', 4))), "1111_1111");
    }
}
