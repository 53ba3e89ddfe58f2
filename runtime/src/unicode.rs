//! Character classes as CPython 3.11 defines them (Unicode 14.0.0), over
//! the generated tables in `unicode_tables`. Rust's own Unicode data is a
//! newer version, so using it would make output differ from CPython for
//! recently assigned characters.

use crate::unicode_tables::{DECIMAL_ZEROS, PRINTABLE_FLIPS, SPACES};

/// `str.isprintable()` for one character (what `repr` leaves unescaped).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    // Printability flips at each listed code point, starting printable.
    PRINTABLE_FLIPS.partition_point(|&flip| flip <= c as u32) % 2 == 0
}

/// `str.isspace()` for one character.
pub fn is_space(c: char) -> bool {
    SPACES.binary_search(&(c as u32)).is_ok()
}

/// The value of a decimal digit (any script's Nd character), as `int()`
/// and `float()` accept them.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let zero = match DECIMAL_ZEROS.partition_point(|&z| z <= c) {
        0 => return None,
        i => DECIMAL_ZEROS.get(i - 1).copied()?,
    };
    let value = c - zero;
    (value < 10).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable() {
        // python3 -c 'print([c.isprintable() for c in " ~\x7f\xa0\xa1\xad\u0378é\u200b\U0010ffff"])'
        let expect = [
            true, true, false, false, true, false, false, true, false, false,
        ];
        for (c, want) in " ~\x7f\u{a0}\u{a1}\u{ad}\u{378}é\u{200b}\u{10ffff}"
            .chars()
            .zip(expect)
        {
            assert_eq!(is_printable(c), want, "{c:?}");
        }
        // Assigned after Unicode 14, so unprintable in CPython 3.11.
        assert!(!is_printable('\u{1F6DC}'));
    }

    #[test]
    fn spaces_and_digits() {
        assert!(
            is_space(' ') && is_space('\u{3000}') && is_space('\u{85}') && !is_space('\u{200b}')
        );
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3)); // ARABIC-INDIC DIGIT THREE
        assert_eq!(decimal_value('\u{ff19}'), Some(9)); // FULLWIDTH DIGIT NINE
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{b2}'), None); // superscript two: No, not Nd
    }
}
