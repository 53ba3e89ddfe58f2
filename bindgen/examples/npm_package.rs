//! Writes the npm package files for an interface model, for the host-side
//! checks in `targets/npm/` (the CLI does this for real, and also copies
//! the addon in).
//!
//! Usage: `cargo run -p pyaot-bindgen --example npm_package -- MODEL.json
//! PYPROJECT.toml OUT_DIR`

use std::path::Path;
use std::process::ExitCode;

use pyaot_bindgen::model::Interface;
use pyaot_bindgen::{npm_package, read_pyproject};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [model, pyproject, out] = args.as_slice() else {
        eprintln!("usage: npm_package MODEL.json PYPROJECT.toml OUT_DIR");
        return ExitCode::from(2);
    };
    match write(Path::new(model), Path::new(pyproject), Path::new(out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("npm_package: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write(model: &Path, pyproject: &Path, out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let model = Interface::from_json(&std::fs::read_to_string(model)?)?;
    let loaded = read_pyproject(pyproject, &model.module)?;
    for w in &loaded.warnings {
        eprintln!("warning: {w}");
    }
    std::fs::create_dir_all(out)?;
    for (path, text) in npm_package(&model, &loaded.meta) {
        std::fs::write(out.join(path), text)?;
    }
    Ok(())
}
