//! Python-side facts every generator shares: how a signature and a default
//! read in Python (for doc comments), docstring cleanup, and the built-in
//! exception hierarchy a host can see.
//!
//! Everything here is a small pure function over the [`crate::model`]; no
//! target syntax lives here.

use crate::model::{Function, Param, Value};

/// The built-in exceptions that can cross the boundary with their own host
/// type, each with its Python base, parents before children. `Exception`
/// is the root and maps to the host's base error type (`PythonError` in
/// JS); any other exception type that reaches a host falls back to that
/// base, keeping its Python name.
pub const BUILTIN_EXCEPTIONS: &[(&str, &str)] = &[
    ("ArithmeticError", "Exception"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("TypeError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("StopIteration", "Exception"),
    ("EOFError", "Exception"),
];

/// The root of the exception hierarchy hosts see.
pub const EXCEPTION_ROOT: &str = "Exception";

/// Whether `name` is `Exception` or one of [`BUILTIN_EXCEPTIONS`].
pub fn is_builtin_exception(name: &str) -> bool {
    name == EXCEPTION_ROOT || BUILTIN_EXCEPTIONS.iter().any(|(n, _)| *n == name)
}

/// A docstring cleaned like `inspect.cleandoc`: leading and trailing blank
/// lines removed, the first line stripped, and the common indentation of
/// the other lines removed. One string per line.
pub fn doc_lines(doc: Option<&str>) -> Vec<String> {
    let Some(doc) = doc else {
        return Vec::new();
    };
    let expanded = doc.replace('\t', "        ");
    let mut lines: Vec<&str> = expanded.lines().collect();
    let indent = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    if let Some(first) = lines.first_mut() {
        out.push(first.trim().to_string());
    }
    for line in lines.iter().skip(1) {
        let cut = indent.min(line.len());
        out.push(line[cut..].trim_end().to_string());
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

/// The first paragraph of a docstring joined into one line, for summaries.
pub fn doc_summary(doc: Option<&str>) -> Option<String> {
    let lines = doc_lines(doc);
    let first: Vec<&str> = lines
        .iter()
        .map(String::as_str)
        .take_while(|l| !l.is_empty())
        .collect();
    if first.is_empty() {
        None
    } else {
        Some(first.join(" "))
    }
}

/// Text made safe inside a `/* ... */` block comment (C, JS, TS).
pub fn block_comment_safe(line: &str) -> String {
    line.replace("*/", "*\\/")
}

/// `def name(a: int, b: str = 'x') -> float`, as the module declares it.
pub fn signature(f: &Function) -> String {
    let params: Vec<String> = f.params.iter().map(param).collect();
    format!(
        "def {}({}) -> {}",
        f.name,
        params.join(", "),
        f.returns.python()
    )
}

/// A constructor as Python calls it: `Point(x: float, y: float = 0.0)`.
pub fn constructor_signature(class: &str, init: &Function) -> String {
    let params: Vec<String> = init.params.iter().map(param).collect();
    format!("{class}({})", params.join(", "))
}

/// A method's signature with `self` put back first.
pub fn method_signature(f: &Function) -> String {
    let mut s = signature(f);
    let open = s.find('(').map_or(s.len(), |i| i + 1);
    let this = if f.params.is_empty() {
        "self"
    } else {
        "self, "
    };
    s.insert_str(open, this);
    s
}

fn param(p: &Param) -> String {
    match &p.default {
        Some(v) => format!("{}: {} = {}", p.name, p.ty.python(), repr(v)),
        None => format!("{}: {}", p.name, p.ty.python()),
    }
}

/// A value as Python's `repr` prints it.
pub fn repr(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_repr(*f),
        Value::Str(s) => str_repr(s),
    }
}

/// `repr(float)`: the shortest round-tripping digits, positional for
/// exponents in [-4, 16), scientific (`1e+300`, `1.5e-07`) otherwise.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // `{:e}` gives the shortest round-tripping digits: "-1.5e-7", "1e300".
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        let point = exp + 1; // digits before the decimal point
        if point <= 0 {
            let zeros = "0".repeat((-point) as usize);
            format!("{sign}0.{zeros}{digits}")
        } else if point as usize >= digits.len() {
            let zeros = "0".repeat(point as usize - digits.len());
            format!("{sign}{digits}{zeros}.0")
        } else {
            let (int, frac) = digits.split_at(point as usize);
            format!("{sign}{int}.{frac}")
        }
    } else {
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mantissa}e{esign}{:02}", exp.abs())
    }
}

/// `repr(str)`: single quotes unless the text has a `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Type;

    #[test]
    fn float_repr_matches_cpython() {
        for (f, want) in [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (2.5, "2.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456.789, "123456.789"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e300, "1e+300"),
            (-2.5e-300, "-2.5e-300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ] {
            assert_eq!(float_repr(f), want, "{f:?}");
        }
    }

    #[test]
    fn str_repr_picks_quotes_like_cpython() {
        assert_eq!(str_repr("a"), "'a'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("a\nb\\"), "'a\\nb\\\\'");
        assert_eq!(str_repr("…"), "'…'");
        assert_eq!(str_repr("\u{1}"), "'\\x01'");
    }

    #[test]
    fn doc_lines_cleans_like_inspect_cleandoc() {
        let doc = "\n    Summary line.\n\n    Details\n      indented.\n    ";
        assert_eq!(
            doc_lines(Some(doc)),
            ["Summary line.", "", "Details", "  indented."]
        );
        assert_eq!(doc_lines(Some("One line.")), ["One line."]);
        assert!(doc_lines(None).is_empty());
        assert_eq!(
            doc_summary(Some("First\npart.\n\nMore.")).as_deref(),
            Some("First part.")
        );
    }

    #[test]
    fn signatures_read_as_python() {
        let f = Function {
            name: "truncate".into(),
            doc: None,
            params: vec![
                Param {
                    name: "text".into(),
                    ty: Type::Str,
                    default: None,
                },
                Param {
                    name: "width".into(),
                    ty: Type::Int,
                    default: Some(Value::Int(10)),
                },
            ],
            returns: Type::List(Box::new(Type::Str)),
            raises: true,
        };
        assert_eq!(
            signature(&f),
            "def truncate(text: str, width: int = 10) -> list[str]"
        );
        assert_eq!(
            method_signature(&f),
            "def truncate(self, text: str, width: int = 10) -> list[str]"
        );
    }

    #[test]
    fn builtin_hierarchy_lists_parents_first() {
        for (i, (_, base)) in BUILTIN_EXCEPTIONS.iter().enumerate() {
            assert!(
                *base == EXCEPTION_ROOT || BUILTIN_EXCEPTIONS[..i].iter().any(|(n, _)| n == base),
                "{base} must come before its children"
            );
        }
    }
}
