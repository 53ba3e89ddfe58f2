//! Builds the runtime as a static library and embeds it in `pyaot`, so an
//! installed `pyaot` needs no files beside it.
//!
//! The runtime is built by a nested `cargo rustc` with `panic=abort` into a
//! private target directory (the workspace profile keeps unwinding for the
//! compiler itself). A hash of the archive and of the compiler sources
//! becomes `PYAOT_BUILD_ID`, part of every cache key.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest
        .parent()
        .expect("cli/ lives in the workspace root")
        .to_path_buf();
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    for dir in ["runtime/src", "runtime/Cargo.toml", "core-compiler/src"] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
    }

    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target_dir = out.join("runtime-target");
    let status = Command::new(cargo)
        .current_dir(&root)
        .args([
            "rustc",
            "-p",
            "pyaot-runtime",
            "--release",
            "--features",
            "staticlib",
        ])
        .args(["--crate-type", "staticlib", "--target-dir"])
        .arg(&target_dir)
        // No embedded bitcode: nothing does LTO with the archive, and it
        // would only make it larger.
        .args([
            "--",
            "-C",
            "panic=abort",
            "-C",
            "codegen-units=1",
            "-C",
            "embed-bitcode=no",
        ])
        // Flags meant for the outer build must not leak into the runtime.
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET")
        .status()
        .expect("failed to run cargo to build the runtime");
    assert!(status.success(), "building the pyaot runtime failed");
    let archive = target_dir.join("release/libpyaot_runtime.a");
    let dest = out.join("libpyaot_runtime.a");
    fs::copy(&archive, &dest).expect("copy runtime archive");

    let mut hash = Fnv::new();
    hash.write(&fs::read(&dest).expect("read runtime archive"));
    hash_tree(&root.join("core-compiler/src"), &mut hash);
    println!("cargo:rustc-env=PYAOT_BUILD_ID={:016x}", hash.0);
}

fn hash_tree(dir: &Path, hash: &mut Fnv) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("read source dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            hash_tree(&p, hash);
        } else {
            hash.write(p.to_string_lossy().as_bytes());
            hash.write(&fs::read(&p).expect("read source file"));
        }
    }
}

/// FNV-1a: enough to tell two builds apart; not a security boundary.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
