//! Class descriptors, and the thunks through which the runtime calls
//! `__repr__`, `__str__`, `__eq__`, `__lt__` and `__bool__`/`__len__`.
//!
//! A descriptor is read-only data in the layout of the runtime's
//! `instance::ClassDesc` (`runtime/src/instance.rs`): the class name (an
//! immortal str literal), the base's descriptor (or NULL), the number of
//! field slots, the built-in exception kind (0 for plain classes), a
//! pointer to one byte per slot (1 where the slot owns a reference, so
//! the runtime releases it when the instance dies), five thunk pointers
//! (NULL where the class chain has no such method), the module's
//! `__name__` (an immortal str literal), then the method table
//! ([`layout::DESC_VTABLE_OFFSET`]) which compiled code indexes for
//! dynamic dispatch.
//!
//! Compiled methods return their value and an exception flag; a thunk
//! gives them a C signature: `Str *repr(obj)` (NULL when it raised), and
//! `uint8_t eq(a, b)` / `uint8_t truth(obj)` (0 or 1, 2 when it raised).

use super::abi::layout;
use super::{sanitize, CodegenError, ModuleCx};
use crate::hir::{self, FuncId, TruthVia, VEntry};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, AbiParam, InstBuilder};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module};
use std::collections::HashMap;

type R<T> = Result<T, CodegenError>;

/// What a thunk adapts.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Thunk {
    Str,
    Cmp,
    Bool,
    Len,
}

/// Declares one descriptor per class (defined by [`define_classes`]),
/// so that function bodies can refer to them.
pub fn declare_classes(cx: &mut ModuleCx, m: &hir::Module) -> R<()> {
    for (i, c) in m.classes.iter().enumerate() {
        let name = format!("__pyaot_class{}_{}", i, sanitize(&c.name));
        let id = cx
            .module
            .declare_data(&name, Linkage::Local, false, false)?;
        cx.classes.push(id);
    }
    Ok(())
}

/// Defines the descriptors and their thunks; every function is declared.
pub fn define_classes(
    cx: &mut ModuleCx,
    m: &hir::Module,
    ctx: &mut cranelift_codegen::Context,
    fctx: &mut FunctionBuilderContext,
) -> R<()> {
    let mut thunks: HashMap<(FuncId, Thunk), ClifFuncId> = HashMap::new();
    for (i, c) in m.classes.iter().enumerate() {
        let mut slots: Vec<(i32, Option<ClifFuncId>)> = Vec::new();
        let dunders = [
            (32, c.repr.map(|f| (f, Thunk::Str))),
            (40, c.str.map(|f| (f, Thunk::Str))),
            (48, c.eq.map(|f| (f, Thunk::Cmp))),
            (56, c.lt.map(|f| (f, Thunk::Cmp))),
            (
                64,
                c.truth.map(|(f, via)| {
                    (
                        f,
                        match via {
                            TruthVia::Bool => Thunk::Bool,
                            TruthVia::Len => Thunk::Len,
                        },
                    )
                }),
            ),
        ];
        for (offset, d) in dunders {
            let t = match d {
                Some(key) => Some(match thunks.get(&key) {
                    Some(&t) => t,
                    None => {
                        let t = define_thunk(cx, key.0, key.1, thunks.len(), ctx, fctx)?;
                        thunks.insert(key, t);
                        t
                    }
                }),
                None => None,
            };
            slots.push((offset, t));
        }
        define_descriptor(cx, m, i, c, &slots)?;
    }
    Ok(())
}

fn define_descriptor(
    cx: &mut ModuleCx,
    m: &hir::Module,
    i: usize,
    c: &hir::Class,
    thunks: &[(i32, Option<ClifFuncId>)],
) -> R<()> {
    // One byte per slot: 1 where it owns a reference.
    let refs_id = cx.module.declare_data(
        &format!("__pyaot_class{}_refs", i),
        Linkage::Local,
        false,
        false,
    )?;
    let mut refs = DataDescription::new();
    let bytes: Vec<u8> = c.fields.iter().map(|f| f.ty.is_ref() as u8).collect();
    refs.define(if bytes.is_empty() { vec![0] } else { bytes }.into_boxed_slice());
    cx.module.define_data(refs_id, &refs)?;

    let size = layout::DESC_VTABLE_OFFSET as usize + 8 * c.vtable.len();
    let mut bytes = vec![0u8; size];
    bytes[16..20].copy_from_slice(&(c.fields.len() as u32).to_le_bytes());
    let exc = c.exc_base.map_or(0, |k| k as u32);
    bytes[20..24].copy_from_slice(&exc.to_le_bytes());
    let mut desc = DataDescription::new();
    desc.define(bytes.into_boxed_slice());
    desc.set_align(8);
    // Classes of imported modules carry their module (`m.Error`), which
    // tracebacks and default reprs show; the runtime strips it elsewhere.
    let name = match c.module {
        0 => cx.string_literal(&c.name)?,
        k => cx.string_literal(&format!("{}.{}", m.module_names[k as usize], c.name))?,
    };
    let gv = cx.module.declare_data_in_data(name, &mut desc);
    desc.write_data_addr(0, gv, 0);
    if let Some(p) = c.parent {
        let gv = cx
            .module
            .declare_data_in_data(cx.classes[p.index()], &mut desc);
        desc.write_data_addr(8, gv, 0);
    }
    let gv = cx.module.declare_data_in_data(refs_id, &mut desc);
    desc.write_data_addr(24, gv, 0);
    let module = cx.string_literal(&m.name)?;
    let gv = cx.module.declare_data_in_data(module, &mut desc);
    desc.write_data_addr(layout::DESC_MODULE_OFFSET as u32, gv, 0);
    for &(offset, t) in thunks {
        if let Some(t) = t {
            let fref = cx.module.declare_func_in_data(t, &mut desc);
            desc.write_function_addr(offset as u32, fref);
        }
    }
    for (slot, entry) in c.vtable.iter().enumerate() {
        let offset = layout::DESC_VTABLE_OFFSET as u32 + 8 * slot as u32;
        match entry {
            VEntry::Method(f) => {
                let fref = cx
                    .module
                    .declare_func_in_data(cx.funcs[f.index()], &mut desc);
                desc.write_function_addr(offset, fref);
            }
            VEntry::Attr(g) => {
                let gv = cx
                    .module
                    .declare_data_in_data(cx.globals[g.index()], &mut desc);
                desc.write_data_addr(offset, gv, 0);
            }
        }
    }
    cx.module.define_data(cx.classes[i], &desc)?;
    Ok(())
}

/// Defines a thunk calling method `f` (see the module doc).
fn define_thunk(
    cx: &mut ModuleCx,
    f: FuncId,
    kind: Thunk,
    n: usize,
    ctx: &mut cranelift_codegen::Context,
    fctx: &mut FunctionBuilderContext,
) -> R<ClifFuncId> {
    let mut sig = cx.module.make_signature();
    let nargs = if kind == Thunk::Cmp { 2 } else { 1 };
    for _ in 0..nargs {
        sig.params.push(AbiParam::new(types::I64));
    }
    let ret = if kind == Thunk::Str {
        types::I64
    } else {
        types::I8
    };
    sig.returns.push(AbiParam::new(ret));
    let id = cx
        .module
        .declare_function(&format!("__pyaot_thunk{n}"), Linkage::Local, &sig)?;
    ctx.func.signature = sig;
    let len_msg = cx.string_literal("__len__() should return >= 0")?;
    let raise = cx.runtime_fn("pyaot_raise")?;
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let callee = cx.module.declare_func_in_func(cx.funcs[f.index()], b.func);
        let call = b.ins().call(callee, &params);
        let results = b.inst_results(call).to_vec();
        let (v, flag) = (results[0], results[1]);
        let out = match kind {
            Thunk::Str => {
                let null = b.ins().iconst(types::I64, 0);
                b.ins().select(flag, null, v)
            }
            Thunk::Cmp | Thunk::Bool => {
                let two = b.ins().iconst(types::I8, 2);
                b.ins().select(flag, two, v)
            }
            Thunk::Len => {
                let two = b.ins().iconst(types::I8, 2);
                let negative = b.ins().icmp_imm_s(IntCC::SignedLessThan, v, 0);
                let (bad, good) = (b.create_block(), b.create_block());
                b.ins().brif(negative, bad, &[], good, &[]);
                b.switch_to_block(bad);
                let raise_ref = cx.module.declare_func_in_func(raise, b.func);
                let gv = cx.module.declare_data_in_func(len_msg, b.func);
                let msg = b.ins().symbol_value(types::I64, gv);
                let kind = b.ins().iconst(types::I32, hir::ExcKind::ValueError as i64);
                b.ins().call(raise_ref, &[kind, msg]);
                b.ins().return_(&[two]);
                b.switch_to_block(good);
                let nonzero = b.ins().icmp_imm_s(IntCC::NotEqual, v, 0);
                b.ins().select(flag, two, nonzero)
            }
        };
        b.ins().return_(&[out]);
        b.seal_all_blocks();
        b.finalize(cx.module.target_config());
    }
    cx.module.define_function(id, ctx)?;
    cx.module.clear_context(ctx);
    Ok(id)
}

/// The offset of field `slot` and of the assigned mask in an instance of
/// `c`.
pub fn field_offsets(c: &hir::Class, slot: u32) -> (i32, i32) {
    if c.exc_base.is_some() {
        (
            layout::EXC_SLOTS_OFFSET + 8 * slot as i32,
            layout::EXC_SET_OFFSET,
        )
    } else {
        (
            layout::INSTANCE_SLOTS_OFFSET + 8 * slot as i32,
            layout::INSTANCE_SET_OFFSET,
        )
    }
}

/// The descriptor of class `c`.
pub fn descriptor(cx: &ModuleCx, c: hir::ClassId) -> DataId {
    cx.classes[c.index()]
}
