//! Byte sinks: where text-producing code writes its output.
//!
//! Number and string rendering is written once against [`ByteSink`] and then
//! used both to build heap strings (`Vec<u8>`) and to print without
//! allocating ([`StackBuf`], e.g. for `print(1.5)`).

use alloc::vec::Vec;

/// Something bytes can be appended to.
pub trait ByteSink {
    fn put(&mut self, bytes: &[u8]);

    fn put_byte(&mut self, byte: u8) {
        self.put(&[byte]);
    }

    fn put_repeated(&mut self, byte: u8, count: usize) {
        for _ in 0..count {
            self.put_byte(byte);
        }
    }
}

impl ByteSink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }

    fn put_byte(&mut self, byte: u8) {
        self.push(byte);
    }

    fn put_repeated(&mut self, byte: u8, count: usize) {
        self.resize(self.len() + count, byte);
    }
}

/// A fixed-capacity buffer on the stack. Callers size it for the longest
/// output they can produce; anything past the capacity is dropped rather
/// than written out of bounds (and trips a debug assertion in tests).
pub struct StackBuf<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> StackBuf<N> {
    pub const fn new() -> Self {
        StackBuf {
            bytes: [0; N],
            len: 0,
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or(&[])
    }
}

impl<const N: usize> ByteSink for StackBuf<N> {
    fn put(&mut self, bytes: &[u8]) {
        let room = N - self.len;
        debug_assert!(bytes.len() <= room, "StackBuf<{N}> overflow");
        let take = bytes.len().min(room);
        if let (Some(dst), Some(src)) = (
            self.bytes.get_mut(self.len..self.len + take),
            bytes.get(..take),
        ) {
            dst.copy_from_slice(src);
            self.len += take;
        }
    }
}
