//! Generates the runtime's C declarations (`PyaotStatus`,
//! `pyaot_status_clear`, `pyaot_free`, `pyaot_object_release`, and the
//! container API: `PyaotValue`, `pyaot_list_create`, ...) with cbindgen
//! into `$OUT_DIR/pyaot_runtime.h`, which `c_header.rs` embeds in every
//! generated `<lib>.h`. The Rust items and their doc comments in
//! `runtime/src/ffi/c_abi.rs` and `c_containers.rs` are the single source
//! of these declarations.
//!
//! Only those two files are parsed (not the runtime crate), so this takes
//! milliseconds; `runtime/cbindgen.toml` selects and styles the items.

use std::env;
use std::path::PathBuf;

fn main() {
    let manifest =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let runtime = manifest
        .parent()
        .expect("bindgen/ lives in the workspace root")
        .join("runtime");
    let sources = [
        runtime.join("src/ffi/c_abi.rs"),
        runtime.join("src/ffi/c_containers.rs"),
    ];
    let config_path = runtime.join("cbindgen.toml");
    for source in &sources {
        println!("cargo:rerun-if-changed={}", source.display());
    }
    println!("cargo:rerun-if-changed={}", config_path.display());

    let config = cbindgen::Config::from_file(&config_path).expect("read runtime/cbindgen.toml");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut builder = cbindgen::Builder::new().with_config(config);
    for source in &sources {
        builder = builder.with_src(source);
    }
    builder
        .generate()
        .expect("cbindgen: generate the runtime's C declarations")
        .write_to_file(out.join("pyaot_runtime.h"));
}
