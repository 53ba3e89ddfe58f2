//! Type codes of the export table, parsed once per exported function, and
//! the host-neutral wording of argument errors.
//!
//! The grammar (ARCHITECTURE.md, "Library mode"): one prefix-notation
//! string per type, `i` int, `f` float, `b` bool, `s` str, `n` None, `y`
//! bytes, `l`T list, `d`KV dict, `o`T Optional, `t`N T1..TN tuple, `c`<index>`.`
//! class. A function's `types` string is its return type, then each
//! parameter's.
//!
//! What the adapters support today is narrower than the grammar, and
//! [`parse_signature`] says so at registration instead of converting
//! anything wrongly: dict keys must be int, float, bool or str; `Optional[T]` only as a
//! whole parameter or return type (the compiler keeps Optionals out of
//! containers), where None is the 0 slot and an int, float or bool is a
//! box (`runtime/src/boxed.rs`).

use crate::list_obj::Elem;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// A parameter or result type the adapters convert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ty {
    Int,
    Float,
    Bool,
    Str,
    /// `bytes`: a Uint8Array (or Buffer, or another one-byte TypedArray,
    /// or an ArrayBuffer) in, a Buffer out.
    Bytes,
    None,
    List(Box<Ty>),
    /// Key (Int, Float, Bool or Str) and value.
    Dict(Box<Ty>, Box<Ty>),
    /// None is the 0 slot; an int, float or bool inside is boxed.
    Optional(Box<Ty>),
    /// `tuple[T1, ..., Tn]` and the NUL-terminated kind string its runtime
    /// objects point to (one code per item; parsed signatures live as long
    /// as the process, so the string does too).
    Tuple(Vec<Ty>, &'static [u8]),
    /// An instance of the exported class with this index (or None):
    /// crosses as an opaque handle, a JS external that owns a reference.
    Class(u32),
}

impl Ty {
    /// Whether the slot holds an object pointer that owns a reference
    /// (possibly 0, for an Optional that is None).
    pub fn is_ref(&self) -> bool {
        matches!(
            self,
            Ty::Str
                | Ty::Bytes
                | Ty::List(_)
                | Ty::Dict(..)
                | Ty::Optional(_)
                | Ty::Tuple(..)
                | Ty::Class(_)
        )
    }

    /// Whether a value of this type may hold an instance handle.
    pub fn mentions_class(&self) -> bool {
        match self {
            Ty::Class(_) => true,
            Ty::List(t) | Ty::Optional(t) => t.mentions_class(),
            Ty::Dict(k, v) => k.mentions_class() || v.mentions_class(),
            Ty::Tuple(items, _) => items.iter().any(Ty::mentions_class),
            _ => false,
        }
    }

    /// The runtime slot kind of this type inside a list or dict (Optional
    /// never appears there).
    pub fn elem(&self) -> Elem {
        match self {
            Ty::Int => Elem::Int,
            Ty::Float => Elem::Float,
            Ty::Bool => Elem::Bool,
            Ty::Str => Elem::Str,
            Ty::Bytes => Elem::Bytes,
            Ty::None => Elem::None,
            Ty::List(_) => Elem::List,
            Ty::Dict(..) => Elem::Dict,
            Ty::Optional(inner) => inner.elem(),
            Ty::Tuple(..) => Elem::Tuple,
            Ty::Class(_) => Elem::Obj,
        }
    }

    /// The code of this type in a runtime tuple's kind string
    /// (`runtime/src/tuple_obj.rs`).
    fn tuple_kind(&self) -> u8 {
        match self {
            Ty::Int => b'i',
            Ty::Float => b'f',
            Ty::Bool => b'b',
            Ty::Str => b's',
            Ty::Bytes => b'y',
            Ty::None | Ty::Optional(_) => b'n',
            Ty::List(_) => b'l',
            Ty::Dict(..) => b'd',
            Ty::Tuple(..) => b't',
            Ty::Class(_) => b'c',
        }
    }

    /// The type as Python spells it: `dict[str, list[int]]`, `str | None`.
    pub fn python_name(&self) -> String {
        match self {
            Ty::Int => "int".into(),
            Ty::Float => "float".into(),
            Ty::Bool => "bool".into(),
            Ty::Str => "str".into(),
            Ty::Bytes => "bytes".into(),
            Ty::None => "None".into(),
            Ty::List(t) => format!("list[{}]", t.python_name()),
            Ty::Dict(k, v) => format!("dict[{}, {}]", k.python_name(), v.python_name()),
            Ty::Optional(t) => format!("{} | None", t.python_name()),
            Ty::Tuple(items, _) => {
                let names: Vec<String> = items.iter().map(Ty::python_name).collect();
                format!("tuple[{}]", names.join(", "))
            }
            Ty::Class(_) => "an exported class".into(),
        }
    }

    /// What a JavaScript caller must pass, e.g. `a number (int)`.
    pub fn js_expected(&self) -> String {
        let js = match self {
            Ty::Int | Ty::Float => "a number",
            Ty::Bool => "a boolean",
            Ty::Str => "a string",
            Ty::Bytes => "a Uint8Array, Buffer or ArrayBuffer",
            Ty::None => "null",
            Ty::List(_) => "an array",
            Ty::Dict(k, _) if **k == Ty::Str => "an object or a Map",
            Ty::Dict(..) => "a Map",
            Ty::Tuple(items, _) => {
                return format!("an array of {} items ({})", items.len(), self.python_name())
            }
            Ty::Class(_) => "an object of this package or null",
            Ty::Optional(t) => {
                let inner = t.js_expected();
                let js = inner.split(" (").next().unwrap_or("");
                return format!("{js} or null ({})", self.python_name());
            }
        };
        format!("{js} ({})", self.python_name())
    }
}

/// A function's parsed `types` string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub ret: Ty,
    pub params: Vec<Ty>,
}

/// Parses a `types` string for a function of `arity` parameters. The error
/// says what is unsupported or malformed (to be prefixed with the
/// function's name).
pub fn parse_signature(types: &[u8], arity: usize) -> Result<Signature, String> {
    let mut p = Parser { types, pos: 0 };
    let ret = p.top()?;
    let mut params = Vec::with_capacity(arity);
    while p.pos < types.len() {
        params.push(p.top()?);
    }
    if params.len() != arity {
        return Err(format!(
            "type string {:?} describes {} parameters, the export table says {arity}",
            String::from_utf8_lossy(types),
            params.len()
        ));
    }
    Ok(Signature { ret, params })
}

struct Parser<'a> {
    types: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn next(&mut self) -> Result<u8, String> {
        let Some(&c) = self.types.get(self.pos) else {
            return Err(format!(
                "type string {:?} ends too early",
                String::from_utf8_lossy(self.types)
            ));
        };
        self.pos += 1;
        Ok(c)
    }

    /// A whole parameter or return type: the one place Optional may be.
    fn top(&mut self) -> Result<Ty, String> {
        if self.types.get(self.pos) != Some(&b'o') {
            return self.ty();
        }
        self.pos += 1;
        let inner = self.ty()?;
        if matches!(inner, Ty::None) {
            return Err("Optional[None] is not a type the compiler emits".into());
        }
        Ok(Ty::Optional(Box::new(inner)))
    }

    fn ty(&mut self) -> Result<Ty, String> {
        let code = self.next()?;
        Ok(match code {
            b'i' => Ty::Int,
            b'f' => Ty::Float,
            b'b' => Ty::Bool,
            b's' => Ty::Str,
            b'n' => Ty::None,
            b'l' => Ty::List(Box::new(self.ty()?)),
            b'd' => {
                let key = self.ty()?;
                if !matches!(key, Ty::Int | Ty::Float | Ty::Bool | Ty::Str) {
                    return Err(format!(
                        "dict keys of type {} are not supported",
                        key.python_name()
                    ));
                }
                Ty::Dict(Box::new(key), Box::new(self.ty()?))
            }
            b'o' => {
                return Err(
                    "Optional inside a list or dict is not supported yet (only as a whole parameter or return type)".into(),
                )
            }
            b't' => {
                let n = self.next()?;
                if !n.is_ascii_digit() {
                    return Err(format!("bad tuple length {:?} in a type string", n as char));
                }
                let mut items = Vec::new();
                let mut kinds = Vec::new();
                for _ in 0..(n - b'0') {
                    let item = self.ty()?;
                    kinds.push(item.tuple_kind());
                    items.push(item);
                }
                kinds.push(0);
                Ty::Tuple(items, Box::leak(kinds.into_boxed_slice()))
            }
            b'y' => Ty::Bytes,
            b'c' => {
                let mut index: u32 = 0;
                loop {
                    match self.next()? {
                        b'.' => break,
                        d @ b'0'..=b'9' => {
                            index = index
                                .checked_mul(10)
                                .and_then(|i| i.checked_add(u32::from(d - b'0')))
                                .ok_or("class index out of range in a type string")?;
                        }
                        other => {
                            return Err(format!(
                                "bad class index character {:?} in a type string",
                                other as char
                            ))
                        }
                    }
                }
                Ty::Class(index)
            }
            other => {
                return Err(format!(
                    "unknown type code {:?} in {:?}",
                    other as char,
                    String::from_utf8_lossy(self.types)
                ))
            }
        })
    }
}

/// `f() missing 2 required positional arguments: 'a' and 'b'`, as CPython.
pub fn missing_arguments(func: &str, missing: &[&str]) -> String {
    let quoted: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
    let names = match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    };
    let plural = if missing.len() == 1 { "" } else { "s" };
    format!(
        "{func}() missing {} required positional argument{plural}: {names}",
        missing.len()
    )
}

/// `f() takes 2 positional arguments but 3 were given`, as CPython.
pub fn too_many_arguments(func: &str, arity: usize, given: usize) -> String {
    let plural = if arity == 1 { "" } else { "s" };
    let verb = if given == 1 { "was" } else { "were" };
    format!("{func}() takes {arity} positional argument{plural} but {given} {verb} given")
}

/// The largest integer a JS number holds exactly (`Number.MAX_SAFE_INTEGER`).
pub const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;

/// A JS number checked for use as a Python int.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum IntFromNumber {
    Ok(i64),
    /// NaN, an infinity, or a fraction.
    NotInteger,
    /// An integer beyond ±(2**53 - 1): it may already have lost precision.
    Unsafe,
}

/// `Number.isSafeInteger(x) ? x : ...`.
pub fn int_from_number(x: f64) -> IntFromNumber {
    if !x.is_finite() || x != libm_trunc(x) {
        return IntFromNumber::NotInteger;
    }
    if x.abs() > MAX_SAFE_INTEGER as f64 {
        return IntFromNumber::Unsafe;
    }
    IntFromNumber::Ok(x as i64)
}

/// `trunc` without libm: exact for every finite double.
fn libm_trunc(x: f64) -> f64 {
    if x.abs() >= 4_503_599_627_370_496.0 {
        // 2**52: every double this large is an integer.
        x
    } else {
        (x as i64) as f64
    }
}

/// Whether a Python int converts to a JS number exactly.
pub fn is_safe_integer(v: i64) -> bool {
    (-MAX_SAFE_INTEGER..=MAX_SAFE_INTEGER).contains(&v)
}

/// Where inside an argument a conversion failed, outermost first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathSeg {
    /// An array element.
    Index(u32),
    /// An object property or Map entry with a string key.
    Key(String),
    /// A Map key itself (not its value).
    MapKey,
    /// A Map value, by its key as JS would write it (`1`, `"k"`, `true`).
    MapValue(String),
}

/// What was wrong with an argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgProblem {
    /// Wrong JS type: `expected` from [`Ty::js_expected`], `got` a JS type
    /// name (`string`, `array`, `null`...).
    Type { expected: String, got: String },
    /// A number that is not an integer (`got` describes it).
    NotInteger { got: String },
    /// An integer number beyond ±(2**53 - 1).
    UnsafeNumber,
    /// A BigInt outside the 64-bit range of pyaot ints.
    BigIntRange,
}

impl ArgProblem {
    /// Whether JS should see it as a RangeError (else a TypeError).
    pub fn is_range(&self) -> bool {
        matches!(self, ArgProblem::UnsafeNumber | ArgProblem::BigIntRange)
    }
}

/// The message for a bad argument, e.g. `add(): argument 'a' must be a
/// number (int), got string` or `total(): argument 'xs'[2] must be ...`.
/// `path` is outermost first.
pub fn argument_message(func: &str, param: &str, path: &[PathSeg], problem: &ArgProblem) -> String {
    let mut at = format!("{func}(): argument '{param}'");
    for seg in path {
        match seg {
            PathSeg::Index(i) => at.push_str(&format!("[{i}]")),
            PathSeg::Key(k) => {
                let shown: String = k.chars().take(40).collect();
                let ellipsis = if shown.len() < k.len() { "..." } else { "" };
                at.push_str(&format!("[{:?}]", format!("{shown}{ellipsis}")));
            }
            PathSeg::MapKey => at.push_str(" (a Map key)"),
            PathSeg::MapValue(k) => at.push_str(&format!(".get({k})")),
        }
    }
    match problem {
        ArgProblem::Type { expected, got } => format!("{at} must be {expected}, got {got}"),
        ArgProblem::NotInteger { got } => format!("{at} must be an integer (int), got {got}"),
        ArgProblem::UnsafeNumber => format!(
            "{at} is outside the safe integer range ±(2**53-1) of JS numbers; pass a BigInt"
        ),
        ArgProblem::BigIntRange => {
            format!("{at} does not fit in a 64-bit int (pyaot ints are 64-bit)")
        }
    }
}

/// The message for a returned int that a JS number cannot hold exactly.
pub fn unsafe_result_message(func: &str, v: i64) -> String {
    format!(
        "{func}() returned the int {v}, outside the safe integer range ±(2**53-1) of JS numbers"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(types: &str, arity: usize) -> Result<Signature, String> {
        parse_signature(types.as_bytes(), arity)
    }

    fn b(t: Ty) -> Box<Ty> {
        Box::new(t)
    }

    #[test]
    fn parses_the_architecture_example() {
        // def f(xs: list[int], s: str) -> dict[str, int]
        assert_eq!(
            sig("dsilis", 2),
            Ok(Signature {
                ret: Ty::Dict(b(Ty::Str), b(Ty::Int)),
                params: vec![Ty::List(b(Ty::Int)), Ty::Str],
            })
        );
        assert_eq!(
            sig("n", 0),
            Ok(Signature {
                ret: Ty::None,
                params: vec![]
            })
        );
        let s = sig("osodillfb", 2).unwrap();
        assert_eq!(s.ret.python_name(), "str | None");
        assert_eq!(
            s.params[0].python_name(),
            "dict[int, list[list[float]]] | None"
        );
        assert_eq!(s.params[1], Ty::Bool);
        assert!(s.ret.is_ref() && !Ty::Float.is_ref());
        assert_eq!(Ty::List(b(Ty::Bool)).elem(), Elem::List);
        let s = sig("ls", 0).unwrap();
        assert_eq!(s.ret, Ty::List(b(Ty::Str)));
    }

    #[test]
    fn parses_tuples_with_their_kind_strings() {
        let s = sig("t2sft0", 1).unwrap();
        match &s.ret {
            Ty::Tuple(items, kinds) => {
                assert_eq!(items, &vec![Ty::Str, Ty::Float]);
                assert_eq!(*kinds, b"sf\0");
            }
            other => panic!("not a tuple: {other:?}"),
        }
        assert_eq!(s.params[0], Ty::Tuple(Vec::new(), b"\0"));
        assert_eq!(s.ret.python_name(), "tuple[str, float]");
        assert!(s.ret.is_ref());
        assert_eq!(s.ret.elem(), Elem::Tuple);
    }

    #[test]
    fn refuses_what_it_cannot_convert() {
        let err = |t: &str, n| sig(t, n).unwrap_err();
        assert!(err("tai", 0).starts_with("bad tuple length 'a'"));
        assert!(err("dyi", 0).starts_with("dict keys of type bytes"));
        assert!(err("cx.", 0).contains("bad class index character 'x'"));
        assert!(err("nlos", 1).starts_with("Optional inside a list or dict"));
        assert!(err("dlii", 0).starts_with("dict keys of type list[int]"));
        assert!(err("ii", 2).contains("describes 1 parameters, the export table says 2"));
        assert!(err("l", 0).contains("ends too early"));
        assert!(err("iq", 1).contains("unknown type code 'q'"));
    }

    #[test]
    fn expected_descriptions() {
        assert_eq!(Ty::Int.js_expected(), "a number (int)");
        assert_eq!(Ty::Str.js_expected(), "a string (str)");
        assert_eq!(
            Ty::Dict(b(Ty::Str), b(Ty::Int)).js_expected(),
            "an object or a Map (dict[str, int])"
        );
        assert_eq!(
            Ty::Dict(b(Ty::Int), b(Ty::Str)).js_expected(),
            "a Map (dict[int, str])"
        );
        assert_eq!(
            Ty::Optional(b(Ty::List(b(Ty::Float)))).js_expected(),
            "an array or null (list[float] | None)"
        );
    }

    #[test]
    fn arity_messages_match_cpython() {
        // def f(text): ...; f()
        assert_eq!(
            missing_arguments("slugify", &["text"]),
            "slugify() missing 1 required positional argument: 'text'"
        );
        assert_eq!(
            missing_arguments("f", &["a", "b"]),
            "f() missing 2 required positional arguments: 'a' and 'b'"
        );
        assert_eq!(
            missing_arguments("f", &["a", "b", "c"]),
            "f() missing 3 required positional arguments: 'a', 'b', and 'c'"
        );
        assert_eq!(
            too_many_arguments("add", 2, 3),
            "add() takes 2 positional arguments but 3 were given"
        );
        assert_eq!(
            too_many_arguments("f", 1, 2),
            "f() takes 1 positional argument but 2 were given"
        );
        assert_eq!(
            too_many_arguments("f", 0, 1),
            "f() takes 0 positional arguments but 1 was given"
        );
    }

    #[test]
    fn numbers_as_ints() {
        use IntFromNumber::*;
        assert_eq!(int_from_number(3.0), Ok(3));
        assert_eq!(int_from_number(-0.0), Ok(0));
        assert_eq!(int_from_number(9007199254740991.0), Ok(MAX_SAFE_INTEGER));
        assert_eq!(int_from_number(-9007199254740991.0), Ok(-MAX_SAFE_INTEGER));
        assert_eq!(int_from_number(9007199254740992.0), Unsafe);
        assert_eq!(int_from_number(1e300), Unsafe);
        assert_eq!(int_from_number(1.5), NotInteger);
        assert_eq!(int_from_number(-4503599627370495.5), NotInteger);
        assert_eq!(int_from_number(f64::NAN), NotInteger);
        assert_eq!(int_from_number(f64::INFINITY), NotInteger);
        assert!(is_safe_integer(MAX_SAFE_INTEGER) && !is_safe_integer(MAX_SAFE_INTEGER + 1));
        assert!(is_safe_integer(-MAX_SAFE_INTEGER) && !is_safe_integer(i64::MIN));
    }

    #[test]
    fn argument_messages() {
        let ty = ArgProblem::Type {
            expected: Ty::Int.js_expected(),
            got: "string".into(),
        };
        assert_eq!(
            argument_message("add", "a", &[], &ty),
            "add(): argument 'a' must be a number (int), got string"
        );
        assert_eq!(
            argument_message(
                "f",
                "m",
                &[PathSeg::Key("k\"ey".into()), PathSeg::Index(2)],
                &ty
            ),
            "f(): argument 'm'[\"k\\\"ey\"][2] must be a number (int), got string"
        );
        assert_eq!(
            argument_message("f", "m", &[PathSeg::MapValue("7".into())], &ty),
            "f(): argument 'm'.get(7) must be a number (int), got string"
        );
        assert_eq!(
            argument_message("f", "m", &[PathSeg::MapKey], &ArgProblem::BigIntRange),
            "f(): argument 'm' (a Map key) does not fit in a 64-bit int (pyaot ints are 64-bit)"
        );
        assert!(ArgProblem::UnsafeNumber.is_range() && !ty.is_range());
        assert_eq!(
            unsafe_result_message("big", 1 << 60),
            "big() returned the int 1152921504606846976, outside the safe integer range ±(2**53-1) of JS numbers"
        );
    }
}
