//! Library mode through the `pyaot` binary: the interface model that
//! `pyaot inspect` prints, and the programs library mode must reject.
//! (The generated libraries themselves are tested by their hosts:
//! `targets/c/run.sh` and `node --test targets/npm`.)

use std::path::Path;
use std::process::Command;

fn pyaot(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pyaot"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(".."))
        .env(
            "XDG_CACHE_HOME",
            std::env::temp_dir().join("pyaot-library-tests"),
        )
        .output()
        .expect("run pyaot")
}

/// `tests/library/capi.json` is the reviewed interface of the C ABI
/// fixture; any change to the model or its schema shows up here.
#[test]
fn inspect_prints_the_reviewed_interface() {
    let out = pyaot(&["inspect", "tests/library/capi.py"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let expected = std::fs::read_to_string(root.join("tests/library/capi.json")).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}

/// Each `tests/library/errors/*.py` starts with `# error: L:C: message`;
/// `pyaot inspect` must reject it with that diagnostic and exit status 2.
#[test]
fn library_errors_are_rejected() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut entries: Vec<_> = std::fs::read_dir(root.join("tests/library/errors"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    assert!(entries.len() >= 2, "library error corpus is missing");
    let mut failures = Vec::new();
    for path in entries {
        let rel = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let spec = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# error: "))
            .unwrap_or_else(|| panic!("{rel}: first line must be `# error: L:C: message`"));
        let (loc, message) = spec.split_at(spec.find(": ").expect("L:C: message"));
        let message = &message[2..];
        let out = pyaot(&["inspect", &rel]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let ok = out.status.code() == Some(2)
            && out.stdout.is_empty()
            && stderr.contains(&format!("error: {message}"))
            && stderr.contains(&format!("{rel}:{loc}"));
        if !ok {
            failures.push(format!(
                "{rel}: expected `{loc}: {message}`, got:\n{stderr}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
