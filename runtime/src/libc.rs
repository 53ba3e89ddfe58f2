//! The C library functions the runtime calls, declared by hand.
//!
//! Declaring them here (instead of depending on the `libc` crate) keeps the
//! runtime dependency-free and documents exactly which part of libc a
//! compiled program relies on. Compiled programs are linked by the system
//! `cc` with `-lm`, which provides all of these (`dlsym` is in libc itself
//! since glibc 2.34 and in musl; it is only reached from the N-API adapter,
//! which older glibc would need `-ldl` for).

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
    pub fn _exit(status: c_int) -> !;

    /// Gives up the CPU while the library-mode boundary lock is contended.
    pub fn sched_yield() -> c_int;
    /// Finds the N-API functions in the host process (see `ffi::napi_sys`).
    pub fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;

    fn clock_gettime(clock: c_int, ts: *mut Timespec) -> c_int;
    fn getentropy(buf: *mut c_void, len: usize) -> c_int;
    fn nanosleep(req: *const Timespec, rem: *mut Timespec) -> c_int;

    pub fn fmod(x: f64, y: f64) -> f64;
    pub fn floor(x: f64) -> f64;
    pub fn pow(x: f64, y: f64) -> f64;
}

/// `dlsym`'s pseudo-handle for "the global scope of the process".
#[cfg(not(any(target_os = "macos", target_os = "ios")))]
pub const RTLD_DEFAULT: *mut c_void = core::ptr::null_mut();
#[cfg(any(target_os = "macos", target_os = "ios"))]
pub const RTLD_DEFAULT: *mut c_void = -2isize as *mut c_void;

/// `struct timespec` (64-bit `time_t` and `long`).
#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}

pub const CLOCK_REALTIME: c_int = 0;
#[cfg(not(any(target_os = "macos", target_os = "ios")))]
pub const CLOCK_MONOTONIC: c_int = 1;
#[cfg(any(target_os = "macos", target_os = "ios"))]
pub const CLOCK_MONOTONIC: c_int = 6;

/// The clock's time in seconds.
pub fn clock_seconds(clock: c_int) -> f64 {
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `ts` is writable; the clocks above always exist.
    unsafe { clock_gettime(clock, &mut ts) };
    ts.sec as f64 + ts.nsec as f64 * 1e-9
}

/// Fills `buf` with OS entropy (`getentropy`, at most 256 bytes a call),
/// for seeding `random`; fatal if the OS has none to give.
pub fn fill_random(buf: &mut [u8]) {
    for chunk in buf.chunks_mut(256) {
        // SAFETY: `chunk` is writable for its length, which is <= 256.
        if unsafe { getentropy(chunk.as_mut_ptr().cast(), chunk.len()) } != 0 {
            crate::heap::fatal(b"fatal error: no OS entropy to seed random\n");
        }
    }
}

/// Sleeps `ns` nanoseconds, resuming after interruptions by signals.
pub fn sleep_ns(ns: i64) {
    let mut req = Timespec {
        sec: ns / 1_000_000_000,
        nsec: ns % 1_000_000_000,
    };
    let mut rem = Timespec { sec: 0, nsec: 0 };
    // SAFETY: valid timespecs.
    while unsafe { nanosleep(&req, &mut rem) } != 0 && errno() == EINTR {
        req = Timespec {
            sec: rem.sec,
            nsec: rem.nsec,
        };
    }
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

/// Signals and thread stacks, for turning a native stack overflow into
/// RecursionError (see `stack_guard`). The layouts are Linux's generic
/// 64-bit ABI (x86_64, aarch64, riscv64), the same in glibc and musl.
#[cfg(target_os = "linux")]
pub mod signal {
    use core::ffi::{c_int, c_void};

    pub const SIGSEGV: c_int = 11;
    pub const SA_SIGINFO: c_int = 4;
    pub const SA_ONSTACK: c_int = 0x0800_0000;
    /// `SIG_DFL` as a handler address.
    pub const SIG_DFL: usize = 0;

    /// `struct sigaction` as the C library (not the kernel) defines it.
    #[repr(C)]
    pub struct SigAction {
        /// `sa_handler` / `sa_sigaction` (a union of function pointers).
        pub handler: usize,
        /// `sigset_t`: 1024 bits.
        pub mask: [u64; 16],
        pub flags: c_int,
        pub restorer: usize,
    }

    /// The start of `siginfo_t`: three ints, padding, then for SIGSEGV the
    /// faulting address.
    #[repr(C)]
    pub struct SigInfo {
        pub signo: c_int,
        pub errno: c_int,
        pub code: c_int,
        pub pad: c_int,
        pub addr: *mut c_void,
    }

    /// `stack_t`.
    #[repr(C)]
    pub struct StackT {
        pub sp: *mut c_void,
        pub flags: c_int,
        pub size: usize,
    }

    /// Storage for `pthread_attr_t` (56 bytes in glibc x86_64 and musl,
    /// 64 in glibc aarch64).
    #[repr(C, align(8))]
    pub struct PthreadAttr(pub [u8; 64]);

    extern "C" {
        pub fn sigaction(sig: c_int, act: *const SigAction, old: *mut SigAction) -> c_int;
        pub fn sigaltstack(ss: *const StackT, old: *mut StackT) -> c_int;
        pub fn pthread_self() -> usize;
        pub fn pthread_getattr_np(thread: usize, attr: *mut PthreadAttr) -> c_int;
        pub fn pthread_attr_getstack(
            attr: *const PthreadAttr,
            addr: *mut *mut c_void,
            size: *mut usize,
        ) -> c_int;
        pub fn pthread_attr_destroy(attr: *mut PthreadAttr) -> c_int;
    }
}
