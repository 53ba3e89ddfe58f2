//! Factory thunks: how the runtime calls a `defaultdict`'s factory.
//!
//! `defaultdict(f)` with a function object `f: Callable[[], V]` stores `f`
//! and the address of a thunk `uint8_t thunk(Func *f, uint64_t *out)`
//! (`runtime/src/collections.rs`): it calls `f` with the closure
//! convention ([`ModuleCx::closure_signature`]), writes the result to
//! `*out` as list-slot bits (an owned reference for objects) and returns
//! the exception flag. One thunk per value type `V`, declared at its first
//! use ([`ModuleCx::factory_thunk`]) and defined after every function
//! ([`define_factory_thunks`]).

use super::{clif_type, CodegenError, ModuleCx};
use crate::types::{FnTy, Ty};
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, MemFlagsData};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId as ClifFuncId, Linkage, Module};

/// Offset of the code pointer in a function object (`func_obj.rs`).
const FUNC_CODE_OFFSET: i32 = 16;

type R<T> = Result<T, CodegenError>;

impl ModuleCx {
    /// The thunk calling a `Callable[[], ret]` (declared on first use).
    pub fn factory_thunk(&mut self, ret: &Ty) -> R<ClifFuncId> {
        let key = ret.to_string();
        if let Some((id, _)) = self.factory_thunks.get(&key) {
            return Ok(*id);
        }
        let mut sig = self.module.make_signature();
        sig.params.push(AbiParam::new(types::I64));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I8));
        let n = self.factory_thunks.len();
        let id = self.module.declare_function(
            &format!("__pyaot_factory_thunk{n}"),
            Linkage::Local,
            &sig,
        )?;
        self.factory_thunks.insert(key, (id, ret.clone()));
        Ok(id)
    }
}

/// Defines every factory thunk declared while lowering the functions.
pub fn define_factory_thunks(
    cx: &mut ModuleCx,
    ctx: &mut cranelift_codegen::Context,
    fctx: &mut FunctionBuilderContext,
) -> R<()> {
    let mut thunks: Vec<(ClifFuncId, Ty)> = cx.factory_thunks.values().cloned().collect();
    thunks.sort_by_key(|(id, _)| id.as_u32());
    for (id, ret) in thunks {
        let mut sig = cx.module.make_signature();
        sig.params.push(AbiParam::new(types::I64));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I8));
        ctx.func.signature = sig;
        let callee_sig = cx.closure_signature(&FnTy {
            params: Vec::new(),
            ret: ret.clone(),
        });
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let (f, out) = (b.block_params(entry)[0], b.block_params(entry)[1]);
            let sigref = b.import_signature(callee_sig);
            let code = b
                .ins()
                .load(types::I64, MemFlagsData::trusted(), f, FUNC_CODE_OFFSET);
            let call = b.ins().call_indirect(sigref, code, &[f]);
            let results = b.inst_results(call).to_vec();
            let flag = *results.last().expect("a closure returns its flag");
            let bits = match clif_type(&ret) {
                Some(types::F64) => {
                    Some(b.ins().bitcast(types::I64, MemFlagsData::new(), results[0]))
                }
                Some(types::I8) => Some(b.ins().uextend(types::I64, results[0])),
                Some(_) => Some(results[0]),
                None => None,
            };
            let zero = b.ins().iconst(types::I64, 0);
            b.ins()
                .store(MemFlagsData::trusted(), bits.unwrap_or(zero), out, 0);
            b.ins().return_(&[flag]);
            b.seal_all_blocks();
            b.finalize(cx.module.target_config());
        }
        cx.module.define_function(id, ctx)?;
        cx.module.clear_context(ctx);
    }
    Ok(())
}
