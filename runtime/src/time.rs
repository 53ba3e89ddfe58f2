//! The `time` module: `time()`, `perf_counter()`/`monotonic()` and
//! `sleep()`, over `clock_gettime` and `nanosleep` as CPython's
//! `Modules/timemodule.c` uses them on Unix.

use crate::exc::{self, ExcKind};
use crate::libc;

/// `time.time()`: seconds since the epoch (`CLOCK_REALTIME`).
#[no_mangle]
pub extern "C" fn pyaot_time_time() -> f64 {
    libc::clock_seconds(libc::CLOCK_REALTIME)
}

/// `time.perf_counter()` and `time.monotonic()`: on Linux both read
/// `CLOCK_MONOTONIC`, as CPython does.
#[no_mangle]
pub extern "C" fn pyaot_time_monotonic() -> f64 {
    libc::clock_seconds(libc::CLOCK_MONOTONIC)
}

/// Why `sleep(secs)` refuses its argument: CPython's messages.
fn sleep_error(secs: f64) -> Option<(ExcKind, &'static [u8])> {
    if secs.is_nan() {
        return Some((ExcKind::ValueError, b"Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Some((ExcKind::ValueError, b"sleep length must be non-negative"));
    }
    // time_t is 64-bit; CPython rounds to nanoseconds in an i64 first.
    if secs * 1e9 >= i64::MAX as f64 {
        return Some((
            ExcKind::OverflowError,
            b"timestamp out of range for platform time_t",
        ));
    }
    None
}

/// `time.sleep(secs)`: sleeps, resuming after signals until the time has
/// passed. Returns 1 after raising for a NaN, negative or huge `secs`.
#[no_mangle]
pub extern "C" fn pyaot_time_sleep(secs: f64) -> u8 {
    if let Some((kind, msg)) = sleep_error(secs) {
        return exc::fail_flag(kind, msg);
    }
    let ns = (secs * 1e9) as i64;
    libc::sleep_ns(ns);
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_advance_and_sleep_checks() {
        let a = pyaot_time_monotonic();
        assert_eq!(pyaot_time_sleep(0.001), 0);
        assert!(pyaot_time_monotonic() - a >= 0.001);
        assert!(pyaot_time_time() > 1.6e9);
        assert!(sleep_error(-1.0).is_some());
        assert!(sleep_error(f64::NAN).is_some());
        assert!(sleep_error(f64::INFINITY).is_some());
        assert!(sleep_error(0.0).is_none());
    }
}
