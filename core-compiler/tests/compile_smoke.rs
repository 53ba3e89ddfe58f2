//! Every differential program must get through the whole pipeline up to an
//! object file; this catches verifier errors without needing a linker.

use pyaot_core::{compile_to_object, CompileError, Entry, SourceFile};
use std::path::Path;

fn py_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            py_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") && is_entry(&p) {
            out.push(p);
        }
    }
}

/// A program's entry: not a module of a multi-file program (a directory
/// with a `main.py`), whose `main.py` imports it.
fn is_entry(p: &Path) -> bool {
    let main = p.with_file_name("main.py");
    p == main || !p.ancestors().skip(1).any(|d| d.join("main.py").exists())
}

/// Reads a module's file for the import system.
fn read(p: &Path) -> Option<Vec<u8>> {
    p.is_file().then(|| std::fs::read(p).ok()).flatten()
}

#[test]
fn programs_compile_to_objects() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for d in ["tests/programs", "tests/pyaot_only", "examples"] {
        py_files(&root.join(d), &mut files);
    }
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let src = SourceFile::new(f.display().to_string(), text);
        match compile_to_object(&src, &read, Entry::Executable) {
            Ok(obj) => assert!(!obj.is_empty()),
            Err(CompileError::Diagnostics(d)) => failures.push(format!(
                "{}: {}",
                f.display(),
                d.iter()
                    .map(|d| {
                        let (l, c) = src.line_col(d.span.start);
                        format!("{l}:{c}: {}", d.message)
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            )),
            Err(CompileError::Internal(m)) => {
                failures.push(format!("{}: INTERNAL {m}", f.display()))
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
