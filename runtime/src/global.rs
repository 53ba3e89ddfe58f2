//! Mutable runtime-wide state (pending exception, traceback, stdio buffers).
//!
//! Compiled programs are single-threaded today, so each piece of state is a
//! plain global behind [`Global`]. Every access goes through a `with`
//! closure, which keeps each borrow short and in one place: when pyaot grows
//! threads, the macro below becomes `#[thread_local]` and no caller changes.
//!
//! Under `cfg(test)` the state already is thread-local (via std), because the
//! test harness runs tests on parallel threads and each test must see its own
//! pending exception.
//!
//! Invariant: a `with` closure never re-enters `with` on the same global.
//! (Under test the `RefCell` turns a violation into a panic.)

#[cfg(not(test))]
use core::cell::UnsafeCell;

/// A global cell for single-threaded runtime state.
#[cfg(not(test))]
pub struct Global<T>(UnsafeCell<T>);

// SAFETY: compiled programs are single-threaded (see the module doc); nothing
// in the runtime spawns threads, so no two threads ever touch one Global.
#[cfg(not(test))]
unsafe impl<T> Sync for Global<T> {}

#[cfg(not(test))]
impl<T> Global<T> {
    pub const fn new(value: T) -> Self {
        Global(UnsafeCell::new(value))
    }

    /// Runs `f` with exclusive access to the value.
    pub fn with<R>(&'static self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: single-threaded (see the Sync impl) and, by the module
        // invariant, no other `with` on this cell is active, so this is the
        // only reference to the value for the duration of `f`.
        f(unsafe { &mut *self.0.get() })
    }
}

/// Declares runtime state: a [`Global`] normally, a thread-local under test.
/// Either way it is used as `NAME.with(|state| ...)`.
macro_rules! runtime_global {
    ($(#[$attr:meta])* static $name:ident: $ty:ty = $init:expr;) => {
        #[cfg(not(test))]
        $(#[$attr])*
        static $name: $crate::global::Global<$ty> = $crate::global::Global::new($init);

        #[cfg(test)]
        $(#[$attr])*
        static $name: $crate::global::TestGlobal<$ty> = {
            std::thread_local! {
                static CELL: core::cell::RefCell<$ty> = const { core::cell::RefCell::new($init) };
            }
            $crate::global::TestGlobal(&CELL)
        };
    };
}
pub(crate) use runtime_global;

/// The test-only twin of [`Global`]: one value per test thread.
#[cfg(test)]
pub struct TestGlobal<T: 'static>(pub &'static std::thread::LocalKey<core::cell::RefCell<T>>);

#[cfg(test)]
impl<T: 'static> TestGlobal<T> {
    pub fn with<R>(&'static self, f: impl FnOnce(&mut T) -> R) -> R {
        self.0.with(|cell| f(&mut cell.borrow_mut()))
    }
}
