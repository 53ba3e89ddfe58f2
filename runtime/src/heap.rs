//! Raw memory for objects, the Rust global allocator and the panic handler.
//!
//! Objects are allocated with libc `malloc` and released with `free`, as the
//! ABI fixes (compiled code may one day free or inspect them itself). The
//! `alloc` collections used internally (`Vec` scratch buffers) go through the
//! same malloc via [`MallocAllocator`] in the static library.
//!
//! Exhausting memory is fatal: [`alloc_or_die`] prints a fixed message and
//! aborts instead of returning NULL, so callers need no failure path.

use crate::libc;
use core::ffi::c_void;

/// Allocates `size` bytes (at least 16-aligned, as malloc guarantees on
/// every 64-bit target) or aborts the process.
pub fn alloc_or_die(size: usize) -> *mut u8 {
    // SAFETY: malloc has no preconditions; a NULL result is handled below.
    let p = unsafe { libc::malloc(size.max(1)) };
    if p.is_null() {
        out_of_memory();
    }
    p.cast()
}

/// Resizes an allocation from [`alloc_or_die`] (or NULL) or aborts.
///
/// # Safety
/// `ptr` must be NULL or a live pointer returned by malloc/realloc.
pub unsafe fn realloc_or_die(ptr: *mut u8, size: usize) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    let p = unsafe { libc::realloc(ptr.cast(), size.max(1)) };
    if p.is_null() {
        out_of_memory();
    }
    p.cast()
}

/// Releases memory from [`alloc_or_die`]/[`realloc_or_die`]; NULL is a no-op.
///
/// # Safety
/// `ptr` must be NULL or live, and not used afterwards.
pub unsafe fn free(ptr: *mut u8) {
    // SAFETY: guaranteed by the caller.
    unsafe { libc::free(ptr.cast::<c_void>()) }
}

/// Reports exhausted memory and aborts. Python would raise MemoryError; a
/// pyaot program cannot usefully recover, and aborting keeps every
/// constructor infallible.
pub fn out_of_memory() -> ! {
    fatal(b"fatal error: out of memory\n")
}

/// Writes `msg` to stderr and aborts; used where the runtime cannot go on.
pub fn fatal(msg: &[u8]) -> ! {
    crate::io::write_stderr(msg);
    // SAFETY: abort has no preconditions.
    unsafe { libc::abort() }
}

/// Routes Rust's `alloc` through libc, so the runtime shares one heap with C.
#[cfg(all(feature = "staticlib", not(test)))]
mod global_alloc {
    use crate::libc;
    use core::alloc::{GlobalAlloc, Layout};
    use core::ffi::c_void;

    /// malloc aligns to 16 bytes on all 64-bit targets pyaot supports.
    const MALLOC_ALIGN: usize = 16;

    pub struct MallocAllocator;

    // SAFETY: every method returns memory from malloc/posix_memalign that is
    // suitably aligned for `layout` (or NULL), and frees only such memory.
    unsafe impl GlobalAlloc for MallocAllocator {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if layout.align() <= MALLOC_ALIGN {
                // SAFETY: no preconditions.
                return unsafe { libc::malloc(layout.size()) }.cast();
            }
            let mut out: *mut c_void = core::ptr::null_mut();
            // SAFETY: the alignment is a power of two (Layout guarantees it)
            // and larger than 16, hence a multiple of sizeof(void *).
            let rc = unsafe { libc::posix_memalign(&mut out, layout.align(), layout.size()) };
            if rc == 0 {
                out.cast()
            } else {
                core::ptr::null_mut()
            }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
            // SAFETY: `ptr` came from malloc or posix_memalign above.
            unsafe { libc::free(ptr.cast()) }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            if layout.align() <= MALLOC_ALIGN {
                // SAFETY: `ptr` came from malloc; realloc keeps 16-alignment.
                return unsafe { libc::realloc(ptr.cast(), new_size) }.cast();
            }
            // Over-aligned: allocate, copy and free, as the default does.
            // SAFETY: the new layout is valid because `layout` was and the
            // trait requires `new_size` not to overflow when rounded up.
            let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
            // SAFETY: as in `alloc`.
            let new = unsafe { self.alloc(new_layout) };
            if !new.is_null() {
                // SAFETY: both blocks are live and at least this long.
                unsafe {
                    core::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
            }
            new
        }
    }

    #[global_allocator]
    static GLOBAL: MallocAllocator = MallocAllocator;

    /// A panic is a runtime bug (valid inputs never panic). Formatting the
    /// PanicInfo would link all of core::fmt into every program, so the
    /// handler prints a fixed line and aborts.
    #[panic_handler]
    fn panic(_info: &core::panic::PanicInfo<'_>) -> ! {
        super::fatal(b"fatal error: pyaot runtime panic (this is a bug in pyaot)\n")
    }

    /// The precompiled `alloc` crate is built for unwinding, and its unwind
    /// tables name `rust_eh_personality`, which a panic=abort staticlib does
    /// not otherwise define (stable Rust has no `eh_personality` lang item
    /// outside std). Nothing unwinds through Rust frames here (panics abort;
    /// compiled Python code has no unwinder), so it is never called.
    #[no_mangle]
    extern "C" fn rust_eh_personality() {
        super::fatal(b"fatal error: unexpected unwinding through the pyaot runtime\n")
    }
}
