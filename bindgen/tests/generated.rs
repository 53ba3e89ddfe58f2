//! Snapshots of every generated file for the kitchen-sink fixture (every
//! type, defaults, docstrings, keywords as names, classes, a user
//! exception), plus checks that run the host's own tools over the output
//! (`cc`/`c++ -fsyntax-only`, `node --check`).
//!
//! Update snapshots with `cargo insta review` (or `INSTA_UPDATE=always
//! cargo test -p pyaot-bindgen` and review the diff).

use std::path::PathBuf;
use std::process::Command;

use pyaot_bindgen::c_header;
use pyaot_bindgen::model::Interface;

fn kitchen_sink() -> Interface {
    Interface::from_json(include_str!("fixtures/kitchen_sink.json"))
        .expect("the fixture follows the schema")
}

/// A fresh scratch directory under the target dir for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn c_header_snapshot() {
    insta::assert_snapshot!("kitchen_sink.h", c_header(&kitchen_sink()));
}

#[test]
fn c_header_compiles_as_c_and_cpp() {
    let dir = scratch("c_header");
    let header = dir.join("kitchen_sink.h");
    std::fs::write(&header, c_header(&kitchen_sink())).unwrap();
    let user = dir.join("user.c");
    std::fs::write(
        &user,
        "#include \"kitchen_sink.h\"\n#include \"kitchen_sink.h\"\nint main(void) { return 0; }\n",
    )
    .unwrap();
    run(Command::new("cc")
        .args([
            "-fsyntax-only",
            "-std=c11",
            "-Wall",
            "-Wextra",
            "-pedantic",
            "-Werror",
        ])
        .arg(&user));
    run(Command::new("c++")
        .args([
            "-fsyntax-only",
            "-x",
            "c++",
            "-std=c++17",
            "-Wall",
            "-Wextra",
            "-pedantic",
            "-Werror",
        ])
        .arg(&user));
}
