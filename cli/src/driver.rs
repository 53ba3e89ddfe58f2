//! The commands: build (through the cache) and run.

use crate::cache;
use crate::failure::Failure;
use pyaot_core::link::{self, Output};
use pyaot_core::{CompileError, Entry};
use std::ffi::{CString, OsString};
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// Compiles `file` into the cache (unless cached) and returns the artifact.
fn build(file: &Path, binary: bool, force: bool) -> Result<PathBuf, Failure> {
    let source = fs::read(file).map_err(|e| cache::io_err("read", file, e))?;
    // CPython shows the main script's absolute path in tracebacks.
    let shown = std::path::absolute(file)
        .unwrap_or_else(|_| file.to_path_buf())
        .to_string_lossy()
        .into_owned();
    let (entry, output, kind) = if binary {
        (Entry::Executable, Output::Executable, "exe")
    } else {
        (Entry::SharedLibrary, Output::SharedLibrary, "so")
    };
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "main".into());
    let arch = std::env::consts::ARCH;
    let name = if binary {
        format!("{stem}_{arch}")
    } else {
        format!("{stem}_{arch}.so")
    };
    let src = pyaot_core::decode_source(&shown, &source).map_err(|e| {
        let (f, d) = *e;
        Failure::Diagnostics(f, vec![d])
    })?;
    let fail = |e: CompileError| match e {
        CompileError::Diagnostics(d) => Failure::Diagnostics(src.clone(), d),
        CompileError::Internal(m) => Failure::Internal(m),
    };
    // Imported modules are found (and parsed) first: the cache key covers
    // every file of the program.
    let program = pyaot_core::load(&src, &read_module).map_err(fail)?;
    let dir = cache::root().join(cache::key(kind, &cache::program_files(&program)));
    let artifact = dir.join(name);
    if artifact.exists() && !force {
        return Ok(artifact);
    }
    let hir = pyaot_core::check(&program, "__main__").map_err(fail)?;
    let object = pyaot_core::compile_hir(&hir, &program, &entry).map_err(fail)?;
    let runtime = cache::runtime_archive()?;
    let obj_path = dir.join(format!("{stem}.o"));
    cache::write_atomic(&obj_path, &object)?;
    let tmp = cache::temp_sibling(&artifact);
    link::link(&obj_path, &runtime, &tmp, output).map_err(Failure::Link)?;
    fs::rename(&tmp, &artifact).map_err(|e| cache::io_err("rename", &artifact, e))?;
    let _ = fs::remove_file(&obj_path);
    Ok(artifact)
}

/// Reads a module's file for the import system: None unless it is a
/// readable regular file.
pub fn read_module(path: &Path) -> Option<Vec<u8>> {
    if !path.is_file() {
        return None;
    }
    fs::read(path).ok()
}

/// `pyaot build`.
pub fn build_only(
    file: &Path,
    binary: bool,
    force: bool,
    output: Option<&Path>,
) -> Result<u8, Failure> {
    let artifact = build(file, binary, force)?;
    let dest = match (output, binary) {
        (Some(o), _) => Some(o.to_path_buf()),
        (None, true) => Some(PathBuf::from(
            file.file_stem().unwrap_or_else(|| "main".as_ref()),
        )),
        (None, false) => None,
    };
    match dest {
        Some(d) => {
            // Copy then rename, so the destination is never half-written.
            let tmp = cache::temp_sibling(&d);
            fs::copy(&artifact, &tmp).map_err(|e| cache::io_err("write", &tmp, e))?;
            fs::rename(&tmp, &d).map_err(|e| cache::io_err("write", &d, e))?;
        }
        None => eprintln!("pyaot: built {}", artifact.display()),
    }
    Ok(0)
}

/// `pyaot FILE ARGS...`: build through the cache and run.
pub fn run(file: &Path, args: &[OsString], binary: bool, force: bool) -> Result<u8, Failure> {
    let artifact = build(file, binary, force)?;
    if binary {
        return Err(exec(&artifact, file, args));
    }
    let argv = c_args(file, args)?;
    let mut ptrs: Vec<*const std::ffi::c_char> = argv.iter().map(|a| a.as_ptr()).collect();
    ptrs.push(std::ptr::null());
    // SAFETY: the library was produced by this pyaot build for this program;
    // `pyaot_program_main` has the C signature `int (int, char **)` and
    // `ptrs` is a NULL-terminated argv whose strings outlive the call.
    let code = unsafe {
        let lib = libloading::Library::new(&artifact)
            .map_err(|e| Failure::Io(format!("cannot load '{}': {e}", artifact.display())))?;
        let main: libloading::Symbol<
            unsafe extern "C" fn(i32, *const *const std::ffi::c_char) -> i32,
        > = lib
            .get(b"pyaot_program_main\0")
            .map_err(|e| Failure::Internal(format!("compiled program has no entry point: {e}")))?;
        let code = main(argv.len() as i32, ptrs.as_ptr());
        // The program's objects live in the library; exit without unloading.
        std::mem::forget(lib);
        code
    };
    Ok(code as u8)
}

fn c_args(file: &Path, args: &[OsString]) -> Result<Vec<CString>, Failure> {
    std::iter::once(file.as_os_str())
        .chain(args.iter().map(|a| a.as_os_str()))
        .map(|a| {
            CString::new(a.as_bytes())
                .map_err(|_| Failure::Usage("arguments must not contain NUL bytes".into()))
        })
        .collect()
}

/// Replaces this process with the compiled executable.
fn exec(exe: &Path, file: &Path, args: &[OsString]) -> Failure {
    use std::os::unix::process::CommandExt;
    let err = std::process::Command::new(exe).arg0(file).args(args).exec();
    cache::io_err("run", exe, err)
}
