//! Snapshots of every generated file for the kitchen-sink fixture (every
//! type, defaults, docstrings, keywords as names, classes, a user
//! exception), plus checks that run the host's own tools over the output
//! (`cc`/`c++ -fsyntax-only`, `node --check`).
//!
//! Update snapshots with `cargo insta review` (or `INSTA_UPDATE=always
//! cargo test -p pyaot-bindgen` and review the diff).

use std::path::PathBuf;
use std::process::Command;

use pyaot_bindgen::model::Interface;
use pyaot_bindgen::{c_header, npm_package};

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

fn npm_files() -> Vec<(String, String)> {
    let meta =
        pyaot_bindgen::parse_pyproject(include_str!("fixtures/pyproject.toml"), "kitchen_sink")
            .expect("the fixture pyproject parses")
            .meta;
    npm_package(&kitchen_sink(), &meta)
}

fn npm_file(name: &str) -> String {
    npm_files()
        .into_iter()
        .find(|(path, _)| path == name)
        .map(|(_, text)| text)
        .unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn npm_package_lists_its_files() {
    let paths: Vec<String> = npm_files().into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        paths,
        ["package.json", "index.js", "index.d.ts", "README.md"]
    );
}

#[test]
fn npm_package_json_snapshot() {
    let text = npm_file("package.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("package.json is JSON");
    assert_eq!(json["main"], "index.js");
    assert_eq!(json["files"][2], "kitchen_sink.linux-x64-gnu.node");
    insta::assert_snapshot!("kitchen_sink_npm_package.json", text);
}

#[test]
fn npm_package_json_without_optional_fields_is_json() {
    let meta = pyaot_bindgen::PackageMeta::defaults("kitchen_sink");
    let files = npm_package(&kitchen_sink(), &meta);
    let json: serde_json::Value = serde_json::from_str(&files[0].1).expect("package.json is JSON");
    assert_eq!(json["name"], "kitchen_sink");
    assert_eq!(json["version"], "0.1.0");
    assert!(json.get("license").is_none());
}

#[test]
fn npm_index_js_snapshot() {
    insta::assert_snapshot!("kitchen_sink_npm_index.js", npm_file("index.js"));
}

#[test]
fn npm_index_d_ts_snapshot() {
    insta::assert_snapshot!("kitchen_sink_npm_index.d.ts", npm_file("index.d.ts"));
}

#[test]
fn npm_readme_snapshot() {
    insta::assert_snapshot!("kitchen_sink_npm_README.md", npm_file("README.md"));
}

#[test]
fn npm_index_js_passes_node_check() {
    let dir = scratch("npm_check");
    let index = dir.join("index.js");
    std::fs::write(&index, npm_file("index.js")).unwrap();
    run(Command::new("node").arg("--check").arg(&index));
}

/// The examples' interfaces, with their own pyproject.toml. The model
/// files were derived from the modules' annotations and docstrings; `pyaot
/// inspect` will produce them once library mode lands in the CLI.
fn examples() -> Vec<(Interface, pyaot_bindgen::PackageMeta)> {
    [
        (
            include_str!("fixtures/geometry.json"),
            include_str!("../../examples/geometry/pyproject.toml"),
        ),
        (
            include_str!("fixtures/textkit.json"),
            include_str!("../../examples/textkit/pyproject.toml"),
        ),
    ]
    .into_iter()
    .map(|(model, pyproject)| {
        let model = Interface::from_json(model).expect("the example model parses");
        let loaded = pyaot_bindgen::parse_pyproject(pyproject, &model.module)
            .expect("the example pyproject parses");
        assert_eq!(loaded.warnings, Vec::<String>::new());
        (model, loaded.meta)
    })
    .collect()
}

#[test]
fn example_package_snapshots() {
    for (model, meta) in examples() {
        let m = &model.module;
        insta::assert_snapshot!(format!("{m}.h"), c_header(&model));
        for (path, text) in npm_package(&model, &meta) {
            if path == "package.json" {
                serde_json::from_str::<serde_json::Value>(&text).expect("package.json is JSON");
            }
            insta::assert_snapshot!(format!("{m}_npm_{path}"), text);
        }
    }
}

#[test]
fn example_index_js_passes_node_check() {
    let dir = scratch("npm_examples_check");
    for (model, meta) in examples() {
        for (path, text) in npm_package(&model, &meta) {
            if path == "index.js" {
                let file = dir.join(format!("{}.js", model.module));
                std::fs::write(&file, text).unwrap();
                run(Command::new("node").arg("--check").arg(&file));
            }
        }
    }
}
