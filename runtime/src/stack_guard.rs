//! RecursionError instead of a crash when recursion exhausts the stack.
//!
//! Compiled functions recurse on the native stack and keep no depth count
//! (CPython's limit is 1000 frames; pyaot's is the native stack, far deeper
//! for the small frames compiled code uses). Running off its end faults on
//! the guard region below the stack. [`install`], called by `pyaot_entry`
//! before the module runs, records the entry thread's stack bounds and
//! installs a SIGSEGV handler on an alternate signal stack (the normal one
//! is exhausted by then). The handler asks [`is_stack_overflow`] whether
//! the faulting address lies near the stack's low end:
//! - yes: it flushes the runtime's stdout buffer, writes CPython 3.11's last
//!   line for this case, `RecursionError: maximum recursion depth
//!   exceeded`, to stderr and ends the process with `_exit(1)`, the status
//!   of an uncaught exception. No traceback frames can be printed: the
//!   frames are recorded as exceptions unwind, and nothing unwinds here.
//! - no: it restores the default action and returns, so the faulting
//!   instruction runs again and the process dies of SIGSEGV as before; a
//!   real bug is never dressed up as a RecursionError.
//!
//! The handler is not async-signal-safe in general (it touches the stdout
//! buffer), which is acceptable only because it never returns to the
//! interrupted code: whatever state it sees, the process ends right after.
//! Like CPython's, the `except RecursionError` clauses of the program cannot
//! catch it.
//!
//! Linux only (the `libc::signal` layouts); elsewhere [`install`] does
//! nothing and an overflow stays a crash. The pyaot CLI runs programs
//! inside its own process, where this handler replaces Rust's.

use core::sync::atomic::{AtomicUsize, Ordering};

/// What the handler writes to stderr, as CPython 3.11 ends
/// `python3 -c "def f(n):\n return f(n+1)+1\nf(0)"`.
pub const MESSAGE: &[u8] = b"RecursionError: maximum recursion depth exceeded\n";

/// How far from the stack's recorded low end a fault counts as overflow.
/// Below it: the guard page, the kernel's 1 MiB stack guard gap, and
/// frames large enough to skip past the first guard page. Above it: for
/// the main thread, glibc derives the low end from RLIMIT_STACK or from
/// the next mapping down, but the kernel stops growing the stack 1 MiB
/// (`stack_guard_gap`) short of that mapping.
pub const GUARD_REACH: usize = 1 << 20;

/// Size of the alternate signal stack the handler runs on.
#[cfg(target_os = "linux")]
const ALT_STACK_SIZE: usize = 64 * 1024;

/// The lowest address of the entry thread's stack; 0 until [`install`].
/// An atomic rather than a `runtime_global!`: the signal handler reads it
/// and must not take the `with` borrow.
static STACK_LOW: AtomicUsize = AtomicUsize::new(0);

/// `fault` is an access that ran off a stack whose lowest usable address
/// is `stack_low` (0: unknown, never an overflow).
pub fn is_stack_overflow(fault: usize, stack_low: usize) -> bool {
    stack_low != 0
        && fault >= stack_low.saturating_sub(GUARD_REACH)
        && fault < stack_low.saturating_add(GUARD_REACH)
}

/// The lowest address of the calling thread's stack, as glibc and musl
/// report it (for the main thread: the top of its mapping minus
/// RLIMIT_STACK, or the end of the mapping below if that is higher).
#[cfg(target_os = "linux")]
pub fn current_stack_low() -> Option<usize> {
    use crate::libc::signal::*;
    let mut attr = PthreadAttr([0; 64]);
    let mut addr = core::ptr::null_mut();
    let mut size = 0;
    // SAFETY: `attr` is storage for a pthread_attr_t, initialised by
    // pthread_getattr_np before it is read and destroyed after.
    unsafe {
        if pthread_getattr_np(pthread_self(), &mut attr) != 0 {
            return None;
        }
        let ok = pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        pthread_attr_destroy(&mut attr);
        ok.then_some(addr as usize).filter(|&low| low != 0)
    }
}

/// The alternate signal stack, in .bss (it costs binaries no file size).
#[cfg(target_os = "linux")]
struct AltStack(core::cell::UnsafeCell<[u8; ALT_STACK_SIZE]>);

// SAFETY: only the kernel writes to it, while delivering a signal to the
// one thread that registered it.
#[cfg(target_os = "linux")]
unsafe impl Sync for AltStack {}

#[cfg(target_os = "linux")]
static ALT_STACK: AltStack = AltStack(core::cell::UnsafeCell::new([0; ALT_STACK_SIZE]));

/// Records the calling thread's stack bounds and installs the SIGSEGV
/// handler on the alternate stack. Does nothing when the bounds cannot be
/// found or the alternate stack cannot be set (the handler would not know
/// an overflow, or could not run on one).
pub fn install() {
    #[cfg(target_os = "linux")]
    {
        use crate::libc::signal::*;
        let Some(low) = current_stack_low() else {
            return;
        };
        STACK_LOW.store(low, Ordering::Relaxed);
        let alt = StackT {
            sp: ALT_STACK.0.get().cast(),
            flags: 0,
            size: ALT_STACK_SIZE,
        };
        let handler: SegvHandler = on_segv;
        let action = SigAction {
            handler: handler as usize,
            mask: [0; 16],
            flags: SA_SIGINFO | SA_ONSTACK,
            restorer: 0,
        };
        // SAFETY: `alt` describes a static buffer only signal delivery
        // uses; `action` is a valid sigaction whose handler has the
        // SA_SIGINFO signature.
        unsafe {
            if sigaltstack(&alt, core::ptr::null_mut()) != 0 {
                return;
            }
            sigaction(SIGSEGV, &action, core::ptr::null_mut());
        }
    }
}

/// An SA_SIGINFO handler's signature.
#[cfg(target_os = "linux")]
type SegvHandler = unsafe extern "C" fn(
    core::ffi::c_int,
    *mut crate::libc::signal::SigInfo,
    *mut core::ffi::c_void,
);

/// The SIGSEGV handler (see the module doc).
#[cfg(target_os = "linux")]
unsafe extern "C" fn on_segv(
    _signo: core::ffi::c_int,
    info: *mut crate::libc::signal::SigInfo,
    _context: *mut core::ffi::c_void,
) {
    use crate::libc::signal::*;
    // SAFETY: the kernel passes a valid siginfo_t for SA_SIGINFO handlers.
    let fault = unsafe { (*info).addr } as usize;
    if is_stack_overflow(fault, STACK_LOW.load(Ordering::Relaxed)) {
        // Not async-signal-safe, but we never return (module doc).
        crate::io::stdout_flush();
        crate::io::write_stderr(MESSAGE);
        // SAFETY: _exit has no preconditions.
        unsafe { crate::libc::_exit(1) }
    }
    let default = SigAction {
        handler: SIG_DFL,
        mask: [0; 16],
        flags: 0,
        restorer: 0,
    };
    // SAFETY: restores the default action; returning re-runs the faulting
    // instruction, which now kills the process with SIGSEGV.
    unsafe { sigaction(SIGSEGV, &default, core::ptr::null_mut()) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_fault_addresses() {
        let low = 0x7ffc_0000_0000;
        // Just below the low end: the guard page.
        assert!(is_stack_overflow(low - 1, low));
        assert!(is_stack_overflow(low - 4096, low));
        // A large frame that skipped past the guard page.
        assert!(is_stack_overflow(low - GUARD_REACH, low));
        // Growth stopped short of the recorded low end.
        assert!(is_stack_overflow(low + 4096, low));
        // NULL, the heap, and addresses far from the stack are real bugs.
        assert!(!is_stack_overflow(0, low));
        assert!(!is_stack_overflow(8, low));
        assert!(!is_stack_overflow(0x5555_5555_0000, low));
        assert!(!is_stack_overflow(low - GUARD_REACH - 1, low));
        assert!(!is_stack_overflow(low + GUARD_REACH, low));
        assert!(!is_stack_overflow(usize::MAX, low));
        // Unknown bounds: never an overflow.
        assert!(!is_stack_overflow(0, 0));
        assert!(!is_stack_overflow(GUARD_REACH / 2, 0));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn stack_bounds_contain_the_current_frame() {
        let local = 0u8;
        let here = core::ptr::addr_of!(local) as usize;
        let low = current_stack_low().expect("pthread_getattr_np");
        assert!(low < here, "{low:#x} < {here:#x}");
        // A test thread's stack is megabytes, not gigabytes.
        assert!(here - low < 1 << 30);
        assert!(!is_stack_overflow(here, low) || here - low < GUARD_REACH);
    }
}
