//! Library mode: `pyaot inspect`, `pyaot build --lib` and `pyaot package`.
//! A library is one module whose public top-level functions other
//! languages call; `pyaot-bindgen` turns its interface model into packages.

use crate::cache;
use crate::failure::Failure;
use pyaot_bindgen::model::Interface;
use pyaot_core::link;
use pyaot_core::{hir, CompileError, Entry, SourceFile};
use std::fs;
use std::path::{Path, PathBuf};

/// A checked library module and its interface.
pub struct Library {
    pub src: SourceFile,
    /// The library module and the helper modules it imports.
    pub program: pyaot_core::modules::Program,
    pub hir: hir::Module,
    pub model: Interface,
}

impl Library {
    pub fn name(&self) -> &str {
        &self.model.module
    }
}

/// Reads, checks and models `file`. Its stem is the module name, which
/// must be a Python identifier (it becomes part of every exported symbol).
pub fn load(file: &Path) -> Result<Library, Failure> {
    let source = fs::read(file).map_err(|e| cache::io_err("read", file, e))?;
    let name = module_name(file)?;
    let shown = file.to_string_lossy().into_owned();
    let src = pyaot_core::decode_source(&shown, &source).map_err(|e| {
        let (f, d) = *e;
        Failure::Diagnostics(f, vec![d])
    })?;
    let program = pyaot_core::load(&src, &crate::driver::read_module)
        .map_err(|e| compile_failure(&src, e))?;
    let mut hir =
        pyaot_core::check_library(&program, &name).map_err(|e| compile_failure(&src, e))?;
    pyaot_core::library::add_exports(&mut hir);
    let model = pyaot_bindgen::from_hir::interface(&hir)
        .map_err(|d| Failure::Diagnostics(src.clone(), d))?;
    Ok(Library {
        src,
        program,
        hir,
        model,
    })
}

fn module_name(file: &Path) -> Result<String, Failure> {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut chars = stem.chars();
    let ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !ok {
        return Err(Failure::Usage(format!(
            "'{}': a library's file name must be a Python module name (letters, digits, \
             underscores), since it names the package and every exported symbol",
            file.display()
        )));
    }
    Ok(stem)
}

fn compile_failure(src: &SourceFile, e: CompileError) -> Failure {
    match e {
        CompileError::Diagnostics(d) => Failure::Diagnostics(src.clone(), d),
        CompileError::Internal(m) => Failure::Internal(m),
    }
}

/// `pyaot inspect FILE`: the interface model as JSON on stdout.
pub fn inspect(file: &Path) -> Result<u8, Failure> {
    let lib = load(file)?;
    print!("{}", lib.model.to_json());
    Ok(0)
}

/// Links `object` into a shared object exporting `exports` at `out`.
fn link_shared(
    object: &[u8],
    out: &Path,
    exports: &[String],
    kind: &link::Library,
) -> Result<(), Failure> {
    with_object(out, object, |obj, runtime, tmp| {
        link::link_library(obj, runtime, tmp, exports, kind)
    })
}

/// Writes `object` beside `out`, runs `make(object, runtime, tmp)` and
/// renames `tmp` to `out`, so `out` is never half-written.
fn with_object(
    out: &Path,
    object: &[u8],
    make: impl FnOnce(&Path, &Path, &Path) -> Result<(), String>,
) -> Result<(), Failure> {
    let dir = out.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| cache::io_err("create", dir, e))?;
    let obj_path = cache::temp_sibling(&out.with_extension("module.o"));
    fs::write(&obj_path, object).map_err(|e| cache::io_err("write", &obj_path, e))?;
    let runtime = cache::runtime_archive()?;
    let tmp = cache::temp_sibling(out);
    let made = make(&obj_path, &runtime, &tmp);
    let _ = fs::remove_file(&obj_path);
    made.map_err(Failure::Link)?;
    fs::rename(&tmp, out).map_err(|e| cache::io_err("rename", out, e))
}

/// The C library's exported symbols: the wrappers and the runtime's
/// boundary helpers declared in the header.
fn c_exports(lib: &Library) -> Vec<String> {
    let mut out: Vec<String> = lib
        .hir
        .exports
        .iter()
        .map(|e| format!("pyaot_{}_{}", lib.name(), e.name))
        .collect();
    out.extend(
        pyaot_bindgen::c_header::runtime_functions()
            .into_iter()
            .map(String::from),
    );
    out
}

/// `pyaot build --lib FILE [-o DIR]`: `lib<name>.so` and `<name>.h`.
pub fn build_c(file: &Path, out_dir: Option<&Path>) -> Result<u8, Failure> {
    let lib = load(file)?;
    let dir = out_dir
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let so_name = format!("lib{}.so", lib.name());
    let entry = Entry::CLibrary {
        prefix: lib.name().to_string(),
    };
    let kind = link::Library::C {
        soname: so_name.clone(),
    };
    let exports = c_exports(&lib);
    let object = pyaot_core::compile_hir(&lib.hir, &lib.program, &entry)
        .map_err(|e| compile_failure(&lib.src, e))?;
    link_shared(&object, &dir.join(&so_name), &exports, &kind)?;
    let a_name = format!("lib{}.a", lib.name());
    with_object(&dir.join(&a_name), &object, |obj, runtime, tmp| {
        link::archive_library(obj, runtime, tmp, &exports)
    })?;
    let h_name = format!("{}.h", lib.name());
    write_file(&dir.join(&h_name), &pyaot_bindgen::c_header(&lib.model))?;
    for f in [&so_name, &a_name, &h_name] {
        eprintln!("pyaot: wrote {}", dir.join(f).display());
    }
    Ok(0)
}

fn write_file(path: &Path, text: &str) -> Result<(), Failure> {
    let tmp = cache::temp_sibling(path);
    fs::write(&tmp, text).map_err(|e| cache::io_err("write", &tmp, e))?;
    fs::rename(&tmp, path).map_err(|e| cache::io_err("write", path, e))
}

/// Package metadata from the `pyproject.toml` beside the module (or
/// defaults), with every assumption reported as a warning.
fn package_meta(
    file: &Path,
    lib: &Library,
    flags: &crate::MetaArgs,
) -> Result<pyaot_bindgen::PackageMeta, Failure> {
    let pyproject = file
        .parent()
        .unwrap_or(Path::new("."))
        .join("pyproject.toml");
    let loaded = pyaot_bindgen::read_pyproject(&pyproject, lib.name())
        .map_err(|e| Failure::Usage(format!("{}: {e}", pyproject.display())))?;
    let mut meta = loaded.meta;
    let set = |field: &mut Option<String>, flag: &Option<String>| {
        if flag.is_some() {
            field.clone_from(flag);
        }
    };
    set(&mut meta.description, &flags.description);
    set(&mut meta.license, &flags.license);
    set(&mut meta.author, &flags.author);
    set(&mut meta.repository, &flags.repository);
    if let Some(n) = &flags.name {
        meta.name.clone_from(n);
    }
    if let Some(v) = &flags.version {
        meta.version.clone_from(v);
    }
    // A flag that supplies what pyproject.toml lacks answers its warning.
    let answered = |w: &str| flags.license.is_some() && w.starts_with("no license");
    for w in loaded.warnings.iter().filter(|w| !answered(w)) {
        eprintln!("warning: {w}");
    }
    Ok(meta)
}

/// `pyaot package FILE --npm [-o DIR]`: an npm package directory that
/// `npm pack` accepts: the N-API addon plus `package.json`, `index.js`,
/// `index.d.ts` and `README.md`.
pub fn package_npm(file: &Path, out_dir: &Path, flags: &crate::MetaArgs) -> Result<u8, Failure> {
    use pyaot_bindgen::npm;
    let lib = load(file)?;
    let meta = package_meta(file, &lib, flags)?;
    for w in npm::meta_warnings(&meta) {
        eprintln!("warning: {w}");
    }
    fs::create_dir_all(out_dir).map_err(|e| cache::io_err("create", out_dir, e))?;
    for (name, text) in npm::npm_package(&lib.model, &meta) {
        write_file(&out_dir.join(name), &text)?;
    }
    let addon = out_dir.join(npm::addon_file(lib.name(), &npm::PLATFORMS[0]));
    let exports = [
        "napi_register_module_v1".to_string(),
        "node_api_module_get_api_version_v1".to_string(),
    ];
    let object = pyaot_core::compile_hir(&lib.hir, &lib.program, &Entry::NodeAddon)
        .map_err(|e| compile_failure(&lib.src, e))?;
    link_shared(&object, &addon, &exports, &link::Library::NodeAddon)?;
    eprintln!("pyaot: wrote the npm package {}", out_dir.display());
    Ok(0)
}
