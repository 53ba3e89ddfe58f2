//! The C library functions the runtime calls, declared by hand.
//!
//! Declaring them here (instead of depending on the `libc` crate) keeps the
//! runtime dependency-free and documents exactly which part of libc a
//! compiled program relies on. Compiled programs are linked by the system
//! `cc` with `-lm`, which provides all of these.

use core::ffi::{c_char, c_int, c_void};

pub const STDIN: c_int = 0;
pub const STDOUT: c_int = 1;
pub const STDERR: c_int = 2;

/// `O_RDONLY` is 0 on every Unix pyaot targets.
pub const O_RDONLY: c_int = 0;
/// `EINTR` is 4 on Linux and the BSDs (including macOS).
pub const EINTR: c_int = 4;

extern "C" {
    pub fn malloc(size: usize) -> *mut c_void;
    pub fn realloc(ptr: *mut c_void, size: usize) -> *mut c_void;
    pub fn free(ptr: *mut c_void);
    // Only the staticlib's global allocator needs it (which unit tests,
    // even with the feature on, do not build).
    #[cfg_attr(any(not(feature = "staticlib"), test), allow(dead_code))]
    pub fn posix_memalign(out: *mut *mut c_void, align: usize, size: usize) -> c_int;

    pub fn write(fd: c_int, buf: *const c_void, count: usize) -> isize;
    pub fn read(fd: c_int, buf: *mut c_void, count: usize) -> isize;
    pub fn open(path: *const c_char, flags: c_int, ...) -> c_int;
    pub fn close(fd: c_int) -> c_int;
    pub fn isatty(fd: c_int) -> c_int;
    pub fn abort() -> !;

    pub fn fmod(x: f64, y: f64) -> f64;
    pub fn floor(x: f64) -> f64;
    pub fn pow(x: f64, y: f64) -> f64;
}

/// The calling thread's `errno`.
pub fn errno() -> c_int {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    extern "C" {
        #[cfg_attr(target_os = "linux", link_name = "__errno_location")]
        #[cfg_attr(target_os = "android", link_name = "__errno")]
        fn errno_location() -> *mut c_int;
    }
    #[cfg(any(target_os = "macos", target_os = "ios", target_os = "freebsd"))]
    extern "C" {
        #[link_name = "__error"]
        fn errno_location() -> *mut c_int;
    }
    // SAFETY: libc returns a valid pointer to the calling thread's errno.
    unsafe { *errno_location() }
}
