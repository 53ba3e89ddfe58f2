//! Linking with the system C compiler driver (`cc`).
//!
//! This is the one place the core touches the outside world: it runs `cc`
//! on an object file and the runtime's static library.

use std::path::Path;
use std::process::Command;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// A standalone executable.
    Executable,
    /// A shared library loaded by `pyaot` itself.
    SharedLibrary,
}

/// Links `object` with the runtime archive into `out`.
pub fn link(object: &Path, runtime: &Path, out: &Path, kind: Output) -> Result<(), String> {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let mut cmd = Command::new(&cc);
    if kind == Output::SharedLibrary {
        cmd.arg("-shared");
    }
    cmd.arg("-o")
        .arg(out)
        .arg(object)
        .arg(runtime)
        .arg("-lm")
        // Drop runtime functions the program never calls, and strip symbols:
        // tracebacks come from the runtime's own tables, not from symbols.
        .arg("-Wl,--gc-sections")
        .arg("-Wl,-O1")
        .arg("-Wl,--as-needed")
        .arg("-s");
    let output = cmd.output().map_err(|e| {
        format!("could not run the C compiler driver '{cc}': {e} (install gcc or clang, or set CC)")
    })?;
    if !output.status.success() {
        return Err(format!(
            "linking failed ({cc} exited with {}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        ));
    }
    Ok(())
}
