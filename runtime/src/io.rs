//! Standard streams: buffered stdout, unbuffered stderr, line input from
//! stdin, and whole-file reads (for traceback source lines).
//!
//! stdout collects output in an 8 KB buffer written out when full, on
//! `pyaot_flush` and at exit (`entry`), and after every write containing a
//! newline when stdout is a terminal, as CPython's line buffering does.
//! Write errors such as EPIPE drop the output silently. SIGPIPE keeps its
//! default action (as in C programs, `prog | head -1` ends `prog` quietly);
//! with SIGPIPE ignored, EPIPE is what we see and ignore.
//!
//! stdin is read through a buffer of its own (so several `input()` calls
//! can share one `read`), with universal newlines like CPython's text
//! stdin: a line ends at `\n`, `\r\n` or `\r`.

use crate::exc::{self, ExcKind};
use crate::global::runtime_global;
use crate::sink::{ByteSink, StackBuf};
use crate::str_obj::{self, Str};
use crate::{float_text, int_text, libc};
use alloc::vec::Vec;
use core::ffi::c_int;

/// Writes all of `data` to `fd`, retrying on EINTR; other errors (EPIPE,
/// closed descriptors) drop the rest, since there is nobody to tell.
pub fn write_all(fd: c_int, mut data: &[u8]) {
    while !data.is_empty() {
        // SAFETY: `data` is a valid buffer of `data.len()` bytes.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n < 0 && libc::errno() == libc::EINTR {
            continue;
        }
        let Some(rest) = usize::try_from(n)
            .ok()
            .filter(|&n| n > 0)
            .and_then(|n| data.get(n..))
        else {
            return;
        };
        data = rest;
    }
}

/// Writes to stderr immediately.
pub fn write_stderr(data: &[u8]) {
    write_all(libc::STDERR, data);
}

/// Capacity of the stdout buffer.
const OUT_CAPACITY: usize = 8192;

/// How stdout is flushed; decided on the first write.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Buffering {
    /// Not decided yet. Being the zero discriminant, it lets the whole
    /// buffer live in .bss instead of adding 8 KB to every binary's .data.
    Unknown = 0,
    /// stdout is a terminal: flush after every line.
    Line,
    /// Flush when full and at exit.
    Block,
}

/// The stdout buffer; `sink` stands for the file descriptor so the policy
/// can be tested in memory.
pub(crate) struct OutBuf {
    bytes: [u8; OUT_CAPACITY],
    len: usize,
    buffering: Buffering,
}

impl OutBuf {
    pub const fn new() -> Self {
        OutBuf {
            bytes: [0; OUT_CAPACITY],
            len: 0,
            buffering: Buffering::Unknown,
        }
    }

    /// Appends `data`, handing full buffers (and, when `line_buffered`,
    /// every completed line) to `sink`.
    pub fn write(&mut self, data: &[u8], line_buffered: bool, sink: &mut impl FnMut(&[u8])) {
        if data.len() > OUT_CAPACITY - self.len {
            self.flush(sink);
        }
        match self.bytes.get_mut(self.len..self.len + data.len()) {
            // Fits: buffer it.
            Some(room) if data.len() < OUT_CAPACITY => {
                room.copy_from_slice(data);
                self.len += data.len();
            }
            // Larger than the whole buffer: the buffer is empty now, so
            // writing straight through keeps the order.
            _ => sink(data),
        }
        if line_buffered && data.contains(&b'\n') {
            self.flush(sink);
        }
    }

    /// Hands everything buffered to `sink`.
    pub fn flush(&mut self, sink: &mut impl FnMut(&[u8])) {
        if let Some(pending) = self.bytes.get(..self.len).filter(|p| !p.is_empty()) {
            sink(pending);
        }
        self.len = 0;
    }
}

runtime_global! {
    static STDOUT: OutBuf = OutBuf::new();
}

/// Appends `data` to stdout.
pub fn stdout_write(data: &[u8]) {
    STDOUT.with(|out| {
        if out.buffering == Buffering::Unknown {
            // SAFETY: isatty has no preconditions.
            let tty = unsafe { libc::isatty(libc::STDOUT) == 1 };
            out.buffering = if tty {
                Buffering::Line
            } else {
                Buffering::Block
            };
        }
        let line_buffered = out.buffering == Buffering::Line;
        out.write(data, line_buffered, &mut |chunk| {
            write_all(libc::STDOUT, chunk)
        });
    });
}

/// Writes out everything buffered for stdout.
pub fn stdout_flush() {
    STDOUT.with(|out| out.flush(&mut |chunk| write_all(libc::STDOUT, chunk)));
}

/// `void pyaot_flush(void)`: writes out buffered stdout.
#[no_mangle]
pub extern "C" fn pyaot_flush() {
    stdout_flush();
}

/// `void pyaot_print_str(const Str *s)`: writes the text of `s` (borrowed).
///
/// # Safety
/// `s` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_print_str(s: *const Str) {
    // SAFETY: live string (caller).
    stdout_write(unsafe { str_obj::bytes(s) });
}

/// `void pyaot_print_int(int64_t v)`: writes `str(v)`.
#[no_mangle]
pub extern "C" fn pyaot_print_int(v: i64) {
    let mut buf = StackBuf::<24>::new();
    int_text::write_i64(&mut buf, v);
    stdout_write(buf.as_bytes());
}

/// `void pyaot_print_float(double v)`: writes `repr(v)`.
#[no_mangle]
pub extern "C" fn pyaot_print_float(v: f64) {
    let mut buf = StackBuf::<{ float_text::REPR_MAX }>::new();
    float_text::repr(v, &mut buf);
    stdout_write(buf.as_bytes());
}

/// `void pyaot_print_bool(uint8_t v)`: writes `True` or `False`.
#[no_mangle]
pub extern "C" fn pyaot_print_bool(v: u8) {
    stdout_write(if v != 0 { b"True" } else { b"False" });
}

/// `void pyaot_print_none(void)`: writes `None`.
#[no_mangle]
pub extern "C" fn pyaot_print_none() {
    stdout_write(b"None");
}

/// Capacity of the stdin buffer.
const IN_CAPACITY: usize = 4096;

/// Buffered stdin; `source` stands for `read(0, ..)` so it can be tested.
pub(crate) struct InBuf {
    bytes: [u8; IN_CAPACITY],
    start: usize,
    end: usize,
    /// The last line ended with `\r`: a `\n` right after it belongs to it.
    skip_lf: bool,
}

impl InBuf {
    pub const fn new() -> Self {
        InBuf {
            bytes: [0; IN_CAPACITY],
            start: 0,
            end: 0,
            skip_lf: false,
        }
    }

    /// The next line without its terminator, or None at end of input when
    /// nothing was read. `source` fills a buffer and returns the byte
    /// count, 0 at end of input (errors count as end of input).
    pub fn read_line(&mut self, source: &mut impl FnMut(&mut [u8]) -> usize) -> Option<Vec<u8>> {
        let mut line = Vec::new();
        let mut read_any = false;
        loop {
            if self.start == self.end {
                self.start = 0;
                self.end = source(&mut self.bytes).min(IN_CAPACITY);
                if self.end == 0 {
                    return read_any.then_some(line);
                }
            }
            let avail = self.bytes.get(self.start..self.end).unwrap_or(&[]);
            if self.skip_lf {
                self.skip_lf = false;
                if avail.first() == Some(&b'\n') {
                    self.start += 1;
                    continue;
                }
            }
            read_any = true;
            match avail.iter().position(|&b| b == b'\n' || b == b'\r') {
                Some(i) => {
                    line.extend_from_slice(avail.get(..i).unwrap_or(&[]));
                    self.skip_lf = avail.get(i) == Some(&b'\r');
                    self.start += i + 1;
                    return Some(line);
                }
                None => {
                    line.extend_from_slice(avail);
                    self.start = self.end;
                }
            }
        }
    }
}

runtime_global! {
    static STDIN: InBuf = InBuf::new();
}

/// Fills `buf` from stdin; 0 at end of input or on error.
fn read_stdin(buf: &mut [u8]) -> usize {
    loop {
        // SAFETY: `buf` is a valid, writable buffer of `buf.len()` bytes.
        let n = unsafe { libc::read(libc::STDIN, buf.as_mut_ptr().cast(), buf.len()) };
        if n < 0 && libc::errno() == libc::EINTR {
            continue;
        }
        return usize::try_from(n).unwrap_or(0);
    }
}

/// `Str *pyaot_input(const Str *prompt)`: `input(prompt)`. Writes the prompt
/// (NULL: none), flushes stdout and returns the next line of stdin without
/// its line ending (a new reference). At end of input raises EOFError
/// ("EOF when reading a line"); bytes that are not UTF-8 raise
/// UnicodeDecodeError with CPython's message. Returns NULL
/// when raising.
///
/// # Safety
/// `prompt` is NULL or a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_input(prompt: *const Str) -> *mut Str {
    if !prompt.is_null() {
        // SAFETY: live string (caller).
        stdout_write(unsafe { str_obj::bytes(prompt) });
    }
    stdout_flush();
    let Some(line) = STDIN.with(|input| input.read_line(&mut read_stdin)) else {
        return exc::fail_null(ExcKind::EOFError, b"EOF when reading a line");
    };
    match core::str::from_utf8(&line) {
        Ok(text) => str_obj::from_str(text),
        Err(err) => {
            let mut msg = Vec::new();
            utf8_error_message(&line, &err, &mut msg);
            exc::fail_null(ExcKind::UnicodeDecodeError, &msg)
        }
    }
}

/// CPython's UnicodeDecodeError text for a strict UTF-8 decode of `bytes`
/// (Rust's `Utf8Error` delimits the bad sequence exactly as CPython does).
pub(crate) fn utf8_error_message(bytes: &[u8], err: &core::str::Utf8Error, out: &mut Vec<u8>) {
    let pos = err.valid_up_to();
    let byte = bytes.get(pos).copied().unwrap_or(0);
    let bad_len = err.error_len().unwrap_or(bytes.len() - pos);
    let reason: &[u8] = match err.error_len() {
        None => b"unexpected end of data",
        Some(_) if !(0xC2..=0xF4).contains(&byte) => b"invalid start byte",
        Some(_) => b"invalid continuation byte",
    };
    out.put(b"'utf-8' codec can't decode ");
    if bad_len > 1 {
        out.put(b"bytes in position ");
        int_text::write_i64(out, pos as i64);
        out.put_byte(b'-');
        int_text::write_i64(out, (pos + bad_len - 1) as i64);
    } else {
        out.put(b"byte 0x");
        let mut digits = [0u8; int_text::MAX_DIGITS];
        let hex = int_text::u64_digits(byte as u64, 16, false, &mut digits);
        if hex.len() < 2 {
            out.put_byte(b'0');
        }
        out.put(hex);
        out.put(b" in position ");
        int_text::write_i64(out, pos as i64);
    }
    out.put(b": ");
    out.put(reason);
}

/// The whole content of the file at `path`, or None if it cannot be read.
pub fn read_file(path: &[u8]) -> Option<Vec<u8>> {
    if path.contains(&0) {
        return None;
    }
    let mut c_path = path.to_vec();
    c_path.push(0);
    // SAFETY: `c_path` is NUL-terminated.
    let fd = unsafe { libc::open(c_path.as_ptr().cast(), libc::O_RDONLY) };
    if fd < 0 {
        return None;
    }
    let mut text = Vec::new();
    let mut chunk = [0u8; 4096];
    let ok = loop {
        // SAFETY: `chunk` is a valid, writable buffer.
        let n = unsafe { libc::read(fd, chunk.as_mut_ptr().cast(), chunk.len()) };
        match usize::try_from(n) {
            Ok(0) => break true,
            Ok(n) => text.extend_from_slice(chunk.get(..n).unwrap_or(&[])),
            Err(_) if libc::errno() == libc::EINTR => {}
            Err(_) => break false,
        }
    };
    // SAFETY: `fd` is open and owned here.
    unsafe { libc::close(fd) };
    ok.then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec;

    fn collect(writes: &[&[u8]], line_buffered: bool) -> Vec<Vec<u8>> {
        let mut out = std::boxed::Box::new(OutBuf::new());
        let mut chunks = Vec::new();
        for w in writes {
            out.write(w, line_buffered, &mut |c| chunks.push(c.to_vec()));
        }
        out.flush(&mut |c| chunks.push(c.to_vec()));
        chunks
    }

    #[test]
    fn block_buffering_coalesces_writes() {
        assert_eq!(
            collect(&[b"a\n", b"b", b"\n"], false),
            vec![b"a\nb\n".to_vec()]
        );
    }

    #[test]
    fn line_buffering_flushes_at_newlines() {
        assert_eq!(
            collect(&[b"a", b"b\n", b"c"], true),
            vec![b"ab\n".to_vec(), b"c".to_vec()]
        );
    }

    #[test]
    fn large_writes_go_through_in_order() {
        let big = vec![b'x'; OUT_CAPACITY + 1];
        let chunks = collect(&[b"a", &big, b"b"], false);
        assert_eq!(chunks, vec![b"a".to_vec(), big.clone(), b"b".to_vec()]);
        let fill = vec![b'y'; OUT_CAPACITY - 1];
        let chunks = collect(&[&fill, b"zz"], false);
        assert_eq!(chunks, vec![fill.clone(), b"zz".to_vec()]);
    }

    fn lines(input: &[u8], chunk: usize) -> Vec<Option<Vec<u8>>> {
        let mut inbuf = std::boxed::Box::new(InBuf::new());
        let mut rest = input;
        let mut source = |buf: &mut [u8]| {
            let n = rest.len().min(chunk).min(buf.len());
            buf[..n].copy_from_slice(&rest[..n]);
            rest = &rest[n..];
            n
        };
        (0..5).map(|_| inbuf.read_line(&mut source)).collect()
    }

    #[test]
    fn input_lines_universal_newlines() {
        for chunk in [1, 2, 100] {
            assert_eq!(
                lines(b"ab\nc\r\nd\re", chunk),
                vec![
                    Some(b"ab".to_vec()),
                    Some(b"c".to_vec()),
                    Some(b"d".to_vec()),
                    Some(b"e".to_vec()),
                    None
                ]
            );
            assert_eq!(
                lines(b"\n\n", chunk)[..3],
                [Some(vec![]), Some(vec![]), None]
            );
        }
    }

    #[test]
    fn utf8_errors_read_like_cpython() {
        // python3 -c 'b"ab\xff".decode()' etc.
        let cases: [(&[u8], &str); 5] = [
            (
                b"ab\xff",
                "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
            ),
            (
                b"\xc3(",
                "'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte",
            ),
            (
                b"a\xe2\x82",
                "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data",
            ),
            (
                b"\xe2\x82(",
                "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
            ),
            (
                b"\xed\xa0\x80",
                "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
            ),
        ];
        for (bytes, want) in cases {
            let err = core::str::from_utf8(bytes).unwrap_err();
            let mut msg = Vec::new();
            utf8_error_message(bytes, &err, &mut msg);
            assert_eq!(std::str::from_utf8(&msg).unwrap(), want);
        }
    }
}
