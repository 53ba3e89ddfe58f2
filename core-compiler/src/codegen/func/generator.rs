//! Generators: the resume function of a generator function, the function
//! that makes its generator object, and the code that pulls values.
//!
//! The body of a generator function becomes a state machine (as mypyc
//! does): `uint8_t resume(Gen *g, uint64_t *out, uint64_t mode)`, whose
//! entry dispatches on the state saved in `g` (0: the start, k: just after
//! the k-th `yield`). Every Cranelift variable the body declares has a
//! frame slot in `g`; a `yield` stores all of them there, records its
//! state and returns, and its resume block loads them back. So whatever
//! lives across a `yield` must be in a variable, never an SSA value: loops
//! keep their sequences, bounds and counters in variables, and held
//! temporaries at statement level are `Held::Var`. In close mode (the
//! generator is being dropped) the resume block raises GeneratorExit
//! instead of continuing, which runs the `finally` blocks and releases
//! the variables on the way out.

use super::{
    GenCx, Held, Lower, Val, FUNC_CODE_OFFSET, GEN_SLOTS_OFFSET, GEN_STATE_DONE, GEN_STATE_OFFSET,
    GEN_STATE_RUNNING, R,
};
use crate::codegen::{clif_type, ModuleCx};
use crate::hir::{self, ExcKind, Expr, Place, Stmt};
use crate::source::Span;
use crate::types::Ty;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    self, types, AbiParam, Block, InstBuilder, MemFlagsData, Signature, StackSlotData,
    StackSlotKind, Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{FuncId as ClifFuncId, Module};

/// `resume` results (`runtime/src/gen_obj.rs`).
const YIELDED: i64 = 0;
const RAISED: i64 = 1;
const DONE: i64 = 2;

/// The signature of a resume function.
pub fn resume_signature(cx: &ModuleCx) -> Signature {
    let mut sig = cx.module.make_signature();
    sig.params.extend([AbiParam::new(types::I64); 3]);
    sig.returns.push(AbiParam::new(types::I8));
    sig
}

/// The function a call of generator function `f` runs: makes the
/// generator (with `slots` frame slots) and moves the arguments into its
/// first slots (the parameters' variables).
pub fn lower_maker(
    cx: &mut ModuleCx,
    f: &hir::Function,
    resume: ClifFuncId,
    slots: usize,
    func: &mut ir::Function,
    fctx: &mut FunctionBuilderContext,
) -> R<()> {
    let name = cx.string_literal(&f.name)?;
    let mut b = FunctionBuilder::new(func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let fref = cx.module.declare_func_in_func(resume, b.func);
    let code = b.ins().func_addr(types::I64, fref);
    let gv = cx.module.declare_data_in_func(name, b.func);
    let name_v = b.ins().symbol_value(types::I64, gv);
    let n = b.ins().iconst(types::I64, slots as i64);
    let new = cx.runtime_fn("pyaot_gen_new")?;
    let new = cx.module.declare_func_in_func(new, b.func);
    let call = b.ins().call(new, &[code, name_v, n]);
    let g = b.inst_results(call)[0];
    let incref = cx.runtime_fn("pyaot_incref")?;
    let incref = cx.module.declare_func_in_func(incref, b.func);
    for (i, &p) in f.params.iter().enumerate() {
        if f.locals[p.index()].ty.is_ref() {
            b.ins().call(incref, &[params[i]]);
        }
        let off = GEN_SLOTS_OFFSET + 8 * i as i32;
        b.ins().store(MemFlagsData::trusted(), params[i], g, off);
    }
    let ok = b.ins().iconst(types::I8, 0);
    b.ins().return_(&[g, ok]);
    b.seal_all_blocks();
    let config = cx.module.target_config();
    b.finalize(config);
    Ok(())
}

impl<'a, 'b> Lower<'a, 'b> {
    /// The entry of a resume function: finished and running generators,
    /// then the dispatch on the state (filled in by `gen_dispatch`); the
    /// start block moves the arguments out of the frame.
    pub(super) fn gen_prologue(&mut self, entry: Block, vars: Vec<(Variable, ir::Type)>) -> R<()> {
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let p = self.b.block_params(entry).to_vec();
        let (g, out, mode) = (p[0], p[1], p[2]);
        let flags = MemFlagsData::trusted();
        let state = self.b.ins().load(types::I64, flags, g, GEN_STATE_OFFSET);
        let (done, not_done, running, go, dispatch, start) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let is_done = self.b.ins().icmp_imm_s(IntCC::Equal, state, GEN_STATE_DONE);
        self.b.ins().brif(is_done, done, &[], not_done, &[]);
        self.b.switch_to_block(done);
        // The return value belonged to the StopIteration of the resume
        // that finished the body; from then on StopIteration is bare.
        self.call_rt("pyaot_gen_clear_return", &[g])?;
        let st = self.b.ins().iconst(types::I8, DONE);
        self.b.ins().return_(&[st]);
        self.b.switch_to_block(not_done);
        let is_running = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, state, GEN_STATE_RUNNING);
        self.b.ins().brif(is_running, running, &[], go, &[]);
        self.b.switch_to_block(running);
        let k = self.b.ins().iconst(types::I32, ExcKind::ValueError as i64);
        let msg = self.str_lit("generator already executing")?;
        self.call_rt("pyaot_raise", &[k, msg])?;
        let st = self.b.ins().iconst(types::I8, RAISED);
        self.b.ins().return_(&[st]);
        self.b.switch_to_block(go);
        let running_v = self.b.ins().iconst(types::I64, GEN_STATE_RUNNING);
        self.b.ins().store(flags, running_v, g, GEN_STATE_OFFSET);
        self.b.ins().jump(dispatch, &[]);
        self.gen = Some(GenCx {
            g,
            out,
            mode,
            state,
            start,
            dispatch,
            resumes: Vec::new(),
            vars,
        });
        // State 0: the arguments, owned by the frame, move to variables.
        self.b.switch_to_block(start);
        let params: Vec<Value> = (0..self.f.params.len())
            .map(|i| {
                let t = clif_type(&self.f.locals[i].ty).unwrap_or(types::I64);
                let off = GEN_SLOTS_OFFSET + 8 * i as i32;
                self.b.ins().load(t, flags, g, off)
            })
            .collect();
        self.init_locals(&params, false)?;
        // Closing a generator that never ran: release the arguments.
        let body = self.b.create_block();
        let closing = self.b.ins().icmp_imm_s(IntCC::NotEqual, mode, 0);
        self.b.ins().brif(closing, self.exit, &[], body, &[]);
        self.b.switch_to_block(body);
        self.b.ins().jump(self.body_start, &[]);
        self.b.switch_to_block(self.body_start);
        Ok(())
    }

    /// Fills the dispatch block (state k → resume block k, else the
    /// start); returns the number of frame slots.
    pub(super) fn gen_dispatch(&mut self) -> usize {
        let Some(gen) = self.gen.take() else {
            return 0;
        };
        self.b.switch_to_block(gen.dispatch);
        for (k, &r) in gen.resumes.iter().enumerate() {
            let next = self.b.create_block();
            let is_k = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, gen.state, k as i64 + 1);
            self.b.ins().brif(is_k, r, &[], next, &[]);
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(gen.start, &[]);
        gen.vars.len()
    }

    /// The exits of a resume function: both mark the generator finished
    /// and release the variables; the result is DONE or RAISED.
    pub(super) fn gen_epilogues(&mut self) -> R<()> {
        for (block, status) in [(self.exit, DONE), (self.unwind, RAISED)] {
            self.b.switch_to_block(block);
            self.release_locals()?;
            let g = self.gen.as_ref().map(|g| g.g).ok_or_else(not_gen)?;
            let done = self.b.ins().iconst(types::I64, GEN_STATE_DONE);
            self.b
                .ins()
                .store(MemFlagsData::trusted(), done, g, GEN_STATE_OFFSET);
            let st = self.b.ins().iconst(types::I8, status);
            self.b.ins().return_(&[st]);
        }
        Ok(())
    }

    /// `yield value`: the value goes to `*out`, every variable to the
    /// frame; the resume block after it loads them back (or raises
    /// GeneratorExit when closing).
    pub(super) fn yield_stmt(&mut self, value: &'a Expr, span: Span) -> R<()> {
        let v = self.expr(value)?;
        let v = self.own(v, &value.ty)?;
        let (g, out, mode, vars) = match &self.gen {
            Some(gen) => (gen.g, gen.out, gen.mode, gen.vars.clone()),
            None => return Err(not_gen()),
        };
        let flags = MemFlagsData::trusted();
        if let Some(x) = v.v {
            // A `yield` reached while closing (the body caught
            // GeneratorExit) drops its value: the runtime reports the
            // RuntimeError and discards the generator.
            let closing = self.b.ins().icmp_imm_s(IntCC::NotEqual, mode, 0);
            let (drop_b, store_b, stored) = (
                self.b.create_block(),
                self.b.create_block(),
                self.b.create_block(),
            );
            self.b.ins().brif(closing, drop_b, &[], store_b, &[]);
            self.b.switch_to_block(drop_b);
            if value.ty.is_ref() {
                self.decref(x)?;
            }
            self.b.ins().jump(stored, &[]);
            self.b.switch_to_block(store_b);
            self.b.ins().store(flags, x, out, 0);
            self.b.ins().jump(stored, &[]);
            self.b.switch_to_block(stored);
        }
        for (i, &(var, _)) in vars.iter().enumerate() {
            let x = self.b.use_var(var);
            self.b
                .ins()
                .store(flags, x, g, GEN_SLOTS_OFFSET + 8 * i as i32);
        }
        let resume = self.b.create_block();
        let k = match &mut self.gen {
            Some(gen) => {
                gen.resumes.push(resume);
                gen.resumes.len()
            }
            None => return Err(not_gen()),
        };
        let state = self.b.ins().iconst(types::I64, k as i64);
        self.b.ins().store(flags, state, g, GEN_STATE_OFFSET);
        let st = self.b.ins().iconst(types::I8, YIELDED);
        self.b.ins().return_(&[st]);
        self.b.switch_to_block(resume);
        for (i, &(var, t)) in vars.iter().enumerate() {
            let x = self
                .b
                .ins()
                .load(t, flags, g, GEN_SLOTS_OFFSET + 8 * i as i32);
            self.b.def_var(var, x);
        }
        // Discard mode: release what is held and the variables, run
        // nothing more.
        let (discard, cont) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(discard);
        let discarding = self.b.ins().icmp_imm_s(IntCC::Equal, mode, MODE_DISCARD);
        self.b.ins().brif(discarding, discard, &[], cont, &[]);
        self.b.switch_to_block(discard);
        self.release_held_above(0)?;
        self.b.ins().jump(self.exit, &[]);
        self.b.switch_to_block(cont);
        let closing = self.b.ins().icmp_imm_s(IntCC::NotEqual, mode, 0);
        self.raise_if(closing, ExcKind::GeneratorExit, "", span)
    }

    /// Runs generator `g` to its next value: the status (`YIELDED`,
    /// `RAISED`, `DONE`) and the address of the value's slot.
    fn resume_gen(&mut self, g: Value, out: ir::StackSlot) -> R<(Value, Value)> {
        let addr = self.b.ins().stack_addr(types::I64, out, 0);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.ins().store(MemFlagsData::trusted(), zero, addr, 0);
        let code = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), g, FUNC_CODE_OFFSET);
        let sig = resume_signature(self.cx);
        let sig = self.b.import_signature(sig);
        let call = self.b.ins().call_indirect(sig, code, &[g, addr, zero]);
        Ok((self.b.inst_results(call)[0], addr))
    }

    fn value_slot(&mut self) -> ir::StackSlot {
        self.b
            .create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3))
    }

    /// Loads the yielded value from its slot (an owned reference).
    fn yielded(&mut self, addr: Value, ty: &Ty) -> Val {
        match clif_type(ty) {
            Some(t) => {
                let v = self.b.ins().load(t, MemFlagsData::trusted(), addr, 0);
                if ty.is_ref() {
                    Val::owned(v)
                } else {
                    Val::scalar(v)
                }
            }
            None => Val::none(),
        }
    }

    /// `next(g)` / `next(g, default)`.
    pub(super) fn gen_next(
        &mut self,
        gen: &'a Expr,
        default: Option<&'a Expr>,
        ty: &Ty,
        span: Span,
    ) -> R<Val> {
        let g = self.expr(gen)?;
        self.hold(g, &gen.ty);
        let slot = self.value_slot();
        let (status, addr) = self.resume_gen(g.value(), slot)?;
        let raised = self.b.ins().icmp_imm_s(IntCC::Equal, status, RAISED);
        self.check_flag(raised, span)?;
        let (got, done, merge) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let t = clif_type(ty);
        if let Some(t) = t {
            self.b.append_block_param(merge, t);
        }
        let is_done = self.b.ins().icmp_imm_s(IntCC::Equal, status, DONE);
        self.b.ins().brif(is_done, done, &[], got, &[]);
        self.b.switch_to_block(got);
        let v = self.yielded(addr, ty);
        let args: Vec<ir::BlockArg> = v.v.into_iter().map(|x| x.into()).collect();
        self.b.ins().jump(merge, &args);
        self.b.switch_to_block(done);
        match default {
            Some(d) => {
                let dv = self.expr(d)?;
                let dv = self.own(dv, ty)?;
                let args: Vec<ir::BlockArg> = dv.v.into_iter().map(|x| x.into()).collect();
                self.b.ins().jump(merge, &args);
            }
            None => {
                // StopIteration(value) with the return value the body just
                // gave, if any.
                self.call_rt("pyaot_gen_stop", &[g.value()])?;
                self.propagate(span)?;
            }
        }
        self.b.switch_to_block(merge);
        let r = self.b.block_params(merge).first().copied();
        self.release(g, &gen.ty)?;
        Ok(match r {
            Some(x) if ty.is_ref() => Val::owned(x),
            Some(x) => Val::scalar(x),
            None => Val::none(),
        })
    }

    /// `for place in g` (with `enumerate`'s index when `index` is set):
    /// the generator lives in a variable, each step resumes it.
    pub(super) fn for_gen(
        &mut self,
        place: &'a Place,
        iter: &'a Expr,
        index: Option<(&'a Place, Value)>,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R<()> {
        let elem = match &iter.ty {
            Ty::Iter(e) => (**e).clone(),
            _ => return Err(not_gen()),
        };
        let g = self.expr(iter)?;
        let g = self.own(g, &iter.ty)?;
        let gv = self.new_var(types::I64);
        self.b.def_var(gv, g.value());
        self.temps.push(Held::Var(gv));
        let counter = self.new_var(types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(counter, zero);
        let start = match index {
            Some((_, s)) => {
                let v = self.new_var(types::I64);
                self.b.def_var(v, s);
                Some(v)
            }
            None => None,
        };
        let slot = self.value_slot();
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
        let gval = self.b.use_var(gv);
        let (status, addr) = self.resume_gen(gval, slot)?;
        let raised = self.b.ins().icmp_imm_s(IntCC::Equal, status, RAISED);
        self.check_flag(raised, iter.span)?;
        let is_done = self.b.ins().icmp_imm_s(IntCC::Equal, status, DONE);
        self.b.ins().brif(is_done, done, &[], body_b, &[]);
        self.b.switch_to_block(body_b);
        let item = self.yielded(addr, &elem);
        if let (Some((iplace, _)), Some(start)) = (index, start) {
            // The item is owned: hold it while the index is stored.
            self.hold(item, &elem);
            let i = self.b.use_var(counter);
            let s = self.b.use_var(start);
            let (n, of) = self.b.ins().sadd_overflow(s, i);
            self.raise_if(
                of,
                ExcKind::OverflowError,
                &super::overflow_msg("+"),
                iter.span,
            )?;
            self.store(iplace, Val::scalar(n), &Ty::Int)?;
            if elem.is_ref() {
                self.temps.pop();
            }
        }
        self.store(place, item, &elem)?;
        self.loop_body(body, incr, brk)?;
        self.b.switch_to_block(incr);
        let i = self.b.use_var(counter);
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.def_var(counter, next);
        self.b.ins().jump(header, &[]);
        self.temps.pop();
        for exit in [brk, done] {
            self.b.switch_to_block(exit);
            let gval = self.b.use_var(gv);
            self.decref(gval)?;
            if exit == brk {
                self.b.ins().jump(after, &[]);
            }
        }
        self.block(orelse)?;
        self.jump_if_open(after);
        self.b.switch_to_block(after);
        Ok(())
    }
}

impl<'a> Lower<'a, '_> {
    /// `for a, b in zip(xs, g)` (or a comprehension over it) where some
    /// sequence is a generator. Each step takes one item from each
    /// sequence in order, as CPython's zip does: the first exhausted one
    /// ends the loop without touching those after it, and items already
    /// taken from earlier ones are dropped. Items are owned and held until
    /// every sequence has given one (a later generator may mutate an
    /// earlier list), then stored in order.
    pub(super) fn for_zip_gen(
        &mut self,
        vars: &'a [(Place, Expr)],
        index: Option<(&'a Place, Value)>,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R<()> {
        let mut seq_vars = Vec::new();
        for (_, iter) in vars {
            let v = self.expr(iter)?;
            let v = self.own(v, &iter.ty)?;
            let var = self.new_var(types::I64);
            self.b.def_var(var, v.value());
            self.temps.push(Held::Var(var));
            seq_vars.push(var);
        }
        let start = index.map(|(_, s)| {
            let v = self.new_var(types::I64);
            self.b.def_var(v, s);
            v
        });
        let counter = self.new_var(types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(counter, zero);
        let slot = self.value_slot();
        let (header, incr, done, brk, after) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let mut items: Vec<(Val, Ty)> = Vec::new();
        for (&var, (_, iter)) in seq_vars.iter().zip(vars) {
            let seq = self.b.use_var(var);
            let (more, elem, addr) = match &iter.ty {
                Ty::Iter(e) => {
                    let (status, addr) = self.resume_gen(seq, slot)?;
                    let raised = self.b.ins().icmp_imm_s(IntCC::Equal, status, RAISED);
                    self.check_flag(raised, iter.span)?;
                    let more = self.b.ins().icmp_imm_s(IntCC::NotEqual, status, DONE);
                    (more, (**e).clone(), Some(addr))
                }
                Ty::List(e) => {
                    let i = self.b.use_var(counter);
                    let len = self.b.ins().load(
                        types::I64,
                        MemFlagsData::trusted(),
                        seq,
                        super::layout::LEN_OFFSET,
                    );
                    let more = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
                    (more, (**e).clone(), None)
                }
                _ => {
                    let i = self.b.use_var(counter);
                    let len = self.b.ins().load(
                        types::I64,
                        MemFlagsData::trusted(),
                        seq,
                        super::layout::NCHARS_OFFSET,
                    );
                    let more = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
                    (more, Ty::Str, None)
                }
            };
            let (next, exhausted) = (self.b.create_block(), self.b.create_block());
            self.b.ins().brif(more, next, &[], exhausted, &[]);
            self.b.switch_to_block(exhausted);
            for (v, ty) in &items {
                if ty.is_ref() {
                    self.decref(v.value())?;
                }
            }
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(next);
            let item = match addr {
                Some(addr) => self.yielded(addr, &elem),
                None => {
                    let i = self.b.use_var(counter);
                    let v = match &iter.ty {
                        Ty::List(_) => self.list_get(seq, i, &elem, iter.span)?,
                        _ => {
                            let p = self.call_rt1("pyaot_str_getitem", &[seq, i])?;
                            self.check_null(p, iter.span)?;
                            Val::owned(p)
                        }
                    };
                    self.own(v, &elem)?
                }
            };
            self.hold(item, &elem);
            items.push((item, elem));
        }
        if let (Some((iplace, _)), Some(start)) = (index, start) {
            let i = self.b.use_var(counter);
            let s = self.b.use_var(start);
            let (n, of) = self.b.ins().sadd_overflow(s, i);
            self.raise_if(
                of,
                ExcKind::OverflowError,
                &super::overflow_msg("+"),
                vars[0].1.span,
            )?;
            self.store(iplace, Val::scalar(n), &Ty::Int)?;
        }
        for (_, ty) in items.iter().rev() {
            if ty.is_ref() {
                self.temps.pop();
            }
        }
        for ((item, ty), (place, _)) in items.iter().zip(vars) {
            self.store(place, *item, ty)?;
        }
        self.loop_body(body, incr, brk)?;
        self.b.switch_to_block(incr);
        let i = self.b.use_var(counter);
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.def_var(counter, next);
        self.b.ins().jump(header, &[]);
        for _ in vars {
            self.temps.pop();
        }
        for exit in [brk, done] {
            self.b.switch_to_block(exit);
            for &var in seq_vars.iter().rev() {
                let seq = self.b.use_var(var);
                self.decref(seq)?;
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
}

/// `mode` argument of a resume function: release the frame and return
/// DONE (`gen_obj::MODE_DISCARD` in the runtime).
const MODE_DISCARD: i64 = 2;

fn not_gen() -> crate::codegen::CodegenError {
    crate::codegen::CodegenError::Module("generator code outside a generator".into())
}
