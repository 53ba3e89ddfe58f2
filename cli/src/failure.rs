//! Everything that can stop `pyaot`, rendered as one short screen.

use pyaot_core::{Diagnostic, SourceFile};
use std::io::IsTerminal;

pub enum Failure {
    Usage(String),
    /// Reading the source or writing build products failed.
    Io(String),
    /// The program is not valid pyaot Python.
    Diagnostics(SourceFile, Vec<Diagnostic>),
    /// The C toolchain failed.
    Link(String),
    /// A pyaot bug.
    Internal(String),
}

impl Failure {
    pub fn report(&self) {
        let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        match self {
            Failure::Usage(m) | Failure::Io(m) | Failure::Link(m) => eprintln!("error: {m}"),
            Failure::Diagnostics(file, diags) => {
                for d in diags {
                    eprintln!("{}\n", pyaot_core::render(d, file, color));
                }
                let n = diags.len();
                eprintln!(
                    "error: could not compile '{}' due to {n} error{}",
                    file.path,
                    if n == 1 { "" } else { "s" }
                );
            }
            Failure::Internal(m) => eprintln!(
                "error: internal compiler error: {m}\n\
                 This is a bug in pyaot; please report it with the program that triggers it."
            ),
        }
    }
}

/// Turns a panic anywhere in pyaot into a one-screen internal error with
/// exit status 2, never a Rust backtrace.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        Failure::Internal(format!("{msg}{at}")).report();
        std::process::exit(2);
    }));
}
