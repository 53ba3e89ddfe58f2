//! CPython's `hash()` of numbers and tuples, for the containers whose
//! iteration order shows their hashes.
//!
//! A set iterates its hash table in slot order, so `print({5, 3, 100})`
//! shows the hashes; CPython's are deterministic for ints, floats, bools
//! and tuples of them, and this module computes the same values: an int is
//! reduced modulo the Mersenne prime 2**61 - 1 keeping its sign
//! (`Python/pyhash.c`, `Objects/longobject.c`), a float by
//! `_Py_HashDouble` (so `hash(2.0) == hash(2)`), a tuple by CPython 3.11's
//! xxHash-based `tuplehash` over its items' hashes. -1 is never a hash (it
//! means "error" in CPython), so it becomes -2. Strings use pyaot's own
//! cached hash (`pyaot_str_hash`): CPython randomizes string hashes per
//! process, so no program can depend on their order. A NaN float hashes to
//! 0 (CPython hashes it by object identity, which no program can predict
//! either; pyaot's NaNs never equal anything, see `dict_obj`).
//!
//! Dicts do not use these values: their order is insertion order, so they
//! keep `dict_obj`'s faster-to-spread hash for ints.

use crate::list_obj::Elem;
use crate::str_methods::pyaot_str_hash;
use crate::str_obj::Str;
use crate::tuple_obj::{self, Tuple};

/// `sys.hash_info.width - 3`: the modulus is `2**BITS - 1`.
const BITS: u32 = 61;
/// `sys.hash_info.modulus`, 2**61 - 1.
const MODULUS: u64 = (1 << BITS) - 1;
/// `hash(float('inf'))`.
const INF: i64 = 314_159;

/// -1 is reserved, as in CPython.
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(i)` for an int (also a bool, as 0/1).
pub fn int(i: i64) -> i64 {
    let r = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -r } else { r })
}

/// `hash(f)` for a float, as `_Py_HashDouble` (a NaN gives 0; see the
/// module doc).
pub fn float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    // Process 28 bits at a time, as CPython does.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    // Reduce the exponent modulo BITS, then rotate by it.
    let bits = BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    fix((x as i64).wrapping_mul(sign))
}

/// C's `frexp` for a finite value: `v == m * 2**e` with `0.5 <= |m| < 1`
/// (`(0.0, 0)` for zero).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 18_014_398_509_481_984.0); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `hash(x)` of a slot value of kind `elem`, for the hashable kinds (int,
/// bool, float, str, tuple); other kinds never reach a hash table.
///
/// # Safety
/// `slot` is a valid slot value of kind `elem`.
pub unsafe fn slot(elem: Elem, slot: u64) -> i64 {
    match elem {
        Elem::Int | Elem::Bool => int(slot as i64),
        Elem::Float => float(f64::from_bits(slot)),
        // SAFETY: a live string (caller); its hash is never -1.
        Elem::Str => unsafe { pyaot_str_hash(slot as usize as *const Str) },
        // SAFETY: a live bytes object (caller); hashed like the equal str.
        Elem::Bytes => unsafe {
            crate::bytes_obj::pyaot_bytes_hash(slot as usize as *const crate::bytes_obj::Bytes)
        },
        // SAFETY: a live tuple of hashable items (caller).
        Elem::Tuple => unsafe { tuple_obj::hash(slot as usize as *const Tuple) as i64 },
        // None in a tuple: CPython 3.11 hashes it by address; any
        // constant will do. Instances hash by identity.
        Elem::None => 0x5f3c_6e61_4e6f_6e65,
        Elem::Obj => (slot >> 4) as i64,
        Elem::List | Elem::Dict | Elem::Set | Elem::Deque => 0,
    }
}

/// `int64_t pyaot_hash(uint32_t elem, uint64_t slot)`: the builtin
/// `hash(x)` of a value of element kind `elem` (int, bool, float, str,
/// bytes, tuple, None, or an instance without `__hash__`, which hashes by
/// identity as CPython's `_Py_HashPointer`: the address rotated right by
/// 4 bits).
///
/// # Safety
/// `slot` is a valid slot value of kind `elem`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_hash(elem: u32, value: u64) -> i64 {
    let Some(kind) = Elem::from_raw(elem) else {
        crate::heap::fatal(b"fatal error: pyaot_hash: bad element kind\n");
    };
    match kind {
        Elem::Obj => fix(value.rotate_right(4) as i64),
        // SAFETY: a valid value of kind `kind` (caller).
        _ => unsafe { slot(kind, value) },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_match_cpython() {
        // python3 -c "print(hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**63), hash(2**63 - 1))"
        // -> -2 0 1 -4 3
        assert_eq!(int(-1), -2);
        assert_eq!(int((1 << 61) - 1), 0);
        assert_eq!(int(1 << 61), 1);
        assert_eq!(int(i64::MIN), -4);
        assert_eq!(int(i64::MAX), 3);
        assert_eq!(int(12345), 12345);
        assert_eq!(int(-5), -5);
    }

    #[test]
    fn floats_match_cpython() {
        // python3 -c "print(hash(0.5), hash(1.5), hash(-2.25), hash(1e100), hash(3.0),
        //   hash(-1.0), hash(5e-324), hash(float('inf')), hash(0.1))"
        assert_eq!(float(0.5), 1_152_921_504_606_846_976);
        assert_eq!(float(1.5), 1_152_921_504_606_846_977);
        assert_eq!(float(-2.25), -576_460_752_303_423_490);
        assert_eq!(float(1e100), 1_822_893_315_824_342_674);
        assert_eq!(float(3.0), 3);
        assert_eq!(float(-1.0), -2);
        assert_eq!(float(5e-324), 16_777_216);
        assert_eq!(float(f64::INFINITY), 314_159);
        assert_eq!(float(0.1), 230_584_300_921_369_408);
    }
}
