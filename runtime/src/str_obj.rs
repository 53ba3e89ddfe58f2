//! The `str` object: layout, construction, and the runtime's immortal strings.
//!
//! Layout (fixed by the ABI): the [`Header`] (kind 1), then offset 16
//! `len: u64` (UTF-8 bytes), 24 `nchars: u64` (code points), 32 `hash: i64`
//! (-1 = not computed), 40 the UTF-8 bytes followed by one NUL that `len`
//! does not count.
//!
//! **Invariants:** the bytes are valid UTF-8, `nchars` is their code-point
//! count (so `nchars == len` exactly when the string is ASCII, which makes
//! indexing O(1)), and a string is never mutated after construction.
//!
//! The empty string is an immortal singleton, and so are the 128
//! one-character ASCII strings ([`ascii_char`]), which `s[i]` and slicing
//! hand out so that walking ASCII text allocates nothing. (Only those paths
//! use the 6 KB table, so programs that never index strings do not carry it.)

use crate::heap;
use crate::object::{Header, KIND_STR};

/// A string object. The text follows the fixed fields in the same
/// allocation (a C flexible array member).
#[repr(C)]
pub struct Str {
    pub header: Header,
    /// Length of the UTF-8 text in bytes, excluding the trailing NUL.
    pub len: u64,
    /// Number of code points.
    pub nchars: u64,
    /// Cached hash, or -1 when not computed yet (never cached on immortals).
    pub hash: i64,
    data: [u8; 0],
}

/// Offset of the text from the start of the object.
pub const DATA_OFFSET: usize = core::mem::offset_of!(Str, data);
const _: () = assert!(DATA_OFFSET == 40);

/// The longest text a string can hold: the object size must fit in isize.
pub const MAX_LEN: usize = isize::MAX as usize - DATA_OFFSET - 1;

/// A string with its text inline, for immortal strings built at compile
/// time. Layout-compatible with [`Str`]: `N` is the text length plus the NUL.
#[repr(C)]
pub struct StaticStr<const N: usize> {
    header: Header,
    len: u64,
    nchars: u64,
    hash: i64,
    text: [u8; N],
}

impl<const N: usize> StaticStr<N> {
    /// An immortal string holding `text`, which must be valid UTF-8 and
    /// exactly `N - 1` bytes long (checked during const evaluation).
    pub const fn new(text: &[u8]) -> Self {
        assert!(text.len() + 1 == N);
        let mut bytes = [0u8; N];
        let mut i = 0;
        let mut nchars = 0;
        while i < text.len() {
            bytes[i] = text[i];
            if !is_continuation(text[i]) {
                nchars += 1;
            }
            i += 1;
        }
        StaticStr {
            header: Header::immortal(KIND_STR),
            len: text.len() as u64,
            nchars,
            hash: -1,
            text: bytes,
        }
    }

    /// The string as an object pointer. Immortal, so it may be handed out
    /// as a "new reference"; it is never written to (see `object`).
    pub const fn as_ptr(&'static self) -> *mut Str {
        (self as *const Self).cast_mut().cast()
    }
}

/// `static_str!("text")` is a `*mut Str` to an immortal string constant.
macro_rules! static_str {
    ($text:expr) => {{
        const TEXT: &str = $text;
        static S: $crate::str_obj::StaticStr<{ TEXT.len() + 1 }> =
            $crate::str_obj::StaticStr::new(TEXT.as_bytes());
        S.as_ptr()
    }};
}
pub(crate) use static_str;

static EMPTY: StaticStr<1> = StaticStr::new(b"");

static ASCII_CHARS: [StaticStr<2>; 128] = {
    const PLACEHOLDER: StaticStr<2> = StaticStr::new(b"\0");
    let mut table = [PLACEHOLDER; 128];
    let mut c = 0;
    while c < 128 {
        table[c] = StaticStr::new(&[c as u8]);
        c += 1;
    }
    table
};

/// Whether `b` continues a multi-byte UTF-8 sequence.
pub const fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Number of code points in valid UTF-8.
pub fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| !is_continuation(b)).count()
}

/// The immortal empty string.
pub fn empty() -> *mut Str {
    EMPTY.as_ptr()
}

/// The text of `s`.
///
/// # Safety
/// `s` points to a live string that outlives `'a`.
pub unsafe fn bytes<'a>(s: *const Str) -> &'a [u8] {
    // SAFETY: a live Str has `len` initialized bytes at DATA_OFFSET.
    unsafe {
        let data = s.cast::<u8>().add(DATA_OFFSET);
        core::slice::from_raw_parts(data, (*s).len as usize)
    }
}

/// The text of `s` as `&str`.
///
/// # Safety
/// As for [`bytes`].
pub unsafe fn as_str<'a>(s: *const Str) -> &'a str {
    // SAFETY: strings are valid UTF-8 (module invariant).
    unsafe { core::str::from_utf8_unchecked(bytes(s)) }
}

/// Number of code points of `s`.
///
/// # Safety
/// `s` points to a live string.
pub unsafe fn nchars(s: *const Str) -> usize {
    // SAFETY: caller.
    unsafe { (*s).nchars as usize }
}

/// The immortal one-character string for an ASCII byte.
pub fn ascii_char(b: u8) -> Option<*mut Str> {
    ASCII_CHARS.get(b as usize).map(StaticStr::as_ptr)
}

/// A new string holding a copy of `text` (valid UTF-8, `nchars` code points).
pub fn new_with_nchars(text: &[u8], nchars: usize) -> *mut Str {
    debug_assert!(core::str::from_utf8(text).is_ok());
    debug_assert_eq!(count_chars(text), nchars);
    if text.is_empty() {
        return empty();
    }
    let (s, data) = alloc(text.len(), nchars);
    // SAFETY: `alloc` returned `text.len()` writable bytes at `data`.
    unsafe { core::ptr::copy_nonoverlapping(text.as_ptr(), data, text.len()) };
    s
}

/// A new string holding a copy of `text`, which must be valid UTF-8.
pub fn new(text: &[u8]) -> *mut Str {
    new_with_nchars(text, count_chars(text))
}

/// A new string holding a copy of `text`.
pub fn from_str(text: &str) -> *mut Str {
    new(text.as_bytes())
}

/// Allocates a string of `len` bytes and `nchars` code points whose text
/// the caller must fill in (with valid UTF-8) before anyone else sees it.
/// Returns the object and a pointer to its `len` text bytes; the NUL after
/// them is already written.
pub fn alloc(len: usize, nchars: usize) -> (*mut Str, *mut u8) {
    if len > MAX_LEN {
        heap::out_of_memory();
    }
    let size = len + DATA_OFFSET + 1;
    let s = heap::alloc_or_die(size).cast::<Str>();
    // SAFETY: `s` is a fresh, suitably aligned block of `size` bytes, which
    // covers the fixed fields, `len` text bytes and the NUL.
    unsafe {
        s.write(Str {
            header: Header::new(KIND_STR),
            len: len as u64,
            nchars: nchars as u64,
            hash: -1,
            data: [],
        });
        let data = s.cast::<u8>().add(DATA_OFFSET);
        data.add(len).write(0);
        (s, data)
    }
}

/// A new string of `len` bytes and `nchars` code points whose text `fill`
/// writes through a [`Filler`], piece by piece and in full, as valid UTF-8.
/// For results whose size is computed up front (padding, replacement), so
/// no intermediate buffer grows; a size past [`MAX_LEN`] is out of memory.
pub fn build(len: usize, nchars: usize, fill: impl FnOnce(&mut Filler<'_>)) -> *mut Str {
    if len == 0 {
        return empty();
    }
    let (s, data) = alloc(len, nchars);
    // SAFETY: `alloc` returned `len` writable bytes at `data`, which nothing
    // else references until `s` is returned.
    let mut filler = Filler {
        buf: unsafe { core::slice::from_raw_parts_mut(data, len) },
        pos: 0,
    };
    fill(&mut filler);
    debug_assert_eq!(filler.pos, len, "str_obj::build: text not filled");
    debug_assert!(core::str::from_utf8(filler.buf).is_ok());
    debug_assert_eq!(count_chars(filler.buf), nchars);
    s
}

/// Appends to the text of a string under construction (see [`build`]).
pub struct Filler<'a> {
    buf: &'a mut [u8],
    pos: usize,
}

impl Filler<'_> {
    /// Appends `bytes`; writing past the size given to [`build`] is a bug
    /// (caught by a debug assertion, and never out of bounds).
    pub fn put(&mut self, bytes: &[u8]) {
        let end = self.pos + bytes.len();
        debug_assert!(end <= self.buf.len(), "str_obj::build: text overflow");
        if let Some(dst) = self.buf.get_mut(self.pos..end) {
            dst.copy_from_slice(bytes);
            self.pos = end;
        }
    }

    /// Appends `bytes` `count` times.
    pub fn put_repeated(&mut self, bytes: &[u8], count: usize) {
        for _ in 0..count {
            self.put(bytes);
        }
    }
}

/// Frees a string whose refcount reached zero.
///
/// # Safety
/// `s` is a live, mortal, unreferenced string.
pub unsafe fn dealloc(s: *mut Str) {
    // SAFETY: mortal strings are single malloc blocks (see `alloc`).
    unsafe { heap::free(s.cast()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_strings_have_the_abi_layout() {
        let s = static_str!("héllo");
        // SAFETY: immortal static.
        unsafe {
            assert_eq!((*s).header.rc, -1);
            assert_eq!((*s).header.kind, KIND_STR);
            assert_eq!((*s).len, 6);
            assert_eq!((*s).nchars, 5);
            assert_eq!((*s).hash, -1);
            assert_eq!(bytes(s), "héllo".as_bytes());
            assert_eq!(*s.cast::<u8>().add(DATA_OFFSET + 6), 0);
        }
    }

    #[test]
    fn singletons() {
        assert_eq!(new(b""), empty());
        assert_eq!(ascii_char(b'a'), ascii_char(b'a'));
        assert_eq!(ascii_char(0x80), None);
        // SAFETY: immortal singleton.
        unsafe { assert_eq!(ascii_char(b'a').map(|s| as_str(s)), Some("a")) };
    }

    #[test]
    fn heap_strings_are_nul_terminated() {
        let s = new("añb".as_bytes());
        // SAFETY: fresh string, released at the end.
        unsafe {
            assert_eq!((*s).header.rc, 1);
            assert_eq!((*s).nchars, 3);
            assert_eq!(*s.cast::<u8>().add(DATA_OFFSET + 4), 0);
            crate::object::decref(s.cast());
        }
    }
}
