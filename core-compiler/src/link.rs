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
    let mut cmd = cc();
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
    run(cmd)
}

/// What kind of shared library [`link_library`] makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Library {
    /// A C library, found by the dynamic linker under `soname`; every
    /// symbol must resolve at link time.
    C { soname: String },
    /// A Node.js addon, loaded by path; the N-API functions it calls stay
    /// undefined and resolve from the node process at load time.
    NodeAddon,
}

/// Links a library: a shared object exporting exactly `exports` (every
/// other symbol, the runtime's included, stays local, so two pyaot
/// libraries in one process never clash).
pub fn link_library(
    object: &Path,
    runtime: &Path,
    out: &Path,
    exports: &[String],
    kind: &Library,
) -> Result<(), String> {
    let script = out.with_extension("exports");
    let mut text = String::from("{\n  global:\n");
    for e in exports {
        text.push_str(&format!("    {e};\n"));
    }
    text.push_str("  local: *;\n};\n");
    std::fs::write(&script, text).map_err(|e| format!("cannot write {}: {e}", script.display()))?;
    let mut cmd = cc();
    cmd.arg("-shared")
        .arg("-o")
        .arg(out)
        .arg(object)
        .arg(runtime)
        .arg("-lm")
        .arg(format!("-Wl,--version-script={}", script.display()))
        .arg("-Wl,--gc-sections")
        .arg("-Wl,-O1")
        .arg("-Wl,--as-needed")
        .arg("-s");
    if let Library::C { soname } = kind {
        cmd.arg(format!("-Wl,-soname,{soname}"))
            .arg("-Wl,--no-undefined");
    }
    let result = run(cmd);
    let _ = std::fs::remove_file(&script);
    result
}

/// Makes a static library `out` (`lib<name>.a`) holding one relocatable
/// object: the module and the parts of the runtime it uses, with every
/// symbol but `exports` made local. Consumers link it like any C archive
/// and cannot clash with the runtime of another pyaot library.
pub fn archive_library(
    object: &Path,
    runtime: &Path,
    out: &Path,
    exports: &[String],
) -> Result<(), String> {
    let combined = out.with_extension("o");
    let mut cmd = cc();
    cmd.arg("-r")
        .arg("-nostdlib")
        .arg("-o")
        .arg(&combined)
        .arg("-Wl,--gc-sections");
    // The exports are the roots that decide what the partial link keeps.
    for e in exports {
        cmd.arg(format!("-Wl,--undefined={e}"));
    }
    cmd.arg(object).arg(runtime);
    run(cmd)?;
    let keep = out.with_extension("keep");
    let result = std::fs::write(&keep, exports.join("\n") + "\n")
        .map_err(|e| format!("cannot write {}: {e}", keep.display()))
        .and_then(|()| {
            let mut objcopy = Command::new("objcopy");
            objcopy
                .arg(format!("--keep-global-symbols={}", keep.display()))
                .arg("--strip-debug")
                // Rust objects can carry LLVM bitcode; archivers with an
                // LLVM plugin try to read it as such and may fail.
                .arg("--remove-section=.llvmbc")
                .arg("--remove-section=.llvmcmd")
                .arg(&combined);
            run(objcopy)
        })
        .and_then(|()| {
            let _ = std::fs::remove_file(out);
            let mut ar = Command::new("ar");
            ar.arg("rcs").arg(out).arg(&combined);
            run(ar)
        });
    let _ = std::fs::remove_file(&keep);
    let _ = std::fs::remove_file(&combined);
    result
}

fn cc() -> Command {
    Command::new(std::env::var("CC").unwrap_or_else(|_| "cc".to_string()))
}

fn run(mut cmd: Command) -> Result<(), String> {
    let cc = cmd.get_program().to_string_lossy().into_owned();
    let output = cmd.output().map_err(|e| {
        format!("could not run '{cc}': {e} (install gcc or clang and binutils, or set CC)")
    })?;
    if !output.status.success() {
        return Err(format!(
            "linking failed ('{cc}' exited with {}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        ));
    }
    Ok(())
}
