//! Binding a call's arguments at run time: the checks CPython's
//! `initialize_locals` makes when a call unpacks `f(*xs)` or `f(**d)`,
//! whose lengths and keys only the running program knows.
//!
//! The compiler binds every argument it can see at compile time (and
//! reports CPython's TypeErrors there); with `*xs` or `**d` it evaluates
//! the arguments into temporaries, collects the positional ones past the
//! last statically placed parameter into a list and every keyword name, in
//! call order, into a list of str, and asks [`pyaot_bind_check`] for the
//! first TypeError CPython would raise, in CPython's order: unknown or
//! repeated keywords, too many positional arguments, missing positional,
//! missing keyword-only. After it passes, binding is a matter of reading
//! the temporaries, which the compiler does inline.
//!
//! A function's named parameters are described by a *spec* string: the
//! names separated by commas, `=` after a name with a default, and a lone
//! `*` before the keyword-only ones (`"a,b=,*,k,m="`).

use crate::dict_obj::{self, Dict};
use crate::exc::{self, ExcKind};
use crate::int_text;
use crate::list_obj::{self, Elem, List};
use crate::sink::ByteSink;
use crate::str_obj::{self, Str};
use alloc::vec::Vec;

/// One named parameter of a spec.
struct SpecParam<'a> {
    name: &'a [u8],
    has_default: bool,
    kw_only: bool,
}

/// The parameters a spec string describes, in order.
fn parse_spec(spec: &[u8]) -> Vec<SpecParam<'_>> {
    let mut out = Vec::new();
    let mut kw_only = false;
    for part in spec.split(|&b| b == b',').filter(|p| !p.is_empty()) {
        if part == b"*" {
            kw_only = true;
            continue;
        }
        let (name, has_default) = match part.strip_suffix(b"=") {
            Some(n) => (n, true),
            None => (part, false),
        };
        out.push(SpecParam {
            name,
            has_default,
            kw_only,
        });
    }
    out
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists names.
fn write_name_list(out: &mut Vec<u8>, names: &[&[u8]]) {
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            out.put(if names.len() == 2 { b" and " } else { b", " });
        }
        if i + 1 == names.len() && names.len() > 2 {
            out.put(b"and ");
        }
        out.put_byte(b'\'');
        out.put(n);
        out.put_byte(b'\'');
    }
}

fn plural(n: i64) -> &'static [u8] {
    if n == 1 {
        b""
    } else {
        b"s"
    }
}

/// Raises TypeError `<fname>() <rest>` and returns 1.
fn type_error(fname: &[u8], rest: &[u8]) -> u8 {
    let mut msg = Vec::new();
    msg.put(fname);
    msg.put(b"() ");
    msg.put(rest);
    exc::fail_flag(ExcKind::TypeError, &msg)
}

/// The first keyword error CPython reports for keyword names `names`,
/// given that the first `filled` positional parameters got positional
/// arguments: a name no parameter has (without `**kwargs`), or one that
/// names a parameter already filled.
fn keyword_error(
    params: &[SpecParam],
    names: &[&[u8]],
    filled: usize,
    varkw: bool,
) -> Option<Vec<u8>> {
    for &name in names {
        match params.iter().position(|p| p.name == name) {
            None if !varkw => {
                let mut m = Vec::new();
                m.put(b"got an unexpected keyword argument '");
                m.put(name);
                m.put_byte(b'\'');
                return Some(m);
            }
            Some(i) if i < filled && !params[i].kw_only => {
                let mut m = Vec::new();
                m.put(b"got multiple values for argument '");
                m.put(name);
                m.put_byte(b'\'');
                return Some(m);
            }
            _ => {}
        }
    }
    None
}

/// CPython's "takes N positional arguments but M were given".
fn too_many(params: &[SpecParam], names: &[&[u8]], given: i64, skip: i64) -> Vec<u8> {
    let positional: Vec<&SpecParam> = params.iter().filter(|p| !p.kw_only).collect();
    let total = positional.len() as i64 + skip;
    let required = positional.iter().filter(|p| !p.has_default).count() as i64 + skip;
    let kwonly_given = names
        .iter()
        .filter(|n| params.iter().any(|p| p.kw_only && p.name == **n))
        .count() as i64;
    let given = given + skip;
    let mut m = Vec::new();
    m.put(b"takes ");
    if required == total {
        int_text::write_i64(&mut m, total);
        m.put(b" positional argument");
        m.put(plural(total));
    } else {
        m.put(b"from ");
        int_text::write_i64(&mut m, required);
        m.put(b" to ");
        int_text::write_i64(&mut m, total);
        m.put(b" positional arguments");
    }
    m.put(b" but ");
    int_text::write_i64(&mut m, given);
    if kwonly_given > 0 {
        m.put(b" positional argument");
        m.put(plural(given));
        m.put(b" (and ");
        int_text::write_i64(&mut m, kwonly_given);
        m.put(b" keyword-only argument");
        m.put(plural(kwonly_given));
        m.put(b")");
    }
    m.put(if given == 1 && kwonly_given == 0 {
        b" was given"
    } else {
        b" were given"
    });
    m
}

/// CPython's "missing N required positional (keyword-only) arguments".
fn missing(params: &[SpecParam], names: &[&[u8]], filled: usize) -> Option<Vec<u8>> {
    for kw_only in [false, true] {
        let absent: Vec<&[u8]> = params
            .iter()
            .enumerate()
            .filter(|(i, p)| {
                p.kw_only == kw_only
                    && !p.has_default
                    && (kw_only || *i >= filled)
                    && !names.contains(&p.name)
            })
            .map(|(_, p)| p.name)
            .collect();
        if !absent.is_empty() {
            let mut m = Vec::new();
            m.put(b"missing ");
            int_text::write_i64(&mut m, absent.len() as i64);
            m.put(if kw_only {
                b" required keyword-only argument".as_slice()
            } else {
                b" required positional argument"
            });
            m.put(plural(absent.len() as i64));
            m.put(b": ");
            write_name_list(&mut m, &absent);
            return Some(m);
        }
    }
    None
}

/// The str items of a live `list[str]`, borrowed.
///
/// # Safety
/// `l` is a live list of str.
unsafe fn str_items<'a>(l: *const List) -> Vec<&'a [u8]> {
    // SAFETY: live list of live strs (caller).
    unsafe {
        list_obj::slots(l)
            .iter()
            .map(|&s| str_obj::bytes(s as *const Str))
            .collect()
    }
}

/// `uint8_t pyaot_bind_check(const Str *fname, const Str *spec, int64_t
/// given, const List *names, int64_t flags)`: whether a call of `fname`
/// (the name its messages use) with `given` positional arguments and the
/// keyword names `names` (a `list[str]`, in call order) binds to the
/// parameters `spec` describes. `flags`: bit 0 the function has `*args`,
/// bit 1 `**kwargs`; bits 8 and up the number of parameters already bound
/// before the spec (a method's `self`), which CPython counts in its
/// messages. Returns 0, or raises CPython's TypeError and returns 1.
///
/// # Safety
/// `fname` and `spec` are live strs; `names` is a live `list[str]`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_bind_check(
    fname: *const Str,
    spec: *const Str,
    given: i64,
    names: *const List,
    flags: i64,
) -> u8 {
    let (varargs, varkw, skip) = (flags & 1 != 0, flags & 2 != 0, flags >> 8);
    // SAFETY: live objects (caller).
    let (fname, spec, names) = unsafe {
        (
            str_obj::bytes(fname),
            str_obj::bytes(spec),
            str_items(names),
        )
    };
    let params = parse_spec(spec);
    let npos = params.iter().filter(|p| !p.kw_only).count();
    let filled = usize::try_from(given).unwrap_or(0).min(npos);
    if let Some(m) = keyword_error(&params, &names, filled, varkw) {
        return type_error(fname, &m);
    }
    if !varargs && given > npos as i64 {
        return type_error(fname, &too_many(&params, &names, given, skip));
    }
    match missing(&params, &names, filled) {
        Some(m) => type_error(fname, &m),
        None => 0,
    }
}

/// `uint8_t pyaot_kw_merge(Dict *kw, List *names, const Dict *src, const
/// Str *qualname)`: merges the `**src` of a call into the keywords
/// collected so far: each key of `src`, in order, is appended to `names`
/// (every keyword name of the call so far) and stored with its value in
/// `kw`. A key already in `names` raises CPython's TypeError
/// `<qualname>() got multiple values for keyword argument 'k'` (the
/// qualified name, `__main__.f`, as CPython's `DICT_MERGE` says it) and
/// returns 1; otherwise returns 0.
///
/// # Safety
/// `kw` and `src` are live `dict[str, V]` of one value kind; `names` is a
/// live `list[str]`; `qualname` a live str.
#[no_mangle]
pub unsafe extern "C" fn pyaot_kw_merge(
    kw: *mut Dict,
    names: *mut List,
    src: *const Dict,
    qualname: *const Str,
) -> u8 {
    // SAFETY: live objects (caller); the dict and list take their own
    // references to what they store.
    unsafe {
        for (key, value) in dict_obj::items(src) {
            let k = str_obj::bytes(key as *const Str);
            if str_items(names).contains(&k) {
                let mut m = Vec::new();
                m.put(b"got multiple values for keyword argument '");
                m.put(k);
                m.put_byte(b'\'');
                return type_error(str_obj::bytes(qualname), &m);
            }
            list_obj::incref_item(Elem::Str, key);
            list_obj::push_owned(names, key);
            dict_obj::pyaot_dict_set(kw, key, value);
        }
    }
    0
}

/// `Dict *pyaot_kw_rest(const Dict *kw, const Str *spec)`: the items of
/// `kw` whose keys name no parameter of `spec`, in order: what a function's
/// `**kwargs` receives. A new reference.
///
/// # Safety
/// `kw` is a live `dict[str, V]`; `spec` a live str.
#[no_mangle]
pub unsafe extern "C" fn pyaot_kw_rest(kw: *const Dict, spec: *const Str) -> *mut Dict {
    // SAFETY: live objects (caller).
    unsafe {
        let params = parse_spec(str_obj::bytes(spec));
        let (key_kind, value_kind) = dict_obj::kinds(kw);
        let out = dict_obj::new(key_kind, value_kind, 0);
        for (key, value) in dict_obj::items(kw) {
            let k = str_obj::bytes(key as *const Str);
            if !params.iter().any(|p| p.name == k) {
                dict_obj::pyaot_dict_set(out, key, value);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_of(spec: &[u8]) -> Vec<(&[u8], bool, bool)> {
        parse_spec(spec)
            .iter()
            .map(|p| (p.name, p.has_default, p.kw_only))
            .collect()
    }

    #[test]
    fn spec_strings_parse() {
        assert_eq!(
            names_of(b"a,b=,*,k,m="),
            [
                (&b"a"[..], false, false),
                (&b"b"[..], true, false),
                (&b"k"[..], false, true),
                (&b"m"[..], true, true)
            ]
        );
        assert!(names_of(b"").is_empty());
    }

    #[test]
    fn messages_match_cpython() {
        let p = parse_spec(b"a,b");
        assert_eq!(
            too_many(&p, &[], 3, 0),
            b"takes 2 positional arguments but 3 were given"
        );
        assert_eq!(
            missing(&p, &[], 0).unwrap(),
            b"missing 2 required positional arguments: 'a' and 'b'"
        );
        assert_eq!(missing(&p, &[b"b"], 1), None);
        assert_eq!(
            keyword_error(&p, &[b"b"], 2, false).unwrap(),
            b"got multiple values for argument 'b'"
        );
        assert_eq!(
            keyword_error(&p, &[b"z"], 0, false).unwrap(),
            b"got an unexpected keyword argument 'z'"
        );
        assert_eq!(keyword_error(&p, &[b"z"], 0, true), None);
        let q = parse_spec(b"a=,*,k");
        assert_eq!(
            too_many(&q, &[b"k"], 2, 1),
            b"takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given"
        );
        let r = parse_spec(b"a,b,c");
        let mut out = Vec::new();
        write_name_list(&mut out, &[b"a", b"b", b"c"]);
        assert_eq!(out, b"'a', 'b', and 'c'");
        assert_eq!(
            missing(&r, &[], 1).unwrap(),
            b"missing 2 required positional arguments: 'b' and 'c'"
        );
    }
}
