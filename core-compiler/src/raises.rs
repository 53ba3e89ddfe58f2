//! Which functions may raise a Python exception: a conservative analysis
//! over the checked HIR, for library mode's interface (`raises` in the
//! model, which hosts use to document and type their error paths).
//!
//! [`MayRaise::compute`] takes a module and gives one answer per function:
//! `false` only when every path through the body provably completes
//! without an exception. Anything the analysis does not understand counts
//! as raising, so a `false` is a guarantee and a `true` only a possibility.
//!
//! Per function it collects a local fact (does some statement or
//! expression raise by itself: `raise`, checked int arithmetic, division,
//! indexing, parsing, a runtime call that reports errors, a read that may
//! find a name unbound or a receiver None, ...) and the user functions it
//! may run (direct calls, every implementation a method-table call may
//! reach, the `__init__` of `C(...)`, and the `__str__`/`__repr__`/
//! `__bool__`/`__len__` the runtime calls on instances). A fixpoint over
//! that call graph spreads raising to callers, and any function that can
//! reach itself raises (deep recursion is a RecursionError).
//!
//! Allocation failure is not an exception here: the runtime aborts on it.

use crate::hir::{
    ArithOp, BitOp, Block, ClassId, CmpOp, Conv, ExcKind, Expr, ExprKind, FPart, FuncId, Module,
    Place, RtArg, RtConv, Stmt, StmtKind, VEntry,
};
use crate::types::Ty;

/// The analysis result: per function, whether it may raise.
#[derive(Debug, Clone)]
pub struct MayRaise {
    raises: Vec<bool>,
}

impl MayRaise {
    /// Analyses every function of `m`.
    pub fn compute(m: &Module) -> MayRaise {
        let facts: Vec<Facts> = m.funcs.iter().map(|f| Facts::of(m, &f.body)).collect();
        let mut raises: Vec<bool> = facts.iter().map(|f| f.raises).collect();
        for (i, r) in raises.iter_mut().enumerate() {
            *r |= reaches_itself(&facts, FuncId(i as u32));
        }
        let mut changed = true;
        while changed {
            changed = false;
            for (i, f) in facts.iter().enumerate() {
                if !raises[i] && f.calls.iter().any(|c| raises[c.index()]) {
                    raises[i] = true;
                    changed = true;
                }
            }
        }
        MayRaise { raises }
    }

    /// Whether `f` may raise. Functions not in the analysed module may.
    pub fn may_raise(&self, f: FuncId) -> bool {
        self.raises.get(f.index()).copied().unwrap_or(true)
    }
}

/// Whether `start` can call itself, directly or through others.
fn reaches_itself(facts: &[Facts], start: FuncId) -> bool {
    let mut seen = vec![false; facts.len()];
    let mut stack: Vec<FuncId> = facts[start.index()].calls.clone();
    while let Some(f) = stack.pop() {
        if f == start {
            return true;
        }
        if !std::mem::replace(&mut seen[f.index()], true) {
            stack.extend(facts[f.index()].calls.iter().copied());
        }
    }
    false
}

/// What one function body does by itself, and whom it may call.
#[derive(Debug, Default)]
struct Facts {
    raises: bool,
    calls: Vec<FuncId>,
}

impl Facts {
    fn of(m: &Module, body: &Block) -> Facts {
        let mut w = Walker {
            m,
            facts: Facts::default(),
        };
        w.block(body);
        w.facts
    }
}

struct Walker<'m> {
    m: &'m Module,
    facts: Facts,
}

impl Walker<'_> {
    fn raise_if(&mut self, cond: bool) {
        self.facts.raises |= cond;
    }

    fn call(&mut self, f: FuncId) {
        if !self.facts.calls.contains(&f) {
            self.facts.calls.push(f);
        }
    }

    fn block(&mut self, b: &Block) {
        for s in b {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign(place, e) => {
                self.place(place);
                self.expr(e);
            }
            StmtKind::If(cond, then, orelse) => {
                self.truth(cond);
                self.block(then);
                self.block(orelse);
            }
            StmtKind::While { cond, body, orelse } => {
                self.truth(cond);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            } => {
                self.place(var);
                self.expr(start);
                self.expr(stop);
                self.expr(step);
                // A variable step is checked at run time (ValueError for 0).
                self.raise_if(!matches!(step.kind, ExprKind::Int(v) if v != 0));
                self.block(body);
                self.block(orelse);
            }
            StmtKind::ForEach {
                vars,
                index,
                body,
                orelse,
                ..
            } => {
                for (place, seq) in vars {
                    self.place(place);
                    self.expr(seq);
                    // Iterating a dict raises if the body resizes it.
                    self.raise_if(!matches!(seq.ty, Ty::List(_) | Ty::Str | Ty::Tuple(_)));
                }
                if let Some((place, start)) = index {
                    self.place(place);
                    self.expr(start);
                    // The counter is checked int arithmetic; from a small
                    // literal start it cannot reach the i64 limit.
                    self.raise_if(
                        !matches!(start.kind, ExprKind::Int(v) if v.unsigned_abs() < 1 << 62),
                    );
                }
                self.block(body);
                self.block(orelse);
            }
            StmtKind::Seq(b) => self.block(b),
            // A new, empty cell for a captured variable.
            StmtKind::NewCell(_) => {}
            StmtKind::Del { checked, .. } => self.raise_if(*checked),
            // Suspending; what resuming runs counts at the consumer
            // (`GenNext`, a `for` over a generator).
            StmtKind::Yield(e) => self.expr(e),
            StmtKind::Break | StmtKind::Continue | StmtKind::Return(None) => {}
            StmtKind::Return(Some(e)) => self.expr(e),
            StmtKind::Raise { .. }
            | StmtKind::Assert { .. }
            | StmtKind::Exit(_)
            | StmtKind::RaiseObj(_)
            | StmtKind::Reraise => self.raise_if(true),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                // Only a handler for everything (`except:`,
                // `except BaseException:`) certainly absorbs what the body
                // raises; the handlers, `else` and `finally` count as usual.
                let catch_all = handlers
                    .iter()
                    .any(|h| h.kinds.contains(&ExcKind::BaseException));
                let outer = std::mem::take(&mut self.facts.raises);
                self.block(body);
                let body_raises = self.facts.raises;
                self.facts.raises = outer || (body_raises && !catch_all);
                for h in handlers {
                    if let Some(place) = &h.bind {
                        self.place(place);
                    }
                    self.block(&h.body);
                }
                self.block(orelse);
                self.block(finally);
            }
        }
    }

    /// An assignment target (the value is walked by the caller).
    fn place(&mut self, p: &Place) {
        match p {
            Place::Local(_) | Place::Global(_) => {}
            Place::ListItem { list, index } => {
                self.expr(list);
                self.expr(index);
                self.raise_if(true);
            }
            Place::DictItem { dict, key } => {
                self.expr(dict);
                self.expr(key);
                self.raise_if(!hash_cannot_raise(&key.ty));
            }
            Place::Field {
                obj, maybe_none, ..
            } => {
                self.expr(obj);
                self.raise_if(*maybe_none);
            }
        }
    }

    /// `e` evaluated and tested for truth (`if`, `while`, `and`, `not`).
    fn truth(&mut self, e: &Expr) {
        self.expr(e);
        self.truth_of(&e.ty);
    }

    /// The user code (`__bool__`/`__len__`) that testing a `ty` may run.
    fn truth_of(&mut self, ty: &Ty) {
        match ty {
            Ty::Int | Ty::Float | Ty::Bool | Ty::Str | Ty::None => {}
            Ty::List(_)
            | Ty::Dict(..)
            | Ty::Tuple(_)
            | Ty::VarTuple(_)
            | Ty::Set(_)
            | Ty::Bytes
            | Ty::Func(_)
            | Ty::Iter(_)
            | Ty::Iterable(_)
            | Ty::Deque(_)
            | Ty::ExcType
            | Ty::Traceback => {}
            Ty::Optional(t) => self.truth_of(t),
            Ty::Class(c) => {
                for d in descendants(self.m, c.id) {
                    if let Some((f, _)) = self.m.classes[d.index()].truth {
                        self.call(f);
                    }
                }
            }
            Ty::Exc => self.raise_if(true),
        }
    }

    /// The user code `str()` (`repr` false) or `repr()` of a `ty` may run:
    /// the `__str__`/`__repr__` of every class it may hold.
    fn text_of(&mut self, ty: &Ty, repr: bool) {
        match ty {
            Ty::Int
            | Ty::Float
            | Ty::Bool
            | Ty::Str
            | Ty::None
            | Ty::Bytes
            | Ty::Func(_)
            | Ty::Iter(_)
            | Ty::ExcType
            | Ty::Traceback => {}
            // Items print with their repr.
            Ty::Set(t) => self.text_of(t, true),
            // A list or tuple of T, a dict keyed by T or a set of T.
            Ty::VarTuple(t) | Ty::Iterable(t) | Ty::Deque(t) => self.text_of(t, true),
            Ty::List(t) | Ty::Optional(t) => {
                self.text_of(t, repr || !matches!(ty, Ty::Optional(_)))
            }
            Ty::Dict(k, v, _) => {
                self.text_of(k, true);
                self.text_of(v, true);
            }
            Ty::Tuple(items) => {
                for t in items {
                    self.text_of(t, true);
                }
            }
            Ty::Class(c) => {
                for d in descendants(self.m, c.id) {
                    let class = &self.m.classes[d.index()];
                    let own = if repr { None } else { class.str };
                    for f in own.into_iter().chain(class.repr) {
                        self.call(f);
                    }
                }
            }
            Ty::Exc => self.raise_if(true),
        }
    }

    fn exprs<'e>(&mut self, es: impl IntoIterator<Item = &'e Expr>) {
        for e in es {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::None
            | ExprKind::SysArgv => {}
            // Packing captured cells into a new function object.
            ExprKind::MakeFunc(_) => {}
            // The callee is not known statically: any code may run.
            // Resuming a generator runs its body.
            ExprKind::GenNext { gen, default } => {
                self.expr(gen);
                self.exprs(default.iter().map(|d| &**d));
                self.raise_if(true);
            }
            ExprKind::CallValue { callee, args } => {
                self.expr(callee);
                self.exprs(args);
                self.raise_if(true);
            }
            ExprKind::Local { checked, .. } | ExprKind::Global { checked, .. } => {
                self.raise_if(*checked)
            }
            ExprKind::Call { func, args, .. } => {
                self.exprs(args);
                self.call(*func);
            }
            ExprKind::Arith(op, a, b) => {
                self.expr(a);
                self.expr(b);
                // Float `+ - *` follow IEEE (inf, nan); int arithmetic is
                // overflow-checked, and division and powers can fail.
                let float_safe = e.ty == Ty::Float
                    && a.ty == Ty::Float
                    && matches!(op, ArithOp::Add | ArithOp::Sub | ArithOp::Mul);
                self.raise_if(!float_safe);
            }
            ExprKind::Bit(op, a, b) => {
                self.expr(a);
                self.expr(b);
                self.raise_if(matches!(op, BitOp::LShift | BitOp::RShift));
            }
            ExprKind::Neg(a) => {
                self.expr(a);
                // -(-2**63) overflows.
                self.raise_if(a.ty != Ty::Float);
            }
            ExprKind::Abs(a) => {
                self.expr(a);
                self.raise_if(a.ty != Ty::Float);
            }
            ExprKind::Invert(a) | ExprKind::IsNone(a) | ExprKind::IsInstance(a, _) => self.expr(a),
            ExprKind::Compare { first, rest } => {
                self.expr(first);
                let mut left = &first.ty;
                for (op, right) in rest {
                    self.expr(right);
                    let safe = matches!(op, CmpOp::Is | CmpOp::IsNot)
                        || (!matches!(op, CmpOp::In | CmpOp::NotIn)
                            && is_plain_scalar(left)
                            && is_plain_scalar(&right.ty));
                    self.raise_if(!safe);
                    left = &right.ty;
                }
            }
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.truth(v);
                }
            }
            ExprKind::Not(a) => self.truth(a),
            ExprKind::IfExp(cond, a, b) => {
                self.truth(cond);
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Conv(conv, a) => {
                self.expr(a);
                self.conv(*conv, &a.ty);
            }
            ExprKind::StrConcat(a, b) | ExprKind::StrContains(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::StrRepeat(a, b) | ExprKind::StrIndex(a, b) | ExprKind::ListIndex(a, b) => {
                self.expr(a);
                self.expr(b);
                self.raise_if(true);
            }
            ExprKind::StrSlice {
                value,
                lower,
                upper,
                step,
            } => {
                self.expr(value);
                self.exprs(lower.iter().chain(upper).map(|b| &**b));
                if let Some(step) = step {
                    self.expr(step);
                    // A zero step is a ValueError.
                    self.raise_if(!matches!(step.kind, ExprKind::Int(v) if v != 0));
                }
            }
            ExprKind::Len(a) => {
                self.expr(a);
                self.raise_if(!matches!(
                    a.ty,
                    Ty::Str
                        | Ty::Bytes
                        | Ty::List(_)
                        | Ty::Dict(..)
                        | Ty::Set(_)
                        | Ty::Tuple(_)
                        | Ty::VarTuple(_)
                ));
            }
            ExprKind::MinMax { args, .. } => {
                self.exprs(args);
                self.raise_if(!args.iter().all(|a| is_plain_scalar(&a.ty)));
            }
            ExprKind::FString(parts) => {
                for part in parts {
                    if let FPart::Value { value, spec } = part {
                        self.expr(value);
                        self.text_of(&value.ty, false);
                        if let Some(spec) = spec {
                            // A format spec is parsed at run time.
                            self.expr(spec);
                            self.raise_if(true);
                        }
                    }
                }
            }
            // Writing and reading the terminal can fail (closed pipe, EOF).
            ExprKind::Print { .. } | ExprKind::Input(_) => self.raise_if(true),
            ExprKind::List(items) | ExprKind::Tuple(items) => self.exprs(items),
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    self.expr(k);
                    self.expr(v);
                    self.raise_if(!hash_cannot_raise(&k.ty));
                }
            }
            ExprKind::TupleGet(a, _) => self.expr(a),
            ExprKind::Block(b, _) => self.block(b),
            ExprKind::Then(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::New(new) => {
                self.exprs(&new.args);
                if let Some(init) = new.init {
                    self.call(init);
                }
            }
            ExprKind::Field {
                obj,
                checked,
                maybe_none,
                ..
            } => {
                self.expr(obj);
                self.raise_if(*checked || *maybe_none);
            }
            ExprKind::VirtualAttr {
                obj, maybe_none, ..
            } => {
                self.expr(obj);
                self.raise_if(*maybe_none);
            }
            ExprKind::MethodCall(call) => {
                self.exprs(&call.args);
                self.raise_if(call.none_check.is_some());
                match call.vslot {
                    None => self.call(call.func),
                    // Any implementation in that slot may run.
                    Some(slot) => {
                        for f in slot_implementations(self.m, slot) {
                            self.call(f);
                        }
                        self.call(call.func);
                    }
                }
            }
            ExprKind::NewExc { args, .. } => {
                self.exprs(args);
                self.raise_if(
                    args.iter()
                        .any(|a| !is_plain_scalar(&a.ty) && a.ty != Ty::Str),
                );
            }
            ExprKind::ExcInit { obj, args } => {
                self.expr(obj);
                self.exprs(args);
                self.raise_if(true);
            }
            ExprKind::RtCall { args, conv, .. } => {
                for a in args {
                    if let RtArg::Value(v) | RtArg::Slot(v) = a {
                        self.expr(v);
                    }
                }
                self.raise_if(*conv != RtConv::Infallible);
            }
        }
    }

    /// What a conversion of a value of type `from` may raise or run.
    fn conv(&mut self, conv: Conv, from: &Ty) {
        match conv {
            Conv::IntToFloat
            | Conv::BoolToInt
            | Conv::BoolToFloat
            | Conv::Wrap
            | Conv::Unwrap
            | Conv::NoneToOptional
            | Conv::Upcast
            | Conv::NoneToObj
            | Conv::Downcast => {}
            Conv::ToStr => self.text_of(from, false),
            Conv::Repr => self.text_of(from, true),
            Conv::Truthy => self.truth_of(from),
            Conv::FloatToInt | Conv::StrToInt | Conv::StrToFloat | Conv::RoundEven => {
                self.raise_if(true)
            }
        }
    }
}

/// int, float and bool: comparing and ordering them never raises.
fn is_plain_scalar(ty: &Ty) -> bool {
    matches!(ty, Ty::Int | Ty::Float | Ty::Bool | Ty::Str)
}

/// Key types whose hashing and equality run no user code and never raise.
fn hash_cannot_raise(ty: &Ty) -> bool {
    matches!(ty, Ty::Int | Ty::Float | Ty::Bool | Ty::Str)
}

/// `c` and every class derived from it: the runtime classes a value of
/// static type `c` may have.
fn descendants(m: &Module, c: ClassId) -> Vec<ClassId> {
    (0..m.classes.len() as u32)
        .map(ClassId)
        .filter(|&d| {
            let mut at = Some(d);
            while let Some(k) = at {
                if k == c {
                    return true;
                }
                at = m.classes[k.index()].parent;
            }
            false
        })
        .collect()
}

/// Every method any class holds in method-table slot `slot` (a superset
/// of what a call through that slot may run).
fn slot_implementations(m: &Module, slot: u32) -> Vec<FuncId> {
    m.classes
        .iter()
        .filter_map(|c| match c.vtable.get(slot as usize) {
            Some(VEntry::Method(f)) => Some(*f),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    /// The may-raise answer for each named function of `src` (checked as
    /// a library module, with the library shims added).
    fn raises(src: &str) -> Vec<(String, bool)> {
        let file = SourceFile::new("t.py", src.to_string());
        let program = crate::load(&file, &|_| None).expect("test program loads");
        let mut m = crate::check(&program, "t").expect("test program checks");
        crate::library::add_exports(&mut m);
        let r = MayRaise::compute(&m);
        m.funcs
            .iter()
            .enumerate()
            .filter(|(_, f)| f.name != "<module>")
            .map(|(i, f)| (f.name.clone(), r.may_raise(FuncId(i as u32))))
            .collect()
    }

    fn check(src: &str, expected: &[(&str, bool)]) {
        let got = raises(src);
        for (name, want) in expected {
            let found = got.iter().find(|(n, _)| n == name);
            assert_eq!(found.map(|(_, r)| *r), Some(*want), "{name} in {got:?}");
        }
    }

    #[test]
    fn float_arithmetic_and_comparisons_do_not_raise() {
        check(
            "def area(w: float, h: float) -> float:\n    return w * h + 0.5 - h\n\
             def less(a: float, b: float) -> bool:\n    return a < b and b <= 2.0\n\
             def same(a: str, b: str) -> bool:\n    return a == b\n\
             def name() -> str:\n    return 'x' + 'y'\n\
             def nothing() -> None:\n    pass\n",
            &[
                ("area", false),
                ("less", false),
                ("same", false),
                ("name", false),
                ("nothing", false),
            ],
        );
    }

    #[test]
    fn int_arithmetic_division_and_indexing_raise() {
        check(
            "def add(a: int, b: int) -> int:\n    return a + b\n\
             def div(a: float, b: float) -> float:\n    return a / b\n\
             def neg(a: int) -> int:\n    return -a\n\
             def first(xs: list[int]) -> int:\n    return xs[0]\n\
             def get(d: dict[str, int]) -> int:\n    return d['k']\n\
             def parse(s: str) -> int:\n    return int(s)\n\
             def size(xs: list[int]) -> int:\n    return len(xs)\n\
             def bits(a: int) -> int:\n    return a & 3 | ~a\n",
            &[
                ("add", true),
                ("div", true),
                ("neg", true),
                ("first", true),
                ("get", true),
                ("parse", true),
                ("size", false),
                ("bits", false),
            ],
        );
    }

    #[test]
    fn raising_spreads_through_calls_and_recursion_raises() {
        check(
            "def leaf(x: float) -> float:\n    return x * 2.0\n\
             def mid(x: float) -> float:\n    return leaf(x) + leaf(x)\n\
             def bad(x: float) -> float:\n    raise ValueError('no')\n\
             def top(x: float) -> float:\n    return mid(x) + bad(x)\n\
             def ping(n: bool) -> bool:\n    return pong(n)\n\
             def pong(n: bool) -> bool:\n    return ping(not n) if n else n\n\
             def me(n: bool) -> bool:\n    return n and me(n)\n",
            &[
                ("leaf", false),
                ("mid", false),
                ("bad", true),
                ("top", true),
                ("ping", true),
                ("pong", true),
                ("me", true),
            ],
        );
    }

    #[test]
    fn try_absorbs_only_with_a_catch_all() {
        check(
            "def a(x: int) -> int:\n    try:\n        return x + 1\n    except:\n        return 0\n\
             def b(x: int) -> int:\n    try:\n        return x + 1\n    except OverflowError:\n        return 0\n\
             def c(x: int) -> int:\n    try:\n        return x + 1\n    except:\n        raise\n",
            &[("a", false), ("b", true), ("c", true)],
        );
    }

    #[test]
    fn classes_and_their_shims() {
        check(
            "class P:\n    def __init__(self, x: float) -> None:\n        self.x = x\n\
             \n    def double(self) -> float:\n        return self.x * 2.0\n\
             \n    def __repr__(self) -> str:\n        return f'P({self.x})'\n\
             class Q:\n    def __init__(self, n: int) -> None:\n        self.n = n + 1\n\
             \n    def __str__(self) -> str:\n        raise ValueError('no')\n",
            &[
                ("double", false),
                ("__repr__", false),
                ("__str__", true),
                // The constructor shims run `__init__`.
                ("P.__new__", false),
                ("Q.__new__", true),
                // A method through its shim checks `self` for None (a C
                // host may pass NULL): AttributeError.
                ("P.double", true),
                // str() of a P runs its __repr__; of a Q its __str__.
                ("P.__str__", false),
                ("Q.__str__", true),
                ("Q.__repr__", false),
            ],
        );
    }

    #[test]
    fn unknown_things_raise() {
        check(
            "def show(x: int) -> None:\n    print(x)\n\
             def fmt(x: float) -> str:\n    return f'{x:.2f}'\n\
             def text(x: float) -> str:\n    return f'{x}' + str(x)\n\
             def loop(d: dict[str, int]) -> int:\n    n = 0\n    for k in d:\n        n = d[k]\n    return n\n\
             def walk(xs: list[float]) -> float:\n    t = 0.0\n    for x in xs:\n        t = t + x\n    return t\n",
            &[
                ("show", true),
                ("fmt", true),
                ("text", false),
                ("loop", true),
                ("walk", false),
            ],
        );
    }
}
