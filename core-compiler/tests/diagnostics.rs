//! The complete list of diagnostics for small programs: what the
//! differential error cases (which check one diagnostic each) cannot say,
//! that nothing else is reported (no follow-on errors).

use pyaot_core::{check, load, CompileError, SourceFile};
use std::path::Path;

/// `line:col: message` of every diagnostic of `src` (a script alone).
fn diagnostics(src: &str) -> Vec<String> {
    let file = SourceFile::new("/tmp/pyaot_diag_test/main.py", src);
    let none = |_: &Path| None;
    let program = match load(&file, &none) {
        Ok(p) => p,
        Err(CompileError::Diagnostics(d)) => return render(&file, &d),
        Err(CompileError::Internal(m)) => panic!("internal: {m}"),
    };
    match check(&program, "__main__") {
        Ok(_) => Vec::new(),
        Err(CompileError::Diagnostics(d)) => render(&file, &d),
        Err(CompileError::Internal(m)) => panic!("internal: {m}"),
    }
}

fn render(file: &SourceFile, d: &[pyaot_core::Diagnostic]) -> Vec<String> {
    d.iter()
        .map(|d| {
            let (l, c) = file.line_col(d.span.start);
            format!("{l}:{c}: {}", d.message)
        })
        .collect()
}

#[test]
fn an_undefined_call_is_one_error_not_two() {
    let src = "x = undefined_thing()\nprint(x)\n\ndef g():\n    y = nope(1)\n    return y + 1\n\nprint(g() + 1)\n";
    assert_eq!(
        diagnostics(src),
        [
            "1:5: name 'undefined_thing' is not defined",
            "5:9: name 'nope' is not defined"
        ]
    );
}

#[test]
fn an_untyped_empty_list_is_one_error_at_the_display() {
    let src = "def f():\n    out = []\n    for x in out:\n        print(x + 1)\n    return out\n\nprint(f())\n";
    assert_eq!(
        diagnostics(src),
        ["2:11: cannot infer the element type of this empty list"]
    );
}

#[test]
fn empty_containers_typed_by_later_use_check_cleanly() {
    let src = "\
def f(n):
    out = []
    print(out)
    for i in range(n):
        out.append(i * 1.5)
    return out

class C:
    def __init__(self):
        self.seen = set()
        self.index = {}

    def note(self, w: str):
        self.seen.add(w)
        self.index[w] = len(self.seen)

counts = {}
counts['a'] = 1
c = C()
c.note('x')
print(f(3), counts, c.seen, c.index)
";
    assert_eq!(diagnostics(src), Vec::<String>::new());
}

#[test]
fn a_second_use_of_another_type_points_at_the_display() {
    let src = "out = []\nout.append(1)\nout.append('a')\n";
    assert_eq!(
        diagnostics(src),
        ["3:12: expected int for an element of a list[int], not str"]
    );
}

#[test]
fn a_bad_annotation_is_one_error_not_a_missing_function_too() {
    let src = "def f(x: Frob) -> int:\n    return 1\n\nprint(f(2))\n";
    let d = diagnostics(src);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].starts_with("1:10: unsupported type annotation"),
        "{d:?}"
    );
}
