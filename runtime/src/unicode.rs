//! Character classes and case mappings as CPython 3.11 defines them
//! (Unicode 14.0.0), over the generated tables in `unicode_tables`.
//!
//! Rust's own Unicode data (`char::is_alphabetic`, `char::to_uppercase`) is
//! a newer version (Unicode 17 in Rust 1.95), so using it would make output
//! differ from CPython for recently assigned characters: 55 more characters
//! have an uppercase there, e.g. U+019B 'ƛ', whose uppercase U+A7DC came in
//! Unicode 16, while CPython 3.11's `'ƛ'.upper()` is 'ƛ'. ASCII takes a
//! fast path that never touches the tables.

use crate::unicode_tables::{
    ALPHA_FLIPS, CASED_FLIPS, CASE_IGNORABLE_FLIPS, CASE_RECORDS, CASE_RUNS, CASE_SPECIAL,
    DECIMAL_ZEROS, DIGIT_FLIPS, IDENT_CONTINUE_FLIPS, IDENT_START_FLIPS, LOWER_FLIPS,
    NUMERIC_FLIPS, PRINTABLE_FLIPS, SPACES, SPECIAL_FLAG, TITLE_FLIPS, UPPER_FLIPS,
};

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
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ');
    }
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

/// Whether `c` belongs to the class a flip table describes: the code points
/// from each even-indexed entry up to (not including) the next one.
fn in_class(flips: &[u32], c: char) -> bool {
    flips.partition_point(|&flip| flip <= c as u32) % 2 == 1
}

/// `str.isdecimal()` for one character (category Nd).
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `str.isdigit()` for one character: decimals plus digits such as '²'.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_class(&DIGIT_FLIPS, c)
}

/// `str.isnumeric()` for one character: digits plus numerals such as '½'.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_class(&NUMERIC_FLIPS, c)
}

/// `str.isalpha()` for one character (categories Lu, Ll, Lt, Lm, Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_class(&ALPHA_FLIPS, c)
}

/// `str.isalnum()` for one character: CPython's `isalpha() or
/// isdecimal() or isdigit() or isnumeric()`, where each class of the last
/// three contains the one before.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// CPython's lowercase flag (Unicode's Lowercase property).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_class(&LOWER_FLIPS, c)
}

/// CPython's uppercase flag (Unicode's Uppercase property).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_class(&UPPER_FLIPS, c)
}

/// CPython's titlecase flag (category Lt, e.g. 'ǅ').
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_class(&TITLE_FLIPS, c)
}

/// CPython's cased flag: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_class(&CASED_FLIPS, c)
}

/// CPython's case-ignorable flag (e.g. apostrophe, '.', combining marks),
/// which the final-sigma rule of `str.lower()` skips over.
pub fn is_case_ignorable(c: char) -> bool {
    in_class(&CASE_IGNORABLE_FLIPS, c)
}

/// Whether `c` may start an identifier (XID_Start or '_').
pub fn is_ident_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_class(&IDENT_START_FLIPS, c)
}

/// Whether `c` may continue an identifier (XID_Continue).
pub fn is_ident_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_class(&IDENT_CONTINUE_FLIPS, c)
}

/// Which case mapping to apply; the discriminant indexes a case record.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Case {
    Upper = 0,
    Lower = 1,
    Title = 2,
    Fold = 3,
}

/// The result of a full case mapping: one to three characters.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Mapped {
    chars: [char; 3],
    len: usize,
}

impl Mapped {
    /// The character itself.
    pub fn one(c: char) -> Mapped {
        Mapped {
            chars: [c, '\0', '\0'],
            len: 1,
        }
    }

    pub fn as_slice(&self) -> &[char] {
        self.chars.get(..self.len).unwrap_or(&[])
    }
}

/// The full case mapping of `c` (SpecialCasing included, context-free):
/// what CPython's `_PyUnicode_ToUpperFull` and friends produce, so
/// `to_case('ß', Case::Upper)` is "SS". The final-sigma rule is the
/// caller's (see `str_case`).
pub fn to_case(c: char, case: Case) -> Mapped {
    if c.is_ascii() {
        return Mapped::one(match case {
            Case::Upper | Case::Title => c.to_ascii_uppercase(),
            Case::Lower | Case::Fold => c.to_ascii_lowercase(),
        });
    }
    let cp = c as u32;
    let run = CASE_RUNS
        .partition_point(|run| run.0 <= cp)
        .checked_sub(1)
        .and_then(|i| CASE_RUNS.get(i));
    let Some(&(first, last, even, odd)) = run.filter(|run| cp <= run.1) else {
        return Mapped::one(c);
    };
    debug_assert!(first <= cp && cp <= last);
    let record = if (cp - first).is_multiple_of(2) {
        even
    } else {
        odd
    };
    let Some(&field) = CASE_RECORDS
        .get(record as usize)
        .and_then(|fields| fields.get(case as usize))
    else {
        return Mapped::one(c);
    };
    if field >= SPECIAL_FLAG {
        let Some(&special) = CASE_SPECIAL.get((field - SPECIAL_FLAG) as usize) else {
            return Mapped::one(c);
        };
        let mut out = Mapped::one(c);
        out.len = 0;
        for code in special.into_iter().take_while(|&code| code != 0) {
            if let (Some(slot), Some(mapped)) = (out.chars.get_mut(out.len), char::from_u32(code)) {
                *slot = mapped;
                out.len += 1;
            }
        }
        return out;
    }
    let mapped = (cp as i32).wrapping_add(field) as u32;
    Mapped::one(char::from_u32(mapped).unwrap_or(c))
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

    /// FNV-1a (64-bit) over bytes, for the exhaustive checks below.
    struct Fnv(u64);

    impl Fnv {
        fn put(&mut self, c: char) {
            for &b in c.encode_utf8(&mut [0; 4]).as_bytes() {
                self.0 = (self.0 ^ b as u64).wrapping_mul(0x100000001b3);
            }
        }
    }

    fn every_char() -> impl Iterator<Item = char> {
        (0..0x110000).filter_map(char::from_u32)
    }

    /// (count, FNV-1a of the UTF-8 of every member in code point order).
    fn class_digest(pred: fn(char) -> bool) -> (usize, u64) {
        let mut h = Fnv(0xcbf29ce484222325);
        let count = every_char()
            .filter(|&c| pred(c))
            .inspect(|&c| h.put(c))
            .count();
        (count, h.0)
    }

    /// (chars, FNV-1a) of the mappings of every character, concatenated.
    fn mapping_digest(case: Case) -> (usize, u64) {
        let mut h = Fnv(0xcbf29ce484222325);
        let mut count = 0;
        for c in every_char() {
            for &m in to_case(c, case).as_slice() {
                h.put(m);
                count += 1;
            }
        }
        (count, h.0)
    }

    // The expected digests come from CPython 3.11 over all code points but
    // surrogates, with fnv(b) = FNV-1a 64 of bytes b:
    //   chars = [chr(c) for c in range(0x110000) if not 0xd800 <= c < 0xe000]
    //   sel = ''.join(c for c in chars if c.isalpha())   # etc.
    //   print(len(sel), hex(fnv(sel.encode())))
    #[test]
    fn classes_match_cpython_exhaustively() {
        assert_eq!(class_digest(is_alpha), (131756, 0x3a1cfcd5b551ca57));
        assert_eq!(class_digest(is_decimal), (660, 0xb16c8d5fc0e071bb));
        assert_eq!(class_digest(is_digit), (788, 0xe35e733fe5ce8080));
        assert_eq!(class_digest(is_numeric), (1872, 0x36c7d8fcd42d5d49));
        assert_eq!(class_digest(is_alnum), (133547, 0xc9a45b03a0167626));
        assert_eq!(class_digest(is_lower), (2471, 0xbc10b88fa5f0c3de));
        assert_eq!(class_digest(is_upper), (1951, 0xd4daa05494dd8ca4));
        // unicodedata.category(c) == 'Lt'
        assert_eq!(class_digest(is_title), (31, 0xcd307128edadb6ce));
        // c.isidentifier(), ('a' + c).isidentifier()
        assert_eq!(class_digest(is_ident_start), (131975, 0xf60f79823a3ef053));
        assert_eq!(
            class_digest(is_ident_continue),
            (135053, 0xb10272c7cf40b438)
        );
        assert_eq!(class_digest(is_space), (29, 0xb86ae67af98ec53a));
        assert_eq!(class_digest(is_printable), (144516, 0x5598a5b0991a957f));
    }

    // As above, with sel = ''.join(c.upper() for c in chars), and likewise
    // lower(), title() and casefold().
    #[test]
    fn case_mappings_match_cpython_exhaustively() {
        assert_eq!(mapping_digest(Case::Upper), (1112182, 0xf1a6102c65729830));
        assert_eq!(mapping_digest(Case::Lower), (1112065, 0xc319d02e8283b91e));
        assert_eq!(mapping_digest(Case::Title), (1112128, 0x5553b8be0b3cbf35));
        assert_eq!(mapping_digest(Case::Fold), (1112184, 0x5fd6a1292f7b8d6c));
    }

    #[test]
    fn case_mapping_examples() {
        let map = |c, case| std::string::String::from_iter(to_case(c, case).as_slice());
        // python3 -c "print('ß'.upper(), 'ß'.title(), 'ß'.casefold(), 'ǆ'.title(), 'İ'.lower(), 'ﬃ'.upper(), 'ƛ'.upper())"
        assert_eq!(map('ß', Case::Upper), "SS");
        assert_eq!(map('ß', Case::Title), "Ss");
        assert_eq!(map('ß', Case::Fold), "ss");
        assert_eq!(map('ǆ', Case::Title), "ǅ");
        assert_eq!(map('İ', Case::Lower), "i\u{307}");
        assert_eq!(map('ﬃ', Case::Upper), "FFI");
        assert_eq!(map('ƛ', Case::Upper), "ƛ");
        assert!(is_cased('ǅ') && is_case_ignorable('\'') && is_case_ignorable('\u{301}'));
        assert!(!is_cased('1') && !is_case_ignorable('a'));
    }
}
