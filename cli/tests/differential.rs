//! Differential tests of the `pyaot` binary against CPython and against
//! recorded expectations.
//!
//! Three suites, each discovering its cases on disk (so adding a test is adding
//! a file, never editing this harness):
//!
//! - `tests/programs/**/*.py` (recursive): every program is run under
//!   `python3` and under `pyaot <file>`; stdout, the exit code and the last
//!   line of stderr must be byte-identical.
//! - `tests/pyaot_only/*.py`: behaviour where pyaot deliberately differs from
//!   CPython (guaranteed tail calls, 64-bit int overflow). Line 1 is
//!   `# expect-exit: <code>`, line 2 optionally
//!   `# expect-stderr-last: <line>` (absent means stderr must be empty); the
//!   expected stdout is the sibling file `<name>.stdout`.
//! - `tests/errors/*.py`: programs the compiler must reject. Line 1 is
//!   `# error: <line>:<col>: <message>` (1-based, columns count characters),
//!   or `# error: <file>:<line>:<col>: <message>` when the diagnostic
//!   points into another file of a multi-file case.
//!
//! In every suite a directory holding a `main.py` is one multi-file case:
//! `main.py` is the program, the directory's other files its modules.
//!   pyaot must exit with code 2, print nothing on stdout, and print a
//!   diagnostic line starting with `error: <message>` (so the message works as
//!   a prefix) followed by a location `<path>:<line>:<col>`, where `<path>` is
//!   the path as given on the command line.
//!
//! Every case is run with the repository root as working directory and its
//! path given relative to it (`tests/programs/ints/power.py`). pyaot runs get
//! a private `XDG_CACHE_HOME` that is removed afterwards. Cases run on a small
//! thread pool; all failures are collected and reported together.
//!
//! Knobs (environment variables, all optional):
//! - `PYAOT_DIFF_FILTER=substr`: only run cases whose path contains `substr`.
//! - `PYAOT_DIFF_JOBS=n`: pool size (default: available parallelism).
//! - `PYAOT_DIFF_TIMEOUT_SECS=n`: per-process timeout (default 120).
//! - `PYAOT_DIFF_PYTHON=path`: the reference interpreter (default `python3`).
//! - `PYAOT_DIFF_BIN=path`: run this instead of the freshly built `pyaot`
//!   (for checking the harness itself, e.g. against a shim that runs CPython).

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const PROGRAMS_DIR: &str = "tests/programs";
const PYAOT_ONLY_DIR: &str = "tests/pyaot_only";
const ERRORS_DIR: &str = "tests/errors";

/// Guards against an accidentally emptied or moved corpus.
const MIN_PROGRAMS: usize = 40;
const MIN_PYAOT_ONLY: usize = 6;
const MIN_ERRORS: usize = 10;

const DEFAULT_TIMEOUT_SECS: u64 = 120;
/// Exit code of pyaot when it rejects a program.
const COMPILE_ERROR_EXIT: i32 = 2;
/// How many lines of context and of differing text a stdout diff shows.
const DIFF_CONTEXT: usize = 3;
const DIFF_MAX_LINES: usize = 12;
/// Output beyond this many bytes per stream is not kept.
const OUTPUT_CAP: u64 = 16 << 20;
/// How much of pyaot's stderr a failure report shows.
const STDERR_TAIL_LINES: usize = 20;

// ---------------------------------------------------------------------------
// Test entry points
// ---------------------------------------------------------------------------

#[test]
fn programs_match_cpython() {
    let python = reference_python();
    let cases = discover(PROGRAMS_DIR, true, MIN_PROGRAMS);
    let cache = CacheDir::new("programs");
    let outcome = run_suite("programs_match_cpython", &cases, |rel| {
        check_against_cpython(&python, &cache, rel)
    });
    finish("programs_match_cpython", outcome);
}

#[test]
fn pyaot_only_programs() {
    let cases = discover(PYAOT_ONLY_DIR, false, MIN_PYAOT_ONLY);
    let cache = CacheDir::new("pyaot-only");
    let outcome = run_suite("pyaot_only_programs", &cases, |rel| {
        check_against_sidecar(&cache, rel)
    });
    finish("pyaot_only_programs", outcome);
}

#[test]
fn errors_are_rejected() {
    let cases = discover(ERRORS_DIR, false, MIN_ERRORS);
    let cache = CacheDir::new("errors");
    let outcome = run_suite("errors_are_rejected", &cases, |rel| {
        check_rejected(&cache, rel)
    });
    finish("errors_are_rejected", outcome);
}

// ---------------------------------------------------------------------------
// The three kinds of check. Each returns `Err(report)` describing every way
// the case failed.
// ---------------------------------------------------------------------------

/// What a run is compared on.
struct Observed {
    stdout: Vec<u8>,
    exit: Exit,
    stderr_last: String,
    /// The whole of stderr, shown in failure reports (empty for expectations).
    stderr: Vec<u8>,
}

fn check_against_cpython(python: &str, cache: &CacheDir, rel: &str) -> Result<(), String> {
    let mut cmd = Command::new(python);
    // -E: ignore PYTHON* variables of the caller; -X utf8: stdio is UTF-8
    // whatever the locale. Neither changes sys.argv.
    cmd.args(["-E", "-X", "utf8", rel]);
    let reference = run_command(cmd).map_err(|e| format!("could not run {python}: {e}"))?;
    if let Exit::TimedOut(_) = reference.exit {
        return Err(format!(
            "the reference run `{python} {rel}` timed out; the program must terminate under CPython"
        ));
    }
    let stderr_last = last_line(&reference.stderr);
    if stderr_last.starts_with("SyntaxError") || stderr_last.starts_with("IndentationError") {
        return Err(format!(
            "CPython rejects this program ({stderr_last}); differential programs must be valid Python"
        ));
    }
    let expected = Observed {
        stdout: reference.stdout,
        exit: reference.exit,
        stderr_last,
        stderr: Vec::new(),
    };
    let actual = run_pyaot(cache, rel)?;
    compare(&expected, &actual)
}

fn check_against_sidecar(cache: &CacheDir, rel: &str) -> Result<(), String> {
    let source = read(rel)?;
    let source = String::from_utf8_lossy(&source);
    let mut lines = source.lines();
    let exit_code = lines
        .next()
        .and_then(|l| l.strip_prefix("# expect-exit:"))
        .and_then(|v| v.trim().parse::<i32>().ok())
        .ok_or_else(|| "malformed test: line 1 must be `# expect-exit: <code>`".to_string())?;
    let stderr_last = lines
        .next()
        .and_then(|l| l.strip_prefix("# expect-stderr-last:"))
        .map(|v| v.trim().to_string())
        .unwrap_or_default();
    let sidecar = Path::new(rel).with_extension("stdout");
    let stdout = read(&sidecar.to_string_lossy())
        .map_err(|e| format!("malformed test: missing expected-stdout sidecar: {e}"))?;
    let expected = Observed {
        stdout,
        exit: Exit::Code(exit_code),
        stderr_last,
        stderr: Vec::new(),
    };
    let actual = run_pyaot(cache, rel)?;
    compare(&expected, &actual)
}

fn check_rejected(cache: &CacheDir, rel: &str) -> Result<(), String> {
    let expected = parse_error_header(rel)?;
    let out =
        run_command(pyaot_command(cache, rel)).map_err(|e| format!("could not run pyaot: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let file = match &expected.file {
        Some(f) => format!("{}/{f}", rel.rsplit_once('/').map_or("", |(d, _)| d)),
        None => rel.to_string(),
    };
    let location = format!("{file}:{}:{}", expected.line, expected.col);
    let wanted = format!("error: {}", expected.message);

    let mut problems = Vec::new();
    if out.exit != Exit::Code(COMPILE_ERROR_EXIT) {
        problems.push(format!(
            "exit: expected exit code {COMPILE_ERROR_EXIT}, got {}",
            out.exit
        ));
    }
    if !out.stdout.is_empty() {
        problems.push(format!(
            "stdout: expected nothing (the program must not run), got:\n{}",
            indent(&tail(&out.stdout))
        ));
    }
    match diagnostic_location_found(&stderr, &wanted, &location) {
        DiagnosticMatch::Found => {}
        DiagnosticMatch::MessageOnly => problems.push(format!(
            "stderr: found `{wanted}` but not the location `{location}` in that diagnostic"
        )),
        DiagnosticMatch::Missing => problems.push(format!(
            "stderr: no line starts with `{wanted}` (expected at `{location}`)"
        )),
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut report = problems.join("\n");
    let _ = write!(report, "\nstderr was:\n{}", indent(&tail(&out.stderr)));
    Err(report)
}

// ---------------------------------------------------------------------------
// Expectations
// ---------------------------------------------------------------------------

/// `# error: <line>:<col>: <message>` on line 1 of a `tests/errors` case.
struct ErrorHeader {
    /// The file the diagnostic points into, relative to the case's
    /// directory, when it is not the case itself.
    file: Option<String>,
    line: u32,
    col: u32,
    message: String,
}

fn parse_error_header(rel: &str) -> Result<ErrorHeader, String> {
    let bytes = read(rel)?;
    // The header is ASCII even when the rest of the file is not UTF-8.
    let first = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let first = String::from_utf8_lossy(first);
    let malformed = || {
        format!("malformed test: line 1 must be `# error: <line>:<col>: <message>`, got {first:?}")
    };
    let rest = first
        .trim_end()
        .strip_prefix("# error:")
        .ok_or_else(malformed)?
        .trim_start();
    let (file, rest) = match rest.split_once(':') {
        Some((f, r)) if f.ends_with(".py") => (Some(f.to_string()), r),
        _ => (None, rest),
    };
    let mut parts = rest.splitn(3, ':');
    let line = parts
        .next()
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(malformed)?;
    let col = parts
        .next()
        .and_then(|v| v.trim().parse().ok())
        .ok_or_else(malformed)?;
    let message = parts
        .next()
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .ok_or_else(malformed)?;
    Ok(ErrorHeader {
        file,
        line,
        col,
        message: message.to_string(),
    })
}

enum DiagnosticMatch {
    Found,
    MessageOnly,
    Missing,
}

/// Looks for a diagnostic whose headline starts with `wanted` and whose
/// location (on the headline or on the lines up to the next headline) is
/// `location`.
fn diagnostic_location_found(stderr: &str, wanted: &str, location: &str) -> DiagnosticMatch {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut seen_message = false;
    for (i, line) in lines.iter().enumerate() {
        if !line.trim_start().starts_with(wanted) {
            continue;
        }
        seen_message = true;
        let body = lines[i + 1..]
            .iter()
            .take_while(|l| !is_diagnostic_headline(l));
        if line.contains(location) || body.clone().any(|l| has_location(l, location)) {
            return DiagnosticMatch::Found;
        }
    }
    if seen_message {
        DiagnosticMatch::MessageOnly
    } else {
        DiagnosticMatch::Missing
    }
}

fn is_diagnostic_headline(line: &str) -> bool {
    let l = line.trim_start();
    l.starts_with("error") || l.starts_with("warning")
}

/// `location` must not be followed by another digit (`:3:1` is not `:3:12`).
fn has_location(line: &str, location: &str) -> bool {
    line.match_indices(location)
        .any(|(at, _)| !line[at + location.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

// ---------------------------------------------------------------------------
// Comparison and reporting
// ---------------------------------------------------------------------------

fn compare(expected: &Observed, actual: &Observed) -> Result<(), String> {
    let mut problems = Vec::new();
    if expected.stdout != actual.stdout {
        problems.push(format!(
            "stdout differs:\n{}",
            indent_plain(&diff(&expected.stdout, &actual.stdout))
        ));
    }
    if expected.exit != actual.exit {
        problems.push(format!(
            "exit: expected {}, got {}",
            expected.exit, actual.exit
        ));
    }
    if expected.stderr_last != actual.stderr_last {
        problems.push(format!(
            "last line of stderr differs:\n  expected: {:?}\n  actual:   {:?}",
            expected.stderr_last, actual.stderr_last
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    // A one-line stderr is already shown as its last line.
    let stderr_lines = String::from_utf8_lossy(&actual.stderr)
        .trim_end()
        .lines()
        .count();
    if stderr_lines > 1 {
        problems.push(format!(
            "pyaot stderr (tail):\n{}",
            indent(&tail(&actual.stderr))
        ));
    }
    Err(problems.join("\n"))
}

/// The last `STDERR_TAIL_LINES` lines of a process's stderr.
fn tail(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    let skip = lines.len().saturating_sub(STDERR_TAIL_LINES);
    let mut out = String::new();
    if skip > 0 {
        let _ = writeln!(out, "... ({skip} earlier lines)");
    }
    out.push_str(&lines[skip..].join("\n"));
    out
}

/// A small line diff: the common prefix and suffix are elided, the differing
/// middle is shown as `-expected` / `+actual` with a little context.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    // Lines keep their `\n`, so a missing final newline is a difference too.
    let e: Vec<&str> = exp.split_inclusive('\n').collect();
    let a: Vec<&str> = act.split_inclusive('\n').collect();
    let prefix = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let max_suffix = e.len().min(a.len()) - prefix;
    let suffix = e
        .iter()
        .rev()
        .zip(a.iter().rev())
        .take(max_suffix)
        .take_while(|(x, y)| x == y)
        .count();

    let mut out = String::new();
    let _ = writeln!(
        out,
        "(expected {} bytes / {} lines, actual {} bytes / {} lines; first difference at line {})",
        expected.len(),
        e.len(),
        actual.len(),
        a.len(),
        prefix + 1
    );
    let ctx_start = prefix.saturating_sub(DIFF_CONTEXT);
    for (i, line) in e[ctx_start..prefix].iter().enumerate() {
        let _ = writeln!(out, "  {:>5} | {}", ctx_start + i + 1, show(line));
    }
    write_side(&mut out, '-', &e[prefix..e.len() - suffix], prefix);
    write_side(&mut out, '+', &a[prefix..a.len() - suffix], prefix);
    let after = &e[e.len() - suffix..];
    for (i, line) in after.iter().take(DIFF_CONTEXT).enumerate() {
        let _ = writeln!(out, "  {:>5} | {}", e.len() - suffix + i + 1, show(line));
    }
    if exp == act {
        out.push_str("(the outputs differ only in invalid UTF-8 bytes)\n");
    }
    out.trim_end().to_string()
}

fn write_side(out: &mut String, sign: char, lines: &[&str], first: usize) {
    if lines.is_empty() {
        let label = if sign == '-' { "expected" } else { "actual" };
        let _ = writeln!(out, "{sign}       (nothing here in the {label} output)");
    }
    for (i, line) in lines.iter().take(DIFF_MAX_LINES).enumerate() {
        let _ = writeln!(out, "{sign} {:>5} | {}", first + i + 1, show(line));
    }
    if lines.len() > DIFF_MAX_LINES {
        let _ = writeln!(
            out,
            "{sign}       ... {} more lines",
            lines.len() - DIFF_MAX_LINES
        );
    }
}

/// A line without its newline, raw unless it holds characters that would be
/// invisible; a last line without a newline is marked.
fn show(line: &str) -> String {
    let (body, newline) = match line.strip_suffix('\n') {
        Some(body) => (body, true),
        None => (line, false),
    };
    let mut shown = if body.chars().any(|c| c.is_control() && c != '\t') {
        format!("{body:?}")
    } else {
        body.to_string()
    };
    if !newline {
        shown.push_str("  <- no newline at end");
    }
    shown
}

/// The last line of stderr that is not blank (`""` when there is none).
fn last_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

fn indent_plain(text: &str) -> String {
    text.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn indent(text: &str) -> String {
    if text.is_empty() {
        return "    (empty)".to_string();
    }
    text.lines()
        .map(|l| format!("    | {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The outcome of one suite.
struct SuiteOutcome {
    /// Cases run (all discovered ones unless `PYAOT_DIFF_FILTER` is set).
    ran: usize,
    /// `(path, report)` of every failed case, in case order.
    failures: Vec<(String, String)>,
}

fn finish(suite: &str, outcome: SuiteOutcome) {
    let SuiteOutcome { ran, failures } = outcome;
    let failed = failures.len();
    let summary = format!(
        "differential: {} passed, {failed} failed ({suite})",
        ran - failed
    );
    println!("{summary}");
    if failures.is_empty() {
        return;
    }
    let mut report = format!("{suite}: {failed} of {ran} cases failed\n");
    for (rel, why) in &failures {
        let _ = writeln!(report, "\n==== FAIL {rel}");
        for line in why.lines() {
            let _ = writeln!(report, "  {line}");
        }
    }
    let _ = writeln!(report, "\n{summary}");
    panic!("{report}");
}

// ---------------------------------------------------------------------------
// Discovery and the worker pool
// ---------------------------------------------------------------------------

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ has a parent directory")
        .to_path_buf()
}

/// All `*.py` files under `dir` (relative to the repo root), as sorted
/// `/`-separated relative paths. Panics when fewer than `min` are found.
fn discover(dir: &str, recursive: bool, min: usize) -> Vec<String> {
    let root = repo_root();
    let mut found = Vec::new();
    collect_py(&root, &root.join(dir), recursive, &mut found);
    found.sort();
    assert!(
        found.len() >= min,
        "{dir}: found {} test programs, expected at least {min}; has the corpus been moved or emptied?",
        found.len()
    );
    found
}

fn collect_py(root: &Path, dir: &Path, recursive: bool, out: &mut Vec<String>) {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read test directory {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("readable directory entry").path();
        // A directory with a `main.py` is one multi-file program: only
        // `main.py` runs; its other files are the modules it imports.
        if path.is_dir() && path.join("main.py").is_file() {
            let rel = path.join("main.py");
            let rel = rel.strip_prefix(root).expect("inside the repo");
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        } else if path.is_dir() {
            if recursive {
                collect_py(root, &path, recursive, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            let rel = path.strip_prefix(root).expect("inside the repo");
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(parts.join("/"));
        }
    }
}

/// Runs `check` on every case (minus those filtered out) on a thread pool.
fn run_suite<F>(suite: &str, cases: &[String], check: F) -> SuiteOutcome
where
    F: Fn(&str) -> Result<(), String> + Sync,
{
    let filter = std::env::var("PYAOT_DIFF_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    let selected: Vec<&String> = cases
        .iter()
        .filter(|c| filter.as_deref().is_none_or(|f| c.contains(f)))
        .collect();
    if let Some(f) = &filter {
        println!(
            "{suite}: PYAOT_DIFF_FILTER={f:?} selects {} of {} cases",
            selected.len(),
            cases.len()
        );
    }
    let jobs = std::env::var("PYAOT_DIFF_JOBS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .or_else(|| thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .clamp(1, selected.len().max(1));
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<(), String>>>> = Mutex::new(vec![None; selected.len()]);
    thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(rel) = selected.get(i) else { break };
                let outcome = check(rel);
                results.lock().expect("not poisoned")[i] = Some(outcome);
            });
        }
    });
    let results = results.into_inner().expect("not poisoned");
    let failures = selected
        .iter()
        .zip(results)
        .filter_map(|(rel, r)| match r {
            Some(Ok(())) => None,
            Some(Err(why)) => Some(((*rel).clone(), why)),
            None => Some((
                (*rel).clone(),
                "the worker running this case panicked".to_string(),
            )),
        })
        .collect();
    SuiteOutcome {
        ran: selected.len(),
        failures,
    }
}

// ---------------------------------------------------------------------------
// Running processes
// ---------------------------------------------------------------------------

/// How a process ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Exit {
    Code(i32),
    Signal(i32),
    TimedOut(u64),
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Exit::Code(c) => write!(f, "exit code {c}"),
            Exit::Signal(s) => write!(f, "killed by signal {s}{}", signal_name(*s)),
            Exit::TimedOut(secs) => write!(f, "timed out after {secs}s (killed)"),
        }
    }
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        4 => " (SIGILL)",
        6 => " (SIGABRT)",
        7 => " (SIGBUS)",
        8 => " (SIGFPE)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        _ => "",
    }
}

struct RawOutput {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    exit: Exit,
}

fn run_pyaot(cache: &CacheDir, rel: &str) -> Result<Observed, String> {
    let out =
        run_command(pyaot_command(cache, rel)).map_err(|e| format!("could not run pyaot: {e}"))?;
    Ok(Observed {
        stderr_last: last_line(&out.stderr),
        stdout: out.stdout,
        exit: out.exit,
        stderr: out.stderr,
    })
}

fn pyaot_command(cache: &CacheDir, rel: &str) -> Command {
    let bin = std::env::var_os("PYAOT_DIFF_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pyaot")));
    let mut cmd = Command::new(bin);
    cmd.arg(rel).env("XDG_CACHE_HOME", &cache.path);
    cmd
}

fn timeout() -> Duration {
    let secs = std::env::var("PYAOT_DIFF_TIMEOUT_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    Duration::from_secs(secs)
}

/// Runs `cmd` in the repo root with no stdin, capturing stdout and stderr,
/// killing it (and its process group) when it outlives the timeout.
fn run_command(mut cmd: Command) -> std::io::Result<RawOutput> {
    cmd.current_dir(repo_root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Own process group, so a timeout also ends whatever the child started.
        cmd.process_group(0);
    }
    let mut child = cmd.spawn()?;
    let stdout = drain(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));

    let limit = timeout();
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if start.elapsed() >= limit {
            kill_group(child.id());
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(5));
    };
    // A grandchild that escaped the process group may hold the pipes open;
    // don't wait for it forever.
    let grace = Duration::from_secs(5);
    let stdout = stdout.recv_timeout(grace).unwrap_or_default();
    let stderr = stderr.recv_timeout(grace).unwrap_or_default();
    let exit = match status {
        Some(status) => exit_of(status),
        None => Exit::TimedOut(limit.as_secs()),
    };
    Ok(RawOutput {
        stdout,
        stderr,
        exit,
    })
}

/// Reads a pipe to its end on a thread, keeping at most `OUTPUT_CAP` bytes
/// (the rest is discarded so that a runaway child never blocks on a full pipe).
fn drain<R: Read + Send + 'static>(mut pipe: R) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.by_ref().take(OUTPUT_CAP).read_to_end(&mut buf);
        let _ = std::io::copy(&mut pipe, &mut std::io::sink());
        let _ = tx.send(buf);
    });
    rx
}

fn exit_of(status: ExitStatus) -> Exit {
    if let Some(code) = status.code() {
        return Exit::Code(code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return Exit::Signal(sig);
        }
    }
    Exit::Signal(-1)
}

fn kill_group(pid: u32) {
    #[cfg(unix)]
    {
        // std has no killpg; the `kill` utility does it without extra crates.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pid}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    #[cfg(not(unix))]
    let _ = pid;
}

/// Checks that the reference interpreter exists; never skips silently.
fn reference_python() -> String {
    let python = std::env::var("PYAOT_DIFF_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let out = Command::new(&python)
        .arg("--version")
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "the differential tests need CPython as the reference, but `{python} --version` \
             could not run ({e}). Install Python 3.11 (e.g. `apt-get install python3`) or point \
             PYAOT_DIFF_PYTHON at an interpreter."
            )
        });
    assert!(
        out.status.success(),
        "`{python} --version` failed: {:?}",
        out
    );
    let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !version.starts_with("Python 3.11") {
        println!(
            "note: the reference is {version}; the corpus was written against Python 3.11 and \
             a few runtime error messages differ between Python versions"
        );
    }
    python
}

fn read(rel: &str) -> Result<Vec<u8>, String> {
    std::fs::read(repo_root().join(rel)).map_err(|e| format!("cannot read {rel}: {e}"))
}

/// A fresh `XDG_CACHE_HOME` for one suite in this process, removed on drop
/// (also when the suite panics).
struct CacheDir {
    path: PathBuf,
}

impl CacheDir {
    fn new(suite: &str) -> CacheDir {
        let path =
            std::env::temp_dir().join(format!("pyaot-differential-{}-{suite}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path)
            .unwrap_or_else(|e| panic!("cannot create cache dir {}: {e}", path.display()));
        CacheDir { path }
    }
}

impl Drop for CacheDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

// ---------------------------------------------------------------------------
// Checks of the corpus and of the harness itself (no pyaot needed)
// ---------------------------------------------------------------------------

#[test]
fn corpus_headers_are_well_formed() {
    let mut problems = Vec::new();
    for rel in discover(ERRORS_DIR, false, MIN_ERRORS) {
        if let Err(e) = parse_error_header(&rel) {
            problems.push(format!("{rel}: {e}"));
        }
    }
    for rel in discover(PYAOT_ONLY_DIR, false, MIN_PYAOT_ONLY) {
        let text = read(&rel)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        let first = text.lines().next().unwrap_or("");
        let code = first
            .strip_prefix("# expect-exit:")
            .map(|v| v.trim().parse::<i32>());
        match code {
            Some(Ok(code)) => {
                let has_stderr = text
                    .lines()
                    .nth(1)
                    .is_some_and(|l| l.starts_with("# expect-stderr-last:"));
                if code != 0 && !has_stderr {
                    problems.push(format!(
                        "{rel}: exits with {code} but has no `# expect-stderr-last:` line 2"
                    ));
                }
            }
            _ => problems.push(format!("{rel}: line 1 must be `# expect-exit: <code>`")),
        }
        let sidecar = Path::new(&rel).with_extension("stdout");
        if !repo_root().join(&sidecar).is_file() {
            problems.push(format!("{rel}: missing {}", sidecar.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "malformed test files:\n{}",
        problems.join("\n")
    );
}

#[test]
fn harness_diff_and_matching() {
    // Identical prefix elided, difference shown with line numbers.
    let d = diff(b"a\nb\nc\n", b"a\nB\nc\n");
    assert!(d.contains("first difference at line 2"), "{d}");
    assert!(
        d.contains("-     2 | b") && d.contains("+     2 | B"),
        "{d}"
    );
    // A missing final newline is visible.
    let d = diff(b"x\n", b"x");
    assert!(d.contains("no newline at end"), "{d}");
    // Control characters are escaped.
    assert_eq!(show("a\rb\n"), "\"a\\rb\"");

    assert_eq!(
        last_line(b"Traceback\n  File\nValueError: x\n"),
        "ValueError: x"
    );
    assert_eq!(last_line(b""), "");

    let stderr = "error: name 'foo' is not defined\n --> tests/errors/a.py:5:12\n  |\n";
    let found = |w: &str, l: &str| {
        matches!(
            diagnostic_location_found(stderr, w, l),
            DiagnosticMatch::Found
        )
    };
    assert!(found("error: name 'foo'", "tests/errors/a.py:5:12"));
    assert!(!found("error: name 'foo'", "tests/errors/a.py:5:1"));
    assert!(!found("error: name 'bar'", "tests/errors/a.py:5:12"));
}
