//! Integers to text without `core::fmt` (hello world prints ints too, and
//! core::fmt would add kilobytes to every binary).

use crate::sink::ByteSink;

/// Enough for 64 binary digits.
pub const MAX_DIGITS: usize = 64;

/// The digits of `v` in `radix` (2..=16), most significant first, written
/// at the end of `buf`; returns the used tail. `0` gives `"0"`.
pub fn u64_digits(mut v: u64, radix: u64, upper: bool, buf: &mut [u8; MAX_DIGITS]) -> &[u8] {
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let radix = radix.clamp(2, 16);
    let mut used = 0;
    // Filling from the back through an iterator keeps the loop free of
    // bounds checks (and so of panic paths): 64 slots always suffice.
    for slot in buf.iter_mut().rev() {
        *slot = table[(v % radix) as usize & 15];
        used += 1;
        v /= radix;
        if v == 0 {
            break;
        }
    }
    buf.get(MAX_DIGITS - used..).unwrap_or(&[])
}

/// Writes `str(v)` for an i64.
pub fn write_i64(out: &mut impl ByteSink, v: i64) {
    let mut buf = [0u8; MAX_DIGITS];
    if v < 0 {
        out.put_byte(b'-');
    }
    // unsigned_abs handles i64::MIN, whose magnitude does not fit in i64.
    out.put(u64_digits(v.unsigned_abs(), 10, false, &mut buf));
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    fn dec(v: i64) -> Vec<u8> {
        let mut out = Vec::new();
        write_i64(&mut out, v);
        out
    }

    #[test]
    fn decimal() {
        assert_eq!(dec(0), b"0");
        assert_eq!(dec(-7), b"-7");
        assert_eq!(dec(1234567890), b"1234567890");
        // python3 -c 'print(-2**63, 2**63-1)'
        assert_eq!(dec(i64::MIN), b"-9223372036854775808");
        assert_eq!(dec(i64::MAX), b"9223372036854775807");
    }

    #[test]
    fn radixes() {
        let mut buf = [0u8; MAX_DIGITS];
        assert_eq!(u64_digits(255, 16, false, &mut buf), b"ff");
        assert_eq!(u64_digits(255, 16, true, &mut buf), b"FF");
        assert_eq!(u64_digits(8, 8, false, &mut buf), b"10");
        assert_eq!(u64_digits(u64::MAX, 2, false, &mut buf).len(), 64);
    }
}
