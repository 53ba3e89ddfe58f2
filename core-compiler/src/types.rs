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
    /// `bytes`: an immutable byte string (a pointer, like `str`).
    Bytes,
    None,
    List(Box<Ty>),
    /// `dict[K, V]`; keys are int, float, bool, str, or tuples of those
    /// (and None). The kind says whether it is a plain dict, a
    /// `defaultdict[K, V]` or a `Counter[K]` (V is int): the same runtime
    /// object, see `runtime/src/collections.rs`.
    Dict(Box<Ty>, Box<Ty>, DictKind),
    /// `set[T]`; elements are int, float, bool, str, or tuples of those
    /// (`set[None]` is an empty `set()` before its context types it).
    Set(Box<Ty>),
    /// `tuple[T1, ..., Tn]`: fixed length, a type per element (`tuple[()]`
    /// is the empty tuple).
    Tuple(Vec<Ty>),
    /// `tuple[T, ...]`: a tuple of any length whose elements all have type
    /// `T` (what `*args: T` binds). The same runtime object as `Tuple`:
    /// every slot's type code is `T`'s.
    VarTuple(Box<Ty>),
    /// A caught exception object (`except ValueError as e`).
    Exc,
    /// The `exc_type` argument of `__exit__`: `Optional[type[BaseException]]`.
    /// Classes are not values in pyaot, so it is represented by the
    /// exception object itself (NULL for None); the checker allows only
    /// what that representation answers exactly: `is None`, `is E`,
    /// `.__name__`, `str`/`repr`/`print`.
    ExcType,
    /// The `traceback` argument of `__exit__`: the exception object too
    /// (NULL for None), so it can only be compared with None.
    Traceback,
    /// `Optional[T]` / `T | None`: a pointer that is NULL for None. A ref
    /// `T` is its own pointer; an `int`, `float` or `bool` is boxed. (A
    /// class type is nullable itself: `Optional[C]` is `Class`.)
    Optional(Box<Ty>),
    /// An instance of a user class (or of a subclass of it), or None: a
    /// class-typed value may be None (a NULL pointer), so `Optional[C]`
    /// and `C | None` are this type too, and every operation on it
    /// behaves as CPython does on None.
    Class(ClassTy),
    /// `Callable[[A, B], R]`: a function object (code pointer + captured
    /// cells, `runtime/src/func_obj.rs`); see ARCHITECTURE.md "Functions
    /// as values".
    Func(Box<FnTy>),
    /// `Iterator[T]` (also written `Generator[T, None, None]`): a
    /// generator object (`runtime/src/gen_obj.rs`); see ARCHITECTURE.md
    /// "Generators".
    Iter(Box<Ty>),
    /// `Iterable[T]`: the iterable object itself (a list, tuple, set,
    /// dict, str, bytes or generator), which every iteration turns into a
    /// fresh iterator at run time (`pyaot_iter_any`); see ARCHITECTURE.md
    /// "Iterable parameters".
    Iterable(Box<Ty>),
    /// `collections.deque[T]`: a ring buffer object
    /// (`runtime/src/deque_obj.rs`); iterated through its own iterator
    /// (`pyaot_iter_any`), which raises when the deque is mutated.
    Deque(Box<Ty>),
}

/// Which dict a `Ty::Dict` is. A defaultdict or Counter is a dict
/// (CPython subclasses), so it is upcast to a plain dict where one is
/// expected; only its own methods and operators need the kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DictKind {
    Plain,
    Default,
    Counter,
}

/// The signature of a callable value: positional parameters and result.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FnTy {
    pub params: Vec<Ty>,
    pub ret: Ty,
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
    /// Whether NULL is a value of this (ref) type: None, for class types
    /// and `Optional`. (Other refs are never NULL once assigned.)
    pub fn null_is_none(&self) -> bool {
        matches!(
            self,
            Ty::Class(_) | Ty::Optional(_) | Ty::ExcType | Ty::Traceback
        )
    }

    pub fn is_ref(&self) -> bool {
        matches!(
            self,
            Ty::Str
                | Ty::Bytes
                | Ty::List(_)
                | Ty::Dict(..)
                | Ty::Set(_)
                | Ty::Tuple(_)
                | Ty::VarTuple(_)
                | Ty::Exc
                | Ty::ExcType
                | Ty::Traceback
                | Ty::Optional(_)
                | Ty::Class(_)
                | Ty::Func(_)
                | Ty::Iter(_)
                | Ty::Iterable(_)
                | Ty::Deque(_)
        )
    }

    /// An exception object or one of `__exit__`'s views of it: values
    /// containers, tuples and exception arguments do not hold.
    pub fn is_exc_object(&self) -> bool {
        matches!(self, Ty::Exc | Ty::ExcType | Ty::Traceback)
    }

    /// The signature of a callable value.
    pub fn func(&self) -> Option<&FnTy> {
        match self {
            Ty::Func(f) => Some(f),
            _ => None,
        }
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
        match self {
            Ty::Int | Ty::Float | Ty::Bool | Ty::Str | Ty::Bytes => true,
            Ty::Tuple(items) => items.iter().all(|t| *t == Ty::None || t.is_hashable_key()),
            _ => false,
        }
    }

    /// The first unhashable type inside a would-be key (CPython's
    /// `unhashable type: 'list'` names it).
    pub fn unhashable_part(&self) -> Option<&Ty> {
        match self {
            Ty::Tuple(items) => items.iter().find_map(|t| match t {
                Ty::None => None,
                t => t.unhashable_part(),
            }),
            t if t.is_hashable_key() => None,
            t => Some(t),
        }
    }

    /// The one element type of a tuple whose elements all have it (None
    /// for a non-tuple, an empty tuple or mixed element types).
    pub fn tuple_elem(&self) -> Option<&Ty> {
        match self {
            Ty::Tuple(items) => {
                let first = items.first()?;
                items.iter().all(|t| t == first).then_some(first)
            }
            Ty::VarTuple(elem) => Some(elem),
            _ => None,
        }
    }

    /// The type of an empty `set()` before its context gives it one.
    pub fn empty_set() -> Ty {
        Ty::Set(Box::new(Ty::None))
    }

    /// The type of an empty `{}` before its context gives it one.
    pub fn empty_dict() -> Ty {
        Ty::dict(Ty::None, Ty::None)
    }

    /// `dict[k, v]`.
    pub fn dict(k: Ty, v: Ty) -> Ty {
        Ty::Dict(Box::new(k), Box::new(v), DictKind::Plain)
    }

    /// The kind of a dict type (None for other types).
    pub fn dict_kind(&self) -> Option<DictKind> {
        match self {
            Ty::Dict(_, _, kind) => Some(*kind),
            _ => None,
        }
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
            Ty::Bytes => f.write_str("bytes"),
            Ty::None => f.write_str("None"),
            Ty::List(elem) => write!(f, "list[{elem}]"),
            Ty::Dict(k, v, DictKind::Plain) => write!(f, "dict[{k}, {v}]"),
            Ty::Dict(k, v, DictKind::Default) => write!(f, "defaultdict[{k}, {v}]"),
            Ty::Dict(k, _, DictKind::Counter) => write!(f, "Counter[{k}]"),
            Ty::Set(elem) => write!(f, "set[{elem}]"),
            Ty::Tuple(items) if items.is_empty() => f.write_str("tuple[()]"),
            Ty::Tuple(items) => {
                f.write_str("tuple[")?;
                for (i, t) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                f.write_str("]")
            }
            Ty::VarTuple(elem) => write!(f, "tuple[{elem}, ...]"),
            Ty::Exc => f.write_str("BaseException"),
            Ty::ExcType => f.write_str("Optional[type[BaseException]]"),
            Ty::Traceback => f.write_str("Optional[TracebackType]"),
            Ty::Optional(t) => write!(f, "Optional[{t}]"),
            Ty::Class(c) => f.write_str(&c.name),
            Ty::Func(sig) => {
                f.write_str("Callable[[")?;
                for (i, t) in sig.params.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, "], {}]", sig.ret)
            }
            Ty::Iter(elem) => write!(f, "Iterator[{elem}]"),
            Ty::Iterable(elem) => write!(f, "Iterable[{elem}]"),
            Ty::Deque(elem) => write!(f, "deque[{elem}]"),
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
            Ty::Bytes => "bytes",
            Ty::None => "NoneType",
            Ty::List(_) => "list",
            Ty::Dict(_, _, DictKind::Plain) => "dict",
            Ty::Dict(_, _, DictKind::Default) => "defaultdict",
            Ty::Dict(_, _, DictKind::Counter) => "Counter",
            Ty::Set(_) => "set",
            Ty::Tuple(_) | Ty::VarTuple(_) => "tuple",
            Ty::Exc => "BaseException",
            Ty::ExcType => "type",
            Ty::Traceback => "traceback",
            // What fails at run time when the check was forgotten: CPython
            // then says e.g. "'NoneType' object has no attribute 'upper'".
            Ty::Optional(_) => "NoneType",
            Ty::Class(c) => &c.name,
            Ty::Func(_) => "function",
            Ty::Iter(_) => "generator",
            // Known only at run time; what compile errors about it say.
            Ty::Iterable(_) => "Iterable",
            Ty::Deque(_) => "collections.deque",
        }
    }
}
