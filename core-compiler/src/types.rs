//! Static types of the supported Python subset.

use crate::hir::ClassId;
use std::fmt;
use std::sync::Arc;

/// The static type of a value.
///
/// **Invariant:** after checking, every HIR expression has exactly one `Ty`
/// and no implicit conversions remain: the checker inserts explicit
/// [`crate::hir::Conv`] nodes wherever Python would coerce.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Float,
    Bool,
    Str,
    None,
    List(Box<Ty>),
    /// `dict[K, V]`; keys are int, float, bool or str.
    Dict(Box<Ty>, Box<Ty>),
    /// A caught exception object (`except ValueError as e`).
    Exc,
    /// An instance of a user class (or of a subclass of it), or None: a
    /// class-typed value may be None (a NULL pointer), so `Optional[C]`
    /// and `C | None` are this type too, and every operation on it
    /// behaves as CPython does on None.
    Class(ClassTy),
}

/// A user class as a type: its id, and its name for messages.
#[derive(Clone, Debug)]
pub struct ClassTy {
    pub id: ClassId,
    pub name: Arc<str>,
}

impl PartialEq for ClassTy {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for ClassTy {}

impl std::hash::Hash for ClassTy {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state)
    }
}

impl Ty {
    /// Whether values of this type are refcounted heap pointers.
    pub fn is_ref(&self) -> bool {
        matches!(
            self,
            Ty::Str | Ty::List(_) | Ty::Dict(..) | Ty::Exc | Ty::Class(_)
        )
    }

    /// The class of a class-typed value.
    pub fn class(&self) -> Option<ClassId> {
        match self {
            Ty::Class(c) => Some(c.id),
            _ => None,
        }
    }

    /// Whether values of this type can be dict keys.
    pub fn is_hashable_key(&self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool | Ty::Str)
    }

    /// The type of an empty `{}` before its context gives it one.
    pub fn empty_dict() -> Ty {
        Ty::Dict(Box::new(Ty::None), Box::new(Ty::None))
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool)
    }
}

/// Prints the type as Python spells it (`int`, `list[str]`), which is also
/// how CPython names types in its error messages.
impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Int => f.write_str("int"),
            Ty::Float => f.write_str("float"),
            Ty::Bool => f.write_str("bool"),
            Ty::Str => f.write_str("str"),
            Ty::None => f.write_str("None"),
            Ty::List(elem) => write!(f, "list[{elem}]"),
            Ty::Dict(k, v) => write!(f, "dict[{k}, {v}]"),
            Ty::Exc => f.write_str("BaseException"),
            Ty::Class(c) => f.write_str(&c.name),
        }
    }
}

impl Ty {
    /// The name CPython uses for the *runtime* type in messages such as
    /// `unsupported operand type(s) for +: 'int' and 'str'`.
    pub fn runtime_name(&self) -> &str {
        match self {
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::Str => "str",
            Ty::None => "NoneType",
            Ty::List(_) => "list",
            Ty::Dict(..) => "dict",
            Ty::Exc => "BaseException",
            Ty::Class(c) => &c.name,
        }
    }
}
