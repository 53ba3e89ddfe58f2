//! Process entry: runs the compiled module, reports an uncaught exception
//! like CPython and turns it into the exit status; keeps argv for
//! `sys.argv`; turns a native stack overflow into RecursionError
//! (`stack_guard`).
//!
//! The compiler's `main` is `return pyaot_entry(argc, argv, module_main);`.

use crate::exc::{self, ExcKind, ExcObj, ExitArg};
use crate::global::runtime_global;
use crate::list_obj::{self, Elem, List};
use crate::{io, object, stack_guard, str_obj, traceback};
use alloc::string::String;
use alloc::vec::Vec;
use core::ffi::{c_char, CStr};
use core::ptr::{self, NonNull};

/// The process arguments as handed to `pyaot_entry`.
struct Argv {
    count: usize,
    args: *const *const c_char,
    /// `sys.argv`, built on first use; owns one reference.
    list: *mut List,
}

runtime_global! {
    static ARGV: Argv = Argv { count: 0, args: ptr::null(), list: ptr::null_mut() };
}

/// `int32_t pyaot_entry(int32_t argc, const char **argv,
/// uint8_t (*module_main)(void))`: records argv, runs `module_main` (which
/// returns 1 when it ends with an exception pending) and returns the exit
/// status: 0 on success; for an uncaught `SystemExit`, its code (0 for
/// None; for a message, the message goes to stderr and the status is 1);
/// for any other exception, 1 after printing the traceback to stderr.
/// stdout is flushed before anything goes to stderr and before returning.
/// Before running the module it installs the SIGSEGV handler that reports
/// a stack overflow as `RecursionError: maximum recursion depth exceeded`
/// and exits with status 1 (see `stack_guard`; not under unit tests, where
/// the harness's own handler must stay).
///
/// # Safety
/// `argv` holds `argc` NUL-terminated strings that live for the whole run.
#[no_mangle]
pub unsafe extern "C" fn pyaot_entry(
    argc: i32,
    argv: *const *const c_char,
    module_main: unsafe extern "C" fn() -> u8,
) -> i32 {
    let count = if argv.is_null() {
        0
    } else {
        usize::try_from(argc).unwrap_or(0)
    };
    ARGV.with(|a| {
        a.count = count;
        a.args = argv;
    });
    if cfg!(not(test)) {
        stack_guard::install();
    }
    // SAFETY: calling the compiled module is the point of the entry.
    let raised = unsafe { module_main() } != 0;
    let status = match exc::take() {
        // SAFETY: `take` handed over the pending exception's reference.
        Some(e) => unsafe { report_uncaught(e) },
        None if raised => {
            io::stdout_flush();
            io::write_stderr(
                b"fatal error: module_main reported an exception but none is pending\n",
            );
            1
        }
        None => 0,
    };
    io::stdout_flush();
    status
}

/// Reports an uncaught exception and returns the exit status; consumes `e`.
///
/// # Safety
/// `e` is a live exception whose reference the caller hands over.
unsafe fn report_uncaught(e: NonNull<ExcObj>) -> i32 {
    // CPython flushes stdout before writing the report, so the two streams
    // read in order on a shared terminal or pipe.
    io::stdout_flush();
    // SAFETY: live exception (caller).
    let exc_ref = unsafe { e.as_ref() };
    let status = if exc_ref.kind == ExcKind::SystemExit {
        match exc_ref.exit {
            ExitArg::None => 0,
            // The OS keeps the low 8 bits, as with CPython's exit().
            ExitArg::Code(code) => code as i32,
            ExitArg::Message => {
                let mut line = Vec::new();
                // SAFETY: an exception's message is a live string.
                line.extend_from_slice(unsafe { str_obj::bytes(exc_ref.message) });
                line.push(b'\n');
                io::write_stderr(&line);
                1
            }
        }
    } else {
        let mut report = Vec::new();
        traceback::render(exc_ref, &mut report);
        io::write_stderr(&report);
        1
    };
    // SAFETY: we own the reference (caller).
    unsafe { object::decref(e.as_ptr().cast()) };
    exc::clear();
    status
}

/// `List *pyaot_sys_argv(void)`: `sys.argv`, a list[str] of the arguments
/// given to `pyaot_entry` (argv[0] is the program path as given). Bytes
/// that are not UTF-8 become U+FFFD (CPython would use surrogate escapes,
/// which pyaot strings cannot hold). Always the same list; returns a new
/// reference.
#[no_mangle]
pub extern "C" fn pyaot_sys_argv() -> *mut List {
    ARGV.with(|a| {
        if a.list.is_null() {
            a.list = build_argv(a.count, a.args);
        }
        // SAFETY: ARGV keeps its list alive; the new reference is the caller's.
        unsafe { object::incref(a.list.cast()) };
        a.list
    })
}

fn build_argv(count: usize, args: *const *const c_char) -> *mut List {
    let list = list_obj::new(Elem::Str, count);
    for i in 0..count {
        // SAFETY: `args` holds `count` NUL-terminated strings (pyaot_entry).
        let bytes = unsafe {
            let arg = *args.add(i);
            if arg.is_null() {
                break;
            }
            CStr::from_ptr(arg).to_bytes()
        };
        let text = String::from_utf8_lossy(bytes);
        // SAFETY: `list` is live and of str kind; it takes the new reference.
        unsafe { list_obj::push_owned(list, str_obj::from_str(&text) as u64) };
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_util::text;

    unsafe extern "C" fn ok_main() -> u8 {
        0
    }

    unsafe extern "C" fn exit_3() -> u8 {
        exc::pyaot_raise_system_exit(3);
        1
    }

    unsafe extern "C" fn exit_none() -> u8 {
        // SAFETY: NULL message means sys.exit(None).
        unsafe { exc::pyaot_raise_system_exit_msg(ptr::null()) };
        1
    }

    #[test]
    fn exit_statuses() {
        let args: [*const c_char; 3] = [c"prog".as_ptr(), c"a b".as_ptr(), c"\xff".as_ptr()];
        // SAFETY: argv strings are 'static.
        unsafe {
            assert_eq!(pyaot_entry(3, args.as_ptr(), ok_main), 0);
            let argv = pyaot_sys_argv();
            assert_eq!(
                text(crate::list_obj::pyaot_list_repr(argv)),
                "['prog', 'a b', '\u{fffd}']"
            );
            assert_eq!(pyaot_sys_argv(), argv);
            assert_eq!(pyaot_entry(0, ptr::null(), exit_3), 3);
            assert_eq!(pyaot_entry(0, ptr::null(), exit_none), 0);
            assert!(!exc::is_pending());
        }
    }
}
