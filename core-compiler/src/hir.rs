//! The typed high-level IR: the checker's output and codegen's input.
//!
//! **Architecture invariant:** nothing here refers to ruff's AST. Names are
//! resolved to [`LocalId`]/[`GlobalId`]/[`FuncId`], every expression carries
//! its [`Ty`], operators are specialised to their operand type, and calls
//! have their arguments matched to parameters (defaults filled in).

use crate::source::Span;
use crate::types::Ty;

macro_rules! entity {
    ($name:ident, $prefix:literal) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}
entity!(FuncId, "fn");
entity!(LocalId, "l");
entity!(GlobalId, "g");
entity!(ClassId, "c");

/// One compiled program: the main module and every module it imports.
#[derive(Debug)]
pub struct Module {
    /// The main module's path, shown in tracebacks.
    pub file: String,
    /// Every module's path and `__name__`, by module index
    /// (`Function::module`, `Class::module`); the main module is 0.
    pub files: Vec<String>,
    pub module_names: Vec<String>,
    /// `__name__`: `__main__` for a program, the module name for a library.
    pub name: String,
    pub funcs: Vec<Function>,
    pub globals: Vec<Global>,
    /// The function holding the module's top-level statements.
    pub main: FuncId,
    /// User classes, by `ClassId` (see `check/class.rs`).
    pub classes: Vec<Class>,
    /// Library mode's entry points (`library::add_exports`); empty for a
    /// program.
    pub exports: Vec<Export>,
}

/// An entry point of a library: the name hosts call it by and the
/// function behind it.
#[derive(Debug, Clone)]
pub struct Export {
    pub name: String,
    /// The name Python would give it in messages: `f`, `C.__init__` for
    /// the constructor, `C.m` for a member.
    pub qualname: String,
    pub func: FuncId,
}

/// A user class as codegen lays it out: a class descriptor (data) and the
/// instance layout (`runtime/src/instance.rs`).
#[derive(Debug)]
pub struct Class {
    pub name: String,
    /// The module defining the class (an index into `Module::files`).
    pub module: u32,
    pub parent: Option<ClassId>,
    /// For exception classes, the nearest built-in base; instances are
    /// then exception objects carrying the class's fields.
    pub exc_base: Option<ExcKind>,
    /// Instance fields, inherited ones first: field `i` is slot `i`.
    pub fields: Vec<Field>,
    /// The method table: what this class runs for each virtual slot (or,
    /// for a class attribute that subclasses redefine, where its value is).
    pub vtable: Vec<VEntry>,
    /// The nearest `__repr__`, `__str__`, `__eq__` and `__lt__` in the
    /// class chain, which the runtime calls (printing, list operations).
    pub repr: Option<FuncId>,
    pub str: Option<FuncId>,
    pub eq: Option<FuncId>,
    pub lt: Option<FuncId>,
    /// The nearest `__bool__`, else `__len__`, for truthiness.
    pub truth: Option<(FuncId, TruthVia)>,
    /// The class docstring.
    pub doc: Option<String>,
    /// The methods defined in the class body (not inherited ones), in
    /// source order: what library mode exports.
    pub members: Vec<Member>,
}

/// A method defined in a class body.
#[derive(Debug, Clone)]
pub struct Member {
    /// The Python name; a property's getter and setter both carry the
    /// property's name.
    pub name: String,
    pub func: FuncId,
    pub kind: MemberKind,
    /// The method-table slot, for what dispatches through it.
    pub vslot: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberKind {
    Init,
    Instance,
    Static,
    /// `@classmethod`: specialised per class it is called on, so it has
    /// no single function to export.
    ClassMethod,
    Getter,
    Setter,
}

/// An entry of a class's method table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VEntry {
    Method(FuncId),
    /// The global holding this class's value of a class attribute.
    Attr(GlobalId),
}

/// Which method decides an instance's truthiness.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TruthVia {
    Bool,
    Len,
}

#[derive(Debug)]
pub struct Field {
    pub name: String,
    pub ty: Ty,
    /// A scalar field that some read may find unassigned: assigning it
    /// also sets its bit in the instance's assigned-fields mask (ref
    /// fields are unassigned while NULL and need no bit).
    pub flagged: bool,
}

#[derive(Debug)]
pub struct Global {
    pub name: String,
    pub ty: Ty,
}

#[derive(Debug)]
pub struct Function {
    /// Python name; `<module>` for the module body.
    pub name: String,
    /// The first `params.len()` locals are the parameters, in order.
    pub params: Vec<LocalId>,
    /// Each parameter's default value, if it has one.
    pub defaults: Vec<Option<Const>>,
    /// How each parameter is passed (all [`ParamKind::Positional`] for
    /// compiler-made functions); calls are bound by the checker, so only
    /// library mode, which exposes signatures, reads this.
    pub param_kinds: Vec<ParamKind>,
    pub locals: Vec<Local>,
    pub ret: Ty,
    /// Whether `ret` was written as an annotation (not inferred).
    pub ret_annotated: bool,
    /// The docstring, if the body starts with one.
    pub doc: Option<String>,
    pub body: Block,
    pub span: Span,
    /// The span of the function's name in its `def`.
    pub name_span: Span,
    /// A top-level `def` (not a method, nor anything compiler-made).
    pub top_level: bool,
    /// A compiler-made adapter that adds no traceback frame of its own
    /// (the closure-convention entry of a top-level function).
    pub hidden_frame: bool,
    /// The module the function is defined in (an index into
    /// `Module::files`), for its traceback frames.
    pub module: u32,
    /// A generator function (its body has `yield`): `ret` is
    /// `Iterator[T]`, calling it makes a generator object, and codegen
    /// turns the body into a resume function (ARCHITECTURE.md
    /// "Generators").
    pub generator: bool,
}

/// How a parameter receives its argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// Positionally or by keyword.
    Positional,
    /// Only by keyword (after a bare `*` or `*args`).
    KwOnly,
    /// `*args`: the extra positional arguments, as a tuple.
    VarArgs,
    /// `**kwargs`: the extra keyword arguments, as a dict.
    VarKw,
}

#[derive(Debug, Clone)]
pub struct Local {
    pub name: String,
    pub ty: Ty,
    /// Set for a variable that lives in a cell (a nested function
    /// captures it): the local then holds the cell pointer and reads and
    /// writes go through it.
    pub cell: Option<CellOf>,
}

/// Where a cell variable's cell comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellOf {
    /// The function makes it on entry (holding the parameter's value for
    /// a parameter), or at a [`StmtKind::NewCell`].
    Own,
    /// Captured: cell `i` of the function object the function runs as,
    /// which is its first parameter.
    Free(u32),
}

/// A constant default parameter value. Defaults must be constants: Python
/// evaluates them once at `def` time, and for constants evaluating at each
/// call site is indistinguishable.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    Bytes(Vec<u8>),
    None,
    /// A fresh empty list or dict per call: only the `__init__` that
    /// `@dataclass` generates has these (`field(default_factory=list)`).
    EmptyList,
    EmptyDict,
}

impl Module {
    /// The functions a library exports: public (no leading underscore)
    /// top-level functions, in source order.
    pub fn exported_funcs(&self) -> impl Iterator<Item = FuncId> + '_ {
        self.funcs
            .iter()
            .enumerate()
            .filter(|(_, f)| f.module == 0 && f.top_level && !f.name.starts_with('_'))
            .map(|(i, _)| FuncId(i as u32))
    }
}

pub type Block = Vec<Stmt>;

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    /// An expression evaluated for its effect; its value is dropped.
    Expr(Expr),
    Assign(Place, Expr),
    If(Expr, Block, Block),
    While {
        cond: Expr,
        body: Block,
        orelse: Block,
    },
    /// `for var in range(start, stop, step)`; `step` is known non-zero when
    /// constant, otherwise checked at run time (ValueError).
    ForRange {
        var: Place,
        start: Expr,
        stop: Expr,
        step: Expr,
        body: Block,
        orelse: Block,
    },
    /// `for var in seq`, and the sugared forms over str and list
    /// sequences: `for a, b in zip(s, t)` (several `vars`, stopping at the
    /// shortest), `for i, x in enumerate(s, start)` (`index`) and
    /// `for x in reversed(s)` (`reverse`, one sequence).
    ForEach {
        vars: Vec<(Place, Expr)>,
        index: Option<(Place, Expr)>,
        reverse: bool,
        body: Block,
        orelse: Block,
    },
    /// Statements lowered from one Python statement (e.g. `a, b = b, a`).
    Seq(Block),
    Break,
    Continue,
    Return(Option<Expr>),
    /// `raise Kind(*args)`; the arguments are any values (their str and
    /// repr both show, and `e.args` is their tuple).
    Raise {
        kind: ExcKind,
        args: Vec<Expr>,
    },
    /// `assert cond, arg`: raises `AssertionError(arg)`.
    Assert {
        cond: Expr,
        msg: Option<Expr>,
    },
    /// `sys.exit(arg)`; the argument is an int, a str or absent/None.
    Exit(Option<Expr>),
    /// `raise e` for a caught exception object `e`.
    RaiseObj(Expr),
    /// Bare `raise` inside an `except` block: re-raise what it handles.
    Reraise,
    Try {
        body: Block,
        handlers: Vec<Handler>,
        orelse: Block,
        finally: Block,
    },
    /// Gives the cell variable a fresh, unbound cell (a comprehension
    /// variable that closures capture: each run of the comprehension has
    /// its own, as in CPython).
    NewCell(LocalId),
    /// `yield value` in a generator function (only as a statement, and not
    /// inside an `except` or `finally` block).
    Yield(Expr),
    /// `del name` of a local or global variable: releases its value and
    /// leaves it unbound. `checked` when it may be unbound already, which
    /// raises CPython's UnboundLocalError / NameError.
    Del {
        place: Place,
        checked: bool,
    },
}

/// One `except` clause.
#[derive(Debug)]
pub struct Handler {
    /// Matched if the exception is one of these or a subclass; a bare
    /// `except:` is `[BaseException]`.
    pub kinds: Vec<ExcKind>,
    /// User exception classes it also matches (with their subclasses).
    pub classes: Vec<ClassId>,
    /// The `as name` target, unbound again when the handler ends.
    pub bind: Option<Place>,
    pub body: Block,
    pub span: Span,
}

/// Where an assignment stores.
#[derive(Debug)]
pub enum Place {
    Local(LocalId),
    Global(GlobalId),
    ListItem {
        list: Box<Expr>,
        index: Box<Expr>,
    },
    DictItem {
        dict: Box<Expr>,
        key: Box<Expr>,
    },
    /// `obj.field = value` for field `slot` of `obj`'s static class.
    /// `maybe_none`: `obj` may be None (AttributeError).
    Field {
        obj: Box<Expr>,
        class: ClassId,
        slot: u32,
        maybe_none: bool,
    },
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Ty,
    pub span: Span,
}

#[derive(Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(String),
    /// A `b"..."` literal.
    Bytes(Vec<u8>),
    None,
    /// Read of a local. `checked` means it may be unbound at this point, so
    /// the read must raise UnboundLocalError/NameError if it is.
    Local {
        id: LocalId,
        checked: bool,
    },
    /// Read of a module global from inside a function, or a maybe-unbound
    /// read at module level; always checked when `checked` is set.
    Global {
        id: GlobalId,
        checked: bool,
    },
    /// A call; `args` are in parameter order, evaluated in `eval_order`
    /// (indices into `args`: the order the call site wrote them, then
    /// filled-in defaults).
    Call {
        func: FuncId,
        args: Vec<Expr>,
        eval_order: Vec<usize>,
    },
    /// Integer or float arithmetic; both operands already have type `ty`
    /// (`Int` or `Float`), except `Pow` whose result may differ.
    Arith(ArithOp, Box<Expr>, Box<Expr>),
    /// Bitwise operator; both operands are `Int`, or both `Bool` for
    /// `&`, `|`, `^` (whose result is then a `bool`, as in Python).
    Bit(BitOp, Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    /// `~x` on an `Int`: `-x - 1`, which never overflows.
    Invert(Box<Expr>),
    /// `x is None` for an `Optional` operand.
    IsNone(Box<Expr>),
    /// Comparison chain `a < b <= c`, each operand evaluated once.
    Compare {
        first: Box<Expr>,
        rest: Vec<(CmpOp, Expr)>,
    },
    /// `and`/`or` over operands of one type, returning an operand.
    BoolOp {
        is_and: bool,
        values: Vec<Expr>,
    },
    Not(Box<Expr>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Conv(Conv, Box<Expr>),
    StrConcat(Box<Expr>, Box<Expr>),
    StrRepeat(Box<Expr>, Box<Expr>),
    /// `haystack in needle`-style containment: `(needle, haystack)`.
    StrContains(Box<Expr>, Box<Expr>),
    StrIndex(Box<Expr>, Box<Expr>),
    StrSlice {
        value: Box<Expr>,
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    Len(Box<Expr>),
    /// `abs(x)` on int (checked) or float.
    Abs(Box<Expr>),
    /// `min`/`max` over two or more values of one numeric type.
    MinMax {
        is_max: bool,
        args: Vec<Expr>,
    },
    /// An f-string: literal pieces and formatted values, joined.
    FString(Vec<FPart>),
    Print {
        args: Vec<Expr>,
        sep: Option<Box<Expr>>,
        end: Option<Box<Expr>>,
        /// `end=` was written before `sep=` (so it is evaluated first).
        end_first: bool,
    },
    Input(Option<Box<Expr>>),
    List(Vec<Expr>),
    /// A dict display `{k: v, ...}`, evaluated key then value, in order.
    Dict(Vec<(Expr, Expr)>),
    ListIndex(Box<Expr>, Box<Expr>),
    /// A tuple display `(a, b)`: a new tuple of the expression's
    /// `Ty::Tuple`, items evaluated left to right.
    Tuple(Vec<Expr>),
    /// `t[i]` with a constant index, already resolved to `0 <= i < len`;
    /// the expression's type is that element's.
    TupleGet(Box<Expr>, usize),
    SysArgv,
    /// Runs statements, then yields the value of a hidden local, moving it
    /// out (comprehensions).
    Block(Block, LocalId),
    /// Evaluates the first expression for its effects, then the second.
    Then(Box<Expr>, Box<Expr>),
    /// `C(args)`.
    New(Box<New>),
    /// A read of instance field `slot` of `obj`, whose static class is
    /// `class`. `checked`: the field may be unassigned (AttributeError,
    /// or, with `class_default`, the value of that class attribute).
    /// `maybe_none`: `obj` may be None (AttributeError).
    Field {
        obj: Box<Expr>,
        class: ClassId,
        slot: u32,
        checked: bool,
        maybe_none: bool,
        class_default: Option<GlobalId>,
    },
    /// A method call.
    MethodCall(Box<MethodCall>),
    /// A class attribute read through an instance whose class may redefine
    /// it: the value the instance's class has (method table slot `vslot`
    /// holds its address). `maybe_none` as for `Field`.
    VirtualAttr {
        obj: Box<Expr>,
        vslot: u32,
        name: String,
        maybe_none: bool,
    },
    /// `isinstance(obj, class)` decided at run time (False for None).
    IsInstance(Box<Expr>, ClassId),
    /// `Kind(*args)` of a built-in exception class as a value (not raised):
    /// a new exception object (`Ty::Exc`) holding the arguments.
    NewExc {
        kind: ExcKind,
        args: Vec<Expr>,
    },
    /// `BaseException.__init__(obj, *args)`: sets the exception's args.
    ExcInit {
        obj: Box<Expr>,
        args: Vec<Expr>,
    },
    /// A function object for `func`, whose first parameter receives the
    /// object itself: `cells` are cell variables of the current function,
    /// captured in that order (`CellOf::Free(i)` in `func`). `name` and
    /// `qualname` are `__name__` and what `repr` shows.
    MakeFunc(Box<MakeFunc>),
    /// A call of a function object (`Ty::Func`): `callee`, then `args` in
    /// order, are evaluated; the object's code is called with the object
    /// and the arguments.
    CallValue {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    /// `next(gen)` (StopIteration when it is finished) or `next(gen,
    /// default)` on a generator object (`Ty::Iter`).
    GenNext {
        gen: Box<Expr>,
        default: Option<Box<Expr>>,
    },
    /// A call of a runtime function: str and list methods and some
    /// builtins. The result has the expression's type.
    RtCall {
        func: &'static str,
        args: Vec<RtArg>,
        conv: RtConv,
    },
}

/// See [`ExprKind::MakeFunc`].
#[derive(Debug)]
pub struct MakeFunc {
    pub func: FuncId,
    pub name: String,
    pub qualname: String,
    pub cells: Vec<LocalId>,
}

/// `C(args)`: evaluates `args` (in `eval_order`), allocates an instance
/// of `class` and calls `init` (if any) with it and `args`. For an
/// exception class, `exc_args: Some(n)` also makes the first `n` of
/// `args` (those passed positionally; `args` has defaults and keyword
/// arguments filled in) the exception's `args` first, as
/// `BaseException.__new__` does.
#[derive(Debug)]
pub struct New {
    pub class: ClassId,
    pub init: Option<FuncId>,
    pub args: Vec<Expr>,
    pub eval_order: Vec<usize>,
    pub exc_args: Option<usize>,
}

/// A method call; `args[0]` is the receiver. `vslot`: dispatch through
/// the receiver's method table (`func` is the statically known
/// implementation, whose signature all overrides share); otherwise a
/// direct call of `func`. `none_check`: the method's name when the
/// receiver may be None (AttributeError).
#[derive(Debug)]
pub struct MethodCall {
    pub func: FuncId,
    pub args: Vec<Expr>,
    pub eval_order: Vec<usize>,
    pub vslot: Option<u32>,
    pub none_check: Option<String>,
}

/// An argument of [`ExprKind::RtCall`].
#[derive(Debug)]
pub enum RtArg {
    /// A value passed in its natural representation.
    Value(Expr),
    /// A list element, passed as its 8-byte slot bits.
    Slot(Expr),
    /// An absent optional pointer argument (`NULL`).
    Null,
    Int(i64),
    Flag(bool),
    /// The address of the static type-code string of a tuple type (see
    /// the runtime's `tuple_obj`), for functions that make tuples.
    TupleCodes(Ty),
    /// The list element kind code of a type, as an `i32`.
    ElemKind(Ty),
    /// The address of a user class's descriptor (NULL for `None`).
    ClassDesc(Option<ClassId>),
    /// The address of the thunk through which the runtime calls a
    /// `Callable[[], T]` (a defaultdict's factory; `codegen/factory.rs`).
    FactoryThunk(Ty),
    /// The generator object whose resume function runs this code (only in
    /// the body of a generator function).
    CurrentGen,
}

/// How a runtime function reports an exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RtConv {
    /// It cannot raise.
    Infallible,
    /// It returns a pointer, NULL when it raised.
    NullOnError,
    /// It returns a flag (1 = raised) and writes the result through a
    /// trailing out pointer.
    FlagOut,
    /// Like `FlagOut`, with the result as list slot bits.
    FlagOutSlot,
    /// It returns a flag (1 = raised) and nothing else.
    Flag,
    /// It cannot raise itself, but user code it calls (`__eq__`,
    /// `__lt__`, `__bool__` of the instances in a list) may have left an
    /// exception pending.
    Pending,
}

/// Bitwise operators on `int` (and `&`, `|`, `^` on two `bool`s).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BitOp {
    And,
    Or,
    Xor,
    /// `<<`: raises ValueError for a negative count and OverflowError when
    /// the result leaves i64.
    LShift,
    /// `>>`: arithmetic; raises ValueError for a negative count.
    RShift,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    /// True division; operands are floats.
    Div,
    FloorDiv,
    Mod,
    Pow,
}

impl ArithOp {
    pub fn symbol(self) -> &'static str {
        match self {
            ArithOp::Add => "+",
            ArithOp::Sub => "-",
            ArithOp::Mul => "*",
            ArithOp::Div => "/",
            ArithOp::FloorDiv => "//",
            ArithOp::Mod => "%",
            ArithOp::Pow => "**",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    /// `is`/`is not`: against `None`, or identity of instances.
    Is,
    IsNot,
    In,
    NotIn,
}

/// Explicit conversions. The checker inserts the numeric ones where Python
/// coerces (`1 + 2.5`, `True + 1`); the rest come from builtins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conv {
    IntToFloat,
    BoolToInt,
    BoolToFloat,
    /// `int(float)`: truncates; raises on nan/inf/out of range.
    FloatToInt,
    /// `int(str)`, `float(str)`: parse; raise ValueError.
    StrToInt,
    StrToFloat,
    /// `str(x)` for any type.
    ToStr,
    /// `repr(x)` for any type.
    Repr,
    /// `bool(x)`: Python truthiness.
    Truthy,
    /// Float rounded to the nearest integer, ties to even (`round(x)`,
    /// followed by `FloatToInt`).
    RoundEven,
    /// `T` -> `Optional[T]`: boxes an int, float or bool; a ref is kept.
    Wrap,
    /// `Optional[T]` -> `T` where the checker proved the value is not None
    /// (narrowing after `x is not None`).
    Unwrap,
    /// `None` -> `Optional[T]`: the NULL pointer.
    NoneToOptional,
    /// An instance of a class as one of its base class (or, for exception
    /// classes, as a caught exception): the same pointer.
    Upcast,
    /// `None` as a class-typed value (NULL).
    NoneToObj,
    /// An instance as one of its subclasses, where a dominating
    /// `isinstance` test proved it is one: the same pointer.
    Downcast,
}

#[derive(Debug)]
pub enum FPart {
    Lit(String),
    /// `{value:spec}`; a `!r`/`!s` conversion is already applied to
    /// `value`, and `spec` is a `str` expression when present.
    Value {
        value: Expr,
        spec: Option<Expr>,
    },
}

/// Built-in exception classes the compiler can raise by name.
/// The discriminants are the runtime's exception kind numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum ExcKind {
    Exception = 1,
    ValueError = 2,
    TypeError = 3,
    ZeroDivisionError = 4,
    OverflowError = 5,
    IndexError = 6,
    KeyError = 7,
    RuntimeError = 8,
    AssertionError = 9,
    NotImplementedError = 10,
    AttributeError = 11,
    SystemExit = 12,
    RecursionError = 13,
    StopIteration = 14,
    ArithmeticError = 15,
    LookupError = 16,
    NameError = 17,
    UnicodeError = 18,
    KeyboardInterrupt = 19,
    BaseException = 20,
    EOFError = 21,
    UnboundLocalError = 22,
    UnicodeDecodeError = 23,
    UnicodeEncodeError = 24,
    /// Raised at the suspended `yield` of a generator being closed
    /// (dropped), and by `raise GeneratorExit`.
    GeneratorExit = 25,
}

impl ExcKind {
    pub const RAISABLE: &'static [(&'static str, ExcKind)] = &[
        ("Exception", ExcKind::Exception),
        ("ValueError", ExcKind::ValueError),
        ("TypeError", ExcKind::TypeError),
        ("ZeroDivisionError", ExcKind::ZeroDivisionError),
        ("OverflowError", ExcKind::OverflowError),
        ("IndexError", ExcKind::IndexError),
        ("KeyError", ExcKind::KeyError),
        ("RuntimeError", ExcKind::RuntimeError),
        ("AssertionError", ExcKind::AssertionError),
        ("NotImplementedError", ExcKind::NotImplementedError),
        ("AttributeError", ExcKind::AttributeError),
        ("RecursionError", ExcKind::RecursionError),
        ("StopIteration", ExcKind::StopIteration),
        ("ArithmeticError", ExcKind::ArithmeticError),
        ("LookupError", ExcKind::LookupError),
        ("NameError", ExcKind::NameError),
        ("UnicodeError", ExcKind::UnicodeError),
        ("KeyboardInterrupt", ExcKind::KeyboardInterrupt),
        ("BaseException", ExcKind::BaseException),
        ("EOFError", ExcKind::EOFError),
        ("SystemExit", ExcKind::SystemExit),
        ("UnboundLocalError", ExcKind::UnboundLocalError),
        ("UnicodeDecodeError", ExcKind::UnicodeDecodeError),
        ("UnicodeEncodeError", ExcKind::UnicodeEncodeError),
        ("GeneratorExit", ExcKind::GeneratorExit),
    ];

    /// The direct base class in CPython's built-in hierarchy (the
    /// runtime's `ExcKind::parent`); None for `BaseException`.
    pub fn parent(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            SystemExit | KeyboardInterrupt | GeneratorExit | Exception => BaseException,
            ArithmeticError | LookupError | ValueError | RuntimeError | NameError | TypeError
            | AssertionError | AttributeError | StopIteration | EOFError => Exception,
            ZeroDivisionError | OverflowError => ArithmeticError,
            IndexError | KeyError => LookupError,
            UnicodeError => ValueError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
            RecursionError | NotImplementedError => RuntimeError,
            UnboundLocalError => NameError,
        })
    }

    /// Whether `self` is `base` or derives from it (`issubclass`).
    pub fn is_subclass_of(self, base: ExcKind) -> bool {
        let mut kind = Some(self);
        while let Some(k) = kind {
            if k == base {
                return true;
            }
            kind = k.parent();
        }
        false
    }

    pub fn from_name(name: &str) -> Option<ExcKind> {
        Self::RAISABLE
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, k)| k)
    }
}
