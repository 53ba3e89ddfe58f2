//! The boundary lock: one process-wide mutex around every call into a
//! library built by pyaot, and the once-only run of the module's top level.
//!
//! **Why a lock.** Library mode hands compiled Python to hosts that have
//! threads (node worker threads, .NET, Go). The runtime is built for one
//! thread: refcounts are plain integer updates, and the pending exception
//! and traceback are plain globals (`global::Global`). Two threads inside
//! the runtime at once would corrupt refcounts (freeing live objects) and
//! steal each other's exceptions. So every crossing into Python holds this
//! lock from the moment it touches shared runtime state until its results
//! (and any exception) have been converted; Python code therefore runs one
//! call at a time, as under CPython's GIL. Acquire/Release ordering on the
//! flag makes each holder see everything the previous holder wrote.
//!
//! **Cost.** Uncontended, entering is one compare-exchange and leaving one
//! store. Contended, a thread spins briefly (Python calls across the
//! boundary are usually short) and then yields its time slice with
//! `sched_yield` until the flag is free. The lock is not fair and not
//! re-entrant: a thread that holds it must not cross the boundary again
//! (the adapters never run host code, such as JS, while holding it).

use crate::libc;
use core::sync::atomic::{AtomicBool, Ordering};

/// A spin-then-yield lock plus the "module initialized" flag it guards.
pub struct Boundary {
    locked: AtomicBool,
    /// Set once `module_init` has returned 0. Only read and written with
    /// the lock held (the atomic only avoids an `unsafe impl Sync`).
    initialized: AtomicBool,
}

/// Spins on a contended lock before falling back to `sched_yield`.
const SPINS: u32 = 100;

impl Default for Boundary {
    fn default() -> Self {
        Boundary::new()
    }
}

impl Boundary {
    pub const fn new() -> Self {
        Boundary {
            locked: AtomicBool::new(false),
            initialized: AtomicBool::new(false),
        }
    }

    /// Takes the lock, waiting for it if another thread holds it.
    #[inline]
    pub fn lock(&self) {
        if self
            .locked
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.lock_contended();
        }
    }

    #[cold]
    fn lock_contended(&self) {
        loop {
            for _ in 0..SPINS {
                // Test before test-and-set, so waiters spin on a shared
                // cache line instead of bouncing it.
                if !self.locked.load(Ordering::Relaxed)
                    && self
                        .locked
                        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
                        .is_ok()
                {
                    return;
                }
                core::hint::spin_loop();
            }
            // SAFETY: no preconditions.
            unsafe { libc::sched_yield() };
        }
    }

    /// Releases the lock.
    #[inline]
    pub fn unlock(&self) {
        self.locked.store(false, Ordering::Release);
    }

    /// Runs `module_init` unless it has already succeeded. Returns 1 (the
    /// exception pending) if it raised, so that a later call retries it,
    /// else 0. The caller holds the lock.
    ///
    /// # Safety
    /// The lock is held by the calling thread; `module_init` is safe to call.
    pub unsafe fn ensure_initialized(&self, module_init: unsafe extern "C" fn() -> u8) -> u8 {
        if self.initialized.load(Ordering::Relaxed) {
            return 0;
        }
        // SAFETY: caller.
        if unsafe { module_init() } != 0 {
            return 1;
        }
        self.initialized.store(true, Ordering::Relaxed);
        0
    }
}

/// The lock every library-mode entry point shares.
static BOUNDARY: Boundary = Boundary::new();

/// `uint8_t pyaot_ffi_enter(uint8_t (*module_init)(void))`: takes the
/// boundary lock, then runs `module_init` (the module's top-level
/// statements) if it has not yet succeeded. Returns 0, or 1 if
/// `module_init` raised: the exception is then pending and the next
/// `pyaot_ffi_enter` runs `module_init` again. **The lock is held on return
/// either way**: take the exception (if any), convert results, then call
/// [`pyaot_ffi_leave`]. Not re-entrant.
///
/// # Safety
/// `module_init` is the library's module initializer; the calling thread
/// does not already hold the lock.
#[no_mangle]
pub unsafe extern "C" fn pyaot_ffi_enter(module_init: unsafe extern "C" fn() -> u8) -> u8 {
    BOUNDARY.lock();
    // SAFETY: we hold the lock; the initializer is the library's (caller).
    unsafe { BOUNDARY.ensure_initialized(module_init) }
}

/// `void pyaot_ffi_leave(void)`: releases the boundary lock taken by
/// [`pyaot_ffi_enter`].
#[no_mangle]
pub extern "C" fn pyaot_ffi_leave() {
    BOUNDARY.unlock();
}

/// Takes the boundary lock without running the module initializer, for
/// helpers that only touch refcounts (`pyaot_object_release`).
pub(crate) fn lock() {
    BOUNDARY.lock();
}

/// Releases the boundary lock (same as [`pyaot_ffi_leave`]).
pub(crate) fn unlock() {
    BOUNDARY.unlock();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::{self, ExcKind};
    use crate::test_util::assert_raised;
    use core::cell::UnsafeCell;
    use std::sync::atomic::AtomicU32;
    use std::vec::Vec;

    /// A counter that is deliberately not atomic: only the lock protects it.
    struct Plain(UnsafeCell<u64>);
    // SAFETY: every access happens with BOUNDARY held (that is the test).
    unsafe impl Sync for Plain {}

    static COUNTER: Plain = Plain(UnsafeCell::new(0));

    unsafe extern "C" fn init_ok() -> u8 {
        0
    }

    #[test]
    fn threads_are_mutually_excluded() {
        const THREADS: u64 = 4;
        const ROUNDS: u64 = 10_000;
        let workers: Vec<_> = (0..THREADS)
            .map(|_| {
                std::thread::spawn(|| {
                    for _ in 0..ROUNDS {
                        // SAFETY: the counter is only touched under the lock.
                        unsafe {
                            assert_eq!(pyaot_ffi_enter(init_ok), 0);
                            let p = COUNTER.0.get();
                            // A read-modify-write spread over two accesses,
                            // so that a race would lose increments.
                            let v = core::ptr::read_volatile(p);
                            core::hint::spin_loop();
                            core::ptr::write_volatile(p, v + 1);
                            pyaot_ffi_leave();
                        }
                    }
                })
            })
            .collect();
        for w in workers {
            w.join().unwrap();
        }
        lock();
        // SAFETY: read under the lock.
        let total = unsafe { *COUNTER.0.get() };
        unlock();
        assert_eq!(total, THREADS * ROUNDS);
    }

    static INIT_CALLS: AtomicU32 = AtomicU32::new(0);

    /// Raises on its first run, succeeds afterwards.
    unsafe extern "C" fn init_flaky() -> u8 {
        if INIT_CALLS.fetch_add(1, Ordering::Relaxed) == 0 {
            return exc::fail_flag(ExcKind::ValueError, b"first try");
        }
        0
    }

    #[test]
    fn init_runs_once_and_is_retried_after_raising() {
        let b = Boundary::new();
        // SAFETY: each call holds this test's own lock.
        unsafe {
            b.lock();
            assert_eq!(b.ensure_initialized(init_flaky), 1);
            assert_raised(ExcKind::ValueError, "first try");
            b.unlock();
            for _ in 0..3 {
                b.lock();
                assert_eq!(b.ensure_initialized(init_flaky), 0);
                b.unlock();
            }
        }
        assert_eq!(INIT_CALLS.load(Ordering::Relaxed), 2);
    }
}
