//! The interface model: what a library module exports, in terms every
//! target generator understands. `pyaot inspect lib.py` prints it as JSON.
//!
//! JSON schema (version [`SCHEMA_VERSION`]; fields are never renamed within
//! a version, new optional fields may appear):
//!
//! ```text
//! Interface  { schema: 1, module, doc?, functions: [Function],
//!              classes: [Class], constants: [Constant],
//!              exceptions: [Exception] }
//! Function   { name, doc?, params: [Param], returns: Type, raises: bool }
//! Param      { name, type: Type, default?: Value }
//! Class      { name, doc?, base?, constructor: Function, methods: [Function],
//!              static_methods: [Function], properties: [Property] }
//! Property   { name, type: Type, writable: bool, doc?, raises?: bool }
//! Constant   { name, type: Type, value: Value }
//! Exception  { name, base, doc? }      user exception classes
//! Type       "int" | "float" | "bool" | "str" | "bytes" | "none"
//!            | {"list": Type} | {"dict": [Type, Type]} | {"tuple": [Type]}
//!            | {"optional": Type} | {"class": "Name"}
//! Value      a JSON literal: integer, float, boolean, string or null
//! ```
//!
//! Methods list their parameters without `self`. A constructor is the
//! class's `__init__` (without `self`), named `__init__`, returning the
//! class.

use serde::{Deserialize, Serialize};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interface {
    pub schema: u32,
    /// The Python module name (the file stem), e.g. `geometry`.
    pub module: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    pub functions: Vec<Function>,
    #[serde(default)]
    pub classes: Vec<Class>,
    #[serde(default)]
    pub constants: Vec<Constant>,
    #[serde(default)]
    pub exceptions: Vec<Exception>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Function {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    pub params: Vec<Param>,
    pub returns: Type,
    /// Whether a call can end with a Python exception: false only when
    /// the compiler proved the body never raises
    /// (`pyaot_core::raises`). Hosts whose error handling is visible in
    /// signatures (Rust, Go, Swift) use it.
    pub raises: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Param {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: Type,
    /// A default of `None` is `"default": null`; an absent field means no
    /// default.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present_value"
    )]
    pub default: Option<Value>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Class {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    pub constructor: Function,
    #[serde(default)]
    pub methods: Vec<Function>,
    #[serde(default)]
    pub static_methods: Vec<Function>,
    #[serde(default)]
    pub properties: Vec<Property>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Property {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: Type,
    pub writable: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// Whether reading (or writing) it can raise a Python exception, as
    /// for [`Function::raises`]. Absent in older models: assume it can.
    #[serde(default = "can_raise")]
    pub raises: bool,
}

fn can_raise() -> bool {
    true
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Constant {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: Type,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exception {
    pub name: String,
    /// The Python base class, e.g. `ValueError` or another user exception.
    pub base: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// A type that can cross the library boundary.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Type {
    Int,
    Float,
    Bool,
    Str,
    Bytes,
    None,
    List(Box<Type>),
    Dict(Box<Type>, Box<Type>),
    Tuple(Vec<Type>),
    Optional(Box<Type>),
    Class(String),
}

impl Type {
    /// The type as Python spells it, for messages and docs.
    pub fn python(&self) -> String {
        match self {
            Type::Int => "int".into(),
            Type::Float => "float".into(),
            Type::Bool => "bool".into(),
            Type::Str => "str".into(),
            Type::Bytes => "bytes".into(),
            Type::None => "None".into(),
            Type::List(t) => format!("list[{}]", t.python()),
            Type::Dict(k, v) => format!("dict[{}, {}]", k.python(), v.python()),
            Type::Tuple(ts) => {
                let items: Vec<String> = ts.iter().map(Type::python).collect();
                format!("tuple[{}]", items.join(", "))
            }
            Type::Optional(t) => format!("Optional[{}]", t.python()),
            Type::Class(name) => name.clone(),
        }
    }

    /// Whether `bytes` appears anywhere in the type.
    pub fn mentions_bytes(&self) -> bool {
        match self {
            Type::Bytes => true,
            Type::List(t) | Type::Optional(t) => t.mentions_bytes(),
            Type::Dict(k, v) => k.mentions_bytes() || v.mentions_bytes(),
            Type::Tuple(ts) => ts.iter().any(Type::mentions_bytes),
            _ => false,
        }
    }

    /// Whether an exported class appears anywhere in the type: such values
    /// cross as handles that host wrappers convert.
    pub fn mentions_class(&self) -> bool {
        match self {
            Type::Int | Type::Float | Type::Bool | Type::Str | Type::Bytes | Type::None => false,
            Type::List(t) | Type::Optional(t) => t.mentions_class(),
            Type::Dict(k, v) => k.mentions_class() || v.mentions_class(),
            Type::Tuple(ts) => ts.iter().any(Type::mentions_class),
            Type::Class(_) => true,
        }
    }
}

impl Function {
    /// Whether any parameter has a default value.
    pub fn has_defaults(&self) -> bool {
        self.params.iter().any(|p| p.default.is_some())
    }
}

/// A constant: a default value or a module constant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
}

/// Reads a field that is present: `null` is `Some(Value::None)` (plain
/// `Option` deserialisation would read it as absent).
fn present_value<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

impl Interface {
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("the model always serialises");
        s.push('\n');
        s
    }

    pub fn from_json(text: &str) -> Result<Interface, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The index of an exported class in the class table (source order).
    pub fn class_index(&self, name: &str) -> Option<usize> {
        self.classes.iter().position(|c| c.name == name)
    }

    /// The type in the export table's type-code notation (ARCHITECTURE.md,
    /// "Library mode"): `i f b s n y`, `l`T, `d`KV, `o`T, `t`N T1..TN,
    /// `c`<index>`.`. `None` when the type names a class the interface
    /// does not export.
    pub fn type_code(&self, ty: &Type) -> Option<String> {
        let mut out = String::new();
        self.write_type_code(ty, &mut out)?;
        Some(out)
    }

    fn write_type_code(&self, ty: &Type, out: &mut String) -> Option<()> {
        match ty {
            Type::Int => out.push('i'),
            Type::Float => out.push('f'),
            Type::Bool => out.push('b'),
            Type::Str => out.push('s'),
            Type::None => out.push('n'),
            Type::Bytes => out.push('y'),
            Type::List(t) => {
                out.push('l');
                self.write_type_code(t, out)?;
            }
            Type::Optional(t) => {
                out.push('o');
                self.write_type_code(t, out)?;
            }
            Type::Dict(k, v) => {
                out.push('d');
                self.write_type_code(k, out)?;
                self.write_type_code(v, out)?;
            }
            Type::Tuple(ts) => {
                // One digit: the ABI's limit on tuple arity.
                let n = char::from_digit(u32::try_from(ts.len()).ok()?, 10)?;
                out.push('t');
                out.push(n);
                for t in ts {
                    self.write_type_code(t, out)?;
                }
            }
            Type::Class(name) => {
                out.push('c');
                out.push_str(&self.class_index(name)?.to_string());
                out.push('.');
            }
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_serialise_as_documented() {
        let t = Type::Dict(
            Box::new(Type::Str),
            Box::new(Type::List(Box::new(Type::Optional(Box::new(Type::Int))))),
        );
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, r#"{"dict":["str",{"list":{"optional":"int"}}]}"#);
        assert_eq!(serde_json::from_str::<Type>(&json).unwrap(), t);
        assert_eq!(t.python(), "dict[str, list[Optional[int]]]");
    }

    #[test]
    fn a_none_default_survives_the_round_trip() {
        let with = r#"{"name":"x","type":{"optional":"int"},"default":null}"#;
        let p: Param = serde_json::from_str(with).unwrap();
        assert_eq!(p.default, Some(Value::None));
        assert_eq!(serde_json::to_string(&p).unwrap(), with);
        let without: Param = serde_json::from_str(r#"{"name":"x","type":"int"}"#).unwrap();
        assert_eq!(without.default, None);
    }

    #[test]
    fn type_codes_follow_the_export_table_notation() {
        let model = Interface {
            schema: SCHEMA_VERSION,
            module: "m".into(),
            doc: None,
            functions: vec![],
            classes: vec![],
            constants: vec![],
            exceptions: vec![],
        };
        let t = Type::Dict(
            Box::new(Type::Str),
            Box::new(Type::List(Box::new(Type::Tuple(vec![
                Type::Int,
                Type::Optional(Box::new(Type::Float)),
            ])))),
        );
        assert_eq!(model.type_code(&t).as_deref(), Some("dslt2iof"));
        assert_eq!(model.type_code(&Type::Class("Nope".into())), None);
        assert!(!t.mentions_class());
        assert!(Type::List(Box::new(Type::Class("P".into()))).mentions_class());
    }

    #[test]
    fn values_are_plain_json_literals() {
        for (v, json) in [
            (Value::None, "null"),
            (Value::Bool(true), "true"),
            (Value::Int(-3), "-3"),
            (Value::Float(2.5), "2.5"),
            (Value::Str("a".into()), "\"a\""),
        ] {
            assert_eq!(serde_json::to_string(&v).unwrap(), json);
            assert_eq!(serde_json::from_str::<Value>(json).unwrap(), v);
        }
    }
}
