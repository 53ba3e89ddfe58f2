//! Lowering of one HIR function to Cranelift IR.
//!
//! Reference counting discipline (the invariant every helper keeps):
//! - locals and globals of ref type own one reference (or hold NULL);
//! - parameters are owned too: the callee increfs them on entry, which makes
//!   self tail calls (a jump back to the top) uniform with ordinary entry;
//! - an expression yields a [`Val`]: a borrowed reference (a local read, a
//!   literal) or an owned one (a fresh object) that someone must release;
//! - owned temporaries that must survive while more code runs are *held* on
//!   `self.temps`; every error path releases all held temporaries, so an
//!   exception in the middle of an expression leaks nothing.

use super::abi::layout;
use super::{clif_type, CodegenError, ModuleCx};
use crate::hir::{
    self, ArithOp, BitOp, CmpOp, Conv, ExcKind, Expr, ExprKind, FPart, FuncId, Place, RtArg,
    RtConv, Stmt, StmtKind,
};
use crate::source::{SourceFile, Span};
use crate::types::Ty;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, types, Block, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, Module};

mod generator;
mod objects;

pub use generator::{lower_maker, resume_signature};

type R<T> = Result<T, CodegenError>;

/// Function object and cell layout (`runtime/src/func_obj.rs`).
const FUNC_CODE_OFFSET: i32 = 16;
const FUNC_CELLS_OFFSET: i32 = 48;
const CELL_VALUE_OFFSET: i32 = 16;
const CELL_BOUND_OFFSET: i32 = 25;

/// A lowered value. `v` is `None` for values of type `None`.
#[derive(Clone, Copy)]
struct Val {
    v: Option<Value>,
    /// For ref types: whether this is an owned reference.
    owned: bool,
}

impl Val {
    fn borrowed(v: Value) -> Val {
        Val {
            v: Some(v),
            owned: false,
        }
    }
    fn owned(v: Value) -> Val {
        Val {
            v: Some(v),
            owned: true,
        }
    }
    fn scalar(v: Value) -> Val {
        Val::borrowed(v)
    }
    fn none() -> Val {
        Val {
            v: None,
            owned: false,
        }
    }
    fn value(self) -> Value {
        // Only `None`-typed values lack a Value, and callers never ask for
        // one (their type is checked first).
        self.v
            .expect("value of type None has no runtime representation")
    }
}

/// A held owned temporary: a value, or (in a generator, for what lives
/// across a `yield`) a variable holding it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Held {
    Val(Value),
    Var(Variable),
}

/// Generator frame layout (`runtime/src/gen_obj.rs`).
const GEN_STATE_OFFSET: i32 = 24;
const GEN_SLOTS_OFFSET: i32 = 64;
const GEN_STATE_DONE: i64 = -1;
const GEN_STATE_RUNNING: i64 = -2;

/// The resume function of a generator being lowered: its parameters and
/// every variable it declares (saved in the frame at each `yield`).
struct GenCx {
    g: Value,
    out: Value,
    mode: Value,
    state: Value,
    /// The body's first block (state 0).
    start: Block,
    /// The block that dispatches on `state` (filled last).
    dispatch: Block,
    /// Resume blocks, one per `yield` (state k is `resumes[k - 1]`).
    resumes: Vec<Block>,
    /// Every variable declared so far with its type: its frame slot is
    /// its position.
    vars: Vec<(Variable, ir::Type)>,
}

/// Where `continue` and `break` of the innermost loop go. Temporaries held
/// by an enclosing `for` stay held across both; each loop releases its own
/// sequence in its exit blocks.
struct LoopTargets {
    continue_to: Block,
    break_to: Block,
    /// Temporaries held when the loop began: `break`/`continue` release
    /// only those held since (a caught exception, for instance).
    temps_depth: usize,
    /// `finally` blocks active when the loop began: leaving the loop runs
    /// only those entered since.
    finallies_depth: usize,
}

/// Where an exception raised at this point goes instead of the function's
/// unwind block: the `except` dispatch or `finally` of an enclosing `try`.
struct Landing {
    block: Block,
    /// Temporaries held at the `try`; the ones above are released first.
    temps_depth: usize,
}

/// A `finally` body that every exit from its `try` must run.
struct Finally<'a> {
    body: &'a [Stmt],
    /// Landings outside the `try`, which catch what the body raises.
    landings_depth: usize,
}

struct Lower<'a, 'b> {
    cx: &'a mut ModuleCx,
    m: &'a hir::Module,
    file: &'a SourceFile,
    f: &'a hir::Function,
    fid: FuncId,
    b: FunctionBuilder<'b>,
    vars: Vec<Variable>,
    /// Per local: 1 once assigned. Only read by checked reads.
    bound: Vec<Variable>,
    temps: Vec<Held>,
    /// Set when lowering a generator's resume function.
    gen: Option<GenCx>,
    loops: Vec<LoopTargets>,
    landings: Vec<Landing>,
    finallies: Vec<Finally<'a>>,
    /// The exception each enclosing `except` block handles (for `raise`).
    handled: Vec<Value>,
    /// Releases the locals and returns with the error flag set.
    unwind: Block,
    /// Releases the locals and returns normally; takes the return value.
    exit: Block,
    /// Where a self tail call jumps to.
    body_start: Block,
    /// For `int` functions with a `return x + f(...)` in `f`: the pending
    /// sum of the eliminated calls (accumulator recursion elimination).
    acc: Option<Variable>,
    /// Whether the function makes cells (no self tail calls then).
    has_cells: bool,
    func_name: DataId,
    file_name: DataId,
    /// The statement being lowered, for the traceback line of errors
    /// raised by code that has no span of its own (a `__bool__`).
    stmt_span: Span,
}

pub fn lower_function(
    cx: &mut ModuleCx,
    m: &hir::Module,
    files: &[&SourceFile],
    fid: FuncId,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
) -> R<usize> {
    let f = &m.funcs[fid.index()];
    let func_name = cx.string_literal(&f.name)?;
    let file = files[f.module as usize];
    let file_name = cx.string_literal(&file.path)?;
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    let body_start = b.create_block();
    let unwind = b.create_block();
    let exit = b.create_block();
    b.set_cold_block(unwind);
    // A cell variable's Cranelift variable holds its cell pointer.
    let vars: Vec<Variable> = f
        .locals
        .iter()
        .map(|l| match l.cell {
            Some(_) => b.declare_var(types::I64),
            None => b.declare_var(clif_type(&l.ty).unwrap_or(types::I64)),
        })
        .collect();
    let has_cells = f.locals.iter().any(|l| l.cell == Some(hir::CellOf::Own));
    let bound: Vec<Variable> = f.locals.iter().map(|_| b.declare_var(types::I8)).collect();
    // A self tail call reuses the frame, so it would reuse the cells that
    // closures made by the earlier activation hold: not with cells.
    let acc = (f.ret == Ty::Int && !has_cells && has_accumulator_site(&f.body, fid))
        .then(|| b.declare_var(types::I64));
    let mut lw = Lower {
        cx,
        m,
        file,
        f,
        fid,
        b,
        vars,
        bound,
        temps: Vec::new(),
        gen: None,
        loops: Vec::new(),
        landings: Vec::new(),
        finallies: Vec::new(),
        handled: Vec::new(),
        unwind,
        exit,
        body_start,
        acc,
        has_cells,
        func_name,
        file_name,
        stmt_span: Span::default(),
    };
    if f.generator {
        let mut all = Vec::new();
        for (i, l) in f.locals.iter().enumerate() {
            let t = match l.cell {
                Some(_) => types::I64,
                None => clif_type(&l.ty).unwrap_or(types::I64),
            };
            all.push((lw.vars[i], t));
        }
        all.extend(lw.bound.iter().map(|&v| (v, types::I8)));
        lw.gen_prologue(entry, all)?;
    } else {
        lw.prologue(entry)?;
    }
    lw.block(&f.body)?;
    if !lw.is_terminated() {
        let v = match lw.ret_type() {
            Some(t) => vec![lw.zero(t)],
            None => vec![],
        };
        lw.b.ins()
            .jump(lw.exit, &v.iter().map(|&x| x.into()).collect::<Vec<_>>());
    }
    lw.epilogues()?;
    let slots = lw.gen_dispatch();
    lw.b.seal_all_blocks();
    let frontend_config = lw.cx.module.target_config();
    lw.b.finalize(frontend_config);
    Ok(slots)
}

impl<'a, 'b> Lower<'a, 'b> {
    // ---- function frame -------------------------------------------------

    fn prologue(&mut self, entry: Block) -> R<()> {
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        self.init_locals(&params, true)?;
        if let Some(acc) = self.acc {
            let zero = self.b.ins().iconst(types::I64, 0);
            self.b.def_var(acc, zero);
        }
        self.b.ins().jump(self.body_start, &[]);
        self.b.switch_to_block(self.body_start);
        Ok(())
    }

    /// Defines every local on entry: parameters from `params` (borrowed
    /// from the caller when `borrowed`, else owned already), cells made or
    /// loaded from the function object, the rest unbound.
    fn init_locals(&mut self, params: &[Value], borrowed: bool) -> R<()> {
        for (i, local) in self.f.locals.iter().enumerate() {
            let is_param = i < self.f.params.len();
            match local.cell {
                Some(hir::CellOf::Own) => {
                    let cell = self.new_cell(&local.ty)?;
                    if is_param {
                        if local.ty.is_ref() && borrowed {
                            self.incref(params[i])?;
                        }
                        self.cell_put(cell, params[i], &local.ty);
                    }
                    self.b.def_var(self.vars[i], cell);
                    continue;
                }
                Some(hir::CellOf::Free(k)) => {
                    // The function object is the first parameter.
                    let offset = FUNC_CELLS_OFFSET + 8 * k as i32;
                    let cell =
                        self.b
                            .ins()
                            .load(types::I64, MemFlagsData::trusted(), params[0], offset);
                    self.incref(cell)?;
                    self.b.def_var(self.vars[i], cell);
                    continue;
                }
                None => {}
            }
            let v = if is_param {
                params[i]
            } else {
                self.zero(clif_type(&local.ty).unwrap_or(types::I64))
            };
            if is_param && local.ty.is_ref() && borrowed {
                self.incref(v)?;
            }
            self.b.def_var(self.vars[i], v);
            let flag = self.b.ins().iconst(types::I8, is_param as i64);
            self.b.def_var(self.bound[i], flag);
        }
        Ok(())
    }

    /// The Cranelift type of the function's result (none for a
    /// generator's resume function, whose result is a status).
    fn ret_type(&self) -> Option<ir::Type> {
        match self.gen {
            Some(_) => None,
            None => clif_type(&self.f.ret),
        }
    }

    /// A new Cranelift variable; a generator's frame saves it at `yield`.
    fn new_var(&mut self, ty: ir::Type) -> Variable {
        let v = self.b.declare_var(ty);
        if let Some(g) = &mut self.gen {
            g.vars.push((v, ty));
        }
        v
    }

    fn epilogues(&mut self) -> R<()> {
        if self.gen.is_some() {
            return self.gen_epilogues();
        }
        // Normal exit.
        let ret_ty = clif_type(&self.f.ret);
        if let Some(t) = ret_ty {
            self.b.append_block_param(self.exit, t);
        }
        self.b.switch_to_block(self.exit);
        let ret: Vec<Value> = self.b.block_params(self.exit).to_vec();
        self.release_locals()?;
        let ok = self.b.ins().iconst(types::I8, 0);
        let mut rets = ret;
        rets.push(ok);
        self.b.ins().return_(&rets);
        // Exceptional exit.
        self.b.switch_to_block(self.unwind);
        self.release_locals()?;
        let mut rets = Vec::new();
        if let Some(t) = ret_ty {
            rets.push(self.zero(t));
        }
        rets.push(self.b.ins().iconst(types::I8, 1));
        self.b.ins().return_(&rets);
        Ok(())
    }

    fn release_locals(&mut self) -> R<()> {
        for (i, l) in self.f.locals.iter().enumerate() {
            if l.ty.is_ref() || l.cell.is_some() {
                let v = self.b.use_var(self.vars[i]);
                self.decref(v)?;
            }
        }
        Ok(())
    }

    fn zero(&mut self, t: ir::Type) -> Value {
        if t == types::F64 {
            self.b.ins().f64const(0.0)
        } else {
            self.b.ins().iconst(t, 0)
        }
    }

    fn is_terminated(&self) -> bool {
        match self.b.current_block() {
            None => true,
            Some(block) => self
                .b
                .func
                .layout
                .last_inst(block)
                .is_some_and(|i| self.b.func.dfg.insts[i].opcode().is_terminator()),
        }
    }

    /// Starts a fresh block for code after a terminator (it is unreachable
    /// and Cranelift removes it).
    fn continue_in_new_block(&mut self) {
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    // ---- runtime calls and refcounts -------------------------------------

    fn call_rt(&mut self, name: &'static str, args: &[Value]) -> R<Option<Value>> {
        let id = self.cx.runtime_fn(name)?;
        let fref = self.cx.module.declare_func_in_func(id, self.b.func);
        let call = self.b.ins().call(fref, args);
        Ok(self.b.inst_results(call).first().copied())
    }

    fn call_rt1(&mut self, name: &'static str, args: &[Value]) -> R<Value> {
        self.call_rt(name, args)?
            .ok_or_else(|| CodegenError::Module(format!("{name} returns nothing")))
    }

    fn incref(&mut self, v: Value) -> R<()> {
        self.call_rt("pyaot_incref", &[v]).map(|_| ())
    }

    fn decref(&mut self, v: Value) -> R<()> {
        self.call_rt("pyaot_decref", &[v]).map(|_| ())
    }

    fn str_lit(&mut self, s: &str) -> R<Value> {
        let id = self.cx.string_literal(s)?;
        let gv = self.cx.module.declare_data_in_func(id, self.b.func);
        Ok(self.b.ins().symbol_value(types::I64, gv))
    }

    /// Makes `val` owned (increfs a borrowed ref).
    fn own(&mut self, val: Val, ty: &Ty) -> R<Val> {
        if ty.is_ref() && !val.owned {
            self.incref(val.value())?;
            return Ok(Val::owned(val.value()));
        }
        Ok(val)
    }

    /// Keeps an owned temporary alive (and released on error paths).
    fn hold(&mut self, val: Val, ty: &Ty) {
        if ty.is_ref() && val.owned {
            self.temps.push(Held::Val(val.value()));
        }
    }

    /// Releases a temporary taken with [`Self::hold`] (or never held).
    fn release(&mut self, val: Val, ty: &Ty) -> R<()> {
        if ty.is_ref() && val.owned {
            let top = self.temps.pop();
            debug_assert_eq!(
                top,
                val.v.map(Held::Val),
                "temporaries released out of order"
            );
            self.decref(val.value())?;
        }
        Ok(())
    }

    /// Emits releases of everything held above `depth`, innermost first,
    /// for a path that leaves; the compile-time stack is left as it is.
    fn release_held_above(&mut self, depth: usize) -> R<()> {
        let held: Vec<Held> = self.temps[depth..].iter().rev().copied().collect();
        for t in held {
            let v = match t {
                Held::Val(v) => v,
                Held::Var(var) => self.b.use_var(var),
            };
            self.decref(v)?;
        }
        Ok(())
    }

    /// Drops a value that was never held.
    fn drop_val(&mut self, val: Val, ty: &Ty) -> R<()> {
        if ty.is_ref() && val.owned {
            self.decref(val.value())?;
        }
        Ok(())
    }

    // ---- errors ---------------------------------------------------------

    /// Branches to the error path when `flag` (an i8 or pointer test) is set.
    fn check_flag(&mut self, flag: Value, span: Span) -> R<()> {
        let err = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(err);
        self.b.ins().brif(flag, err, &[], cont, &[]);
        self.b.switch_to_block(err);
        self.propagate(span)?;
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// Branches to the error path when the pointer `p` is NULL.
    fn check_null(&mut self, p: Value, span: Span) -> R<()> {
        let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
        self.check_flag(is_null, span)
    }

    /// In the current (error) block: release held temporaries, record this
    /// frame in the traceback and leave through the unwind block.
    fn propagate(&mut self, span: Span) -> R<()> {
        if self.f.hidden_frame {
            return self.propagate_no_frame();
        }
        let file = self.data_addr(self.file_name);
        let func = self.data_addr(self.func_name);
        let line = self
            .b
            .ins()
            .iconst(types::I64, self.file.line_of(span.start) as i64);
        self.call_rt("pyaot_traceback_add", &[file, func, line])?;
        self.propagate_no_frame()
    }

    /// Like [`Self::propagate`] for an exception whose traceback already
    /// holds this frame: release what is held above the landing and go
    /// there (or leave the function).
    fn propagate_no_frame(&mut self) -> R<()> {
        let (target, depth) = match self.landings.last() {
            Some(l) => (l.block, l.temps_depth),
            None => (self.unwind, 0),
        };
        self.release_held_above(depth)?;
        self.b.ins().jump(target, &[]);
        Ok(())
    }

    fn data_addr(&mut self, id: DataId) -> Value {
        let gv = self.cx.module.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(types::I64, gv)
    }

    /// Raises `kind(msg)` and propagates, in the current block.
    fn raise_here(&mut self, kind: ExcKind, msg: &str, span: Span) -> R<()> {
        let k = self.b.ins().iconst(types::I32, kind as i64);
        let m = self.str_lit(msg)?;
        self.call_rt("pyaot_raise", &[k, m])?;
        self.propagate(span)
    }

    /// Raises `kind(msg)` when `cond` is set.
    fn raise_if(&mut self, cond: Value, kind: ExcKind, msg: &str, span: Span) -> R<()> {
        let err = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(err);
        self.b.ins().brif(cond, err, &[], cont, &[]);
        self.b.switch_to_block(err);
        self.raise_here(kind, msg, span)?;
        self.b.switch_to_block(cont);
        Ok(())
    }

    /// A stack slot for a fallible runtime call's out value.
    fn out_slot(&mut self) -> (ir::StackSlot, Value) {
        let ss =
            self.b
                .create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
        let addr = self.b.ins().stack_addr(types::I64, ss, 0);
        (ss, addr)
    }

    /// Calls a runtime function of the form `u8 f(args..., T *out)`.
    fn call_out(
        &mut self,
        name: &'static str,
        args: &[Value],
        out_ty: ir::Type,
        span: Span,
    ) -> R<Value> {
        let (ss, addr) = self.out_slot();
        let mut all = args.to_vec();
        all.push(addr);
        let flag = self.call_rt1(name, &all)?;
        self.check_flag(flag, span)?;
        Ok(self.b.ins().stack_load(types::I64, out_ty, ss, 0))
    }

    // ---- statements -----------------------------------------------------

    fn block(&mut self, stmts: &'a [Stmt]) -> R<()> {
        for s in stmts {
            if self.is_terminated() {
                self.continue_in_new_block();
            }
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        self.stmt_span = s.span;
        match &s.kind {
            StmtKind::Expr(e) => {
                let v = self.expr(e)?;
                self.drop_val(v, &e.ty)
            }
            StmtKind::Assign(place, value) => self.assign(place, value),
            StmtKind::Yield(value) => self.yield_stmt(value, s.span),
            StmtKind::Del { place, checked } => self.del_stmt(place, *checked, s.span),
            StmtKind::NewCell(id) => {
                let ty = &self.f.locals[id.index()].ty;
                let cell = self.new_cell(ty)?;
                let old = self.b.use_var(self.vars[id.index()]);
                self.b.def_var(self.vars[id.index()], cell);
                self.decref(old)
            }
            StmtKind::If(cond, then, orelse) => {
                let c = self.expr(cond)?.value();
                let (tb, eb, after) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                self.b.ins().brif(c, tb, &[], eb, &[]);
                self.b.switch_to_block(tb);
                self.block(then)?;
                self.jump_if_open(after);
                self.b.switch_to_block(eb);
                self.block(orelse)?;
                self.jump_if_open(after);
                self.b.switch_to_block(after);
                Ok(())
            }
            StmtKind::While { cond, body, orelse } => {
                let (header, body_b, else_b, after) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(header);
                let c = self.expr(cond)?.value();
                self.b.ins().brif(c, body_b, &[], else_b, &[]);
                self.b.switch_to_block(body_b);
                self.loop_body(body, header, after)?;
                self.b.switch_to_block(else_b);
                self.block(orelse)?;
                self.jump_if_open(after);
                self.b.switch_to_block(after);
                Ok(())
            }
            StmtKind::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            } => self.for_range(var, start, stop, step, body, orelse, s.span),
            StmtKind::ForEach {
                vars,
                index,
                reverse,
                body,
                orelse,
            } => self.for_each(vars, index.as_ref(), *reverse, body, orelse),
            StmtKind::Seq(stmts) => self.block(stmts),
            StmtKind::Break => self.leave_loop(true),
            StmtKind::Continue => self.leave_loop(false),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => self.try_stmt(body, handlers, orelse, finally, s.span),
            StmtKind::Reraise => {
                let exc = *self
                    .handled
                    .last()
                    .ok_or_else(|| CodegenError::Module("raise outside except".into()))?;
                self.call_rt("pyaot_exc_restore", &[exc])?;
                self.propagate(s.span)
            }
            StmtKind::RaiseObj(e) => {
                let v = self.expr(e)?;
                self.hold(v, &Ty::Exc);
                self.call_rt("pyaot_raise_obj", &[v.value()])?;
                self.release(v, &Ty::Exc)?;
                self.propagate(s.span)
            }
            StmtKind::Return(value) => self.return_stmt(value.as_ref()),
            StmtKind::Raise { kind, args } => self.raise_stmt(*kind, args, s.span),
            StmtKind::Assert { cond, msg } => {
                let c = self.expr(cond)?.value();
                let (fail, ok) = (self.b.create_block(), self.b.create_block());
                self.b.set_cold_block(fail);
                self.b.ins().brif(c, ok, &[], fail, &[]);
                self.b.switch_to_block(fail);
                self.raise_stmt(ExcKind::AssertionError, msg.as_slice(), s.span)?;
                self.b.switch_to_block(ok);
                Ok(())
            }
            StmtKind::Exit(arg) => {
                match arg {
                    None => {
                        let z = self.b.ins().iconst(types::I64, 0);
                        self.call_rt("pyaot_raise_system_exit", &[z])?;
                    }
                    Some(e) => {
                        let v = self.expr(e)?;
                        match e.ty {
                            Ty::Str => {
                                self.hold(v, &Ty::Str);
                                self.call_rt("pyaot_raise_system_exit_msg", &[v.value()])?;
                                self.release(v, &Ty::Str)?;
                            }
                            Ty::None => {
                                let z = self.b.ins().iconst(types::I64, 0);
                                self.call_rt("pyaot_raise_system_exit", &[z])?;
                            }
                            _ => {
                                self.call_rt("pyaot_raise_system_exit", &[v.value()])?;
                            }
                        }
                    }
                }
                self.propagate(s.span)
            }
        }
    }

    /// `raise kind(args)` (or `raise kind`) and propagate. The runtime
    /// keeps the arguments' str (for `str(e)`), repr (for `repr(e)`) and
    /// the tuple `e.args`; one str argument is its own str and its own
    /// args, so it needs nothing but the message (not for KeyError, whose
    /// str is its key's repr).
    fn raise_stmt(&mut self, kind: ExcKind, args: &'a [Expr], span: Span) -> R<()> {
        let k = self.b.ins().iconst(types::I32, kind as i64);
        let null = self.b.ins().iconst(types::I64, 0);
        if args.is_empty() {
            self.call_rt("pyaot_raise", &[k, null])?;
            return self.propagate(span);
        }
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            self.hold(v, &a.ty);
            vals.push((v, &a.ty));
        }
        if let [(v, Ty::Str)] = vals[..] {
            if kind != ExcKind::KeyError {
                self.call_rt("pyaot_raise", &[k, v.value()])?;
                self.release(v, &Ty::Str)?;
                return self.propagate(span);
            }
        }
        let exc = self.call_rt1("pyaot_exc_new", &[k, null])?;
        self.temps.push(Held::Val(exc));
        self.set_exc_args(exc, &vals, span)?;
        self.call_rt("pyaot_raise_obj", &[exc])?;
        self.temps.pop();
        self.decref(exc)?;
        for (v, ty) in vals.iter().rev() {
            self.release(*v, ty)?;
        }
        self.propagate(span)
    }

    fn jump_if_open(&mut self, target: Block) {
        if !self.is_terminated() {
            self.b.ins().jump(target, &[]);
        }
    }

    /// Lowers a loop body whose `continue` goes to `continue_to` and whose
    /// `break` goes to `break_to`; falls through to `continue_to`.
    fn loop_body(&mut self, body: &'a [Stmt], continue_to: Block, break_to: Block) -> R<()> {
        self.loops.push(LoopTargets {
            continue_to,
            break_to,
            temps_depth: self.temps.len(),
            finallies_depth: self.finallies.len(),
        });
        self.block(body)?;
        self.jump_if_open(continue_to);
        self.loops.pop();
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn for_range(
        &mut self,
        var: &'a Place,
        start: &'a Expr,
        stop: &'a Expr,
        step: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        span: Span,
    ) -> R<()> {
        let start_v = self.expr(start)?.value();
        let stop_v = self.expr(stop)?.value();
        let step_v = self.expr(step)?.value();
        let const_step = match step.kind {
            ExprKind::Int(k) => Some(k),
            _ => None,
        };
        if const_step.is_none() {
            let zero = self.b.ins().icmp_imm_s(IntCC::Equal, step_v, 0);
            self.raise_if(
                zero,
                ExcKind::ValueError,
                "range() arg 3 must not be zero",
                span,
            )?;
        }
        let counter = self.new_var(types::I64);
        self.b.def_var(counter, start_v);
        // Bounds live in variables: a generator's `yield` in the body
        // saves and restores variables, not SSA values.
        let (stop_var, step_var) = (self.new_var(types::I64), self.new_var(types::I64));
        self.b.def_var(stop_var, stop_v);
        self.b.def_var(step_var, step_v);
        let (header, body_b, incr, else_b, after) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let i = self.b.use_var(counter);
        let stop_v = self.b.use_var(stop_var);
        let step_v = self.b.use_var(step_var);
        let more = match const_step {
            Some(k) if k > 0 => self.b.ins().icmp(IntCC::SignedLessThan, i, stop_v),
            Some(_) => self.b.ins().icmp(IntCC::SignedGreaterThan, i, stop_v),
            None => {
                let up = self.b.ins().icmp(IntCC::SignedLessThan, i, stop_v);
                let down = self.b.ins().icmp(IntCC::SignedGreaterThan, i, stop_v);
                let pos = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step_v, 0);
                self.b.ins().select(pos, up, down)
            }
        };
        self.b.ins().brif(more, body_b, &[], else_b, &[]);
        self.b.switch_to_block(body_b);
        let i = self.b.use_var(counter);
        self.store(var, Val::scalar(i), &Ty::Int)?;
        self.loop_body(body, incr, after)?;
        // The next value; overflowing i64 means we are past any stop.
        self.b.switch_to_block(incr);
        let i = self.b.use_var(counter);
        let step_v = self.b.use_var(step_var);
        let (next, overflow) = self.b.ins().sadd_overflow(i, step_v);
        self.b.def_var(counter, next);
        self.b.ins().brif(overflow, else_b, &[], header, &[]);
        self.b.switch_to_block(else_b);
        self.block(orelse)?;
        self.jump_if_open(after);
        self.b.switch_to_block(after);
        Ok(())
    }

    fn for_each(
        &mut self,
        vars: &'a [(Place, Expr)],
        index: Option<&'a (Place, Expr)>,
        reverse: bool,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R<()> {
        let start = match index {
            Some((_, s)) => Some(self.expr(s)?.value()),
            None => None,
        };
        if let [(place, iter)] = vars {
            if let Ty::Iter(_) = iter.ty {
                let index = index.map(|(p, _)| p).zip(start);
                return self.for_gen(place, iter, index, body, orelse);
            }
        }
        if vars.iter().any(|(_, it)| matches!(it.ty, Ty::Iter(_))) {
            let index = index.map(|(p, _)| p).zip(start);
            return self.for_zip_gen(vars, index, body, orelse);
        }
        // Everything the loop keeps lives in variables (see `for_range`).
        let start = start.map(|s| {
            let v = self.new_var(types::I64);
            self.b.def_var(v, s);
            v
        });
        let mut seqs = Vec::new();
        let mut seq_vars = Vec::new();
        for (_, iter) in vars {
            let v = self.expr(iter)?;
            let var = self.new_var(types::I64);
            self.b.def_var(var, v.value());
            if iter.ty.is_ref() && v.owned {
                self.temps.push(Held::Var(var));
            }
            seqs.push(v);
            seq_vars.push(var);
        }
        let len_of = |lw: &mut Self, seq: Value, ty: &Ty| {
            let off = match ty {
                Ty::List(_) => layout::LEN_OFFSET,
                _ => layout::NCHARS_OFFSET,
            };
            lw.b.ins()
                .load(types::I64, MemFlagsData::trusted(), seq, off)
        };
        // reversed() fixes its starting point when it is created.
        let first_len = match (reverse, seqs.first(), vars.first()) {
            (true, Some(v), Some((_, iter))) => {
                let n = len_of(self, v.value(), &iter.ty);
                let var = self.new_var(types::I64);
                self.b.def_var(var, n);
                Some(var)
            }
            _ => None,
        };
        let counter = self.new_var(types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(counter, zero);
        let (header, body_b, incr, done, brk, after) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let i = self.b.use_var(counter);
        // Lists may change while iterated: re-read lengths every time, as
        // CPython's iterators do; zip stops at the shortest.
        let first_len = first_len.map(|v| self.b.use_var(v));
        let mut more = self.b.ins().iconst(types::I8, 1);
        for (&var, (_, iter)) in seq_vars.iter().zip(vars) {
            let seq = self.b.use_var(var);
            let len = len_of(self, seq, &iter.ty);
            let idx = self.seq_index(i, first_len);
            let in_range = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
            more = self.b.ins().band(more, in_range);
        }
        self.b.ins().brif(more, body_b, &[], done, &[]);
        self.b.switch_to_block(body_b);
        let i = self.b.use_var(counter);
        if let (Some((place, start_expr)), Some(start)) = (index, start) {
            let start = self.b.use_var(start);
            let (n, of) = self.b.ins().sadd_overflow(start, i);
            self.raise_if(
                of,
                ExcKind::OverflowError,
                &overflow_msg("+"),
                start_expr.span,
            )?;
            self.store(place, Val::scalar(n), &Ty::Int)?;
        }
        for (&var, (place, iter)) in seq_vars.iter().zip(vars) {
            let idx = self.seq_index(i, first_len);
            let seq = self.b.use_var(var);
            let (item, elem_ty) = match &iter.ty {
                Ty::List(e) => (self.list_get(seq, idx, e, iter.span)?, (**e).clone()),
                _ => {
                    let p = self.call_rt1("pyaot_str_getitem", &[seq, idx])?;
                    self.check_null(p, iter.span)?;
                    (Val::owned(p), Ty::Str)
                }
            };
            self.store(place, item, &elem_ty)?;
        }
        self.loop_body(body, incr, brk)?;
        self.b.switch_to_block(incr);
        let i = self.b.use_var(counter);
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.def_var(counter, next);
        self.b.ins().jump(header, &[]);
        // The sequences are released on both ways out; the compile-time
        // stack drops them without emitting code.
        for v in seqs.iter().rev() {
            if v.owned {
                self.temps.pop();
            }
        }
        for exit in [brk, done] {
            self.b.switch_to_block(exit);
            for ((v, &var), (_, iter)) in seqs.iter().zip(&seq_vars).zip(vars).rev() {
                if iter.ty.is_ref() && v.owned {
                    let seq = self.b.use_var(var);
                    self.decref(seq)?;
                }
            }
            if exit == brk {
                self.b.ins().jump(after, &[]);
            }
        }
        self.block(orelse)?;
        self.jump_if_open(after);
        self.b.switch_to_block(after);
        Ok(())
    }

    /// The element index for iteration step `i`: `i`, or counting down
    /// from the starting length for `reversed()` (a negative result wraps
    /// to a huge unsigned value and fails the bounds test).
    fn seq_index(&mut self, i: Value, reverse_len: Option<Value>) -> Value {
        match reverse_len {
            Some(n) => {
                let last = self.b.ins().iadd_imm_s(n, -1);
                self.b.ins().isub(last, i)
            }
            None => i,
        }
    }

    fn return_stmt(&mut self, value: Option<&'a Expr>) -> R<()> {
        match value {
            Some(e) => self.return_value(e),
            None => self.return_with_finally(None, &Ty::None),
        }
    }

    /// Runs every active `finally` (innermost first), then returns `v`.
    fn return_with_finally(&mut self, v: Option<Value>, ty: &Ty) -> R<()> {
        let held = ty.is_ref() && v.is_some();
        if let (true, Some(x)) = (held, v) {
            self.temps.push(Held::Val(x));
        }
        for i in (0..self.finallies.len()).rev() {
            self.emit_finally(i)?;
        }
        if held {
            self.temps.pop();
        }
        self.return_with(v)
    }

    /// `break`/`continue`: run the `finally` blocks entered inside the
    /// loop, release what was held since it began, and jump.
    fn leave_loop(&mut self, is_break: bool) -> R<()> {
        let (target, temps_depth, finallies_depth) = match self.loops.last() {
            Some(l) => (
                if is_break { l.break_to } else { l.continue_to },
                l.temps_depth,
                l.finallies_depth,
            ),
            None => return Err(CodegenError::Module("break outside loop".into())),
        };
        for i in (finallies_depth..self.finallies.len()).rev() {
            self.emit_finally(i)?;
        }
        self.release_held_above(temps_depth)?;
        self.b.ins().jump(target, &[]);
        Ok(())
    }

    /// Emits the body of active `finally` number `i` inline, with only the
    /// handlers outside its `try` in effect.
    fn emit_finally(&mut self, i: usize) -> R<()> {
        if self.is_terminated() {
            return Ok(());
        }
        let body = self.finallies[i].body;
        let saved_landings = self.landings.split_off(self.finallies[i].landings_depth);
        let saved_finallies = self.finallies.split_off(i);
        self.block(body)?;
        self.landings.extend(saved_landings);
        self.finallies.extend(saved_finallies);
        if self.is_terminated() {
            self.continue_in_new_block();
        }
        Ok(())
    }

    fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [hir::Handler],
        orelse: &'a [Stmt],
        finally: &'a [Stmt],
        span: Span,
    ) -> R<()> {
        let outer_landings = self.landings.len();
        let normal_end = self.b.create_block();
        let finally_landing = (!finally.is_empty()).then(|| self.b.create_block());
        if let Some(block) = finally_landing {
            self.b.set_cold_block(block);
            self.landings.push(Landing {
                block,
                temps_depth: self.temps.len(),
            });
            self.finallies.push(Finally {
                body: finally,
                landings_depth: outer_landings,
            });
        }
        let dispatch = (!handlers.is_empty()).then(|| self.b.create_block());
        if let Some(block) = dispatch {
            self.b.set_cold_block(block);
            self.landings.push(Landing {
                block,
                temps_depth: self.temps.len(),
            });
        }
        self.block(body)?;
        if dispatch.is_some() {
            self.landings.pop();
        }
        self.block(orelse)?;
        self.jump_if_open(normal_end);
        if let Some(block) = dispatch {
            self.b.switch_to_block(block);
            for h in handlers {
                self.handler(h, normal_end)?;
            }
            // No clause matched: on to the next landing.
            self.propagate_no_frame()?;
        }
        if let Some(landing) = finally_landing {
            self.finallies.pop();
            self.landings.pop();
            // Normal completion runs the finally body and carries on...
            self.b.switch_to_block(normal_end);
            let after = self.b.create_block();
            self.block(finally)?;
            self.jump_if_open(after);
            // ...an exception runs it and is raised again.
            self.b.switch_to_block(landing);
            let exc = self.call_rt1("pyaot_exc_fetch", &[])?;
            self.temps.push(Held::Val(exc));
            self.block(finally)?;
            self.temps.pop();
            if !self.is_terminated() {
                self.call_rt("pyaot_exc_restore", &[exc])?;
                self.decref(exc)?;
                self.propagate(span)?;
            }
            self.b.switch_to_block(after);
        } else {
            self.b.switch_to_block(normal_end);
        }
        Ok(())
    }

    /// One `except` clause, entered from the dispatch block with an
    /// exception pending; falls through to the next clause if it does
    /// not match.
    fn handler(&mut self, h: &'a hir::Handler, done: Block) -> R<()> {
        let mut matched = self.b.ins().iconst(types::I8, 0);
        for k in &h.kinds {
            let kind = self.b.ins().iconst(types::I32, *k as i64);
            let m = self.call_rt1("pyaot_exc_matches", &[kind])?;
            matched = self.b.ins().bor(matched, m);
        }
        for c in &h.classes {
            let desc = self.data_addr(self.cx.classes[c.index()]);
            let m = self.call_rt1("pyaot_exc_matches_class", &[desc])?;
            matched = self.b.ins().bor(matched, m);
        }
        let (body, next) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(matched, body, &[], next, &[]);
        self.b.switch_to_block(body);
        let exc = self.call_rt1("pyaot_exc_fetch", &[])?;
        self.temps.push(Held::Val(exc));
        self.handled.push(exc);
        if let Some(place) = &h.bind {
            self.store(place, Val::borrowed(exc), &Ty::Exc)?;
        }
        self.block(&h.body)?;
        self.handled.pop();
        self.temps.pop();
        if !self.is_terminated() {
            if let Some(place) = &h.bind {
                self.unbind(place)?;
            }
            self.decref(exc)?;
            self.b.ins().jump(done, &[]);
        }
        self.b.switch_to_block(next);
        Ok(())
    }

    /// `del name`: CPython's UnboundLocalError / NameError when it may be
    /// unbound already (`checked`), then the binding is deleted.
    fn del_stmt(&mut self, place: &'a Place, checked: bool, span: Span) -> R<()> {
        if checked {
            let (flag, kind, msg) = match place {
                Place::Local(id) => {
                    let name = &self.f.locals[id.index()].name;
                    let msg = format!(
                        "cannot access local variable '{name}' where it is not associated with a value"
                    );
                    let flag = self.b.use_var(self.bound[id.index()]);
                    (flag, ExcKind::UnboundLocalError, msg)
                }
                Place::Global(id) => {
                    let addr = self.data_addr(self.cx.globals[id.index()]);
                    let flag = self
                        .b
                        .ins()
                        .load(types::I8, MemFlagsData::trusted(), addr, 8);
                    let msg = format!("name '{}' is not defined", self.m.globals[id.index()].name);
                    (flag, ExcKind::NameError, msg)
                }
                _ => return Err(CodegenError::Module("del of an item place".into())),
            };
            let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
            self.raise_if(unbound, kind, &msg, span)?;
        }
        self.unbind(place)
    }

    /// Deletes a variable's binding (the end of `except ... as e`, `del`).
    fn unbind(&mut self, place: &'a Place) -> R<()> {
        let zero8 = self.b.ins().iconst(types::I8, 0);
        match place {
            Place::Local(id) if self.f.locals[id.index()].cell.is_some() => {
                let cell = self.b.use_var(self.vars[id.index()]);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), zero8, cell, CELL_BOUND_OFFSET);
                if self.f.locals[id.index()].ty.is_ref() {
                    let old = self.b.ins().load(
                        types::I64,
                        MemFlagsData::trusted(),
                        cell,
                        CELL_VALUE_OFFSET,
                    );
                    let null = self.b.ins().iconst(types::I64, 0);
                    self.b
                        .ins()
                        .store(MemFlagsData::trusted(), null, cell, CELL_VALUE_OFFSET);
                    self.decref(old)?;
                }
                Ok(())
            }
            Place::Local(id) => {
                self.b.def_var(self.bound[id.index()], zero8);
                // A value type (int, float, bool) holds nothing to release.
                if !self.f.locals[id.index()].ty.is_ref() {
                    return Ok(());
                }
                let old = self.b.use_var(self.vars[id.index()]);
                let null = self.b.ins().iconst(types::I64, 0);
                self.b.def_var(self.vars[id.index()], null);
                self.decref(old)
            }
            Place::Global(id) => {
                let addr = self.data_addr(self.cx.globals[id.index()]);
                self.b.ins().store(MemFlagsData::trusted(), zero8, addr, 8);
                if !self.m.globals[id.index()].ty.is_ref() {
                    return Ok(());
                }
                let old = self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), addr, 0);
                let null = self.b.ins().iconst(types::I64, 0);
                self.b.ins().store(MemFlagsData::trusted(), null, addr, 0);
                self.decref(old)
            }
            Place::ListItem { .. } | Place::DictItem { .. } | Place::Field { .. } => {
                Err(CodegenError::Module("cannot unbind an item".into()))
            }
        }
    }

    /// `return e`, where both arms of a conditional expression and a call
    /// of this very function are in tail position.
    fn return_value(&mut self, e: &'a Expr) -> R<()> {
        // Inside `try` the call must stay inside the handlers' reach.
        let in_try = !self.landings.is_empty() || !self.finallies.is_empty();
        match &e.kind {
            _ if in_try => {
                let v = self.expr(e)?;
                let v = self.own(v, &e.ty)?;
                let v = match (self.acc, v.v) {
                    (Some(acc), Some(x)) => {
                        let total = self.b.use_var(acc);
                        let (sum, of) = self.b.ins().sadd_overflow(total, x);
                        self.raise_if(of, ExcKind::OverflowError, &overflow_msg("+"), e.span)?;
                        Some(sum)
                    }
                    (_, v) => v,
                };
                self.return_with_finally(v, &e.ty)
            }
            ExprKind::Call { args, .. } if !self.has_cells && is_call_of(e, self.fid) => {
                self.self_tail_call(args)
            }
            // `return x + f(...)`: add x to the accumulator, then loop. Every
            // addition stays overflow-checked, so the result is exact or an
            // OverflowError; only which partial sum overflows can differ.
            ExprKind::Arith(ArithOp::Add, l, r)
                if self.acc.is_some() && is_call_of(r, self.fid) =>
            {
                let ExprKind::Call { args, .. } = &r.kind else {
                    return Err(CodegenError::Module("accumulator site without call".into()));
                };
                let x = self.expr(l)?.value();
                self.add_to_acc(x, e.span)?;
                self.self_tail_call(args)
            }
            ExprKind::IfExp(c, a, b) => {
                let cv = self.expr(c)?.value();
                let (ta, tb) = (self.b.create_block(), self.b.create_block());
                self.b.ins().brif(cv, ta, &[], tb, &[]);
                self.b.switch_to_block(ta);
                self.return_value(a)?;
                self.b.switch_to_block(tb);
                self.return_value(b)
            }
            _ => {
                let v = self.expr(e)?;
                let v = self.own(v, &e.ty)?;
                match self.acc {
                    Some(acc) => {
                        let total = self.b.use_var(acc);
                        let (sum, of) = self.b.ins().sadd_overflow(total, v.value());
                        self.raise_if(of, ExcKind::OverflowError, &overflow_msg("+"), e.span)?;
                        self.return_with(Some(sum))
                    }
                    None => self.return_with(v.v),
                }
            }
        }
    }

    fn add_to_acc(&mut self, x: Value, span: Span) -> R<()> {
        let acc = self
            .acc
            .ok_or_else(|| CodegenError::Module("no accumulator".into()))?;
        let total = self.b.use_var(acc);
        let (sum, of) = self.b.ins().sadd_overflow(total, x);
        self.raise_if(of, ExcKind::OverflowError, &overflow_msg("+"), span)?;
        self.b.def_var(acc, sum);
        Ok(())
    }

    /// Releases held loop sequences and leaves through the exit block.
    fn return_with(&mut self, v: Option<Value>) -> R<()> {
        self.release_held_above(0)?;
        let args: Vec<ir::BlockArg> = v.into_iter().map(|x| x.into()).collect();
        self.b.ins().jump(self.exit, &args);
        Ok(())
    }

    /// `return f(args)` inside `f`: rebind the parameters and jump to the
    /// top, so self tail recursion runs in constant stack (guaranteed).
    fn self_tail_call(&mut self, args: &'a [Expr]) -> R<()> {
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            let v = self.own(v, &a.ty)?;
            self.hold(v, &a.ty);
            vals.push(v);
        }
        // The new frame owns the argument references.
        for (v, a) in vals.iter().zip(args).rev() {
            if a.ty.is_ref() && v.owned {
                self.temps.pop();
            }
        }
        self.release_held_above(0)?;
        self.release_locals()?;
        for (i, local) in self.f.locals.iter().enumerate() {
            let is_param = i < self.f.params.len();
            let v = if is_param {
                vals[i]
                    .v
                    .unwrap_or_else(|| self.b.ins().iconst(types::I64, 0))
            } else {
                self.zero(clif_type(&local.ty).unwrap_or(types::I64))
            };
            self.b.def_var(self.vars[i], v);
            let flag = self.b.ins().iconst(types::I8, is_param as i64);
            self.b.def_var(self.bound[i], flag);
        }
        self.b.ins().jump(self.body_start, &[]);
        Ok(())
    }

    fn assign(&mut self, place: &'a Place, value: &'a Expr) -> R<()> {
        match place {
            Place::DictItem { dict, key } => {
                // CPython evaluates the value, then the dict, then the key.
                let v = self.expr(value)?;
                self.hold(v, &value.ty);
                let d = self.expr(dict)?;
                self.hold(d, &dict.ty);
                let k = self.expr(key)?;
                self.hold(k, &key.ty);
                let kb = self.slot_bits(k, &key.ty);
                let vb = self.slot_bits(v, &value.ty);
                self.call_rt("pyaot_dict_set", &[d.value(), kb, vb])?;
                self.release(k, &key.ty)?;
                self.release(d, &dict.ty)?;
                self.release(v, &value.ty)
            }
            Place::ListItem { list, index } => {
                // CPython evaluates the value, then the list, then the index.
                let v = self.expr(value)?;
                self.hold(v, &value.ty);
                let l = self.expr(list)?;
                self.hold(l, &list.ty);
                let i = self.expr(index)?.value();
                let bits = self.slot_bits(v, &value.ty);
                let flag = self.call_rt1("pyaot_list_set", &[l.value(), i, bits])?;
                self.check_flag(flag, value.span)?;
                self.release(l, &list.ty)?;
                self.release(v, &value.ty)
            }
            Place::Field {
                obj,
                class,
                slot,
                maybe_none,
            } => {
                let v = self.expr(value)?;
                self.store_field(obj, *class, *slot, *maybe_none, v, &value.ty, value.span)
            }
            _ => {
                let v = self.expr(value)?;
                self.store(place, v, &value.ty)
            }
        }
    }

    /// Stores into a variable, taking ownership of `v`.
    fn store(&mut self, place: &'a Place, v: Val, ty: &Ty) -> R<()> {
        let v = self.own(v, ty)?;
        match place {
            Place::Local(id) if self.f.locals[id.index()].cell.is_some() => {
                let cell = self.b.use_var(self.vars[id.index()]);
                if let Some(new) = v.v {
                    let old = ty.is_ref().then(|| {
                        self.b.ins().load(
                            types::I64,
                            MemFlagsData::trusted(),
                            cell,
                            CELL_VALUE_OFFSET,
                        )
                    });
                    self.cell_put(cell, new, ty);
                    if let Some(old) = old {
                        self.decref(old)?;
                    }
                } else {
                    self.cell_put_bound(cell);
                }
                Ok(())
            }
            Place::Local(id) => {
                let var = self.vars[id.index()];
                if let Some(new) = v.v {
                    if ty.is_ref() {
                        let old = self.b.use_var(var);
                        self.b.def_var(var, new);
                        self.decref(old)?;
                    } else {
                        self.b.def_var(var, new);
                    }
                }
                let one = self.b.ins().iconst(types::I8, 1);
                self.b.def_var(self.bound[id.index()], one);
                Ok(())
            }
            Place::Global(id) => {
                let addr = self.data_addr(self.cx.globals[id.index()]);
                if let Some(new) = v.v {
                    if ty.is_ref() {
                        let old = self
                            .b
                            .ins()
                            .load(types::I64, MemFlagsData::trusted(), addr, 0);
                        self.b.ins().store(MemFlagsData::trusted(), new, addr, 0);
                        self.decref(old)?;
                    } else {
                        self.b.ins().store(MemFlagsData::trusted(), new, addr, 0);
                    }
                }
                let one = self.b.ins().iconst(types::I8, 1);
                self.b.ins().store(MemFlagsData::trusted(), one, addr, 8);
                Ok(())
            }
            Place::Field {
                obj,
                class,
                slot,
                maybe_none,
            } => {
                // `v` is owned now; store_field holds it while `obj` runs.
                let span = obj.span;
                self.store_field(obj, *class, *slot, *maybe_none, v, ty, span)
            }
            Place::ListItem { .. } | Place::DictItem { .. } => Err(CodegenError::Module(
                "items are assigned by assign()".into(),
            )),
        }
    }

    // ---- expressions ----------------------------------------------------

    fn expr(&mut self, e: &'a Expr) -> R<Val> {
        Ok(match &e.kind {
            ExprKind::Int(v) => Val::scalar(self.b.ins().iconst(types::I64, *v)),
            ExprKind::Float(v) => Val::scalar(self.b.ins().f64const(*v)),
            ExprKind::Bool(v) => Val::scalar(self.b.ins().iconst(types::I8, *v as i64)),
            ExprKind::Str(s) => Val::borrowed(self.str_lit(s)?),
            ExprKind::Bytes(data) => {
                let id = self.cx.bytes_literal(data)?;
                let gv = self.cx.module.declare_data_in_func(id, self.b.func);
                Val::borrowed(self.b.ins().symbol_value(types::I64, gv))
            }
            ExprKind::None => Val::none(),
            ExprKind::Local { id, checked } if self.f.locals[id.index()].cell.is_some() => {
                self.cell_read(*id, *checked, e)?
            }
            ExprKind::Local { id, checked } => {
                if *checked {
                    let flag = self.b.use_var(self.bound[id.index()]);
                    let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
                    let name = &self.f.locals[id.index()].name;
                    let msg = format!(
                        "cannot access local variable '{name}' where it is not associated with a value"
                    );
                    self.raise_if(unbound, ExcKind::UnboundLocalError, &msg, e.span)?;
                }
                match clif_type(&e.ty) {
                    Some(_) => Val::borrowed(self.b.use_var(self.vars[id.index()])),
                    None => Val::none(),
                }
            }
            ExprKind::Global { id, checked } => {
                let addr = self.data_addr(self.cx.globals[id.index()]);
                if *checked {
                    let flag = self
                        .b
                        .ins()
                        .load(types::I8, MemFlagsData::trusted(), addr, 8);
                    let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
                    let msg = format!("name '{}' is not defined", self.m.globals[id.index()].name);
                    self.raise_if(unbound, ExcKind::NameError, &msg, e.span)?;
                }
                match clif_type(&e.ty) {
                    Some(t) => {
                        let v = self.b.ins().load(t, MemFlagsData::trusted(), addr, 0);
                        // A callee may rebind the global while we use it.
                        self.own(Val::borrowed(v), &e.ty)?
                    }
                    None => Val::none(),
                }
            }
            ExprKind::Call {
                func,
                args,
                eval_order,
            } => self.call(*func, args, eval_order, e)?,
            ExprKind::MakeFunc(m) => self.make_func(m.func, &m.name, &m.qualname, &m.cells)?,
            ExprKind::CallValue { callee, args } => self.call_value(callee, args, e)?,
            ExprKind::GenNext { gen, default } => {
                self.gen_next(gen, default.as_deref(), &e.ty, e.span)?
            }
            ExprKind::Arith(op, l, r) => self.arith(*op, l, r, e)?,
            ExprKind::Bit(op, l, r) => {
                let a = self.expr(l)?.value();
                let b = self.expr(r)?.value();
                Val::scalar(match op {
                    BitOp::And => self.b.ins().band(a, b),
                    BitOp::Or => self.b.ins().bor(a, b),
                    BitOp::Xor => self.b.ins().bxor(a, b),
                    BitOp::LShift => {
                        self.call_out("pyaot_int_lshift", &[a, b], types::I64, e.span)?
                    }
                    BitOp::RShift => {
                        self.call_out("pyaot_int_rshift", &[a, b], types::I64, e.span)?
                    }
                })
            }
            ExprKind::IsNone(x) => {
                let v = self.expr(x)?;
                let r = self.b.ins().icmp_imm_s(IntCC::Equal, v.value(), 0);
                self.drop_val(v, &x.ty)?;
                Val::scalar(r)
            }
            ExprKind::Invert(x) => {
                let v = self.expr(x)?.value();
                Val::scalar(self.b.ins().bnot(v))
            }
            ExprKind::Neg(x) => {
                let v = self.expr(x)?.value();
                if x.ty == Ty::Float {
                    Val::scalar(self.b.ins().fneg(v))
                } else {
                    let zero = self.b.ins().iconst(types::I64, 0);
                    let (r, of) = self.b.ins().ssub_overflow(zero, v);
                    self.raise_if(of, ExcKind::OverflowError, &overflow_msg("-"), e.span)?;
                    Val::scalar(r)
                }
            }
            ExprKind::Abs(x) => {
                let v = self.expr(x)?.value();
                if x.ty == Ty::Float {
                    Val::scalar(self.b.ins().fabs(v))
                } else {
                    let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, v, i64::MIN);
                    self.raise_if(is_min, ExcKind::OverflowError, &overflow_msg("abs"), e.span)?;
                    Val::scalar(self.b.ins().iabs(v))
                }
            }
            ExprKind::MinMax { is_max, args } => self.min_max(*is_max, args)?,
            ExprKind::Compare { first, rest } => self.compare(first, rest)?,
            ExprKind::BoolOp { is_and, values } => self.bool_op(*is_and, values, &e.ty)?,
            ExprKind::Not(x) => {
                let v = self.expr(x)?.value();
                Val::scalar(self.b.ins().bxor_imm_s(v, 1))
            }
            ExprKind::IfExp(c, a, b) => {
                let cv = self.expr(c)?.value();
                let (ta, tb, merge) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                let t = clif_type(&e.ty);
                if let Some(t) = t {
                    self.b.append_block_param(merge, t);
                }
                self.b.ins().brif(cv, ta, &[], tb, &[]);
                for (blk, x) in [(ta, a), (tb, b)] {
                    self.b.switch_to_block(blk);
                    let v = self.expr(x)?;
                    let v = self.own(v, &x.ty)?;
                    let args: Vec<ir::BlockArg> = v.v.into_iter().map(|x| x.into()).collect();
                    self.b.ins().jump(merge, &args);
                }
                self.b.switch_to_block(merge);
                match t {
                    Some(_) => Val::owned(self.b.block_params(merge)[0]),
                    None => Val::none(),
                }
            }
            ExprKind::Conv(c, x) => self.conv(*c, x, e.span)?,
            ExprKind::StrConcat(a, b) => self.str_binop("pyaot_str_concat", a, b, e.span)?,
            ExprKind::StrRepeat(s, n) => self.str_binop("pyaot_str_repeat", s, n, e.span)?,
            ExprKind::StrIndex(s, i) => self.str_binop("pyaot_str_getitem", s, i, e.span)?,
            ExprKind::StrContains(needle, hay) => {
                let n = self.expr(needle)?;
                self.hold(n, &Ty::Str);
                let h = self.expr(hay)?;
                self.hold(h, &Ty::Str);
                let r = self.call_rt1("pyaot_str_contains", &[h.value(), n.value()])?;
                self.release(h, &Ty::Str)?;
                self.release(n, &Ty::Str)?;
                Val::scalar(r)
            }
            ExprKind::StrSlice {
                value,
                lower,
                upper,
                step,
            } => {
                let s = self.expr(value)?;
                self.hold(s, &Ty::Str);
                let part =
                    |lw: &mut Self, p: &'a Option<Box<Expr>>, default: i64| -> R<(Value, Value)> {
                        Ok(match p {
                            Some(x) => {
                                let v = lw.expr(x)?.value();
                                (v, lw.b.ins().iconst(types::I8, 1))
                            }
                            None => (
                                lw.b.ins().iconst(types::I64, default),
                                lw.b.ins().iconst(types::I8, 0),
                            ),
                        })
                    };
                let (lo, has_lo) = part(self, lower, 0)?;
                let (hi, has_hi) = part(self, upper, 0)?;
                let (st, _) = part(self, step, 1)?;
                let r =
                    self.call_rt1("pyaot_str_slice", &[s.value(), lo, hi, st, has_lo, has_hi])?;
                self.check_null(r, e.span)?;
                self.release(s, &Ty::Str)?;
                Val::owned(r)
            }
            ExprKind::Len(x) => {
                let v = self.expr(x)?;
                let off = if x.ty == Ty::Str {
                    layout::NCHARS_OFFSET
                } else {
                    layout::LEN_OFFSET
                };
                let n = self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), v.value(), off);
                self.drop_val(v, &x.ty)?;
                Val::scalar(n)
            }
            ExprKind::FString(parts) => self.fstring(parts, e.span)?,
            ExprKind::Print {
                args,
                sep,
                end,
                end_first,
            } => self.print(args, sep.as_deref(), end.as_deref(), *end_first)?,
            ExprKind::Input(prompt) => {
                let p = match prompt {
                    Some(p) => self.expr(p)?,
                    None => Val::scalar(self.b.ins().iconst(types::I64, 0)),
                };
                self.hold(p, &Ty::Str);
                let r = self.call_rt1("pyaot_input", &[p.value()])?;
                self.check_null(r, e.span)?;
                self.release(p, &Ty::Str)?;
                Val::owned(r)
            }
            ExprKind::List(items) => {
                let Ty::List(elem) = &e.ty else {
                    return Err(CodegenError::Module(
                        "list literal without list type".into(),
                    ));
                };
                let kind = self.b.ins().iconst(types::I32, elem_kind(elem) as i64);
                let cap = self.b.ins().iconst(types::I64, items.len() as i64);
                let l = self.call_rt1("pyaot_list_new", &[kind, cap])?;
                let lv = Val::owned(l);
                self.hold(lv, &e.ty);
                for it in items {
                    let v = self.expr(it)?;
                    let bits = self.slot_bits(v, &it.ty);
                    self.call_rt("pyaot_list_append", &[l, bits])?;
                    self.drop_val(v, &it.ty)?;
                }
                self.temps.pop();
                lv
            }
            ExprKind::Dict(items) => {
                let Ty::Dict(k, v, _) = &e.ty else {
                    return Err(CodegenError::Module(
                        "dict display without dict type".into(),
                    ));
                };
                // An untyped empty `{}` (e.g. in `bool({})`) never gets
                // items; any valid key kind serves.
                let key_kind = if **k == Ty::None {
                    layout::ELEM_INT
                } else {
                    elem_kind(k)
                };
                let kk = self.b.ins().iconst(types::I32, key_kind as i64);
                let vk = self.b.ins().iconst(types::I32, elem_kind(v) as i64);
                let cap = self.b.ins().iconst(types::I64, items.len() as i64);
                let d = self.call_rt1("pyaot_dict_new", &[kk, vk, cap])?;
                let dv = Val::owned(d);
                self.hold(dv, &e.ty);
                for (key, value) in items {
                    let kv = self.expr(key)?;
                    self.hold(kv, &key.ty);
                    let vv = self.expr(value)?;
                    let kb = self.slot_bits(kv, &key.ty);
                    let vb = self.slot_bits(vv, &value.ty);
                    self.call_rt("pyaot_dict_set", &[d, kb, vb])?;
                    self.drop_val(vv, &value.ty)?;
                    self.release(kv, &key.ty)?;
                }
                self.temps.pop();
                dv
            }
            ExprKind::ListIndex(l, i) => {
                let lv = self.expr(l)?;
                self.hold(lv, &l.ty);
                let iv = self.expr(i)?.value();
                let r = self.list_get(lv.value(), iv, &e.ty, e.span)?;
                self.hold(r, &e.ty);
                let r_kept = r;
                // Release the list but keep the item.
                if e.ty.is_ref() && r.owned {
                    self.temps.pop();
                }
                self.release(lv, &l.ty)?;
                r_kept
            }
            ExprKind::Tuple(items) => self.tuple_display(items, e)?,
            ExprKind::TupleGet(t, i) => self.tuple_get(t, *i, &e.ty)?,
            ExprKind::SysArgv => Val::owned(self.call_rt1("pyaot_sys_argv", &[])?),
            ExprKind::RtCall { func, args, conv } => self.rt_call(func, args, *conv, e)?,
            ExprKind::Block(stmts, target) => {
                self.block(stmts)?;
                // Move the value out of its hidden variable.
                let var = self.vars[target.index()];
                let v = self.b.use_var(var);
                if e.ty.is_ref() {
                    let null = self.b.ins().iconst(types::I64, 0);
                    self.b.def_var(var, null);
                    Val::owned(v)
                } else {
                    Val::scalar(v)
                }
            }
            ExprKind::Then(first, second) => {
                let v = self.expr(first)?;
                self.drop_val(v, &first.ty)?;
                self.expr(second)?
            }
            ExprKind::New(n) => {
                self.new_instance(n.class, n.init, &n.args, &n.eval_order, n.exc_args, e.span)?
            }
            ExprKind::Field {
                obj,
                class,
                slot,
                checked,
                maybe_none,
                class_default,
            } => self.field_read(
                obj,
                *class,
                *slot,
                *checked,
                *maybe_none,
                *class_default,
                &e.ty,
                e.span,
            )?,
            ExprKind::MethodCall(m) => self.method_call(
                m.func,
                &m.args,
                &m.eval_order,
                m.vslot,
                m.none_check.as_deref(),
                &e.ty,
                e.span,
            )?,
            ExprKind::IsInstance(obj, class) => self.is_instance(obj, *class)?,
            ExprKind::VirtualAttr {
                obj,
                vslot,
                name,
                maybe_none,
            } => self.virtual_attr(obj, *vslot, name, *maybe_none, &e.ty, e.span)?,
            ExprKind::ExcInit { obj, args } => self.exc_init(obj, args, e.span)?,
            ExprKind::NewExc { kind, args } => self.new_exc(*kind, args, e.span)?,
        })
    }

    /// The address of the static type-code string of tuple type `ty`.
    fn tuple_codes_addr(&mut self, ty: &Ty) -> R<Value> {
        let codes = match ty {
            Ty::Tuple(items) => super::tuple_codes(items),
            // A tuple of a length known only at run time: `*` and the
            // items' one code (`runtime/src/tuple_obj.rs`).
            Ty::VarTuple(elem) => format!("*{}", super::tuple_codes(std::slice::from_ref(elem))),
            _ => return Err(CodegenError::Module(format!("type codes of {ty}"))),
        };
        let id = self.cx.type_codes(&codes)?;
        Ok(self.data_addr(id))
    }

    /// `(a, b, ...)`: a fresh tuple of zero slots, held while the items
    /// are computed left to right, each stored with its own reference.
    fn tuple_display(&mut self, items: &'a [Expr], e: &'a Expr) -> R<Val> {
        // A `tuple[T, ...]` display (a call's `*args`) has one code per item.
        let codes = match &e.ty {
            Ty::VarTuple(elem) => {
                self.tuple_codes_addr(&Ty::Tuple(vec![(**elem).clone(); items.len()]))?
            }
            ty => self.tuple_codes_addr(ty)?,
        };
        let n = self.b.ins().iconst(types::I64, items.len() as i64);
        let t = self.call_rt1("pyaot_tuple_new", &[n, codes])?;
        let tv = Val::owned(t);
        self.hold(tv, &e.ty);
        for (i, it) in items.iter().enumerate() {
            let v = self.expr(it)?;
            let v = self.own(v, &it.ty)?;
            if it.ty != Ty::None {
                let bits = self.slot_bits(v, &it.ty);
                let off = layout::TUPLE_SLOTS_OFFSET + 8 * i as i32;
                self.b.ins().store(MemFlagsData::trusted(), bits, t, off);
            }
        }
        self.temps.pop();
        Ok(tv)
    }

    /// `t[i]` for a constant, in-range `i`: a load. An item of a borrowed
    /// tuple is borrowed too (the tuple outlives the expression); one of an
    /// owned tuple gets its own reference before the tuple is released.
    fn tuple_get(&mut self, t: &'a Expr, i: usize, elem: &Ty) -> R<Val> {
        let tv = self.expr(t)?;
        if clif_type(elem).is_none() {
            self.drop_val(tv, &t.ty)?;
            return Ok(Val::none());
        }
        let off = layout::TUPLE_SLOTS_OFFSET + 8 * i as i32;
        let bits = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), tv.value(), off);
        if !elem.is_ref() {
            let v = self.slot_value(bits, elem);
            self.drop_val(tv, &t.ty)?;
            return Ok(v);
        }
        if !tv.owned {
            return Ok(Val::borrowed(bits));
        }
        self.incref(bits)?;
        self.decref(tv.value())?;
        Ok(Val::owned(bits))
    }

    /// Lowers [`ExprKind::RtCall`]: arguments left to right (held while
    /// the call runs), the call, its error check, then the release.
    fn rt_call(
        &mut self,
        func: &'static str,
        args: &'a [RtArg],
        conv: RtConv,
        e: &'a Expr,
    ) -> R<Val> {
        let mut vals: Vec<(Val, &Ty)> = Vec::new();
        let mut raw = Vec::new();
        for a in args {
            match a {
                RtArg::Value(x) | RtArg::Slot(x) => {
                    let v = self.expr(x)?;
                    self.hold(v, &x.ty);
                    vals.push((v, &x.ty));
                    raw.push(if matches!(a, RtArg::Slot(_)) {
                        self.slot_bits(v, &x.ty)
                    } else {
                        v.v.unwrap_or_else(|| self.b.ins().iconst(types::I64, 0))
                    });
                }
                RtArg::Null => raw.push(self.b.ins().iconst(types::I64, 0)),
                RtArg::Int(k) => raw.push(self.b.ins().iconst(types::I64, *k)),
                RtArg::Flag(f) => raw.push(self.b.ins().iconst(types::I8, *f as i64)),
                RtArg::TupleCodes(ty) => raw.push(self.tuple_codes_addr(ty)?),
                RtArg::ElemKind(ty) => {
                    raw.push(self.b.ins().iconst(types::I32, elem_kind(ty) as i64))
                }
                RtArg::ClassDesc(Some(c)) => raw.push(self.class_desc(*c)),
                RtArg::ClassDesc(None) => raw.push(self.b.ins().iconst(types::I64, 0)),
                RtArg::CurrentGen => match &self.gen {
                    Some(g) => raw.push(g.g),
                    None => {
                        return Err(CodegenError::Module(
                            "the current generator outside a generator".into(),
                        ))
                    }
                },
                RtArg::FactoryThunk(ty) => {
                    let id = self.cx.factory_thunk(ty)?;
                    let fref = self.cx.module.declare_func_in_func(id, self.b.func);
                    raw.push(self.b.ins().func_addr(types::I64, fref));
                }
            }
        }
        let result = match conv {
            RtConv::Infallible => match clif_type(&e.ty) {
                Some(_) => {
                    let r = self.call_rt1(func, &raw)?;
                    if e.ty.is_ref() {
                        Val::owned(r)
                    } else {
                        Val::scalar(r)
                    }
                }
                None => {
                    self.call_rt(func, &raw)?;
                    Val::none()
                }
            },
            RtConv::NullOnError => {
                let r = self.call_rt1(func, &raw)?;
                self.check_null(r, e.span)?;
                Val::owned(r)
            }
            RtConv::Flag => {
                let flag = self.call_rt1(func, &raw)?;
                self.check_flag(flag, e.span)?;
                Val::none()
            }
            RtConv::Pending => {
                let r = match clif_type(&e.ty) {
                    Some(_) => Some(self.call_rt1(func, &raw)?),
                    None => {
                        self.call_rt(func, &raw)?;
                        None
                    }
                };
                // A new object from the call is released if user code raised.
                let fresh = e.ty.is_ref().then_some(r).flatten();
                if let Some(x) = fresh {
                    self.temps.push(Held::Val(x));
                }
                let flag = self.call_rt1("pyaot_exc_pending", &[])?;
                self.check_flag(flag, e.span)?;
                if fresh.is_some() {
                    self.temps.pop();
                }
                match r {
                    Some(r) if e.ty.is_ref() => Val::owned(r),
                    Some(r) => Val::scalar(r),
                    None => Val::none(),
                }
            }
            RtConv::FlagOut => {
                let t = clif_type(&e.ty).unwrap_or(types::I64);
                Val::scalar(self.call_out(func, &raw, t, e.span)?)
            }
            RtConv::FlagOutSlot => {
                let bits = self.call_out(func, &raw, types::I64, e.span)?;
                self.slot_value(bits, &e.ty)
            }
        };
        // Keep the result out of the way while the arguments are released.
        for (v, ty) in vals.iter().rev() {
            self.release(*v, ty)?;
        }
        Ok(result)
    }

    /// A value of type `elem` from list slot bits (owned for ref types).
    fn slot_value(&mut self, bits: Value, elem: &Ty) -> Val {
        match elem {
            Ty::Float => Val::scalar(self.b.ins().bitcast(types::F64, MemFlagsData::new(), bits)),
            Ty::Bool => Val::scalar(self.b.ins().ireduce(types::I8, bits)),
            Ty::None => Val::none(),
            t if t.is_ref() => Val::owned(bits),
            _ => Val::scalar(bits),
        }
    }

    fn list_get(&mut self, list: Value, index: Value, elem: &Ty, span: Span) -> R<Val> {
        let bits = self.call_out("pyaot_list_get", &[list, index], types::I64, span)?;
        Ok(self.slot_value(bits, elem))
    }

    /// The 8-byte list slot representation of a value.
    fn slot_bits(&mut self, v: Val, ty: &Ty) -> Value {
        match ty {
            Ty::Float => self
                .b
                .ins()
                .bitcast(types::I64, MemFlagsData::new(), v.value()),
            Ty::Bool => self.b.ins().uextend(types::I64, v.value()),
            Ty::None => self.b.ins().iconst(types::I64, 0),
            _ => v.value(),
        }
    }

    fn call(
        &mut self,
        func: FuncId,
        args: &'a [Expr],
        eval_order: &[usize],
        e: &'a Expr,
    ) -> R<Val> {
        let mut slots: Vec<Option<Val>> = vec![None; args.len()];
        for &i in eval_order {
            let v = self.expr(&args[i])?;
            self.hold(v, &args[i].ty);
            slots[i] = Some(v);
        }
        let vals: Vec<Val> = slots
            .into_iter()
            .map(|v| v.ok_or_else(|| CodegenError::Module("argument not evaluated".into())))
            .collect::<R<_>>()?;
        let fref = self
            .cx
            .module
            .declare_func_in_func(self.cx.funcs[func.index()], self.b.func);
        let argv: Vec<Value> = vals
            .iter()
            .map(|v| v.v.unwrap_or_else(|| self.b.ins().iconst(types::I64, 0)))
            .collect();
        let call = self.b.ins().call(fref, &argv);
        let results = self.b.inst_results(call).to_vec();
        let flag = *results
            .last()
            .ok_or_else(|| CodegenError::Module("call without flag".into()))?;
        self.check_flag(flag, e.span)?;
        for &i in eval_order.iter().rev() {
            self.release(vals[i], &args[i].ty)?;
        }
        Ok(match clif_type(&e.ty) {
            Some(_) => Val::owned(results[0]),
            None => Val::none(),
        })
    }

    // ---- functions as values (runtime/src/func_obj.rs) --------------------

    /// A fresh unbound cell for a variable of type `ty`.
    fn new_cell(&mut self, ty: &Ty) -> R<Value> {
        let is_ref = self.b.ins().iconst(types::I8, ty.is_ref() as i64);
        self.call_rt1("pyaot_cell_new", &[is_ref])
    }

    /// Stores `v` (owned, for a ref) as the cell's value and marks it bound;
    /// the old value is the caller's to release.
    fn cell_put(&mut self, cell: Value, v: Value, _ty: &Ty) {
        self.b
            .ins()
            .store(MemFlagsData::trusted(), v, cell, CELL_VALUE_OFFSET);
        self.cell_put_bound(cell);
    }

    fn cell_put_bound(&mut self, cell: Value) {
        let one = self.b.ins().iconst(types::I8, 1);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), one, cell, CELL_BOUND_OFFSET);
    }

    /// A read of a cell variable. The value is owned: a call may rebind
    /// the variable (through `nonlocal`) while the value is in use.
    fn cell_read(&mut self, id: hir::LocalId, checked: bool, e: &'a Expr) -> R<Val> {
        let local = &self.f.locals[id.index()];
        let cell = self.b.use_var(self.vars[id.index()]);
        if checked {
            let flag =
                self.b
                    .ins()
                    .load(types::I8, MemFlagsData::trusted(), cell, CELL_BOUND_OFFSET);
            let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
            let name = &local.name;
            let (kind, msg) = match local.cell {
                Some(hir::CellOf::Free(_)) => (
                    ExcKind::NameError,
                    format!(
                        "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                    ),
                ),
                _ => (
                    ExcKind::UnboundLocalError,
                    format!(
                        "cannot access local variable '{name}' where it is not associated with a value"
                    ),
                ),
            };
            self.raise_if(unbound, kind, &msg, e.span)?;
        }
        Ok(match clif_type(&e.ty) {
            Some(t) => {
                let v = self
                    .b
                    .ins()
                    .load(t, MemFlagsData::trusted(), cell, CELL_VALUE_OFFSET);
                self.own(Val::borrowed(v), &e.ty)?
            }
            None => Val::none(),
        })
    }

    /// A new function object running `func`, capturing the cells of the
    /// current function's cell variables `cells`.
    fn make_func(
        &mut self,
        func: FuncId,
        name: &str,
        qualname: &str,
        cells: &[hir::LocalId],
    ) -> R<Val> {
        let fref = self
            .cx
            .module
            .declare_func_in_func(self.cx.funcs[func.index()], self.b.func);
        let code = self.b.ins().func_addr(types::I64, fref);
        let name = self.str_lit(name)?;
        let qualname = self.str_lit(qualname)?;
        let n = self.b.ins().iconst(types::I64, cells.len() as i64);
        let f = self.call_rt1("pyaot_func_new", &[code, name, qualname, n])?;
        for (i, id) in cells.iter().enumerate() {
            let cell = self.b.use_var(self.vars[id.index()]);
            self.incref(cell)?;
            let offset = FUNC_CELLS_OFFSET + 8 * i as i32;
            self.b.ins().store(MemFlagsData::trusted(), cell, f, offset);
        }
        Ok(Val::owned(f))
    }

    /// A call of a function object: its code with the object first.
    fn call_value(&mut self, callee: &'a Expr, args: &'a [Expr], e: &'a Expr) -> R<Val> {
        let sig_ty = callee
            .ty
            .func()
            .ok_or_else(|| CodegenError::Module("call of a non-function value".into()))?;
        let f = self.expr(callee)?;
        self.hold(f, &callee.ty);
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            self.hold(v, &a.ty);
            vals.push(v);
        }
        let sig = self.cx.closure_signature(sig_ty);
        let sigref = self.b.import_signature(sig);
        let code = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            f.value(),
            FUNC_CODE_OFFSET,
        );
        let mut argv = vec![f.value()];
        for v in &vals {
            argv.push(v.v.unwrap_or_else(|| self.b.ins().iconst(types::I64, 0)));
        }
        let call = self.b.ins().call_indirect(sigref, code, &argv);
        let results = self.b.inst_results(call).to_vec();
        let flag = *results
            .last()
            .ok_or_else(|| CodegenError::Module("call without flag".into()))?;
        self.check_flag(flag, e.span)?;
        for (v, a) in vals.iter().zip(args).rev() {
            self.release(*v, &a.ty)?;
        }
        self.release(f, &callee.ty)?;
        Ok(match clif_type(&e.ty) {
            Some(_) => Val::owned(results[0]),
            None => Val::none(),
        })
    }

    fn arith(&mut self, op: ArithOp, l: &'a Expr, r: &'a Expr, e: &'a Expr) -> R<Val> {
        let a = self.expr(l)?.value();
        let b = self.expr(r)?.value();
        let span = e.span;
        if l.ty == Ty::Float {
            return Ok(Val::scalar(match op {
                ArithOp::Add => self.b.ins().fadd(a, b),
                ArithOp::Sub => self.b.ins().fsub(a, b),
                ArithOp::Mul => self.b.ins().fmul(a, b),
                ArithOp::Div => {
                    let zero = self.b.ins().f64const(0.0);
                    let is_zero = self.b.ins().fcmp(FloatCC::Equal, b, zero);
                    self.raise_if(
                        is_zero,
                        ExcKind::ZeroDivisionError,
                        "float division by zero",
                        span,
                    )?;
                    self.b.ins().fdiv(a, b)
                }
                ArithOp::FloorDiv => {
                    self.call_out("pyaot_float_floordiv", &[a, b], types::F64, span)?
                }
                ArithOp::Mod => self.call_out("pyaot_float_mod", &[a, b], types::F64, span)?,
                ArithOp::Pow => self.call_out("pyaot_float_pow", &[a, b], types::F64, span)?,
            }));
        }
        let checked = |lw: &mut Self, r: Value, of: Value, sym: &str| -> R<Val> {
            lw.raise_if(of, ExcKind::OverflowError, &overflow_msg(sym), span)?;
            Ok(Val::scalar(r))
        };
        match op {
            ArithOp::Add => {
                let (r, of) = self.b.ins().sadd_overflow(a, b);
                checked(self, r, of, "+")
            }
            ArithOp::Sub => {
                let (r, of) = self.b.ins().ssub_overflow(a, b);
                checked(self, r, of, "-")
            }
            ArithOp::Mul => {
                let (r, of) = self.b.ins().smul_overflow(a, b);
                checked(self, r, of, "*")
            }
            ArithOp::Div => {
                // int / int: true division.
                let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
                self.raise_if(
                    is_zero,
                    ExcKind::ZeroDivisionError,
                    "division by zero",
                    span,
                )?;
                let fa = self.b.ins().fcvt_from_sint(types::F64, a);
                let fb = self.b.ins().fcvt_from_sint(types::F64, b);
                Ok(Val::scalar(self.b.ins().fdiv(fa, fb)))
            }
            ArithOp::FloorDiv | ArithOp::Mod => match r.kind {
                ExprKind::Int(k) if k != 0 && k != -1 => Ok(self.int_divmod_const(op, a, k)),
                _ => self.int_divmod(op, a, b, span),
            },
            ArithOp::Pow => Ok(Val::scalar(self.call_out(
                "pyaot_int_pow",
                &[a, b],
                types::I64,
                span,
            )?)),
        }
    }

    /// `a // k` or `a % k` for a constant `k` other than 0 and -1: nothing
    /// can raise, and Cranelift can strength-reduce the division.
    fn int_divmod_const(&mut self, op: ArithOp, a: Value, k: i64) -> Val {
        let kv = self.b.ins().iconst(types::I64, k);
        let r = self.b.ins().srem(a, kv);
        // The remainder takes the divisor's sign in Python.
        let wrong_sign = if k > 0 {
            self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0)
        } else {
            self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, r, 0)
        };
        if op == ArithOp::Mod {
            let fixed = self.b.ins().iadd(r, kv);
            return Val::scalar(self.b.ins().select(wrong_sign, fixed, r));
        }
        let q = self.b.ins().sdiv(a, kv);
        let q1 = self.b.ins().iadd_imm_s(q, -1);
        Val::scalar(self.b.ins().select(wrong_sign, q1, q))
    }

    /// Python's floor division and modulo on i64 (rounding toward -inf).
    fn int_divmod(&mut self, op: ArithOp, a: Value, b: Value, span: Span) -> R<Val> {
        let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
        let msg = if op == ArithOp::Mod {
            "integer modulo by zero"
        } else {
            "integer division or modulo by zero"
        };
        self.raise_if(is_zero, ExcKind::ZeroDivisionError, msg, span)?;
        // MIN // -1 overflows; MIN % -1 is 0. Divide by 1 instead of -1 in
        // that case (x86 idiv traps) and fix the result up.
        let is_neg1 = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
        if op == ArithOp::FloorDiv {
            let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
            let both = self.b.ins().band(is_min, is_neg1);
            self.raise_if(both, ExcKind::OverflowError, &overflow_msg("//"), span)?;
        }
        let one = self.b.ins().iconst(types::I64, 1);
        let safe_b = self.b.ins().select(is_neg1, one, b);
        let q = self.b.ins().sdiv(a, safe_b);
        let r = self.b.ins().srem(a, safe_b);
        // Signs differ and remainder non-zero: adjust toward -inf.
        let r_nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let x = self.b.ins().bxor(r, b);
        let signs_differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
        let adjust = self.b.ins().band(r_nonzero, signs_differ);
        if op == ArithOp::FloorDiv {
            let neg_a = self.b.ins().ineg(a);
            let q1 = self.b.ins().isub(q, one);
            let q = self.b.ins().select(adjust, q1, q);
            Ok(Val::scalar(self.b.ins().select(is_neg1, neg_a, q)))
        } else {
            let r1 = self.b.ins().iadd(r, b);
            let r = self.b.ins().select(adjust, r1, r);
            let zero = self.b.ins().iconst(types::I64, 0);
            Ok(Val::scalar(self.b.ins().select(is_neg1, zero, r)))
        }
    }

    fn min_max(&mut self, is_max: bool, args: &'a [Expr]) -> R<Val> {
        let mut cur = self.expr(&args[0])?.value();
        for a in &args[1..] {
            let v = self.expr(a)?.value();
            // CPython keeps the current value unless the new one is strictly
            // better, which also fixes how NaN propagates.
            let better = if a.ty == Ty::Float {
                let cc = if is_max {
                    FloatCC::GreaterThan
                } else {
                    FloatCC::LessThan
                };
                self.b.ins().fcmp(cc, v, cur)
            } else {
                let cc = if is_max {
                    IntCC::SignedGreaterThan
                } else {
                    IntCC::SignedLessThan
                };
                self.b.ins().icmp(cc, v, cur)
            };
            cur = self.b.ins().select(better, v, cur);
        }
        Ok(Val::scalar(cur))
    }

    fn compare(&mut self, first: &'a Expr, rest: &'a [(CmpOp, Expr)]) -> R<Val> {
        let merge = self.b.create_block();
        self.b.append_block_param(merge, types::I8);
        let mut prev = self.expr(first)?;
        self.hold(prev, &first.ty);
        let mut prev_ty = &first.ty;
        for (idx, (op, rhs)) in rest.iter().enumerate() {
            let r = self.expr(rhs)?;
            self.hold(r, &rhs.ty);
            let res = self.compare_pair(*op, prev, prev_ty, r, &rhs.ty)?;
            // `prev` is no longer needed; it sits below `r` on the stack.
            if prev_ty.is_ref() && prev.owned {
                let pos = self
                    .temps
                    .iter()
                    .rposition(|&t| Some(t) == prev.v.map(Held::Val));
                if let Some(pos) = pos {
                    self.temps.remove(pos);
                }
                self.decref(prev.value())?;
            }
            let last = idx + 1 == rest.len();
            if last {
                self.release(r, &rhs.ty)?;
                self.b.ins().jump(merge, &[res.into()]);
            } else {
                let (cont, short) = (self.b.create_block(), self.b.create_block());
                self.b.ins().brif(res, cont, &[], short, &[]);
                self.b.switch_to_block(short);
                self.drop_val(r, &rhs.ty)?;
                let f = self.b.ins().iconst(types::I8, 0);
                self.b.ins().jump(merge, &[f.into()]);
                self.b.switch_to_block(cont);
            }
            prev = r;
            prev_ty = &rhs.ty;
        }
        self.b.switch_to_block(merge);
        Ok(Val::scalar(self.b.block_params(merge)[0]))
    }

    fn compare_pair(&mut self, op: CmpOp, l: Val, lt: &Ty, r: Val, rt: &Ty) -> R<Value> {
        let is_obj = |t: &Ty| matches!(t, Ty::Class(_) | Ty::None);
        if matches!(lt, Ty::Class(_)) || matches!(rt, Ty::Class(_)) {
            // Instances (None is NULL): identity, or the runtime's `==`.
            if is_obj(lt) && is_obj(rt) {
                let a = l.v.unwrap_or_else(|| self.b.ins().iconst(types::I64, 0));
                let b = r.v.unwrap_or_else(|| self.b.ins().iconst(types::I64, 0));
                let (same, negate) = match op {
                    CmpOp::Is => (self.b.ins().icmp(IntCC::Equal, a, b), false),
                    CmpOp::IsNot => (self.b.ins().icmp(IntCC::Equal, a, b), true),
                    CmpOp::Eq | CmpOp::NotEq => (
                        self.call_out("pyaot_obj_eq", &[a, b], types::I8, self.stmt_span)?,
                        op == CmpOp::NotEq,
                    ),
                    _ => return Err(CodegenError::Module("ordering of instances".into())),
                };
                return Ok(if negate {
                    self.b.ins().bxor_imm_s(same, 1)
                } else {
                    same
                });
            }
        }
        match op {
            CmpOp::Is | CmpOp::IsNot => {
                // Only `x is None` passes the checker: true iff both are None.
                let same = (*lt == Ty::None) && (*rt == Ty::None);
                let v = same == (op == CmpOp::Is);
                return Ok(self.b.ins().iconst(types::I8, v as i64));
            }
            CmpOp::In | CmpOp::NotIn => {
                let c = if *rt == Ty::Str {
                    self.call_rt1("pyaot_str_contains", &[r.value(), l.value()])?
                } else if *rt == Ty::Bytes && *lt == Ty::Bytes {
                    self.call_rt1("pyaot_bytes_contains", &[r.value(), l.value()])?
                } else if *rt == Ty::Bytes {
                    // An int (or bool) operand.
                    let i = self.as_int(l.value(), lt);
                    let span = self.stmt_span;
                    self.call_out("pyaot_bytes_contains_int", &[r.value(), i], types::I8, span)?
                } else if let Ty::Dict(..) = rt {
                    let bits = self.slot_bits(l, lt);
                    self.call_rt1("pyaot_dict_contains", &[r.value(), bits])?
                } else if let Ty::Set(_) = rt {
                    let bits = self.slot_bits(l, lt);
                    self.call_rt1("pyaot_set_contains", &[r.value(), bits])?
                } else if let Ty::Tuple(_) | Ty::VarTuple(_) = rt {
                    let bits = self.slot_bits(l, lt);
                    let kind = self.b.ins().iconst(types::I32, elem_kind(lt) as i64);
                    self.call_rt1("pyaot_tuple_contains", &[r.value(), bits, kind])?
                } else {
                    let bits = self.slot_bits(l, lt);
                    let c = self.call_rt1("pyaot_list_contains", &[r.value(), bits])?;
                    self.check_pending_if_objects(rt)?;
                    c
                };
                return Ok(if op == CmpOp::NotIn {
                    self.b.ins().bxor_imm_s(c, 1)
                } else {
                    c
                });
            }
            _ => {}
        }
        if *lt == Ty::None && *rt == Ty::None {
            let v = matches!(op, CmpOp::Eq | CmpOp::LtE | CmpOp::GtE);
            return Ok(self.b.ins().iconst(types::I8, v as i64));
        }
        if let Ty::Dict(..) = lt {
            // The checker allows only == and != on dicts.
            let eq = self.call_rt1("pyaot_dict_eq", &[l.value(), r.value()])?;
            if let Ty::Dict(_, v, _) = lt {
                self.check_pending_if_objects(&Ty::List(v.clone()))?;
            }
            return Ok(if op == CmpOp::NotEq {
                self.b.ins().bxor_imm_s(eq, 1)
            } else {
                eq
            });
        }
        if let Ty::List(_) | Ty::Tuple(_) | Ty::VarTuple(_) | Ty::Set(_) = lt {
            // CPython's rich comparison codes; exact even when a NaN decides
            // (for sets, `<` and friends are subset tests).
            let code = match op {
                CmpOp::Lt => 0,
                CmpOp::LtE => 1,
                CmpOp::Eq => 2,
                CmpOp::NotEq => 3,
                CmpOp::Gt => 4,
                _ => 5,
            };
            let code = self.b.ins().iconst(types::I32, code);
            let func = match lt {
                Ty::Tuple(_) | Ty::VarTuple(_) => "pyaot_tuple_richcmp",
                Ty::Set(_) => "pyaot_set_compare",
                _ => "pyaot_list_richcmp",
            };
            let res = self.call_rt1(func, &[l.value(), r.value(), code])?;
            self.check_pending_if_objects(lt)?;
            return Ok(res);
        }
        if *lt == Ty::Bytes {
            if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                let eq = self.call_rt1("pyaot_bytes_eq", &[l.value(), r.value()])?;
                return Ok(if op == CmpOp::NotEq {
                    self.b.ins().bxor_imm_s(eq, 1)
                } else {
                    eq
                });
            }
            let c = self.call_rt1("pyaot_bytes_cmp", &[l.value(), r.value()])?;
            return Ok(self.b.ins().icmp_imm_s(int_cc(op), c, 0));
        }
        if *lt == Ty::Str {
            if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                let eq = self.call_rt1("pyaot_str_eq", &[l.value(), r.value()])?;
                return Ok(if op == CmpOp::NotEq {
                    self.b.ins().bxor_imm_s(eq, 1)
                } else {
                    eq
                });
            }
            let c = self.call_rt1("pyaot_str_cmp", &[l.value(), r.value()])?;
            return Ok(self.b.ins().icmp_imm_s(int_cc(op), c, 0));
        }
        match (lt, rt) {
            (Ty::Float, Ty::Float) => {
                return Ok(self.b.ins().fcmp(float_cc(op), l.value(), r.value()));
            }
            (Ty::Float, _) => {
                let i = self.as_int(r.value(), rt);
                return Ok(self.int_float_cmp(mirror(op), i, l.value()));
            }
            (_, Ty::Float) => {
                let i = self.as_int(l.value(), lt);
                return Ok(self.int_float_cmp(op, i, r.value()));
            }
            _ => {}
        }
        let a = self.as_int(l.value(), lt);
        let b = self.as_int(r.value(), rt);
        Ok(self.b.ins().icmp(int_cc(op), a, b))
    }

    /// `i <op> f` exactly, as CPython compares int with float: a float
    /// comparison decides unless the two round to the same float, in which
    /// case `f` is integral and an integer comparison decides (a float of
    /// 2**63 or more exceeds every i64).
    fn int_float_cmp(&mut self, op: CmpOp, i: Value, f: Value) -> Value {
        let fi = self.b.ins().fcvt_from_sint(types::F64, i);
        let ordered = self.b.ins().fcmp(float_cc(op), fi, f);
        let tie = self.b.ins().fcmp(FloatCC::Equal, fi, f);
        let two63 = self.b.ins().f64const(9_223_372_036_854_775_808.0);
        let big = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, f, two63);
        let fint = self.b.ins().fcvt_to_sint_sat(types::I64, f);
        let exact = self.b.ins().icmp(int_cc(op), i, fint);
        // Within a tie: a big `f` makes `i` smaller; otherwise compare ints.
        let i_smaller = matches!(op, CmpOp::Lt | CmpOp::LtE | CmpOp::NotEq);
        let big_answer = self.b.ins().iconst(types::I8, i_smaller as i64);
        let tie_answer = self.b.ins().select(big, big_answer, exact);
        match op {
            // Outside a tie the float comparison is already exact.
            CmpOp::Eq => self.b.ins().band(tie, tie_answer),
            CmpOp::NotEq => {
                let not_tie = self.b.ins().bxor_imm_s(tie, 1);
                self.b.ins().bor(not_tie, tie_answer)
            }
            _ => self.b.ins().select(tie, tie_answer, ordered),
        }
    }

    fn as_int(&mut self, v: Value, ty: &Ty) -> Value {
        match ty {
            Ty::Bool => self.b.ins().uextend(types::I64, v),
            _ => v,
        }
    }

    fn bool_op(&mut self, is_and: bool, values: &'a [Expr], ty: &Ty) -> R<Val> {
        let merge = self.b.create_block();
        let t = clif_type(ty);
        if let Some(t) = t {
            self.b.append_block_param(merge, t);
        }
        for (i, x) in values.iter().enumerate() {
            let v = self.expr(x)?;
            let v = self.own(v, ty)?;
            let args: Vec<ir::BlockArg> = v.v.into_iter().map(|x| x.into()).collect();
            if i + 1 == values.len() {
                self.b.ins().jump(merge, &args);
                break;
            }
            let truth = self.truth(v, ty)?;
            let (done, next) = (self.b.create_block(), self.b.create_block());
            // `a and b`: a falsy a is the result; `a or b`: a truthy one.
            if is_and {
                self.b.ins().brif(truth, next, &[], done, &[]);
            } else {
                self.b.ins().brif(truth, done, &[], next, &[]);
            }
            self.b.switch_to_block(done);
            self.b.ins().jump(merge, &args);
            self.b.switch_to_block(next);
            self.drop_val(v, ty)?;
        }
        self.b.switch_to_block(merge);
        Ok(match t {
            Some(_) => Val::owned(self.b.block_params(merge)[0]),
            None => Val::none(),
        })
    }

    /// After a runtime list operation that may have called user
    /// `__eq__`/`__lt__` (a list of instances), propagates what they
    /// raised (the runtime leaves it pending).
    fn check_pending_if_objects(&mut self, list_ty: &Ty) -> R<()> {
        if matches!(list_ty, Ty::List(e) if matches!(**e, Ty::Class(_))) {
            let flag = self.call_rt1("pyaot_exc_pending", &[])?;
            let span = self.stmt_span;
            self.check_flag(flag, span)?;
        }
        Ok(())
    }

    /// Python truthiness of a value, as an i8.
    fn truth(&mut self, v: Val, ty: &Ty) -> R<Value> {
        Ok(match ty {
            Ty::Bool => v.value(),
            Ty::Int => self.b.ins().icmp_imm_s(IntCC::NotEqual, v.value(), 0),
            Ty::Float => {
                let z = self.b.ins().f64const(0.0);
                self.b.ins().fcmp(FloatCC::NotEqual, v.value(), z)
            }
            Ty::Str
            | Ty::Bytes
            | Ty::List(_)
            | Ty::Dict(..)
            | Ty::Set(_)
            | Ty::Tuple(_)
            | Ty::VarTuple(_)
            // Every kind an Iterable may hold keeps its length at
            // LEN_OFFSET, except a generator, whose resume function is
            // there (never 0: a generator is true).
            | Ty::Iterable(_)
            | Ty::Deque(_) => {
                let n = self.b.ins().load(
                    types::I64,
                    MemFlagsData::trusted(),
                    v.value(),
                    layout::LEN_OFFSET,
                );
                self.b.ins().icmp_imm_s(IntCC::NotEqual, n, 0)
            }
            Ty::None => self.b.ins().iconst(types::I8, 0),
            Ty::Exc | Ty::Func(_) | Ty::Iter(_) => self.b.ins().iconst(types::I8, 1),
            // The exception object, NULL for None.
            Ty::ExcType | Ty::Traceback => self.b.ins().icmp_imm_s(IntCC::NotEqual, v.value(), 0),
            Ty::Optional(inner) => self.on_optional(
                v.value(),
                inner,
                types::I8,
                |s| Ok(s.b.ins().iconst(types::I8, 0)),
                |s, iv| s.truth(iv, inner),
            )?,
            // None is false; an instance asks its class (__bool__, __len__).
            Ty::Class(_) => {
                let span = self.stmt_span;
                self.call_out("pyaot_obj_truthy", &[v.value()], types::I8, span)?
            }
        })
    }

    /// Branches on an `Optional` pointer: `none` emits the result for
    /// None, `some` the result for the (borrowed) inner value; returns the
    /// merged result of type `t`.
    fn on_optional(
        &mut self,
        v: Value,
        inner: &Ty,
        t: ir::Type,
        none: impl FnOnce(&mut Self) -> R<Value>,
        some: impl FnOnce(&mut Self, Val) -> R<Value>,
    ) -> R<Value> {
        let (bn, bs, merge) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(merge, t);
        let is_none = self.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
        self.b.ins().brif(is_none, bn, &[], bs, &[]);
        self.b.switch_to_block(bn);
        let r = none(self)?;
        self.b.ins().jump(merge, &[r.into()]);
        self.b.switch_to_block(bs);
        let iv = self.unbox(v, inner);
        let r = some(self, iv)?;
        self.b.ins().jump(merge, &[r.into()]);
        self.b.switch_to_block(merge);
        Ok(self.b.block_params(merge)[0])
    }

    /// The inner value of a non-None `Optional` pointer, borrowed.
    fn unbox(&mut self, v: Value, inner: &Ty) -> Val {
        let payload = |s: &mut Self, t| {
            s.b.ins()
                .load(t, MemFlagsData::trusted(), v, layout::BOX_PAYLOAD_OFFSET)
        };
        match inner {
            Ty::Int => Val::scalar(payload(self, types::I64)),
            Ty::Float => Val::scalar(payload(self, types::F64)),
            Ty::Bool => Val::scalar(payload(self, types::I8)),
            _ => Val::borrowed(v),
        }
    }

    fn conv(&mut self, c: Conv, x: &'a Expr, span: Span) -> R<Val> {
        let v = self.expr(x)?;
        Ok(match c {
            Conv::IntToFloat => Val::scalar(self.b.ins().fcvt_from_sint(types::F64, v.value())),
            Conv::RoundEven => Val::scalar(self.b.ins().nearest(v.value())),
            Conv::BoolToInt => Val::scalar(self.b.ins().uextend(types::I64, v.value())),
            Conv::BoolToFloat => {
                let i = self.b.ins().uextend(types::I64, v.value());
                Val::scalar(self.b.ins().fcvt_from_sint(types::F64, i))
            }
            Conv::FloatToInt => Val::scalar(self.call_out(
                "pyaot_int_from_float",
                &[v.value()],
                types::I64,
                span,
            )?),
            Conv::StrToInt | Conv::StrToFloat => {
                self.hold(v, &Ty::Str);
                let (name, t) = if c == Conv::StrToInt {
                    ("pyaot_int_from_str", types::I64)
                } else {
                    ("pyaot_float_from_str", types::F64)
                };
                let r = self.call_out(name, &[v.value()], t, span)?;
                self.release(v, &Ty::Str)?;
                Val::scalar(r)
            }
            Conv::Truthy => {
                let t = self.truth(v, &x.ty)?;
                self.drop_val(v, &x.ty)?;
                Val::scalar(t)
            }
            Conv::ToStr | Conv::Repr => self.stringify(v, &x.ty, c == Conv::Repr, span)?,
            Conv::Wrap => match x.ty {
                Ty::Int | Ty::Float | Ty::Bool => {
                    let bits = match x.ty {
                        Ty::Float => {
                            self.b
                                .ins()
                                .bitcast(types::I64, MemFlagsData::new(), v.value())
                        }
                        Ty::Bool => self.b.ins().uextend(types::I64, v.value()),
                        _ => v.value(),
                    };
                    Val::owned(self.call_rt1("pyaot_box_new", &[bits])?)
                }
                _ => v,
            },
            Conv::Unwrap => match &x.ty {
                Ty::Optional(inner) if !inner.is_ref() => {
                    let iv = self.unbox(v.value(), inner);
                    self.drop_val(v, &x.ty)?;
                    iv
                }
                _ => v,
            },
            Conv::NoneToOptional => Val::borrowed(self.b.ins().iconst(types::I64, 0)),
            Conv::Upcast | Conv::Downcast => v,
            Conv::NoneToObj => Val::borrowed(self.b.ins().iconst(types::I64, 0)),
        })
    }

    /// Like [`Self::stringify`], leaving `v` itself alive (it may be used
    /// again): the conversion gets a reference of its own.
    fn stringify_borrowed(&mut self, v: Val, ty: &Ty, repr: bool, span: Span) -> R<Val> {
        if ty.is_ref() {
            self.incref(v.value())?;
            return self.stringify(Val::owned(v.value()), ty, repr, span);
        }
        self.stringify(v, ty, repr, span)
    }

    /// `str(v)` or `repr(v)` as an owned or immortal str; consumes `v`.
    fn stringify(&mut self, v: Val, ty: &Ty, repr: bool, span: Span) -> R<Val> {
        Ok(match ty {
            Ty::Str if !repr => v,
            Ty::Str
            | Ty::Bytes
            | Ty::List(_)
            | Ty::Dict(..)
            | Ty::Set(_)
            | Ty::Tuple(_)
            | Ty::VarTuple(_) => {
                self.hold(v, ty);
                let name = match ty {
                    Ty::Str => "pyaot_str_repr",
                    // `str(b)` is `repr(b)`.
                    Ty::Bytes => "pyaot_bytes_repr",
                    Ty::List(_) => "pyaot_list_repr",
                    Ty::Set(_) => "pyaot_set_repr",
                    Ty::Tuple(_) | Ty::VarTuple(_) => "pyaot_tuple_repr",
                    _ => "pyaot_dict_repr",
                };
                let r = self.call_rt1(name, &[v.value()])?;
                self.check_null(r, span)?;
                self.release(v, ty)?;
                Val::owned(r)
            }
            Ty::Int => Val::owned(self.call_rt1("pyaot_str_from_int", &[v.value()])?),
            Ty::Float => Val::owned(self.call_rt1("pyaot_str_from_float", &[v.value()])?),
            Ty::Bool => {
                let t = self.str_lit("True")?;
                let f = self.str_lit("False")?;
                Val::borrowed(self.b.ins().select(v.value(), t, f))
            }
            Ty::None => Val::borrowed(self.str_lit("None")?),
            Ty::Optional(inner) => {
                self.hold(v, ty);
                // Both arms give an owned str (the literal is immortal, so
                // owning it is free).
                let r = self.on_optional(
                    v.value(),
                    inner,
                    types::I64,
                    |s| s.str_lit("None"),
                    |s, iv| Ok(s.stringify_borrowed(iv, inner, repr, span)?.value()),
                )?;
                self.release(v, ty)?;
                Val::owned(r)
            }
            // `<class 'ValueError'>`, or "None" for NULL; the checker
            // keeps tracebacks out of strings.
            Ty::ExcType | Ty::Traceback => {
                self.hold(v, ty);
                let r = self.call_rt1("pyaot_exc_type_repr", &[v.value()])?;
                self.release(v, ty)?;
                Val::owned(r)
            }
            Ty::Func(_) | Ty::Iter(_) => {
                self.hold(v, ty);
                let name = match ty {
                    Ty::Func(_) => "pyaot_func_repr",
                    _ => "pyaot_gen_repr",
                };
                let r = self.call_rt1(name, &[v.value()])?;
                self.release(v, ty)?;
                Val::owned(r)
            }
            Ty::Exc | Ty::Class(_) | Ty::Iterable(_) | Ty::Deque(_) => {
                self.hold(v, ty);
                let name = match (ty, repr) {
                    (Ty::Exc, true) => "pyaot_exc_repr",
                    (Ty::Exc, false) => "pyaot_exc_str",
                    (_, true) => "pyaot_obj_repr",
                    (_, false) => "pyaot_obj_str",
                };
                let r = self.call_rt1(name, &[v.value()])?;
                self.check_null(r, span)?;
                self.release(v, ty)?;
                Val::owned(r)
            }
        })
    }

    fn str_binop(&mut self, name: &'static str, a: &'a Expr, b: &'a Expr, span: Span) -> R<Val> {
        let av = self.expr(a)?;
        self.hold(av, &a.ty);
        let bv = self.expr(b)?;
        self.hold(bv, &b.ty);
        let r = self.call_rt1(name, &[av.value(), bv.value()])?;
        self.check_null(r, span)?;
        self.release(bv, &b.ty)?;
        self.release(av, &a.ty)?;
        Ok(Val::owned(r))
    }

    fn fstring(&mut self, parts: &'a [FPart], span: Span) -> R<Val> {
        let mut strs: Vec<Val> = Vec::new();
        for p in parts {
            let s = match p {
                FPart::Lit(text) => Val::borrowed(self.str_lit(text)?),
                FPart::Value { value, spec } => self.format_value(value, spec.as_ref(), span)?,
            };
            self.hold(s, &Ty::Str);
            strs.push(s);
        }
        if strs.len() == 1 {
            let only = strs[0];
            if only.owned {
                self.temps.pop();
            }
            return Ok(only);
        }
        let n = strs.len() as u32;
        let ss = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            8 * n.max(1),
            3,
        ));
        for (i, s) in strs.iter().enumerate() {
            self.b
                .ins()
                .stack_store(types::I64, s.value(), ss, (i * 8) as i32);
        }
        let addr = self.b.ins().stack_addr(types::I64, ss, 0);
        let count = self.b.ins().iconst(types::I64, n as i64);
        let r = self.call_rt1("pyaot_str_join", &[addr, count])?;
        self.check_null(r, span)?;
        for s in strs.iter().rev() {
            self.release(*s, &Ty::Str)?;
        }
        Ok(Val::owned(r))
    }

    fn format_value(&mut self, value: &'a Expr, spec: Option<&'a Expr>, span: Span) -> R<Val> {
        let v = self.expr(value)?;
        let ty = value.ty.clone();
        let Some(spec) = spec else {
            return self.stringify(v, &ty, false, span);
        };
        self.hold(v, &ty);
        let sv = self.expr(spec)?;
        self.hold(sv, &Ty::Str);
        let r = match ty {
            Ty::Int => self.call_rt1("pyaot_format_int", &[v.value(), sv.value()])?,
            Ty::Bool => self.call_rt1("pyaot_format_bool", &[v.value(), sv.value()])?,
            Ty::Float => self.call_rt1("pyaot_format_float", &[v.value(), sv.value()])?,
            _ => self.call_rt1("pyaot_format_str", &[v.value(), sv.value()])?,
        };
        self.check_null(r, span)?;
        self.release(sv, &Ty::Str)?;
        self.release(v, &ty)?;
        Ok(Val::owned(r))
    }

    fn print(
        &mut self,
        args: &'a [Expr],
        sep: Option<&'a Expr>,
        end: Option<&'a Expr>,
        end_first: bool,
    ) -> R<Val> {
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            self.hold(v, &a.ty);
            vals.push(v);
        }
        // Keyword arguments are evaluated in the order they are written.
        let (first, second) = if end_first { (end, sep) } else { (sep, end) };
        let kw = |lw: &mut Self, e: Option<&'a Expr>, default: &str| -> R<Val> {
            let v = match e {
                Some(s) => lw.expr(s)?,
                None => Val::borrowed(lw.str_lit(default)?),
            };
            lw.hold(v, &Ty::Str);
            Ok(v)
        };
        let (d1, d2) = if end_first { ("\n", " ") } else { (" ", "\n") };
        let v1 = kw(self, first, d1)?;
        let v2 = kw(self, second, d2)?;
        let (sep_v, end_v) = if end_first { (v2, v1) } else { (v1, v2) };
        for (i, (v, a)) in vals.iter().zip(args).enumerate() {
            if i > 0 {
                self.call_rt("pyaot_print_str", &[sep_v.value()])?;
            }
            match &a.ty {
                Ty::Int => self.call_rt("pyaot_print_int", &[v.value()])?,
                Ty::Float => self.call_rt("pyaot_print_float", &[v.value()])?,
                Ty::Bool => self.call_rt("pyaot_print_bool", &[v.value()])?,
                Ty::None => self.call_rt("pyaot_print_none", &[])?,
                Ty::Str => self.call_rt("pyaot_print_str", &[v.value()])?,
                Ty::Optional(_)
                | Ty::Func(_)
                | Ty::Iter(_)
                | Ty::Iterable(_)
                | Ty::Deque(_)
                | Ty::ExcType
                | Ty::Traceback => {
                    let s = self.stringify_borrowed(*v, &a.ty, false, a.span)?;
                    self.call_rt("pyaot_print_str", &[s.value()])?;
                    self.drop_val(s, &Ty::Str)?;
                    None
                }
                Ty::List(_)
                | Ty::Dict(..)
                | Ty::Set(_)
                | Ty::Tuple(_)
                | Ty::VarTuple(_)
                | Ty::Bytes
                | Ty::Exc
                | Ty::Class(_) => {
                    let name = match a.ty {
                        Ty::Dict(..) => "pyaot_dict_repr",
                        Ty::Set(_) => "pyaot_set_repr",
                        Ty::Bytes => "pyaot_bytes_repr",
                        Ty::Tuple(_) | Ty::VarTuple(_) => "pyaot_tuple_repr",
                        Ty::Exc => "pyaot_exc_str",
                        Ty::Class(_) => "pyaot_obj_str",
                        _ => "pyaot_list_repr",
                    };
                    let r = self.call_rt1(name, &[v.value()])?;
                    // User __repr__/__str__ may raise.
                    self.check_null(r, a.span)?;
                    self.call_rt("pyaot_print_str", &[r])?;
                    self.decref(r)?;
                    None
                }
            };
        }
        self.call_rt("pyaot_print_str", &[end_v.value()])?;
        self.release(v2, &Ty::Str)?;
        self.release(v1, &Ty::Str)?;
        for (v, a) in vals.iter().zip(args).rev() {
            self.release(*v, &a.ty)?;
        }
        Ok(Val::none())
    }
}

/// Whether `e` calls `fid` with its arguments evaluated in parameter order
/// (the order a self tail call re-evaluates them in).
fn is_call_of(e: &Expr, fid: FuncId) -> bool {
    matches!(&e.kind, ExprKind::Call { func, eval_order, .. }
        if *func == fid && eval_order.iter().enumerate().all(|(i, &j)| i == j))
}

/// Whether `body` has a `return x + f(...)` (possibly inside a conditional
/// expression) calling the function `fid` itself.
fn has_accumulator_site(body: &[Stmt], fid: FuncId) -> bool {
    fn in_return(e: &Expr, fid: FuncId) -> bool {
        match &e.kind {
            ExprKind::Arith(ArithOp::Add, _, r) => is_call_of(r, fid),
            ExprKind::IfExp(_, a, b) => in_return(a, fid) || in_return(b, fid),
            _ => false,
        }
    }
    body.iter().any(|s| match &s.kind {
        StmtKind::Return(Some(e)) => in_return(e, fid),
        StmtKind::If(_, a, b) => has_accumulator_site(a, fid) || has_accumulator_site(b, fid),
        StmtKind::While { body, orelse, .. }
        | StmtKind::ForRange { body, orelse, .. }
        | StmtKind::ForEach { body, orelse, .. } => {
            has_accumulator_site(body, fid) || has_accumulator_site(orelse, fid)
        }
        _ => false,
    })
}

fn float_cc(op: CmpOp) -> FloatCC {
    match op {
        CmpOp::Eq => FloatCC::Equal,
        CmpOp::NotEq => FloatCC::NotEqual,
        CmpOp::Lt => FloatCC::LessThan,
        CmpOp::LtE => FloatCC::LessThanOrEqual,
        CmpOp::Gt => FloatCC::GreaterThan,
        _ => FloatCC::GreaterThanOrEqual,
    }
}

/// The operator with its operands swapped: `a < b` is `b > a`.
fn mirror(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::LtE => CmpOp::GtE,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::GtE => CmpOp::LtE,
        other => other,
    }
}

fn int_cc(op: CmpOp) -> IntCC {
    match op {
        CmpOp::Eq => IntCC::Equal,
        CmpOp::NotEq => IntCC::NotEqual,
        CmpOp::Lt => IntCC::SignedLessThan,
        CmpOp::LtE => IntCC::SignedLessThanOrEqual,
        CmpOp::Gt => IntCC::SignedGreaterThan,
        _ => IntCC::SignedGreaterThanOrEqual,
    }
}

fn elem_kind(t: &Ty) -> u32 {
    match t {
        Ty::Int => layout::ELEM_INT,
        Ty::Float => layout::ELEM_FLOAT,
        Ty::Bool => layout::ELEM_BOOL,
        Ty::Str => layout::ELEM_STR,
        Ty::Bytes => layout::ELEM_BYTES,
        Ty::List(_) => layout::ELEM_LIST,
        Ty::None => layout::ELEM_NONE,
        Ty::Dict(..) => layout::ELEM_DICT,
        Ty::Set(_) => layout::ELEM_SET,
        Ty::Deque(_) => layout::ELEM_DEQUE,
        Ty::Tuple(_) | Ty::VarTuple(_) => layout::ELEM_TUPLE,
        // The checker rejects lists of exceptions and of Optionals.
        Ty::Exc | Ty::ExcType | Ty::Traceback | Ty::Optional(_) => layout::ELEM_NONE,
        // Function objects print and compare (by identity) as objects.
        // An Iterable prints through `pyaot_obj_repr`, which dispatches
        // on the object's kind.
        Ty::Class(_) | Ty::Func(_) | Ty::Iter(_) | Ty::Iterable(_) => layout::ELEM_OBJ,
    }
}

/// pyaot's message for i64 overflow, which CPython (arbitrary precision)
/// never raises.
pub fn overflow_msg(op: &str) -> String {
    format!("integer overflow in '{op}' (pyaot ints are 64-bit)")
}
