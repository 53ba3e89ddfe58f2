//! Native code generation with Cranelift: typed HIR in, ELF object out.
//!
//! Value representation: `int` is an `i64`, `float` an `f64`, `bool` an
//! `i8` (0/1), `str`, `list`, `dict` and `tuple` are pointers to refcounted
//! runtime objects, `None` has no runtime value. A tuple's per-slot type
//! codes are a static string in read-only data, shared by every tuple of
//! that type. Every compiled Python function returns its
//! value (if not `None`) followed by an `i8` flag that is 1 when an
//! exception is pending, so the error check after a call is a register
//! test. Internal functions are local symbols called directly (no PLT).
//! String literals are immortal objects in read-only data. A function
//! object (`Callable`) is a pointer too; calling one calls its code
//! pointer with the object as an extra first argument
//! ([`ModuleCx::closure_signature`]).

mod abi;
mod class;
mod export;
mod factory;
mod func;

use crate::hir::{self, FuncId};
use crate::types::Ty;
use cranelift_codegen::ir::{self, types, AbiParam, InstBuilder, Signature};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use std::collections::HashMap;
use std::fmt;

pub use abi::layout;

/// What the object's entry points are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// `int main(int argc, char **argv)`: a standalone executable.
    Executable,
    /// `int pyaot_program_main(int argc, char **argv)`: a shared library
    /// that `pyaot` loads and calls (the cached run mode).
    SharedLibrary,
    /// A Node.js addon: the export table and `napi_register_module_v1`.
    NodeAddon,
    /// A C library: one `pyaot_<prefix>_<fn>` wrapper per exported function.
    CLibrary { prefix: String },
}

/// An internal code generation failure: a compiler bug or a limit, never a
/// problem with the user's program (those are diagnostics).
#[derive(Debug)]
pub enum CodegenError {
    Isa(String),
    Module(String),
}

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodegenError::Isa(e) => write!(f, "target setup failed: {e}"),
            CodegenError::Module(e) => write!(f, "code generation failed: {e}"),
        }
    }
}

impl From<cranelift_module::ModuleError> for CodegenError {
    fn from(e: cranelift_module::ModuleError) -> Self {
        CodegenError::Module(format!("{e:?}"))
    }
}

/// Compiles a checked module to an object file.
pub fn compile(
    m: &hir::Module,
    files: &[&crate::source::SourceFile],
    entry: &Entry,
) -> Result<Vec<u8>, CodegenError> {
    let isa = host_isa()?;
    let builder = ObjectBuilder::new(
        isa,
        "pyaot_module",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| CodegenError::Module(e.to_string()))?;
    let mut cx = ModuleCx {
        module: ObjectModule::new(builder),
        funcs: Vec::new(),
        runtime: HashMap::new(),
        strings: HashMap::new(),
        bytes: HashMap::new(),
        type_codes: HashMap::new(),
        globals: Vec::new(),
        classes: Vec::new(),
        factory_thunks: HashMap::new(),
    };
    // A generator function is two functions: the one calls reach, which
    // makes the generator, and its resume function (the body).
    let mut resumes = Vec::new();
    for (i, f) in m.funcs.iter().enumerate() {
        let name = format!("__pyaot_fn{}_{}", i, sanitize(&f.name));
        let sig = cx.python_signature(f);
        let id = cx.module.declare_function(&name, Linkage::Local, &sig)?;
        cx.funcs.push(id);
        resumes.push(match f.generator {
            true => Some(cx.module.declare_function(
                &format!("{name}$resume"),
                Linkage::Local,
                &func::resume_signature(&cx),
            )?),
            false => None,
        });
    }
    for (i, g) in m.globals.iter().enumerate() {
        // Each global is two words: the value, then a "bound" flag.
        let name = format!("__pyaot_global{}_{}", i, sanitize(&g.name));
        let id = cx.module.declare_data(&name, Linkage::Local, true, false)?;
        let mut desc = DataDescription::new();
        desc.define_zeroinit(16);
        desc.set_align(8);
        cx.module.define_data(id, &desc)?;
        cx.globals.push(id);
    }
    class::declare_classes(&mut cx, m)?;
    let mut ctx = cx.module.make_context();
    let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
    for (i, f) in m.funcs.iter().enumerate() {
        if let Some(resume) = resumes[i] {
            ctx.func.signature = func::resume_signature(&cx);
            let slots = func::lower_function(
                &mut cx,
                m,
                files,
                FuncId(i as u32),
                &mut ctx.func,
                &mut fctx,
            )?;
            cx.module
                .define_function(resume, &mut ctx)
                .map_err(|e| CodegenError::Module(format!("{}: {e:?}", f.name)))?;
            cx.module.clear_context(&mut ctx);
            ctx.func.signature = cx.python_signature(f);
            func::lower_maker(&mut cx, f, resume, slots, &mut ctx.func, &mut fctx)?;
        } else {
            ctx.func.signature = cx.python_signature(f);
            func::lower_function(
                &mut cx,
                m,
                files,
                FuncId(i as u32),
                &mut ctx.func,
                &mut fctx,
            )?;
        }
        let id = cx.funcs[i];
        cx.module
            .define_function(id, &mut ctx)
            .map_err(|e| CodegenError::Module(format!("{}: {e:?}", f.name)))?;
        cx.module.clear_context(&mut ctx);
    }
    class::define_classes(&mut cx, m, &mut ctx, &mut fctx)?;
    factory::define_factory_thunks(&mut cx, &mut ctx, &mut fctx)?;
    match entry {
        Entry::Executable => cx.define_entry(m, "main", &mut ctx, &mut fctx)?,
        Entry::SharedLibrary => cx.define_entry(m, "pyaot_program_main", &mut ctx, &mut fctx)?,
        Entry::NodeAddon => export::define_node_addon(&mut cx, m, &mut ctx, &mut fctx)?,
        Entry::CLibrary { prefix } => {
            export::define_c_library(&mut cx, m, prefix, &mut ctx, &mut fctx)?
        }
    }
    let product = cx.module.finish();
    product
        .emit()
        .map_err(|e| CodegenError::Module(e.to_string()))
}

fn host_isa() -> Result<OwnedTargetIsa, CodegenError> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v)
            .map_err(|e| CodegenError::Isa(format!("{k}={v}: {e}")))
    };
    set(&mut flags, "opt_level", "speed")?;
    // Position-independent code serves both the cached shared library and
    // PIE executables.
    set(&mut flags, "is_pic", "true")?;
    set(&mut flags, "preserve_frame_pointers", "false")?;
    // Function starts on 16-byte boundaries, as C compilers align them.
    set(&mut flags, "log2_min_function_alignment", "4")?;
    let isa_builder = cranelift_native::builder().map_err(|e| CodegenError::Isa(e.to_string()))?;
    isa_builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| CodegenError::Isa(e.to_string()))
}

/// Symbol names keep only ASCII identifier characters.
fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// Module-wide code generation state shared by all functions.
pub struct ModuleCx {
    pub module: ObjectModule,
    /// Cranelift ids of the HIR functions, by `FuncId`.
    pub funcs: Vec<ClifFuncId>,
    runtime: HashMap<&'static str, ClifFuncId>,
    strings: HashMap<String, DataId>,
    /// Immortal bytes literals, by their data.
    bytes: HashMap<Vec<u8>, DataId>,
    /// Static type-code strings of tuple types, by their text.
    type_codes: HashMap<String, DataId>,
    pub globals: Vec<DataId>,
    /// Class descriptors, by `ClassId`.
    pub classes: Vec<DataId>,
    /// Factory thunks (`factory.rs`), by the display of their value type.
    factory_thunks: HashMap<String, (ClifFuncId, Ty)>,
}

/// The type codes of a tuple's slots (`runtime/src/tuple_obj.rs`): one
/// character per element.
pub fn tuple_codes(items: &[Ty]) -> String {
    items
        .iter()
        .map(|t| match t {
            Ty::Int => 'i',
            Ty::Float => 'f',
            Ty::Bool => 'b',
            Ty::Str => 's',
            Ty::Bytes => 'y',
            Ty::List(_) => 'l',
            Ty::Dict(..) => 'd',
            // Not a library-mode code: sets do not cross the boundary yet.
            Ty::Set(_) => 'e',
            // Nor deques.
            Ty::Deque(_) => 'q',
            Ty::Tuple(_) | Ty::VarTuple(_) => 't',
            // Function objects are objects the runtime prints and compares
            // by identity, as instances without a class.
            Ty::Class(_) | Ty::Func(_) | Ty::Iter(_) | Ty::Iterable(_) => 'c',
            // The checker keeps exceptions and Optionals out of tuples.
            Ty::None | Ty::Exc | Ty::ExcType | Ty::Traceback | Ty::Optional(_) => 'n',
        })
        .collect()
}

/// The Cranelift type of a value of `ty`; `None` for `None`.
pub fn clif_type(ty: &Ty) -> Option<ir::Type> {
    match ty {
        Ty::Int
        | Ty::Str
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
        | Ty::Deque(_) => Some(types::I64),
        Ty::Float => Some(types::F64),
        Ty::Bool => Some(types::I8),
        Ty::None => None,
    }
}

impl ModuleCx {
    pub fn python_signature(&self, f: &hir::Function) -> Signature {
        let mut sig = self.module.make_signature();
        for &p in &f.params {
            let ty = &f.locals[p.index()].ty;
            sig.params
                .push(AbiParam::new(clif_type(ty).unwrap_or(types::I64)));
        }
        if let Some(t) = clif_type(&f.ret) {
            sig.returns.push(AbiParam::new(t));
        }
        sig.returns.push(AbiParam::new(types::I8));
        sig
    }

    /// The signature of the code of a function object of type `f`: the
    /// object itself, then the parameters; results as `python_signature`.
    /// It is the `python_signature` of every function `MakeFunc` names.
    pub fn closure_signature(&self, f: &crate::types::FnTy) -> Signature {
        let mut sig = self.module.make_signature();
        sig.params.push(AbiParam::new(types::I64));
        for ty in &f.params {
            sig.params
                .push(AbiParam::new(clif_type(ty).unwrap_or(types::I64)));
        }
        if let Some(t) = clif_type(&f.ret) {
            sig.returns.push(AbiParam::new(t));
        }
        sig.returns.push(AbiParam::new(types::I8));
        sig
    }

    /// The id of a runtime function, declared on first use.
    pub fn runtime_fn(&mut self, name: &'static str) -> Result<ClifFuncId, CodegenError> {
        if let Some(&id) = self.runtime.get(name) {
            return Ok(id);
        }
        let (_, params, returns) = abi::lookup(name)
            .ok_or_else(|| CodegenError::Module(format!("unknown runtime function {name}")))?;
        let mut sig = self.module.make_signature();
        // Rust (like clang) expects narrow integer arguments extended to
        // 32 bits by the caller; Cranelift only does so when asked.
        sig.params.extend(params.iter().map(|&t| match t {
            types::I8 => AbiParam::new(t).uext(),
            types::I32 => AbiParam::new(t).sext(),
            _ => AbiParam::new(t),
        }));
        sig.returns
            .extend(returns.iter().map(|&t| AbiParam::new(t)));
        let id = self.module.declare_function(name, Linkage::Import, &sig)?;
        self.runtime.insert(name, id);
        Ok(id)
    }

    /// An immortal str object holding `s`, shared by all uses.
    pub fn string_literal(&mut self, s: &str) -> Result<DataId, CodegenError> {
        if let Some(&id) = self.strings.get(s) {
            return Ok(id);
        }
        let name = format!("__pyaot_str{}", self.strings.len());
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)?;
        let mut desc = DataDescription::new();
        let nchars = s.chars().count() as u64;
        desc.define(object_bytes(layout::KIND_STR, s.as_bytes(), nchars).into_boxed_slice());
        desc.set_align(8);
        self.module.define_data(id, &desc)?;
        self.strings.insert(s.to_string(), id);
        Ok(id)
    }

    /// An immortal bytes object holding `data`, shared by all uses.
    pub fn bytes_literal(&mut self, data: &[u8]) -> Result<DataId, CodegenError> {
        if let Some(&id) = self.bytes.get(data) {
            return Ok(id);
        }
        let name = format!("__pyaot_bytes{}", self.bytes.len());
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)?;
        let mut desc = DataDescription::new();
        desc.define(object_bytes(layout::KIND_BYTES, data, 0).into_boxed_slice());
        desc.set_align(8);
        self.module.define_data(id, &desc)?;
        self.bytes.insert(data.to_vec(), id);
        Ok(id)
    }

    /// A static NUL-terminated string of tuple type codes, shared by all
    /// uses.
    pub fn type_codes(&mut self, codes: &str) -> Result<DataId, CodegenError> {
        if let Some(&id) = self.type_codes.get(codes) {
            return Ok(id);
        }
        let name = format!("__pyaot_codes{}", self.type_codes.len());
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)?;
        let mut desc = DataDescription::new();
        let mut bytes = codes.as_bytes().to_vec();
        bytes.push(0);
        desc.define(bytes.into_boxed_slice());
        self.module.define_data(id, &desc)?;
        self.type_codes.insert(codes.to_string(), id);
        Ok(id)
    }

    fn define_entry(
        &mut self,
        m: &hir::Module,
        symbol: &str,
        ctx: &mut cranelift_codegen::Context,
        fctx: &mut cranelift_frontend::FunctionBuilderContext,
    ) -> Result<(), CodegenError> {
        let mut sig = self.module.make_signature();
        sig.params.push(AbiParam::new(types::I32));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I32));
        let id = self
            .module
            .declare_function(symbol, Linkage::Export, &sig)?;
        ctx.func.signature = sig;
        let rt_entry = self.runtime_fn("pyaot_entry")?;
        let main_fn = self.funcs[m.main.index()];
        {
            let mut b = cranelift_frontend::FunctionBuilder::new(&mut ctx.func, fctx);
            let block = b.create_block();
            b.append_block_params_for_function_params(block);
            b.switch_to_block(block);
            b.seal_block(block);
            let (argc, argv) = (b.block_params(block)[0], b.block_params(block)[1]);
            let main_ref = self.module.declare_func_in_func(main_fn, b.func);
            let main_addr = b.ins().func_addr(types::I64, main_ref);
            let entry_ref = self.module.declare_func_in_func(rt_entry, b.func);
            let call = b.ins().call(entry_ref, &[argc, argv, main_addr]);
            let code = b.inst_results(call)[0];
            b.ins().return_(&[code]);
            b.finalize(self.module.target_config());
        }
        self.module.define_function(id, ctx)?;
        self.module.clear_context(ctx);
        Ok(())
    }
}

/// Bytes of an immortal str (`kind` 1, `count` its code points) or bytes
/// (`kind` 7, `count` 0) object, which share a layout; see
/// `runtime/src/object.rs`.
fn object_bytes(kind: u32, data: &[u8], count: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(41 + data.len());
    out.extend_from_slice(&layout::IMMORTAL_RC.to_le_bytes());
    out.extend_from_slice(&kind.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&(data.len() as u64).to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&(-1i64).to_le_bytes());
    out.extend_from_slice(data);
    out.push(0);
    out
}
