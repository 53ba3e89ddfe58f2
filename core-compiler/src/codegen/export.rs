//! Library-mode entry points (ARCHITECTURE.md, "Library mode: the boundary
//! ABI"): for a Node.js addon, one uniform *thunk* per exported function,
//! the export table describing them and `napi_register_module_v1`; for a C
//! library, one typed `pyaot_<prefix>_<fn>` wrapper per exported function.
//!
//! Both kinds of entry take the runtime's boundary lock around the call,
//! and the runtime runs the module body (`module_init`) once before the
//! first call.

use super::{clif_type, CodegenError, ModuleCx};
use crate::hir::{self, ClassId, FuncId};
use crate::types::Ty;
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, MemFlagsData, Value};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, Linkage, Module};

/// The N-API version the adapter needs (BigInt support arrived in 6).
const NAPI_VERSION: i64 = 8;

/// Bytes of one `PyaotExport` entry: three pointers, a `u32` arity padded
/// to eight bytes, the thunk pointer, the qualified-name pointer.
const EXPORT_ENTRY_SIZE: usize = 48;

/// The type code of `ty` (see ARCHITECTURE.md), appended to `out`.
/// `None` when the type cannot cross the boundary.
pub fn type_code(ty: &Ty, classes: &[ClassId], out: &mut String) -> Option<()> {
    match ty {
        Ty::Int => out.push('i'),
        Ty::Float => out.push('f'),
        Ty::Bool => out.push('b'),
        Ty::Str => out.push('s'),
        Ty::Bytes => out.push('y'),
        Ty::None => out.push('n'),
        Ty::List(elem) => {
            out.push('l');
            type_code(elem, classes, out)?;
        }
        Ty::Dict(k, v, crate::types::DictKind::Plain) => {
            out.push('d');
            type_code(k, classes, out)?;
            type_code(v, classes, out)?;
        }
        Ty::Optional(inner) => {
            out.push('o');
            type_code(inner, classes, out)?;
        }
        // One digit of length in the type string.
        Ty::Tuple(items) if items.len() <= 9 => {
            out.push('t');
            out.push(char::from(b'0' + items.len() as u8));
            for t in items {
                type_code(t, classes, out)?;
            }
        }
        // An exported class: `c<index>.`, its position among the exported
        // classes (`library::exported_classes`).
        Ty::Class(c) => {
            let index = classes.iter().position(|&k| k == c.id)?;
            out.push('c');
            out.push_str(&index.to_string());
            out.push('.');
        }
        // Sets, callables, defaultdicts and Counters do not cross the
        // boundary (bindgen's from_hir.rs reports them).
        Ty::Dict(..)
        | Ty::Tuple(_)
        | Ty::VarTuple(_)
        | Ty::Exc
        | Ty::ExcType
        | Ty::Traceback
        | Ty::Set(_)
        | Ty::Func(_)
        | Ty::Iter(_)
        | Ty::Iterable(_)
        | Ty::Deque(_) => return None,
    }
    Some(())
}

/// The type codes of a function: its return type, then each parameter.
fn signature_codes(f: &hir::Function, classes: &[ClassId]) -> Result<String, CodegenError> {
    let mut codes = String::new();
    let tys = std::iter::once(&f.ret).chain(f.params.iter().map(|p| &f.locals[p.index()].ty));
    for ty in tys {
        type_code(ty, classes, &mut codes).ok_or_else(|| {
            CodegenError::Module(format!(
                "'{}' has a type that cannot be exported: {ty}",
                f.name
            ))
        })?;
    }
    Ok(codes)
}

/// Defines the Node.js addon entry points.
pub fn define_node_addon(
    cx: &mut ModuleCx,
    m: &hir::Module,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    let classes = crate::library::exported_classes(m);
    let mut table = vec![0u8; EXPORT_ENTRY_SIZE * m.exports.len()];
    let mut relocs = Vec::new();
    for (i, export) in m.exports.iter().enumerate() {
        let id = export.func;
        let f = &m.funcs[id.index()];
        let params: Vec<&str> = f
            .params
            .iter()
            .map(|p| f.locals[p.index()].name.as_str())
            .collect();
        let name = c_string(cx, &format!("__pyaot_export{i}_name"), &export.name)?;
        let qualname = c_string(cx, &format!("__pyaot_export{i}_qualname"), &export.qualname)?;
        let names = c_string(cx, &format!("__pyaot_export{i}_params"), &params.join(","))?;
        let codes = c_string(
            cx,
            &format!("__pyaot_export{i}_types"),
            &signature_codes(f, &classes)?,
        )?;
        let thunk = define_thunk(cx, m, id, i, ctx, fctx)?;
        let at = i * EXPORT_ENTRY_SIZE;
        table[at + 24..at + 28].copy_from_slice(&(f.params.len() as u32).to_le_bytes());
        relocs.push((at, [name, names, codes, qualname], thunk));
    }
    let table_id = cx
        .module
        .declare_data("__pyaot_export_table", Linkage::Local, false, false)?;
    let mut desc = DataDescription::new();
    desc.define(table.into_boxed_slice());
    desc.set_align(8);
    for (at, strings, thunk) in relocs {
        for (offset, data) in [0, 8, 16, 40].into_iter().zip(strings) {
            let gv = cx.module.declare_data_in_data(data, &mut desc);
            desc.write_data_addr((at + offset) as u32, gv, 0);
        }
        let fref = cx.module.declare_func_in_data(thunk, &mut desc);
        desc.write_function_addr((at + 32) as u32, fref);
    }
    cx.module.define_data(table_id, &desc)?;

    // napi_value napi_register_module_v1(napi_env env, napi_value exports)
    let mut sig = cx.module.make_signature();
    sig.params.push(AbiParam::new(types::I64));
    sig.params.push(AbiParam::new(types::I64));
    sig.returns.push(AbiParam::new(types::I64));
    let register = cx
        .module
        .declare_function("napi_register_module_v1", Linkage::Export, &sig)?;
    ctx.func.signature = sig;
    let rt_register = cx.runtime_fn("pyaot_napi_register")?;
    let init = cx.funcs[m.main.index()];
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let block = b.create_block();
        b.append_block_params_for_function_params(block);
        b.switch_to_block(block);
        b.seal_block(block);
        let (env, exports_obj) = (b.block_params(block)[0], b.block_params(block)[1]);
        let gv = cx.module.declare_data_in_func(table_id, b.func);
        let table_addr = b.ins().symbol_value(types::I64, gv);
        let count = b.ins().iconst(types::I64, m.exports.len() as i64);
        let init_ref = cx.module.declare_func_in_func(init, b.func);
        let init_addr = b.ins().func_addr(types::I64, init_ref);
        let callee = cx.module.declare_func_in_func(rt_register, b.func);
        let call = b
            .ins()
            .call(callee, &[env, exports_obj, table_addr, count, init_addr]);
        let result = b.inst_results(call)[0];
        b.ins().return_(&[result]);
        b.finalize(cx.module.target_config());
    }
    cx.module.define_function(register, ctx)?;
    cx.module.clear_context(ctx);

    // int32_t node_api_module_get_api_version_v1(void), as NAPI_MODULE_INIT
    // emits it: node checks it before calling the register function.
    let mut sig = cx.module.make_signature();
    sig.returns.push(AbiParam::new(types::I32));
    let version =
        cx.module
            .declare_function("node_api_module_get_api_version_v1", Linkage::Export, &sig)?;
    ctx.func.signature = sig;
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let block = b.create_block();
        b.switch_to_block(block);
        b.seal_block(block);
        let v = b.ins().iconst(types::I32, NAPI_VERSION);
        b.ins().return_(&[v]);
        b.finalize(cx.module.target_config());
    }
    cx.module.define_function(version, ctx)?;
    cx.module.clear_context(ctx);
    Ok(())
}

/// `uint8_t thunk(const uint64_t *args, uint64_t *ret)` for function `id`:
/// loads each parameter from its slot (borrowed), calls the function and
/// stores its result (owned) in `*ret`; returns the exception flag.
fn define_thunk(
    cx: &mut ModuleCx,
    m: &hir::Module,
    id: FuncId,
    index: usize,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
) -> Result<cranelift_module::FuncId, CodegenError> {
    let f = &m.funcs[id.index()];
    let mut sig = cx.module.make_signature();
    sig.params.push(AbiParam::new(types::I64));
    sig.params.push(AbiParam::new(types::I64));
    sig.returns.push(AbiParam::new(types::I8).uext());
    let thunk = cx.module.declare_function(
        &format!("__pyaot_thunk{index}_{}", super::sanitize(&f.name)),
        Linkage::Local,
        &sig,
    )?;
    ctx.func.signature = sig;
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let block = b.create_block();
        b.append_block_params_for_function_params(block);
        b.switch_to_block(block);
        b.seal_block(block);
        let (args, ret) = (b.block_params(block)[0], b.block_params(block)[1]);
        let flags = MemFlagsData::trusted();
        let mut call_args = Vec::new();
        for (i, p) in f.params.iter().enumerate() {
            let ty = clif_type(&f.locals[p.index()].ty).unwrap_or(types::I64);
            call_args.push(b.ins().load(ty, flags, args, (i * 8) as i32));
        }
        let callee = cx.module.declare_func_in_func(cx.funcs[id.index()], b.func);
        let call = b.ins().call(callee, &call_args);
        let results = b.inst_results(call).to_vec();
        let flag = *results.last().expect("Python functions return a flag");
        if results.len() == 2 {
            b.ins().store(flags, results[0], ret, 0);
        }
        b.ins().return_(&[flag]);
        b.finalize(cx.module.target_config());
    }
    cx.module.define_function(thunk, ctx)?;
    cx.module.clear_context(ctx);
    Ok(thunk)
}

/// A NUL-terminated string in read-only data.
fn c_string(cx: &mut ModuleCx, symbol: &str, text: &str) -> Result<DataId, CodegenError> {
    let id = cx
        .module
        .declare_data(symbol, Linkage::Local, false, false)?;
    let mut bytes = text.as_bytes().to_vec();
    bytes.push(0);
    let mut desc = DataDescription::new();
    desc.define(bytes.into_boxed_slice());
    cx.module.define_data(id, &desc)?;
    Ok(id)
}

/// Defines `pyaot_<prefix>_<fn>` for every exported function.
pub fn define_c_library(
    cx: &mut ModuleCx,
    m: &hir::Module,
    prefix: &str,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    for export in &m.exports {
        define_c_wrapper(cx, m, export, prefix, ctx, fctx)?;
    }
    Ok(())
}

/// How one value crosses the C boundary.
#[derive(Clone, Copy, PartialEq)]
enum CRepr {
    /// Passed as is: `int64_t`, `double`, `bool`, or an object handle.
    Direct(types::Type),
    /// A pointer and a length in (`const char *, size_t` for str, `const
    /// uint8_t *, size_t` for bytes); an owned malloc'd buffer (+ `size_t
    /// *len`) out. The runtime functions that convert each way.
    Buffer {
        into: &'static str,
        out: &'static str,
    },
    /// `None`: no C value.
    Nothing,
}

fn c_repr(ty: &Ty) -> CRepr {
    match ty {
        Ty::Str => CRepr::Buffer {
            into: "pyaot_ffi_str_in",
            out: "pyaot_ffi_str_out",
        },
        Ty::Bytes => CRepr::Buffer {
            into: "pyaot_ffi_bytes_in",
            out: "pyaot_ffi_bytes_out",
        },
        Ty::None => CRepr::Nothing,
        other => CRepr::Direct(clif_type(other).unwrap_or(types::I64)),
    }
}

/// Whether values of `ty` cross the C ABI as handles (`void *`).
fn is_handle(ty: &Ty) -> bool {
    matches!(
        ty,
        Ty::List(_) | Ty::Dict(..) | Ty::Tuple(_) | Ty::Optional(_) | Ty::Class(_)
    )
}

/// The type code of handle parameter `i` of `export` and the message of
/// the TypeError a handle of another type gets, as data for
/// `pyaot_ffi_check_handle`.
fn handle_check_strings(
    cx: &mut ModuleCx,
    m: &hir::Module,
    export: &hir::Export,
    f: &hir::Function,
    i: usize,
) -> Result<(DataId, DataId), CodegenError> {
    let local = &f.locals[f.params[i].index()];
    let mut code = String::new();
    type_code(&local.ty, &crate::library::exported_classes(m), &mut code)
        .ok_or_else(|| CodegenError::Module(format!("{}: no type code", export.name)))?;
    let ty = local.ty.to_string();
    let article = if ty.starts_with(['a', 'e', 'i', 'o', 'u', 'O']) {
        "an"
    } else {
        "a"
    };
    let message = format!(
        "{}(): argument '{}' is not {article} {ty} handle",
        export.qualname, local.name
    );
    let symbol = |what: &str| format!("__pyaot_c_{what}_{}_{i}", export.name);
    Ok((
        c_string(cx, &symbol("code"), &code)?,
        c_string(cx, &symbol("message"), &message)?,
    ))
}

/// One typed C wrapper: lock, convert arguments, call, convert the result
/// or fill `status`, unlock. On failure the return value is zero.
fn define_c_wrapper(
    cx: &mut ModuleCx,
    m: &hir::Module,
    export: &hir::Export,
    prefix: &str,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    let id = export.func;
    let f = &m.funcs[id.index()];
    let param_tys: Vec<&Ty> = f.params.iter().map(|p| &f.locals[p.index()].ty).collect();
    let ret_repr = c_repr(&f.ret);
    let mut sig = cx.module.make_signature();
    for ty in &param_tys {
        match c_repr(ty) {
            CRepr::Direct(t) if t == types::I8 => sig.params.push(AbiParam::new(t).uext()),
            CRepr::Direct(t) => sig.params.push(AbiParam::new(t)),
            CRepr::Buffer { .. } => {
                sig.params.push(AbiParam::new(types::I64));
                sig.params.push(AbiParam::new(types::I64));
            }
            // A `None` parameter still occupies a (meaningless) slot so the
            // C signature lists every Python parameter.
            CRepr::Nothing => sig.params.push(AbiParam::new(types::I64)),
        }
    }
    match ret_repr {
        CRepr::Direct(t) if t == types::I8 => sig.returns.push(AbiParam::new(t).uext()),
        CRepr::Direct(t) => sig.returns.push(AbiParam::new(t)),
        CRepr::Buffer { .. } => {
            sig.params.push(AbiParam::new(types::I64)); // size_t *ret_len
            sig.returns.push(AbiParam::new(types::I64));
        }
        CRepr::Nothing => {}
    }
    sig.params.push(AbiParam::new(types::I64)); // PyaotStatus *status
    let symbol = format!("pyaot_{prefix}_{}", export.name);
    let wrapper = cx.module.declare_function(&symbol, Linkage::Export, &sig)?;
    ctx.func.signature = sig;

    let rt = |cx: &mut ModuleCx, name| cx.runtime_fn(name);
    let enter = rt(cx, "pyaot_ffi_enter")?;
    let leave = rt(cx, "pyaot_ffi_leave")?;
    let fail = rt(cx, "pyaot_ffi_fail")?;
    let decref = rt(cx, "pyaot_decref")?;
    let check_handle = rt(cx, "pyaot_ffi_check_handle")?;
    let init = cx.funcs[m.main.index()];
    let target = cx.funcs[id.index()];
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        b.seal_block(entry);
        let params = b.block_params(entry).to_vec();
        let status = *params.last().expect("status parameter");
        let refs = Refs {
            check_handle: cx.module.declare_func_in_func(check_handle, b.func),
            enter: cx.module.declare_func_in_func(enter, b.func),
            leave: cx.module.declare_func_in_func(leave, b.func),
            fail: cx.module.declare_func_in_func(fail, b.func),
            decref: cx.module.declare_func_in_func(decref, b.func),
        };
        let zero = ret_zero(&mut b, ret_repr);

        // Lock (and run the module body on first use).
        let init_ref = cx.module.declare_func_in_func(init, b.func);
        let init_addr = b.ins().func_addr(types::I64, init_ref);
        let call = b.ins().call(refs.enter, &[init_addr]);
        let raised = b.inst_results(call)[0];
        fail_if(&mut b, &refs, raised, status, &[], &zero);

        // Arguments.
        let mut next = 0;
        let mut call_args = Vec::new();
        let mut owned = Vec::new();
        for (i, ty) in param_tys.iter().enumerate() {
            match c_repr(ty) {
                CRepr::Buffer { into, .. } => {
                    let (ptr, len) = (params[next], params[next + 1]);
                    next += 2;
                    let into = cx.runtime_fn(into)?;
                    let into_ref = cx.module.declare_func_in_func(into, b.func);
                    let call = b.ins().call(into_ref, &[ptr, len, status]);
                    let obj = b.inst_results(call)[0];
                    // NULL: the status is filled; release what came before.
                    let bad =
                        b.ins()
                            .icmp_imm_s(cranelift_codegen::ir::condcodes::IntCC::Equal, obj, 0);
                    leave_if(&mut b, &refs, bad, &owned, &zero);
                    owned.push(obj);
                    call_args.push(obj);
                }
                CRepr::Direct(_) if is_handle(ty) => {
                    let h = params[next];
                    next += 1;
                    // A handle of another type would be misread: refuse it.
                    let (code, message) = handle_check_strings(cx, m, export, f, i)?;
                    let code = cx.module.declare_data_in_func(code, b.func);
                    let code = b.ins().symbol_value(types::I64, code);
                    let message = cx.module.declare_data_in_func(message, b.func);
                    let message = b.ins().symbol_value(types::I64, message);
                    let check = b.ins().call(refs.check_handle, &[h, code, message, status]);
                    let bad = b.inst_results(check)[0];
                    leave_if(&mut b, &refs, bad, &owned, &zero);
                    call_args.push(h);
                }
                _ => {
                    call_args.push(params[next]);
                    next += 1;
                }
            }
        }
        let ret_len = matches!(ret_repr, CRepr::Buffer { .. }).then(|| params[next]);

        // The call.
        let callee = cx.module.declare_func_in_func(target, b.func);
        let call = b.ins().call(callee, &call_args);
        let results = b.inst_results(call).to_vec();
        let flag = *results.last().expect("Python functions return a flag");
        for &o in &owned {
            b.ins().call(refs.decref, &[o]);
        }
        fail_if(&mut b, &refs, flag, status, &[], &zero);

        // The result.
        let out: Vec<Value> = match ret_repr {
            CRepr::Buffer { out, .. } => {
                let out = cx.runtime_fn(out)?;
                let out_ref = cx.module.declare_func_in_func(out, b.func);
                let len = ret_len.expect("buffer results have a length out-parameter");
                let call = b.ins().call(out_ref, &[results[0], len]);
                vec![b.inst_results(call)[0]]
            }
            CRepr::Direct(_) => vec![results[0]],
            CRepr::Nothing => vec![],
        };
        b.ins().call(refs.leave, &[]);
        b.ins().return_(&out);
        b.finalize(cx.module.target_config());
    }
    cx.module.define_function(wrapper, ctx)?;
    cx.module.clear_context(ctx);
    Ok(())
}

struct Refs {
    check_handle: cranelift_codegen::ir::FuncRef,
    enter: cranelift_codegen::ir::FuncRef,
    leave: cranelift_codegen::ir::FuncRef,
    fail: cranelift_codegen::ir::FuncRef,
    decref: cranelift_codegen::ir::FuncRef,
}

/// The zero value a failed call returns.
fn ret_zero(b: &mut FunctionBuilder, repr: CRepr) -> Vec<Value> {
    match repr {
        CRepr::Direct(t) if t == types::F64 => vec![b.ins().f64const(0.0)],
        CRepr::Direct(t) => vec![b.ins().iconst(t, 0)],
        CRepr::Buffer { .. } => vec![b.ins().iconst(types::I64, 0)],
        CRepr::Nothing => vec![],
    }
}

/// If `flag` is set: fill `status` from the pending exception, release
/// `owned`, unlock and return `zero`.
fn fail_if(
    b: &mut FunctionBuilder,
    refs: &Refs,
    flag: Value,
    status: Value,
    owned: &[Value],
    zero: &[Value],
) {
    let failed = b.create_block();
    let ok = b.create_block();
    b.ins().brif(flag, failed, &[], ok, &[]);
    b.switch_to_block(failed);
    b.seal_block(failed);
    b.ins().call(refs.fail, &[status]);
    release_and_return(b, refs, owned, zero);
    b.switch_to_block(ok);
    b.seal_block(ok);
}

/// If `cond` is set (the status is already filled): release `owned`,
/// unlock and return `zero`.
fn leave_if(b: &mut FunctionBuilder, refs: &Refs, cond: Value, owned: &[Value], zero: &[Value]) {
    let failed = b.create_block();
    let ok = b.create_block();
    b.ins().brif(cond, failed, &[], ok, &[]);
    b.switch_to_block(failed);
    b.seal_block(failed);
    release_and_return(b, refs, owned, zero);
    b.switch_to_block(ok);
    b.seal_block(ok);
}

fn release_and_return(b: &mut FunctionBuilder, refs: &Refs, owned: &[Value], zero: &[Value]) {
    for &o in owned {
        b.ins().call(refs.decref, &[o]);
    }
    b.ins().call(refs.leave, &[]);
    b.ins().return_(zero);
}
