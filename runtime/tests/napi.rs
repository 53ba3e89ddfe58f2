//! The N-API adapter (`src/ffi/napi.rs`) end to end, without the compiler:
//! builds the runtime as the static library that compiled programs link
//! (as `cli/build.rs` does), links the hand-written addon
//! `tests/napi/addon.c` (thunks, export table, `napi_register_module_v1`)
//! into a `.node` file, and runs `tests/napi/addon.test.js` under
//! `node --test`.
//!
//! Needs `node` (or `$NODE`) and `cc` (or `$CC`): if either is missing the
//! test fails rather than passing without having run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(what: &str, cmd: &mut Command) -> Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{what}: could not run {cmd:?}: {e}"));
    if !out.status.success() {
        panic!(
            "{what} failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

/// Builds `libpyaot_runtime.a` (release, panic=abort) under `dir`.
fn build_runtime(root: &Path, dir: &Path) -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    run(
        "building the runtime static library",
        Command::new(cargo)
            .current_dir(root)
            .args(["rustc", "-p", "pyaot-runtime", "--release"])
            .args(["--features", "staticlib", "--crate-type", "staticlib"])
            .arg("--target-dir")
            .arg(dir)
            .args(["--", "-C", "panic=abort", "-C", "codegen-units=1"])
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_BUILD_TARGET"),
    );
    dir.join("release/libpyaot_runtime.a")
}

#[test]
fn napi_adapter_end_to_end() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.parent().expect("runtime/ is in the workspace");
    let sources = manifest.join("tests/napi");
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("napi");
    std::fs::create_dir_all(&out).expect("create the test output directory");

    let node = std::env::var("NODE").unwrap_or_else(|_| "node".into());
    let version = run(
        "node is required for the N-API adapter test (install it or set NODE)",
        Command::new(&node).arg("--version"),
    );
    eprintln!("node {}", String::from_utf8_lossy(&version.stdout).trim());

    let archive = build_runtime(root, &out.join("runtime"));
    let addon = out.join("addon.node");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    run(
        "linking the test addon",
        Command::new(cc)
            .args([
                "-shared", "-fPIC", "-O2", "-Wall", "-Wextra", "-Werror", "-o",
            ])
            .arg(&addon)
            .arg(sources.join("addon.c"))
            .arg(&archive)
            // The flags `pyaot` links with (core-compiler/src/link.rs).
            .args(["-lm", "-Wl,--gc-sections", "-Wl,-O1", "-Wl,--as-needed"]),
    );

    let report = run(
        "node --test tests/napi/addon.test.js",
        Command::new(&node)
            .arg("--test")
            .arg(sources.join("addon.test.js"))
            .env("PYAOT_NAPI_ADDON", &addon),
    );
    let text = String::from_utf8_lossy(&report.stdout);
    // Guard against a runner that passes with nothing run.
    assert!(
        text.contains("# fail 0") && !text.contains("# pass 0"),
        "unexpected node --test report:\n{text}"
    );
}
