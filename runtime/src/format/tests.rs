//! format() tests: the CPython-generated table in `cases.tsv` (see
//! tools/gen_format_cases.py), plus hand-picked cases through the C ABI.

use super::*;
use crate::exc::ExcKind;
use crate::test_util::{assert_raised, s, text};
use std::string::String;

/// Undoes the generator's escaping (`\\` and `\xNN`).
fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                out.push(char::from(u8::from_str_radix(&hex, 16).unwrap()));
            }
            other => panic!("bad escape {other:?} in {field:?}"),
        }
    }
    out
}

fn run(kind: &str, value: &str, spec: &str) -> Result<String, (ExcKind, String)> {
    let mut out = Vec::new();
    let result = if spec.is_empty() {
        // The empty spec is str(value); test it through the ABI, which
        // short-circuits it.
        let spec = s("");
        // SAFETY: live strings.
        let p = unsafe {
            match kind {
                "int" => pyaot_format_int(value.parse().unwrap(), spec),
                "bool" => pyaot_format_bool(value.parse().unwrap(), spec),
                "float" => pyaot_format_float(value.parse().unwrap(), spec),
                _ => pyaot_format_str(s(value), spec),
            }
        };
        return Ok(text(p));
    } else {
        match kind {
            "int" => format_int(value.parse().unwrap(), spec, "int", &mut out),
            "bool" => format_int(value.parse().unwrap(), spec, "bool", &mut out),
            "float" => format_float(value.parse().unwrap(), spec, &mut out),
            _ => format_str(value, value.chars().count(), spec, &mut out),
        }
    };
    match result {
        Ok(()) => Ok(String::from_utf8(out).unwrap()),
        Err(e) => Err((e.kind, String::from_utf8(e.message).unwrap())),
    }
}

#[test]
fn cpython_cases() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("cases.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        let fields: Vec<String> = line.split('\t').map(unescape).collect();
        let [kind, value, spec, expected] = fields.as_slice() else {
            panic!("malformed line {line:?}");
        };
        let got = match run(kind, value, spec) {
            Ok(text) => text,
            Err((kind, message)) => format!("!{kind:?}: {message}"),
        };
        if &got != expected {
            failures.push(format!(
                "format({kind} {value}, {spec:?}): got {got:?}, CPython {expected:?}"
            ));
        }
        count += 1;
    }
    assert!(count > 3000, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn c_abi_results_and_errors() {
    // SAFETY: live strings.
    unsafe {
        // python3 -c 'print(f"{1234567.891:,.2f}")'
        assert_eq!(
            text(pyaot_format_float(1234567.891, s(",.2f"))),
            "1,234,567.89"
        );
        // python3 -c 'print(format(255, "#x"), format(True, ">5"), format("ab", "^6"))'
        assert_eq!(text(pyaot_format_int(255, s("#x"))), "0xff");
        assert_eq!(text(pyaot_format_bool(1, s(">5"))), "    1");
        assert_eq!(text(pyaot_format_str(s("ab"), s("^6"))), "  ab  ");
        assert_eq!(text(pyaot_format_bool(0, s(""))), "False");
        // python3 -c 'format(1.5, "d")'
        assert!(pyaot_format_float(1.5, s("d")).is_null());
        assert_raised(
            ExcKind::ValueError,
            "Unknown format code 'd' for object of type 'float'",
        );
        // python3 -c 'format(-1, "c")'
        assert!(pyaot_format_int(-1, s("c")).is_null());
        assert_raised(ExcKind::OverflowError, "%c arg not in range(0x110000)");
        // python3 -c 'format(True, "abc")'
        assert!(pyaot_format_bool(1, s("abc")).is_null());
        assert_raised(
            ExcKind::ValueError,
            "Invalid format specifier 'abc' for object of type 'bool'",
        );
        assert!(pyaot_format_str(s("x"), s("=5")).is_null());
        assert_raised(
            ExcKind::ValueError,
            "'=' alignment not allowed in string format specifier",
        );
    }
}
