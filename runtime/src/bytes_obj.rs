//! The `bytes` object: layout, construction, `repr`, hashing and the
//! conversions between bytes and the other built-in types.
//!
//! Layout (fixed by the ABI; the compiler emits immortal literals in it):
//! the [`Header`] (kind 7), then offset 16 `len: u64`, 24 `zero: u64`
//! (always 0), 32 `hash: i64` (-1 = not computed), 40 the bytes followed by
//! one NUL that `len` does not count. This is `str`'s layout with the
//! code-point count unused, so `len()` is the same inline load of offset 16
//! for both and the literal emitter serves both kinds.
//!
//! **Invariant:** a bytes object is never mutated after construction (the
//! hash cache aside, which never changes its value and skips immortals).

use crate::exc::{self, ExcKind};
use crate::list_obj::{self, Elem, List};
use crate::object::{Header, KIND_BYTES};
use crate::sink::ByteSink;
use crate::str_obj::{self, Str};
use crate::{heap, str_methods};
use alloc::vec::Vec;

/// A bytes object; the data follows the fixed fields (a C flexible array).
#[repr(C)]
pub struct Bytes {
    pub header: Header,
    /// Number of bytes, excluding the trailing NUL.
    pub len: u64,
    /// Always 0 (the slot of `str`'s code-point count).
    pub zero: u64,
    /// Cached hash, or -1 when not computed yet (never cached on immortals).
    pub hash: i64,
    data: [u8; 0],
}

/// Offset of the data from the start of the object.
pub const DATA_OFFSET: usize = core::mem::offset_of!(Bytes, data);
const _: () = assert!(DATA_OFFSET == 40);
const _: () = assert!(core::mem::offset_of!(Bytes, len) == 16);

/// The most bytes an object can hold: its size must fit in isize.
pub const MAX_LEN: usize = isize::MAX as usize - DATA_OFFSET - 1;

/// The immortal empty bytes object, handed out for every empty result.
static EMPTY: StaticEmpty = StaticEmpty {
    header: Header::immortal(KIND_BYTES),
    len: 0,
    zero: 0,
    hash: -1,
    nul: [0; 8],
};

/// Layout-compatible with [`Bytes`], holding no data (and the NUL).
#[repr(C)]
struct StaticEmpty {
    header: Header,
    len: u64,
    zero: u64,
    hash: i64,
    nul: [u8; 8],
}

// SAFETY: immortal and never written (see `object`).
unsafe impl Sync for StaticEmpty {}

/// The immortal empty bytes object.
pub fn empty() -> *mut Bytes {
    (&EMPTY as *const StaticEmpty).cast_mut().cast()
}

/// The data of `b`.
///
/// # Safety
/// `b` points to a live bytes object that outlives `'a`.
pub unsafe fn data<'a>(b: *const Bytes) -> &'a [u8] {
    // SAFETY: a live object has `len` initialized bytes at DATA_OFFSET.
    unsafe {
        let p = b.cast::<u8>().add(DATA_OFFSET);
        core::slice::from_raw_parts(p, (*b).len as usize)
    }
}

/// Allocates a bytes object of `len` bytes whose data the caller fills in
/// before anyone else sees it; returns it and a pointer to the data (the
/// NUL after it is already written). `len` 0 is the immortal empty object
/// (with a dangling-but-unused data pointer of it).
pub fn alloc(len: usize) -> (*mut Bytes, *mut u8) {
    if len > MAX_LEN {
        heap::out_of_memory();
    }
    let size = len + DATA_OFFSET + 1;
    let b = heap::alloc_or_die(size).cast::<Bytes>();
    // SAFETY: a fresh, suitably aligned block of `size` bytes, covering the
    // fixed fields, `len` data bytes and the NUL.
    unsafe {
        b.write(Bytes {
            header: Header::new(KIND_BYTES),
            len: len as u64,
            zero: 0,
            hash: -1,
            data: [],
        });
        let p = b.cast::<u8>().add(DATA_OFFSET);
        p.add(len).write(0);
        (b, p)
    }
}

/// A new bytes object holding a copy of `data`.
pub fn new(data: &[u8]) -> *mut Bytes {
    if data.is_empty() {
        return empty();
    }
    let (b, p) = alloc(data.len());
    // SAFETY: `alloc` returned `data.len()` writable bytes at `p`.
    unsafe { core::ptr::copy_nonoverlapping(data.as_ptr(), p, data.len()) };
    b
}

/// Frees a bytes object whose refcount reached zero.
///
/// # Safety
/// `b` is a live, mortal, unreferenced bytes object.
pub unsafe fn dealloc(b: *mut Bytes) {
    // SAFETY: mortal bytes objects are single malloc blocks (see `alloc`).
    unsafe { heap::free(b.cast()) }
}

/// Writes `repr(data)` as CPython's `bytes_repr`: `b'...'`, with `"` as the
/// quote when the data holds `'` and no `"`; `\\`, the quote, `\t`, `\n`,
/// `\r` escaped, other bytes outside 0x20..0x7f as `\xhh`.
pub fn write_repr(data: &[u8], out: &mut impl ByteSink) {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.put_byte(b'b');
    out.put_byte(quote);
    for &c in data {
        match c {
            b'\\' => out.put(b"\\\\"),
            b'\t' => out.put(b"\\t"),
            b'\n' => out.put(b"\\n"),
            b'\r' => out.put(b"\\r"),
            c if c == quote => {
                out.put_byte(b'\\');
                out.put_byte(c);
            }
            0x20..=0x7e => out.put_byte(c),
            c => {
                out.put(b"\\x");
                out.put_byte(HEX[(c >> 4) as usize]);
                out.put_byte(HEX[(c & 0xF) as usize]);
            }
        }
    }
    out.put_byte(quote);
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `Str *pyaot_bytes_repr(const Bytes *b)`: `repr(b)`, which is also
/// `str(b)`. Returns a new reference.
///
/// # Safety
/// `b` is a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_repr(b: *const Bytes) -> *mut Str {
    let mut out = Vec::new();
    // SAFETY: live bytes (caller).
    write_repr(unsafe { data(b) }, &mut out);
    str_obj::new(&out)
}

/// `int64_t pyaot_bytes_hash(const Bytes *b)`: `hash(b)`, never -1, cached
/// in the object. The same function of the data as `str`'s hash of its
/// UTF-8, so (as in CPython) an ASCII `bytes` hashes like the equal `str`.
///
/// # Safety
/// `b` is a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_hash(b: *const Bytes) -> i64 {
    // SAFETY: live bytes (caller).
    unsafe {
        if (*b).hash != -1 {
            return (*b).hash;
        }
        let h = str_methods::hash_bytes(data(b));
        if (*b).header.rc >= 0 {
            // Mortal objects are malloc'd and writable; caching does not
            // change the value.
            (*b.cast_mut()).hash = h;
        }
        h
    }
}

/// `Bytes *pyaot_bytes_zeroed(int64_t n)`: `bytes(n)`, `n` zero bytes.
/// Raises ValueError "negative count" (returning NULL) for `n < 0`.
#[no_mangle]
pub extern "C" fn pyaot_bytes_zeroed(n: i64) -> *mut Bytes {
    let Ok(n) = usize::try_from(n) else {
        return exc::fail_null(ExcKind::ValueError, b"negative count");
    };
    if n == 0 {
        return empty();
    }
    let (b, p) = alloc(n);
    // SAFETY: `alloc` returned `n` writable bytes at `p`.
    unsafe { core::ptr::write_bytes(p, 0, n) };
    b
}

/// `Bytes *pyaot_bytes_from_list(const List *l)`: `bytes(l)` of a
/// `list[int]` (or `list[bool]`). Raises ValueError "bytes must be in
/// range(0, 256)" (returning NULL) for an item outside it.
///
/// # Safety
/// `l` is a live list of ints or bools.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_from_list(l: *const List) -> *mut Bytes {
    // SAFETY: live list (caller); int and bool slots are the values.
    let slots = unsafe { list_obj::slots(l) };
    let mut out = Vec::with_capacity(slots.len());
    for &slot in slots {
        match u8::try_from(slot as i64) {
            Ok(byte) => out.push(byte),
            Err(_) => {
                return exc::fail_null(ExcKind::ValueError, b"bytes must be in range(0, 256)")
            }
        }
    }
    new(&out)
}

/// `Bytes *pyaot_bytes_from_byte(int64_t i)`: the one-byte object `i`, as
/// bytes methods take an int where they take a subsequence. Raises
/// ValueError "byte must be in range(0, 256)" (returning NULL).
#[no_mangle]
pub extern "C" fn pyaot_bytes_from_byte(i: i64) -> *mut Bytes {
    match u8::try_from(i) {
        Ok(byte) => new(&[byte]),
        Err(_) => exc::fail_null(ExcKind::ValueError, b"byte must be in range(0, 256)"),
    }
}

/// `List *pyaot_bytes_to_list(const Bytes *b)`: `list(b)`, a new
/// `list[int]` of the byte values (what iterating `b` yields).
///
/// # Safety
/// `b` is a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_to_list(b: *const Bytes) -> *mut List {
    // SAFETY: live bytes (caller).
    let data = unsafe { data(b) };
    let out = list_obj::new(Elem::Int, data.len());
    for &byte in data {
        // SAFETY: a fresh list of ints.
        unsafe { list_obj::push_owned(out, byte as u64) };
    }
    out
}

/// `Str *pyaot_bytes_hex(const Bytes *b)`: `b.hex()`, two lowercase hex
/// digits per byte.
///
/// # Safety
/// `b` is a live bytes object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_hex(b: *const Bytes) -> *mut Str {
    // SAFETY: live bytes (caller).
    let data = unsafe { data(b) };
    let mut out = Vec::with_capacity(data.len() * 2);
    for &c in data {
        out.push(HEX[(c >> 4) as usize]);
        out.push(HEX[(c & 0xF) as usize]);
    }
    str_obj::new_with_nchars(&out, out.len())
}

/// The value of an ASCII hex digit.
fn hex_value(c: char) -> Option<u8> {
    c.to_digit(16).map(|d| d as u8)
}

/// `Bytes *pyaot_bytes_fromhex(const Str *s)`: `bytes.fromhex(s)`, as
/// CPython 3.11: pairs of hex digits, ASCII whitespace allowed before each
/// pair. Raises ValueError "non-hexadecimal number found in fromhex() arg
/// at position N" (N counts code points) and returns NULL.
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_fromhex(s: *const Str) -> *mut Bytes {
    // SAFETY: live string (caller).
    let text = unsafe { str_obj::as_str(s) };
    let mut chars = text.chars().peekable();
    let mut pos = 0usize;
    let mut out = Vec::with_capacity(text.len() / 2);
    let fail = |pos: usize| {
        let mut msg = Vec::new();
        msg.put(b"non-hexadecimal number found in fromhex() arg at position ");
        crate::int_text::write_i64(&mut msg, pos as i64);
        exc::fail_null(ExcKind::ValueError, &msg)
    };
    loop {
        while chars
            .next_if(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'))
            .is_some()
        {
            pos += 1;
        }
        let Some(c) = chars.next() else { break };
        let Some(high) = hex_value(c) else {
            return fail(pos);
        };
        pos += 1;
        let Some(low) = chars.next().and_then(hex_value) else {
            return fail(pos);
        };
        pos += 1;
        out.push(high << 4 | low);
    }
    new(&out)
}

/// `\\xhh`, `\\uhhhh` or `\\Uhhhhhhhh` (lowercase), as CPython's
/// UnicodeEncodeError names the character it could not encode.
fn put_code_escape(code: u32, out: &mut impl ByteSink) {
    let (marker, width) = match code {
        0..=0xFF => (b'x', 2),
        0x100..=0xFFFF => (b'u', 4),
        _ => (b'U', 8),
    };
    out.put_byte(b'\\');
    out.put_byte(marker);
    for shift in (0..width).rev() {
        out.put_byte(HEX[((code >> (shift * 4)) & 0xF) as usize]);
    }
}

/// A text codec pyaot implements: what `encode`/`decode` accept by name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec an encoding name selects, normalized as CPython's
    /// `encodings.normalize_encoding` does (case, `-` and spaces).
    fn lookup(name: &str) -> Option<Codec> {
        let norm: alloc::string::String = name
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        Some(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "iso_ir_100" => Codec::Latin1,
            _ => return None,
        })
    }

    /// The name CPython's error messages give the codec.
    fn name(self) -> &'static [u8] {
        match self {
            Codec::Utf8 => b"utf-8",
            Codec::Ascii => b"ascii",
            Codec::Latin1 => b"latin-1",
        }
    }

    /// The highest code point the codec encodes (one byte each), for the
    /// single-byte codecs.
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x7F,
            _ => 0xFF,
        }
    }
}

/// The codec named by `encoding` (NULL: UTF-8), or LookupError "unknown
/// encoding: name" raised.
///
/// # Safety
/// `encoding` is NULL or a live string.
unsafe fn codec(encoding: *const Str) -> Option<Codec> {
    if encoding.is_null() {
        return Some(Codec::Utf8);
    }
    // SAFETY: live string (caller).
    let name = unsafe { str_obj::as_str(encoding) };
    let found = Codec::lookup(name);
    if found.is_none() {
        let mut msg = Vec::new();
        msg.put(b"unknown encoding: ");
        msg.put(name.as_bytes());
        exc::raise(ExcKind::LookupError, &msg);
    }
    found
}

/// `Bytes *pyaot_str_encode(const Str *s, const Str *encoding)`:
/// `s.encode(encoding)` (NULL: UTF-8) with the strict error handler.
/// Raises LookupError for an unknown encoding and UnicodeEncodeError with
/// CPython's message for a character the codec cannot encode (runs of
/// them reported together, as CPython does); returns NULL then.
///
/// # Safety
/// `s` is a live string; `encoding` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_str_encode(s: *const Str, encoding: *const Str) -> *mut Bytes {
    // SAFETY: live strings (caller).
    let (text, codec) = unsafe {
        match codec(encoding) {
            Some(c) => (str_obj::as_str(s), c),
            None => return core::ptr::null_mut(),
        }
    };
    if codec == Codec::Utf8 {
        return new(text.as_bytes());
    }
    let limit = codec.limit();
    let mut out = Vec::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c as u32 <= limit {
            out.push(c as u8);
            continue;
        }
        let end = chars[i..]
            .iter()
            .position(|&c| c as u32 <= limit)
            .map_or(chars.len(), |n| i + n);
        let mut msg = Vec::new();
        msg.put(b"'");
        msg.put(codec.name());
        msg.put(b"' codec can't encode ");
        if end - i == 1 {
            msg.put(b"character '");
            put_code_escape(c as u32, &mut msg);
            msg.put(b"' in position ");
            crate::int_text::write_i64(&mut msg, i as i64);
        } else {
            msg.put(b"characters in position ");
            crate::int_text::write_i64(&mut msg, i as i64);
            msg.put_byte(b'-');
            crate::int_text::write_i64(&mut msg, (end - 1) as i64);
        }
        msg.put(if codec == Codec::Ascii {
            b": ordinal not in range(128)".as_slice()
        } else {
            b": ordinal not in range(256)".as_slice()
        });
        return exc::fail_null(ExcKind::UnicodeEncodeError, &msg);
    }
    new(&out)
}

/// `Str *pyaot_bytes_decode(const Bytes *b, const Str *encoding)`:
/// `b.decode(encoding)` (NULL: UTF-8) with the strict error handler.
/// Raises LookupError for an unknown encoding and UnicodeDecodeError with
/// CPython's message ("invalid start byte", "invalid continuation byte",
/// "unexpected end of data", "ordinal not in range(128)"); returns NULL
/// then.
///
/// # Safety
/// `b` is a live bytes object; `encoding` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_decode(b: *const Bytes, encoding: *const Str) -> *mut Str {
    // SAFETY: live objects (caller).
    let (data, codec) = unsafe {
        match codec(encoding) {
            Some(c) => (data(b), c),
            None => return core::ptr::null_mut(),
        }
    };
    match codec {
        Codec::Utf8 => match core::str::from_utf8(data) {
            Ok(text) => str_obj::from_str(text),
            Err(err) => {
                let mut msg = Vec::new();
                crate::io::utf8_error_message(data, &err, &mut msg);
                exc::fail_null(ExcKind::UnicodeDecodeError, &msg)
            }
        },
        Codec::Ascii => match data.iter().position(|&c| c > 0x7F) {
            None => str_obj::new_with_nchars(data, data.len()),
            Some(pos) => {
                let mut msg = Vec::new();
                msg.put(b"'ascii' codec can't decode byte 0x");
                msg.put_byte(HEX[(data[pos] >> 4) as usize]);
                msg.put_byte(HEX[(data[pos] & 0xF) as usize]);
                msg.put(b" in position ");
                crate::int_text::write_i64(&mut msg, pos as i64);
                msg.put(b": ordinal not in range(128)");
                exc::fail_null(ExcKind::UnicodeDecodeError, &msg)
            }
        },
        Codec::Latin1 => {
            let text: alloc::string::String = data.iter().map(|&c| c as char).collect();
            str_obj::new_with_nchars(text.as_bytes(), data.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object;
    use crate::test_util::{assert_raised, s, text};

    fn bytes_of(b: *mut Bytes) -> std::vec::Vec<u8> {
        assert!(!b.is_null(), "NULL result");
        // SAFETY: a live result whose reference we own.
        unsafe {
            let out = data(b).to_vec();
            object::decref(b.cast());
            out
        }
    }

    #[test]
    fn repr_quotes_and_escapes_like_cpython() {
        // python3 -c "print([repr(b) for b in [b'', b'a\x00\'\"', b\"it's\", b'\\\\\t\n\r\x7f\xff', b'\"']])"
        let cases: [(&[u8], &str); 5] = [
            (b"", "b''"),
            (b"a\x00'\"", "b'a\\x00\\'\"'"),
            (b"it's", "b\"it's\""),
            (b"\\\t\n\r\x7f\xff", "b'\\\\\\t\\n\\r\\x7f\\xff'"),
            (b"\"", "b'\"'"),
        ];
        for (data, want) in cases {
            let b = new(data);
            // SAFETY: live bytes.
            assert_eq!(text(unsafe { pyaot_bytes_repr(b) }), want);
            // SAFETY: owned reference.
            unsafe { object::decref(b.cast()) };
        }
    }

    #[test]
    fn constructors() {
        assert_eq!(bytes_of(pyaot_bytes_zeroed(3)), [0, 0, 0]);
        assert!(pyaot_bytes_zeroed(-1).is_null());
        assert_raised(ExcKind::ValueError, "negative count");
        assert!(pyaot_bytes_from_byte(256).is_null());
        assert_raised(ExcKind::ValueError, "byte must be in range(0, 256)");
        // SAFETY: live strings.
        unsafe {
            assert_eq!(
                bytes_of(pyaot_bytes_fromhex(s(" 0a ff\t10"))),
                [10, 255, 16]
            );
            assert!(pyaot_bytes_fromhex(s("0a f")).is_null());
            assert_raised(
                ExcKind::ValueError,
                "non-hexadecimal number found in fromhex() arg at position 4",
            );
            assert!(pyaot_bytes_fromhex(s("é0")).is_null());
            assert_raised(
                ExcKind::ValueError,
                "non-hexadecimal number found in fromhex() arg at position 0",
            );
        }
    }

    #[test]
    fn codecs() {
        // python3 -c "b'\xff'.decode()" and friends.
        let cases: [(&[u8], &str); 4] = [
            (
                b"\xff",
                "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
            ),
            (
                b"a\xc3(",
                "'utf-8' codec can't decode byte 0xc3 in position 1: invalid continuation byte",
            ),
            (
                b"ab\xe2\x82",
                "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data",
            ),
            (
                b"\xc3",
                "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data",
            ),
        ];
        for (data, want) in cases {
            let b = new(data);
            // SAFETY: live bytes.
            unsafe {
                assert!(pyaot_bytes_decode(b, core::ptr::null()).is_null());
                object::decref(b.cast());
            }
            assert_raised(ExcKind::UnicodeDecodeError, want);
        }
        // SAFETY: live strings.
        unsafe {
            assert_eq!(bytes_of(pyaot_str_encode(s("hé"), s("Latin-1"))), b"h\xe9");
            assert!(pyaot_str_encode(s("aéü"), s("ascii")).is_null());
            assert_raised(
                ExcKind::UnicodeEncodeError,
                "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)",
            );
            assert!(pyaot_str_encode(s("a€"), s("latin-1")).is_null());
            assert_raised(
                ExcKind::UnicodeEncodeError,
                "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)",
            );
            assert!(pyaot_str_encode(s("a"), s("utf-16")).is_null());
            assert_raised(ExcKind::LookupError, "unknown encoding: utf-16");
        }
    }
}
