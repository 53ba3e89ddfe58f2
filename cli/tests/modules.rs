//! Multi-file programs through the `pyaot` binary: the build cache must
//! notice edits to imported modules, and library mode must accept a
//! library that imports helper modules (exporting only its own names).

use std::path::{Path, PathBuf};
use std::process::Command;

fn pyaot(dir: &Path, cache: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pyaot"))
        .args(args)
        .current_dir(dir)
        .env("XDG_CACHE_HOME", cache)
        .output()
        .expect("run pyaot")
}

/// A fresh scratch directory under the system temp dir.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyaot-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn editing_an_imported_module_rebuilds() {
    let dir = scratch("cache-modules");
    let cache = dir.join("cache");
    std::fs::write(
        dir.join("main.py"),
        "import helper\nprint(helper.value())\n",
    )
    .unwrap();
    let helper = dir.join("helper.py");
    std::fs::write(&helper, "def value() -> int:\n    return 1\n").unwrap();
    let out = pyaot(&dir, &cache, &["main.py"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
    std::fs::write(&helper, "def value() -> int:\n    return 2\n").unwrap();
    let out = pyaot(&dir, &cache, &["main.py"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2\n");
    // Unchanged sources reuse the artifact: still one per distinct program.
    let out = pyaot(&dir, &cache, &["main.py"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2\n");
    let builds = std::fs::read_dir(cache.join("pyaot"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    assert_eq!(builds, 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_library_may_import_helper_modules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let cache = scratch("lib-modules");
    let out = pyaot(
        &root,
        &cache,
        &["inspect", "tests/library/with_helper/shapes.py"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = String::from_utf8_lossy(&out.stdout);
    assert!(json.contains("\"area\""), "{json}");
    assert!(json.contains("\"unit_name\""), "{json}");
    // Names of the helper module (even those imported into the library)
    // are not part of the library's interface.
    assert!(!json.contains("\"square\""), "{json}");
    assert!(!json.contains("\"Unit\""), "{json}");
    assert!(!json.contains("SCALE"), "{json}");
    let _ = std::fs::remove_dir_all(&cache);
}
