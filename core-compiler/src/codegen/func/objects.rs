//! Lowering of instances of user classes: construction, field access,
//! method calls (direct or through the method table), `isinstance`, and
//! the arguments of user exceptions. Layouts are in `codegen/class.rs`
//! and `runtime/src/instance.rs`.

use super::{Held, Lower, Val, R};
use crate::codegen::abi::layout;
use crate::codegen::class::{descriptor, field_offsets};
use crate::codegen::{clif_type, CodegenError};
use crate::hir::{ClassId, ExcKind, Expr, FuncId, GlobalId};
use crate::source::Span;
use crate::types::Ty;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Value,
};
use cranelift_module::Module;

impl<'a, 'b> Lower<'a, 'b> {
    pub(super) fn class_desc(&mut self, c: ClassId) -> Value {
        let id = descriptor(self.cx, c);
        self.data_addr(id)
    }

    /// Raises CPython's AttributeError for `obj` (its runtime class, or
    /// NoneType for NULL) and propagates, in the current block.
    fn raise_no_attribute(&mut self, obj: Value, name: &str, span: Span) -> R<()> {
        let n = self.str_lit(name)?;
        self.call_rt("pyaot_raise_attribute_error", &[obj, n])?;
        self.propagate(span)
    }

    /// Raises AttributeError when `obj` is None (NULL).
    fn none_check(&mut self, obj: Value, name: &str, span: Span) -> R<()> {
        let is_none = self.b.ins().icmp_imm_s(IntCC::Equal, obj, 0);
        let (err, ok) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(err);
        self.b.ins().brif(is_none, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        self.raise_no_attribute(obj, name, span)?;
        self.b.switch_to_block(ok);
        Ok(())
    }

    /// `C(args)`: see `ExprKind::New`.
    pub(super) fn new_instance(
        &mut self,
        class: ClassId,
        init: Option<FuncId>,
        args: &'a [Expr],
        eval_order: &[usize],
        exc_args: Option<usize>,
        span: Span,
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
        let desc = self.class_desc(class);
        let is_exc = self.m.classes[class.index()].exc_base.is_some();
        let alloc = if is_exc {
            "pyaot_exc_instance_new"
        } else {
            "pyaot_instance_new"
        };
        let obj = self.call_rt1(alloc, &[desc])?;
        self.temps.push(Held::Val(obj));
        if let Some(n) = exc_args {
            let typed: Vec<(Val, &'a Ty)> = vals
                .iter()
                .copied()
                .zip(args.iter().map(|a| &a.ty))
                .take(n)
                .collect();
            self.set_exc_args(obj, &typed, span)?;
        }
        if let Some(f) = init {
            let mut argv = vec![obj];
            argv.extend(
                vals.iter()
                    .map(|v| v.v.unwrap_or_else(|| self.b.ins().iconst(types::I64, 0))),
            );
            let fref = self
                .cx
                .module
                .declare_func_in_func(self.cx.funcs[f.index()], self.b.func);
            let call = self.b.ins().call(fref, &argv);
            let flag = *self
                .b
                .inst_results(call)
                .last()
                .ok_or_else(|| CodegenError::Module("call without flag".into()))?;
            self.check_flag(flag, span)?;
        }
        // The instance is the result: off the stack before the arguments.
        self.temps.pop();
        for &i in eval_order.iter().rev() {
            self.release(vals[i], &args[i].ty)?;
        }
        Ok(Val::owned(obj))
    }

    /// `kind(*args)` as a value: a new exception object holding them.
    pub(super) fn new_exc(&mut self, kind: ExcKind, args: &'a [Expr], span: Span) -> R<Val> {
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            self.hold(v, &a.ty);
            vals.push((v, &a.ty));
        }
        let k = self.b.ins().iconst(types::I32, kind as i64);
        let null = self.b.ins().iconst(types::I64, 0);
        let exc = self.call_rt1("pyaot_exc_new", &[k, null])?;
        self.temps.push(Held::Val(exc));
        self.set_exc_args(exc, &vals, span)?;
        self.temps.pop();
        for (v, ty) in vals.iter().rev() {
            self.release(*v, ty)?;
        }
        Ok(Val::owned(exc))
    }

    /// `BaseException.__init__(obj, *args)`.
    pub(super) fn exc_init(&mut self, obj: &'a Expr, args: &'a [Expr], span: Span) -> R<Val> {
        let o = self.expr(obj)?;
        self.hold(o, &obj.ty);
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a)?;
            self.hold(v, &a.ty);
            vals.push((v, &a.ty));
        }
        self.set_exc_args(o.value(), &vals, span)?;
        for (v, ty) in vals.iter().rev() {
            self.release(*v, ty)?;
        }
        self.release(o, &obj.ty)?;
        Ok(Val::none())
    }

    /// Makes `args` the args of exception `obj`: its str and repr
    /// (`pyaot_exc_set_args`) and, when there are any, the tuple `e.args`
    /// reads (`pyaot_exc_store_args`).
    pub(super) fn set_exc_args(&mut self, obj: Value, args: &[(Val, &'a Ty)], span: Span) -> R<()> {
        self.set_exc_text(obj, args, span)?;
        if !args.is_empty() {
            self.store_exc_args(obj, args)?;
        }
        Ok(())
    }

    /// `e.args` of exception `obj`: a tuple of `args` (each item gets its
    /// own reference), which the exception keeps.
    fn store_exc_args(&mut self, obj: Value, args: &[(Val, &'a Ty)]) -> R<()> {
        let tys: Vec<Ty> = args.iter().map(|(_, t)| (*t).clone()).collect();
        let codes = self.cx.type_codes(&crate::codegen::tuple_codes(&tys))?;
        let codes = self.data_addr(codes);
        let n = self.b.ins().iconst(types::I64, args.len() as i64);
        let t = self.call_rt1("pyaot_tuple_new", &[n, codes])?;
        for (i, (v, ty)) in args.iter().enumerate() {
            if **ty == Ty::None {
                continue;
            }
            if ty.is_ref() {
                self.incref(v.value())?;
            }
            let bits = self.slot_bits(*v, ty);
            let off = layout::TUPLE_SLOTS_OFFSET + 8 * i as i32;
            self.b.ins().store(MemFlagsData::trusted(), bits, t, off);
        }
        self.call_rt("pyaot_exc_store_args", &[obj, t])?;
        self.decref(t)
    }

    /// The str and repr of exception `obj` for `args`
    /// (`pyaot_exc_set_args`).
    fn set_exc_text(&mut self, obj: Value, args: &[(Val, &'a Ty)], span: Span) -> R<()> {
        let n = self.b.ins().iconst(types::I64, args.len() as i64);
        let null = self.b.ins().iconst(types::I64, 0);
        match args {
            [] => {
                self.call_rt("pyaot_exc_set_args", &[obj, n, null, null])?;
            }
            [(v, Ty::Str)] => {
                self.call_rt("pyaot_exc_set_args", &[obj, n, v.value(), null])?;
            }
            [(v, ty)] => {
                let text = self.stringify_borrowed(*v, ty, false, span)?;
                self.hold(text, &Ty::Str);
                let repr = self.stringify_borrowed(*v, ty, true, span)?;
                self.hold(repr, &Ty::Str);
                self.call_rt("pyaot_exc_set_args", &[obj, n, text.value(), repr.value()])?;
                self.release(repr, &Ty::Str)?;
                self.release(text, &Ty::Str)?;
            }
            _ => {
                // str(args) is "(a, b)"; repr(e) shows "a, b" in parentheses.
                let mut reprs = Vec::new();
                for (v, ty) in args {
                    let r = self.stringify_borrowed(*v, ty, true, span)?;
                    self.hold(r, &Ty::Str);
                    reprs.push(r);
                }
                let comma = self.str_lit(", ")?;
                let mut inner = Vec::new();
                for (i, r) in reprs.iter().enumerate() {
                    if i > 0 {
                        inner.push(comma);
                    }
                    inner.push(r.value());
                }
                let joined = self.join_strs(&inner, span)?;
                self.temps.push(Held::Val(joined));
                let (open, close) = (self.str_lit("(")?, self.str_lit(")")?);
                let text = self.join_strs(&[open, joined, close], span)?;
                self.temps.push(Held::Val(text));
                self.call_rt("pyaot_exc_set_args", &[obj, n, text, joined])?;
                for s in [text, joined] {
                    self.temps.pop();
                    self.decref(s)?;
                }
                for r in reprs.iter().rev() {
                    self.release(*r, &Ty::Str)?;
                }
            }
        }
        Ok(())
    }

    /// Concatenates strs (borrowed) into a new one.
    fn join_strs(&mut self, parts: &[Value], span: Span) -> R<Value> {
        let n = parts.len() as u32;
        let ss = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            8 * n.max(1),
            3,
        ));
        for (i, &s) in parts.iter().enumerate() {
            self.b.ins().stack_store(types::I64, s, ss, (i * 8) as i32);
        }
        let addr = self.b.ins().stack_addr(types::I64, ss, 0);
        let count = self.b.ins().iconst(types::I64, n as i64);
        let r = self.call_rt1("pyaot_str_join", &[addr, count])?;
        self.check_null(r, span)?;
        Ok(r)
    }

    /// A read of field `slot` of `obj` (see `ExprKind::Field`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn field_read(
        &mut self,
        obj: &'a Expr,
        class: ClassId,
        slot: u32,
        checked: bool,
        maybe_none: bool,
        class_default: Option<GlobalId>,
        ty: &Ty,
        span: Span,
    ) -> R<Val> {
        let o = self.expr(obj)?;
        self.hold(o, &obj.ty);
        let c = &self.m.classes[class.index()];
        let field = &c.fields[slot as usize];
        let name = field.name.clone();
        let flagged = field.flagged;
        let (off, set_off) = field_offsets(c, slot);
        if maybe_none {
            self.none_check(o.value(), &name, span)?;
        }
        let t = clif_type(ty);
        let mut v = match t {
            Some(t) => self
                .b
                .ins()
                .load(t, MemFlagsData::trusted(), o.value(), off),
            None => self.b.ins().iconst(types::I64, 0),
        };
        if let (true, Some(g), Some(t)) = (checked, class_default, t) {
            // Unassigned: the class attribute shows through, as in CPython.
            let unset = if ty.is_ref() && !ty.null_is_none() {
                self.b.ins().icmp_imm_s(IntCC::Equal, v, 0)
            } else {
                let set =
                    self.b
                        .ins()
                        .load(types::I64, MemFlagsData::trusted(), o.value(), set_off);
                let bit = self.b.ins().band_imm_s(set, (1u64 << slot) as i64);
                self.b.ins().icmp_imm_s(IntCC::Equal, bit, 0)
            };
            let (dflt, merge) = (self.b.create_block(), self.b.create_block());
            self.b.append_block_param(merge, t);
            self.b.ins().brif(unset, dflt, &[], merge, &[v.into()]);
            self.b.switch_to_block(dflt);
            let addr = self.data_addr(self.cx.globals[g.index()]);
            let dv = self.b.ins().load(t, MemFlagsData::trusted(), addr, 0);
            self.b.ins().jump(merge, &[dv.into()]);
            self.b.switch_to_block(merge);
            v = self.b.block_params(merge)[0];
        } else if checked {
            let unset = if ty.is_ref() && !ty.null_is_none() {
                self.b.ins().icmp_imm_s(IntCC::Equal, v, 0)
            } else if flagged {
                let set =
                    self.b
                        .ins()
                        .load(types::I64, MemFlagsData::trusted(), o.value(), set_off);
                let bit = self.b.ins().band_imm_s(set, (1u64 << slot) as i64);
                self.b.ins().icmp_imm_s(IntCC::Equal, bit, 0)
            } else {
                return Err(CodegenError::Module(format!(
                    "checked read of unflagged field {name}"
                )));
            };
            let (err, ok) = (self.b.create_block(), self.b.create_block());
            self.b.set_cold_block(err);
            self.b.ins().brif(unset, err, &[], ok, &[]);
            self.b.switch_to_block(err);
            self.raise_no_attribute(o.value(), &name, span)?;
            self.b.switch_to_block(ok);
        }
        let result = match t {
            None => Val::none(),
            Some(_) if ty.is_ref() => {
                // A later assignment may release the field's reference
                // while the value is in use: keep one of our own.
                self.incref(v)?;
                Val::owned(v)
            }
            Some(_) => Val::scalar(v),
        };
        // Release the object but keep the field's value.
        self.hold(result, ty);
        let kept = result;
        if ty.is_ref() {
            self.temps.pop();
        }
        self.release(o, &obj.ty)?;
        Ok(kept)
    }

    /// Stores `v` (of type `ty`, not held) in field `slot` of the value of
    /// `obj`, which is evaluated now (after the value, as CPython does).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn store_field(
        &mut self,
        obj: &'a Expr,
        class: ClassId,
        slot: u32,
        maybe_none: bool,
        v: Val,
        ty: &Ty,
        span: Span,
    ) -> R<()> {
        let v = self.own(v, ty)?;
        self.hold(v, ty);
        let o = self.expr(obj)?;
        self.hold(o, &obj.ty);
        let c = &self.m.classes[class.index()];
        let field = &c.fields[slot as usize];
        let (name, flagged) = (field.name.clone(), field.flagged);
        let (off, set_off) = field_offsets(c, slot);
        if maybe_none {
            self.none_check(o.value(), &name, span)?;
        }
        let ov = o.value();
        if let Some(t) = clif_type(ty) {
            if ty.is_ref() {
                let old = self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), ov, off);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), v.value(), ov, off);
                self.decref(old)?;
            } else {
                let _ = t;
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), v.value(), ov, off);
            }
        }
        if flagged {
            let set = self
                .b
                .ins()
                .load(types::I64, MemFlagsData::trusted(), ov, set_off);
            let set = self.b.ins().bor_imm_s(set, (1u64 << slot) as i64);
            self.b
                .ins()
                .store(MemFlagsData::trusted(), set, ov, set_off);
        }
        self.release(o, &obj.ty)?;
        // The field took over the value's reference.
        if ty.is_ref() && v.owned {
            self.temps.pop();
        }
        Ok(())
    }

    /// A method call (see `ExprKind::MethodCall`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn method_call(
        &mut self,
        func: FuncId,
        args: &'a [Expr],
        eval_order: &[usize],
        vslot: Option<u32>,
        none_check: Option<&str>,
        ret: &Ty,
        span: Span,
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
        let argv: Vec<Value> = vals
            .iter()
            .map(|v| v.v.unwrap_or_else(|| self.b.ins().iconst(types::I64, 0)))
            .collect();
        if let Some(name) = none_check {
            self.none_check(argv[0], name, span)?;
        }
        let call = match vslot {
            Some(slot) => {
                let desc = self.b.ins().load(
                    types::I64,
                    MemFlagsData::trusted(),
                    argv[0],
                    layout::CLASS_OFFSET,
                );
                let fptr = self.b.ins().load(
                    types::I64,
                    MemFlagsData::trusted(),
                    desc,
                    layout::DESC_VTABLE_OFFSET + 8 * slot as i32,
                );
                let sig = self.cx.python_signature(&self.m.funcs[func.index()]);
                let sigref = self.b.import_signature(sig);
                self.b.ins().call_indirect(sigref, fptr, &argv)
            }
            None => {
                let fref = self
                    .cx
                    .module
                    .declare_func_in_func(self.cx.funcs[func.index()], self.b.func);
                self.b.ins().call(fref, &argv)
            }
        };
        let results = self.b.inst_results(call).to_vec();
        let flag = *results
            .last()
            .ok_or_else(|| CodegenError::Module("call without flag".into()))?;
        self.check_flag(flag, span)?;
        for &i in eval_order.iter().rev() {
            self.release(vals[i], &args[i].ty)?;
        }
        Ok(match clif_type(ret) {
            Some(_) => {
                if ret.is_ref() {
                    Val::owned(results[0])
                } else {
                    Val::scalar(results[0])
                }
            }
            None => Val::none(),
        })
    }

    /// A class attribute read through an instance (`ExprKind::VirtualAttr`):
    /// the method table slot holds the address of its class's value.
    pub(super) fn virtual_attr(
        &mut self,
        obj: &'a Expr,
        vslot: u32,
        name: &str,
        maybe_none: bool,
        ty: &Ty,
        span: Span,
    ) -> R<Val> {
        let o = self.expr(obj)?;
        self.hold(o, &obj.ty);
        if maybe_none {
            self.none_check(o.value(), name, span)?;
        }
        let result = match clif_type(ty) {
            None => Val::none(),
            Some(t) => {
                let desc = self.b.ins().load(
                    types::I64,
                    MemFlagsData::trusted(),
                    o.value(),
                    layout::CLASS_OFFSET,
                );
                let addr = self.b.ins().load(
                    types::I64,
                    MemFlagsData::trusted(),
                    desc,
                    layout::DESC_VTABLE_OFFSET + 8 * vslot as i32,
                );
                let v = self.b.ins().load(t, MemFlagsData::trusted(), addr, 0);
                if ty.is_ref() {
                    self.incref(v)?;
                    Val::owned(v)
                } else {
                    Val::scalar(v)
                }
            }
        };
        self.hold(result, ty);
        if ty.is_ref() {
            self.temps.pop();
        }
        self.release(o, &obj.ty)?;
        Ok(result)
    }

    /// `isinstance(obj, class)` at run time.
    pub(super) fn is_instance(&mut self, obj: &'a Expr, class: ClassId) -> R<Val> {
        let o = self.expr(obj)?;
        self.hold(o, &obj.ty);
        let desc = self.class_desc(class);
        let r = self.call_rt1("pyaot_isinstance", &[o.value(), desc])?;
        self.release(o, &obj.ty)?;
        Ok(Val::scalar(r))
    }
}
