//! The build cache: where artifacts live and what invalidates them.
//!
//! Key = SHA-256 of (pyaot build id, output kind, then the path shown in
//! tracebacks and the source bytes of every module of the program: the
//! script and each module it imports, so editing any of them rebuilds). The build id covers the compiler sources
//! and the embedded runtime, so a new pyaot never reuses an old artifact.
//! Artifacts are written to a temporary name and renamed into place, so a
//! crashed or concurrent build never leaves a half-written file.

use crate::failure::Failure;
use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};

/// The runtime static library, built by build.rs.
const RUNTIME_ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libpyaot_runtime.a"));
pub const BUILD_ID: &str = env!("PYAOT_BUILD_ID");

pub fn root() -> PathBuf {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("pyaot")
}

/// Hex key of one build: `files` are the (path, source) of every module.
pub fn key(kind: &str, files: &[(&str, &[u8])]) -> String {
    let mut h = Sha256::new();
    let mut part = |bytes: &[u8]| {
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    part(BUILD_ID.as_bytes());
    part(kind.as_bytes());
    for (path, source) in files {
        part(path.as_bytes());
        part(source);
    }
    h.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The (path, source) of every module of a loaded program, for [`key`].
pub fn program_files(program: &pyaot_core::modules::Program) -> Vec<(&str, &[u8])> {
    program
        .modules
        .iter()
        .map(|m| (m.file.path.as_str(), m.file.text.as_bytes()))
        .collect()
}

/// The runtime archive on disk, written on first use of this pyaot build.
pub fn runtime_archive() -> Result<PathBuf, Failure> {
    let path = root().join(format!("runtime-{BUILD_ID}.a"));
    if !path.exists() {
        write_atomic(&path, RUNTIME_ARCHIVE)?;
    }
    Ok(path)
}

pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| io_err("create", dir, e))?;
    let tmp = temp_sibling(path);
    fs::write(&tmp, bytes).map_err(|e| io_err("write", &tmp, e))?;
    fs::rename(&tmp, path).map_err(|e| io_err("rename", path, e))
}

/// A unique temporary name next to `path`.
pub fn temp_sibling(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".tmp{}", std::process::id()));
    path.with_file_name(name)
}

pub fn io_err(what: &str, path: &Path, e: std::io::Error) -> Failure {
    Failure::Io(format!("cannot {what} '{}': {e}", path.display()))
}
