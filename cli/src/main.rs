//! The `pyaot` command line: argument parsing, the build cache, running
//! programs and rendering errors. Compilation itself lives in `pyaot-core`.

mod cache;
mod driver;
mod failure;
mod library;

use clap::{Args, Parser, Subcommand};
use failure::Failure;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

const EXAMPLES: &str = "\
Examples:
  pyaot app.py                 compile (cached) and run app.py
  pyaot app.py in.txt -v       run with sys.argv == ['app.py', 'in.txt', '-v']
  pyaot --force app.py         rebuild even if a cached build exists
  pyaot --binary app.py        run through a standalone executable
  pyaot build --binary app.py  write the standalone executable ./app
  pyaot build app.py -o app    same, with an explicit output path

Options go before the Python file; everything after it is passed to the
program. Compile errors exit with status 2; the program's own exit status is
passed through. Builds are cached in $XDG_CACHE_HOME/pyaot (or
~/.cache/pyaot), keyed by the source, the pyaot build and the flags.";

#[derive(Parser)]
#[command(
    name = "pyaot",
    version,
    about = "Compile typed Python ahead of time to native code, and run it.",
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Compile without running. With --binary, writes a standalone
    /// executable (default: ./<name>); otherwise fills the build cache.
    Build(BuildArgs),
    /// Print the interface a library module exports, as JSON.
    Inspect {
        /// The Python library module.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Turn a typed Python module into packages for other languages.
    Package(PackageArgs),
}

#[derive(Args)]
struct PackageArgs {
    /// Build an npm package (a Node-API addon with index.js and index.d.ts).
    #[arg(long)]
    npm: bool,
    /// Output directory.
    #[arg(short, long, value_name = "DIR", default_value = "dist")]
    output: PathBuf,
    #[command(flatten)]
    meta: MetaArgs,
    /// The Python library module.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

/// Package metadata; each flag overrides the `pyproject.toml` beside the
/// module.
#[derive(Args)]
pub struct MetaArgs {
    /// Package name (default: [project] name, else the module name).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Package version (default: [project] version, else 0.1.0).
    #[arg(long = "pkg-version", value_name = "VERSION")]
    pub version: Option<String>,
    /// One-line description.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// License, as an SPDX expression (MIT, Apache-2.0 OR MIT).
    #[arg(long, value_name = "SPDX")]
    pub license: Option<String>,
    /// Author, as `Name <email>`.
    #[arg(long, value_name = "AUTHOR")]
    pub author: Option<String>,
    /// Repository URL.
    #[arg(long, value_name = "URL")]
    pub repository: Option<String>,
}

#[derive(Args)]
struct RunArgs {
    #[command(flatten)]
    opts: BuildOpts,
    /// The Python program to compile and run.
    #[arg(required = true, value_name = "FILE")]
    file: Option<PathBuf>,
    /// Arguments for the program: sys.argv[1:].
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "ARGS"
    )]
    args: Vec<OsString>,
}

#[derive(Args)]
struct BuildArgs {
    #[command(flatten)]
    opts: BuildOpts,
    /// Output path (with --binary: the executable; otherwise a copy of the
    /// shared library).
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Build a C library (lib<name>.so and <name>.h) exporting the
    /// module's public functions; -o names the output directory.
    #[arg(long, conflicts_with = "binary")]
    lib: bool,
    /// The Python program to compile.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

#[derive(Args, Clone, Copy)]
struct BuildOpts {
    /// Build a standalone executable instead of a shared library.
    #[arg(long)]
    binary: bool,
    /// Ignore the build cache and compile again.
    #[arg(long)]
    force: bool,
}

fn main() -> ExitCode {
    failure::install_panic_hook();
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Build(b)) if b.lib => library::build_c(&b.file, b.output.as_deref()),
        Some(Command::Build(b)) => {
            driver::build_only(&b.file, b.opts.binary, b.opts.force, b.output.as_deref())
        }
        Some(Command::Inspect { file }) => library::inspect(&file),
        Some(Command::Package(p)) => {
            if p.npm {
                library::package_npm(&p.file, &p.output, &p.meta)
            } else {
                Err(Failure::Usage("choose at least one target: --npm".into()))
            }
        }
        None => match cli.run.file {
            Some(file) => driver::run(
                &file,
                &cli.run.args,
                cli.run.opts.binary,
                cli.run.opts.force,
            ),
            None => Err(Failure::Usage(
                "no Python file given (try `pyaot --help`)".into(),
            )),
        },
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(f) => {
            f.report();
            ExitCode::from(2)
        }
    }
}
