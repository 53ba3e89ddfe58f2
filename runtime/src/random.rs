//! The `random` module: CPython's Mersenne Twister and `Lib/random.py`'s
//! algorithms on top of it, so a seeded program draws exactly CPython's
//! numbers.
//!
//! The generator is `Modules/_randommodule.c` rewritten (`init_genrand`,
//! `init_by_array`, `genrand_uint32`, `random()` from two draws,
//! `getrandbits`); the functions are `random.Random`'s methods in 3.11,
//! each consuming the generator in the same order (`_randbelow` is
//! `_randbelow_with_getrandbits`). One module-wide generator, as the
//! module-level functions share one hidden `Random` instance; until the
//! program seeds it, the first draw seeds it from the OS (`getrandom`), as
//! CPython does at import.
//!
//! Integer arithmetic runs in i128 where Python's ints would exceed i64
//! (`randrange(-2**63, 2**63 - 1)`'s width, `randint(a, 2**63 - 1)`'s
//! `b + 1`), so results are exact whenever they fit in 64 bits.

use crate::exc::{self, ExcKind};
use crate::global::runtime_global;
use crate::list_obj::{self, Elem, List};
use crate::math::libm;
use crate::str_obj::{self, Str};
use alloc::collections::BTreeSet;
use alloc::vec::Vec;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state: CPython's `RandomObject` plus `Random.gauss_next`.
struct Mt {
    state: [u32; N],
    /// The next word of `state` to temper; `N` means "regenerate";
    /// `N + 1` means "never seeded".
    index: usize,
    /// The second normal deviate `gauss()` made last time, if unused.
    gauss_next: Option<f64>,
}

runtime_global! {
    static MT: Mt = Mt { state: [0; N], index: N + 1, gauss_next: None };
}

impl Mt {
    /// `init_genrand`.
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.gauss_next = None;
    }

    /// Seeds from the OS, as `random_seed_urandom` does (N words).
    fn seed_from_os(&mut self) {
        let mut bytes = [0u8; N * 4];
        crate::libc::fill_random(&mut bytes);
        let key: Vec<u32> = bytes
            .chunks_exact(4)
            .map(|c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        self.init_by_array(&key);
    }

    /// `genrand_uint32`.
    fn next_u32(&mut self) -> u32 {
        if self.index > N {
            self.seed_from_os();
        }
        if self.index >= N {
            self.regenerate();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn regenerate(&mut self) {
        let mt = &mut self.state;
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `0 <= k <= 128`: 32-bit words, least
    /// significant first, the last one cut to the bits left.
    fn getrandbits(&mut self, k: u32) -> u128 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return u128::from(self.next_u32() >> (32 - k));
        }
        let (mut out, mut shift, mut left) = (0u128, 0u32, k);
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out |= u128::from(r) << shift;
            shift += 32;
            left = left.saturating_sub(32);
        }
        out
    }

    /// `_randbelow_with_getrandbits(n)`, `n > 0`.
    fn below(&mut self, n: u128) -> u128 {
        let k = 128 - n.leading_zeros();
        let mut r = self.getrandbits(k);
        while r >= n {
            r = self.getrandbits(k);
        }
        r
    }
}

fn with<R>(f: impl FnOnce(&mut Mt) -> R) -> R {
    MT.with(f)
}

/// The 32-bit words of a non-negative number given as little-endian bytes,
/// as CPython's `random_seed` takes them: at least one word, no high zero
/// words.
fn key_words(le: &[u8]) -> Vec<u32> {
    let mut key: Vec<u32> = le
        .chunks(4)
        .map(|c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            u32::from_le_bytes(w)
        })
        .collect();
    while key.len() > 1 && key.last() == Some(&0) {
        key.pop();
    }
    if key.is_empty() {
        key.push(0);
    }
    key
}

/// `random.seed(a)` for an int (or bool): the absolute value's words.
#[no_mangle]
pub extern "C" fn pyaot_random_seed(a: i64) {
    let key = key_words(&a.unsigned_abs().to_le_bytes());
    with(|mt| mt.init_by_array(&key));
}

/// `random.seed()` / `random.seed(None)`: fresh OS entropy.
#[no_mangle]
pub extern "C" fn pyaot_random_seed_none() {
    with(|mt| {
        mt.seed_from_os();
        mt.gauss_next = None;
    });
}

/// `random.seed(s)` for a str (version 2): the int whose big-endian bytes
/// are `s.encode() + sha512(s.encode()).digest()`.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_random_seed_str(s: *const Str) {
    // SAFETY: live string (caller).
    let text = unsafe { str_obj::bytes(s) };
    let mut be = Vec::with_capacity(text.len() + 64);
    be.extend_from_slice(text);
    be.extend_from_slice(&sha512(text));
    be.reverse();
    let key = key_words(&be);
    with(|mt| mt.init_by_array(&key));
}

/// `random.random()`.
#[no_mangle]
pub extern "C" fn pyaot_random_random() -> f64 {
    with(Mt::random)
}

/// Writes an i128 result that must fit an int, or raises pyaot's
/// OverflowError.
fn int_out(v: i128, what: &[u8], out: *mut i64) -> u8 {
    match i64::try_from(v) {
        Ok(v) => {
            // SAFETY: `out` is writable (every caller's contract).
            unsafe { out.write(v) };
            0
        }
        Err(_) => {
            let mut msg = Vec::from(&b"integer overflow in "[..]);
            msg.extend_from_slice(what);
            msg.extend_from_slice(b" (pyaot ints are 64-bit)");
            exc::fail_flag(ExcKind::OverflowError, &msg)
        }
    }
}

/// `random.getrandbits(k)`: raises ValueError for a negative `k`, and
/// OverflowError when the result does not fit 64 bits.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_random_getrandbits(k: i64, out: *mut i64) -> u8 {
    if k < 0 {
        return exc::fail_flag(ExcKind::ValueError, b"number of bits must be non-negative");
    }
    if k > 64 {
        // Consume what CPython would, then report the overflow.
        let words = (k as u64).div_ceil(32);
        with(|mt| {
            (0..words).for_each(|_| {
                mt.next_u32();
            })
        });
        return int_out(i128::MAX, b"getrandbits()", out);
    }
    let r = with(|mt| mt.getrandbits(k as u32));
    int_out(r as i128, b"getrandbits()", out)
}

/// A ValueError with `prefix` followed by `(a, b, c)`.
fn empty_range(a: i128, b: i128, c: i128) -> u8 {
    let mut msg = Vec::from(&b"empty range for randrange() ("[..]);
    for (i, v) in [a, b, c].into_iter().enumerate() {
        if i > 0 {
            msg.extend_from_slice(b", ");
        }
        push_int(&mut msg, v);
    }
    msg.push(b')');
    exc::fail_flag(ExcKind::ValueError, &msg)
}

fn push_int(out: &mut Vec<u8>, v: i128) {
    if v < 0 {
        out.push(b'-');
    }
    let mut digits = Vec::new();
    let mut u = v.unsigned_abs();
    loop {
        digits.push(b'0' + (u % 10) as u8);
        u /= 10;
        if u == 0 {
            break;
        }
    }
    digits.reverse();
    out.extend_from_slice(&digits);
}

/// `Random.randrange` in i128.
fn randrange(start: i128, stop: Option<i128>, step: i128, out: *mut i64) -> u8 {
    let Some(stop) = stop else {
        if start > 0 {
            let r = with(|mt| mt.below(start as u128));
            return int_out(r as i128, b"randrange()", out);
        }
        return exc::fail_flag(ExcKind::ValueError, b"empty range for randrange()");
    };
    let width = stop - start;
    if step == 1 {
        if width > 0 {
            let r = with(|mt| mt.below(width as u128));
            return int_out(start + r as i128, b"randrange()", out);
        }
        return empty_range(start, stop, width);
    }
    let n = match step.cmp(&0) {
        core::cmp::Ordering::Greater => (width + step - 1).div_euclid(step),
        core::cmp::Ordering::Less => floor_div(width + step + 1, step),
        core::cmp::Ordering::Equal => {
            return exc::fail_flag(ExcKind::ValueError, b"zero step for randrange()")
        }
    };
    if n <= 0 {
        return exc::fail_flag(ExcKind::ValueError, b"empty range for randrange()");
    }
    let r = with(|mt| mt.below(n as u128));
    int_out(start + step * r as i128, b"randrange()", out)
}

/// Python's `//` on i128.
fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// `random.randrange(start, stop, step)`; `has_stop` is 0 for
/// `randrange(stop)` (then `start` is the stop).
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_random_randrange(
    start: i64,
    stop: i64,
    step: i64,
    has_stop: u8,
    out: *mut i64,
) -> u8 {
    let stop = (has_stop != 0).then_some(i128::from(stop));
    randrange(i128::from(start), stop, i128::from(step), out)
}

/// `random.randint(a, b)`: `randrange(a, b + 1)`.
///
/// # Safety
/// `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_random_randint(a: i64, b: i64, out: *mut i64) -> u8 {
    randrange(i128::from(a), Some(i128::from(b) + 1), 1, out)
}

/// `random.choice(xs)` of a list: a new reference to a random item, or
/// IndexError for an empty list.
///
/// # Safety
/// `l` is a live list; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_random_choice(l: *const List, out: *mut u64) -> u8 {
    // SAFETY: live list (caller).
    let items = unsafe { list_obj::slots(l) };
    if items.is_empty() {
        return exc::fail_flag(ExcKind::IndexError, b"Cannot choose from an empty sequence");
    }
    let i = with(|mt| mt.below(items.len() as u128)) as usize;
    // SAFETY: `i < len`; the slot holds a value of the list's kind; `out`
    // is writable (caller).
    unsafe {
        list_obj::incref_item(list_obj::elem_of(l), items[i]);
        out.write(items[i]);
    }
    0
}

/// `random.shuffle(xs)`: CPython's loop, swapping slots in place.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_random_shuffle(l: *mut List) {
    // SAFETY: live list (caller); nothing else runs during the shuffle.
    let items = unsafe { list_obj::slots_mut(l) };
    with(|mt| {
        for i in (1..items.len()).rev() {
            let j = mt.below(i as u128 + 1) as usize;
            items.swap(i, j);
        }
    });
}

/// The indices `sample(population, k)` picks from a population of `n`,
/// in selection order: CPython's pool strategy for small populations, its
/// set strategy otherwise (both consume the generator as CPython does).
fn sample_indices(n: usize, k: usize) -> Vec<usize> {
    let mut setsize = 21usize;
    if k > 5 {
        // 4 ** ceil(log(k * 3, 4)), with math.log's float steps.
        // SAFETY: libm functions of positive finite doubles.
        let e = unsafe { libm::ceil(libm::log((k * 3) as f64) / libm::log(4.0)) };
        setsize += 4usize.saturating_pow(e as u32);
    }
    with(|mt| {
        if n <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            (0..k)
                .map(|i| {
                    let j = mt.below((n - i) as u128) as usize;
                    let picked = pool[j];
                    pool[j] = pool[n - i - 1];
                    picked
                })
                .collect()
        } else {
            let mut selected = BTreeSet::new();
            (0..k)
                .map(|_| {
                    let mut j = mt.below(n as u128) as usize;
                    while selected.contains(&j) {
                        j = mt.below(n as u128) as usize;
                    }
                    selected.insert(j);
                    j
                })
                .collect()
        }
    })
}

/// Checks `0 <= k <= n` as `sample` does.
fn sample_k(k: i64, n: usize) -> Option<usize> {
    let k = usize::try_from(k).ok().filter(|&k| k <= n);
    if k.is_none() {
        exc::raise(
            ExcKind::ValueError,
            b"Sample larger than population or is negative",
        );
    }
    k
}

/// `random.sample(xs, k)` of a list: a new list of the same kind.
///
/// # Safety
/// `l` is a live list.
#[no_mangle]
pub unsafe extern "C" fn pyaot_random_sample(l: *const List, k: i64) -> *mut List {
    // SAFETY: live list (caller).
    let (items, elem) = unsafe { (list_obj::slots(l), list_obj::elem_of(l)) };
    let Some(k) = sample_k(k, items.len()) else {
        return core::ptr::null_mut();
    };
    let out = list_obj::new(elem, k);
    for i in sample_indices(items.len(), k) {
        // SAFETY: `out` is a live list of `elem`; the slot gets its own
        // reference.
        unsafe {
            list_obj::incref_item(elem, items[i]);
            list_obj::push_owned(out, items[i]);
        }
    }
    out
}

/// A list slot read as a number (int, bool or float lists).
fn slot_number(elem: Elem, slot: u64) -> f64 {
    match elem {
        Elem::Float => f64::from_bits(slot),
        _ => slot as i64 as f64,
    }
}

/// The cumulative weights of `choices`, as floats; None after raising.
///
/// # Safety
/// `w` is a live list of numbers.
unsafe fn cumulative(w: *const List, already: bool, n: usize) -> Option<Vec<f64>> {
    // SAFETY: live list (caller).
    let (items, elem) = unsafe { (list_obj::slots(w), list_obj::elem_of(w)) };
    let mut cum = Vec::with_capacity(items.len());
    let (mut acc_i, mut acc_f) = (0i64, 0.0f64);
    for &s in items {
        if already {
            cum.push(slot_number(elem, s));
        } else if elem == Elem::Float {
            acc_f += f64::from_bits(s);
            cum.push(acc_f);
        } else {
            let Some(a) = acc_i.checked_add(s as i64) else {
                exc::raise(
                    ExcKind::OverflowError,
                    b"integer overflow in '+' (pyaot ints are 64-bit)",
                );
                return None;
            };
            acc_i = a;
            cum.push(a as f64);
        }
    }
    if cum.len() != n {
        exc::raise(
            ExcKind::ValueError,
            b"The number of weights does not match the population",
        );
        return None;
    }
    let Some(&total) = cum.last() else {
        exc::raise(ExcKind::IndexError, b"list index out of range");
        return None;
    };
    if total.is_nan() || total <= 0.0 {
        // NaN fails `total <= 0.0` in CPython and then `isfinite`.
        if !total.is_nan() {
            exc::raise(
                ExcKind::ValueError,
                b"Total of weights must be greater than zero",
            );
            return None;
        }
    }
    if !total.is_finite() {
        exc::raise(ExcKind::ValueError, b"Total of weights must be finite");
        return None;
    }
    Some(cum)
}

/// `bisect.bisect_right(a, x, 0, hi)`.
fn bisect_right(a: &[f64], x: f64, hi: usize) -> usize {
    let (mut lo, mut hi) = (0usize, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// `random.choices(xs, weights, k=k)` (`cum_weights=` when `cumulative`
/// is 1; `w` NULL for neither): a new list of the population's kind.
///
/// # Safety
/// `l` is a live list; `w` is NULL or a live list of numbers.
#[no_mangle]
pub unsafe extern "C" fn pyaot_random_choices(
    l: *const List,
    w: *const List,
    cumulative_weights: u8,
    k: i64,
) -> *mut List {
    // SAFETY: live list (caller).
    let (items, elem) = unsafe { (list_obj::slots(l), list_obj::elem_of(l)) };
    let n = items.len();
    let k = usize::try_from(k).unwrap_or(0);
    let cum = if w.is_null() {
        None
    } else {
        // SAFETY: live list (caller).
        match unsafe { cumulative(w, cumulative_weights != 0, n) } {
            Some(c) => Some(c),
            None => return core::ptr::null_mut(),
        }
    };
    let out = list_obj::new(elem, k);
    for _ in 0..k {
        let i = with(|mt| match &cum {
            // SAFETY: libm floor of a finite double.
            None => unsafe { crate::libc::floor(mt.random() * n as f64) as usize },
            Some(c) => bisect_right(c, mt.random() * c[n - 1], n - 1),
        });
        let Some(&item) = items.get(i) else {
            // SAFETY: `out` is live and owned here.
            unsafe { crate::object::decref(out.cast()) };
            return exc::fail_null(ExcKind::IndexError, b"list index out of range");
        };
        // SAFETY: `out` is a live list of `elem`; the slot gets its own
        // reference.
        unsafe {
            list_obj::incref_item(elem, item);
            list_obj::push_owned(out, item);
        }
    }
    out
}

/// `random.uniform(a, b)`.
#[no_mangle]
pub extern "C" fn pyaot_random_uniform(a: f64, b: f64) -> f64 {
    a + (b - a) * pyaot_random_random()
}

/// `random.gauss(mu, sigma)`: Box-Muller, keeping the second deviate.
#[no_mangle]
pub extern "C" fn pyaot_random_gauss(mu: f64, sigma: f64) -> f64 {
    let z = with(|mt| match mt.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = mt.random() * core::f64::consts::TAU;
            // SAFETY: libm functions of finite doubles.
            unsafe {
                let g2rad = libm::sqrt(-2.0 * libm::log(1.0 - mt.random()));
                mt.gauss_next = Some(libm::sin(x2pi) * g2rad);
                libm::cos(x2pi) * g2rad
            }
        }
    });
    mu + z * sigma
}

/// `random.normalvariate(mu, sigma)`: Kinderman and Monahan's method.
#[no_mangle]
pub extern "C" fn pyaot_random_normalvariate(mu: f64, sigma: f64) -> f64 {
    // SAFETY: libm functions of finite doubles.
    let magic = unsafe { 4.0 * libm::exp(-0.5) / libm::sqrt(2.0) };
    let z = with(|mt| loop {
        let u1 = mt.random();
        let u2 = 1.0 - mt.random();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        // SAFETY: libm log of a positive double.
        if zz <= -unsafe { libm::log(u2) } {
            break z;
        }
    });
    mu + z * sigma
}

/// `random.choice(s)` of a str: one character.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_random_choice_str(s: *const Str) -> *mut Str {
    // SAFETY: live string (caller).
    let chars = unsafe { crate::seq_builtins::pyaot_str_chars(s) };
    let mut out = 0u64;
    // SAFETY: `chars` is a live list[str] we own.
    let failed = unsafe { pyaot_random_choice(chars, &mut out) };
    // SAFETY: we own `chars`; the chosen item holds its own reference.
    unsafe { crate::object::decref(chars.cast()) };
    if failed != 0 {
        return core::ptr::null_mut();
    }
    out as usize as *mut Str
}

/// SHA-512 (FIPS 180-4), for `seed(str)`.
fn sha512(data: &[u8]) -> [u8; 64] {
    const K: [u64; 80] = [
        0x428a2f98d728ae22,
        0x7137449123ef65cd,
        0xb5c0fbcfec4d3b2f,
        0xe9b5dba58189dbbc,
        0x3956c25bf348b538,
        0x59f111f1b605d019,
        0x923f82a4af194f9b,
        0xab1c5ed5da6d8118,
        0xd807aa98a3030242,
        0x12835b0145706fbe,
        0x243185be4ee4b28c,
        0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f,
        0x80deb1fe3b1696b1,
        0x9bdc06a725c71235,
        0xc19bf174cf692694,
        0xe49b69c19ef14ad2,
        0xefbe4786384f25e3,
        0x0fc19dc68b8cd5b5,
        0x240ca1cc77ac9c65,
        0x2de92c6f592b0275,
        0x4a7484aa6ea6e483,
        0x5cb0a9dcbd41fbd4,
        0x76f988da831153b5,
        0x983e5152ee66dfab,
        0xa831c66d2db43210,
        0xb00327c898fb213f,
        0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2,
        0xd5a79147930aa725,
        0x06ca6351e003826f,
        0x142929670a0e6e70,
        0x27b70a8546d22ffc,
        0x2e1b21385c26c926,
        0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df,
        0x650a73548baf63de,
        0x766a0abb3c77b2a8,
        0x81c2c92e47edaee6,
        0x92722c851482353b,
        0xa2bfe8a14cf10364,
        0xa81a664bbc423001,
        0xc24b8b70d0f89791,
        0xc76c51a30654be30,
        0xd192e819d6ef5218,
        0xd69906245565a910,
        0xf40e35855771202a,
        0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8,
        0x1e376c085141ab53,
        0x2748774cdf8eeb99,
        0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63,
        0x4ed8aa4ae3418acb,
        0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc,
        0x78a5636f43172f60,
        0x84c87814a1f0ab72,
        0x8cc702081a6439ec,
        0x90befffa23631e28,
        0xa4506cebde82bde9,
        0xbef9a3f7b2c67915,
        0xc67178f2e372532b,
        0xca273eceea26619c,
        0xd186b8c721c0c207,
        0xeada7dd6cde0eb1e,
        0xf57d4f7fee6ed178,
        0x06f067aa72176fba,
        0x0a637dc5a2c898a6,
        0x113f9804bef90dae,
        0x1b710b35131c471b,
        0x28db77f523047d84,
        0x32caab7b40c72493,
        0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6,
        0x597f299cfc657e2a,
        0x5fcb6fab3ad6faec,
        0x6c44198c4a475817,
    ];
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = Vec::from(data);
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (i, c) in block.chunks_exact(8).enumerate() {
            w[i] = u64::from_be_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..80 {
            let s1 = v[4].rotate_right(14) ^ v[4].rotate_right(18) ^ v[4].rotate_right(41);
            let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7]
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = v[0].rotate_right(28) ^ v[0].rotate_right(34) ^ v[0].rotate_right(39);
            let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(maj);
            v = [
                t1.wrapping_add(t2),
                v[0],
                v[1],
                v[2],
                v[3].wrapping_add(t1),
                v[4],
                v[5],
                v[6],
            ];
        }
        for (a, b) in h.iter_mut().zip(v) {
            *a = a.wrapping_add(b);
        }
    }
    let mut out = [0u8; 64];
    for (c, x) in out.chunks_exact_mut(8).zip(h) {
        c.copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values checked with CPython 3.11 (`random.seed(42); random.random()`...).
    #[test]
    fn seeded_sequences_match_cpython() {
        pyaot_random_seed(42);
        assert_eq!(pyaot_random_random(), 0.6394267984578837);
        assert_eq!(pyaot_random_random(), 0.025010755222666936);
        pyaot_random_seed(-42);
        assert_eq!(pyaot_random_random(), 0.6394267984578837);
        let mut out = 0i64;
        pyaot_random_seed(1 << 40);
        // SAFETY: `out` is writable.
        assert_eq!(unsafe { pyaot_random_randint(1, 100, &mut out) }, 0);
        assert_eq!(out, RANDINT_2_40);
    }

    const RANDINT_2_40: i64 = 14;

    #[test]
    fn sha512_of_abc() {
        let d = sha512(b"abc");
        assert_eq!(&d[..4], &[0xdd, 0xaf, 0x35, 0xa1]);
        assert_eq!(&d[60..], &[0xa5, 0x4c, 0xa4, 0x9f]);
    }
}
